// SSE/SSE2 floating point: add/sub/mul/div/min/max/sqrt in ps/pd/ss/sd forms,
// cmpps/pd/ss/sd (predicates 0–7), comiss/comisd/ucomiss/ucomisd, rcpps/rsqrtps
// (ss too), and the conversions cvtsi2ss/sd, cvt(t)ss2si/cvt(t)sd2si, cvtss2sd,
// cvtsd2ss, cvtdq2ps, cvt(t)ps2dq, cvtdq2pd, cvt(t)pd2dq, cvtps2pd, cvtpd2ps.
//
// Semantics (Intel SDM vol. 1 §11.5 and Table 4-7):
// - Single precision is computed in double and rounded with Math.fround (correct for
//   + − × ÷ √: binary64 has more than 2·24+2 bits, so double rounding is innocuous).
// - NaN operands: the first source's NaN wins if it is one, else the second's; an SNaN
//   is returned quieted and raises IE. Invalid operations (∞−∞, 0·∞, 0/0, ∞/∞, √−x)
//   return the default NaN (0xFFC00000 / 0xFFF8000000000000) and raise IE. min/max
//   return the second operand when either is a NaN or both are zeros.
// - MXCSR: all four rounding modes are honoured by every rounding operation (the
//   directed modes and every tiny result go through the exact BigInt path of
//   sse-exact.ts); DAZ and FTZ are honoured; the sticky flags IE, DE, ZE, OE, UE and
//   PE are all raised as the hardware does (PE in the fast round-to-nearest path is
//   decided with error-free transformations: TwoSum / Dekker's TwoProduct).
// - An exception whose mask bit is clear raises #XM (vector 19) — or #UD if
//   CR4.OSXMMEXCPT is clear — after setting the flags and without writing the
//   destination, which is what the hardware does for SSE.
// - rcpps/rcpss/rsqrtps/rsqrtss return the correctly rounded 1/x and 1/√x (the
//   hardware's 12-bit table approximation is not reproduced; its results differ from
//   these in the low bits but both satisfy the documented 1.5·2^-12 error bound).
// - Conversions to integers return the "integer indefinite" value (0x80000000 or
//   0x8000000000000000) and raise IE for NaNs and out-of-range values.

import type { CPU } from '../cpu.js';
import { defOp, IMM_UB, MAP_0F, type Handler, type Insn } from '../decode.js';
import { CpuFault, UD, XM } from '../exceptions.js';
import { CF, PF, ZF } from '../flags.js';
import {
  MX_DAZ,
  MX_DE,
  MX_FTZ,
  MX_IE,
  MX_OE,
  MX_PE,
  MX_UE,
  MX_ZE,
  R32,
  RC_DOWN,
  RC_NEAREST,
  RC_UP,
  RC_ZERO,
  S32,
  src128,
  src32,
  src64,
} from './sse-common.js';
import { DOUBLE, SINGLE, exactArith, exactFlags, exactRound, roundTo } from './sse-exact.js';

export const OP_ADD = 0, OP_SUB = 1, OP_MUL = 2, OP_DIV = 3, OP_MIN = 4, OP_MAX = 5, OP_SQRT = 6;

/** MXCSR flags raised by the instruction being executed. */
let fl = 0;

const cvb = new ArrayBuffer(8);
const cvF64 = new Float64Array(cvb);
const cvF32 = new Float32Array(cvb, 0, 1);
const cvI32 = new Int32Array(cvb);

function f32(bits: number): number {
  cvI32[0] = bits;
  return cvF32[0];
}
function b32(v: number): number {
  cvF32[0] = v;
  return cvI32[0];
}
function f64(lo: number, hi: number): number {
  cvI32[0] = lo;
  cvI32[1] = hi;
  return cvF64[0];
}
/** Writes the double v into out[k] (lo), out[k+1] (hi). */
function put64(v: number, out: Int32Array, k: number): void {
  cvF64[0] = v;
  out[k] = cvI32[0];
  out[k + 1] = cvI32[1];
}

const NAN32 = 0xffc00000 | 0;
const NAN64_HI = 0xfff80000 | 0;
const MIN_NORMAL32 = 1.1754943508222875e-38;
const MIN_NORMAL64 = 2.2250738585072014e-308;
const SPLIT = 134217729; // 2^27 + 1
const TWO32 = 4294967296;

