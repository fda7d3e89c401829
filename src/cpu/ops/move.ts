// Data movement: mov (all forms), movzx/movsx/movsxd, lea, xchg, push/pop, pushf/popf,
// lahf/sahf, cmovcc, setcc, segment-register moves, flag-bit instructions, enter/leave,
// xlat, nop/pause.

import { RAX, RBX, RSP, RBP, SEG_FS, SEG_GS, SEG_SS, SEG_ES, SEG_DS, type CPU } from '../cpu.js';
import { defOp, defGroup, IMM_B, IMM_UB, IMM_Z, IMM_V, IMM_O, IMM_WB, MAP_1, MAP_0F, type Insn } from '../decode.js';
import { CF, DF, ARITH, AF, PF, ZF, SF } from '../flags.js';
import { CpuFault, GP, UD } from '../exceptions.js';
import { arpl } from './legacy32.js';
import { checkStack, probeWrite } from '../access.js';

// ---- mov ----
defOp(MAP_1, 0x88, { name: 'mov', modrm: true, h: (cpu, i) => cpu.rmWrite(i, 1, cpu.getReg8(i.regB)) });
defOp(MAP_1, 0x89, {
  name: 'mov',
  modrm: true,
  h: (cpu, i) => {
    const v = cpu.regRead(i, i.opsize);
    cpu.rmWrite(i, i.opsize, v, cpu.hi);
  },
});
defOp(MAP_1, 0x8a, { name: 'mov', modrm: true, h: (cpu, i) => cpu.setReg8(i.regB, cpu.rmRead(i, 1)) });
defOp(MAP_1, 0x8b, {
  name: 'mov',
  modrm: true,
  h: (cpu, i) => {
    const v = cpu.rmRead(i, i.opsize);
    cpu.regWrite(i, i.opsize, v, cpu.hi);
  },
});
defGroup(MAP_1, 0xc6, { name: 'mov', imm: IMM_B }, 0, (cpu, i) => cpu.rmWrite(i, 1, i.imm));
defGroup(MAP_1, 0xc7, { name: 'mov', imm: IMM_Z }, 0, (cpu, i) => cpu.rmWrite(i, i.opsize, i.imm, i.immHi));
for (let k = 0; k < 8; k++) {
  defOp(MAP_1, 0xb0 + k, {
    name: 'mov',
    imm: IMM_UB,
    h: (cpu, i) => cpu.setReg8(i.rex ? i.opreg : i.opreg < 4 ? i.opreg : i.opreg + 12, i.imm),
  });
  defOp(MAP_1, 0xb8 + k, { name: 'mov', imm: IMM_V, h: (cpu, i) => cpu.setReg(i.opreg, i.opsize, i.imm, i.immHi) });
}
// moffs forms
function moffs(cpu: CPU, i: Insn, write = false): number {
  if (write && i.csOverride) throw new CpuFault(GP, 0, 'write through a CS segment override');
  let a = i.adsize === 8 ? i.immHi * 4294967296 + (i.imm >>> 0) : i.imm >>> 0;
  if (i.seg >= 0) a += cpu.segBase[i.seg];
  return cpu.mode64 ? a : a >>> 0;
}
defOp(MAP_1, 0xa0, { name: 'mov', imm: IMM_O, h: (cpu, i) => cpu.setReg8(0, cpu.readMem(moffs(cpu, i), 1)) });
defOp(MAP_1, 0xa1, {
  name: 'mov',
  imm: IMM_O,
  h: (cpu, i) => {
    const v = cpu.readMem(moffs(cpu, i), i.opsize);
    cpu.setReg(RAX, i.opsize, v, cpu.hi);
  },
});
defOp(MAP_1, 0xa2, { name: 'mov', imm: IMM_O, h: (cpu, i) => cpu.writeMem(moffs(cpu, i, true), 1, cpu.getReg8(0)) });
defOp(MAP_1, 0xa3, {
  name: 'mov',
  imm: IMM_O,
  h: (cpu, i) => {
    const v = cpu.getReg(RAX, i.opsize);
    cpu.writeMem(moffs(cpu, i, true), i.opsize, v, cpu.hi);
  },
});

