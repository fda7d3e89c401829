// A process's memory map (struct mm_struct): virtual memory areas, brk, mmap placement,
// and demand paging — pages are materialised by the page-fault handler when first
// touched, as Linux does, so large mappings cost nothing until used.

import { AddressSpace, PAGE_SIZE, PTE_R, PTE_U, PTE_W, PTE_X, PF_PRESENT, PF_WRITE, PF_INSTR } from '../mem/memory.js';
import { Errno } from '../vfs/errno.js';

export const PROT_NONE = 0;
export const PROT_READ = 1;
export const PROT_WRITE = 2;
export const PROT_EXEC = 4;
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

/** Where file-backed pages come from (a VFS open file, read at fault time). */
export interface PageSource {
  /** Reads up to buf.length bytes at pos; returns bytes read or -errno. */
  pread(buf: Uint8Array, pos: number): number;
  /** Identity for /proc/self/maps: device, inode and path. */
  readonly dev: number;
  readonly ino: number;
  readonly path: string;
}

export class Vma {
  constructor(
    public start: number,
    public end: number,
    public prot: number,
    public flags: number,
    public name: string = '',
    public file: PageSource | null = null,
    /** File offset of `start`. */
    public offset = 0,
  ) {}

  clone(): Vma {
    return new Vma(this.start, this.end, this.prot, this.flags, this.name, this.file, this.offset);
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

export class MM {
  vmas: Vma[] = [];
  startBrk = 0;
  brk = 0;
  /** Top-down mmap allocation starts below this (mm->mmap_base). */
  mmapBase: number;
  /** Lowest address mmap may hand out (vm.mmap_min_addr). */
  mmapMin = 0x10000;
  taskSize: number;
  stackTop = 0;
  /** RLIMIT_STACK: how far the [stack] VMA may grow down. */
  stackLimit = 8 << 20;
  /** Address of the vDSO, for /proc/self/maps naming. */
  startCode = 0;
  endCode = 0;
  startData = 0;
  endData = 0;
  argStart = 0;
  argEnd = 0;
  envStart = 0;
  envEnd = 0;

  constructor(
    readonly as: AddressSpace,
    taskSize: number,
  ) {
    this.taskSize = taskSize;
    this.mmapBase = taskSize - (128 << 20) - (8 << 20);
  }

  find(addr: number): Vma | undefined {
    // binary search on sorted, non-overlapping VMAs
    let lo = 0;
    let hi = this.vmas.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.vmas[mid];
      if (addr < v.start) hi = mid - 1;
      else if (addr >= v.end) lo = mid + 1;
      else return v;
    }
    return undefined;
  }

  private insert(v: Vma): void {
    let k = 0;
    while (k < this.vmas.length && this.vmas[k].start < v.start) k++;
    this.vmas.splice(k, 0, v);
  }

  /** Removes [start, end) from the map (splitting VMAs) and unmaps its pages. */
  unmapRange(start: number, end: number): void {
    const out: Vma[] = [];
    for (const v of this.vmas) {
      if (v.end <= start || v.start >= end) {
        out.push(v);
        continue;
      }
      if (v.start < start) {
        const left = v.clone();
        left.end = start;
        out.push(left);
      }
      if (v.end > end) {
        const right = v.clone();
        right.offset += end - v.start;
        right.start = end;
        out.push(right);
      }
    }
    this.vmas = out;
    this.as.unmap(start / PAGE_SIZE, (end - start) / PAGE_SIZE);
  }

  /** Is every page of [start, end) inside some VMA? */
  covered(start: number, end: number): boolean {
    let a = start;
    while (a < end) {
      const v = this.find(a);
      if (!v) return false;
      a = v.end;
    }
    return true;
  }

  /** Finds a free range of len bytes, top-down below mmapBase (like Linux's default). */
  findFree(len: number, hint = 0): number {
    if (hint && hint >= this.mmapMin && hint + len <= this.taskSize && this.isFree(hint, hint + len)) return hint;
    let top = this.mmapBase;
    for (let k = this.vmas.length - 1; k >= -1; k--) {
      const v = k >= 0 ? this.vmas[k] : null;
      if (v && v.start >= top) continue;
      const floor = v ? v.end : this.mmapMin;
      if (top - len >= floor) return top - len;
      if (v) top = Math.min(top, v.start);
    }
    return -Errno.ENOMEM;
  }

  isFree(start: number, end: number): boolean {
    for (const v of this.vmas) if (v.start < end && v.end > start) return false;
    return true;
  }

  /** Creates a mapping; returns its address or -errno. Arguments already validated. */
  map(addr: number, len: number, prot: number, flags: number, file: PageSource | null, offset: number, name = ''): number {
    len = pageAlignUp(len);
    if (flags & MAP_FIXED || flags & MAP_FIXED_NOREPLACE) {
      if (addr % PAGE_SIZE) return -Errno.EINVAL;
      if (addr + len > this.taskSize || addr < 0) return -Errno.ENOMEM;
      if (flags & MAP_FIXED_NOREPLACE && !this.isFree(addr, addr + len)) return -Errno.EEXIST;
      this.unmapRange(addr, addr + len);
    } else {
      const hint = addr ? Math.floor(addr / PAGE_SIZE) * PAGE_SIZE : 0;
      const r = this.findFree(len, hint);
      if (r < 0) return r;
      addr = r;
    }
    this.insert(new Vma(addr, addr + len, prot, flags, name, file, offset));
    if (flags & MAP_POPULATE) for (let p = addr; p < addr + len; p += PAGE_SIZE) this.populate(p);
    return addr;
  }

  /** Set when populate() failed because guest memory is exhausted. */
  outOfMemory = false;

  /** Materialises the page containing addr (zero-filled or read from the file). */
  populate(addr: number): boolean {
    const v = this.find(addr);
    if (!v) return false;
    const page = Math.floor(addr / PAGE_SIZE) * PAGE_SIZE;
    const vpn = page / PAGE_SIZE;
    if (this.as.isMapped(vpn)) return true;
    if (!this.as.mapAnon(vpn, 1, pteBits(v.prot))) {
      this.outOfMemory = true;
      return false;
    }
    if (v.file) {
      const buf = new Uint8Array(PAGE_SIZE);
      const n = v.file.pread(buf, v.offset + (page - v.start));
      if (n > 0) this.as.writeBytes(page, buf.subarray(0, n), false, true);
    }
    return true;
  }

  /**
   * The page-fault handler's decision (do_user_addr_fault): returns true if the
   * fault was resolved (the page is now present), false for SIGSEGV.
   */
  handleFault(addr: number, code: number): boolean {
    let v = this.find(addr);
    if (!v) {
      // stack growth: a fault just below a MAP_GROWSDOWN / [stack] VMA
      const below = this.vmas.find((x) => x.start > addr && (x.flags & MAP_GROWSDOWN || x.name === '[stack]'));
      if (!below || below.end - Math.floor(addr / PAGE_SIZE) * PAGE_SIZE > this.stackLimit) return false;
      const prev = this.vmas[this.vmas.indexOf(below) - 1];
      const newStart = Math.floor(addr / PAGE_SIZE) * PAGE_SIZE;
      if (prev && prev.end > newStart - PAGE_SIZE) return false; // stack guard gap
      below.start = newStart;
      v = below;
    }
    if (code & PF_PRESENT) return false; // a protection violation on a present page
    if (code & PF_WRITE && !(v.prot & PROT_WRITE)) return false;
    if (code & PF_INSTR && !(v.prot & PROT_EXEC)) return false;
    if (!(code & (PF_WRITE | PF_INSTR)) && !(v.prot & (PROT_READ | PROT_WRITE | PROT_EXEC))) return false;
    return this.populate(addr);
  }

  /** mprotect on [start, end): every page must be mapped. */
  protect(start: number, end: number, prot: number): number {
    if (!this.covered(start, end)) return -Errno.ENOMEM;
    const out: Vma[] = [];
    for (const v of this.vmas) {
      if (v.end <= start || v.start >= end) {
        out.push(v);
        continue;
      }
      if (v.start < start) {
        const l = v.clone();
        l.end = start;
        out.push(l);
      }
      const m = v.clone();
      m.offset += Math.max(start, v.start) - v.start;
      m.start = Math.max(start, v.start);
      m.end = Math.min(end, v.end);
      m.prot = prot;
      out.push(m);
      if (v.end > end) {
        const r = v.clone();
        r.offset += end - v.start;
        r.start = end;
        out.push(r);
      }
    }
    this.vmas = out;
    const bits = pteBits(prot);
    for (let a = start; a < end; a += PAGE_SIZE) {
      const vpn = a / PAGE_SIZE;
      if (!this.as.isMapped(vpn)) continue;
      if (bits) this.as.protect(vpn, 1, bits);
      else this.as.protect(vpn, 1, 0); // PROT_NONE: keep the frame, not present
    }
    return 0;
  }

  /** sys_brk semantics: returns the new (or unchanged) break. */
  setBrk(newBrk: number): number {
    if (newBrk < this.startBrk) return this.brk;
    const oldEnd = pageAlignUp(this.brk);
    const newEnd = pageAlignUp(newBrk);
    if (newEnd > oldEnd) {
      if (!this.isFree(oldEnd, newEnd) || newEnd > this.mmapBase) return this.brk;
      const heap = this.vmas.find((v) => v.name === '[heap]');
      if (heap && heap.end === oldEnd) heap.end = newEnd;
      else this.insert(new Vma(oldEnd, newEnd, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, '[heap]'));
    } else if (newEnd < oldEnd) {
      this.unmapRange(newEnd, oldEnd);
      const heap = this.vmas.find((v) => v.name === '[heap]');
      if (heap) heap.name = '[heap]';
    }
    this.brk = newBrk;
    return newBrk;
  }

  /** mremap (old and new ranges page-aligned by the caller). */
  remap(oldAddr: number, oldLen: number, newLen: number, flags: number, newAddr: number): number {
    const v = this.find(oldAddr);
    if (!v || oldAddr + oldLen > v.end) return -Errno.EFAULT;
    if (flags & MREMAP_FIXED) {
      if (!(flags & MREMAP_MAYMOVE)) return -Errno.EINVAL;
      this.unmapRange(newAddr, newAddr + newLen);
      return this.moveTo(v, oldAddr, oldLen, newLen, newAddr);
    }
    if (newLen <= oldLen) {
      if (newLen < oldLen) this.unmapRange(oldAddr + newLen, oldAddr + oldLen);
      return oldAddr;
    }
    // grow in place?
    if (oldAddr + oldLen === v.end && this.isFree(v.end, oldAddr + newLen) && oldAddr + newLen <= this.taskSize) {
      v.end = oldAddr + newLen;
      return oldAddr;
    }
    if (!(flags & MREMAP_MAYMOVE)) return -Errno.ENOMEM;
    const dest = this.findFree(newLen);
    if (dest < 0) return dest;
    return this.moveTo(v, oldAddr, oldLen, newLen, dest);
  }

  private moveTo(v: Vma, oldAddr: number, oldLen: number, newLen: number, dest: number): number {
    const nv = v.clone();
    nv.offset += oldAddr - v.start;
    nv.start = dest;
    nv.end = dest + newLen;
    // move the present pages, then drop the old range from the map
    this.as.move(oldAddr / PAGE_SIZE, dest / PAGE_SIZE, Math.min(oldLen, newLen) / PAGE_SIZE);
    this.unmapRange(oldAddr, oldAddr + oldLen);
    this.insert(nv);
    return dest;
  }

  /** Drops every user mapping (exec, exit). */
  clear(): void {
    for (const v of this.vmas) this.as.unmap(v.start / PAGE_SIZE, (v.end - v.start) / PAGE_SIZE);
    this.vmas = [];
  }
}
