/**
 * Re-sorting a table, as an enhancement: a table marked data-sortable is complete and usefully
 * ordered without this script (its default order is stated in its caption). With it, the hidden
 * "Urutkan menurut" control next to the table appears; choosing a column sorts the rows by the
 * cells' data-value (numbers, largest first) or text (A–Z), and aria-sort says the current order.
 */
for (const control of document.querySelectorAll<HTMLElement>('[data-sort-control]')) {
  const table = document.getElementById(control.dataset.sortControl!) as HTMLTableElement | null;
  const select = control.querySelector('select');
  if (!table || !select) continue;
  const headings = [...table.tHead!.rows[0]!.cells];
  const body = table.tBodies[0]!;
  control.hidden = false;
  select.addEventListener('change', () => {
    const [column, direction] = select.value.split(':') as [string, 'naik' | 'turun'];
    const index = Number(column);
    const numeric = headings[index]?.dataset.sort === 'number';
    const key = (row: HTMLTableRowElement) => (numeric ? Number(row.cells[index]?.dataset.value ?? 0) : row.cells[index]?.textContent?.trim() ?? '');
    const rows = [...body.rows].sort((x, y) => {
      const a = key(x);
      const b = key(y);
      const order = typeof a === 'number' ? a - (b as number) : a.localeCompare(b as string, 'id');
      return direction === 'turun' ? -order : order;
    });
    body.append(...rows);
    for (const th of headings) th.removeAttribute('aria-sort');
    headings[index]?.setAttribute('aria-sort', direction === 'turun' ? 'descending' : 'ascending');
  });
}
