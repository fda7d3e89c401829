// SSE2 integer SIMD on XMM registers (the 66-prefixed forms; the MMX register forms
// without a prefix are not implemented and stay #UD), plus the bitwise and shuffle
// instructions shared with the floating-point encodings: andps/andnps/orps/xorps (+pd),
// shufps/shufpd, unpcklps/unpckhps/unpcklpd/unpckhpd.
//
// Every 128-bit memory source must be 16-byte aligned (#GP(0) otherwise), as for all
// legacy (non-VEX) SSE instructions except the explicit unaligned moves.

import { defGroup, defOp, IMM_UB, MAP_0F, type Handler, type Insn } from '../decode.js';
import type { CPU } from '../cpu.js';
import { R16, R32, R8, S16, S32, S8, SI16, SI8, putR, src128, ud, xv, type XmmViews } from './sse-common.js';

type Body = (v: XmmViews, d: number, i: Insn) => void;

/** Registers `66 0F opcode /r` (xmm, xmm/m128) whose body sees the source in the scratch. */
function p66(opcode: number, name: string, body: Body, imm = false): void {
  defOp(
    MAP_0F,
    opcode,
    {
      name,
      modrm: true,
      imm: imm ? IMM_UB : undefined,
      h: (cpu, i) => {
        src128(cpu, i, true);
        body(xv(cpu), i.reg, i);
      },
    },
    0x66,
  );
}

/** Same body registered for both the no-prefix (ps) and 66 (pd) encodings. */
function psPd(opcode: number, ps: string, pd: string, body: Body, imm = false): void {
  const h: Handler = (cpu, i) => {
    src128(cpu, i, true);
    body(xv(cpu), i.reg, i);
  };
  defOp(MAP_0F, opcode, { name: ps, modrm: true, imm: imm ? IMM_UB : undefined, h });
  defOp(MAP_0F, opcode, { name: pd, modrm: true, imm: imm ? IMM_UB : undefined, h }, 0x66);
}

// ---------------- bitwise ----------------

const and: Body = (v, d) => {
  const x = v.i32;
  const o = d * 4;
  x[o] &= S32[0];
  x[o + 1] &= S32[1];
  x[o + 2] &= S32[2];
  x[o + 3] &= S32[3];
};
const andn: Body = (v, d) => {
  const x = v.i32;
  const o = d * 4;
  x[o] = ~x[o] & S32[0];
  x[o + 1] = ~x[o + 1] & S32[1];
  x[o + 2] = ~x[o + 2] & S32[2];
  x[o + 3] = ~x[o + 3] & S32[3];
};
const or: Body = (v, d) => {
  const x = v.i32;
  const o = d * 4;
  x[o] |= S32[0];
  x[o + 1] |= S32[1];
  x[o + 2] |= S32[2];
  x[o + 3] |= S32[3];
};
const xor: Body = (v, d) => {
  const x = v.i32;
  const o = d * 4;
  x[o] ^= S32[0];
  x[o + 1] ^= S32[1];
  x[o + 2] ^= S32[2];
  x[o + 3] ^= S32[3];
};
p66(0xdb, 'pand', and);
p66(0xdf, 'pandn', andn);
p66(0xeb, 'por', or);
p66(0xef, 'pxor', xor);
psPd(0x54, 'andps', 'andpd', and);
psPd(0x55, 'andnps', 'andnpd', andn);
psPd(0x56, 'orps', 'orpd', or);
psPd(0x57, 'xorps', 'xorpd', xor);

// ---------------- byte lanes ----------------

function bytes(opcode: number, name: string, f: (a: number, b: number) => number, signed: boolean): void {
  p66(opcode, name, (v, d) => {
    const o = d * 16;
    if (signed) {
      const x = v.i8;
      for (let k = 0; k < 16; k++) x[o + k] = f(x[o + k], SI8[k]);
    } else {
      const x = v.u8;
      for (let k = 0; k < 16; k++) x[o + k] = f(x[o + k], S8[k]);
    }
  });
}
const satS8 = (r: number): number => (r > 127 ? 127 : r < -128 ? -128 : r);
const satU8 = (r: number): number => (r > 255 ? 255 : r < 0 ? 0 : r);
const satS16 = (r: number): number => (r > 32767 ? 32767 : r < -32768 ? -32768 : r);
const satU16 = (r: number): number => (r > 65535 ? 65535 : r < 0 ? 0 : r);

