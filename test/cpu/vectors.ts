// Instruction test vectors: bytes, an initial state, and the expected final state, run
// on a bare CPU (test/cpu/harness.ts). The "native" tables in the *.test.ts files were
// produced by executing the same bytes on an x86-64 host (AMD Zen, Linux) from the same
// initial state and recording registers, flags and memory (or the fault) afterwards;
// flags that Intel leaves undefined — and where AMD differs — are masked out and
// checked separately against the Intel-defined choices.

import { runCode, setReg, reg, DATA, CODE } from './harness.js';
import { PTE_R, PTE_U } from '../../src/mem/memory.js';
import type { CPU } from '../../src/cpu/cpu.js';

export interface Vector {
  /** What the vector checks (Intel syntax). */
  n: string;
  /** Instruction bytes (hex). */
  c: string;
  /** Initial registers: index → hex value (others 0; RSP is the harness's). */
  r?: Record<number, string>;
  /** Initial RFLAGS (default 0x202). */
  f?: number;
  /** Regions [offset, length] of the data area filled with the pattern `patternByte`. */
  p?: Array<[number, number]>;
  /** Bytes written at DATA + offset before running (after the pattern). */
  m?: Array<[number, string]>;
  /** Data pages (index from DATA) made read-only. */
  ro?: number[];
  /** Expected registers that differ from the initial ones. */
  x?: Record<number, string>;
  /** Expected RFLAGS & k. */
  xf: number;
  /** Flag mask (default CF PF ZF SF OF DF). */
  k?: number;
  /** Expected bytes at DATA + offset. */
  xm?: [number, string];
  /** Expected FNV-1a hash of the bytes [offset, offset + length) of the data area. */
  xs?: [number, number, string];
  /** Expected fault vector; the state is then the one at the faulting instruction. */
  xv?: number;
  /** Expected RIP offset (from the code start) at a fault. */
  xr?: number;
}

export const DEFAULT_MASK = 0xcc5;

/** The fill pattern for `p` regions: a function of the offset from DATA. */
export function patternByte(k: number): number {
  return (k * 37 + 11 + (k >> 8)) & 0xff;
}

/** 32-bit FNV-1a of bytes, as 8 hex digits. */
export function fnv1a(b: Uint8Array): string {
  let h = 0x811c9dc5;
  for (const x of b) h = Math.imul(h ^ x, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

function hexBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length / 2);
  for (let k = 0; k < out.length; k++) out[k] = parseInt(s.slice(2 * k, 2 * k + 2), 16);
  return out;
}

function toHex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** Runs one vector; returns a list of mismatches (empty when it passes). */
export function runVector(v: Vector, mode64 = true, setup?: (cpu: CPU) => void): string[] {
  const nregs = mode64 ? 16 : 8;
  const init: bigint[] = [];
  for (let k = 0; k < 16; k++) init.push(BigInt('0x' + (v.r?.[k] ?? '0')));
  const { cpu, fault } = runCode(
    hexBytes(v.c),
    (c) => {
      for (let k = 0; k < nregs; k++) if (k !== 4) setReg(c, k, init[k]);
      c.setRflags(v.f ?? 0x202);
      for (const [off, len] of v.p ?? []) {
        const b = new Uint8Array(len);
        for (let k = 0; k < len; k++) b[k] = patternByte(off + k);
        c.mem.writeBytes(DATA + off, b, false, true);
      }
      for (const [off, hx] of v.m ?? []) c.mem.writeBytes(DATA + off, hexBytes(hx), false, true);
      for (const pg of v.ro ?? []) c.mem.protect(DATA / 4096 + pg, 1, PTE_R | PTE_U);
      setup?.(c);
    },
    { mode64 },
  );
  const errs: string[] = [];
  for (let k = 0; k < nregs; k++) {
    if (k === 4) continue;
    const want = v.x?.[k] !== undefined ? BigInt('0x' + v.x[k]) : init[k];
    const got = reg(cpu, k);
    if (got !== want) errs.push(`r${k} = ${got.toString(16)}, want ${want.toString(16)}`);
  }
  const mask = v.k ?? DEFAULT_MASK;
  const fl = cpu.getRflags() & mask;
  if (fl !== v.xf) errs.push(`flags & ${mask.toString(16)} = ${fl.toString(16)}, want ${v.xf.toString(16)}`);
  if (v.xm) {
    const [off, hx] = v.xm;
    const got = toHex(cpu.mem.readBytes(DATA + off, hx.length / 2, false));
    if (got !== hx) errs.push(`memory at +${off.toString(16)} = ${got}, want ${hx}`);
  }
  if (v.xs) {
    const [off, len, h] = v.xs;
    const got = fnv1a(cpu.mem.readBytes(DATA + off, len, false));
    if (got !== h) errs.push(`memory [+${off.toString(16)}, +${(off + len).toString(16)}) hashes to ${got}, want ${h}`);
  }
  if (v.xv !== undefined) {
    if (cpu.lastFault?.vector !== v.xv) errs.push(`fault ${fault ?? 'none'}, want vector ${v.xv}`);
    else if (v.xr !== undefined && cpu.rip - CODE !== v.xr) errs.push(`fault at +${cpu.rip - CODE}, want +${v.xr}`);
  } else if (fault) errs.push(`unexpected fault: ${fault}`);
  return errs;
}

/** Runs a table of vectors; returns "name: mismatch" lines for those that fail. */
export function runVectors(vs: Vector[], mode64 = true): string[] {
  const out: string[] = [];
  for (const v of vs) {
    const e = runVector(v, mode64);
    if (e.length) out.push(`${v.n} [${v.c}]: ${e.join('; ')}`);
  }
  return out;
}
