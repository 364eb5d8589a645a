/**
 * The search page, on Pagefind's JavaScript API. Nothing loads until the box gets focus (or a shared
 * /cari/?q=… link is opened); then the engine and /pagefind/lintas-cari.json (facet values and the
 * map of index bundles, written at build time) arrive together. Filter values come from that file,
 * so no filter index is fetched until a filter is used. On a large site only the hub is searched at
 * first; a province's bundle is merged when the reader asks about it (src/domain/search-bundles.ts).
 * Query and filters live in the URL so a search can be shared.
 */
import type { SearchManifest } from '../domain/search-bundles.ts';
import { SEARCH_MANIFEST_FILE } from '../domain/search-bundles.ts';
import { slugify } from '../domain/slug.ts';
import { bareName, resolveRegion, type Resolvable } from '../lib/region-resolver.ts';
import { siteUnreachable } from '../offline/packs.ts';

type Filters = Record<string, string>;
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  mergeIndex(path: string, o?: object): Promise<void>;
  preload(q: string, o?: object): Promise<void>;
  search(q: string | null, o?: object): Promise<{ results: PagefindResult[] }>;
}
interface Place extends Resolvable {
  name: string;
  province: string;
}

const PAGE = 10;
const BASE = '/pagefind/';
/**
 * Offline, the index answers only with the parts this device fetched before (Pagefind reports a
 * part it cannot fetch as no match), so "no results" would be a false answer.
 */
const OFFLINE_NOTE = (q: string) =>
  `Tanpa sambungan, pencarian hanya bisa memakai kata yang pernah dicari di perangkat ini${q ? `; “${q}” belum termasuk` : ''}. Halaman yang Anda simpan ada di Halaman tersimpan (/tersimpan/).`;
const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

const kindOf = (name: string): Place['kind'] => (name.startsWith('Kota ') ? 'kota' : name.startsWith('Kabupaten ') ? 'kabupaten' : 'provinsi');

