// Signal system calls. Dispositions and masks are recorded with Linux's validation;
// delivering a signal to a user handler is not modelled yet (a later issue), so a
// signal whose action is a handler is reported loudly and ends the process.

import { SYSCALL, a, structArg, SysError, type SyscallContext } from './declare.js';
import { Errno } from '../../vfs/errno.js';
import { StructWriter } from '../uaccess.js';
import { copyIn, copyOut, putUser, putAll, usize, deadlockHandler } from './fs.js';
import { getTimespec, timespecValid, type TsLayout } from './time.js';
import { hostSleep } from '../time.js';
import { SIGKILL, SIGSTOP, NSIG, SIGCHLD, SIGCONT, SIGURG, SIGWINCH, coreDumped, signalName } from '../signals.js';
import type { SigAction } from '../task.js';

const SIG_DFL = 0n;
const SIG_IGN = 1n;
const UNBLOCKABLE = (1n << BigInt(SIGKILL - 1)) | (1n << BigInt(SIGSTOP - 1));
/** sizeof(sigset_t) and sizeof(compat_sigset_t): 64 signals. */
const SIGSET_SIZE = 8;
/**
 * UAPI_SA_FLAGS: SA_NOCLDSTOP, SA_NOCLDWAIT, SA_SIGINFO, SA_EXPOSE_TAGBITS, SA_RESTORER,
 * SA_ONSTACK, SA_RESTART, SA_NODEFER, SA_RESETHAND. do_sigaction() clears every other
 * bit of a new action's flags (so that programs can detect unsupported ones).
 */
const UAPI_SA_FLAGS = 0xdc000807n;

/** A sigsetsize argument (size_t, or compat_size_t for i386) as an unsigned number. */
function sizeArg(c: SyscallContext, size: number): number {
  return c.abi === 'x64' ? usize(size) : size >>> 0;
}

/** get_user()s that each may fault: all are tried, EFAULT if any failed. */
function getU32s(c: SyscallContext, addrs: number[]): number[] | null {
  let bad = false;
  const out = addrs.map((p) => {
    try {
      const b = copyIn(c, p, 4);
      return new DataView(b.buffer, b.byteOffset, 4).getUint32(0, true);
    } catch (e) {
      if (!(e instanceof SysError)) throw e;
      bad = true;
      return 0;
    }
  });
  return bad ? null : out;
}

/** copy_from_user of struct sigaction: x86-64 {handler, flags, restorer, mask}, 8 bytes each. */
function readSigaction64(c: SyscallContext, act: number): SigAction {
  const b = copyIn(c, act, 32);
  const dv = new DataView(b.buffer, b.byteOffset, 32);
  return { handler: dv.getBigUint64(0, true), flags: dv.getBigUint64(8, true), restorer: dv.getBigUint64(16, true), mask: dv.getBigUint64(24, true) };
}

/**
 * struct compat_sigaction {u32 handler, flags, restorer; compat_sigset_t mask}, read as
 * compat_sys_rt_sigaction does: one get_user per field (handler, restorer, mask, flags).
 */
function readSigaction32(c: SyscallContext, act: number): SigAction | null {
  const v = getU32s(c, [act, act + 8, act + 12, act + 16, act + 4]);
  if (!v) return null;
  return { handler: BigInt(v[0]), restorer: BigInt(v[1]), mask: BigInt(v[2]) | (BigInt(v[3]) << 32n), flags: BigInt(v[4]) };
}

/** do_sigaction(): EINVAL checks, the old action, the new one (flags and mask cleaned). */
function doSigaction(c: SyscallContext, sig: number, next: SigAction | null): SigAction | number {
  if (sig < 1 || sig > NSIG || (next && (sig === SIGKILL || sig === SIGSTOP))) return -Errno.EINVAL;
  const cur = c.task.sigactions.get(sig) ?? { handler: SIG_DFL, flags: 0n, restorer: 0n, mask: 0n };
  if (next) c.task.sigactions.set(sig, { ...next, flags: next.flags & UAPI_SA_FLAGS, mask: next.mask & ~UNBLOCKABLE });
  return { ...cur, flags: cur.flags & UAPI_SA_FLAGS };
}

