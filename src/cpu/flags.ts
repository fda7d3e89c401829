// Lazy arithmetic flags. The common ALU operations (add/adc/sub/sbb/logic/inc/dec)
// record their operands and result; CF/PF/AF/ZF/SF/OF are computed only when read.
// Everything else computes its flags eagerly into `eager` with op = F_NONE.

export const CF = 0x1;
export const PF = 0x4;
export const AF = 0x10;
export const ZF = 0x40;
export const SF = 0x80;
export const TF = 0x100;
export const IF = 0x200;
export const DF = 0x400;
export const OF = 0x800;
export const IOPL = 0x3000;
export const NT = 0x4000;
export const RF = 0x10000;
export const VM = 0x20000;
export const AC = 0x40000;
export const VIF = 0x80000;
export const VIP = 0x100000;
export const ID = 0x200000;
export const ARITH = CF | PF | AF | ZF | SF | OF;
/** Bits software can change with popf at CPL 3 (IOPL/IF need privilege). */
export const USER_WRITABLE = ARITH | TF | DF | NT | AC | ID;

export const F_NONE = 0;
export const F_ADD = 1;
export const F_ADC = 2;
export const F_SUB = 3;
export const F_SBB = 4;
export const F_LOGIC = 5;
export const F_INC = 6;
export const F_DEC = 7;

export const PARITY = new Uint8Array(256);
for (let i = 0; i < 256; i++) {
  let p = 1;
  for (let b = i; b; b >>= 1) p ^= b & 1;
  PARITY[i] = p ? PF : 0;
}

/** Sign bit and mask of the low part for each operand size in bytes (64-bit uses the high word). */
export const SIGN = [0, 0x80, 0x8000, 0, 0x80000000, 0, 0, 0, 0x80000000];
export const MASK = [0, 0xff, 0xffff, 0, 0xffffffff, 0, 0, 0, 0xffffffff];

/** Unsigned 64-bit less-than on (hi, lo) int32 pairs. */
export function ult64(ah: number, al: number, bh: number, bl: number): boolean {
  const uah = ah >>> 0;
  const ubh = bh >>> 0;
  return uah < ubh || (uah === ubh && al >>> 0 < bl >>> 0);
}

/** The lazy flag state; lives inside the CPU. Values for sizes ≤ 4 are unsigned (masked). */
export class Flags {
  op = F_NONE;
  size = 4;
  a = 0;
  ah = 0;
  b = 0;
  bh = 0;
  r = 0;
  rh = 0;
  /** Carry-in for ADC/SBB; the preserved CF for INC/DEC. */
  c = 0;
  /** Arithmetic flags when op === F_NONE. */
  eager = 0;

  set(op: number, size: number, a: number, ah: number, b: number, bh: number, r: number, rh: number, c: number): void {
    this.op = op;
    this.size = size;
    this.a = a;
    this.ah = ah;
    this.b = b;
    this.bh = bh;
    this.r = r;
    this.rh = rh;
    this.c = c;
  }

  cf(): boolean {
    const s = this.size;
    switch (this.op) {
      case F_NONE:
        return (this.eager & CF) !== 0;
      case F_ADD:
      case F_ADC:
        if (s === 8) return ult64(this.rh, this.r, this.ah, this.a) || (this.c !== 0 && this.r === this.a && this.rh === this.ah);
        return this.r < this.a || (this.c !== 0 && this.r === this.a);
      case F_SUB:
      case F_SBB:
        if (s === 8) return ult64(this.ah, this.a, this.bh, this.b) || (this.c !== 0 && this.a === this.b && this.ah === this.bh);
        return this.a < this.b || (this.c !== 0 && this.a === this.b);
      case F_LOGIC:
        return false;
      default:
        return this.c !== 0;
    }
  }

  zf(): boolean {
    if (this.op === F_NONE) return (this.eager & ZF) !== 0;
    return this.r === 0 && (this.size !== 8 || this.rh === 0);
  }

  sf(): boolean {
    if (this.op === F_NONE) return (this.eager & SF) !== 0;
    return this.size === 8 ? this.rh < 0 : (this.r & SIGN[this.size]) !== 0;
  }

  pf(): boolean {
    if (this.op === F_NONE) return (this.eager & PF) !== 0;
    return PARITY[this.r & 0xff] !== 0;
  }

  af(): boolean {
    switch (this.op) {
      case F_NONE:
        return (this.eager & AF) !== 0;
      case F_LOGIC:
        return false;
      default:
        return ((this.a ^ this.b ^ this.r) & 0x10) !== 0;
    }
  }

  of(): boolean {
    const s = this.size;
    let a = this.a;
    let b = this.b;
    let r = this.r;
    let sign = SIGN[s];
    if (s === 8) {
      a = this.ah;
      b = this.bh;
      r = this.rh;
      sign = 0x80000000;
    }
    switch (this.op) {
      case F_NONE:
        return (this.eager & OF) !== 0;
      case F_ADD:
      case F_ADC:
      case F_INC:
        return ((a ^ r) & (b ^ r) & sign) !== 0;
      case F_SUB:
      case F_SBB:
      case F_DEC:
        return ((a ^ b) & (a ^ r) & sign) !== 0;
      default:
        return false;
    }
  }

  /** The six arithmetic flags as RFLAGS bits. */
  get arith(): number {
    if (this.op === F_NONE) return this.eager;
    return (
      (this.cf() ? CF : 0) |
      (this.pf() ? PF : 0) |
      (this.af() ? AF : 0) |
      (this.zf() ? ZF : 0) |
      (this.sf() ? SF : 0) |
      (this.of() ? OF : 0)
    );
  }

  setArith(bits: number): void {
    this.op = F_NONE;
    this.eager = bits & ARITH;
  }

  /** Sets ZF/SF/PF from a result, clears the others, and ORs in `extra` (eager). */
  setResult(size: number, r: number, rh: number, extra: number): void {
    let f = extra & ARITH;
    if (size === 8) {
      if (r === 0 && rh === 0) f |= ZF;
      if (rh < 0) f |= SF;
    } else {
      if ((r & MASK[size]) === 0) f |= ZF;
      if (r & SIGN[size]) f |= SF;
    }
    f |= PARITY[r & 0xff];
    this.op = F_NONE;
    this.eager = f;
  }

  /** Condition code test (the low 4 bits of Jcc/SETcc/CMOVcc). */
  cond(cc: number): boolean {
    let t: boolean;
    switch (cc >> 1) {
      case 0:
        t = this.of();
        break;
      case 1:
        t = this.cf();
        break;
      case 2:
        t = this.zf();
        break;
      case 3:
        t = this.cf() || this.zf();
        break;
      case 4:
        t = this.sf();
        break;
      case 5:
        t = this.pf();
        break;
      case 6:
        t = this.sf() !== this.of();
        break;
      default:
        t = this.zf() || this.sf() !== this.of();
        break;
    }
    return (cc & 1) !== 0 ? !t : t;
  }
}
