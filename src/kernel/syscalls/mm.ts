// Memory-management system calls (mm/mmap.c, mm/mprotect.c, mm/mremap.c, mm/msync.c):
// brk, mmap (and the i386 mmap2/old_mmap through doMmap), munmap, mprotect, mremap.
// madvise and the mlock family are in mm-advice.ts.
//
// Each call makes Linux 6.1's argument checks in Linux's order, with its errno, before
// the memory map (../mm.ts) is touched: a range outside user space (TASK_SIZE) is
// refused here — ENOMEM for mmap, EINVAL for munmap and mremap's new address, ENOMEM
// (no area there) for mprotect — and mm.ts refuses it again as a kernel bug.
//
// Addresses and lengths arrive sign-interpreted on x86-64 (kernel addresses are
// negative): `ulong()` gives their unsigned value, exact for page-aligned values.

import { SYSCALL, a, type SyscallContext } from './declare.js';
import { Errno } from '../../vfs/errno.js';
import { PAGE_SIZE } from '../../mem/memory.js';
import {
  MAP_ANONYMOUS, MAP_FIXED, MAP_FIXED_NOREPLACE, MAP_GROWSDOWN, MAP_HUGETLB, MAP_PRIVATE, MAP_SHARED,
  MAP_SHARED_VALIDATE, MAP_TYPE, MAP_32BIT, MAX_MAP_COUNT, MREMAP_DONTUNMAP, MREMAP_FIXED, MREMAP_MAYMOVE, PROT_EXEC, PROT_GROWSDOWN,
  PROT_GROWSUP, PROT_READ, PROT_SEM, PROT_WRITE, pageAlignUp, type MM, type PageSource,
} from '../mm.js';
import { mremap } from '../mremap.js';
import { O_ACCMODE, O_RDONLY, O_WRONLY, S_IFMT, S_IFREG } from '../../vfs/constants.js';
import { DEV_ZERO } from '../../vfs/devfs.js';
import { IA32_TASK_SIZE } from '../layout.js';
import { copyOut, fdget } from './fs.js';
import { accessOk } from '../uaccess.js';
import type { OpenFile } from '../../vfs/types.js';

const TWO64 = 2 ** 64;

/** The unsigned value of an unsigned long argument. */
export function ulong(v: number): number {
  return v < 0 ? v + TWO64 : v;
}

SYSCALL('sys_brk', [a('brk', 'ptr')], 'ptr', (c, brk) => c.task.mm.setBrk(ulong(brk)));

/** LEGACY_MAP_MASK (Linux 6.1): the flags MAP_SHARED_VALIDATE accepts (no driver adds MAP_SYNC here). */
const LEGACY_MAP_MASK = 0x01 | 0x02 | 0x10 | 0x20 | 0x40 | 0x100 | 0x800 | 0x1000 | 0x2000 | 0x4000 | 0x8000 | 0x10000 | 0x20000 | 0x40000 | 0x4000000 | (21 << 26) | (30 << 26);
const MAP_HUGE_SHIFT = 26;
/** hstate_sizelog(): the huge page sizes x86-64 has (0 = the default, 2 MiB). */
const HUGE_SIZELOGS = new Set([0, 21, 30]);

export interface MmapOptions {
  /** A 32-bit system call (mmap2/old_mmap through int $0x80): addresses below 4 GiB. */
  in32bit?: boolean;
}

