// System information: uname, sysinfo, getrandom, getcpu.

import { SYSCALL, a, structArg } from './declare.js';
import { Errno } from '../../vfs/errno.js';
import { StructWriter } from '../uaccess.js';
import { monotonicNs } from '../time.js';

export const UTS_SYSNAME = 'Linux';
export const UTS_RELEASE = '6.1.0-sysgate';
export const UTS_VERSION = '#1 SMP PREEMPT_DYNAMIC sysgate';

function utsField(w: StructWriter, index: number, s: string, len = 65): void {
  const b = new TextEncoder().encode(s).subarray(0, len - 1);
  w.bytes(index * len, b);
}

export function utsname(hostname: string, machine: string, len = 65): Uint8Array {
  const w = new StructWriter(6 * len);
  utsField(w, 0, UTS_SYSNAME, len);
  utsField(w, 1, hostname, len);
  utsField(w, 2, UTS_RELEASE, len);
  utsField(w, 3, UTS_VERSION, len);
  utsField(w, 4, machine, len);
  utsField(w, 5, '(none)', len);
  return w.buf;
}

SYSCALL('sys_newuname', [structArg('name', 'new_utsname', true)], 'int', (c, p) => {
  // A 64-bit kernel reports x86_64 to 32-bit programs too (unless personality(PER_LINUX32)).
  c.task.um.write(p, utsname(c.k.hostname, 'x86_64'));
  return 0;
});

SYSCALL('sys_sysinfo', [structArg('info', 'sysinfo', true)], 'int', (c, p) => {
  const uptime = Math.floor(Number(monotonicNs()) / 1e9);
  const total = BigInt(c.k.phys.maxFrames) * 4096n;
  const free = total - BigInt(c.k.phys.framesInUse) * 4096n;
  if (c.abi === 'x64') {
    const w = new StructWriter(112);
    w.i64(0, uptime);
    w.u64(32, total).u64(40, free).u64(48, 0).u64(56, 0).u64(64, 0).u64(72, 0);
    w.u16(80, c.k.tasks.size);
    w.u32(104, 1);
    c.task.um.write(p, w.buf);
  } else {
    const w = new StructWriter(64);
    const kb = (v: bigint) => Number(v / 1024n);
    w.i32(0, uptime);
    w.u32(16, kb(total)).u32(20, kb(free));
    w.u16(40, c.k.tasks.size);
    w.u32(52, 1024);
    c.task.um.write(p, w.buf);
  }
  return 0;
});

const GRND_NONBLOCK = 1;
const GRND_RANDOM = 2;
const GRND_INSECURE = 4;

SYSCALL('sys_getrandom', [a('buf', 'outbuf', 1), a('count', 'size'), a('flags', 'hex')], 'size', (c, buf, count, flags) => {
  if (flags & ~(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE)) return -Errno.EINVAL;
  if ((flags & (GRND_INSECURE | GRND_RANDOM)) === (GRND_INSECURE | GRND_RANDOM)) return -Errno.EINVAL;
  const n = Math.min(count, 33554431);
  let done = 0;
  while (done < n) {
    const chunk = Math.min(n - done, 65536);
    c.task.um.write(buf + done, c.k.random(chunk));
    done += chunk;
  }
  return n;
});

SYSCALL('sys_getcpu', [a('cpu', 'ptr'), a('node', 'ptr'), a('tcache', 'ptr')], 'int', (c, cpu, node) => {
  if (cpu) c.task.um.putU32(cpu, 0);
  if (node) c.task.um.putU32(node, 0);
  return 0;
});
