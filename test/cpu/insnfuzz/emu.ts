// The emulated side: one case on sysgate's CPU with the identical initial state, Linux's
// descriptor tables (harness.ts) and an IDT whose gates are where Linux has them (all
// present, DPL 3 for #BP, #OF and int $0x80). It runs instruction by instruction,
// counted as the native runner counts, until the end of the code, an exception (the
// CPU delivers it: CPL becomes 0 and the frame on the kernel stack holds the user state)
// or LIMIT instructions. Flags the SDM leaves undefined take the native run's values
// after each instruction, as in test/cpu/difftest.test.ts, so later steps start equal.

import { makeCpu, makeAddressSpace, tables, gate, setReg, KBASE } from '../harness.js';
import { PageFault, type AddressSpace } from '../../../src/mem/memory.js';
import { EFER_SCE, type CPU, type Vendor } from '../../../src/cpu/cpu.js';
import { CODE, DATA, DATA_SIZE, STACK, STACK_SIZE, LIMIT, RAW_LIMIT, pattern32, patternBytes, type FuzzCase } from './case.js';
import { insnInfo, type InsnInfo } from './filters.js';
import { linuxSignal } from './linux.js';
import type { RunState, Status, Step } from './state.js';

const RSP = 4;
const TF = 0x100;
const HANDLER = KBASE + 0x3000;

export interface EmuRun {
  state: RunState;
  /** Instructions begun, in order (a REP instruction once). */
  executed: InsnInfo[];
  /** Why the case cannot be compared, if so. */
  skip: string | null;
  /** The exception that ended the run: vector and sysgate's diagnostic. */
  fault: { vector: number; detail: string } | null;
  /** Instructions executed with an operand outside the domain where the SDM defines the result. */
  undefinedResults: string[];
}

/** F2XM1 is defined for −1 ≤ ST(0) ≤ +1 only (SDM vol. 2): note it when ST(0) is a finite number outside. */
function undefinedResult(cpu: CPU, info: InsnInfo): string | null {
  if (info.mnemonic !== 'F2xm1') return null;
  const f = cpu.fpu;
  const p = f.phys(0);
  const e = f.sx[p] & 0x7fff;
  const aboveOne = e > 0x3fff || (e === 0x3fff && (f.mhi[p] !== 0x80000000 || f.mlo[p] !== 0));
  return !f.isEmpty(p) && e !== 0x7fff && aboveOne ? 'F2xm1' : null;
}

/**
 * The address space all cases share (creating one per case — a WebAssembly memory each —
 * would dominate the run time): the harness's pages plus Linux's descriptor tables and an
 * IDT whose gates are all present (arch/x86/kernel/idt.c), DPL 3 for #BP, #OF and 0x80.
 * Each case rewrites every page the program can write (code, data, stack).
 */
let shared: AddressSpace | null = null;
function sharedSpace(): { mem: AddressSpace; fresh: boolean } {
  if (shared) return { mem: shared, fresh: false };
  shared = makeAddressSpace(1);
  return { mem: shared, fresh: true };
}

function installTables(cpu: CPU, fresh: boolean): void {
  tables(cpu, fresh);
  if (fresh) for (let v = 0; v < 256; v++) gate(cpu, v, HANDLER, v === 3 || v === 4 || v === 0x80 ? 3 : 0);
}

/** Up to n bytes at addr, fewer where the mapping ends. */
function peek(cpu: CPU, addr: number, n: number): Uint8Array {
  const out: number[] = [];
  try {
    for (let k = 0; k < n; k++) out.push(cpu.mem.read8(addr + k));
  } catch (e) {
    if (!(e instanceof PageFault)) throw e;
  }
  return Uint8Array.from(out);
}

/** The initial images of the code page, the data area and the stack area. */
interface Images {
  code: Uint8Array;
  data: Uint8Array;
  stack: Uint8Array;
}

function images(c: FuzzCase): Images {
  const code = new Uint8Array(4096);
  code.set(c.code);
  return { code, data: patternBytes(c.mseed, DATA, DATA_SIZE), stack: patternBytes(c.mseed, STACK, STACK_SIZE) };
}

