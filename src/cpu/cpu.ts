// The emulated x86 CPU: registers, lazy flags, segments and privilege, MSRs, the
// decoded-instruction cache, exception delivery through the IDT, and the run loop.
//
// General registers are 64-bit values kept as two int32 halves in `regs`
// (lo at 2n, hi at 2n+1). Linear addresses are JS numbers holding the signed value of
// a canonical 64-bit address (see src/mem/memory.ts).

import { AddressSpace, PageFault, PAGE_SIZE, type CodeInvalidator } from '../mem/memory.js';
import { decode, Insn, hex } from './decode.js';
import { CpuFault, GP, PF, SS, UD, hasErrorCode, VECTOR_NAMES } from './exceptions.js';
import { Flags, ARITH, IF, TF, NT, RF, VM, AC, USER_WRITABLE, ID, DF, IOPL } from './flags.js';
import { FpuState } from './fpu-state.js';

export const RAX = 0, RCX = 1, RDX = 2, RBX = 3, RSP = 4, RBP = 5, RSI = 6, RDI = 7;
export const R8 = 8, R9 = 9, R10 = 10, R11 = 11, R12 = 12, R13 = 13, R14 = 14, R15 = 15;
export const REG_NAMES64 = ['rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15'];

export const SEG_ES = 0, SEG_CS = 1, SEG_SS = 2, SEG_DS = 3, SEG_FS = 4, SEG_GS = 5;

export const MSR_EFER = 0xc0000080;
export const MSR_STAR = 0xc0000081;
export const MSR_LSTAR = 0xc0000082;
export const MSR_CSTAR = 0xc0000083;
export const MSR_SYSCALL_MASK = 0xc0000084;
export const MSR_FS_BASE = 0xc0000100;
export const MSR_GS_BASE = 0xc0000101;
export const MSR_KERNEL_GS_BASE = 0xc0000102;
export const MSR_TSC_AUX = 0xc0000103;
export const MSR_IA32_SYSENTER_CS = 0x174;
export const MSR_IA32_SYSENTER_ESP = 0x175;
export const MSR_IA32_SYSENTER_EIP = 0x176;
export const MSR_IA32_TSC = 0x10;
export const EFER_SCE = 1;
export const EFER_LME = 0x100;
export const EFER_LMA = 0x400;
export const EFER_NXE = 0x800;

export type Vendor = 'intel' | 'amd';

/** Something that wants to see CPU-level events (the tracer, the explainer). */
export interface CpuObserver {
  /** Called before each instruction executes (only while `observeSteps` is on). */
  step?(cpu: CPU, i: Insn): void;
  /** Called when an MSR is read or written. */
  msr?(cpu: CPU, index: number, write: boolean, lo: number, hi: number): void;
  /** Called when an exception or interrupt is delivered. */
  exception?(cpu: CPU, vector: number, errorCode: number | null, soft: boolean): void;
}

export type NativeFn = (cpu: CPU) => void;

const TWO32 = 4294967296;

/** Signed 64-bit value of (lo, hi) as a double (exact within ±2^53). */
export function toNum(lo: number, hi: number): number {
  return hi * TWO32 + (lo >>> 0);
}

export function isCanonical(hi: number): boolean {
  const t = hi >> 15;
  return t === 0 || t === -1;
}

/** Splits a safe-integer address into int32 halves: [lo, hi]. */
export function splitNum(v: number): [number, number] {
  const hi = Math.floor(v / TWO32);
  return [(v - hi * TWO32) | 0, hi | 0];
}

export class CPU implements CodeInvalidator {
  readonly mem: AddressSpace;
  readonly regs = new Int32Array(32);
  rip = 0;
  /** Address of the next instruction; branch handlers set it. */
  next = 0;
  readonly flags = new Flags();
  /** The non-arithmetic RFLAGS bits (bit 1 always set). */
  flagsRest = 2;
  /** Upper half returned by 64-bit operand reads. */
  hi = 0;

