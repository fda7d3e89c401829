// /proc/self/maps (fs/proc/task_mmu.c show_map_vma): one line per VMA,
// "start-end perms offset dev inode path", then the [vsyscall] gate area.

import { PROT_READ, PROT_WRITE, PROT_EXEC, MAP_SHARED, MAP_TYPE } from './mm.js';
import { gateVma } from './vsyscall.js';
import type { Kernel } from './kernel.js';
import type { Task } from './task.js';

function hex(n: number, width = 8): string {
  const b = n < 0 ? BigInt.asUintN(64, BigInt(n)) : BigInt(n);
  return b.toString(16).padStart(width, '0');
}

export function formatMaps(t: Task): string {
  const lines: string[] = [];
  const pad = (s: string) => s.padEnd(73, ' ');
  for (const v of t.mm.vmas) {
    const perms =
      (v.prot & PROT_READ ? 'r' : '-') + (v.prot & PROT_WRITE ? 'w' : '-') + (v.prot & PROT_EXEC ? 'x' : '-') + ((v.flags & MAP_TYPE) === MAP_SHARED ? 's' : 'p');
    const file = v.file;
    const dev = file ? `${hex((file.dev >>> 8) & 0xfff, 2)}:${hex(file.dev & 0xff, 2)}` : '00:00';
    const ino = file ? file.ino : 0;
    const off = file ? v.offset : 0;
    const head = `${hex(v.start)}-${hex(v.end)} ${perms} ${hex(off)} ${dev} ${ino}`;
    lines.push(v.name ? pad(head + ' ') + v.name : head + ' ');
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
