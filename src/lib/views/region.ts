/**
 * A region's page: official figures with ranks, structure, curated indicators beside the official
 * ones, regencies of a province, what it hosts and learned, its comparisons and its peers.
 */
import type { CardSpec } from '../../cards/spec.ts';
import { formatNumber } from '../../domain/format.ts';
import { INDICATORS } from '../../domain/indicators.ts';
import { KINDS } from '../../domain/kinds.ts';
import { explainPeer } from '../../domain/peers.ts';
import { formatRank } from '../../domain/ranks.ts';
import type { SearchRecord } from '../../domain/search.ts';
import { FEATURES, REGION_KINDS } from '../../domain/vocabulary.ts';
import { links } from '../links.ts';
import type { Model, Region, RankedFigure } from '../model.ts';
import { FIGURES_CREDIT } from '../official-figures.ts';
import { regionPack } from '../offline-packs.ts';
import { OFFICIAL_DATA_CREDIT } from '../official-regions.ts';
import { commitmentRow, innovationCard, networkView, regionLink, visitCard } from './shared.ts';

/** Busy regions host and receive hundreds: the page lists the first LISTED and links the rest through search filtered to the region. */
export const LISTED = 24;

interface FigureRow {
  label: string;
  unit: string;
  value: string;
  source: string;
  /** Rank in the province and nationally, formatted; "—" for figures that are not ranked. */
  provinceRank: string;
  nationalRank: string;
  sub?: boolean;
}

// The province table's orders: "column:direction", column by position in the table.
export const SORT_OPTIONS = [
  { value: '1:turun', label: 'Penduduk, terbesar dulu' },
  { value: '1:naik', label: 'Penduduk, terkecil dulu' },
  { value: '2:turun', label: 'Luas, terbesar dulu' },
  { value: '2:naik', label: 'Luas, terkecil dulu' },
  { value: '3:turun', label: 'Kepadatan, terpadat dulu' },
  { value: '3:naik', label: 'Kepadatan, terjarang dulu' },
  { value: '4:turun', label: 'Kecamatan, terbanyak dulu' },
  { value: '5:turun', label: 'Desa, terbanyak dulu' },
  { value: '6:turun', label: 'Kelurahan, terbanyak dulu' },
  { value: '0:naik', label: 'Nama, A–Z' },
];

/** The page's title and description: one source for <title>, Open Graph, JSON-LD and feed entries. */
export function regionMeta(site: Model, region: Region) {
  const { official, province, profile } = region;
  const { counts, figures } = official;
  const amounts = `${formatNumber(counts.kecamatan)} kecamatan, ${formatNumber(counts.desa)} desa dan ${formatNumber(counts.kelurahan)} kelurahan menurut Kepmendagri 300.2.2-2138 Tahun 2025.`;
  const people = figures ? `${formatNumber(figures.population.total)} jiwa, ` : '';
  const regencies = official.kind === 'provinsi' ? site.regenciesOf(official.code).length : 0;
  return {
    title: official.name,
    description:
      profile?.data.summary ??
      (official.kind === 'provinsi' ? `${official.name}: ${people}${regencies} kabupaten/kota, ${amounts}` : `${official.name}, ${province?.name}: ${people}${amounts}`),
  };
}

