// Instructions that exist only outside 64-bit mode (#UD there): the BCD adjustments
// daa, das, aaa, aas, aam, aad, the undocumented salc, bound, arpl, and the far-pointer
// loads lds/les (with lss/lfs/lgs, which 64-bit mode keeps). Compilers do not emit them
// for Linux programs, but i386 code may contain them (hand-written assembly, old
// binaries), and in compatibility mode they are part of the instruction set.
//
// Flags the SDM leaves undefined are set as current Intel and AMD processors leave
// them for these instructions where that is documented consistently (OF cleared; for
// aaa/aas SF/ZF/PF follow the final AL), so results are deterministic.

import { SEG_DS, SEG_ES, SEG_FS, SEG_GS, SEG_SS, type CPU } from '../cpu.js';
import { defOp, IMM_UB, MAP_0F, MAP_1, type Handler, type Insn } from '../decode.js';
import { CpuFault, BR, DE, UD } from '../exceptions.js';
import { AF, CF, ZF } from '../flags.js';

const AL = 0;

function al(cpu: CPU): number {
  return cpu.regs[0] & 0xff;
}

function setAl(cpu: CPU, v: number): void {
  cpu.setReg8(AL, v & 0xff);
}

function ax(cpu: CPU): number {
  return cpu.regs[0] & 0xffff;
}

function setAx(cpu: CPU, v: number): void {
  cpu.setReg(0, 2, v & 0xffff);
}

// daa: decimal adjust AL after addition
defOp(MAP_1, 0x27, {
  name: 'daa',
  inv64: true,
  h: (cpu) => {
    const oldAl = al(cpu);
    const oldCf = cpu.flags.cf();
    let v = oldAl;
    let cf = false;
    let af = false;
    if ((v & 0xf) > 9 || cpu.flags.af()) {
      cf = oldCf || v + 6 > 0xff;
      v = (v + 6) & 0xff;
      af = true;
    }
    if (oldAl > 0x99 || oldCf) {
      v = (v + 0x60) & 0xff;
      cf = true;
    }
    setAl(cpu, v);
    cpu.flags.setResult(1, v, 0, (cf ? CF : 0) | (af ? AF : 0));
  },
});

// das: decimal adjust AL after subtraction
defOp(MAP_1, 0x2f, {
  name: 'das',
  inv64: true,
  h: (cpu) => {
    const oldAl = al(cpu);
    const oldCf = cpu.flags.cf();
    let v = oldAl;
    let cf = false;
    let af = false;
    if ((v & 0xf) > 9 || cpu.flags.af()) {
      cf = oldCf || v < 6;
      v = (v - 6) & 0xff;
      af = true;
    }
    if (oldAl > 0x99 || oldCf) {
      v = (v - 0x60) & 0xff;
      cf = true;
    }
    setAl(cpu, v);
    cpu.flags.setResult(1, v, 0, (cf ? CF : 0) | (af ? AF : 0));
  },
});

// aaa / aas: ASCII adjust after addition / subtraction
function asciiAdjust(sub: boolean) {
  return (cpu: CPU) => {
    let v = ax(cpu);
    let adj = false;
    if ((v & 0xf) > 9 || cpu.flags.af()) {
      // current SDM: AX - 6 (borrowing from AH) then AH - 1; AX + 0x106 (carrying into AH)
      v = sub ? (v - 6 - 0x100) & 0xffff : (v + 0x106) & 0xffff;
      adj = true;
    }
    v &= 0xff0f;
    setAx(cpu, v);
    cpu.flags.setResult(1, v & 0xff, 0, adj ? CF | AF : 0);
  };
}
defOp(MAP_1, 0x37, { name: 'aaa', inv64: true, h: asciiAdjust(false) });
defOp(MAP_1, 0x3f, { name: 'aas', inv64: true, h: asciiAdjust(true) });

// aam imm8: AH = AL / imm8, AL = AL % imm8 (#DE for 0)
defOp(MAP_1, 0xd4, {
  name: 'aam',
  imm: IMM_UB,
  inv64: true,
  h: (cpu, i: Insn) => {
    if (i.imm === 0) throw new CpuFault(DE, 0, 'aam with a zero base');
    const a = al(cpu);
    const v = (Math.floor(a / i.imm) << 8) | a % i.imm;
    setAx(cpu, v);
    cpu.flags.setResult(1, v & 0xff, 0, 0);
  },
});

