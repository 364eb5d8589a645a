/**
 * The one rule that turns an official name into a page address: "Kabupaten Katingan" →
 * "kabupaten-katingan", "Kabupaten Toli-Toli" → "kabupaten-toli-toli". Addresses are shared in
 * chats and letters, so this must never change for an existing name.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
