// Memory-management system calls: brk, mmap (and i386 mmap2/old_mmap), munmap,
// mprotect, mremap, madvise, msync, mlock family.

import { SYSCALL, a, type SyscallContext } from './declare.js';
import { Errno } from '../../vfs/errno.js';
import { PAGE_SIZE } from '../../mem/memory.js';
import {
  MAP_ANONYMOUS, MAP_FIXED, MAP_FIXED_NOREPLACE, MAP_PRIVATE, MAP_SHARED, MAP_SHARED_VALIDATE, MAP_TYPE,
  MREMAP_DONTUNMAP, MREMAP_FIXED, MREMAP_MAYMOVE, PROT_EXEC, PROT_GROWSDOWN, PROT_GROWSUP, PROT_READ, PROT_WRITE,
  pageAlignUp, type PageSource,
} from '../mm.js';
import { O_ACCMODE, O_RDONLY, O_WRONLY } from '../../vfs/constants.js';
import type { OpenFile } from '../../vfs/types.js';

SYSCALL('sys_brk', [a('brk', 'ptr')], 'ptr', (c, brk) => c.task.mm.setBrk(brk));

const LEGACY_MAP_MASK = 0x1 | 0x2 | 0x10 | 0x20 | 0x40 | 0x100 | 0x800 | 0x1000 | 0x2000 | 0x4000 | 0x8000 | 0x10000 | 0x20000 | 0x40000 | 0x100000;

/** do_mmap's checks and the mapping itself; offset in bytes. */
export function doMmap(c: SyscallContext, addr: number, len: number, prot: number, flags: number, fd: number, off: number): number {
  const mm = c.task.mm;
  if (len === 0) return -Errno.EINVAL;
  if (off % PAGE_SIZE) return -Errno.EINVAL;
  const alen = pageAlignUp(len);
  if (alen > mm.taskSize || alen <= 0) return -Errno.ENOMEM;
  if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_GROWSDOWN | PROT_GROWSUP)) return -Errno.EINVAL;
  const type = flags & MAP_TYPE;
  if (type !== MAP_SHARED && type !== MAP_PRIVATE && type !== MAP_SHARED_VALIDATE) return -Errno.EINVAL;
  if (type === MAP_SHARED_VALIDATE && flags & ~LEGACY_MAP_MASK & ~0x80000) return -Errno.EOPNOTSUPP;
  if (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE) && addr % PAGE_SIZE) return -Errno.EINVAL;
  let src: PageSource | null = null;
  let name = '';
  if (!(flags & MAP_ANONYMOUS)) {
    const e = c.task.files.get(fd);
    if (!e) return -Errno.EBADF;
    const f = e.file;
    const acc = f.flags & O_ACCMODE;
    if (acc === O_WRONLY) return -Errno.EACCES;
    if (f.kind === 'dir') return -Errno.ENODEV;
    if (f.kind === 'fifo' || f.kind === 'sock') return -Errno.ENODEV;
    if (type !== MAP_PRIVATE && prot & PROT_WRITE) {
      if (acc === O_RDONLY) return -Errno.EACCES;
      // Shared writable file mappings would need write-back to the file.
      return -Errno.ENODEV;
    }
    const st = f.stat();
    const path = f.location ? c.k.vfs.displayPath(f.location) : '';
    name = path;
    // The mapping holds its own reference to the file (Linux: vma->vm_file), so it
    // keeps working after the descriptor is closed.
    let ref: OpenFile = f;
    if (f.location) {
      const own = c.k.vfs.openLocation(f.location, O_RDONLY);
      if (typeof own !== 'number') ref = own;
    }
    src = {
      pread: (buf, pos) => ref.read(buf, pos),
      dev: typeof st === 'number' ? 0 : st.dev,
      ino: typeof st === 'number' ? 0 : st.ino,
      path,
    };
  }
  const r = mm.map(addr, alen, prot & (PROT_READ | PROT_WRITE | PROT_EXEC), flags, src, off, name);
  return r;
}

SYSCALL(
  'sys_mmap',
  [a('addr', 'ptr'), a('len', 'size'), a('prot', 'prot'), a('flags', 'mmap_flags'), a('fd', 'fd'), a('off', 'hex')],
  'ptr',
  (c, addr, len, prot, flags, fd, off) => {
    if (off % PAGE_SIZE) return -Errno.EINVAL;
    return doMmap(c, addr, len, prot, flags, fd | 0, off);
  },
  { support: 'partial', note: 'MAP_SHARED file mappings are read-only (writable ones return ENODEV); MAP_HUGETLB/MAP_SYNC ignored' },
);

