// Multiplication and division: group 3 (F6/F7) /4 mul, /5 imul, /6 div, /7 idiv;
// imul r, r/m (0F AF); imul r, r/m, imm (69, 6B); and the sign extensions
// cbw/cwde/cdqe (98) and cwd/cdq/cqo (99).
//
// Flags (Intel SDM vol. 2):
// - mul/imul: CF = OF = 1 when the high half of the product is significant (mul: not
//   zero; imul: not the sign-extension of the low half). SF, ZF, PF and AF are undefined;
//   this CPU sets SF/ZF/PF from the low half of the product (AL, AX, EAX or RAX — the
//   destination register for the two- and three-operand forms) and clears AF.
// - div/idiv: all six flags are undefined; they are left unchanged.
// - #DE (vector 0) on a zero divisor and when the quotient does not fit the destination
//   (including idiv of the most negative dividend by -1).
//
// 64-bit products use 32×32-bit partial products on int32 halves (no BigInt); 128-by-64
// division uses exact doubles when the dividend fits in 53 bits and BigInt otherwise.

import type { CPU } from '../cpu.js';
import { CpuFault, DE } from '../exceptions.js';
import { defGroup, defOp, IMM_B, IMM_Z, MAP_0F, MAP_1, type Insn } from '../decode.js';
import { CF, OF } from '../flags.js';

const TWO32 = 4294967296;
const RAX = 0, RDX = 2;

// ---- wide multiplication; results in module variables ----

let mHi = 0;
/** 128-bit product words, least significant first (int32). */
let w0 = 0, w1 = 0, w2 = 0, w3 = 0;

/** Unsigned 32×32 → 64: returns the low word (int32), high word (int32) in mHi. */
export function umul32(a: number, b: number): number {
  a >>>= 0;
  b >>>= 0;
  const al = a & 0xffff;
  const ah = a >>> 16;
  const bl = b & 0xffff;
  const bh = b >>> 16;
  const mid = al * bh + ah * bl; // < 2^33
  const low = al * bl + (mid % 65536) * 65536; // < 2^33
  mHi = (ah * bh + Math.floor(mid / 65536) + (low >= TWO32 ? 1 : 0)) | 0;
  return low | 0;
}

/** Signed 32×32 → 64: returns the low word, high word in mHi. */
export function smul32(a: number, b: number): number {
  const lo = umul32(a, b);
  let hi = mHi;
  if (a < 0) hi -= b;
  if (b < 0) hi -= a;
  mHi = hi | 0;
  return lo;
}

/** Unsigned 64×64 → 128 into w0..w3. */
function umul64(al: number, ah: number, bl: number, bh: number): void {
  const l0 = umul32(al, bl);
  const h0 = mHi >>> 0;
  const l1 = umul32(al, bh) >>> 0;
  const h1 = mHi >>> 0;
  const l2 = umul32(ah, bl) >>> 0;
  const h2 = mHi >>> 0;
  const l3 = umul32(ah, bh) >>> 0;
  const h3 = mHi >>> 0;
  const c1 = h0 + l1 + l2;
  const k1 = Math.floor(c1 / TWO32);
  const c2 = h1 + h2 + l3 + k1;
  const k2 = Math.floor(c2 / TWO32);
  w0 = l0;
  w1 = c1 | 0;
  w2 = c2 | 0;
  w3 = (h3 + k2) | 0;
}

/** Subtracts the 64-bit (lo, hi) from the high half (w2, w3). */
function subHigh(lo: number, hi: number): void {
  const d = (w2 >>> 0) - (lo >>> 0);
  w2 = d | 0;
  w3 = (w3 - hi - (d < 0 ? 1 : 0)) | 0;
}

/** Signed 64×64 → 128 into w0..w3. */
function smul64(al: number, ah: number, bl: number, bh: number): void {
  if (ah === al >> 31 && bh === bl >> 31) {
    // both fit in 32 bits: one signed 32×32 product, sign-extended
    w0 = smul32(al, bl);
    w1 = mHi;
    w2 = w3 = mHi >> 31;
    return;
  }
  umul64(al, ah, bl, bh);
  if (ah < 0) subHigh(bl, bh);
  if (bh < 0) subHigh(al, ah);
}

/** Flags after a multiplication: CF = OF = `overflow`; SF/ZF/PF from the low half. */
function mulFlags(cpu: CPU, size: number, lo: number, hi: number, overflow: boolean): void {
  cpu.flags.setResult(size, lo, hi, overflow ? CF | OF : 0);
}

