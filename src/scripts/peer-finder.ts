/**
 * The peer finder: choose a regency/city, optionally narrow by province, island group and
 * kabupaten vs kota, and see the nearest regions with the reason each is similar. Uses the
 * compare tool's data file and the same peer rules as the region pages; the choice lives in
 * the URL (?daerah=&provinsi=&pulau=&jenis=) so it can be shared.
 */
import { pairSlug } from '../domain/compare.ts';
import { links } from '../lib/links.ts';
import { h } from './dom.ts';
import { decodeRegion, type CompareData, type DecodedRegion } from '../domain/compare-data.ts';
import { ISLAND_GROUPS } from '../domain/geography.ts';
import { explainPeer, peerSizes, peersOf } from '../domain/peers.ts';
import { slugify } from '../domain/slug.ts';

const SHOWN = 10;
const finder = document.querySelector<HTMLElement>('[data-peer-finder]');
if (finder) void start(finder);


async function start(finder: HTMLElement) {
  const form = finder.querySelector('form')!;
  const status = finder.querySelector<HTMLElement>('[data-status]')!;
  const output = finder.querySelector<HTMLElement>('[data-output]')!;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  status.textContent = 'Memuat data daerah…';
  let data: CompareData;
  try {
    data = await (await fetch(finder.dataset.src!)).json();
  } catch {
    status.textContent = 'Data daerah gagal dimuat. Periksa sambungan lalu muat ulang halaman.';
    return;
  }
  status.textContent = '';
  const all = data.regions.map((row) => decodeRegion(data, row));
  const regencies = all.filter((r) => r.kind !== 'provinsi');
  const bySlug = new Map(regencies.map((r) => [r.slug, r]));
  const byName = new Map(regencies.map((r) => [r.name.toLowerCase(), r]));
  const sizes = new Map(regencies.map((r) => [r.slug, peerSizes(r.metrics)]));
  const pairs = new Set(data.pairs);
  finder.querySelector('datalist')!.append(...regencies.map((r) => h('option', { value: r.name })));

  const resolve = (text: string) => bySlug.get(text.trim().toLowerCase()) ?? byName.get(text.trim().toLowerCase());

  const show = (target: DecodedRegion, filters: { provinsi: string; pulau: string; jenis: string }, moveFocus: boolean) => {
    const candidates = regencies.filter(
      (r) =>
        (!filters.provinsi || slugify(r.province) === filters.provinsi) &&
        (!filters.pulau || r.group === filters.pulau) &&
        (!filters.jenis || r.kind === filters.jenis),
    );
    const found = peersOf({ slug: target.slug, sizes: sizes.get(target.slug)! }, candidates.map((r) => ({ slug: r.slug, sizes: sizes.get(r.slug)! })), SHOWN);
    const heading = h('h2', { tabindex: '-1' }, `Daerah yang mirip dengan ${target.name}`);
    const scope = [
      filters.provinsi && `di ${candidates[0]?.province ?? filters.provinsi}`,
      filters.pulau && `di ${ISLAND_GROUPS[filters.pulau as keyof typeof ISLAND_GROUPS] ?? filters.pulau}`,
      filters.jenis && `${filters.jenis} saja`,
    ].filter(Boolean);
    output.replaceChildren(
      heading,
      found.length === 0
        ? h('p', { class: 'absent' }, 'Tidak ada daerah yang cocok dengan saringan ini.')
        : h('ol', {}, ...found.map((p) => {
            const peer = bySlug.get(p.slug)!;
            const pair = pairSlug(target.slug, peer.slug);
            const href = pairs.has(pair) ? links.comparisonBySlug(pair) : links.compareTool(target.slug, peer.slug);
            return h('li', {},
              h('a', { href: links.region(peer.slug) }, peer.name), ' ', h('span', { class: 'meta' }, `(${peer.province})`),
              `: ${explainPeer(sizes.get(target.slug)!, sizes.get(peer.slug)!)}. `,
              h('a', { href }, `Bandingkan dengan ${target.name}`));
          })),
      h('p', { class: 'meta' }, `${found.length} terdekat dari ${candidates.length - (candidates.includes(target) ? 1 : 0)} kabupaten/kota${scope.length ? ` (${scope.join(', ')})` : ''}. Angka penduduk dan luas: tahun ${data.official.year}.`),
    );
    if (moveFocus) heading.focus();
  };

  const read = () => ({ provinsi: field('provinsi').value, pulau: field('pulau').value, jenis: field('jenis').value });
  const params = new URLSearchParams(location.search);
  for (const name of ['provinsi', 'pulau', 'jenis']) if (params.get(name)) field(name).value = params.get(name)!;
  const initial = params.get('daerah') && resolve(params.get('daerah')!);
  if (initial) {
    field('daerah').value = initial.name;
    show(initial, read(), false);
  } else if (params.has('daerah')) status.textContent = 'Daerah pada alamat ini tidak dikenali. Pilih kabupaten atau kota di bawah.';

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const target = resolve(field('daerah').value);
    if (!target) {
      status.textContent = `Daerah tidak ditemukan: ${field('daerah').value || 'kosong'}. Ketik nama lengkap, mis. “Kabupaten Katingan”, lalu pilih dari daftar.`;
      return;
    }
    status.textContent = '';
    const filters = read();
    const query = new URLSearchParams({ daerah: target.slug, ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) });
    history.replaceState(null, '', `?${query}`);
    show(target, filters, true);
  });
}
