/** JSON Schema for each open data file, generated from the content schemas. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { DATASETS, datasetSchema, type DatasetName } from '../../../lib/open-data.ts';

export function getStaticPaths() {
  return (Object.keys(DATASETS) as DatasetName[]).map((name) => ({ params: { file: `${name}.schema.json` }, props: { name } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(datasetSchema(props.name), null, 1), { headers: { 'Content-Type': 'application/schema+json' } });
