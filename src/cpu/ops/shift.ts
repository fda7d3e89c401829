// Shifts and rotates: group 2 (C0/C1/D0–D3: rol, ror, rcl, rcr, shl/sal, shr, sar)
// and the double shifts shld/shrd (0F A4/A5/AC/AD), for 8/16/32/64-bit operands.
//
// Semantics (Intel SDM vol. 2, "SAL/SAR/SHL/SHR", "RCL/RCR/ROL/ROR", "SHLD", "SHRD"):
// - The count is masked to 5 bits (6 bits for 64-bit operands). A masked count of 0
//   changes no flags and leaves the operand alone — except that a 32-bit register
//   destination is still written, so its upper half is zeroed (as on hardware).
// - CF is the last bit shifted (or rotated) out. For 8/16-bit shl/shr with a count
//   beyond the width, every bit is shifted out: the result is 0 and CF is the bit shifted
//   out last (0 once the count exceeds the width).
// - rcl/rcr rotate through CF: 8-bit counts are taken mod 9, 16-bit mod 17.
// - OF, defined by the SDM only for 1-bit shifts, is computed for every non-zero count
//   with the 1-bit formula applied to the final state — what the hardware does (all
//   counts and sizes checked against an x86-64 host, AMD Zen; Bochs, which models Intel,
//   uses the same formulas):
//     shl/sal, rol, rcl, shld: OF = MSB(result) XOR CF
//     ror, rcr, shrd, shr:     OF = MSB(result) XOR MSB-1(result)
//       (for shr: MSB(original) on 1-bit shifts, 0 on longer ones — not MSB(original))
//     sar:                     OF = 0
//   rol/ror set CF and OF for any non-zero masked count, even when the rotation amount
//   modulo the width is 0; rcl/rcr with a rotation amount of 0 (count 9 on a byte…)
//   keep CF and still compute OF from the formula.
// - A memory destination is checked for write access before anything else, even for a
//   count of 0 (the hardware faults on a read-only page then too).
// - Shifts set SF/ZF/PF from the result and clear AF (undefined in the SDM). Rotates
//   change only CF and OF.
// - shld/shrd on 16-bit operands with counts 17–31 (undefined in the SDM) behave like
//   the P6 family (as Bochs models it): the shift runs over the 48-bit concatenation
//   dest:src:dest, so the bits entering after the source are the destination's again.
//   (AMD differs: it rotates the source in, dest:src:src, with other flags.)

import type { CPU } from '../cpu.js';
import { defGroup, defOp, IMM_UB, MAP_0F, MAP_1, type Insn } from '../decode.js';
import { CF, OF, MASK } from '../flags.js';

/** Group 2 operations in ModRM.reg order (/6 is an alias of shl). */
export const OP_ROL = 0, OP_ROR = 1, OP_RCL = 2, OP_RCR = 3, OP_SHL = 4, OP_SHR = 5, OP_SAL = 6, OP_SAR = 7;

// ---- 64-bit helpers on (lo, hi) int32 halves; results in rLo/rHi ----

let rLo = 0;
let rHi = 0;

/** (lo, hi) << c for 0 ≤ c ≤ 64 (c = 64 gives 0). */
function shl64(lo: number, hi: number, c: number): void {
  if (c === 0) {
    rLo = lo;
    rHi = hi;
  } else if (c < 32) {
    rHi = (hi << c) | (lo >>> (32 - c));
    rLo = lo << c;
  } else if (c < 64) {
    rHi = lo << (c - 32);
    rLo = 0;
  } else {
    rHi = 0;
    rLo = 0;
  }
}

/** (lo, hi) >>> c (logical) for 0 ≤ c ≤ 64. */
function shr64(lo: number, hi: number, c: number): void {
  if (c === 0) {
    rLo = lo;
    rHi = hi;
  } else if (c < 32) {
    rLo = (lo >>> c) | (hi << (32 - c));
    rHi = hi >>> c;
  } else if (c < 64) {
    rLo = hi >>> (c - 32);
    rHi = 0;
  } else {
    rLo = 0;
    rHi = 0;
  }
  rLo |= 0;
  rHi |= 0;
}

/** (lo, hi) >> c (arithmetic) for 0 ≤ c ≤ 63. */
function sar64(lo: number, hi: number, c: number): void {
  if (c === 0) {
    rLo = lo;
    rHi = hi;
  } else if (c < 32) {
    rLo = (lo >>> c) | (hi << (32 - c));
    rHi = hi >> c;
  } else {
    rLo = hi >> (c - 32);
    rHi = hi >> 31;
  }
}

