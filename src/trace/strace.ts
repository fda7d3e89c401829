// (being written)
import type { Machine } from '../api/machine.js';
export function attachTracer(m: Machine, out: (s: string) => void, opts: { vdso: boolean }): void {
  void m; void out; void opts;
}
