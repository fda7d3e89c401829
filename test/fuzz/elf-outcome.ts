// What happened to one ELF file — under sysgate (the Machine API in-process, or the
// `sysgate run` command) and natively (guest/tools/exec-referee.c) — and how the two
// compare. Shared by test/fuzz/elf.test.ts and scripts/fuzz-elf.mjs.

import { Machine, LoadError } from '../../src/api/index.js';

/**
 * sysgate's outcome. The acceptable ones: a clean one-line load error, or the program
 * ran (exited, was killed by a guest signal, or reached the instruction limit).
 * The failures: a host exception, a multi-line or garbled error, a kernel oops, a hang,
 * host memory beyond the bound.
 */
export type Kind = 'load-error' | 'exit' | 'signal' | 'limit' | 'host-exception' | 'bad-error' | 'oops' | 'hang' | 'memory';

export const FAILURE_KINDS: readonly Kind[] = ['host-exception', 'bad-error', 'oops', 'hang', 'memory'];

export interface Outcome {
  kind: Kind;
  /** The error message, exit code, signal or exception (with its stack) in one string. */
  detail: string;
  /** Guest physical memory the case allocated (bytes; the WebAssembly.Memory's size). */
  guestBytes?: number;
  /** Peak host RSS over the baseline during the case (bytes), where measured. */
  rssDelta?: number;
}

/** Native verdict from exec-referee: "refused ENOEXEC", "killed-in-exec 11", "exit 0", "signal 11", "timeout". */
export interface Native {
  verdict: string;
  refused: boolean;
}

export function isFailure(o: Outcome): boolean {
  return FAILURE_KINDS.includes(o.kind);
}

