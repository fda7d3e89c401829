// A process's memory map (struct mm_struct, mm/mmap.c): its areas (VMAs) in an
// address-ordered tree, its own user page table, brk, mmap placement, and demand
// paging — pages are materialised by the page-fault handler when first touched, as
// Linux does, so a large mapping costs nothing until used.
//
// The user/kernel boundary is held here: every operation on the map works inside
// [0, taskSize) (TASK_SIZE: 0x7ffffffff000, or 0xffffe000 for a compat task) and on
// the mm's own page table, which holds user pages only — kernel pages live in the
// shared kernel table (src/mem/memory.ts). The system calls check their arguments
// with Linux's errno first (syscalls/mm.ts); a range that still reaches here outside
// user space is a kernel bug and throws, it is never mapped.

import { AddressSpace, PAGE_SIZE, PTE_R, PTE_U, PTE_W, PTE_X, PF_PRESENT, PF_WRITE, PF_INSTR } from '../mem/memory.js';
import { PageTable } from '../mem/pagetable.js';
import { Errno } from '../vfs/errno.js';
import { AreaTree } from './vma-tree.js';

export const PROT_NONE = 0;
export const PROT_READ = 1;
export const PROT_WRITE = 2;
export const PROT_EXEC = 4;
export const PROT_SEM = 8;
export const PROT_GROWSDOWN = 0x01000000;
export const PROT_GROWSUP = 0x02000000;

export const MAP_SHARED = 0x01;
export const MAP_PRIVATE = 0x02;
export const MAP_SHARED_VALIDATE = 0x03;
export const MAP_TYPE = 0x0f;
export const MAP_FIXED = 0x10;
export const MAP_ANONYMOUS = 0x20;
export const MAP_32BIT = 0x40;
export const MAP_GROWSDOWN = 0x0100;
export const MAP_DENYWRITE = 0x0800;
export const MAP_EXECUTABLE = 0x1000;
export const MAP_LOCKED = 0x2000;
export const MAP_NORESERVE = 0x4000;
export const MAP_POPULATE = 0x8000;
export const MAP_NONBLOCK = 0x10000;
export const MAP_STACK = 0x20000;
export const MAP_HUGETLB = 0x40000;
export const MAP_SYNC = 0x80000;
export const MAP_FIXED_NOREPLACE = 0x100000;

export const MREMAP_MAYMOVE = 1;
export const MREMAP_FIXED = 2;
export const MREMAP_DONTUNMAP = 4;

/** vm.max_map_count (DEFAULT_MAX_MAP_COUNT). */
export const MAX_MAP_COUNT = 65530;
/** stack_guard_gap: 256 pages kept free below a stack that grows down. */
export const STACK_GUARD_GAP = 256 * PAGE_SIZE;
/** vm.mmap_min_addr (Debian's default). */
export const MMAP_MIN_ADDR = 0x10000;

/** The mapping flags an area keeps (its vm_flags, in MAP_* terms). */
const AREA_FLAGS = MAP_TYPE | MAP_ANONYMOUS | MAP_GROWSDOWN | MAP_NORESERVE | MAP_LOCKED;
/** VM_LOCKED: mlock()ed (the same bit as MAP_LOCKED). */
export const VM_LOCKED = MAP_LOCKED;
/** Area flags Linux sets through madvise and mlock2 (vm_flags), beyond the MAP_* bits. */
export const VM_LOCKONFAULT = 1 << 21;
export const VM_DONTCOPY = 1 << 22;
export const VM_WIPEONFORK = 1 << 23;
export const VM_DONTDUMP = 1 << 24;
export const VM_MERGEABLE = 1 << 25;
export const VM_HUGEPAGE = 1 << 26;
export const VM_NOHUGEPAGE = 1 << 27;

/**
 * A special mapping (Linux's vm_special_mapping: [vdso], [vvar]): fixed frames, put in
 * place by the fault handler, shared by every process; never merged or grown
 * (VM_DONTEXPAND). A page without a frame (0) faults with SIGBUS. `pfnmap` areas
 * (VM_PFNMAP|VM_IO, the vvar) refuse page-dropping advice.
 */
