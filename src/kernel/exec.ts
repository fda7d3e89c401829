// execve's kernel half (fs/exec.c, fs/binfmt_script.c, fs/binfmt_elf.c), shared by the
// execve system calls and the machine's first program:
//
//   argLimits()      bprm_stack_limits() and copy_strings()' accounting: E2BIG
//   openExec()       do_open_execat(): a regular file with execute permission (EACCES)
//   findBinary()     search_binary_handler(): `#!` scripts through their interpreter
//                    (up to 5 levels, then ELOOP), then an ELF image (else ENOEXEC)
//   loadElf()        load_elf_binary() from its point of no return: a fresh mm with the
//                    segments mapped as demand-paged private file mappings and .bss as
//                    demand-zero anonymous memory (nothing is allocated up front), the
//                    stack with argv, envp and the auxiliary vector, the vDSO.
//
// Strings are bytes (Uint8Array), as the kernel sees them; paths for the VFS are byte
// strings (src/vfs/bytes.ts).

import { PAGE_SIZE } from '../mem/memory.js';
import { parseElf, planLoad, defaultLoadBias, ElfError, type ElfFile, type LoadMapping, type LoadPlan } from '../loader/elf.js';
import { buildInitialStack, linuxAuxv } from '../loader/stack.js';
import { cpuidLeaf } from '../cpu/ops/system.js';
import { MM, MAP_PRIVATE, MAP_ANONYMOUS, MAP_FIXED, MAP_FIXED_NOREPLACE, MAP_GROWSDOWN, PROT_READ, PROT_WRITE, PROT_EXEC, type PageSource } from './mm.js';
import { STACK_TOP, TASK_SIZE_MAX, IA32_TASK_SIZE } from './layout.js';
import { Errno, errnoName } from '../vfs/errno.js';
import { AT_EMPTY_PATH, AT_SYMLINK_NOFOLLOW, S_IFLNK, S_IFMT, S_IFREG, X_OK } from '../vfs/constants.js';
import { bytesToStr } from '../vfs/bytes.js';
import type { Location } from '../vfs/types.js';
import type { Kernel } from './kernel.js';
import type { Task } from './task.js';

/** MAX_ARG_STRLEN: one string, NUL included. */
export const MAX_ARG_STRLEN = 32 * PAGE_SIZE;
/** MAX_ARG_STRINGS. */
export const MAX_ARG_STRINGS = 0x7fffffff;
/** ARG_MAX: the floor of the strings' limit (32 pages). */
const ARG_MAX = 32 * PAGE_SIZE;
/** _STK_LIM. */
const STK_LIM = 8 << 20;
/** BINPRM_BUF_SIZE: how much of a `#!` line the kernel reads. */
const BINPRM_BUF_SIZE = 256;

export interface ExecImage {
  bytes: Uint8Array;
  /** bprm->filename: the path as given to execve (AT_EXECFN). */
  path: Uint8Array | string;
  /** The binary's resolved path, a byte string (/proc/self/exe, /proc/self/maps). */
  resolved: string;
  /** Device and inode of the file, for /proc/self/maps (0 when not from a file system). */
  dev?: number;
  ino?: number;
}

export interface UserStart {
  ip: number;
  sp: number;
  compat: boolean;
}

/**
 * bprm_stack_limits(): the room for the strings — a quarter of RLIMIT_STACK, at most 3/4
 * of _STK_LIM, at least ARG_MAX — less a pointer per string; -E2BIG if none is left.
 */
export function argSpace(argc: number, envc: number, stackRlimit: number): number {
  const limit = Math.max(Math.min(Math.floor(STK_LIM / 4) * 3, Math.floor(stackRlimit / 4)), ARG_MAX);
  const ptrSize = (Math.max(argc, 1) + envc) * 8;
  return limit <= ptrSize ? -Errno.E2BIG : limit - ptrSize;
}

/** copy_strings()' accounting of one string of len bytes (NUL excluded): 0 or -E2BIG. */
export function takeString(room: { left: number }, len: number): number {
  if (len + 1 > MAX_ARG_STRLEN) return -Errno.E2BIG;
  room.left -= len + 1;
  return room.left < 0 ? -Errno.E2BIG : 0;
}

/** The limits on a whole argument set, in copy_strings()' order: 0 or -E2BIG. */
export function argLimits(filename: Uint8Array, argv: readonly Uint8Array[], envp: readonly Uint8Array[], stackRlimit: number): number {
  const left = argSpace(argv.length, envp.length, stackRlimit);
  if (left < 0) return left;
  const room = { left };
  for (const s of [filename, ...envp, ...argv]) if (takeString(room, s.length) < 0) return -Errno.E2BIG;
  return 0;
}