  // ---- modes and privilege ----
  cpl = 0;
  /** True in 64-bit mode (CS.L = 1); false in compatibility / protected 32-bit mode. */
  mode64 = true;
  readonly sel = new Uint16Array(6);
  /** Segment bases (only FS and GS are non-zero in Linux's flat model). */
  readonly segBase = [0, 0, 0, 0, 0, 0];
  gdtBase = 0;
  gdtLimit = 0;
  idtBase = 0;
  idtLimit = 0;
  tr = 0;
  trBase = 0;
  cr0 = 0x80050033;
  cr2 = 0;
  cr3 = 0;
  cr4 = 0x6f0;
  efer = EFER_LME | EFER_LMA | EFER_NXE;
  // MSRs that hold addresses are kept as canonical numbers; STAR as halves
  starLo = 0;
  starHi = 0;
  lstar = 0;
  cstar = 0;
  fmask = 0;
  kernelGsBase = 0;
  tscAux = 0;
  sysenterCs = 0;
  sysenterEsp = 0;
  sysenterEip = 0;

  // ---- SSE and x87 ----
  /** XMM0–15, 16 bytes each. */
  readonly xmmBytes = new Uint8Array(256);
  readonly xmm32 = new Int32Array(this.xmmBytes.buffer);
  readonly xmmView = new DataView(this.xmmBytes.buffer);
  mxcsr = 0x1f80;
  readonly fpu = new FpuState();

  vendor: Vendor = 'intel';
  /**
   * Time-stamp counter. With no `tscSource` it advances with every retired
   * instruction (tscBase + retired × tscPerInsn: deterministic). The kernel's
   * timekeeper (src/kernel/time.ts) normally installs a source that follows the
   * host's monotonic clock at a nominal frequency. Either way reads are strictly
   * increasing.
   */
  tscBase = 0;
  /** TSC ticks per retired instruction. */
  tscPerInsn = 1;
  tscSource: (() => bigint) | null = null;
  private tscLast = -1n;

  // ---- execution control ----
  /** Instructions retired since reset. */
  retired = 0;
  /** Set by the kernel (or a limit) to leave the run loop after the current instruction. */
  stopRequested = false;
  /** Set by hlt at CPL 0. */
  halted = false;
  observer: CpuObserver | null = null;
  observeSteps = false;

  // ---- native calls: kernel addresses whose execution runs TypeScript ----
  nativeBase = 0;
  nativeEnd = 0;
  private natives = new Map<number, NativeFn>();
  readonly nativeNames = new Map<number, string>();

  // ---- decode cache: vpn → (address → Insn) ----
  private pages = new Map<number, Map<number, Insn>>();
  private pageFrame = new Map<number, number>();
  private curVpn = NaN;
  private curPage: Map<number, Insn> | null = null;

  /** Fatal condition that ended execution (triple fault, bad native call). */
  fatal: string | null = null;

  constructor(mem: AddressSpace) {
    this.mem = mem;
    mem.invalidator = this;
  }

  // ================= registers =================

  getReg8(code: number): number {
    return code < 16 ? this.regs[code * 2] & 0xff : (this.regs[(code - 16) * 2] >> 8) & 0xff;
  }

  setReg8(code: number, v: number): void {
    if (code < 16) this.regs[code * 2] = (this.regs[code * 2] & ~0xff) | (v & 0xff);
    else {
      const k = (code - 16) * 2;
      this.regs[k] = (this.regs[k] & ~0xff00) | ((v & 0xff) << 8);
    }
  }

  /** Reads a register of the given size (1 uses byte codes); 8 leaves the high half in `hi`. */
  getReg(n: number, size: number): number {
    switch (size) {
      case 1:
        return this.getReg8(n);
      case 2:
        return this.regs[n * 2] & 0xffff;
      case 4:
        return this.regs[n * 2];
      default:
        this.hi = this.regs[n * 2 + 1];
        return this.regs[n * 2];
    }
  }

