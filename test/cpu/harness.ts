// A bare CPU with no kernel, for instruction-level tests: code at 0x400000, a data page
// at 0x600000, a stack below 0x800000. Runs at CPL 3 until RIP reaches the end of the
// code; a fault stops it (no IDT) and is reported in `fault`.

import { AddressSpace, PhysMem, PTE_R, PTE_W, PTE_X, PTE_U } from '../../src/mem/memory.js';
import { CPU } from '../../src/cpu/index.js';

export const CODE = 0x400000;
export const DATA = 0x600000;
export const STACK_TOP = 0x800000;

export interface RunResult {
  cpu: CPU;
  /** Description of the fault that stopped execution, or null. */
  fault: string | null;
}

export function makeCpu(code: ArrayLike<number>, mode64 = true): CPU {
  const mem = new AddressSpace(new PhysMem({ maxBytes: 16 << 20 }));
  const cpu = new CPU(mem);
  mem.mapAnon(CODE / 4096, Math.ceil((code.length + 1) / 4096), PTE_R | PTE_X | PTE_U | PTE_W);
  mem.mapAnon(DATA / 4096, 4, PTE_R | PTE_W | PTE_U);
  mem.mapAnon(STACK_TOP / 4096 - 4, 4, PTE_R | PTE_W | PTE_U);
  mem.writeBytes(CODE, Uint8Array.from(code), false, true);
  cpu.cpl = 3;
  mem.user = true;
  cpu.mode64 = mode64;
  cpu.sel[1] = mode64 ? 0x33 : 0x23;
  cpu.rip = CODE;
  cpu.setReg64Num(4, STACK_TOP - 64);
  return cpu;
}

/** Runs the code to its end (or a fault); `setup` can preset registers and memory. */
export function runCode(code: ArrayLike<number>, setup?: (cpu: CPU) => void, opts: { mode64?: boolean; max?: number } = {}): RunResult {
  const cpu = makeCpu(code, opts.mode64 ?? true);
  setup?.(cpu);
  const end = CODE + code.length;
  let n = 0;
  const max = opts.max ?? 1_000_000;
  while (cpu.rip !== end && n < max) {
    const retiredBefore = cpu.retired;
    cpu.run(1);
    n++;
    if (cpu.lastFault || cpu.fatal) {
      return { cpu, fault: cpu.lastFault ? `vector ${cpu.lastFault.vector}: ${cpu.lastFault.detail}` : cpu.fatal };
    }
    if (cpu.retired === retiredBefore) break;
  }
  return { cpu, fault: null };
}

/** Register value as an unsigned BigInt. */
export function reg(cpu: CPU, n: number): bigint {
  return cpu.reg64Big(n);
}

/** Sets a register from a BigInt. */
export function setReg(cpu: CPU, n: number, v: bigint): void {
  const u = BigInt.asUintN(64, v);
  cpu.regs[n * 2] = Number(u & 0xffffffffn) | 0;
  cpu.regs[n * 2 + 1] = Number(u >> 32n) | 0;
}
