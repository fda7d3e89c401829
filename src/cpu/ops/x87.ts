// x87 floating point: the D8–DF escapes and FWAIT (9B).
//
// ---------------------------------------------------------------------------------
// Precision: the registers hold true 80-bit extended values (64-bit significand, 15-bit
// exponent) and add/sub/mul/div/sqrt/frndint/fscale/fprem/integer and BCD conversions
// are computed exactly and rounded once, per the control word's rounding control (RC)
// and precision control (PC: 24, 53 or 64 bits; the exponent range stays extended, as
// on the hardware). Loads and stores of m32/m64/m80, FNSAVE/FRSTOR/FXSAVE images and
// the flags (IE DE ZE OE UE PE SF, C1 as "rounded up", C0–C3 of compares, FXAM, FPREM)
// follow the hardware bit for bit; 80-bit denormals and pseudo-denormals are handled;
// unnormals, pseudo-NaNs and pseudo-infinities are "unsupported" operands (#IA).
//
// Why not JS doubles: musl's printf (vfprintf.c fmt_fp) and strtod (floatscan.c) do
// their rounding with long double tricks — e.g. `round = 2/LDBL_EPSILON` (2^64) and
// `if (round + small != round)`, or `y += 8.0 * 16^k; y -= ...` for %.Na — that only
// work with a 64-bit significand. Measured natively with the precision control set to
// 53 bits, musl prints 0.1234567 as "0.123456" under %f, 0.1 as "0.1" under %.17g and
// 1/3 as "0x1.800p-2" under %.3a. So extended precision is required for correct output.
//
// Speed: values that are exactly doubles take a fast path (a double operation whose
// exactness is checked with TwoSum/TwoProduct); everything else uses BigInt arithmetic
// (about 1 µs per inexact operation; a transcendental costs some 20 µs).
//
// Verification: test/cpu/x87.test.ts runs instruction sequences whose results were
// recorded on a real CPU (AMD EPYC), and a random differential test; during development
// some 200,000 random operations (all rounding/precision modes, denormals, NaNs,
// unnormals, overflow/underflow) matched the hardware bit for bit, flags included, and
// musl/glibc printf/strtod/long double output of static programs matched native runs.
// Where Intel and AMD differ and the SDM leaves it open, this follows the AMD results;
// `cpu.vendor` selects the documented Intel behaviour for FCOMI's C1.
//
// What differs from real hardware (documented simplifications):
//  - Transcendentals (FSIN FCOS FSINCOS FPTAN FPATAN F2XM1 FYL2X FYL2XP1) are computed
//    with 160-bit fixed-point series and rounded once by RC, so they are within an ulp
//    but, like the hardware's, not always correctly rounded: the last bit and C1 can
//    differ from a real CPU's in a few percent of cases (measured against an AMD EPYC).
//    The trigonometric argument reduction uses the hardware's 66-bit π, so large
//    arguments give the hardware's (not the exact) results.
//  - Unmasked exceptions: IE, DE and ZE leave the destination (and TOP) unchanged and set
//    ES/B; the next waiting x87 instruction (or FWAIT) raises #MF (vector 16) as with
//    CR0.NE=1. Unmasked OE/UE store the masked-response value (the hardware stores the
//    result with its exponent biased by ∓24576 instead).
//  - Tininess (UE) is detected before rounding. The FPU pointers (FIP, FDP, FOP) are
//    recorded for every non-control instruction; FDP is the linear address.
//  - CR0.EM/TS (#NM) are not modelled: the FPU is always available (Linux's eager FPU).
//  - FPREM/FPREM1 with exponents 64 or more apart do a partial reduction (C2 = 1) by a
//    truncated multiple of ST(1)·2^(d−N) with N = 32 + (d mod 32) — the exponent drops
//    by a multiple of 32 — which is what the AMD EPYC this was verified on does (the
//    SDM allows any N in 32–63).
//  - FENI/FDISI/FSETPM are no-ops (as on the 387 and later).
// ---------------------------------------------------------------------------------

import type { CPU } from '../cpu.js';
import { defOp, lookupDef, MAP_1, type Insn } from '../decode.js';
import { CpuFault, MF, UD } from '../exceptions.js';
import { CF, PF, ZF } from '../flags.js';
import { PTE_R, PTE_W } from '../../mem/memory.js';
import {
  FpuState,
  FSW_IE as IE,
  FSW_DE as DE,
  FSW_ZE as ZE,
  FSW_OE as OE,
  FSW_UE as UE,
  FSW_PE as PE,
  FSW_SF as SF,
  FSW_ES as ES,
  FSW_C0 as C0,
  FSW_C1 as C1,
  FSW_C2 as C2,
  FSW_C3 as C3,
  FSW_B as BUSY,
} from '../fpu-state.js';
import { checkAlignment, checkCsWrite, checkParts, checkWrite, eaW } from '../access.js';

const RC_NEAR = 0;
const RC_DOWN = 1;
const RC_UP = 2;
const RC_ZERO = 3;
/** Significand bits for each precision-control setting (01 is reserved: treated as 64). */
const PREC = [24, 64, 53, 64];

const TWO32 = 4294967296;

// ================= values =================

/** An 80-bit value: sign and biased exponent word, significand halves (uint32). */
class V {
  s = 0;
  h = 0;
  l = 0;
  set(s: number, h: number, l: number): void {
    this.s = s;
    this.h = h >>> 0;
    this.l = l >>> 0;
  }
  copy(o: V): void {
    this.s = o.s;
    this.h = o.h;
    this.l = o.l;
  }
}

const K_ZERO = 0;
const K_NORM = 1;
const K_DEN = 2; // denormal or pseudo-denormal
const K_INF = 3;
const K_QNAN = 4;
const K_SNAN = 5;
const K_UNSUP = 6; // unnormal, pseudo-NaN, pseudo-infinity

function kind(v: V): number {
  const e = v.s & 0x7fff;
  if (e === 0) return (v.h | v.l) === 0 ? K_ZERO : K_DEN;
  if ((v.h & 0x80000000) === 0) return K_UNSUP;
  if (e === 0x7fff) {
    if ((v.h & 0x7fffffff) === 0 && v.l === 0) return K_INF;
    return (v.h & 0x40000000) !== 0 ? K_QNAN : K_SNAN;
  }
  return K_NORM;
}

function isNan(k: number): boolean {
  return k === K_QNAN || k === K_SNAN;
}

function setIndefinite(out: V): void {
  out.set(0xffff, 0xc0000000, 0);
}

function setInf(out: V, sign: number): void {
  out.set((sign << 15) | 0x7fff, 0x80000000, 0);
}

// ---- per-instruction exception accumulation ----

/** Exception flags raised by the current instruction (status word bits 0–6). */
let exc = 0;
/** C1 as the current instruction defines it (rounded up / stack overflow). */
let c1 = 0;

// ---- unpacked form for exact arithmetic: value = m · 2^(e − 63), 2^63 ≤ m < 2^64 ----

class U {
  e = 0;
  m = 0n;
  sign = 0;
}
const UA = new U();
const UB = new U();

/** Unpacks a finite nonzero value (K_NORM or K_DEN), normalizing denormals. */
function unpack(v: V, u: U): void {
  let h = v.h;
  let l = v.l;
  let e = v.s & 0x7fff;
  if (e === 0) {
    e = 1;
    if (h === 0) {
      h = l;
      l = 0;
      e -= 32;
    }
    const z = Math.clz32(h);
    if (z) {
      h = ((h << z) | (l >>> (32 - z))) >>> 0;
      l = (l << z) >>> 0;
      e -= z;
    }
  }
  u.e = e - 16383;
  u.m = (BigInt(h) << 32n) | BigInt(l);
  u.sign = v.s >>> 15;
}

/** 2^k as BigInts for bit-length checks. */
const P2: bigint[] = [];
for (let k = 0; k <= 512; k++) P2.push(1n << BigInt(k));