export function regionView(site: Model, region: Region) {
  const { official, province, profile } = region;
  const isProvince = official.kind === 'provinsi';
  const counts = official.counts;
  const figures = official.figures;
  const ranks = site.ranksOf(region.slug);
  const rankCells = (figure?: RankedFigure) => ({
    provinceRank: figure ? formatRank(ranks[figure]?.province) : '—',
    nationalRank: figure ? formatRank(ranks[figure]?.national) : '—',
  });
  const density = figures ? figures.population.total / figures.areaKm2 : undefined;
  const islands = official.islands;
  const figureRows: FigureRow[] = figures
    ? [
        { label: 'Jumlah penduduk', unit: 'jiwa', value: formatNumber(figures.population.total), source: FIGURES_CREDIT.decreeShort, ...rankCells('penduduk') },
        { label: 'Laki-laki', unit: 'jiwa', value: formatNumber(figures.population.male), source: FIGURES_CREDIT.decreeShort, sub: true, ...rankCells() },
        { label: 'Perempuan', unit: 'jiwa', value: formatNumber(figures.population.female), source: FIGURES_CREDIT.decreeShort, sub: true, ...rankCells() },
        { label: 'Luas wilayah', unit: 'km²', value: formatNumber(figures.areaKm2, 1), source: `BIG (surat Desember 2024), dipakai ${FIGURES_CREDIT.decreeShort}`, ...rankCells('luas') },
        { label: 'Kepadatan penduduk', unit: 'jiwa/km²', value: formatNumber(density!, 1), source: 'Dihitung Lintas: penduduk dibagi luas di atas', ...rankCells('kepadatan') },
      ]
    : [];
  const islandSource = `${FIGURES_CREDIT.decreeShort}, melalui ${OFFICIAL_DATA_CREDIT.name}`;
  const islandRows: FigureRow[] =
    islands.total > 0
      ? [
          { label: 'Pulau bernama dan berkode', unit: 'pulau', value: formatNumber(islands.total), source: islandSource, ...rankCells() },
          { label: 'Pulau berpenghuni', unit: 'pulau', value: formatNumber(islands.populated), source: islandSource, sub: true, ...rankCells() },
          { label: 'Pulau-pulau kecil terluar', unit: 'pulau', value: formatNumber(islands.outermostSmall), source: islandSource, sub: true, ...rankCells() },
        ]
      : [];
  const structure = [
    { label: 'Kecamatan', value: counts.kecamatan },
    { label: 'Desa', value: counts.desa },
    { label: 'Kelurahan', value: counts.kelurahan },
    // Kemendagri's "desa adat" code class is not a count of customary villages (Bali's desa adat
    // carry no such code): shown only where villages carry it, under its own name, with a note.
    ...(counts.desaAdat > 0 ? [{ label: 'Desa adat berkode Kemendagri*', value: counts.desaAdat }] : []),
  ];
  // Official figures beside a profile's own: shown side by side, never merged (see FigureTable).
  const officialByIndicator: Partial<Record<string, number>> = {
    kecamatan: counts.kecamatan,
    desa: counts.desa,
    kelurahan: counts.kelurahan,
    ...(figures ? { penduduk: figures.population.total, luas: figures.areaKm2 } : {}),
  };
  const indicatorRows = (profile?.data.indicators ?? []).map((i) => ({ ...i, ...INDICATORS[i.key], official: officialByIndicator[i.key] }));
  const regencies = isProvince ? site.regenciesOf(official.code) : [];
  const hosted = site.innovationsHostedBy(region.slug);
  const made = site.visitsMadeBy(region.slug);
  const received = site.visitsReceivedBy(region.slug);
  const learnedFromUs = hosted.flatMap((i) => site.commitmentsToAdopt(i.id));
  const ownNetwork = [...new Map([...made, ...received].map((v) => [v.id, v])).values()];
  const searchFor = (type: string) => links.search({ type, region: official.name });
  const ownSizes = site.peerSizesOf(region.slug);
  const peers = site.peersOf(region.slug).map((peer) => {
    const other = site.region(peer.slug)!;
    return {
      ...regionLink(site, peer.slug),
      province: other.province?.name,
      reason: explainPeer(ownSizes, site.peerSizesOf(peer.slug)),
      compareHref: site.comparisonHref(region.slug, peer.slug) ?? links.compareTool(region.slug, peer.slug),
    };
  });
  const pairs = site.pairsOf(region.slug).map((p) => ({
    href: links.comparisonBySlug(p.slug),
    other: site.region(p.a === region.slug ? p.b : p.a)!.official.name,
    visits: p.visits.length,
  }));
  const { title, description } = regionMeta(site, region);
  const card: CardSpec = {
    kind: 'daerah',
    title: official.name,
    province: province?.name,
    facts: [
      ...(figures ? [{ label: 'Penduduk 2025', value: figures.population.total }] : []),
      ...(isProvince ? [{ label: 'Kabupaten/kota', value: regencies.length }] : []),
      { label: 'Kecamatan', value: counts.kecamatan },
      { label: 'Desa', value: counts.desa },
      ...(isProvince ? [] : [{ label: 'Kelurahan', value: counts.kelurahan }]),
    ].slice(0, 3),
  };
  const search: SearchRecord = {
    type: KINDS.region.searchType,
    filters: { provinsi: [province?.name ?? official.name], daerah: [official.name] },
    meta: { provinsi: province?.name ?? official.name },
  };
  const byPopulation = [...regencies].sort(
    (x, y) => (y.official.figures?.population.total ?? 0) - (x.official.figures?.population.total ?? 0) || x.official.code.localeCompare(y.official.code),
  );
  return {
    card,
    search,
    title,
    description,
    /** What "save for offline" stores with the page. */
    pack: regionPack(site, region.slug),
    breadcrumbs: [{ href: links.list('region'), label: KINDS.region.label }, ...(province ? [{ href: links.region(province.slug), label: province.name }] : [])],
    name: official.name,
    kind: REGION_KINDS[official.kind],
    code: official.code,
    isProvince,
    province: province ? { name: province.name, href: links.region(province.slug) } : undefined,
    summary: profile?.data.summary,
    hasFigures: figures !== undefined,
    figureRows: [...figureRows, ...islandRows],
    islands: islands.total,
    structure,
    desaAdat: counts.desaAdat,
    regencyCount: regencies.length,
    indicatorRows,
    features: (profile?.data.features ?? []).map((f) => ({ ...f, label: FEATURES[f.key] })),
    regencies: byPopulation.map((r) => {
      const f = r.official.figures;
      return {
        name: r.official.name,
        href: links.region(r.slug),
        population: f?.population.total,
        area: f?.areaKm2,
        density: f ? f.population.total / f.areaKm2 : undefined,
        ...r.official.counts,
      };
    }),
    hosted: { total: hosted.length, shown: hosted.slice(0, LISTED).map((i) => innovationCard(site, i)), more: searchFor(KINDS.innovation.searchType) },
    received: { total: received.length, shown: received.slice(0, LISTED).map((v) => visitCard(site, v)), more: searchFor(KINDS.visit.searchType) },
    made: { total: made.length, shown: made.slice(0, LISTED).map((v) => visitCard(site, v)), more: searchFor(KINDS.visit.searchType) },
    committed: site.commitmentsMadeBy(region.slug).map((c) => commitmentRow(site, c)),
    learnedFromUs: learnedFromUs.map((c) => commitmentRow(site, c)),
    network: ownNetwork.length > 0 ? networkView(site, ownNetwork) : undefined,
    pairs,
    peers,
    peerFinder: links.peers(region.slug),
  };
}
export type RegionView = ReturnType<typeof regionView>;

/** /daerah/: every province with its counts and its regencies and cities, in official order. */
export function regionIndexView(site: Model) {
  const provinces = [...site.regions.values()].filter((r) => r.official.kind === 'provinsi');
  return {
    total: site.regions.size,
    regencyCount: site.regions.size - provinces.length,
    provinces: provinces.map((province) => ({
      slug: province.slug,
      name: province.official.name,
      href: links.region(province.slug),
      counts: province.official.counts,
      regencies: site.regenciesOf(province.official.code).map((r) => regionLink(site, r.slug)),
    })),
  };
}

/** The peer finder's province choices: slug and name, in official order. */
export function provinceOptions(site: Model) {
  return [...site.regions.values()].filter((r) => r.official.kind === 'provinsi').map((p) => ({ slug: p.slug, name: p.official.name }));
}