export interface OpenedBinary {
  bytes: Uint8Array;
  resolved: string;
  dev: number;
  ino: number;
}

/**
 * do_open_execat(): the file at `path` (a byte string) must be a regular file the task
 * may execute — EACCES otherwise (a directory, /dev/zero, a file without any x bit).
 * Files larger than guest memory are refused with ENOMEM rather than read.
 */
export function openExec(k: Kernel, task: Task, at: Location, path: string, flags = 0): OpenedBinary | number {
  const ctx = { cred: { uid: task.creds.euid, gid: task.creds.egid, groups: task.creds.groups }, root: task.root };
  const lf = flags & (AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH);
  const st = k.vfs.stat(at, path, lf, ctx);
  if (typeof st === 'number') return st;
  if ((st.mode & S_IFMT) === S_IFLNK) return -Errno.ELOOP; // AT_SYMLINK_NOFOLLOW: O_NOFOLLOW
  if ((st.mode & S_IFMT) !== S_IFREG) return -Errno.EACCES;
  const acc = k.vfs.access(at, path, X_OK, lf, ctx);
  if (acc < 0) return acc;
  if (st.size > k.phys.maxFrames * PAGE_SIZE) return -Errno.ENOMEM;
  const bytes = k.vfs.readFile(at, path, ctx);
  if (typeof bytes === 'number') return bytes;
  const rp = k.vfs.realpath(at, path, ctx);
  return { bytes, resolved: typeof rp === 'string' ? rp : path, dev: st.dev, ino: st.ino };
}

export interface Binary {
  img: ExecImage;
  elf: ElfFile;
  argv: Uint8Array[];
}

/**
 * search_binary_handler() with binfmt_script and binfmt_elf: follows `#!` lines
 * (argv becomes interpreter, optional argument, script path, the rest of argv), then
 * parses the ELF image. -ENOEXEC (with k.lastDiagnostic saying why), -ELOOP, or the
 * error of opening an interpreter.
 */
export function findBinary(k: Kernel, task: Task, file: OpenedBinary, filename: Uint8Array, argv: Uint8Array[]): Binary | number {
  let cur = file;
  let scriptPath = filename;
  for (let depth = 0; ; depth++) {
    if (depth > 5) return -Errno.ELOOP;
    const script = parseShebang(cur.bytes);
    if (script === null) break;
    if (typeof script === 'number') return script;
    argv = [script.interp, ...(script.arg ? [script.arg] : []), scriptPath, ...argv.slice(1)];
    scriptPath = script.interp;
    const next = openExec(k, task, task.cwd, bytesToStr(script.interp));
    if (typeof next === 'number') return next;
    cur = next;
  }
  try {
    const elf = parseElf(cur.bytes);
    return { img: { bytes: cur.bytes, path: filename, resolved: cur.resolved, dev: cur.dev, ino: cur.ino }, elf, argv };
  } catch (e) {
    if (!(e instanceof ElfError)) throw e;
    k.lastDiagnostic = `execve ${bytesToStr(filename)}: ${e.message}`;
    return -Errno.ENOEXEC;
  }
}

const spaceTab = (c: number): boolean => c === 0x20 || c === 0x09;
const terminator = (c: number): boolean => spaceTab(c) || c === 0;

/** First index in [from, to) where test holds, or -1. */
function scan(buf: Uint8Array, from: number, to: number, test: (c: number) => boolean): number {
  for (let i = from; i < to; i++) if (test(buf[i])) return i;
  return -1;
}

/**
 * binfmt_script's load_script() over the first 256 bytes (zero-padded, as bprm->buf):
 * null if not a script; else the interpreter and its optional argument, or -ENOEXEC
 * for a line without an interpreter or one cut off by the buffer.
 */
export function parseShebang(bytes: Uint8Array): { interp: Uint8Array; arg: Uint8Array | null } | number | null {
  if (bytes[0] !== 0x23 || bytes[1] !== 0x21) return null;
  const buf = new Uint8Array(BINPRM_BUF_SIZE);
  buf.set(bytes.subarray(0, BINPRM_BUF_SIZE));
  const bufEnd = BINPRM_BUF_SIZE - 1;
  let end = buf.indexOf(0x0a);
  if (end < 0) {
    const first = scan(buf, 2, bufEnd, (c) => !spaceTab(c));
    if (first < 0 || scan(buf, first, bufEnd, terminator) < 0) return -Errno.ENOEXEC;
    end = bufEnd;
  }
  while (end > 2 && spaceTab(buf[end - 1])) end--;
  const name = scan(buf, 2, end, (c) => !spaceTab(c));
  if (name < 0) return -Errno.ENOEXEC;
  let sep = scan(buf, name, end, terminator);
  if (sep < 0) sep = end;
  let arg: Uint8Array | null = null;
  if (sep < end && buf[sep] !== 0) {
    const from = scan(buf, sep, end, (c) => !spaceTab(c));
    if (from >= 0) {
      const nul = scan(buf, from, end, (c) => c === 0);
      arg = buf.slice(from, nul < 0 ? end : nul);
    }
  }
  return { interp: buf.slice(name, sep), arg };
}

