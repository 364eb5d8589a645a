/** JSON Schema for each open data file, generated from the content schemas. */
import type { APIRoute } from 'astro';
import { DATASETS, datasetSchema, type DatasetName } from '../../../lib/open-data.ts';

export function getStaticPaths() {
  return (Object.keys(DATASETS) as DatasetName[]).map((name) => ({ params: { file: `${name}.schema.json` }, props: { name } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(datasetSchema(props.name), null, 1), { headers: { 'Content-Type': 'application/schema+json' } });
