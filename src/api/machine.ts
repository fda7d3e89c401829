// The public library API: a Machine runs one static Linux x86 program on the emulated
// CPU and kernel. Browser-safe: nothing here touches the host (see ./host.ts for the
// Node-only host file system and stdio).

import { Kernel, type ExitStatus, type KernelOptions } from '../kernel/kernel.js';
import { Errno, strerror } from '../vfs/errno.js';

/** RLIMIT_FSIZE (include/uapi/asm-generic/resource.h). */
const RLIMIT_FSIZE = 1;
import { Vfs } from '../vfs/vfs.js';
import { utf8ToByteStr } from '../vfs/bytes.js';
import type { KernelListener } from '../kernel/events.js';
import type { OpenFile } from '../vfs/types.js';
import type { Vendor } from '../cpu/cpu.js';
import { InputStream, OutputStream, Collector } from './stdio.js';

export interface MachineOptions {
  /** CPU vendor model (default Intel). */
  vendor?: Vendor;
  /** Guest memory limit in bytes (default 1 GiB). */
  memoryLimit?: number;
  /** Seed for AT_RANDOM/getrandom: reproducible runs. */
  seed?: number;
  uid?: number;
  gid?: number;
  pid?: number;
  /** The file system (default: an empty in-memory tree with /dev, /proc, /tmp). */
  vfs?: Vfs;
  /** Standard input bytes (default empty). Ignored when `stdio` is given. */
  stdin?: Uint8Array | string;
  /** Where stdout/stderr go (default: collected, see RunResult). */
  onStdout?: (data: Uint8Array) => void;
  onStderr?: (data: Uint8Array) => void;
  /** Explicit fd 0–2 (the CLI passes the host's). */
  stdio?: [OpenFile, OpenFile, OpenFile];
  /** Always leave the kernel through IRET. */
  forceIret?: boolean;
  hostname?: string;
  /** The guest's initial working directory (default /). */
  cwd?: string;
  /**
   * Largest file the program may write, in bytes: RLIMIT_FSIZE, soft and hard (a write
   * beyond it gets EFBIG and SIGXFSZ). Default: unlimited.
   */
  maxFileSize?: number;
}

export interface RunOptions {
  /** Stop after this many instructions (runaway guests). */
  instructionLimit?: number;
  /** Stop after this many milliseconds of host time (checked every million instructions). */
  timeoutMs?: number;
}

export interface RunResult extends ExitStatus {
  /** Collected output (empty when onStdout/onStderr/stdio were given). */
  stdout: Uint8Array;
  stderr: Uint8Array;
  /** Instructions executed by the CPU (user and kernel). */
  instructions: number;
  /** Why the run ended abnormally: limit, fault diagnostic, kernel oops. */
  diagnostic: string | null;
  /** True when the instruction limit stopped the program. */
  limitReached: boolean;
  /** True when the timeout stopped the program. */
  timedOut: boolean;
  /** True when a sysgate bug (a host exception inside the machine) stopped it; see diagnostic. */
  internalError: boolean;
  /** The host stack of that exception, for bug reports. */
  hostStack?: string | null;
}

/**
 * A host exception inside the machine: a sysgate bug, never the guest's doing. The
 * message names where it happened and the CPU state; `hostStack` is for bug reports.
 */
export class InternalError extends Error {
  constructor(
    message: string,
    readonly hostStack: string | null = null,
  ) {
    super(message);
  }
}

/** A program that cannot be started: `errno` is what execve would return (the CLI prints the message). */
export class LoadError extends Error {
  constructor(
    message: string,
    readonly errno: number = Errno.ENOEXEC,
  ) {
    super(message);
  }
}

export class Machine {
  readonly kernel: Kernel;
  readonly vfs: Vfs;
  private out = new Collector();
  private err = new Collector();
  private loaded = false;
  private cwd: string;
  private maxFileSize: number | undefined;

  constructor(opts: MachineOptions = {}) {
    this.vfs = opts.vfs ?? new Vfs({ cred: { uid: opts.uid ?? 0, gid: opts.gid ?? 0 } });
    const stdio: [OpenFile, OpenFile, OpenFile] = opts.stdio ?? [
      new InputStream(typeof opts.stdin === 'string' ? new TextEncoder().encode(opts.stdin) : (opts.stdin ?? new Uint8Array(0))),
      new OutputStream(opts.onStdout ?? this.out.sink),
      new OutputStream(opts.onStderr ?? this.err.sink),
    ];
    const ko: KernelOptions = {
      vfs: this.vfs,
      stdio,
      vendor: opts.vendor,
      memoryLimit: opts.memoryLimit,
      seed: opts.seed,
      uid: opts.uid,
      gid: opts.gid,
      pid: opts.pid,
      forceIret: opts.forceIret,
      hostname: opts.hostname,
    };
    this.kernel = new Kernel(ko);
    this.cwd = opts.cwd ?? '/';
    this.maxFileSize = opts.maxFileSize;
  }