bytes(0xfc, 'paddb', (a, b) => a + b, false);
bytes(0xf8, 'psubb', (a, b) => a - b, false);
bytes(0xec, 'paddsb', (a, b) => satS8(a + b), true);
bytes(0xe8, 'psubsb', (a, b) => satS8(a - b), true);
bytes(0xdc, 'paddusb', (a, b) => satU8(a + b), false);
bytes(0xd8, 'psubusb', (a, b) => satU8(a - b), false);
// pcmpeqb (the string routines' workhorse) four bytes at a time: a byte of x = a ^ b is
// zero exactly when ((x & 0x7f) + 0x7f | x) has its top bit clear.
p66(0x74, 'pcmpeqb', (v, d) => {
  const x = v.i32;
  const o = d * 4;
  for (let k = 0; k < 4; k++) {
    const t = x[o + k] ^ S32[k];
    const z = ~(((t & 0x7f7f7f7f) + 0x7f7f7f7f) | t) & 0x80808080;
    x[o + k] = (z >>> 7) * 0xff;
  }
});
bytes(0x64, 'pcmpgtb', (a, b) => (a > b ? -1 : 0), true);
bytes(0xda, 'pminub', (a, b) => (a < b ? a : b), false);
bytes(0xde, 'pmaxub', (a, b) => (a > b ? a : b), false);
bytes(0xe0, 'pavgb', (a, b) => (a + b + 1) >> 1, false);

// ---------------- word lanes ----------------

function words(opcode: number, name: string, f: (a: number, b: number) => number, signed: boolean): void {
  p66(opcode, name, (v, d) => {
    const o = d * 8;
    if (signed) {
      const x = v.i16;
      for (let k = 0; k < 8; k++) x[o + k] = f(x[o + k], SI16[k]);
    } else {
      const x = v.u16;
      for (let k = 0; k < 8; k++) x[o + k] = f(x[o + k], S16[k]);
    }
  });
}
words(0xfd, 'paddw', (a, b) => a + b, false);
words(0xf9, 'psubw', (a, b) => a - b, false);
words(0xed, 'paddsw', (a, b) => satS16(a + b), true);
words(0xe9, 'psubsw', (a, b) => satS16(a - b), true);
words(0xdd, 'paddusw', (a, b) => satU16(a + b), false);
words(0xd9, 'psubusw', (a, b) => satU16(a - b), false);
words(0x75, 'pcmpeqw', (a, b) => (a === b ? 0xffff : 0), false);
words(0x65, 'pcmpgtw', (a, b) => (a > b ? -1 : 0), true);
words(0xea, 'pminsw', (a, b) => (a < b ? a : b), true);
words(0xee, 'pmaxsw', (a, b) => (a > b ? a : b), true);
words(0xe3, 'pavgw', (a, b) => (a + b + 1) >> 1, false);
words(0xd5, 'pmullw', (a, b) => Math.imul(a, b), false);
words(0xe5, 'pmulhw', (a, b) => (a * b) >> 16, true);
words(0xe4, 'pmulhuw', (a, b) => (a * b) >>> 16, false);

// pmaddwd: dword k = w[2k]·s[2k] + w[2k+1]·s[2k+1] (signed; wraps only for 0x8000 pairs)
p66(0xf5, 'pmaddwd', (v, d) => {
  const w = v.i16;
  const o = d * 8;
  for (let k = 0; k < 4; k++) R32[k] = (w[o + 2 * k] * SI16[2 * k] + w[o + 2 * k + 1] * SI16[2 * k + 1]) | 0;
  const x = v.i32;
  for (let k = 0; k < 4; k++) x[d * 4 + k] = R32[k];
});

// ---------------- dword lanes ----------------

function dwords(opcode: number, name: string, f: (a: number, b: number) => number): void {
  p66(opcode, name, (v, d) => {
    const x = v.i32;
    const o = d * 4;
    for (let k = 0; k < 4; k++) x[o + k] = f(x[o + k], S32[k]);
  });
}
dwords(0xfe, 'paddd', (a, b) => (a + b) | 0);
dwords(0xfa, 'psubd', (a, b) => (a - b) | 0);
dwords(0x76, 'pcmpeqd', (a, b) => (a === b ? -1 : 0));
dwords(0x66, 'pcmpgtd', (a, b) => (a > b ? -1 : 0));

// ---------------- qword lanes ----------------

