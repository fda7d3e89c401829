// Shared machinery of the SSE/SSE2 families: typed views of the XMM file, a 16-byte
// source scratch, 128/64/32-bit operand loads and stores with the hardware's alignment
// rule, and MXCSR bit names.
//
// XMM register n lives in cpu.xmmBytes[n*16 .. n*16+15] (little-endian lanes). Handlers
// read their source operand (register or memory) into the scratch `S*` arrays first and
// then write the destination register in place, so `op xmm1, xmm1` and faulting memory
// operands both behave: a fault leaves the destination untouched.

import type { CPU } from '../cpu.js';
import { CpuFault, GP, UD } from '../exceptions.js';
import type { Insn } from '../decode.js';
import { checkAlignment, checkLimit32, checkWrite, eaLow, eaW } from '../access.js';

// ---- MXCSR ----
export const MX_IE = 0x1;
export const MX_DE = 0x2;
export const MX_ZE = 0x4;
export const MX_OE = 0x8;
export const MX_UE = 0x10;
export const MX_PE = 0x20;
export const MX_DAZ = 0x40;
export const MX_FTZ = 0x8000;
/** Bits ldmxcsr/fxrstor accept (everything else is reserved: #GP). */
export const MXCSR_MASK = 0xffff;
/** AMD's MXCSR.MM (misaligned SSE mode, CPUID MisAlignSse): the AMD model accepts it. */
export const MX_MM = 0x20000;

/** The MXCSR bits this CPU model implements (FXSAVE's MXCSR_MASK): AMD adds MM (the host reports 0x2FFFF). */
export function mxcsrMask(cpu: CPU): number {
  return cpu.vendor === 'amd' ? MXCSR_MASK | MX_MM : MXCSR_MASK;
}

/** Rounding control values (MXCSR bits 13–14, also x87 CW bits 10–11). */
export const RC_NEAREST = 0, RC_DOWN = 1, RC_UP = 2, RC_ZERO = 3;

// ---- typed views of one CPU's XMM file (cached for the last CPU seen) ----

export class XmmViews {
  readonly u8: Uint8Array;
  readonly i8: Int8Array;
  readonly u16: Uint16Array;
  readonly i16: Int16Array;
  readonly i32: Int32Array;
  readonly u32: Uint32Array;
  constructor(buf: ArrayBuffer, off = 0) {
    this.u8 = new Uint8Array(buf, off, 256);
    this.i8 = new Int8Array(buf, off, 256);
    this.u16 = new Uint16Array(buf, off, 128);
    this.i16 = new Int16Array(buf, off, 128);
    this.i32 = new Int32Array(buf, off, 64);
    this.u32 = new Uint32Array(buf, off, 64);
  }
}

let lastCpu: CPU | null = null;
let lastViews: XmmViews | null = null;
const viewCache = new WeakMap<CPU, XmmViews>();

/** Typed views of cpu.xmmBytes. */
export function xv(cpu: CPU): XmmViews {
  if (cpu === lastCpu && lastViews !== null) return lastViews;
  let v = viewCache.get(cpu);
  if (!v) {
    const b = cpu.xmmBytes;
    if (b.byteOffset !== 0) throw new Error('xmmBytes must start its buffer');
    v = new XmmViews(b.buffer as ArrayBuffer);
    viewCache.set(cpu, v);
  }
  lastCpu = cpu;
  lastViews = v;
  return v;
}

// ---- the source scratch (16 bytes) and a result scratch (16 bytes) ----

const scratchBuf = new ArrayBuffer(32);
export const S8 = new Uint8Array(scratchBuf, 0, 16);
export const SI8 = new Int8Array(scratchBuf, 0, 16);
export const S16 = new Uint16Array(scratchBuf, 0, 8);
export const SI16 = new Int16Array(scratchBuf, 0, 8);
export const S32 = new Int32Array(scratchBuf, 0, 4);
/** Result scratch for shuffles that read the destination while writing it. */
export const R8 = new Uint8Array(scratchBuf, 16, 16);
export const R16 = new Uint16Array(scratchBuf, 16, 8);
export const R32 = new Int32Array(scratchBuf, 16, 4);

// ---- memory ----

/** #GP(0) for a misaligned 16-byte operand of an instruction that requires alignment. */
export function checkAlign16(i: Insn, a: number): void {
  if ((a & 15) !== 0) throw new CpuFault(GP, 0, `misaligned 16-byte operand ${i.name} at 0x${(a >>> 0).toString(16)}`);
}

