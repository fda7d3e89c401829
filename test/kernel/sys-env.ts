// A loaded (not running) program's task for focused tests of the service routines: the
// routines are called directly, the way do_syscall_64 calls them, with scratch user
// memory to pass buffers in. Shared by fs.test.ts and fuzz-findings.test.ts.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Machine } from '../../src/api/machine.js';
import { lookupDecl, SysError, type SyscallContext } from '../../src/kernel/syscalls/declare.js';
import { PageFault } from '../../src/mem/memory.js';
import { Errno, errnoName } from '../../src/vfs/errno.js';
import { bytesToStr, strToBytes } from '../../src/vfs/bytes.js';
import { copyIn, copyOut } from '../../src/kernel/syscalls/fs.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const AT_FDCWD = -100;

/** A loaded program's task, scratch user memory, and the service routines by name. */
export class Env {
  readonly m: Machine;
  private next = 0;
  private end = 0;

  constructor(opts: { uid?: number; cwd?: string } = {}) {
    this.m = new Machine({ seed: 1, cwd: opts.cwd ?? '/tmp', uid: opts.uid ?? 0, gid: opts.uid ?? 0 });
    this.m.load(new Uint8Array(readFileSync(join(REPO, 'guest/bin/hello64'))), ['/tmp/prog']);
    this.m.kernel.current.exePath = '/tmp/prog';
    const base = this.sys('sys_mmap', 0, 1 << 20, 3, 0x22, -1, 0);
    assert.ok(base > 0, 'scratch mmap');
    this.next = base;
    this.end = base + (1 << 20);
  }

  get task() {
    return this.m.kernel.current;
  }

  ctx(args: number[] = []): SyscallContext {
    const k = this.m.kernel;
    return { k, task: k.current, abi: 'x64', regs: k.taskRegs(k.current), args };
  }

  /** Calls a service routine the way do_syscall_64 does (SysError / PageFault → -errno). */
  sys(name: string, ...args: number[]): number {
    const decl = lookupDecl(name);
    assert.ok(decl, `${name} is declared`);
    const c = this.ctx(args);
    try {
      return decl.impl(c, ...args);
    } catch (e) {
      if (e instanceof SysError) return -e.errno;
      if (e instanceof PageFault) return -Errno.EFAULT;
      throw e;
    }
  }

  alloc(n: number): number {
    const a = this.next;
    this.next += Math.ceil(n / 16) * 16;
    assert.ok(this.next <= this.end, 'scratch memory exhausted');
    return a;
  }

  put(bytes: Uint8Array): number {
    const a = this.alloc(Math.max(bytes.length, 1));
    copyOut(this.ctx(), a, bytes);
    return a;
  }

  str(s: string): number {
    const b = strToBytes(s);
    const z = new Uint8Array(b.length + 1);
    z.set(b);
    return this.put(z);
  }

  read(addr: number, n: number): Uint8Array {
    return copyIn(this.ctx(), addr, n);
  }

  text(addr: number, n: number): string {
    return bytesToStr(this.read(addr, n));
  }

  u32(addr: number, off = 0): number {
    return new DataView(this.read(addr + off, 4).buffer).getUint32(0, true);
  }

  i32(addr: number, off = 0): number {
    return new DataView(this.read(addr + off, 4).buffer).getInt32(0, true);
  }

  u64(addr: number, off = 0): number {
    return Number(new DataView(this.read(addr + off, 8).buffer).getBigUint64(0, true));
  }

  open(path: string, flags: number, mode = 0o644): number {
    return this.sys('sys_openat', AT_FDCWD, this.str(path), flags, mode);
  }

  write(fd: number, s: string): number {
    const b = strToBytes(s);
    return this.sys('sys_write', fd, this.put(b), b.length);
  }

  readStr(fd: number, n: number): string | number {
    const buf = this.alloc(n);
    const r = this.sys('sys_read', fd, buf, n);
    return r < 0 ? r : this.text(buf, r);
  }

  pipe(flags = 0): [number, number] {
    const p = this.alloc(8);
    assert.equal(this.sys('sys_pipe2', p, flags), 0);
    return [this.i32(p), this.i32(p, 4)];
  }

  /** An address range that is not mapped (a hole after an unmapped page). */
  hole(): number {
    const a = this.sys('sys_mmap', 0, 8192, 3, 0x22, -1, 0);
    this.sys('sys_munmap', a + 4096, 4096);
    return a + 4096;
  }
}

/** Asserts that a routine returned -e. */
export function err(r: number, e: number, what = ''): void {
  assert.equal(r, -e, `${what}: expected ${errnoName(-e)}, got ${r < 0 ? errnoName(r) : r}`);
}
