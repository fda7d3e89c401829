// Signal system calls. Dispositions and masks are recorded with Linux's validation;
// delivering a signal to a user handler is not modelled yet (a later issue), so a
// signal whose action is a handler is reported loudly and ends the process.

import { SYSCALL, a, structArg, type SyscallContext } from './declare.js';
import { Errno } from '../../vfs/errno.js';
import { StructWriter } from '../uaccess.js';
import { SIGKILL, SIGSTOP, NSIG, SIGCHLD, SIGCONT, SIGURG, SIGWINCH, coreDumps, signalName } from '../signals.js';
import type { SigAction } from '../task.js';

const SIG_DFL = 0n;
const SIG_IGN = 1n;
const UNBLOCKABLE = (1n << BigInt(SIGKILL - 1)) | (1n << BigInt(SIGSTOP - 1));

function sigsetSize(c: SyscallContext): number {
  return 8;
  void c;
}

SYSCALL(
  'sys_rt_sigaction',
  [a('sig', 'signum'), structArg('act', 'sigaction'), structArg('oact', 'sigaction', true), a('sigsetsize', 'size')],
  'int',
  (c, sig, act, oact, size) => {
    if (size !== sigsetSize(c)) return -Errno.EINVAL;
    if (sig < 1 || sig > NSIG || (act && (sig === SIGKILL || sig === SIGSTOP))) return -Errno.EINVAL;
    const um = c.task.um;
    const w = c.abi === 'x64' ? 8 : 4;
    let next: SigAction | null = null;
    if (act) {
      // struct sigaction: handler, flags, restorer, mask (kernel layout)
      const rd = (off: number) => (w === 8 ? um.big64(act + off) : BigInt(um.u32(act + off)));
      next = { handler: rd(0), flags: rd(w), restorer: rd(2 * w), mask: um.big64(act + 3 * w) & ~UNBLOCKABLE };
    }
    if (oact) {
      const cur = c.task.sigactions.get(sig) ?? { handler: 0n, flags: 0n, restorer: 0n, mask: 0n };
      const sw = new StructWriter(3 * w + 8);
      if (w === 8) sw.u64(0, cur.handler).u64(8, cur.flags).u64(16, cur.restorer).u64(24, cur.mask);
      else sw.u32(0, Number(cur.handler)).u32(4, Number(cur.flags)).u32(8, Number(cur.restorer)).u64(12, cur.mask);
      um.write(oact, sw.buf);
    }
    if (next) c.task.sigactions.set(sig, next);
    return 0;
  },
  { support: 'partial', note: 'dispositions are recorded; delivery to handlers is not implemented yet' },
);

const SIG_BLOCK = 0;
const SIG_UNBLOCK = 1;
const SIG_SETMASK = 2;

SYSCALL(
  'sys_rt_sigprocmask',
  [a('how', 'int'), a('set', 'sigset'), structArg('oset', 'sigset', true), a('sigsetsize', 'size')],
  'int',
  (c, how, set, oset, size) => {
    if (size !== sigsetSize(c)) return -Errno.EINVAL;
    const um = c.task.um;
    const old = c.task.sigmask;
    let next = old;
    if (set) {
      const s = um.big64(set) & ~UNBLOCKABLE;
      if (how === SIG_BLOCK) next = old | s;
      else if (how === SIG_UNBLOCK) next = old & ~s;
      else if (how === SIG_SETMASK) next = s;
      else return -Errno.EINVAL;
    }
    if (oset) um.write(oset, new StructWriter(8).u64(0, old).buf);
    c.task.sigmask = next;
    return 0;
  },
);

SYSCALL('sys_rt_sigpending', [structArg('set', 'sigset', true), a('sigsetsize', 'size')], 'int', (c, set, size) => {
  if (size > 8) return -Errno.EINVAL;
  c.task.um.write(set, new Uint8Array(size));
  return 0;
});

SYSCALL('sys_sigaltstack', [structArg('uss', 'stack_t'), structArg('uoss', 'stack_t', true)], 'int', (c, uss, uoss) => {
  if (uoss) {
    // SS_DISABLE
    const size = c.abi === 'x64' ? 24 : 12;
    const sw = new StructWriter(size);
    if (c.abi === 'x64') sw.i32(8, 2);
    else sw.i32(4, 2);
    c.task.um.write(uoss, sw.buf);
  }
  if (uss) c.task.um.read(uss, c.abi === 'x64' ? 24 : 12);
  return 0;
}, { support: 'partial', note: 'the alternate stack is accepted but not used (no handler delivery yet)' });

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
  c.k.exitTask(c.task, 0, sig, coreDumps(sig));
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