function divideError(): CpuFault {
  return new CpuFault(DE, 0, 'divide error');
}

// ---- one-operand forms ----

function mul(cpu: CPU, i: Insn, size: number): void {
  const b = cpu.rmRead(i, size);
  const bh = cpu.hi;
  switch (size) {
    case 1: {
      const r = (cpu.regs[0] & 0xff) * b;
      cpu.setReg(RAX, 2, r);
      mulFlags(cpu, 1, r & 0xff, 0, r > 0xff);
      return;
    }
    case 2: {
      const r = (cpu.regs[0] & 0xffff) * b;
      cpu.setReg(RAX, 2, r);
      cpu.setReg(RDX, 2, r >>> 16);
      mulFlags(cpu, 2, r & 0xffff, 0, r > 0xffff);
      return;
    }
    case 4: {
      const lo = umul32(cpu.regs[0], b);
      const hi = mHi;
      cpu.setReg(RAX, 4, lo);
      cpu.setReg(RDX, 4, hi);
      mulFlags(cpu, 4, lo, 0, hi !== 0);
      return;
    }
    default: {
      umul64(cpu.regs[0], cpu.regs[1], b, bh);
      cpu.setReg(RAX, 8, w0, w1);
      cpu.setReg(RDX, 8, w2, w3);
      mulFlags(cpu, 8, w0, w1, (w2 | w3) !== 0);
    }
  }
}

function imul1(cpu: CPU, i: Insn, size: number): void {
  const b = cpu.rmRead(i, size);
  const bh = cpu.hi;
  switch (size) {
    case 1: {
      const r = ((cpu.regs[0] << 24) >> 24) * ((b << 24) >> 24);
      cpu.setReg(RAX, 2, r);
      mulFlags(cpu, 1, r & 0xff, 0, r !== (r << 24) >> 24);
      return;
    }
    case 2: {
      const r = ((cpu.regs[0] << 16) >> 16) * ((b << 16) >> 16);
      cpu.setReg(RAX, 2, r);
      cpu.setReg(RDX, 2, r >> 16);
      mulFlags(cpu, 2, r & 0xffff, 0, r !== (r << 16) >> 16);
      return;
    }
    case 4: {
      const lo = smul32(cpu.regs[0], b);
      const hi = mHi;
      cpu.setReg(RAX, 4, lo);
      cpu.setReg(RDX, 4, hi);
      mulFlags(cpu, 4, lo, 0, hi !== lo >> 31);
      return;
    }
    default: {
      smul64(cpu.regs[0], cpu.regs[1], b, bh);
      cpu.setReg(RAX, 8, w0, w1);
      cpu.setReg(RDX, 8, w2, w3);
      mulFlags(cpu, 8, w0, w1, w2 !== w1 >> 31 || w3 !== w1 >> 31);
    }
  }
}

/**
 * Signed product of two operands truncated to `size` (imul r, r/m[, imm]); sets the
 * flags and returns the low word (high word of a 64-bit result in cpu.hi).
 */
export function imulTrunc(cpu: CPU, size: number, a: number, ah: number, b: number, bh: number): number {
  switch (size) {
    case 2: {
      const r = ((a << 16) >> 16) * ((b << 16) >> 16);
      mulFlags(cpu, 2, r & 0xffff, 0, r !== (r << 16) >> 16);
      cpu.hi = 0;
      return r & 0xffff;
    }
    case 4: {
      const lo = smul32(a, b);
      mulFlags(cpu, 4, lo, 0, mHi !== lo >> 31);
      cpu.hi = 0;
      return lo;
    }
    default: {
      smul64(a, ah, b, bh);
      mulFlags(cpu, 8, w0, w1, w2 !== w1 >> 31 || w3 !== w1 >> 31);
      cpu.hi = w1;
      return w0;
    }
  }
}