p66(0xd4, 'paddq', (v, d) => {
  const x = v.i32;
  for (let q = 0; q < 2; q++) {
    const o = d * 4 + q * 2;
    const lo = (x[o] >>> 0) + (S32[q * 2] >>> 0);
    x[o] = lo | 0;
    x[o + 1] = (x[o + 1] + S32[q * 2 + 1] + (lo > 0xffffffff ? 1 : 0)) | 0;
  }
});
p66(0xfb, 'psubq', (v, d) => {
  const x = v.i32;
  for (let q = 0; q < 2; q++) {
    const o = d * 4 + q * 2;
    const lo = (x[o] >>> 0) - (S32[q * 2] >>> 0);
    x[o] = lo | 0;
    x[o + 1] = (x[o + 1] - S32[q * 2 + 1] - (lo < 0 ? 1 : 0)) | 0;
  }
});

/** Unsigned 32×32 → 64 multiply; returns the low half, leaves the high half in mulHi. */
let mulHi = 0;
function mulU32(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const mid = a1 * b0 + a0 * b1; // < 2^33
  let lo = a0 * b0 + (mid % 65536) * 65536; // < 2^33
  const carry = Math.floor(lo / 4294967296);
  lo = lo >>> 0;
  mulHi = (a1 * b1 + Math.floor(mid / 65536) + carry) | 0;
  return lo | 0;
}
p66(0xf4, 'pmuludq', (v, d) => {
  const x = v.i32;
  for (let q = 0; q < 2; q++) {
    const o = d * 4 + q * 2;
    x[o] = mulU32(x[o] >>> 0, S32[q * 2] >>> 0);
    x[o + 1] = mulHi;
  }
});
p66(0xf6, 'psadbw', (v, d) => {
  const u = v.u8;
  const x = v.i32;
  for (let q = 0; q < 2; q++) {
    let sum = 0;
    for (let k = 0; k < 8; k++) sum += Math.abs(u[d * 16 + q * 8 + k] - S8[q * 8 + k]);
    x[d * 4 + q * 2] = sum;
    x[d * 4 + q * 2 + 1] = 0;
  }
});

// ---------------- shifts ----------------

const W = 0, D = 1, Q = 2;
const SHL = 0, SHR = 1, SAR = 2;

/** Shifts every lane of XMM register d by n (already known to be ≥ 0, any size). */
function shiftLanes(v: XmmViews, d: number, lane: number, kind: number, n: number): void {
  if (lane === W) {
    const o = d * 8;
    if (kind === SAR) {
      const x = v.i16;
      const c = n > 15 ? 15 : n;
      for (let k = 0; k < 8; k++) x[o + k] = x[o + k] >> c;
    } else {
      const x = v.u16;
      if (n > 15) for (let k = 0; k < 8; k++) x[o + k] = 0;
      else if (kind === SHL) for (let k = 0; k < 8; k++) x[o + k] = x[o + k] << n;
      else for (let k = 0; k < 8; k++) x[o + k] = x[o + k] >>> n;
    }
    return;
  }
  const x = v.i32;
  const o = d * 4;
  if (lane === D) {
    if (kind === SAR) {
      const c = n > 31 ? 31 : n;
      for (let k = 0; k < 4; k++) x[o + k] = x[o + k] >> c;
    } else if (n > 31) for (let k = 0; k < 4; k++) x[o + k] = 0;
    else if (kind === SHL) for (let k = 0; k < 4; k++) x[o + k] = x[o + k] << n;
    else for (let k = 0; k < 4; k++) x[o + k] = x[o + k] >>> n;
    return;
  }
  // qwords (no arithmetic form in SSE2)
  for (let q = 0; q < 2; q++) {
    const p = o + q * 2;
    let lo = x[p];
    let hi = x[p + 1];
    if (n > 63) {
      lo = 0;
      hi = 0;
    } else if (n >= 32) {
      if (kind === SHL) {
        hi = lo << (n - 32);
        lo = 0;
      } else {
        lo = hi >>> (n - 32);
        hi = 0;
      }
    } else if (n > 0) {
      if (kind === SHL) {
        hi = (hi << n) | (lo >>> (32 - n));
        lo = lo << n;
      } else {
        lo = (lo >>> n) | (hi << (32 - n));
        hi = hi >>> n;
      }
    }
    x[p] = lo;
    x[p + 1] = hi;
  }
}

