// Bit instructions: bt/bts/btr/btc (0F A3/AB/B3/BB, 0F BA /4–/7), bsf/bsr (0F BC/BD),
// tzcnt/lzcnt/popcnt (F3 0F BC/BD/B8), bswap (0F C8+r), and the exchanging
// read-modify-writes xadd (0F C0/C1), cmpxchg (0F B0/B1), cmpxchg8b/16b (0F C7 /1).
//
// Flags the SDM leaves undefined are set like Bochs does (a model of Intel hardware):
// - bt*: only CF changes (OF/SF/AF/PF keep their values; ZF is defined as unchanged) —
//   the x86-64 host these were checked on does the same.
// - bsf/bsr: a zero source sets ZF and changes nothing else; otherwise ZF = 0,
//   CF = OF = AF = SF = 0 and PF from the bit index.
// - tzcnt/lzcnt: CF (source zero) and ZF (result zero) only.
// - popcnt: all cleared except ZF (source zero) — defined by the SDM.
// - bsf/bsr with a zero source leave the destination unchanged; with a 32-bit operand
//   Intel still clears the upper half of the 64-bit register (as Intel's architects
//   describe it in Linux's arch/x86/include/asm/bitops.h); AMD documents the register as
//   untouched, and cpu.vendor === 'amd' does that.
// - bswap of a 16-bit register (undefined) zeroes its low 16 bits, as the hardware does.
// - Destinations that get written are checked for write access before they are read,
//   as the hardware does: a read-only page faults (reporting a write) with no state changed.
// - cmpxchg: flags as `cmp accumulator, dest`. On failure the accumulator is loaded and
//   a memory destination is written back with its own value (so a read-only page faults);
//   a register destination is then not written (its upper half survives), and on success
//   the accumulator is not written — as the hardware does with 32-bit operands.

import type { CPU } from '../cpu.js';
import { CpuFault, GP, UD } from '../exceptions.js';
import { defGroup, defOp, IMM_UB, MAP_0F, type Insn } from '../decode.js';
import { CF, PARITY, ZF } from '../flags.js';
import { alu, OP_ADD, OP_CMP } from './alu.js';
import { checkCsWrite, checkWrite, eaW, probeWrite } from '../access.js';

const TWO32 = 4294967296;
const TWO47 = 140737488355328;
const RAX = 0, RCX = 1, RDX = 2, RBX = 3;

const BT = 0, BTS = 1, BTR = 2, BTC = 3;

/** Sets CF to `cf`, keeping the other arithmetic flags. */
function setCfOnly(cpu: CPU, cf: number): void {
  cpu.flags.setArith((cpu.flags.arith & ~CF) | cf);
}

/** Applies bt/bts/btr/btc to (v, vh) at bit `k`: sets CF, returns the new low word (high in `nh`). */
let nh = 0;
function bitOp(cpu: CPU, kind: number, v: number, vh: number, k: number): number {
  let cf: number;
  let lo = v;
  nh = vh;
  if (k < 32) {
    const m = 1 << k;
    cf = (v >>> k) & 1;
    if (kind === BTS) lo = v | m;
    else if (kind === BTR) lo = v & ~m;
    else if (kind === BTC) lo = v ^ m;
  } else {
    const m = 1 << (k - 32);
    cf = (vh >>> (k - 32)) & 1;
    if (kind === BTS) nh = vh | m;
    else if (kind === BTR) nh = vh & ~m;
    else if (kind === BTC) nh = vh ^ m;
  }
  setCfOnly(cpu, cf);
  return lo;
}

/**
 * bt/bts/btr/btc with the bit offset in (offLo, offHi). `fromReg` offsets are signed and,
 * with a memory operand, select the operand-sized unit at ea + (offset div width) units;
 * immediate offsets are masked to the operand width.
 */