  /** Writes a register: 32-bit writes zero the upper half; 8/16-bit writes merge. */
  setReg(n: number, size: number, lo: number, hi = 0): void {
    switch (size) {
      case 1:
        this.setReg8(n, lo);
        return;
      case 2:
        this.regs[n * 2] = (this.regs[n * 2] & ~0xffff) | (lo & 0xffff);
        return;
      case 4:
        this.regs[n * 2] = lo;
        this.regs[n * 2 + 1] = 0;
        return;
      default:
        this.regs[n * 2] = lo;
        this.regs[n * 2 + 1] = hi;
    }
  }

  /** A register's full 64-bit value as a number (exact for canonical addresses). */
  reg64(n: number): number {
    return this.regs[n * 2 + 1] * TWO32 + (this.regs[n * 2] >>> 0);
  }

  setReg64Num(n: number, v: number): void {
    const [lo, hi] = splitNum(v);
    this.regs[n * 2] = lo;
    this.regs[n * 2 + 1] = hi;
  }

  /** The value of a register as a BigInt (unsigned). */
  reg64Big(n: number): bigint {
    return (BigInt(this.regs[n * 2 + 1] >>> 0) << 32n) | BigInt(this.regs[n * 2] >>> 0);
  }

  // ================= flags =================

  getRflags(): number {
    return (this.flagsRest | this.flags.arith) >>> 0;
  }

  /** Writes RFLAGS bits under `mask` (the caller decides what is writable). */
  setRflags(v: number, mask = 0x3f7fd7): void {
    const cur = this.getRflags();
    const nv = (cur & ~mask) | (v & mask);
    this.flags.setArith(nv & ARITH);
    this.flagsRest = (nv & ~ARITH & 0x3f7fff) | 2;
  }

  /** Mask of RFLAGS bits popf/iret may change at the current privilege. */
  popfMask(size: number): number {
    let m = USER_WRITABLE;
    if (this.cpl === 0) m |= IF | IOPL;
    if (size === 2) m &= 0xffff;
    return m;
  }

  get df(): boolean {
    return (this.flagsRest & DF) !== 0;
  }

  // ================= addressing =================

  /** Effective linear address of the ModRM memory operand. */
  ea(i: Insn): number {
    let a = i.disp;
    if (i.adsize === 8) {
      // Doubles are exact while every term stays below 2^49; otherwise compute exactly.
      if ((i.base >= 0 && i.base !== 16 && (this.regs[i.base * 2 + 1] > 0x1ffff || this.regs[i.base * 2 + 1] < -0x20000)) || (i.index >= 0 && (this.regs[i.index * 2 + 1] > 0x1ffff || this.regs[i.index * 2 + 1] < -0x20000))) return this.eaSlow(i);
      if (i.base >= 0) a += i.base === 16 ? i.addr + i.len : this.regs[i.base * 2 + 1] * TWO32 + (this.regs[i.base * 2] >>> 0);
      if (i.index >= 0) a += (this.regs[i.index * 2 + 1] * TWO32 + (this.regs[i.index * 2] >>> 0)) * i.scale;
      if (i.seg >= 0) a += this.segBase[i.seg];
      if (a >= 140737488355328 || a < -140737488355328) a = this.eaSlow(i);
      return a;
    }
    if (i.base >= 0) a += this.regs[i.base * 2] >>> 0;
    if (i.index >= 0) a += (this.regs[i.index * 2] >>> 0) * i.scale;
    a >>>= 0;
    if (i.seg >= 0) a = this.mode64 ? a + this.segBase[i.seg] : (a + this.segBase[i.seg]) >>> 0;
    return a;
  }

  /** Exact 64-bit address arithmetic for results outside the canonical range. */
  private eaSlow(i: Insn): number {
    let a = BigInt(i.disp);
    if (i.base === 16) a += BigInt(i.addr + i.len);
    else if (i.base >= 0) a += BigInt.asIntN(64, this.reg64Big(i.base));
    if (i.index >= 0) a += BigInt.asIntN(64, this.reg64Big(i.index)) * BigInt(i.scale);
    if (i.seg >= 0) a += BigInt(this.segBase[i.seg]);
    a = BigInt.asIntN(64, a);
    if (a >= 1n << 47n || a < -(1n << 47n)) {
      const stack = i.base === RSP || i.base === RBP;
      throw new CpuFault(stack ? SS : GP, 0, `non-canonical address 0x${BigInt.asUintN(64, a).toString(16)}`);
    }
    return Number(a);
  }

