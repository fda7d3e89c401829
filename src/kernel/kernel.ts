// The kernel: owns the machine (physical memory, the address space, the CPU), boots
// it, keeps the tasks, dispatches system calls and faults, and emits events.

import { AddressSpace, PhysMem, PAGE_SIZE, PTE_R, PTE_W } from '../mem/memory.js';
import { CPU, RSP, SEG_CS, SEG_SS, SEG_DS, SEG_ES, SEG_FS, SEG_GS, type Vendor } from '../cpu/index.js';
import { ElfError } from '../loader/elf.js';
import { StackLayoutError } from '../loader/stack.js';
import { SYSCALLS_64_BY_NR, SYSCALLS_32_BY_NR, NR_syscalls, IA32_NR_syscalls } from './generated/syscall_tables.js';
import { boot, entrySymbols, req } from './boot.js';
import { installEntryNatives } from './entry.js';
import { installTrapNatives } from './traps.js';
import { argLimits, ExecFailure, findBinary, loadElf, openExec, type Binary } from './exec.js';
import { parseElf } from '../loader/elf.js';
import { bytesToStr, strToBytes } from '../vfs/bytes.js';
import { Errno } from '../vfs/errno.js';
import { MM } from './mm.js';
import { mapVdso, vdsoBase, vdsoKernelVsyscall, vdsoSysenterReturn, vdsoTimekeeper } from './vdso.js';
import { setupFs } from './syscalls/fs.js';
import { registerProcMaps } from './procmaps.js';
import { emulateVsyscall } from './vsyscall.js';
import { PT_REGS_SIZE, PtRegs, PT_REGS_FIELDS } from './ptregs.js';
import { Task } from './task.js';
import { UserMemory } from './uaccess.js';
import { lookupDecl, type SyscallDecl } from './syscalls/declare.js';
import { coreDumped, signalName, SIGNAL_TEXT } from './signals.js';
import {
  ROUTINE_BASE, TASK_STACKS_BASE, THREAD_SIZE, TSS_BASE, PERCPU_BASE, PCPU_TOP_OF_STACK, TASK_SIZE_MAX,
  __USER_CS, __USER_DS, __USER32_CS,
} from './layout.js';
import type { KernelEvent, KernelListener, SyscallEnterEvent } from './events.js';
import type { Vfs } from '../vfs/vfs.js';
import type { OpenFile } from '../vfs/types.js';
import './syscalls/index.js';

export interface KernelOptions {
  vfs: Vfs;
  /** The guest's fd 0, 1, 2. */
  stdio: [OpenFile, OpenFile, OpenFile];
  vendor?: Vendor;
  /** Guest physical memory limit in bytes (default 1 GiB). */
  memoryLimit?: number;
  /** Seed for AT_RANDOM, getrandom and address choices; random if omitted. */
  seed?: number;
  uid?: number;
  gid?: number;
  pid?: number;
  /** uname() fields. */
  hostname?: string;
  /** Always leave through IRET (for tests comparing exit paths). */
  forceIret?: boolean;
}

export interface Routine {
  name: string;
  /** null: sys_ni_syscall */
  decl: SyscallDecl | null;
}

export interface ExitStatus {
  /** Exit code (0–255) when the process exited normally. */
  code: number;
  /** Terminating signal, or 0. */
  signal: number;
  core: boolean;
  /** A human-readable reason when the machine stopped for another cause. */
  reason?: string;
}

/** Why the machine is not running guest code any more. */
export class KernelPanic extends Error {}

export class Kernel {
  readonly phys: PhysMem;
  readonly as: AddressSpace;
  readonly cpu: CPU;
  readonly vfs: Vfs;
  readonly symbols: Map<string, number>;
  /** Routine address per sys_call_table slot. */
  readonly table64: number[] = [];
  readonly table32: number[] = [];
  private routines = new Map<number, Routine>();
  private listeners: KernelListener[] = [];
  readonly tasks = new Map<number, Task>();
  current!: Task;
  readonly opts: KernelOptions;
  forceIret = false;
  /** The call being handled (between enter and exit events). */
  lastSyscall: SyscallEnterEvent | null = null;
  lastRet = 0n;
  private rngState: number;
  private nextStackSlot = 0;
  readonly bootTime = Date.now();
  /** Set when the kernel itself failed (oops): the machine stops. */
  panic: string | null = null;
  hostname: string;

