// Exact IEEE arithmetic for the slow paths of SSE floating point: used when MXCSR
// selects a directed rounding mode, when a result is tiny (underflow/FTZ/inexact must
// be decided exactly) or when the fast error-free transformations could be inexact.
// Values are finite JS doubles (single-precision values are exact doubles); operands
// are decomposed into sign · M · 2^E with M a BigInt, the operation is done exactly
// (division and square root keep a sticky bit) and the result rounded once to the
// target format with the requested rounding control.
//
// Rounding reports the MXCSR flags it raises in `exactFlags` (PE, UE, OE): underflow
// is signalled when the result is tiny *after rounding* and inexact, as x86 does
// (tininess-after-rounding); with MXCSR.FTZ a tiny result is flushed to a signed zero
// and raises UE and PE.

import { pow2 } from '../float80.js';
import { MX_OE, MX_PE, MX_UE, RC_DOWN, RC_NEAREST, RC_UP } from './sse-common.js';

export interface Format {
  prec: number;
  emin: number;
  emax: number;
  /** Largest finite value. */
  max: number;
}
export const SINGLE: Format = { prec: 24, emin: -126, emax: 127, max: 3.4028234663852886e38 };
export const DOUBLE: Format = { prec: 53, emin: -1022, emax: 1023, max: Number.MAX_VALUE };

/** Flags raised by the last exact operation. */
export let exactFlags = 0;

const cvb = new ArrayBuffer(8);
const cvF64 = new Float64Array(cvb);
const cvU32 = new Uint32Array(cvb);

let dNeg = false;
let dM = 0n;
let dE = 0;

/** Decomposes a finite double into dNeg, dM, dE (dM = 0 for zeros). */
function decompose(v: number): void {
  cvF64[0] = v;
  const lo = cvU32[0];
  const hi = cvU32[1];
  dNeg = hi >>> 31 === 1;
  const e = (hi >>> 20) & 0x7ff;
  const f = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (e === 0) {
    dM = f;
    dE = -1074;
  } else {
    dM = f | (1n << 52n);
    dE = e - 1075;
  }
}

export function bitLength(m: bigint): number {
  return m === 0n ? 0 : m.toString(2).length;
}

/** Rounds (−1)^neg · M · 2^E to `fmt` under rounding control `rc`; sets exactFlags. */
export function roundTo(neg: boolean, M: bigint, E: number, fmt: Format, rc: number, ftz: boolean): number {
  exactFlags = 0;
  if (M === 0n) return neg ? -0 : 0;
  const { prec, emin, emax } = fmt;
  const bl = bitLength(M);
  const e = bl - 1 + E;
  const keep = e >= emin ? prec : prec - (emin - e);
  let q: bigint;
  let qe: number;
  let inexact = false;
  if (bl - keep <= 0) {
    q = M;
    qe = E;
  } else {
    const shift = bl - keep;
    q = roundShift(neg, M, shift, rc);
    inexact = lastRem;
    qe = E + shift;
  }
  const re = (q === 0n ? -Infinity : bitLength(q) - 1) + qe;
  if (re > emax) {
    exactFlags = MX_OE | MX_PE;
    const toInf = rc === RC_NEAREST || (rc === RC_UP && !neg) || (rc === RC_DOWN && neg);
    const mag = toInf ? Infinity : fmt.max;
    return neg ? -mag : mag;
  }
  // tininess after rounding: round to `prec` bits with an unbounded exponent
  let tiny = false;
  if (e < emin) {
    if (bl <= prec) tiny = true;
    else {
      const sh = bl - prec;
      const q2 = roundShift(neg, M, sh, rc);
      tiny = bitLength(q2) - 1 + E + sh < emin;
    }
  }
  let flags = inexact ? MX_PE : 0;
  if (tiny && inexact) flags |= MX_UE;
  let v = q === 0n ? 0 : Number(q) * pow2(qe);
  if (ftz && tiny) {
    v = 0;
    flags |= MX_UE | MX_PE;
  }
  exactFlags = flags;
  return neg ? -v : v;
}

