// The C half of the system-call entry paths, as native routines called from the entry
// stubs in guest/kernel/entry_64.S: do_syscall_64, do_int80_syscall_32,
// do_fast_syscall_32 and do_SYSENTER_32 (Linux: arch/x86/entry/common.c).

import { RAX, RDI, RSI, type CPU } from '../cpu/cpu.js';
import { RF, TF } from '../cpu/flags.js';
import { PageFault } from '../mem/memory.js';
import { Errno } from '../vfs/errno.js';
import { NR_syscalls, IA32_NR_syscalls, SYSCALLS_64_BY_NR, SYSCALLS_32_BY_NR } from './generated/syscall_tables.js';
import { ARGS_32, ARGS_64, PtRegs } from './ptregs.js';
import { SysError, type Abi, type ArgKind, type EntryPath, type SyscallContext } from './syscalls/declare.js';
import { SYS_CALL_TABLE, IA32_SYS_CALL_TABLE, TASK_SIZE_MAX, __USER_CS, __USER_DS, __USER32_CS } from './layout.js';
import type { SyscallEnterEvent } from './events.js';
import type { Kernel } from './kernel.js';

/** Reads a 64-bit table slot from kernel memory. */
function readSlot(k: Kernel, addr: number): number {
  const mem = k.as;
  const saved = mem.user;
  mem.user = false;
  try {
    const lo = mem.read64(addr);
    return mem.hi * 4294967296 + (lo >>> 0);
  } finally {
    mem.user = saved;
  }
}

/**
 * Dispatches one call through a table: the slot's routine address is read from kernel
 * memory and the routine registered at that address runs (the indirect call of
 * `sys_call_table[nr](regs)`).
 */
function invoke(k: Kernel, regs: PtRegs, abi: Abi, path: EntryPath, nr: number): void {
  const task = k.current;
  const tableNr = abi === 'x64' ? NR_syscalls : IA32_NR_syscalls;
  const tableBase = abi === 'x64' ? SYS_CALL_TABLE : IA32_SYS_CALL_TABLE;
  const unr = nr >>> 0;
  const inRange = unr < tableNr;
  const slotAddr = inRange ? tableBase + unr * 8 : null;
  const routineAddr = slotAddr !== null ? readSlot(k, slotAddr) : null;
  const routine = routineAddr !== null ? k.routineAt(routineAddr) : null;
  const row = abi === 'x64' ? SYSCALLS_64_BY_NR.get(unr) : SYSCALLS_32_BY_NR.get(unr);
  const argRegs = abi === 'x64' ? ARGS_64 : ARGS_32;
  const raw = argRegs.map((f) => (abi === 'x64' ? regs.getBig(f) : regs.getBig(f) & 0xffffffffn));
  const ev: SyscallEnterEvent = {
    type: 'syscall-enter',
    task,
    abi,
    path,
    nr,
    name: inRange && row ? row.name : null,
    decl: routine?.decl ?? null,
    args: raw,
    regsAddr: regs.addr,
    slotAddr,
    routineAddr,
    routine: routine?.name ?? (inRange ? 'sys_ni_syscall' : nr === -1 && abi === 'x64' ? '(none: nr == -1)' : 'sys_ni_syscall'),
  };
  k.emit(ev);
  k.lastSyscall = ev;
  if (inRange && routine) {
    let ret: number;
    if (routine.decl) {
      const specs = routine.decl.args;
      const c: SyscallContext = { k, task, abi, regs, args: raw.map((v, n) => convertArg(v, abi, specs[n]?.kind)) };
      ret = runRoutine(k, c, routine.decl.impl);
    } else ret = -Errno.ENOSYS; // sys_ni_syscall
    regs.setNum('ax', ret);
  } else if (!(abi === 'x64' && nr === -1)) {
    // Invalid system call, but still a system call (x32 numbers too: x32 is disabled).
    regs.setNum('ax', -Errno.ENOSYS);
  }
  const axBig = regs.getBig('ax');
  const ret = abi === 'x64' ? BigInt.asIntN(64, axBig) : BigInt.asIntN(32, axBig);
  k.lastSyscall = ev;
  k.lastRet = ret;
}

/**
 * i386 argument kinds that are C `int`/`long`/`compat_off_t`: sign-extended from 32 bits
 * (as the compat syscall wrappers' casts do), so that e.g. AT_FDCWD arrives as -100.
 */
const SIGNED_32: ReadonlySet<ArgKind> = new Set<ArgKind>(['int', 'long', 'off', 'fd', 'dirfd', 'signum', 'clockid', 'at_flags', 'oflags', 'access_mode']);

/**
 * Arguments as numbers: 64-bit values sign-interpreted (exact within ±2^53); i386
 * values unsigned 32-bit, except the signed kinds of the declaration (SIGNED_32).
 */
function convertArg(v: bigint, abi: Abi, kind?: ArgKind): number {
  if (abi === 'ia32') {
    const u = Number(v & 0xffffffffn);
    return kind !== undefined && SIGNED_32.has(kind) ? u | 0 : u;
  }
  return Number(BigInt.asIntN(64, v));
}

function runRoutine(k: Kernel, c: SyscallContext, impl: (c: SyscallContext, ...a: number[]) => number): number {
  try {
    return impl(c, ...c.args);
  } catch (e) {
    if (e instanceof SysError) return -e.errno;
    if (e instanceof PageFault) return -Errno.EFAULT;
    throw e;
  }
}

