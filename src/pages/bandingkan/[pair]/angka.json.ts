import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { cacheKeyed, getSite } from '../../../lib/site.ts';
import { comparisonFilePaths, comparisonJson } from '../../../lib/views/comparison.ts';

export async function getStaticPaths() {
  return cacheKeyed(comparisonFilePaths(await getSite()));
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(comparisonJson(props.comparison.get()), null, 2), { headers: { 'Content-Type': 'application/json' } });
