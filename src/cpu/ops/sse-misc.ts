// SSE state and hint instructions: ldmxcsr/stmxcsr, fxsave/fxrstor (0F AE /0–/3),
// the fences lfence/mfence/sfence (0F AE /5–/7 with a register ModRM), clflush
// (0F AE /7 memory) and the prefetch hints (0F 18, 0F 0D). The multi-byte NOP (0F 1F)
// is registered by move.ts.
//
// The emulated machine executes one instruction at a time in program order, so the
// fences order nothing and are no-ops; prefetches never touch memory (and
// never fault), as on hardware. clflush checks that its byte is readable (it faults
// like a load) and otherwise does nothing.
//
// fxsave/fxrstor use the 512-byte legacy layout (Intel SDM vol. 1 Table 10-2/10-3):
// the REX.W forms (fxsave64/fxrstor64) store 64-bit FIP/FDP, the others 32-bit
// offsets with FCS/FDS. The x87 part (bytes 0–23 and the ST(0)…ST(7) slots, with the
// abridged tag) is FpuState.fxsave/fxrstor's; MXCSR, MXCSR_MASK and the XMM registers
// are added here. Outside 64-bit mode only XMM0–7 are saved/restored. Bytes beyond the
// XMM area (the reserved and software-available parts) are neither written nor read.
// The memory operand must be 16-byte aligned (#GP(0)); an MXCSR image with reserved
// bits set makes fxrstor (and ldmxcsr) raise #GP(0).

import type { CPU } from '../cpu.js';
import { defGroup, defOp, MAP_0F, type Handler, type Insn } from '../decode.js';
import { CpuFault, GP } from '../exceptions.js';
import { mxcsrMask, alignedEa, ud } from './sse-common.js';
import { PTE_R, PTE_W } from '../../mem/memory.js';
import { checkWrite, eaW } from '../access.js';

export const FXSAVE_SIZE = 512;

/** Writes MXCSR, #GP(0) if reserved bits are set. */
export function loadMxcsr(cpu: CPU, v: number): void {
  const mask = mxcsrMask(cpu);
  if ((v & ~mask) !== 0) throw new CpuFault(GP, 0, `MXCSR reserved bits set: 0x${(v >>> 0).toString(16)}`);
  cpu.mxcsr = v & mask;
}

/** Number of bytes of the fxsave image that the current mode defines (through the XMM area). */
export function fxsaveLength(cpu: CPU): number {
  return 160 + (cpu.mode64 ? 16 : 8) * 16;
}

/**
 * Builds the fxsave image of the CPU's x87/SSE state into out[0..fxsaveLength) (the rest of
 * `out` is untouched). `rexW` selects the 64-bit FIP/FDP format. Exported so the kernel can
 * build signal-frame fpstate the same way. The x87 part comes from FpuState.fxsave.
 */
export function fxsaveImage(cpu: CPU, out: Uint8Array, rexW: boolean): void {
  cpu.fpu.fxsave(out, 0, rexW, cpu.vendor === 'amd');
  const dv = new DataView(out.buffer, out.byteOffset, out.byteLength);
  dv.setUint32(24, cpu.mxcsr >>> 0, true);
  dv.setUint32(28, mxcsrMask(cpu), true);
  const n = cpu.mode64 ? 256 : 128;
  out.set(cpu.xmmBytes.subarray(0, n), 160);
}

/** Loads the CPU's x87/SSE state from an fxsave image (see fxsaveImage); #GP(0) on a bad MXCSR. */
export function fxrstorImage(cpu: CPU, img: Uint8Array, rexW: boolean): void {
  const dv = new DataView(img.buffer, img.byteOffset, img.byteLength);
  loadMxcsr(cpu, dv.getUint32(24, true)); // checked before anything changes
  cpu.fpu.fxrstor(img, 0, rexW);
  const n = cpu.mode64 ? 256 : 128;
  cpu.xmmBytes.set(img.subarray(160, 160 + n), 0);
}

/** Rejects the register forms of memory-only instructions. */
function memOnly(i: Insn): void {
  if (i.mod === 3) throw ud(i, 'register operand');
}

const G = { name: 'grp15' };

// /0 fxsave, /1 fxrstor
/**
 * AMD CPUs check the last byte of the 512-byte FXSAVE area first (the host reports a
 * fault there, at the last byte, when neither end is mapped; outside 64-bit mode the
 * address wraps at 4 GiB).
 */
function amdProbeEnd(cpu: CPU, a: number, need: number): void {
  if (cpu.vendor !== 'amd') return;
  const last = cpu.mode64 ? a + 511 : (a + 511) >>> 0;
  cpu.mem.translate(last, need);
}
defGroup(MAP_0F, 0xae, G, 0, (cpu, i) => {
  memOnly(i);
  const a = alignedEa(cpu, i, true, true);
  const n = fxsaveLength(cpu);
  const img = new Uint8Array(n);
  fxsaveImage(cpu, img, i.w);
  amdProbeEnd(cpu, a, PTE_W);
  checkWrite(cpu, a, n);
  cpu.mem.writeBytes(a, img, cpu.mem.user);
});
defGroup(MAP_0F, 0xae, G, 1, (cpu, i) => {
  memOnly(i);
  const a = alignedEa(cpu, i, false, true);
  amdProbeEnd(cpu, a, PTE_R);
  const img = cpu.mem.readBytes(a, fxsaveLength(cpu), cpu.mem.user);
  fxrstorImage(cpu, img, i.w);
});
// /2 ldmxcsr, /3 stmxcsr
defGroup(MAP_0F, 0xae, G, 2, (cpu, i) => {
  memOnly(i);
  loadMxcsr(cpu, cpu.readMem(cpu.ea(i), 4));
});
defGroup(MAP_0F, 0xae, G, 3, (cpu, i) => {
  memOnly(i);
  cpu.writeMem(eaW(cpu, i), 4, cpu.mxcsr);
});
// /5 lfence, /6 mfence, /7 sfence (register forms); /7 memory is clflush.
// xsave/xrstor/xsaveopt (/4 /5 /6 memory) are not implemented (XSAVE is not advertised).
const fence = (name: string): Handler => (_cpu, i) => {
  if (i.mod !== 3) throw ud(i, `${name}: xsave-family memory form not implemented`);
};
defGroup(MAP_0F, 0xae, G, 5, fence('lfence'));
defGroup(MAP_0F, 0xae, G, 6, fence('mfence'));
defGroup(MAP_0F, 0xae, G, 7, (cpu, i) => {
  if (i.mod === 3) return; // sfence
  cpu.mem.read8(cpu.ea(i)); // clflush: faults like a byte load, otherwise nothing to do
});

// prefetch hints (0F 18 /0–/3 prefetchnta/t0/t1/t2; /4–/7 are reserved NOPs) — never fault
defOp(MAP_0F, 0x18, { name: 'prefetch', modrm: true, h: () => {} });
// 0F 0D /1 prefetchw (/0 and the others: AMD prefetch / reserved NOPs); memory only
defOp(MAP_0F, 0x0d, {
  name: 'prefetchw',
  modrm: true,
  h: (_cpu, i) => {
    if (i.mod === 3) throw ud(i, 'register operand');
  },
});
// (0F 1F, the multi-byte NOP, and the other 0F 19–1E hint NOPs are registered by move.ts.)
