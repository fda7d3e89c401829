// i386 thread-local storage descriptors: set_thread_area / get_thread_area
// (Linux: arch/x86/kernel/tls.c, arch/x86/include/asm/desc.h).
//
// A 32-bit program asks for a data segment whose base is its TLS block; the kernel
// keeps three such descriptors per task (thread.tls_array) and copies them into GDT
// entries 12–14 of the CPU it runs on (load_TLS). The program then loads the selector
// (idx*8 | 3: 0x63, 0x6b, 0x73) into %gs, and the CPU reads the descriptor's base from
// the GDT in kernel memory — nothing here touches the CPU's segment bases directly,
// except the reload Linux does when the modified selector is already in use.
//
// Decisions:
// - The GDT copy is written when the descriptor changes and by loadTls() (call it when
//   a task is switched in; with one task the GDT always holds the current task's TLS).
// - flushTls() is exec's flush_thread(): the new image starts with empty TLS slots.

import { SEG_DS, SEG_ES, SEG_FS, SEG_GS } from '../cpu/cpu.js';
import { Errno } from '../vfs/errno.js';
import { GDT_BASE, GDT_ENTRY_TLS_ENTRIES, GDT_ENTRY_TLS_MIN } from './layout.js';
import { SYSCALL, structArg, type SyscallContext } from './syscalls/declare.js';
import { copyIn, copyOut, putInt } from './syscalls/fs.js';
import type { Kernel } from './kernel.js';
import type { Task } from './task.js';

export const GDT_ENTRY_TLS_MAX = GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES - 1;
/** sizeof(struct user_desc) */
export const USER_DESC_SIZE = 16;

/** struct user_desc, decoded (flags word: seg_32bit, contents:2, read_exec_only, limit_in_pages, seg_not_present, useable, lm). */
export interface UserDesc {
  entryNumber: number;
  baseAddr: number;
  limit: number;
  seg32bit: number;
  contents: number;
  readExecOnly: number;
  limitInPages: number;
  segNotPresent: number;
  useable: number;
  lm: number;
}

export function decodeUserDesc(b: Uint8Array): UserDesc {
  const dv = new DataView(b.buffer, b.byteOffset, USER_DESC_SIZE);
  const f = dv.getUint32(12, true);
  return {
    entryNumber: dv.getUint32(0, true),
    baseAddr: dv.getUint32(4, true),
    limit: dv.getUint32(8, true),
    seg32bit: f & 1,
    contents: (f >> 1) & 3,
    readExecOnly: (f >> 3) & 1,
    limitInPages: (f >> 4) & 1,
    segNotPresent: (f >> 5) & 1,
    useable: (f >> 6) & 1,
    lm: (f >> 7) & 1,
  };
}

export function encodeUserDesc(u: UserDesc): Uint8Array {
  const b = new Uint8Array(USER_DESC_SIZE);
  const dv = new DataView(b.buffer);
  dv.setUint32(0, u.entryNumber >>> 0, true);
  dv.setUint32(4, u.baseAddr >>> 0, true);
  dv.setUint32(8, u.limit >>> 0, true);
  const f = u.seg32bit | (u.contents << 1) | (u.readExecOnly << 3) | (u.limitInPages << 4) | (u.segNotPresent << 5) | (u.useable << 6) | (u.lm << 7);
  dv.setUint32(12, f, true);
  return b;
}

/** LDT_empty(): the documented way to ask for "no segment". */
function ldtEmpty(u: UserDesc): boolean {
  return u.baseAddr === 0 && u.limit === 0 && u.contents === 0 && u.readExecOnly === 1 && u.seg32bit === 0 && u.limitInPages === 0 && u.segNotPresent === 1 && u.useable === 0;
}

/** LDT_zero(): all zero except entry_number (accepted as "no segment" too). */
function ldtZero(u: UserDesc): boolean {
  return u.baseAddr === 0 && u.limit === 0 && u.contents === 0 && u.readExecOnly === 0 && u.seg32bit === 0 && u.limitInPages === 0 && u.segNotPresent === 0 && u.useable === 0;
}

/** tls_desc_okay(): 32-bit, present data segments only (or a request to clear). */
export function tlsDescOkay(u: UserDesc): boolean {
  if (ldtEmpty(u) || ldtZero(u)) return true;
  if (!u.seg32bit) return false;
  if (u.contents > 1) return false;
  if (u.segNotPresent) return false;
  return true;
}

/** fill_ldt(): the 8-byte descriptor for a user_desc (DPL 3, accessed bit set, L = 0). */
export function fillLdt(u: UserDesc): bigint {
  if (ldtEmpty(u) || ldtZero(u)) return 0n;
  const base = u.baseAddr >>> 0;
  const limit = u.limit >>> 0;
  const type = (((u.readExecOnly ^ 1) << 1) | (u.contents << 2) | 1) & 0xf;
  const lo = ((limit & 0xffff) | ((base & 0xffff) << 16)) >>> 0;
  const hi =
    (((base >>> 16) & 0xff) |
      (type << 8) |
      (1 << 12) | // S: code/data
      (3 << 13) | // DPL 3
      ((u.segNotPresent ^ 1) << 15) |
      (limit & 0xf0000) |
      (u.useable << 20) |
      (u.seg32bit << 22) |
      (u.limitInPages << 23) |
      (base & 0xff000000)) >>>
    0;
  return (BigInt(hi) << 32n) | BigInt(lo);
}

