// mremap (mm/mremap.c): grow or shrink an area in place, or move it — its pages move
// with it (their page-table entries, not copies). The system call checks its flags,
// alignment and lengths (syscalls/mm.ts); this is the rest of sys_mremap, mremap_to,
// vma_to_resize, vma_expandable and move_vma.

import { PAGE_SIZE } from '../mem/memory.js';
import { Errno } from '../vfs/errno.js';
import { MAX_MAP_COUNT, MREMAP_DONTUNMAP, MREMAP_FIXED, MREMAP_MAYMOVE, Vma, type MM } from './mm.js';

/** The rest of sys_mremap: addr, lengths page-aligned, newLen > 0, flags valid. */
export function mremap(mm: MM, addr: number, oldLen: number, newLen: number, flags: number, newAddr: number): number {
  if (!mm.find(addr)) return -Errno.EFAULT; // vma_lookup()
  if (flags & (MREMAP_FIXED | MREMAP_DONTUNMAP)) return mremapTo(mm, addr, oldLen, newAddr, newLen, flags);
  if (oldLen >= newLen) {
    // do_munmap(addr + new_len, old_len - new_len), with its checks (a huge old_len: EINVAL)
    const r = mm.munmap(addr + newLen, oldLen - newLen);
    if (r < 0 && oldLen !== newLen) return r;
    return addr;
  }
  const v = vmaToResize(mm, addr, oldLen, newLen, flags);
  if (typeof v === 'number') return v;
  if (oldLen === v.end - addr && expandable(mm, v, newLen - oldLen)) {
    if (v.account && !mm.enoughMemory(newLen - oldLen)) return -Errno.ENOMEM;
    mm.mergeAround(mm.resize(v, v.start, addr + newLen));
    return addr;
  }
  if (!(flags & MREMAP_MAYMOVE)) return -Errno.ENOMEM;
  const dest = mm.findFree(newLen, 0);
  if (dest < 0) return dest;
  return moveVma(mm, v, addr, oldLen, newLen, dest, flags);
}

/** mremap_to(): MREMAP_FIXED (and MREMAP_DONTUNMAP) moves to new_addr. */
function mremapTo(mm: MM, addr: number, oldLen: number, newAddr: number, newLen: number, flags: number): number {
  if (newAddr % PAGE_SIZE) return -Errno.EINVAL;
  if (!mm.inUserSpace(newAddr, newAddr + newLen)) return -Errno.EINVAL; // new_len > TASK_SIZE || new_addr > TASK_SIZE - new_len
  if (addr + oldLen > newAddr && newAddr + newLen > addr) return -Errno.EINVAL; // the ranges overlap
  if (mm.mapCount + 2 >= MAX_MAP_COUNT - 3) return -Errno.ENOMEM;
  if (flags & MREMAP_FIXED) {
    const r = mm.munmap(newAddr, newLen);
    if (r < 0) return r;
  }
  if (oldLen > newLen) {
    const r = mm.munmap(addr + newLen, oldLen - newLen);
    if (r < 0) return r;
    oldLen = newLen;
  }
  const v = vmaToResize(mm, addr, oldLen, newLen, flags);
  if (typeof v === 'number') return v;
  if (!(flags & MREMAP_FIXED)) {
    const r = mm.findFree(newLen, newAddr);
    if (r < 0) return r;
    newAddr = r;
  }
  return moveVma(mm, v, addr, oldLen, newLen, newAddr, flags);
}

/** vma_to_resize(): the area must hold [addr, addr+oldLen); growth must be allowed. */
function vmaToResize(mm: MM, addr: number, oldLen: number, newLen: number, flags: number): Vma | number {
  const v = mm.find(addr);
  if (!v) return -Errno.EFAULT;
  // old_len 0 duplicates a shared mapping: private ones refuse (and we have no shared memory objects yet)
  if (oldLen === 0) return -Errno.EINVAL;
  if (flags & MREMAP_DONTUNMAP && v.special !== null) return -Errno.EINVAL; // VM_DONTEXPAND | VM_PFNMAP
  if (oldLen > v.end - addr) return -Errno.EFAULT; // not across area boundaries
  if (newLen === oldLen) return v;
  if (v.special !== null) return -Errno.EFAULT; // VM_DONTEXPAND
  return v;
}

/** vma_expandable(): nothing in the way and still inside user space. */
function expandable(mm: MM, v: Vma, delta: number): boolean {
  const end = v.end + delta;
  return mm.isFree(v.end, end) && mm.inUserSpace(v.start, end);
}

/** move_vma(): a new area at newAddr takes the pages; the old range goes (unless DONTUNMAP). */
function moveVma(mm: MM, v: Vma, oldAddr: number, oldLen: number, newLen: number, newAddr: number, flags: number): number {
  if (mm.mapCount >= MAX_MAP_COUNT - 3) return -Errno.ENOMEM;
  const toAccount = flags & MREMAP_DONTUNMAP ? newLen : Math.max(0, newLen - oldLen);
  if (v.account && toAccount && !mm.enoughMemory(toAccount)) return -Errno.ENOMEM;
  const moved = new Vma(newAddr, newAddr + newLen, v.prot, v.flags, v.file, v.offset + (oldAddr - v.start), v.special, v.account);
  mm.moveArea(oldAddr, oldLen, moved, !(flags & MREMAP_DONTUNMAP));
  return newAddr;
}
