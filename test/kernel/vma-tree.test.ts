// The area tree against a plain sorted array: random inserts, removals and queries,
// including the gap searches that place mmap.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AreaTree, type Area } from '../../src/kernel/vma-tree.js';

class A implements Area {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly guard = 0,
  ) {}
  get gapStart(): number {
    return this.start - this.guard;
  }
}

/** The reference: free ranges between sorted areas, searched linearly. */
function naiveTopDown(list: A[], len: number, low: number, high: number): number {
  const sorted = [...list].sort((x, y) => x.start - y.start);
  let best = -1;
  let prevEnd = -Infinity;
  for (const v of [...sorted, null]) {
    const gs = v ? v.gapStart : Infinity;
    const a = Math.min(gs, high) - len;
    if (a >= Math.max(prevEnd, low)) best = a;
    if (v) prevEnd = v.end;
  }
  return best;
}

function naiveBottomUp(list: A[], len: number, low: number, high: number): number {
  const sorted = [...list].sort((x, y) => x.start - y.start);
  let prevEnd = -Infinity;
  for (const v of [...sorted, null]) {
    const gs = v ? v.gapStart : Infinity;
    const a = Math.max(prevEnd, low);
    if (a + len <= Math.min(gs, high)) return a;
    if (v) prevEnd = v.end;
  }
  return -1;
}

test('AreaTree matches a sorted array under random operations', () => {
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed % n;
  };
  const tree = new AreaTree<A>();
  let list: A[] = [];
  for (let step = 0; step < 20000; step++) {
    const op = rnd(10);
    if (op < 5) {
      const s = rnd(1000) * 10;
      const e = s + 10 * (1 + rnd(5));
      if (list.some((v) => v.start < e && v.end > s)) continue;
      const v = new A(s, e, rnd(4) === 0 ? 5 : 0);
      tree.insert(v);
      list.push(v);
    } else if (op < 8 && list.length) {
      const v = list[rnd(list.length)];
      tree.remove(v);
      list = list.filter((x) => x !== v);
    } else {
      const x = rnd(10100);
      const want = list.find((v) => v.start <= x && x < v.end);
      assert.equal(tree.find(x), want);
      const above = [...list].sort((p, q) => p.start - q.start).find((v) => v.end > x);
      assert.equal(tree.findAbove(x), above);
      const below = [...list].sort((p, q) => q.start - p.start).find((v) => v.start < x);
      assert.equal(tree.findBelow(x), below);
      const len = 1 + rnd(60);
      const lo = rnd(3000);
      const hi = lo + rnd(8000);
      assert.equal(tree.gapTopDown(len, lo, hi), naiveTopDown(list, len, lo, hi), `topdown ${len} [${lo},${hi})`);
      assert.equal(tree.gapBottomUp(len, lo, hi), naiveBottomUp(list, len, lo, hi), `bottomup ${len} [${lo},${hi})`);
      const s = rnd(10000);
      const e = s + rnd(500);
      assert.deepEqual(tree.overlapping(s, e), [...list].sort((p, q) => p.start - q.start).filter((v) => v.start < e && v.end > s));
    }
    assert.equal(tree.size, list.length);
  }
  assert.deepEqual([...tree], [...list].sort((p, q) => p.start - q.start));
});