/** Bit k (0–63) of (lo, hi). */
function bit64(lo: number, hi: number, k: number): number {
  return k < 32 ? (lo >>> k) & 1 : (hi >>> (k - 32)) & 1;
}

/** Arithmetic flags other than CF and OF, for the rotates (which keep them). */
function keptFlags(cpu: CPU): number {
  return cpu.flags.arith & ~(CF | OF);
}

// ---- the shifts proper ----

/**
 * Shift/rotate `op` of an unsigned operand `v` of `size` bytes (1, 2 or 4) by a masked,
 * non-zero `count`; sets the flags and returns the (unsigned) result.
 */
export function shift(cpu: CPU, op: number, size: number, v: number, count: number): number {
  const bits = size * 8;
  const mask = MASK[size];
  const top = bits - 1;
  let r: number;
  let cf: number;
  switch (op) {
    case OP_ROL: {
      const c = count & top;
      r = c === 0 ? v : ((v << c) | (v >>> (bits - c))) & mask;
      r >>>= 0;
      cf = r & 1;
      cpu.flags.setArith(keptFlags(cpu) | cf | (((r >>> top) ^ cf) & 1 ? OF : 0));
      return r;
    }
    case OP_ROR: {
      const c = count & top;
      r = c === 0 ? v : ((v >>> c) | (v << (bits - c))) & mask;
      r >>>= 0;
      const msb = (r >>> top) & 1;
      cpu.flags.setArith(keptFlags(cpu) | (msb ? CF : 0) | ((msb ^ (r >>> (top - 1))) & 1 ? OF : 0));
      return r;
    }
    case OP_RCL: {
      const tc = size === 1 ? count % 9 : size === 2 ? count % 17 : count;
      const kept = keptFlags(cpu);
      cf = cpu.flags.cf() ? 1 : 0;
      if (tc === 0) r = v;
      else {
        r = (v << tc) | (cf << (tc - 1));
        if (tc > 1) r |= v >>> (bits + 1 - tc);
        r = (r & mask) >>> 0;
        cf = (v >>> (bits - tc)) & 1;
      }
      cpu.flags.setArith(kept | cf | (((r >>> top) ^ cf) & 1 ? OF : 0));
      return r;
    }
    case OP_RCR: {
      const tc = size === 1 ? count % 9 : size === 2 ? count % 17 : count;
      const kept = keptFlags(cpu);
      cf = cpu.flags.cf() ? 1 : 0;
      if (tc === 0) r = v;
      else {
        r = (v >>> tc) | (cf << (bits - tc));
        if (tc > 1) r |= v << (bits + 1 - tc);
        r = (r & mask) >>> 0;
        cf = (v >>> (tc - 1)) & 1;
      }
      cpu.flags.setArith(kept | cf | (((r >>> top) ^ (r >>> (top - 1))) & 1 ? OF : 0));
      return r;
    }
    case OP_SHL:
    case OP_SAL:
      if (count < bits) {
        r = ((v << count) & mask) >>> 0;
        cf = (v >>> (bits - count)) & 1;
      } else {
        r = 0;
        cf = count === bits ? v & 1 : 0;
      }
      cpu.flags.setResult(size, r, 0, cf | (((r >>> top) ^ cf) & 1 ? OF : 0));
      return r;
    case OP_SHR:
      if (count < bits) {
        r = v >>> count;
        cf = (v >>> (count - 1)) & 1;
      } else {
        r = 0;
        cf = count === bits ? (v >>> top) & 1 : 0;
      }
      cpu.flags.setResult(size, r, 0, cf | (((r >>> top) ^ (r >>> (top - 1))) & 1 ? OF : 0));
      return r;
    default: {
      // sar: sign-extend to int32 first; counts up to 31 then shift in sign bits
      const sv = size === 1 ? (v << 24) >> 24 : size === 2 ? (v << 16) >> 16 : v | 0;
      r = ((sv >> count) & mask) >>> 0;
      cf = (sv >> (count - 1)) & 1;
      cpu.flags.setResult(size, r, 0, cf);
      return r;
    }
  }
}