function div(cpu: CPU, i: Insn, size: number): void {
  const d = cpu.rmRead(i, size);
  const dh = cpu.hi;
  switch (size) {
    case 1: {
      if (d === 0) throw divideError();
      const n = cpu.regs[0] & 0xffff;
      const q = Math.floor(n / d);
      if (q > 0xff) throw divideError();
      cpu.setReg(RAX, 2, ((n - q * d) << 8) | q);
      return;
    }
    case 2: {
      if (d === 0) throw divideError();
      const n = (((cpu.regs[4] & 0xffff) << 16) | (cpu.regs[0] & 0xffff)) >>> 0;
      const q = Math.floor(n / d);
      if (q > 0xffff) throw divideError();
      cpu.setReg(RAX, 2, q);
      cpu.setReg(RDX, 2, n - q * d);
      return;
    }
    case 4: {
      const du = d >>> 0;
      if (du === 0) throw divideError();
      const hi = cpu.regs[4] >>> 0;
      if (hi >= du) throw divideError();
      const lo = cpu.regs[0] >>> 0;
      let q: number;
      let r: number;
      if (hi < 0x200000) {
        const n = hi * TWO32 + lo;
        r = n % du;
        q = (n - r) / du;
      } else {
        const n = (BigInt(hi) << 32n) | BigInt(lo);
        const bd = BigInt(du);
        q = Number(n / bd);
        r = Number(n % bd);
      }
      cpu.setReg(RAX, 4, q | 0);
      cpu.setReg(RDX, 4, r | 0);
      return;
    }
    default: {
      if (d === 0 && dh === 0) throw divideError();
      const nl = cpu.regs[0];
      const nh = cpu.regs[1];
      const hl = cpu.regs[4];
      const hh = cpu.regs[5];
      // quotient overflows unless RDX < divisor (unsigned)
      if (hh >>> 0 > dh >>> 0 || (hh === dh && hl >>> 0 >= d >>> 0)) throw divideError();
      if ((hl | hh) === 0 && nh >>> 0 < 0x200000) {
        const n = (nh >>> 0) * TWO32 + (nl >>> 0);
        if (dh >>> 0 >= 0x200000) {
          // divisor ≥ 2^53 > dividend
          cpu.setReg(RAX, 8, 0, 0);
          cpu.setReg(RDX, 8, nl, nh);
        } else {
          const dv = (dh >>> 0) * TWO32 + (d >>> 0);
          const r = n % dv;
          setNum(cpu, RAX, (n - r) / dv);
          setNum(cpu, RDX, r);
        }
        return;
      }
      const n = (big64(hl, hh) << 64n) | big64(nl, nh);
      const bd = big64(d, dh);
      setBig(cpu, RAX, n / bd);
      setBig(cpu, RDX, n % bd);
    }
  }
}

function idiv(cpu: CPU, i: Insn, size: number): void {
  const d0 = cpu.rmRead(i, size);
  const dh = cpu.hi;
  switch (size) {
    case 1: {
      const d = (d0 << 24) >> 24;
      if (d === 0) throw divideError();
      const n = (cpu.regs[0] << 16) >> 16;
      const r = n % d;
      const q = (n - r) / d;
      if (q > 0x7f || q < -0x80) throw divideError();
      cpu.setReg(RAX, 2, ((r & 0xff) << 8) | (q & 0xff));
      return;
    }
    case 2: {
      const d = (d0 << 16) >> 16;
      if (d === 0) throw divideError();
      const n = ((cpu.regs[4] & 0xffff) << 16) | (cpu.regs[0] & 0xffff);
      const r = n % d;
      const q = (n - r) / d;
      if (q > 0x7fff || q < -0x8000) throw divideError();
      cpu.setReg(RAX, 2, q);
      cpu.setReg(RDX, 2, r);
      return;
    }
    case 4: {
      const d = d0 | 0;
      if (d === 0) throw divideError();
      const hi = cpu.regs[4];
      const lo = cpu.regs[0] >>> 0;
      let q: number;
      let r: number;
      if (hi >= -0x200000 && hi < 0x200000) {
        const n = hi * TWO32 + lo;
        r = n % d;
        q = (n - r) / d;
      } else {
        const n = (BigInt(hi) << 32n) | BigInt(lo);
        const bd = BigInt(d);
        q = Number(n / bd);
        r = Number(n % bd);
      }
      if (q > 0x7fffffff || q < -0x80000000) throw divideError();
      cpu.setReg(RAX, 4, q | 0);
      cpu.setReg(RDX, 4, r | 0);
      return;
    }
    default: {
      if (d0 === 0 && dh === 0) throw divideError();
      const nl = cpu.regs[0];
      const nh = cpu.regs[1];
      const hl = cpu.regs[4];
      const hh = cpu.regs[5];
      const sx = nh >> 31;
      if (hl === sx && hh === sx && nh >= -0x200000 && nh < 0x200000) {
        // the dividend is a sign-extended value of magnitude < 2^53
        const n = nh * TWO32 + (nl >>> 0);
        if (dh >= 0x200000 || dh < -0x200000) {
          // |divisor| ≥ 2^53 > |dividend|
          cpu.setReg(RAX, 8, 0, 0);
          cpu.setReg(RDX, 8, nl, nh);
        } else {
          const dv = dh * TWO32 + (d0 >>> 0);
          const r = n % dv;
          const q = (n - r) / dv;
          setNum(cpu, RAX, q); // |q| ≤ |n| < 2^53: no overflow possible
          setNum(cpu, RDX, r);
        }
        return;
      }
      const n = BigInt.asIntN(128, (big64(hl, hh) << 64n) | big64(nl, nh));
      const bd = BigInt.asIntN(64, big64(d0, dh));
      const q = n / bd;
      if (q > 0x7fffffffffffffffn || q < -0x8000000000000000n) throw divideError();
      setBig(cpu, RAX, q);
      setBig(cpu, RDX, n % bd);
    }
  }
}

