// Events the kernel emits (it never formats them: src/trace does).

import type { Abi, EntryPath, SyscallDecl } from './syscalls/declare.js';
import type { Task } from './task.js';

export interface SyscallEnterEvent {
  type: 'syscall-enter';
  task: Task;
  abi: Abi;
  path: EntryPath;
  nr: number;
  /** Table name ("read"), or null for a number outside the table. */
  name: string | null;
  decl: SyscallDecl | null;
  /** Raw argument registers, per ABI (i386 values are 32-bit). */
  args: bigint[];
  /** Kernel address of the pt_regs frame. */
  regsAddr: number;
  /** Address of the sys_call_table slot used, or null when out of range. */
  slotAddr: number | null;
  /** Address and name of the routine the slot points at. */
  routineAddr: number | null;
  routine: string;
}

export interface SyscallExitEvent {
  type: 'syscall-exit';
  task: Task;
  enter: SyscallEnterEvent;
  /** The value left in pt_regs->ax, sign-extended (i386: from 32 bits). */
  ret: bigint;
  /** Whether the exit path may use SYSRET/SYSEXIT (else IRET). */
  fastReturn: boolean;
}

export interface FaultEvent {
  type: 'fault';
  task: Task;
  vector: number;
  errorCode: number;
  /** CR2 for page faults. */
  addr: number;
  ip: number;
  /** Resolved by the kernel (demand paging) or turned into a signal. */
  resolved: boolean;
  detail: string;
}

export interface SignalEvent {
  type: 'signal';
  task: Task;
  signal: number;
  /** si_code-style reason and address, for the tracer's "--- SIGSEGV {...} ---" line. */
  code: string;
  addr: number | null;
  detail: string;
}

export interface ExitEvent {
  type: 'exit';
  task: Task;
  code: number;
  signal: number;
  core: boolean;
}

/**
 * Execution reached an exported vDSO function ('enter') or one of its `ret`s
 * ('return') — calls that strace cannot see, because most never enter the kernel
 * (emitted by src/kernel/vdso.ts).
 */
export interface VdsoCallEvent {
  type: 'vdso-call';
  task: Task;
  phase: 'enter' | 'return';
  /** The exported name (__vdso_clock_gettime, __kernel_vsyscall, ...) and its version. */
  symbol: string;
  version: string;
  /** Address of the function. */
  addr: number;
  abi: Abi;
  /**
   * enter: the arguments (x86-64: rdi, rsi, rdx; i386: the first three stack slots;
   * __kernel_vsyscall: eax (the number), ebx, ecx, edx). return: [].
   */
  args: bigint[];
  /** return: rax/eax, sign-extended; enter: null. */
  ret: bigint | null;
  /** return: system calls made during the call (0: the call never entered the kernel). */
  syscalls: number;
  /** return: instructions retired during the call (user and kernel). */
  instructions: number;
  /** Nesting depth (the i386 fallbacks call __kernel_vsyscall from inside a vDSO function). */
  depth: number;
}

export type KernelEvent = SyscallEnterEvent | SyscallExitEvent | FaultEvent | SignalEvent | ExitEvent | VdsoCallEvent;
export type KernelListener = (e: KernelEvent) => void;
