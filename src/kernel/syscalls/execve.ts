// execve and execveat (fs/exec.c, do_execveat_common as in Linux 6.1): the user half.
// In 6.1's order: the file name (EFAULT, ENAMETOOLONG, ENOENT for ""), count() of argv
// and envp (EFAULT, E2BIG), the strings' limits and copies (E2BIG, EFAULT), then the
// file is opened (EACCES, ENOENT, ...) and its format found (#! scripts, ENOEXEC) —
// all before the old image is torn down. After that point (../exec.ts loadElf) the
// syscall's own pt_regs frame is rewritten the way start_thread() does, so the return
// to user mode (through IRET, since RCX no longer equals RIP) enters the new program.
//
// Linux 6.8 and later open the file first (so ENOENT comes before an argv EFAULT);
// this models 6.1.

import { SYSCALL, a, SysError, type SyscallContext } from './declare.js';
import { Errno } from '../../vfs/errno.js';
import { AT_FDCWD, AT_EMPTY_PATH, AT_SYMLINK_NOFOLLOW } from '../../vfs/constants.js';
import { bytesToStr } from '../../vfs/bytes.js';
import { argSpace, ExecFailure, findBinary, loadElf, MAX_ARG_STRINGS, MAX_ARG_STRLEN, openExec, takeString } from '../exec.js';
import { PT_REGS_FIELDS } from '../ptregs.js';
import { flushTls } from '../tls.js';
import { __USER_CS, __USER32_CS, __USER_DS } from '../layout.js';
import { faultIn, int } from './fs.js';
import { getLimit } from './process.js';
import type { Location } from '../../vfs/types.js';

const PATH_MAX = 4096;
const RLIMIT_STACK = 3;

/**
 * count(): the number of pointers before the NULL in a user array (EFAULT if it runs
 * into memory that cannot be read, E2BIG past MAX_ARG_STRINGS). Read a page at a time.
 */
function countArgs(c: SyscallContext, arr: number): number {
  if (!arr) return 0;
  const w = c.abi === 'x64' ? 8 : 4;
  let n = 0;
  let at = arr;
  for (;;) {
    const chunk = Math.max(w, 4096 - (at % 4096));
    const ok = faultIn(c, at, chunk, false);
    if (ok < w) throw new SysError(Errno.EFAULT);
    const b = c.task.um.read(at, ok - (ok % w));
    const dv = new DataView(b.buffer, b.byteOffset, b.length);
    for (let o = 0; o < b.length; o += w) {
      if ((w === 8 ? dv.getUint32(o, true) | dv.getUint32(o + 4, true) : dv.getUint32(o, true)) === 0) return n;
      if (++n > MAX_ARG_STRINGS) throw new SysError(Errno.E2BIG);
    }
    at += b.length;
  }
}

/** The k-th pointer of a user array (get_user_arg_ptr). */
function argPointer(c: SyscallContext, arr: number, k: number): number {
  return c.abi === 'x64' ? c.task.um.u64(arr + k * 8) : c.task.um.u32(arr + k * 4);
}

/** copy_strings(): the n strings of a user array, last to first as Linux takes them, within the room left. */
function copyStrings(c: SyscallContext, arr: number, n: number, room: { left: number }): Uint8Array[] {
  const out: Uint8Array[] = new Array(n);
  for (let k = n - 1; k >= 0; k--) {
    out[k] = c.task.um.readCString(argPointer(c, arr, k), MAX_ARG_STRLEN, Errno.E2BIG);
    if (takeString(room, out[k].length) < 0) throw new SysError(Errno.E2BIG);
  }
  return out;
}

/** getname(): the file name (EFAULT, ENAMETOOLONG; "" is ENOENT unless AT_EMPTY_PATH). */
function getname(c: SyscallContext, p: number, flags: number): Uint8Array {
  const name = c.task.um.readCString(p, PATH_MAX);
  if (name.length === 0 && !(flags & AT_EMPTY_PATH)) throw new SysError(Errno.ENOENT);
  return name;
}