// ---- movzx / movsx / movsxd ----
defOp(MAP_0F, 0xb6, { name: 'movzx', modrm: true, h: (cpu, i) => cpu.regWrite(i, i.opsize, cpu.rmRead(i, 1), 0) });
defOp(MAP_0F, 0xb7, { name: 'movzx', modrm: true, h: (cpu, i) => cpu.regWrite(i, i.opsize, cpu.rmRead(i, 2), 0) });
defOp(MAP_0F, 0xbe, {
  name: 'movsx',
  modrm: true,
  h: (cpu, i) => {
    const v = (cpu.rmRead(i, 1) << 24) >> 24;
    cpu.regWrite(i, i.opsize, v, v >> 31);
  },
});
defOp(MAP_0F, 0xbf, {
  name: 'movsx',
  modrm: true,
  h: (cpu, i) => {
    const v = (cpu.rmRead(i, 2) << 16) >> 16;
    cpu.regWrite(i, i.opsize, v, v >> 31);
  },
});
defOp(MAP_1, 0x63, {
  name: 'movsxd',
  modrm: true,
  h: (cpu, i) => {
    if (!cpu.mode64) return arpl(cpu, i);
    const v = cpu.rmRead(i, i.opsize === 8 ? 4 : i.opsize);
    cpu.regWrite(i, i.opsize, v, v >> 31);
  },
});

// ---- lea ----
// lea is address arithmetic without a memory access: no segment base, no canonical check,
// wrapped to the address size and then truncated to the operand size.
defOp(MAP_1, 0x8d, {
  name: 'lea',
  modrm: true,
  h: (cpu, i) => {
    if (i.mod === 3) throw new CpuFault(UD, 0, 'lea with a register operand');
    let lo: number;
    let hi = 0;
    if (i.adsize === 8) {
      let a = i.disp;
      let exact = true;
      if (i.base === 16) a += i.addr + i.len;
      else if (i.base >= 0) {
        const h = cpu.regs[i.base * 2 + 1];
        if (h > 0x1ffff || h < -0x20000) exact = false;
        a += h * 4294967296 + (cpu.regs[i.base * 2] >>> 0);
      }
      if (i.index >= 0) {
        const h = cpu.regs[i.index * 2 + 1];
        if (h > 0x1ffff || h < -0x20000) exact = false;
        a += (h * 4294967296 + (cpu.regs[i.index * 2] >>> 0)) * i.scale;
      }
      if (exact) {
        hi = Math.floor(a / 4294967296);
        lo = (a - hi * 4294967296) | 0;
        hi |= 0;
      } else {
        let b = BigInt(i.disp);
        if (i.base >= 0) b += cpu.reg64Big(i.base);
        if (i.index >= 0) b += cpu.reg64Big(i.index) * BigInt(i.scale);
        b = BigInt.asUintN(64, b);
        lo = Number(b & 0xffffffffn) | 0;
        hi = Number(b >> 32n) | 0;
      }
    } else {
      let a = i.disp;
      if (i.base >= 0) a += cpu.regs[i.base * 2] >>> 0;
      if (i.index >= 0) a += (cpu.regs[i.index * 2] >>> 0) * i.scale;
      lo = i.adsize === 2 ? a & 0xffff : a | 0;
    }
    cpu.regWrite(i, i.opsize, lo, hi);
  },
});

// ---- xchg ----
defOp(MAP_1, 0x86, {
  name: 'xchg',
  modrm: true,
  h: (cpu, i) => {
    const a = cpu.rmReadRmw(i, 1);
    const b = cpu.getReg8(i.regB);
    cpu.rmWriteBack(i, 1, b);
    cpu.setReg8(i.regB, a);
  },
});
defOp(MAP_1, 0x87, {
  name: 'xchg',
  modrm: true,
  h: (cpu, i) => {
    const s = i.opsize;
    const a = cpu.rmReadRmw(i, s);
    const ah = cpu.hi;
    const b = cpu.regRead(i, s);
    const bh = cpu.hi;
    cpu.rmWriteBack(i, s, b, bh);
    cpu.regWrite(i, s, a, ah);
  },
});
defOp(MAP_1, 0x90, {
  name: 'nop',
  h: (cpu, i) => {
    if (i.opreg === 0) {
      // plain nop / pause (F3 90). In 64-bit mode, 32-bit xchg eax,eax would zero-extend; 90 doesn't.
      return;
    }
    xchgAx(cpu, i);
  },
});
function xchgAx(cpu: CPU, i: Insn): void {
  const s = i.opsize;
  const a = cpu.getReg(RAX, s);
  const ah = cpu.hi;
  const b = cpu.getReg(i.opreg, s);
  const bh = cpu.hi;
  cpu.setReg(RAX, s, b, bh);
  cpu.setReg(i.opreg, s, a, ah);
}
for (let k = 1; k < 8; k++) defOp(MAP_1, 0x90 + k, { name: 'xchg', h: xchgAx });

