// madvise (mm/madvise.c) and the mlock family (mm/mlock.c): advice and locks on
// ranges of the memory map, checked and applied area by area as Linux does — a hole
// in the range is ENOMEM, after the mapped parts have been handled (madvise) or at
// the first hole (mlock).
//
// Decisions: memory is never swapped, so locking only sets VM_LOCKED (which changes
// what madvise and msync allow) and faults the pages in; advice that only steers
// swapping, readahead, KSM or huge pages is checked and recorded, with no further
// effect. The machine is modelled without CONFIG_MEMORY_FAILURE: MADV_HWPOISON and
// MADV_SOFT_OFFLINE are EINVAL.

import { SYSCALL, a, type SyscallContext } from './declare.js';
import { Errno } from '../../vfs/errno.js';
import { PAGE_SIZE } from '../../mem/memory.js';
import {
  MAP_SHARED, MAP_TYPE, PROT_EXEC, PROT_READ, PROT_WRITE, VM_DONTCOPY, VM_DONTDUMP, VM_HUGEPAGE, VM_LOCKED, VM_LOCKONFAULT,
  VM_MERGEABLE, VM_NOHUGEPAGE, VM_WIPEONFORK, pageAlignUp, type MM, type Vma,
} from '../mm.js';
import { ulong } from './mm.js';

const TWO64 = 2 ** 64;

export const MADV = {
  NORMAL: 0, RANDOM: 1, SEQUENTIAL: 2, WILLNEED: 3, DONTNEED: 4, FREE: 8, REMOVE: 9, DONTFORK: 10, DOFORK: 11,
  MERGEABLE: 12, UNMERGEABLE: 13, HUGEPAGE: 14, NOHUGEPAGE: 15, DONTDUMP: 16, DODUMP: 17, WIPEONFORK: 18,
  KEEPONFORK: 19, COLD: 20, PAGEOUT: 21, POPULATE_READ: 22, POPULATE_WRITE: 23, DONTNEED_LOCKED: 24, COLLAPSE: 25,
} as const;

/** A visit of one area's part [from, to): 0 or -errno. */
type Advice = (mm: MM, v: Vma, from: number, to: number) => number;

/** Sets and clears area flags over [from, to) (madvise_update_vma). */
function flags(set: number, clear = 0, refuse?: (v: Vma) => number): Advice {
  return (mm, v, from, to) => {
    const err = refuse?.(v) ?? 0;
    if (err) return err;
    const r = mm.modifyArea(v, from, to, (m) => {
      m.flags = (m.flags & ~clear) | set;
    });
    return typeof r === 'number' ? r : 0;
  };
}

/** Drops the pages (zap_page_range): the next touch refaults zeros, the file or the special frame. */
function dontneed(lockedOk: boolean, anonOnly: boolean): Advice {
  return (mm, v, from, to) => {
    if (v.special?.pfnmap || (!lockedOk && v.flags & VM_LOCKED)) return -Errno.EINVAL;
    if (anonOnly && (v.file || v.special)) return -Errno.EINVAL;
    mm.as.unmap(from / PAGE_SIZE, (to - from) / PAGE_SIZE, mm.pt);
    return 0;
  };
}

/** MADV_REMOVE punches a hole in shared writable memory (here: shared anonymous memory). */
const remove: Advice = (mm, v, from, to) => {
  if (v.flags & VM_LOCKED) return -Errno.EINVAL;
  const shared = (v.flags & MAP_TYPE) === MAP_SHARED;
  if (v.special || (v.file === null && !shared)) return -Errno.EINVAL;
  if (!shared || !(v.prot & PROT_WRITE)) return -Errno.EACCES;
  mm.as.unmap(from / PAGE_SIZE, (to - from) / PAGE_SIZE, mm.pt);
  return 0;
};

/** MADV_POPULATE_(READ|WRITE): faults the pages in (EINVAL where the access is not allowed). */
function populate(write: boolean): Advice {
  return (mm, v, from, to) => {
    if (v.special?.pfnmap || !(v.prot & (write ? PROT_WRITE : PROT_READ))) return -Errno.EINVAL;
    return mm.populateRange(from, to, write) ? 0 : -Errno.ENOMEM;
  };
}

const noEffect: Advice = () => 0;
const notPfnmapOrLocked: Advice = (_mm, v) => (v.special?.pfnmap || v.flags & VM_LOCKED ? -Errno.EINVAL : 0);

