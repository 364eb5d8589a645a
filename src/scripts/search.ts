/**
 * The search page. Pagefind's index and code load only once the user searches (or opens a
 * shared /cari/?q=… link); the query, filters and sort live in the URL so a search can be shared.
 */
import { siteUnreachable } from '../offline/packs.ts';

type Filters = Record<string, string>;
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string, o?: object): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGE = 10;
/**
 * Offline, the index answers only with the parts this device fetched before (Pagefind reports a
 * part it cannot fetch as no match), so "no results" would be a false answer.
 */
const OFFLINE_NOTE = (q: string) =>
  `Tanpa sambungan, pencarian hanya bisa memakai kata yang pernah dicari di perangkat ini${q ? `; “${q}” belum termasuk` : ''}. Halaman yang Anda simpan ada di Halaman tersimpan (/tersimpan/).`;
const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

function start(root: HTMLElement) {
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('#q')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const filterBox = root.querySelector<HTMLFieldSetElement>('[data-filters]')!;
  const selects = [...root.querySelectorAll<HTMLSelectElement>('[data-filter]')];
  const sortSelect = root.querySelector<HTMLSelectElement>('[data-sort]')!;
  let pagefind: Promise<Pagefind> | undefined;
  let filtersLoaded: Promise<void> | undefined;
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
    (pagefind ??= (async () => {
      const url = '/pagefind/pagefind.js';
      const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
      // No worker: saves ~43 KB on the first search, and the index is small enough for the main thread.
      await pf.options({ noWorker: true, excerptLength: 24 });
      readUrl();
      filterBox.hidden = false;
      return pf;
    })());

  /**
   * The facet values (province, region, sector, …) are a separate download that grows with the
   * site: fetched when the user reaches for a filter or opens a link that uses one, not with the
   * first query.
   */
  const loadFilters = () =>
    (filtersLoaded ??= (async () => {
      const available = await (await load()).filters();
      for (const select of selects) {
        const chosen = new URLSearchParams(location.search).get(select.dataset.filter!) ?? select.value;
        const values = Object.keys(available[select.dataset.filter!] ?? {}).sort((a, b) => a.localeCompare(b, 'id'));
        select.append(...values.filter((v) => v !== chosen).map((v) => new Option(v, v)));
      }
    })());

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? input.value;
    for (const select of selects) select.value = params.get(select.dataset.filter!) ?? '';
    sortSelect.value = params.get('urut') ?? '';
  };

  const writeUrl = (q: string, filters: Filters) => {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const [k, v] of Object.entries(filters)) params.set(k, v);
    if (sortSelect.value) params.set('urut', sortSelect.value);
    history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
  };

  /** `typing`: started by a key in the box rather than by a submit, a filter or a shared link. */
  const search = async (typing = false) => {
    const mine = ++run;
    const q = input.value.trim();
    const filters: Filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
    writeUrl(q, filters);
    if (!q && Object.keys(filters).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      announce('');
      return;
    }
    // Said only when the engine is slow to arrive (a weak signal), not for every quick search.
    const slow = window.setTimeout(() => mine === run && announce('Mencari…'), 800);
    let results: Awaited<ReturnType<Pagefind['search']>>['results'];
    try {
      const pf = await load();
      const sort = sortSelect.value ? { tanggal: sortSelect.value } : undefined;
      ({ results } = await pf.search(q || null!, { filters, sort }));
    } catch {
      clearTimeout(slow);
      pagefind = undefined;
      const said = (await siteUnreachable()) ? OFFLINE_NOTE(q) : 'Pencarian gagal dimuat. Periksa sambungan lalu coba lagi.';
      if (mine !== run) return;
      list.replaceChildren();
      more.hidden = true;
      announce(said);
      return;
    }
    clearTimeout(slow);
    if (mine !== run) return;
    list.replaceChildren();
    let shown = 0;
    const showMore = async () => {
      const slice = results.slice(shown, shown + PAGE);
      shown += slice.length;
      const data = await Promise.all(slice.map((r) => r.data()));
      if (mine !== run) return [];
      const items = data.map(renderResult);
      list.append(...items);
      more.hidden = shown >= results.length;
      return items;
    };
    more.onclick = async () => {
      const items = await showMore();
      // The button may now be hidden; focus goes to the first new result instead of the page's top.
      items[0]?.querySelector('a')?.focus();
      announce(`${items.length} hasil lagi ditampilkan, ${shown} dari ${results.length}.`);
    };
    await showMore();
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
    const excerpt = document.createElement('p');
    excerpt.innerHTML = d.excerpt; // Pagefind escapes page text; only its <mark> tags remain
    li.append(heading, meta, excerpt);
    const subs = (d.sub_results ?? []).filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 3);
    if (subs.length) {
      const ul = document.createElement('ul');
      for (const s of subs) {
        const item = document.createElement('li');
        const a = document.createElement('a');
        a.href = s.url;
        a.textContent = s.title;
        item.append(a);
        ul.append(item);
      }
      li.append(ul);
    }
    return li;
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    // A count for a word still being typed is no longer worth saying.
    clearTimeout(announcing);
    timer = window.setTimeout(() => void search(true), 250);
  });
  for (const el of [...selects, sortSelect]) el.addEventListener('change', () => void search());
  // Filters and a shared query need the index; a bare visit to /cari/ loads nothing until the user types.
  input.addEventListener('focus', () => void load(), { once: true });
  for (const type of ['pointerenter', 'focusin'] as const) filterBox.addEventListener(type, () => void loadFilters(), { once: true });
  const params = new URLSearchParams(location.search);
  // A shared link's chosen filter values are put in place at once so the search can run with them.
  for (const select of selects) {
    const chosen = params.get(select.dataset.filter!);
    if (chosen) select.append(new Option(chosen, chosen));
  }
  if ([...params.keys()].length) void load().then(() => search());
}