function bitTest(cpu: CPU, i: Insn, kind: number, offLo: number, offHi: number, fromReg: boolean): void {
  const size = i.opsize;
  const bits = size * 8;
  const k = offLo & (bits - 1);
  if (i.mod === 3) {
    const v = cpu.getReg(i.rm, size);
    const r = bitOp(cpu, kind, v, cpu.hi, k);
    if (kind !== BT) cpu.setReg(i.rm, size, r, nh);
    return;
  }
  let a = cpu.ea(i);
  if (fromReg) {
    // The unit is at (offset SAR log2(bits)) × size bytes: (offset SAR 3) with its low
    // bits cleared. Its low 32 bits are exact in int32 arithmetic whatever the offset
    // (the 32-bit address sizes need no more); 64-bit addressing takes the whole value.
    const lo32 = size === 2 ? ((offLo << 16) >> 19) & ~1 : size === 4 ? (offLo >> 3) & ~3 : ((offLo >>> 3) | (offHi << 29)) & ~7;
    if (!cpu.mode64) a = (a + lo32) >>> 0;
    else if (i.adsize === 4) {
      const sb = i.seg >= 0 ? cpu.segBase[i.seg] : 0;
      a = ((a - sb + lo32) >>> 0) + sb;
    } else {
      // 64-bit addressing: exact in doubles while the offset fits 53 bits, else in BigInt
      const off = size === 2 ? (offLo << 16) >> 16 : size === 4 ? offLo | 0 : offHi * TWO32 + (offLo >>> 0);
      if (Number.isSafeInteger(off)) a += Math.floor(off / bits) * size;
      else a = Number(BigInt(a) + (((BigInt(offHi) << 32n) | BigInt(offLo >>> 0)) >> 6n) * 8n);
      if (a >= TWO47 || a < -TWO47) throw new CpuFault(GP, 0, 'bit offset reaches a non-canonical address');
    }
  }
  if (kind !== BT) {
    if (i.csOverride) checkCsWrite(cpu, i);
    checkWrite(cpu, a, size);
  }
  const v = cpu.readMem(a, size);
  const r = bitOp(cpu, kind, v, cpu.hi, k);
  if (kind !== BT) cpu.writeMem(a, size, r, nh);
}

const BT_NAMES = ['bt', 'bts', 'btr', 'btc'];
for (const kind of [BT, BTS, BTR, BTC]) {
  defOp(MAP_0F, 0xa3 + kind * 8, {
    name: BT_NAMES[kind],
    modrm: true,
    h: (cpu, i) => {
      const lo = cpu.regs[i.reg * 2];
      bitTest(cpu, i, kind, lo, cpu.regs[i.reg * 2 + 1], true);
    },
  });
  defGroup(MAP_0F, 0xba, { name: 'grp8', imm: IMM_UB }, 4 + kind, (cpu, i) => bitTest(cpu, i, kind, i.imm, 0, false));
}

// ---- bit scans and counts ----

/** Trailing zeros of a non-zero int32. */
function tz32(x: number): number {
  return 31 - Math.clz32(x & -x);
}

function srcIsZero(size: number, v: number, vh: number): boolean {
  return size === 8 ? (v | vh) === 0 : (size === 2 ? v & 0xffff : v) === 0;
}

/** Index of the lowest (bsf) or highest (bsr) set bit of a non-zero operand. */
function scan(size: number, v: number, vh: number, reverse: boolean): number {
  if (size === 8) {
    if (reverse) return vh !== 0 ? 63 - Math.clz32(vh) : 31 - Math.clz32(v);
    return v !== 0 ? tz32(v) : 32 + tz32(vh);
  }
  if (size === 2) v &= 0xffff;
  return reverse ? 31 - Math.clz32(v) : tz32(v);
}

for (const reverse of [false, true]) {
  const opc = reverse ? 0xbd : 0xbc;
  defOp(MAP_0F, opc, {
    name: reverse ? 'bsr' : 'bsf',
    modrm: true,
    h: (cpu, i) => {
      const s = i.opsize;
      const v = cpu.rmRead(i, s);
      const vh = cpu.hi;
      if (srcIsZero(s, v, vh)) {
        cpu.flags.setArith(cpu.flags.arith | ZF);
        if (s === 4 && cpu.vendor === 'intel') cpu.setReg(i.reg, 4, cpu.regs[i.reg * 2]);
        return;
      }
      const n = scan(s, v, vh, reverse);
      cpu.setReg(i.reg, s, n, 0);
      cpu.flags.setArith(PARITY[n]);
    },
  });
  // F3 0F BC tzcnt / F3 0F BD lzcnt
  defOp(
    MAP_0F,
    opc,
    {
      name: reverse ? 'lzcnt' : 'tzcnt',
      modrm: true,
      h: (cpu, i) => {
        const s = i.opsize;
        const v = cpu.rmRead(i, s);
        const vh = cpu.hi;
        let n: number;
        const zero = srcIsZero(s, v, vh);
        if (zero) n = s * 8;
        else if (reverse) n = s * 8 - 1 - scan(s, v, vh, true);
        else n = scan(s, v, vh, false);
        cpu.setReg(i.reg, s, n, 0);
        const f = cpu.flags.arith & ~(CF | ZF);
        cpu.flags.setArith(f | (zero ? CF : 0) | (n === 0 ? ZF : 0));
      },
    },
    0xf3,
  );
}

/** Number of set bits of an int32. */
function pop32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