function setup(c: FuzzCase, vendor: Vendor, img: Images): CPU {
  const { mem, fresh } = sharedSpace();
  mem.writeBytes(CODE, img.code, false, true);
  const cpu = makeCpu(c.code, c.mode64, mem);
  installTables(cpu, fresh);
  cpu.vendor = vendor;
  cpu.efer |= EFER_SCE; // as Linux sets it (syscall/sysret enabled)
  mem.writeBytes(DATA, img.data, false, true);
  mem.writeBytes(STACK, img.stack, false, true);
  mem.flushTlb();
  c.regs.forEach((v, n) => setReg(cpu, n, v));
  cpu.setRflags(c.rflags);
  const sel = c.mode64 ? [0, 0x33, 0x2b, 0, 0, 0] : [0x2b, 0x23, 0x2b, 0x2b, 0x2b, 0x2b];
  sel.forEach((s, k) => (cpu.sel[k] = s));
  cpu.fpu.cw = c.fcw;
  cpu.mxcsr = c.mxcsr;
  for (let k = 0; k < c.regs.length; k++) for (let d = 0; d < 4; d++) cpu.xmm32[k * 4 + d] = pattern32(c.xseed, k * 16 + d * 4) | 0;
  return cpu;
}

const hexPad = (v: number, n: number) => (v >>> 0).toString(16).padStart(n, '0');

/** FNV-1a, as runstream.c's put_area. */
function fnv(b: Uint8Array): number {
  let h = 2166136261;
  for (let k = 0; k < b.length; k++) h = Math.imul(h ^ b[k], 16777619) >>> 0;
  return h;
}

/** The changed 8-byte words ("offset=value"), at most 8, as runstream.c lists them. */
function diffWords(now: Uint8Array, before: Uint8Array): string {
  const out: string[] = [];
  const a = new Int32Array(now.buffer, now.byteOffset, now.length >> 2);
  const b = new Int32Array(before.buffer, before.byteOffset, before.length >> 2);
  for (let k = 0; k < a.length && out.length < 8; k += 2) {
    if (a[k] === b[k] && a[k + 1] === b[k + 1]) continue;
    const v = (BigInt(a[k + 1] >>> 0) << 32n) | BigInt(a[k] >>> 0);
    out.push(`${(k * 4).toString(16)}=${v.toString(16)}`);
  }
  return out.join(';');
}

/** The user-visible state after the run; `frame` overrides rip/rsp/flags/cs/ss after an exception. */
function finalState(cpu: CPU, c: FuzzCase, img: Images, frame: bigint[] | null): Omit<RunState, 'status' | 'steps' | 'sig' | 'code' | 'addr' | 'trace'> {
  const width = c.mode64 ? 64 : 32;
  const u = (v: bigint) => BigInt.asUintN(width, v);
  const regs = c.regs.map((_, n) => u(cpu.reg64Big(n)));
  let rip = u(BigInt(cpu.rip));
  let flags = cpu.getRflags();
  const seg = Array.from(cpu.sel, (s) => BigInt(s));
  if (frame) {
    const [fRip, fCs, fFlags, fRsp, fSs] = frame;
    rip = u(fRip);
    flags = Number(fFlags);
    regs[RSP] = u(fRsp);
    seg[1] = fCs;
    seg[2] = fSs;
  }
  // runstream prints cs ss ds es fs gs (and the FS/GS bases in 64-bit mode)
  const segOut = [seg[1], seg[2], seg[3], seg[0], seg[4], seg[5]];
  if (c.mode64) segOut.push(BigInt.asUintN(64, BigInt(cpu.fsBase)), BigInt.asUintN(64, BigInt(cpu.gsBase)));
  const f = cpu.fpu;
  const st = Array.from({ length: 8 }, (_, k) => {
    const p = f.phys(k);
    return hexPad(f.sx[p], 4) + hexPad(f.mhi[p], 8) + hexPad(f.mlo[p], 8);
  });
  const xmm = c.regs.map((_, k) => Array.from(cpu.xmmBytes.subarray(k * 16, k * 16 + 16)).reverse().map((b) => b.toString(16).padStart(2, '0')).join(''));
  const areas: [number, number, Uint8Array][] = [
    [CODE, 4096, img.code],
    [DATA, DATA_SIZE, img.data],
    [STACK, STACK_SIZE, img.stack],
  ];
  const now = areas.map(([a, n]) => cpu.mem.readBytes(a, n, false));
  return {
    rip, regs, flags, seg: segOut, fcw: f.cw, fsw: f.status, ftw: f.ftw, mxcsr: cpu.mxcsr, st, xmm,
    mem: now.map(fnv),
    memDiff: now.map((b, k) => diffWords(b, areas[k][2])),
  };
}

