/**
 * Joining BPS figures to regions. Lintas keys every region by its Kemendagri code; BPS codes
 * differ, and (as issue 22 reports; not yet checked against a BPS table here) the same two digits
 * name different Papua provinces in the two systems. So a BPS figure joins only through an explicit, versioned crosswalk: a code
 * never matches just because it looks the same. Pure: the crosswalk and the codes are passed in.
 */

export interface BpsCrosswalk {
  /** Changes whenever a pair is added or altered, so a joined figure says which table it used. */
  version: string;
  /** Where the pairs come from (a BPS or Kemendagri publication) and under what licence. */
  source: { title: string; url?: string; licence: string };
  pairs: { kemendagri: string; bps: string }[];
}

const KEMENDAGRI = /^\d{2}(?:\.\d{2})?$/;
const BPS = /^\d{2}(?:\d{2})?$/;

/** Everything wrong with a crosswalk, in Indonesian, each naming the pair and a fix. */
export function crosswalkProblems(crosswalk: BpsCrosswalk, kemendagriCodes: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (!crosswalk.version.trim()) problems.push('version kosong: beri nomor versi tabel padanan');
  if (!crosswalk.source.licence.trim()) problems.push('source.licence kosong: tulis lisensi sumber tabel padanan');
  const byKemendagri = new Map<string, string>();
  const byBps = new Map<string, string>();
  crosswalk.pairs.forEach(({ kemendagri, bps }, i) => {
    const at = `pairs[${i}]`;
    if (!KEMENDAGRI.test(kemendagri)) problems.push(`${at}.kemendagri "${kemendagri}" bukan kode Kemendagri (mis. "91" atau "62.06")`);
    else if (!kemendagriCodes.has(kemendagri)) problems.push(`${at}.kemendagri "${kemendagri}" tidak ada di data wilayah resmi`);
    if (!BPS.test(bps)) problems.push(`${at}.bps "${bps}" bukan kode BPS (mis. "94" atau "9471")`);
    const earlierBps = byKemendagri.get(kemendagri);
    if (earlierBps !== undefined) problems.push(`${at}: kode Kemendagri "${kemendagri}" sudah dipadankan dengan BPS "${earlierBps}"; satu daerah satu padanan`);
    const earlierKemendagri = byBps.get(bps);
    if (earlierKemendagri !== undefined) problems.push(`${at}: kode BPS "${bps}" sudah dipadankan dengan Kemendagri "${earlierKemendagri}"; satu kode BPS satu daerah`);
    byKemendagri.set(kemendagri, bps);
    byBps.set(bps, kemendagri);
  });
  return problems;
}

/**
 * BPS rows keyed by Kemendagri code, through the crosswalk only. Rows whose BPS code has no pair
 * are returned apart, never guessed onto a region with the same-looking code.
 */
export function joinBps<T extends { bps: string }>(rows: readonly T[], crosswalk: BpsCrosswalk): { joined: Map<string, T>; unmatched: T[]; version: string } {
  const toKemendagri = new Map(crosswalk.pairs.map((p) => [p.bps, p.kemendagri]));
  const joined = new Map<string, T>();
  const unmatched: T[] = [];
  for (const row of rows) {
    const code = toKemendagri.get(row.bps);
    if (code === undefined) unmatched.push(row);
    else joined.set(code, row);
  }
  return { joined, unmatched, version: crosswalk.version };
}
