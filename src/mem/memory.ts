// The guest address space: 4 KiB pages with R/W/X/U bits, backed by frames in one
// WebAssembly.Memory, with a direct-mapped software TLB.
//
// Linear addresses are JS numbers holding the *signed* value of a canonical 64-bit
// address: user addresses are 0 … 2^47-1, kernel addresses (0xffff8000_00000000 and up)
// are negative. Every canonical address is exactly representable that way; the CPU
// rejects non-canonical ones (#GP) before they get here.

export const PAGE_SHIFT = 12;
export const PAGE_SIZE = 4096;
export const PAGE_MASK = PAGE_SIZE - 1;

/** Page permission bits. PROT_R doubles as "present". */
export const PTE_R = 1;
export const PTE_W = 2;
export const PTE_X = 4;
/** User-accessible (the U/S bit). Without it only CPL 0 may touch the page. */
export const PTE_U = 8;

/** A page-fault as the hardware reports it: the CPU turns it into #PF. */
export class PageFault {
  constructor(
    readonly addr: number,
    /** Page-fault error code bits: P(0) W(1) U(2) I(4). */
    readonly code: number,
  ) {}
}

export const PF_PRESENT = 1;
export const PF_WRITE = 2;
export const PF_USER = 4;
export const PF_INSTR = 16;

import { PageTable } from './pagetable.js';

const TLB_SIZE = 1024;

/** The most guest memory one machine can have: it lives in one 32-bit WebAssembly memory (4 GiB, less room). */
export const MAX_GUEST_MEMORY = 4095 * 1048576;

export interface MemoryLimits {
  /** Maximum guest physical memory in bytes (runaway-guest limit). */
  maxBytes: number;
}

export function pageOf(addr: number): number {
  return Math.floor(addr / PAGE_SIZE);
}

/**
 * Physical frames: one WebAssembly.Memory, handed out frame by frame.
 * Frame 0 is never used, so 0 can mean "no frame".
 */
export class PhysMem {
  private wasm: WebAssembly.Memory;
  u8!: Uint8Array;
  dv!: DataView;
  private nextFrame = 1;
  private free: number[] = [];
  readonly maxFrames: number;
  private readonly maxPages: number;
  /** Frames that hold decoded instructions: a write to them invalidates decoded code. */
  codeFrame: Uint8Array;
  /** Reference counts, for frames shared between mappings. */
  refs: Uint16Array;

  constructor(limits: MemoryLimits = { maxBytes: 1 << 30 }) {
    if (!(limits.maxBytes >= PAGE_SIZE && limits.maxBytes <= MAX_GUEST_MEMORY)) {
      throw new RangeError(`guest memory limit must be between 4 KiB and ${MAX_GUEST_MEMORY / 1048576} MiB (one WebAssembly memory holds at most 4 GiB)`);
    }
    this.maxFrames = Math.floor(limits.maxBytes / PAGE_SIZE);
    const maxPages = Math.ceil(limits.maxBytes / 65536) + 1;
    this.maxPages = maxPages;
    this.wasm = new WebAssembly.Memory({ initial: Math.min(64, maxPages), maximum: maxPages });
    this.codeFrame = new Uint8Array(this.maxFrames + 1);
    this.refs = new Uint16Array(this.maxFrames + 1);
    this.refresh();
  }

  private refresh(): void {
    this.u8 = new Uint8Array(this.wasm.buffer);
    this.dv = new DataView(this.wasm.buffer);
  }

  get framesInUse(): number {
    return this.nextFrame - 1 - this.free.length;
  }

  /** Allocates a zeroed frame; returns its number, or 0 when guest memory is exhausted. */
  alloc(): number {
    let f = this.free.pop();
    if (f === undefined) {
      if (this.nextFrame > this.maxFrames) return 0;
      f = this.nextFrame++;
      const need = (f + 1) * PAGE_SIZE;
      if (need > this.wasm.buffer.byteLength) {
        const have = this.wasm.buffer.byteLength / 65536;
        const grow = Math.min(this.maxPages - have, Math.max(64, Math.ceil((need - this.wasm.buffer.byteLength) / 65536)));
        if (grow <= 0) {
          this.nextFrame--;
          return 0;
        }
        this.wasm.grow(grow);
        this.refresh();
      }
    } else {
      this.u8.fill(0, f * PAGE_SIZE, (f + 1) * PAGE_SIZE);
    }
    this.refs[f] = 1;
    this.codeFrame[f] = 0;
    return f;
  }

