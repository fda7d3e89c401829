// Timekeeping: the clocks the kernel reports, from the host's clocks.
// CLOCK_REALTIME follows the host's wall clock; CLOCK_MONOTONIC/BOOTTIME count from
// the host's monotonic clock; the CPU-time clocks count from machine start.

const hrStart = typeof performance !== 'undefined' ? performance.now() : 0;
const wallAtStart = BigInt(Date.now()) * 1_000_000n;

function nowMs(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** Nanoseconds on the monotonic clock: a plausible uptime plus the host's monotonic time since start. */
export function monotonicNs(): bigint {
  return 1_000_000_000_000n + BigInt(Math.round((nowMs() - hrStart) * 1e6));
}

/** Nanoseconds since the Unix epoch. */
export function realtimeNs(): bigint {
  return wallAtStart + BigInt(Math.round((nowMs() - hrStart) * 1e6));
}

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

/** Coarse clocks tick at HZ (CONFIG_HZ=250: 4 ms). */
const COARSE_NS = 4_000_000n;

/** The clock's value in ns, or null for an invalid clock id. */
export function clockNs(id: number, cpuNs: () => bigint): bigint | null {
  switch (id) {
    case CLOCK_REALTIME:
    case CLOCK_REALTIME_ALARM:
      return realtimeNs();
    case CLOCK_TAI:
      return realtimeNs() + 37_000_000_000n;
    case CLOCK_REALTIME_COARSE:
      return (realtimeNs() / COARSE_NS) * COARSE_NS;
    case CLOCK_MONOTONIC:
    case CLOCK_MONOTONIC_RAW:
    case CLOCK_BOOTTIME:
    case CLOCK_BOOTTIME_ALARM:
      return monotonicNs();
    case CLOCK_MONOTONIC_COARSE:
      return (monotonicNs() / COARSE_NS) * COARSE_NS;
    case CLOCK_PROCESS_CPUTIME_ID:
    case CLOCK_THREAD_CPUTIME_ID:
      return cpuNs();
    default:
      return null;
  }
}

export function clockResNs(id: number): bigint | null {
  if (id === CLOCK_REALTIME_COARSE || id === CLOCK_MONOTONIC_COARSE) return COARSE_NS;
  if (CLOCK_NAMES[id] === undefined) return null;
  return 1n;
}

/** Blocks the host thread for ms milliseconds (synchronous guests have no other way). */
export function hostSleep(ms: number): void {
  if (ms <= 0) return;
  const sab = new SharedArrayBuffer(4);
  Atomics.wait(new Int32Array(sab), 0, 0, ms);
}
