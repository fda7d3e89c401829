// The checks a memory access goes through before paging — the ones the instruction
// fuzzer (scripts/fuzz-insn.mjs) checked against the host CPU, in the order it reports
// them: the 4 GiB segment limit outside 64-bit mode (#GP, or #SS for a stack reference),
// alignment checking (#AC), CS-override writes, then both pages of a page-crossing write
// (CR2 at the first byte of the page that faults). The CPU's readMem/writeMem and stack
// helpers call them on their slow paths; instructions with their own access patterns
// (x87 and SSE images, enter, cmpxchg8b) call them directly.

import { PAGE_SIZE, PAGE_MASK, PTE_W } from '../mem/memory.js';
import { CpuFault, GP, SS, AC as AC_VECTOR } from './exceptions.js';
import { AC } from './flags.js';
import { hex, type Insn } from './decode.js';
import type { CPU } from './cpu.js';

/** CR0.AM: alignment checking at CPL 3 when RFLAGS.AC is set (Linux sets it). */
export const CR0_AM = 0x40000;

const TWO32 = 4294967296;
const TWO47 = 140737488355328;

/** The low 32 bits of the effective address, exact whatever the high bits (alignment checks). */
export function eaLow(cpu: CPU, i: Insn): number {
  let a = i.disp | 0;
  if (i.base === 16) a += (i.addr + i.len) | 0;
  else if (i.base >= 0) a += cpu.regs[i.base * 2];
  if (i.index >= 0) a += Math.imul(cpu.regs[i.index * 2], i.scale);
  if (i.seg >= 0) a += cpu.segBase[i.seg] | 0;
  return a >>> 0;
}

/** The effective address of a memory operand the instruction writes (a CS override is #GP(0) outside 64-bit mode). */
export function eaW(cpu: CPU, i: Insn): number {
  if (i.csOverride) checkCsWrite(cpu, i);
  return cpu.ea(i);
}

/**
 * The checks of an access not aligned to its size (the aligned fast path skips them):
 * the 4 GiB limit outside 64-bit mode, alignment checking (#AC(0) at CPL 3 with CR0.AM
 * and RFLAGS.AC, SDM vol. 3 §6.15 "Interrupt 17"), and, for a write that crosses a
 * page, both pages before any byte is written.
 */
export function misaligned(cpu: CPU, a: number, size: number, write: boolean): void {
  // the order the host reports: the segment limit (#GP), then #AC, then paging
  const crossing = (a & PAGE_MASK) > PAGE_SIZE - size;
  if (crossing && !cpu.mode64) checkLimit32(cpu, a, size);
  checkAlignment(cpu, a, size);
  if (crossing && write) checkWrite(cpu, a, size);
}

/**
 * Checks that n bytes at `a` can be written (and, outside 64-bit mode, lie below the
 * 4 GiB limit), in address order: a write that crosses into a page it may not write
 * faults with CR2 at the first byte of that page (what the hardware reports), before
 * any byte is written. `parts` is for the stores the host checks part by part (FNSAVE,
 * FNSTENV: see checkParts).
 */
export function checkWrite(cpu: CPU, a: number, n: number, parts = false): void {
  if (parts) checkParts(cpu, a, n, PTE_W);
  else {
    if (!cpu.mode64) checkLimit32(cpu, a, n);
    cpu.mem.translate(a, PTE_W);
  }
  const last = a + n - 1;
  const page = last - (last & PAGE_MASK);
  if (page > a) cpu.mem.translate(page, PTE_W);
}

/**
 * The first checks of a multi-part access (FNSAVE, FNSTENV, FLDENV, FRSTOR): its first
 * 4-byte part against the 4 GiB limit, that part's page, then the whole against the
 * limit — the order the host reports (#GP when the first part crosses 4 GiB, else a
 * page fault at the start before the limit of the rest).
 */
export function checkParts(cpu: CPU, a: number, n: number, need: number): void {
  if (!cpu.mode64) checkLimit32(cpu, a, Math.min(n, 4));
  cpu.mem.translate(a, need);
  if (!cpu.mode64) checkLimit32(cpu, a, n);
}

/**
 * Outside 64-bit mode an access that runs past 4 GiB exceeds the flat segments' limit:
 * #GP(0) before any byte is accessed (#SS(0) for the stack, see push/pop). SDM vol. 3
 * §5.3; Linux's flat user segments have a limit of 4 GiB − 1.
 */
export function checkLimit32(cpu: CPU, a: number, size: number, stack = false): void {
  if (a + size > TWO32) throw new CpuFault(stack || ssOperand(cpu) ? SS : GP, 0, `${size}-byte access at ${hex(a)} crosses the 4 GiB segment limit`);
}

/** Whether the current instruction's ModRM memory operand is a stack reference (see Insn.stackRef). */
function ssOperand(cpu: CPU): boolean {
  return cpu.fetchInsn(cpu.rip).stackRef;
}

/** A data write through a CS override outside 64-bit mode: code segments are not writable (#GP(0)). */
export function checkCsWrite(cpu: CPU, i: Insn): void {
  if (i.csOverride) throw new CpuFault(GP, 0, `write through a CS segment override at ${hex(i.addr)}`);
}

/** #AC(0) for an access at `a` not aligned to `unit` bytes while alignment checking is on (CPL 3, CR0.AM, RFLAGS.AC). */
export function checkAlignment(cpu: CPU, a: number, unit: number): void {
  if ((a & (unit - 1)) !== 0 && cpu.flagsRest & AC && cpu.cpl === 3 && cpu.cr0 & CR0_AM) {
    throw new CpuFault(AC_VECTOR, 0, `misaligned ${unit}-byte access at ${hex(a)} with alignment checking on`);
  }
}

/** The checks of a `size`-byte write at `a` (limit, alignment, both pages) without writing. */
export function probeWrite(cpu: CPU, a: number, size: number): void {
  if ((a & (size - 1)) !== 0) misaligned(cpu, a, size, true);
  cpu.mem.translate(a, PTE_W);
}

/**
 * A stack reference (implicit through RSP, or through RBP/RSP as a base) at a
 * non-canonical address, or past the 4 GiB limit outside 64-bit mode, is #SS(0), not
 * #GP(0) (SDM vol. 3 §6.15, "Interrupt 12"). Linux turns #SS into SIGBUS.
 */
export function checkStack(cpu: CPU, a: number, size: number): void {
  if (cpu.mode64) {
    if (a >= TWO47 || a + size > TWO47 || a < -TWO47) throw new CpuFault(SS, 0, `stack access at the non-canonical address ${hex(a)}`);
  } else checkLimit32(cpu, a, size, true);
}

/** A linear address no page can hold: non-canonical, or above 4 GiB outside 64-bit mode. */
export function beyondAddressSpace(cpu: CPU, a: number): boolean {
  return cpu.mode64 ? a >= TWO47 || a < -TWO47 : a >= TWO32 || a < 0;
}
