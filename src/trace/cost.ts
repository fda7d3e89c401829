// The cost model of the system-call paths (the vDSO issue, part 5).
//
// Two halves:
//
// 1. What the emulator measured. A CostMeter watches a machine (the CPU's step and
//    exception hooks, the kernel's events) and counts, for the code that ran while
//    it was recording: instructions retired (user and kernel), the transition
//    instructions among them (syscall, sysret, sysenter, sysexit, int n, iret,
//    swapgs, rdtsc/rdtscp), native calls (the TypeScript half of the kernel:
//    do_syscall_64 and the service routine run as one "native" instruction),
//    hardware exceptions delivered (#PF for the vsyscall page) and system calls
//    entered. These are facts about this emulator's paths, not estimates.
//
// 2. A cycle model. Each counted item has a cost in cycles (CostTable); the model
//    prices a path as
//        plain instructions × insn  +  Σ transition count × its cost
//        + native calls × native  +  kernel entries × entryOverhead
//    The default table below holds estimates, each with where it comes from. They
//    are not measurements of any one CPU: calibrate() replaces them with values
//    fitted to native measurements of this machine (`sysgate bench entry
//    --calibrate`), and any entry can be set by hand (setCost).

import type { CPU } from '../cpu/cpu.js';
import { MAP_0F, MAP_1, type Insn } from '../cpu/decode.js';
import type { Kernel } from '../kernel/kernel.js';

export const TRANSITIONS = ['syscall', 'sysret', 'sysenter', 'sysexit', 'int', 'iret', 'swapgs', 'exception', 'rdtsc'] as const;
export type Transition = (typeof TRANSITIONS)[number];

/** Everything the model prices. */
export type CostItem = Transition | 'insn' | 'native' | 'entryOverhead';

export interface CostEntry {
  cycles: number;
  /** Where the number comes from (estimate, reference, or "calibrated: …"). */
  source: string;
}

export type CostTable = Record<CostItem, CostEntry>;

/**
 * The default per-item costs, in core cycles, for a recent x86-64 core with no
 * Spectre/Meltdown mitigations. Estimates: the order of magnitude is what the
 * cited sources report; the exact values vary by several tens of percent between
 * microarchitectures. Calibrate on the machine at hand for real numbers.
 */
export const DEFAULT_COSTS: Readonly<CostTable> = {
  insn: {
    cycles: 1,
    source: 'estimate: ordinary integer instructions (mov, push, pop, add, jcc) have a reciprocal throughput of 1 cycle or less (Agner Fog, "Instruction tables"); the entry stubs are dependent push/pop chains, so ~1 cycle each',
  },
  syscall: {
    cycles: 50,
    source: 'estimate: SYSCALL is microcoded (Agner Fog, "Instruction tables": tens of µops); a whole null system call (syscall, entry code, sysret) measured ~100–150 cycles on pre-2018 Intel cores without mitigations (e.g. FlexSC, Soares & Stumm, OSDI 2010)',
  },
  sysret: {
    cycles: 35,
    source: 'estimate: SYSRET, microcoded like SYSCALL but without the MSR-driven target load (same sources as syscall)',
  },
  sysenter: {
    cycles: 45,
    source: 'estimate: SYSENTER loads CS/SS/ESP/EIP from MSRs and saves nothing (Intel SDM vol. 2B); comparable to SYSCALL',
  },
  sysexit: {
    cycles: 30,
    source: 'estimate: SYSEXIT, comparable to SYSRET (Intel SDM vol. 2B)',
  },
  int: {
    cycles: 110,
    source: 'estimate: a software interrupt reads and checks an IDT gate, switches to the TSS stack and pushes five words (Intel SDM vol. 3A §6.12); commonly quoted at 2–3× SYSCALL on modern cores, far more on the Pentium 4 (the reason SYSENTER was introduced)',
  },
  iret: {
    cycles: 70,
    source: 'estimate: IRET pops and checks five words and reloads CS/SS (Intel SDM vol. 2A); microcoded, slower than SYSRET (why Linux prefers SYSRET when it can)',
  },
  swapgs: {
    cycles: 15,
    source: 'estimate: SWAPGS exchanges GS.base with IA32_KERNEL_GS_BASE (an MSR access done in microcode)',
  },
  exception: {
    cycles: 150,
    source: 'estimate: hardware delivery of a fault (#PF) through the IDT with a privilege change — like int n plus the error code and CR2 — not counting the handler',
  },
  rdtsc: {
    cycles: 25,
    source: 'estimate: RDTSC takes roughly 20–40 cycles on recent Intel and AMD cores (Agner Fog, "Instruction tables"); the vDSO clock is dominated by it',
  },
  native: {
    cycles: 40,
    source: 'estimate: the C half of a trivial system call (do_syscall_64 dispatch plus a service routine like getpid) — sysgate runs it as one native TypeScript call',
  },
  entryOverhead: {
    cycles: 0,
    source: 'extra cost per kernel entry not in the instructions: mitigations (KPTI CR3 switches, IBRS, VERW), cache/TLB effects, virtualization — 0 by default; calibrate() sets it',
  },
};

