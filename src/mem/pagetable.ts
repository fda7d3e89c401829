// A sparse page table: virtual page number → page-table entry (frame * 16 + PTE bits).
//
// Like the x86 paging structures it stands for, it costs nothing for memory nobody has
// touched: entries live in 512-entry leaf tables (one per 2 MiB, a page directory
// entry's reach), created on the first mapping in their range and dropped when empty.
// Range operations (munmap, mprotect, mremap of a 64 TiB region) visit only the leaves
// that exist, found through a sorted list of leaf indices, never every page of the
// range — the way a page-table walk skips empty directory entries.
//
// Virtual page numbers may be negative (kernel addresses are negative JS numbers, see
// memory.ts) and reach 2^35 in magnitude, so indices are computed with floor division,
// not 32-bit shifts. An entry of 0 means "not mapped": frame 0 is never handed out.

const LEAF = 512;
/** Ranges up to this many pages are walked page by page; longer ones leaf by leaf. */
const DIRECT_WALK = 2048;

export class PageTable {
  /** leaf index (vpn / 512) → 512 entries; slot 512 counts the non-zero ones. */
  private leaves = new Map<number, Int32Array>();
  /** The leaf indices, sorted, for range walks. */
  private keys: number[] = [];
  /** Number of mapped pages. */
  size = 0;

  get(vpn: number): number {
    const leaf = this.leaves.get(Math.floor(vpn / LEAF));
    return leaf === undefined ? 0 : leaf[vpn - Math.floor(vpn / LEAF) * LEAF];
  }

  /** Sets a non-zero entry; returns the one it replaced (0 if none). */
  set(vpn: number, entry: number): number {
    const li = Math.floor(vpn / LEAF);
    let leaf = this.leaves.get(li);
    if (leaf === undefined) leaf = this.addLeaf(li);
    const i = vpn - li * LEAF;
    const old = leaf[i];
    leaf[i] = entry;
    if (old === 0) {
      leaf[LEAF]++;
      this.size++;
    }
    return old;
  }

  /** Clears an entry; returns the old one (0 if it was not mapped). */
  delete(vpn: number): number {
    const li = Math.floor(vpn / LEAF);
    const leaf = this.leaves.get(li);
    if (leaf === undefined) return 0;
    const i = vpn - li * LEAF;
    const old = leaf[i];
    if (old === 0) return 0;
    leaf[i] = 0;
    this.size--;
    if (--leaf[LEAF] === 0) this.dropLeaf(li);
    return old;
  }

  /**
   * The mapped pages of [startVpn, endVpn), in order, as parallel arrays. A snapshot:
   * the caller may change the table while going through it.
   */
  entriesIn(startVpn: number, endVpn: number): { vpns: number[]; entries: number[] } {
    const vpns: number[] = [];
    const entries: number[] = [];
    if (endVpn - startVpn <= DIRECT_WALK) {
      for (let v = startVpn; v < endVpn; v++) {
        const e = this.get(v);
        if (e !== 0) {
          vpns.push(v);
          entries.push(e);
        }
      }
      return { vpns, entries };
    }
    const firstLeaf = Math.floor(startVpn / LEAF);
    for (let k = this.lowerBound(firstLeaf); k < this.keys.length; k++) {
      const li = this.keys[k];
      const base = li * LEAF;
      if (base >= endVpn) break;
      const leaf = this.leaves.get(li)!;
      const from = Math.max(startVpn, base) - base;
      const to = Math.min(endVpn, base + LEAF) - base;
      for (let i = from; i < to; i++) {
        if (leaf[i] !== 0) {
          vpns.push(base + i);
          entries.push(leaf[i]);
        }
      }
    }
    return { vpns, entries };
  }

  /** Every mapped page, in order. */
  all(): { vpns: number[]; entries: number[] } {
    return this.entriesIn(-Infinity, Infinity);
  }

  private addLeaf(li: number): Int32Array {
    const leaf = new Int32Array(LEAF + 1);
    this.leaves.set(li, leaf);
    this.keys.splice(this.lowerBound(li), 0, li);
    return leaf;
  }

  private dropLeaf(li: number): void {
    this.leaves.delete(li);
    this.keys.splice(this.lowerBound(li), 1);
  }

  /** First position in `keys` holding a value ≥ li. */
  private lowerBound(li: number): number {
    let lo = 0;
    let hi = this.keys.length;
    if (li === -Infinity) return 0;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid] < li) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