export interface SpecialMapping {
  readonly name: string;
  readonly frames: readonly number[];
  readonly pfnmap: boolean;
}

/** Where file-backed pages come from (a VFS open file, read at fault time). */
export interface PageSource {
  /** Reads up to buf.length bytes at pos; returns bytes read or -errno. */
  pread(buf: Uint8Array, pos: number): number;
  /** The file's size now: a page wholly past it faults with SIGBUS (filemap_fault). */
  size(): number;
  /** Identity for /proc/self/maps: device, inode and path. */
  readonly dev: number;
  readonly ino: number;
  readonly path: string;
}

export class Vma {
  constructor(
    readonly start: number,
    readonly end: number,
    public prot: number,
    /** MAP_* bits the area keeps (see AREA_FLAGS). */
    public flags: number,
    public file: PageSource | null = null,
    /**
     * File offset of `start` (vm_pgoff in bytes). Anonymous areas get their start address,
     * as Linux does, so only areas created together or next to each other merge.
     */
    public offset = 0,
    /** A special mapping ([vdso], [vvar]), or null. */
    public special: SpecialMapping | null = null,
    /** Charged against the commit limit (VM_ACCOUNT): private and writable at some point. */
    public account = false,
    /**
     * VM_MAYWRITE: mprotect may add PROT_WRITE. Cleared for a shared mapping of a file
     * opened read-only (do_mmap), so the file cannot be written through it later.
     */
    public mayWrite = true,
  ) {}

  get gapStart(): number {
    return this.flags & MAP_GROWSDOWN ? this.start - STACK_GUARD_GAP : this.start;
  }

  /** The same area over [start, end) (offset adjusted). */
  slice(start: number, end: number): Vma {
    return new Vma(start, end, this.prot, this.flags, this.file, this.offset + (start - this.start), this.special, this.account, this.mayWrite);
  }
}

export function pageAlignUp(n: number): number {
  return Math.ceil(n / PAGE_SIZE) * PAGE_SIZE;
}

export function pteBits(prot: number): number {
  if (!(prot & (PROT_READ | PROT_WRITE | PROT_EXEC))) return 0;
  let b = PTE_R | PTE_U;
  if (prot & PROT_WRITE) b |= PTE_W;
  if (prot & PROT_EXEC) b |= PTE_X;
  return b;
}

/** Can b follow a directly (vma_merge's is_mergeable_vma and pgoff contiguity)? */
function mergeable(a: Vma, b: Vma): boolean {
  return (
    a.end === b.start &&
    a.prot === b.prot &&
    a.flags === b.flags &&
    a.file === b.file &&
    a.account === b.account &&
    a.mayWrite === b.mayWrite &&
    a.special === null &&
    b.special === null &&
    a.offset + (a.end - a.start) === b.offset
  );
}

export class MM {
  /** The areas, by address. */
  readonly areas = new AreaTree<Vma>();
  /** This mm's user page table (what CR3 points at while it runs). */
  readonly pt = new PageTable();
  startBrk = 0;
  brk = 0;
  /** Top-down mmap allocation starts below this (mm->mmap_base). */
  mmapBase: number;
  /** Lowest address mmap may hand out (vm.mmap_min_addr). */
  mmapMin = MMAP_MIN_ADDR;
  readonly taskSize: number;
  stackTop = 0;
  /** mm->start_stack: the initial stack pointer's page ([stack] in /proc/self/maps). */
  startStack = 0;
  /** RLIMIT_STACK: how far the stack may grow down. */
  stackLimit = 8 << 20;
  startCode = 0;
  endCode = 0;
  startData = 0;
  endData = 0;
  argStart = 0;
  argEnd = 0;
  envStart = 0;
  envEnd = 0;
  /** Set when populate() failed because guest memory is exhausted. */
  outOfMemory = false;
  /** The READ_IMPLIES_EXEC personality (an i386 program without PT_GNU_STACK). */
  readImpliesExec = false;
  /** mm->def_flags: VM_LOCKED (and VM_LOCKONFAULT) after mlockall(MCL_FUTURE). */
  defFlags = 0;
  /** Set when the last unresolved fault was on a page that does not exist (SIGBUS). */
  lastFaultSigbus = false;

