/** Filters the ledger table by status and region; without it the page is the complete table. */
const form = document.querySelector<HTMLElement>('[data-ledger-filters]');
const table = document.querySelector<HTMLTableElement>('[data-ledger]');
const count = document.querySelector<HTMLElement>('[data-ledger-count]');
if (form && table && count) {
  const status = form.querySelector<HTMLSelectElement>('[data-filter="status"]')!;
  const region = form.querySelector<HTMLSelectElement>('[data-filter="region"]')!;
  const rows = [...table.tBodies[0]!.rows];
  const params = new URLSearchParams(location.search);
  status.value = params.get('status') ?? '';
  region.value = params.get('daerah') ?? '';
  const apply = () => {
    let shown = 0;
    for (const row of rows) {
      const okStatus = !status.value || (status.value === 'stale' ? row.dataset.stale === 'ya' : row.dataset.status === status.value);
      const okRegion = !region.value || (row.dataset.regions ?? '').split(' ').includes(region.value);
      row.hidden = !(okStatus && okRegion);
      if (!row.hidden) shown++;
    }
    count.textContent = status.value || region.value ? `${shown} dari ${rows.length} komitmen di halaman ini.` : '';
    const next = new URLSearchParams();
    if (status.value) next.set('status', status.value);
    if (region.value) next.set('daerah', region.value);
    history.replaceState(null, '', next.size ? `?${next}` : location.pathname);
  };
  form.addEventListener('change', apply);
  apply();
}

// A module, so its top-level names stay its own.
export {};
