// String instructions: movs (A4/A5), cmps (A6/A7), stos (AA/AB), lods (AC/AD),
// scas (AE/AF), with the rep/repe/repne prefixes.
//
// - Operands are [rSI] (source; a segment prefix selects FS/GS) and [rDI] (destination,
//   ES: flat). The address size picks the registers: 64 → RSI/RDI/RCX, 32 → ESI/EDI/ECX
//   (written as 32-bit registers, so the upper halves are zeroed in 64-bit mode), 16 →
//   SI/DI/CX. DF selects decrement.
// - F3 repeats movs/stos/lods while rCX ≠ 0 (F2 does the same for them, as on hardware);
//   cmps/scas: F3 = repe (stop when ZF = 0), F2 = repne (stop when ZF = 1). A count of 0
//   does nothing. cmps/scas set the flags of `cmp [src], [dst]` / `cmp acc, [dst]`.
// - A repeated instruction is interruptible: it runs a bounded chunk per execution and,
//   while work remains, leaves RIP at itself so the run loop re-executes it. rSI/rDI/rCX
//   are updated after each element completes, so a fault (delivered with RIP at the
//   instruction) reports exactly the elements done and the instruction restarts there.
// - Fast paths for rep movs/stos with DF = 0 copy or fill whole page runs at once in
//   physical memory (translations still go through the TLB with the current privilege,
//   so faults are the same); elements that straddle a page, overlap their own source
//   closely, or write to a page holding decoded code take the element-by-element path.

import type { CPU } from '../cpu.js';
import { CpuFault, GP } from '../exceptions.js';
import { defOp, MAP_1, type Insn } from '../decode.js';
import { PAGE_SIZE, PTE_R, PTE_W } from '../../mem/memory.js';
import { alu, OP_CMP } from './alu.js';

const TWO32 = 4294967296;
const TWO47 = 140737488355328;
const RAX = 0, RCX = 1, RSI = 6, RDI = 7;

const MOVS = 0, CMPS = 1, STOS = 2, LODS = 3, SCAS = 4;

/** Elements per execution of a repeated instruction on the general path. */
export const REP_CHUNK = 4096;
/** Bytes per execution of a repeated instruction on the fast paths. */
export const REP_FAST_BYTES = 65536;

// ---- address-size dependent registers ----

/** Offset held in register n for the address size. */
function regOff(cpu: CPU, n: number, ad: number): number {
  const r = cpu.regs;
  if (ad === 8) return r[n * 2 + 1] * TWO32 + (r[n * 2] >>> 0);
  if (ad === 4) return r[n * 2] >>> 0;
  return r[n * 2] & 0xffff;
}

/** Adds `delta` to register n as an address-size register. */
function addReg(cpu: CPU, n: number, ad: number, delta: number): void {
  const r = cpu.regs;
  if (ad === 8) {
    const lo = (r[n * 2] >>> 0) + delta;
    const carry = Math.floor(lo / TWO32);
    r[n * 2] = lo | 0;
    if (carry) r[n * 2 + 1] = (r[n * 2 + 1] + carry) | 0;
  } else if (ad === 4) {
    r[n * 2] = (r[n * 2] + delta) | 0;
    r[n * 2 + 1] = 0;
  } else {
    r[n * 2] = (r[n * 2] & ~0xffff) | ((r[n * 2] + delta) & 0xffff);
  }
}

/** The count register (rCX by address size); inexact above 2^53, which only bounds loops. */
function count(cpu: CPU, ad: number): number {
  const r = cpu.regs;
  if (ad === 8) return (r[RCX * 2 + 1] >>> 0) * TWO32 + (r[RCX * 2] >>> 0);
  if (ad === 4) return r[RCX * 2] >>> 0;
  return r[RCX * 2] & 0xffff;
}

/** Subtracts n (< 2^32) from the count register. */
function subCount(cpu: CPU, ad: number, n: number): void {
  const r = cpu.regs;
  if (ad === 8) {
    const lo = (r[RCX * 2] >>> 0) - n;
    r[RCX * 2] = lo | 0;
    if (lo < 0) r[RCX * 2 + 1] = (r[RCX * 2 + 1] - 1) | 0;
  } else if (ad === 4) {
    r[RCX * 2] = (r[RCX * 2] - n) | 0;
    r[RCX * 2 + 1] = 0;
  } else {
    r[RCX * 2] = (r[RCX * 2] & ~0xffff) | ((r[RCX * 2] - n) & 0xffff);
  }
}

