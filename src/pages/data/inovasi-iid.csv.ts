/** /data/inovasi-iid.csv: every innovation in the IID profile form's fields, order and words (src/lib/iid.ts). */
import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { ALL_COLUMNS, csvRows, iidRows } from '../../lib/iid.ts';
import { getSite } from '../../lib/site.ts';

export const GET: APIRoute = async () => new Response(toCsv(csvRows(iidRows(await getSite())), ALL_COLUMNS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
