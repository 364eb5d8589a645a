/**
 * Minimal reader for WOFF 1.0 / TrueType files: just enough to know which characters a font covers
 * (cmap) and how wide each one is (hmtx), so titles can be fitted and sanitised before the renderer
 * lays them out. No dependencies; tables are zlib-inflated with node:zlib.
 */
import { inflateSync } from 'node:zlib';

export interface FontMetrics {
  /** Advance width of each covered code point, in em (1 = font size). */
  readonly advances: ReadonlyMap<number, number>;
}

function readTables(buf: Buffer): Map<string, Buffer> {
  const tables = new Map<string, Buffer>();
  const signature = buf.toString('latin1', 0, 4);
  if (signature === 'wOFF') {
    const numTables = buf.readUInt16BE(12);
    for (let i = 0; i < numTables; i++) {
      const at = 44 + i * 20;
      const tag = buf.toString('latin1', at, at + 4);
      const offset = buf.readUInt32BE(at + 4);
      const compLength = buf.readUInt32BE(at + 8);
      const origLength = buf.readUInt32BE(at + 12);
      const raw = buf.subarray(offset, offset + compLength);
      tables.set(tag, compLength < origLength ? inflateSync(raw) : raw);
    }
    return tables;
  }
  if (signature === 'wOF2') throw new Error('WOFF2 tidak didukung pengukur huruf kartu; pakai .woff atau .ttf');
  // Plain TrueType / OpenType (sfnt).
  const numTables = buf.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    const tag = buf.toString('latin1', at, at + 4);
    const offset = buf.readUInt32BE(at + 8);
    const length = buf.readUInt32BE(at + 12);
    tables.set(tag, buf.subarray(offset, offset + length));
  }
  return tables;
}

function readCmap(cmap: Buffer): Map<number, number> {
  const map = new Map<number, number>();
  const count = cmap.readUInt16BE(2);
  let best = -1;
  let bestFormat = 0;
  for (let i = 0; i < count; i++) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const encoding = cmap.readUInt16BE(6 + i * 8);
    const offset = cmap.readUInt32BE(8 + i * 8);
    const format = cmap.readUInt16BE(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12 || (format === 4 && bestFormat !== 12)) {
      best = offset;
      bestFormat = format;
    }
  }
  if (best < 0) return map;
  if (bestFormat === 12) {
    const groups = cmap.readUInt32BE(best + 12);
    for (let g = 0; g < groups; g++) {
      const at = best + 16 + g * 12;
      const start = cmap.readUInt32BE(at);
      const end = cmap.readUInt32BE(at + 4);
      const glyph = cmap.readUInt32BE(at + 8);
      for (let cp = start; cp <= end; cp++) map.set(cp, glyph + cp - start);
    }
    return map;
  }
  const segCount = cmap.readUInt16BE(best + 6) / 2;
  const ends = best + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  for (let s = 0; s < segCount; s++) {
    const end = cmap.readUInt16BE(ends + s * 2);
    const start = cmap.readUInt16BE(starts + s * 2);
    const delta = cmap.readInt16BE(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = cmap.readUInt16BE(rangeOffsetAt);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        const at = rangeOffsetAt + rangeOffset + (cp - start) * 2;
        glyph = cmap.readUInt16BE(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(cp, glyph);
    }
  }
  return map;
}

/** Reads covered code points and their advance widths (in em) from a WOFF or TTF file. */
export function readFontMetrics(file: Buffer): FontMetrics {
  const tables = readTables(file);
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  const hmtx = tables.get('hmtx');
  const cmap = tables.get('cmap');
  if (!head || !hhea || !hmtx || !cmap) throw new Error('Fon tidak lengkap (head/hhea/hmtx/cmap)');
  const unitsPerEm = head.readUInt16BE(18);
  const longMetrics = hhea.readUInt16BE(34);
  const lastAdvance = hmtx.readUInt16BE((longMetrics - 1) * 4);
  const advances = new Map<number, number>();
  for (const [cp, glyph] of readCmap(cmap)) {
    const advance = glyph < longMetrics ? hmtx.readUInt16BE(glyph * 4) : lastAdvance;
    advances.set(cp, advance / unitsPerEm);
  }
  return { advances };
}
