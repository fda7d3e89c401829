// The legacy vsyscall page (Linux: arch/x86/entry/vsyscall/vsyscall_64.c) in
// "emulate" mode.
//
// Before the vDSO, 64-bit programs called three fixed addresses:
//     0xffffffffff600000  gettimeofday(tv, tz)
//     0xffffffffff600400  time(tloc)
//     0xffffffffff600800  getcpu(cpu, node, tcache)
// Old static binaries still do. The page is mapped user-readable but not executable
// (its bytes are Linux's: `mov $nr, %rax; syscall; ret` at each entry, int3 padding),
// so a call there faults — #PF, user, instruction fetch — and the page-fault handler
// (src/kernel/traps.ts → Kernel.emulateVsyscall → emulateVsyscall here) checks that
// the address is exactly one of the three entries, checks the pointer arguments
// (access_ok: a kernel pointer is SIGSEGV), performs the system call's service
// routine with the caller's registers (rdi, rsi, rdx), puts the result in rax, and
// emulates the `ret`: pops the return address from the user stack. A fetch from any
// other address in the page (e.g. the middle of an entry) is SIGSEGV (si_code
// SI_KERNEL), as is a -EFAULT from the routine or an unreadable stack.
//
// Events: the #PF as a 'fault' event (resolved; its detail names the call, its
// arguments and result), and the call itself as syscall-enter/exit events with path
// 'vsyscall'. Linux makes no ptrace stop for it, so real strace never shows it: the
// tracer (src/trace/strace.ts) hides path 'vsyscall' unless --trace-vdso.
// The page is a "gate" area: not a VMA of the process, listed in /proc/self/maps
// as [vsyscall] for 64-bit tasks (gateVma).

import { PageFault, PAGE_SIZE, PF_INSTR, PF_USER, PF_WRITE, PTE_R, PTE_U } from '../mem/memory.js';
import { Errno } from '../vfs/errno.js';
import { kaddr, TASK_SIZE_MAX } from './layout.js';
import { SIGSEGV } from './signals.js';
import { lookupDecl, SysError, type SyscallContext } from './syscalls/declare.js';
import type { PtRegs } from './ptregs.js';
import type { Kernel } from './kernel.js';
import type { Task } from './task.js';
import { activateTimekeeper, timekeeperOf } from './time.js';
import type { SyscallEnterEvent } from './events.js';

export const VSYSCALL_ADDR = kaddr('0xffffffffff600000');

export interface VsyscallEntry {
  offset: number;
  name: string;
  /** x86-64 system-call number, and the service routine performed. */
  nr: number;
  routine: string;
  /** Sizes of the pointer arguments (rdi, rsi) checked with access_ok first. */
  ptrs: number[];
}

export const VSYSCALL_ENTRIES: readonly VsyscallEntry[] = [
  { offset: 0x000, name: 'gettimeofday', nr: 96, routine: 'sys_gettimeofday', ptrs: [16, 8] },
  { offset: 0x400, name: 'time', nr: 201, routine: 'sys_time', ptrs: [8] },
  { offset: 0x800, name: 'getcpu', nr: 309, routine: 'sys_getcpu', ptrs: [4, 4] },
];

const mapped = new WeakSet<Kernel>();

/** The page's bytes: Linux's vsyscall_emu_64.S (never executed: the fetch faults). */
export function vsyscallPageBytes(): Uint8Array {
  const page = new Uint8Array(PAGE_SIZE).fill(0xcc);
  for (const e of VSYSCALL_ENTRIES) {
    // mov $nr, %rax; syscall; ret; int3
    page.set([0x48, 0xc7, 0xc0, e.nr & 0xff, (e.nr >> 8) & 0xff, 0, 0, 0x0f, 0x05, 0xc3, 0xcc], e.offset);
  }
  return page;
}

/** Maps the page (once per machine): present, user-readable, not executable. */
export function mapVsyscallPage(k: Kernel): void {
  if (mapped.has(k)) return;
  const vpn = VSYSCALL_ADDR / PAGE_SIZE;
  if (!k.as.mapAnon(vpn, 1, PTE_R | PTE_U)) throw new Error('out of memory for the vsyscall page');
  k.as.writeBytes(VSYSCALL_ADDR, vsyscallPageBytes(), false, true);
  mapped.add(k);
}

/** The [vsyscall] line of /proc/self/maps (64-bit tasks only), or null. */
export function gateVma(t: Task): { start: number; end: number; perms: string; name: string } | null {
  if (t.compat) return null;
  return { start: VSYSCALL_ADDR, end: VSYSCALL_ADDR + PAGE_SIZE, perms: 'r-xp', name: '[vsyscall]' };
}

/** Linux's addr_to_vsyscall_nr(): 0, 1, 2, or -1 for any other address. */
export function vsyscallNr(addr: number): number {
  const off = addr - VSYSCALL_ADDR;
  if (off < 0 || off >= PAGE_SIZE || off & ~0xc00) return -1;
  const nr = off >> 10;
  return nr < 3 ? nr : -1;
}