  constructor(opts: KernelOptions) {
    this.opts = opts;
    this.vfs = opts.vfs;
    this.phys = new PhysMem({ maxBytes: opts.memoryLimit ?? 1 << 30 });
    this.as = new AddressSpace(this.phys);
    this.cpu = new CPU(this.as);
    this.cpu.vendor = opts.vendor ?? 'intel';
    this.forceIret = opts.forceIret ?? false;
    this.hostname = opts.hostname ?? 'sysgate';
    this.rngState = (opts.seed ?? Math.floor(Math.random() * 0x7fffffff)) >>> 0 || 1;
    this.symbols = entrySymbols();
    this.buildTables();
    installEntryNatives(this);
    installTrapNatives(this);
    boot(this);
    setupFs(this);
    registerProcMaps(this);
  }

  // ---------------- tables ----------------

  private buildTables(): void {
    let next = ROUTINE_BASE;
    const addrOf = new Map<string, number>();
    const routineFor = (entry: string | null): number => {
      const name = entry && lookupDecl(entry) ? entry : 'sys_ni_syscall';
      let a = addrOf.get(name);
      if (a === undefined) {
        a = next;
        next += 16;
        addrOf.set(name, a);
        const decl = name === 'sys_ni_syscall' ? null : (lookupDecl(name) ?? null);
        this.routines.set(a, { name, decl });
        // the routine is also callable as a native address (e.g. by a `call *table(,%rax,8)`)
        this.cpu.registerNative(a, name, () => {
          throw new KernelPanic(`${name} called directly; routines are dispatched by do_syscall_64`);
        });
      }
      return a;
    };
    for (let nr = 0; nr < NR_syscalls; nr++) this.table64.push(routineFor(SYSCALLS_64_BY_NR.get(nr)?.entry ?? null));
    for (let nr = 0; nr < IA32_NR_syscalls; nr++) {
      const row = SYSCALLS_32_BY_NR.get(nr);
      // A 64-bit kernel uses the compat entry point when the table has one.
      const entry = row ? (row.compatEntry && lookupDecl(row.compatEntry) ? row.compatEntry : row.entry) : null;
      this.table32.push(routineFor(entry));
    }
  }

  routineAt(addr: number): Routine | null {
    return this.routines.get(addr) ?? null;
  }

  // ---------------- events ----------------

  on(l: KernelListener): () => void {
    this.listeners.push(l);
    return () => {
      this.listeners = this.listeners.filter((x) => x !== l);
    };
  }

  emit(e: KernelEvent): void {
    for (const l of this.listeners) l(e);
  }

  // ---------------- tasks ----------------

  /** Creates the first task with stdio on fd 0–2. */
  createTask(): Task {
    const pid = this.opts.pid ?? 1000;
    const mm = new MM(this.as, TASK_SIZE_MAX);
    mm.activate();
    const um = new UserMemory(this.as);
    const uid = this.opts.uid ?? 0;
    const gid = this.opts.gid ?? 0;
    const t = new Task(pid, mm, um, this.vfs.root(), { uid, euid: uid, suid: uid, gid, egid: gid, sgid: gid, groups: [] });
    t.ppid = pid - 1;
    um.resolveFault = (addr, code) => t.mm.handleFault(addr, code);
    this.opts.stdio.forEach((f, fd) => t.files.install(fd, f, false));
    t.kernelStackTop = this.allocKernelStack();
    this.tasks.set(pid, t);
    this.current = t;
    return t;
  }

  private allocKernelStack(): number {
    const slot = this.nextStackSlot++;
    const base = TASK_STACKS_BASE + slot * (THREAD_SIZE + PAGE_SIZE) + PAGE_SIZE; // guard page below
    if (!this.as.mapAnon(base / PAGE_SIZE, THREAD_SIZE / PAGE_SIZE, PTE_R | PTE_W)) throw new KernelPanic('out of memory for a kernel stack');
    return base + THREAD_SIZE;
  }

  /** Makes `t` the running task: TSS.sp0 and the per-CPU top of stack point at its stack. */
  switchTo(t: Task): void {
    this.current = t;
    const w = (addr: number, v: number) => {
      const b = new Uint8Array(8);
      new DataView(b.buffer).setBigInt64(0, BigInt(v), true);
      this.as.writeBytes(addr, b, false, true);
    };
    w(TSS_BASE + 4, t.kernelStackTop);
    w(PERCPU_BASE + PCPU_TOP_OF_STACK, t.kernelStackTop);
  }

  /** The pt_regs frame at the top of the task's kernel stack. */
  taskRegs(t: Task): PtRegs {
    return new PtRegs(this.as, t.kernelStackTop - PT_REGS_SIZE);
  }

