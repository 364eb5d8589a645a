/**
 * Island groups for filtering, from the province code's first digit as Kemendagri numbers them:
 * 1x and 21 Sumatera (21 = Kepulauan Riau), 3x Jawa, 5x Bali and Nusa Tenggara, 6x Kalimantan,
 * 7x Sulawesi, 8x Maluku, 9x Papua.
 */
export const ISLAND_GROUPS = {
  sumatera: 'Sumatera',
  jawa: 'Jawa',
  'bali-nusa-tenggara': 'Bali dan Nusa Tenggara',
  kalimantan: 'Kalimantan',
  sulawesi: 'Sulawesi',
  maluku: 'Maluku',
  papua: 'Papua',
} as const;
export type IslandGroup = keyof typeof ISLAND_GROUPS;

const BY_FIRST_DIGIT: Record<string, IslandGroup> = {
  '1': 'sumatera',
  '2': 'sumatera',
  '3': 'jawa',
  '5': 'bali-nusa-tenggara',
  '6': 'kalimantan',
  '7': 'sulawesi',
  '8': 'maluku',
  '9': 'papua',
};

/** The island group of any official code ("62", "62.06", …). */
export function islandGroupOf(code: string): IslandGroup {
  const group = BY_FIRST_DIGIT[code[0] ?? ''];
  if (!group) throw new Error(`Kode wilayah ${code} tidak termasuk kelompok pulau mana pun`);
  return group;
}