/** 64-bit shift/rotate of (lo, hi) by a masked non-zero count (1–63); returns lo, hi in cpu.hi. */
export function shift64(cpu: CPU, op: number, lo: number, hi: number, count: number): number {
  let cf: number;
  switch (op) {
    case OP_ROL:
    case OP_ROR: {
      const c = op === OP_ROL ? count : 64 - count;
      let a = lo;
      let b = hi;
      let k = c;
      if (k >= 32) {
        a = hi;
        b = lo;
        k -= 32;
      }
      if (k) {
        rLo = (a << k) | (b >>> (32 - k));
        rHi = (b << k) | (a >>> (32 - k));
      } else {
        rLo = a;
        rHi = b;
      }
      const msb = rHi >>> 31;
      if (op === OP_ROL) {
        cf = rLo & 1;
        cpu.flags.setArith(keptFlags(cpu) | cf | (msb ^ cf ? OF : 0));
      } else {
        cpu.flags.setArith(keptFlags(cpu) | (msb ? CF : 0) | (msb ^ ((rHi >>> 30) & 1) ? OF : 0));
      }
      break;
    }
    case OP_RCL: {
      const kept = keptFlags(cpu);
      const cin = cpu.flags.cf() ? 1 : 0;
      // (v << c) | (cin << (c - 1)) | (v >>> (65 - c))
      shr64(lo, hi, 65 - count);
      const tl = rLo;
      const th = rHi;
      shl64(lo, hi, count);
      rLo |= tl;
      rHi |= th;
      if (cin) {
        if (count - 1 < 32) rLo |= 1 << (count - 1);
        else rHi |= 1 << (count - 33);
      }
      cf = bit64(lo, hi, 64 - count);
      cpu.flags.setArith(kept | cf | ((rHi >>> 31) ^ cf ? OF : 0));
      break;
    }
    case OP_RCR: {
      const kept = keptFlags(cpu);
      const cin = cpu.flags.cf() ? 1 : 0;
      // (v >>> c) | (cin << (64 - c)) | (v << (65 - c))
      shl64(lo, hi, 65 - count);
      const tl = rLo;
      const th = rHi;
      shr64(lo, hi, count);
      rLo |= tl;
      rHi |= th;
      if (cin) {
        const k = 64 - count;
        if (k < 32) rLo |= 1 << k;
        else rHi |= 1 << (k - 32);
      }
      cf = bit64(lo, hi, count - 1);
      cpu.flags.setArith(kept | cf | ((rHi >>> 31) ^ ((rHi >>> 30) & 1) ? OF : 0));
      break;
    }
    case OP_SHL:
    case OP_SAL:
      shl64(lo, hi, count);
      cf = bit64(lo, hi, 64 - count);
      cpu.flags.setResult(8, rLo, rHi, cf | ((rHi >>> 31) ^ cf ? OF : 0));
      break;
    case OP_SHR:
      shr64(lo, hi, count);
      cf = bit64(lo, hi, count - 1);
      cpu.flags.setResult(8, rLo, rHi, cf | ((rHi >>> 31) ^ ((rHi >>> 30) & 1) ? OF : 0));
      break;
    default:
      sar64(lo, hi, count);
      cf = bit64(lo, hi, count - 1);
      cpu.flags.setResult(8, rLo, rHi, cf);
      break;
  }
  cpu.hi = rHi | 0;
  return rLo | 0;
}


/** Applies a shift to the r/m operand with an already-known raw count. */
function shiftRm(cpu: CPU, i: Insn, op: number, size: number, rawCount: number): void {
  const count = rawCount & (size === 8 ? 0x3f : 0x1f);
  const v = cpu.rmReadRmw(i, size);
  if (count === 0) {
    // Nothing changes, but a 32-bit register destination is still written (zero-extended).
    if (size === 4 && i.mod === 3) cpu.setReg(i.rm, 4, v);
    return;
  }
  if (size === 8) {
    const lo = shift64(cpu, op, v, cpu.hi, count);
    cpu.rmWriteBack(i, 8, lo, cpu.hi);
  } else {
    cpu.rmWriteBack(i, size, shift(cpu, op, size, size === 4 ? v >>> 0 : v, count));
  }
}