  // ================= memory by size =================

  readMem(a: number, size: number): number {
    switch (size) {
      case 1:
        return this.mem.read8(a);
      case 2:
        return this.mem.read16(a);
      case 4:
        return this.mem.read32(a);
      default: {
        const lo = this.mem.read64(a);
        this.hi = this.mem.hi;
        return lo;
      }
    }
  }

  writeMem(a: number, size: number, lo: number, hi = 0): void {
    switch (size) {
      case 1:
        this.mem.write8(a, lo);
        return;
      case 2:
        this.mem.write16(a, lo);
        return;
      case 4:
        this.mem.write32(a, lo);
        return;
      default:
        this.mem.write64(a, lo, hi);
    }
  }

  /** Last memory address used by rmRead, so a read-modify-write writes where it read. */
  lastEa = 0;

  /** Reads the r/m operand (size 1 uses byte-register codes). */
  rmRead(i: Insn, size: number): number {
    if (i.mod === 3) return this.getReg(size === 1 ? i.rmB : i.rm, size);
    const a = this.ea(i);
    this.lastEa = a;
    return this.readMem(a, size);
  }

  /**
   * Reads the r/m operand of a read-modify-write instruction: a memory destination is
   * checked for write access first, so a read-only page faults (with the write bit in
   * the error code) before any state — flags included — has changed.
   */
  rmReadRmw(i: Insn, size: number): number {
    if (i.mod === 3) return this.getReg(size === 1 ? i.rmB : i.rm, size);
    const a = this.ea(i);
    this.lastEa = a;
    this.mem.checkWritable(a, size);
    return this.readMem(a, size);
  }

  /** Writes the r/m operand at a freshly computed address. */
  rmWrite(i: Insn, size: number, lo: number, hi = 0): void {
    if (i.mod === 3) this.setReg(size === 1 ? i.rmB : i.rm, size, lo, hi);
    else this.writeMem(this.ea(i), size, lo, hi);
  }

  /** Writes back the r/m operand read by the last rmRead (read-modify-write). */
  rmWriteBack(i: Insn, size: number, lo: number, hi = 0): void {
    if (i.mod === 3) this.setReg(size === 1 ? i.rmB : i.rm, size, lo, hi);
    else this.writeMem(this.lastEa, size, lo, hi);
  }

  regRead(i: Insn, size: number): number {
    return this.getReg(size === 1 ? i.regB : i.reg, size);
  }

  regWrite(i: Insn, size: number, lo: number, hi = 0): void {
    this.setReg(size === 1 ? i.regB : i.reg, size, lo, hi);
  }

  // ================= stack =================

  /** Current stack pointer as a linear address. */
  spAddr(): number {
    return this.mode64 ? this.reg64(RSP) : this.regs[RSP * 2] >>> 0;
  }

  private setSp(a: number): void {
    if (this.mode64) this.setReg64Num(RSP, a);
    else this.regs[RSP * 2] = a | 0;
  }

  push(size: number, lo: number, hi = 0): void {
    let a = this.spAddr() - size;
    if (!this.mode64) a >>>= 0;
    this.writeMem(a, size, lo, hi);
    this.setSp(a);
  }

  pop(size: number): number {
    const a = this.spAddr();
    const v = this.readMem(a, size);
    this.setSp(this.mode64 ? a + size : (a + size) >>> 0);
    return v;
  }

  /** Branches to a 64-bit target given as halves (checks canonical form in 64-bit mode). */
  jumpTo(lo: number, hi: number, size: number): void {
    if (size === 8 && this.mode64) {
      if (!isCanonical(hi)) throw new CpuFault(GP, 0, `jump to non-canonical address ${hex(toNum(lo, hi))}`);
      this.next = hi * TWO32 + (lo >>> 0);
    } else if (size === 2) this.next = lo & 0xffff;
    else this.next = lo >>> 0;
  }