/** A one-line message a user can read: no line break, no stack, no NaN/undefined. */
export function isCleanMessage(msg: string): boolean {
  return msg.length > 0 && msg.length <= 500 && !/[\n\r]/.test(msg) && !/\bat \S+ \(|0x-|\bNaN\b|\bundefined\b|\bInfinity\b|\[object /.test(msg);
}

/** A thrown value as text, with its stack when it has one (PageFault is not an Error). */
export function describeThrown(e: unknown): string {
  if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
  if (e !== null && typeof e === 'object') return `${e.constructor?.name ?? 'object'} ${JSON.stringify(e)} (not an Error: no stack)`;
  return `thrown ${typeof e}: ${String(e)}`;
}

function guestBytes(m: Machine | null): number {
  return m === null ? 0 : m.kernel.phys.u8.byteLength;
}

/**
 * Loads and runs `bytes` with the Machine API, in this thread. Never throws: every
 * exception is classified. (A hang or a memory blow-up can only be caught from outside:
 * see ApiSandbox.)
 */
export function runApiCase(bytes: Uint8Array, instructionLimit: number): Outcome {
  let m: Machine | null = null;
  try {
    m = new Machine({ seed: 1 });
    m.load(bytes, ['/fuzz/prog'], { LANG: 'C' });
  } catch (e) {
    if (e instanceof LoadError) {
      return { kind: isCleanMessage(e.message) ? 'load-error' : 'bad-error', detail: e.message, guestBytes: guestBytes(m) };
    }
    return { kind: 'host-exception', detail: `in load: ${describeThrown(e)}`, guestBytes: guestBytes(m) };
  }
  try {
    const r = m.run({ instructionLimit });
    const g = guestBytes(m);
    if (r.limitReached) return { kind: 'limit', detail: `limit after ${r.instructions} instructions`, guestBytes: g };
    if (r.reason !== undefined) return { kind: 'oops', detail: r.reason, guestBytes: g };
    if (r.signal !== 0) return { kind: 'signal', detail: `signal ${r.signal}: ${r.diagnostic ?? ''}`, guestBytes: g };
    return { kind: 'exit', detail: `exit ${r.code}`, guestBytes: g };
  } catch (e) {
    return { kind: 'host-exception', detail: `in run: ${describeThrown(e)}`, guestBytes: guestBytes(m) };
  }
}

/**
 * Classifies a `sysgate run` subprocess from its status and stderr: status 126 with one
 * "sysgate: ..." line is a load error; 128+N with the one-line diagnostic a guest
 * signal; a stack trace, or node itself dying of a signal, a host exception.
 */
export function classifyCli(status: number | null, signal: string | null, stderr: string): Outcome {
  const lines = stderr.split('\n').filter((l) => l.length > 0);
  const last = lines[lines.length - 1] ?? '';
  const oneSysgateLine = lines.length === 1 && last.startsWith('sysgate: ');
  if (/\n\s+at \S|^\s+at \S|node:internal|FATAL ERROR|^\w*Error: /m.test(stderr) && !oneSysgateLine) {
    return { kind: 'host-exception', detail: stderr.slice(0, 2000) };
  }
  if (status === null) return { kind: 'host-exception', detail: `node killed by ${signal}: ${stderr.slice(0, 500)}` };
  if (status === 126 || status === 127) {
    // 127: not there, 126: cannot be executed (as a shell reports them)
    return oneSysgateLine && isCleanMessage(last) ? { kind: 'load-error', detail: last } : { kind: 'bad-error', detail: stderr.slice(0, 1000) };
  }
  if (status === 137 && /instruction limit/.test(last)) return { kind: 'limit', detail: last };
  if (status === 70) return { kind: 'oops', detail: last };
  if (status > 128 && last.startsWith('sysgate: program terminated by')) return { kind: 'signal', detail: `signal ${status - 128}: ${last}` };
  return { kind: 'exit', detail: `exit ${status}` };
}

/** The verdict line exec-referee writes on fd 3. */
export function parseNative(verdict: string): Native {
  const v = verdict.trim() || 'no-verdict';
  return { verdict: v, refused: /^(refused|killed-in-exec)\b/.test(v) };
}

/** sysgate loaded the program (whatever it then did). */
export function sysgateRan(o: Outcome): boolean {
  return o.kind === 'exit' || o.kind === 'signal' || o.kind === 'limit';
}

export type Comparison = 'agree' | 'linux-runs-sysgate-refuses' | 'linux-refuses-sysgate-runs' | 'static-only (PT_INTERP)' | 'host vm.mmap_min_addr' | 'n/a';

/** sysgate's vm.mmap_min_addr: Linux's default (CONFIG_DEFAULT_MMAP_MIN_ADDR on x86). */
const SYSGATE_MMAP_MIN_ADDR = 0x10000;

/**
 * Compares "was it loaded?" with Linux. A program Linux kills during exec (past the
 * point of no return) counts as refused: it never ran an instruction. Kept apart:
 * sysgate refusing a program for its PT_INTERP (by design: static programs only), and
 * for a segment below 64 KiB when this host's vm.mmap_min_addr (`hostMinAddr`) is lower.
 */
export function compare(o: Outcome, n: Native | null, hostMinAddr = SYSGATE_MMAP_MIN_ADDR): Comparison {
  if (n === null || isFailure(o)) return 'n/a';
  if (o.kind === 'load-error') {
    if (n.refused) return 'agree';
    if (/dynamically linked/.test(o.detail)) return 'static-only (PT_INTERP)';
    return /below mmap_min_addr/.test(o.detail) && hostMinAddr < SYSGATE_MMAP_MIN_ADDR ? 'host vm.mmap_min_addr' : 'linux-runs-sysgate-refuses';
  }
  return n.refused ? 'linux-refuses-sysgate-runs' : 'agree';
}

/** A message with its numbers and quoted paths replaced, to group findings. */
export function signature(s: string): string {
  return s
    .split('\n')[0]
    .replace(/^sysgate: /, '')
    .replace(/^\/\S*?: /, '')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/0x[0-9a-f]+|\b\d+\b/gi, 'N')
    .slice(0, 160);
}
