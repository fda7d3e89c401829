// (being written)
import type { Machine } from '../api/machine.js';
export function attachExplainer(m: Machine, out: (s: string) => void): void {
  void m; void out;
}