/** Thrown when loading fails after the point of no return (the task cannot go on). */
export class ExecFailure extends Error {}

/**
 * Replaces the task's user address space with the image (load_elf_binary from
 * begin_new_exec on), in Linux's order: the stack area first (setup_arg_pages), then
 * the segments — the first with MAP_FIXED_NOREPLACE, so an image placed over the stack
 * fails — then the vDSO and the stack's contents (create_elf_tables). Throws
 * ExecFailure if the new image cannot be set up.
 */
export function loadElf(k: Kernel, task: Task, img: ExecImage, elf: ElfFile, argv: readonly (Uint8Array | string)[], envp: readonly (Uint8Array | string)[]): UserStart {
  const compat = elf.class === 32;
  const mm = newMM(k, task, compat ? IA32_TASK_SIZE : TASK_SIZE_MAX);
  mm.readImpliesExec = elf.readImpliesExec;
  task.compat = compat;
  const plan = planOrFail(elf, loadBias(elf, mm, compat));
  const stack = stackArea(k, task, mm, img, plan, argv, envp, compat);
  const file = imageSource(img);
  plan.mappings.forEach((m, n) => mapSegment(k, task, mm, m, file, n === 0));
  mm.startBrk = mm.brk = Math.ceil(plan.brkStart / PAGE_SIZE) * PAGE_SIZE;
  mm.startCode = plan.startCode;
  mm.endCode = plan.endCode;
  mm.startData = plan.startData;
  mm.endData = plan.endData;
  k.mapVdso(task);
  const sp = fillStack(k, task, mm, img, plan, argv, envp, compat, stack);
  task.exePath = img.resolved;
  const base = img.resolved.split('/').pop() ?? img.resolved;
  task.comm = base.slice(0, 15);
  return { ip: plan.entry, sp, compat };
}

/** planLoad, whose refusals come too late to return an error now. */
function planOrFail(elf: ElfFile, bias: number): LoadPlan {
  try {
    return planLoad(elf, bias);
  } catch (e) {
    if (e instanceof ElfError) throw new ExecFailure(e.message);
    throw e;
  }
}

/** exec_mmap(): the old memory map goes, a new empty one (same RLIMIT_STACK) comes in. */
function newMM(k: Kernel, task: Task, taskSize: number): MM {
  const old = task.mm;
  old.clear();
  const mm = new MM(k.as, taskSize);
  mm.stackLimit = old.stackLimit;
  task.mm = mm;
  task.um.limit = taskSize;
  mm.activate();
  return mm;
}

/** Where a PIE goes: Linux maps an ET_DYN without interpreter in the mmap area. */
function loadBias(elf: ElfFile, mm: MM, compat: boolean): number {
  if (elf.type !== 3) return 0;
  let lo = Infinity;
  let hi = 0;
  for (const p of elf.loads) {
    lo = Math.min(lo, Math.floor(p.vaddr / PAGE_SIZE) * PAGE_SIZE);
    hi = Math.max(hi, p.vaddr + p.memsz);
  }
  const span = Math.ceil((hi - lo) / PAGE_SIZE) * PAGE_SIZE;
  const at = compat ? defaultLoadBias(elf) : mm.findFree(span);
  if (at < 0) throw new ExecFailure(`no room for a ${span}-byte image`);
  return at - lo;
}

/** The binary as a mapped file: pages are read from it when first touched. */
function imageSource(img: ExecImage): PageSource {
  const bytes = img.bytes;
  return {
    pread: (buf, pos) => {
      const n = Math.max(0, Math.min(buf.length, bytes.length - pos));
      buf.set(bytes.subarray(pos, pos + n));
      return n;
    },
    size: () => bytes.length,
    dev: img.dev ?? 0,
    ino: img.ino ?? 0,
    path: img.resolved,
  };
}

/**
 * elf_map() and the bss: a private file mapping of the segment's pages, or anonymous
 * demand-zero memory; padzero() clears the rest of the last file page of a segment with
 * bss (the only page touched now).
 */
