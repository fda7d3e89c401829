// Boot: lay out kernel memory (text, native region, GDT, IDT, TSS, per-CPU area,
// system-call tables), then run the real x86 boot routine `sysgate_boot` from
// guest/kernel/entry_64.S at CPL 0: it executes lgdt, lidt, ltr and the wrmsr's that
// Linux's syscall_init() performs.

import { PAGE_SIZE, PTE_R, PTE_W, PTE_X } from '../mem/memory.js';
import { RDI, RSP, SEG_CS, SEG_SS } from '../cpu/cpu.js';
import { ENTRY_IMAGE_BASE64, ENTRY_SYMBOLS } from './generated/entry_image.js';
import {
  kaddr, KERNEL_TEXT, NATIVE_BASE, NATIVE_SIZE, GDT_BASE, IDT_BASE, TSS_BASE, BOOT_PARAMS, PERCPU_BASE,
  ENTRY_STACK_BASE, ENTRY_STACK_SIZE, SYS_CALL_TABLE, IA32_SYS_CALL_TABLE, __KERNEL_CS, __KERNEL_DS, TSS_SELECTOR,
} from './layout.js';
import type { Kernel } from './kernel.js';

export function decodeBase64(s: string): Uint8Array {
  if (typeof atob === 'function') {
    const bin = atob(s);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  throw new Error('no base64 decoder');
}

/** Entry-image symbols as signed-canonical addresses. */
export function entrySymbols(): Map<string, number> {
  const m = new Map<string, number>();
  for (const [name, hex] of Object.entries(ENTRY_SYMBOLS)) m.set(name, kaddr(hex));
  return m;
}

/** Maps kernel pages (supervisor only) at [addr, addr+size). */
function mapKernel(k: Kernel, addr: number, size: number, prot: number): void {
  const n = Math.ceil(size / PAGE_SIZE);
  if (!k.as.mapAnon(addr / PAGE_SIZE, n, prot)) throw new Error('out of memory while booting');
}

/** A GDT code/data descriptor. */
function segDesc(type: number, dpl: number, l: boolean, db: boolean): bigint {
  // base 0, limit 0xfffff, G=1, P=1, S=1
  const hi = (0xf << 16) | (1 << 15) | (dpl << 13) | (1 << 12) | (type << 8) | (l ? 1 << 21 : 0) | (db ? 1 << 22 : 0) | (1 << 23);
  return (BigInt(hi >>> 0) << 32n) | 0xffffn;
}

export const GDT_ENTRIES = 16;

export function boot(k: Kernel): void {
  const mem = k.as;
  const cpu = k.cpu;
  const sym = k.symbols;
  const image = decodeBase64(ENTRY_IMAGE_BASE64);

  // kernel text and the native-call region
  mapKernel(k, KERNEL_TEXT, image.length, PTE_R | PTE_X);
  mem.writeBytes(KERNEL_TEXT, image, false, true);
  mapKernel(k, NATIVE_BASE, NATIVE_SIZE, PTE_R | PTE_X);
  mem.writeBytes(NATIVE_BASE, new Uint8Array(NATIVE_SIZE).fill(0xcc), false, true);
  cpu.setNativeRegion(NATIVE_BASE, NATIVE_BASE + NATIVE_SIZE);

  // descriptor tables, TSS, per-CPU area, entry stack, boot parameters
  mapKernel(k, GDT_BASE, PAGE_SIZE, PTE_R | PTE_W);
  mapKernel(k, IDT_BASE, PAGE_SIZE, PTE_R);
  mapKernel(k, TSS_BASE, PAGE_SIZE, PTE_R | PTE_W);
  mapKernel(k, BOOT_PARAMS, PAGE_SIZE, PTE_R | PTE_W);
  mapKernel(k, PERCPU_BASE, PAGE_SIZE, PTE_R | PTE_W);
  mapKernel(k, ENTRY_STACK_BASE, ENTRY_STACK_SIZE, PTE_R | PTE_W);

  const w64 = (addr: number, v: bigint) => {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, v), true);
    mem.writeBytes(addr, b, false, true);
  };
  const u = (addr: number) => BigInt.asUintN(64, BigInt(addr));

  // GDT (Linux x86-64 layout)
  const gdt: bigint[] = new Array<bigint>(GDT_ENTRIES).fill(0n);
  gdt[1] = segDesc(0xb, 0, false, true); // __KERNEL32_CS
  gdt[2] = segDesc(0xb, 0, true, false); // __KERNEL_CS
  gdt[3] = segDesc(0x3, 0, false, true); // __KERNEL_DS
  gdt[4] = segDesc(0xb, 3, false, true); // __USER32_CS
  gdt[5] = segDesc(0x3, 3, false, true); // __USER_DS
  gdt[6] = segDesc(0xb, 3, true, false); // __USER_CS
  // TSS: a 16-byte system descriptor (type 9 = available 64-bit TSS), limit 0x67
  const tb = u(TSS_BASE);
  const tlo = 0x67n | ((tb & 0xffffffn) << 16n) | (0x89n << 40n) | (((tb >> 24n) & 0xffn) << 56n);
  gdt[8] = tlo;
  gdt[9] = tb >> 32n;
  gdt.forEach((d, i) => w64(GDT_BASE + i * 8, d));

  // IDT: exception stubs (interrupt gates, DPL 0; #BP and #OF DPL 3 as Linux's system
  // gates) and vector 0x80 → entry_INT80_compat (Linux 6.1: an interrupt gate with DPL 3,
  // SYSG() in arch/x86/kernel/idt.c).
  const gate = (vector: number, target: number, dpl: number, type: number) => {
    const t = u(target);
    const lo = (t & 0xffffn) | (BigInt(__KERNEL_CS) << 16n) | (BigInt(((1 << 15) | (dpl << 13) | (type << 8)) >>> 0) << 32n) | (((t >> 16n) & 0xffffn) << 48n);
    w64(IDT_BASE + vector * 16, lo);
    w64(IDT_BASE + vector * 16 + 8, t >> 32n);
  };
  for (let v = 0; v <= 21; v++) {
    const a = sym.get(`asm_exc_${v}`);
    if (a === undefined) continue;
    gate(v, a, v === 3 || v === 4 ? 3 : 0, 0xe);
  }
  gate(0x80, req(sym, 'entry_INT80_compat'), 3, 0xe);

  // TSS: rsp0 is set per task when it is scheduled
  w64(TSS_BASE + 0x66, 0x68n); // I/O map base beyond the limit: no I/O bitmap

  // system-call tables: arrays of routine addresses in kernel memory
  const tableBytes = (n: number) => Math.ceil((n * 8) / PAGE_SIZE) * PAGE_SIZE;
  mapKernel(k, SYS_CALL_TABLE, tableBytes(k.table64.length), PTE_R | PTE_W);
  mapKernel(k, IA32_SYS_CALL_TABLE, tableBytes(k.table32.length), PTE_R | PTE_W);
  k.table64.forEach((addr, nr) => w64(SYS_CALL_TABLE + nr * 8, u(addr)));
  k.table32.forEach((addr, nr) => w64(IA32_SYS_CALL_TABLE + nr * 8, u(addr)));
  mem.protect(SYS_CALL_TABLE / PAGE_SIZE, tableBytes(k.table64.length) / PAGE_SIZE, PTE_R);
  mem.protect(IA32_SYS_CALL_TABLE / PAGE_SIZE, tableBytes(k.table32.length) / PAGE_SIZE, PTE_R);

  // boot parameter block for sysgate_boot (see entry_64.S)
  const gdtLimit = GDT_ENTRIES * 8 - 1;
  const bp = new Uint8Array(64);
  const dv = new DataView(bp.buffer);
  dv.setUint16(0, gdtLimit, true);
  dv.setBigUint64(2, u(GDT_BASE), true);
  dv.setUint16(16, 256 * 16 - 1, true);
  dv.setBigUint64(18, u(IDT_BASE), true);
  dv.setUint16(32, TSS_SELECTOR, true);
  dv.setBigUint64(40, u(PERCPU_BASE), true);
  dv.setBigUint64(48, u(ENTRY_STACK_BASE + ENTRY_STACK_SIZE), true);
  mem.writeBytes(BOOT_PARAMS, bp, false, true);

  // run sysgate_boot at CPL 0 until its hlt
  cpu.cpl = 0;
  mem.user = false;
  cpu.mode64 = true;
  cpu.sel[SEG_CS] = __KERNEL_CS;
  cpu.sel[SEG_SS] = __KERNEL_DS;
  cpu.setReg64Num(RSP, ENTRY_STACK_BASE + ENTRY_STACK_SIZE);
  cpu.setReg64Num(RDI, BOOT_PARAMS);
  cpu.rip = req(sym, 'sysgate_boot');
  cpu.halted = false;
  cpu.run(10_000);
  if (!cpu.halted || cpu.fatal) throw new Error(`kernel boot failed: ${cpu.fatal ?? cpu.lastFault?.detail ?? 'did not reach hlt'}`);
  cpu.halted = false;
  cpu.lastFault = null;
}

export function req(sym: Map<string, number>, name: string): number {
  const a = sym.get(name);
  if (a === undefined) throw new Error(`kernel image has no symbol ${name}`);
  return a;
}