/** MADV_COLLAPSE: only a range that can hold an aligned 2 MiB page of anonymous memory. */
const collapse: Advice = (_mm, v, from, to) => {
  const huge = 2 << 20;
  const hs = Math.ceil(from / huge) * huge;
  return v.file || v.special || hs + huge > to ? -Errno.EINVAL : 0;
};

const ADVICE: ReadonlyMap<number, Advice> = new Map<number, Advice>([
  [MADV.NORMAL, noEffect],
  [MADV.RANDOM, noEffect],
  [MADV.SEQUENTIAL, noEffect],
  [MADV.WILLNEED, noEffect],
  [MADV.DONTNEED, dontneed(false, false)],
  [MADV.DONTNEED_LOCKED, dontneed(true, false)],
  [MADV.FREE, dontneed(false, true)],
  [MADV.REMOVE, remove],
  [MADV.DONTFORK, flags(VM_DONTCOPY, 0, (v) => (v.special?.pfnmap ? -Errno.EINVAL : 0))],
  [MADV.DOFORK, flags(0, VM_DONTCOPY, (v) => (v.special?.pfnmap ? -Errno.EINVAL : 0))],
  [MADV.WIPEONFORK, flags(VM_WIPEONFORK, 0, (v) => (v.file || v.special || (v.flags & MAP_TYPE) === MAP_SHARED ? -Errno.EINVAL : 0))],
  [MADV.KEEPONFORK, flags(0, VM_WIPEONFORK)],
  [MADV.MERGEABLE, (mm, v, f, t) => (v.special || (v.flags & MAP_TYPE) === MAP_SHARED ? 0 : flags(VM_MERGEABLE)(mm, v, f, t))],
  [MADV.UNMERGEABLE, (mm, v, f, t) => (v.special ? 0 : flags(0, VM_MERGEABLE)(mm, v, f, t))],
  [MADV.HUGEPAGE, flags(VM_HUGEPAGE, VM_NOHUGEPAGE)],
  [MADV.NOHUGEPAGE, flags(VM_NOHUGEPAGE, VM_HUGEPAGE)],
  [MADV.DONTDUMP, flags(VM_DONTDUMP)],
  [MADV.DODUMP, flags(0, VM_DONTDUMP, (v) => (v.special ? -Errno.EINVAL : 0))],
  [MADV.COLD, notPfnmapOrLocked],
  [MADV.PAGEOUT, notPfnmapOrLocked],
  [MADV.POPULATE_READ, populate(false)],
  [MADV.POPULATE_WRITE, populate(true)],
  [MADV.COLLAPSE, collapse],
]);

SYSCALL('sys_madvise', [a('start', 'ptr'), a('len', 'size'), a('behavior', 'int')], 'int', (c, start, len, behavior) => {
  const advice = ADVICE.get(behavior);
  if (!advice) return -Errno.EINVAL;
  const s = ulong(start);
  if (s % PAGE_SIZE) return -Errno.EINVAL;
  const n = ulong(len);
  const alen = pageAlignUp(n) % TWO64;
  if (n && !alen) return -Errno.EINVAL; // a small negative length rounded up to 0
  const end = s + alen;
  if (end >= TWO64) return -Errno.EINVAL;
  if (end === s) return 0;
  const mm = c.task.mm;
  return mm.walkAreas(s, end, (v, from, to) => advice(mm, v, from, to));
}, { support: 'partial', note: 'no swap, KSM or huge pages: such advice is checked and recorded only; HWPOISON/SOFT_OFFLINE are EINVAL (no CONFIG_MEMORY_FAILURE)' });

// ---------------- mlock ----------------

const MLOCK_ONFAULT = 1;
const MCL_CURRENT = 1;
const MCL_FUTURE = 2;
const MCL_ONFAULT = 4;

/**
 * do_mlock(): whole pages around [start, start+len); apply_vma_lock_flags() needs every
 * page mapped (ENOMEM at the first hole); then the pages are faulted in (__mm_populate:
 * guest memory running out is EAGAIN). The caller is root (CAP_IPC_LOCK): no
 * RLIMIT_MEMLOCK check.
 */