  constructor(
    readonly as: AddressSpace,
    taskSize: number,
  ) {
    this.taskSize = taskSize;
    // mmap_base(): below the stack's maximum extent and a random gap (here none)
    this.mmapBase = taskSize - (128 << 20) - (8 << 20);
  }

  /** Makes this the running address space (a CR3 load). */
  activate(): void {
    this.as.switchUserTable(this.pt);
  }

  /** Pages of guest memory: the commit limit of the overcommit heuristic. */
  private get totalRamPages(): number {
    return this.as.phys.maxFrames;
  }

  // ---------------- the boundary ----------------

  /** Is [start, end) a range of this mm's user space? */
  inUserSpace(start: number, end: number): boolean {
    return start >= 0 && start <= end && end <= this.taskSize;
  }

  /** Every change to the map passes here: a range outside user space is a kernel bug. */
  private assertUser(start: number, end: number, what: string): void {
    if (!this.inUserSpace(start, end) || start % PAGE_SIZE || end % PAGE_SIZE) {
      throw new Error(`mm: ${what} of [0x${start.toString(16)}, 0x${end.toString(16)}) outside user space (TASK_SIZE 0x${this.taskSize.toString(16)})`);
    }
  }

  // ---------------- lookups ----------------

  find(addr: number): Vma | undefined {
    return this.areas.find(addr);
  }

  get mapCount(): number {
    return this.areas.size;
  }

  /** Is every page of [start, end) inside some area? */
  covered(start: number, end: number): boolean {
    let a = start;
    while (a < end) {
      const v = this.find(a);
      if (!v) return false;
      a = v.end;
    }
    return true;
  }

  isFree(start: number, end: number): boolean {
    return this.areas.overlapping(start, end).length === 0;
  }

  /**
   * get_unmapped_area() without MAP_FIXED: the hint if that range is free, else the
   * highest free range below mmap_base, else the lowest above TASK_UNMAPPED_BASE
   * (arch_get_unmapped_area_topdown's fallback). `end` bounds the search (4 GiB for
   * a 32-bit system call of a 64-bit task). Returns the address or -ENOMEM.
   */
  findFree(len: number, hint = 0, end = this.taskSize): number {
    if (len > end) return -Errno.ENOMEM;
    if (hint) {
      const h = pageAlignUp(hint);
      const next = this.areas.findAbove(h);
      // mmap_address_hint_valid() and the next area's guard gap (x86's topdown allocator)
      if (end - len >= h && (!next || h + len <= next.gapStart)) return h;
    }
    const top = Math.min(this.mmapBase, end);
    let a = this.areas.gapTopDown(len, Math.max(PAGE_SIZE, this.mmapMin), top);
    if (a < 0) a = this.areas.gapBottomUp(len, Math.max(pageAlignUp(Math.floor(this.taskSize / 3)), this.mmapMin), end);
    return a < 0 ? -Errno.ENOMEM : a;
  }

  /** MAP_32BIT for a 64-bit task: the lowest free range in [1 GiB, 2 GiB) (find_start_end()). */
  findFree32bit(len: number, hint = 0): number {
    const lo = 0x40000000;
    const hi = 0x80000000;
    if (hint) {
      const h = pageAlignUp(hint);
      const next = this.areas.findAbove(h);
      // arch_get_unmapped_area(): any free hint below the window's end
      if (h + len <= hi && (!next || h + len <= next.gapStart)) return h;
    }
    const a = this.areas.gapBottomUp(len, lo, hi);
    return a < 0 ? -Errno.ENOMEM : a;
  }

