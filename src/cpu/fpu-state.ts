// x87 FPU register state (the instructions live in ops/x87.ts).
//
// The eight physical registers R0–R7 hold values in the 80-bit extended format exactly
// as the hardware does: a 16-bit sign+exponent word and a 64-bit significand with an
// explicit integer bit (kept as two uint32 halves). ST(i) is R[(TOP + i) & 7].
// Arithmetic is done by ops/x87.ts with full 64-bit-significand precision, so loads,
// stores, FXSAVE/FNSAVE images and results are bit-exact (see the note there).
//
// Tags: since the P6 the hardware keeps only one "non-empty" bit per register (the
// abridged tag that FXSAVE stores); the 2-bit tag word of FNSTENV/FNSAVE is computed
// from the register contents when it is stored. So does this model.

export const FSW_IE = 0x1;
export const FSW_DE = 0x2;
export const FSW_ZE = 0x4;
export const FSW_OE = 0x8;
export const FSW_UE = 0x10;
export const FSW_PE = 0x20;
export const FSW_SF = 0x40;
export const FSW_ES = 0x80;
export const FSW_C0 = 0x100;
export const FSW_C1 = 0x200;
export const FSW_C2 = 0x400;
export const FSW_TOP = 0x3800;
export const FSW_C3 = 0x4000;
export const FSW_B = 0x8000;

export class FpuState {
  /** Sign (bit 15) and biased exponent (bits 0–14) of each physical register. */
  readonly sx = new Uint16Array(8);
  /** Significand bits 63–32 (bit 63 is the explicit integer bit). */
  readonly mhi = new Uint32Array(8);
  /** Significand bits 31–0. */
  readonly mlo = new Uint32Array(8);
  /** Abridged tag: bit p is set when physical register p is not empty (FXSAVE's FTW byte). */
  ftw = 0;
  /** Top-of-stack index (bits 11–13 of the status word). */
  top = 0;
  /** Status word; its TOP field is kept in `top` (use `status` for the full word). */
  sw = 0;
  cw = 0x37f;
  /** Last non-control instruction: its linear address, CS, opcode (11 bits) and data operand. */
  fip = 0;
  fcs = 0;
  fop = 0;
  fdp = 0;
  fds = 0;

  reset(): void {
    this.sx.fill(0);
    this.mhi.fill(0);
    this.mlo.fill(0);
    this.ftw = 0;
    this.top = 0;
    this.sw = 0;
    this.cw = 0x37f;
    this.fip = 0;
    this.fcs = 0;
    this.fop = 0;
    this.fdp = 0;
    this.fds = 0;
  }

  /** FNINIT: like reset, but the register contents survive (only tagged empty). */
  init(): void {
    this.ftw = 0;
    this.top = 0;
    this.sw = 0;
    this.cw = 0x37f;
    this.fip = 0;
    this.fcs = 0;
    this.fop = 0;
    this.fdp = 0;
    this.fds = 0;
  }

  /** The full status word with TOP. */
  get status(): number {
    return (this.sw & ~FSW_TOP) | ((this.top & 7) << 11);
  }

  set status(v: number) {
    this.top = (v >> 11) & 7;
    this.sw = v & 0xffff & ~FSW_TOP;
  }

  /** Physical register number of ST(i). */
  phys(i: number): number {
    return (this.top + i) & 7;
  }

  isEmpty(p: number): boolean {
    return ((this.ftw >> p) & 1) === 0;
  }

  /** The 2-bit tag of physical register p from its contents: 0 valid, 1 zero, 2 special, 3 empty. */
  tagOf(p: number): number {
    if (this.isEmpty(p)) return 3;
    const e = this.sx[p] & 0x7fff;
    const h = this.mhi[p];
    if (e === 0) return (h | this.mlo[p]) === 0 ? 1 : 2;
    if (e === 0x7fff || (h & 0x80000000) === 0) return 2;
    return 0;
  }

  /** The full tag word (2 bits per physical register) as FNSTENV/FNSAVE store it. */
  get tagWord(): number {
    let t = 0;
    for (let p = 0; p < 8; p++) t |= this.tagOf(p) << (2 * p);
    return t;
  }

  /** Loads a full tag word: only "empty" (11) versus "not empty" is kept, as on the P6 and later. */
  set tagWord(t: number) {
    let a = 0;
    for (let p = 0; p < 8; p++) if (((t >> (2 * p)) & 3) !== 3) a |= 1 << p;
    this.ftw = a;
  }

  /** Recomputes ES and B from the exception flags and masks. */
  updateSummary(): void {
    if (this.sw & ~this.cw & 0x3f) this.sw |= FSW_ES | FSW_B;
    else this.sw &= ~(FSW_ES | FSW_B);
  }

  /** Stores physical register p as 10 bytes (little-endian 80-bit format). */
  readReg80(p: number, buf: Uint8Array, off: number): void {
    const l = this.mlo[p];
    const h = this.mhi[p];
    const s = this.sx[p];
    buf[off] = l;
    buf[off + 1] = l >>> 8;
    buf[off + 2] = l >>> 16;
    buf[off + 3] = l >>> 24;
    buf[off + 4] = h;
    buf[off + 5] = h >>> 8;
    buf[off + 6] = h >>> 16;
    buf[off + 7] = h >>> 24;
    buf[off + 8] = s;
    buf[off + 9] = s >>> 8;
  }

