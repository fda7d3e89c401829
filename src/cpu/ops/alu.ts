// Integer ALU: add, or, adc, sbb, and, sub, xor, cmp, test, inc, dec, neg, not.
// Operands of size ≤ 4 are handled as unsigned masked numbers; 64-bit ones as int32
// halves (lo returned, hi in cpu.hi).

import type { CPU } from '../cpu.js';
import { defOp, defGroup, IMM_B, IMM_Z, MAP_1, type Insn } from '../decode.js';
import { F_ADC, F_ADD, F_DEC, F_INC, F_LOGIC, F_SBB, F_SUB, MASK } from '../flags.js';

export const OP_ADD = 0, OP_OR = 1, OP_ADC = 2, OP_SBB = 3, OP_AND = 4, OP_SUB = 5, OP_XOR = 6, OP_CMP = 7;
const NAMES = ['add', 'or', 'adc', 'sbb', 'and', 'sub', 'xor', 'cmp'];

/** Performs ALU operation `op` (x86 /0–/7 order), sets the lazy flags, returns the result. */
export function alu(cpu: CPU, op: number, size: number, a: number, ah: number, b: number, bh: number): number {
  const f = cpu.flags;
  if (size !== 8) {
    const m = MASK[size];
    a = (a & m) >>> 0;
    b = (b & m) >>> 0;
    let r: number;
    switch (op) {
      case OP_ADD:
        r = (a + b) % (m + 1);
        f.set(F_ADD, size, a, 0, b, 0, r, 0, 0);
        break;
      case OP_ADC: {
        const c = f.cf() ? 1 : 0;
        r = (a + b + c) % (m + 1);
        f.set(F_ADC, size, a, 0, b, 0, r, 0, c);
        break;
      }
      case OP_SBB: {
        const c = f.cf() ? 1 : 0;
        r = (a - b - c + m + 1) % (m + 1);
        f.set(F_SBB, size, a, 0, b, 0, r, 0, c);
        break;
      }
      case OP_SUB:
      case OP_CMP:
        r = (a - b + m + 1) % (m + 1);
        f.set(F_SUB, size, a, 0, b, 0, r, 0, 0);
        break;
      case OP_OR:
        r = (a | b) >>> 0;
        f.set(F_LOGIC, size, a, 0, b, 0, r, 0, 0);
        break;
      case OP_AND:
        r = (a & b) >>> 0;
        f.set(F_LOGIC, size, a, 0, b, 0, r, 0, 0);
        break;
      default:
        r = (a ^ b) >>> 0;
        f.set(F_LOGIC, size, a, 0, b, 0, r, 0, 0);
        break;
    }
    cpu.hi = 0;
    return r;
  }
  let rl: number;
  let rh: number;
  switch (op) {
    case OP_ADD:
    case OP_ADC: {
      const c = op === OP_ADC && f.cf() ? 1 : 0;
      const lo = (a >>> 0) + (b >>> 0) + c;
      rl = lo | 0;
      rh = (ah + bh + (lo > 0xffffffff ? 1 : 0)) | 0;
      f.set(op === OP_ADD ? F_ADD : F_ADC, 8, a | 0, ah | 0, b | 0, bh | 0, rl, rh, c);
      break;
    }
    case OP_SUB:
    case OP_CMP:
    case OP_SBB: {
      const c = op === OP_SBB && f.cf() ? 1 : 0;
      const lo = (a >>> 0) - (b >>> 0) - c;
      rl = lo | 0;
      rh = (ah - bh - (lo < 0 ? 1 : 0)) | 0;
      f.set(op === OP_SBB ? F_SBB : F_SUB, 8, a | 0, ah | 0, b | 0, bh | 0, rl, rh, c);
      break;
    }
    case OP_OR:
      rl = a | b;
      rh = ah | bh;
      f.set(F_LOGIC, 8, a, ah, b, bh, rl, rh, 0);
      break;
    case OP_AND:
      rl = a & b;
      rh = ah & bh;
      f.set(F_LOGIC, 8, a, ah, b, bh, rl, rh, 0);
      break;
    default:
      rl = a ^ b;
      rh = ah ^ bh;
      f.set(F_LOGIC, 8, a, ah, b, bh, rl, rh, 0);
      break;
  }
  cpu.hi = rh;
  return rl;
}

