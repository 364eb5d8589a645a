/**
 * The saved-pages page: lists the packs on this device with their size and date, removes them, and
 * shows the storage estimate. Served by the service worker in place of a page that is neither
 * saved nor reachable, it says so.
 */
import { OFFLINE_PAGE, listPacks, removePack } from '../offline/packs.ts';
import { formatBytes, formatSavedAt } from '../offline/format.ts';
import './offline.ts';

const root = document.querySelector<HTMLElement>('[data-saved-list]');
if (root && 'caches' in window) void show(root);

async function show(root: HTMLElement) {
  if (location.pathname !== OFFLINE_PAGE) {
    root.querySelector<HTMLElement>('[data-missing-path]')!.textContent = decodeURI(location.pathname);
    root.querySelector<HTMLElement>('[data-offline-missing]')!.hidden = false;
  }
  const list = root.querySelector<HTMLUListElement>('[data-packs]')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;
  const storage = root.querySelector<HTMLElement>('[data-storage]')!;
  const removed = root.querySelector<HTMLElement>('[data-removed]')!;
  const render = async () => {
    const packs = await listPacks();
    empty.hidden = packs.length > 0;
    list.replaceChildren(
      ...packs.map((pack) => {
        const item = document.createElement('li');
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
          removed.textContent = `Simpanan “${pack.title}” dihapus.`;
        });
        item.append(link, meta, remove);
        return item;
      }),
    );
    if (navigator.storage?.estimate) {
      const { usage = 0, quota = 0 } = await navigator.storage.estimate();
      storage.textContent = `Ruang terpakai di perangkat ini: ${formatBytes(usage)} dari ${formatBytes(quota)} yang tersedia untuk situs ini.`;
    }
  };
  await render();
}
