// copy_from_user / copy_to_user: the one place where a bad user pointer becomes
// -EFAULT (like xv6's copyin/copyout and Linux's uaccess). access_ok() rejects kernel
// addresses before any access; a page fault during the copy is caught here.

import { PageFault, type AddressSpace } from '../mem/memory.js';
import { Errno } from '../vfs/errno.js';
import { SysError } from './syscalls/declare.js';
import { TASK_SIZE_MAX } from './layout.js';

export function accessOk(addr: number, n: number, limit = TASK_SIZE_MAX): boolean {
  return addr >= 0 && n >= 0 && addr + n <= limit;
}

export class UserMemory {
  constructor(
    public mem: AddressSpace,
    /** The task's address-space limit (TASK_SIZE: smaller for compat tasks). */
    public limit = TASK_SIZE_MAX,
    /**
     * The page-fault handler for user addresses (the task's mm): a copy that touches a
     * page not yet materialised (demand paging) resolves it and retries, as a fault
     * inside copy_to_user does on Linux. Only an unresolvable fault is -EFAULT.
     */
    public resolveFault: ((addr: number, code: number) => boolean) | null = null,
  ) {}

  private guard<T>(fn: () => T): T {
    // each resolved fault maps one more page, so the retries always make progress
    for (;;) {
      try {
        return fn();
      } catch (e) {
        if (!(e instanceof PageFault)) throw e;
        if (!this.resolveFault?.(e.addr, e.code)) throw new SysError(Errno.EFAULT);
      }
    }
  }

  check(addr: number, n: number): void {
    if (!accessOk(addr, n, this.limit)) throw new SysError(Errno.EFAULT);
  }

  read(addr: number, n: number): Uint8Array {
    if (n === 0) return new Uint8Array(0);
    this.check(addr, n);
    return this.guard(() => this.mem.readBytes(addr, n, true));
  }

  write(addr: number, data: Uint8Array): void {
    if (data.length === 0) return;
    this.check(addr, data.length);
    this.guard(() => this.mem.writeBytes(addr, data, true));
  }

  /** strncpy_from_user: NUL-terminated, at most max bytes (ENAMETOOLONG beyond for paths). */
  readCString(addr: number, max: number, tooLong: number = Errno.ENAMETOOLONG): Uint8Array {
    this.check(addr, 1);
    const r = this.guard(() => this.mem.readCString(addr, Math.min(max, this.limit - addr), true));
    if (r === null) {
      if (addr + max > this.limit) throw new SysError(Errno.EFAULT);
      throw new SysError(tooLong);
    }
    return r;
  }

  u32(addr: number): number {
    const b = this.read(addr, 4);
    return (b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)) >>> 0;
  }

  /** Unsigned 64-bit as a number (exact up to 2^53). */
  u64(addr: number): number {
    const b = this.read(addr, 8);
    const dv = new DataView(b.buffer, b.byteOffset, 8);
    return dv.getUint32(4, true) * 4294967296 + dv.getUint32(0, true);
  }

  i64(addr: number): number {
    const b = this.read(addr, 8);
    const dv = new DataView(b.buffer, b.byteOffset, 8);
    return dv.getInt32(4, true) * 4294967296 + dv.getUint32(0, true);
  }

  big64(addr: number): bigint {
    const b = this.read(addr, 8);
    return new DataView(b.buffer, b.byteOffset, 8).getBigUint64(0, true);
  }

  putU32(addr: number, v: number): void {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v >>> 0, true);
    this.write(addr, b);
  }

  putI64(addr: number, v: number | bigint): void {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigInt64(0, BigInt.asIntN(64, BigInt(v)), true);
    this.write(addr, b);
  }
}

/** A little-endian structure builder for copy_to_user of kernel structures. */
export class StructWriter {
  readonly buf: Uint8Array;
  readonly dv: DataView;
  constructor(size: number) {
    this.buf = new Uint8Array(size);
    this.dv = new DataView(this.buf.buffer);
  }
  u8(off: number, v: number): this {
    this.dv.setUint8(off, v);
    return this;
  }
  u16(off: number, v: number): this {
    this.dv.setUint16(off, v, true);
    return this;
  }
  u32(off: number, v: number): this {
    this.dv.setUint32(off, v >>> 0, true);
    return this;
  }
  i32(off: number, v: number): this {
    this.dv.setInt32(off, v | 0, true);
    return this;
  }
  i64(off: number, v: number | bigint): this {
    this.dv.setBigInt64(off, BigInt.asIntN(64, typeof v === 'bigint' ? v : BigInt(Math.trunc(v))), true);
    return this;
  }
  u64(off: number, v: number | bigint): this {
    this.dv.setBigUint64(off, BigInt.asUintN(64, typeof v === 'bigint' ? v : BigInt(Math.trunc(v))), true);
    return this;
  }
  bytes(off: number, b: Uint8Array): this {
    this.buf.set(b, off);
    return this;
  }
}
