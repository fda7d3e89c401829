// The set of a process's memory areas, ordered by address (Linux keeps them in a maple
// tree, before 6.1 an augmented rbtree). An AVL tree keyed by start address, augmented
// per subtree with its lowest start, highest end and largest free gap between two of
// its areas — the rbtree's `rb_subtree_gap` — so that finding a free range for mmap
// is logarithmic however many areas there are (vm.max_map_count allows 65,530), and
// lookups, inserts, removals and range queries are too.
//
// The areas must not overlap, and an area's start and end must not change while it is
// in the tree (remove it, change it, insert it again).

export interface Area {
  start: number;
  end: number;
  /**
   * Where the free space below this area may end: `start`, or lower for a stack that
   * grows down (Linux's vm_start_gap(): stack_guard_gap below a VM_GROWSDOWN area).
   */
  readonly gapStart: number;
}

class Node<T extends Area> {
  left: Node<T> | null = null;
  right: Node<T> | null = null;
  height = 1;
  minStart: number;
  maxEnd: number;
  /** Largest free gap between two areas of this subtree. */
  maxGap = 0;
  constructor(readonly v: T) {
    this.minStart = v.gapStart;
    this.maxEnd = v.end;
  }
}

function h<T extends Area>(n: Node<T> | null): number {
  return n ? n.height : 0;
}

function update<T extends Area>(n: Node<T>): void {
  const l = n.left;
  const r = n.right;
  n.height = Math.max(h(l), h(r)) + 1;
  n.minStart = l ? l.minStart : n.v.gapStart;
  n.maxEnd = r ? r.maxEnd : n.v.end;
  let g = 0;
  if (l) g = Math.max(l.maxGap, n.v.gapStart - l.maxEnd);
  if (r) g = Math.max(g, r.maxGap, r.minStart - n.v.end);
  n.maxGap = g;
}

function rotateRight<T extends Area>(n: Node<T>): Node<T> {
  const l = n.left!;
  n.left = l.right;
  l.right = n;
  update(n);
  update(l);
  return l;
}

function rotateLeft<T extends Area>(n: Node<T>): Node<T> {
  const r = n.right!;
  n.right = r.left;
  r.left = n;
  update(n);
  update(r);
  return r;
}

function balance<T extends Area>(n: Node<T>): Node<T> {
  update(n);
  const bf = h(n.left) - h(n.right);
  if (bf > 1) {
    if (h(n.left!.left) < h(n.left!.right)) n.left = rotateLeft(n.left!);
    return rotateRight(n);
  }
  if (bf < -1) {
    if (h(n.right!.right) < h(n.right!.left)) n.right = rotateRight(n.right!);
    return rotateLeft(n);
  }
  return n;
}

export class AreaTree<T extends Area> {
  private root: Node<T> | null = null;
  size = 0;

  /** The area containing addr. */
  find(addr: number): T | undefined {
    let n = this.root;
    while (n) {
      if (addr < n.v.start) n = n.left;
      else if (addr >= n.v.end) n = n.right;
      else return n.v;
    }
    return undefined;
  }

  /** The first area that ends above addr (Linux's find_vma()). */
  findAbove(addr: number): T | undefined {
    let n = this.root;
    let best: T | undefined;
    while (n) {
      if (n.v.end > addr) {
        best = n.v;
        n = n.left;
      } else n = n.right;
    }
    return best;
  }

  /** The last area that starts below addr. */
  findBelow(addr: number): T | undefined {
    let n = this.root;
    let best: T | undefined;
    while (n) {
      if (n.v.start < addr) {
        best = n.v;
        n = n.right;
      } else n = n.left;
    }
    return best;
  }