/** Register/memory count forms: the count is the source's low 64 bits (unsigned). */
function shiftByXmm(opcode: number, name: string, lane: number, kind: number): void {
  p66(opcode, name, (v, d) => {
    const n = S32[1] !== 0 ? 0x7fffffff : S32[0] >>> 0;
    shiftLanes(v, d, lane, kind, n > 0xffff ? 0xffff : n);
  });
}
shiftByXmm(0xf1, 'psllw', W, SHL);
shiftByXmm(0xf2, 'pslld', D, SHL);
shiftByXmm(0xf3, 'psllq', Q, SHL);
shiftByXmm(0xd1, 'psrlw', W, SHR);
shiftByXmm(0xd2, 'psrld', D, SHR);
shiftByXmm(0xd3, 'psrlq', Q, SHR);
shiftByXmm(0xe1, 'psraw', W, SAR);
shiftByXmm(0xe2, 'psrad', D, SAR);

/** Immediate forms: 66 0F 71/72/73 /r ib with an XMM register operand. */
function shiftImm(opcode: number, reg: number, lane: number, kind: number): void {
  defGroup(
    MAP_0F,
    opcode,
    { name: `grp${opcode - 0x71 + 12}`, imm: IMM_UB },
    reg,
    (cpu: CPU, i: Insn) => {
      if (i.mod !== 3) throw ud(i, 'memory operand');
      shiftLanes(xv(cpu), i.rm, lane, kind, i.imm);
    },
    0x66,
  );
}
shiftImm(0x71, 2, W, SHR);
shiftImm(0x71, 4, W, SAR);
shiftImm(0x71, 6, W, SHL);
shiftImm(0x72, 2, D, SHR);
shiftImm(0x72, 4, D, SAR);
shiftImm(0x72, 6, D, SHL);
shiftImm(0x73, 2, Q, SHR);
shiftImm(0x73, 6, Q, SHL);
// psrldq / pslldq: whole-register byte shifts
for (const [reg, left] of [
  [3, false],
  [7, true],
] as const) {
  defGroup(
    MAP_0F,
    0x73,
    { name: 'grp14', imm: IMM_UB },
    reg,
    (cpu: CPU, i: Insn) => {
      if (i.mod !== 3) throw ud(i, 'memory operand');
      const u = xv(cpu).u8;
      const o = i.rm * 16;
      const n = i.imm > 16 ? 16 : i.imm;
      for (let k = 0; k < 16; k++) R8[k] = u[o + k];
      if (left) for (let k = 0; k < 16; k++) u[o + k] = k >= n ? R8[k - n] : 0;
      else for (let k = 0; k < 16; k++) u[o + k] = k + n < 16 ? R8[k + n] : 0;
    },
    0x66,
  );
}

// ---------------- packs ----------------

p66(0x63, 'packsswb', (v, d) => {
  const w = v.i16;
  const o = d * 8;
  for (let k = 0; k < 8; k++) {
    R8[k] = satS8(w[o + k]);
    R8[k + 8] = satS8(SI16[k]);
  }
  copyR8(v, d);
});
p66(0x67, 'packuswb', (v, d) => {
  const w = v.i16;
  const o = d * 8;
  for (let k = 0; k < 8; k++) {
    R8[k] = satU8(w[o + k]);
    R8[k + 8] = satU8(SI16[k]);
  }
  copyR8(v, d);
});
p66(0x6b, 'packssdw', (v, d) => {
  const x = v.i32;
  const o = d * 4;
  for (let k = 0; k < 4; k++) {
    R16[k] = satS16(x[o + k]);
    R16[k + 4] = satS16(S32[k]);
  }
  copyR8(v, d);
});

function copyR8(v: XmmViews, d: number): void {
  const x = v.i32;
  const o = d * 4;
  x[o] = R32[0];
  x[o + 1] = R32[1];
  x[o + 2] = R32[2];
  x[o + 3] = R32[3];
}

// ---------------- unpacks (interleaves) ----------------

