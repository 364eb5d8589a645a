/**
 * One representative URL per page type, drawn from the seed content.
 * If a seed entry is renamed, update it here: every browser test walks this list.
 */

export interface PageType {
  label: string;
  path: string;
}

const CORE: PageType[] = [
  { label: 'home', path: '/' },
  { label: 'innovation index', path: '/inovasi/' },
  { label: 'innovation', path: '/inovasi/smart-kampung-banyuwangi/' },
  { label: 'playbook index', path: '/panduan/' },
  { label: 'playbook', path: '/panduan/smart-kampung-banyuwangi/' },
  { label: 'visit index', path: '/kunjungan/' },
  { label: 'visit', path: '/kunjungan/2019-07-02-katingan-ke-banyuwangi/' },
  { label: 'region index (all 552)', path: '/daerah/' },
  { label: 'province', path: '/daerah/jawa-timur/' },
  { label: 'visiting regency', path: '/daerah/kabupaten-katingan/' },
  { label: 'host regency', path: '/daerah/kabupaten-banyuwangi/' },
  { label: 'city with official data only', path: '/daerah/kota-bandung/' },
  { label: 'comparison tool', path: '/bandingkan/' },
  { label: 'peer finder', path: '/mirip/' },
  { label: 'comparison', path: '/bandingkan/kabupaten-banyuwangi-vs-kabupaten-katingan/' },
  { label: 'search', path: '/cari/' },
  { label: 'commitment ledger', path: '/komitmen/' },
  { label: 'open data', path: '/data/' },
];

export const PAGE_TYPES: PageType[] = CORE;

export const SEED = {
  visit: '/kunjungan/2019-07-02-katingan-ke-banyuwangi/',
  innovation: '/inovasi/smart-kampung-banyuwangi/',
  playbook: '/panduan/smart-kampung-banyuwangi/',
  visitor: '/daerah/kabupaten-katingan/',
  host: '/daerah/kabupaten-banyuwangi/',
  comparison: '/bandingkan/kabupaten-banyuwangi-vs-kabupaten-katingan/',
} as const;