  /** The areas that overlap [start, end), in address order. */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    const walk = (n: Node<T> | null): void => {
      if (!n || n.maxEnd <= start || n.minStart >= end) return;
      walk(n.left);
      if (n.v.start < end && n.v.end > start) out.push(n.v);
      walk(n.right);
    };
    walk(this.root);
    return out;
  }

  insert(v: T): void {
    const ins = (n: Node<T> | null): Node<T> => {
      if (!n) return new Node(v);
      if (v.start < n.v.start) n.left = ins(n.left);
      else n.right = ins(n.right);
      return balance(n);
    };
    this.root = ins(this.root);
    this.size++;
  }

  remove(v: T): void {
    const rem = (n: Node<T> | null): Node<T> | null => {
      if (!n) throw new Error(`area 0x${v.start.toString(16)} is not in the tree`);
      if (v.start < n.v.start) n.left = rem(n.left);
      else if (v.start > n.v.start) n.right = rem(n.right);
      else return this.unlink(n);
      return balance(n);
    };
    this.root = rem(this.root);
    this.size--;
  }

  private unlink(n: Node<T>): Node<T> | null {
    if (!n.left) return n.right;
    if (!n.right) return n.left;
    // replace by the smallest node of the right subtree
    let min = n.right;
    while (min.left) min = min.left;
    const dropMin = (m: Node<T>): Node<T> | null => {
      if (!m.left) return m.right;
      m.left = dropMin(m.left);
      return balance(m);
    };
    min.right = dropMin(n.right);
    min.left = n.left;
    return balance(min);
  }

  *[Symbol.iterator](): IterableIterator<T> {
    const stack: Node<T>[] = [];
    let n = this.root;
    while (n || stack.length) {
      while (n) {
        stack.push(n);
        n = n.left;
      }
      const top = stack.pop()!;
      yield top.v;
      n = top.right;
    }
  }

  clear(): void {
    this.root = null;
    this.size = 0;
  }

  /**
   * The highest address a with [a, a+len) inside [low, high) and free of every area
   * (Linux's unmapped_area_topdown()), or -1.
   */
  gapTopDown(len: number, low: number, high: number): number {
    const fit = (s: number, e: number): number => {
      const a = Math.min(e, high) - len;
      return a >= Math.max(s, low) ? a : -1;
    };
    // highest fit in the gaps of subtree n, including the one from its top to `upper`
    const search = (n: Node<T> | null, upper: number): number => {
      if (!n) return -1;
      const above = fit(n.maxEnd, upper);
      if (above >= 0) return above;
      if (n.maxGap < len || n.minStart + len > high || n.maxEnd < low + len) return -1;
      if (n.right) {
        const r = search(n.right, upper);
        if (r >= 0) return r;
        const mid = fit(n.v.end, n.right.minStart);
        if (mid >= 0) return mid;
      }
      return search(n.left, n.v.gapStart);
    };
    if (!this.root) return fit(low, high);
    const r = search(this.root, Infinity);
    return r >= 0 ? r : fit(-Infinity, this.root.minStart);
  }

  /** The lowest such address (Linux's unmapped_area()), or -1. */
  gapBottomUp(len: number, low: number, high: number): number {
    const fit = (s: number, e: number): number => {
      const a = Math.max(s, low);
      return a + len <= Math.min(e, high) ? a : -1;
    };
    // lowest fit in the gaps of subtree n, including the one from `lower` to its bottom
    const search = (n: Node<T> | null, lower: number): number => {
      if (!n) return -1;
      const below = fit(lower, n.minStart);
      if (below >= 0) return below;
      if (n.maxGap < len || n.minStart + len > high || n.maxEnd < low + len) return -1;
      if (n.left) {
        const l = search(n.left, lower);
        if (l >= 0) return l;
        const mid = fit(n.left.maxEnd, n.v.gapStart);
        if (mid >= 0) return mid;
      }
      return search(n.right, n.v.end);
    };
    if (!this.root) return fit(low, high);
    const r = search(this.root, -Infinity);
    return r >= 0 ? r : fit(this.root.maxEnd, Infinity);
  }
}
