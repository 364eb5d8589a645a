/**
 * Sortable tables, as an enhancement: a table marked data-sortable is complete and usefully
 * ordered without this script; with it, each column heading marked data-sort becomes a button
 * that sorts by the cells' data-value (numbers) or text, and aria-sort says the current order.
 */
for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  const headings = [...table.tHead!.rows[0]!.cells];
  const body = table.tBodies[0]!;
  table.closest('section')?.querySelector<HTMLElement>('[data-sort-hint]')?.removeAttribute('hidden');
  headings.forEach((th, column) => {
    const type = th.dataset.sort;
    if (!type) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      // Numbers start largest first, names A–Z; a second click reverses.
      const descending = th.getAttribute('aria-sort') ? th.getAttribute('aria-sort') === 'ascending' : type === 'number';
      const key = (row: HTMLTableRowElement) => {
        const cell = row.cells[column]!;
        return type === 'number' ? Number(cell.dataset.value ?? Number.NaN) : cell.textContent!.trim();
      };
      const rows = [...body.rows].sort((x, y) => {
        const a = key(x);
        const b = key(y);
        const order = typeof a === 'number' ? (a as number) - (b as number) : (a as string).localeCompare(b as string, 'id');
        return descending ? -order : order;
      });
      body.append(...rows);
      for (const other of headings) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    });
  });
}
