/**
 * A small seeded random generator (mulberry32). Same seed, same corpus: two runs of the
 * benchmark on different days measure the same content, so their numbers compare.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  /** Up to `count` distinct items, in random order. */
  sample<T>(list: readonly T[], count: number): T[];
  chance(probability: number): boolean;
  /** Index in [0, n) skewed towards 0, like real activity: a few regions do most of the hosting. */
  skewed(n: number, power?: number): number;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => {
    if (list.length === 0) throw new Error('pick() from an empty list');
    return list[Math.floor(next() * list.length)] as T;
  };
  const sample = <T>(list: readonly T[], count: number): T[] => {
    const copy = [...list];
    const n = Math.min(count, copy.length);
    // Partial Fisher–Yates: only the first n slots are needed.
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, n);
  };
  return {
    next,
    int,
    pick,
    sample,
    chance: (p) => next() < p,
    skewed: (n, power = 2.2) => Math.min(n - 1, Math.floor(n * next() ** power)),
  };
}