  /** Relative branch target from the decoded displacement. */
  relTarget(i: Insn, disp: number): number {
    const t = i.addr + i.len + disp;
    if (!this.mode64) return i.opsize === 2 ? t & 0xffff : t >>> 0;
    if (t >= 140737488355328 || t < -140737488355328) throw new CpuFault(GP, 0, `branch to non-canonical address`);
    return t;
  }

  // ================= time =================

  rdtsc(): bigint {
    let t = this.tscSource ? this.tscSource() : BigInt(this.tscBase) + BigInt(this.retired) * BigInt(this.tscPerInsn);
    if (t <= this.tscLast) t = this.tscLast + 1n;
    this.tscLast = t;
    return t;
  }

  // ================= native calls =================

  /** Reserves [base, end) of kernel address space for native (TypeScript) routines. */
  setNativeRegion(base: number, end: number): void {
    this.nativeBase = base;
    this.nativeEnd = end;
  }

  registerNative(addr: number, name: string, fn: NativeFn): void {
    this.natives.set(addr, fn);
    this.nativeNames.set(addr, name);
  }

  nativeAt(addr: number): NativeFn | undefined {
    return this.natives.get(addr);
  }

  // ================= decode cache =================

  /** Generation of the decode cache: instruction links are valid only within one. */
  cacheGen = 0;

  invalidatePage(vpn: number): void {
    if (this.pages.delete(vpn)) {
      this.pageFrame.delete(vpn);
      this.cacheGen++;
    }
    if (vpn === this.curVpn) {
      this.curVpn = NaN;
      this.curPage = null;
    }
  }

  invalidateFrame(frame: number): void {
    for (const [vpn, f] of this.pageFrame) if (f === frame) this.invalidatePage(vpn);
  }

  invalidateUserPages(): void {
    for (const vpn of [...this.pages.keys()]) if (vpn >= 0) this.invalidatePage(vpn);
  }

  flushDecodeCache(): void {
    this.cacheGen++;
    this.pages.clear();
    this.pageFrame.clear();
    this.curVpn = NaN;
    this.curPage = null;
  }

  /** The decoded instruction at `addr` (decoding and caching it if needed). */
  fetchInsn(addr: number): Insn {
    const vpn = Math.floor(addr / PAGE_SIZE);
    let page = this.curPage;
    if (vpn !== this.curVpn || page === null) {
      page = this.pages.get(vpn) ?? null;
      if (addr >= 140737488355328 || addr < -140737488355328) throw new CpuFault(GP, 0, `instruction fetch from non-canonical address ${hex(addr)}`);
      if (page === null) {
        // The first fetch from a page checks its X/U permissions.
        this.mem.fetch8(addr);
        page = new Map();
        this.pages.set(vpn, page);
        this.pageFrame.set(vpn, this.mem.frameOf(addr));
      } else if (this.mem.user) {
        // permissions may differ by privilege: re-check through the TLB (cheap)
        this.mem.fetch8(addr);
      }
      this.curVpn = vpn;
      this.curPage = page;
    }
    let i = page.get(addr);
    if (i !== undefined && i.mode64 === this.mode64) return i;
    if (addr >= this.nativeBase && addr < this.nativeEnd) {
      i = this.nativeInsn(addr);
    } else {
      i = decode(this.mem, addr, this.mode64);
    }
    if (!i.crossesPage) page.set(addr, i);
    return i;
  }

  /**
   * The instruction at this.next after `i` executed: through the per-instruction links
   * when they are still valid (same page, same mode, same cache generation), else by
   * the normal lookup, recording a new link.
   */
  private nextInsn(i: Insn): Insn {
    const t = this.next;
    const gen = this.cacheGen;
    if (t === i.addr + i.len) {
      const l = i.fall;
      if (l !== null && i.fallGen === gen && l.mode64 === this.mode64) return l;
      const n = this.fetchInsn(t);
      if (!n.crossesPage && !i.crossesPage && Math.floor(t / PAGE_SIZE) === Math.floor(i.addr / PAGE_SIZE) && this.cacheGen === gen) {
        i.fall = n;
        i.fallGen = gen;
      }
      return n;
    }
    const l = i.taken;
    if (l !== null && i.takenAddr === t && i.takenGen === gen && l.mode64 === this.mode64) return l;
    const n = this.fetchInsn(t);
    if (!n.crossesPage && !i.crossesPage && Math.floor(t / PAGE_SIZE) === Math.floor(i.addr / PAGE_SIZE) && this.cacheGen === gen) {
      i.taken = n;
      i.takenAddr = t;
      i.takenGen = gen;
    }
    return n;
  }