  /** The Location of the initial working directory. */
  private cwdLocation() {
    const r = this.vfs.lookup(this.vfs.root(), utf8ToByteStr(this.cwd));
    if (typeof r === 'number') throw new LoadError(`working directory ${this.cwd}: errno ${-r}`);
    return r;
  }

  /** Subscribes to kernel events (system calls, faults, signals, exit). */
  on(listener: KernelListener): () => void {
    return this.kernel.on(listener);
  }

  /** Writes a file into the guest file system (creating parent directories). */
  writeFile(path: string, data: Uint8Array | string, mode = 0o644): void {
    const parts = path.split('/').filter(Boolean);
    let dir = '';
    for (const p of parts.slice(0, -1)) {
      dir += '/' + p;
      this.vfs.mkdir(this.vfs.root(), dir, 0o755);
    }
    const r = this.vfs.writeFile(this.vfs.root(), path, typeof data === 'string' ? new TextEncoder().encode(data) : data, mode);
    if (r < 0) throw new Error(`cannot write ${path}: errno ${-r}`);
  }

  readFile(path: string): Uint8Array {
    const r = this.vfs.readFile(this.vfs.root(), path);
    if (typeof r === 'number') throw new Error(`cannot read ${path}: errno ${-r}`);
    return r;
  }

  /**
   * Loads a program: `program` is a path in the guest file system (a `#!` script works
   * too) or the ELF image itself. argv[0] defaults to the path (or "/program"). Throws
   * LoadError (with the errno Linux's execve would give) for a missing, non-executable,
   * malformed or dynamically linked program, or arguments that are too large.
   */
  load(program: Uint8Array | string, argv?: string[], env: Record<string, string> | string[] = {}): void {
    if (this.loaded) throw new Error('a Machine runs one program; create another Machine');
    const cwd = this.cwdLocation();
    const enc = new TextEncoder();
    const envp = (Array.isArray(env) ? env : Object.entries(env).map(([k, v]) => `${k}=${v}`)).map((e) => enc.encode(e));
    const path = typeof program === 'string' ? program : (argv?.[0] ?? '/program');
    const args = (argv ?? [path]).map((x) => enc.encode(x));
    // the task exists before its program, as a process calling execve does
    const task = this.kernel.createTask();
    task.cwd = cwd;
    if (this.maxFileSize !== undefined) task.rlimits.set(RLIMIT_FSIZE, [BigInt(this.maxFileSize), BigInt(this.maxFileSize)]);
    const k = this.kernel;
    k.lastDiagnostic = null;
    let r: number;
    try {
      r = k.execFirst(task, typeof program === 'string' ? utf8ToByteStr(program) : program, args, envp);
    } catch (e) {
      k.internalError(e);
      throw new InternalError(`${path}: ${k.panic}`, k.internalStack);
    }
    if (r < 0) {
      const why = k.lastDiagnostic ?? strerror(-r);
      throw new LoadError(`${path}: ${why}`, -r);
    }
    this.loaded = true;
  }

  /** Runs the loaded program to completion (or the instruction limit, or the timeout). */
  run(opts: RunOptions = {}): RunResult {
    if (!this.loaded) throw new Error('load() a program first');
    const k = this.kernel;
    const before = k.cpu.retired;
    const deadline = opts.timeoutMs !== undefined ? Date.now() + opts.timeoutMs : Infinity;
    const st = k.run(opts.instructionLimit ?? Infinity, deadline);
    const instructions = k.cpu.retired - before;
    const base = { stdout: this.out.bytes(), stderr: this.err.bytes(), instructions, timedOut: false, internalError: false };
    if (st === null && k.timedOut) {
      return { ...base, code: 0, signal: 9, core: false, diagnostic: `timeout: the program was stopped after ${opts.timeoutMs! / 1000} s`, limitReached: false, timedOut: true };
    }
    if (st === null) {
      return { ...base, code: 0, signal: 9, core: false, diagnostic: `instruction limit reached (${opts.instructionLimit} instructions): the program was stopped`, limitReached: true };
    }
    const internalError = k.internalStack !== null;
    return { ...base, ...st, diagnostic: st.reason ?? k.lastDiagnostic, limitReached: false, internalError, hostStack: k.internalStack };
  }
}