export function copyCosts(t: Readonly<CostTable> = DEFAULT_COSTS): CostTable {
  const out = {} as CostTable;
  for (const k of Object.keys(t) as CostItem[]) out[k] = { ...t[k] };
  return out;
}

export function setCost(t: CostTable, item: CostItem, cycles: number, source = 'set by hand'): void {
  t[item] = { cycles, source };
}

/** What ran: totals, or per call after perCall(). */
export interface PathCounts {
  instructions: number;
  user: number;
  kernel: number;
  /** Native calls (the TypeScript half of the kernel). */
  natives: number;
  /** System calls entered (syscall-enter events, including emulated vsyscalls). */
  syscalls: number;
  /** Kernel entries: system calls plus exceptions and interrupts taken from user mode. */
  entries: number;
  transitions: Record<Transition, number>;
}

export function zeroCounts(): PathCounts {
  const transitions = {} as Record<Transition, number>;
  for (const t of TRANSITIONS) transitions[t] = 0;
  return { instructions: 0, user: 0, kernel: 0, natives: 0, syscalls: 0, entries: 0, transitions };
}

/** a − b, divided by calls: the cost of one call when b is the same run without the calls. */
export function perCall(a: PathCounts, b: PathCounts, calls: number): PathCounts {
  const d = (x: number, y: number) => (x - y) / calls;
  const out = zeroCounts();
  out.instructions = d(a.instructions, b.instructions);
  out.user = d(a.user, b.user);
  out.kernel = d(a.kernel, b.kernel);
  out.natives = d(a.natives, b.natives);
  out.syscalls = d(a.syscalls, b.syscalls);
  out.entries = d(a.entries, b.entries);
  for (const t of TRANSITIONS) out.transitions[t] = d(a.transitions[t], b.transitions[t]);
  return out;
}

/** Which transition instruction `i` is, if any. */
export function transitionOf(i: Insn): Transition | null {
  if (i.map === MAP_0F) {
    switch (i.opcode) {
      case 0x05:
        return 'syscall';
      case 0x07:
        return 'sysret';
      case 0x34:
        return 'sysenter';
      case 0x35:
        return 'sysexit';
      case 0x31:
        return 'rdtsc';
      case 0x01:
        if (i.mod === 3 && (i.reg & 7) === 7 && (i.rm & 7) === 0) return 'swapgs';
        if (i.mod === 3 && (i.reg & 7) === 7 && (i.rm & 7) === 1) return 'rdtsc'; // rdtscp
        return null;
      default:
        return null;
    }
  }
  if (i.map === MAP_1) {
    if (i.opcode === 0xcd) return 'int';
    if (i.opcode === 0xcf) return 'iret';
  }
  return null;
}

/**
 * Counts what a machine executes while recording. Takes the CPU's observer slot
 * (one meter per machine; not together with the explainer).
 */
export class CostMeter {
  counts = zeroCounts();
  recording = true;
  private detachKernel: () => void;

  constructor(readonly k: Kernel) {
    const cpu = k.cpu;
    cpu.observeSteps = true;
    cpu.observer = {
      step: (c: CPU, i: Insn) => this.step(c, i),
      exception: (c: CPU, vector: number, _code: number | null, soft: boolean) => {
        if (!this.recording || soft) return;
        this.counts.transitions.exception++;
        if (c.cpl === 3) this.counts.entries++;
        void vector;
      },
    };
    this.detachKernel = k.on((e) => {
      if (this.recording && e.type === 'syscall-enter') {
        this.counts.syscalls++;
        // an emulated vsyscall was entered through the #PF counted above
        if (e.path !== 'vsyscall') this.counts.entries++;
      }
    });
  }