  /**
   * __vm_enough_memory() with the default heuristic (OVERCOMMIT_GUESS): one request
   * larger than all of memory fails. Guest memory (--memory) is the machine's RAM.
   */
  enoughMemory(bytes: number): boolean {
    return bytes / PAGE_SIZE <= this.totalRamPages;
  }

  // ---------------- creating and removing areas ----------------

  /**
   * mmap_region(): creates an area; returns its address or -errno. The system call has
   * validated the arguments; a MAP_FIXED range replaces what was there.
   */
  map(addr: number, len: number, prot: number, flags: number, file: PageSource | null, offset: number, special: SpecialMapping | null = null, mayWrite = true): number {
    len = pageAlignUp(len);
    if (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) {
      if (addr % PAGE_SIZE || !this.inUserSpace(addr, addr + len)) return -Errno.ENOMEM;
      if (flags & MAP_FIXED_NOREPLACE && !this.isFree(addr, addr + len)) return -Errno.EEXIST;
    } else {
      const r = this.findFree(len, addr);
      if (r < 0) return r;
      addr = r;
    }
    if (this.mapCount > MAX_MAP_COUNT) return -Errno.ENOMEM;
    const account = accountable(prot, flags);
    if (account && !this.enoughMemory(len)) return -Errno.ENOMEM;
    const r = this.unmapRange(addr, addr + len);
    if (r < 0) return r;
    const v = new Vma(addr, addr + len, prot, (flags & AREA_FLAGS) | this.defFlags, file, file || special ? offset : addr, special, account, mayWrite);
    this.areas.insert(v);
    this.mergeAround(v);
    // MAP_POPULATE and locked memory are faulted in at once (errors ignored, as mm_populate)
    if (flags & MAP_POPULATE || (v.flags & (VM_LOCKED | VM_LOCKONFAULT)) === VM_LOCKED) this.populateRange(addr, addr + len, false);
    return addr;
  }

  /** do_munmap(): removes [start, end), splitting areas; 0 or -ENOMEM (too many areas). */
  unmapRange(start: number, end: number): number {
    this.assertUser(start, end, 'unmap');
    const hit = this.areas.overlapping(start, end);
    if (hit.length === 0) return 0;
    const splits = (hit[0].start < start ? 1 : 0) + (hit[hit.length - 1].end > end ? 1 : 0);
    if (splits === 2 && hit.length === 1 && this.mapCount >= MAX_MAP_COUNT) return -Errno.ENOMEM;
    for (const v of hit) {
      this.areas.remove(v);
      if (v.start < start) this.areas.insert(v.slice(v.start, start));
      if (v.end > end) this.areas.insert(v.slice(end, v.end));
    }
    this.as.unmap(start / PAGE_SIZE, (end - start) / PAGE_SIZE, this.pt);
    return 0;
  }

  /** do_munmap()'s checks, then the unmap: 0 or -errno (also mremap's shrink). */
  munmap(start: number, len: number): number {
    if (start % PAGE_SIZE || start > this.taskSize || len > this.taskSize - start) return -Errno.EINVAL;
    const alen = pageAlignUp(len);
    if (alen === 0) return -Errno.EINVAL;
    return this.unmapRange(start, Math.min(start + alen, this.taskSize));
  }

  /** Replaces area v by the same area over [start, end) (keys are immutable in the tree). */
  resize(v: Vma, start: number, end: number): Vma {
    this.assertUser(start, end, 'resize');
    this.areas.remove(v);
    const nv = v.slice(start, end);
    this.areas.insert(nv);
    return nv;
  }

  /** vma_merge(): joins v with its neighbours where they continue each other. */
  mergeAround(v: Vma): Vma {
    const prev = this.areas.findBelow(v.start);
    if (prev && mergeable(prev, v)) {
      this.areas.remove(v);
      v = this.resize(prev, prev.start, v.end);
    }
    const next = this.areas.find(v.end);
    if (next && mergeable(v, next)) {
      this.areas.remove(next);
      v = this.resize(v, v.start, next.end);
    }
    return v;
  }

  // ---------------- pages ----------------

