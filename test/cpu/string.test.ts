// String instructions (src/cpu/ops/string.ts): movs, cmps, stos, lods, scas with
// rep/repe/repne, both directions, 64/32/16-bit addressing.
//
// The NATIVE_* tables were recorded on an x86-64 host (see test/cpu/vectors.ts): every
// element size both ways, rep with counts 0/1/small/page-crossing/several chunks,
// overlapping copies, repe/repne stop conditions, 32-bit addressing (67h: ESI/EDI/ECX
// written as 32-bit registers), and faults part-way (unmapped and read-only pages) where
// RSI/RDI/RCX must count exactly the elements done, with RIP at the instruction.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCode, makeCpu, setReg, reg, DATA, CODE } from './harness.js';
import { runVectors, type Vector } from './vectors.js';
import { PTE_R, PTE_W, PTE_U } from '../../src/mem/memory.js';
import { REP_FAST_BYTES, REP_CHUNK } from '../../src/cpu/ops/string.js';
import type { CPU } from '../../src/cpu/cpu.js';

function run(code: number[], regs: Record<number, bigint>, flags = 0x202, extra?: (cpu: CPU) => void, mode64 = true) {
  return runCode(
    code,
    (cpu) => {
      for (const [k, v] of Object.entries(regs)) setReg(cpu, Number(k), v);
      cpu.setRflags(flags);
      extra?.(cpu);
    },
    { mode64 },
  );
}

test('string: native-verified vectors, 64-bit mode', () => {
  assert.deepEqual(runVectors(NATIVE_STRING), []);
});

test('string: native-verified vectors, 32-bit mode', () => {
  assert.deepEqual(runVectors(NATIVE_STRING32, false), []);
});

test('a segment prefix selects FS/GS for the source; the destination is always ES', () => {
  const fsBase = 0x1000;
  const setup = (cpu: CPU) => {
    cpu.segBase[4] = fsBase;
    cpu.segBase[5] = 0x2000;
    cpu.mem.write8(DATA + 0x100, 0xab);
    cpu.mem.write8(DATA + 0x2100, 0xcd);
  };
  // fs lodsb (64 ac): AL = [fs:rsi]
  let r = run([0x64, 0xac], { 6: BigInt(DATA + 0x100 - fsBase) }, 0x202, setup);
  assert.equal(reg(r.cpu, 0), 0xabn);
  assert.equal(reg(r.cpu, 6), BigInt(DATA + 0x101 - fsBase));
  // gs movsb (65 a4): [es:rdi] = [gs:rsi]
  r = run([0x65, 0xa4], { 6: BigInt(DATA + 0x100), 7: BigInt(DATA + 0x200) }, 0x202, setup);
  assert.equal(r.cpu.mem.read8(DATA + 0x200), 0xcd);
  // fs stosb (64 aa): the prefix does not apply to [rdi]
  r = run([0x64, 0xaa], { 0: 0x5an, 7: BigInt(DATA + 0x300) }, 0x202, setup);
  assert.equal(r.cpu.mem.read8(DATA + 0x300), 0x5a);
  // fs repe cmpsb (64 f3 a6): compares [fs:rsi] with [es:rdi]
  r = run([0x64, 0xf3, 0xa6], { 1: 1n, 6: BigInt(DATA + 0x100 - fsBase), 7: BigInt(DATA + 0x100) }, 0x202, setup);
  assert.equal(r.cpu.flags.zf(), true);
});

test('16-bit addressing (67h in 32-bit mode) uses SI/DI/CX and keeps the upper halves', () => {
  // rep movsb (67 f3 a4)
  const r = run([0x67, 0xf3, 0xa4], { 1: 0x55550003n, 6: 0xabcd1000n, 7: 0xabcd1800n }, 0x202, (cpu) => {
    cpu.mem.mapAnon(1, 1, PTE_R | PTE_W | PTE_U);
    cpu.mem.write32(0x1000, 0x00332211);
  }, false);
  assert.equal(r.fault, null);
  assert.equal(reg(r.cpu, 1), 0x55550000n);
  assert.equal(reg(r.cpu, 6), 0xabcd1003n);
  assert.equal(reg(r.cpu, 7), 0xabcd1803n);
  assert.equal(r.cpu.mem.read32(0x1800), 0x00332211);
});

test('a non-canonical rSI is #GP(0)', () => {
  // lodsb (ac)
  const r = run([0xac], { 6: 0x0000800000000000n });
  assert.equal(r.cpu.lastFault?.vector, 13);
});

test('the fast paths keep the privilege checks', () => {
  // rep stosb (f3 aa) into a supervisor-only page from CPL 3
  const r = run([0xf3, 0xaa], { 1: 0x100n, 7: BigInt(DATA + 0xff0) }, 0x202, (cpu) => cpu.mem.protect(DATA / 4096 + 1, 1, PTE_R | PTE_W));
  assert.equal(r.cpu.lastFault?.vector, 14);
  assert.equal(r.cpu.lastFault?.errorCode, 7); // present, write, user
  assert.equal(reg(r.cpu, 1), 0xf0n);
  assert.equal(reg(r.cpu, 7), BigInt(DATA + 0x1000));
});

test('a long rep runs in chunks: RIP stays on it with the registers updated until done', () => {
  const BIG = 0x800000; // 512 KiB of extra memory
  const cpu = makeCpu([0xf3, 0xa4]); // rep movsb
  cpu.mem.mapAnon(BIG / 4096, 128, PTE_R | PTE_W | PTE_U);
  const n = 200000;
  for (let k = 0; k < n; k += 4) cpu.mem.write32(BIG + k, k);
  setReg(cpu, 1, BigInt(n));
  setReg(cpu, 6, BigInt(BIG));
  setReg(cpu, 7, BigInt(BIG + 0x40000));
  cpu.run(1);
  assert.equal(cpu.rip, CODE);
  assert.equal(reg(cpu, 1), BigInt(n - REP_FAST_BYTES));
  assert.equal(reg(cpu, 6), BigInt(BIG + REP_FAST_BYTES));
  let steps = 1;
  while (cpu.rip === CODE && steps < 100) {
    cpu.run(1);
    steps++;
  }
  assert.equal(steps, Math.ceil(n / REP_FAST_BYTES));
  assert.equal(reg(cpu, 1), 0n);
  assert.equal(cpu.fatal, null);
  assert.equal(cpu.mem.read32(BIG + 0x40000 + 0x1000), 0x1000);
  assert.equal(cpu.mem.read32(BIG + 0x40000 + n - 4), n - 4);

  // the element-by-element path (DF = 1) chunks by elements
  const c2 = makeCpu([0xf3, 0xa6]); // repe cmpsb over equal bytes
  c2.mem.mapAnon(BIG / 4096, 64, PTE_R | PTE_W | PTE_U);
  setReg(c2, 1, 10000n);
  setReg(c2, 6, BigInt(BIG + 20000));
  setReg(c2, 7, BigInt(BIG + 40000));
  c2.setRflags(0x602);
  c2.run(1);
  assert.equal(c2.rip, CODE);
  assert.equal(reg(c2, 1), BigInt(10000 - REP_CHUNK));
  assert.equal(reg(c2, 6), BigInt(BIG + 20000 - REP_CHUNK));
  c2.run(10);
  assert.equal(reg(c2, 1), 0n);
  assert.equal(c2.rip, CODE + 2);
});