SYSCALL(
  'sys_rt_sigaction',
  [a('sig', 'signum'), structArg('act', 'sigaction'), structArg('oact', 'sigaction', true), a('sigsetsize', 'size')],
  'int',
  (c, sig, act, oact, size) => {
    if (sizeArg(c, size) !== SIGSET_SIZE) return -Errno.EINVAL;
    if (c.abi === 'ia32') return compatSigaction(c, sig, act, oact);
    const old = doSigaction(c, sig, act ? readSigaction64(c, act) : null);
    if (typeof old === 'number') return old;
    if (oact) copyOut(c, oact, new StructWriter(32).u64(0, old.handler).u64(8, old.flags).u64(16, old.restorer).u64(24, old.mask).buf);
    return 0;
  },
  { support: 'partial', note: 'dispositions are recorded; delivery to handlers is not implemented yet' },
);

/** compat_sys_rt_sigaction: the fields one by one, each store tried (handler, mask, flags, restorer). */
function compatSigaction(c: SyscallContext, sig: number, act: number, oact: number): number {
  let next: SigAction | null = null;
  if (act) {
    next = readSigaction32(c, act);
    if (!next) return -Errno.EFAULT;
  }
  const old = doSigaction(c, sig, next);
  if (typeof old === 'number' || !oact) return typeof old === 'number' ? old : 0;
  const u32 = (v: bigint) => new StructWriter(4).u32(0, Number(v & 0xffffffffn)).buf;
  return putAll([
    () => putUser(c, oact, u32(old.handler)),
    () => copyOut(c, oact + 12, new StructWriter(8).u64(0, old.mask).buf),
    () => putUser(c, oact + 4, u32(old.flags)),
    () => putUser(c, oact + 8, u32(old.restorer)),
  ]);
}

const SIG_BLOCK = 0;
const SIG_UNBLOCK = 1;
const SIG_SETMASK = 2;

SYSCALL(
  'sys_rt_sigprocmask',
  [a('how', 'int'), a('set', 'sigset'), structArg('oset', 'sigset', true), a('sigsetsize', 'size')],
  'int',
  (c, how, set, oset, size) => {
    if (sizeArg(c, size) !== SIGSET_SIZE) return -Errno.EINVAL;
    const old = c.task.sigmask;
    if (set) {
      const b = copyIn(c, set, SIGSET_SIZE);
      const s = new DataView(b.buffer, b.byteOffset, 8).getBigUint64(0, true) & ~UNBLOCKABLE;
      if (how === SIG_BLOCK) c.task.sigmask = old | s;
      else if (how === SIG_UNBLOCK) c.task.sigmask = old & ~s;
      else if (how === SIG_SETMASK) c.task.sigmask = s;
      else return -Errno.EINVAL;
    }
    // the new mask stays even when the old one cannot be stored (as in Linux)
    if (oset) copyOut(c, oset, new StructWriter(8).u64(0, old).buf);
    return 0;
  },
);

SYSCALL('sys_rt_sigpending', [structArg('set', 'sigset', true), a('sigsetsize', 'size')], 'int', (c, set, size) => {
  const n = sizeArg(c, size);
  if (n > SIGSET_SIZE) return -Errno.EINVAL;
  // nothing is ever pending: a signal is acted on (or ignored) when it is sent
  copyOut(c, set, new Uint8Array(n));
  return 0;
});

// ---- the alternate signal stack (kernel/signal.c do_sigaltstack) ----

/** t->sas_ss_sp, sas_ss_size, sas_ss_flags. */
interface AltStack {
  sp: number;
  size: number;
  flags: number;
}
/** Per task; none = disabled. */
const altStacks = new WeakMap<object, AltStack>();

