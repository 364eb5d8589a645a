import type { APIRoute } from 'astro';
import { buildComparison } from '../../../lib/comparison.ts';
import { getSite } from '../../../lib/site.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return [...site.pairs.values()].map((pair) => ({ params: { pair: pair.slug }, props: { a: pair.a, b: pair.b } }));
}

export const GET: APIRoute = async ({ props }) => {
  const c = buildComparison(await getSite(), props.a, props.b);
  const region = (r: typeof c.a) => ({ slug: r.slug, name: r.official.name, code: r.official.code });
  const body = {
    a: region(c.a),
    b: region(c.b),
    rows: c.rows.map(({ sourceA, sourceB, ...row }) => row),
    note: 'difference = a − b; ratio = a ÷ b; years lists every year a figure rests on.',
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
