/**
 * The page views (src/lib/views/): what each page shows, built from the site model over a small
 * in-memory corpus of plainly fictional entries (never content/), parsed by the real schemas so
 * defaults apply as in a build. Regions are the official ones.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { followupSchema, innovationSchema, newsSchema, playbookSchema, regionSchema, visitSchema } from '../../src/schemas/index.ts';
import { buildModel, type Model } from '../../src/lib/model.ts';
import { loadOfficialRegions, type OfficialRegions } from '../../src/lib/official-regions.ts';
import { innovationView } from '../../src/lib/views/innovation.ts';
import { visitView } from '../../src/lib/views/visit.ts';
import { playbookView } from '../../src/lib/views/playbook.ts';
import { LISTED, provinceOptions, regionIndexView, regionView } from '../../src/lib/views/region.ts';
import { compareDataFile, comparisonIndexView, comparisonJson, comparisonPaths } from '../../src/lib/views/comparison.ts';
import { decodeRegion } from '../../src/domain/compare-data.ts';
import { LEDGER_PER_PAGE, ledgerPaths } from '../../src/lib/views/ledger.ts';
import { innovationListPaths, listTitle, playbookListPaths, visitListPaths } from '../../src/lib/views/lists.ts';
import { homeView, institutionsView } from '../../src/lib/views/home.ts';

const TODAY = '2026-11-29';
const source = (date: string) => [{ id: 'uji', title: 'Sumber uji fiktif', publisher: 'Penerbit Uji Fiktif', date }];
const said = (text: string) => ({ text, source: 'uji' });

const innovation = (id: string, data: Record<string, unknown>) => ({
  id,
  data: innovationSchema.parse({
    title: `Layanan uji ${id}`,
    host: 'kabupaten-sleman',
    summary: 'Ringkasan uji fiktif.',
    sectors: ['pelayanan-publik'],
    status: 'berjalan',
    lastVerified: '2020-01-15',
    approach: [said('Langkah uji fiktif.')],
    sources: source('2020-01-15'),
    ...data,
  }),
});

const visit = (id: string, data: Record<string, unknown>) => ({
  id,
  data: visitSchema.parse({ title: `Kunjungan uji ${id}`, date: id.slice(0, 10), host: 'kabupaten-sleman', sources: source('2020-01-01'), ...data }),
});

/** Enough visits to a busy host that its page lists only the first LISTED. */
const busyVisits = Array.from({ length: LISTED + 1 }, (_, i) =>
  visit(`2015-01-${String((i % 28) + 1).padStart(2, '0')}-uji-${i}`, { date: `2015-01-${String((i % 28) + 1).padStart(2, '0')}`, visitor: { region: 'kabupaten-gowa' }, host: 'kabupaten-badung' }),
);

const commitments = Array.from({ length: LEDGER_PER_PAGE }, (_, i) => ({ id: `janji-${i}`, text: `Janji uji fiktif ${i}.`, status: 'niat', source: 'uji' }));

