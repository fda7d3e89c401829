// The strace-style tracer: subscribes to the kernel's events and prints one line per
// system call the way `strace` does (its default options: -s 32, no -v, no -y):
//
//   openat(AT_FDCWD, "d/file.txt", O_RDONLY|O_CLOEXEC) = 3
//   read(3, "Hello, file!\n", 64)           = 13
//   stat("d/missing", 0x7fffffffd0b0)       = -1 ENOENT (No such file or directory)
//   exit_group(0)                           = ?
//   +++ exited with 0 +++
//
// Like strace, a line is written in two parts: at syscall entry everything up to the
// first argument the kernel fills in ("read(3, "), the rest at exit. Written to a
// terminal beside the program's own output this interleaves the way strace's does; to
// a file it makes whole lines. The result starts at column 40.
//
// Decoding is driven by ./signatures.ts (what each call's arguments mean) and
// ./decode.ts (how values and structures print); this file is the event state machine.
//
// The initial program is loaded by the machine, not by an execve the guest made, so the
// kernel emits no event for it. Like strace (which sees the execve that starts the
// program) the tracer prints an `execve(...) = 0` line first, rebuilt from the new
// stack (argv, envp count, AT_EXECFN) — see `syntheticExecve` below.
//
// `opts.vdso` (sysgate run --trace --trace-vdso): calls into the vDSO (clock_gettime,
// gettimeofday, time, getcpu, clock_getres) usually never enter the kernel, so strace
// cannot see them; the kernel reports them as 'vdso-call' events and the tracer prints
// them, when asked, as lines marked "[vdso]", decoded like the system call of the same
// name, at the function's return:
//   [vdso] clock_gettime(CLOCK_MONOTONIC, {tv_sec=1000, tv_nsec=5123}) = 0
// A call that fell back to the kernel shows its system calls first and says so
// ("= 0 (1 system call)"). __kernel_vsyscall, the i386 system-call gate, is not shown:
// the system call it makes is. Calls into the legacy vsyscall page (0xffffffffff600000)
// are emulated by the kernel without a ptrace stop, so strace never shows them either:
// their system-call events (path 'vsyscall') are hidden by default and shown with
// `opts.vdso` as "[vsyscall] gettimeofday(…) = 0".
//
// int $0x80 from a 64-bit task: the kernel uses the low halves of the registers, and
// the event carries those; strace shows the whole 64-bit registers (a pointer with junk
// in its upper half prints as that address, not as the string the kernel wrote). The
// tracer reads the full registers from pt_regs to show what strace shows.

import type { Machine } from '../api/machine.js';
import type { Abi, SyscallDecl } from '../kernel/syscalls/declare.js';
import type { KernelEvent, SignalEvent, SyscallEnterEvent, SyscallExitEvent, ExitEvent, VdsoCallEvent } from '../kernel/events.js';
import { ARGS_32, PtRegs } from '../kernel/ptregs.js';
import type { Task } from '../kernel/task.js';
import { errnoInfo, formatErrnoResult } from '../vfs/errno.js';
import { type ArgDecoder, type CallInfo, type GuestMemory, addr, atExit, cstr, isError, readCString, View, printSignal } from './decode.js';
import { hex } from './flags.js';
import { quoteBytes } from './quote.js';
import { GENERIC, signatureFor, type RetFormat, type Signature } from './signatures.js';

/** strace's -a default: results start at this column. */
export const RESULT_COLUMN = 40;

/** Prefixes of the lines strace itself cannot show (--trace-vdso). */
export const VDSO_MARK = '[vdso] ';
export const VSYSCALL_MARK = '[vsyscall] ';

export interface TracerOptions {
  /** Show vDSO calls (which never enter the kernel) as marked lines. */
  vdso: boolean;
  /** Print the synthetic execve line for the initial program (default true). */
  execve?: boolean;
}

/**
 * Guest memory of the running task, read as the task would (user pages only). Like
 * ptrace's PEEKDATA (access_process_vm), a page not yet touched is faulted in.
 */
