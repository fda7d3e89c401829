// x87 FPU register state (the instructions live in ops/x87.ts).
// ST(i) values are kept as JS doubles (64-bit precision, not 80-bit; see ops/x87.ts).

export class FpuState {
  /** Physical registers R0–R7. */
  readonly st = new Float64Array(8);
  /** Tag word: 2 bits per physical register (0 valid, 1 zero, 2 special, 3 empty). */
  tag = 0xffff;
  /** Top-of-stack index (bits 11–13 of the status word). */
  top = 0;
  /** Status word without TOP. */
  sw = 0;
  cw = 0x37f;
  /** Last instruction/data pointers (fnstenv/fxsave report them). */
  fip = 0;
  fdp = 0;
  fop = 0;

  reset(): void {
    this.st.fill(0);
    this.tag = 0xffff;
    this.top = 0;
    this.sw = 0;
    this.cw = 0x37f;
    this.fip = 0;
    this.fdp = 0;
    this.fop = 0;
  }

  /** The full status word with TOP. */
  get status(): number {
    return (this.sw & ~0x3800) | ((this.top & 7) << 11);
  }
}