/** inc/dec: like add/sub 1 but CF is preserved. */
export function incdec(cpu: CPU, dec: boolean, size: number, a: number, ah: number): number {
  const f = cpu.flags;
  const c = f.cf() ? 1 : 0;
  if (size !== 8) {
    const m = MASK[size];
    a = (a & m) >>> 0;
    const r = dec ? (a - 1 + m + 1) % (m + 1) : (a + 1) % (m + 1);
    f.set(dec ? F_DEC : F_INC, size, a, 0, 1, 0, r, 0, c);
    cpu.hi = 0;
    return r;
  }
  const lo = (a >>> 0) + (dec ? -1 : 1);
  const rl = lo | 0;
  const rh = (ah + (lo > 0xffffffff ? 1 : lo < 0 ? -1 : 0)) | 0;
  f.set(dec ? F_DEC : F_INC, 8, a | 0, ah | 0, 1, 0, rl, rh, c);
  cpu.hi = rh;
  return rl;
}

function sizeOf(i: Insn, byte: boolean): number {
  return byte ? 1 : i.opsize;
}

for (let op = 0; op < 8; op++) {
  const base = op * 8;
  const name = NAMES[op];
  const write = op !== OP_CMP;
  // r/m, reg
  for (const byte of [true, false]) {
    defOp(MAP_1, base + (byte ? 0 : 1), {
      name,
      modrm: true,
      h: (cpu, i) => {
        const s = sizeOf(i, byte);
        const a = write ? cpu.rmReadRmw(i, s) : cpu.rmRead(i, s);
        const ah = cpu.hi;
        const b = cpu.regRead(i, s);
        const r = alu(cpu, op, s, a, ah, b, cpu.hi);
        if (write) cpu.rmWriteBack(i, s, r, cpu.hi);
      },
    });
    // reg, r/m
    defOp(MAP_1, base + (byte ? 2 : 3), {
      name,
      modrm: true,
      h: (cpu, i) => {
        const s = sizeOf(i, byte);
        const b = cpu.rmRead(i, s);
        const bh = cpu.hi;
        const a = cpu.regRead(i, s);
        const r = alu(cpu, op, s, a, cpu.hi, b, bh);
        if (write) cpu.regWrite(i, s, r, cpu.hi);
      },
    });
  }
  // AL, imm8 / eAX, imm
  defOp(MAP_1, base + 4, {
    name,
    imm: IMM_B,
    h: (cpu, i) => {
      const r = alu(cpu, op, 1, cpu.getReg8(0), 0, i.imm, 0);
      if (write) cpu.setReg8(0, r);
    },
  });
  defOp(MAP_1, base + 5, {
    name,
    imm: IMM_Z,
    h: (cpu, i) => {
      const s = i.opsize;
      const a = cpu.getReg(0, s);
      const r = alu(cpu, op, s, a, cpu.hi, i.imm, i.immHi);
      if (write) cpu.setReg(0, s, r, cpu.hi);
    },
  });
  // group 1: 80 (r/m8, imm8), 81 (r/m, imm), 83 (r/m, imm8 sign-extended); 82 = 80 outside 64-bit
  const immOp = (byte: boolean) => (cpu: CPU, i: Insn) => {
    const s = sizeOf(i, byte);
    const a = write ? cpu.rmReadRmw(i, s) : cpu.rmRead(i, s);
    const r = alu(cpu, op, s, a, cpu.hi, i.imm, i.imm >> 31);
    if (write) cpu.rmWriteBack(i, s, r, cpu.hi);
  };
  defGroup(MAP_1, 0x80, { name: 'grp1', imm: IMM_B }, op, immOp(true));
  defGroup(MAP_1, 0x82, { name: 'grp1', imm: IMM_B, inv64: true }, op, immOp(true));
  defGroup(MAP_1, 0x81, { name: 'grp1', imm: IMM_Z }, op, immOp(false));
  defGroup(MAP_1, 0x83, { name: 'grp1', imm: IMM_B }, op, immOp(false));
}

