/**
 * The indicators a region profile may carry. One catalogue so that two regions' figures are
 * comparable: same key, same unit. Add a key here before using it in content.
 */
export const INDICATORS = {
  penduduk: { label: 'Jumlah penduduk', unit: 'jiwa' },
  luas: { label: 'Luas wilayah', unit: 'km²' },
  kecamatan: { label: 'Jumlah kecamatan', unit: 'kecamatan' },
  desa: { label: 'Jumlah desa', unit: 'desa' },
  kelurahan: { label: 'Jumlah kelurahan', unit: 'kelurahan' },
  'desa-terhubung-serat-optik': { label: 'Desa terhubung serat optik', unit: 'desa' },
} as const satisfies Record<string, { label: string; unit: string }>;
export type IndicatorKey = keyof typeof INDICATORS;