  release(f: number): void {
    if (--this.refs[f] === 0) this.free.push(f);
  }
}

/** Listener for page-table changes and writes to code (the CPU's decode cache). */
export interface CodeInvalidator {
  invalidatePage(vpn: number): void;
  invalidateFrame(frame: number): void;
  /** Every decoded user page (after a switch of the user page table). */
  invalidateUserPages(): void;
}

export class AddressSpace {
  readonly phys: PhysMem;
  /**
   * The kernel half (negative addresses): one table shared by every address space, as
   * the kernel's PML4 entries are copied into each process's.
   */
  readonly kernelPt = new PageTable();
  /** The user half of the running process (its mm's table: what CR3 points at). */
  private userPt = new PageTable();
  private tlbTag = new Float64Array(TLB_SIZE).fill(NaN);
  private tlbBase = new Float64Array(TLB_SIZE);
  private tlbProt = new Int32Array(TLB_SIZE);
  /** True while the CPU runs at CPL 3: user accesses need PTE_U. */
  user = true;
  /** Upper half of the last 64-bit read. */
  hi = 0;
  invalidator: CodeInvalidator | null = null;

  constructor(phys: PhysMem) {
    this.phys = phys;
  }

  // ---- page tables ----

  private tableOf(vpn: number): PageTable {
    return vpn < 0 ? this.kernelPt : this.userPt;
  }

  /** The user table in use (the running mm's). */
  get userTable(): PageTable {
    return this.userPt;
  }

  /**
   * Installs another user page table — a CR3 load: the TLB is flushed and decoded
   * instructions of user pages are dropped (the same addresses may now mean other frames).
   */
  switchUserTable(pt: PageTable): void {
    if (pt === this.userPt) return;
    this.userPt = pt;
    this.flushTlb();
    this.invalidator?.invalidateUserPages();
  }

  /**
   * Maps one page to a frame (the caller holds the frame's reference, from alloc) with
   * the given PTE bits, in `pt` (default: the table the address belongs to now).
   */
  mapFrame(vpn: number, frame: number, prot: number, pt = this.tableOf(vpn)): void {
    const old = pt.set(vpn, frame * 16 + prot);
    if (old !== 0) this.phys.release(Math.floor(old / 16));
    this.flushIn(pt, vpn);
  }

  /** Maps fresh zeroed pages. Returns false when guest memory is exhausted. */
  mapAnon(vpn: number, count: number, prot: number): boolean {
    for (let i = 0; i < count; i++) {
      const f = this.phys.alloc();
      if (!f) return false;
      this.mapFrame(vpn + i, f, prot);
    }
    return true;
  }

  /** Unmaps [vpn, vpn+count); only pages that are mapped cost anything. */
  unmap(vpn: number, count: number, pt = this.tableOf(vpn)): void {
    const { vpns } = pt.entriesIn(vpn, vpn + count);
    for (const v of vpns) {
      this.phys.release(Math.floor(pt.delete(v) / 16));
      this.flushIn(pt, v);
    }
  }

  /** Changes the PTE bits of the mapped pages of [vpn, vpn+count). */
  protect(vpn: number, count: number, prot: number, pt = this.tableOf(vpn)): void {
    const { vpns, entries } = pt.entriesIn(vpn, vpn + count);
    for (let i = 0; i < vpns.length; i++) {
      pt.set(vpns[i], Math.floor(entries[i] / 16) * 16 + prot);
      this.flushIn(pt, vpns[i]);
    }
  }

  /** Moves the page-table entries of a range (mremap); pages at the destination are dropped. */
  move(fromVpn: number, toVpn: number, count: number, pt = this.tableOf(fromVpn)): void {
    const { vpns, entries } = pt.entriesIn(fromVpn, fromVpn + count);
    for (const v of vpns) {
      pt.delete(v);
      this.flushIn(pt, v);
    }
    this.unmap(toVpn, count, pt);
    for (let i = 0; i < vpns.length; i++) {
      pt.set(vpns[i] - fromVpn + toVpn, entries[i]);
      this.flushIn(pt, vpns[i] - fromVpn + toVpn);
    }
  }