export function machineMemory(m: Machine): GuestMemory {
  return {
    read(a: bigint, n: number): Uint8Array | null {
      if (n < 0 || a < 0n || a + BigInt(n) > 0x800000000000n) return null;
      if (n === 0) return new Uint8Array(0);
      try {
        return m.kernel.current.um.read(Number(a), n);
      } catch {
        return null;
      }
    },
  };
}

/** A call line being written: the entry part is out, the exit part is to come. */
export interface CallLine {
  sig: Signature;
  call: CallInfo;
  count: number;
  /** Index of the first argument not printed yet. */
  next: number;
  /** Characters of the line written so far. */
  col: number;
  /** The line was completed. */
  done: boolean;
}

/** A decoder that throws (a bug, or guest data it did not expect) prints the raw value. */
function safeFmt(d: ArgDecoder, c: CallInfo, i: number): string {
  try {
    return d.fmt(c, i);
  } catch {
    return hex(BigInt.asUintN(c.abi === 'x64' || c.wide ? 64 : 32, c.args[i] ?? 0n));
  }
}

/**
 * Starts a call line: returns it and the text known at entry — the name, "(", and the
 * arguments up to the first one decoded at exit (followed by ", " when there is one).
 */
export function beginCall(abi: Abi, name: string | null, nr: number, decl: SyscallDecl | null, args: bigint[], mem: GuestMemory, wide = false): { line: CallLine; text: string } {
  // strace cannot read above 4 GiB through a 32-bit personality (its umoven refuses)
  const m: GuestMemory = wide ? { read: (a, n) => (a + BigInt(n) > 0x100000000n ? null : mem.read(a, n)) } : mem;
  let shown = name ?? unknownName(nr);
  let sig = signatureFor(abi, name, decl);
  let call: CallInfo = { abi, name: shown, args, ret: null, mem: m, wide };
  const sub = sig.demux?.(call);
  if (sub) {
    shown = sub.name;
    sig = sub.sig ?? signatureFor(abi, sub.name, null);
    call = { abi, name: shown, args: sub.args, ret: null, mem: m, wide };
  }
  const count = Math.min(sig.count ? sig.count(call) : sig.args.length, sig === GENERIC ? call.args.length : sig.args.length);
  let text = shown + '(';
  let next = 0;
  for (; next < count; next++) {
    const d = sig.args[next];
    if (atExit(d, call)) break;
    if (next > 0) text += ', ';
    text += safeFmt(d, call, next);
  }
  if (next < count && next > 0) text += ', ';
  return { line: { sig, call, count, next, col: text.length, done: false }, text };
}

/**
 * Completes a call line with its result (null: the call did not return, "= ?"):
 * the arguments decoded at exit, ")", padding to column 40, "= result", newline.
 */
export function endCall(p: CallLine, ret: bigint | null): string {
  p.call.ret = ret;
  let rest = '';
  // the ", " before the first exit-decoded argument was written at entry
  for (let i = p.next; i < p.count; i++) {
    if (i > p.next) rest += ', ';
    rest += safeFmt(p.sig.args[i], p.call, i);
  }
  rest += ')';
  p.next = p.count;
  p.done = true;
  let result: string;
  try {
    result = ret === null ? '?' : formatResult(ret, p.sig.ret, p.call);
  } catch {
    result = ret === null ? '?' : ret.toString();
  }
  return rest + ' ' + resultSuffix(p.col + rest.length + 1, result) + '\n';
}

/** A whole call line at once (entry and exit decoding), e.g. for tests and replays. */
export function formatCall(abi: Abi, name: string | null, nr: number, decl: SyscallDecl | null, args: bigint[], ret: bigint | null, mem: GuestMemory): string {
  const { line, text } = beginCall(abi, name, nr, decl, args, mem);
  return text + endCall(line, ret);
}

interface Pending extends CallLine {
  enter: SyscallEnterEvent;
}

interface TaskState {
  announced: boolean;
  pending: Pending | null;
  /** Lines held back until the pending call's exit (a signal raised inside the call). */
  deferred: string[];
  /** Open vDSO calls (their entry events). */
  vdso: VdsoCallEvent[];
}

export interface Tracer {
  /** The kernel-event listener. */
  listener: (e: KernelEvent) => void;
  /** Writes anything held back (call this when the machine has stopped). */
  flush(): void;
}

