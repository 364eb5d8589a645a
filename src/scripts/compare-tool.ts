/**
 * The compare-any-two tool: picks two regions by name, renders their comparison from the compact
 * data file with the same compare engine the static pages use, and keeps the choice in the URL
 * (?a=<slug>&b=<slug>) so it can be shared.
 */
import { GROUP_LABELS, compareRegions, pairSlug, type MetricGroup, type MetricValue } from '../domain/compare.ts';
import { decodeRegion, type CompareData } from '../domain/compare-data.ts';
import { formatDifference, formatNumber, formatRatio } from '../domain/format.ts';

type Child = Node | string | false | undefined;
function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c !== false && c !== undefined) el.append(c);
  return el;
}

const tool = document.querySelector<HTMLElement>('[data-compare-tool]');
if (tool) void start(tool);

async function start(tool: HTMLElement) {
  const form = tool.querySelector('form')!;
  const output = tool.querySelector<HTMLElement>('[data-output]')!;
  const status = tool.querySelector<HTMLElement>('[data-status]')!;
  const inputs = { a: form.elements.namedItem('a') as HTMLInputElement, b: form.elements.namedItem('b') as HTMLInputElement };
  form.hidden = false;
  status.textContent = 'Memuat data daerah…';
  let data: CompareData;
  try {
    data = await (await fetch(tool.dataset.src!)).json();
  } catch {
    status.textContent = 'Data daerah gagal dimuat. Periksa sambungan lalu muat ulang halaman.';
    return;
  }
  status.textContent = '';
  const bySlug = new Map(data.regions.map((row) => [row[0], row]));
  const byName = new Map(data.regions.map((row) => [row[1].toLowerCase(), row[0]]));
  const list = tool.querySelector('datalist')!;
  list.append(...data.regions.map((row) => h('option', { value: row[1] })));
  const pairs = new Set(data.pairs);

  const resolve = (text: string) => {
    const t = text.trim().toLowerCase();
    return bySlug.has(t) ? t : byName.get(t);
  };

  const render = (slugA: string, slugB: string, moveFocus: boolean) => {
    const a = decodeRegion(data, bySlug.get(slugA)!);
    const b = decodeRegion(data, bySlug.get(slugB)!);
    inputs.a.value = a.name;
    inputs.b.value = b.name;
    const rows = compareRegions(a, b);
    const sources: MetricValue[] = [];
    const cite = (v: MetricValue) => {
      let i = sources.findIndex((s) => s.source === v.source);
      if (i === -1) i = sources.push(v) - 1;
      return `[${i + 1}]`;
    };
    const cell = (v?: MetricValue) =>
      v
        ? h('td', { class: 'num' }, v.approximate ? 'sekitar ' : '', formatNumber(v.value), h('br'), h('span', { class: 'meta' }, `${v.years.join(' & ')}${v.yearIsPublication ? '*' : ''} ${cite(v)}`))
        : h('td', { class: 'num' }, h('span', { class: 'absent' }, 'belum ada data'));
    const pair = pairSlug(slugA, slugB);
    const heading = h('h2', { tabindex: '-1' }, `${a.name} dan ${b.name}`);
    const tables = (Object.keys(GROUP_LABELS) as MetricGroup[]).map((group) =>
      h('section', { class: 'table-wrap', tabindex: '0', 'aria-label': `${GROUP_LABELS[group]} (tabel, bisa digeser)` },
        h('table', {},
          h('caption', {}, GROUP_LABELS[group]),
          h('thead', {}, h('tr', {}, ...['Ukuran', a.name, b.name, 'Selisih', 'Rasio'].map((t, i) => h('th', { scope: 'col', class: i ? 'num' : '' }, t)))),
          h('tbody', {}, ...rows.filter((r) => r.group === group).map((r) =>
            h('tr', {},
              h('th', { scope: 'row' }, `${r.label} `, h('span', { class: 'unit' }, `(${r.unit})`), r.yearsDiffer && h('br'), r.yearsDiffer && h('span', { class: 'warn' }, 'Tahun berbeda: bandingkan dengan hati-hati')),
              cell(r.a),
              cell(r.b),
              h('td', { class: 'num' }, r.difference === undefined ? '—' : formatDifference(r.difference)),
              h('td', { class: 'num' }, r.ratio === undefined ? '—' : formatRatio(r.ratio)),
            ))),
        )));
    output.replaceChildren(
      heading,
      pairs.has(pair)
        ? h('p', {}, 'Ada halaman perbandingan lengkap untuk pasangan ini, dengan inovasi dan kunjungan: ', h('a', { href: `/bandingkan/${pair}/` }, `${a.name} dan ${b.name}`), '.')
        : h('p', { class: 'meta' }, 'Belum ada halaman perbandingan lengkap untuk pasangan ini; di bawah ini angka yang tersedia.'),
      ...tables,
      h('p', { class: 'meta' }, `Selisih = ${a.name} dikurangi ${b.name}; rasio = ${a.name} dibagi ${b.name}. * Tahun terbit sumber; sumber tidak menyebut tahun datanya.`),
      h('h3', {}, 'Sumber angka'),
      h('ol', {}, ...sources.map((s) => h('li', {}, s.source, s.sourceUrl ? ' ' : '', s.sourceUrl ? h('a', { href: s.sourceUrl }, s.sourceUrl) : ''))),
      h('p', {}, h('a', { href: `/daerah/${a.slug}/` }, `Profil ${a.name}`), ' · ', h('a', { href: `/daerah/${b.slug}/` }, `Profil ${b.name}`)),
    );
    if (moveFocus) heading.focus();
  };

  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    const a = params.get('a') && resolve(params.get('a')!);
    const b = params.get('b') && resolve(params.get('b')!);
    if (a && b && a !== b) render(a, b, false);
    else if (params.has('a') || params.has('b')) status.textContent = 'Daerah pada alamat ini tidak dikenali. Pilih dua daerah di bawah.';
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const a = resolve(inputs.a.value);
    const b = resolve(inputs.b.value);
    const missing = [!a && inputs.a.value, !b && inputs.b.value].filter(Boolean);
    if (!a || !b) {
      status.textContent = `Daerah tidak ditemukan: ${missing.join(', ') || 'kosong'}. Ketik nama lengkap, mis. “Kabupaten Katingan” atau “Kota Bandung”, lalu pilih dari daftar.`;
      return;
    }
    if (a === b) {
      status.textContent = 'Pilih dua daerah yang berbeda.';
      return;
    }
    status.textContent = '';
    history.replaceState(null, '', `?a=${a}&b=${b}`);
    render(a, b, true);
  });
  fromUrl();
}