  /**
   * __mm_populate(): faults in the accessible pages of [start, end) (areas without access
   * and pfnmap areas are skipped). Returns false if guest memory ran out.
   */
  populateRange(start: number, end: number, write: boolean): boolean {
    for (const v of this.areas.overlapping(start, end)) {
      if (!(v.prot & (PROT_READ | PROT_WRITE | PROT_EXEC)) || v.special?.pfnmap) continue;
      if (write && !(v.prot & PROT_WRITE)) continue;
      for (let p = Math.max(start, v.start); p < Math.min(end, v.end); p += PAGE_SIZE) if (!this.populate(p)) return false;
    }
    return true;
  }

  /** Materialises the page containing addr (zero-filled, read from the file, or a special frame). */
  populate(addr: number): boolean {
    const v = this.find(addr);
    if (!v) return false;
    const page = Math.floor(addr / PAGE_SIZE) * PAGE_SIZE;
    const vpn = page / PAGE_SIZE;
    if (this.pt.get(vpn) !== 0) return true;
    if (v.special) return this.populateSpecial(v, vpn);
    if (v.file && v.offset + (page - v.start) >= pageAlignUp(v.file.size())) {
      this.lastFaultSigbus = true; // beyond the end of the file
      return false;
    }
    const phys = this.as.phys;
    const f = phys.alloc();
    if (!f) {
      this.outOfMemory = true;
      return false;
    }
    if (v.file) {
      const buf = new Uint8Array(PAGE_SIZE);
      const n = v.file.pread(buf, v.offset + (page - v.start));
      if (n > 0) phys.u8.set(buf.subarray(0, n), f * PAGE_SIZE);
    }
    this.as.mapFrame(vpn, f, pteBits(v.prot), this.pt);
    return true;
  }

  /** A special mapping's fault handler: its frame, shared (a reference taken). */
  private populateSpecial(v: Vma, vpn: number): boolean {
    const f = v.special!.frames[(vpn * PAGE_SIZE - v.start + v.offset) / PAGE_SIZE] ?? 0;
    if (!f) {
      this.lastFaultSigbus = true;
      return false;
    }
    this.as.phys.refs[f]++;
    this.as.mapFrame(vpn, f, pteBits(v.prot), this.pt);
    return true;
  }

  /**
   * The page-fault handler's decision (do_user_addr_fault): returns true if the
   * fault was resolved (the page is now present), false for SIGSEGV.
   */
  handleFault(addr: number, code: number): boolean {
    this.lastFaultSigbus = false;
    if (!this.inUserSpace(addr, addr)) return false;
    let v = this.find(addr);
    if (!v) {
      v = this.expandStack(addr);
      if (!v) return false;
    }
    if (code & PF_PRESENT) return false; // a protection violation on a present page
    if (code & PF_WRITE && !(v.prot & PROT_WRITE)) return false;
    if (code & PF_INSTR && !(v.prot & PROT_EXEC)) return false;
    if (!(code & (PF_WRITE | PF_INSTR)) && !(v.prot & (PROT_READ | PROT_WRITE | PROT_EXEC))) return false;
    return this.populate(addr);
  }

  /**
   * expand_downwards(): a fault below a stack area (MAP_GROWSDOWN) grows it, within
   * RLIMIT_STACK, mmap_min_addr and the guard gap above the area below it.
   */
  private expandStack(addr: number): Vma | undefined {
    const v = this.areas.findAbove(addr);
    if (!v || !(v.flags & MAP_GROWSDOWN) || v.start <= addr) return undefined;
    const newStart = Math.floor(addr / PAGE_SIZE) * PAGE_SIZE;
    if (newStart < this.mmapMin || v.end - newStart > this.stackLimit) return undefined;
    const prev = this.areas.findBelow(v.start);
    if (prev && !(prev.flags & MAP_GROWSDOWN) && prev.prot && newStart - prev.end < STACK_GUARD_GAP) return undefined;
    return this.resize(v, newStart, v.end);
  }

  // ---------------- changing areas ----------------