// ---- push / pop ----
for (let k = 0; k < 8; k++) {
  defOp(MAP_1, 0x50 + k, {
    name: 'push',
    d64: true,
    h: (cpu, i) => {
      const v = cpu.getReg(i.opreg, i.opsize);
      cpu.push(i.opsize, v, cpu.hi);
    },
  });
  defOp(MAP_1, 0x58 + k, {
    name: 'pop',
    d64: true,
    h: (cpu, i) => {
      const v = cpu.pop(i.opsize);
      cpu.setReg(i.opreg, i.opsize, v, cpu.hi);
    },
  });
}
defOp(MAP_1, 0x6a, { name: 'push', d64: true, imm: IMM_B, h: (cpu, i) => cpu.push(i.opsize, i.imm, i.imm >> 31) });
defOp(MAP_1, 0x68, { name: 'push', d64: true, imm: IMM_Z, h: (cpu, i) => cpu.push(i.opsize, i.imm, i.immHi) });
defGroup(MAP_1, 0xff, { name: 'grp5' }, 6, (cpu, i) => {
  const s = cpu.mode64 ? (i.opsize === 2 ? 2 : 8) : i.opsize;
  const v = cpu.rmRead(i, s);
  cpu.push(s, v, cpu.hi);
});
defGroup(MAP_1, 0x8f, { name: 'pop', d64: true }, 0, (cpu, i) => {
  // the address is computed after rsp is incremented (SDM: pop with rsp-based address);
  // a faulting store leaves rsp as it was
  const s = i.opsize;
  const sp = cpu.spAddr();
  const v = cpu.pop(s);
  try {
    cpu.rmWrite(i, s, v, cpu.hi);
  } catch (e) {
    cpu.setSp(sp);
    throw e;
  }
});
// push/pop of segment registers
function pushSeg(seg: number) {
  return (cpu: CPU, i: Insn) => cpu.push(i.opsize, cpu.sel[seg], 0);
}
function popSeg(seg: number) {
  return (cpu: CPU, i: Insn) => {
    const sp = cpu.spAddr();
    checkStack(cpu, sp, i.opsize);
    const v = cpu.readMem(sp, 2);
    cpu.loadDataSegment(seg, v);
    cpu.pop(i.opsize);
  };
}
defOp(MAP_0F, 0xa0, { name: 'push fs', d64: true, h: pushSeg(SEG_FS) });
defOp(MAP_0F, 0xa1, { name: 'pop fs', d64: true, h: popSeg(SEG_FS) });
defOp(MAP_0F, 0xa8, { name: 'push gs', d64: true, h: pushSeg(SEG_GS) });
defOp(MAP_0F, 0xa9, { name: 'pop gs', d64: true, h: popSeg(SEG_GS) });
defOp(MAP_1, 0x06, { name: 'push es', inv64: true, h: pushSeg(SEG_ES) });
defOp(MAP_1, 0x07, { name: 'pop es', inv64: true, h: popSeg(SEG_ES) });
defOp(MAP_1, 0x16, { name: 'push ss', inv64: true, h: pushSeg(SEG_SS) });
defOp(MAP_1, 0x17, { name: 'pop ss', inv64: true, h: popSeg(SEG_SS) });
defOp(MAP_1, 0x1e, { name: 'push ds', inv64: true, h: pushSeg(SEG_DS) });
defOp(MAP_1, 0x1f, { name: 'pop ds', inv64: true, h: popSeg(SEG_DS) });
defOp(MAP_1, 0x0e, { name: 'push cs', inv64: true, h: pushSeg(1) });

