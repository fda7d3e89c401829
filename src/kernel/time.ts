// Timekeeping: one timekeeper per machine, with the TSC as its clock source, as
// Linux's (kernel/time/timekeeping.c) — so the system-call path and the vDSO compute
// every clock from the same numbers and can never disagree.
//
// The clock source. The CPU's time-stamp counter runs at a nominal TSC_HZ. In the
// default 'host' mode it follows the host's monotonic clock (performance.now(),
// scaled to TSC_HZ; reads are strictly increasing), so guest time passes as real
// time does, in the vDSO as much as in the kernel. In 'instructions' mode the TSC
// counts retired instructions (tscPerInsn cycles each): guest time is then a pure
// function of the instruction stream, and sleeps advance the TSC instead of
// blocking the host — reproducible runs.
//
// The timekeeper. Like Linux's struct timekeeper it keeps, at the TSC value
// `cycleLast`, CLOCK_MONOTONIC in nanoseconds shifted left by `shift`, and converts
// cycles with `mult` and `shift` (clocks_calc_mult_shift):
//
//     monotonic(tsc) = (monoShifted + (tsc - cycleLast) * mult) >> shift
//
// The other clocks are fixed offsets from it: REALTIME (+ the wall-clock offset
// taken from the host at boot), BOOTTIME (+ 0: the machine never suspends), TAI
// (REALTIME + 37 s), MONOTONIC_RAW (its own accumulator at the same rate: there is
// no NTP slewing). The coarse clocks are the monotonic time of the last tick
// (HZ = 250: 4 ms), and their REALTIME twin.
//
// Updates (Linux: the tick calling update_wall_time, then update_vsyscall). There
// is no timer interrupt: the kernel calls tick() on its way in and out of system
// calls (src/kernel/vdso.ts subscribes to the syscall events). When a tick period
// has passed since the last update, update() folds the elapsed cycles into the
// base (cycleLast := now, exactly, with no rounding loss: the base is kept in
// shifted nanoseconds) and the vvar page is republished. Each clock is continuous
// across an update, so a value read through the vDSO before a system call is never
// greater than one the system call returns.

import type { CPU } from '../cpu/cpu.js';

export const CLOCK_REALTIME = 0;
export const CLOCK_MONOTONIC = 1;
export const CLOCK_PROCESS_CPUTIME_ID = 2;
export const CLOCK_THREAD_CPUTIME_ID = 3;
export const CLOCK_MONOTONIC_RAW = 4;
export const CLOCK_REALTIME_COARSE = 5;
export const CLOCK_MONOTONIC_COARSE = 6;
export const CLOCK_BOOTTIME = 7;
export const CLOCK_REALTIME_ALARM = 8;
export const CLOCK_BOOTTIME_ALARM = 9;
export const CLOCK_TAI = 11;

export const CLOCK_NAMES: Record<number, string> = {
  0: 'CLOCK_REALTIME', 1: 'CLOCK_MONOTONIC', 2: 'CLOCK_PROCESS_CPUTIME_ID', 3: 'CLOCK_THREAD_CPUTIME_ID',
  4: 'CLOCK_MONOTONIC_RAW', 5: 'CLOCK_REALTIME_COARSE', 6: 'CLOCK_MONOTONIC_COARSE', 7: 'CLOCK_BOOTTIME',
  8: 'CLOCK_REALTIME_ALARM', 9: 'CLOCK_BOOTTIME_ALARM', 11: 'CLOCK_TAI',
};

export const NSEC_PER_SEC = 1_000_000_000n;
/** One tick at CONFIG_HZ=250: the resolution of the coarse clocks. */
export const TICK_NSEC = 4_000_000n;
/** Resolution of the high-resolution clocks (hrtimer_resolution with high-res timers). */
export const HRTIMER_RES_NSEC = 1n;
/** Nominal TSC frequency of the emulated CPU. */
export const TSC_HZ = 2_400_000_000;
/** Longest interval between updates the conversion must handle without overflow (Linux: 600 s for the TSC). */
export const CLOCKSOURCE_MAXSEC = 600;
/** CLOCK_MONOTONIC when the machine starts: a plausible uptime. */
export const BOOT_UPTIME_NS = 1_000_000_000_000n;
/** TAI − UTC since 2017. */
export const TAI_OFFSET_NS = 37_000_000_000n;
const U64_MASK = (1n << 64n) - 1n;