  private nativeInsn(addr: number): Insn {
    const i = new Insn();
    i.addr = addr;
    i.len = 1;
    i.mode64 = true;
    const fn = this.natives.get(addr);
    i.name = `native ${this.nativeNames.get(addr) ?? hex(addr)}`;
    i.op = (cpu: CPU) => {
      if (cpu.cpl !== 0) throw new CpuFault(GP, 0, 'native routine entered at CPL 3');
      if (!fn) throw new CpuFault(UD, 0, `no native routine at ${hex(addr)}`);
      fn(cpu);
      // A native routine returns like a C function: pop the return address.
      if (cpu.next === i.addr + i.len) {
        const lo = cpu.pop(8);
        cpu.jumpTo(lo, cpu.hi, 8);
      }
    };
    return i;
  }

  // ================= the run loop =================

  /** Executes up to `budget` instructions; returns how many were executed. */
  run(budget: number): number {
    let n = 0;
    this.stopRequested = false;
    while (n < budget && !this.stopRequested) {
      try {
        if (this.observeSteps && this.observer?.step) {
          for (; n < budget && !this.stopRequested; n++) {
            const i = this.fetchInsn(this.rip);
            this.next = i.addr + i.len;
            this.observer.step(this, i);
            i.op(this, i);
            this.rip = this.next;
            this.retired++;
          }
        } else {
          let i = this.fetchInsn(this.rip);
          for (;;) {
            this.next = i.addr + i.len;
            i.op(this, i);
            this.rip = this.next;
            this.retired++;
            n++;
            if (n >= budget || this.stopRequested) break;
            i = this.nextInsn(i);
          }
        }
      } catch (e) {
        n++;
        this.retired++;
        this.fault(e);
      }
    }
    return n;
  }

  /** Turns a thrown fault into exception delivery; anything else is a host bug and rethrows. */
  private fault(e: unknown): void {
    if (e instanceof PageFault) {
      this.cr2 = e.addr;
      this.lastFault = new CpuFault(PF, e.code, `page fault at ${hex(e.addr)}`);
      this.deliver(PF, e.code, false, this.rip);
    } else if (e instanceof CpuFault) {
      this.lastFault = e;
      this.deliver(e.vector, hasErrorCode(e.vector) ? e.errorCode : null, false, this.rip);
    } else throw e;
  }

  /** The last fault raised (for diagnostics: the kernel prints its detail). */
  lastFault: CpuFault | null = null;
  private delivering = 0;

  // ================= interrupts and exceptions (long-mode IDT) =================

  /**
   * Delivers vector through the IDT as a 64-bit kernel does (16-byte gates).
   * `soft` is `int n` (gate DPL is checked against CPL); `retAddr` is the RIP pushed.
   */
  deliver(vector: number, errorCode: number | null, soft: boolean, retAddr: number): void {
    if (this.delivering > 1) {
      this.fatal = `triple fault: ${VECTOR_NAMES[vector] ?? 'vector ' + vector} while delivering an exception${this.lastFault?.detail ? ' (' + this.lastFault.detail + ')' : ''}`;
      this.stopRequested = true;
      return;
    }
    if (soft) this.checkSoftGate(vector);
    this.delivering++;
    try {
      this.deliverInner(vector, errorCode, soft, retAddr);
    } catch (e) {
      if (e instanceof PageFault || e instanceof CpuFault) {
        // A fault while delivering. After a software interrupt (int n, int3, into) the
        // new fault is delivered in its place, reported against the instruction — e.g.
        // `int n` through a gate that is not present is #NP(n*8+2) (SDM Vol. 3 §6.15:
        // a double fault needs a contributory or page-fault first event). A fault while
        // delivering an exception is treated as a double fault.
        if (soft) {
          if (e instanceof PageFault) {
            this.cr2 = e.addr;
            this.lastFault = new CpuFault(PF, e.code, `page fault at ${hex(e.addr)}`);
            this.deliver(PF, e.code, false, this.rip);
          } else {
            this.lastFault = e;
            this.deliver(e.vector, hasErrorCode(e.vector) ? e.errorCode : null, false, this.rip);
          }
        } else this.deliver(8, 0, false, retAddr);
      } else throw e;
    } finally {
      this.delivering--;
    }
  }

