// The instruction fuzzer's test cases: a code stream and the complete initial state,
// in the line format guest/tools/runstream.c reads. The same case runs natively (the
// runner) and under sysgate's CPU (emu.ts), from this one description:
//
//   code    at 0x400000 (one rwx page; the bytes after the stream are zero)
//   data    0x600000–0x604000 (rw), stack 0x7fc000–0x800000 (rw), both filled from MSEED
//   xmm     XMMk dword d = pattern32(XSEED, k*16 + d*4); x87 empty (FNINIT state) with FCW
//   regs    as given (RSP in the stack area); segments as Linux starts a process
//           (64-bit: CS 0x33, SS 0x2b, the others null; 32-bit: CS 0x23, all data
//           segments 0x2b — FS/GS too, flat, so that 64h/65h prefixes mean the same on
//           both sides: sysgate does not model a null selector in compatibility mode)

import { CODE, DATA, STACK_TOP } from '../harness.js';

export { CODE, DATA };
export const DATA_SIZE = 0x4000;
export const STACK = STACK_TOP - 0x4000;
export const STACK_SIZE = 0x4000;
/** Instructions counted per run (REP iterations count once), on both sides. */
export const LIMIT = 50;
/** Single steps allowed natively (REP iterations included); past it the case is skipped. */
export const RAW_LIMIT = 200000;

export interface FuzzCase {
  mode64: boolean;
  code: number[];
  rflags: number;
  mxcsr: number;
  fcw: number;
  xseed: number;
  mseed: number;
  /** rax rcx rdx rbx rsp rbp rsi rdi r8–r15 (8 in 32-bit mode), unsigned. */
  regs: bigint[];
}

/** lowbias32: the mixing function every pattern byte derives from (runstream.c: mix). */
export function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The 32-bit word at address `a` (a multiple of 4) of the pattern seeded by `seed`. */
export function pattern32(seed: number, a: number): number {
  return mix((a ^ mix(seed)) >>> 0);
}

export function patternBytes(seed: number, addr: number, len: number): Uint8Array {
  const b = new Uint8Array(len);
  const dv = new DataView(b.buffer);
  for (let k = 0; k < len; k += 4) dv.setUint32(k, pattern32(seed, addr + k), true);
  return b;
}

const hex = (v: number | bigint) => v.toString(16);

/** The runner's input line: CODEHEX RFLAGS MXCSR FCW XSEED MSEED R0 ... (hex). */
export function caseLine(c: FuzzCase): string {
  const code = c.code.map((b) => b.toString(16).padStart(2, '0')).join('');
  return [code, hex(c.rflags), hex(c.mxcsr), hex(c.fcw), hex(c.xseed), hex(c.mseed), ...c.regs.map(hex)].join(' ');
}

export function parseCaseLine(line: string, mode64: boolean): FuzzCase {
  const f = line.trim().split(/\s+/);
  const code = (f[0].match(/../g) ?? []).map((x) => parseInt(x, 16));
  const n = (k: number) => parseInt(f[k], 16);
  return { mode64, code, rflags: n(1), mxcsr: n(2), fcw: n(3), xseed: n(4), mseed: n(5), regs: f.slice(6).map((x) => BigInt('0x' + x)) };
}

/** xorshift32: a small seeded generator (deterministic slices need the same cases). */
export class Rng {
  constructor(private s: number) {
    if (!this.s) this.s = 0x9e3779b9;
  }
  next(): number {
    let s = this.s;
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    this.s = s >>> 0;
    return this.s;
  }
  below(n: number): number {
    return this.next() % n;
  }
  pick<T>(a: readonly T[]): T {
    return a[this.below(a.length)];
  }
}

// Values that sit on edges: signs, widths, selectors (segment loads take them).
const INTERESTING = [0n, 1n, 2n, 0x7fn, 0x80n, 0xffn, 0x7fffn, 0x8000n, 0xffffn, 0x7fffffffn, 0x80000000n, 0xffffffffn,
  0x7fffffffffffffffn, 0x8000000000000000n, 0xffffffffffffffffn, 0x23n, 0x2bn, 0x33n, 0x7bn, 0x63n, 0x10n, 0x1fn, 0x20n, 0x3fn, 0x40n];

function registerValue(r: Rng, mode64: boolean): bigint {
  const k = r.below(10);
  let v: bigint;
  if (k < 4) v = BigInt(DATA + (r.below(2) ? r.below(DATA_SIZE) : r.below(DATA_SIZE / 16) * 16));
  else if (k < 6) v = BigInt(r.below(0x41));
  else if (k < 8) v = r.pick(INTERESTING);
  else v = (BigInt(r.next()) << 32n) | BigInt(r.next());
  return BigInt.asUintN(mode64 ? 64 : 32, v);
}

// One-byte opcodes worth more than their 1/256 share: the 0F escape and the ALU rows.
const LEGACY_PREFIXES = [0x66, 0x66, 0xf2, 0xf3, 0x67, 0x2e, 0x64, 0x65, 0xf0];

/** A stream of plausible instructions: prefixes, an opcode (0F maps weighted up), ModRM, bytes. */
function instructionBytes(r: Rng, mode64: boolean, out: number[]): void {
  while (r.below(3) === 0) out.push(r.pick(LEGACY_PREFIXES));
  if (mode64 && r.below(2)) out.push(0x40 | r.below(16));
  const map = r.below(8);
  if (map < 3) out.push(r.below(256));
  else if (map < 6) out.push(0x0f, r.below(256));
  else out.push(0x0f, r.below(2) ? 0x38 : 0x3a, r.below(256));
  // ModRM: registers half the time, else memory through a base register (pointers into the data area)
  out.push(r.below(2) ? 0xc0 | r.below(64) : (r.below(2) ? 0x40 : 0) | (r.below(8) << 3) | r.pick([0, 1, 2, 3, 6, 7]));
  const tail = r.below(5);
  for (let k = 0; k < tail; k++) out.push(r.below(256));
}

/** A random case: half purely random bytes, half instruction-shaped streams. */
export function genCase(r: Rng, mode64: boolean): FuzzCase {
  const code: number[] = [];
  if (r.below(2)) while (code.length < 24) code.push(r.below(256));
  else while (code.length < 16) instructionBytes(r, mode64, code);
  const nregs = mode64 ? 16 : 8;
  const regs = Array.from({ length: nregs }, () => registerValue(r, mode64));
  regs[4] = BigInt(STACK_TOP - 0x1000 - 16 * r.below(64));
  let rflags = 0x202 | (r.next() & 0x8d5);
  if (r.below(8) === 0) rflags |= 0x400; // DF
  let mxcsr = 0x1f80;
  const m = r.below(16);
  if (m === 0) mxcsr |= r.next() & 0x6000; // rounding
  else if (m === 1) mxcsr |= 0x8040; // FTZ, DAZ
  else if (m === 2) mxcsr &= ~(r.next() & 0x1f80); // unmasked exceptions
  let fcw = 0x37f;
  const f = r.below(16);
  if (f === 0) fcw = (fcw & ~0xf00) | (r.next() & 0xf00); // rounding, precision
  else if (f === 1) fcw &= ~(r.next() & 0x3f); // unmasked exceptions
  return { mode64, code, rflags, mxcsr, fcw, xseed: r.next(), mseed: r.next(), regs };
}
