/** Open data files: /data/<dataset>.json and /data/<dataset>.csv for every dataset. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { DATASETS, dataset, toCsv, type DatasetName } from '../../lib/open-data.ts';
import { BUILD_DATE, getSite } from '../../lib/site.ts';
import { CSV_TYPE, dataFileResponse, JSON_TYPE } from '../../lib/data-file.ts';

export function getStaticPaths() {
  return (Object.keys(DATASETS) as DatasetName[]).flatMap((name) => [
    { params: { file: `${name}.json` }, props: { name, format: 'json' as const } },
    { params: { file: `${name}.csv` }, props: { name, format: 'csv' as const } },
  ]);
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const site = await getSite();
  return dataFileResponse(props.format === 'json' ? JSON_TYPE : CSV_TYPE, () => {
    const { json, rows, columns } = dataset(site, props.name, BUILD_DATE);
    return props.format === 'json' ? JSON.stringify(json, null, 1) : toCsv(rows, columns);
  });
};