const corpus = {
  regions: [
    {
      id: 'kabupaten-sleman',
      data: regionSchema.parse({
        code: '34.04',
        summary: 'Profil uji fiktif.',
        indicators: [{ key: 'desa', value: 80, year: 2020, source: 'uji' }],
        compareWith: ['kota-surabaya'],
        sources: source('2020-01-01'),
      }),
    },
  ],
  innovations: [
    innovation('alfa', { prerequisites: [{ ...said('Desa terhubung jaringan.'), indicator: 'desa-terhubung-serat-optik' }], playbook: 'panduan-alfa' }),
    innovation('beta', { title: 'Aplikasi uji beta', host: 'kota-surabaya', lastVerified: '2026-10-01' }),
  ],
  playbooks: [
    {
      id: 'panduan-alfa',
      data: playbookSchema.parse({
        title: 'Panduan uji alfa',
        summary: 'Panduan uji fiktif.',
        owner: 'kabupaten-sleman',
        innovations: ['alfa', 'beta'],
        stages: [{ title: 'Tahap uji', goal: 'Tujuan uji.', citations: [{ source: 'uji' }] }],
        sources: source('2020-01-01'),
      }),
    },
  ],
  visits: [
    visit('2019-05-20-gowa-ke-sleman', {
      visitor: { region: 'kabupaten-gowa' },
      innovationsStudied: ['alfa'],
      constraints: [{ ...said('Jaringan belum sampai ke desa.'), indicator: 'desa-terhubung-serat-optik' }],
      commitments: [{ id: 'tiru-alfa', text: 'Meniru layanan alfa.', status: 'niat', source: 'uji', innovation: 'alfa' }],
    }),
    visit('2022-06-30-lembaga-ke-sleman', { date: '2022-06', visitor: { institution: 'Universitas Uji Fiktif' } }),
    visit('2021-01-01-banyak-janji', { visitor: { region: 'kota-surabaya' }, commitments }),
    ...busyVisits,
  ],
  followups: [
    {
      id: '2021-03-12-tiru-alfa',
      data: followupSchema.parse({ visit: '2019-05-20-gowa-ke-sleman', commitment: 'tiru-alfa', date: '2021-03-12', status: 'berjalan', text: 'Kabar uji fiktif.', source: 'uji', sources: source('2021-03-12') }),
    },
  ],
  news: [
    { id: '2023-07-kabar-alfa', data: newsSchema.parse({ innovation: 'alfa', date: '2023-07', status: 'uji-coba', statements: [said('Kabar uji fiktif.')], sources: source('2023-07-01') }) },
  ],
};

let official: OfficialRegions;
let site: Model;
beforeAll(async () => {
  official = await loadOfficialRegions();
  site = buildModel({ official, ...corpus });
});

const get = <T>(map: Map<string, T>, key: string) => {
  const value = map.get(key);
  if (!value) throw new Error(`fixture ${key} missing`);
  return value;
};

describe('innovation view', () => {
  it('shows the status after its news, linked to that news, and flags age past a year', () => {
    const view = innovationView(site, get(site.innovations, 'alfa'), TODAY);
    expect(view.status).toBe('Uji coba (per 2023)');
    expect(view.statusAsOf).toBe('2023-07');
    expect(view.lastVerified).toBe('2023-07');
    expect(view.lastVerifiedBy).toBe('2023-07-kabar-alfa');
    expect(view.stale?.age).toMatch(/tahun/);
    expect(view.card).toMatchObject({ kind: 'inovasi', region: 'Kabupaten Sleman', status: 'Uji coba (per 2023)' });
    expect(view.search).toMatchObject({ type: 'Inovasi', filters: { daerah: ['Kabupaten Sleman'], provinsi: ['Daerah Istimewa Yogyakarta'] } });
  });

  it('links its host, playbook, visits and the commitments to adopt it', () => {
    const view = innovationView(site, get(site.innovations, 'alfa'), TODAY);
    expect(view.host).toEqual({ name: 'Kabupaten Sleman', href: '/daerah/kabupaten-sleman/' });
    expect(view.playbooks).toEqual([{ href: '/panduan/panduan-alfa/', title: 'Panduan uji alfa', stages: 1 }]);
    expect(view.visits.map((v) => v.href)).toEqual(['/kunjungan/2019-05-20-gowa-ke-sleman/']);
    expect(view.commitments).toEqual([
      expect.objectContaining({ href: '/kunjungan/2019-05-20-gowa-ke-sleman/#komitmen-tiru-alfa', status: 'berjalan', since: '2021-03-12', visitor: { name: 'Kabupaten Gowa', href: '/daerah/kabupaten-gowa/', institution: false } }),
    ]);
    expect(view.adopters).toBe(1);
    expect(view.prerequisites[0]?.indicatorLabel).toBe('Desa terhubung serat optik');
  });

  it('is not stale when verified within the year', () => {
    expect(innovationView(site, get(site.innovations, 'beta'), TODAY).stale).toBeUndefined();
  });
});