  private step(cpu: CPU, i: Insn): void {
    if (!this.recording) return;
    const c = this.counts;
    c.instructions++;
    if (cpu.cpl === 0) c.kernel++;
    else c.user++;
    if (i.name.startsWith('native ')) c.natives++;
    const t = transitionOf(i);
    if (t) c.transitions[t]++;
  }

  reset(): void {
    this.counts = zeroCounts();
  }

  detach(): void {
    this.k.cpu.observer = null;
    this.k.cpu.observeSteps = false;
    this.detachKernel();
  }
}

export interface ModelResult {
  cycles: number;
  /** Cycles per item (non-zero items only). */
  breakdown: Array<{ item: CostItem; count: number; cycles: number }>;
}

/** Prices counts (usually per call) with a cost table. */
export function modelCycles(c: PathCounts, t: Readonly<CostTable>): ModelResult {
  let special = c.natives;
  for (const tr of TRANSITIONS) if (tr !== 'exception') special += c.transitions[tr];
  const plain = Math.max(0, c.instructions - special);
  const items: Array<[CostItem, number]> = [['insn', plain], ['native', c.natives], ['entryOverhead', c.entries]];
  for (const tr of TRANSITIONS) items.push([tr, c.transitions[tr]]);
  const breakdown = items.filter(([, n]) => n > 0).map(([item, count]) => ({ item, count, cycles: count * t[item].cycles }));
  return { cycles: breakdown.reduce((s, b) => s + b.cycles, 0), breakdown };
}

/** A native measurement of one path on this machine. */
export interface NativeSample {
  /** The path's name as `sysgate bench entry` uses it (e.g. "getpid-syscall"). */
  path: string;
  /** The emulator's counts for the same path, per call. */
  counts: PathCounts;
  /** TSC cycles per call measured natively (loop overhead subtracted). */
  nativeCycles: number;
}

/**
 * Fits a cost table to native measurements, one unknown per path, in this order:
 *   clock_gettime-vdso      → rdtsc          (the only transition on the path)
 *   getpid-syscall          → entryOverhead  (what the syscall path costs beyond the
 *                                             table's syscall, sysret, swapgs, native)
 *   gettimeofday-vsyscall   → exception      (#PF delivery; returns with iret)
 *   getpid-int80            → int
 *   getpid-sysenter         → sysenter and sysexit, scaled together (only when
 *                                             both the emulated CPU and this host
 *                                             used SYSENTER)
 * iret keeps its table value: it appears on the int $0x80 and vsyscall paths only
 * together with another unknown, so no single measurement separates it. Paths
 * missing from the samples leave their entries as they were. The result's sources
 * say "calibrated".
 */
export function calibrate(base: Readonly<CostTable>, samples: NativeSample[]): CostTable {
  const t = copyCosts(base);
  const find = (p: string) => samples.find((s) => s.path === p && s.nativeCycles > 0);
  // cycles the path would cost with the given items left out
  const without = (c: PathCounts, items: CostItem[]): number =>
    modelCycles(c, t).breakdown.filter((b) => !items.includes(b.item)).reduce((s, b) => s + b.cycles, 0);
  const fit = (path: string, items: CostItem[], count: (c: PathCounts) => number) => {
    const s = find(path);
    if (!s) return;
    const n = count(s.counts);
    if (n <= 0) return;
    const residual = s.nativeCycles - without(s.counts, items);
    if (items.length === 1) {
      t[items[0]] = { cycles: Math.max(0, residual / n), source: `calibrated: ${path} measured ${s.nativeCycles.toFixed(0)} cycles/call natively` };
      return;
    }
    // several items: keep their ratio, scale their sum to the residual
    const sum = items.reduce((acc, it) => acc + t[it].cycles, 0) || 1;
    const k = Math.max(0, residual / n) / sum;
    for (const it of items) t[it] = { cycles: t[it].cycles * k, source: `calibrated: ${path} measured ${s.nativeCycles.toFixed(0)} cycles/call natively (scaled with ${items.join(', ')})` };
  };
  fit('clock_gettime-vdso', ['rdtsc'], (c) => c.transitions.rdtsc);
  fit('getpid-syscall', ['entryOverhead'], (c) => c.entries);
  fit('gettimeofday-vsyscall', ['exception'], (c) => c.transitions.exception);
  fit('getpid-int80', ['int'], (c) => c.transitions.int);
  fit('getpid-sysenter', ['sysenter', 'sysexit'], (c) => c.transitions.sysenter);
  return t;
}