  /**
   * The machine's first program, as the kernel's own execve of init: `program` is a
   * path in the guest file system (a byte string; `#!` scripts work) or an ELF image.
   * Returns 0, or -errno with lastDiagnostic saying why where there is more to say.
   */
  execFirst(t: Task, program: Uint8Array | string, argv: Uint8Array[], envp: Uint8Array[]): number {
    const filename = typeof program === 'string' ? strToBytes(program) : (argv[0] ?? strToBytes('/program'));
    let bin: Binary | number;
    if (typeof program === 'string') {
      const file = openExec(this, t, t.cwd, program);
      bin = typeof file === 'number' ? file : findBinary(this, t, file, filename, argv.length ? argv : [new Uint8Array(0)]);
    } else {
      bin = this.imageBinary(program, filename, argv);
    }
    if (typeof bin === 'number') return bin;
    const e2big = argLimits(filename, bin.argv, envp, t.mm.stackLimit);
    if (e2big < 0) return e2big;
    try {
      this.startProgram(t, bin, envp);
    } catch (e) {
      if (!(e instanceof ExecFailure)) throw e;
      this.lastDiagnostic = e.message;
      return -Errno.ENOMEM;
    }
    return 0;
  }

  /** An ELF image given as bytes (no file behind it). */
  private imageBinary(bytes: Uint8Array, filename: Uint8Array, argv: Uint8Array[]): Binary | number {
    try {
      const path = bytesToStr(filename);
      return { img: { bytes, path: filename, resolved: path }, elf: parseElf(bytes), argv: argv.length ? argv : [new Uint8Array(0)] };
    } catch (e) {
      if (!(e instanceof ElfError)) throw e;
      this.lastDiagnostic = e.message;
      return -Errno.ENOEXEC;
    }
  }

  /**
   * Loads a program into the task and prepares the CPU to enter it through the real
   * return-to-user path (POP_REGS; iretq), as a new process does after execve.
   */
  private startProgram(t: Task, bin: Binary, envp: Uint8Array[]): void {
    const start = loadElf(this, t, bin.img, bin.elf, bin.argv, envp);
    this.switchTo(t);
    const regs = this.taskRegs(t);
    for (const f of PT_REGS_FIELDS) regs.set(f, 0, 0);
    regs.setNum('ip', start.ip);
    regs.setNum('sp', start.sp);
    regs.setNum('cs', start.compat ? __USER32_CS : __USER_CS);
    regs.setNum('ss', __USER_DS);
    regs.setNum('flags', 0x202);
    regs.setNum('orig_ax', -1);
    const cpu = this.cpu;
    cpu.cpl = 0;
    this.as.user = false;
    cpu.mode64 = true;
    cpu.sel[SEG_CS] = 0x10;
    cpu.sel[SEG_SS] = 0x18;
    for (const s of [SEG_DS, SEG_ES]) cpu.sel[s] = __USER_DS;
    cpu.sel[SEG_FS] = 0;
    cpu.sel[SEG_GS] = 0;
    cpu.fsBase = 0;
    // in the kernel GS is the per-CPU area; swapgs on the way out installs the user's (0)
    cpu.gsBase = PERCPU_BASE;
    cpu.kernelGsBase = 0;
    cpu.setReg64Num(RSP, regs.addr);
    cpu.rip = req(this.symbols, 'swapgs_restore_regs_and_return_to_usermode');
    cpu.flagsRest = 2;
    cpu.flags.setArith(0);
    cpu.fpu.reset();
    cpu.mxcsr = 0x1f80;
    cpu.xmmBytes.fill(0);
  }

  // ---------------- running ----------------

  /**
   * Runs until the task exits, the instruction budget is spent, the host clock passes
   * `deadline` (ms since the epoch; checked every million instructions), or the machine
   * stops. Returns the exit status, or null when the budget or time ran out with the
   * task still alive (`timedOut` says which).
   */
  run(budget = Infinity, deadline = Infinity): ExitStatus | null {
    const cpu = this.cpu;
    let left = budget;
    this.timedOut = false;
    while (left > 0) {
      if (deadline !== Infinity && Date.now() >= deadline) {
        this.timedOut = true;
        return null;
      }
      const chunk = Math.min(left, 1_000_000);
      let n = 0;
      try {
        n = cpu.run(chunk);
      } catch (e) {
        this.internalError(e);
      }
      // the timer tick: keeps the vvar clock data fresh for programs that only use the vDSO
      vdsoTimekeeper(this).tick();
      left -= n;
      const t = this.current;
      if (t.exited) return { code: t.exited.code, signal: t.exited.signal, core: t.exited.core };
      if (this.panic) return { code: 0, signal: 0, core: false, reason: this.panic };
      if (cpu.fatal) return { code: 0, signal: 0, core: false, reason: `CPU stopped: ${cpu.fatal}` };
      if (cpu.halted) return { code: 0, signal: 0, core: false, reason: 'CPU halted' };
      if (n === 0) break;
    }
    return null;
  }