/** do_mmap() from ksys_mmap_pgoff(): the checks, then the mapping. pgoff in pages. */
export function doMmap(c: SyscallContext, addr: number, len: number, prot: number, flags: number, fd: number, pgoff: number, o: MmapOptions = {}): number {
  const mm = c.task.mm;
  addr = ulong(addr);
  len = ulong(len);
  let file: OpenFile | null = null;
  if (!(flags & MAP_ANONYMOUS)) {
    file = fdget(c, fd).file;
    if (flags & MAP_HUGETLB) return -Errno.EINVAL; // not a hugetlbfs file
  }
  if (len === 0) return -Errno.EINVAL;
  if (flags & MAP_HUGETLB && !file) {
    // vm.nr_hugepages is 0: the reservation of huge pages fails
    return HUGE_SIZELOGS.has((flags >>> MAP_HUGE_SHIFT) & 0x3f) ? -Errno.ENOMEM : -Errno.EINVAL;
  }
  if (prot & PROT_READ && mm.readImpliesExec) prot |= PROT_EXEC;
  if (flags & MAP_FIXED_NOREPLACE) flags |= MAP_FIXED;
  if (!(flags & MAP_FIXED)) addr = roundHintToMin(mm, addr);
  const alen = pageAlignUp(len);
  if (alen >= TWO64) return -Errno.ENOMEM;
  // (do_mmap's pgoff + pages overflow check cannot fire: pgoff < 2^52; files check theirs below)
  if (mm.mapCount > MAX_MAP_COUNT) return -Errno.ENOMEM;
  const where = unmappedArea(c, mm, addr, alen, flags, !!o.in32bit);
  if (where < 0) return where;
  const kind = file ? fileMapCheck(c, file, alen, pgoff, prot, flags) : anonMapCheck(flags);
  if (typeof kind === 'number') return kind;
  const src = kind === 'zero' || kind === 'anon' ? null : kind;
  const type = (flags & MAP_TYPE) === MAP_PRIVATE ? MAP_PRIVATE : MAP_SHARED;
  const mapFlags = (flags & ~MAP_TYPE) | type | (src ? 0 : MAP_ANONYMOUS) | MAP_FIXED;
  // a shared mapping of a file opened read-only may never become writable (VM_MAYWRITE)
  const mayWrite = !(file && type === MAP_SHARED && (file.flags & O_ACCMODE) === O_RDONLY);
  return mm.map(where, alen, prot & (PROT_READ | PROT_WRITE | PROT_EXEC), mapFlags, src, pgoff * PAGE_SIZE, null, mayWrite);
}

/** round_hint_to_min(): a hint below mmap_min_addr is raised to it. */
function roundHintToMin(mm: MM, hint: number): number {
  hint -= hint % PAGE_SIZE;
  return hint && hint < mm.mmapMin ? mm.mmapMin : hint;
}

/**
 * get_unmapped_area() and security_mmap_addr(): the address to map at, or -errno. A fixed
 * range must lie in user space (ENOMEM) and be page-aligned (EINVAL); below
 * mmap_min_addr only a task with CAP_SYS_RAWIO (root) may map (EPERM).
 */
function unmappedArea(c: SyscallContext, mm: MM, addr: number, len: number, flags: number, in32bit: boolean): number {
  const top = in32bit && !c.task.compat ? IA32_TASK_SIZE : mm.taskSize;
  if (len > mm.taskSize) return -Errno.ENOMEM;
  let at: number;
  if (flags & MAP_FIXED) at = addr;
  else if (flags & MAP_32BIT && !in32bit && !c.task.compat) at = mm.findFree32bit(len, addr);
  else at = mm.findFree(len, addr, top);
  if (at < 0) return at;
  if (at > mm.taskSize - len) return -Errno.ENOMEM;
  if (at % PAGE_SIZE) return -Errno.EINVAL;
  if (at < mm.mmapMin && c.task.creds.euid !== 0) return -Errno.EPERM;
  if (flags & MAP_FIXED_NOREPLACE && !mm.isFree(at, at + len)) return -Errno.EEXIST;
  return at;
}

/** The mapping type checks of an anonymous mapping. */
function anonMapCheck(flags: number): 'anon' | number {
  const type = flags & MAP_TYPE;
  if (type === MAP_SHARED) return flags & MAP_GROWSDOWN ? -Errno.EINVAL : 'anon';
  return type === MAP_PRIVATE ? 'anon' : -Errno.EINVAL;
}

/**
 * The file half of do_mmap(): file_mmap_ok() (EOVERFLOW), the mapping type, the open
 * mode (EACCES) and whether the file can be mapped at all (ENODEV). /dev/zero maps as
 * anonymous memory (mmap_zero). Returns the page source or -errno.
 */