/** fill_user_desc(): what get_thread_area reports for a descriptor. */
export function userDescOf(idx: number, d: bigint): UserDesc {
  const lo = Number(d & 0xffffffffn);
  const hi = Number(d >> 32n);
  const type = (hi >> 8) & 0xf;
  return {
    entryNumber: idx,
    baseAddr: ((lo >>> 16) | ((hi & 0xff) << 16) | (hi & 0xff000000)) >>> 0,
    limit: ((lo & 0xffff) | (hi & 0xf0000)) >>> 0,
    seg32bit: (hi >> 22) & 1,
    contents: type >> 2,
    readExecOnly: (type & 2) ? 0 : 1,
    limitInPages: (hi >> 23) & 1,
    segNotPresent: ((hi >> 15) & 1) ^ 1,
    useable: (hi >> 20) & 1,
    lm: (hi >> 21) & 1,
  };
}

/** Base address held by a descriptor. */
export function descBase(d: bigint): number {
  return userDescOf(0, d).baseAddr;
}

function writeGdtEntry(k: Kernel, idx: number, d: bigint): void {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, d, true);
  k.as.writeBytes(GDT_BASE + idx * 8, b, false, true);
}

/** load_TLS(): copies the task's three descriptors into GDT entries 12–14. */
export function loadTls(k: Kernel, t: Task): void {
  for (let n = 0; n < GDT_ENTRY_TLS_ENTRIES; n++) writeGdtEntry(k, GDT_ENTRY_TLS_MIN + n, t.tls[n] ?? 0n);
}

/** flush_thread() at exec: the new image starts without TLS descriptors. */
export function flushTls(k: Kernel, t: Task): void {
  t.tls = [0n, 0n, 0n];
  if (k.current === t) loadTls(k, t);
}

/**
 * do_set_thread_area(p, idx, u_info, can_allocate). Returns 0 or -errno; the chosen
 * entry is written back to u_info->entry_number when the caller asked for any (-1).
 */
export function doSetThreadArea(c: SyscallContext, t: Task, idxArg: number, uinfo: number, canAllocate: boolean): number {
  const k = c.k;
  const u = decodeUserDesc(copyIn(c, uinfo, USER_DESC_SIZE));
  if (!tlsDescOkay(u)) return -Errno.EINVAL;
  let idx = idxArg === -1 ? u.entryNumber | 0 : idxArg;
  if (idx === -1 && canAllocate) {
    const free = t.tls.findIndex((d) => d === 0n);
    if (free < 0) return -Errno.ESRCH;
    idx = GDT_ENTRY_TLS_MIN + free;
    putInt(c, uinfo, idx);
  }
  if (idx < GDT_ENTRY_TLS_MIN || idx > GDT_ENTRY_TLS_MAX) return -Errno.EINVAL;
  const d = fillLdt(u);
  t.tls[idx - GDT_ENTRY_TLS_MIN] = d;
  if (t !== k.current) return 0;
  writeGdtEntry(k, idx, d);
  // "If DS, ES, FS, or GS points to the modified segment, forcibly refresh it."
  // Inside the kernel the user's GS base is parked in KERNEL_GS_BASE (swapgs), so a
  // refreshed GS lands there — what load_gs_index() does.
  const cpu = k.cpu;
  const sel = (idx << 3) | 3;
  const present = ((d >> 47n) & 1n) === 1n;
  for (const s of [SEG_DS, SEG_ES]) if (cpu.sel[s] === sel && !present) cpu.sel[s] = 0;
  if (cpu.sel[SEG_FS] === sel) {
    if (present) cpu.fsBase = descBase(d);
    else {
      cpu.sel[SEG_FS] = 0;
      cpu.fsBase = 0;
    }
  }
  if (cpu.sel[SEG_GS] === sel) {
    if (present) cpu.kernelGsBase = descBase(d);
    else {
      cpu.sel[SEG_GS] = 0;
      cpu.kernelGsBase = 0;
    }
  }
  return 0;
}

/** do_get_thread_area(p, idx, u_info). */
export function doGetThreadArea(c: SyscallContext, t: Task, idxArg: number, uinfo: number): number {
  let idx = idxArg;
  if (idx === -1) {
    const b = copyIn(c, uinfo, 4);
    idx = new DataView(b.buffer, b.byteOffset, 4).getInt32(0, true);
  }
  if (idx < GDT_ENTRY_TLS_MIN || idx > GDT_ENTRY_TLS_MAX) return -Errno.EINVAL;
  const d = t.tls[idx - GDT_ENTRY_TLS_MIN] ?? 0n;
  copyOut(c, uinfo, encodeUserDesc(userDescOf(idx, d)));
  return 0;
}

SYSCALL('sys_set_thread_area', [structArg('u_info', 'user_desc')], 'int', (c, uinfo) => doSetThreadArea(c, c.task, -1, uinfo, true), {
  note: 'GDT TLS entries 12–14 (selectors 0x63, 0x6b, 0x73)',
});

SYSCALL('sys_get_thread_area', [structArg('u_info', 'user_desc', true)], 'int', (c, uinfo) => doGetThreadArea(c, c.task, -1, uinfo));