function doMlock(c: SyscallContext, start: number, len: number, lockFlags: number): number {
  // in 64-bit arithmetic (BigInt): PAGE_ALIGN(len + offset) wraps to 0 for a length near 2^64
  const M = (1n << 64n) - 1n;
  const s0 = BigInt.asUintN(64, BigInt(start));
  const alen = (BigInt.asUintN(64, BigInt(len)) + (s0 & 4095n) + 4095n) & M & ~4095n;
  const sb = s0 & ~4095n;
  if (sb + alen > M) return -Errno.EINVAL;
  if (alen === 0n) return 0;
  const s = Number(sb);
  const end = Number(sb + alen);
  const mm = c.task.mm;
  const r = setLocked(mm, s, end, lockFlags);
  if (r < 0) return r;
  return lockFlags === VM_LOCKED ? mlockPopulate(mm, s, end) : 0;
}

/**
 * __mm_populate() for mlock: the locked pages are faulted in; an area without access
 * fails (get_user_pages' EFAULT, which mlock reports as ENOMEM), and guest memory running
 * out is EAGAIN (ENOMEM's mlock spelling).
 */
function mlockPopulate(mm: MM, start: number, end: number): number {
  for (const v of mm.areas.overlapping(start, end)) {
    if (v.special?.pfnmap) continue;
    if (!(v.prot & (PROT_READ | PROT_WRITE | PROT_EXEC))) return -Errno.ENOMEM;
    if (!mm.populateRange(Math.max(start, v.start), Math.min(end, v.end), false)) return -Errno.EAGAIN;
  }
  return 0;
}

/** apply_vma_lock_flags(): the lock bits of every area over [start, end), which must all be mapped. */
function setLocked(mm: MM, start: number, end: number, lockFlags: number): number {
  let v = mm.find(start);
  if (!v) return -Errno.ENOMEM;
  let at = start;
  while (at < end && v && v.start < end) {
    if (v.start > at) return -Errno.ENOMEM;
    const to = Math.min(v.end, end);
    if (!v.special) {
      const r = mm.modifyArea(v, at, to, (m) => {
        m.flags = (m.flags & ~(VM_LOCKED | VM_LOCKONFAULT)) | lockFlags;
      });
      if (typeof r === 'number') return r;
    }
    at = to;
    v = mm.areas.findAbove(at);
  }
  return at < end ? -Errno.ENOMEM : 0;
}

SYSCALL('sys_mlock', [a('start', 'ptr'), a('len', 'size')], 'int', (c, start, len) => doMlock(c, start, len, VM_LOCKED), {
  note: 'memory is never swapped: locking faults the pages in and sets VM_LOCKED',
});

SYSCALL('sys_mlock2', [a('start', 'ptr'), a('len', 'size'), a('flags', 'hex')], 'int', (c, start, len, flags) => {
  if (flags & ~MLOCK_ONFAULT) return -Errno.EINVAL;
  return doMlock(c, start, len, flags & MLOCK_ONFAULT ? VM_LOCKED | VM_LOCKONFAULT : VM_LOCKED);
}, { note: 'as mlock' });

SYSCALL('sys_munlock', [a('start', 'ptr'), a('len', 'size')], 'int', (c, start, len) => doMlock(c, start, len, 0));

SYSCALL('sys_mlockall', [a('flags', 'hex')], 'int', (c, flags) => {
  if (!flags || flags & ~(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT) || flags === MCL_ONFAULT) return -Errno.EINVAL;
  const lock = VM_LOCKED | (flags & MCL_ONFAULT ? VM_LOCKONFAULT : 0);
  const mm = c.task.mm;
  mm.defFlags = flags & MCL_FUTURE ? lock : 0;
  if (flags & MCL_CURRENT) {
    for (const v of [...mm.areas]) if (!v.special) mm.modifyArea(v, v.start, v.end, (m) => void (m.flags = (m.flags & ~(VM_LOCKED | VM_LOCKONFAULT)) | lock));
    if (!(flags & MCL_ONFAULT)) mm.populateRange(0, mm.taskSize, false); // mm_populate ignores errors
  }
  return 0;
});

SYSCALL('sys_munlockall', [], 'int', (c) => {
  const mm = c.task.mm;
  mm.defFlags = 0;
  for (const v of [...mm.areas]) if (v.flags & (VM_LOCKED | VM_LOCKONFAULT)) mm.modifyArea(v, v.start, v.end, (m) => void (m.flags &= ~(VM_LOCKED | VM_LOCKONFAULT)));
  return 0;
});
