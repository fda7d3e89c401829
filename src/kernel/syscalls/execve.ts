// execve and execveat (fs/exec.c): replace the calling task's program. The checks that
// can fail (path, permissions, the ELF image, argument copies) all happen before the
// old image is torn down; after that the syscall's own pt_regs frame is rewritten the
// way start_thread() does, so the return to user mode (through IRET, since RCX no longer
// equals RIP) enters the new program.

import { SYSCALL, a, SysError, type SyscallContext } from './declare.js';
import { Errno } from '../../vfs/errno.js';
import { AT_FDCWD, AT_EMPTY_PATH, AT_SYMLINK_NOFOLLOW, X_OK, S_IFMT, S_IFREG } from '../../vfs/constants.js';
import { bytesToStr } from '../../vfs/bytes.js';
import { checkImage, loadElf } from '../exec.js';
import { ElfError } from '../../loader/elf.js';
import { StackLayoutError } from '../../loader/stack.js';
import { PT_REGS_FIELDS } from '../ptregs.js';
import { flushTls } from '../tls.js';
import { __USER_CS, __USER32_CS, __USER_DS } from '../layout.js';
import { int } from './fs.js';
import type { Location } from '../../vfs/types.js';

const MAX_ARG_STRINGS = 0x7fffffff;
const PATH_MAX = 4096;
const MAX_ARG_STRLEN = 131072;

function readStrings(c: SyscallContext, arr: number): string[] {
  const out: string[] = [];
  if (!arr) return out;
  const w = c.abi === 'x64' ? 8 : 4;
  for (let k = 0; k < MAX_ARG_STRINGS; k++) {
    const p = w === 8 ? c.task.um.u64(arr + k * w) : c.task.um.u32(arr + k * w);
    if (!p) break;
    const b = c.task.um.readCString(p, MAX_ARG_STRLEN, Errno.E2BIG);
    out.push(new TextDecoder().decode(b));
  }
  return out;
}

function doExecve(c: SyscallContext, dfd: number, filename: number, argvp: number, envpp: number, flags: number): number {
  if (flags & ~(AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW)) return -Errno.EINVAL;
  const task = c.task;
  const k = c.k;
  const pathBytes = c.task.um.readCString(filename, PATH_MAX);
  const path = bytesToStr(pathBytes);
  let at: Location = task.cwd;
  if (!path.startsWith('/') && int(dfd) !== AT_FDCWD) {
    const e = task.files.get(int(dfd));
    if (!e || !e.file.location) return -Errno.EBADF;
    at = e.file.location;
  }
  const ctx = { cred: { uid: task.creds.euid, gid: task.creds.egid, groups: task.creds.groups }, root: task.root };
  const lf = flags & AT_SYMLINK_NOFOLLOW ? AT_SYMLINK_NOFOLLOW : 0;
  const st = k.vfs.stat(at, path, lf | (flags & AT_EMPTY_PATH), ctx);
  if (typeof st === 'number') return st;
  if ((st.mode & S_IFMT) !== S_IFREG) return -Errno.EACCES;
  const acc = k.vfs.access(at, path, X_OK, lf | (flags & AT_EMPTY_PATH), ctx);
  if (acc < 0) return acc;
  const bytes = k.vfs.readFile(at, path, ctx);
  if (typeof bytes === 'number') return bytes;
  const argv = readStrings(c, argvp);
  const envp = readStrings(c, envpp);
  try {
    checkImage(bytes);
  } catch (e) {
    if (e instanceof ElfError) {
      k.lastDiagnostic = `execve ${path}: ${e.message}`;
      return -Errno.ENOEXEC;
    }
    throw e;
  }
  const rp = k.vfs.realpath(at, path, ctx);
  const resolved = typeof rp === 'string' ? rp : path;
  // the point of no return (begin_new_exec)
  let start;
  try {
    start = loadElf(k, task, { bytes, dev: st.dev, ino: st.ino, path: new TextDecoder().decode(pathBytes), resolved: new TextDecoder().decode(Uint8Array.from(resolved, (ch) => ch.charCodeAt(0))) }, argv, envp);
  } catch (e) {
    if (e instanceof StackLayoutError || e instanceof ElfError) {
      // too late to return an error: the old image is gone (Linux sends SIGSEGV here)
      k.forceSignal(11, 'SI_KERNEL', 0, `execve ${path} failed after the old image was released: ${(e as Error).message}`);
      return 0;
    }
    throw e;
  }
  task.files.closeOnExec();
  for (const [sig, act] of task.sigactions) if (act.handler > 1n) task.sigactions.delete(sig); // handlers reset to SIG_DFL
  flushTls(k, task);
  const cpu = k.cpu;
  cpu.fsBase = 0;
  cpu.kernelGsBase = 0; // the user's GS base while in the kernel
  cpu.fpu.init();
  cpu.mxcsr = 0x1f80;
  cpu.xmmBytes.fill(0);
  // start_thread(): a fresh user register state in the syscall's frame
  const regs = c.regs;
  for (const f of PT_REGS_FIELDS) if (f !== 'orig_ax') regs.set(f, 0, 0);
  regs.setNum('ip', start.ip);
  regs.setNum('sp', start.sp);
  regs.setNum('cs', start.compat ? __USER32_CS : __USER_CS);
  regs.setNum('ss', __USER_DS);
  regs.setNum('flags', 0x202);
  return 0;
}

SYSCALL('sys_execve', [a('filename', 'path'), a('argv', 'argv'), a('envp', 'argv')], 'int', (c, fn, argv, envp) => doExecve(c, AT_FDCWD, fn, argv, envp, 0), {
  support: 'partial',
  note: 'static ELF programs only (a dynamically linked one gives ENOEXEC); no #! scripts',
});

SYSCALL(
  'sys_execveat',
  [a('fd', 'dirfd'), a('filename', 'path'), a('argv', 'argv'), a('envp', 'argv'), a('flags', 'at_flags')],
  'int',
  (c, fd, fn, argv, envp, flags) => doExecve(c, fd, fn, argv, envp, flags),
  { support: 'partial', note: 'as execve' },
);

void SysError;
