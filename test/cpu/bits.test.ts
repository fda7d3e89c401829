// Bit instructions (src/cpu/ops/bits.ts): bt/bts/btr/btc, bsf/bsr, tzcnt/lzcnt/popcnt,
// bswap, xadd, cmpxchg, cmpxchg8b/16b.
//
// The NATIVE_BITS table was recorded on an x86-64 host (see test/cpu/vectors.ts):
// register and immediate bit offsets (masked), memory forms whose signed register offset
// reaches far below and above the operand, read-only destinations (#PF before any
// change), bit scans of zero and non-zero sources, cmpxchg success/failure with the
// exact register halves written, cmpxchg16b alignment (#GP) and cmpxchg8b's register
// form (#UD). Undefined flags are masked there and the Intel choices checked below.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCode, setReg, reg, DATA } from './harness.js';
import { runVectors, type Vector } from './vectors.js';
import { CF, PF, AF, ZF, SF, OF } from '../../src/cpu/flags.js';
import type { CPU } from '../../src/cpu/cpu.js';

const ALL = CF | PF | AF | ZF | SF | OF;

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

test('bits: native-verified vectors, 64-bit mode', () => {
  assert.deepEqual(runVectors(NATIVE_BITS), []);
});

test('bsf/bsr with a zero source: ZF = 1, destination kept (Intel clears the upper half of a 32-bit one)', () => {
  for (const opc of [0xbc, 0xbd]) {
    // bsf/bsr eax, ebx (0f bc/bd c3), EBX = 0
    const intel = run([0x0f, opc, 0xc3], { 0: 0xffffffff00000005n, 3: 0xffffffff00000000n }, 0x202 | CF | SF);
    assert.equal(reg(intel.cpu, 0), 0x5n);
    assert.equal(intel.cpu.getRflags() & ALL, ZF | CF | SF); // only ZF changes
    const amd = run([0x0f, opc, 0xc3], { 0: 0xffffffff00000005n }, 0x202, (cpu) => (cpu.vendor = 'amd'));
    assert.equal(reg(amd.cpu, 0), 0xffffffff00000005n);
    // bsf/bsr rax, rbx (48 0f bc/bd c3): a 64-bit destination is kept whole
    const q = run([0x48, 0x0f, opc, 0xc3], { 0: 0xffffffff00000005n });
    assert.equal(reg(q.cpu, 0), 0xffffffff00000005n);
  }
});

test('bsf/bsr with a non-zero source: ZF = CF = OF = SF = AF = 0, PF from the index', () => {
  // bsf rax, rbx (48 0f bc c3): lowest set bit of 0x8000000000000000 is 63 (0b111111: PF = 1)
  let r = run([0x48, 0x0f, 0xbc, 0xc3], { 3: 0x8000000000000000n }, 0x202 | ALL);
  assert.equal(reg(r.cpu, 0), 63n);
  assert.equal(r.cpu.getRflags() & ALL, PF);
  // bsr rax, rbx (48 0f bd c3): highest set bit of 0x10000_0001 is 32 (one bit: PF = 0)
  r = run([0x48, 0x0f, 0xbd, 0xc3], { 3: 0x100000001n }, 0x202 | ALL);
  assert.equal(reg(r.cpu, 0), 32n);
  assert.equal(r.cpu.getRflags() & ALL, 0);
});

test('tzcnt/lzcnt change only CF and ZF; popcnt clears all but ZF', () => {
  // tzcnt eax, ebx (f3 0f bc c3) of 0 → 32, CF = 1
  let r = run([0xf3, 0x0f, 0xbc, 0xc3], { 0: 0xffffffffffffffffn, 3: 0n }, 0x202 | OF | SF | AF | PF);
  assert.equal(reg(r.cpu, 0), 32n);
  assert.equal(r.cpu.getRflags() & ALL, CF | OF | SF | AF | PF);
  // lzcnt ax, bx (66 f3 0f bd c3) of 0x8000 → 0, ZF = 1; the upper bits of RAX are kept
  r = run([0x66, 0xf3, 0x0f, 0xbd, 0xc3], { 0: 0x1111111111111111n, 3: 0x8000n }, 0x202 | CF);
  assert.equal(reg(r.cpu, 0), 0x1111111111110000n);
  assert.equal(r.cpu.getRflags() & ALL, ZF);
  // lzcnt rax, rbx (f3 48 0f bd c3) of 1 → 63
  r = run([0xf3, 0x48, 0x0f, 0xbd, 0xc3], { 3: 1n });
  assert.equal(reg(r.cpu, 0), 63n);
  // popcnt rax, rbx (f3 48 0f b8 c3)
  r = run([0xf3, 0x48, 0x0f, 0xb8, 0xc3], { 3: 0xf00000000000000fn }, 0x202 | ALL);
  assert.equal(reg(r.cpu, 0), 8n);
  assert.equal(r.cpu.getRflags() & ALL, 0);
});

test('bt changes only CF', () => {
  // bt eax, ecx (0f a3 c8): bit 35 & 31 = 3 of 0x8 → CF = 1; the other flags stay
  const r = run([0x0f, 0xa3, 0xc8], { 0: 0x8n, 1: 35n }, 0x202 | OF | SF | ZF | AF | PF);
  assert.equal(r.cpu.getRflags() & ALL, CF | OF | SF | ZF | AF | PF);
});

test('bt/bts with a negative register offset address memory below the operand (32-bit mode)', () => {
  // bt dword [esi], ecx (0f a3 0e) with ECX = -1: bit 31 of the dword at ESI - 4
  let r = run([0x0f, 0xa3, 0x0e], { 1: 0xffffffffn, 6: BigInt(DATA + 0x10) }, 0x202, (cpu) => cpu.mem.write32(DATA + 0xc, 0x80000000 | 0), false);
  assert.equal(r.fault, null);
  assert.equal(r.cpu.getRflags() & CF, CF);
  // bts word [esi], cx (66 0f ab 0e) with CX = -17: bit 15 of the word at ESI - 4
  r = run([0x66, 0x0f, 0xab, 0x0e], { 1: 0xffefn, 6: BigInt(DATA + 0x10) }, 0x202, undefined, false);
  assert.equal(r.cpu.mem.read16(DATA + 0xc), 0x8000);
  assert.equal(r.cpu.getRflags() & CF, 0);
});

test('cmpxchg8b in 32-bit mode; cmpxchg16b needs 16-byte alignment', () => {
  // cmpxchg8b [esi] (0f c7 0e), equal: the memory takes ECX:EBX, ZF = 1
  let r = run([0x0f, 0xc7, 0x0e], { 0: 0x11111111n, 2: 0x22222222n, 1: 0x33333333n, 3: 0x44444444n, 6: BigInt(DATA) }, 0x202, (cpu) => cpu.mem.write64(DATA, 0x11111111, 0x22222222), false);
  assert.equal(r.cpu.mem.read32(DATA), 0x44444444);
  assert.equal(r.cpu.mem.read32(DATA + 4), 0x33333333);
  assert.equal(r.cpu.getRflags() & ZF, ZF);
  // cmpxchg16b [rsi] (48 0f c7 0e) at DATA + 8 → #GP(0)
  r = run([0x48, 0x0f, 0xc7, 0x0e], { 6: BigInt(DATA + 8) });
  assert.equal(r.cpu.lastFault?.vector, 13);
});

test('xadd to a read-only page faults with nothing changed', () => {
  // xadd dword [rsi], ebx (0f c1 1e)
  const r = run([0x0f, 0xc1, 0x1e], { 3: 5n, 6: BigInt(DATA) }, 0x202, (cpu) => {
    cpu.mem.write32(DATA, 7);
    cpu.mem.protect(DATA / 4096, 1, 1 | 8);
  });
  assert.equal(r.cpu.lastFault?.vector, 14);
  assert.equal(reg(r.cpu, 3), 5n);
  assert.equal(r.cpu.getRflags() & ALL, 0);
});

// ---- native vectors (generated; see test/cpu/vectors.ts) ----

