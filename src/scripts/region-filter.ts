/**
 * Filter-as-you-type for the region directory. The page is a complete plain list without it;
 * this only hides what does not match and says how many remain.
 */
const box = document.querySelector<HTMLInputElement>('#saring-daerah');
const sections = [...document.querySelectorAll<HTMLElement>('[data-province]')];
const count = document.querySelector<HTMLElement>('#jumlah-hasil');

if (box && count) {
  const items = sections.map((section) => ({
    section,
    province: section.dataset.province!.toLowerCase(),
    entries: [...section.querySelectorAll<HTMLElement>('li')].map((li) => ({ li, text: li.textContent!.toLowerCase() })),
  }));
  let timer: number | undefined;
  const apply = () => {
    const q = box.value.trim().toLowerCase();
    let shown = 0;
    for (const { section, province, entries } of items) {
      const provinceMatch = q !== '' && province.includes(q);
      let visible = 0;
      for (const { li, text } of entries) {
        const match = q === '' || provinceMatch || text.includes(q);
        li.hidden = !match;
        if (match) visible++;
      }
      section.hidden = visible === 0 && !provinceMatch;
      shown += visible;
    }
    count.textContent = q === '' ? '' : `${shown} kabupaten/kota cocok dengan “${box.value.trim()}”.`;
  };
  box.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(apply, 80);
  });
}

// A module, so its top-level names stay its own.
export {};
