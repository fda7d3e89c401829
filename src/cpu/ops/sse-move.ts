// SSE/SSE2 data movement: movaps/movups/movapd/movupd, movss/movsd, movd/movq,
// movdqa/movdqu, movlps/movhps/movlpd/movhpd, movhlps/movlhps, movmskps/movmskpd,
// pmovmskb, the non-temporal stores (movntps/movntpd/movntdq/movnti — ordinary stores
// here, there is no cache to bypass) and maskmovdqu.
//
// Alignment: the "aligned" forms (movaps, movapd, movdqa, movntps, movntpd, movntdq)
// raise #GP(0) on a misaligned 16-byte memory operand, as the hardware does; the
// unaligned forms and all 32/64-bit memory forms never do (alignment checking, #AC,
// is not modelled).

import type { CPU } from '../cpu.js';
import { defOp, MAP_0F, type Handler, type Insn } from '../decode.js';
import { alignedEa, putS, src128, store128, ud } from './sse-common.js';
import { checkCsWrite, checkWrite, eaW } from '../access.js';

const RDI = 7;

function def(opcode: number, prefix: number, name: string, h: Handler): void {
  defOp(MAP_0F, opcode, { name, modrm: true, h }, prefix);
}

/** xmm ← xmm/m128 */
function load128Op(align: boolean): Handler {
  return (cpu, i) => {
    src128(cpu, i, align, true);
    putS(cpu, i.reg);
  };
}

/** xmm/m128 ← xmm */
function store128Op(align: boolean, memOnly = false): Handler {
  return (cpu, i) => {
    const x = cpu.xmm32;
    const s = i.reg * 4;
    if (i.mod === 3) {
      if (memOnly) throw ud(i, 'register operand');
      const d = i.rm * 4;
      x[d] = x[s];
      x[d + 1] = x[s + 1];
      x[d + 2] = x[s + 2];
      x[d + 3] = x[s + 3];
      return;
    }
    store128(cpu, align ? alignedEa(cpu, i, true, true) : eaW(cpu, i), x, s);
  };
}

// movups / movupd / movaps / movapd / movdqu / movdqa
def(0x10, 0, 'movups', load128Op(false));
def(0x10, 0x66, 'movupd', load128Op(false));
def(0x11, 0, 'movups', store128Op(false));
def(0x11, 0x66, 'movupd', store128Op(false));
def(0x28, 0, 'movaps', load128Op(true));
def(0x28, 0x66, 'movapd', load128Op(true));
def(0x29, 0, 'movaps', store128Op(true));
def(0x29, 0x66, 'movapd', store128Op(true));
def(0x6f, 0x66, 'movdqa', load128Op(true));
def(0x6f, 0xf3, 'movdqu', load128Op(false));
def(0x7f, 0x66, 'movdqa', store128Op(true));
def(0x7f, 0xf3, 'movdqu', store128Op(false));
def(0x2b, 0, 'movntps', store128Op(true, true));
def(0x2b, 0x66, 'movntpd', store128Op(true, true));
def(0xe7, 0x66, 'movntdq', store128Op(true, true));

// movnti m32/m64, r32/r64
defOp(MAP_0F, 0xc3, {
  name: 'movnti',
  modrm: true,
  h: (cpu, i) => {
    if (i.mod === 3) throw ud(i, 'register operand');
    const s = i.opsize === 8 ? 8 : 4;
    const v = cpu.getReg(i.reg, s);
    cpu.writeMem(eaW(cpu, i), s, v, cpu.hi);
  },
});