test('rep movsb into decoded code invalidates it (self-modifying code)', () => {
  const code = [
    0x48, 0xff, 0xc2, //             0x00: inc rdx
    0xb8, 0x00, 0x00, 0x00, 0x00, // 0x03: mov eax, 0   (rewritten to mov eax, 0x42)
    0x48, 0x83, 0xfa, 0x02, //       0x08: cmp rdx, 2
    0x74, 0x04, //                   0x0c: je 0x12
    0xf3, 0xa4, //                   0x0e: rep movsb
    0xeb, 0xee, //                   0x10: jmp 0x00
  ];
  const r = run(code, { 1: 5n, 6: BigInt(DATA), 7: BigInt(CODE + 3) }, 0x202, (cpu) => {
    cpu.mem.writeBytes(DATA, Uint8Array.from([0xb8, 0x42, 0, 0, 0]), false, true);
  });
  assert.equal(r.fault, null);
  assert.equal(reg(r.cpu, 0), 0x42n);
});

// ---- native vectors (generated; see test/cpu/vectors.ts) ----

export const NATIVE_STRING: Vector[] = [
  { n: 'movsb', c: 'a4', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 6: '600011', 7: '600111' }, xf: 0x0, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'movsb (DF=1)', c: 'a4', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, f: 0x602, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 6: '60000f', 7: '60010f' }, xf: 0x400, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'movsw', c: '66a5', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 6: '600012', 7: '600112' }, xf: 0x0, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'movsw (DF=1)', c: '66a5', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, f: 0x602, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 6: '60000e', 7: '60010e' }, xf: 0x400, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'movsd', c: 'a5', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 6: '600014', 7: '600114' }, xf: 0x0, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'movsd (DF=1)', c: 'a5', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, f: 0x602, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 6: '60000c', 7: '60010c' }, xf: 0x400, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'movsq', c: '48a5', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 6: '600018', 7: '600118' }, xf: 0x0, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'movsq (DF=1)', c: '48a5', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, f: 0x602, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 6: '600008', 7: '600108' }, xf: 0x400, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'cmpsb', c: 'a6', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 6: '600011', 7: '600111' }, xf: 0x44, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'cmpsb (DF=1)', c: 'a6', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, f: 0x602, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 6: '60000f', 7: '60010f' }, xf: 0x444, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'cmpsw', c: '66a7', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 6: '600012', 7: '600112' }, xf: 0x44, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'cmpsw (DF=1)', c: '66a7', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, f: 0x602, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 6: '60000e', 7: '60010e' }, xf: 0x444, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'cmpsd', c: 'a7', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 6: '600014', 7: '600114' }, xf: 0x44, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'cmpsd (DF=1)', c: 'a7', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, f: 0x602, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 6: '60000c', 7: '60010c' }, xf: 0x444, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'cmpsq', c: '48a7', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 6: '600018', 7: '600118' }, xf: 0x44, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'cmpsq (DF=1)', c: '48a7', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, f: 0x602, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 6: '600008', 7: '600108' }, xf: 0x444, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'stosb', c: 'aa', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 7: '600111' }, xf: 0x0, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11368880a5caef14395e83a8cdf2173c6186'] },
  { n: 'stosb (DF=1)', c: 'aa', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, f: 0x602, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 7: '60010f' }, xf: 0x400, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11368880a5caef14395e83a8cdf2173c6186'] },
  { n: 'stosw', c: '66ab', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 7: '600112' }, xf: 0x0, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11368877a5caef14395e83a8cdf2173c6186'] },
  { n: 'stosw (DF=1)', c: '66ab', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, f: 0x602, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 7: '60010e' }, xf: 0x400, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11368877a5caef14395e83a8cdf2173c6186'] },
  { n: 'stosd', c: 'ab', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 7: '600114' }, xf: 0x0, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec113688776655ef14395e83a8cdf2173c6186'] },
  { n: 'stosd (DF=1)', c: 'ab', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, f: 0x602, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 7: '60010c' }, xf: 0x400, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec113688776655ef14395e83a8cdf2173c6186'] },
  { n: 'stosq', c: '48ab', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 7: '600118' }, xf: 0x0, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec1136887766554433221183a8cdf2173c6186'] },
  { n: 'stosq (DF=1)', c: '48ab', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, f: 0x602, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 7: '600108' }, xf: 0x400, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec1136887766554433221183a8cdf2173c6186'] },
  { n: 'lodsb', c: 'ac', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 0: '112233445566775b', 6: '600011' }, xf: 0x0, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'lodsb (DF=1)', c: 'ac', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, f: 0x602, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 0: '112233445566775b', 6: '60000f' }, xf: 0x400, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'lodsw', c: '66ad', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 0: '112233445566805b', 6: '600012' }, xf: 0x0, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'lodsw (DF=1)', c: '66ad', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, f: 0x602, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 0: '112233445566805b', 6: '60000e' }, xf: 0x400, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'lodsd', c: 'ad', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 0: 'caa5805b', 6: '600014' }, xf: 0x0, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'lodsd (DF=1)', c: 'ad', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, f: 0x602, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 0: 'caa5805b', 6: '60000c' }, xf: 0x400, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'lodsq', c: '48ad', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 0: '5e3914efcaa5805b', 6: '600018' }, xf: 0x0, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'lodsq (DF=1)', c: '48ad', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, f: 0x602, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 0: '5e3914efcaa5805b', 6: '600008' }, xf: 0x400, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'scasb', c: 'ae', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 7: '600111' }, xf: 0x814, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'scasb (DF=1)', c: 'ae', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, f: 0x602, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 7: '60010f' }, xf: 0xc14, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'scasw', c: '66af', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 7: '600112' }, xf: 0x895, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'scasw (DF=1)', c: '66af', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, f: 0x602, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 7: '60010e' }, xf: 0xc95, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'scasd', c: 'af', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 7: '600114' }, xf: 0x895, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'scasd (DF=1)', c: 'af', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, f: 0x602, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 7: '60010c' }, xf: 0xc95, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'scasq', c: '48af', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 7: '600118' }, xf: 0x95, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'scasq (DF=1)', c: '48af', r: { 0: '1122334455667788', 1: '5', 6: '600010', 7: '600110' }, f: 0x602, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 7: '600108' }, xf: 0x495, k: 0xcd5, xm: [256, '0b30557a9fc4e90eff587da2c7ec11365b80a5caef14395e83a8cdf2173c6186'] },
  { n: 'rep movsb count=0', c: 'f3a4', r: { 0: 'a1b2c3d4e5f60718', 6: '600010', 7: '600100' }, p: [[0, 16384]], xf: 0x0, k: 0xcd5, xm: [252, '779cc1e60c31567b'] },
  { n: 'rep movsb count=1', c: 'f3a4', r: { 0: 'a1b2c3d4e5f60718', 1: '1', 6: '600010', 7: '600100' }, p: [[0, 16384]], x: { 1: '0', 6: '600011', 7: '600101' }, xf: 0x0, k: 0xcd5, xm: [252, '779cc1e65b31567ba0'] },
  { n: 'rep movsb count=7', c: 'f3a4', r: { 0: 'a1b2c3d4e5f60718', 1: '7', 6: '600013', 7: '600101' }, p: [[0, 16384]], x: { 1: '0', 6: '60001a', 7: '600108' }, xf: 0x0, k: 0xcd5, xm: [253, '9cc1e60ccaef14395e83a834597ea3'] },
  { n: 'rep movsb count=600', c: 'f3a4', r: { 0: 'a1b2c3d4e5f60718', 1: '258', 6: '600f00', 7: '601ff3' }, p: [[0, 16384]], x: { 1: '0', 6: '601158', 7: '60224b' }, xf: 0x0, k: 0xcd5, xs: [8175, 608, 'd6b64281'] },
  { n: 'rep movsb count=600 (DF=1)', c: 'f3a4', r: { 0: 'a1b2c3d4e5f60718', 1: '258', 6: '602f00', 7: '601ff3' }, f: 0x602, p: [[0, 16384]], x: { 1: '0', 6: '602ca8', 7: '601d9b' }, xf: 0x400, k: 0xcd5, xs: [7575, 608, '8c776586'] },
  { n: 'rep movsb count=3 (DF=1)', c: 'f3a4', r: { 0: 'a1b2c3d4e5f60718', 1: '3', 6: '600020', 7: '600120' }, f: 0x602, p: [[0, 16384]], x: { 1: '0', 6: '60001d', 7: '60011d' }, xf: 0x400, k: 0xcd5, xm: [281, 'a9cef3183d6186abd1f61b'] },
  { n: 'rep movsw count=0', c: '66f3a5', r: { 0: 'a1b2c3d4e5f60718', 6: '600010', 7: '600100' }, p: [[0, 16384]], xf: 0x0, k: 0xcd5, xm: [252, '779cc1e60c31567b'] },
  { n: 'rep movsw count=1', c: '66f3a5', r: { 0: 'a1b2c3d4e5f60718', 1: '1', 6: '600010', 7: '600100' }, p: [[0, 16384]], x: { 1: '0', 6: '600012', 7: '600102' }, xf: 0x0, k: 0xcd5, xm: [252, '779cc1e65b80567ba0c5'] },
  { n: 'rep movsw count=7', c: '66f3a5', r: { 0: 'a1b2c3d4e5f60718', 1: '7', 6: '600013', 7: '600101' }, p: [[0, 16384]], x: { 1: '0', 6: '600021', 7: '60010f' }, xf: 0x0, k: 0xcd5, xm: [253, '9cc1e60ccaef14395e83a8cdf2173c6186ab375c81a6'] },
  { n: 'rep movsw count=600', c: '66f3a5', r: { 0: 'a1b2c3d4e5f60718', 1: '258', 6: '600f00', 7: '601ff3' }, p: [[0, 16384]], x: { 1: '0', 6: '6013b0', 7: '6024a3' }, xf: 0x0, k: 0xcd5, xs: [8175, 1208, '38129635'] },
  { n: 'rep movsw count=600 (DF=1)', c: '66f3a5', r: { 0: 'a1b2c3d4e5f60718', 1: '258', 6: '602f00', 7: '601ff3' }, f: 0x602, p: [[0, 16384]], x: { 1: '0', 6: '602a50', 7: '601b43' }, xf: 0x400, k: 0xcd5, xs: [6975, 1208, 'f1daa1ad'] },
  { n: 'rep movsw count=3 (DF=1)', c: '66f3a5', r: { 0: 'a1b2c3d4e5f60718', 1: '3', 6: '600020', 7: '600120' }, f: 0x602, p: [[0, 16384]], x: { 1: '0', 6: '60001a', 7: '60011a' }, xf: 0x400, k: 0xcd5, xm: [278, '3a5f84a9cef3173c6186abd0f61b'] },
  { n: 'rep movsd count=0', c: 'f3a5', r: { 0: 'a1b2c3d4e5f60718', 6: '600010', 7: '600100' }, p: [[0, 16384]], xf: 0x0, k: 0xcd5, xm: [252, '779cc1e60c31567b'] },
  { n: 'rep movsd count=1', c: 'f3a5', r: { 0: 'a1b2c3d4e5f60718', 1: '1', 6: '600010', 7: '600100' }, p: [[0, 16384]], x: { 1: '0', 6: '600014', 7: '600104' }, xf: 0x0, k: 0xcd5, xm: [252, '779cc1e65b80a5caa0c5ea0f'] },
  { n: 'rep movsd count=7', c: 'f3a5', r: { 0: 'a1b2c3d4e5f60718', 1: '7', 6: '600013', 7: '600101' }, p: [[0, 16384]], x: { 1: '0', 6: '60002f', 7: '60011d' }, xf: 0x0, k: 0xcd5, xm: [253, '9cc1e60ccaef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb13d6287ac'] },
  { n: 'rep movsd count=600', c: 'f3a5', r: { 0: 'a1b2c3d4e5f60718', 1: '258', 6: '600f00', 7: '601ff3' }, p: [[0, 16384]], x: { 1: '0', 6: '601860', 7: '602953' }, xf: 0x0, k: 0xcd5, xs: [8175, 2408, '0b0a8161'] },
  { n: 'rep movsd count=600 (DF=1)', c: 'f3a5', r: { 0: 'a1b2c3d4e5f60718', 1: '258', 6: '602f00', 7: '601ff3' }, f: 0x602, p: [[0, 16384]], x: { 1: '0', 6: '6025a0', 7: '601693' }, xf: 0x400, k: 0xcd5, xs: [5775, 2408, 'b7345121'] },
  { n: 'rep movsd count=3 (DF=1)', c: 'f3a5', r: { 0: 'a1b2c3d4e5f60718', 1: '3', 6: '600020', 7: '600120' }, f: 0x602, p: [[0, 16384]], x: { 1: '0', 6: '600014', 7: '600114' }, xf: 0x400, k: 0xcd5, xm: [272, '5c81a6cbf0153a5f83a8cdf2173c6186abd0f51a'] },
  { n: 'rep movsq count=0', c: 'f348a5', r: { 0: 'a1b2c3d4e5f60718', 6: '600010', 7: '600100' }, p: [[0, 16384]], xf: 0x0, k: 0xcd5, xm: [252, '779cc1e60c31567b'] },
  { n: 'rep movsq count=1', c: 'f348a5', r: { 0: 'a1b2c3d4e5f60718', 1: '1', 6: '600010', 7: '600100' }, p: [[0, 16384]], x: { 1: '0', 6: '600018', 7: '600108' }, xf: 0x0, k: 0xcd5, xm: [252, '779cc1e65b80a5caef14395e34597ea3'] },
  { n: 'rep movsq count=7', c: 'f348a5', r: { 0: 'a1b2c3d4e5f60718', 1: '7', 6: '600013', 7: '600101' }, p: [[0, 16384]], x: { 1: '0', 6: '60004b', 7: '600139' }, xf: 0x0, k: 0xcd5, xm: [253, '9cc1e60ccaef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc01264b7095badf04294e7398bd496e93b8'] },
  { n: 'rep movsq count=600', c: 'f348a5', r: { 0: 'a1b2c3d4e5f60718', 1: '258', 6: '600f00', 7: '601ff3' }, p: [[0, 16384]], x: { 1: '0', 6: '6021c0', 7: '6032b3' }, xf: 0x0, k: 0xcd5, xs: [8175, 4808, '9c9a2667'] },
  { n: 'rep movsq count=600 (DF=1)', c: 'f348a5', r: { 0: 'a1b2c3d4e5f60718', 1: '258', 6: '602f00', 7: '601ff3' }, f: 0x602, p: [[0, 16384]], x: { 1: '0', 6: '601c40', 7: '600d33' }, xf: 0x400, k: 0xcd5, xs: [3375, 4808, '34de5de8'] },
  { n: 'rep movsq count=3 (DF=1)', c: 'f348a5', r: { 0: 'a1b2c3d4e5f60718', 1: '3', 6: '600020', 7: '600120' }, f: 0x602, p: [[0, 16384]], x: { 1: '0', 6: '600008', 7: '600108' }, xf: 0x400, k: 0xcd5, xm: [260, 'a0c5ea0f34597ea3c8ed12375b80a5caef14395e83a8cdf2173c6186abd0f51a'] },
  { n: 'rep stosb count=0', c: 'f3aa', r: { 0: 'a1b2c3d4e5f60718', 6: '600010', 7: '600100' }, p: [[0, 16384]], xf: 0x0, k: 0xcd5, xm: [252, '779cc1e60c31567b'] },
  { n: 'rep stosb count=1', c: 'f3aa', r: { 0: 'a1b2c3d4e5f60718', 1: '1', 6: '600010', 7: '600100' }, p: [[0, 16384]], x: { 1: '0', 7: '600101' }, xf: 0x0, k: 0xcd5, xm: [252, '779cc1e61831567ba0'] },
  { n: 'rep stosb count=7', c: 'f3aa', r: { 0: 'a1b2c3d4e5f60718', 1: '7', 6: '600013', 7: '600101' }, p: [[0, 16384]], x: { 1: '0', 7: '600108' }, xf: 0x0, k: 0xcd5, xm: [253, '9cc1e60c1818181818181834597ea3'] },
  { n: 'rep stosb count=600', c: 'f3aa', r: { 0: 'a1b2c3d4e5f60718', 1: '258', 6: '600f00', 7: '601ff3' }, p: [[0, 16384]], x: { 1: '0', 7: '60224b' }, xf: 0x0, k: 0xcd5, xs: [8175, 608, 'bb21c519'] },
  { n: 'rep stosb count=600 (DF=1)', c: 'f3aa', r: { 0: 'a1b2c3d4e5f60718', 1: '258', 6: '602f00', 7: '601ff3' }, f: 0x602, p: [[0, 16384]], x: { 1: '0', 7: '601d9b' }, xf: 0x400, k: 0xcd5, xs: [7575, 608, '049b892f'] },
  { n: 'rep stosb count=3 (DF=1)', c: 'f3aa', r: { 0: 'a1b2c3d4e5f60718', 1: '3', 6: '600020', 7: '600120' }, f: 0x602, p: [[0, 16384]], x: { 1: '0', 7: '60011d' }, xf: 0x400, k: 0xcd5, xm: [281, 'a9cef3183d181818d1f61b'] },
  { n: 'rep stosw count=0', c: '66f3ab', r: { 0: 'a1b2c3d4e5f60718', 6: '600010', 7: '600100' }, p: [[0, 16384]], xf: 0x0, k: 0xcd5, xm: [252, '779cc1e60c31567b'] },
  { n: 'rep stosw count=1', c: '66f3ab', r: { 0: 'a1b2c3d4e5f60718', 1: '1', 6: '600010', 7: '600100' }, p: [[0, 16384]], x: { 1: '0', 7: '600102' }, xf: 0x0, k: 0xcd5, xm: [252, '779cc1e61807567ba0c5'] },
  { n: 'rep stosw count=7', c: '66f3ab', r: { 0: 'a1b2c3d4e5f60718', 1: '7', 6: '600013', 7: '600101' }, p: [[0, 16384]], x: { 1: '0', 7: '60010f' }, xf: 0x0, k: 0xcd5, xm: [253, '9cc1e60c1807180718071807180718071807375c81a6'] },
  { n: 'rep stosw count=600', c: '66f3ab', r: { 0: 'a1b2c3d4e5f60718', 1: '258', 6: '600f00', 7: '601ff3' }, p: [[0, 16384]], x: { 1: '0', 7: '6024a3' }, xf: 0x0, k: 0xcd5, xs: [8175, 1208, '9ed33a95'] },
  { n: 'rep stosw count=600 (DF=1)', c: '66f3ab', r: { 0: 'a1b2c3d4e5f60718', 1: '258', 6: '602f00', 7: '601ff3' }, f: 0x602, p: [[0, 16384]], x: { 1: '0', 7: '601b43' }, xf: 0x400, k: 0xcd5, xs: [6975, 1208, '49c1d085'] },
  { n: 'rep stosw count=3 (DF=1)', c: '66f3ab', r: { 0: 'a1b2c3d4e5f60718', 1: '3', 6: '600020', 7: '600120' }, f: 0x602, p: [[0, 16384]], x: { 1: '0', 7: '60011a' }, xf: 0x400, k: 0xcd5, xm: [278, '3a5f84a9cef3180718071807f61b'] },
  { n: 'rep stosd count=0', c: 'f3ab', r: { 0: 'a1b2c3d4e5f60718', 6: '600010', 7: '600100' }, p: [[0, 16384]], xf: 0x0, k: 0xcd5, xm: [252, '779cc1e60c31567b'] },
  { n: 'rep stosd count=1', c: 'f3ab', r: { 0: 'a1b2c3d4e5f60718', 1: '1', 6: '600010', 7: '600100' }, p: [[0, 16384]], x: { 1: '0', 7: '600104' }, xf: 0x0, k: 0xcd5, xm: [252, '779cc1e61807f6e5a0c5ea0f'] },
  { n: 'rep stosd count=7', c: 'f3ab', r: { 0: 'a1b2c3d4e5f60718', 1: '7', 6: '600013', 7: '600101' }, p: [[0, 16384]], x: { 1: '0', 7: '60011d' }, xf: 0x0, k: 0xcd5, xm: [253, '9cc1e60c1807f6e51807f6e51807f6e51807f6e51807f6e51807f6e51807f6e53d6287ac'] },
  { n: 'rep stosd count=600', c: 'f3ab', r: { 0: 'a1b2c3d4e5f60718', 1: '258', 6: '600f00', 7: '601ff3' }, p: [[0, 16384]], x: { 1: '0', 7: '602953' }, xf: 0x0, k: 0xcd5, xs: [8175, 2408, '2f56ff81'] },
  { n: 'rep stosd count=600 (DF=1)', c: 'f3ab', r: { 0: 'a1b2c3d4e5f60718', 1: '258', 6: '602f00', 7: '601ff3' }, f: 0x602, p: [[0, 16384]], x: { 1: '0', 7: '601693' }, xf: 0x400, k: 0xcd5, xs: [5775, 2408, '446fc99d'] },
  { n: 'rep stosd count=3 (DF=1)', c: 'f3ab', r: { 0: 'a1b2c3d4e5f60718', 1: '3', 6: '600020', 7: '600120' }, f: 0x602, p: [[0, 16384]], x: { 1: '0', 7: '600114' }, xf: 0x400, k: 0xcd5, xm: [272, '5c81a6cbf0153a5f1807f6e51807f6e51807f6e5'] },
  { n: 'rep stosq count=0', c: 'f348ab', r: { 0: 'a1b2c3d4e5f60718', 6: '600010', 7: '600100' }, p: [[0, 16384]], xf: 0x0, k: 0xcd5, xm: [252, '779cc1e60c31567b'] },
  { n: 'rep stosq count=1', c: 'f348ab', r: { 0: 'a1b2c3d4e5f60718', 1: '1', 6: '600010', 7: '600100' }, p: [[0, 16384]], x: { 1: '0', 7: '600108' }, xf: 0x0, k: 0xcd5, xm: [252, '779cc1e61807f6e5d4c3b2a134597ea3'] },
  { n: 'rep stosq count=7', c: 'f348ab', r: { 0: 'a1b2c3d4e5f60718', 1: '7', 6: '600013', 7: '600101' }, p: [[0, 16384]], x: { 1: '0', 7: '600139' }, xf: 0x0, k: 0xcd5, xm: [253, '9cc1e60c1807f6e5d4c3b2a11807f6e5d4c3b2a11807f6e5d4c3b2a11807f6e5d4c3b2a11807f6e5d4c3b2a11807f6e5d4c3b2a11807f6e5d4c3b2a1496e93b8'] },
  { n: 'rep stosq count=600', c: 'f348ab', r: { 0: 'a1b2c3d4e5f60718', 1: '258', 6: '600f00', 7: '601ff3' }, p: [[0, 16384]], x: { 1: '0', 7: '6032b3' }, xf: 0x0, k: 0xcd5, xs: [8175, 4808, '5739d559'] },
  { n: 'rep stosq count=600 (DF=1)', c: 'f348ab', r: { 0: 'a1b2c3d4e5f60718', 1: '258', 6: '602f00', 7: '601ff3' }, f: 0x602, p: [[0, 16384]], x: { 1: '0', 7: '600d33' }, xf: 0x400, k: 0xcd5, xs: [3375, 4808, '64f04379'] },
  { n: 'rep stosq count=3 (DF=1)', c: 'f348ab', r: { 0: 'a1b2c3d4e5f60718', 1: '3', 6: '600020', 7: '600120' }, f: 0x602, p: [[0, 16384]], x: { 1: '0', 7: '600108' }, xf: 0x400, k: 0xcd5, xm: [260, 'a0c5ea0f34597ea3c8ed12371807f6e5d4c3b2a11807f6e5d4c3b2a11807f6e5'] },
  { n: 'rep lodsb count=0', c: 'f3ac', r: { 0: 'a1b2c3d4e5f60718', 6: '600010', 7: '600100' }, p: [[0, 16384]], xf: 0x0, k: 0xcd5, xm: [252, '779cc1e60c31567b'] },
  { n: 'rep lodsb count=1', c: 'f3ac', r: { 0: 'a1b2c3d4e5f60718', 1: '1', 6: '600010', 7: '600100' }, p: [[0, 16384]], x: { 0: 'a1b2c3d4e5f6075b', 1: '0', 6: '600011' }, xf: 0x0, k: 0xcd5, xm: [252, '779cc1e60c31567ba0'] },
  { n: 'rep lodsb count=7', c: 'f3ac', r: { 0: 'a1b2c3d4e5f60718', 1: '7', 6: '600013', 7: '600101' }, p: [[0, 16384]], x: { 0: 'a1b2c3d4e5f607a8', 1: '0', 6: '60001a' }, xf: 0x0, k: 0xcd5, xm: [253, '9cc1e60c31567ba0c5ea0f34597ea3'] },
  { n: 'rep lodsb count=3 (DF=1)', c: 'f3ac', r: { 0: 'a1b2c3d4e5f60718', 1: '3', 6: '600020', 7: '600120' }, f: 0x602, p: [[0, 16384]], x: { 0: 'a1b2c3d4e5f60761', 1: '0', 6: '60001d' }, xf: 0x400, k: 0xcd5, xm: [281, 'a9cef3183d6287acd1f61b'] },
  { n: 'rep lodsw count=0', c: '66f3ad', r: { 0: 'a1b2c3d4e5f60718', 6: '600010', 7: '600100' }, p: [[0, 16384]], xf: 0x0, k: 0xcd5, xm: [252, '779cc1e60c31567b'] },
  { n: 'rep lodsw count=1', c: '66f3ad', r: { 0: 'a1b2c3d4e5f60718', 1: '1', 6: '600010', 7: '600100' }, p: [[0, 16384]], x: { 0: 'a1b2c3d4e5f6805b', 1: '0', 6: '600012' }, xf: 0x0, k: 0xcd5, xm: [252, '779cc1e60c31567ba0c5'] },
  { n: 'rep lodsw count=7', c: '66f3ad', r: { 0: 'a1b2c3d4e5f60718', 1: '7', 6: '600013', 7: '600101' }, p: [[0, 16384]], x: { 0: 'a1b2c3d4e5f6ab86', 1: '0', 6: '600021' }, xf: 0x0, k: 0xcd5, xm: [253, '9cc1e60c31567ba0c5ea0f34597ea3c8ed12375c81a6'] },
  { n: 'rep lodsw count=3 (DF=1)', c: '66f3ad', r: { 0: 'a1b2c3d4e5f60718', 1: '3', 6: '600020', 7: '600120' }, f: 0x602, p: [[0, 16384]], x: { 0: 'a1b2c3d4e5f63c17', 1: '0', 6: '60001a' }, xf: 0x400, k: 0xcd5, xm: [278, '3a5f84a9cef3183d6287acd1f61b'] },
  { n: 'rep lodsd count=0', c: 'f3ad', r: { 0: 'a1b2c3d4e5f60718', 6: '600010', 7: '600100' }, p: [[0, 16384]], xf: 0x0, k: 0xcd5, xm: [252, '779cc1e60c31567b'] },
  { n: 'rep lodsd count=1', c: 'f3ad', r: { 0: 'a1b2c3d4e5f60718', 1: '1', 6: '600010', 7: '600100' }, p: [[0, 16384]], x: { 0: 'caa5805b', 1: '0', 6: '600014' }, xf: 0x0, k: 0xcd5, xm: [252, '779cc1e60c31567ba0c5ea0f'] },
  { n: 'rep lodsd count=7', c: 'f3ad', r: { 0: 'a1b2c3d4e5f60718', 1: '7', 6: '600013', 7: '600101' }, p: [[0, 16384]], x: { 0: 'b18c6742', 1: '0', 6: '60002f' }, xf: 0x0, k: 0xcd5, xm: [253, '9cc1e60c31567ba0c5ea0f34597ea3c8ed12375c81a6cbf0153a5f84a9cef3183d6287ac'] },
  { n: 'rep lodsd count=3 (DF=1)', c: 'f3ad', r: { 0: 'a1b2c3d4e5f60718', 1: '3', 6: '600020', 7: '600120' }, f: 0x602, p: [[0, 16384]], x: { 0: 'f2cda883', 1: '0', 6: '600014' }, xf: 0x400, k: 0xcd5, xm: [272, '5c81a6cbf0153a5f84a9cef3183d6287acd1f61b'] },
  { n: 'rep lodsq count=0', c: 'f348ad', r: { 0: 'a1b2c3d4e5f60718', 6: '600010', 7: '600100' }, p: [[0, 16384]], xf: 0x0, k: 0xcd5, xm: [252, '779cc1e60c31567b'] },
  { n: 'rep lodsq count=1', c: 'f348ad', r: { 0: 'a1b2c3d4e5f60718', 1: '1', 6: '600010', 7: '600100' }, p: [[0, 16384]], x: { 0: '5e3914efcaa5805b', 1: '0', 6: '600018' }, xf: 0x0, k: 0xcd5, xm: [252, '779cc1e60c31567ba0c5ea0f34597ea3'] },
  { n: 'rep lodsq count=7', c: 'f348ad', r: { 0: 'a1b2c3d4e5f60718', 1: '7', 6: '600013', 7: '600101' }, p: [[0, 16384]], x: { 0: 'bd98734e2904dfba', 1: '0', 6: '60004b' }, xf: 0x0, k: 0xcd5, xm: [253, '9cc1e60c31567ba0c5ea0f34597ea3c8ed12375c81a6cbf0153a5f84a9cef3183d6287acd1f61b40658aafd4f91e43688db2d7fc21466b90b5daff24496e93b8'] },
  { n: 'rep lodsq count=3 (DF=1)', c: 'f348ad', r: { 0: 'a1b2c3d4e5f60718', 1: '3', 6: '600020', 7: '600120' }, f: 0x602, p: [[0, 16384]], x: { 0: '5e3914efcaa5805b', 1: '0', 6: '600008' }, xf: 0x400, k: 0xcd5, xm: [260, 'a0c5ea0f34597ea3c8ed12375c81a6cbf0153a5f84a9cef3183d6287acd1f61b'] },
  { n: 'rep movsb 16000 bytes (DF=1, several chunks)', c: 'f3a4', r: { 1: '3e80', 6: '603e7f', 7: '603fff' }, f: 0x602, p: [[0, 16384]], x: { 1: '0', 6: '5fffff', 7: '60017f' }, xf: 0x400, k: 0xcd5, xs: [0, 16384, 'd8071ec5'] },
  { n: 'rep stosq 2000 (16000 bytes)', c: 'f348ab', r: { 0: '102030405060708', 1: '7d0', 7: '600040' }, x: { 1: '0', 7: '603ec0' }, xf: 0x0, k: 0xcd5, xs: [0, 16384, '384cdac5'] },
  { n: 'repne movsb (F2 repeats movs too)', c: 'f2a4', r: { 1: '9', 6: '600000', 7: '600100' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 1: '0', 6: '600009', 7: '600109' }, xf: 0x0, k: 0xcd5, xm: [256, '0b30557a9fc4e90e3300000000000000'] },
  { n: 'rep movsb, destination 1 byte above the source', c: 'f3a4', r: { 1: '28', 6: '600000', 7: '600001' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 1: '0', 6: '600028', 7: '600029' }, xf: 0x0, k: 0xcd5, xm: [0, '0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0bf81d42678cb1d6'] },
  { n: 'rep movsd, destination 6 bytes above the source', c: 'f3a5', r: { 1: 'a', 6: '600000', 7: '600006' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 1: '0', 6: '600028', 7: '60002e' }, xf: 0x0, k: 0xcd5, xm: [0, '0b30557a9fc40b30557a9fc40b30557a9fc40b30557a9fc40b30557a9fc40b30557a9fc40b30557a9fc40b30557ab1d6'] },
  { n: 'rep movsq, destination below the source', c: 'f348a5', r: { 1: '6', 6: '600003', 7: '600000' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 1: '0', 6: '600033', 7: '600030' }, xf: 0x0, k: 0xcd5, xm: [0, '7a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb2045fb20456a8fb4d9fe23486d92b7dc0126'] },
  { n: 'repe cmpsb (stops at a difference)', c: 'f3a6', r: { 1: '64', 6: '600000', 7: '600100' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90e33587da2c7ec11365b80a5caff']], x: { 1: '4f', 6: '600015', 7: '600115' }, xf: 0x85, k: 0xcd5 },
  { n: 'repe cmpsb (count runs out)', c: 'f3a6', r: { 1: '10', 6: '600000', 7: '600100' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 1: '0', 6: '600010', 7: '600110' }, xf: 0x44, k: 0xcd5 },
  { n: 'repne cmpsb (stops at equality)', c: 'f2a6', r: { 1: '64', 6: '600000', 7: '600100' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, 'ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 1: '55', 6: '60000f', 7: '60010f' }, xf: 0x44, k: 0xcd5 },
  { n: 'repne scasb (finds the accumulator)', c: 'f2ae', r: { 0: '2d2d2d2d2d2d2d2d', 1: 'c8', 7: '600100' }, m: [[256, '0b30557a9fc4e90e33587da2c7ec11365b80a5ca2d2d2d2d2d2d2d2d']], x: { 1: 'b3', 7: '600115' }, xf: 0x44, k: 0xcd5 },
  { n: 'repe scasb (skips the accumulator, DF=1)', c: 'f3ae', r: { 1: 'c8', 7: '600140' }, f: 0x602, m: [[256, '0b30557a9fc4e90e']], x: { 1: '8e', 7: '600106' }, xf: 0x491, k: 0xcd5 },
  { n: 'repne scasb count=0 keeps the flags', c: 'f2ae', r: { 7: '600100' }, f: 0x8d7, xf: 0x8d5, k: 0xcd5 },
  { n: 'repe cmpsw (stops at a difference)', c: '66f3a7', r: { 1: '64', 6: '600000', 7: '600100' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90e33587da2c7ec11365b80a5caff']], x: { 1: '59', 6: '600016', 7: '600116' }, xf: 0x4, k: 0xcd5 },
  { n: 'repe cmpsw (count runs out)', c: '66f3a7', r: { 1: '8', 6: '600000', 7: '600100' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 1: '0', 6: '600010', 7: '600110' }, xf: 0x44, k: 0xcd5 },
  { n: 'repne cmpsw (stops at equality)', c: '66f2a7', r: { 1: '64', 6: '600000', 7: '600100' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, 'ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 1: '53', 6: '600022', 7: '600122' }, xf: 0x44, k: 0xcd5 },
  { n: 'repne scasw (finds the accumulator)', c: '66f2af', r: { 0: '2d2d2d2d2d2d2d2d', 1: 'c8', 7: '600100' }, m: [[256, '0b30557a9fc4e90e33587da2c7ec11365b80a5ca2d2d2d2d2d2d2d2d']], x: { 1: 'bd', 7: '600116' }, xf: 0x44, k: 0xcd5 },
  { n: 'repe scasw (skips the accumulator, DF=1)', c: '66f3af', r: { 1: 'c8', 7: '600140' }, f: 0x602, m: [[256, '0b30557a9fc4e90e']], x: { 1: 'aa', 7: '600104' }, xf: 0x495, k: 0xcd5 },
  { n: 'repne scasw count=0 keeps the flags', c: '66f2af', r: { 7: '600100' }, f: 0x8d7, xf: 0x8d5, k: 0xcd5 },
  { n: 'repe cmpsd (stops at a difference)', c: 'f3a7', r: { 1: '64', 6: '600000', 7: '600100' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90e33587da2c7ec11365b80a5caff']], x: { 1: '5e', 6: '600018', 7: '600118' }, xf: 0x4, k: 0xcd5 },
  { n: 'repe cmpsd (count runs out)', c: 'f3a7', r: { 1: '4', 6: '600000', 7: '600100' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 1: '0', 6: '600010', 7: '600110' }, xf: 0x44, k: 0xcd5 },
  { n: 'repne cmpsd (stops at equality)', c: 'f2a7', r: { 1: '64', 6: '600000', 7: '600100' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, 'ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 1: '5b', 6: '600024', 7: '600124' }, xf: 0x44, k: 0xcd5 },
  { n: 'repne scasd (finds the accumulator)', c: 'f2af', r: { 0: '2d2d2d2d2d2d2d2d', 1: 'c8', 7: '600100' }, m: [[256, '0b30557a9fc4e90e33587da2c7ec11365b80a5ca2d2d2d2d2d2d2d2d']], x: { 1: 'c2', 7: '600118' }, xf: 0x44, k: 0xcd5 },
  { n: 'repe scasd (skips the accumulator, DF=1)', c: 'f3af', r: { 1: 'c8', 7: '600140' }, f: 0x602, m: [[256, '0b30557a9fc4e90e']], x: { 1: 'b8', 7: '600100' }, xf: 0x491, k: 0xcd5 },
  { n: 'repne scasd count=0 keeps the flags', c: 'f2af', r: { 7: '600100' }, f: 0x8d7, xf: 0x8d5, k: 0xcd5 },
  { n: 'repe cmpsq (stops at a difference)', c: 'f348a7', r: { 1: '64', 6: '600000', 7: '600100' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90e33587da2c7ec11365b80a5caff']], x: { 1: '61', 6: '600018', 7: '600118' }, xf: 0x4, k: 0xcd5 },
  { n: 'repe cmpsq (count runs out)', c: 'f348a7', r: { 1: '2', 6: '600000', 7: '600100' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 1: '0', 6: '600010', 7: '600110' }, xf: 0x44, k: 0xcd5 },
  { n: 'repne cmpsq (stops at equality)', c: 'f248a7', r: { 1: '64', 6: '600000', 7: '600100' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, 'ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 1: '5f', 6: '600028', 7: '600128' }, xf: 0x44, k: 0xcd5 },
  { n: 'repne scasq (finds the accumulator)', c: 'f248af', r: { 0: '2d2d2d2d2d2d2d2d', 1: 'c8', 7: '600100' }, m: [[256, '0b30557a9fc4e90e33587da2c7ec11365b80a5ca2d2d2d2d2d2d2d2d']], x: { 1: '0', 7: '600740' }, xf: 0x4, k: 0xcd5 },
  { n: 'repe scasq (skips the accumulator, DF=1)', c: 'f348af', r: { 1: 'c8', 7: '600140' }, f: 0x602, m: [[256, '0b30557a9fc4e90e']], x: { 1: 'bf', 7: '6000f8' }, xf: 0x495, k: 0xcd5 },
  { n: 'repne scasq count=0 keeps the flags', c: 'f248af', r: { 7: '600100' }, f: 0x8d7, xf: 0x8d5, k: 0xcd5 },
  { n: '67 rep movsb: esi/edi/ecx written as 32-bit registers', c: '67f3a4', r: { 1: 'abcd000000000003', 6: 'abcd000000600000', 7: 'abcd000000600100' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 1: '0', 6: '600003', 7: '600103' }, xf: 0x0, k: 0xcd5, xm: [256, '0b30550000000000'] },
  { n: '67 rep stosd count 0 leaves rcx/rdi alone', c: '67f3ab', r: { 1: 'abcd000000000000', 7: 'abcd000000600100' }, xf: 0x0, k: 0xcd5 },
  { n: '67 lodsq', c: '6748ad', r: { 6: 'ffffffff00600008' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 0: '3611ecc7a27d5833', 6: '600010' }, xf: 0x0, k: 0xcd5 },
  { n: '67 repne scasw', c: '6667f2af', r: { 0: '2d2d', 1: '1000000050', 7: '1000600100' }, m: [[256, '0b30557a9fc4e90e33587da2c7ec11365b80a5ca2d2d']], x: { 1: '45', 7: '600116' }, xf: 0x44, k: 0xcd5 },
  { n: 'rep movsb into an unmapped page → #PF', c: 'f3a4', r: { 1: '20', 6: '600ff0', 7: '603ff0' }, m: [[4080, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 1: '10', 6: '601000', 7: '604000' }, xf: 0x0, k: 0xcd5, xm: [16352, '000000000000000000000000000000000b30557a9fc4e90e33587da2c7ec1136'], xv: 14, xr: 0 },
  { n: 'rep movsq straddling into an unmapped page → #PF', c: 'f348a5', r: { 1: '4', 6: '600000', 7: '603ff4' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 1: '3', 6: '600008', 7: '603ffc' }, xf: 0x0, k: 0xcd5, xm: [16352, '00000000000000000000000000000000000000000b30557a9fc4e90e00000000'], xv: 14, xr: 0 },
  { n: 'rep stosd into an unmapped page → #PF', c: 'f3ab', r: { 0: '11223344', 1: '10', 7: '603ff2' }, x: { 1: 'd', 7: '603ffe' }, xf: 0x0, k: 0xcd5, xm: [16352, '0000000000000000000000000000000000004433221144332211443322110000'], xv: 14, xr: 0 },
  { n: 'rep movsb from an unmapped page → #PF', c: 'f3a4', r: { 1: '20', 6: '603ff8', 7: '600000' }, m: [[16376, '0b30557a9fc4e90e']], x: { 1: '18', 6: '604000', 7: '600008' }, xf: 0x0, k: 0xcd5, xm: [0, '0b30557a9fc4e90e0000000000000000'], xv: 14, xr: 0 },
  { n: 'rep movsw into a read-only page → #PF', c: '66f3a5', r: { 1: '40', 6: '600000', 7: '601fe0' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], ro: [2], x: { 1: '30', 6: '600020', 7: '602000' }, xf: 0x0, k: 0xcd5, xm: [8144, '000000000000000000000000000000000b30557a9fc4e90e33587da2c7ec1136'], xv: 14, xr: 0 },
  { n: 'rep stosb backwards into a read-only page → #PF', c: 'f3aa', r: { 0: '77', 1: '40', 7: '601010' }, f: 0x602, ro: [0], x: { 1: '2f', 7: '600fff' }, xf: 0x400, k: 0xcd5, xm: [4064, '00000000000000000000000000000000000000000000000000000000000000007777777777777777777777777777777777000000000000000000000000000000'], xv: 14, xr: 0 },
  { n: 'repe cmpsq reading an unmapped page → #PF', c: 'f348a7', r: { 1: '40', 6: '600000', 7: '603fe0' }, m: [[0, '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000']], x: { 1: '3c', 6: '600020', 7: '604000' }, xf: 0x44, k: 0xcd5, xv: 14, xr: 0 },
];

export const NATIVE_STRING32: Vector[] = [
  { n: 'rep movsd (32-bit mode)', c: 'f3a5', r: { 1: '14', 6: '600004', 7: '600203' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 1: '0', 6: '600054', 7: '600253' }, xf: 0x0, k: 0xcd5, xs: [512, 96, '1b3b9a99'] },
  { n: 'rep stosw (DF=1) (32-bit mode)', c: '66f3ab', r: { 0: 'beef', 1: '9', 7: '600210' }, f: 0x602, x: { 1: '0', 7: '6001fe' }, xf: 0x400, k: 0xcd5, xm: [496, '00000000000000000000000000000000efbeefbeefbeefbeefbeefbeefbeefbeefbe0000000000000000000000000000'] },
  { n: 'repne scasb (32-bit mode)', c: 'f2ae', r: { 0: '2d', 1: '64', 7: '600100' }, m: [[256, '0b30557a9fc4e90e33582d']], x: { 1: '59', 7: '60010b' }, xf: 0x44, k: 0xcd5 },
  { n: 'repe cmpsw (32-bit mode)', c: '66f3a7', r: { 1: '64', 6: '600000', 7: '600100' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126'], [256, '0b30557a9fc4ffff']], x: { 1: '60', 6: '600008', 7: '600108' }, xf: 0x11, k: 0xcd5 },
  { n: 'lodsd (32-bit mode)', c: 'ad', r: { 6: '600008' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 0: 'a27d5833', 6: '60000c' }, xf: 0x0, k: 0xcd5 },
  { n: 'rep movsb into an unmapped page (32-bit mode) → #PF', c: 'f3a4', r: { 1: '20', 6: '600000', 7: '603ff8' }, m: [[0, '0b30557a9fc4e90e33587da2c7ec11365b80a5caef14395e83a8cdf2173c6186abd0f51a3f6489aed3f81d42678cb1d6fb20456a8fb4d9fe23486d92b7dc0126']], x: { 1: '18', 6: '600008', 7: '604000' }, xf: 0x0, k: 0xcd5, xm: [16368, '00000000000000000b30557a9fc4e90e'], xv: 14, xr: 0 },
];

test('cmps with both operands faulting: AMD reads ES:[rDI] first (but for repe cmpsb), Intel [rSI]', () => {
  // the host (AMD EPYC, Zen 4) with RSI = 0x100, RDI = 0x200, both unmapped: cmpsb, repne
  // cmpsb, cmpsd and repe cmpsd fault at 0x200; repe cmpsb at 0x100
  const at = (code: number[], vendor: 'intel' | 'amd') =>
    runCode(code, (c) => {
      c.vendor = vendor;
      c.setReg64Num(6, 0x100);
      c.setReg64Num(7, 0x200);
      c.setReg64Num(1, 5);
    }).cpu.cr2;
  assert.equal(at([0xa6], 'amd'), 0x200);
  assert.equal(at([0xf2, 0xa6], 'amd'), 0x200);
  assert.equal(at([0xf3, 0xa7], 'amd'), 0x200);
  assert.equal(at([0xf3, 0xa6], 'amd'), 0x100);
  assert.equal(at([0xa6], 'intel'), 0x100);
});

test('rep movs (fast path): a faulting source is reported before a non-canonical destination', () => {
  const r = run([0xf3, 0x48, 0xa5], { 6: 7n, 7: 0xe5f49f24b414a1acn, 1: 3n });
  assert.equal(r.cpu.lastFault?.vector, 14);
  assert.equal(r.cpu.cr2, 7);
});