  /** A software `int n` checks the gate's DPL against CPL before anything else (#GP(n*8+2)). */
  private checkSoftGate(vector: number): void {
    if (vector * 16 + 15 > this.idtLimit) throw new CpuFault(GP, vector * 8 + 2, `int ${hex(vector)}: beyond the IDT limit`);
    const saved = this.mem.user;
    this.mem.user = false;
    const w1 = this.mem.read32(this.idtBase + vector * 16 + 4);
    this.mem.user = saved;
    const dpl = (w1 >> 13) & 3;
    if (dpl < this.cpl) throw new CpuFault(GP, vector * 8 + 2, `int ${hex(vector)}: gate DPL ${dpl} < CPL ${this.cpl}`);
  }

  private deliverInner(vector: number, errorCode: number | null, soft: boolean, retAddr: number): void {
    this.observer?.exception?.(this, vector, errorCode, soft);
    if (vector * 16 + 15 > this.idtLimit) throw new CpuFault(GP, vector * 8 + 2, `vector ${vector} beyond the IDT limit`);
    const savedUser = this.mem.user;
    this.mem.user = false; // descriptor-table reads are supervisor accesses
    const g = this.idtBase + vector * 16;
    const w0 = this.mem.read32(g);
    const w1 = this.mem.read32(g + 4);
    const w2 = this.mem.read32(g + 8);
    this.mem.user = savedUser;
    const present = (w1 >>> 15) & 1;
    const dpl = (w1 >> 13) & 3;
    const type = (w1 >> 8) & 0xf;
    const ist = w1 & 7;
    const selector = (w0 >>> 16) & 0xffff;
    const target = toNum(((w1 & 0xffff0000) | (w0 & 0xffff)) | 0, w2);
    if (soft && dpl < this.cpl) throw new CpuFault(GP, vector * 8 + 2, `int ${hex(vector)}: gate DPL ${dpl} < CPL ${this.cpl}`);
    if (!present) throw new CpuFault(11, vector * 8 + 2, `IDT gate ${vector} not present`);
    if (type !== 0xe && type !== 0xf) throw new CpuFault(GP, vector * 8 + 2, `IDT gate ${vector} has type ${type}`);
    const oldSs = this.sel[SEG_SS];
    const oldRsp = this.reg64(RSP);
    const oldCs = this.sel[SEG_CS];
    const oldFlags = this.getRflags();
    let rsp: number;
    const newCpl = selector & 3; // target code segment DPL (kernel: 0)
    if (ist) rsp = this.readTss64(0x24 + (ist - 1) * 8);
    else if (newCpl < this.cpl) rsp = this.readTss64(4);
    else rsp = this.mode64 ? oldRsp : this.regs[RSP * 2] >>> 0;
    rsp -= ((rsp % 16) + 16) % 16; // the long-mode frame is 16-byte aligned
    this.cpl = newCpl;
    this.mem.user = false;
    this.mode64 = true;
    const frame = [oldSs, oldRsp, oldFlags, oldCs, retAddr];
    if (errorCode !== null) frame.push(errorCode);
    for (const v of frame) {
      rsp -= 8;
      const [lo, hi] = splitNum(v);
      this.mem.write64(rsp, lo, hi);
    }
    this.setReg64Num(RSP, rsp);
    this.sel[SEG_CS] = selector;
    if (newCpl < (oldCs & 3)) this.sel[SEG_SS] = newCpl; // long mode: SS becomes a null selector with RPL = new CPL
    let rest = this.flagsRest & ~(TF | NT | RF | VM);
    if (type === 0xe) rest &= ~IF;
    this.flagsRest = rest | 2;
    this.rip = target;
    this.next = target;
  }