  pte(vpn: number): number | undefined {
    const e = this.tableOf(vpn).get(vpn);
    return e === 0 ? undefined : e;
  }

  isMapped(vpn: number): boolean {
    return this.tableOf(vpn).get(vpn) !== 0;
  }

  /** A change to a table that is not in use needs no TLB flush (CR3 switches flush). */
  private flushIn(pt: PageTable, vpn: number): void {
    if (pt === this.userPt || pt === this.kernelPt) this.flushPage(vpn);
  }

  private flushPage(vpn: number): void {
    const i = vpn & (TLB_SIZE - 1);
    if (this.tlbTag[i] === vpn) this.tlbTag[i] = NaN;
    this.invalidator?.invalidatePage(vpn);
  }

  flushTlb(): void {
    this.tlbTag.fill(NaN);
  }

  // ---- translation ----

  /**
   * Translates a linear address for an access needing `need` (PTE_R, PTE_W or PTE_X);
   * returns the physical byte address or throws a PageFault.
   */
  translate(addr: number, need: number): number {
    const vpn = Math.floor(addr / PAGE_SIZE);
    const i = vpn & (TLB_SIZE - 1);
    if (this.tlbTag[i] === vpn) {
      const p = this.tlbProt[i];
      if ((p & need) === need && (p & PTE_U || !this.user)) return this.tlbBase[i] + (addr - vpn * PAGE_SIZE);
    }
    return this.walk(addr, vpn, need);
  }

  private walk(addr: number, vpn: number, need: number): number {
    const e = this.tableOf(vpn).get(vpn);
    const user = this.user;
    let code = (need === PTE_W ? PF_WRITE : 0) | (user ? PF_USER : 0) | (need === PTE_X ? PF_INSTR : 0);
    if (!(e & PTE_R)) throw new PageFault(addr, code);
    code |= PF_PRESENT;
    const prot = e & 15;
    if ((prot & need) !== need || (user && !(prot & PTE_U))) throw new PageFault(addr, code);
    const frame = Math.floor(e / 16);
    const i = vpn & (TLB_SIZE - 1);
    this.tlbTag[i] = vpn;
    this.tlbBase[i] = frame * PAGE_SIZE;
    this.tlbProt[i] = prot;
    return frame * PAGE_SIZE + (addr - vpn * PAGE_SIZE);
  }

  private noteWrite(pa: number): void {
    const f = Math.floor(pa / PAGE_SIZE);
    if (this.phys.codeFrame[f]) {
      this.phys.codeFrame[f] = 0;
      this.invalidator?.invalidateFrame(f);
    }
  }

  // ---- accesses (checked against the current privilege) ----

  read8(a: number): number {
    return this.phys.u8[this.translate(a, PTE_R)];
  }

  read16(a: number): number {
    if ((a & PAGE_MASK) > PAGE_SIZE - 2) return this.read8(a) | (this.read8(a + 1) << 8);
    return this.phys.dv.getUint16(this.translate(a, PTE_R), true);
  }

  /** Returns a signed int32. */
  read32(a: number): number {
    if ((a & PAGE_MASK) > PAGE_SIZE - 4) return this.read16(a) | (this.read16(a + 2) << 16);
    return this.phys.dv.getInt32(this.translate(a, PTE_R), true);
  }

  /** Returns the low half (int32); the high half is left in `hi`. */
  read64(a: number): number {
    if ((a & PAGE_MASK) > PAGE_SIZE - 8) {
      const lo = this.read32(a);
      this.hi = this.read32(a + 4);
      return lo;
    }
    const pa = this.translate(a, PTE_R);
    this.hi = this.phys.dv.getInt32(pa + 4, true);
    return this.phys.dv.getInt32(pa, true);
  }

  write8(a: number, v: number): void {
    const pa = this.translate(a, PTE_W);
    this.phys.u8[pa] = v;
    if (this.phys.codeFrame[Math.floor(pa / PAGE_SIZE)]) this.noteWrite(pa);
  }