describe('visit view', () => {
  it('links an institution to its visits on /lembaga/ and says how precise the date is', () => {
    const view = visitView(site, site.visits.find((v) => v.id === '2022-06-30-lembaga-ke-sleman')!);
    expect(view.visitor).toEqual({ name: 'Universitas Uji Fiktif', href: '/lembaga/#universitas-uji-fiktif', institution: true });
    expect(view.imprecision).toBe('bulan dan tahun saja');
    expect(view.card).toMatchObject({ kind: 'kunjungan', visitor: 'Universitas Uji Fiktif', host: 'Kabupaten Sleman' });
    expect(view.description).toBe('Juni 2022: Universitas Uji Fiktif berkunjung ke Kabupaten Sleman. 0 inovasi dipelajari, 0 komitmen.');
  });

  it('shows what was studied and each commitment as it stands after its follow-ups', () => {
    const view = visitView(site, site.visits.find((v) => v.id === '2019-05-20-gowa-ke-sleman')!);
    expect(view.imprecision).toBeUndefined();
    expect(view.studied.map((i) => i.href)).toEqual(['/inovasi/alfa/']);
    expect(view.commitments.map((c) => [c.commitment.id, c.status, c.since, c.followups.length])).toEqual([['tiru-alfa', 'berjalan', '2021-03-12', 1]]);
    expect(view.search.filters?.provinsi).toEqual(['Sulawesi Selatan', 'Daerah Istimewa Yogyakarta']);
  });
});

describe('playbook view', () => {
  it('links its owner and innovations and takes its search sectors from them', () => {
    const view = playbookView(site, get(site.playbooks, 'panduan-alfa'));
    expect(view.owner).toEqual({ name: 'Kabupaten Sleman', href: '/daerah/kabupaten-sleman/' });
    expect(view.innovations).toEqual([
      { href: '/inovasi/alfa/', title: 'Layanan uji alfa' },
      { href: '/inovasi/beta/', title: 'Aplikasi uji beta' },
    ]);
    expect(view.search.filters?.sektor).toEqual(['Pelayanan publik']);
  });
});

describe('region view', () => {
  it('puts a curated indicator beside the official figure under the catalogue label', () => {
    const view = regionView(site, get(site.regions, 'kabupaten-sleman'));
    expect(view.indicatorRows).toEqual([expect.objectContaining({ key: 'desa', label: 'Desa', unit: 'desa', value: 80, official: get(site.regions, 'kabupaten-sleman').official.counts.desa })]);
    expect(view.breadcrumbs).toEqual([
      { href: '/daerah/', label: 'Daerah' },
      { href: '/daerah/daerah-istimewa-yogyakarta/', label: 'Daerah Istimewa Yogyakarta' },
    ]);
    expect(view.figureRows[0]).toMatchObject({ label: 'Jumlah penduduk', provinceRank: expect.stringMatching(/dari 5$/) });
  });

  it('links its comparisons, and its peers to a comparison page or else the compare tool', () => {
    const view = regionView(site, get(site.regions, 'kabupaten-sleman'));
    // Pairs by their newest visit: Surabaya came in 2021, Gowa in 2019.
    expect(view.pairs.map((p) => p.href)).toEqual(['/bandingkan/kabupaten-sleman-vs-kota-surabaya/', '/bandingkan/kabupaten-gowa-vs-kabupaten-sleman/']);
    const peerSlugs = site.peersOf('kabupaten-sleman').map((p) => p.slug);
    expect(peerSlugs.length).toBeGreaterThan(0);
    expect(view.peers.map((p) => p.href)).toEqual(peerSlugs.map((slug) => `/daerah/${slug}/`));
    expect(view.peers.map((p) => p.compareHref)).toEqual(
      peerSlugs.map((slug) => (site.pairs.has(['kabupaten-sleman', slug].sort().join('-vs-')) ? `/bandingkan/${['kabupaten-sleman', slug].sort().join('-vs-')}/` : `/bandingkan/?a=kabupaten-sleman&b=${slug}`)),
    );
  });

  it('lists the first LISTED visits of a busy host and links the rest through search', () => {
    const view = regionView(site, get(site.regions, 'kabupaten-badung'));
    expect(view.received.total).toBe(LISTED + 1);
    expect(view.received.shown).toHaveLength(LISTED);
    expect(view.received.more).toBe('/cari/?jenis=Kunjungan&daerah=Kabupaten%20Badung');
    expect(view.network?.edges).toEqual([{ from: 'kabupaten-gowa', to: 'kabupaten-badung', visits: LISTED + 1 }]);
  });

  it('lists a province’s regencies by population, largest first', () => {
    const view = regionView(site, get(site.regions, 'daerah-istimewa-yogyakarta'));
    expect(view.isProvince).toBe(true);
    expect(view.regencyCount).toBe(5);
    const populations = view.regencies.map((r) => r.population ?? 0);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    expect(view.card).toMatchObject({ kind: 'daerah', title: 'Daerah Istimewa Yogyakarta' });
  });
});

