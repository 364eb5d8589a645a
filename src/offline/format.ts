/** How saved packs are described to the reader, in Indonesian. Pure. */

/** 1.234 B → "1,2 KB"; sizes in the decimal units phones show. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const [value, unit] = bytes < 1e6 ? [bytes / 1e3, 'KB'] : bytes < 1e9 ? [bytes / 1e6, 'MB'] : [bytes / 1e9, 'GB'];
  return `${value.toLocaleString('id-ID', { maximumFractionDigits: 1 })} ${unit}`;
}

/** "disimpan 29 November 2026 pukul 12.40" in the reader's own time zone. */
export function formatSavedAt(iso: string): string {
  const at = new Date(iso);
  const day = at.toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = at.toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' });
  return `disimpan ${day} pukul ${time}`;
}