/** Linear address of an offset (plus a segment base): wraps outside 64-bit mode, checks canonical form in it. */
function linear(cpu: CPU, off: number, base: number): number {
  const a = off + base;
  if (!cpu.mode64) return a >>> 0;
  if (a >= TWO47 || a < -TWO47) throw new CpuFault(GP, 0, 'string operand at a non-canonical address');
  return a;
}

function srcAddr(cpu: CPU, i: Insn): number {
  return linear(cpu, regOff(cpu, RSI, i.adsize), i.seg >= 0 ? cpu.segBase[i.seg] : 0);
}

function dstAddr(cpu: CPU, i: Insn): number {
  return linear(cpu, regOff(cpu, RDI, i.adsize), 0);
}

/** rDI's address for movs, checked after the source element is read (its fault comes first, as in `element`). */
function movsDst(cpu: CPU, i: Insn, src: number, s: number): number {
  try {
    return dstAddr(cpu, i);
  } catch (e) {
    cpu.readMem(src, s);
    throw e;
  }
}

// ---- one element ----

/** Executes one element of string operation `kind` with element size s, step `delta`. */
function element(cpu: CPU, i: Insn, kind: number, s: number, delta: number): void {
  const ad = i.adsize;
  switch (kind) {
    case MOVS: {
      const v = cpu.readMem(srcAddr(cpu, i), s);
      cpu.writeMem(dstAddr(cpu, i), s, v, cpu.hi);
      addReg(cpu, RSI, ad, delta);
      addReg(cpu, RDI, ad, delta);
      return;
    }
    case CMPS: {
      // Which operand is read first decides the fault when both would fault. The SDM's
      // order is [rSI] then ES:[rDI]; AMD CPUs read ES:[rDI] first, but for REPE CMPSB
      // (observed on the host, AMD EPYC Zen 4, for every prefix and size).
      const dstFirst = cpu.vendor === 'amd' && !(i.rep === 0xf3 && s === 1);
      let b = 0;
      let bh = 0;
      if (dstFirst) {
        b = cpu.readMem(dstAddr(cpu, i), s);
        bh = cpu.hi;
      }
      const a = cpu.readMem(srcAddr(cpu, i), s);
      const ah = cpu.hi;
      if (!dstFirst) {
        b = cpu.readMem(dstAddr(cpu, i), s);
        bh = cpu.hi;
      }
      alu(cpu, OP_CMP, s, a, ah, b, bh);
      addReg(cpu, RSI, ad, delta);
      addReg(cpu, RDI, ad, delta);
      return;
    }
    case STOS:
      cpu.writeMem(dstAddr(cpu, i), s, cpu.regs[RAX * 2], cpu.regs[RAX * 2 + 1]);
      addReg(cpu, RDI, ad, delta);
      return;
    case LODS: {
      const v = cpu.readMem(srcAddr(cpu, i), s);
      cpu.setReg(RAX, s, v, cpu.hi);
      addReg(cpu, RSI, ad, delta);
      return;
    }
    default: {
      const b = cpu.readMem(dstAddr(cpu, i), s);
      const bh = cpu.hi;
      const a = cpu.getReg(RAX, s);
      alu(cpu, OP_CMP, s, a, cpu.hi, b, bh);
      addReg(cpu, RDI, ad, delta);
    }
  }
}

// ---- fast paths (DF = 0, 32/64-bit addressing) ----

