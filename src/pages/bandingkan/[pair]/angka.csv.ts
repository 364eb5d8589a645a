import type { APIRoute } from 'astro';
import { comparisonCsv } from '../../../lib/open-data.ts';
import { buildComparison } from '../../../lib/comparison.ts';
import { getSite } from '../../../lib/site.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return [...site.pairs.values()].map((pair) => ({ params: { pair: pair.slug }, props: { a: pair.a, b: pair.b } }));
}

export const GET: APIRoute = async ({ props }) => {
  const c = buildComparison(await getSite(), props.a, props.b);
  return new Response(comparisonCsv(c.factsA, c.factsB, c.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