/** How the TSC relates to host time (see the top of this file). */
export type TscMode = 'host' | 'instructions';

/**
 * Linux's clocks_calc_mult_shift(): mult and shift converting `from` Hz to `to` Hz
 * (ns = cycles * mult >> shift) as precisely as possible while `maxsec` seconds of
 * cycles times mult still fit in 64 bits.
 */
export function clocksCalcMultShift(from: number, to: number, maxsec: number): { mult: number; shift: number } {
  const f = BigInt(from);
  const t = BigInt(to);
  let sftacc = 32;
  let tmp = (BigInt(maxsec) * f) >> 32n;
  while (tmp) {
    tmp >>= 1n;
    sftacc--;
  }
  let sft = 32;
  for (; sft > 0; sft--) {
    tmp = ((t << BigInt(sft)) + f / 2n) / f;
    if (tmp >> BigInt(sftacc) === 0n) break;
  }
  return { mult: Number(tmp), shift: sft };
}

function hostMs(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** One clock's base as the vvar holds it: seconds and (shifted or plain) nanoseconds. */
export interface ClockBase {
  sec: bigint;
  nsec: bigint;
}

export class Timekeeper {
  readonly tscHz: number;
  readonly mult: number;
  readonly shift: number;
  private readonly multN: bigint;
  private readonly shiftN: bigint;
  /** The clock source: the CPU's TSC (or, with no CPU, the host clock scaled the same way). */
  private readonly readTsc: () => bigint;
  readonly cpu: CPU | null;
  mode: TscMode = 'host';

  /** TSC value the bases below were taken at. */
  cycleLast: bigint;
  /** CLOCK_MONOTONIC at cycleLast, in ns << shift. */
  monoShifted: bigint;
  /** CLOCK_MONOTONIC_RAW at cycleLast, in ns << shift. */
  rawShifted: bigint;
  /** CLOCK_MONOTONIC at the last tick (a multiple of TICK_NSEC): the coarse clocks. */
  coarseMonoNs: bigint;
  /** CLOCK_REALTIME − CLOCK_MONOTONIC. */
  offsReal: bigint;
  /** CLOCK_BOOTTIME − CLOCK_MONOTONIC (time spent suspended: none). */
  offsBoot = 0n;
  /** Sequence count of the published data (even: stable). */
  seq = 0;
  /** 0 = the vDSO must use system calls, 1 = the vDSO reads the TSC (VDSO_CLOCKMODE_TSC). */
  clockMode = 1;
  /** Updates done (for tests and the explainer). */
  updates = 0;
  /** Called after every update (the vDSO's vvar publisher). */
  private publishers: Array<(tk: Timekeeper) => void> = [];
  private cyclesPerTick: bigint;
  private hostStart = hostMs();
  private tscAtStart: bigint;

  constructor(cpu: CPU | null, opts: { tscHz?: number; wallNs?: bigint } = {}) {
    this.cpu = cpu;
    this.tscHz = opts.tscHz ?? TSC_HZ;
    const ms = clocksCalcMultShift(this.tscHz, 1_000_000_000, CLOCKSOURCE_MAXSEC);
    this.mult = ms.mult;
    this.shift = ms.shift;
    this.multN = BigInt(ms.mult);
    this.shiftN = BigInt(ms.shift);
    this.cyclesPerTick = (TICK_NSEC * BigInt(this.tscHz)) / NSEC_PER_SEC;
    // The TSC reads as if it had been counting since the machine's (pretend) boot.
    this.tscAtStart = (BOOT_UPTIME_NS * BigInt(this.tscHz)) / NSEC_PER_SEC;
    const hostTsc = (): bigint => this.tscAtStart + BigInt(Math.floor(((hostMs() - this.hostStart) * this.tscHz) / 1000));
    if (cpu) {
      cpu.tscSource = hostTsc;
      this.readTsc = () => cpu.rdtsc();
    } else {
      this.readTsc = hostTsc;
    }
    this.cycleLast = this.readTsc();
    this.monoShifted = BOOT_UPTIME_NS << this.shiftN;
    this.rawShifted = this.monoShifted;
    this.coarseMonoNs = BOOT_UPTIME_NS - (BOOT_UPTIME_NS % TICK_NSEC);
    const wall = opts.wallNs ?? BigInt(Date.now()) * 1_000_000n;
    this.offsReal = wall - BOOT_UPTIME_NS;
  }

  /** Chooses how the TSC relates to host time; the TSC and every clock stay continuous. */
  setMode(mode: TscMode): void {
    const cpu = this.cpu;
    if (!cpu || mode === this.mode) return;
    this.update();
    const now = cpu.rdtsc();
    if (mode === 'instructions') {
      cpu.tscSource = null;
      cpu.tscBase = Number(now + 1n - BigInt(cpu.retired) * BigInt(cpu.tscPerInsn));
    } else {
      // continue from the current count at the host clock's rate
      this.hostStart = hostMs();
      this.tscAtStart = now + 1n;
      const start = this.tscAtStart;
      const hs = this.hostStart;
      cpu.tscSource = () => start + BigInt(Math.floor(((hostMs() - hs) * this.tscHz) / 1000));
    }
    this.mode = mode;
  }

  onUpdate(fn: (tk: Timekeeper) => void): void {
    this.publishers.push(fn);
  }

  /** Cycles → ns (rounded down), with the timekeeper's mult/shift. */
  cyclesToNs(cycles: bigint): bigint {
    return (cycles * this.multN) >> this.shiftN;
  }

  nsToCycles(ns: bigint): bigint {
    return (ns * BigInt(this.tscHz) + NSEC_PER_SEC - 1n) / NSEC_PER_SEC;
  }

  /** (tsc − cycleLast) × mult, as the vDSO computes it (a lagging TSC counts as 0). */
  private deltaShifted(tsc: bigint): bigint {
    return tsc > this.cycleLast ? ((tsc - this.cycleLast) & U64_MASK) * this.multN : 0n;
  }

  /** The timer tick, run at kernel entry and exit: updates when a tick period has passed. */
  tick(): void {
    const tsc = this.readTsc();
    if (tsc - this.cycleLast >= this.cyclesPerTick) this.update(tsc);
  }

  /** Folds the elapsed cycles into the bases and republishes (update_wall_time + update_vsyscall). */
  update(tsc = this.readTsc()): void {
    const d = this.deltaShifted(tsc);
    this.monoShifted += d;
    this.rawShifted += d;
    this.cycleLast = tsc;
    const mono = this.monoShifted >> this.shiftN;
    const coarse = mono - (mono % TICK_NSEC);
    if (coarse > this.coarseMonoNs) this.coarseMonoNs = coarse;
    this.seq += 2;
    this.updates++;
    for (const p of this.publishers) p(this);
  }

  /** Offset of a high-resolution clock from CLOCK_MONOTONIC, or null if it is not one. */
  private hresOffset(id: number): bigint | null {
    switch (id) {
      case CLOCK_MONOTONIC:
        return 0n;
      case CLOCK_REALTIME:
      case CLOCK_REALTIME_ALARM:
        return this.offsReal;
      case CLOCK_BOOTTIME:
      case CLOCK_BOOTTIME_ALARM:
        return this.offsBoot;
      case CLOCK_TAI:
        return this.offsReal + TAI_OFFSET_NS;
      default:
        return null;
    }
  }

  /**
   * The base of a clock the vDSO serves, as published in the vvar: for the
   * high-resolution clocks (and MONOTONIC_RAW) nsec is shifted; for the coarse ones
   * it is plain. Null for the others.
   */
  base(id: number): ClockBase | null {
    const one = NSEC_PER_SEC << this.shiftN;
    const split = (shifted: bigint): ClockBase => ({ sec: shifted / one, nsec: shifted % one });
    switch (id) {
      case CLOCK_REALTIME:
      case CLOCK_MONOTONIC:
      case CLOCK_BOOTTIME:
      case CLOCK_TAI:
        return split(this.monoShifted + ((this.hresOffset(id) ?? 0n) << this.shiftN));
      case CLOCK_MONOTONIC_RAW:
        return split(this.rawShifted);
      case CLOCK_MONOTONIC_COARSE:
      case CLOCK_REALTIME_COARSE: {
        const ns = this.coarseMonoNs + (id === CLOCK_REALTIME_COARSE ? this.offsReal : 0n);
        return { sec: ns / NSEC_PER_SEC, nsec: ns % NSEC_PER_SEC };
      }
      default:
        return null;
    }
  }

  /**
   * A clock's value in ns now, or null for a clock the timekeeper does not keep
   * (CPU-time clocks, invalid ids). The same arithmetic as the vDSO's.
   */
  read(id: number): bigint | null {
    if (id === CLOCK_MONOTONIC_COARSE) return this.coarseMonoNs;
    if (id === CLOCK_REALTIME_COARSE) return this.coarseMonoNs + this.offsReal;
    const raw = id === CLOCK_MONOTONIC_RAW;
    const off = raw ? 0n : this.hresOffset(id);
    if (off === null) return null;
    const d = this.deltaShifted(this.readTsc());
    return ((raw ? this.rawShifted : this.monoShifted) + d + (off << this.shiftN)) >> this.shiftN;
  }

  /** Sleeps: the host thread blocks ('host'), or the TSC jumps ahead ('instructions'). */
  sleep(ns: bigint): void {
    if (ns <= 0n) return;
    if (this.mode === 'instructions' && this.cpu) {
      this.cpu.tscBase += Number(this.nsToCycles(ns));
      return;
    }
    blockHost(Number(ns) / 1e6);
  }
}

// ---------------------------------------------------------------------------------
// The timekeeper per CPU, and the one system calls use.

const byCpu = new WeakMap<CPU, Timekeeper>();
let active: Timekeeper | null = null;
let standalone: Timekeeper | null = null;

/** The machine's timekeeper (created, and the CPU's TSC source installed, on first use). */
export function timekeeperOf(cpu: CPU): Timekeeper {
  let tk = byCpu.get(cpu);
  if (!tk) {
    tk = new Timekeeper(cpu);
    byCpu.set(cpu, tk);
  }
  return tk;
}

/**
 * Makes tk the timekeeper of the module-level functions below (the kernel calls this
 * on every kernel entry, so with several machines in one host process each system
 * call reads its own machine's clock).
 */
export function activateTimekeeper(tk: Timekeeper): void {
  active = tk;
}

/** The timekeeper system calls read: the active machine's, else one on the host clock alone. */
export function currentTimekeeper(): Timekeeper {
  if (active) return active;
  if (!standalone) standalone = new Timekeeper(null);
  return standalone;
}

/** Nanoseconds on CLOCK_MONOTONIC. */
export function monotonicNs(): bigint {
  return currentTimekeeper().read(CLOCK_MONOTONIC) ?? 0n;
}

/** Nanoseconds since the Unix epoch (CLOCK_REALTIME). */
export function realtimeNs(): bigint {
  return currentTimekeeper().read(CLOCK_REALTIME) ?? 0n;
}

/** The clock's value in ns, or null for an invalid clock id. cpuNs supplies the CPU-time clocks. */
export function clockNs(id: number, cpuNs: () => bigint): bigint | null {
  if (id === CLOCK_PROCESS_CPUTIME_ID || id === CLOCK_THREAD_CPUTIME_ID) return cpuNs();
  return currentTimekeeper().read(id);
}

export function clockResNs(id: number): bigint | null {
  if (id === CLOCK_REALTIME_COARSE || id === CLOCK_MONOTONIC_COARSE) return TICK_NSEC;
  if (CLOCK_NAMES[id] === undefined) return null;
  return HRTIMER_RES_NSEC;
}

/** Blocks the host thread for ms milliseconds (synchronous guests have no other way). */
function blockHost(ms: number): void {
  if (ms <= 0) return;
  const sab = new SharedArrayBuffer(4);
  Atomics.wait(new Int32Array(sab), 0, 0, ms);
}

/** Sleeps for ms milliseconds of guest time (see Timekeeper.sleep). */
export function hostSleep(ms: number): void {
  if (ms <= 0) return;
  currentTimekeeper().sleep(BigInt(Math.round(ms * 1e6)));
}