SYSCALL('sys_munmap', [a('addr', 'ptr'), a('len', 'size')], 'int', (c, addr, len) => {
  if (addr % PAGE_SIZE || len === 0) return -Errno.EINVAL;
  const end = addr + pageAlignUp(len);
  if (end > c.task.mm.taskSize || addr < 0) return -Errno.EINVAL;
  c.task.mm.unmapRange(addr, end);
  return 0;
});

SYSCALL('sys_mprotect', [a('start', 'ptr'), a('len', 'size'), a('prot', 'prot')], 'int', (c, start, len, prot) => {
  if (start % PAGE_SIZE) return -Errno.EINVAL;
  if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_GROWSDOWN | PROT_GROWSUP)) return -Errno.EINVAL;
  if (len === 0) return 0;
  const end = start + pageAlignUp(len);
  if (end <= start) return -Errno.ENOMEM;
  return c.task.mm.protect(start, end, prot & 7);
});

SYSCALL(
  'sys_mremap',
  [a('addr', 'ptr'), a('old_len', 'size'), a('new_len', 'size'), a('flags', 'hex'), a('new_addr', 'ptr')],
  'ptr',
  (c, addr, oldLen, newLen, flags, newAddr) => {
    if (flags & ~(MREMAP_FIXED | MREMAP_MAYMOVE | MREMAP_DONTUNMAP)) return -Errno.EINVAL;
    if (flags & MREMAP_DONTUNMAP) return -Errno.EINVAL;
    if (addr % PAGE_SIZE) return -Errno.EINVAL;
    const ol = pageAlignUp(oldLen);
    const nl = pageAlignUp(newLen);
    if (nl === 0) return -Errno.EINVAL;
    if (flags & MREMAP_FIXED && newAddr % PAGE_SIZE) return -Errno.EINVAL;
    if (ol === 0) return -Errno.EINVAL; // duplicating shared mappings is not supported
    return c.task.mm.remap(addr, ol, nl, flags, newAddr);
  },
  { support: 'partial', note: 'MREMAP_DONTUNMAP and old_len 0 (duplicate a shared mapping) give EINVAL' },
);

const MADV_DONTNEED = 4;
const MADV_FREE = 8;
const KNOWN_ADVICE = new Set([0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 100, 101]);

SYSCALL('sys_madvise', [a('start', 'ptr'), a('len', 'size'), a('behavior', 'int')], 'int', (c, start, len, advice) => {
  if (start % PAGE_SIZE) return -Errno.EINVAL;
  if (!KNOWN_ADVICE.has(advice)) return -Errno.EINVAL;
  if (len === 0) return 0;
  const end = start + pageAlignUp(len);
  if (!c.task.mm.covered(start, end)) return -Errno.ENOMEM;
  if (advice === MADV_DONTNEED || advice === MADV_FREE) {
    // the pages are dropped; the next touch refaults zero pages (or file contents)
    c.k.as.unmap(start / PAGE_SIZE, (end - start) / PAGE_SIZE);
  }
  return 0;
}, { support: 'partial', note: 'DONTNEED/FREE drop pages; other advice is accepted and ignored' });

SYSCALL('sys_msync', [a('start', 'ptr'), a('len', 'size'), a('flags', 'hex')], 'int', (c, start, len, flags) => {
  if (start % PAGE_SIZE || flags & ~7 || (flags & 1 && flags & 4)) return -Errno.EINVAL;
  const end = start + pageAlignUp(len);
  if (!c.task.mm.covered(start, end)) return -Errno.ENOMEM;
  return 0;
});

for (const name of ['sys_mlock', 'sys_munlock']) {
  SYSCALL(name, [a('start', 'ptr'), a('len', 'size')], 'int', () => 0, { note: 'all memory is resident: accepted, no effect' });
}
SYSCALL('sys_mlockall', [a('flags', 'hex')], 'int', (_c, flags) => (flags & ~7 || !flags ? -Errno.EINVAL : 0));
SYSCALL('sys_munlockall', [], 'int', () => 0);