function fileMapCheck(c: SyscallContext, f: OpenFile, len: number, pgoff: number, prot: number, flags: number): PageSource | 'zero' | number {
  const st = f.stat();
  const mode = typeof st === 'number' ? 0 : st.mode;
  // file_mmap_size_max(): MAX_LFS_FILESIZE for regular files, ULONG_MAX for devices
  const maxsize = (mode & S_IFMT) === S_IFREG ? (1n << 63n) - 1n : (1n << 64n) - 1n;
  if (BigInt(len) > maxsize || BigInt(pgoff) > (maxsize - BigInt(len)) >> 12n) return -Errno.EOVERFLOW;
  const acc = f.flags & O_ACCMODE;
  const type = flags & MAP_TYPE;
  if (type !== MAP_SHARED && type !== MAP_SHARED_VALIDATE && type !== MAP_PRIVATE) return -Errno.EINVAL;
  if (type === MAP_SHARED_VALIDATE && flags & ~LEGACY_MAP_MASK) return -Errno.EOPNOTSUPP;
  if (type !== MAP_PRIVATE && prot & PROT_WRITE && acc === O_RDONLY) return -Errno.EACCES;
  if (acc === O_WRONLY) return -Errno.EACCES; // FMODE_READ
  // path_noexec(): pipes and sockets live on pipefs/sockfs, which are SB_I_NOEXEC
  if (prot & PROT_EXEC && !f.location && (f.kind === 'fifo' || f.kind === 'sock')) return -Errno.EPERM;
  const isZero = f.kind === 'chr' && typeof st !== 'number' && st.rdev === DEV_ZERO;
  if (f.kind !== 'reg' && !isZero) return -Errno.ENODEV; // no f_op->mmap
  if (flags & MAP_GROWSDOWN) return -Errno.EINVAL;
  if (isZero) return 'zero';
  // Shared writable file mappings would need write-back to the file: not modelled.
  if (type !== MAP_PRIVATE && prot & PROT_WRITE) return -Errno.ENODEV;
  return pageSource(c, f, st);
}

/** The mapping's own reference to the file (vma->vm_file): it outlives the descriptor. */
function pageSource(c: SyscallContext, f: OpenFile, st: ReturnType<OpenFile['stat']>): PageSource {
  const path = f.location ? c.k.vfs.displayPath(f.location) : '';
  let ref: OpenFile = f;
  if (f.location) {
    const own = c.k.vfs.openLocation(f.location, O_RDONLY);
    if (typeof own !== 'number') ref = own;
  }
  return {
    pread: (buf, pos) => ref.read(buf, pos),
    size: () => {
      const now = ref.stat();
      return typeof now === 'number' ? 0 : now.size;
    },
    dev: typeof st === 'number' ? 0 : st.dev,
    ino: typeof st === 'number' ? 0 : st.ino,
    path,
  };
}

SYSCALL(
  'sys_mmap',
  [a('addr', 'ptr'), a('len', 'size'), a('prot', 'prot'), a('flags', 'mmap_flags'), a('fd', 'fd'), a('off', 'hex')],
  'ptr',
  (c, addr, len, prot, flags, fd, off) => {
    // off & ~PAGE_MASK, on the signed value (its low bits are exact; 2^64 - 1 as a double is not)
    if (off % PAGE_SIZE) return -Errno.EINVAL;
    return doMmap(c, addr, len, prot, flags, fd | 0, ulong(off) / PAGE_SIZE);
  },
  { support: 'partial', note: 'MAP_SHARED writable file mappings give ENODEV; MAP_HUGETLB ENOMEM (no huge pages); MAP_SHARED anonymous memory is private to the one process' },
);

SYSCALL('sys_munmap', [a('addr', 'ptr'), a('len', 'size')], 'int', (c, addr, len) => c.task.mm.munmap(ulong(addr), ulong(len)));

SYSCALL('sys_mprotect', [a('start', 'ptr'), a('len', 'size'), a('prot', 'prot')], 'int', (c, start, len, prot) => {
  const grows = prot & (PROT_GROWSDOWN | PROT_GROWSUP);
  prot &= ~grows;
  if (grows === (PROT_GROWSDOWN | PROT_GROWSUP)) return -Errno.EINVAL;
  const s = ulong(start);
  if (s % PAGE_SIZE) return -Errno.EINVAL;
  if (len === 0) return 0;
  // end = start + PAGE_ALIGN(len) in 64-bit arithmetic: a wrap is ENOMEM
  const endBig = BigInt.asUintN(64, BigInt(start)) + ((BigInt.asUintN(64, BigInt(len)) + 4095n) & 0xfffffffffffff000n);
  if (endBig <= BigInt.asUintN(64, BigInt(start)) || endBig >= 1n << 64n) return -Errno.ENOMEM;
  const end = Number(endBig);
  if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM)) return -Errno.EINVAL;
  const mm = c.task.mm;
  if (prot & PROT_READ && mm.readImpliesExec) prot |= PROT_EXEC;
  return mm.mprotect(s, end, prot & (PROT_READ | PROT_WRITE | PROT_EXEC), grows === PROT_GROWSDOWN, grows === PROT_GROWSUP);
});

