/**
 * One representative URL per page type, drawn from the seed content.
 * If a seed entry is renamed, update it here: every browser test walks this list.
 */
export const PAGE_TYPES = [
  { type: 'beranda', label: 'home', path: '/' },
  { type: 'inovasi (daftar)', label: 'innovation index', path: '/inovasi/' },
  { type: 'inovasi', label: 'innovation', path: '/inovasi/smart-kampung-banyuwangi/' },
  { type: 'panduan (daftar)', label: 'playbook index', path: '/panduan/' },
  { type: 'panduan', label: 'playbook', path: '/panduan/smart-kampung-banyuwangi/' },
  { type: 'kunjungan (daftar)', label: 'visit index', path: '/kunjungan/' },
  { type: 'kunjungan', label: 'visit', path: '/kunjungan/2019-07-02-katingan-ke-banyuwangi/' },
  { type: 'daerah (daftar)', label: 'region index (all 552)', path: '/daerah/' },
  { type: 'daerah: provinsi', label: 'province', path: '/daerah/jawa-timur/' },
  { type: 'daerah: kabupaten, pengunjung', label: 'visiting regency', path: '/daerah/kabupaten-katingan/' },
  { type: 'daerah: kabupaten, tuan rumah', label: 'host regency', path: '/daerah/kabupaten-banyuwangi/' },
  { type: 'daerah: kota tanpa konten', label: 'city with official data only', path: '/daerah/kota-bandung/' },
] as const;

export const SEED = {
  visit: '/kunjungan/2019-07-02-katingan-ke-banyuwangi/',
  innovation: '/inovasi/smart-kampung-banyuwangi/',
  playbook: '/panduan/smart-kampung-banyuwangi/',
  visitor: '/daerah/kabupaten-katingan/',
  host: '/daerah/kabupaten-banyuwangi/',
} as const;
