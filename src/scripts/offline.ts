/**
 * Offline reading on the page: registers the service worker once the page has loaded (not on a
 * Save-Data connection, unless the reader asks to save), runs the "Simpan untuk dibaca offline"
 * buttons, and tells the reader when a newer version of the site or page is available.
 */
import { listPacks, savePack, type PackRequest } from '../offline/packs.ts';
import { formatBytes, formatSavedAt } from '../offline/format.ts';

const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

export const register = () => navigator.serviceWorker.register('/sw.js').then(() => navigator.serviceWorker.ready);

if ('serviceWorker' in navigator && 'caches' in window) {
  if (!saveData) addEventListener('load', () => void register(), { once: true });
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type === 'lintas:versi-baru') notice('Versi baru Lintas sudah terbit; halaman yang Anda simpan sudah diperbarui.');
    if (event.data?.type === 'lintas:halaman-baru') notice('Halaman ini punya versi yang lebih baru.');
  });
  for (const box of document.querySelectorAll<HTMLElement>('[data-save-pack]')) void startSaving(box);
}

/** A polite note at the top of the content with a reload button; said once, however often it is sent. */
function notice(text: string) {
  if (document.querySelector('.update-note')) return;
  const note = document.createElement('p');
  note.className = 'update-note';
  note.setAttribute('role', 'status');
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button';
  reload.textContent = 'Muat ulang';
  reload.addEventListener('click', () => location.reload());
  note.append(`${text} `, reload);
  document.querySelector('main')?.prepend(note);
}

async function startSaving(box: HTMLElement) {
  const button = box.querySelector('button')!;
  const status = box.querySelector<HTMLElement>('[data-save-status]')!;
  const pack = JSON.parse(box.dataset.savePack!) as PackRequest;
  const describe = (bytes: number, savedAt: string, fresh: boolean) =>
    `${fresh ? 'Tersimpan' : 'Sudah tersimpan'}: ${pack.paths.length} halaman, ${formatBytes(bytes)}, ${formatSavedAt(savedAt)}. Bisa dibaca tanpa sambungan; daftarnya di `;
  const show = (text: string) => {
    const link = document.createElement('a');
    link.href = '/tersimpan/';
    link.textContent = 'Halaman tersimpan';
    status.replaceChildren(text, link, '.');
  };
  const saved = (await listPacks()).find((p) => p.id === pack.id);
  if (saved) {
    show(describe(saved.bytes, saved.savedAt, false));
    button.textContent = 'Perbarui simpanan offline';
  }
  box.hidden = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = 'Menyimpan…';
    try {
      await register();
      const meta = await savePack(pack);
      show(describe(meta.bytes, meta.savedAt, true));
      button.textContent = 'Perbarui simpanan offline';
    } catch {
      status.textContent = 'Gagal menyimpan: sambungan terputus atau ruang penyimpanan penuh. Coba lagi saat sinyal lebih baik.';
    } finally {
      button.disabled = false;
    }
  });
}