// pusha/popa (32-bit only): every slot is checked (pusha) or read (popa) before anything
// changes, so a fault leaves the registers as they were
defOp(MAP_1, 0x60, {
  name: 'pusha',
  inv64: true,
  h: (cpu, i) => {
    const s = i.opsize;
    const sp = cpu.spAddr();
    for (let k = 1; k <= 8; k++) {
      const a = (sp - k * s) >>> 0;
      checkStack(cpu, a, s);
      cpu.mem.checkWritable(a, s);
    }
    const esp = cpu.getReg(RSP, s);
    for (let r = 0; r < 8; r++) cpu.push(s, r === RSP ? esp : cpu.getReg(r, s));
  },
});
defOp(MAP_1, 0x61, {
  name: 'popa',
  inv64: true,
  h: (cpu, i) => {
    const s = i.opsize;
    const sp = cpu.spAddr();
    const v: number[] = [];
    for (let k = 0; k < 8; k++) {
      const a = (sp + k * s) >>> 0;
      checkStack(cpu, a, s);
      v.push(cpu.readMem(a, s));
    }
    for (let r = 7; r >= 0; r--) if (r !== RSP) cpu.setReg(r, s, v[7 - r]);
    cpu.setSp((sp + 8 * s) >>> 0);
  },
});

// pushf / popf
defOp(MAP_1, 0x9c, {
  name: 'pushf',
  d64: true,
  h: (cpu, i) => {
    // VM and RF are cleared in the pushed image
    cpu.push(i.opsize, cpu.getRflags() & 0xfcffff, 0);
  },
});
defOp(MAP_1, 0x9d, {
  name: 'popf',
  d64: true,
  h: (cpu, i) => {
    const v = cpu.pop(i.opsize);
    cpu.setRflags(v, cpu.popfMask(i.opsize));
  },
});
defOp(MAP_1, 0x9f, {
  name: 'lahf',
  h: (cpu) => cpu.setReg8(16, (cpu.getRflags() & 0xd5) | 2),
});
defOp(MAP_1, 0x9e, {
  name: 'sahf',
  h: (cpu) => {
    const ah = cpu.getReg8(16);
    cpu.flags.setArith((cpu.flags.arith & ~(SF | ZF | AF | PF | CF)) | (ah & (SF | ZF | AF | PF | CF)));
  },
});

// ---- flag bits ----
function setCf(cpu: CPU, v: (cf: boolean) => boolean): void {
  const a = cpu.flags.arith;
  cpu.flags.setArith(v((a & CF) !== 0) ? a | CF : a & ~CF & ARITH);
}
defOp(MAP_1, 0xf8, { name: 'clc', h: (cpu) => setCf(cpu, () => false) });
defOp(MAP_1, 0xf9, { name: 'stc', h: (cpu) => setCf(cpu, () => true) });
defOp(MAP_1, 0xf5, { name: 'cmc', h: (cpu) => setCf(cpu, (c) => !c) });
defOp(MAP_1, 0xfc, { name: 'cld', h: (cpu) => void (cpu.flagsRest &= ~DF) });
defOp(MAP_1, 0xfd, { name: 'std', h: (cpu) => void (cpu.flagsRest |= DF) });

// ---- cmovcc / setcc ----
for (let cc = 0; cc < 16; cc++) {
  defOp(MAP_0F, 0x40 + cc, {
    name: 'cmov',
    modrm: true,
    h: (cpu, i) => {
      const s = i.opsize;
      const v = cpu.rmRead(i, s); // the source is always read (and may fault)
      const vh = cpu.hi;
      if (cpu.flags.cond(cc)) cpu.regWrite(i, s, v, vh);
      else if (s === 4) cpu.regWrite(i, 4, cpu.regRead(i, 4), 0); // 32-bit cmov zero-extends anyway
    },
  });
  defOp(MAP_0F, 0x90 + cc, { name: 'set', modrm: true, h: (cpu, i) => cpu.rmWrite(i, 1, cpu.flags.cond(cc) ? 1 : 0) });
}