export const NATIVE_BITS: Vector[] = [
  { n: 'bt ax, bx (offset 3)', c: '660fa3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '5555555555550003' }, xf: 0x0, k: 0x1 },
  { n: 'bt ax, bx (offset 15)', c: '660fa3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '555555555555000f' }, xf: 0x1, k: 0x1 },
  { n: 'bt ax, bx (offset 21)', c: '660fa3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '5555555555550015' }, xf: 0x1, k: 0x1 },
  { n: 'bt ax, bx (offset 200)', c: '660fa3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '55555555555500c8' }, xf: 0x1, k: 0x1 },
  { n: 'bt ax, 1', c: '660fbae001', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, xf: 0x1, k: 0x1 },
  { n: 'bt word [rsi+8], 1', c: '660fba660801', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bt ax, 15', c: '660fbae00f', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, xf: 0x0, k: 0x1 },
  { n: 'bt word [rsi+8], 15', c: '660fba66080f', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bt ax, 18', c: '660fbae012', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, xf: 0x0, k: 0x1 },
  { n: 'bt word [rsi+8], 18', c: '660fba660812', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bt ax, 255', c: '660fbae0ff', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, xf: 0x0, k: 0x1 },
  { n: 'bt word [rsi+8], 255', c: '660fba6608ff', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bt word [rsi+8], bx (offset 5)', c: '660fa35e08', r: { 3: '5555555555550005', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [7936, '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'bt word [rsi+8], bx (offset 100)', c: '660fa35e08', r: { 3: '5555555555550064', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8196, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [7936, '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'bt word [rsi+8], bx (offset -1)', c: '660fa35e08', r: { 3: '555555555555ffff', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8183, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [7936, '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'bt word [rsi+8], bx (offset -17)', c: '660fa35e08', r: { 3: '555555555555ffef', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8181, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [7936, '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'bt word [rsi+8], bx (offset 2047)', c: '660fa35e08', r: { 3: '55555555555507ff', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8439, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [7936, '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'bt word [rsi+8], bx (offset -2032)', c: '660fa35e08', r: { 3: '555555555555f810', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [7930, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x0, k: 0x1, xm: [7936, '69788796a5b4c3d2e1f0f0e1d2c3b4a59687000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'bt eax, ebx (offset 3)', c: '0fa3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '5555555500000003' }, xf: 0x0, k: 0x1 },
  { n: 'bt eax, ebx (offset 31)', c: '0fa3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '555555550000001f' }, xf: 0x1, k: 0x1 },
  { n: 'bt eax, ebx (offset 37)', c: '0fa3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '5555555500000025' }, xf: 0x1, k: 0x1 },
  { n: 'bt eax, ebx (offset 200)', c: '0fa3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '55555555000000c8' }, xf: 0x1, k: 0x1 },
  { n: 'bt eax, 1', c: '0fbae001', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, xf: 0x1, k: 0x1 },
  { n: 'bt dword [rsi+8], 1', c: '0fba660801', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bt eax, 31', c: '0fbae01f', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, xf: 0x0, k: 0x1 },
  { n: 'bt dword [rsi+8], 31', c: '0fba66081f', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bt eax, 34', c: '0fbae022', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, xf: 0x0, k: 0x1 },
  { n: 'bt dword [rsi+8], 34', c: '0fba660822', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bt eax, 255', c: '0fbae0ff', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, xf: 0x0, k: 0x1 },
  { n: 'bt dword [rsi+8], 255', c: '0fba6608ff', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bt dword [rsi+8], ebx (offset 5)', c: '0fa35e08', r: { 3: '5555555500000005', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bt dword [rsi+8], ebx (offset 100)', c: '0fa35e08', r: { 3: '5555555500000064', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8196, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8188, '000000000f1e2d3c0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a596873c2d1e0f000000000000000000000000'] },
  { n: 'bt dword [rsi+8], ebx (offset -1)', c: '0fa35e08', r: { 3: '55555555ffffffff', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8183, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8175, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687f0f0e1d2c3b4a5968778695a4b3c2d1e'] },
  { n: 'bt dword [rsi+8], ebx (offset -33)', c: '0fa35e08', r: { 3: '55555555ffffffdf', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8179, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8171, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687b4c3d2e1f0f0e1d2c3b4a5968778695a'] },
  { n: 'bt dword [rsi+8], ebx (offset 40000)', c: '0fa35e08', r: { 3: '5555555500009c40', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [13184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x0, k: 0x1, xm: [13176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968700000000000000000000000000000000'] },
  { n: 'bt dword [rsi+8], ebx (offset -40000)', c: '0fa35e08', r: { 3: '55555555ffff63c0', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [3184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x0, k: 0x1, xm: [3176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968700000000000000000000000000000000'] },
  { n: 'bt rax, rbx (offset 3)', c: '480fa3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '3' }, xf: 0x0, k: 0x1 },
  { n: 'bt rax, rbx (offset 63)', c: '480fa3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '3f' }, xf: 0x1, k: 0x1 },
  { n: 'bt rax, rbx (offset 69)', c: '480fa3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '45' }, xf: 0x1, k: 0x1 },
  { n: 'bt rax, rbx (offset 200)', c: '480fa3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: 'c8' }, xf: 0x1, k: 0x1 },
  { n: 'bt rax, 1', c: '480fbae001', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, xf: 0x1, k: 0x1 },
  { n: 'bt qword [rsi+8], 1', c: '480fba660801', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bt rax, 63', c: '480fbae03f', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, xf: 0x0, k: 0x1 },
  { n: 'bt qword [rsi+8], 63', c: '480fba66083f', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bt rax, 66', c: '480fbae042', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, xf: 0x0, k: 0x1 },
  { n: 'bt qword [rsi+8], 66', c: '480fba660842', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bt rax, 255', c: '480fbae0ff', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, xf: 0x0, k: 0x1 },
  { n: 'bt qword [rsi+8], 255', c: '480fba6608ff', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bt qword [rsi+8], rbx (offset 5)', c: '480fa35e08', r: { 3: '5', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bt qword [rsi+8], rbx (offset 100)', c: '480fa35e08', r: { 3: '64', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8196, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8188, '000000000f1e2d3c0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a596873c2d1e0f000000000000000000000000'] },
  { n: 'bt qword [rsi+8], rbx (offset -1)', c: '480fa35e08', r: { 3: 'ffffffffffffffff', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8183, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8175, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687f0f0e1d2c3b4a5968778695a4b3c2d1e'] },
  { n: 'bt qword [rsi+8], rbx (offset -33)', c: '480fa35e08', r: { 3: 'ffffffffffffffdf', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8179, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8171, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687b4c3d2e1f0f0e1d2c3b4a5968778695a'] },
  { n: 'bt qword [rsi+8], rbx (offset 40000)', c: '480fa35e08', r: { 3: '9c40', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [13184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x0, k: 0x1, xm: [13176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968700000000000000000000000000000000'] },
  { n: 'bt qword [rsi+8], rbx (offset -40000)', c: '480fa35e08', r: { 3: 'ffffffffffff63c0', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [3184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x0, k: 0x1, xm: [3176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968700000000000000000000000000000000'] },
  { n: 'bts ax, bx (offset 3)', c: '660fabd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '5555555555550003' }, x: { 0: 'a5a5a5a5a5a5a5ad' }, xf: 0x0, k: 0x1 },
  { n: 'bts ax, bx (offset 15)', c: '660fabd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '555555555555000f' }, xf: 0x1, k: 0x1 },
  { n: 'bts ax, bx (offset 21)', c: '660fabd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '5555555555550015' }, xf: 0x1, k: 0x1 },
  { n: 'bts ax, bx (offset 200)', c: '660fabd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '55555555555500c8' }, xf: 0x1, k: 0x1 },
  { n: 'bts ax, 1', c: '660fbae801', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, xf: 0x1, k: 0x1 },
  { n: 'bts word [rsi+8], 1', c: '660fba6e0801', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bts ax, 15', c: '660fbae80f', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: '5a5a5a5a5a5ada5a' }, xf: 0x0, k: 0x1 },
  { n: 'bts word [rsi+8], 15', c: '660fba6e080f', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bts ax, 18', c: '660fbae812', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: '5a5a5a5a5a5a5a5e' }, xf: 0x0, k: 0x1 },
  { n: 'bts word [rsi+8], 18', c: '660fba6e0812', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bts ax, 255', c: '660fbae8ff', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: '5a5a5a5a5a5ada5a' }, xf: 0x0, k: 0x1 },
  { n: 'bts word [rsi+8], 255', c: '660fba6e08ff', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bts word [rsi+8], bx (offset 5)', c: '660fab5e08', r: { 3: '5555555555550005', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [7936, '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'bts word [rsi+8], bx (offset 100)', c: '660fab5e08', r: { 3: '5555555555550064', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8196, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [7936, '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'bts word [rsi+8], bx (offset -1)', c: '660fab5e08', r: { 3: '555555555555ffff', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8183, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [7936, '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'bts word [rsi+8], bx (offset -17)', c: '660fab5e08', r: { 3: '555555555555ffef', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8181, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [7936, '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'bts word [rsi+8], bx (offset 2047)', c: '660fab5e08', r: { 3: '55555555555507ff', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8439, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [7936, '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'bts word [rsi+8], bx (offset -2032)', c: '660fab5e08', r: { 3: '555555555555f810', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [7930, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x0, k: 0x1, xm: [7936, '69788796a5b4c3d2e1f0f1e1d2c3b4a59687000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'bts eax, ebx (offset 3)', c: '0fabd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '5555555500000003' }, x: { 0: 'a5a5a5ad' }, xf: 0x0, k: 0x1 },
  { n: 'bts eax, ebx (offset 31)', c: '0fabd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '555555550000001f' }, x: { 0: 'a5a5a5a5' }, xf: 0x1, k: 0x1 },
  { n: 'bts eax, ebx (offset 37)', c: '0fabd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '5555555500000025' }, x: { 0: 'a5a5a5a5' }, xf: 0x1, k: 0x1 },
  { n: 'bts eax, ebx (offset 200)', c: '0fabd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '55555555000000c8' }, x: { 0: 'a5a5a5a5' }, xf: 0x1, k: 0x1 },
  { n: 'bts eax, 1', c: '0fbae801', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: '5a5a5a5a' }, xf: 0x1, k: 0x1 },
  { n: 'bts dword [rsi+8], 1', c: '0fba6e0801', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bts eax, 31', c: '0fbae81f', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: 'da5a5a5a' }, xf: 0x0, k: 0x1 },
  { n: 'bts dword [rsi+8], 31', c: '0fba6e081f', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bts eax, 34', c: '0fbae822', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: '5a5a5a5e' }, xf: 0x0, k: 0x1 },
  { n: 'bts dword [rsi+8], 34', c: '0fba6e0822', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bts eax, 255', c: '0fbae8ff', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: 'da5a5a5a' }, xf: 0x0, k: 0x1 },
  { n: 'bts dword [rsi+8], 255', c: '0fba6e08ff', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bts dword [rsi+8], ebx (offset 5)', c: '0fab5e08', r: { 3: '5555555500000005', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bts dword [rsi+8], ebx (offset 100)', c: '0fab5e08', r: { 3: '5555555500000064', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8196, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8188, '000000000f1e2d3c0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a596873c2d1e0f000000000000000000000000'] },
  { n: 'bts dword [rsi+8], ebx (offset -1)', c: '0fab5e08', r: { 3: '55555555ffffffff', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8183, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8175, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687f0f0e1d2c3b4a5968778695a4b3c2d1e'] },
  { n: 'bts dword [rsi+8], ebx (offset -33)', c: '0fab5e08', r: { 3: '55555555ffffffdf', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8179, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8171, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687b4c3d2e1f0f0e1d2c3b4a5968778695a'] },
  { n: 'bts dword [rsi+8], ebx (offset 40000)', c: '0fab5e08', r: { 3: '5555555500009c40', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [13184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x0, k: 0x1, xm: [13176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f1e1d2c3b4a5968700000000000000000000000000000000'] },
  { n: 'bts dword [rsi+8], ebx (offset -40000)', c: '0fab5e08', r: { 3: '55555555ffff63c0', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [3184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x0, k: 0x1, xm: [3176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f1e1d2c3b4a5968700000000000000000000000000000000'] },
  { n: 'bts rax, rbx (offset 3)', c: '480fabd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '3' }, x: { 0: 'a5a5a5a5a5a5a5ad' }, xf: 0x0, k: 0x1 },
  { n: 'bts rax, rbx (offset 63)', c: '480fabd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '3f' }, xf: 0x1, k: 0x1 },
  { n: 'bts rax, rbx (offset 69)', c: '480fabd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '45' }, xf: 0x1, k: 0x1 },
  { n: 'bts rax, rbx (offset 200)', c: '480fabd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: 'c8' }, xf: 0x1, k: 0x1 },
  { n: 'bts rax, 1', c: '480fbae801', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, xf: 0x1, k: 0x1 },
  { n: 'bts qword [rsi+8], 1', c: '480fba6e0801', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bts rax, 63', c: '480fbae83f', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: 'da5a5a5a5a5a5a5a' }, xf: 0x0, k: 0x1 },
  { n: 'bts qword [rsi+8], 63', c: '480fba6e083f', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bts rax, 66', c: '480fbae842', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: '5a5a5a5a5a5a5a5e' }, xf: 0x0, k: 0x1 },
  { n: 'bts qword [rsi+8], 66', c: '480fba6e0842', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bts rax, 255', c: '480fbae8ff', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: 'da5a5a5a5a5a5a5a' }, xf: 0x0, k: 0x1 },
  { n: 'bts qword [rsi+8], 255', c: '480fba6e08ff', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bts qword [rsi+8], rbx (offset 5)', c: '480fab5e08', r: { 3: '5', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'bts qword [rsi+8], rbx (offset 100)', c: '480fab5e08', r: { 3: '64', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8196, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8188, '000000000f1e2d3c0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a596873c2d1e0f000000000000000000000000'] },
  { n: 'bts qword [rsi+8], rbx (offset -1)', c: '480fab5e08', r: { 3: 'ffffffffffffffff', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8183, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8175, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687f0f0e1d2c3b4a5968778695a4b3c2d1e'] },
  { n: 'bts qword [rsi+8], rbx (offset -33)', c: '480fab5e08', r: { 3: 'ffffffffffffffdf', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8179, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8171, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687b4c3d2e1f0f0e1d2c3b4a5968778695a'] },
  { n: 'bts qword [rsi+8], rbx (offset 40000)', c: '480fab5e08', r: { 3: '9c40', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [13184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x0, k: 0x1, xm: [13176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f1e1d2c3b4a5968700000000000000000000000000000000'] },
  { n: 'bts qword [rsi+8], rbx (offset -40000)', c: '480fab5e08', r: { 3: 'ffffffffffff63c0', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [3184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x0, k: 0x1, xm: [3176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f1e1d2c3b4a5968700000000000000000000000000000000'] },
  { n: 'btr ax, bx (offset 3)', c: '660fb3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '5555555555550003' }, xf: 0x0, k: 0x1 },
  { n: 'btr ax, bx (offset 15)', c: '660fb3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '555555555555000f' }, x: { 0: 'a5a5a5a5a5a525a5' }, xf: 0x1, k: 0x1 },
  { n: 'btr ax, bx (offset 21)', c: '660fb3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '5555555555550015' }, x: { 0: 'a5a5a5a5a5a5a585' }, xf: 0x1, k: 0x1 },
  { n: 'btr ax, bx (offset 200)', c: '660fb3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '55555555555500c8' }, x: { 0: 'a5a5a5a5a5a5a4a5' }, xf: 0x1, k: 0x1 },
  { n: 'btr ax, 1', c: '660fbaf001', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: '5a5a5a5a5a5a5a58' }, xf: 0x1, k: 0x1 },
  { n: 'btr word [rsi+8], 1', c: '660fba760801', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788596a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btr ax, 15', c: '660fbaf00f', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, xf: 0x0, k: 0x1 },
  { n: 'btr word [rsi+8], 15', c: '660fba76080f', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788716a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btr ax, 18', c: '660fbaf012', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, xf: 0x0, k: 0x1 },
  { n: 'btr word [rsi+8], 18', c: '660fba760812', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788396a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btr ax, 255', c: '660fbaf0ff', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, xf: 0x0, k: 0x1 },
  { n: 'btr word [rsi+8], 255', c: '660fba7608ff', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788716a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btr word [rsi+8], bx (offset 5)', c: '660fb35e08', r: { 3: '5555555555550005', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [7936, '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'btr word [rsi+8], bx (offset 100)', c: '660fb35e08', r: { 3: '5555555555550064', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8196, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [7936, '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'btr word [rsi+8], bx (offset -1)', c: '660fb35e08', r: { 3: '555555555555ffff', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8183, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [7936, '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'btr word [rsi+8], bx (offset -17)', c: '660fb35e08', r: { 3: '555555555555ffef', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8181, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [7936, '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'btr word [rsi+8], bx (offset 2047)', c: '660fb35e08', r: { 3: '55555555555507ff', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8439, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [7936, '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'btr word [rsi+8], bx (offset -2032)', c: '660fb35e08', r: { 3: '555555555555f810', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [7930, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x0, k: 0x1, xm: [7936, '69788796a5b4c3d2e1f0f0e1d2c3b4a59687000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'btr eax, ebx (offset 3)', c: '0fb3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '5555555500000003' }, x: { 0: 'a5a5a5a5' }, xf: 0x0, k: 0x1 },
  { n: 'btr eax, ebx (offset 31)', c: '0fb3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '555555550000001f' }, x: { 0: '25a5a5a5' }, xf: 0x1, k: 0x1 },
  { n: 'btr eax, ebx (offset 37)', c: '0fb3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '5555555500000025' }, x: { 0: 'a5a5a585' }, xf: 0x1, k: 0x1 },
  { n: 'btr eax, ebx (offset 200)', c: '0fb3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '55555555000000c8' }, x: { 0: 'a5a5a4a5' }, xf: 0x1, k: 0x1 },
  { n: 'btr eax, 1', c: '0fbaf001', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: '5a5a5a58' }, xf: 0x1, k: 0x1 },
  { n: 'btr dword [rsi+8], 1', c: '0fba760801', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788596a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btr eax, 31', c: '0fbaf01f', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: '5a5a5a5a' }, xf: 0x0, k: 0x1 },
  { n: 'btr dword [rsi+8], 31', c: '0fba76081f', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a534c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btr eax, 34', c: '0fbaf022', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: '5a5a5a5a' }, xf: 0x0, k: 0x1 },
  { n: 'btr dword [rsi+8], 34', c: '0fba760822', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788396a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btr eax, 255', c: '0fbaf0ff', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: '5a5a5a5a' }, xf: 0x0, k: 0x1 },
  { n: 'btr dword [rsi+8], 255', c: '0fba7608ff', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a534c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btr dword [rsi+8], ebx (offset 5)', c: '0fb35e08', r: { 3: '5555555500000005', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0d0e1d2c3b4a59687f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btr dword [rsi+8], ebx (offset 100)', c: '0fb35e08', r: { 3: '5555555500000064', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8196, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8188, '000000000f1e2d3c0f1e2d3c4b5a69788796a5b4c3d2e1f0e0e1d2c3b4a596873c2d1e0f000000000000000000000000'] },
  { n: 'btr dword [rsi+8], ebx (offset -1)', c: '0fb35e08', r: { 3: '55555555ffffffff', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8183, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8175, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f070e1d2c3b4a59687f0f0e1d2c3b4a5968778695a4b3c2d1e'] },
  { n: 'btr dword [rsi+8], ebx (offset -33)', c: '0fb35e08', r: { 3: '55555555ffffffdf', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8179, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8171, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f070e1d2c3b4a59687b4c3d2e1f0f0e1d2c3b4a5968778695a'] },
  { n: 'btr dword [rsi+8], ebx (offset 40000)', c: '0fb35e08', r: { 3: '5555555500009c40', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [13184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x0, k: 0x1, xm: [13176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968700000000000000000000000000000000'] },
  { n: 'btr dword [rsi+8], ebx (offset -40000)', c: '0fb35e08', r: { 3: '55555555ffff63c0', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [3184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x0, k: 0x1, xm: [3176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968700000000000000000000000000000000'] },
  { n: 'btr rax, rbx (offset 3)', c: '480fb3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '3' }, xf: 0x0, k: 0x1 },
  { n: 'btr rax, rbx (offset 63)', c: '480fb3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '3f' }, x: { 0: '25a5a5a5a5a5a5a5' }, xf: 0x1, k: 0x1 },
  { n: 'btr rax, rbx (offset 69)', c: '480fb3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '45' }, x: { 0: 'a5a5a5a5a5a5a585' }, xf: 0x1, k: 0x1 },
  { n: 'btr rax, rbx (offset 200)', c: '480fb3d8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: 'c8' }, x: { 0: 'a5a5a5a5a5a5a4a5' }, xf: 0x1, k: 0x1 },
  { n: 'btr rax, 1', c: '480fbaf001', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: '5a5a5a5a5a5a5a58' }, xf: 0x1, k: 0x1 },
  { n: 'btr qword [rsi+8], 1', c: '480fba760801', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788596a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btr rax, 63', c: '480fbaf03f', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, xf: 0x0, k: 0x1 },
  { n: 'btr qword [rsi+8], 63', c: '480fba76083f', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e170f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btr rax, 66', c: '480fbaf042', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, xf: 0x0, k: 0x1 },
  { n: 'btr qword [rsi+8], 66', c: '480fba760842', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788396a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btr rax, 255', c: '480fbaf0ff', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, xf: 0x0, k: 0x1 },
  { n: 'btr qword [rsi+8], 255', c: '480fba7608ff', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e170f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btr qword [rsi+8], rbx (offset 5)', c: '480fb35e08', r: { 3: '5', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0d0e1d2c3b4a59687f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btr qword [rsi+8], rbx (offset 100)', c: '480fb35e08', r: { 3: '64', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8196, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8188, '000000000f1e2d3c0f1e2d3c4b5a69788796a5b4c3d2e1f0e0e1d2c3b4a596873c2d1e0f000000000000000000000000'] },
  { n: 'btr qword [rsi+8], rbx (offset -1)', c: '480fb35e08', r: { 3: 'ffffffffffffffff', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8183, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8175, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f070e1d2c3b4a59687f0f0e1d2c3b4a5968778695a4b3c2d1e'] },
  { n: 'btr qword [rsi+8], rbx (offset -33)', c: '480fb35e08', r: { 3: 'ffffffffffffffdf', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8179, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8171, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f070e1d2c3b4a59687b4c3d2e1f0f0e1d2c3b4a5968778695a'] },
  { n: 'btr qword [rsi+8], rbx (offset 40000)', c: '480fb35e08', r: { 3: '9c40', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [13184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x0, k: 0x1, xm: [13176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968700000000000000000000000000000000'] },
  { n: 'btr qword [rsi+8], rbx (offset -40000)', c: '480fb35e08', r: { 3: 'ffffffffffff63c0', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [3184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x0, k: 0x1, xm: [3176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968700000000000000000000000000000000'] },
  { n: 'btc ax, bx (offset 3)', c: '660fbbd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '5555555555550003' }, x: { 0: 'a5a5a5a5a5a5a5ad' }, xf: 0x0, k: 0x1 },
  { n: 'btc ax, bx (offset 15)', c: '660fbbd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '555555555555000f' }, x: { 0: 'a5a5a5a5a5a525a5' }, xf: 0x1, k: 0x1 },
  { n: 'btc ax, bx (offset 21)', c: '660fbbd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '5555555555550015' }, x: { 0: 'a5a5a5a5a5a5a585' }, xf: 0x1, k: 0x1 },
  { n: 'btc ax, bx (offset 200)', c: '660fbbd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '55555555555500c8' }, x: { 0: 'a5a5a5a5a5a5a4a5' }, xf: 0x1, k: 0x1 },
  { n: 'btc ax, 1', c: '660fbaf801', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: '5a5a5a5a5a5a5a58' }, xf: 0x1, k: 0x1 },
  { n: 'btc word [rsi+8], 1', c: '660fba7e0801', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788596a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btc ax, 15', c: '660fbaf80f', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: '5a5a5a5a5a5ada5a' }, xf: 0x0, k: 0x1 },
  { n: 'btc word [rsi+8], 15', c: '660fba7e080f', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788716a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btc ax, 18', c: '660fbaf812', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: '5a5a5a5a5a5a5a5e' }, xf: 0x0, k: 0x1 },
  { n: 'btc word [rsi+8], 18', c: '660fba7e0812', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788396a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btc ax, 255', c: '660fbaf8ff', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: '5a5a5a5a5a5ada5a' }, xf: 0x0, k: 0x1 },
  { n: 'btc word [rsi+8], 255', c: '660fba7e08ff', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788716a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btc word [rsi+8], bx (offset 5)', c: '660fbb5e08', r: { 3: '5555555555550005', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [7936, '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'btc word [rsi+8], bx (offset 100)', c: '660fbb5e08', r: { 3: '5555555555550064', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8196, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [7936, '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'btc word [rsi+8], bx (offset -1)', c: '660fbb5e08', r: { 3: '555555555555ffff', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8183, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [7936, '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'btc word [rsi+8], bx (offset -17)', c: '660fbb5e08', r: { 3: '555555555555ffef', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8181, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [7936, '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'btc word [rsi+8], bx (offset 2047)', c: '660fbb5e08', r: { 3: '55555555555507ff', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8439, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [7936, '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'btc word [rsi+8], bx (offset -2032)', c: '660fbb5e08', r: { 3: '555555555555f810', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [7930, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x0, k: 0x1, xm: [7936, '69788796a5b4c3d2e1f0f1e1d2c3b4a59687000000000000000000000000000000000000000000000000000000000000'] },
  { n: 'btc eax, ebx (offset 3)', c: '0fbbd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '5555555500000003' }, x: { 0: 'a5a5a5ad' }, xf: 0x0, k: 0x1 },
  { n: 'btc eax, ebx (offset 31)', c: '0fbbd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '555555550000001f' }, x: { 0: '25a5a5a5' }, xf: 0x1, k: 0x1 },
  { n: 'btc eax, ebx (offset 37)', c: '0fbbd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '5555555500000025' }, x: { 0: 'a5a5a585' }, xf: 0x1, k: 0x1 },
  { n: 'btc eax, ebx (offset 200)', c: '0fbbd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '55555555000000c8' }, x: { 0: 'a5a5a4a5' }, xf: 0x1, k: 0x1 },
  { n: 'btc eax, 1', c: '0fbaf801', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: '5a5a5a58' }, xf: 0x1, k: 0x1 },
  { n: 'btc dword [rsi+8], 1', c: '0fba7e0801', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788596a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btc eax, 31', c: '0fbaf81f', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: 'da5a5a5a' }, xf: 0x0, k: 0x1 },
  { n: 'btc dword [rsi+8], 31', c: '0fba7e081f', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a534c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btc eax, 34', c: '0fbaf822', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: '5a5a5a5e' }, xf: 0x0, k: 0x1 },
  { n: 'btc dword [rsi+8], 34', c: '0fba7e0822', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788396a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btc eax, 255', c: '0fbaf8ff', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: 'da5a5a5a' }, xf: 0x0, k: 0x1 },
  { n: 'btc dword [rsi+8], 255', c: '0fba7e08ff', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a534c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btc dword [rsi+8], ebx (offset 5)', c: '0fbb5e08', r: { 3: '5555555500000005', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0d0e1d2c3b4a59687f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btc dword [rsi+8], ebx (offset 100)', c: '0fbb5e08', r: { 3: '5555555500000064', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8196, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8188, '000000000f1e2d3c0f1e2d3c4b5a69788796a5b4c3d2e1f0e0e1d2c3b4a596873c2d1e0f000000000000000000000000'] },
  { n: 'btc dword [rsi+8], ebx (offset -1)', c: '0fbb5e08', r: { 3: '55555555ffffffff', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8183, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8175, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f070e1d2c3b4a59687f0f0e1d2c3b4a5968778695a4b3c2d1e'] },
  { n: 'btc dword [rsi+8], ebx (offset -33)', c: '0fbb5e08', r: { 3: '55555555ffffffdf', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8179, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8171, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f070e1d2c3b4a59687b4c3d2e1f0f0e1d2c3b4a5968778695a'] },
  { n: 'btc dword [rsi+8], ebx (offset 40000)', c: '0fbb5e08', r: { 3: '5555555500009c40', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [13184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x0, k: 0x1, xm: [13176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f1e1d2c3b4a5968700000000000000000000000000000000'] },
  { n: 'btc dword [rsi+8], ebx (offset -40000)', c: '0fbb5e08', r: { 3: '55555555ffff63c0', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [3184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x0, k: 0x1, xm: [3176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f1e1d2c3b4a5968700000000000000000000000000000000'] },
  { n: 'btc rax, rbx (offset 3)', c: '480fbbd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '3' }, x: { 0: 'a5a5a5a5a5a5a5ad' }, xf: 0x0, k: 0x1 },
  { n: 'btc rax, rbx (offset 63)', c: '480fbbd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '3f' }, x: { 0: '25a5a5a5a5a5a5a5' }, xf: 0x1, k: 0x1 },
  { n: 'btc rax, rbx (offset 69)', c: '480fbbd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: '45' }, x: { 0: 'a5a5a5a5a5a5a585' }, xf: 0x1, k: 0x1 },
  { n: 'btc rax, rbx (offset 200)', c: '480fbbd8', r: { 0: 'a5a5a5a5a5a5a5a5', 3: 'c8' }, x: { 0: 'a5a5a5a5a5a5a4a5' }, xf: 0x1, k: 0x1 },
  { n: 'btc rax, 1', c: '480fbaf801', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: '5a5a5a5a5a5a5a58' }, xf: 0x1, k: 0x1 },
  { n: 'btc qword [rsi+8], 1', c: '480fba7e0801', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788596a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btc rax, 63', c: '480fbaf83f', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: 'da5a5a5a5a5a5a5a' }, xf: 0x0, k: 0x1 },
  { n: 'btc qword [rsi+8], 63', c: '480fba7e083f', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e170f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btc rax, 66', c: '480fbaf842', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: '5a5a5a5a5a5a5a5e' }, xf: 0x0, k: 0x1 },
  { n: 'btc qword [rsi+8], 66', c: '480fba7e0842', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788396a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btc rax, 255', c: '480fbaf8ff', r: { 0: '5a5a5a5a5a5a5a5a' }, f: 0x203, x: { 0: 'da5a5a5a5a5a5a5a' }, xf: 0x0, k: 0x1 },
  { n: 'btc qword [rsi+8], 255', c: '480fba7e08ff', r: { 6: '602000' }, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f']], xf: 0x1, k: 0x1, xm: [8192, '0f1e2d3c4b5a69788796a5b4c3d2e170f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btc qword [rsi+8], rbx (offset 5)', c: '480fbb5e08', r: { 3: '5', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0d0e1d2c3b4a59687f0e1d2c3b4a5968778695a4b3c2d1e0f'] },
  { n: 'btc qword [rsi+8], rbx (offset 100)', c: '480fbb5e08', r: { 3: '64', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8196, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8188, '000000000f1e2d3c0f1e2d3c4b5a69788796a5b4c3d2e1f0e0e1d2c3b4a596873c2d1e0f000000000000000000000000'] },
  { n: 'btc qword [rsi+8], rbx (offset -1)', c: '480fbb5e08', r: { 3: 'ffffffffffffffff', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8183, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8175, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f070e1d2c3b4a59687f0f0e1d2c3b4a5968778695a4b3c2d1e'] },
  { n: 'btc qword [rsi+8], rbx (offset -33)', c: '480fbb5e08', r: { 3: 'ffffffffffffffdf', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [8179, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x1, k: 0x1, xm: [8171, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f070e1d2c3b4a59687b4c3d2e1f0f0e1d2c3b4a5968778695a'] },
  { n: 'btc qword [rsi+8], rbx (offset 40000)', c: '480fbb5e08', r: { 3: '9c40', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [13184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x0, k: 0x1, xm: [13176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f1e1d2c3b4a5968700000000000000000000000000000000'] },
  { n: 'btc qword [rsi+8], rbx (offset -40000)', c: '480fbb5e08', r: { 3: 'ffffffffffff63c0', 6: '602000' }, f: 0xad6, m: [[8192, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a5968778695a4b3c2d1e0f'], [3184, '0f1e2d3c4b5a69788796a5b4c3d2e1f0f0e1d2c3b4a59687']], xf: 0x0, k: 0x1, xm: [3176, '00000000000000000f1e2d3c4b5a69788796a5b4c3d2e1f0f1e1d2c3b4a5968700000000000000000000000000000000'] },
  { n: 'bt qword [rsi], rbx (offset far below: page fault) → #PF', c: '480fa31e', r: { 3: 'ffffffffffff8000', 6: '600000' }, xf: 0x0, xv: 14, xr: 0 },
  { n: 'bts dword [ro], 3 → #PF', c: '0fba2e03', r: { 6: '600000' }, ro: [0], xf: 0x0, xv: 14, xr: 0 },
  { n: 'bsf cx, bx (1)', c: '660fbccb', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa0001', 6: '600000' }, x: { 1: '5555555555550000' }, xf: 0x4 },
  { n: 'bsf cx, word ptr [rsi] (8000)', c: '660fbc0e', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa8000', 6: '600000' }, f: 0xad7, m: [[0, '0080000000000000']], x: { 1: '555555555555000f' }, xf: 0x4 },
  { n: 'bsf cx, bx (f0)', c: '660fbccb', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa00f0', 6: '600000' }, f: 0xad7, x: { 1: '5555555555550004' }, xf: 0x0 },
  { n: 'bsf cx, word ptr [rsi] (1000)', c: '660fbc0e', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa1000', 6: '600000' }, m: [[0, '0010000000000000']], x: { 1: '555555555555000c' }, xf: 0x4 },
  { n: 'bsf cx, bx (ffff)', c: '660fbccb', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaaffff', 6: '600000' }, f: 0xad7, x: { 1: '5555555555550000' }, xf: 0x4 },
  { n: 'bsf cx, word ptr [rsi] (5a5a)', c: '660fbc0e', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa5a5a', 6: '600000' }, f: 0xad7, m: [[0, '5a5a000000000000']], x: { 1: '5555555555550001' }, xf: 0x0 },
  { n: 'bsf cx, bx (0)', c: '660fbccb', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa0000', 6: '600000' }, xf: 0x40, k: 0x40 },
  { n: 'bsf ecx, ebx (1)', c: '0fbccb', r: { 1: '5555555555555555', 3: 'aaaaaaaa00000001', 6: '600000' }, x: { 1: '0' }, xf: 0x4 },
  { n: 'bsf ecx, dword ptr [rsi] (80000000)', c: '0fbc0e', r: { 1: '5555555555555555', 3: 'aaaaaaaa80000000', 6: '600000' }, f: 0xad7, m: [[0, '0000008000000000']], x: { 1: '1f' }, xf: 0x0 },
  { n: 'bsf ecx, ebx (f0)', c: '0fbccb', r: { 1: '5555555555555555', 3: 'aaaaaaaa000000f0', 6: '600000' }, f: 0xad7, x: { 1: '4' }, xf: 0x0 },
  { n: 'bsf ecx, dword ptr [rsi] (1000)', c: '0fbc0e', r: { 1: '5555555555555555', 3: 'aaaaaaaa00001000', 6: '600000' }, m: [[0, '0010000000000000']], x: { 1: 'c' }, xf: 0x4 },
  { n: 'bsf ecx, ebx (ffffffff)', c: '0fbccb', r: { 1: '5555555555555555', 3: 'aaaaaaaaffffffff', 6: '600000' }, f: 0xad7, x: { 1: '0' }, xf: 0x4 },
  { n: 'bsf ecx, dword ptr [rsi] (5a5a5a5a)', c: '0fbc0e', r: { 1: '5555555555555555', 3: 'aaaaaaaa5a5a5a5a', 6: '600000' }, f: 0xad7, m: [[0, '5a5a5a5a00000000']], x: { 1: '1' }, xf: 0x0 },
  { n: 'bsf rcx, rbx (1)', c: '480fbccb', r: { 1: '5555555555555555', 3: '1', 6: '600000' }, x: { 1: '0' }, xf: 0x4 },
  { n: 'bsf rcx, qword ptr [rsi] (8000000000000000)', c: '480fbc0e', r: { 1: '5555555555555555', 3: '8000000000000000', 6: '600000' }, f: 0xad7, m: [[0, '0000000000000080']], x: { 1: '3f' }, xf: 0x4 },
  { n: 'bsf rcx, rbx (f0)', c: '480fbccb', r: { 1: '5555555555555555', 3: 'f0', 6: '600000' }, f: 0xad7, x: { 1: '4' }, xf: 0x0 },
  { n: 'bsf rcx, qword ptr [rsi] (1000)', c: '480fbc0e', r: { 1: '5555555555555555', 3: '1000', 6: '600000' }, m: [[0, '0010000000000000']], x: { 1: 'c' }, xf: 0x4 },
  { n: 'bsf rcx, rbx (ffffffffffffffff)', c: '480fbccb', r: { 1: '5555555555555555', 3: 'ffffffffffffffff', 6: '600000' }, f: 0xad7, x: { 1: '0' }, xf: 0x4 },
  { n: 'bsf rcx, qword ptr [rsi] (5a5a5a5a5a5a5a5a)', c: '480fbc0e', r: { 1: '5555555555555555', 3: '5a5a5a5a5a5a5a5a', 6: '600000' }, f: 0xad7, m: [[0, '5a5a5a5a5a5a5a5a']], x: { 1: '1' }, xf: 0x0 },
  { n: 'bsf rcx, rbx (0)', c: '480fbccb', r: { 1: '5555555555555555', 6: '600000' }, xf: 0x40, k: 0x40 },
  { n: 'bsr cx, bx (1)', c: '660fbdcb', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa0001', 6: '600000' }, x: { 1: '5555555555550000' }, xf: 0x4 },
  { n: 'bsr cx, word ptr [rsi] (8000)', c: '660fbd0e', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa8000', 6: '600000' }, f: 0xad7, m: [[0, '0080000000000000']], x: { 1: '555555555555000f' }, xf: 0x4 },
  { n: 'bsr cx, bx (f0)', c: '660fbdcb', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa00f0', 6: '600000' }, f: 0xad7, x: { 1: '5555555555550007' }, xf: 0x0 },
  { n: 'bsr cx, word ptr [rsi] (1000)', c: '660fbd0e', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa1000', 6: '600000' }, m: [[0, '0010000000000000']], x: { 1: '555555555555000c' }, xf: 0x4 },
  { n: 'bsr cx, bx (ffff)', c: '660fbdcb', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaaffff', 6: '600000' }, f: 0xad7, x: { 1: '555555555555000f' }, xf: 0x4 },
  { n: 'bsr cx, word ptr [rsi] (5a5a)', c: '660fbd0e', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa5a5a', 6: '600000' }, f: 0xad7, m: [[0, '5a5a000000000000']], x: { 1: '555555555555000e' }, xf: 0x0 },
  { n: 'bsr cx, bx (0)', c: '660fbdcb', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa0000', 6: '600000' }, xf: 0x40, k: 0x40 },
  { n: 'bsr ecx, ebx (1)', c: '0fbdcb', r: { 1: '5555555555555555', 3: 'aaaaaaaa00000001', 6: '600000' }, x: { 1: '0' }, xf: 0x4 },
  { n: 'bsr ecx, dword ptr [rsi] (80000000)', c: '0fbd0e', r: { 1: '5555555555555555', 3: 'aaaaaaaa80000000', 6: '600000' }, f: 0xad7, m: [[0, '0000008000000000']], x: { 1: '1f' }, xf: 0x0 },
  { n: 'bsr ecx, ebx (f0)', c: '0fbdcb', r: { 1: '5555555555555555', 3: 'aaaaaaaa000000f0', 6: '600000' }, f: 0xad7, x: { 1: '7' }, xf: 0x0 },
  { n: 'bsr ecx, dword ptr [rsi] (1000)', c: '0fbd0e', r: { 1: '5555555555555555', 3: 'aaaaaaaa00001000', 6: '600000' }, m: [[0, '0010000000000000']], x: { 1: 'c' }, xf: 0x4 },
  { n: 'bsr ecx, ebx (ffffffff)', c: '0fbdcb', r: { 1: '5555555555555555', 3: 'aaaaaaaaffffffff', 6: '600000' }, f: 0xad7, x: { 1: '1f' }, xf: 0x0 },
  { n: 'bsr ecx, dword ptr [rsi] (5a5a5a5a)', c: '0fbd0e', r: { 1: '5555555555555555', 3: 'aaaaaaaa5a5a5a5a', 6: '600000' }, f: 0xad7, m: [[0, '5a5a5a5a00000000']], x: { 1: '1e' }, xf: 0x4 },
  { n: 'bsr rcx, rbx (1)', c: '480fbdcb', r: { 1: '5555555555555555', 3: '1', 6: '600000' }, x: { 1: '0' }, xf: 0x4 },
  { n: 'bsr rcx, qword ptr [rsi] (8000000000000000)', c: '480fbd0e', r: { 1: '5555555555555555', 3: '8000000000000000', 6: '600000' }, f: 0xad7, m: [[0, '0000000000000080']], x: { 1: '3f' }, xf: 0x4 },
  { n: 'bsr rcx, rbx (f0)', c: '480fbdcb', r: { 1: '5555555555555555', 3: 'f0', 6: '600000' }, f: 0xad7, x: { 1: '7' }, xf: 0x0 },
  { n: 'bsr rcx, qword ptr [rsi] (1000)', c: '480fbd0e', r: { 1: '5555555555555555', 3: '1000', 6: '600000' }, m: [[0, '0010000000000000']], x: { 1: 'c' }, xf: 0x4 },
  { n: 'bsr rcx, rbx (ffffffffffffffff)', c: '480fbdcb', r: { 1: '5555555555555555', 3: 'ffffffffffffffff', 6: '600000' }, f: 0xad7, x: { 1: '3f' }, xf: 0x4 },
  { n: 'bsr rcx, qword ptr [rsi] (5a5a5a5a5a5a5a5a)', c: '480fbd0e', r: { 1: '5555555555555555', 3: '5a5a5a5a5a5a5a5a', 6: '600000' }, f: 0xad7, m: [[0, '5a5a5a5a5a5a5a5a']], x: { 1: '3e' }, xf: 0x0 },
  { n: 'bsr rcx, rbx (0)', c: '480fbdcb', r: { 1: '5555555555555555', 6: '600000' }, xf: 0x40, k: 0x40 },
  { n: 'tzcnt cx, bx (1)', c: '66f30fbccb', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa0001', 6: '600000' }, x: { 1: '5555555555550000' }, xf: 0x40, k: 0x41 },
  { n: 'tzcnt cx, word ptr [rsi] (8000)', c: '66f30fbc0e', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa8000', 6: '600000' }, f: 0xad7, m: [[0, '0080000000000000']], x: { 1: '555555555555000f' }, xf: 0x0, k: 0x41 },
  { n: 'tzcnt cx, bx (f0)', c: '66f30fbccb', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa00f0', 6: '600000' }, f: 0xad7, x: { 1: '5555555555550004' }, xf: 0x0, k: 0x41 },
  { n: 'tzcnt cx, word ptr [rsi] (1000)', c: '66f30fbc0e', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa1000', 6: '600000' }, m: [[0, '0010000000000000']], x: { 1: '555555555555000c' }, xf: 0x0, k: 0x41 },
  { n: 'tzcnt cx, bx (ffff)', c: '66f30fbccb', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaaffff', 6: '600000' }, f: 0xad7, x: { 1: '5555555555550000' }, xf: 0x40, k: 0x41 },
  { n: 'tzcnt cx, word ptr [rsi] (5a5a)', c: '66f30fbc0e', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa5a5a', 6: '600000' }, f: 0xad7, m: [[0, '5a5a000000000000']], x: { 1: '5555555555550001' }, xf: 0x0, k: 0x41 },
  { n: 'tzcnt cx, bx (0)', c: '66f30fbccb', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa0000', 6: '600000' }, x: { 1: '5555555555550010' }, xf: 0x1, k: 0x41 },
  { n: 'tzcnt ecx, ebx (1)', c: 'f30fbccb', r: { 1: '5555555555555555', 3: 'aaaaaaaa00000001', 6: '600000' }, x: { 1: '0' }, xf: 0x40, k: 0x41 },
  { n: 'tzcnt ecx, dword ptr [rsi] (80000000)', c: 'f30fbc0e', r: { 1: '5555555555555555', 3: 'aaaaaaaa80000000', 6: '600000' }, f: 0xad7, m: [[0, '0000008000000000']], x: { 1: '1f' }, xf: 0x0, k: 0x41 },
  { n: 'tzcnt ecx, ebx (f0)', c: 'f30fbccb', r: { 1: '5555555555555555', 3: 'aaaaaaaa000000f0', 6: '600000' }, f: 0xad7, x: { 1: '4' }, xf: 0x0, k: 0x41 },
  { n: 'tzcnt ecx, dword ptr [rsi] (1000)', c: 'f30fbc0e', r: { 1: '5555555555555555', 3: 'aaaaaaaa00001000', 6: '600000' }, m: [[0, '0010000000000000']], x: { 1: 'c' }, xf: 0x0, k: 0x41 },
  { n: 'tzcnt ecx, ebx (ffffffff)', c: 'f30fbccb', r: { 1: '5555555555555555', 3: 'aaaaaaaaffffffff', 6: '600000' }, f: 0xad7, x: { 1: '0' }, xf: 0x40, k: 0x41 },
  { n: 'tzcnt ecx, dword ptr [rsi] (5a5a5a5a)', c: 'f30fbc0e', r: { 1: '5555555555555555', 3: 'aaaaaaaa5a5a5a5a', 6: '600000' }, f: 0xad7, m: [[0, '5a5a5a5a00000000']], x: { 1: '1' }, xf: 0x0, k: 0x41 },
  { n: 'tzcnt ecx, ebx (0)', c: 'f30fbccb', r: { 1: '5555555555555555', 3: 'aaaaaaaa00000000', 6: '600000' }, x: { 1: '20' }, xf: 0x1, k: 0x41 },
  { n: 'tzcnt rcx, rbx (1)', c: 'f3480fbccb', r: { 1: '5555555555555555', 3: '1', 6: '600000' }, x: { 1: '0' }, xf: 0x40, k: 0x41 },
  { n: 'tzcnt rcx, qword ptr [rsi] (8000000000000000)', c: 'f3480fbc0e', r: { 1: '5555555555555555', 3: '8000000000000000', 6: '600000' }, f: 0xad7, m: [[0, '0000000000000080']], x: { 1: '3f' }, xf: 0x0, k: 0x41 },
  { n: 'tzcnt rcx, rbx (f0)', c: 'f3480fbccb', r: { 1: '5555555555555555', 3: 'f0', 6: '600000' }, f: 0xad7, x: { 1: '4' }, xf: 0x0, k: 0x41 },
  { n: 'tzcnt rcx, qword ptr [rsi] (1000)', c: 'f3480fbc0e', r: { 1: '5555555555555555', 3: '1000', 6: '600000' }, m: [[0, '0010000000000000']], x: { 1: 'c' }, xf: 0x0, k: 0x41 },
  { n: 'tzcnt rcx, rbx (ffffffffffffffff)', c: 'f3480fbccb', r: { 1: '5555555555555555', 3: 'ffffffffffffffff', 6: '600000' }, f: 0xad7, x: { 1: '0' }, xf: 0x40, k: 0x41 },
  { n: 'tzcnt rcx, qword ptr [rsi] (5a5a5a5a5a5a5a5a)', c: 'f3480fbc0e', r: { 1: '5555555555555555', 3: '5a5a5a5a5a5a5a5a', 6: '600000' }, f: 0xad7, m: [[0, '5a5a5a5a5a5a5a5a']], x: { 1: '1' }, xf: 0x0, k: 0x41 },
  { n: 'tzcnt rcx, rbx (0)', c: 'f3480fbccb', r: { 1: '5555555555555555', 6: '600000' }, x: { 1: '40' }, xf: 0x1, k: 0x41 },
  { n: 'lzcnt cx, bx (1)', c: '66f30fbdcb', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa0001', 6: '600000' }, x: { 1: '555555555555000f' }, xf: 0x0, k: 0x41 },
  { n: 'lzcnt cx, word ptr [rsi] (8000)', c: '66f30fbd0e', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa8000', 6: '600000' }, f: 0xad7, m: [[0, '0080000000000000']], x: { 1: '5555555555550000' }, xf: 0x40, k: 0x41 },
  { n: 'lzcnt cx, bx (f0)', c: '66f30fbdcb', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa00f0', 6: '600000' }, f: 0xad7, x: { 1: '5555555555550008' }, xf: 0x0, k: 0x41 },
  { n: 'lzcnt cx, word ptr [rsi] (1000)', c: '66f30fbd0e', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa1000', 6: '600000' }, m: [[0, '0010000000000000']], x: { 1: '5555555555550003' }, xf: 0x0, k: 0x41 },
  { n: 'lzcnt cx, bx (ffff)', c: '66f30fbdcb', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaaffff', 6: '600000' }, f: 0xad7, x: { 1: '5555555555550000' }, xf: 0x40, k: 0x41 },
  { n: 'lzcnt cx, word ptr [rsi] (5a5a)', c: '66f30fbd0e', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa5a5a', 6: '600000' }, f: 0xad7, m: [[0, '5a5a000000000000']], x: { 1: '5555555555550001' }, xf: 0x0, k: 0x41 },
  { n: 'lzcnt cx, bx (0)', c: '66f30fbdcb', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa0000', 6: '600000' }, x: { 1: '5555555555550010' }, xf: 0x1, k: 0x41 },
  { n: 'lzcnt ecx, ebx (1)', c: 'f30fbdcb', r: { 1: '5555555555555555', 3: 'aaaaaaaa00000001', 6: '600000' }, x: { 1: '1f' }, xf: 0x0, k: 0x41 },
  { n: 'lzcnt ecx, dword ptr [rsi] (80000000)', c: 'f30fbd0e', r: { 1: '5555555555555555', 3: 'aaaaaaaa80000000', 6: '600000' }, f: 0xad7, m: [[0, '0000008000000000']], x: { 1: '0' }, xf: 0x40, k: 0x41 },
  { n: 'lzcnt ecx, ebx (f0)', c: 'f30fbdcb', r: { 1: '5555555555555555', 3: 'aaaaaaaa000000f0', 6: '600000' }, f: 0xad7, x: { 1: '18' }, xf: 0x0, k: 0x41 },
  { n: 'lzcnt ecx, dword ptr [rsi] (1000)', c: 'f30fbd0e', r: { 1: '5555555555555555', 3: 'aaaaaaaa00001000', 6: '600000' }, m: [[0, '0010000000000000']], x: { 1: '13' }, xf: 0x0, k: 0x41 },
  { n: 'lzcnt ecx, ebx (ffffffff)', c: 'f30fbdcb', r: { 1: '5555555555555555', 3: 'aaaaaaaaffffffff', 6: '600000' }, f: 0xad7, x: { 1: '0' }, xf: 0x40, k: 0x41 },
  { n: 'lzcnt ecx, dword ptr [rsi] (5a5a5a5a)', c: 'f30fbd0e', r: { 1: '5555555555555555', 3: 'aaaaaaaa5a5a5a5a', 6: '600000' }, f: 0xad7, m: [[0, '5a5a5a5a00000000']], x: { 1: '1' }, xf: 0x0, k: 0x41 },
  { n: 'lzcnt ecx, ebx (0)', c: 'f30fbdcb', r: { 1: '5555555555555555', 3: 'aaaaaaaa00000000', 6: '600000' }, x: { 1: '20' }, xf: 0x1, k: 0x41 },
  { n: 'lzcnt rcx, rbx (1)', c: 'f3480fbdcb', r: { 1: '5555555555555555', 3: '1', 6: '600000' }, x: { 1: '3f' }, xf: 0x0, k: 0x41 },
  { n: 'lzcnt rcx, qword ptr [rsi] (8000000000000000)', c: 'f3480fbd0e', r: { 1: '5555555555555555', 3: '8000000000000000', 6: '600000' }, f: 0xad7, m: [[0, '0000000000000080']], x: { 1: '0' }, xf: 0x40, k: 0x41 },
  { n: 'lzcnt rcx, rbx (f0)', c: 'f3480fbdcb', r: { 1: '5555555555555555', 3: 'f0', 6: '600000' }, f: 0xad7, x: { 1: '38' }, xf: 0x0, k: 0x41 },
  { n: 'lzcnt rcx, qword ptr [rsi] (1000)', c: 'f3480fbd0e', r: { 1: '5555555555555555', 3: '1000', 6: '600000' }, m: [[0, '0010000000000000']], x: { 1: '33' }, xf: 0x0, k: 0x41 },
  { n: 'lzcnt rcx, rbx (ffffffffffffffff)', c: 'f3480fbdcb', r: { 1: '5555555555555555', 3: 'ffffffffffffffff', 6: '600000' }, f: 0xad7, x: { 1: '0' }, xf: 0x40, k: 0x41 },
  { n: 'lzcnt rcx, qword ptr [rsi] (5a5a5a5a5a5a5a5a)', c: 'f3480fbd0e', r: { 1: '5555555555555555', 3: '5a5a5a5a5a5a5a5a', 6: '600000' }, f: 0xad7, m: [[0, '5a5a5a5a5a5a5a5a']], x: { 1: '1' }, xf: 0x0, k: 0x41 },
  { n: 'lzcnt rcx, rbx (0)', c: 'f3480fbdcb', r: { 1: '5555555555555555', 6: '600000' }, x: { 1: '40' }, xf: 0x1, k: 0x41 },
  { n: 'popcnt cx, bx (1)', c: '66f30fb8cb', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa0001', 6: '600000' }, x: { 1: '5555555555550001' }, xf: 0x0, k: 0xcd5 },
  { n: 'popcnt cx, word ptr [rsi] (8000)', c: '66f30fb80e', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa8000', 6: '600000' }, f: 0xad7, m: [[0, '0080000000000000']], x: { 1: '5555555555550001' }, xf: 0x0, k: 0xcd5 },
  { n: 'popcnt cx, bx (f0)', c: '66f30fb8cb', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa00f0', 6: '600000' }, f: 0xad7, x: { 1: '5555555555550004' }, xf: 0x0, k: 0xcd5 },
  { n: 'popcnt cx, word ptr [rsi] (1000)', c: '66f30fb80e', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa1000', 6: '600000' }, m: [[0, '0010000000000000']], x: { 1: '5555555555550001' }, xf: 0x0, k: 0xcd5 },
  { n: 'popcnt cx, bx (ffff)', c: '66f30fb8cb', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaaffff', 6: '600000' }, f: 0xad7, x: { 1: '5555555555550010' }, xf: 0x0, k: 0xcd5 },
  { n: 'popcnt cx, word ptr [rsi] (5a5a)', c: '66f30fb80e', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa5a5a', 6: '600000' }, f: 0xad7, m: [[0, '5a5a000000000000']], x: { 1: '5555555555550008' }, xf: 0x0, k: 0xcd5 },
  { n: 'popcnt cx, bx (0)', c: '66f30fb8cb', r: { 1: '5555555555555555', 3: 'aaaaaaaaaaaa0000', 6: '600000' }, x: { 1: '5555555555550000' }, xf: 0x40, k: 0xcd5 },
  { n: 'popcnt ecx, ebx (1)', c: 'f30fb8cb', r: { 1: '5555555555555555', 3: 'aaaaaaaa00000001', 6: '600000' }, x: { 1: '1' }, xf: 0x0, k: 0xcd5 },
  { n: 'popcnt ecx, dword ptr [rsi] (80000000)', c: 'f30fb80e', r: { 1: '5555555555555555', 3: 'aaaaaaaa80000000', 6: '600000' }, f: 0xad7, m: [[0, '0000008000000000']], x: { 1: '1' }, xf: 0x0, k: 0xcd5 },
  { n: 'popcnt ecx, ebx (f0)', c: 'f30fb8cb', r: { 1: '5555555555555555', 3: 'aaaaaaaa000000f0', 6: '600000' }, f: 0xad7, x: { 1: '4' }, xf: 0x0, k: 0xcd5 },
  { n: 'popcnt ecx, dword ptr [rsi] (1000)', c: 'f30fb80e', r: { 1: '5555555555555555', 3: 'aaaaaaaa00001000', 6: '600000' }, m: [[0, '0010000000000000']], x: { 1: '1' }, xf: 0x0, k: 0xcd5 },
  { n: 'popcnt ecx, ebx (ffffffff)', c: 'f30fb8cb', r: { 1: '5555555555555555', 3: 'aaaaaaaaffffffff', 6: '600000' }, f: 0xad7, x: { 1: '20' }, xf: 0x0, k: 0xcd5 },
  { n: 'popcnt ecx, dword ptr [rsi] (5a5a5a5a)', c: 'f30fb80e', r: { 1: '5555555555555555', 3: 'aaaaaaaa5a5a5a5a', 6: '600000' }, f: 0xad7, m: [[0, '5a5a5a5a00000000']], x: { 1: '10' }, xf: 0x0, k: 0xcd5 },
  { n: 'popcnt ecx, ebx (0)', c: 'f30fb8cb', r: { 1: '5555555555555555', 3: 'aaaaaaaa00000000', 6: '600000' }, x: { 1: '0' }, xf: 0x40, k: 0xcd5 },
  { n: 'popcnt rcx, rbx (1)', c: 'f3480fb8cb', r: { 1: '5555555555555555', 3: '1', 6: '600000' }, x: { 1: '1' }, xf: 0x0, k: 0xcd5 },
  { n: 'popcnt rcx, qword ptr [rsi] (8000000000000000)', c: 'f3480fb80e', r: { 1: '5555555555555555', 3: '8000000000000000', 6: '600000' }, f: 0xad7, m: [[0, '0000000000000080']], x: { 1: '1' }, xf: 0x0, k: 0xcd5 },
  { n: 'popcnt rcx, rbx (f0)', c: 'f3480fb8cb', r: { 1: '5555555555555555', 3: 'f0', 6: '600000' }, f: 0xad7, x: { 1: '4' }, xf: 0x0, k: 0xcd5 },
  { n: 'popcnt rcx, qword ptr [rsi] (1000)', c: 'f3480fb80e', r: { 1: '5555555555555555', 3: '1000', 6: '600000' }, m: [[0, '0010000000000000']], x: { 1: '1' }, xf: 0x0, k: 0xcd5 },
  { n: 'popcnt rcx, rbx (ffffffffffffffff)', c: 'f3480fb8cb', r: { 1: '5555555555555555', 3: 'ffffffffffffffff', 6: '600000' }, f: 0xad7, x: { 1: '40' }, xf: 0x0, k: 0xcd5 },
  { n: 'popcnt rcx, qword ptr [rsi] (5a5a5a5a5a5a5a5a)', c: 'f3480fb80e', r: { 1: '5555555555555555', 3: '5a5a5a5a5a5a5a5a', 6: '600000' }, f: 0xad7, m: [[0, '5a5a5a5a5a5a5a5a']], x: { 1: '20' }, xf: 0x0, k: 0xcd5 },
  { n: 'popcnt rcx, rbx (0)', c: 'f3480fb8cb', r: { 1: '5555555555555555', 6: '600000' }, x: { 1: '0' }, xf: 0x40, k: 0xcd5 },
  { n: 'bswap eax', c: '0fc8', r: { 0: '1122334455667788', 9: '8899aabbccddeeff', 10: '8899aabbccddeeff' }, x: { 0: '88776655' }, xf: 0x0 },
  { n: 'bswap rax', c: '480fc8', r: { 0: '1122334455667788', 9: '8899aabbccddeeff', 10: '8899aabbccddeeff' }, x: { 0: '8877665544332211' }, xf: 0x0 },
  { n: 'bswap r9', c: '490fc9', r: { 0: '1122334455667788', 9: '8899aabbccddeeff', 10: '8899aabbccddeeff' }, x: { 9: 'ffeeddccbbaa9988' }, xf: 0x0 },
  { n: 'bswap r10d', c: '410fca', r: { 0: '1122334455667788', 9: '8899aabbccddeeff', 10: '8899aabbccddeeff' }, x: { 10: 'ffeeddcc' }, xf: 0x0 },
  { n: 'bswap ax (66 0F C8)', c: '660fc8', r: { 0: '1122334455667788', 9: '8899aabbccddeeff', 10: '8899aabbccddeeff' }, x: { 0: '1122334455660000' }, xf: 0x0 },
  { n: 'bswap r9w (66 41 0F C9)', c: '66410fc9', r: { 0: '1122334455667788', 9: '8899aabbccddeeff', 10: '8899aabbccddeeff' }, x: { 9: '8899aabbccdd0000' }, xf: 0x0 },
  { n: 'xadd cl, bl', c: '0fc0d9', r: { 1: '5555555555555501', 3: '5555555555555502' }, x: { 1: '5555555555555503', 3: '5555555555555501' }, xf: 0x4, k: 0xcd5 },
  { n: 'xadd byte [rsi], bl', c: '0fc01e', r: { 3: '5555555555555502', 6: '600000' }, m: [[0, '0177000000000000']], x: { 3: '5555555555555501' }, xf: 0x4, k: 0xcd5, xm: [0, '03770000000000000000000000000000'] },
  { n: 'xadd cl, bl', c: '0fc0d9', r: { 1: '55555555555555ff', 3: '5555555555555501' }, x: { 1: '5555555555555500', 3: '55555555555555ff' }, xf: 0x55, k: 0xcd5 },
  { n: 'xadd byte [rsi], bl', c: '0fc01e', r: { 3: '5555555555555501', 6: '600000' }, m: [[0, 'ff77000000000000']], x: { 3: '55555555555555ff' }, xf: 0x55, k: 0xcd5, xm: [0, '00770000000000000000000000000000'] },
  { n: 'xadd cl, bl', c: '0fc0d9', r: { 1: '555555555555557f', 3: '5555555555555501' }, x: { 1: '5555555555555580', 3: '555555555555557f' }, xf: 0x890, k: 0xcd5 },
  { n: 'xadd byte [rsi], bl', c: '0fc01e', r: { 3: '5555555555555501', 6: '600000' }, m: [[0, '7f77000000000000']], x: { 3: '555555555555557f' }, xf: 0x890, k: 0xcd5, xm: [0, '80770000000000000000000000000000'] },
  { n: 'xadd bl, bl (same register)', c: '0fc0db', r: { 3: '1234567890abcdef' }, x: { 3: '1234567890abcdde' }, xf: 0x95, k: 0xcd5 },
  { n: 'cmpxchg cl, bl (equal)', c: '0fb0d9', r: { 0: '11111111000000ef', 1: '22222222000000ef', 3: '3333333333333333' }, x: { 1: '2222222200000033' }, xf: 0x44, k: 0xcd5 },
  { n: 'cmpxchg byte [rsi], bl (equal)', c: '0fb01e', r: { 0: '11111111000000ef', 3: '3333333333333333', 6: '600000' }, m: [[0, 'ef00000000000000']], xf: 0x44, k: 0xcd5, xm: [0, '33000000000000000000000000000000'] },
  { n: 'cmpxchg byte [ro], bl (equal) → #PF', c: '0fb01e', r: { 0: '11111111000000ef', 3: '3333333333333333', 6: '600000' }, m: [[0, 'ef00000000000000']], ro: [0], xf: 0x0, k: 0xcd5, xv: 14, xr: 0 },
  { n: 'cmpxchg cl, bl (not equal)', c: '0fb0d9', r: { 0: '11111111000000ee', 1: '22222222000000ef', 3: '3333333333333333' }, x: { 0: '11111111000000ef' }, xf: 0x95, k: 0xcd5 },
  { n: 'cmpxchg byte [rsi], bl (not equal)', c: '0fb01e', r: { 0: '11111111000000ee', 3: '3333333333333333', 6: '600000' }, m: [[0, 'ef00000000000000']], x: { 0: '11111111000000ef' }, xf: 0x95, k: 0xcd5, xm: [0, 'ef000000000000000000000000000000'] },
  { n: 'cmpxchg byte [ro], bl (not equal) → #PF', c: '0fb01e', r: { 0: '11111111000000ee', 3: '3333333333333333', 6: '600000' }, m: [[0, 'ef00000000000000']], ro: [0], xf: 0x0, k: 0xcd5, xv: 14, xr: 0 },
  { n: 'xadd cx, bx', c: '660fc1d9', r: { 1: '5555555555550001', 3: '5555555555550002' }, x: { 1: '5555555555550003', 3: '5555555555550001' }, xf: 0x4, k: 0xcd5 },
  { n: 'xadd word [rsi], bx', c: '660fc11e', r: { 3: '5555555555550002', 6: '600000' }, m: [[0, '0100770000000000']], x: { 3: '5555555555550001' }, xf: 0x4, k: 0xcd5, xm: [0, '03007700000000000000000000000000'] },
  { n: 'xadd cx, bx', c: '660fc1d9', r: { 1: '555555555555ffff', 3: '5555555555550001' }, x: { 1: '5555555555550000', 3: '555555555555ffff' }, xf: 0x55, k: 0xcd5 },
  { n: 'xadd word [rsi], bx', c: '660fc11e', r: { 3: '5555555555550001', 6: '600000' }, m: [[0, 'ffff770000000000']], x: { 3: '555555555555ffff' }, xf: 0x55, k: 0xcd5, xm: [0, '00007700000000000000000000000000'] },
  { n: 'xadd cx, bx', c: '660fc1d9', r: { 1: '5555555555557fff', 3: '5555555555550001' }, x: { 1: '5555555555558000', 3: '5555555555557fff' }, xf: 0x894, k: 0xcd5 },
  { n: 'xadd word [rsi], bx', c: '660fc11e', r: { 3: '5555555555550001', 6: '600000' }, m: [[0, 'ff7f770000000000']], x: { 3: '5555555555557fff' }, xf: 0x894, k: 0xcd5, xm: [0, '00807700000000000000000000000000'] },
  { n: 'xadd bx, bx (same register)', c: '660fc1db', r: { 3: '1234567890abcdef' }, x: { 3: '1234567890ab9bde' }, xf: 0x95, k: 0xcd5 },
  { n: 'cmpxchg cx, bx (equal)', c: '660fb1d9', r: { 0: '111111110000beef', 1: '222222220000beef', 3: '3333333333333333' }, x: { 1: '2222222200003333' }, xf: 0x44, k: 0xcd5 },
  { n: 'cmpxchg word [rsi], bx (equal)', c: '660fb11e', r: { 0: '111111110000beef', 3: '3333333333333333', 6: '600000' }, m: [[0, 'efbe000000000000']], xf: 0x44, k: 0xcd5, xm: [0, '33330000000000000000000000000000'] },
  { n: 'cmpxchg word [ro], bx (equal) → #PF', c: '660fb11e', r: { 0: '111111110000beef', 3: '3333333333333333', 6: '600000' }, m: [[0, 'efbe000000000000']], ro: [0], xf: 0x0, k: 0xcd5, xv: 14, xr: 0 },
  { n: 'cmpxchg cx, bx (not equal)', c: '660fb1d9', r: { 0: '111111110000beee', 1: '222222220000beef', 3: '3333333333333333' }, x: { 0: '111111110000beef' }, xf: 0x95, k: 0xcd5 },
  { n: 'cmpxchg word [rsi], bx (not equal)', c: '660fb11e', r: { 0: '111111110000beee', 3: '3333333333333333', 6: '600000' }, m: [[0, 'efbe000000000000']], x: { 0: '111111110000beef' }, xf: 0x95, k: 0xcd5, xm: [0, 'efbe0000000000000000000000000000'] },
  { n: 'cmpxchg word [ro], bx (not equal) → #PF', c: '660fb11e', r: { 0: '111111110000beee', 3: '3333333333333333', 6: '600000' }, m: [[0, 'efbe000000000000']], ro: [0], xf: 0x0, k: 0xcd5, xv: 14, xr: 0 },
  { n: 'xadd ecx, ebx', c: '0fc1d9', r: { 1: '5555555500000001', 3: '5555555500000002' }, x: { 1: '3', 3: '1' }, xf: 0x4, k: 0xcd5 },
  { n: 'xadd dword [rsi], ebx', c: '0fc11e', r: { 3: '5555555500000002', 6: '600000' }, m: [[0, '0100000077000000']], x: { 3: '1' }, xf: 0x4, k: 0xcd5, xm: [0, '03000000770000000000000000000000'] },
  { n: 'xadd ecx, ebx', c: '0fc1d9', r: { 1: '55555555ffffffff', 3: '5555555500000001' }, x: { 1: '0', 3: 'ffffffff' }, xf: 0x55, k: 0xcd5 },
  { n: 'xadd dword [rsi], ebx', c: '0fc11e', r: { 3: '5555555500000001', 6: '600000' }, m: [[0, 'ffffffff77000000']], x: { 3: 'ffffffff' }, xf: 0x55, k: 0xcd5, xm: [0, '00000000770000000000000000000000'] },
  { n: 'xadd ecx, ebx', c: '0fc1d9', r: { 1: '555555557fffffff', 3: '5555555500000001' }, x: { 1: '80000000', 3: '7fffffff' }, xf: 0x894, k: 0xcd5 },
  { n: 'xadd dword [rsi], ebx', c: '0fc11e', r: { 3: '5555555500000001', 6: '600000' }, m: [[0, 'ffffff7f77000000']], x: { 3: '7fffffff' }, xf: 0x894, k: 0xcd5, xm: [0, '00000080770000000000000000000000'] },
  { n: 'xadd ebx, ebx (same register)', c: '0fc1db', r: { 3: '1234567890abcdef' }, x: { 3: '21579bde' }, xf: 0x815, k: 0xcd5 },
  { n: 'cmpxchg ecx, ebx (equal)', c: '0fb1d9', r: { 0: '11111111deadbeef', 1: '22222222deadbeef', 3: '3333333333333333' }, x: { 1: '33333333' }, xf: 0x44, k: 0xcd5 },
  { n: 'cmpxchg dword [rsi], ebx (equal)', c: '0fb11e', r: { 0: '11111111deadbeef', 3: '3333333333333333', 6: '600000' }, m: [[0, 'efbeadde00000000']], xf: 0x44, k: 0xcd5, xm: [0, '33333333000000000000000000000000'] },
  { n: 'cmpxchg dword [ro], ebx (equal) → #PF', c: '0fb11e', r: { 0: '11111111deadbeef', 3: '3333333333333333', 6: '600000' }, m: [[0, 'efbeadde00000000']], ro: [0], xf: 0x0, k: 0xcd5, xv: 14, xr: 0 },
  { n: 'cmpxchg ecx, ebx (not equal)', c: '0fb1d9', r: { 0: '11111111deadbeee', 1: '22222222deadbeef', 3: '3333333333333333' }, x: { 0: 'deadbeef' }, xf: 0x95, k: 0xcd5 },
  { n: 'cmpxchg dword [rsi], ebx (not equal)', c: '0fb11e', r: { 0: '11111111deadbeee', 3: '3333333333333333', 6: '600000' }, m: [[0, 'efbeadde00000000']], x: { 0: 'deadbeef' }, xf: 0x95, k: 0xcd5, xm: [0, 'efbeadde000000000000000000000000'] },
  { n: 'cmpxchg dword [ro], ebx (not equal) → #PF', c: '0fb11e', r: { 0: '11111111deadbeee', 3: '3333333333333333', 6: '600000' }, m: [[0, 'efbeadde00000000']], ro: [0], xf: 0x0, k: 0xcd5, xv: 14, xr: 0 },
  { n: 'xadd rcx, rbx', c: '480fc1d9', r: { 1: '1', 3: '2' }, x: { 1: '3', 3: '1' }, xf: 0x4, k: 0xcd5 },
  { n: 'xadd qword [rsi], rbx', c: '480fc11e', r: { 3: '2', 6: '600000' }, m: [[0, '0100000000000000']], x: { 3: '1' }, xf: 0x4, k: 0xcd5, xm: [0, '03000000000000000000000000000000'] },
  { n: 'xadd rcx, rbx', c: '480fc1d9', r: { 1: 'ffffffffffffffff', 3: '1' }, x: { 1: '0', 3: 'ffffffffffffffff' }, xf: 0x55, k: 0xcd5 },
  { n: 'xadd qword [rsi], rbx', c: '480fc11e', r: { 3: '1', 6: '600000' }, m: [[0, 'ffffffffffffffff']], x: { 3: 'ffffffffffffffff' }, xf: 0x55, k: 0xcd5, xm: [0, '00000000000000000000000000000000'] },
  { n: 'xadd rcx, rbx', c: '480fc1d9', r: { 1: '7fffffffffffffff', 3: '1' }, x: { 1: '8000000000000000', 3: '7fffffffffffffff' }, xf: 0x894, k: 0xcd5 },
  { n: 'xadd qword [rsi], rbx', c: '480fc11e', r: { 3: '1', 6: '600000' }, m: [[0, 'ffffffffffffff7f']], x: { 3: '7fffffffffffffff' }, xf: 0x894, k: 0xcd5, xm: [0, '00000000000000800000000000000000'] },
  { n: 'xadd rbx, rbx (same register)', c: '480fc1db', r: { 3: '1234567890abcdef' }, x: { 3: '2468acf121579bde' }, xf: 0x14, k: 0xcd5 },
  { n: 'cmpxchg rcx, rbx (equal)', c: '480fb1d9', r: { 0: '8badf00ddeadbeef', 1: '8badf00ddeadbeef', 3: '3333333333333333' }, x: { 1: '3333333333333333' }, xf: 0x44, k: 0xcd5 },
  { n: 'cmpxchg qword [rsi], rbx (equal)', c: '480fb11e', r: { 0: '8badf00ddeadbeef', 3: '3333333333333333', 6: '600000' }, m: [[0, 'efbeadde0df0ad8b']], xf: 0x44, k: 0xcd5, xm: [0, '33333333333333330000000000000000'] },
  { n: 'cmpxchg qword [ro], rbx (equal) → #PF', c: '480fb11e', r: { 0: '8badf00ddeadbeef', 3: '3333333333333333', 6: '600000' }, m: [[0, 'efbeadde0df0ad8b']], ro: [0], xf: 0x0, k: 0xcd5, xv: 14, xr: 0 },
  { n: 'cmpxchg rcx, rbx (not equal)', c: '480fb1d9', r: { 0: '8badf00ddeadbeee', 1: '8badf00ddeadbeef', 3: '3333333333333333' }, x: { 0: '8badf00ddeadbeef' }, xf: 0x95, k: 0xcd5 },
  { n: 'cmpxchg qword [rsi], rbx (not equal)', c: '480fb11e', r: { 0: '8badf00ddeadbeee', 3: '3333333333333333', 6: '600000' }, m: [[0, 'efbeadde0df0ad8b']], x: { 0: '8badf00ddeadbeef' }, xf: 0x95, k: 0xcd5, xm: [0, 'efbeadde0df0ad8b0000000000000000'] },
  { n: 'cmpxchg qword [ro], rbx (not equal) → #PF', c: '480fb11e', r: { 0: '8badf00ddeadbeee', 3: '3333333333333333', 6: '600000' }, m: [[0, 'efbeadde0df0ad8b']], ro: [0], xf: 0x0, k: 0xcd5, xv: 14, xr: 0 },
  { n: 'cmpxchg al, ah (high-byte registers)', c: '0fb0e7', r: { 0: '4242', 3: '4200' }, xf: 0x44 },
  { n: 'cmpxchg8b qword ptr [rsi] (equal)', c: '0fc70e', r: { 0: '7777777789abcdef', 1: 'c1c1c1c1c1c1c1c1', 2: '7777777701234567', 3: 'b3b3b3b3b3b3b3b3', 6: '600000' }, f: 0xad7, m: [[0, 'efcdab89674523011032547698badcfe']], xf: 0x8c5, xm: [0, 'b3b3b3b3c1c1c1c11032547698badcfe00000000000000000000000000000000'] },
  { n: 'cmpxchg8b qword ptr [rsi] (not equal)', c: '0fc70e', r: { 0: '1111', 1: 'c1c1c1c1c1c1c1c1', 2: '2222', 3: 'b3b3b3b3b3b3b3b3', 6: '600000' }, m: [[0, 'efcdab89674523011032547698badcfe']], x: { 0: '89abcdef', 2: '1234567' }, xf: 0x0, xm: [0, 'efcdab89674523011032547698badcfe00000000000000000000000000000000'] },
  { n: 'cmpxchg8b qword ptr [rsi+4] (not equal)', c: '0fc74e04', r: { 0: '1111', 1: 'c1c1c1c1c1c1c1c1', 2: '2222', 3: 'b3b3b3b3b3b3b3b3', 6: '600000' }, m: [[4, 'efcdab89674523011032547698badcfe']], x: { 0: '89abcdef', 2: '1234567' }, xf: 0x0, xm: [0, '00000000efcdab89674523011032547698badcfe000000000000000000000000'] },
  { n: 'cmpxchg16b xmmword ptr [rsi] (equal)', c: '480fc70e', r: { 0: '123456789abcdef', 1: 'c1c1c1c1c1c1c1c1', 2: 'fedcba9876543210', 3: 'b3b3b3b3b3b3b3b3', 6: '600000' }, f: 0xad7, m: [[0, 'efcdab89674523011032547698badcfe']], xf: 0x8c5, xm: [0, 'b3b3b3b3b3b3b3b3c1c1c1c1c1c1c1c100000000000000000000000000000000'] },
  { n: 'cmpxchg16b xmmword ptr [rsi] (not equal)', c: '480fc70e', r: { 0: '1111', 1: 'c1c1c1c1c1c1c1c1', 2: '2222', 3: 'b3b3b3b3b3b3b3b3', 6: '600000' }, m: [[0, 'efcdab89674523011032547698badcfe']], x: { 0: '123456789abcdef', 2: 'fedcba9876543210' }, xf: 0x0, xm: [0, 'efcdab89674523011032547698badcfe00000000000000000000000000000000'] },
  { n: 'cmpxchg16b xmmword ptr [rsi+8] (equal) → #GP', c: '480fc74e08', r: { 0: '123456789abcdef', 1: 'c1c1c1c1c1c1c1c1', 2: 'fedcba9876543210', 3: 'b3b3b3b3b3b3b3b3', 6: '600000' }, f: 0xad7, m: [[8, 'efcdab89674523011032547698badcfe']], xf: 0x8c5, xm: [0, '0000000000000000efcdab89674523011032547698badcfe0000000000000000'], xv: 13, xr: 0 },
  { n: 'cmpxchg8b [ro] (not equal) → #PF', c: '0fc70e', r: { 0: '1', 6: '600000' }, ro: [0], xf: 0x0, xv: 14, xr: 0 },
  { n: 'cmpxchg8b with a register operand → #UD', c: '0fc7c8', xf: 0x0, xv: 6, xr: 0 },
];

test('bts with a register offset beyond 2^53 addresses the exact unit (67h: modulo 4 GiB)', () => {
  // bts %rax,%gs:0x76(%ebx) with RAX = 0x7bd4191de60f69a6, EBX = 0x603a80: the host faults
  // at EBX + 0x76 + (RAX SAR 6) × 8 mod 2^32 = 0xbd222826
  const r = runCode([0x65, 0x67, 0x48, 0x0f, 0xab, 0x43, 0x76], (c) => {
    setReg(c, 0, 0x7bd4191de60f69a6n);
    setReg(c, 3, 0x603a80n);
  });
  assert.equal(r.cpu.lastFault?.vector, 14);
  assert.equal(r.cpu.cr2, 0xbd222826);
});
