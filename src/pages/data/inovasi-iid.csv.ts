/** /data/inovasi-iid.csv: every innovation in the IID profile form's fields, order and words (src/lib/iid.ts). */
import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { ALL_COLUMNS, csvRows, iidRows } from '../../lib/iid.ts';
import { getSite } from '../../lib/site.ts';
import { CSV_TYPE, dataFileResponse } from '../../lib/data-file.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return dataFileResponse(CSV_TYPE, () => toCsv(csvRows(iidRows(site)), ALL_COLUMNS));
};