function mapSegment(k: Kernel, task: Task, mm: MM, m: LoadMapping, file: PageSource, first: boolean): void {
  const isFile = m.kind === 'file';
  const flags = MAP_PRIVATE | (first ? MAP_FIXED_NOREPLACE : MAP_FIXED) | (isFile ? 0 : MAP_ANONYMOUS);
  // security_mmap_addr(): below vm.mmap_min_addr only with CAP_SYS_RAWIO (root)
  const r = m.vaddr < mm.mmapMin && task.creds.euid !== 0 ? -Errno.EPERM : mm.map(m.vaddr, m.size, m.prot, flags, isFile ? file : null, m.fileOffset);
  if (r < 0) throw new ExecFailure(`cannot map the ${m.size}-byte ${m.kind === 'file' ? 'file' : 'bss'} segment to 0x${m.vaddr.toString(16)}: ${errnoName(-r)}`);
  const end = m.vaddr + m.size;
  if (!isFile || m.zeroFrom >= end || m.zeroFrom % PAGE_SIZE === 0) return;
  const page = m.zeroFrom - (m.zeroFrom % PAGE_SIZE);
  if (!mm.populate(page)) throw new ExecFailure('out of memory while loading');
  const frame = Math.floor(mm.pt.get(page / PAGE_SIZE) / 16);
  k.phys.u8.fill(0, frame * PAGE_SIZE + (m.zeroFrom - page), (frame + 1) * PAGE_SIZE);
}

/** The initial stack's layout and bytes (create_elf_tables' work, done in memory). */
function buildStack(k: Kernel, task: Task, mm: MM, img: ExecImage, plan: LoadPlan, argv: readonly (Uint8Array | string)[], envp: readonly (Uint8Array | string)[], compat: boolean, random: Uint8Array, vdso: boolean) {
  // (before the vDSO is mapped, its entries hold 0: the layout is the same)
  const auxv = linuxAuxv({
    sysinfoEhdr: vdso ? (k.vdsoBase(task) ?? 0) : 0,
    sysinfo: compat ? (vdso ? (k.vdsoKernelVsyscall(task) ?? 0) : 0) : undefined,
    minsigstksz: compat ? null : 2048,
    hwcap: cpuidLeaf(k.cpu, 1, 0)[3] >>> 0,
    pagesz: PAGE_SIZE,
    clktck: 100,
    phdr: plan.phdrAddr,
    phent: plan.phent,
    phnum: plan.phnum,
    entry: plan.entry,
    uid: task.creds.uid,
    euid: task.creds.euid,
    gid: task.creds.gid,
    egid: task.creds.egid,
    platform: true,
  });
  return buildInitialStack({
    wordSize: compat ? 4 : 8,
    stackTop: compat ? IA32_TASK_SIZE : STACK_TOP,
    argv,
    envp,
    auxv,
    execfn: img.path,
    random,
    platform: compat ? 'i686' : 'x86_64',
    stackRlimit: mm.stackLimit,
  });
}

/**
 * setup_arg_pages(): the [stack] area, 128 KiB below the strings (its size does not
 * depend on the auxv's values, so it is laid out once here and filled later).
 */
function stackArea(k: Kernel, task: Task, mm: MM, img: ExecImage, plan: LoadPlan, argv: readonly (Uint8Array | string)[], envp: readonly (Uint8Array | string)[], compat: boolean): { random: Uint8Array } {
  const random = k.random(16);
  const st = buildStack(k, task, mm, img, plan, argv, envp, compat, random, false);
  const stackTop = compat ? IA32_TASK_SIZE : STACK_TOP;
  const vmaStart = Math.floor((st.base - 128 * 1024) / PAGE_SIZE) * PAGE_SIZE;
  const prot = PROT_READ | PROT_WRITE | (plan.executableStack ? PROT_EXEC : 0);
  const r = mm.map(vmaStart, stackTop - vmaStart, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_GROWSDOWN, null, 0);
  if (r < 0) throw new ExecFailure(`cannot map the stack: ${errnoName(-r)}`);
  mm.stackTop = stackTop;
  return { random };
}

/** create_elf_tables(): argv, envp and the auxiliary vector on the stack; returns sp. */
function fillStack(k: Kernel, task: Task, mm: MM, img: ExecImage, plan: LoadPlan, argv: readonly (Uint8Array | string)[], envp: readonly (Uint8Array | string)[], compat: boolean, area: { random: Uint8Array }): number {
  const st = buildStack(k, task, mm, img, plan, argv, envp, compat, area.random, true);
  if (!mm.populateRange(Math.floor(st.base / PAGE_SIZE) * PAGE_SIZE, mm.stackTop, true)) throw new ExecFailure('out of memory for the stack');
  k.as.writeBytes(st.base, st.bytes, false, true);
  mm.startStack = st.sp;
  mm.argStart = st.argStart;
  mm.argEnd = st.argEnd;
  mm.envStart = st.envStart;
  mm.envEnd = st.envEnd;
  return st.sp;
}