describe('comparison views', () => {
  it('give each pair its page and its reverse address a redirect to it', () => {
    const paths = comparisonPaths(site).filter((p) => p.params.pair.includes('kota-surabaya') && p.params.pair.includes('kabupaten-sleman'));
    expect(paths.map((p) => p.params.pair)).toEqual(['kabupaten-sleman-vs-kota-surabaya', 'kota-surabaya-vs-kabupaten-sleman']);
    expect(paths[1]?.props.redirect).toEqual({ href: '/bandingkan/kabupaten-sleman-vs-kota-surabaya/', title: 'Kabupaten Sleman dan Kota Surabaya' });
    const view = paths[0]?.props.view?.get();
    expect(view?.title).toBe('Kabupaten Sleman dan Kota Surabaya');
    expect(view?.sides.map((s) => [s.name, s.innovations.map((i) => i.href)])).toEqual([
      ['Kabupaten Sleman', ['/inovasi/alfa/']],
      ['Kota Surabaya', ['/inovasi/beta/']],
    ]);
  });

  it('read the learner’s stated constraints against an innovation’s prerequisites', () => {
    const view = comparisonPaths(site).find((p) => p.params.pair === 'kabupaten-gowa-vs-kabupaten-sleman')?.props.view?.get();
    const sleman = view?.sides.find((s) => s.name === 'Kabupaten Sleman');
    expect(sleman?.learner).toBe('Kabupaten Gowa');
    expect(sleman?.innovations[0]?.needs[0]).toEqual({
      prerequisite: 'Desa terhubung jaringan.',
      figure: undefined,
      hasIndicator: true,
      constraints: [{ text: 'Jaringan belum sampai ke desa.', date: '2019-05-20', href: '/kunjungan/2019-05-20-gowa-ke-sleman/' }],
    });
    expect(view?.visits.map((v) => v.href)).toEqual(['/kunjungan/2019-05-20-gowa-ke-sleman/']);
  });

  it('publish the rows without their page-local source numbers', () => {
    const view = comparisonPaths(site)[0]!.props.view!.get();
    const json = comparisonJson(view.comparison);
    expect(json.rows.length).toBe(view.comparison.rows.length);
    for (const row of json.rows) expect(row).not.toHaveProperty('sourceA');
  });
});

describe('ledger view', () => {
  it('pages the commitments, counts the stale ones across all pages, and draws the network on page 1 only', () => {
    const paths = ledgerPaths(site, TODAY);
    expect(paths.map((p) => p.params.page)).toEqual([undefined, 'halaman/2']);
    expect(paths[0]?.props.page.items).toHaveLength(LEDGER_PER_PAGE);
    expect(paths[0]?.props.staleCount).toBe(LEDGER_PER_PAGE + 1);
    expect(paths[0]?.props.network?.edges.length).toBeGreaterThan(0);
    expect(paths[1]?.props.network).toBeUndefined();
    expect(paths[1]?.props.regions.map((r) => r.name).sort()).toEqual(['Kabupaten Gowa', 'Kabupaten Sleman']);
  });
});

