/**
 * The offline worker on the page: registered once the page has loaded (not on a Save-Data
 * connection, unless the reader asks to save), and its news told to the reader. Loaded by the
 * pages that have a script anyway (saved pages, search); reading pages stay script-free.
 */
export const register = () => navigator.serviceWorker.register('/sw.js').then(() => navigator.serviceWorker.ready);

const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

if ('serviceWorker' in navigator) {
  if (!saveData) addEventListener('load', () => void register(), { once: true });
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type === 'lintas:versi-baru') notice('Versi baru Lintas sudah terbit; halaman yang Anda simpan sudah diperbarui.');
  });
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
