/** Clocks for file timestamps. Browser-safe (Date / performance only). */
import type { Timespec } from './types.js';

export type Clock = () => Timespec;

/** Wall-clock time with sub-millisecond resolution where performance.now() is available. */
export const realClock: Clock = () => {
  const perf = (globalThis as { performance?: { timeOrigin: number; now(): number } }).performance;
  const ms = perf !== undefined ? perf.timeOrigin + perf.now() : Date.now();
  const sec = Math.floor(ms / 1000);
  const nsec = Math.min(999_999_999, Math.floor((ms - sec * 1000) * 1e6));
  return { sec, nsec };
};

/** A clock that always returns the same instant (deterministic runs, tests). */
export function fixedClock(t: Timespec): Clock {
  return () => ({ sec: t.sec, nsec: t.nsec });
}

/** a < b → negative, a == b → 0, a > b → positive. */
export function cmpTime(a: Timespec, b: Timespec): number {
  return a.sec !== b.sec ? a.sec - b.sec : a.nsec - b.nsec;
}

/** Nanoseconds since the epoch as a bigint. */
export function timespecToNs(t: Timespec): bigint {
  return BigInt(t.sec) * 1_000_000_000n + BigInt(t.nsec);
}

export function nsToTimespec(ns: bigint): Timespec {
  let sec = ns / 1_000_000_000n;
  let nsec = ns % 1_000_000_000n;
  if (nsec < 0n) {
    nsec += 1_000_000_000n;
    sec -= 1n;
  }
  return { sec: Number(sec), nsec: Number(nsec) };
}