/**
 * emulate_vsyscall(): called for a user page fault in the vsyscall page. Returns
 * true when the fault was dealt with (emulated, or a signal was forced), false to
 * let the ordinary fault handling continue.
 */
export function emulateVsyscall(k: Kernel, regs: PtRegs, ip: number, errorCode: number, addr: number): boolean {
  if (Math.floor(addr / PAGE_SIZE) * PAGE_SIZE !== VSYSCALL_ADDR) return false;
  // write faults and kernel-mode faults are never emulated
  if ((errorCode & (PF_WRITE | PF_USER)) !== PF_USER) return false;
  // a failed read of the page (not a call) is an ordinary fault
  if (addr !== ip || !(errorCode & PF_INSTR)) return false;
  const task = k.current;
  if (task.compat) return false;
  const fault = (detail: string, resolved: boolean) =>
    k.emit({ type: 'fault', task, vector: 14, errorCode, addr, ip, resolved, detail });
  const n = vsyscallNr(addr);
  if (n < 0) {
    fault('vsyscall: not an entry point', false);
    k.forceSignal(SIGSEGV, 'SI_KERNEL', 0, `misaligned vsyscall at 0x${BigInt.asUintN(64, BigInt(addr)).toString(16)} (jump into the middle of the vsyscall page)`);
    return true;
  }
  const e = VSYSCALL_ENTRIES[n];
  const sp = regs.getNum('sp');
  let caller: number;
  try {
    const b = task.um.read(sp, 8);
    caller = Number(BigInt.asIntN(64, new DataView(b.buffer, b.byteOffset).getBigUint64(0, true)));
  } catch {
    fault(`vsyscall ${e.name}: bad stack`, false);
    k.forceSignal(SIGSEGV, 'SI_KERNEL', 0, `vsyscall ${e.name} with an unreadable stack`);
    return true;
  }
  const argRegs = ['di', 'si', 'dx'] as const;
  const raw = argRegs.map((r) => regs.getBig(r));
  // access_ok on the output pointers: a kernel address is SIGSEGV (SEGV_MAPERR at the pointer)
  for (let p = 0; p < e.ptrs.length; p++) {
    const v = Number(BigInt.asIntN(64, raw[p]));
    if (v !== 0 && !(v >= 0 && v + e.ptrs[p] <= TASK_SIZE_MAX)) {
      fault(`vsyscall ${e.name}: bad pointer`, false);
      k.forceSignal(SIGSEGV, 'SEGV_MAPERR', v, `vsyscall ${e.name} with a non-user pointer`);
      return true;
    }
  }
  if (e.name === 'getcpu') raw[2] = 0n; // Linux passes tcache = NULL
  const decl = lookupDecl(e.routine) ?? null;
  const enter: SyscallEnterEvent = {
    type: 'syscall-enter', task, abi: 'x64', path: 'vsyscall', nr: e.nr, name: e.name, decl,
    args: raw, regsAddr: regs.addr, slotAddr: null, routineAddr: k.table64[e.nr] ?? null, routine: e.routine,
  };
  regs.setNum('orig_ax', e.nr);
  regs.setNum('ax', -Errno.ENOSYS);
  // a kernel entry: this machine's clock is the one the routine reads, and the tick
  // (also done by vdso.ts on every syscall-enter event; harmless twice)
  const tk = timekeeperOf(k.cpu);
  activateTimekeeper(tk);
  tk.tick();
  k.emit(enter);
  let ret = -Errno.ENOSYS;
  if (decl) {
    const c: SyscallContext = { k, task, abi: 'x64', regs, args: raw.map((v) => Number(BigInt.asIntN(64, v))) };
    try {
      ret = decl.impl(c, ...c.args);
    } catch (err) {
      if (err instanceof SysError) ret = -err.errno;
      else if (err instanceof PageFault) ret = -Errno.EFAULT;
      else throw err;
    }
  }
  regs.setNum('orig_ax', -1);
  k.emit({ type: 'syscall-exit', task, enter, ret: BigInt(ret), fastReturn: false });
  const hx = (v: bigint) => (v ? '0x' + BigInt.asUintN(64, v).toString(16) : 'NULL');
  fault(`vsyscall: emulated ${e.name}(${raw.slice(0, e.ptrs.length).map(hx).join(', ')}) = ${ret}`, ret !== -Errno.EFAULT);
  if (ret === -Errno.EFAULT) {
    k.forceSignal(SIGSEGV, 'SI_KERNEL', 0, `vsyscall ${e.name}: bad pointer argument (EFAULT)`);
    return true;
  }
  regs.setNum('ax', ret);
  // emulate the `ret`
  regs.setNum('ip', caller);
  regs.setNum('sp', sp + 8);
  return true;
}
