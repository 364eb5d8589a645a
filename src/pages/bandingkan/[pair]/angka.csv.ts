import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { comparisonCsv } from '../../../lib/open-data.ts';
import { cacheKeyed, getSite } from '../../../lib/site.ts';
import { comparisonFilePaths } from '../../../lib/views/comparison.ts';

export async function getStaticPaths() {
  return cacheKeyed(comparisonFilePaths(await getSite()));
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => {
  const c = props.comparison.get();
  return new Response(comparisonCsv(c.factsA, c.factsB, c.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