  /** Loads physical register p from 10 bytes (does not change its tag). */
  writeReg80(p: number, buf: Uint8Array, off: number): void {
    this.mlo[p] = (buf[off] | (buf[off + 1] << 8) | (buf[off + 2] << 16) | (buf[off + 3] << 24)) >>> 0;
    this.mhi[p] = (buf[off + 4] | (buf[off + 5] << 8) | (buf[off + 6] << 16) | (buf[off + 7] << 24)) >>> 0;
    this.sx[p] = buf[off + 8] | (buf[off + 9] << 8);
  }

  /**
   * The x87 part of an FXSAVE image at buf[off]: bytes 0–23 (FCW, FSW, abridged FTW, FOP,
   * FIP, FDP; `rexW` selects the 64-bit pointer format of FXSAVE64) and the eight 16-byte
   * register slots at 32–159 in stack order ST(0)…ST(7). MXCSR (24–31) and the XMM
   * registers are the caller's.
   */
  /**
   * The instruction and data pointers as FXSAVE/FNSAVE/FNSTENV store them. On AMD CPUs
   * (`amd`) they are stored only while an unmasked exception is pending (FSW.ES), and the
   * FCS/FDS selectors as 0: the host stores zeros after a masked exception and the
   * pointers after an unmasked one (the X86_BUG_FXSAVE_LEAK behaviour Linux works around).
   */
  savedPointers(amd: boolean): { fip: number; fcs: number; fop: number; fdp: number; fds: number } {
    if (!amd) return { fip: this.fip, fcs: this.fcs, fop: this.fop, fdp: this.fdp, fds: this.fds };
    const es = (this.sw & FSW_ES) !== 0;
    return { fip: es ? this.fip : 0, fcs: 0, fop: es ? this.fop : 0, fdp: es ? this.fdp : 0, fds: 0 };
  }

  fxsave(buf: Uint8Array, off: number, rexW: boolean, amd = false): void {
    const p = this.savedPointers(amd);
    const put16 = (o: number, v: number): void => {
      buf[off + o] = v;
      buf[off + o + 1] = v >>> 8;
    };
    const put32 = (o: number, v: number): void => {
      put16(o, v & 0xffff);
      put16(o + 2, (v >>> 16) & 0xffff);
    };
    put16(0, this.cw);
    put16(2, this.status);
    buf[off + 4] = this.ftw;
    buf[off + 5] = 0;
    put16(6, p.fop & 0x7ff);
    if (rexW) {
      const [il, ih] = halves(p.fip);
      const [dl, dh] = halves(p.fdp);
      put32(8, il);
      put32(12, ih);
      put32(16, dl);
      put32(20, dh);
    } else {
      put32(8, halves(p.fip)[0]);
      put32(12, p.fcs & 0xffff);
      put32(16, halves(p.fdp)[0]);
      put32(20, p.fds & 0xffff);
    }
    for (let i = 0; i < 8; i++) {
      const o = off + 32 + 16 * i;
      this.readReg80(this.phys(i), buf, o);
      buf.fill(0, o + 10, o + 16);
    }
  }

  /** Loads the x87 part of an FXSAVE image (the inverse of `fxsave`). */
  fxrstor(buf: Uint8Array, off: number, rexW: boolean): void {
    const get16 = (o: number): number => buf[off + o] | (buf[off + o + 1] << 8);
    const get32 = (o: number): number => (get16(o) | (get16(o + 2) << 16)) >>> 0;
    this.cw = (get16(0) & 0x1f3f) | 0x40;
    this.status = get16(2);
    this.ftw = buf[off + 4];
    this.fop = get16(6) & 0x7ff;
    if (rexW) {
      this.fip = get32(12) * 4294967296 + get32(8);
      this.fdp = get32(20) * 4294967296 + get32(16);
      if (this.fip >= 2 ** 63) this.fip -= 2 ** 64;
      if (this.fdp >= 2 ** 63) this.fdp -= 2 ** 64;
    } else {
      this.fip = get32(8);
      this.fcs = get16(12);
      this.fdp = get32(16);
      this.fds = get16(20);
    }
    for (let i = 0; i < 8; i++) this.writeReg80(this.phys(i), buf, off + 32 + 16 * i);
  }

  /** ST(i) as the nearest JS double (for debuggers and traces; not used by the arithmetic). */
  stAsNumber(i: number): number {
    const p = this.phys(i);
    if (this.isEmpty(p)) return NaN;
    const s = this.sx[p];
    const e = s & 0x7fff;
    const m = this.mhi[p] * 4294967296 + this.mlo[p];
    let v: number;
    if (e === 0x7fff) v = (this.mhi[p] & 0x7fffffff) === 0 && this.mlo[p] === 0 ? Infinity : NaN;
    else v = m * 2 ** -63 * 2 ** (Math.max(e, 1) - 16383);
    return s & 0x8000 ? -v : v;
  }
}

/** A (possibly negative) safe-integer address as [low, high] uint32 halves. */
function halves(v: number): [number, number] {
  const hi = Math.floor(v / 4294967296);
  return [(v - hi * 4294967296) >>> 0, hi >>> 0];
}