  /**
   * do_mprotect_pkey()'s walk over [start, end) (start page-aligned, prot validated):
   * area by area from the one holding start, stopping with -ENOMEM at the first hole —
   * the areas before it keep their new protection, as on Linux. PROT_GROWSDOWN extends
   * the range down to the start of a stack area (else -EINVAL); PROT_GROWSUP has no
   * upward-growing areas on x86 (-EINVAL).
   */
  mprotect(start: number, end: number, prot: number, growsDown = false, growsUp = false): number {
    let v = this.areas.findAbove(start);
    if (!v) return -Errno.ENOMEM;
    if (growsDown) {
      if (v.start >= end) return -Errno.ENOMEM;
      if (!(v.flags & MAP_GROWSDOWN)) return -Errno.EINVAL;
      start = v.start;
    } else {
      if (v.start > start) return -Errno.ENOMEM;
      if (growsUp) return -Errno.EINVAL;
    }
    let at = start;
    while (at < end && v && v.start < end) {
      if (v.start > at) return -Errno.ENOMEM;
      if (prot & PROT_WRITE && !v.mayWrite) return -Errno.EACCES; // newflags beyond VM_MAY*
      const to = Math.min(v.end, end);
      const r = this.protectArea(v, at, to, prot);
      if (r < 0) return r;
      at = to;
      v = this.areas.findAbove(at);
    }
    return at < end ? -Errno.ENOMEM : 0;
  }

  /** mprotect_fixup(): [start, end) of area v gets prot (split, charge, merge, PTEs). */
  private protectArea(v: Vma, start: number, end: number, prot: number): number {
    const priv = (v.flags & MAP_TYPE) === MAP_PRIVATE;
    const charge = prot & PROT_WRITE && priv && !v.account && !(v.flags & MAP_NORESERVE);
    if (charge && !this.enoughMemory(end - start)) return -Errno.ENOMEM;
    const r = this.modifyArea(v, start, end, (m) => {
      m.prot = prot;
      if (charge) m.account = true;
    });
    if (typeof r === 'number') return r;
    // PROT_NONE keeps the frames, not present
    this.as.protect(start / PAGE_SIZE, (end - start) / PAGE_SIZE, pteBits(prot), this.pt);
    return 0;
  }

  /**
   * Changes [start, end) of area v (split off from it as needed, then merged with its
   * neighbours where it now continues them): the work of mprotect_fixup(),
   * madvise_update_vma() and mlock_fixup(). -ENOMEM when a split would pass
   * vm.max_map_count.
   */
  modifyArea(v: Vma, start: number, end: number, change: (m: Vma) => void): Vma | number {
    this.assertUser(start, end, 'change');
    const splits = (v.start < start ? 1 : 0) + (v.end > end ? 1 : 0);
    if (splits && this.mapCount >= MAX_MAP_COUNT) return -Errno.ENOMEM;
    this.areas.remove(v);
    if (v.start < start) this.areas.insert(v.slice(v.start, start));
    if (v.end > end) this.areas.insert(v.slice(end, v.end));
    const m = v.slice(start, end);
    change(m);
    this.areas.insert(m);
    return this.mergeAround(m);
  }

  /**
   * madvise_walk_vmas(): visit(area, from, to) for each mapped part of [start, end), in
   * order; a visit's error stops the walk; a hole gives -ENOMEM after the rest is done.
   */
  walkAreas(start: number, end: number, visit: (v: Vma, from: number, to: number) => number): number {
    let unmapped = 0;
    let v = this.areas.findAbove(start);
    for (;;) {
      if (!v) return -Errno.ENOMEM;
      if (start < v.start) {
        unmapped = -Errno.ENOMEM;
        start = v.start;
        if (start >= end) return unmapped;
      }
      const to = Math.min(v.end, end);
      const r = visit(v, start, to);
      if (r < 0) return r;
      start = to;
      if (start >= end) return unmapped;
      v = this.areas.findAbove(start);
    }
  }