/** The name strace prints: the table name, or syscall_0x<nr> for an unknown number. */
export function syscallName(e: SyscallEnterEvent): string {
  return e.name ?? unknownName(e.nr);
}

/**
 * strace's name for a number outside the table: the number as the kernel saw it (an
 * int), sign-extended to 64 bits as strace stores it — syscall_0xffffffffffffffff for -1,
 * for i386 tracees too.
 */
function unknownName(nr: number): string {
  return `syscall_0x${BigInt.asUintN(64, BigInt(nr)).toString(16)}`;
}

/** The result part after "= ". */
export function formatResult(ret: bigint, fmt: RetFormat, c: CallInfo): string {
  if (fmt === 'none') return '?';
  if (isError(ret)) {
    const info = errnoInfo(Number(-ret));
    if (info?.internal) return `? ${info.name} (${info.message})`;
    return formatErrnoResult(Number(ret));
  }
  const bitsN = c.abi === 'x64' ? 64 : 32;
  switch (fmt) {
    case 'dec':
      return ret.toString();
    case 'hex':
      return hex(BigInt.asUintN(bitsN, ret));
    case 'oct': {
      const u = BigInt.asUintN(bitsN, ret);
      return u === 0n ? '0' : '0' + u.toString(8);
    }
    default:
      return fmt(c, ret);
  }
}

/** Pads to the result column the way strace does: ") " then spaces to column 40. */
function resultSuffix(col: number, result: string): string {
  const pad = col < RESULT_COLUMN ? ' '.repeat(RESULT_COLUMN - col) : '';
  return `${pad}= ${result}`;
}

/** The line a kernel signal event prints: "--- SIGSEGV {si_signo=…} ---". */
export function formatSignal(e: SignalEvent): string {
  const name = printSignal(e.signal);
  const code = e.code || 'SI_KERNEL';
  let info = `si_signo=${name}, si_code=${code}`;
  if (code === 'SI_USER' || code === 'SI_TKILL' || code === 'SI_QUEUE') {
    info += `, si_pid=${e.task.tgid}, si_uid=${e.task.creds.uid}`;
  } else {
    const faultSig = e.signal === 4 || e.signal === 7 || e.signal === 8 || e.signal === 11;
    const trapWithAddr = e.signal === 5 && code !== 'SI_KERNEL';
    if (faultSig || trapWithAddr) info += `, si_addr=${addr(BigInt.asUintN(64, BigInt(e.addr ?? 0)))}`;
  }
  return `--- ${name} {${info}} ---\n`;
}

export function formatExit(e: ExitEvent): string {
  if (e.signal) return `+++ killed by ${printSignal(e.signal)}${e.core ? ' (core dumped)' : ''} +++\n`;
  return `+++ exited with ${e.code} +++\n`;
}

/**
 * The execve line strace would have printed for the initial program, rebuilt from the
 * initial stack: argv is found as the pointer array whose first entry is mm->arg_start
 * (scanning down from the strings), envp follows it, and AT_EXECFN in the auxiliary
 * vector gives the path. Null when the stack cannot be read.
 */