// movss / movsd: register form merges the low element, load form zeroes the rest
def(0x10, 0xf3, 'movss', (cpu, i) => {
  const x = cpu.xmm32;
  const d = i.reg * 4;
  if (i.mod === 3) {
    x[d] = x[i.rm * 4];
    return;
  }
  const v = cpu.readMem(cpu.ea(i), 4);
  x[d] = v;
  x[d + 1] = 0;
  x[d + 2] = 0;
  x[d + 3] = 0;
});
def(0x10, 0xf2, 'movsd', (cpu, i) => {
  const x = cpu.xmm32;
  const d = i.reg * 4;
  if (i.mod === 3) {
    x[d] = x[i.rm * 4];
    x[d + 1] = x[i.rm * 4 + 1];
    return;
  }
  const lo = cpu.readMem(cpu.ea(i), 8);
  x[d] = lo;
  x[d + 1] = cpu.hi;
  x[d + 2] = 0;
  x[d + 3] = 0;
});
def(0x11, 0xf3, 'movss', (cpu, i) => {
  const x = cpu.xmm32;
  const s = i.reg * 4;
  if (i.mod === 3) x[i.rm * 4] = x[s];
  else cpu.writeMem(eaW(cpu, i), 4, x[s]);
});
def(0x11, 0xf2, 'movsd', (cpu, i) => {
  const x = cpu.xmm32;
  const s = i.reg * 4;
  if (i.mod === 3) {
    x[i.rm * 4] = x[s];
    x[i.rm * 4 + 1] = x[s + 1];
  } else cpu.writeMem(eaW(cpu, i), 8, x[s], x[s + 1]);
});

// movd / movq between XMM and general registers or memory
def(0x6e, 0x66, 'movd', (cpu, i) => {
  const x = cpu.xmm32;
  const d = i.reg * 4;
  if (i.w) {
    const lo = cpu.rmRead(i, 8);
    x[d] = lo;
    x[d + 1] = cpu.hi;
  } else {
    x[d] = cpu.rmRead(i, 4);
    x[d + 1] = 0;
  }
  x[d + 2] = 0;
  x[d + 3] = 0;
});
def(0x7e, 0x66, 'movd', (cpu, i) => {
  const x = cpu.xmm32;
  const s = i.reg * 4;
  if (i.w) cpu.rmWrite(i, 8, x[s], x[s + 1]);
  else cpu.rmWrite(i, 4, x[s]);
});
def(0x7e, 0xf3, 'movq', (cpu, i) => {
  const x = cpu.xmm32;
  const d = i.reg * 4;
  let lo: number;
  let hi: number;
  if (i.mod === 3) {
    lo = x[i.rm * 4];
    hi = x[i.rm * 4 + 1];
  } else {
    lo = cpu.readMem(cpu.ea(i), 8);
    hi = cpu.hi;
  }
  x[d] = lo;
  x[d + 1] = hi;
  x[d + 2] = 0;
  x[d + 3] = 0;
});
def(0xd6, 0x66, 'movq', (cpu, i) => {
  const x = cpu.xmm32;
  const s = i.reg * 4;
  if (i.mod === 3) {
    const d = i.rm * 4;
    x[d] = x[s];
    x[d + 1] = x[s + 1];
    x[d + 2] = 0;
    x[d + 3] = 0;
  } else cpu.writeMem(eaW(cpu, i), 8, x[s], x[s + 1]);
});

