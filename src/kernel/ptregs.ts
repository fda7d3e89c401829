// struct pt_regs as Linux lays it out on the kernel stack (x86-64; compat tasks use the
// same 64-bit frame in a 64-bit kernel). Offsets in bytes.

import type { AddressSpace } from '../mem/memory.js';

export const PT_REGS_FIELDS = [
  'r15', 'r14', 'r13', 'r12', 'bp', 'bx', 'r11', 'r10', 'r9', 'r8',
  'ax', 'cx', 'dx', 'si', 'di', 'orig_ax', 'ip', 'cs', 'flags', 'sp', 'ss',
] as const;
export type PtRegsField = (typeof PT_REGS_FIELDS)[number];
export const PT_REGS_SIZE = PT_REGS_FIELDS.length * 8;

export const PT: Record<PtRegsField, number> = Object.fromEntries(PT_REGS_FIELDS.map((f, k) => [f, k * 8])) as Record<PtRegsField, number>;

/** x86-64 system-call arguments 1–6. */
export const ARGS_64: PtRegsField[] = ['di', 'si', 'dx', 'r10', 'r8', 'r9'];
/** i386 system-call arguments 1–6. */
export const ARGS_32: PtRegsField[] = ['bx', 'cx', 'dx', 'si', 'di', 'bp'];

/** A view of one pt_regs frame in kernel memory (accesses run with kernel privilege). */
export class PtRegs {
  constructor(
    private readonly mem: AddressSpace,
    readonly addr: number,
  ) {}

  /** The field as an unsigned 64-bit BigInt. */
  getBig(f: PtRegsField): bigint {
    const saved = this.mem.user;
    this.mem.user = false;
    try {
      const lo = this.mem.read64(this.addr + PT[f]);
      return (BigInt(this.mem.hi >>> 0) << 32n) | BigInt(lo >>> 0);
    } finally {
      this.mem.user = saved;
    }
  }

  /** The field as [lo, hi] int32 halves. */
  get(f: PtRegsField): [number, number] {
    const saved = this.mem.user;
    this.mem.user = false;
    try {
      const lo = this.mem.read64(this.addr + PT[f]);
      return [lo, this.mem.hi];
    } finally {
      this.mem.user = saved;
    }
  }

  /** Signed value as a number (exact within ±2^53). */
  getNum(f: PtRegsField): number {
    const [lo, hi] = this.get(f);
    return hi * 4294967296 + (lo >>> 0);
  }

  set(f: PtRegsField, lo: number, hi: number): void {
    const saved = this.mem.user;
    this.mem.user = false;
    try {
      this.mem.write64(this.addr + PT[f], lo, hi);
    } finally {
      this.mem.user = saved;
    }
  }

  /** Stores a signed number (a result or an address) sign-extended to 64 bits. */
  setNum(f: PtRegsField, v: number): void {
    const hi = Math.floor(v / 4294967296);
    this.set(f, (v - hi * 4294967296) | 0, hi | 0);
  }

  /** All fields, for the explainer and tests. */
  snapshot(): Record<PtRegsField, bigint> {
    const out = {} as Record<PtRegsField, bigint>;
    for (const f of PT_REGS_FIELDS) out[f] = this.getBig(f);
    return out;
  }
}