SYSCALL(
  'sys_mremap',
  [a('addr', 'ptr'), a('old_len', 'size'), a('new_len', 'size'), a('flags', 'hex'), a('new_addr', 'ptr')],
  'ptr',
  (c, addr, oldLen, newLen, flags, newAddr) => {
    if (flags & ~(MREMAP_FIXED | MREMAP_MAYMOVE | MREMAP_DONTUNMAP)) return -Errno.EINVAL;
    if (flags & MREMAP_FIXED && !(flags & MREMAP_MAYMOVE)) return -Errno.EINVAL;
    const ol = ulong(oldLen);
    const nl = ulong(newLen);
    if (flags & MREMAP_DONTUNMAP && (!(flags & MREMAP_MAYMOVE) || ol !== nl)) return -Errno.EINVAL;
    const start = ulong(addr);
    if (start % PAGE_SIZE) return -Errno.EINVAL;
    const aol = pageAlignUp(ol) % TWO64;
    const anl = pageAlignUp(nl) % TWO64;
    if (anl === 0) return -Errno.EINVAL;
    return mremap(c.task.mm, start, aol, anl, flags, ulong(newAddr));
  },
  { support: 'partial', note: 'old_len 0 (a second mapping of shared memory) gives EINVAL: no shared memory objects yet' },
);

SYSCALL('sys_msync', [a('start', 'ptr'), a('len', 'size'), a('flags', 'hex')], 'int', (c, start, len, flags) => {
  const MS_ASYNC = 1;
  const MS_INVALIDATE = 2;
  const MS_SYNC = 4;
  if (flags & ~(MS_ASYNC | MS_INVALIDATE | MS_SYNC)) return -Errno.EINVAL;
  const s = ulong(start);
  if (s % PAGE_SIZE || (flags & MS_ASYNC && flags & MS_SYNC)) return -Errno.EINVAL;
  const end = s + (pageAlignUp(ulong(len)) % TWO64);
  if (end >= TWO64) return -Errno.ENOMEM;
  if (end === s) return 0;
  return c.task.mm.msyncWalk(s, end, flags === MS_ASYNC, !!(flags & MS_INVALIDATE));
});

/**
 * mincore (mm/mincore.c): one byte per page of [start, start+len), 1 when the page is
 * resident. Anonymous pages are resident once touched; file pages are always (the
 * files live in the host's memory: the page cache's part is not modelled); special
 * mappings say 1, as Linux does where it may not look. A hole is ENOMEM.
 */
SYSCALL('sys_mincore', [a('start', 'ptr'), a('len', 'size'), a('vec', 'ptr')], 'int', (c, start, len, vec) => {
  const s = ulong(start);
  const n = ulong(len);
  if (s % PAGE_SIZE) return -Errno.EINVAL;
  if (!accessOk(s, n)) return -Errno.ENOMEM;
  let pages = Math.ceil(n / PAGE_SIZE);
  const v = ulong(vec);
  if (!accessOk(v, pages)) return -Errno.EFAULT;
  const mm = c.task.mm;
  let at = s;
  let out = v;
  while (pages > 0) {
    const area = mm.find(at);
    if (!area) return -Errno.ENOMEM;
    const end = Math.min(area.end, at + pages * PAGE_SIZE);
    const count = (end - at) / PAGE_SIZE;
    const bytes = new Uint8Array(count);
    for (let i = 0; i < count; i++) bytes[i] = area.file || area.special || mm.pt.get(at / PAGE_SIZE + i) ? 1 : 0;
    copyOut(c, out, bytes);
    pages -= count;
    out += count;
    at = end;
  }
  return 0;
});