function bitLen(m: bigint): number {
  if (m < 0x100000000n) return 32 - Math.clz32(Number(m));
  if (m < P2[512]) {
    // estimate from the double value, then correct (the conversion may round up)
    let n = Math.floor(Math.log2(Number(m))) + 1;
    if (n > 512) n = 512;
    while (m >= P2[n]) n++;
    while (m < P2[n - 1]) n--;
    return n;
  }
  const s = m.toString(16);
  return (s.length - 1) * 4 + 32 - Math.clz32(parseInt(s[0], 16));
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  const approx = Math.sqrt(Number(n));
  let x = BigInt(Math.ceil(approx * (1 + 2 ** -40))) + 1n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

// ---- rounding ----

const R_FIN = 0;
const R_INF = 1;
/** The rounded significand, the exponent of its least significant bit, its bit length. */
let rq = 0n;
let rlsb = 0;
let rn = 0;

/**
 * Rounds (−1)^sign · (m + ε) · 2^e2 — where ε is a nonzero fraction below m's last bit
 * if `sticky` — to p significant bits, with normal exponents in [emin, emax] and the
 * smallest denormal bit 2^minLsb. Sets rq/rlsb/rn and the PE/UE/OE/C1 results.
 * Returns R_INF when the result overflows to infinity.
 */
function roundCore(sign: number, m: bigint, e2: number, sticky: boolean, p: number, emin: number, emax: number, minLsb: number, rc: number): number {
  const n0 = bitLen(m);
  const e0 = e2 + n0 - 1;
  let lsb = Math.max(e0 - p + 1, minLsb);
  const sh = lsb - e2;
  let q: bigint;
  let inexact: boolean;
  let up = false;
  if (sh <= 0) {
    q = sh === 0 ? m : m << BigInt(-sh);
    inexact = sticky;
    if (inexact) up = rc === RC_UP ? sign === 0 : rc === RC_DOWN ? sign === 1 : false;
  } else if (sh > n0 + 1) {
    // everything is below half an ulp
    q = 0n;
    inexact = true;
    up = rc === RC_UP ? sign === 0 : rc === RC_DOWN ? sign === 1 : false;
  } else {
    const bsh = BigInt(sh);
    q = m >> bsh;
    const rem = m - (q << bsh);
    inexact = sticky || rem !== 0n;
    if (inexact) {
      if (rc === RC_NEAR) {
        const half = 1n << (bsh - 1n);
        up = rem > half || (rem === half && (sticky || (q & 1n) === 1n));
      } else if (rc === RC_UP) up = sign === 0;
      else if (rc === RC_DOWN) up = sign === 1;
    }
  }
  if (up) q += 1n;
  let n = q === 0n ? 0 : bitLen(q);
  if (n > p) {
    q >>= 1n;
    lsb += 1;
    n = p;
  }
  rq = q;
  rlsb = lsb;
  rn = n;
  if (inexact) {
    exc |= PE;
    if (up) c1 = 1;
    if (e0 < emin) exc |= UE;
  }
  if (n > 0 && lsb + n - 1 > emax) {
    exc |= OE | PE;
    const toInf = rc === RC_NEAR || (rc === RC_UP && sign === 0) || (rc === RC_DOWN && sign === 1);
    if (toInf) {
      c1 = 1;
      return R_INF;
    }
    c1 = 0;
    rq = (1n << BigInt(p)) - 1n;
    rlsb = emax - p + 1;
    rn = p;
  }
  return R_FIN;
}

/** Rounds to the extended format (with precision p) and packs into out. */
function roundTo(out: V, sign: number, m: bigint, e2: number, sticky: boolean, p: number, rc: number): void {
  // with a reduced precision control, denormals keep p − 1 bits below 2^-16382 (as observed)
  if (roundCore(sign, m, e2, sticky, p, -16382, 16383, -16382 - p + 1, rc) === R_INF) {
    setInf(out, sign);
    return;
  }
  const s = sign << 15;
  if (rn === 0) {
    out.set(s, 0, 0);
    return;
  }
  const e = rlsb + rn - 1;
  let mm: bigint;
  let be: number;
  if (e >= -16382) {
    mm = rq << BigInt(64 - rn);
    be = e + 16383;
  } else {
    mm = rq << BigInt(rlsb + 16445);
    be = 0;
  }
  out.set(s | be, Number(mm >> 32n), Number(mm & 0xffffffffn));
}

// ---- doubles: the fast path and conversions ----

const sdv = new DataView(new ArrayBuffer(8));
const POW2 = new Float64Array(2098); // 2^k at k + 1074, k in [−1074, 1023]
{
  let x = 1;
  for (let k = 0; k <= 1023; k++, x *= 2) POW2[k + 1074] = x;
  x = 1;
  for (let k = 0; k >= -1074; k--, x /= 2) POW2[k + 1074] = x;
}

/** The value as a double if it is exactly one with a normal exponent (or zero); else NaN. */
function exactNum(v: V): number {
  const e = v.s & 0x7fff;
  if (e === 0) return (v.h | v.l) === 0 ? (v.s & 0x8000 ? -0 : 0) : NaN;
  if ((v.l & 0x7ff) !== 0 || e < 16383 - 1022 || e > 16383 + 1023 || (v.h & 0x80000000) === 0) return NaN;
  const x = (v.h * TWO32 + v.l) * POW2[1074 - 63] * POW2[e - 16383 + 1074];
  return v.s & 0x8000 ? -x : x;
}

/** Double bits → extended (exact). Returns 1 for a denormal, 2 for a signaling NaN (quieted), else 0. */
function fromF64Bits(hi: number, lo: number, out: V): number {
  const sign = (hi >>> 31) << 15;
  const e = (hi >>> 20) & 0x7ff;
  const fh = hi & 0xfffff;
  const fl = lo >>> 0;
  if (e === 0x7ff) {
    out.set(sign | 0x7fff, 0x80000000 | (fh << 11) | (fl >>> 21), fl << 11);
    if ((fh | fl) !== 0 && (fh & 0x80000) === 0) {
      out.h = (out.h | 0x40000000) >>> 0;
      return 2;
    }
    return 0;
  }
  if (e === 0) {
    if ((fh | fl) === 0) {
      out.set(sign, 0, 0);
      return 0;
    }
    let h = fh;
    let l = fl;
    let k = 0;
    if (h === 0) {
      h = l;
      l = 0;
      k = 32;
    }
    const z = Math.clz32(h);
    if (z) {
      h = (h << z) | (l >>> (32 - z));
      l = l << z;
    }
    k += z; // shift that brought the leading bit to bit 63
    out.set(sign | (-1011 - k + 16383), h, l);
    return 1;
  }
  out.set(sign | (e - 1023 + 16383), 0x80000000 | (fh << 11) | (fl >>> 21), fl << 11);
  return 0;
}

/** A finite double → extended (exact, no flags). */
function fromNum(x: number, out: V): void {
  sdv.setFloat64(0, x, true);
  fromF64Bits(sdv.getUint32(4, true), sdv.getUint32(0, true), out);
}

/** Single bits → extended (exact). Returns 1 for a denormal, 2 for a signaling NaN, else 0. */
function fromF32Bits(b: number, out: V): number {
  const sign = (b >>> 31) << 15;
  const e = (b >>> 23) & 0xff;
  const f = b & 0x7fffff;
  if (e === 0xff) {
    out.set(sign | 0x7fff, 0x80000000 | (f << 8), 0);
    if (f !== 0 && (f & 0x400000) === 0) {
      out.h = (out.h | 0x40000000) >>> 0;
      return 2;
    }
    return 0;
  }
  if (e === 0) {
    if (f === 0) {
      out.set(sign, 0, 0);
      return 0;
    }
    const k = Math.clz32(f);
    out.set(sign | (-118 - k + 16383), f << k, 0);
    return 1;
  }
  out.set(sign | (e - 127 + 16383), 0x80000000 | (f << 8), 0);
  return 0;
}

/** A signed 64-bit integer (int32 halves) → extended (exact). */
function fromInt(lo: number, hi: number, out: V): void {
  let sign = 0;
  let l = lo >>> 0;
  let h = hi >>> 0;
  if (hi < 0) {
    sign = 0x8000;
    l = (0 - l) >>> 0;
    h = (~h + (l === 0 ? 1 : 0)) >>> 0;
  }
  if ((h | l) === 0) {
    out.set(sign, 0, 0);
    return;
  }
  let e = 63;
  if (h === 0) {
    h = l;
    l = 0;
    e -= 32;
  }
  const z = Math.clz32(h);
  if (z) {
    h = (h << z) | (l >>> (32 - z));
    l = l << z;
    e -= z;
  }
  out.set(sign | (e + 16383), h, l);
}

/** Error of the double product x·y = p (Dekker); valid away from overflow/underflow. */
function prodErr(x: number, y: number, p: number): number {
  const SPLIT = 134217729;
  let t = SPLIT * x;
  const xh = t - (t - x);
  const xl = x - xh;
  t = SPLIT * y;
  const yh = t - (t - y);
  const yl = y - yh;
  return xh * yh - p + xh * yl + xl * yh + xl * yl;
}

/** |x| in the range where prodErr is exact. */
function prodSafe(x: number): boolean {
  const a = Math.abs(x);
  return a < 2 ** 995 && a > 2 ** -480;
}

// ================= arithmetic =================

/** NaN/unsupported operands of a two-operand operation; returns false if there are none. */
function nanPair(a: V, ka: number, b: V, kb: number, out: V): boolean {
  if (ka === K_UNSUP || kb === K_UNSUP) {
    exc |= IE;
    setIndefinite(out);
    return true;
  }
  const na = isNan(ka);
  const nb = isNan(kb);
  if (!na && !nb) return false;
  if (ka === K_SNAN || kb === K_SNAN) exc |= IE;
  let pick: V;
  if (na && nb) {
    if (ka === K_QNAN && kb === K_SNAN) pick = a;
    else if (kb === K_QNAN && ka === K_SNAN) pick = b;
    else {
      const ah = a.h & 0x3fffffff;
      const bh = b.h & 0x3fffffff;
      if (ah !== bh) pick = ah > bh ? a : b;
      else if (a.l !== b.l) pick = a.l > b.l ? a : b;
      else pick = (a.s & 0x8000) === 0 ? a : b;
    }
  } else pick = na ? a : b;
  out.set(pick.s, pick.h | 0x40000000, pick.l);
  return true;
}

/** A NaN/unsupported single operand; returns false if it is neither. */
function nanOne(a: V, ka: number, out: V): boolean {
  if (ka === K_UNSUP) {
    exc |= IE;
    setIndefinite(out);
    return true;
  }
  if (!isNan(ka)) return false;
  if (ka === K_SNAN) exc |= IE;
  out.set(a.s, a.h | 0x40000000, a.l);
  return true;
}

/** a + b, or a − b when `sub`. */
function addV(a: V, b: V, sub: boolean, out: V, cw: number): void {
  const ka = kind(a);
  const kb = kind(b);
  const bs = sub ? b.s ^ 0x8000 : b.s;
  const rc = (cw >> 10) & 3;
  if (ka >= K_INF || kb >= K_INF) {
    if (nanPair(a, ka, b, kb, out)) return;
    if (ka === K_DEN || kb === K_DEN) exc |= DE;
    if (ka === K_INF && kb === K_INF) {
      if (((a.s ^ bs) & 0x8000) !== 0) {
        exc |= IE;
        setIndefinite(out);
      } else out.copy(a);
    } else if (ka === K_INF) out.copy(a);
    else out.set(bs, b.h, b.l);
    return;
  }
  if (ka === K_DEN || kb === K_DEN) exc |= DE;
  const p = PREC[(cw >> 8) & 3];
  if (ka === K_ZERO && kb === K_ZERO) {
    const sign = (a.s & 0x8000) === (bs & 0x8000) ? a.s & 0x8000 : rc === RC_DOWN ? 0x8000 : 0;
    out.set(sign, 0, 0);
    return;
  }
  if (kb === K_ZERO || ka === K_ZERO) {
    const x = kb === K_ZERO ? a : b;
    const sign = (kb === K_ZERO ? a.s : bs) >>> 15;
    if (p === 64 && ka !== K_DEN && kb !== K_DEN) {
      out.set(sign << 15 | (x.s & 0x7fff), x.h, x.l);
      return;
    }
    unpack(x, UA);
    roundTo(out, sign, UA.m, UA.e - 63, false, p, rc);
    return;
  }
  if (p >= 53) {
    const x = exactNum(a);
    let y = exactNum(b);
    if (sub) y = -y;
    if (x === x && y === y) {
      const s = x + y;
      if (Number.isFinite(s)) {
        const bb = s - x;
        const err = x - (s - bb) + (y - bb);
        if (err === 0) {
          if (s === 0) out.set(rc === RC_DOWN ? 0x8000 : 0, 0, 0);
          else fromNum(s, out);
          return;
        }
      }
    }
  }
  unpack(a, UA);
  unpack(b, UB);
  let sa = UA.sign;
  let sb = bs >>> 15;
  let ea = UA.e;
  let eb = UB.e;
  let ma = UA.m;
  let mb = UB.m;
  if (ea < eb || (ea === eb && ma < mb)) {
    [ea, eb] = [eb, ea];
    [ma, mb] = [mb, ma];
    [sa, sb] = [sb, sa];
  }
  const d = ea - eb;
  let e2 = eb - 63;
  if (d > 130) {
    ma <<= 130n;
    mb = 1n;
    e2 = ea - 63 - 130;
  } else if (d > 0) ma <<= BigInt(d);
  const m = sa === sb ? ma + mb : ma - mb;
  if (m === 0n) {
    out.set(rc === RC_DOWN ? 0x8000 : 0, 0, 0);
    return;
  }
  roundTo(out, sa, m, e2, false, p, rc);
}

function mulV(a: V, b: V, out: V, cw: number): void {
  const ka = kind(a);
  const kb = kind(b);
  const sign = ((a.s ^ b.s) >>> 15) & 1;
  if (ka >= K_INF || kb >= K_INF) {
    if (nanPair(a, ka, b, kb, out)) return;
    if (ka === K_ZERO || kb === K_ZERO) {
      exc |= IE;
      setIndefinite(out);
      return;
    }
    if (ka === K_DEN || kb === K_DEN) exc |= DE;
    setInf(out, sign);
    return;
  }
  if (ka === K_DEN || kb === K_DEN) exc |= DE;
  if (ka === K_ZERO || kb === K_ZERO) {
    out.set(sign << 15, 0, 0);
    return;
  }
  const p = PREC[(cw >> 8) & 3];
  const rc = (cw >> 10) & 3;
  if (p >= 53) {
    const x = exactNum(a);
    const y = exactNum(b);
    if (x === x && y === y && prodSafe(x) && prodSafe(y)) {
      const r = x * y;
      if (prodSafe(r) && prodErr(x, y, r) === 0) {
        fromNum(r, out);
        return;
      }
    }
  }
  unpack(a, UA);
  unpack(b, UB);
  roundTo(out, sign, UA.m * UB.m, UA.e + UB.e - 126, false, p, rc);
}

function divV(a: V, b: V, out: V, cw: number): void {
  const ka = kind(a);
  const kb = kind(b);
  const sign = ((a.s ^ b.s) >>> 15) & 1;
  if (ka >= K_INF || kb >= K_INF) {
    if (nanPair(a, ka, b, kb, out)) return;
    if (ka === K_INF && kb === K_INF) {
      exc |= IE;
      setIndefinite(out);
      return;
    }
    if (ka === K_DEN || kb === K_DEN) exc |= DE;
    if (ka === K_INF) setInf(out, sign);
    else out.set(sign << 15, 0, 0);
    return;
  }
  if (kb === K_ZERO) {
    if (ka === K_ZERO) {
      exc |= IE;
      setIndefinite(out);
      return;
    }
    exc |= ZE; // (a denormal dividend raises no DE here: observed natively)
    setInf(out, sign);
    return;
  }
  if (ka === K_DEN || kb === K_DEN) exc |= DE;
  if (ka === K_ZERO) {
    out.set(sign << 15, 0, 0);
    return;
  }
  const p = PREC[(cw >> 8) & 3];
  const rc = (cw >> 10) & 3;
  if (p >= 53) {
    const x = exactNum(a);
    const y = exactNum(b);
    if (x === x && y === y && prodSafe(y)) {
      const q = x / y;
      if (prodSafe(q) && q * y === x && prodErr(q, y, x) === 0) {
        fromNum(q, out);
        return;
      }
    }
  }
  unpack(a, UA);
  unpack(b, UB);
  const n = UA.m << 66n;
  const q = n / UB.m;
  roundTo(out, sign, q, UA.e - UB.e - 66, q * UB.m !== n, p, rc);
}

function sqrtV(a: V, out: V, cw: number): void {
  const ka = kind(a);
  if (nanOne(a, ka, out)) return;
  if (ka === K_ZERO) {
    out.copy(a);
    return;
  }
  if (a.s & 0x8000) {
    exc |= IE;
    setIndefinite(out);
    return;
  }
  if (ka === K_INF) {
    out.copy(a);
    return;
  }
  if (ka === K_DEN) exc |= DE;
  const p = PREC[(cw >> 8) & 3];
  const rc = (cw >> 10) & 3;
  if (p >= 53) {
    const x = exactNum(a);
    if (x === x) {
      const r = Math.sqrt(x);
      if (prodSafe(r) && r * r === x && prodErr(r, r, x) === 0) {
        fromNum(r, out);
        return;
      }
    }
  }
  unpack(a, UA);
  let e2 = UA.e - 63;
  let m = UA.m;
  if (e2 & 1) {
    m <<= 1n;
    e2 -= 1;
  }
  const n = m << 68n;
  const r = isqrt(n);
  roundTo(out, 0, r, (e2 - 68) / 2, r * r !== n, p, rc);
}

/** The two-operand arithmetic of the D8/DC/DA/DE escapes by ModRM.reg: dst = a op b. */
function arith(op: number, a: V, b: V, out: V, cw: number): void {
  switch (op) {
    case 0:
      addV(a, b, false, out, cw);
      break;
    case 1:
      mulV(a, b, out, cw);
      break;
    case 4:
      addV(a, b, true, out, cw);
      break;
    case 5:
      addV(b, a, true, out, cw);
      break;
    case 6:
      divV(a, b, out, cw);
      break;
    default:
      divV(b, a, out, cw);
      break;
  }
}

// ---- comparison ----

const CMP_GT = 0;
const CMP_LT = 1;
const CMP_EQ = 2;
const CMP_UN = 3;

function cmpMag(a: V, ka: number, b: V, kb: number): number {
  if (ka === K_INF) return kb === K_INF ? 0 : 1;
  if (kb === K_INF) return -1;
  unpack(a, UA);
  unpack(b, UB);
  if (UA.e !== UB.e) return UA.e < UB.e ? -1 : 1;
  return UA.m < UB.m ? -1 : UA.m > UB.m ? 1 : 0;
}

/** Compares a with b; `quiet` (FUCOM) raises IE only for signaling NaNs. */
function compare(a: V, b: V, quiet: boolean): number {
  const ka = kind(a);
  const kb = kind(b);
  if (ka === K_UNSUP || kb === K_UNSUP || isNan(ka) || isNan(kb)) {
    if (!quiet || ka === K_SNAN || kb === K_SNAN || ka === K_UNSUP || kb === K_UNSUP) exc |= IE;
    return CMP_UN;
  }
  if (ka === K_DEN || kb === K_DEN) exc |= DE;
  const x = exactNum(a);
  const y = exactNum(b);
  if (x === x && y === y) return x < y ? CMP_LT : x > y ? CMP_GT : CMP_EQ;
  const ga = ka === K_ZERO ? 0 : a.s & 0x8000 ? -1 : 1;
  const gb = kb === K_ZERO ? 0 : b.s & 0x8000 ? -1 : 1;
  if (ga !== gb) return ga < gb ? CMP_LT : CMP_GT;
  if (ga === 0) return CMP_EQ;
  const c = ga * cmpMag(a, ka, b, kb);
  return c < 0 ? CMP_LT : c > 0 ? CMP_GT : CMP_EQ;
}

const CC_OF_CMP = [0, C0, C3, C3 | C2 | C0];
const FLAGS_OF_CMP = [0, CF, ZF, ZF | PF | CF];

// ---- integer conversion ----

let il = 0;
let ih = 0;

/** Rounds a finite double to an integer by RC (keeping the sign of zero). */
function roundNum(x: number, rc: number): number {
  switch (rc) {
    case RC_NEAR: {
      const t = Math.floor(x);
      const d = x - t;
      let r = d > 0.5 ? t + 1 : d < 0.5 ? t : t % 2 === 0 ? t : t + 1;
      if (r === 0 && (x < 0 || Object.is(x, -0))) r = -0;
      return r;
    }
    case RC_DOWN:
      return Math.floor(x);
    case RC_UP:
      return Math.ceil(x);
    default:
      return Math.trunc(x);
  }
}

/** Rounds m · 2^(−sh) (sh > 0) to an integer by RC; sets PE/C1. */
function roundBigInt(sign: number, m: bigint, sh: number, rc: number): bigint {
  let q: bigint;
  let rem: bigint;
  let half: bigint;
  if (sh > 66) {
    q = 0n;
    rem = 1n;
    half = 2n;
  } else {
    const b = BigInt(sh);
    q = m >> b;
    rem = m - (q << b);
    half = 1n << (b - 1n);
  }
  if (rem === 0n) return q;
  exc |= PE;
  let up = false;
  if (rc === RC_NEAR) up = rem > half || (rem === half && (q & 1n) === 1n);
  else if (rc === RC_UP) up = sign === 0;
  else if (rc === RC_DOWN) up = sign === 1;
  if (up) {
    q += 1n;
    c1 = 1;
  }
  return q;
}

/**
 * Converts to a signed integer of `bytes` bytes with rounding control rc; the result is
 * in il/ih (int32 halves). Out of range, NaN and infinity give IE and the integer
 * indefinite (the most negative value).
 */
function toInt(v: V, bytes: number, rc: number): void {
  const k = kind(v);
  const bits = bytes * 8;
  il = 0;
  ih = 0;
  const indefinite = (): void => {
    exc |= IE;
    if (bits === 64) {
      il = 0;
      ih = 0x80000000 | 0;
    } else il = bits === 32 ? 0x80000000 | 0 : 0x8000;
  };
  if (k === K_ZERO) return;
  if (k >= K_INF) {
    indefinite();
    return;
  }
  const x = exactNum(v);
  if (x === x) {
    const r = roundNum(x, rc);
    const lim = 2 ** (bits - 1);
    if (r >= lim || r < -lim) {
      indefinite();
      return;
    }
    if (r !== x) {
      exc |= PE;
      if (Math.abs(r) > Math.abs(x)) c1 = 1;
    }
    const hi = Math.floor(r / TWO32);
    il = (r - hi * TWO32) | 0;
    ih = hi | 0;
    return;
  }
  unpack(v, UA);
  if (UA.e >= 64) {
    indefinite();
    return;
  }
  const savedExc = exc;
  const savedC1 = c1;
  const q = UA.e >= 63 ? UA.m << BigInt(UA.e - 63) : roundBigInt(UA.sign, UA.m, 63 - UA.e, rc);
  const lim = 1n << BigInt(bits - 1);
  if (UA.sign ? q > lim : q >= lim) {
    exc = savedExc;
    c1 = savedC1;
    indefinite();
    return;
  }
  const t = BigInt.asUintN(64, UA.sign ? -q : q);
  il = Number(t & 0xffffffffn) | 0;
  ih = Number(t >> 32n) | 0;
}

/** FRNDINT's arithmetic: round to an integral value by RC. */
function rndintV(a: V, out: V, rc: number): void {
  const k = kind(a);
  if (nanOne(a, k, out)) return;
  if (k === K_ZERO || k === K_INF) {
    out.copy(a);
    return;
  }
  if (k === K_DEN) exc |= DE;
  const x = exactNum(a);
  if (x === x) {
    const r = roundNum(x, rc);
    if (r !== x) {
      exc |= PE;
      if (Math.abs(r) > Math.abs(x)) c1 = 1;
    }
    fromNum(r, out);
    return;
  }
  unpack(a, UA);
  if (UA.e >= 63) {
    out.copy(a);
    return;
  }
  const q = roundBigInt(UA.sign, UA.m, 63 - UA.e, rc);
  if (q === 0n) out.set(UA.sign << 15, 0, 0);
  else roundTo(out, UA.sign, q, 0, false, 64, rc);
}

// ---- single/double stores ----

/** Stored bits of a conversion to m64 (bh:bl) or m32 (bl). */
let bh = 0;
let bl = 0;

function toF64(v: V, rc: number): void {
  const k = kind(v);
  const sign = v.s & 0x8000 ? 0x80000000 : 0;
  switch (k) {
    case K_ZERO:
      bh = sign;
      bl = 0;
      return;
    case K_INF:
      bh = sign | 0x7ff00000;
      bl = 0;
      return;
    case K_UNSUP:
      exc |= IE;
      bh = 0xfff80000;
      bl = 0;
      return;
    case K_SNAN:
    case K_QNAN: {
      if (k === K_SNAN) exc |= IE;
      const h = v.h | 0x40000000;
      bh = (sign | 0x7ff00000 | ((h & 0x7fffffff) >>> 11)) >>> 0;
      bl = (((h & 0x7ff) << 21) | (v.l >>> 11)) >>> 0;
      return;
    }
  }
  const e = (v.s & 0x7fff) - 16383;
  if (k === K_NORM && (v.l & 0x7ff) === 0 && e >= -1022 && e <= 1023) {
    bh = (sign | ((e + 1023) << 20) | ((v.h & 0x7fffffff) >>> 11)) >>> 0;
    bl = (((v.h & 0x7ff) << 21) | (v.l >>> 11)) >>> 0;
    return;
  }
  unpack(v, UA);
  if (roundCore(UA.sign, UA.m, UA.e - 63, false, 53, -1022, 1023, -1074, rc) === R_INF || rn === 0) {
    bh = rn === 0 ? sign : sign | 0x7ff00000;
    bl = 0;
    return;
  }
  const ee = rlsb + rn - 1;
  let bits: bigint;
  if (ee >= -1022) bits = (BigInt(ee + 1023) << 52n) | ((rq << BigInt(53 - rn)) & 0xfffffffffffffn);
  else bits = rq << BigInt(rlsb + 1074);
  bh = (sign | Number(bits >> 32n)) >>> 0;
  bl = Number(bits & 0xffffffffn);
}

function toF32(v: V, rc: number): void {
  const k = kind(v);
  const sign = v.s & 0x8000 ? 0x80000000 : 0;
  switch (k) {
    case K_ZERO:
      bl = sign;
      return;
    case K_INF:
      bl = (sign | 0x7f800000) >>> 0;
      return;
    case K_UNSUP:
      exc |= IE;
      bl = 0xffc00000;
      return;
    case K_SNAN:
    case K_QNAN: {
      if (k === K_SNAN) exc |= IE;
      bl = (sign | 0x7f800000 | (((v.h | 0x40000000) & 0x7fffffff) >>> 8)) >>> 0;
      return;
    }
  }
  unpack(v, UA);
  if (roundCore(UA.sign, UA.m, UA.e - 63, false, 24, -126, 127, -149, rc) === R_INF) {
    bl = (sign | 0x7f800000) >>> 0;
    return;
  }
  if (rn === 0) {
    bl = sign;
    return;
  }
  const q = Number(rq);
  const ee = rlsb + rn - 1;
  if (ee >= -126) bl = (sign | ((ee + 127) << 23) | ((q * 2 ** (24 - rn)) & 0x7fffff)) >>> 0;
  else bl = (sign | (q * 2 ** (rlsb + 149))) >>> 0;
}

// ---- transcendental helpers (double precision) ----

/** The value rounded to the nearest double (no flags). */
function toNearestNum(v: V): number {
  const k = kind(v);
  if (k === K_ZERO) return v.s & 0x8000 ? -0 : 0;
  if (k === K_INF) return v.s & 0x8000 ? -Infinity : Infinity;
  if (k !== K_NORM && k !== K_DEN) return NaN;
  const x = exactNum(v);
  if (x === x) return x;
  const se = exc;
  const sc = c1;
  toF64(v, RC_NEAR);
  exc = se;
  c1 = sc;
  sdv.setUint32(4, bh, true);
  sdv.setUint32(0, bl, true);
  return sdv.getFloat64(0, true);
}

/** Sets out to a double result of an inexact (transcendental) computation. */
function fromResult(r: number, out: V): void {
  if (r !== r) {
    setIndefinite(out);
    exc |= IE;
    return;
  }
  if (!Number.isFinite(r)) {
    setInf(out, r < 0 ? 1 : 0);
    return;
  }
  fromNum(r, out);
  if (r !== 0) exc |= PE;
}

const TMP1 = new V();
const TMP2 = new V();
const TMP3 = new V();

// ---- transcendentals in extended precision ----
// Fixed-point BigInt arithmetic with FB fraction bits (far beyond the 64 needed); each
// result is then rounded once by RC. Like the hardware's, the results are within an
// ulp but not always correctly rounded, so the last bit can differ from a real CPU's.

const FB = 160;
const FBn = 160n;
const FONE = 1n << FBn;

/** Fixed-point constants, computed with 16 guard bits. */
function makeConsts(): { pi: bigint; ln2: bigint; log2e: bigint; sqrt3: bigint } {
  const P = FBn + 16n;
  const one = 1n << P;
  const atanInv = (x: bigint): bigint => {
    let sum = 0n;
    let term = one / x;
    const x2 = x * x;
    for (let n = 1n, sign = 1n; term !== 0n; n += 2n, sign = -sign, term /= x2) sum += (sign * term) / n;
    return sum;
  };
  const atanhInv = (x: bigint): bigint => {
    let sum = 0n;
    let term = one / x;
    const x2 = x * x;
    for (let n = 1n; term !== 0n; n += 2n, term /= x2) sum += term / n;
    return sum;
  };
  const pi = 4n * (4n * atanInv(5n) - atanInv(239n));
  const ln2 = 2n * atanhInv(3n);
  return { pi: pi >> 16n, ln2: ln2 >> 16n, log2e: ((one * one) / ln2) >> 16n, sqrt3: isqrt(3n << (2n * P)) >> 16n };
}
const FC = makeConsts();
const PI_F = FC.pi;
const PI2_F = FC.pi >> 1n;
const PI4_F = FC.pi >> 2n;
const PI6_F = FC.pi / 6n;
const LN2_F = FC.ln2;
const LOG2E_F = FC.log2e;
const SQRT3_F = FC.sqrt3;
const TAN15_F = 2n * FONE - FC.sqrt3; // tan(π/12)
/**
 * π rounded to 66 significant bits: FSIN/FCOS/FPTAN/FSINCOS reduce their argument by
 * multiples of π/2 computed with this value, as the hardware does (Intel documents its
 * 66-bit π; the AMD EPYC results were matched bit for bit with it). Large arguments thus
 * give the hardware's answers, not the mathematically exact ones.
 */
const PI66_F = ((FC.pi + (1n << (FBn - 65n))) >> (FBn - 64n)) << (FBn - 64n);
/** √2 · 2^63: significands above it are halved before taking logarithms. */
const SQRT2_M = isqrt(2n << 126n);

/** v · 2^sh for a signed BigInt (truncating toward zero when shifting right). */
function shiftSigned(v: bigint, sh: number): bigint {
  if (sh >= 0) return v << BigInt(sh);
  return v >= 0n ? v >> BigInt(-sh) : -(-v >> BigInt(-sh));
}

/** 2·atanh(tn/td) = ln((td + tn)/(td − tn)) as [m, e] (value m · 2^e), |tn/td| < 1/2. */
function atanh2(tn: bigint, td: bigint): [bigint, number] {
  if (tn === 0n) return [0n, 0];
  const neg = tn < 0n;
  const a = neg ? -tn : tn;
  const k = FB + 4 + bitLen(td) - bitLen(a);
  const tq = (a << BigInt(k)) / td; // t = tq · 2^-k
  const t2 = (tq * tq) >> BigInt(2 * k - FB);
  let sum = 0n;
  let term = FONE;
  for (let n = 1n; term !== 0n; n += 2n, term = (term * t2) >> FBn) sum += term / n;
  const m = tq * sum;
  return [neg ? -m : m, 1 - k - FB];
}

/** log2 of a finite positive value as a signed fixed-point FB number; exact if a power of two. */
function log2Fixed(a: V): [bigint, boolean] {
  unpack(a, UA);
  let e = UA.e;
  let den = 1n << 63n;
  if (UA.m > SQRT2_M) {
    den = 1n << 64n;
    e += 1;
  }
  const [m, ex] = atanh2(UA.m - den, UA.m + den);
  return [(BigInt(e) << FBn) + shiftSigned(m * LOG2E_F, ex), m === 0n];
}

/** Rounds (−1)^sign · |v| · 2^e (inexact, unless `exact`) into out. */
function roundSigned(out: V, negative: boolean, v: bigint, e: number, exact: boolean, rc: number): void {
  const sign = negative !== v < 0n ? 1 : 0;
  const m = v < 0n ? -v : v;
  if (m === 0n) out.set(sign << 15, 0, 0);
  else roundTo(out, sign, m, e, !exact, 64, rc);
}

/** 2^x − 1 for a finite nonzero x (meant for |x| ≤ 1). */
function f2xm1Ext(a: V, out: V, rc: number): void {
  unpack(a, UA);
  const sx = UA.sign;
  if (UA.m === 1n << 63n && UA.e === 0) {
    // 2^±1 − 1 = 1 or −1/2: the AMD hardware reports them inexact (and +1 "rounded up")
    if (sx) out.set(0xbffe, 0x80000000, 0);
    else out.set(0x3fff, 0x80000000, 0);
    exc |= PE;
    c1 = sx ? 0 : 1;
    return;
  }
  if (UA.e > 6) {
    // far outside the defined range
    fromResult(Math.expm1(toNearestNum(a) * Math.LN2), out);
    return;
  }
  const mz = UA.m * LN2_F; // z = x·ln2 = mz · 2^ez
  const ez = UA.e - 63 - FB;
  const zf = shiftSigned(sx ? -mz : mz, ez + FB);
  // expm1(z) = z · Σ z^k/(k+1)!
  let sum = FONE;
  let term = FONE;
  for (let k = 2n; term !== 0n; k++) {
    term = (term * zf) >> FBn;
    term /= k;
    sum += term;
  }
  roundTo(out, sx, mz * sum, ez - FB, true, 64, rc);
}

/** sin and cos of a finite x with |x| < 2^63, as signed fixed-point FB numbers. */
function sinCosFixed(a: V): [bigint, bigint] {
  unpack(a, UA);
  let x = shiftSigned(UA.m, UA.e - 63 + FB);
  if (UA.sign) x = -x;
  // x = k·π₆₆/2 + r with |r| ≤ π₆₆/4
  const half = PI66_F >> 1n;
  const quarter = PI66_F >> 2n;
  let k = (x >= 0n ? x + quarter : x - quarter) / half;
  let r = x - k * half;
  if (r > quarter) {
    r -= half;
    k++;
  } else if (r < -quarter) {
    r += half;
    k--;
  }
  const r2 = (r * r) >> FBn;
  let sn = 0n;
  let term = r;
  for (let n = 1n; term !== 0n; n += 2n) {
    sn += term;
    term = -((term * r2) >> FBn) / ((n + 1n) * (n + 2n));
  }
  let cs = 0n;
  term = FONE;
  for (let n = 0n; term !== 0n; n += 2n) {
    cs += term;
    term = -((term * r2) >> FBn) / ((n + 1n) * (n + 2n));
  }
  switch (Number(((k % 4n) + 4n) % 4n)) {
    case 0:
      return [sn, cs];
    case 1:
      return [cs, -sn];
    case 2:
      return [-sn, -cs];
    default:
      return [-cs, sn];
  }
}

/** atan(q) for a fixed-point |q| ≤ tan(π/12). */
function atanSmall(q: bigint): bigint {
  const q2 = (q * q) >> FBn;
  let sum = 0n;
  let term = q;
  for (let n = 1n; term !== 0n; n += 2n) {
    sum += term / n;
    term = -((term * q2) >> FBn);
  }
  return sum;
}

/** atan2(y, x) for finite nonzero x (a) and y (b). */
function atan2Ext(a: V, b: V, out: V, rc: number): void {
  unpack(a, UA);
  unpack(b, UB);
  const xneg = UA.sign === 1;
  const yneg = UB.sign === 1;
  const swap = UB.e > UA.e || (UB.e === UA.e && UB.m > UA.m);
  const num = swap ? UA : UB;
  const den = swap ? UB : UA;
  // q = num/den ≤ 1 as qn · 2^qe
  const qn = (num.m << BigInt(FB + 4)) / den.m;
  const qe = num.e - den.e - FB - 4;
  let acc: bigint; // atan(q) in fixed point FB
  if (num.e - den.e < -40) {
    // tiny q: atan q = q·(1 − q²/3 + …), kept relative until it is added to π/2 or π
    const q2 = shiftSigned(qn * qn, 2 * qe + FB);
    const rel = qn * (FONE - q2 / 3n + (q2 * q2) / (5n * FONE)); // · 2^(qe − FB)
    if (!swap && !xneg) {
      roundTo(out, yneg ? 1 : 0, rel, qe - FB, true, 64, rc);
      return;
    }
    acc = shiftSigned(rel, qe);
  } else {
    const q = shiftSigned(qn, qe + FB);
    if (q > TAN15_F) acc = PI6_F + atanSmall((((q * SQRT3_F) >> FBn) - FONE) * FONE / (q + SQRT3_F));
    else acc = atanSmall(q);
  }
  if (swap) acc = PI2_F - acc;
  if (xneg) acc = PI_F - acc;
  roundSigned(out, yneg, acc, -FB, false, rc);
}

// ---- constants (correctly rounded from 128-bit values, per RC) ----

const CONSTS: Array<[bigint, number]> = [
  [1n << 127n, 0], // 1
  [0xd49a784bcd1b8afe492bf6ff4dafdb4cn, 1], // log2(10)
  [0xb8aa3b295c17f0bbbe87fed0691d3e88n, 0], // log2(e)
  [0xc90fdaa22168c234c4c6628b80dc1cd1n, 1], // pi
  [0x9a209a84fbcff7988f8959ac0b7c9178n, -2], // log10(2)
  [0xb17217f7d1cf79abc9e3b39803f2f6afn, -1], // ln(2)
];

// ================= the instructions =================

function modrmByte(i: Insn): number {
  return (i.mod << 6) | ((i.reg & 7) << 3) | (i.rm & 7);
}

/** Start of a waiting x87 instruction: a pending unmasked exception raises #MF first. */
function begin(cpu: CPU, i: Insn): FpuState {
  const f = cpu.fpu;
  if (f.sw & ES) throw new CpuFault(MF, 0, `x87 exception pending (status ${f.status.toString(16)})`);
  f.fip = i.addr;
  f.fcs = cpu.sel[1];
  f.fop = ((i.opcode & 7) << 8) | modrmByte(i);
  exc = 0;
  c1 = 0;
  return f;
}

/** A pending unmasked exception raises #MF (control instructions without the N form). */
function checkPending(cpu: CPU): void {
  const f = cpu.fpu;
  if (f.sw & ES) throw new CpuFault(MF, 0, `x87 exception pending (status ${f.status.toString(16)})`);
}

/** The memory operand's address; records it as the last data pointer. */
function memAddr(cpu: CPU, i: Insn): number {
  const a = cpu.ea(i);
  cpu.fpu.fdp = a;
  cpu.fpu.fds = cpu.sel[3];
  return a;
}

/**
 * The address of an n-byte store, checked for writing first: a memory fault comes
 * before the numeric result (even when an unmasked exception then suppresses the store,
 * as the host CPU shows) and before any FPU state changes.
 */
function storeAddr(cpu: CPU, i: Insn, n: number): number {
  if (i.csOverride) checkCsWrite(cpu, i);
  const a = memAddr(cpu, i);
  checkAlignment(cpu, a, n === 10 ? 8 : n);
  checkWrite(cpu, a, n);
  return a;
}

/** True when an unmasked IE/DE/ZE means the destination must not be written. */
function blocked(f: FpuState): boolean {
  return (exc & ~f.cw & (IE | DE | ZE)) !== 0;
}

/** Merges the instruction's exceptions and C1 (unless `keepC1`) into the status word. */
function finish(f: FpuState, keepC1 = false): void {
  let sw = f.sw | exc;
  if (!keepC1) sw = (sw & ~C1) | (c1 ? C1 : 0);
  if (sw & ~f.cw & 0x3f) sw |= ES | BUSY;
  f.sw = sw;
}

/** Sets C0, C2, C3 (and C1 from the current instruction) and finishes. */
function finishCC(f: FpuState, cc: number): void {
  f.sw = (f.sw & ~(C0 | C2 | C3)) | cc;
  finish(f);
}

const A = new V();
const B = new V();
const R = new V();
const R2 = new V();

/** Reads ST(i); an empty register is a stack underflow and reads as the indefinite. */
function getST(f: FpuState, i: number, out: V): boolean {
  const p = (f.top + i) & 7;
  if (((f.ftw >> p) & 1) === 0) {
    exc |= IE | SF;
    c1 = 0;
    setIndefinite(out);
    return false;
  }
  out.s = f.sx[p];
  out.h = f.mhi[p];
  out.l = f.mlo[p];
  return true;
}

function putST(f: FpuState, i: number, v: V): void {
  const p = (f.top + i) & 7;
  f.sx[p] = v.s;
  f.mhi[p] = v.h;
  f.mlo[p] = v.l;
  f.ftw |= 1 << p;
}

function pop(f: FpuState): void {
  f.ftw &= ~(1 << f.top);
  f.top = (f.top + 1) & 7;
}

/** Pushes v (a full ST(7) is a stack overflow: the indefinite is pushed); skipped if blocked. */
function push(f: FpuState, v: V): void {
  const p = (f.top - 1) & 7;
  if ((f.ftw >> p) & 1) {
    exc |= IE | SF;
    c1 = 1;
    setIndefinite(v);
  }
  if (blocked(f)) return;
  f.top = p;
  putST(f, 0, v);
}

/** Would a push overflow? (Checked before two-result operations.) */
function pushOverflows(f: FpuState): boolean {
  return ((f.ftw >> ((f.top - 1) & 7)) & 1) !== 0;
}

function ud(i: Insn): never {
  throw new CpuFault(UD, 0, `invalid x87 opcode ${i.opcode.toString(16)} ${modrmByte(i).toString(16)} at 0x${i.addr.toString(16)}`);
}

// ---- memory operands ----

/** Set when the last m32/m64 operand read with `deferDE` was a denormal. */
let memDenormal = false;

/**
 * Reads m32 (FLD: a denormal raises DE, a signaling NaN IE and is quieted). As an
 * arithmetic `operand`, the exceptions are left to the operation: a signaling NaN stays
 * signaling (so the NaN rules see it) and a denormal only sets memDenormal.
 */
function readF32(cpu: CPU, a: number, out: V, operand = false): void {
  loaded(fromF32Bits(cpu.readMem(a, 4) >>> 0, out), out, operand);
}

function readF64(cpu: CPU, a: number, out: V, operand = false): void {
  const lo = cpu.readMem(a, 8);
  loaded(fromF64Bits(cpu.hi >>> 0, lo >>> 0, out), out, operand);
}

function loaded(r: number, out: V, operand: boolean): void {
  if (r === 1) {
    if (operand) memDenormal = true;
    else exc |= DE;
  } else if (r === 2) {
    if (operand) out.h = (out.h & ~0x40000000) >>> 0;
    else exc |= IE;
  }
}

function readInt(cpu: CPU, a: number, bytes: number, out: V): void {
  if (bytes === 2) {
    const v = (cpu.readMem(a, 2) << 16) >> 16;
    fromInt(v, v < 0 ? -1 : 0, out);
  } else if (bytes === 4) {
    const v = cpu.readMem(a, 4) | 0;
    fromInt(v, v < 0 ? -1 : 0, out);
  } else {
    const lo = cpu.readMem(a, 8);
    fromInt(lo, cpu.hi, out);
  }
}

function readF80(cpu: CPU, a: number, out: V): void {
  const lo = cpu.readMem(a, 8);
  const hi = cpu.hi;
  out.set(cpu.readMem(a + 8, 2), hi, lo);
}

function writeF80(cpu: CPU, a: number, v: V): void {
  checkWrite(cpu, a, 10);
  cpu.writeMem(a, 8, v.l | 0, v.h | 0);
  cpu.writeMem(a + 8, 2, v.s);
}

/** Reads the second operand of a D8/DC/DA/DE instruction (memory by `mem`, or ST(i)). */
function secondOperand(cpu: CPU, f: FpuState, i: Insn, mem: number, out: V): boolean {
  if (i.mod === 3) return getST(f, i.rm & 7, out);
  const a = memAddr(cpu, i);
  switch (mem) {
    case 32:
      readF32(cpu, a, out, true);
      break;
    case 64:
      readF64(cpu, a, out, true);
      break;
    default:
      readInt(cpu, a, mem, out);
      break;
  }
  return true;
}

// ---- D8 / DC / DA / DE: arithmetic ----

/**
 * ST(0) = ST(0) op src (memory forms and D8 register forms), or — `reverse` (DC/DE
 * register forms) — ST(i) = ST(i) op' ST(0), where the hardware swaps sub/subr and
 * div/divr. `popAfter` is the DE "p" form.
 */
function arithInsn(cpu: CPU, i: Insn, mem: number, reverse: boolean, popAfter: boolean): void {
  const f = begin(cpu, i);
  let op = i.reg & 7;
  memDenormal = false;
  const ok2 = secondOperand(cpu, f, i, mem, B);
  const ok1 = getST(f, 0, A);
  // a denormal m32/m64 operand raises DE unless the other operand decides the result (NaN)
  if (memDenormal && ok1 && !isNan(kind(A)) && kind(A) !== K_UNSUP && !isNan(kind(B))) exc |= DE;
  if (op === 2 || op === 3) {
    // FCOM/FCOMP (and their DC/DE aliases)
    const r = ok1 && ok2 ? compare(A, B, false) : CMP_UN;
    if (!blocked(f) && (op === 3 || popAfter)) pop(f);
    finishCC(f, CC_OF_CMP[r]); // set even when an unmasked exception blocks the pop (as the host does)
    return;
  }
  const dst = reverse ? i.rm & 7 : 0;
  if (!ok1 || !ok2) setIndefinite(R);
  else if (reverse) {
    if (op >= 4) op ^= 1;
    arith(op, B, A, R, f.cw);
  } else arith(op, A, B, R, f.cw);
  if (!blocked(f)) {
    putST(f, dst, R);
    if (popAfter) pop(f);
  }
  finish(f);
}

function escD8(cpu: CPU, i: Insn): void {
  arithInsn(cpu, i, 32, false, false);
}

function escDC(cpu: CPU, i: Insn): void {
  arithInsn(cpu, i, 64, i.mod === 3, false);
}

function escDA(cpu: CPU, i: Insn): void {
  if (i.mod !== 3) {
    arithInsn(cpu, i, 4, false, false);
    return;
  }
  const reg = i.reg & 7;
  if (reg < 4) {
    fcmov(cpu, i, reg, false);
    return;
  }
  if (reg === 5 && (i.rm & 7) === 1) {
    fucomPop(cpu, i, 1, 2, true); // FUCOMPP
    return;
  }
  ud(i);
}

function escDE(cpu: CPU, i: Insn): void {
  if (i.mod !== 3) {
    arithInsn(cpu, i, 2, false, false);
    return;
  }
  const reg = i.reg & 7;
  if (reg === 3) {
    if ((i.rm & 7) !== 1) ud(i);
    fucomPop(cpu, i, 1, 2, false); // FCOMPP
    return;
  }
  arithInsn(cpu, i, 0, true, true);
}

// ---- compares ----

/** FCOM/FUCOM ST(0), ST(src) then pops `pops` times (FCOMP, FCOMPP, FUCOMP, FUCOMPP). */
function fucomPop(cpu: CPU, i: Insn, src: number, pops: number, quiet: boolean): void {
  const f = begin(cpu, i);
  const ok1 = getST(f, 0, A);
  const ok2 = getST(f, src, B);
  const r = ok1 && ok2 ? compare(A, B, quiet) : CMP_UN;
  // the condition codes are set even when an unmasked exception blocks the pops (host)
  if (!blocked(f)) for (let k = 0; k < pops; k++) pop(f);
  finishCC(f, CC_OF_CMP[r]);
}

/** FCOMI/FUCOMI (and the P forms): compare into ZF/PF/CF. */
function fcomi(cpu: CPU, i: Insn, quiet: boolean, popAfter: boolean): void {
  const f = begin(cpu, i);
  const ok1 = getST(f, 0, A);
  const ok2 = getST(f, i.rm & 7, B);
  const r = ok1 && ok2 ? compare(A, B, quiet) : CMP_UN;
  cpu.flags.setArith(FLAGS_OF_CMP[r]); // set even when an unmasked exception blocks the pop (host)
  if (!blocked(f) && popAfter) pop(f);
  // The SDM says C1 is cleared; AMD leaves it unchanged (observed natively) unless
  // there was a stack fault.
  finish(f, cpu.vendor === 'amd' && !(exc & SF));
}

/** FCMOVcc: DA (cc true) / DB (negated) with ModRM.reg 0 B, 1 E, 2 BE, 3 U. */
function fcmov(cpu: CPU, i: Insn, reg: number, negate: boolean): void {
  const f = begin(cpu, i);
  const fl = cpu.flags;
  let t: boolean;
  switch (reg) {
    case 0:
      t = fl.cf();
      break;
    case 1:
      t = fl.zf();
      break;
    case 2:
      t = fl.cf() || fl.zf();
      break;
    default:
      t = fl.pf();
      break;
  }
  if (negate) t = !t;
  const ok1 = getST(f, 0, A);
  const ok2 = getST(f, i.rm & 7, B);
  if (!ok1 || !ok2) {
    if (!blocked(f)) {
      setIndefinite(R);
      putST(f, 0, R);
    }
  } else if (t) putST(f, 0, B);
  finish(f, !(exc & SF)); // C1 is only defined on a stack underflow
}

// ---- D9 ----

function escD9(cpu: CPU, i: Insn): void {
  const reg = i.reg & 7;
  if (i.mod !== 3) {
    switch (reg) {
      case 0: {
        // FLD m32
        const f = begin(cpu, i);
        readF32(cpu, memAddr(cpu, i), A);
        if (!blocked(f)) push(f, A);
        finish(f);
        return;
      }
      case 2:
      case 3: {
        // FST/FSTP m32
        const f = begin(cpu, i);
        const a = storeAddr(cpu, i, 4);
        if (getST(f, 0, A)) toF32(A, (f.cw >> 10) & 3);
        else bl = 0xffc00000;
        if (!blocked(f)) {
          cpu.writeMem(a, 4, bl | 0);
          if (reg === 3) pop(f);
        }
        finish(f);
        return;
      }
      case 4:
        checkPending(cpu);
        fldenv(cpu, i, cpu.ea(i));
        return;
      case 5: {
        // FLDCW
        checkPending(cpu);
        const f = cpu.fpu;
        f.cw = cwValue(cpu.readMem(cpu.ea(i), 2));
        f.updateSummary();
        return;
      }
      case 6:
        fnstenv(cpu, i, eaW(cpu, i));
        cpu.fpu.cw |= 0x3f;
        cpu.fpu.updateSummary();
        return;
      case 7:
        cpu.writeMem(eaW(cpu, i), 2, cpu.fpu.cw);
        return;
      default:
        ud(i);
    }
  }
  const rm = i.rm & 7;
  switch (reg) {
    case 0: {
      // FLD ST(i)
      const f = begin(cpu, i);
      getST(f, rm, A);
      if (!blocked(f)) push(f, A);
      finish(f);
      return;
    }
    case 1:
      fxch(cpu, i);
      return;
    case 2:
      if (rm !== 0) ud(i);
      finish(begin(cpu, i), true); // FNOP
      return;
    case 3:
      // FSTP1 (an alias of FSTP ST(i)); AMD's D9 D8+i does not check for an empty ST(0):
      // then it only pops (no stack underflow, ST(i) unchanged), as the host CPU does
      if (cpu.vendor === 'amd' && cpu.fpu.isEmpty(cpu.fpu.top)) {
        const f = begin(cpu, i);
        pop(f);
        finish(f);
        return;
      }
      fstReg(cpu, i, true);
      return;
    case 4:
      switch (rm) {
        case 0:
        case 1: {
          // FCHS, FABS
          const f = begin(cpu, i);
          if (getST(f, 0, A)) {
            if (rm === 0) A.s ^= 0x8000;
            else A.s &= 0x7fff;
          }
          if (!blocked(f)) putST(f, 0, A);
          finish(f);
          return;
        }
        case 4: {
          // FTST
          const f = begin(cpu, i);
          const ok = getST(f, 0, A);
          B.set(0, 0, 0);
          const r = ok ? compare(A, B, false) : CMP_UN;
          finishCC(f, CC_OF_CMP[r]); // also with an unmasked exception (the host sets 111)
          return;
        }
        case 5:
          fxam(cpu, i);
          return;
        default:
          return ud(i);
      }
    case 5: {
      if (rm === 7) ud(i);
      const f = begin(cpu, i);
      if (rm === 6) A.set(0, 0, 0);
      else {
        const [m, e] = CONSTS[rm];
        const se = exc;
        roundTo(A, 0, m, e - 127, rm !== 0, 64, (f.cw >> 10) & 3);
        exc = se; // constants raise no precision exception
        c1 = 0;
      }
      push(f, A);
      finish(f);
      return;
    }
    case 6:
      switch (rm) {
        case 0:
          unaryTrans(cpu, i, f2xm1);
          return;
        case 1:
          fyl2x(cpu, i, false);
          return;
        case 2:
          ftrig(cpu, i, 2);
          return;
        case 3:
          fpatan(cpu, i);
          return;
        case 4:
          fxtract(cpu, i);
          return;
        case 5:
          fprem(cpu, i, true);
          return;
        case 6:
        case 7: {
          // FDECSTP, FINCSTP
          const f = begin(cpu, i);
          f.top = (f.top + (rm === 6 ? 7 : 1)) & 7;
          finish(f);
          return;
        }
      }
      return;
    default:
      switch (rm) {
        case 0:
          fprem(cpu, i, false);
          return;
        case 1:
          fyl2x(cpu, i, true);
          return;
        case 2: {
          // FSQRT
          const f = begin(cpu, i);
          if (getST(f, 0, A)) sqrtV(A, R, f.cw);
          else R.copy(A);
          if (!blocked(f)) putST(f, 0, R);
          finish(f);
          return;
        }
        case 3:
          ftrig(cpu, i, 3);
          return;
        case 4: {
          // FRNDINT
          const f = begin(cpu, i);
          if (getST(f, 0, A)) rndintV(A, R, (f.cw >> 10) & 3);
          else R.copy(A);
          if (!blocked(f)) putST(f, 0, R);
          finish(f);
          return;
        }
        case 5:
          fscale(cpu, i);
          return;
        case 6:
          ftrig(cpu, i, 0);
          return;
        default:
          ftrig(cpu, i, 1);
          return;
      }
  }
}

function fxch(cpu: CPU, i: Insn): void {
  const f = begin(cpu, i);
  getST(f, 0, A);
  getST(f, i.rm & 7, B);
  if (!blocked(f)) {
    putST(f, 0, B);
    putST(f, i.rm & 7, A);
  }
  finish(f);
}

/** FST/FSTP ST(i). */
function fstReg(cpu: CPU, i: Insn, popAfter: boolean): void {
  const f = begin(cpu, i);
  getST(f, 0, A);
  if (!blocked(f)) {
    putST(f, i.rm & 7, A);
    if (popAfter) pop(f);
  }
  finish(f);
}

function fxam(cpu: CPU, i: Insn): void {
  const f = begin(cpu, i);
  const p = f.top;
  A.set(f.sx[p], f.mhi[p], f.mlo[p]);
  c1 = A.s >>> 15;
  let cc: number;
  if (f.isEmpty(p)) cc = C3 | C0;
  else {
    switch (kind(A)) {
      case K_UNSUP:
        cc = 0;
        break;
      case K_QNAN:
      case K_SNAN:
        cc = C0;
        break;
      case K_NORM:
        cc = C2;
        break;
      case K_INF:
        cc = C2 | C0;
        break;
      case K_ZERO:
        cc = C3;
        break;
      default:
        cc = C3 | C2;
        break;
    }
  }
  finishCC(f, cc);
}

function unaryTrans(cpu: CPU, i: Insn, fn: (a: V, out: V) => void): void {
  const f = begin(cpu, i);
  trc = (f.cw >> 10) & 3;
  if (getST(f, 0, A)) fn(A, R);
  else R.copy(A);
  if (!blocked(f)) putST(f, 0, R);
  finish(f);
}

/** RC for the transcendental helpers (set by their instruction). */
let trc = RC_NEAR;

function f2xm1(a: V, out: V): void {
  const k = kind(a);
  if (nanOne(a, k, out)) return;
  if (k === K_ZERO) {
    out.copy(a);
    return;
  }
  if (k === K_INF) {
    if (a.s & 0x8000) out.set(0xbfff, 0x80000000, 0);
    else out.copy(a);
    return;
  }
  if (k === K_DEN) exc |= DE;
  f2xm1Ext(a, out, trc);
}

/** R = y · L where L = l · 2^le (signed; `exact` if it is). */
function ylog(y: V, ky: number, l: bigint, le: number, exact: boolean, rc: number): void {
  const ls = l < 0n ? 1 : 0;
  const sign = (y.s >>> 15) ^ ls;
  if (ky === K_INF) {
    if (l === 0n) {
      exc |= IE;
      setIndefinite(R);
    } else setInf(R, sign);
    return;
  }
  if (ky === K_ZERO || l === 0n) {
    R.set(sign << 15, 0, 0);
    return;
  }
  unpack(y, UB);
  roundTo(R, sign, UB.m * (ls ? -l : l), UB.e - 63 + le, !exact, 64, rc);
}

/** FYL2X (ST1 · log2 ST0) or FYL2XP1 (ST1 · log2(ST0 + 1)), popping. */
function fyl2x(cpu: CPU, i: Insn, p1: boolean): void {
  const f = begin(cpu, i);
  const ok = getST(f, 0, A) && getST(f, 1, B);
  const ka = kind(A);
  const kb = kind(B);
  if (!ok) setIndefinite(R);
  else if (nanPair(A, ka, B, kb, R)) {
    // NaN result
  } else {
    if (ka === K_DEN || kb === K_DEN) exc |= DE;
    const rc = (f.cw >> 10) & 3;
    const finiteX = ka === K_NORM || ka === K_DEN;
    if (p1 && finiteX && (A.s & 0x7fff) < 16383) {
      // log2(1 + x), |x| < 1: ln(1 + x) = 2·atanh(x/(2 + x))
      unpack(A, UA);
      const mx = UA.sign ? -UA.m : UA.m;
      let lm: bigint;
      let le: number;
      if (UA.e < -FB - 70) {
        lm = mx; // ln(1 + x) = x to far beyond 64 bits
        le = UA.e - 63;
      } else [lm, le] = atanh2(mx, (1n << BigInt(64 - UA.e)) + mx);
      ylog(B, kb, lm * LOG2E_F, le - FB, false, rc);
    } else if (p1 && finiteX && (A.s & 0x8000) === 0) {
      // beyond the defined range: log2 of the rounded 1 + x
      TMP3.set(0x3fff, 0x80000000, 0);
      addV(A, TMP3, false, TMP2, 0x37f);
      ylog(B, kb, log2Fixed(TMP2)[0], -FB, false, rc);
    } else if (p1 && finiteX && (A.s & 0x7fff) === 16383 && A.h === 0x80000000 && A.l === 0) {
      // x = −1: log2(0)
      if (kb !== K_ZERO && kb !== K_INF) exc |= ZE;
      setInf(TMP1, 1);
      mulV(B, TMP1, R, f.cw);
    } else if (p1 && ka === K_ZERO) {
      mulV(B, A, R, f.cw); // log2(1 ± 0) = ±0
    } else if ((A.s & 0x8000) !== 0 && ka !== K_ZERO) {
      exc = (exc & ~DE) | IE; // an invalid operand raises no DE for the other (observed)
      setIndefinite(R);
    } else if (ka === K_ZERO) {
      if (kb !== K_ZERO && kb !== K_INF) exc |= ZE;
      setInf(TMP1, 1);
      mulV(B, TMP1, R, f.cw);
    } else if (ka === K_INF) mulV(B, A, R, f.cw);
    else ylog(B, kb, log2Fixed(A)[0], -FB, false, rc); // (inexact even for powers of two, as on AMD)
  }
  if (!blocked(f)) {
    putST(f, 1, R);
    pop(f);
  }
  finish(f);
}

/** FSIN (0), FCOS (1), FPTAN (2), FSINCOS (3). */
function ftrig(cpu: CPU, i: Insn, which: number): void {
  const f = begin(cpu, i);
  const ok = getST(f, 0, A);
  const k = kind(A);
  const pushes = which >= 2;
  f.sw &= ~C2;
  if (ok && (k === K_NORM || k === K_DEN) && (A.s & 0x7fff) >= 16383 + 63) {
    // |x| ≥ 2^63: out of range, operand unchanged
    finishCC(f, C2);
    return;
  }
  if (pushes && pushOverflows(f)) {
    exc |= IE | SF;
    c1 = 1;
    if (!blocked(f)) {
      setIndefinite(R);
      putST(f, 0, R);
      push(f, R);
    }
    finish(f);
    return;
  }
  if (!ok) {
    R.copy(A);
    R2.copy(A);
  } else if (nanOne(A, k, R)) R2.copy(R);
  else if (k === K_INF) {
    exc |= IE;
    setIndefinite(R);
    setIndefinite(R2);
  } else if (k === K_ZERO) {
    // sin/tan keep the zero; cos is 1
    if (which === 1) R.set(0x3fff, 0x80000000, 0);
    else R.copy(A);
    R2.set(0x3fff, 0x80000000, 0);
  } else if ((A.s & 0x7fff) < 16383 - 100) {
    // tiny: sin x = x − ε, tan x = x + ε, cos x = 1 − ε
    if (k === K_DEN) exc |= DE;
    const rc = (f.cw >> 10) & 3;
    unpack(A, UA);
    const m = UA.m << 8n;
    roundTo(R, UA.sign, which === 2 ? m : m - 1n, UA.e - 71, true, 64, rc);
    if (which === 1 || which === 3) {
      const one = (1n << 80n) - 1n;
      if (which === 1) roundTo(R, 0, one, -80, true, 64, rc);
      else roundTo(R2, 0, one, -80, true, 64, rc);
    } else R2.set(0x3fff, 0x80000000, 0);
  } else {
    if (k === K_DEN) exc |= DE;
    const rc = (f.cw >> 10) & 3;
    const [sn, cs] = sinCosFixed(A);
    if (which === 0) roundSigned(R, false, sn, -FB, false, rc);
    else if (which === 1) roundSigned(R, false, cs, -FB, false, rc);
    else if (which === 2) {
      const neg = sn < 0n !== cs < 0n;
      const an = sn < 0n ? -sn : sn;
      const ac = cs < 0n ? -cs : cs;
      roundSigned(R, neg, (an << FBn) / ac, -FB, false, rc);
      R2.set(0x3fff, 0x80000000, 0);
    } else {
      roundSigned(R, false, sn, -FB, false, rc);
      const c1sin = c1; // C1 reports the sine's rounding (observed natively)
      roundSigned(R2, false, cs, -FB, false, rc);
      c1 = c1sin;
    }
  }
  if (!blocked(f)) {
    putST(f, 0, R);
    if (pushes) push(f, R2);
  }
  finish(f); // C2 cleared above; C0 and C3 are left alone (as observed natively)
}

/** FPATAN: ST1 = atan(ST1 / ST0) with the quadrant from both signs, popping. */
function fpatan(cpu: CPU, i: Insn): void {
  const f = begin(cpu, i);
  const ok = getST(f, 0, A) && getST(f, 1, B);
  const ka = kind(A);
  const kb = kind(B);
  if (!ok) setIndefinite(R);
  else if (nanPair(A, ka, B, kb, R)) {
    // NaN result
  } else {
    if (ka === K_DEN || kb === K_DEN) exc |= DE;
    const finite = (ka === K_NORM || ka === K_DEN) && (kb === K_NORM || kb === K_DEN);
    const rc = (f.cw >> 10) & 3;
    if (finite) atan2Ext(A, B, R, rc);
    else {
      // zeros and infinities: 0, ±π/4, ±π/2, ±3π/4, ±π by the C99 atan2 rules
      const r = Math.atan2(toNearestNum(B), toNearestNum(A));
      if (r === 0) fromNum(r, R);
      else roundSigned(R, r < 0, BigInt(Math.round(Math.abs(r) / (Math.PI / 4))) * PI4_F, -FB, false, rc);
    }
  }
  if (!blocked(f)) {
    putST(f, 1, R);
    pop(f);
  }
  finish(f);
}

function fxtract(cpu: CPU, i: Insn): void {
  const f = begin(cpu, i);
  const ok = getST(f, 0, A);
  const k = kind(A);
  if (pushOverflows(f)) {
    exc |= IE | SF;
    c1 = 1;
    if (!blocked(f)) {
      setIndefinite(R);
      putST(f, 0, R);
      push(f, R);
    }
    finish(f);
    return;
  }
  if (!ok) {
    R.copy(A);
    R2.copy(A);
  } else if (nanOne(A, k, R)) R2.copy(R);
  else if (k === K_ZERO) {
    exc |= ZE;
    setInf(R, 1);
    R2.copy(A);
  } else if (k === K_INF) {
    setInf(R, 0);
    R2.copy(A);
  } else {
    if (k === K_DEN) exc |= DE;
    unpack(A, UA);
    fromInt(UA.e | 0, UA.e < 0 ? -1 : 0, R);
    const m = UA.m;
    R2.set((UA.sign << 15) | 0x3fff, Number(m >> 32n), Number(m & 0xffffffffn));
  }
  if (!blocked(f)) {
    putST(f, 0, R); // exponent
    push(f, R2); // significand
  }
  finish(f);
}

/** FPREM (truncating quotient) / FPREM1 (IEEE: nearest quotient). */
function fprem(cpu: CPU, i: Insn, ieee: boolean): void {
  const f = begin(cpu, i);
  const ok = getST(f, 0, A) && getST(f, 1, B);
  const ka = kind(A);
  const kb = kind(B);
  let cc = 0;
  // a NaN result leaves C0/C1/C3 alone (observed natively); only C2 is cleared
  let keep = true;
  if (!ok) setIndefinite(R);
  else if (nanPair(A, ka, B, kb, R)) {
    // NaN result
  } else if (ka === K_INF || kb === K_ZERO) {
    exc |= IE;
    setIndefinite(R);
  } else if (ka === K_ZERO || kb === K_INF) {
    keep = false;
    if (ka === K_DEN || kb === K_DEN) exc |= DE;
    R.copy(A);
  } else {
    keep = false;
    if (ka === K_DEN || kb === K_DEN) exc |= DE;
    unpack(A, UA);
    unpack(B, UB);
    const d = UA.e - UB.e;
    if (d >= 64) {
      // incomplete: reduce by a (truncated) multiple of b · 2^(d − N), N = 32 + d mod 32
      const n = 32 + (d & 31);
      const qq = (UA.m << BigInt(n)) / UB.m;
      const r = (UA.m << BigInt(n)) - UB.m * qq;
      if (r === 0n) R.set(UA.sign << 15, 0, 0);
      else roundTo(R, UA.sign, r, UA.e - 63 - n, false, 64, RC_NEAR);
      cc = C2;
    } else {
      const emin = Math.min(UA.e, UB.e);
      const a = UA.m << BigInt(UA.e - emin);
      const b = UB.m << BigInt(UB.e - emin);
      let q = a / b;
      let r = a - q * b;
      let sign = UA.sign;
      if (ieee) {
        const r2 = r * 2n;
        if (r2 > b || (r2 === b && (q & 1n) === 1n)) {
          q += 1n;
          r = b - r;
          sign ^= 1;
        }
      }
      if (r === 0n) R.set(UA.sign << 15, 0, 0);
      else roundTo(R, sign, r, emin - 63, false, 64, RC_NEAR);
      const qb = Number(q & 7n);
      cc = (qb & 4 ? C0 : 0) | (qb & 2 ? C3 : 0);
      c1 = qb & 1;
    }
  }
  if (!blocked(f)) putST(f, 0, R);
  if (keep) {
    f.sw &= ~C2;
    finish(f);
  } else finishCC(f, cc);
}

function fscale(cpu: CPU, i: Insn): void {
  const f = begin(cpu, i);
  const ok = getST(f, 0, A) && getST(f, 1, B);
  const ka = kind(A);
  const kb = kind(B);
  if (!ok) setIndefinite(R);
  else if (nanPair(A, ka, B, kb, R)) {
    // NaN result
  } else {
    if (ka === K_DEN || kb === K_DEN) exc |= DE;
    if (kb === K_INF) {
      const neg = (B.s & 0x8000) !== 0;
      if ((ka === K_ZERO && !neg) || (ka === K_INF && neg)) {
        exc |= IE;
        setIndefinite(R);
      } else if (ka === K_ZERO || ka === K_INF) R.copy(A);
      else if (neg) R.set(A.s & 0x8000, 0, 0);
      else setInf(R, A.s >>> 15);
    } else if (ka === K_ZERO || ka === K_INF) R.copy(A);
    else {
      // n = trunc(ST1), clamped far beyond the exponent range
      let n = 0;
      if (kb !== K_ZERO) {
        unpack(B, UB);
        if (UB.e >= 20) n = 1 << 20;
        else if (UB.e >= 0) n = Number(UB.m >> BigInt(63 - UB.e));
        if (UB.sign) n = -n;
      }
      unpack(A, UA);
      roundTo(R, UA.sign, UA.m, UA.e - 63 + n, false, 64, (f.cw >> 10) & 3);
    }
  }
  if (!blocked(f)) putST(f, 0, R);
  finish(f);
}

// ---- DB ----

function escDB(cpu: CPU, i: Insn): void {
  const reg = i.reg & 7;
  if (i.mod !== 3) {
    switch (reg) {
      case 0:
        fild(cpu, i, 4);
        return;
      case 1:
        fist(cpu, i, 4, true, RC_ZERO);
        return;
      case 2:
        fist(cpu, i, 4, false, -1);
        return;
      case 3:
        fist(cpu, i, 4, true, -1);
        return;
      case 5: {
        // FLD m80
        const f = begin(cpu, i);
        readF80(cpu, memAddr(cpu, i), A);
        push(f, A);
        finish(f);
        return;
      }
      case 7: {
        // FSTP m80
        const f = begin(cpu, i);
        const a = storeAddr(cpu, i, 10);
        getST(f, 0, A);
        if (!blocked(f)) {
          writeF80(cpu, a, A);
          pop(f);
        }
        finish(f);
        return;
      }
      default:
        ud(i);
    }
  }
  const rm = i.rm & 7;
  switch (reg) {
    case 0:
    case 1:
    case 2:
    case 3:
      fcmov(cpu, i, reg, true);
      return;
    case 4:
      switch (rm) {
        case 0:
        case 1:
        case 4:
          return; // FENI, FDISI, FSETPM: no-ops
        case 2: {
          // FNCLEX
          const f = cpu.fpu;
          f.sw &= ~(0x80ff | BUSY);
          return;
        }
        case 3:
          cpu.fpu.init(); // FNINIT
          return;
        default:
          return ud(i);
      }
    case 5:
      fcomi(cpu, i, true, false);
      return;
    case 6:
      fcomi(cpu, i, false, false);
      return;
    default:
      ud(i);
  }
}

function fild(cpu: CPU, i: Insn, bytes: number): void {
  const f = begin(cpu, i);
  readInt(cpu, memAddr(cpu, i), bytes, A);
  push(f, A);
  finish(f);
}

/** FIST/FISTP (rc −1: the control word's RC) and FISTTP (RC_ZERO). */
function fist(cpu: CPU, i: Insn, bytes: number, popAfter: boolean, rc: number): void {
  const f = begin(cpu, i);
  const a = storeAddr(cpu, i, bytes);
  if (getST(f, 0, A)) toInt(A, bytes, rc < 0 ? (f.cw >> 10) & 3 : rc);
  else {
    il = bytes === 2 ? 0x8000 : bytes === 4 ? 0x80000000 | 0 : 0;
    ih = 0x80000000 | 0;
  }
  if (!blocked(f)) {
    cpu.writeMem(a, bytes, il, ih);
    if (popAfter) pop(f);
  }
  finish(f);
}

// ---- DD ----

function escDD(cpu: CPU, i: Insn): void {
  const reg = i.reg & 7;
  if (i.mod !== 3) {
    switch (reg) {
      case 0: {
        // FLD m64
        const f = begin(cpu, i);
        readF64(cpu, memAddr(cpu, i), A);
        if (!blocked(f)) push(f, A);
        finish(f);
        return;
      }
      case 1:
        fist(cpu, i, 8, true, RC_ZERO);
        return;
      case 2:
      case 3: {
        // FST/FSTP m64
        const f = begin(cpu, i);
        const a = storeAddr(cpu, i, 8);
        if (getST(f, 0, A)) toF64(A, (f.cw >> 10) & 3);
        else {
          bh = 0xfff80000;
          bl = 0;
        }
        if (!blocked(f)) {
          cpu.writeMem(a, 8, bl | 0, bh | 0);
          if (reg === 3) pop(f);
        }
        finish(f);
        return;
      }
      case 4:
        checkPending(cpu);
        frstor(cpu, i, cpu.ea(i));
        return;
      case 6: {
        const a = eaW(cpu, i);
        fnsave(cpu, i, a);
        return;
      }
      case 7:
        cpu.writeMem(eaW(cpu, i), 2, cpu.fpu.status);
        return;
      default:
        ud(i);
    }
  }
  const rm = i.rm & 7;
  switch (reg) {
    case 0: {
      // FFREE
      const f = begin(cpu, i);
      f.ftw &= ~(1 << f.phys(rm));
      finish(f);
      return;
    }
    case 1:
      fxch(cpu, i); // FXCH4 (alias)
      return;
    case 2:
      fstReg(cpu, i, false);
      return;
    case 3:
      fstReg(cpu, i, true);
      return;
    case 4:
      fucomPop(cpu, i, rm, 0, true);
      return;
    case 5:
      fucomPop(cpu, i, rm, 1, true);
      return;
    default:
      ud(i);
  }
}

// ---- DF ----

function escDF(cpu: CPU, i: Insn): void {
  const reg = i.reg & 7;
  if (i.mod !== 3) {
    switch (reg) {
      case 0:
        fild(cpu, i, 2);
        return;
      case 1:
        fist(cpu, i, 2, true, RC_ZERO);
        return;
      case 2:
        fist(cpu, i, 2, false, -1);
        return;
      case 3:
        fist(cpu, i, 2, true, -1);
        return;
      case 4:
        fbld(cpu, i);
        return;
      case 5:
        fild(cpu, i, 8);
        return;
      case 6:
        fbstp(cpu, i);
        return;
      default:
        fist(cpu, i, 8, true, -1);
        return;
    }
  }
  switch (reg) {
    case 0: {
      // FFREEP (undocumented)
      const f = begin(cpu, i);
      f.ftw &= ~(1 << f.phys(i.rm & 7));
      pop(f);
      finish(f);
      return;
    }
    case 1:
      fxch(cpu, i); // FXCH7 (alias)
      return;
    case 2:
    case 3:
      fstReg(cpu, i, true); // FSTP8/FSTP9 (aliases)
      return;
    case 4:
      if ((i.rm & 7) !== 0) ud(i);
      cpu.setReg(0, 2, cpu.fpu.status); // FNSTSW AX
      return;
    case 5:
      fcomi(cpu, i, true, true);
      return;
    case 6:
      fcomi(cpu, i, false, true);
      return;
    default:
      ud(i);
  }
}

function fbld(cpu: CPU, i: Insn): void {
  const f = begin(cpu, i);
  const a = memAddr(cpu, i);
  checkParts(cpu, a, 10, PTE_R);
  const bytes = cpu.mem.readBytes(a, 10, cpu.mem.user);
  let n = 0n;
  for (let k = 8; k >= 0; k--) n = n * 100n + BigInt((bytes[k] >> 4) * 10 + (bytes[k] & 15));
  const neg = (bytes[9] & 0x80) !== 0;
  if (n === 0n) A.set(neg ? 0x8000 : 0, 0, 0);
  else roundTo(A, neg ? 1 : 0, n, 0, false, 64, RC_NEAR);
  push(f, A);
  finish(f);
}

function fbstp(cpu: CPU, i: Insn): void {
  const f = begin(cpu, i);
  const a = storeAddr(cpu, i, 10);
  const out = new Uint8Array(10);
  let valid = getST(f, 0, A);
  const k = kind(A);
  const neg = (A.s & 0x8000) !== 0;
  let n = 0n;
  if (valid && (k === K_NORM || k === K_DEN)) {
    const se = exc;
    rndintV(A, R, (f.cw >> 10) & 3);
    exc &= ~DE | se; // FBSTP raises no denormal-operand exception
    if (kind(R) !== K_ZERO) {
      unpack(R, UA);
      n = UA.e >= 63 ? UA.m << BigInt(UA.e - 63) : UA.m >> BigInt(63 - UA.e);
    }
    if (n >= 10n ** 18n) valid = false;
  } else if (valid && k !== K_ZERO) valid = false;
  if (!valid) {
    if (!(exc & SF)) exc |= IE;
    exc &= ~PE;
    c1 = 0;
    out.set([0, 0, 0, 0, 0, 0, 0, 0xc0, 0xff, 0xff]);
  } else {
    for (let d = 0; d < 9; d++) {
      const lo = Number(n % 10n);
      n /= 10n;
      const hi = Number(n % 10n);
      n /= 10n;
      out[d] = (hi << 4) | lo;
    }
    out[9] = neg ? 0x80 : 0;
  }
  if (!blocked(f)) {
    cpu.mem.writeBytes(a, out, cpu.mem.user);
    pop(f);
  }
  finish(f);
}

// ---- environment and state images ----

/**
 * The checks of an environment or state image (FNSTENV, FLDENV, FNSAVE, FRSTOR) of n
 * bytes at `a`, before any byte moves: its first part and page, then — on AMD, as the
 * host does — its last byte (a fault there names a + n − 1, not the next page's start).
 */
function checkImage(cpu: CPU, a: number, n: number, need: number): void {
  checkAlignment(cpu, a, n === 14 || n === 94 ? 2 : 4); // #AC: the 16-bit formats want 2 bytes, the others 4
  if (cpu.vendor === 'amd') {
    checkParts(cpu, a, n, need);
    cpu.mem.translate(cpu.mode64 ? a + n - 1 : (a + n - 1) >>> 0, need);
  } else if (need === PTE_W) checkWrite(cpu, a, n, true);
  else checkParts(cpu, a, n, need);
}

/** FNSTENV: the 28-byte (32-bit) or 14-byte (16-bit operand size) protected-mode format. */
function fnstenv(cpu: CPU, i: Insn, a: number): void {
  const img = envImage(cpu.fpu, i.opsize === 2, cpu.vendor === 'amd');
  checkImage(cpu, a, img.length, PTE_W);
  cpu.mem.writeBytes(a, img, cpu.mem.user);
}

function envImage(f: FpuState, small: boolean, amd: boolean): Uint8Array {
  const p = f.savedPointers(amd);
  const words = small
    ? [f.cw, f.status, f.tagWord, p.fip & 0xffff, p.fcs, p.fdp & 0xffff, p.fds]
    : [0xffff0000 | f.cw, 0xffff0000 | f.status, 0xffff0000 | f.tagWord, low32(p.fip), ((p.fop & 0x7ff) << 16) | (p.fcs & 0xffff), low32(p.fdp), 0xffff0000 | p.fds];
  const size = small ? 2 : 4;
  const out = new Uint8Array(words.length * size);
  words.forEach((w, k) => {
    for (let b = 0; b < size; b++) out[k * size + b] = (w >>> (8 * b)) & 0xff;
  });
  return out;
}

/** A control word as loaded: reserved bits 7 and 13–15 read as 0, bit 6 as 1 (verified natively). */
function cwValue(v: number): number {
  return (v & 0x1f3f) | 0x40;
}

function low32(v: number): number {
  return (v - Math.floor(v / TWO32) * TWO32) >>> 0;
}

function loadEnv(f: FpuState, buf: Uint8Array, small: boolean): void {
  const size = small ? 2 : 4;
  const w = (k: number): number => {
    let v = 0;
    for (let b = 0; b < size; b++) v |= buf[k * size + b] << (8 * b);
    return v >>> 0;
  };
  f.cw = cwValue(w(0));
  f.status = w(1) & 0xffff;
  f.tagWord = w(2) & 0xffff;
  f.fip = small ? w(3) & 0xffff : w(3);
  if (small) f.fcs = w(4) & 0xffff;
  else {
    f.fcs = w(4) & 0xffff;
    f.fop = (w(4) >>> 16) & 0x7ff;
  }
  f.fdp = small ? w(5) & 0xffff : w(5);
  f.fds = w(6) & 0xffff;
  f.updateSummary();
}

function fldenv(cpu: CPU, i: Insn, a: number): void {
  const small = i.opsize === 2;
  checkImage(cpu, a, small ? 14 : 28, PTE_R);
  loadEnv(cpu.fpu, cpu.mem.readBytes(a, small ? 14 : 28, cpu.mem.user), small);
}

function fnsave(cpu: CPU, i: Insn, a: number): void {
  const f = cpu.fpu;
  const small = i.opsize === 2;
  const env = envImage(f, small, cpu.vendor === 'amd');
  const out = new Uint8Array(env.length + 80);
  out.set(env);
  for (let k = 0; k < 8; k++) f.readReg80(f.phys(k), out, env.length + 10 * k);
  checkImage(cpu, a, out.length, PTE_W);
  cpu.mem.writeBytes(a, out, cpu.mem.user);
  f.init();
}

function frstor(cpu: CPU, i: Insn, a: number): void {
  const f = cpu.fpu;
  const small = i.opsize === 2;
  const n = small ? 14 : 28;
  checkImage(cpu, a, n + 80, PTE_R);
  const buf = cpu.mem.readBytes(a, n + 80, cpu.mem.user);
  loadEnv(f, buf, small);
  for (let k = 0; k < 8; k++) f.writeReg80(f.phys(k), buf, n + 10 * k);
}

// ---- FWAIT ----

function fwait(cpu: CPU): void {
  checkPending(cpu);
}

// ================= registration =================

defOp(MAP_1, 0xd8, { name: 'x87 (d8)', modrm: true, h: escD8 });
defOp(MAP_1, 0xd9, { name: 'x87 (d9)', modrm: true, h: escD9 });
defOp(MAP_1, 0xda, { name: 'x87 (da)', modrm: true, h: escDA });
defOp(MAP_1, 0xdb, { name: 'x87 (db)', modrm: true, h: escDB });
defOp(MAP_1, 0xdc, { name: 'x87 (dc)', modrm: true, h: escDC });
defOp(MAP_1, 0xdd, { name: 'x87 (dd)', modrm: true, h: escDD });
defOp(MAP_1, 0xde, { name: 'x87 (de)', modrm: true, h: escDE });
defOp(MAP_1, 0xdf, { name: 'x87 (df)', modrm: true, h: escDF });
if (!lookupDef(MAP_1, 0x9b, 0)) defOp(MAP_1, 0x9b, { name: 'fwait', h: fwait });