  /** Work on the way back to user mode: stop the CPU when the task is gone. */
  exitWork(): void {
    if (this.current.exited) this.cpu.stopRequested = true;
  }

  /** do_exit(): the task is gone; files closed, memory released. */
  exitTask(t: Task, code: number, signal = 0, core = false): void {
    if (t.exited) return;
    t.exited = { code: code & 0xff, signal, core };
    t.files.closeAll();
    this.emit({ type: 'exit', task: t, code: code & 0xff, signal, core });
    this.cpu.stopRequested = true;
  }

  /**
   * force_sig_fault(): signal delivery to handlers is not modelled yet, so a fault
   * signal takes its default action (terminate; core files are not written).
   */
  forceSignal(sig: number, code: string, addr: number, detail: string): void {
    const t = this.current;
    this.emit({ type: 'signal', task: t, signal: sig, code, addr, detail });
    this.lastDiagnostic = `${signalName(sig)} (${SIGNAL_TEXT[sig] ?? 'signal'}): ${detail}`;
    this.exitTask(t, 0, sig, coreDumped(sig));
  }

  /** The diagnostic of the fault that ended the task, if any. */
  lastDiagnostic: string | null = null;

  /** Set by run() when it returned because the deadline passed. */
  timedOut = false;

  /** The host stack of the internal error that stopped the machine (for --debug output). */
  internalStack: string | null = null;

  /**
   * A host exception inside the machine is a sysgate bug, never the guest's fault: the
   * machine stops, and the diagnostic names where it happened and the CPU's state.
   */
  internalError(e: unknown): void {
    const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    const where = this.lastSyscall ? ` in ${this.lastSyscall.routine}` : '';
    this.panic = `internal error${where}: ${msg} (${this.cpuState()})`;
    this.internalStack = e instanceof Error ? (e.stack ?? null) : null;
    this.cpu.stopRequested = true;
  }

  /** rip, CPL, mode and the general registers, for diagnostics. */
  cpuState(): string {
    const c = this.cpu;
    const h = (v: bigint) => '0x' + BigInt.asUintN(64, v).toString(16);
    const names = ['rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi'];
    const regs = names.map((n, i) => `${n}=${h(c.reg64Big(i))}`).join(' ');
    return `rip=${h(BigInt(c.rip))} cpl=${c.cpl} ${c.mode64 ? '64' : '32'}-bit ${regs}`;
  }

  oops(msg: string): void {
    this.panic = `kernel oops: ${msg}`;
    this.cpu.stopRequested = true;
  }

  // ---------------- vDSO / vsyscall hooks (src/kernel/vdso.ts, src/kernel/vsyscall.ts) ----------------

  /** AT_SYSINFO_EHDR: where the task's vDSO is (mapped on first call for each exec). */
  vdsoBase(t: Task): number | null {
    return vdsoBase(this, t);
  }

  /** AT_SYSINFO (i386 tasks): __kernel_vsyscall; null for 64-bit tasks. */
  vdsoKernelVsyscall(t: Task): number | null {
    return vdsoKernelVsyscall(this, t);
  }

  /** The vDSO's int80_landing_pad: where SYSENTER/SYSCALL32 calls return to (0 without a 32-bit vDSO). */
  vdsoSysenterReturn(): number {
    return vdsoSysenterReturn(this);
  }

  /** Maps [vvar] and [vdso] into the task's new image (exec). */
  mapVdso(t: Task): void {
    mapVdso(this, t);
  }

  /**
   * A user fault in the vsyscall page: emulate the legacy call (page faults pass
   * errorCode and the fault address; other callers get false).
   */
  emulateVsyscall(regs: PtRegs, ip: number, errorCode?: number, addr?: number): boolean {
    if (errorCode === undefined || addr === undefined) return false;
    return emulateVsyscall(this, regs, ip, errorCode, addr);
  }

  // ---------------- helpers ----------------

  /** Deterministic random bytes when seeded (xorshift32), else from the host. */
  random(n: number): Uint8Array {
    const out = new Uint8Array(n);
    if (this.opts.seed === undefined && typeof crypto !== 'undefined' && crypto.getRandomValues) {
      crypto.getRandomValues(out);
      return out;
    }
    let x = this.rngState;
    for (let i = 0; i < n; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      out[i] = x & 0xff;
    }
    this.rngState = x || 1;
    return out;
  }

  /** Bytes at a user address as hex (for diagnostics); "??" where unreadable. */
  peekUser(addr: number, n: number): string {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      try {
        parts.push(this.as.readBytes(addr + i, 1, false)[0].toString(16).padStart(2, '0'));
      } catch {
        parts.push('??');
      }
    }
    return parts.join(' ');
  }
}

export { ElfError, StackLayoutError };