/** syscall_exit_to_user_mode(): exit work, then the event. */
function exitToUser(k: Kernel, fast: boolean): void {
  const ev = k.lastSyscall;
  if (ev) k.emit({ type: 'syscall-exit', task: k.current, enter: ev, ret: k.lastRet, fastReturn: fast });
  k.lastSyscall = null;
  k.exitWork();
}

/** The SYSRET eligibility checks of do_syscall_64 (Linux 6.1). */
function canSysret(regs: PtRegs): boolean {
  const [cxl, cxh] = regs.get('cx');
  const [ipl, iph] = regs.get('ip');
  if (cxl !== ipl || cxh !== iph) return false;
  const [r11l, r11h] = regs.get('r11');
  const [fl, fh] = regs.get('flags');
  if (r11l !== fl || r11h !== fh) return false;
  const [csl, csh] = regs.get('cs');
  const [ssl, ssh] = regs.get('ss');
  if (csl !== __USER_CS || csh !== 0 || ssl !== __USER_DS || ssh !== 0) return false;
  if (iph * 4294967296 + (ipl >>> 0) >= TASK_SIZE_MAX || iph < 0) return false;
  if (fl & (RF | TF)) return false;
  return true;
}

/**
 * Opportunistic SYSRETL for the 32-bit fast paths (Linux 6.1 do_fast_syscall_32): the
 * frame must return to __USER32_CS/__USER_DS at the vDSO landing pad without RF/TF/VM.
 * (RCX == RIP cannot be required: the ECX fixup makes it essentially never true.)
 */
function canSysret32(k: Kernel, regs: PtRegs): boolean {
  const [ipl, iph] = regs.get('ip');
  const [fl] = regs.get('flags');
  const [csl] = regs.get('cs');
  const [ssl] = regs.get('ss');
  return csl === __USER32_CS && ssl === __USER_DS && iph === 0 && ipl >>> 0 === k.vdsoSysenterReturn() >>> 0 && (fl & (RF | TF | 0x20000)) === 0;
}

export function installEntryNatives(k: Kernel): void {
  const cpu = k.cpu;
  const reg = (name: string, fn: (cpu: CPU) => void) => {
    const a = k.symbols.get(name);
    if (a === undefined) throw new Error(`kernel image lacks ${name}`);
    cpu.registerNative(a, name, fn);
  };

  // bool do_syscall_64(struct pt_regs *regs, int nr)
  reg('do_syscall_64', (cpu) => {
    const regs = new PtRegs(k.as, cpu.reg64(RDI));
    const nr = cpu.regs[RSI * 2]; // int: the low 32 bits, sign-extended by movslq
    invoke(k, regs, 'x64', 'syscall', nr);
    const fast = canSysret(regs);
    exitToUser(k, fast);
    cpu.setReg(RAX, 8, fast && !k.forceIret ? 1 : 0, 0);
  });

  // void do_int80_syscall_32(struct pt_regs *regs): the i386 table, for 32-bit and 64-bit tasks
  reg('do_int80_syscall_32', (cpu) => {
    const regs = new PtRegs(k.as, cpu.reg64(RDI));
    const nr = Number(BigInt.asIntN(32, regs.getBig('orig_ax')));
    invoke(k, regs, 'ia32', 'int80', nr);
    exitToUser(k, false);
  });

  // bool do_fast_syscall_32(struct pt_regs *regs): 32-bit SYSCALL (AMD)
  reg('do_fast_syscall_32', (cpu) => {
    const regs = new PtRegs(k.as, cpu.reg64(RDI));
    // As Linux's do_fast_syscall_32: return to the vDSO's landing pad past its
    // `int $0x80` (else the IRET path re-executes the call through it), and fetch the
    // sixth argument where __kernel_vsyscall stashed it: the saved %ebp at the user's
    // (%esp) — SYSCALL32 moved %ecx into %ebp, which the stub stored as pt_regs->cx.
    regs.setNum('ip', k.vdsoSysenterReturn());
    let fetched = true;
    try {
      regs.setNum('bp', k.current.um.u32(Number(regs.getBig('sp') & 0xffffffffn)));
    } catch {
      regs.setNum('ax', -Errno.EFAULT);
      fetched = false;
    }
    const nr = Number(BigInt.asIntN(32, regs.getBig('orig_ax')));
    if (fetched) invoke(k, regs, 'ia32', 'compat-syscall', nr);
    const ok = canSysret32(k, regs);
    exitToUser(k, ok);
    cpu.setReg(RAX, 8, ok && !k.forceIret ? 1 : 0, 0);
  });

  // bool do_SYSENTER_32(struct pt_regs *regs)
  reg('do_SYSENTER_32', (cpu) => {
    const regs = new PtRegs(k.as, cpu.reg64(RDI));
    // __kernel_vsyscall moved esp into ebp after pushing ecx, edx, ebp: the user stack
    // pointer is ebp, the sixth argument is the saved ebp at (%ebp), and the return
    // point is the vDSO's landing pad.
    const sp = Number(regs.getBig('bp') & 0xffffffffn);
    regs.setNum('sp', sp);
    regs.setNum('ip', k.vdsoSysenterReturn());
    let ok = true;
    try {
      const arg6 = k.current.um.u32(sp);
      regs.setNum('bp', arg6);
    } catch {
      regs.setNum('ax', -Errno.EFAULT);
      ok = false;
    }
    const nr = Number(BigInt.asIntN(32, regs.getBig('orig_ax')));
    if (ok) invoke(k, regs, 'ia32', 'sysenter', nr);
    const fast = canSysret32(k, regs);
    exitToUser(k, fast);
    cpu.setReg(RAX, 8, fast && !k.forceIret ? 1 : 0, 0);
  });
}
