// Conversions between JS doubles (IEEE binary64) and the x87 80-bit extended format
// (1 sign bit, 15-bit exponent biased by 16383, 64-bit significand with an explicit
// integer bit), stored little-endian in 10 bytes — the layout of `fld m80`, `fstp m80`,
// fsave/fxsave register images.
//
// f64ToF80 is exact (every double is representable) and bit-preserving: an SNaN stays
// signalling (a real `fld m64` would quiet it and raise IE — that is the caller's job).
// f80ToF64 gives what `fstp m64` stores under round-to-nearest: results in the double
// subnormal range are rounded once, at the subnormal precision; values beyond the
// double range become ±Infinity, values below it ±0; NaNs keep their sign and the top
// 52 fraction bits of their payload and are returned quiet; pseudo-denormals (exponent 0,
// integer bit set) convert by value; the unsupported encodings — unnormals (integer bit
// clear, exponent neither 0 nor 0x7FFF), pseudo-NaNs and pseudo-infinities — become the
// default NaN 0xFFF8000000000000, as the hardware's invalid operation does. (Checked
// against fldl/fstpt and fldt/fstpl on an x86-64 host; see test/cpu/sse.test.ts.)

const cvb = new ArrayBuffer(8);
const cvF64 = new Float64Array(cvb);
const cvU32 = new Uint32Array(cvb);
const TWO32 = 4294967296;

/** 2^n as an exact double for -1074 ≤ n ≤ 1023 (0 / Infinity outside). */
export function pow2(n: number): number {
  if (n > 1023) return Infinity;
  if (n >= -1022) {
    cvU32[0] = 0;
    cvU32[1] = (n + 1023) << 20;
    return cvF64[0];
  }
  if (n < -1074) return 0;
  const b = n + 1074; // bit position in the subnormal fraction
  if (b >= 32) {
    cvU32[0] = 0;
    cvU32[1] = 1 << (b - 32);
  } else {
    cvU32[0] = (1 << b) >>> 0;
    cvU32[1] = 0;
  }
  return cvF64[0];
}

/** Writes `v` as an 80-bit extended value into out[off..off+9]. */
export function f64ToF80(v: number, out: Uint8Array, off: number): void {
  cvF64[0] = v;
  const lo = cvU32[0];
  const hi = cvU32[1];
  const sign = hi >>> 31;
  const e = (hi >>> 20) & 0x7ff;
  const fracHi = hi & 0xfffff;
  let mHi: number; // significand bits 63..32
  let mLo: number; // significand bits 31..0
  let exp: number;
  if (e === 0x7ff) {
    exp = 0x7fff;
    // integer bit set; fraction shifted up by 11 (infinity: fraction zero)
    mHi = (0x80000000 | (fracHi << 11) | (lo >>> 21)) >>> 0;
    mLo = (lo << 11) >>> 0;
  } else if (e === 0) {
    if (fracHi === 0 && lo === 0) {
      exp = 0;
      mHi = 0;
      mLo = 0;
    } else {
      // subnormal double: normalise (the value fits the extended exponent range)
      let fh = fracHi;
      let fl = lo;
      let ex = -1022;
      while ((fh & 0x100000) === 0) {
        fh = ((fh << 1) | (fl >>> 31)) & 0x1fffff;
        fl = (fl << 1) >>> 0;
        ex--;
      }
      exp = ex + 16383;
      mHi = ((fh << 11) | (fl >>> 21)) >>> 0;
      mLo = (fl << 11) >>> 0;
    }
  } else {
    exp = e - 1023 + 16383;
    mHi = (0x80000000 | (fracHi << 11) | (lo >>> 21)) >>> 0;
    mLo = (lo << 11) >>> 0;
  }
  out[off] = mLo & 0xff;
  out[off + 1] = (mLo >>> 8) & 0xff;
  out[off + 2] = (mLo >>> 16) & 0xff;
  out[off + 3] = mLo >>> 24;
  out[off + 4] = mHi & 0xff;
  out[off + 5] = (mHi >>> 8) & 0xff;
  out[off + 6] = (mHi >>> 16) & 0xff;
  out[off + 7] = mHi >>> 24;
  const se = (sign << 15) | exp;
  out[off + 8] = se & 0xff;
  out[off + 9] = se >>> 8;
}

/** Reads the 80-bit extended value at bytes[off..off+9] as the nearest double. */
export function f80ToF64(bytes: Uint8Array, off: number): number {
  const mLo = (bytes[off] | (bytes[off + 1] << 8) | (bytes[off + 2] << 16) | (bytes[off + 3] << 24)) >>> 0;
  const mHi = (bytes[off + 4] | (bytes[off + 5] << 8) | (bytes[off + 6] << 16) | (bytes[off + 7] << 24)) >>> 0;
  const se = bytes[off + 8] | (bytes[off + 9] << 8);
  const neg = (se & 0x8000) !== 0;
  const exp = se & 0x7fff;
  if (exp === 0x7fff) {
    const fracZero = (mHi & 0x7fffffff) === 0 && mLo === 0;
    if ((mHi & 0x80000000) !== 0 && fracZero) return neg ? -Infinity : Infinity;
    if ((mHi & 0x80000000) === 0) {
      // pseudo-NaN / pseudo-infinity: loaded as the default (indefinite) NaN
      cvU32[0] = 0;
      cvU32[1] = 0xfff80000;
      return cvF64[0];
    }
    // NaN: keep sign and the top 52 fraction bits, force quiet
    cvU32[1] = ((neg ? 0x80000000 : 0) | 0x7ff80000 | ((mHi >>> 11) & 0xfffff)) >>> 0;
    cvU32[0] = ((mHi << 21) | (mLo >>> 11)) >>> 0;
    return cvF64[0];
  }
  if (exp !== 0 && (mHi & 0x80000000) === 0) {
    // unnormal: an unsupported format, converted as an invalid operation
    cvU32[0] = 0;
    cvU32[1] = 0xfff80000;
    return cvF64[0];
  }
  if (mHi === 0 && mLo === 0) return neg ? -0 : 0;
  // value = M · 2^(E) with M the 64-bit significand
  const E = (exp === 0 ? 1 : exp) - 16383 - 63;
  let r: number;
  if (exp - 16383 >= -1022) {
    // normal result: one correctly rounded addition gives the 53-bit significand
    const m = mHi * TWO32 + mLo; // RNE to 53 bits, in [2^63, 2^64]
    r = m * pow2(-63) * pow2(exp - 16383);
  } else {
    r = roundBigToF64((BigInt(mHi) << 32n) | BigInt(mLo), E);
  }
  return neg ? -r : r;
}

/** M·2^E (M > 0) rounded to nearest-even as a double (handles the subnormal range). */
function roundBigToF64(M: bigint, E: number): number {
  const bl = M.toString(2).length;
  const e = bl - 1 + E; // exponent of the leading bit
  if (e > 1023) return Infinity;
  const keep = e >= -1022 ? 53 : 53 - (-1022 - e);
  if (keep < 0) return 0;
  let q = M;
  let qe = E;
  const shift = bl - keep;
  if (shift > 0) {
    const sh = BigInt(shift);
    q = M >> sh;
    const rem = M - (q << sh);
    const half = 1n << (sh - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
    qe = E + shift;
  }
  const r = Number(q) * pow2(qe);
  return r;
}