function big64(lo: number, hi: number): bigint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

function setBig(cpu: CPU, reg: number, v: bigint): void {
  const u = BigInt.asUintN(64, v);
  cpu.setReg(reg, 8, Number(u & 0xffffffffn) | 0, Number(u >> 32n) | 0);
}

/** Sets a 64-bit register from an integer-valued double with |v| < 2^53. */
function setNum(cpu: CPU, reg: number, v: number): void {
  const hi = Math.floor(v / TWO32);
  cpu.setReg(reg, 8, (v - hi * TWO32) | 0, hi | 0);
}

for (const byte of [true, false]) {
  const opc = byte ? 0xf6 : 0xf7;
  const base = { name: 'grp3', imm: byte ? IMM_B : IMM_Z, immRegs: [0, 1] };
  const sz = (i: Insn): number => (byte ? 1 : i.opsize);
  defGroup(MAP_1, opc, base, 4, (cpu, i) => mul(cpu, i, sz(i)));
  defGroup(MAP_1, opc, base, 5, (cpu, i) => imul1(cpu, i, sz(i)));
  defGroup(MAP_1, opc, base, 6, (cpu, i) => div(cpu, i, sz(i)));
  defGroup(MAP_1, opc, base, 7, (cpu, i) => idiv(cpu, i, sz(i)));
}

// imul r, r/m
defOp(MAP_0F, 0xaf, {
  name: 'imul',
  modrm: true,
  h: (cpu, i) => {
    const s = i.opsize;
    const b = cpu.rmRead(i, s);
    const bh = cpu.hi;
    const a = cpu.regRead(i, s);
    const r = imulTrunc(cpu, s, a, cpu.hi, b, bh);
    cpu.regWrite(i, s, r, cpu.hi);
  },
});

// imul r, r/m, imm (69: imm16/32 sign-extended; 6B: imm8 sign-extended)
for (const [opc, imm] of [
  [0x69, IMM_Z],
  [0x6b, IMM_B],
] as const) {
  defOp(MAP_1, opc, {
    name: 'imul',
    modrm: true,
    imm,
    h: (cpu, i) => {
      const s = i.opsize;
      const a = cpu.rmRead(i, s);
      const r = imulTrunc(cpu, s, a, cpu.hi, i.imm, i.imm >> 31);
      cpu.regWrite(i, s, r, cpu.hi);
    },
  });
}

// cbw / cwde / cdqe
defOp(MAP_1, 0x98, {
  name: 'cbw',
  h: (cpu, i) => {
    const a = cpu.regs[0];
    if (i.opsize === 2) cpu.setReg(RAX, 2, (a << 24) >> 24);
    else if (i.opsize === 4) cpu.setReg(RAX, 4, (a << 16) >> 16);
    else cpu.setReg(RAX, 8, a, a >> 31);
  },
});

// cwd / cdq / cqo
defOp(MAP_1, 0x99, {
  name: 'cwd',
  h: (cpu, i) => {
    if (i.opsize === 2) cpu.setReg(RDX, 2, (cpu.regs[0] << 16) >> 31);
    else if (i.opsize === 4) cpu.setReg(RDX, 4, cpu.regs[0] >> 31);
    else {
      const s = cpu.regs[1] >> 31;
      cpu.setReg(RDX, 8, s, s);
    }
  },
});