/** Interleaves lanes of `size` bytes from the low (high = false) or high halves. */
function unpack(v: XmmViews, d: number, size: number, high: boolean): void {
  const u = v.u8;
  const o = d * 16;
  const base = high ? 8 : 0;
  const n = 8 / size; // lanes taken from each operand
  for (let k = 0; k < n; k++) {
    for (let b = 0; b < size; b++) {
      R8[2 * k * size + b] = u[o + base + k * size + b];
      R8[(2 * k + 1) * size + b] = S8[base + k * size + b];
    }
  }
  copyR8(v, d);
}
p66(0x60, 'punpcklbw', (v, d) => unpack(v, d, 1, false));
p66(0x61, 'punpcklwd', (v, d) => unpack(v, d, 2, false));
p66(0x62, 'punpckldq', (v, d) => unpack(v, d, 4, false));
p66(0x6c, 'punpcklqdq', (v, d) => unpack(v, d, 8, false));
p66(0x68, 'punpckhbw', (v, d) => unpack(v, d, 1, true));
p66(0x69, 'punpckhwd', (v, d) => unpack(v, d, 2, true));
p66(0x6a, 'punpckhdq', (v, d) => unpack(v, d, 4, true));
p66(0x6d, 'punpckhqdq', (v, d) => unpack(v, d, 8, true));
defOp(MAP_0F, 0x14, { name: 'unpcklps', modrm: true, h: (cpu, i) => (src128(cpu, i, true), unpack(xv(cpu), i.reg, 4, false)) });
defOp(MAP_0F, 0x15, { name: 'unpckhps', modrm: true, h: (cpu, i) => (src128(cpu, i, true), unpack(xv(cpu), i.reg, 4, true)) });
p66(0x14, 'unpcklpd', (v, d) => unpack(v, d, 8, false));
p66(0x15, 'unpckhpd', (v, d) => unpack(v, d, 8, true));

// ---------------- shuffles ----------------

function shuf(prefix: number, name: string, body: (cpu: CPU, i: Insn) => void): void {
  defOp(MAP_0F, 0x70, { name, modrm: true, imm: IMM_UB, h: body }, prefix);
}
shuf(0x66, 'pshufd', (cpu, i) => {
  src128(cpu, i, true);
  const m = i.imm;
  for (let k = 0; k < 4; k++) R32[k] = S32[(m >> (2 * k)) & 3];
  putR(cpu, i.reg);
});
shuf(0xf3, 'pshufhw', (cpu, i) => {
  src128(cpu, i, true);
  const m = i.imm;
  R32[0] = S32[0];
  R32[1] = S32[1];
  for (let k = 0; k < 4; k++) R16[4 + k] = S16[4 + ((m >> (2 * k)) & 3)];
  putR(cpu, i.reg);
});
shuf(0xf2, 'pshuflw', (cpu, i) => {
  src128(cpu, i, true);
  const m = i.imm;
  for (let k = 0; k < 4; k++) R16[k] = S16[(m >> (2 * k)) & 3];
  R32[2] = S32[2];
  R32[3] = S32[3];
  putR(cpu, i.reg);
});

defOp(MAP_0F, 0xc6, {
  name: 'shufps',
  modrm: true,
  imm: IMM_UB,
  h: (cpu, i) => {
    src128(cpu, i, true);
    const x = cpu.xmm32;
    const o = i.reg * 4;
    const m = i.imm;
    R32[0] = x[o + (m & 3)];
    R32[1] = x[o + ((m >> 2) & 3)];
    R32[2] = S32[(m >> 4) & 3];
    R32[3] = S32[(m >> 6) & 3];
    putR(cpu, i.reg);
  },
});
defOp(
  MAP_0F,
  0xc6,
  {
    name: 'shufpd',
    modrm: true,
    imm: IMM_UB,
    h: (cpu, i) => {
      src128(cpu, i, true);
      const x = cpu.xmm32;
      const o = i.reg * 4;
      const a = o + (i.imm & 1) * 2;
      const b = ((i.imm >> 1) & 1) * 2;
      R32[0] = x[a];
      R32[1] = x[a + 1];
      R32[2] = S32[b];
      R32[3] = S32[b + 1];
      putR(cpu, i.reg);
    },
  },
  0x66,
);

// ---------------- word insert / extract ----------------

defOp(
  MAP_0F,
  0xc4,
  {
    name: 'pinsrw',
    modrm: true,
    imm: IMM_UB,
    h: (cpu, i) => {
      const w = i.mod === 3 ? cpu.getReg(i.rm, 4) & 0xffff : cpu.readMem(cpu.ea(i), 2);
      xv(cpu).u16[i.reg * 8 + (i.imm & 7)] = w;
    },
  },
  0x66,
);
defOp(
  MAP_0F,
  0xc5,
  {
    name: 'pextrw',
    modrm: true,
    imm: IMM_UB,
    h: (cpu, i) => {
      if (i.mod !== 3) throw ud(i, 'memory operand');
      cpu.setReg(i.reg, 4, xv(cpu).u16[i.rm * 8 + (i.imm & 7)]);
    },
  },
  0x66,
);
