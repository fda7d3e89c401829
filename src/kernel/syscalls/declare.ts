// System-call service routines are declared once, here-style: the kernel entry-point
// name (as in the .tbl files: "sys_read", "sys_newstat", "compat_sys_…"), the argument
// kinds (used by the tracer to decode them), a support level with a note (as gVisor's
// tables do), and the implementation. The dispatch tables, the tracer's decoding and
// `sysgate table` are all derived from these declarations.

import type { PtRegs } from '../ptregs.js';
import type { Kernel } from '../kernel.js';
import type { Task } from '../task.js';

/** How an argument is decoded for display (the value itself is always a number). */
export type ArgKind =
  | 'int'
  | 'uint'
  | 'long'
  | 'ulong'
  | 'size'
  | 'off'
  | 'ptr'
  | 'hex'
  | 'octal'
  | 'fd'
  | 'dirfd'
  | 'path'
  | 'str'
  | 'inbuf'
  | 'outbuf'
  | 'iovec_in'
  | 'iovec_out'
  | 'oflags'
  | 'mode'
  | 'prot'
  | 'mmap_flags'
  | 'whence'
  | 'at_flags'
  | 'signum'
  | 'sigset'
  | 'clockid'
  | 'ioctl'
  | 'fcntl'
  | 'struct'
  | 'argv'
  | 'access_mode';

export interface ArgSpec {
  name: string;
  kind: ArgKind;
  /** For buffers and iovecs: the index of the argument holding the length/count. */
  len?: number;
  /** For 'struct': the structure's name (the tracer may know how to print it). */
  struct?: string;
  /** For 'struct': true when the kernel fills it (decode at exit). */
  out?: boolean;
}

export type RetKind = 'int' | 'fd' | 'size' | 'ptr' | 'hex' | 'octal' | 'none' | 'off';

export type Support = 'full' | 'partial';

export type Abi = 'x64' | 'ia32';

/** How the call entered the kernel. */
export type EntryPath = 'syscall' | 'int80' | 'sysenter' | 'compat-syscall' | 'vsyscall';

/** Everything a service routine gets. */
export interface SyscallContext {
  readonly k: Kernel;
  readonly task: Task;
  readonly abi: Abi;
  readonly regs: PtRegs;
  /** Arguments converted per ABI: ints sign-extended from 32 bits, pointers unsigned. */
  readonly args: number[];
}

export type SyscallImpl = (c: SyscallContext, ...a: number[]) => number;

export interface SyscallDecl {
  /** Kernel entry-point name, e.g. "sys_read". */
  entry: string;
  args: ArgSpec[];
  ret: RetKind;
  support: Support;
  /** What is missing for a partial implementation. */
  note?: string;
  impl: SyscallImpl;
  /** Does not return (exit, exit_group): the tracer prints "= ?". */
  noreturn?: boolean;
}

/** Thrown by a service routine (or a user-memory copy) to return -errno. */
export class SysError {
  constructor(readonly errno: number) {}
}

const registry = new Map<string, SyscallDecl>();

/** Declares a service routine. Each entry point is declared exactly once. */
export function SYSCALL(entry: string, args: ArgSpec[], ret: RetKind, impl: SyscallImpl, opts: { support?: Support; note?: string; noreturn?: boolean } = {}): void {
  if (registry.has(entry)) throw new Error(`system call ${entry} declared twice`);
  registry.set(entry, { entry, args, ret, impl, support: opts.support ?? 'full', note: opts.note, noreturn: opts.noreturn });
}

/** Shorthand for argument specs: a('fd','fd'), a('buf','outbuf',2)… */
export function a(name: string, kind: ArgKind, len?: number): ArgSpec {
  return len === undefined ? { name, kind } : { name, kind, len };
}

export function structArg(name: string, struct: string, out = false): ArgSpec {
  return { name, kind: 'struct', struct, out };
}

export function lookupDecl(entry: string): SyscallDecl | undefined {
  return registry.get(entry);
}

export function allDecls(): SyscallDecl[] {
  return [...registry.values()];
}
