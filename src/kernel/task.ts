// A task (struct task_struct): identity, credentials, memory map, open files,
// file-system context, signal dispositions, and its kernel stack.

import type { OpenFile, Location } from '../vfs/types.js';
import type { MM } from './mm.js';
import type { UserMemory } from './uaccess.js';

export interface FdEntry {
  file: OpenFile;
  cloexec: boolean;
}

/** The file-descriptor table (struct files_struct). */
export class FdTable {
  readonly fds = new Map<number, FdEntry>();
  /** RLIMIT_NOFILE */
  limit = 1024;

  get(fd: number): FdEntry | undefined {
    return this.fds.get(fd);
  }

  /** Lowest free descriptor ≥ min, or -1. */
  lowestFree(min = 0): number {
    for (let fd = min; fd < this.limit; fd++) if (!this.fds.has(fd)) return fd;
    return -1;
  }

  install(fd: number, file: OpenFile, cloexec: boolean): void {
    this.fds.set(fd, { file, cloexec });
  }

  /** Removes fd; closes the file when no other descriptor refers to it. */
  close(fd: number): boolean {
    const e = this.fds.get(fd);
    if (!e) return false;
    this.fds.delete(fd);
    this.release(e.file);
    return true;
  }

  /** Closes the file object when no descriptor refers to it any more. */
  release(file: OpenFile): void {
    for (const other of this.fds.values()) if (other.file === file) return;
    file.close();
  }

  closeOnExec(): void {
    for (const [fd, e] of [...this.fds]) if (e.cloexec) this.close(fd);
  }

  closeAll(): void {
    for (const fd of [...this.fds.keys()]) this.close(fd);
  }
}

/** struct k_sigaction as recorded by rt_sigaction (delivery of handlers is not modelled yet). */
export interface SigAction {
  handler: bigint;
  flags: bigint;
  restorer: bigint;
  mask: bigint;
}

export interface Creds {
  uid: number;
  euid: number;
  suid: number;
  gid: number;
  egid: number;
  sgid: number;
  groups: number[];
}

export class Task {
  pid: number;
  tgid: number;
  ppid: number;
  comm = '';
  /** Path of the executable (for /proc/self/exe). */
  exePath = '';
  compat = false;
  mm: MM;
  um: UserMemory;
  files = new FdTable();
  cwd: Location;
  root: Location;
  umask = 0o022;
  creds: Creds;
  sigactions = new Map<number, SigAction>();
  sigmask = 0n;
  clearChildTid = 0;
  robustList = 0;
  robustLen = 0;
  /** Top of this task's kernel stack (TSS.sp0 while it runs). */
  kernelStackTop = 0;
  /** Resource limits: resource → [soft, hard] (RLIM_INFINITY as -1n's unsigned value). */
  rlimits = new Map<number, [bigint, bigint]>();
  /** Set when the task has exited: the exit code or the terminating signal. */
  exited: { code: number; signal: number; core: boolean } | null = null;
  /** i386 TLS descriptors (set_thread_area): GDT entries 12–14 as 8-byte values. */
  tls: bigint[] = [0n, 0n, 0n];

  constructor(pid: number, mm: MM, um: UserMemory, cwd: Location, creds: Creds) {
    this.pid = pid;
    this.tgid = pid;
    this.ppid = 1;
    this.mm = mm;
    this.um = um;
    this.cwd = cwd;
    this.root = cwd;
    this.creds = creds;
  }
}
