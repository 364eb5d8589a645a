/** The compare tool's and peer finder's data file: every region's comparable figures, fetched once. */
import type { APIRoute } from 'astro';
import { encodeCompareData } from '../../domain/compare-data.ts';
import { getSite } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const regions = [...site.regions.values()].map((r) => ({ facts: site.factsOf(r.slug)!, code: r.official.code, provinceCode: r.province?.code }));
  return new Response(JSON.stringify(encodeCompareData(regions, [...site.pairs.keys()])), { headers: { 'Content-Type': 'application/json' } });
};