function start(root: HTMLElement) {
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('#q')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const scope = root.querySelector<HTMLElement>('[data-scope]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const filterBox = root.querySelector<HTMLDetailsElement>('[data-filters]')!;
  const filterSummary = root.querySelector<HTMLElement>('[data-filter-summary]')!;
  const selects = [...root.querySelectorAll<HTMLSelectElement>('[data-filter]')];
  const placeInput = root.querySelector<HTMLInputElement>('[data-place]')!;
  const placeInfo = root.querySelector<HTMLElement>('[data-place-info]')!;
  const placeList = root.querySelector<HTMLDataListElement>('#daftar-tempat')!;
  let engine: Promise<{ pf: Pagefind; manifest: SearchManifest; places: Place[] }> | undefined;
  let ready: Pagefind | undefined;
  const merged = new Set<string>();
  let everywhere = false;
  /** The place filter as the URL holds it: a province or a region, never both. */
  let place: { key: 'provinsi' | 'daerah'; value: string } | undefined;
  let run = 0;
  let timer: number | undefined;
  let announcing: number | undefined;

  /**
   * The live region speaks only what is worth hearing: once the person stops typing, not on every
   * key (a screen reader would queue one count per letter), and never the same words twice.
   */
  const announce = (text: string, delay = 0) => {
    clearTimeout(announcing);
    announcing = window.setTimeout(() => {
      if (status.textContent !== text) status.textContent = text;
    }, delay);
  };

  const load = () =>
    (engine ??= (async () => {
      const [pf, manifest] = await Promise.all([
        import(/* @vite-ignore */ `${BASE}pagefind.js`) as Promise<Pagefind>,
        fetch(`${BASE}${SEARCH_MANIFEST_FILE}`).then((r) => {
          if (!r.ok) throw new Error(`${r.status}`);
          return r.json() as Promise<SearchManifest>;
        }),
      ]);
      // No worker: saves ~43 KB on the first search, and the hub is small enough for the main thread.
      // Indexed text is short everywhere (title, lead, key facts), so page length counts for less than
      // Pagefind's default 0.75: a page whose title is the word searched ranks above a shorter namesake.
      await pf.options({ noWorker: true, excerptLength: 18, ranking: { pageLength: 0.25 } });
      const places = placesOf(manifest);
      fillFilters(manifest, places);
      filterBox.hidden = false;
      ready = pf;
      return { pf, manifest, places };
    })().catch((error: unknown) => {
      engine = undefined;
      throw error;
    }));

  /** Provinces before regions, as the type-ahead lists them. */
  const placesOf = (m: SearchManifest): Place[] => [
    ...(m.facets.provinsi ?? []).map(([name]) => ({ name, province: name, kind: 'provinsi' as const, slug: slugify(name) })),
    ...Object.entries(m.regions).flatMap(([province, names]) => names.map((name) => ({ name, province, kind: kindOf(name), slug: slugify(name) }))),
  ];

  const fillFilters = (m: SearchManifest, places: Place[]) => {
    const params = new URLSearchParams(location.search);
    for (const select of selects) {
      const values = (m.facets[select.dataset.filter!] ?? []).map(([v]) => v);
      const chosen = params.get(select.dataset.filter!) ?? '';
      select.replaceChildren(new Option('Semua', ''), ...values.map((v) => new Option(v, v)));
      if (chosen && !values.includes(chosen)) select.append(new Option(chosen, chosen));
      select.value = chosen;
    }
    placeList.replaceChildren(...places.map((p) => new Option(p.kind === 'provinsi' ? `${p.name} (provinsi)` : `${p.name}, ${p.province}`, p.name)));
  };

  /** The place the reader typed: a province or region by name, or the one region a partial name fits. */
  const pickPlace = (typed: string, places: Place[]): Place | Place[] | undefined => {
    const text = typed.replace(/\s*\(provinsi\)$/, '').replace(/,.*$/, '').trim();
    if (!text) return undefined;
    const exact = places.filter((p) => p.name.toLowerCase() === text.toLowerCase());
    if (exact.length) return exact[0];
    const found = resolveRegion(text, { list: places }, { partial: true });
    if (found.status === 'found') return found.region;
    return found.status === 'ambiguous' ? found.choices : [];
  };

  /**
   * A query that is exactly one province's or region's name ("katingan", "Kota Surabaya") puts that
   * place's own page first: otherwise its shorter namesakes (comparisons, visits) outrank it, and at
   * national scale it could sit far down the list.
   */
  const placeNamed = (q: string, places: Place[]): Place | undefined => {
    const found = q ? resolveRegion(q, { list: places }) : undefined;
    return found?.status === 'found' ? found.region : undefined;
  };

  const showPlace = () => {
    placeInput.value = place?.value ?? '';
    placeInput.removeAttribute('aria-invalid');
    placeInfo.textContent = place ? (place.key === 'provinsi' ? 'Provinsi' : 'Daerah') + `: ${place.value}` : '';
    const active = selects.filter((s) => s.value).length + (place ? 1 : 0);
    filterSummary.textContent = active ? `(${active} aktif)` : '';
  };

  /** Province bundles this search needs: from the place filter and from places named in the query. */
  const provincesFor = (q: string, manifest: SearchManifest, places: Place[]): string[] => {
    if (manifest.provinces.length === 0) return [];
    if (everywhere) return manifest.provinces.map((p) => p.name);
    const wanted = new Set<string>();
    if (place) wanted.add(place.key === 'provinsi' ? place.value : (places.find((p) => p.name === place!.value)?.province ?? ''));
    // A place named in the query ("sampah bangli", "kota bandung") brings its province's pages in.
    const words = slugify(q).split('-').filter(Boolean);
    const byBare = new Map<string, Place[]>();
    for (const p of places) byBare.set(bareName(p), [...(byBare.get(bareName(p)) ?? []), p]);
    for (let n = 1; n <= 3; n++) {
      for (let i = 0; i + n <= words.length; i++) for (const p of byBare.get(words.slice(i, i + n).join('-')) ?? []) wanted.add(p.province);
    }
    return [...wanted].filter(Boolean);
  };

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? input.value;
    for (const select of selects) {
      // A shared link's value is put in place at once, before the facet values arrive, so the search can use it.
      const chosen = params.get(select.dataset.filter!) ?? '';
      if (chosen && ![...select.options].some((o) => o.value === chosen)) select.append(new Option(chosen, chosen));
      select.value = chosen;
    }
    const province = params.get('provinsi');
    const region = params.get('daerah');
    place = region ? { key: 'daerah', value: region } : province ? { key: 'provinsi', value: province } : undefined;
    showPlace();
  };

  const currentFilters = (): Filters => ({
    ...Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value])),
    ...(place ? { [place.key]: place.value } : {}),
  });

  const writeUrl = (q: string, filters: Filters) => {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const [k, v] of Object.entries(filters)) params.set(k, v);
    history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
  };

  /** Says which pages were searched when a large site's province bundles were left out. */
  const showScope = (manifest: SearchManifest, provinces: string[], filters: Filters) => {
    scope.replaceChildren();
    const missing = manifest.splitTypes.length > 0 && !everywhere && provinces.length === 0;
    scope.hidden = !missing;
    if (!missing) return;
    const onlySplit = filters.jenis && manifest.splitTypes.includes(filters.jenis);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link-button';
    button.textContent = 'cari di semua provinsi';
    button.onclick = () => {
      everywhere = true;
      void search();
    };
    scope.append(
      `${onlySplit ? '' : `Hasil dari ${manifest.hubTypes.join(', ').toLowerCase()}. `}${manifest.splitTypes.join(', ')} dicari per provinsi: pilih provinsi di saringan, sebut nama daerah, atau `,
      button,
      ` (lebih lama di sambungan lemah).`,
    );
  };

  /** `typing`: started by a key in the box rather than by a submit, a filter or a shared link. */
  const search = async (typing = false) => {
    const mine = ++run;
    const q = input.value.trim();
    const filters = currentFilters();
    writeUrl(q, filters);
    showPlace();
    if (!q && Object.keys(filters).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      scope.hidden = true;
      announce('');
      return;
    }
    // Said only when the engine is slow to arrive (a weak signal), not for every quick search.
    const slow = window.setTimeout(() => mine === run && announce('Mencari…'), 800);
    let results: PagefindResult[];
    let manifest: SearchManifest;
    let provinces: string[];
    let first: Place | undefined;
    try {
      const loaded = await load();
      manifest = loaded.manifest;
      const named = placeNamed(q, loaded.places);
      // Only where the filters would keep that page: type Daerah or any, no sector or year (a region has
      // neither), and inside the chosen place.
      const kept =
        named &&
        (!filters.jenis || filters.jenis === 'Daerah') &&
        !filters.sektor &&
        !filters.tahun &&
        (!place || (place.key === 'provinsi' ? named.province === place.value : named.name === place.value));
      first = kept ? named : undefined;
      provinces = provincesFor(q, manifest, loaded.places);
      // All at once: one round trip on a slow connection, not one per province.
      await Promise.all(
        manifest.provinces
          .filter((b) => provinces.includes(b.name) && !merged.has(b.path))
          .map((b) => (merged.add(b.path), loaded.pf.mergeIndex(`${BASE}${b.path}`))),
      );
      const found = await loaded.pf.search(q || null, { filters });
      // A page about two provinces is in both bundles: shown once.
      const seen = new Set<string>();
      results = found.results.filter((r) => !seen.has(r.id) && seen.add(r.id));
    } catch {
      clearTimeout(slow);
      const said = (await siteUnreachable()) ? OFFLINE_NOTE(q) : 'Pencarian gagal dimuat. Periksa sambungan lalu coba lagi.';
      if (mine !== run) return;
      list.replaceChildren();
      more.hidden = true;
      announce(said);
      return;
    }
    clearTimeout(slow);
    if (mine !== run) return;
    showScope(manifest, provinces, filters);
    list.replaceChildren();
    const firstUrl = first && root.dataset.regionHref!.replace('SLUG', first.slug);
    if (first) list.append(renderResult({ url: firstUrl!, excerpt: '', meta: { title: first.name, jenis: 'Daerah', daerah: first.kind === 'provinsi' ? 'Provinsi' : first.province } }));
    let shown = 0;
    const showMore = async () => {
      const slice = results.slice(shown, shown + PAGE);
      shown += slice.length;
      const data = await Promise.all(slice.map((r) => r.data()));
      if (mine !== run) return [];
      // The place's own page, already shown first, is not shown twice.
      const items = data.filter((d) => d.url !== firstUrl).map(renderResult);
      list.append(...items);
      more.hidden = shown >= results.length;
      return items;
    };
    /** The index may answer offline while the results' own files were never fetched on this device. */
    const failed = async () => {
      const said = (await siteUnreachable()) ? OFFLINE_NOTE(q) : 'Hasil pencarian gagal dimuat. Periksa sambungan lalu coba lagi.';
      if (mine !== run) return;
      more.hidden = true;
      announce(said);
    };
    more.onclick = async () => {
      const items = await showMore().catch(async () => (await failed(), []));
      if (items.length === 0) return;
      // The button may now be hidden; focus goes to the first new result instead of the page's top.
      items[0]?.querySelector('a')?.focus();
      announce(`${items.length} hasil lagi ditampilkan, ${shown} dari ${results.length}.`);
    };
    try {
      await showMore();
    } catch {
      list.replaceChildren();
      await failed();
      return;
    }
    if (mine !== run) return;
    // Announced once the results are on the page, so a screen reader user can go straight to them.
    const said = results.length
      ? `${results.length} hasil${q ? ` untuk “${q}”` : ''}.`
      : (await siteUnreachable())
        ? OFFLINE_NOTE(q)
        : `Tidak ada hasil${q ? ` untuk “${q}”` : ''}. Coba kata lain atau kurangi saringan.`;
    if (mine === run) announce(said, typing ? 1200 : 0);
  };

  const renderResult = (d: PagefindResultData) => {
    const li = document.createElement('li');
    const label = document.createElement('span');
    label.className = 'badge';
    label.textContent = d.meta.jenis ?? 'Halaman';
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = d.url;
    link.textContent = d.meta.title ?? d.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.append(label, ` ${[d.meta.daerah, d.meta.status, d.meta.tanggal].filter(Boolean).join(' · ')}`);
    li.append(heading, meta);
    if (d.excerpt) {
      const excerpt = document.createElement('p');
      excerpt.className = 'excerpt';
      excerpt.innerHTML = d.excerpt; // Pagefind escapes page text; only its <mark> tags remain
      li.append(excerpt);
    }
    return li;
  };

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    // Enter in the place box submits the form, perhaps before its change event.
    if (await applyPlace()) void search();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    // A count for a word still being typed is no longer worth saying.
    clearTimeout(announcing);
    timer = window.setTimeout(() => void search(true), 250);
    // While the reader types, the index part holding the words so far is fetched (on a slow connection
    // the search after the last key then waits only for the results' own files).
    const q = input.value.trim();
    if (ready && q.length >= 3) void ready.preload(q).catch(() => undefined);
  });
  for (const el of selects) el.addEventListener('change', () => void search());
  /** Reads the place box; false when what was typed fits no single place (the box says why). */
  const applyPlace = async (): Promise<boolean> => {
    if (placeInput.value === (place?.value ?? '')) return true;
    const { places } = await load();
    const picked = pickPlace(placeInput.value, places);
    if (Array.isArray(picked)) {
      // Not one place: say so and leave the filter as it was, so the results do not change under the reader.
      placeInput.setAttribute('aria-invalid', 'true');
      placeInfo.textContent = picked.length
        ? `Lebih dari satu cocok: ${picked.slice(0, 5).map((p) => p.name).join(', ')}${picked.length > 5 ? ', …' : ''}. Pilih salah satu dari daftar.`
        : `Tidak ada provinsi atau daerah bernama “${placeInput.value}”. Pilih dari daftar.`;
      return false;
    }
    place = picked && { key: picked.kind === 'provinsi' ? 'provinsi' : 'daerah', value: picked.name };
    return true;
  };
  placeInput.addEventListener('change', async () => {
    if (await applyPlace()) void search();
  });
  // The engine and the facet values load when the reader is about to search, not with the page.
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  filterBox.addEventListener('toggle', () => void load().catch(() => undefined), { once: true });
  readUrl();
  if ([...new URLSearchParams(location.search).keys()].length) void search();
}