// movlps/movhlps, movhps/movlhps, movlpd, movhpd (loads)
def(0x12, 0, 'movlps', (cpu, i) => {
  const x = cpu.xmm32;
  const d = i.reg * 4;
  if (i.mod === 3) {
    // movhlps: low qword ← source's high qword
    const s = i.rm * 4;
    x[d] = x[s + 2];
    x[d + 1] = x[s + 3];
    return;
  }
  const lo = cpu.readMem(cpu.ea(i), 8);
  x[d] = lo;
  x[d + 1] = cpu.hi;
});
def(0x16, 0, 'movhps', (cpu, i) => {
  const x = cpu.xmm32;
  const d = i.reg * 4;
  if (i.mod === 3) {
    // movlhps: high qword ← source's low qword
    const s = i.rm * 4;
    x[d + 2] = x[s];
    x[d + 3] = x[s + 1];
    return;
  }
  const lo = cpu.readMem(cpu.ea(i), 8);
  x[d + 2] = lo;
  x[d + 3] = cpu.hi;
});
function loadHalf(high: boolean): Handler {
  return (cpu, i) => {
    if (i.mod === 3) throw ud(i, 'register operand');
    const x = cpu.xmm32;
    const d = i.reg * 4 + (high ? 2 : 0);
    const lo = cpu.readMem(cpu.ea(i), 8);
    x[d] = lo;
    x[d + 1] = cpu.hi;
  };
}
function storeHalf(high: boolean): Handler {
  return (cpu, i) => {
    if (i.mod === 3) throw ud(i, 'register operand');
    const x = cpu.xmm32;
    const s = i.reg * 4 + (high ? 2 : 0);
    cpu.writeMem(eaW(cpu, i), 8, x[s], x[s + 1]);
  };
}
def(0x12, 0x66, 'movlpd', loadHalf(false));
def(0x16, 0x66, 'movhpd', loadHalf(true));
def(0x13, 0, 'movlps', storeHalf(false));
def(0x13, 0x66, 'movlpd', storeHalf(false));
def(0x17, 0, 'movhps', storeHalf(true));
def(0x17, 0x66, 'movhpd', storeHalf(true));

// sign masks
def(0x50, 0, 'movmskps', (cpu, i) => {
  if (i.mod !== 3) throw ud(i, 'memory operand');
  const x = cpu.xmm32;
  const s = i.rm * 4;
  const m = (x[s] >>> 31) | ((x[s + 1] >>> 31) << 1) | ((x[s + 2] >>> 31) << 2) | ((x[s + 3] >>> 31) << 3);
  cpu.setReg(i.reg, 4, m);
});
def(0x50, 0x66, 'movmskpd', (cpu, i) => {
  if (i.mod !== 3) throw ud(i, 'memory operand');
  const x = cpu.xmm32;
  const s = i.rm * 4;
  cpu.setReg(i.reg, 4, (x[s + 1] >>> 31) | ((x[s + 3] >>> 31) << 1));
});
def(0xd7, 0x66, 'pmovmskb', (cpu, i) => {
  if (i.mod !== 3) throw ud(i, 'memory operand');
  const x = cpu.xmm32;
  const s = i.rm * 4;
  cpu.setReg(i.reg, 4, byteSigns(x[s]) | (byteSigns(x[s + 1]) << 4) | (byteSigns(x[s + 2]) << 8) | (byteSigns(x[s + 3]) << 12));
});

/** The sign bits of the four bytes of v as a 4-bit mask. */
function byteSigns(v: number): number {
  return ((v >>> 7) & 1) | ((v >>> 14) & 2) | ((v >>> 21) & 4) | ((v >>> 28) & 8);
}

// maskmovdqu xmm1, xmm2: store the bytes of xmm1 whose xmm2 mask byte has its top bit set, at DS:rDI
def(0xf7, 0x66, 'maskmovdqu', (cpu: CPU, i: Insn) => {
  if (i.mod !== 3) throw ud(i, 'memory operand');
  if (i.csOverride) checkCsWrite(cpu, i); // even with an all-zero mask (host)
  const b = cpu.xmmBytes;
  const s = i.reg * 16;
  const m = i.rm * 16;
  let a: number;
  if (i.adsize === 8) a = cpu.reg64(RDI);
  else if (i.adsize === 4) a = cpu.regs[RDI * 2] >>> 0;
  else a = cpu.regs[RDI * 2] & 0xffff; // 67h in 32-bit mode: DI
  if (i.seg >= 0) a += cpu.segBase[i.seg];
  // fault before any byte is written if the 16-byte window is not writable
  let first = -1;
  let last = -1;
  for (let k = 0; k < 16; k++) {
    if (b[m + k] & 0x80) {
      if (first < 0) first = k;
      last = k;
    }
  }
  if (first < 0) return;
  // the whole 16-byte window is checked from its start (the host reports a fault there)
  checkWrite(cpu, a, 16);
  for (let k = first; k <= last; k++) if (b[m + k] & 0x80) cpu.mem.write8(a + k, b[s + k]);
});