/**
 * The address of a 16-byte operand that must be aligned: misalignment is #GP(0) before
 * the address's canonical form is checked (a misaligned non-canonical rBP-based operand
 * is #GP, not #SS, on the host). `write` adds the CS-override check of a store. In AMD's
 * misaligned SSE mode (MXCSR.MM) only the explicitly aligned moves (`explicit`: movaps,
 * movapd, movdqa, movnt*, fxsave/fxrstor) still check (AMD APM vol. 1 §4.3.2).
 */
export function alignedEa(cpu: CPU, i: Insn, write = false, explicit = false): number {
  if (explicit || !(cpu.mxcsr & MX_MM)) checkAlign16(i, eaLow(cpu, i));
  return write ? eaW(cpu, i) : cpu.ea(i);
}

/** Reads 16 bytes at `a` into dst[k..k+3] (past 4 GiB outside 64-bit mode: #GP, the segment limit). */
export function load128(cpu: CPU, a: number, dst: Int32Array, k: number): void {
  const m = cpu.mem;
  if ((a & 0xfff) > 0xff0 && !cpu.mode64) checkLimit32(cpu, a, 16);
  checkAlignment(cpu, a, 16); // #AC for a misaligned movups/movdqu with alignment checking on (host)
  const l0 = m.read64(a);
  const h0 = m.hi;
  const l1 = m.read64(a + 8);
  dst[k] = l0;
  dst[k + 1] = h0;
  dst[k + 2] = l1;
  dst[k + 3] = m.hi;
}

/** Writes src[k..k+3] as 16 bytes at `a` (a page-crossing store faults before writing). */
export function store128(cpu: CPU, a: number, src: Int32Array, k: number): void {
  const m = cpu.mem;
  if ((a & 0xfff) > 0xff0 && !cpu.mode64) checkLimit32(cpu, a, 16);
  checkAlignment(cpu, a, 16);
  if ((a & 0xfff) > 0xff0) checkWrite(cpu, a, 16);
  m.write64(a, src[k], src[k + 1]);
  m.write64(a + 8, src[k + 2], src[k + 3]);
}

/**
 * Reads the 128-bit r/m source (XMM register or m128) into S32. `align` applies the
 * legacy-SSE rule: memory operands must be 16-byte aligned (#GP(0) otherwise).
 */
export function src128(cpu: CPU, i: Insn, align: boolean, explicit = false): void {
  if (i.mod === 3) {
    const x = cpu.xmm32;
    const r = i.rm * 4;
    S32[0] = x[r];
    S32[1] = x[r + 1];
    S32[2] = x[r + 2];
    S32[3] = x[r + 3];
    return;
  }
  const a = align ? alignedEa(cpu, i, false, explicit) : cpu.ea(i);
  load128(cpu, a, S32, 0);
}

/** Reads the low 64 bits of the r/m source (XMM register or m64) into S32[0..1]. */
export function src64(cpu: CPU, i: Insn): void {
  if (i.mod === 3) {
    const x = cpu.xmm32;
    const r = i.rm * 4;
    S32[0] = x[r];
    S32[1] = x[r + 1];
    return;
  }
  S32[0] = cpu.readMem(cpu.ea(i), 8);
  S32[1] = cpu.hi;
}

/** Reads the low 32 bits of the r/m source (XMM register or m32) into S32[0]. */
export function src32(cpu: CPU, i: Insn): void {
  if (i.mod === 3) {
    S32[0] = cpu.xmm32[i.rm * 4];
    return;
  }
  S32[0] = cpu.readMem(cpu.ea(i), 4);
}

/** Copies S32 into XMM register n. */
export function putS(cpu: CPU, n: number): void {
  const x = cpu.xmm32;
  const r = n * 4;
  x[r] = S32[0];
  x[r + 1] = S32[1];
  x[r + 2] = S32[2];
  x[r + 3] = S32[3];
}

/** Copies R32 into XMM register n. */
export function putR(cpu: CPU, n: number): void {
  const x = cpu.xmm32;
  const r = n * 4;
  x[r] = R32[0];
  x[r + 1] = R32[1];
  x[r + 2] = R32[2];
  x[r + 3] = R32[3];
}

/** #UD for register forms of memory-only instructions (and vice versa). */
export function ud(i: Insn, why: string): CpuFault {
  return new CpuFault(UD, 0, `${i.name}: ${why}`);
}