  readTss64(off: number): number {
    const saved = this.mem.user;
    this.mem.user = false;
    const lo = this.mem.read32(this.trBase + off);
    const hi = this.mem.read32(this.trBase + off + 4);
    this.mem.user = saved;
    return toNum(lo, hi);
  }

  /**
   * Loads CS from a GDT descriptor as far transfers do: the mode comes from the L/D
   * bits, the CPL from the selector's RPL.
   */
  loadCs(selector: number): void {
    const d = this.readDescriptor(selector);
    const l = (d.hi >> 21) & 1;
    const db = (d.hi >> 22) & 1;
    if (!l && !db) throw new CpuFault(GP, selector & 0xfffc, '16-bit code segments are not supported');
    this.sel[SEG_CS] = selector;
    this.cpl = selector & 3;
    this.mem.user = this.cpl === 3;
    this.mode64 = l === 1;
  }

  /** Reads an 8-byte GDT descriptor; #GP if outside the GDT or not present. */
  readDescriptor(selector: number): { lo: number; hi: number; base: number } {
    const idx = selector & 0xfff8;
    if (selector & 4) throw new CpuFault(GP, selector & 0xfffc, 'LDT selectors are not supported');
    if (idx + 7 > this.gdtLimit) throw new CpuFault(GP, selector & 0xfffc, `selector ${hex(selector)} beyond the GDT limit`);
    const saved = this.mem.user;
    this.mem.user = false;
    const lo = this.mem.read32(this.gdtBase + idx);
    const hi = this.mem.read32(this.gdtBase + idx + 4);
    this.mem.user = saved;
    if (!((hi >> 15) & 1)) throw new CpuFault(11, selector & 0xfffc, `segment ${hex(selector)} not present`);
    const base = ((lo >>> 16) | ((hi & 0xff) << 16) | (hi & 0xff000000)) >>> 0;
    return { lo, hi, base };
  }

  /** mov to a data segment register (DS/ES/SS/FS/GS) — loads the base from the GDT. */
  loadDataSegment(seg: number, selector: number): void {
    if ((selector & 0xfffc) === 0) {
      if (seg === SEG_SS && (!this.mode64 || this.cpl === 3)) throw new CpuFault(GP, 0, 'null SS');
      this.sel[seg] = selector;
      if (!this.mode64 && (seg === SEG_FS || seg === SEG_GS)) this.segBase[seg] = 0;
      return;
    }
    const d = this.readDescriptor(selector);
    const dpl = (d.hi >> 13) & 3;
    const rpl = selector & 3;
    if (seg === SEG_SS ? dpl !== this.cpl || rpl !== this.cpl : dpl < Math.max(this.cpl, rpl) && ((d.hi >> 8) & 0x1c) !== 0x1c) {
      throw new CpuFault(GP, selector & 0xfffc, `segment ${hex(selector)} privilege check failed`);
    }
    this.sel[seg] = selector;
    // In 64-bit mode a selector load sets only the low 32 bits of the FS/GS base.
    if (seg === SEG_FS || seg === SEG_GS) this.segBase[seg] = d.base;
  }

  /** A one-line register dump for diagnostics. */
  describe(): string {
    const r = REG_NAMES64.map((n, k) => `${n}=${hex(this.reg64(k))}`).join(' ');
    return `rip=${hex(this.rip)} cpl=${this.cpl} ${this.mode64 ? '64-bit' : '32-bit'} rflags=${hex(this.getRflags())} ${r}`;
  }

  /** Hook for the FS/GS base MSRs from the run loop of the kernel. */
  get fsBase(): number {
    return this.segBase[SEG_FS];
  }
  set fsBase(v: number) {
    this.segBase[SEG_FS] = v;
  }
  get gsBase(): number {
    return this.segBase[SEG_GS];
  }
  set gsBase(v: number) {
    this.segBase[SEG_GS] = v;
  }
}

export { AC, ID };
