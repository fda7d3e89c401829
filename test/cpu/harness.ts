// A bare CPU with no kernel, for instruction-level tests: code at 0x400000, a data page
// at 0x600000, a stack below 0x800000. Runs at CPL 3 until RIP reaches the end of the
// code; a fault stops it (no IDT) and is reported in `fault`. Tests that need descriptor
// tables install Linux's with `tables` (supervisor pages at KBASE) and gates with `gate`.

import { AddressSpace, PhysMem, PTE_R, PTE_W, PTE_X, PTE_U } from '../../src/mem/memory.js';
import { CPU } from '../../src/cpu/index.js';

export const CODE = 0x400000;
export const DATA = 0x600000;
export const STACK_TOP = 0x800000;

export interface RunResult {
  cpu: CPU;
  /** Description of the fault that stopped execution, or null. */
  fault: string | null;
}

/** The harness's address space: code pages at CODE (rwx), 4 data pages at DATA, 4 stack pages below STACK_TOP. */
export function makeAddressSpace(codePages: number): AddressSpace {
  const mem = new AddressSpace(new PhysMem({ maxBytes: 16 << 20 }));
  mem.mapAnon(CODE / 4096, codePages, PTE_R | PTE_X | PTE_U | PTE_W);
  mem.mapAnon(DATA / 4096, 4, PTE_R | PTE_W | PTE_U);
  mem.mapAnon(STACK_TOP / 4096 - 4, 4, PTE_R | PTE_W | PTE_U);
  return mem;
}

/** A CPU at CPL 3 with `code` at CODE; `mem` reuses an address space (its pages keep their contents). */
export function makeCpu(code: ArrayLike<number>, mode64 = true, mem = makeAddressSpace(Math.ceil((code.length + 1) / 4096))): CPU {
  const cpu = new CPU(mem);
  mem.writeBytes(CODE, Uint8Array.from(code), false, true);
  cpu.cpl = 3;
  mem.user = true;
  cpu.mode64 = mode64;
  cpu.sel[1] = mode64 ? 0x33 : 0x23;
  cpu.rip = CODE;
  cpu.setReg64Num(4, STACK_TOP - 64);
  return cpu;
}

/** Runs the code to its end (or a fault); `setup` can preset registers and memory. */
export function runCode(code: ArrayLike<number>, setup?: (cpu: CPU) => void, opts: { mode64?: boolean; max?: number; mem?: AddressSpace } = {}): RunResult {
  const cpu = makeCpu(code, opts.mode64 ?? true, opts.mem);
  setup?.(cpu);
  const end = CODE + code.length;
  let n = 0;
  const max = opts.max ?? 1_000_000;
  while (cpu.rip !== end && n < max) {
    const retiredBefore = cpu.retired;
    cpu.run(1);
    n++;
    if (cpu.lastFault || cpu.fatal) {
      return { cpu, fault: cpu.lastFault ? `vector ${cpu.lastFault.vector}: ${cpu.lastFault.detail}` : cpu.fatal };
    }
    if (cpu.retired === retiredBefore) break;
  }
  return { cpu, fault: null };
}

/** Register value as an unsigned BigInt. */
export function reg(cpu: CPU, n: number): bigint {
  return cpu.reg64Big(n);
}

/** Sets a register from a BigInt. */
export function setReg(cpu: CPU, n: number, v: bigint): void {
  const u = BigInt.asUintN(64, v);
  cpu.regs[n * 2] = Number(u & 0xffffffffn) | 0;
  cpu.regs[n * 2 + 1] = Number(u >> 32n) | 0;
}

// ---- a GDT/IDT/TSS laid out as Linux's (kernel pages; no gates until `gate` adds them) ----

export const KBASE = 0x900000; // GDT at +0, IDT at +0x1000, TSS at +0x2000, kernel stack top at +0x4000
export const GDT = KBASE;
export const IDT = KBASE + 0x1000;
export const TSS = KBASE + 0x2000;
export const KSTACK_TOP = KBASE + 0x4000;

/** Writes a 64-bit value (a descriptor, a frame slot) ignoring page protections. */
export function w64(cpu: CPU, addr: number, v: bigint): void {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, v), true);
  cpu.mem.writeBytes(addr, b, false, true);
}

/** A flat code/data descriptor as Linux's GDT has them (base 0, limit 4 GiB). */
export function seg(type: number, dpl: number, l: boolean, db: boolean): bigint {
  const hi = (0xf << 16) | (1 << 15) | (dpl << 13) | (1 << 12) | (type << 8) | (l ? 1 << 21 : 0) | (db ? 1 << 22 : 0) | (1 << 23);
  return (BigInt(hi >>> 0) << 32n) | 0xffffn;
}

/**
 * Maps the kernel pages and installs Linux 6.1's x86-64 GDT (arch/x86/include/asm/
 * segment.h): the kernel and user code/data segments, the TSS, and GDT_ENTRY_CPUNODE
 * (0x7b: read-only expand-down data whose limit holds the CPU number — CPU 0 here, as
 * setup_getcpu() writes it). TLS entries 12–14 and the LDT slots are empty. With
 * `install` false the pages are already there (a reused address space): only the CPU's
 * table registers are set.
 */
export function tables(cpu: CPU, install = true): void {
  if (install) {
    cpu.mem.mapAnon(KBASE / 4096, 4, PTE_R | PTE_W);
    const gdt: bigint[] = new Array<bigint>(16).fill(0n);
    gdt[1] = seg(0xb, 0, false, true); // 0x08 __KERNEL32_CS
    gdt[2] = seg(0xb, 0, true, false); // 0x10 __KERNEL_CS
    gdt[3] = seg(0x3, 0, false, true); // 0x18 __KERNEL_DS
    gdt[4] = seg(0xb, 3, false, true); // 0x23 __USER32_CS
    gdt[5] = seg(0x3, 3, false, true); // 0x2b __USER_DS
    gdt[6] = seg(0xb, 3, true, false); // 0x33 __USER_CS
    const tb = BigInt(TSS);
    gdt[8] = 0x67n | ((tb & 0xffffffn) << 16n) | (0x89n << 40n) | (((tb >> 24n) & 0xffn) << 56n); // 0x40 TSS (available, 64-bit)
    gdt[15] = seg(0x5, 3, false, true) & ~(0xffffn | (0xfn << 48n) | (1n << 55n)); // 0x7b CPUNODE: limit 0 (CPU 0, node 0), G = 0
    gdt.forEach((d, k) => w64(cpu, GDT + k * 8, d));
    w64(cpu, TSS + 4, BigInt(KSTACK_TOP)); // rsp0
  }
  cpu.gdtBase = GDT;
  cpu.gdtLimit = 16 * 8 - 1;
  cpu.idtBase = IDT;
  cpu.idtLimit = 256 * 16 - 1;
  cpu.trBase = TSS;
}

/** A 64-bit interrupt gate to `target` in __KERNEL_CS. */
export function gate(cpu: CPU, vector: number, target: number, dpl: number, present = true): void {
  const t = BigInt(target);
  const lo = (t & 0xffffn) | (0x10n << 16n) | (BigInt((((present ? 1 : 0) << 15) | (dpl << 13) | (0xe << 8)) >>> 0) << 32n) | (((t >> 16n) & 0xffffn) << 48n);
  w64(cpu, IDT + vector * 16, lo);
  w64(cpu, IDT + vector * 16 + 8, t >> 32n);
}