describe('list and home views', () => {
  it('sort innovations and playbooks by title and visits newest first, as cards', () => {
    expect(innovationListPaths(site)[0]?.props.page.items.map((i) => i.title)).toEqual(['Aplikasi uji beta', 'Layanan uji alfa']);
    expect(playbookListPaths(site)[0]?.props.page.items).toEqual([
      { href: '/panduan/panduan-alfa/', title: 'Panduan uji alfa', owner: { name: 'Kabupaten Sleman', href: '/daerah/kabupaten-sleman/' }, stages: 1, summary: 'Panduan uji fiktif.' },
    ]);
    expect(visitListPaths(site)[0]?.props.page.items[0]?.href).toBe('/kunjungan/2022-06-30-lembaga-ke-sleman/');
    expect([listTitle('Inovasi daerah', 1), listTitle('Inovasi daerah', 2)]).toEqual(['Inovasi daerah', 'Inovasi daerah (halaman 2)']);
  });

  it('count what the home page and the institutions page show', () => {
    const home = homeView(site);
    expect(home.counts).toMatchObject({ innovations: 2, playbooks: 1, visits: corpus.visits.length, provinces: 38, regencies: 514, commitments: LEDGER_PER_PAGE + 1 });
    expect(home.innovations.map((i) => i.title)).toEqual(['Aplikasi uji beta', 'Layanan uji alfa']);
    expect(institutionsView(site)).toEqual({
      institutions: [{ name: 'Universitas Uji Fiktif', slug: 'universitas-uji-fiktif', visits: [expect.objectContaining({ href: '/kunjungan/2022-06-30-lembaga-ke-sleman/' })] }],
      visits: 1,
    });
  });
});

describe('index views', () => {
  it('list every province with its regencies, linked, in official order', () => {
    const view = regionIndexView(site);
    expect([view.total, view.provinces.length, view.regencyCount]).toEqual([552, 38, 514]);
    const diy = view.provinces.find((p) => p.slug === 'daerah-istimewa-yogyakarta')!;
    expect(diy.href).toBe('/daerah/daerah-istimewa-yogyakarta/');
    expect(diy.regencies).toContainEqual({ name: 'Kabupaten Sleman', href: '/daerah/kabupaten-sleman/' });
    expect(provinceOptions(site).map((p) => p.slug)).toEqual(view.provinces.map((p) => p.slug));
  });

  it('list comparison pairs by their newest visit', () => {
    const { total, listed } = comparisonIndexView(site);
    expect(total).toBe(site.pairs.size);
    expect(listed[0]).toEqual({ href: '/bandingkan/kabupaten-sleman-vs-kota-surabaya/', title: 'Kabupaten Sleman dan Kota Surabaya', visits: 1 });
    expect(listed.map((p) => p.href)).toEqual(['/bandingkan/kabupaten-sleman-vs-kota-surabaya/', '/bandingkan/kabupaten-gowa-vs-kabupaten-sleman/', '/bandingkan/kabupaten-badung-vs-kabupaten-gowa/']);
  });

  it('pack every region and the pairs with pages into the compare tool’s data file', () => {
    const data = compareDataFile(site);
    expect(data.regions).toHaveLength(552);
    expect(data.pairs).toEqual([...site.pairs.keys()]);
    const sleman = data.regions.map((row) => decodeRegion(data, row)).find((r) => r.slug === 'kabupaten-sleman');
    expect(sleman?.metrics.kecamatan?.value).toBe(get(site.regions, 'kabupaten-sleman').official.counts.kecamatan);
  });
});