export function syntheticExecve(task: Task, mem: GuestMemory, wordSize: 4 | 8): string | null {
  const mm = task.mm;
  const argStart = BigInt(mm.argStart);
  if (!mm.argStart) return null;
  const w = BigInt(wordSize);
  const word = (a: bigint): bigint | null => {
    const b = mem.read(a, wordSize);
    return b ? new View(b, wordSize).word(0) : null;
  };
  let argvAddr: bigint | null = null;
  for (let a = (argStart & ~(w - 1n)) - w, k = 0; k < 16384 && a > 0n; a -= w, k++) {
    const v = word(a);
    if (v === null) break;
    if (v === argStart) {
      argvAddr = a;
      break;
    }
  }
  if (argvAddr === null) return null;
  const argc = word(argvAddr - w);
  if (argc === null || argc > 100000n) return null;
  const n = Number(argc);
  const argv: string[] = [];
  const c: CallInfo = { abi: wordSize === 8 ? 'x64' : 'ia32', name: 'execve', args: [], ret: 0n, mem };
  for (let k = 0; k < n; k++) {
    if (k >= 32) {
      argv.push('...');
      break;
    }
    const p = word(argvAddr + BigInt(k) * w);
    if (p === null) return null;
    argv.push(cstr(c, p) ?? addr(p));
  }
  const envp = argvAddr + BigInt(n + 1) * w;
  let envc = 0;
  let a = envp;
  for (;;) {
    const p = word(a);
    if (p === null) return null;
    a += w;
    if (p === 0n) break;
    envc++;
  }
  // the auxiliary vector follows envp's NULL: find AT_EXECFN (31)
  let path: string | null = null;
  for (let k = 0; k < 64; k++) {
    const type = word(a);
    const val = word(a + w);
    if (type === null || val === null || type === 0n) break;
    if (type === 31n) {
      const s = readCString(mem, val, 4096);
      if (s) path = quoteBytes(s.bytes);
      break;
    }
    a += 2n * w;
  }
  if (path === null) path = argv[0] ?? '""';
  const head = `execve(${path}, [${argv.join(', ')}], ${addr(envp)} /* ${envc} var${envc === 1 ? '' : 's'} */)`;
  return head + ' ' + resultSuffix(head.length + 1, '0') + '\n';
}

/**
 * A "[vdso]" line for a vDSO function call (null for __kernel_vsyscall, whose system
 * call is traced): decoded with the signature of the system call of the same name.
 */
export function formatVdsoCall(enter: VdsoCallEvent, ret: VdsoCallEvent, mem: GuestMemory): string | null {
  if (enter.symbol === '__kernel_vsyscall') return null;
  const name = enter.symbol.replace(/^__vdso_/, '');
  const sig = signatureFor(enter.abi, name, null);
  const n = sig === GENERIC ? enter.args.length : Math.min(enter.args.length, sig.args.length);
  const { line, text } = beginCall(enter.abi, name, -1, null, enter.args.slice(0, n), mem);
  line.count = Math.min(line.count, n);
  let s = VDSO_MARK + text;
  line.col += VDSO_MARK.length;
  const r = ret.ret ?? 0n;
  let end = endCall(line, r);
  if (ret.syscalls > 0) end = end.replace(/\n$/, ` (${ret.syscalls} system call${ret.syscalls === 1 ? '' : 's'})\n`);
  s += end;
  return s;
}

/**
 * A tracer over any event source: `memFor` gives the memory of a task, `out` receives
 * text (partial lines included).
 */