defOp(
  MAP_0F,
  0xb8,
  {
    name: 'popcnt',
    modrm: true,
    h: (cpu, i) => {
      const s = i.opsize;
      const v = cpu.rmRead(i, s);
      const n = s === 8 ? pop32(v) + pop32(cpu.hi) : pop32(s === 2 ? v & 0xffff : v);
      cpu.setReg(i.reg, s, n, 0);
      cpu.flags.setArith(n === 0 ? ZF : 0);
    },
  },
  0xf3,
);

// ---- bswap ----

function bswap32(x: number): number {
  return ((x << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) | 0;
}

for (let k = 0; k < 8; k++) {
  defOp(MAP_0F, 0xc8 + k, {
    name: 'bswap',
    h: (cpu, i) => {
      const n = i.opreg;
      if (i.opsize === 8) cpu.setReg(n, 8, bswap32(cpu.regs[n * 2 + 1]), bswap32(cpu.regs[n * 2]));
      else if (i.opsize === 4) cpu.setReg(n, 4, bswap32(cpu.regs[n * 2]));
      else cpu.setReg(n, 2, 0);
    },
  });
}

// ---- xadd / cmpxchg ----

for (const byte of [true, false]) {
  defOp(MAP_0F, byte ? 0xc0 : 0xc1, {
    name: 'xadd',
    modrm: true,
    h: (cpu, i) => {
      const s = byte ? 1 : i.opsize;
      const d = cpu.rmReadRmw(i, s);
      const dh = cpu.hi;
      const src = cpu.regRead(i, s);
      const r = alu(cpu, OP_ADD, s, d, dh, src, cpu.hi);
      const rh = cpu.hi;
      if (i.mod === 3) {
        // TEMP = SRC + DEST; SRC = DEST; DEST = TEMP (xadd r, r with one register: the sum)
        cpu.regWrite(i, s, d, dh);
        cpu.rmWriteBack(i, s, r, rh);
      } else {
        cpu.rmWriteBack(i, s, r, rh); // a faulting store leaves the register alone
        cpu.regWrite(i, s, d, dh);
      }
    },
  });

  defOp(MAP_0F, byte ? 0xb0 : 0xb1, {
    name: 'cmpxchg',
    modrm: true,
    h: (cpu, i) => {
      const s = byte ? 1 : i.opsize;
      const d = cpu.rmReadRmw(i, s);
      const dh = cpu.hi;
      const acc = cpu.getReg(RAX, s);
      alu(cpu, OP_CMP, s, acc, cpu.hi, d, dh);
      if (cpu.flags.zf()) {
        const src = cpu.regRead(i, s);
        cpu.rmWriteBack(i, s, src, cpu.hi);
      } else {
        if (i.mod !== 3) cpu.rmWriteBack(i, s, d, dh);
        cpu.setReg(RAX, s, d, dh);
      }
    },
  });
}

// cmpxchg8b m64 / cmpxchg16b m128 (REX.W)
defGroup(MAP_0F, 0xc7, { name: 'grp9' }, 1, (cpu, i) => {
  if (i.mod === 3) throw new CpuFault(UD, 0, 'cmpxchg8b with a register operand');
  const a = eaW(cpu, i);
  let eq: boolean;
  if (i.opsize === 8) {
    if ((a & 15) !== 0) throw new CpuFault(GP, 0, 'cmpxchg16b operand not 16-byte aligned');
    checkWrite(cpu, a, 16);
    const l0 = cpu.readMem(a, 8);
    const l1 = cpu.hi;
    const h0 = cpu.readMem(a + 8, 8);
    const h1 = cpu.hi;
    const r = cpu.regs;
    eq = r[RAX * 2] === l0 && r[RAX * 2 + 1] === l1 && r[RDX * 2] === h0 && r[RDX * 2 + 1] === h1;
    if (eq) {
      cpu.writeMem(a, 8, r[RBX * 2], r[RBX * 2 + 1]);
      cpu.writeMem(a + 8, 8, r[RCX * 2], r[RCX * 2 + 1]);
    } else {
      cpu.writeMem(a, 8, l0, l1);
      cpu.writeMem(a + 8, 8, h0, h1);
      cpu.setReg(RAX, 8, l0, l1);
      cpu.setReg(RDX, 8, h0, h1);
    }
  } else {
    probeWrite(cpu, a, 8);
    checkWrite(cpu, a, 8);
    const lo = cpu.readMem(a, 8);
    const hi = cpu.hi;
    const r = cpu.regs;
    eq = r[RAX * 2] === lo && r[RDX * 2] === hi;
    if (eq) cpu.writeMem(a, 8, r[RBX * 2], r[RCX * 2]);
    else {
      cpu.writeMem(a, 8, lo, hi);
      cpu.setReg(RAX, 4, lo);
      cpu.setReg(RDX, 4, hi);
    }
  }
  cpu.flags.setArith((cpu.flags.arith & ~ZF) | (eq ? ZF : 0));
});
