/** A seeded sequence of pseudo-random draws; the same seed gives the same draws in the same order. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** One element of `list`, all equally likely. */
  pick<T>(list: readonly T[]): T;
  /** One value of `table`, as likely as its weight. */
  weighted<T>(table: ReadonlyArray<readonly [T, number]>): T;
  /** A standard normal deviate (Box–Muller; two draws). */
  normal(): number;
}

/** Draws from mulberry32, a small, fast, seeded generator. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    pick: (list) => list[Math.floor(next() * list.length)]!,
    weighted: (table) => {
      const total = table.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [value, w] of table) {
        r -= w;
        if (r < 0) return value;
      }
      return table[table.length - 1]![0];
    },
    normal: () => {
      const u = Math.max(next(), 1e-12);
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
  };
}