let lastRem = false;
/** M >> shift rounded by rc (sign neg); lastRem tells whether bits were lost. */
function roundShift(neg: boolean, M: bigint, shift: number, rc: number): bigint {
  const sh = BigInt(shift);
  let q = M >> sh;
  const rem = M - (q << sh);
  lastRem = rem !== 0n;
  if (rem === 0n) return q;
  let up: boolean;
  switch (rc) {
    case RC_NEAREST: {
      const half = 1n << (sh - 1n);
      up = rem > half || (rem === half && (q & 1n) === 1n);
      break;
    }
    case RC_DOWN:
      up = neg;
      break;
    case RC_UP:
      up = !neg;
      break;
    default:
      up = false;
  }
  if (up) q += 1n;
  return q;
}

export const X_ADD = 0, X_SUB = 1, X_MUL = 2, X_DIV = 3, X_SQRT = 6;

/**
 * Exactly rounded a op b for finite a, b (sqrt uses b). The caller has already handled
 * NaNs, infinities, invalid operations and division by zero.
 */
export function exactArith(op: number, a: number, b: number, fmt: Format, rc: number, ftz: boolean): number {
  decompose(a);
  const an = dNeg, am = dM, ae = dE;
  decompose(op === X_SUB ? -b : b);
  const bn = dNeg, bm = dM, be = dE;
  switch (op) {
    case X_ADD:
    case X_SUB: {
      if (am === 0n && bm === 0n) {
        exactFlags = 0;
        if (an && bn) return -0;
        return an !== bn && rc === RC_DOWN ? -0 : 0;
      }
      if (am === 0n) return roundTo(bn, bm, be, fmt, rc, ftz);
      if (bm === 0n) return roundTo(an, am, ae, fmt, rc, ftz);
      const E = Math.min(ae, be);
      const A = am << BigInt(ae - E);
      const B = bm << BigInt(be - E);
      const s = (an ? -A : A) + (bn ? -B : B);
      if (s === 0n) {
        exactFlags = 0;
        return rc === RC_DOWN ? -0 : 0;
      }
      return roundTo(s < 0n, s < 0n ? -s : s, E, fmt, rc, ftz);
    }
    case X_MUL:
      return roundTo(an !== bn, am * bm, ae + be, fmt, rc, ftz);
    case X_DIV: {
      if (am === 0n) {
        exactFlags = 0;
        return an !== bn ? -0 : 0;
      }
      const k = Math.max(0, fmt.prec + 3 + bitLength(bm) - bitLength(am) + 1);
      const n = am << BigInt(k);
      const q = n / bm;
      const r = n - q * bm;
      return roundTo(an !== bn, q * 2n + (r !== 0n ? 1n : 0n), ae - be - k - 1, fmt, rc, ftz);
    }
    default: {
      // sqrt of b (b ≥ 0 or −0 handled by the caller)
      if (bm === 0n) {
        exactFlags = 0;
        return b;
      }
      let m = bm;
      let E = be;
      if (E & 1) {
        m <<= 1n;
        E -= 1;
      }
      const k = Math.max(0, fmt.prec + 3 - (bitLength(m) >> 1) + 1);
      m <<= BigInt(2 * k);
      E -= 2 * k;
      const s = isqrt(m);
      const r = m - s * s;
      return roundTo(false, s * 2n + (r !== 0n ? 1n : 0n), E / 2 - 1, fmt, rc, ftz);
    }
  }
}

/** Rounds a finite double to `fmt` (cvtsd2ss, and integer conversions via roundTo). */
export function exactRound(v: number, fmt: Format, rc: number, ftz: boolean): number {
  decompose(v);
  return roundTo(dNeg, dM, dE, fmt, rc, ftz);
}

/** Floor square root of n ≥ 0. */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((bitLength(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