// test r/m, reg
for (const byte of [true, false]) {
  defOp(MAP_1, byte ? 0x84 : 0x85, {
    name: 'test',
    modrm: true,
    h: (cpu, i) => {
      const s = sizeOf(i, byte);
      const a = cpu.rmRead(i, s);
      const ah = cpu.hi;
      const b = cpu.regRead(i, s);
      alu(cpu, OP_AND, s, a, ah, b, cpu.hi);
    },
  });
}
defOp(MAP_1, 0xa8, { name: 'test', imm: IMM_B, h: (cpu, i) => void alu(cpu, OP_AND, 1, cpu.getReg8(0), 0, i.imm, 0) });
defOp(MAP_1, 0xa9, {
  name: 'test',
  imm: IMM_Z,
  h: (cpu, i) => {
    const a = cpu.getReg(0, i.opsize);
    alu(cpu, OP_AND, i.opsize, a, cpu.hi, i.imm, i.immHi);
  },
});

// group 3 (F6/F7): /0 /1 test, /2 not, /3 neg (mul/div are in muldiv.ts)
for (const byte of [true, false]) {
  const opc = byte ? 0xf6 : 0xf7;
  const base = { name: 'grp3', imm: byte ? IMM_B : IMM_Z, immRegs: [0, 1] };
  const test = (cpu: CPU, i: Insn) => {
    const s = sizeOf(i, byte);
    const a = cpu.rmRead(i, s);
    alu(cpu, OP_AND, s, a, cpu.hi, i.imm, i.imm >> 31);
  };
  defGroup(MAP_1, opc, base, 0, test);
  defGroup(MAP_1, opc, base, 1, test);
  defGroup(MAP_1, opc, base, 2, (cpu, i) => {
    const s = sizeOf(i, byte);
    const a = cpu.rmReadRmw(i, s);
    const ah = cpu.hi;
    cpu.rmWriteBack(i, s, ~a, ~ah);
  });
  defGroup(MAP_1, opc, base, 3, (cpu, i) => {
    const s = sizeOf(i, byte);
    const a = cpu.rmReadRmw(i, s);
    const r = alu(cpu, OP_SUB, s, 0, 0, a, cpu.hi);
    cpu.rmWriteBack(i, s, r, cpu.hi);
  });
}

// inc/dec r/m (FE /0 /1, FF /0 /1)
for (const byte of [true, false]) {
  const opc = byte ? 0xfe : 0xff;
  for (const dec of [false, true]) {
    defGroup(MAP_1, opc, { name: byte ? 'grp4' : 'grp5' }, dec ? 1 : 0, (cpu, i) => {
      const s = sizeOf(i, byte);
      const a = cpu.rmReadRmw(i, s);
      const r = incdec(cpu, dec, s, a, cpu.hi);
      cpu.rmWriteBack(i, s, r, cpu.hi);
    });
  }
}

// 40–4F: inc/dec reg outside 64-bit mode (REX prefixes in 64-bit mode)
for (let k = 0; k < 16; k++) {
  const dec = k >= 8;
  defOp(MAP_1, 0x40 + k, {
    name: dec ? 'dec' : 'inc',
    inv64: true,
    h: (cpu, i) => {
      const n = k & 7;
      const a = cpu.getReg(n, i.opsize);
      cpu.setReg(n, i.opsize, incdec(cpu, dec, i.opsize, a, cpu.hi));
    },
  });
}