/** rep movs by page runs; returns when done or when the chunk budget is spent (re-executes). */
function fastMovs(cpu: CPU, i: Insn, s: number): void {
  const ad = i.adsize;
  const mem = cpu.mem;
  const phys = mem.phys;
  let n = count(cpu, ad);
  let budget = REP_FAST_BYTES;
  while (n > 0) {
    if (budget <= 0) {
      cpu.next = i.addr;
      return;
    }
    const src = srcAddr(cpu, i);
    const dst = movsDst(cpu, i, src, s);
    const room = Math.min(PAGE_SIZE - (src & (PAGE_SIZE - 1)), PAGE_SIZE - (dst & (PAGE_SIZE - 1)));
    let k = Math.min(n, Math.floor(room / s));
    if (k > 0) {
      const ps = mem.translate(src, PTE_R);
      const pd = mem.translate(dst, PTE_W);
      // a destination just above the source re-reads bytes this run writes: copy at most the gap
      if (pd > ps && pd - ps < k * s) k = Math.floor((pd - ps) / s);
      if (k > 0 && !phys.codeFrame[Math.floor(pd / PAGE_SIZE)]) {
        const bytes = k * s;
        phys.u8.copyWithin(pd, ps, ps + bytes);
        addReg(cpu, RSI, ad, bytes);
        addReg(cpu, RDI, ad, bytes);
        subCount(cpu, ad, k);
        n -= k;
        budget -= bytes;
        continue;
      }
    }
    element(cpu, i, MOVS, s, s);
    subCount(cpu, ad, 1);
    n--;
    budget -= s;
  }
}

/** rep stos by page runs. */
function fastStos(cpu: CPU, i: Insn, s: number): void {
  const ad = i.adsize;
  const mem = cpu.mem;
  const phys = mem.phys;
  let n = count(cpu, ad);
  let budget = REP_FAST_BYTES;
  const lo = cpu.regs[RAX * 2];
  const hi = cpu.regs[RAX * 2 + 1];
  while (n > 0) {
    if (budget <= 0) {
      cpu.next = i.addr;
      return;
    }
    const dst = dstAddr(cpu, i);
    const k = Math.min(n, Math.floor((PAGE_SIZE - (dst & (PAGE_SIZE - 1))) / s));
    if (k > 0) {
      const pd = mem.translate(dst, PTE_W);
      if (!phys.codeFrame[Math.floor(pd / PAGE_SIZE)]) {
        const bytes = k * s;
        const u8 = phys.u8;
        if (s === 1) u8.fill(lo & 0xff, pd, pd + bytes);
        else {
          const dv = phys.dv;
          if (s === 2) dv.setUint16(pd, lo & 0xffff, true);
          else {
            dv.setInt32(pd, lo, true);
            if (s === 8) dv.setInt32(pd + 4, hi, true);
          }
          for (let done = s; done < bytes; ) {
            const c = Math.min(done, bytes - done);
            u8.copyWithin(pd + done, pd, pd + c);
            done += c;
          }
        }
        addReg(cpu, RDI, ad, bytes);
        subCount(cpu, ad, k);
        n -= k;
        budget -= bytes;
        continue;
      }
    }
    element(cpu, i, STOS, s, s);
    subCount(cpu, ad, 1);
    n--;
    budget -= s;
  }
}

// ---- the instructions ----

function stringOp(cpu: CPU, i: Insn, kind: number, s: number): void {
  const delta = cpu.df ? -s : s;
  if (i.rep === 0) {
    element(cpu, i, kind, s, delta);
    return;
  }
  const ad = i.adsize;
  let n = count(cpu, ad);
  if (n === 0) return;
  if (delta > 0 && ad !== 2) {
    if (kind === MOVS) return fastMovs(cpu, i, s);
    if (kind === STOS) return fastStos(cpu, i, s);
  }
  const cond = kind === CMPS || kind === SCAS;
  const repe = i.rep === 0xf3;
  let budget = REP_CHUNK;
  while (n > 0) {
    if (budget-- <= 0) {
      cpu.next = i.addr;
      return;
    }
    element(cpu, i, kind, s, delta);
    subCount(cpu, ad, 1);
    n--;
    if (cond && cpu.flags.zf() !== repe) return;
  }
}

const NAMES = ['movs', 'cmps', 'stos', 'lods', 'scas'];
const OPCODES = [0xa4, 0xa6, 0xaa, 0xac, 0xae];
for (let kind = 0; kind < 5; kind++) {
  const opc = OPCODES[kind];
  defOp(MAP_1, opc, { name: NAMES[kind] + 'b', h: (cpu, i) => stringOp(cpu, i, kind, 1) });
  defOp(MAP_1, opc + 1, { name: NAMES[kind], h: (cpu, i) => stringOp(cpu, i, kind, i.opsize) });
}