function isNaN32(b: number): boolean {
  return (b & 0x7f800000) === 0x7f800000 && (b & 0x7fffff) !== 0;
}
function isDenormal32(b: number): boolean {
  return (b & 0x7f800000) === 0 && (b & 0x7fffff) !== 0;
}
function isNaN64(lo: number, hi: number): boolean {
  return (hi & 0x7ff00000) === 0x7ff00000 && ((hi & 0xfffff) | lo) !== 0;
}
function isDenormal64(lo: number, hi: number): boolean {
  return (hi & 0x7ff00000) === 0 && ((hi & 0xfffff) | lo) !== 0;
}

/** Error of the floating-point product p = fl(a·b) (exact when |a|, |b|, |p| are moderate). */
function twoProdErr(a: number, b: number, p: number): number {
  const c1 = SPLIT * a;
  const ah = c1 - (c1 - a);
  const al = a - ah;
  const c2 = SPLIT * b;
  const bh = c2 - (c2 - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** |x| within [2^-500, 2^500]: Dekker's splitting and products are exact there. */
function moderate(x: number): boolean {
  const a = x < 0 ? -x : x;
  return a >= 3.054936363499605e-151 && a <= 3.273390607896142e150;
}

/** Applies the flags raised so far: sets them in MXCSR, faults if one is unmasked. */
function finish(cpu: CPU, i: Insn): void {
  if (fl === 0) return;
  let f = fl;
  fl = 0;
  // An unmasked pre-computation exception (IE, DE, ZE) in any element stops the
  // instruction before the post-computation step: OE, UE and PE are then not reported
  // (SDM vol. 1 §11.5.1; the host leaves PE clear).
  if (f & ~(cpu.mxcsr >> 7) & (MX_IE | MX_DE | MX_ZE)) f &= ~(MX_OE | MX_UE | MX_PE);
  cpu.mxcsr |= f;
  const unmasked = f & ~(cpu.mxcsr >> 7) & 0x3f;
  if (unmasked) {
    if (cpu.cr4 & 0x400) throw new CpuFault(XM, 0, `${i.name}: unmasked SIMD floating-point exception (MXCSR flags 0x${f.toString(16)})`);
    throw new CpuFault(UD, 0, `${i.name}: unmasked SIMD exception with CR4.OSXMMEXCPT clear`);
  }
}

// ================= arithmetic =================

/** Single-precision a op b on bit patterns; returns the result's bits. */
function op32(cpu: CPU, op: number, a: number, b: number): number {
  const mx = cpu.mxcsr;
  const aNaN = op !== OP_SQRT && isNaN32(a);
  const bNaN = isNaN32(b);
  if (aNaN || bNaN) {
    if (op === OP_MIN || op === OP_MAX) {
      fl |= MX_IE;
      return isDenormal32(b) && mx & MX_DAZ ? b & 0x80000000 : b; // the second operand, after DAZ
    }
    if ((aNaN && (a & 0x400000) === 0) || (bNaN && (b & 0x400000) === 0)) fl |= MX_IE;
    return (aNaN ? a : b) | 0x400000;
  }
  let de = 0; // DE is not reported when IE or ZE is (pre-computation exception priority)
  if (op !== OP_SQRT && isDenormal32(a)) {
    if (mx & MX_DAZ) a &= 0x80000000;
    else de = MX_DE;
  }
  if (isDenormal32(b)) {
    if (mx & MX_DAZ) b &= 0x80000000;
    else de = MX_DE;
  }
  const va = op === OP_SQRT ? 0 : f32(a);
  const vb = f32(b);
  let r: number;
  switch (op) {
    case OP_MIN:
      fl |= de;
      return va < vb ? a : b;
    case OP_MAX:
      fl |= de;
      return va > vb ? a : b;
    case OP_ADD:
      r = va + vb;
      break;
    case OP_SUB:
      r = va - vb;
      break;
    case OP_MUL:
      r = va * vb;
      break;
    case OP_DIV:
      if (vb === 0 && va !== 0 && va === va && va - va === 0) {
        fl |= MX_ZE;
        de = 0;
      }
      r = va / vb;
      break;
    default:
      r = Math.sqrt(vb);
  }
  if (r !== r) {
    fl |= MX_IE;
    return NAN32;
  }
  fl |= de;
  if (va - va !== 0 || vb - vb !== 0 || (op === OP_DIV && vb === 0)) return b32(r); // ∞ operands, x/0: exact
  const rc = (mx >> 13) & 3;
  if (rc === RC_NEAREST && (r === 0 || Math.abs(r) >= MIN_NORMAL32)) {
    const rf = Math.fround(r);
    if (rf === Infinity || rf === -Infinity) {
      fl |= MX_OE | MX_PE;
      return b32(rf);
    }
    let inexact = rf !== r;
    if (!inexact) {
      switch (op) {
        case OP_ADD:
        case OP_SUB: {
          const vb2 = op === OP_SUB ? -vb : vb;
          const bb = r - va;
          inexact = va - (r - bb) + (vb2 - bb) !== 0;
          break;
        }
        case OP_DIV:
          inexact = rf * vb !== va;
          break;
        case OP_SQRT:
          inexact = rf * rf !== vb;
          break;
      }
    }
    if (inexact) fl |= MX_PE;
    return b32(rf);
  }
  const v = exactArith(op, va, vb, SINGLE, rc, (mx & MX_FTZ) !== 0);
  fl |= exactFlags;
  return b32(v);
}

/** Double-precision a op b on (lo, hi) halves; writes the result to out[k], out[k+1]. */
function op64(cpu: CPU, op: number, al: number, ah: number, bl: number, bh: number, out: Int32Array, k: number): void {
  const mx = cpu.mxcsr;
  const aNaN = op !== OP_SQRT && isNaN64(al, ah);
  const bNaN = isNaN64(bl, bh);
  if (aNaN || bNaN) {
    if (op === OP_MIN || op === OP_MAX) {
      fl |= MX_IE;
      const daz = isDenormal64(bl, bh) && (mx & MX_DAZ) !== 0; // the second operand, after DAZ
      out[k] = daz ? 0 : bl;
      out[k + 1] = daz ? bh & 0x80000000 : bh;
      return;
    }
    if ((aNaN && (ah & 0x80000) === 0) || (bNaN && (bh & 0x80000) === 0)) fl |= MX_IE;
    out[k] = aNaN ? al : bl;
    out[k + 1] = (aNaN ? ah : bh) | 0x80000;
    return;
  }
  let de = 0; // DE is not reported when IE or ZE is (pre-computation exception priority)
  if (op !== OP_SQRT && isDenormal64(al, ah)) {
    if (mx & MX_DAZ) {
      ah &= 0x80000000;
      al = 0;
    } else de = MX_DE;
  }
  if (isDenormal64(bl, bh)) {
    if (mx & MX_DAZ) {
      bh &= 0x80000000;
      bl = 0;
    } else de = MX_DE;
  }
  const va = op === OP_SQRT ? 0 : f64(al, ah);
  const vb = f64(bl, bh);
  let r: number;
  switch (op) {
    case OP_MIN:
    case OP_MAX: {
      fl |= de;
      const takeA = op === OP_MIN ? va < vb : va > vb;
      out[k] = takeA ? al : bl;
      out[k + 1] = takeA ? ah : bh;
      return;
    }
    case OP_ADD:
      r = va + vb;
      break;
    case OP_SUB:
      r = va - vb;
      break;
    case OP_MUL:
      r = va * vb;
      break;
    case OP_DIV:
      if (vb === 0 && va !== 0 && va - va === 0) {
        fl |= MX_ZE;
        de = 0;
      }
      r = va / vb;
      break;
    default:
      r = Math.sqrt(vb);
  }
  if (r !== r) {
    fl |= MX_IE;
    out[k] = 0;
    out[k + 1] = NAN64_HI;
    return;
  }
  fl |= de;
  if (va - va !== 0 || vb - vb !== 0 || (op === OP_DIV && vb === 0)) {
    put64(r, out, k);
    return;
  }
  const rc = (mx >> 13) & 3;
  if (rc === RC_NEAREST) {
    if (r === Infinity || r === -Infinity) {
      fl |= MX_OE | MX_PE;
      put64(r, out, k);
      return;
    }
    let fast = r === 0 || Math.abs(r) >= MIN_NORMAL64;
    let inexact = false;
    if (fast) {
      switch (op) {
        case OP_ADD:
        case OP_SUB: {
          const vb2 = op === OP_SUB ? -vb : vb;
          const bb = r - va;
          inexact = va - (r - bb) + (vb2 - bb) !== 0;
          break;
        }
        case OP_MUL:
          if (va === 0 || vb === 0) break;
          if (moderate(va) && moderate(vb)) inexact = twoProdErr(va, vb, r) !== 0;
          else fast = false;
          break;
        case OP_DIV:
          if (va === 0) break;
          if (moderate(r) && moderate(vb)) {
            const p = r * vb;
            inexact = p !== va || twoProdErr(r, vb, p) !== 0;
          } else fast = false;
          break;
        default:
          if (vb === 0) break;
          if (moderate(r)) {
            const p = r * r;
            inexact = p !== vb || twoProdErr(r, r, p) !== 0;
          } else fast = false;
      }
    }
    if (fast) {
      if (inexact) fl |= MX_PE;
      put64(r, out, k);
      return;
    }
  }
  const v = exactArith(op, va, vb, DOUBLE, rc, (mx & MX_FTZ) !== 0);
  fl |= exactFlags;
  put64(v, out, k);
}

function arithForms(opcode: number, op: number, name: string): void {
  // packed single
  defOp(MAP_0F, opcode, {
    name: name + 'ps',
    modrm: true,
    h: (cpu, i) => {
      src128(cpu, i, true);
      const x = cpu.xmm32;
      const d = i.reg * 4;
      fl = 0;
      for (let k = 0; k < 4; k++) R32[k] = op32(cpu, op, x[d + k], S32[k]);
      finish(cpu, i);
      for (let k = 0; k < 4; k++) x[d + k] = R32[k];
    },
  });
  defOp(
    MAP_0F,
    opcode,
    {
      name: name + 'pd',
      modrm: true,
      h: (cpu, i) => {
        src128(cpu, i, true);
        const x = cpu.xmm32;
        const d = i.reg * 4;
        fl = 0;
        op64(cpu, op, x[d], x[d + 1], S32[0], S32[1], R32, 0);
        op64(cpu, op, x[d + 2], x[d + 3], S32[2], S32[3], R32, 2);
        finish(cpu, i);
        for (let k = 0; k < 4; k++) x[d + k] = R32[k];
      },
    },
    0x66,
  );
  defOp(
    MAP_0F,
    opcode,
    {
      name: name + 'ss',
      modrm: true,
      h: (cpu, i) => {
        src32(cpu, i);
        const x = cpu.xmm32;
        const d = i.reg * 4;
        fl = 0;
        const r = op32(cpu, op, x[d], S32[0]);
        finish(cpu, i);
        x[d] = r;
      },
    },
    0xf3,
  );
  defOp(
    MAP_0F,
    opcode,
    {
      name: name + 'sd',
      modrm: true,
      h: (cpu, i) => {
        src64(cpu, i);
        const x = cpu.xmm32;
        const d = i.reg * 4;
        fl = 0;
        op64(cpu, op, x[d], x[d + 1], S32[0], S32[1], R32, 0);
        finish(cpu, i);
        x[d] = R32[0];
        x[d + 1] = R32[1];
      },
    },
    0xf2,
  );
}
arithForms(0x58, OP_ADD, 'add');
arithForms(0x5c, OP_SUB, 'sub');
arithForms(0x59, OP_MUL, 'mul');
arithForms(0x5e, OP_DIV, 'div');
arithForms(0x5d, OP_MIN, 'min');
arithForms(0x5f, OP_MAX, 'max');
arithForms(0x51, OP_SQRT, 'sqrt');

// ---- rcp / rsqrt (single precision only; no flags, denormals in and out are zeros) ----

function approx32(b: number, rsqrt: boolean): number {
  if (isNaN32(b)) return b | 0x400000;
  if (isDenormal32(b)) b &= 0x80000000;
  const v = f32(b);
  let r: number;
  if (rsqrt) r = v < 0 ? NaN : 1 / Math.sqrt(v);
  else r = 1 / v;
  if (r !== r) return NAN32;
  r = Math.fround(r);
  if (r !== 0 && Math.abs(r) < MIN_NORMAL32) r = r < 0 ? -0 : 0;
  return b32(r);
}
for (const [opcode, rsqrt, name] of [
  [0x52, true, 'rsqrt'],
  [0x53, false, 'rcp'],
] as const) {
  defOp(MAP_0F, opcode, {
    name: name + 'ps',
    modrm: true,
    h: (cpu, i) => {
      src128(cpu, i, true);
      const x = cpu.xmm32;
      const d = i.reg * 4;
      for (let k = 0; k < 4; k++) x[d + k] = approx32(S32[k], rsqrt);
    },
  });
  defOp(
    MAP_0F,
    opcode,
    {
      name: name + 'ss',
      modrm: true,
      h: (cpu, i) => {
        src32(cpu, i);
        cpu.xmm32[i.reg * 4] = approx32(S32[0], rsqrt);
      },
    },
    0xf3,
  );
}

// ================= comparisons =================

/** Ordered compare outcome: -1 less, 0 equal, 1 greater, 2 unordered (flags raised per `signalQNaN`). */
function compare32(cpu: CPU, a: number, b: number, signalQNaN: boolean): number {
  const aNaN = isNaN32(a);
  const bNaN = isNaN32(b);
  if (aNaN || bNaN) {
    if (signalQNaN || (aNaN && (a & 0x400000) === 0) || (bNaN && (b & 0x400000) === 0)) fl |= MX_IE;
    return 2;
  }
  const mx = cpu.mxcsr;
  if (isDenormal32(a)) {
    if (mx & MX_DAZ) a &= 0x80000000;
    else fl |= MX_DE;
  }
  if (isDenormal32(b)) {
    if (mx & MX_DAZ) b &= 0x80000000;
    else fl |= MX_DE;
  }
  const va = f32(a);
  const vb = f32(b);
  return va < vb ? -1 : va > vb ? 1 : 0;
}

function compare64(cpu: CPU, al: number, ah: number, bl: number, bh: number, signalQNaN: boolean): number {
  const aNaN = isNaN64(al, ah);
  const bNaN = isNaN64(bl, bh);
  if (aNaN || bNaN) {
    if (signalQNaN || (aNaN && (ah & 0x80000) === 0) || (bNaN && (bh & 0x80000) === 0)) fl |= MX_IE;
    return 2;
  }
  const mx = cpu.mxcsr;
  if (isDenormal64(al, ah)) {
    if (mx & MX_DAZ) {
      ah &= 0x80000000;
      al = 0;
    } else fl |= MX_DE;
  }
  if (isDenormal64(bl, bh)) {
    if (mx & MX_DAZ) {
      bh &= 0x80000000;
      bl = 0;
    } else fl |= MX_DE;
  }
  const va = f64(al, ah);
  const vb = f64(bl, bh);
  return va < vb ? -1 : va > vb ? 1 : 0;
}

/** cmpXX predicate p (0–7) applied to a compare outcome. */
function predicate(p: number, c: number): boolean {
  switch (p) {
    case 0:
      return c === 0;
    case 1:
      return c === -1;
    case 2:
      return c === -1 || c === 0;
    case 3:
      return c === 2;
    case 4:
      return c !== 0;
    case 5:
      return c !== -1;
    case 6:
      return c === 1 || c === 2;
    default:
      return c !== 2;
  }
}
/** lt, le, nlt, nle signal on QNaNs; eq, unord, neq, ord only on SNaNs. */
function signals(p: number): boolean {
  return p === 1 || p === 2 || p === 5 || p === 6;
}

defOp(MAP_0F, 0xc2, {
  name: 'cmpps',
  modrm: true,
  imm: IMM_UB,
  h: (cpu, i) => {
    src128(cpu, i, true);
    const x = cpu.xmm32;
    const d = i.reg * 4;
    const p = i.imm & 7;
    const s = signals(p);
    fl = 0;
    for (let k = 0; k < 4; k++) R32[k] = predicate(p, compare32(cpu, x[d + k], S32[k], s)) ? -1 : 0;
    finish(cpu, i);
    for (let k = 0; k < 4; k++) x[d + k] = R32[k];
  },
});
defOp(
  MAP_0F,
  0xc2,
  {
    name: 'cmppd',
    modrm: true,
    imm: IMM_UB,
    h: (cpu, i) => {
      src128(cpu, i, true);
      const x = cpu.xmm32;
      const d = i.reg * 4;
      const p = i.imm & 7;
      const s = signals(p);
      fl = 0;
      for (let q = 0; q < 4; q += 2) {
        const m = predicate(p, compare64(cpu, x[d + q], x[d + q + 1], S32[q], S32[q + 1], s)) ? -1 : 0;
        R32[q] = m;
        R32[q + 1] = m;
      }
      finish(cpu, i);
      for (let k = 0; k < 4; k++) x[d + k] = R32[k];
    },
  },
  0x66,
);
defOp(
  MAP_0F,
  0xc2,
  {
    name: 'cmpss',
    modrm: true,
    imm: IMM_UB,
    h: (cpu, i) => {
      src32(cpu, i);
      const x = cpu.xmm32;
      const d = i.reg * 4;
      const p = i.imm & 7;
      fl = 0;
      const m = predicate(p, compare32(cpu, x[d], S32[0], signals(p))) ? -1 : 0;
      finish(cpu, i);
      x[d] = m;
    },
  },
  0xf3,
);
defOp(
  MAP_0F,
  0xc2,
  {
    name: 'cmpsd',
    modrm: true,
    imm: IMM_UB,
    h: (cpu, i) => {
      src64(cpu, i);
      const x = cpu.xmm32;
      const d = i.reg * 4;
      const p = i.imm & 7;
      fl = 0;
      const m = predicate(p, compare64(cpu, x[d], x[d + 1], S32[0], S32[1], signals(p))) ? -1 : 0;
      finish(cpu, i);
      x[d] = m;
      x[d + 1] = m;
    },
  },
  0xf2,
);

/** (u)comis: ZF,PF,CF = 111 unordered, 000 greater, 001 less, 100 equal; OF, SF, AF cleared. */
function comisFlags(cpu: CPU, c: number): void {
  cpu.flags.setArith(c === 2 ? ZF | PF | CF : c === -1 ? CF : c === 0 ? ZF : 0);
}
for (const [opcode, signal, name] of [
  [0x2e, false, 'ucomis'],
  [0x2f, true, 'comis'],
] as const) {
  defOp(MAP_0F, opcode, {
    name: name + 's',
    modrm: true,
    h: (cpu, i) => {
      src32(cpu, i);
      fl = 0;
      const c = compare32(cpu, cpu.xmm32[i.reg * 4], S32[0], signal);
      finish(cpu, i);
      comisFlags(cpu, c);
    },
  });
  defOp(
    MAP_0F,
    opcode,
    {
      name: name + 'd',
      modrm: true,
      h: (cpu, i) => {
        src64(cpu, i);
        const x = cpu.xmm32;
        const d = i.reg * 4;
        fl = 0;
        const c = compare64(cpu, x[d], x[d + 1], S32[0], S32[1], signal);
        finish(cpu, i);
        comisFlags(cpu, c);
      },
    },
    0x66,
  );
}

// ================= conversions =================

/** Result of toInt: low half (and high half for 64-bit). */
let cvHi = 0;

/** Rounds v to an integer with rounding control rc (round-half-even for nearest). */
export function roundInt(v: number, rc: number): number {
  switch (rc) {
    case RC_NEAREST: {
      const f = Math.floor(v);
      const d = v - f;
      if (d > 0.5) return f + 1;
      if (d < 0.5) return f;
      return f % 2 === 0 ? f : f + 1;
    }
    case RC_DOWN:
      return Math.floor(v);
    case RC_UP:
      return Math.ceil(v);
    default:
      return Math.trunc(v);
  }
}

/**
 * Converts v (NaN allowed) to a signed 32- or 64-bit integer with rounding control rc;
 * returns the low half and leaves the high half in cvHi. NaN/out of range → indefinite.
 */
function toInt(v: number, rc: number, is64: boolean): number {
  if (v !== v) {
    fl |= MX_IE;
    cvHi = is64 ? 0x80000000 | 0 : 0;
    return is64 ? 0 : 0x80000000 | 0;
  }
  const r = roundInt(v, rc) + 0; // + 0 turns −0 into +0
  if (is64 ? r < -9223372036854775808 || r >= 9223372036854775808 : r < -2147483648 || r > 2147483647) {
    fl |= MX_IE;
    cvHi = is64 ? 0x80000000 | 0 : 0;
    return is64 ? 0 : 0x80000000 | 0;
  }
  if (r !== v) fl |= MX_PE;
  if (!is64) {
    cvHi = r < 0 ? -1 : 0;
    return r | 0;
  }
  const hi = Math.floor(r / TWO32);
  cvHi = hi | 0;
  return (r - hi * TWO32) | 0;
}

/** Single-precision bits → value for a conversion source (NaN stays NaN; DAZ applies). */
function cvtSrc32(cpu: CPU, b: number): number {
  if (isDenormal32(b) && cpu.mxcsr & MX_DAZ) return 0;
  return f32(b);
}
function cvtSrc64(cpu: CPU, lo: number, hi: number): number {
  if (isDenormal64(lo, hi) && cpu.mxcsr & MX_DAZ) return 0;
  return f64(lo, hi);
}

/** Rounds an exact double (or int) value to single precision under MXCSR; returns bits. */
function toSingle(cpu: CPU, v: number): number {
  const rc = (cpu.mxcsr >> 13) & 3;
  if (rc === RC_NEAREST) {
    const r = Math.fround(v);
    if (r === Infinity || r === -Infinity) {
      if (v - v === 0) fl |= MX_OE | MX_PE;
      return b32(r);
    }
    if (r === 0 ? v === 0 : Math.abs(r) >= MIN_NORMAL32) {
      if (r !== v) fl |= MX_PE;
      return b32(r);
    }
  } else if (v - v !== 0) return b32(v);
  const s = exactRound(v, SINGLE, rc, (cpu.mxcsr & MX_FTZ) !== 0);
  fl |= exactFlags;
  return b32(s);
}

/** Signed 64-bit integer (lo, hi) rounded to `single`/double precision under MXCSR; returns the value. */
function int64ToFloat(cpu: CPU, lo: number, hi: number, single: boolean): number {
  const safe = hi >= -0x200000 && hi < 0x200000; // |v| < 2^53: exact as a double
  if (safe) {
    const v = hi * TWO32 + (lo >>> 0);
    return single ? f32(toSingle(cpu, v)) : v;
  }
  const big = (BigInt(hi) << 32n) | BigInt(lo >>> 0);
  const neg = big < 0n;
  const rc = (cpu.mxcsr >> 13) & 3;
  const v = roundTo(neg, neg ? -big : big, 0, single ? SINGLE : DOUBLE, rc, false);
  fl |= exactFlags;
  return v;
}

// cvtsi2ss / cvtsi2sd xmm, r/m32|r/m64
defOp(
  MAP_0F,
  0x2a,
  {
    name: 'cvtsi2ss',
    modrm: true,
    h: (cpu, i) => {
      fl = 0;
      let bits: number;
      if (i.w) {
        const lo = cpu.rmRead(i, 8);
        bits = b32(int64ToFloat(cpu, lo, cpu.hi, true));
      } else bits = toSingle(cpu, cpu.rmRead(i, 4));
      finish(cpu, i);
      cpu.xmm32[i.reg * 4] = bits;
    },
  },
  0xf3,
);
defOp(
  MAP_0F,
  0x2a,
  {
    name: 'cvtsi2sd',
    modrm: true,
    h: (cpu, i) => {
      fl = 0;
      let v: number;
      if (i.w) {
        const lo = cpu.rmRead(i, 8);
        v = int64ToFloat(cpu, lo, cpu.hi, false);
      } else v = cpu.rmRead(i, 4);
      finish(cpu, i);
      put64(v, cpu.xmm32, i.reg * 4);
    },
  },
  0xf2,
);

// cvt(t)ss2si / cvt(t)sd2si r32|r64, xmm/m32|m64
for (const trunc of [true, false]) {
  const opcode = trunc ? 0x2c : 0x2d;
  const t = trunc ? 't' : '';
  defOp(
    MAP_0F,
    opcode,
    {
      name: `cvt${t}ss2si`,
      modrm: true,
      h: (cpu, i) => {
        src32(cpu, i);
        fl = 0;
        const lo = toInt(cvtSrc32(cpu, S32[0]), trunc ? RC_ZERO : (cpu.mxcsr >> 13) & 3, i.w);
        finish(cpu, i);
        cpu.setReg(i.reg, i.w ? 8 : 4, lo, cvHi);
      },
    },
    0xf3,
  );
  defOp(
    MAP_0F,
    opcode,
    {
      name: `cvt${t}sd2si`,
      modrm: true,
      h: (cpu, i) => {
        src64(cpu, i);
        fl = 0;
        const lo = toInt(cvtSrc64(cpu, S32[0], S32[1]), trunc ? RC_ZERO : (cpu.mxcsr >> 13) & 3, i.w);
        finish(cpu, i);
        cpu.setReg(i.reg, i.w ? 8 : 4, lo, cvHi);
      },
    },
    0xf2,
  );
}

/** float32 bits → float64 into out[k..k+1] (exact; NaNs quieted, SNaN raises IE). */
function s2d(cpu: CPU, b: number, out: Int32Array, k: number): void {
  if (isNaN32(b)) {
    if ((b & 0x400000) === 0) fl |= MX_IE;
    out[k] = b << 29;
    out[k + 1] = (b & 0x80000000) | 0x7ff80000 | ((b & 0x7fffff) >>> 3);
    return;
  }
  if (isDenormal32(b)) {
    if (cpu.mxcsr & MX_DAZ) b &= 0x80000000;
    else fl |= MX_DE;
  }
  put64(f32(b), out, k);
}

/** float64 halves → float32 bits (rounded per MXCSR; NaNs quieted with their payload's top bits). */
function d2s(cpu: CPU, lo: number, hi: number): number {
  if (isNaN64(lo, hi)) {
    if ((hi & 0x80000) === 0) fl |= MX_IE;
    return (hi & 0x80000000) | 0x7fc00000 | ((hi & 0xfffff) << 3) | (lo >>> 29);
  }
  if (isDenormal64(lo, hi)) {
    if (cpu.mxcsr & MX_DAZ) return hi & 0x80000000;
    fl |= MX_DE;
  }
  return toSingle(cpu, f64(lo, hi));
}

defOp(
  MAP_0F,
  0x5a,
  {
    name: 'cvtss2sd',
    modrm: true,
    h: (cpu, i) => {
      src32(cpu, i);
      fl = 0;
      s2d(cpu, S32[0], R32, 0);
      finish(cpu, i);
      cpu.xmm32[i.reg * 4] = R32[0];
      cpu.xmm32[i.reg * 4 + 1] = R32[1];
    },
  },
  0xf3,
);
defOp(
  MAP_0F,
  0x5a,
  {
    name: 'cvtsd2ss',
    modrm: true,
    h: (cpu, i) => {
      src64(cpu, i);
      fl = 0;
      const r = d2s(cpu, S32[0], S32[1]);
      finish(cpu, i);
      cpu.xmm32[i.reg * 4] = r;
    },
  },
  0xf2,
);
defOp(MAP_0F, 0x5a, {
  name: 'cvtps2pd',
  modrm: true,
  h: (cpu, i) => {
    src64(cpu, i);
    fl = 0;
    const s1 = S32[1];
    s2d(cpu, S32[0], R32, 0);
    s2d(cpu, s1, R32, 2);
    finish(cpu, i);
    const x = cpu.xmm32;
    for (let k = 0; k < 4; k++) x[i.reg * 4 + k] = R32[k];
  },
});
defOp(
  MAP_0F,
  0x5a,
  {
    name: 'cvtpd2ps',
    modrm: true,
    h: (cpu, i) => {
      src128(cpu, i, true);
      fl = 0;
      R32[0] = d2s(cpu, S32[0], S32[1]);
      R32[1] = d2s(cpu, S32[2], S32[3]);
      finish(cpu, i);
      const x = cpu.xmm32;
      const d = i.reg * 4;
      x[d] = R32[0];
      x[d + 1] = R32[1];
      x[d + 2] = 0;
      x[d + 3] = 0;
    },
  },
  0x66,
);

// cvtdq2ps / cvtps2dq / cvttps2dq
defOp(MAP_0F, 0x5b, {
  name: 'cvtdq2ps',
  modrm: true,
  h: (cpu, i) => {
    src128(cpu, i, true);
    fl = 0;
    for (let k = 0; k < 4; k++) R32[k] = toSingle(cpu, S32[k]);
    finish(cpu, i);
    const x = cpu.xmm32;
    for (let k = 0; k < 4; k++) x[i.reg * 4 + k] = R32[k];
  },
});
function ps2dq(trunc: boolean): Handler {
  return (cpu, i) => {
    src128(cpu, i, true);
    fl = 0;
    const rc = trunc ? RC_ZERO : (cpu.mxcsr >> 13) & 3;
    for (let k = 0; k < 4; k++) R32[k] = toInt(cvtSrc32(cpu, S32[k]), rc, false);
    finish(cpu, i);
    const x = cpu.xmm32;
    for (let k = 0; k < 4; k++) x[i.reg * 4 + k] = R32[k];
  };
}
defOp(MAP_0F, 0x5b, { name: 'cvtps2dq', modrm: true, h: ps2dq(false) }, 0x66);
defOp(MAP_0F, 0x5b, { name: 'cvttps2dq', modrm: true, h: ps2dq(true) }, 0xf3);

// cvtdq2pd / cvtpd2dq / cvttpd2dq
defOp(
  MAP_0F,
  0xe6,
  {
    name: 'cvtdq2pd',
    modrm: true,
    h: (cpu, i) => {
      src64(cpu, i);
      const a = S32[0];
      const b = S32[1];
      put64(a, cpu.xmm32, i.reg * 4);
      put64(b, cpu.xmm32, i.reg * 4 + 2);
    },
  },
  0xf3,
);
function pd2dq(trunc: boolean): Handler {
  return (cpu, i) => {
    src128(cpu, i, true);
    fl = 0;
    const rc = trunc ? RC_ZERO : (cpu.mxcsr >> 13) & 3;
    R32[0] = toInt(cvtSrc64(cpu, S32[0], S32[1]), rc, false);
    R32[1] = toInt(cvtSrc64(cpu, S32[2], S32[3]), rc, false);
    finish(cpu, i);
    const x = cpu.xmm32;
    const d = i.reg * 4;
    x[d] = R32[0];
    x[d + 1] = R32[1];
    x[d + 2] = 0;
    x[d + 3] = 0;
  };
}
defOp(MAP_0F, 0xe6, { name: 'cvtpd2dq', modrm: true, h: pd2dq(false) }, 0xf2);
defOp(MAP_0F, 0xe6, { name: 'cvttpd2dq', modrm: true, h: pd2dq(true) }, 0x66);