function doExecve(c: SyscallContext, dfd: number, filename: number, argvp: number, envpp: number, flags: number): number {
  const task = c.task;
  const k = c.k;
  const name = getname(c, filename, flags);
  const argc = countArgs(c, argvp);
  const envc = countArgs(c, envpp);
  const left = argSpace(argc, envc, Number(getLimit(task, RLIMIT_STACK)[0]));
  if (left < 0) return left;
  const room = { left };
  if (takeString(room, name.length) < 0) return -Errno.E2BIG;
  const envp = copyStrings(c, envpp, envc, room);
  let argv = copyStrings(c, argvp, argc, room);
  if (argv.length === 0) argv = [new Uint8Array(0)]; // an empty argv gets argv[0] = ""
  // bprm_execve(): open the file, find its format
  if (flags & ~(AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW)) return -Errno.EINVAL;
  const path = bytesToStr(name);
  let at: Location = task.cwd;
  if (!path.startsWith('/') && int(dfd) !== AT_FDCWD) {
    const e = task.files.get(int(dfd));
    if (!e) return -Errno.EBADF;
    // a descriptor outside the tree (a pipe, a socket): not a file one can execute
    if (!e.file.location) return path === '' ? -Errno.EACCES : -Errno.ENOTDIR;
    at = e.file.location;
  }
  const file = openExec(k, task, at, path, flags);
  if (typeof file === 'number') return file;
  const bin = findBinary(k, task, file, name, argv);
  if (typeof bin === 'number') return bin;
  // the point of no return (begin_new_exec)
  let start;
  try {
    start = loadElf(k, task, bin.img, bin.elf, bin.argv, envp);
  } catch (e) {
    if (!(e instanceof ExecFailure)) throw e;
    // too late to return an error: the old image is gone (Linux sends SIGSEGV here)
    k.forceSignal(11, 'SI_KERNEL', 0, `execve ${path} failed after the old image was released: ${e.message}`);
    return 0;
  }
  startThread(c, start);
  return 0;
}

/** The rest of begin_new_exec() and start_thread(): fresh thread state in the syscall frame. */
function startThread(c: SyscallContext, start: { ip: number; sp: number; compat: boolean }): void {
  const task = c.task;
  task.files.closeOnExec();
  for (const [sig, act] of task.sigactions) if (act.handler > 1n) task.sigactions.delete(sig); // handlers reset to SIG_DFL
  flushTls(c.k, task);
  const cpu = c.k.cpu;
  cpu.fsBase = 0;
  cpu.kernelGsBase = 0; // the user's GS base while in the kernel
  cpu.fpu.init();
  cpu.mxcsr = 0x1f80;
  cpu.xmmBytes.fill(0);
  const regs = c.regs;
  for (const f of PT_REGS_FIELDS) if (f !== 'orig_ax') regs.set(f, 0, 0);
  regs.setNum('ip', start.ip);
  regs.setNum('sp', start.sp);
  regs.setNum('cs', start.compat ? __USER32_CS : __USER_CS);
  regs.setNum('ss', __USER_DS);
  regs.setNum('flags', 0x202);
}

SYSCALL('sys_execve', [a('filename', 'path'), a('argv', 'argv'), a('envp', 'argv')], 'int', (c, fn, argv, envp) => doExecve(c, AT_FDCWD, fn, argv, envp, 0), {
  support: 'partial',
  note: 'static ELF programs and #! scripts (a dynamically linked ELF gives ENOEXEC)',
});

SYSCALL(
  'sys_execveat',
  [a('fd', 'dirfd'), a('filename', 'path'), a('argv', 'argv'), a('envp', 'argv'), a('flags', 'at_flags')],
  'int',
  (c, fd, fn, argv, envp, flags) => doExecve(c, fd, fn, argv, envp, flags),
  { support: 'partial', note: 'as execve' },
);