const SS_ONSTACK = 1;
const SS_DISABLE = 2;
const SS_AUTODISARM = 0x80000000;
/** MINSIGSTKSZ (and COMPAT_MINSIGSTKSZ) on x86. */
const MINSIGSTKSZ = 2048;

/** on_sig_stack(): is the user stack pointer inside the alternate stack? */
function onSigStack(st: AltStack, sp: number): boolean {
  if (st.flags & SS_AUTODISARM) return false;
  return st.size > 0 && sp - st.sp <= st.size && sp > st.sp;
}

function doSigaltstack(c: SyscallContext, next: AltStack | null): { ret: number; old: AltStack } {
  const st = altStacks.get(c.task) ?? { sp: 0, size: 0, flags: 0 };
  const sp = Number(c.regs.getBig('sp') & (c.abi === 'x64' ? 0xffffffffffffffffn : 0xffffffffn));
  const oldFlags = (st.size ? (onSigStack(st, sp) ? SS_ONSTACK : 0) : SS_DISABLE) | (st.flags & SS_AUTODISARM);
  const old = { sp: st.sp, size: st.size, flags: oldFlags };
  if (!next) return { ret: 0, old };
  if (onSigStack(st, sp)) return { ret: -Errno.EPERM, old };
  const mode = (next.flags & ~SS_AUTODISARM) >>> 0;
  if (mode !== SS_DISABLE && mode !== SS_ONSTACK && mode !== 0) return { ret: -Errno.EINVAL, old };
  if (st.sp === next.sp && st.size === next.size && st.flags === next.flags) return { ret: 0, old };
  if (mode === SS_DISABLE) next = { sp: 0, size: 0, flags: next.flags };
  else if (next.size < MINSIGSTKSZ) return { ret: -Errno.ENOMEM, old };
  altStacks.set(c.task, next);
  return { ret: 0, old };
}

// stack_t: x86-64 {void *ss_sp; int ss_flags; size_t ss_size} (24 bytes, padded);
// compat_stack_t {u32 ss_sp; s32 ss_flags; u32 ss_size} (12 bytes)
SYSCALL('sys_sigaltstack', [structArg('uss', 'stack_t'), structArg('uoss', 'stack_t', true)], 'int', (c, uss, uoss) => {
  const x64 = c.abi === 'x64';
  let next: AltStack | null = null;
  if (uss) {
    const b = copyIn(c, uss, x64 ? 24 : 12);
    const dv = new DataView(b.buffer, b.byteOffset, b.length);
    next = x64
      ? { sp: Number(dv.getBigUint64(0, true)), flags: dv.getUint32(8, true), size: Number(dv.getBigUint64(16, true)) }
      : { sp: dv.getUint32(0, true), flags: dv.getUint32(4, true), size: dv.getUint32(8, true) };
  }
  const { ret, old } = doSigaltstack(c, next);
  if (ret === 0 && uoss) {
    const w = new StructWriter(x64 ? 24 : 12);
    if (x64) w.u64(0, old.sp).u32(8, old.flags).u64(16, old.size);
    else w.u32(0, old.sp).u32(4, old.flags).u32(8, old.size);
    copyOut(c, uoss, w.buf);
  }
  return ret;
}, { support: 'partial', note: 'the alternate stack is recorded and reported, but not used (no handler delivery yet)' });

// ---- rt_sigtimedwait ----

/**
 * do_sigtimedwait(): no signal is ever pending on this machine (a signal is acted on
 * when it is sent), so the wait ends with EAGAIN after the timeout; without one, only
 * this process could send the signal, so the wait is reported as a deadlock (fs.ts).
 */