  write16(a: number, v: number): void {
    if ((a & PAGE_MASK) > PAGE_SIZE - 2) {
      this.checkWritable(a, 2);
      this.write8(a, v);
      this.write8(a + 1, v >> 8);
      return;
    }
    const pa = this.translate(a, PTE_W);
    this.phys.dv.setUint16(pa, v, true);
    if (this.phys.codeFrame[Math.floor(pa / PAGE_SIZE)]) this.noteWrite(pa);
  }

  write32(a: number, v: number): void {
    if ((a & PAGE_MASK) > PAGE_SIZE - 4) {
      this.checkWritable(a, 4);
      this.write16(a, v);
      this.write16(a + 2, v >>> 16);
      return;
    }
    const pa = this.translate(a, PTE_W);
    this.phys.dv.setInt32(pa, v, true);
    if (this.phys.codeFrame[Math.floor(pa / PAGE_SIZE)]) this.noteWrite(pa);
  }

  write64(a: number, lo: number, hi: number): void {
    if ((a & PAGE_MASK) > PAGE_SIZE - 8) {
      this.checkWritable(a, 8);
      this.write32(a, lo);
      this.write32(a + 4, hi);
      return;
    }
    const pa = this.translate(a, PTE_W);
    this.phys.dv.setInt32(pa, lo, true);
    this.phys.dv.setInt32(pa + 4, hi, true);
    if (this.phys.codeFrame[Math.floor(pa / PAGE_SIZE)]) this.noteWrite(pa);
  }

  /** A page-crossing write must fault before any byte is written (the hardware's rule). */
  checkWritable(a: number, n: number): void {
    this.translate(a, PTE_W);
    this.translate(a + n - 1, PTE_W);
  }

  /** Instruction fetch of one byte (needs PTE_X) — marks the frame as holding code. */
  fetch8(a: number): number {
    const pa = this.translate(a, PTE_X);
    this.phys.codeFrame[Math.floor(pa / PAGE_SIZE)] = 1;
    return this.phys.u8[pa];
  }

  /** Physical frame behind a linear address, for decode-cache bookkeeping (-1 if unmapped). */
  frameOf(a: number): number {
    const vpn = Math.floor(a / PAGE_SIZE);
    const e = this.tableOf(vpn).get(vpn);
    return e === 0 ? -1 : Math.floor(e / 16);
  }

  // ---- bulk copies, for the kernel and loader (privilege set by `asUser`) ----

  /**
   * Copies bytes out of guest memory. With asUser, every page must be user-accessible:
   * this is the kernel's copy_from_user; a fault throws PageFault.
   */
  readBytes(a: number, n: number, asUser = true): Uint8Array {
    const out = new Uint8Array(n);
    const saved = this.user;
    this.user = asUser;
    try {
      let off = 0;
      while (off < n) {
        const chunk = Math.min(n - off, PAGE_SIZE - ((a + off) & PAGE_MASK));
        const pa = this.translate(a + off, PTE_R);
        out.set(this.phys.u8.subarray(pa, pa + chunk), off);
        off += chunk;
      }
    } finally {
      this.user = saved;
    }
    return out;
  }

  /** copy_to_user (asUser) or a kernel write; `force` ignores write protection (loader). */
  writeBytes(a: number, data: Uint8Array, asUser = true, force = false): void {
    const saved = this.user;
    this.user = asUser;
    try {
      let off = 0;
      const n = data.length;
      while (off < n) {
        const chunk = Math.min(n - off, PAGE_SIZE - ((a + off) & PAGE_MASK));
        const pa = this.translate(a + off, force ? PTE_R : PTE_W);
        this.phys.u8.set(data.subarray(off, off + chunk), pa);
        if (this.phys.codeFrame[Math.floor(pa / PAGE_SIZE)]) this.noteWrite(pa);
        off += chunk;
      }
    } finally {
      this.user = saved;
    }
  }

  /** Reads a NUL-terminated string of at most max bytes; returns null if none ends in time. */
  readCString(a: number, max: number, asUser = true): Uint8Array | null {
    const saved = this.user;
    this.user = asUser;
    try {
      const bytes: number[] = [];
      for (let i = 0; i < max; i++) {
        const b = this.phys.u8[this.translate(a + i, PTE_R)];
        if (b === 0) return Uint8Array.from(bytes);
        bytes.push(b);
      }
      return null;
    } finally {
      this.user = saved;
    }
  }
}
