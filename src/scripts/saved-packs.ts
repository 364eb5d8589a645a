/**
 * The saved-pages page: saves the pack of the page a reader came from (`?simpan=<page>`), lists
 * the packs on this device with their size and date, removes them, and shows the storage
 * estimate. Served by the service worker in place of a page that is neither saved nor reachable,
 * it says so.
 */
import { OFFLINE_PAGE, SAVE_PARAM, listPacks, packDeclaredIn, removePack, savePack } from '../offline/packs.ts';
import { formatBytes, formatSavedAt } from '../offline/format.ts';
import { register } from './offline.ts';

const root = document.querySelector<HTMLElement>('[data-saved-list]');
if (root && 'caches' in window && 'serviceWorker' in navigator) void start(root);
else if (root) root.querySelector<HTMLElement>('[data-unsupported]')!.hidden = false;

async function start(root: HTMLElement) {
  const list = root.querySelector<HTMLUListElement>('[data-packs]')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;
  const storage = root.querySelector<HTMLElement>('[data-storage]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;

  const render = async () => {
    const packs = await listPacks();
    empty.hidden = packs.length > 0;
    list.replaceChildren(...packs.map(item));
    if (navigator.storage?.estimate) {
      const { usage = 0, quota = 0 } = await navigator.storage.estimate();
      storage.textContent = `Ruang terpakai di perangkat ini: ${formatBytes(usage)} dari ${formatBytes(quota)} yang tersedia untuk situs ini.`;
    }
  };

  const item = (pack: Awaited<ReturnType<typeof listPacks>>[number]) => {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = pack.id;
    link.textContent = pack.title;
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = `${pack.paths.length} halaman, ${formatBytes(pack.bytes)}, ${formatSavedAt(pack.savedAt)}`;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'button secondary';
    remove.textContent = 'Hapus';
    remove.setAttribute('aria-label', `Hapus simpanan ${pack.title}`);
    remove.addEventListener('click', async () => {
      await removePack(pack.id);
      await render();
      // The button is gone with its item: focus returns to the heading and the removal is said.
      document.querySelector<HTMLElement>('h1')?.focus();
      status.textContent = `Simpanan “${pack.title}” dihapus.`;
    });
    li.append(link, meta, remove);
    return li;
  };

  if (location.pathname !== OFFLINE_PAGE) {
    root.querySelector<HTMLElement>('[data-missing-path]')!.textContent = decodeURI(location.pathname);
    root.querySelector<HTMLElement>('[data-offline-missing]')!.hidden = false;
  }
  const asked = new URLSearchParams(location.search).get(SAVE_PARAM);
  if (asked?.startsWith('/') && !asked.startsWith('//')) {
    // Once handled, the address loses the request, so a reload does not save again.
    history.replaceState(null, '', OFFLINE_PAGE);
    await save(asked, status);
  }
  await render();
}

async function save(path: string, status: HTMLElement) {
  status.textContent = 'Menyimpan…';
  try {
    await register();
    const pack = packDeclaredIn(await (await fetch(path)).text());
    if (!pack || pack.id !== path) throw new Error(`${path} tidak punya paket`);
    const meta = await savePack(pack);
    const back = document.createElement('a');
    back.href = path;
    back.textContent = `Kembali ke ${pack.title}`;
    status.replaceChildren(`Tersimpan: ${meta.paths.length} halaman, ${formatBytes(meta.bytes)}, ${formatSavedAt(meta.savedAt)}. Bisa dibaca tanpa sambungan. `, back);
  } catch {
    status.textContent = 'Gagal menyimpan: sambungan terputus atau ruang penyimpanan penuh. Coba lagi saat sinyal lebih baik.';
  }
}
