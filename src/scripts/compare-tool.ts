/**
 * The compare-any-two tool: picks two regions by name, renders their comparison from the compact
 * data file with the same compare engine the static pages use, and keeps the choice in the URL
 * (?a=<slug>&b=<slug>) so it can be shared.
 */
import { GROUP_LABELS, compareRegions, formatMetricValue, formatMetricYears, pairSlug, rowDigits, type MetricGroup, type MetricKey, type MetricValue } from '../domain/compare.ts';
import { decodeRegion, type CompareData, type DecodedRegion } from '../domain/compare-data.ts';
import { formatDifference, formatRatio } from '../domain/format.ts';
import { links } from '../lib/links.ts';
import { likeliestRegions, resolveRegion } from '../lib/region-resolver.ts';
import { h } from './dom.ts';


const tool = document.querySelector<HTMLElement>('[data-compare-tool]');
if (tool) void start(tool);

async function start(tool: HTMLElement) {
  const form = tool.querySelector('form')!;
  const output = tool.querySelector<HTMLElement>('[data-output]')!;
  const status = tool.querySelector<HTMLElement>('[data-status]')!;
  const inputs = { a: form.elements.namedItem('a') as HTMLInputElement, b: form.elements.namedItem('b') as HTMLInputElement };
  // Each field's error sits under it and is tied to it, so a screen reader reads it with the field.
  const errors = Object.fromEntries(
    Object.entries(inputs).map(([key, input]) => {
      const error = h('p', { id: `${input.id}-galat`, class: 'field-error', hidden: '' });
      input.after(error);
      return [key, error];
    }),
  ) as Record<keyof typeof inputs, HTMLElement>;
  status.textContent = 'Memuat data daerah…';
  let data: CompareData;
  try {
    data = await (await fetch(tool.dataset.src!)).json();
  } catch {
    status.textContent = 'Data daerah gagal dimuat. Periksa sambungan lalu muat ulang halaman.';
    return;
  }
  status.textContent = '';
  const table = { list: data.regions.map((row) => decodeRegion(data, row)) };
  const bySlug = new Map(table.list.map((region) => [region.slug, region]));
  const list = tool.querySelector('datalist')!;
  list.append(...table.list.map((region) => h('option', { value: region.name })));
  const pairs = new Set(data.pairs);

  /** The region meant, or what to tell the person: the same rule as `npm run new` and the content check. */
  const resolve = (text: string): DecodedRegion | string => {
    const typed = text.trim();
    if (!typed) return 'Isi nama daerah, mis. “Katingan” atau “Kota Bandung”.';
    const found = resolveRegion(typed, table, { partial: true });
    if (found.status === 'found') return found.region;
    const names = (regions: DecodedRegion[]) => regions.slice(0, 5).map((r) => r.name).join(', ') + (regions.length > 5 ? `, dan ${regions.length - 5} lainnya` : '');
    if (found.status === 'ambiguous') return `“${typed}” cocok dengan ${found.choices.length} daerah: ${names(found.choices)}. Tulis nama lengkapnya, mis. “${found.choices[0]!.name}”.`;
    const likeliest = likeliestRegions(typed, table);
    if (likeliest.length) return `“${typed}” tidak ditemukan. Maksud Anda: ${likeliest.map((r) => r.name).join(' atau ')}?`;
    return `“${typed}” tidak ditemukan. Ketik nama daerah, mis. “Katingan” atau “Kota Bandung”, lalu pilih dari daftar.`;
  };

  const showErrors = (problems: Partial<Record<keyof typeof inputs, string>>) => {
    for (const key of ['a', 'b'] as const) {
      const problem = problems[key];
      errors[key].textContent = problem ?? '';
      errors[key].hidden = !problem;
      if (problem) {
        inputs[key].setAttribute('aria-invalid', 'true');
        inputs[key].setAttribute('aria-describedby', errors[key].id);
      } else {
        inputs[key].removeAttribute('aria-invalid');
        inputs[key].removeAttribute('aria-describedby');
      }
    }
  };

  const render = (a: DecodedRegion, b: DecodedRegion, moveFocus: boolean) => {
    inputs.a.value = a.name;
    inputs.b.value = b.name;
    const rows = compareRegions(a, b);
    const sources: MetricValue[] = [];
    const cite = (v: MetricValue) => {
      let i = sources.findIndex((s) => s.source === v.source);
      if (i === -1) i = sources.push(v) - 1;
      return `[${i + 1}]`;
    };
    const cell = (key: MetricKey, v?: MetricValue) =>
      v
        ? h('td', { class: 'num' }, formatMetricValue(key, v), h('br'), h('span', { class: 'meta' }, `${formatMetricYears(v)} ${cite(v)}`))
        : h('td', { class: 'num' }, h('span', { class: 'absent' }, 'belum ada data'));
    const pair = pairSlug(a.slug, b.slug);
    const heading = h('h2', { tabindex: '-1' }, `${a.name} dan ${b.name}`);
    const tables = (Object.keys(GROUP_LABELS) as MetricGroup[]).map((group) =>
      h('section', { class: 'table-wrap', tabindex: '0', 'aria-label': `${GROUP_LABELS[group]} (tabel, bisa digeser)` },
        h('table', {},
          h('caption', {}, GROUP_LABELS[group]),
          h('thead', {}, h('tr', {}, ...['Ukuran', a.name, b.name, 'Selisih', 'Rasio'].map((t, i) => h('th', { scope: 'col', class: i ? 'num' : '' }, t)))),
          h('tbody', {}, ...rows.filter((r) => r.group === group).map((r) =>
            h('tr', {},
              h('th', { scope: 'row' }, `${r.label} `, h('span', { class: 'unit' }, `(${r.unit})`), r.yearsDiffer && h('br'), r.yearsDiffer && h('span', { class: 'warn' }, 'Tahun berbeda: bandingkan dengan hati-hati')),
              cell(r.key, r.a),
              cell(r.key, r.b),
              h('td', { class: 'num' }, r.difference === undefined ? '—' : formatDifference(r.difference, rowDigits(r))),
              h('td', { class: 'num' }, r.ratio === undefined ? '—' : formatRatio(r.ratio)),
            ))),
        )));
    output.replaceChildren(
      heading,
      pairs.has(pair)
        ? h('p', {}, 'Ada halaman perbandingan lengkap untuk pasangan ini, dengan inovasi dan kunjungan: ', h('a', { href: links.comparison(a.slug, b.slug) }, `${a.name} dan ${b.name}`), '.')
        : h('p', { class: 'meta' }, 'Belum ada halaman perbandingan lengkap untuk pasangan ini; di bawah ini angka yang tersedia.'),
      ...tables,
      h('p', { class: 'meta' }, `Selisih = ${a.name} dikurangi ${b.name}; rasio = ${a.name} dibagi ${b.name}. * Tahun terbit sumber; sumber tidak menyebut tahun datanya.`),
      h('h3', {}, 'Sumber angka'),
      h('ol', {}, ...sources.map((s) => h('li', {}, s.source, s.sourceUrl ? ' ' : '', s.sourceUrl ? h('a', { href: s.sourceUrl }, s.sourceUrl) : ''))),
      h('p', {}, h('a', { href: links.region(a.slug) }, `Profil ${a.name}`), ' · ', h('a', { href: links.region(b.slug) }, `Profil ${b.name}`)),
    );
    if (moveFocus) heading.focus();
  };

  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    const region = (key: string) => {
      const found = resolve(params.get(key) ?? '');
      return typeof found === 'string' ? undefined : found;
    };
    const a = region('a');
    const b = region('b');
    if (a && b && a !== b) render(a, b, false);
    else if (params.has('a') || params.has('b')) status.textContent = 'Daerah pada alamat ini tidak dikenali. Pilih dua daerah di bawah.';
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const a = resolve(inputs.a.value);
    const b = resolve(inputs.b.value);
    const problems = {
      ...(typeof a === 'string' ? { a } : {}),
      ...(typeof b === 'string' ? { b } : typeof a !== 'string' && a.slug === b.slug ? { b: 'Pilih daerah yang berbeda dari daerah pertama.' } : {}),
    };
    showErrors(problems);
    if (typeof a === 'string' || typeof b === 'string' || problems.b) {
      // An old comparison under a new error would read as the answer to the new question.
      output.replaceChildren();
      const count = Object.keys(problems).length;
      status.textContent = count === 2 ? 'Kedua isian perlu diperbaiki.' : 'Satu isian perlu diperbaiki.';
      inputs[problems.a ? 'a' : 'b'].focus();
      return;
    }
    status.textContent = '';
    history.replaceState(null, '', `?a=${a.slug}&b=${b.slug}`);
    render(a, b, true);
  });
  fromUrl();
}