/** rip cs rflags rsp ss from the exception frame on the kernel stack (after the error code). */
function readFrame(cpu: CPU, errorCode: number | null): bigint[] {
  const sp = cpu.reg64(RSP) + (errorCode === null ? 0 : 8);
  return Array.from({ length: 5 }, (_, k) => {
    const lo = cpu.mem.read64(sp + k * 8);
    return (BigInt(cpu.mem.hi >>> 0) << 32n) | BigInt(lo >>> 0);
  });
}

const inUserArea = (a: bigint) => (a >= BigInt(CODE) && a < BigInt(CODE + 4096)) || (a >= BigInt(DATA) && a < BigInt(DATA + DATA_SIZE)) || (a >= BigInt(STACK) && a < BigInt(STACK + STACK_SIZE));

/**
 * Runs `c` under sysgate's CPU. `native` (the host's run of the same case) supplies the
 * values of undefined flags; without it they keep sysgate's.
 */
export function runEmu(c: FuzzCase, vendor: Vendor, native?: RunState): EmuRun {
  const img = images(c);
  const cpu = setup(c, vendor, img);
  const seen: { exc: { vector: number; errorCode: number | null; soft: boolean } | null } = { exc: null };
  cpu.observer = { exception: (_c, vector, errorCode, soft) => void (seen.exc ??= { vector, errorCode, soft }) };
  const end = CODE + c.code.length;
  const executed: InsnInfo[] = [];
  const trace: Step[] = [];
  let skip: string | null = null;
  let status: Status = 'limit';
  let raw = 0;
  let lastIp = -1;
  let signal = { sig: 0, code: 0, addr: 0n };
  let frame: bigint[] | null = null;
  let fault: EmuRun['fault'] = null;
  const undefinedResults: string[] = [];
  for (;;) {
    if (cpu.rip === end) {
      status = 'end';
      break;
    }
    if (trace.length >= LIMIT) break;
    if (++raw > RAW_LIMIT) {
      status = 'toolong';
      break;
    }
    const ip = cpu.rip;
    const info = insnInfo(peek(cpu, ip, 15), ip, c.mode64);
    if (ip !== lastIp) executed.push(info);
    lastIp = ip;
    skip ??= info.skip;
    const undef = undefinedResult(cpu, info);
    if (undef) undefinedResults.push(undef);
    cpu.run(1);
    if (cpu.fatal) {
      status = 'fatal';
      fault = { vector: -1, detail: cpu.fatal };
      break;
    }
    const e = seen.exc;
    if (e) {
      frame = readFrame(cpu, e.errorCode);
      fault = { vector: e.vector, detail: cpu.lastFault?.detail ?? '' };
      if (e.vector === 0x80 && e.soft) status = 'syscall';
      else {
        const cr2 = BigInt.asUintN(c.mode64 ? 64 : 32, BigInt(cpu.cr2));
        const d = linuxSignal({
          vector: e.vector, ip: frame[0], cr2, mapped: inUserArea(cr2), x87err: cpu.fpu.status & ~cpu.fpu.cw, mxcsr: cpu.mxcsr,
        });
        if (d) {
          status = 'signal';
          signal = d;
        } else status = 'timeout'; // Linux retries a spurious #MF forever: natively SIGXCPU
      }
      break;
    }
    if (info.repString && cpu.rip === ip) continue;
    if (info.loadsSs) skip ??= 'mov/pop SS inhibits the single-step trap for one instruction (SDM vol. 3 §6.8.3)';
    if (cpu.getRflags() & TF) skip ??= 'TF set by the program: single-stepping by ptrace uses it';
    const n = native?.trace[trace.length];
    if (info.undefinedFlags && n && n.ip === ip) cpu.setRflags(n.flags, info.undefinedFlags);
    trace.push({ ip, flags: cpu.getRflags() });
  }
  const state: RunState = { status, steps: trace.length, ...signal, trace, ...finalState(cpu, c, img, frame) };
  return { state, executed, skip, fault, undefinedResults };
}