  /**
   * msync's walk over [start, end): -ENOMEM for a hole (at once for a plain MS_ASYNC,
   * else after the rest), -EBUSY for MS_INVALIDATE on locked memory. Nothing needs
   * writing back: there are no shared writable file mappings.
   */
  msyncWalk(start: number, end: number, asyncOnly: boolean, invalidate: boolean): number {
    let unmapped = 0;
    let v = this.areas.findAbove(start);
    for (;;) {
      if (!v) return -Errno.ENOMEM;
      if (start < v.start) {
        if (asyncOnly) return -Errno.ENOMEM;
        start = v.start;
        if (start >= end) return -Errno.ENOMEM;
        unmapped = -Errno.ENOMEM;
      }
      if (invalidate && v.flags & MAP_LOCKED) return -Errno.EBUSY;
      start = v.end;
      if (start >= end) return unmapped;
      v = this.areas.findAbove(start);
    }
  }

  /** sys_brk semantics: returns the new (or unchanged) break. */
  setBrk(newBrk: number): number {
    if (newBrk < this.startBrk || newBrk > this.taskSize) return this.brk;
    const oldEnd = pageAlignUp(this.brk);
    const newEnd = pageAlignUp(newBrk);
    if (newEnd < oldEnd) {
      if (this.unmapRange(newEnd, oldEnd) < 0) return this.brk;
    } else if (newEnd > oldEnd && !this.growBrk(oldEnd, newEnd)) {
      return this.brk;
    }
    this.brk = newBrk;
    return newBrk;
  }

  /** brk's growth: the guard page below the next area, then do_brk_flags(). */
  private growBrk(oldEnd: number, newEnd: number): boolean {
    const next = this.areas.findAbove(oldEnd);
    if (next && newEnd + PAGE_SIZE > next.gapStart) return false;
    if (this.mapCount > MAX_MAP_COUNT || !this.enoughMemory(newEnd - oldEnd)) return false;
    const below = this.brk > this.startBrk ? this.find(oldEnd - 1) : undefined;
    const flags = MAP_PRIVATE | MAP_ANONYMOUS;
    if (below && below.start >= this.startBrk && below.end === oldEnd && below.flags === flags && below.prot === (PROT_READ | PROT_WRITE) && !below.file) {
      this.resize(below, below.start, newEnd);
    } else {
      this.areas.insert(new Vma(oldEnd, newEnd, PROT_READ | PROT_WRITE, flags, null, oldEnd, null, true));
    }
    return true;
  }

  /**
   * move_vma()'s work: `moved` (a new area) takes the pages of [oldAddr, oldAddr+oldLen);
   * the old range is then unmapped, or kept without its pages (MREMAP_DONTUNMAP).
   */
  moveArea(oldAddr: number, oldLen: number, moved: Vma, unmapOld: boolean): void {
    this.assertUser(moved.start, moved.end, 'mremap');
    this.unmapRange(moved.start, moved.end);
    this.areas.insert(moved);
    this.as.move(oldAddr / PAGE_SIZE, moved.start / PAGE_SIZE, Math.min(oldLen, moved.end - moved.start) / PAGE_SIZE, this.pt);
    if (unmapOld) this.unmapRange(oldAddr, oldAddr + oldLen);
    this.mergeAround(moved);
  }

  /** Drops every user mapping and page (exec, exit): only pages that exist cost anything. */
  clear(): void {
    const { vpns } = this.pt.all();
    if (vpns.length) this.as.unmap(vpns[0], vpns[vpns.length - 1] - vpns[0] + 1, this.pt);
    this.areas.clear();
  }
}

/**
 * accountable_mapping(): private writable memory is charged, unless MAP_NORESERVE; shared
 * anonymous memory (shmem_zero_setup) is charged whole, whatever its protection.
 */
function accountable(prot: number, flags: number): boolean {
  if (flags & MAP_NORESERVE) return false;
  if ((flags & MAP_TYPE) === MAP_SHARED) return (flags & MAP_ANONYMOUS) !== 0;
  return (prot & PROT_WRITE) !== 0;
}
