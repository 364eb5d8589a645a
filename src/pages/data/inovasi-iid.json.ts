/** /data/inovasi-iid.json: the JSON twin of /data/inovasi-iid.csv, which `npm run iid:import` reads back. */
import type { APIRoute } from 'astro';
import { iidJson } from '../../lib/iid.ts';
import { CONTENT_LICENCE } from '../../lib/open-data.ts';
import { BUILD_DATE, getSite } from '../../lib/site.ts';
import { dataFileResponse, JSON_TYPE } from '../../lib/data-file.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return dataFileResponse(JSON_TYPE, () =>
    JSON.stringify({ ...iidJson(site, BUILD_DATE), licence: `${CONTENT_LICENCE.name} (${CONTENT_LICENCE.url})`, attribution: CONTENT_LICENCE.attribution }, null, 1),
  );
};