function doSigtimedwait(c: SyscallContext, set: number, uts: number, size: number, layout: TsLayout): number {
  if (sizeArg(c, size) !== SIGSET_SIZE) return -Errno.EINVAL;
  copyIn(c, set, SIGSET_SIZE);
  if (!uts) return deadlockHandler(c.k)('rt_sigtimedwait without a timeout, and no other process to send a signal');
  const t = getTimespec(c, uts, layout);
  if (!timespecValid(t)) return -Errno.EINVAL;
  hostSleep(Number(t.sec * 1_000_000_000n + t.nsec) / 1e6);
  return -Errno.EAGAIN;
}

const SIGTIMEDWAIT_NOTE = 'no signal is ever pending (signals are acted on when sent): EAGAIN after the timeout; no timeout is a deadlock (SIGKILL)';
const sigtimedwaitArgs = (ts: string) => [a('uthese', 'sigset'), structArg('uinfo', 'siginfo', true), structArg('uts', ts), a('sigsetsize', 'size')];
SYSCALL('sys_rt_sigtimedwait', sigtimedwaitArgs('timespec'), 'int', (c, set, _info, uts, size) => doSigtimedwait(c, set, uts, size, 'kernel'), { support: 'partial', note: SIGTIMEDWAIT_NOTE });
SYSCALL('compat_sys_rt_sigtimedwait_time64', sigtimedwaitArgs('timespec'), 'int', (c, set, _info, uts, size) => doSigtimedwait(c, set, uts, size, 'kernel'), { support: 'partial', note: SIGTIMEDWAIT_NOTE });
SYSCALL('compat_sys_rt_sigtimedwait_time32', sigtimedwaitArgs('old_timespec32'), 'int', (c, set, _info, uts, size) => doSigtimedwait(c, set, uts, size, 'old32'), { support: 'partial', note: SIGTIMEDWAIT_NOTE });

/** Sends sig to the current task (the only one): the default action or a loud failure. */
export function sendSignalToSelf(c: SyscallContext, sig: number, code = 'SI_TKILL'): number {
  if (sig === 0) return 0;
  if (sig < 0 || sig > NSIG) return -Errno.EINVAL;
  const act = c.task.sigactions.get(sig);
  const handler = act?.handler ?? SIG_DFL;
  const ignoredByDefault = sig === SIGCHLD || sig === SIGCONT || sig === SIGURG || sig === SIGWINCH;
  if (handler === SIG_IGN || (handler === SIG_DFL && ignoredByDefault)) return 0;
  if (handler !== SIG_DFL && sig !== SIGKILL && sig !== SIGSTOP) {
    c.k.forceSignal(sig, code, 0, `${signalName(sig)} has a user handler, but signal delivery to handlers is not implemented yet`);
    return 0;
  }
  if (sig === SIGSTOP) return 0;
  c.k.emit({ type: 'signal', task: c.task, signal: sig, code, addr: null, detail: '' });
  c.k.exitTask(c.task, 0, sig, coreDumped(sig));
  return 0;
}

SYSCALL('sys_kill', [a('pid', 'int'), a('sig', 'signum')], 'int', (c, pid, sig) => {
  if (pid !== c.task.tgid && pid !== 0 && pid !== -1 && pid !== -c.task.tgid) return -Errno.ESRCH;
  return sendSignalToSelf(c, sig, 'SI_USER');
}, { support: 'partial', note: 'only the calling process exists' });

SYSCALL('sys_tgkill', [a('tgid', 'int'), a('pid', 'int'), a('sig', 'signum')], 'int', (c, tgid, pid, sig) => {
  if (tgid <= 0 || pid <= 0) return -Errno.EINVAL;
  if (tgid !== c.task.tgid || pid !== c.task.pid) return -Errno.ESRCH;
  return sendSignalToSelf(c, sig);
});

SYSCALL('sys_tkill', [a('pid', 'int'), a('sig', 'signum')], 'int', (c, pid, sig) => {
  if (pid <= 0) return -Errno.EINVAL;
  if (pid !== c.task.pid) return -Errno.ESRCH;
  return sendSignalToSelf(c, sig);
});
