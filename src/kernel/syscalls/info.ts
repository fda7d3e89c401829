// System information: uname, sysinfo, getrandom, getcpu.

import { SYSCALL, a, structArg } from './declare.js';
import { Errno } from '../../vfs/errno.js';
import { StructWriter, accessOk } from '../uaccess.js';
import { copyOut, copyOutPartial, putAll, putInt, usize, MAX_RW_COUNT } from './fs.js';
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
  copyOut(c, p, utsname(c.k.hostname, 'x86_64'));
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
    copyOut(c, p, w.buf);
  } else {
    const w = new StructWriter(64);
    const kb = (v: bigint) => Number(v / 1024n);
    w.i32(0, uptime);
    w.u32(16, kb(total)).u32(20, kb(free));
    w.u16(40, c.k.tasks.size);
    w.u32(52, 1024);
    copyOut(c, p, w.buf);
  }
  return 0;
});

const GRND_NONBLOCK = 1;
const GRND_RANDOM = 2;
const GRND_INSECURE = 4;

/**
 * getrandom(): import_single_range() clamps the length to MAX_RW_COUNT and checks it
 * with access_ok (EFAULT); get_random_bytes_user() then copies block after block with
 * copy_to_iter, so a buffer that runs into a hole gets the bytes before it and the
 * count of those (EFAULT only if not one byte could be stored).
 */
SYSCALL('sys_getrandom', [a('buf', 'outbuf', 1), a('count', 'size'), a('flags', 'hex')], 'size', (c, buf, count, flags) => {
  const fl = flags >>> 0;
  if (fl & ~(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE)) return -Errno.EINVAL;
  if ((fl & (GRND_INSECURE | GRND_RANDOM)) === (GRND_INSECURE | GRND_RANDOM)) return -Errno.EINVAL;
  const n = Math.min(c.abi === 'x64' ? usize(count) : count >>> 0, MAX_RW_COUNT);
  if (!accessOk(buf, n)) return -Errno.EFAULT;
  if (n === 0) return 0;
  let done = 0;
  while (done < n) {
    const chunk = Math.min(n - done, 65536);
    const k = copyOutPartial(c, buf + done, c.k.random(chunk));
    done += k;
    if (k < chunk) break;
  }
  return done > 0 ? done : -Errno.EFAULT;
});

// both put_user()s are made; EFAULT if either failed
SYSCALL('sys_getcpu', [a('cpu', 'ptr'), a('node', 'ptr'), a('tcache', 'ptr')], 'int', (c, cpu, node) =>
  putAll([cpu, node].filter((p) => p !== 0).map((p) => () => putInt(c, p, 0))),
);
