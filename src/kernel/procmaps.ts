// /proc/self/maps (fs/proc/task_mmu.c show_map_vma): one line per VMA,
// "start-end perms offset dev inode path", then the [vsyscall] gate area.

import { PROT_READ, PROT_WRITE, PROT_EXEC, MAP_SHARED, MAP_TYPE, type MM, type Vma } from './mm.js';
import { gateVma } from './vsyscall.js';
import type { Kernel } from './kernel.js';
import type { Task } from './task.js';

function hex(n: number, width = 8): string {
  const b = n < 0 ? BigInt.asUintN(64, BigInt(n)) : BigInt(n);
  return b.toString(16).padStart(width, '0');
}

/** show_map_vma()'s name: the file, the special mapping, [heap] or [stack]. */
function areaName(mm: MM, v: Vma): string {
  if (v.file) return v.file.path;
  if (v.special) return v.special.name;
  if (v.start <= mm.brk && v.end >= mm.startBrk) return '[heap]';
  if (v.start <= mm.startStack && v.end >= mm.startStack) return '[stack]';
  return '';
}

export function formatMaps(t: Task): string {
  const lines: string[] = [];
  const pad = (s: string) => s.padEnd(73, ' ');
  const mm = t.mm;
  for (const v of mm.areas) {
    const perms =
      (v.prot & PROT_READ ? 'r' : '-') + (v.prot & PROT_WRITE ? 'w' : '-') + (v.prot & PROT_EXEC ? 'x' : '-') + ((v.flags & MAP_TYPE) === MAP_SHARED ? 's' : 'p');
    const file = v.file;
    const dev = file ? `${hex((file.dev >>> 8) & 0xfff, 2)}:${hex(file.dev & 0xff, 2)}` : '00:00';
    const ino = file ? file.ino : 0;
    const off = file ? v.offset : 0;
    const head = `${hex(v.start)}-${hex(v.end)} ${perms} ${hex(off)} ${dev} ${ino}`;
    const name = areaName(mm, v);
    lines.push(name ? pad(head + ' ') + name : head + ' ');
  }
  const g = gateVma(t);
  if (g) lines.push(pad(`${hex(g.start)}-${hex(g.end)} ${g.perms.slice(0, 3)}p 00000000 00:00 0 `) + g.name);
  return lines.join('\n') + '\n';
}

export function registerProcMaps(k: Kernel): void {
  const proc = k.vfs.proc;
  if (!proc || typeof proc.nodeAt('self/maps') !== 'number') return;
  proc.addFile('self/maps', () => formatMaps(k.current));
}