for (let op = 0; op < 8; op++) {
  for (const byte of [true, false]) {
    const size = (i: Insn): number => (byte ? 1 : i.opsize);
    // C0/C1: r/m, imm8
    defGroup(MAP_1, byte ? 0xc0 : 0xc1, { name: 'grp2', imm: IMM_UB }, op, (cpu, i) => shiftRm(cpu, i, op, size(i), i.imm));
    // D0/D1: r/m, 1
    defGroup(MAP_1, byte ? 0xd0 : 0xd1, { name: 'grp2' }, op, (cpu, i) => shiftRm(cpu, i, op, size(i), 1));
    // D2/D3: r/m, CL
    defGroup(MAP_1, byte ? 0xd2 : 0xd3, { name: 'grp2' }, op, (cpu, i) => shiftRm(cpu, i, op, size(i), cpu.regs[2] & 0xff));
  }
}

// ---- shld / shrd ----

const TWO16 = 65536;
const TWO32 = 4294967296;

/**
 * Double-precision shift of the r/m destination by `raw` (masked here), filling from the
 * register source. `left` selects shld.
 */
function shiftDouble(cpu: CPU, i: Insn, left: boolean, raw: number): void {
  const size = i.opsize;
  const count = raw & (size === 8 ? 0x3f : 0x1f);
  const d = cpu.rmReadRmw(i, size);
  const dh = cpu.hi;
  if (count === 0) {
    if (size === 4 && i.mod === 3) cpu.setReg(i.rm, 4, d);
    return;
  }
  const s = cpu.regRead(i, size);
  const sh = cpu.hi;
  let r: number;
  let rh = 0;
  let cf: number;
  let of: number;
  if (size === 2) {
    // A 48-bit concatenation (exact in a double), so that counts 17–31 — where the SDM
    // leaves the result undefined — give the hardware's: dest:src:dest as modelled for
    // Intel; AMD fills with the source again (src:src:dest for shrd, dest:src:src for
    // shld), as the host CPU does (AMD EPYC, Zen 4).
    const fill = cpu.vendor === 'amd' ? s : d;
    const v = left ? d * TWO32 + s * TWO16 + fill : fill * TWO32 + s * TWO16 + d;
    if (left) {
      r = Math.floor(v / 2 ** (32 - count)) % TWO16;
      cf = Math.floor(v / 2 ** (48 - count)) % 2;
      of = (r >>> 15) ^ cf;
    } else {
      r = Math.floor(v / 2 ** count) % TWO16;
      cf = Math.floor(v / 2 ** (count - 1)) % 2;
      of = ((r >>> 15) ^ (r >>> 14)) & 1;
    }
    if (count > 16 && cpu.vendor === 'amd') cf = 0; // and AMD clears CF then (host)
  } else if (size === 4) {
    if (left) {
      r = ((d << count) | (s >>> (32 - count))) >>> 0;
      cf = (d >>> (32 - count)) & 1;
      of = (r >>> 31) ^ cf;
    } else {
      r = ((d >>> count) | (s << (32 - count))) >>> 0;
      cf = (d >>> (count - 1)) & 1;
      of = ((r >>> 31) ^ (r >>> 30)) & 1;
    }
  } else if (left) {
    shr64(s, sh, 64 - count);
    const tl = rLo;
    const th = rHi;
    shl64(d, dh, count);
    r = rLo | tl;
    rh = rHi | th;
    cf = bit64(d, dh, 64 - count);
    of = (rh >>> 31) ^ cf;
  } else {
    shl64(s, sh, 64 - count);
    const tl = rLo;
    const th = rHi;
    shr64(d, dh, count);
    r = rLo | tl;
    rh = rHi | th;
    cf = bit64(d, dh, count - 1);
    of = ((rh >>> 31) ^ (rh >>> 30)) & 1;
  }
  cpu.flags.setResult(size, r, rh, cf | (of ? OF : 0));
  cpu.rmWriteBack(i, size, r, rh);
}

defOp(MAP_0F, 0xa4, { name: 'shld', modrm: true, imm: IMM_UB, h: (cpu, i) => shiftDouble(cpu, i, true, i.imm) });
defOp(MAP_0F, 0xa5, { name: 'shld', modrm: true, h: (cpu, i) => shiftDouble(cpu, i, true, cpu.regs[2] & 0xff) });
defOp(MAP_0F, 0xac, { name: 'shrd', modrm: true, imm: IMM_UB, h: (cpu, i) => shiftDouble(cpu, i, false, i.imm) });
defOp(MAP_0F, 0xad, { name: 'shrd', modrm: true, h: (cpu, i) => shiftDouble(cpu, i, false, cpu.regs[2] & 0xff) });