export function createTracer(
  memFor: (t: Task) => GuestMemory,
  out: (s: string) => void,
  opts: TracerOptions,
  fullRegisters?: (e: SyscallEnterEvent) => bigint[] | null,
): Tracer {
  const tasks = new Map<Task, TaskState>();
  const state = (t: Task): TaskState => {
    let s = tasks.get(t);
    if (!s) {
      s = { announced: opts.execve === false, pending: null, deferred: [], vdso: [] };
      tasks.set(t, s);
    }
    return s;
  };

  const announce = (t: Task, st: TaskState, wordSize: 4 | 8) => {
    if (st.announced) return;
    st.announced = true;
    const line = syntheticExecve(t, memFor(t), wordSize);
    if (line) out(line);
  };

  const onEnter = (e: SyscallEnterEvent) => {
    const st = state(e.task);
    announce(e.task, st, e.abi === 'x64' ? 8 : 4);
    if (st.pending && !st.pending.done) out(' <unfinished ...>\n');
    const wide = fullRegisters?.(e) ?? null;
    const { line, text } = beginCall(e.abi, e.name, e.nr, e.decl, wide ?? e.args, memFor(e.task), wide !== null);
    if (e.path === 'vsyscall') {
      // the legacy vsyscall page: emulated without a ptrace stop, so strace never shows
      // it; with --trace-vdso it is shown, marked like a vDSO call
      if (!opts.vdso) {
        st.pending = { ...line, enter: e, done: true };
        return;
      }
      st.pending = { ...line, enter: e, col: line.col + VSYSCALL_MARK.length };
      out(VSYSCALL_MARK + text);
      return;
    }
    st.pending = { ...line, enter: e };
    out(text);
  };

  const onExit = (e: SyscallExitEvent) => {
    const st = state(e.task);
    const p = st.pending;
    if (!p || p.enter !== e.enter) {
      // an exit without its entry (the tracer was attached mid-call): print it whole
      const sig = signatureFor(e.enter.abi, e.enter.name, e.enter.decl);
      const call: CallInfo = { abi: e.enter.abi, name: syscallName(e.enter), args: e.enter.args, ret: e.ret, mem: memFor(e.task) };
      const head = `<... ${call.name} resumed>) `;
      out(head + resultSuffix(head.length, formatResult(e.ret, sig.ret, call)) + '\n');
      return;
    }
    st.pending = null;
    if (!p.done) {
      out(endCall(p, e.ret));
    }
    for (const l of st.deferred) out(l);
    st.deferred = [];
  };

  const onSignal = (e: SignalEvent) => {
    const st = state(e.task);
    announce(e.task, st, e.task.compat ? 4 : 8);
    const line = formatSignal(e);
    if (st.pending && !st.pending.done) st.deferred.push(line);
    else out(line);
  };

  const onVdso = (e: VdsoCallEvent) => {
    if (!opts.vdso) return;
    const st = state(e.task);
    announce(e.task, st, e.abi === 'x64' ? 8 : 4);
    if (e.phase === 'enter') {
      st.vdso.push(e);
      return;
    }
    let k = st.vdso.length - 1;
    while (k >= 0 && st.vdso[k].symbol !== e.symbol) k--;
    if (k < 0) return;
    const enter = st.vdso[k];
    st.vdso.length = k;
    const text = formatVdsoCall(enter, e, memFor(e.task));
    if (!text) return;
    if (st.pending && !st.pending.done) st.deferred.push(text);
    else out(text);
  };

  const onTaskExit = (e: ExitEvent) => {
    const st = state(e.task);
    announce(e.task, st, e.task.compat ? 4 : 8);
    const p = st.pending;
    const line = formatExit(e);
    if (p && !p.done) {
      if (p.sig.ret === 'none') {
        // exit/exit_group: the call never returns
        out(endCall(p, null));
        for (const l of st.deferred) out(l);
        st.deferred = [];
        out(line);
        return;
      }
      // killed inside a call that still reports its result: after the result
      st.deferred.push(line);
      return;
    }
    for (const l of st.deferred) out(l);
    st.deferred = [];
    out(line);
  };

  return {
    listener(e: KernelEvent) {
      switch (e.type) {
        case 'syscall-enter':
          onEnter(e);
          break;
        case 'syscall-exit':
          onExit(e);
          break;
        case 'signal':
          onSignal(e);
          break;
        case 'exit':
          onTaskExit(e);
          break;
        case 'vdso-call':
          onVdso(e);
          break;
        case 'fault':
          // page faults are invisible to strace (demand paging) or show as the signal
          break;
      }
    },
    flush() {
      for (const st of tasks.values()) {
        const p = st.pending;
        if (p && !p.done) {
          out(endCall(p, null));
          st.pending = null;
        }
        for (const l of st.deferred) out(l);
        st.deferred = [];
      }
    },
  };
}

/**
 * Attaches an strace-style tracer to a machine (before load()). Returns a function that
 * detaches it, writing anything still held back.
 */
export function attachTracer(m: Machine, out: (s: string) => void, opts: { vdso: boolean; execve?: boolean }): () => void {
  const mem = machineMemory(m);
  // int $0x80 from a 64-bit task: the whole registers, as strace reads them
  const full = (e: SyscallEnterEvent): bigint[] | null => {
    if (e.abi !== 'ia32' || e.task.compat) return null;
    try {
      const regs = new PtRegs(m.kernel.as, e.regsAddr);
      return ARGS_32.map((f) => regs.getBig(f));
    } catch {
      return null;
    }
  };
  const t = createTracer(() => mem, out, { vdso: opts.vdso, execve: opts.execve }, full);
  const off = m.on(t.listener);
  return () => {
    off();
    t.flush();
  };
}