// ---- segment registers ----
defOp(MAP_1, 0x8c, {
  name: 'mov',
  modrm: true,
  h: (cpu, i) => {
    const seg = i.reg & 7;
    if (seg > 5) throw new CpuFault(UD, 0, 'mov from a non-existent segment register');
    const v = cpu.sel[seg];
    if (i.mod === 3) cpu.setReg(i.rm, i.opsize, v, 0);
    else cpu.rmWrite(i, 2, v);
  },
});
defOp(MAP_1, 0x8e, {
  name: 'mov',
  modrm: true,
  h: (cpu, i) => {
    const seg = i.reg & 7;
    if (seg === 1 || seg > 5) throw new CpuFault(UD, 0, 'mov to CS');
    cpu.loadDataSegment(seg, cpu.rmRead(i, 2));
  },
});

// ---- enter / leave ----
// Both read or write the stack before they commit RSP and RBP: a fault leaves them as
// they were (faults are restartable, SDM vol. 3 §6.5).
defOp(MAP_1, 0xc9, {
  name: 'leave',
  d64: true,
  h: (cpu, i) => {
    // RSP ← RBP; RBP ← pop(): the pop reads through the stack pointer's width
    const s = i.opsize;
    const a = cpu.mode64 ? cpu.reg64(RBP) : cpu.regs[RBP * 2] >>> 0;
    checkStack(cpu, a, s);
    const v = cpu.readMem(a, s);
    const vh = cpu.hi;
    cpu.setSp(cpu.mode64 ? a + s : (a + s) >>> 0);
    cpu.setReg(RBP, s, v, vh);
  },
});
defOp(MAP_1, 0xc8, {
  name: 'enter',
  d64: true,
  imm: IMM_WB,
  h: (cpu, i) => {
    // SDM vol. 2 ENTER: push rBP, copy level−1 frame pointers from the old frame, push
    // the new frame pointer, allocate `size` bytes. The processor then write-checks the
    // final stack pointer (a fault there leaves RSP/RBP unchanged; Bochs models it as a
    // read-modify-write probe, and the host CPU faults at that address).
    const s = i.opsize;
    const level = i.imm2 & 31;
    const m64 = cpu.mode64;
    const wrap = (a: number) => (m64 ? a : a >>> 0);
    let sp = cpu.spAddr();
    let bp = m64 ? cpu.reg64(RBP) : cpu.regs[RBP * 2] >>> 0;
    const push = (lo: number, hi: number) => {
      sp = wrap(sp - s);
      checkStack(cpu, sp, s);
      cpu.writeMem(sp, s, lo, hi);
    };
    const rbpLo = cpu.getReg(RBP, s);
    push(rbpLo, cpu.hi);
    const frame = sp;
    const [flo, fhi] = [frame | 0, Math.floor(frame / 4294967296) | 0];
    for (let k = 1; k < level; k++) {
      bp = wrap(bp - s);
      checkStack(cpu, bp, s);
      const v = cpu.readMem(bp, s);
      push(v, cpu.hi);
    }
    if (level > 0) push(flo, fhi);
    sp = wrap(sp - i.imm);
    checkStack(cpu, sp, s);
    probeWrite(cpu, sp, s);
    cpu.setReg(RBP, s, flo, fhi);
    cpu.setSp(sp);
  },
});

// ---- xlat ----
defOp(MAP_1, 0xd7, {
  name: 'xlat',
  h: (cpu, i) => {
    // [rBX + AL] at the address size (67h in 32-bit mode: BX + AL wraps at 64 KiB)
    const ad = i.adsize;
    let a = ad === 8 ? cpu.reg64(RBX) + cpu.getReg8(0) : ad === 4 ? (cpu.regs[RBX * 2] >>> 0) + cpu.getReg8(0) : (cpu.regs[RBX * 2] + cpu.getReg8(0)) & 0xffff;
    if (i.seg >= 0) a += cpu.segBase[i.seg];
    cpu.setReg8(0, cpu.readMem(ad === 8 ? a : a >>> 0, 1));
  },
});

// ---- multi-byte nop (0F 1F /0) and hint space (0F 19–1E) ----
for (let k = 0x19; k <= 0x1f; k++) defOp(MAP_0F, k, { name: 'nop', modrm: true, h: () => {} });