// aad imm8: AL = AL + AH * imm8, AH = 0
defOp(MAP_1, 0xd5, {
  name: 'aad',
  imm: IMM_UB,
  inv64: true,
  h: (cpu, i: Insn) => {
    const v = ((cpu.regs[0] >> 8 & 0xff) * i.imm + al(cpu)) & 0xff;
    setAx(cpu, v);
    cpu.flags.setResult(1, v, 0, 0);
  },
});

// salc (undocumented): AL = CF ? 0xff : 0, flags unchanged
defOp(MAP_1, 0xd6, { name: 'salc', inv64: true, h: (cpu) => setAl(cpu, cpu.flags.cf() ? 0xff : 0) });

// bound r, m: #BR unless lower <= r <= upper (signed, operand size)
defOp(MAP_1, 0x62, {
  name: 'bound',
  modrm: true,
  inv64: true,
  h: (cpu, i: Insn) => {
    if (i.mod === 3) throw new CpuFault(UD, 0, 'bound with a register operand');
    const s = i.opsize;
    const a = cpu.ea(i);
    const sx = (v: number) => (s === 2 ? (v << 16) >> 16 : v | 0);
    const lower = sx(cpu.readMem(a, s));
    const upper = sx(cpu.readMem(s === 2 ? a + 2 : (a + 4) >>> 0, s));
    const idx = sx(cpu.getReg(i.reg, s));
    if (idx < lower || idx > upper) throw new CpuFault(BR, 0, `bound: ${idx} outside [${lower}, ${upper}]`);
  },
});

/**
 * arpl r/m16, r16 (63 outside 64-bit mode, where it is movsxd): raises the destination
 * selector's RPL to the source's, ZF = 1 when it did. Only ZF changes (SDM vol. 2 ARPL).
 * The operand is written only when the RPL is raised: through a CS override that is
 * #GP(0) then and nothing otherwise (the host).
 */
export function arpl(cpu: CPU, i: Insn): void {
  const d = cpu.rmRead(i, 2);
  const src = cpu.getReg(i.reg, 2);
  const raise = (d & 3) < (src & 3);
  if (raise) cpu.rmWriteBack(i, 2, (d & ~3) | (src & 3));
  cpu.flags.setArith((cpu.flags.arith & ~ZF) | (raise ? ZF : 0));
}

/**
 * lds/les/lss/lfs/lgs r, m16:16/32/64: the offset, then the selector after it; the segment
 * register is loaded (with its checks: #GP, #NP, #SS) before the general register changes.
 * In 64-bit mode REX.W makes the offset 64 bits on Intel; AMD keeps 32 (AMD APM vol. 3).
 */
function loadFar(seg: number): Handler {
  return (cpu, i) => {
    if (i.mod === 3) throw new CpuFault(UD, 0, `${i.name} with a register operand`);
    const s = i.opsize === 8 && cpu.vendor === 'amd' ? 4 : i.opsize;
    const a = cpu.ea(i);
    const lo = cpu.readMem(a, s);
    const hi = cpu.hi;
    const sel = cpu.readMem(cpu.mode64 ? a + s : (a + s) >>> 0, 2);
    cpu.loadDataSegment(seg, sel);
    cpu.setReg(i.reg, s, lo, hi);
  };
}
defOp(MAP_1, 0xc4, { name: 'les', modrm: true, inv64: true, h: loadFar(SEG_ES) });
defOp(MAP_1, 0xc5, { name: 'lds', modrm: true, inv64: true, h: loadFar(SEG_DS) });
defOp(MAP_0F, 0xb2, { name: 'lss', modrm: true, h: loadFar(SEG_SS) });
defOp(MAP_0F, 0xb4, { name: 'lfs', modrm: true, h: loadFar(SEG_FS) });
defOp(MAP_0F, 0xb5, { name: 'lgs', modrm: true, h: loadFar(SEG_GS) });
