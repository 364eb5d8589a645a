/** The compare tool's and peer finder's data file: every region's comparable figures, fetched once. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site.ts';
import { compareDataFile } from '../../lib/views/comparison.ts';

export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(compareDataFile(await getSite())), { headers: { 'Content-Type': 'application/json' } });
};
