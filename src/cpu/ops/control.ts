// Control transfer: jmp, jcc, call, ret, loop/jrcxz, int3/int n/into.
// Near branches in 64-bit mode always use a 64-bit operand size.

import { RCX, type CPU } from '../cpu.js';
import { defOp, defGroup, IMM_B, IMM_Z, IMM_W, IMM_UB, MAP_1, MAP_0F, type Insn } from '../decode.js';
import { CpuFault, BP, OFV, UD } from '../exceptions.js';
import { checkStack, probeWrite } from '../access.js';

function pushReturn(cpu: CPU, i: Insn, size: number): void {
  const ret = i.addr + i.len;
  if (size === 8) {
    const hi = Math.floor(ret / 4294967296);
    cpu.push(8, (ret - hi * 4294967296) | 0, hi | 0);
  } else cpu.push(size, ret | 0, 0);
}

// jmp rel8 / rel32
defOp(MAP_1, 0xeb, { name: 'jmp', imm: IMM_B, f64: true, h: (cpu, i) => void (cpu.next = cpu.relTarget(i, i.imm)) });
defOp(MAP_1, 0xe9, { name: 'jmp', imm: IMM_Z, f64: true, h: (cpu, i) => void (cpu.next = cpu.relTarget(i, i.imm)) });

// jcc rel8 / rel32
for (let cc = 0; cc < 16; cc++) {
  const h = (cpu: CPU, i: Insn) => {
    if (cpu.flags.cond(cc)) cpu.next = cpu.relTarget(i, i.imm);
  };
  defOp(MAP_1, 0x70 + cc, { name: 'j', imm: IMM_B, f64: true, h });
  defOp(MAP_0F, 0x80 + cc, { name: 'j', imm: IMM_Z, f64: true, h });
}

// call rel32
defOp(MAP_1, 0xe8, {
  name: 'call',
  imm: IMM_Z,
  f64: true,
  h: (cpu, i) => {
    const t = cpu.relTarget(i, i.imm);
    pushReturn(cpu, i, i.opsize);
    cpu.next = t;
  },
});

// call / jmp r/m (FF /2, /4). The group's operand size follows 66h; in 64-bit mode these
// are 64-bit but for AMD's 16-bit form (see decode).
const nearSize = (cpu: CPU, i: Insn) => (!cpu.mode64 || (i.opsize === 2 && cpu.vendor === 'amd') ? i.opsize : 8);
defGroup(MAP_1, 0xff, { name: 'grp5' }, 2, (cpu, i) => {
  const s = nearSize(cpu, i);
  const lo = cpu.rmRead(i, s);
  const hi = cpu.hi;
  if (cpu.vendor === 'amd') {
    // AMD checks the return address's stack slot first: a bad stack faults before a
    // non-canonical target (the host); Intel's pseudocode checks the target first
    const a = cpu.mode64 ? cpu.spAddr() - s : (cpu.spAddr() - s) >>> 0;
    checkStack(cpu, a, s);
    probeWrite(cpu, a, s);
  }
  cpu.jumpTo(lo, hi, s); // checks the target before anything is pushed
  pushReturn(cpu, i, s);
});
defGroup(MAP_1, 0xff, { name: 'grp5' }, 4, (cpu, i) => {
  const s = nearSize(cpu, i);
  const lo = cpu.rmRead(i, s);
  cpu.jumpTo(lo, cpu.hi, s);
});
const farUnsupported = (cpu: CPU, i: Insn) => {
  throw new CpuFault(UD, 0, `far ${i.name} is not supported at ${i.addr.toString(16)}`);
};
defGroup(MAP_1, 0xff, { name: 'grp5' }, 3, farUnsupported);
defGroup(MAP_1, 0xff, { name: 'grp5' }, 5, farUnsupported);

// ret / ret imm16: the target is checked before RSP changes (a #GP leaves it as it was)
function ret(cpu: CPU, i: Insn, extra: number): void {
  const s = i.opsize;
  const a = cpu.spAddr();
  checkStack(cpu, a, s);
  const lo = cpu.readMem(a, s);
  cpu.jumpTo(lo, cpu.hi, s);
  cpu.setSp(cpu.mode64 ? a + s + extra : (a + s + extra) >>> 0);
}
defOp(MAP_1, 0xc3, { name: 'ret', f64: true, h: (cpu, i) => ret(cpu, i, 0) });
defOp(MAP_1, 0xc2, { name: 'ret', f64: true, imm: IMM_W, h: (cpu, i) => ret(cpu, i, i.imm) });

// loop / loope / loopne / jrcxz: the counter width is the address size
function counter(cpu: CPU, i: Insn, dec: boolean): boolean {
  if (i.adsize === 8) {
    let lo = cpu.regs[RCX * 2];
    let hi = cpu.regs[RCX * 2 + 1];
    if (dec) {
      if (lo === 0) hi = (hi - 1) | 0;
      lo = (lo - 1) | 0;
      cpu.regs[RCX * 2] = lo;
      cpu.regs[RCX * 2 + 1] = hi;
    }
    return lo !== 0 || hi !== 0;
  }
  if (i.adsize === 4) {
    let v = cpu.regs[RCX * 2];
    if (dec) {
      v = (v - 1) | 0;
      cpu.setReg(RCX, 4, v);
    }
    return v !== 0;
  }
  let v = cpu.regs[RCX * 2] & 0xffff;
  if (dec) {
    v = (v - 1) & 0xffff;
    cpu.setReg(RCX, 2, v);
  }
  return v !== 0;
}
defOp(MAP_1, 0xe2, { name: 'loop', imm: IMM_B, f64: true, h: (cpu, i) => void (counter(cpu, i, true) && (cpu.next = cpu.relTarget(i, i.imm))) });
// loope (E1) / loopne (E0). On AMD CPUs a REP prefix picks the condition instead of the
// opcode, as for cmps/scas: F3 loops while ZF = 1 and F2 while ZF = 0 (the last of them
// counts). Undocumented; observed on the host (AMD EPYC, Zen 4) for every combination.
function loopZf(cpu: CPU, i: Insn, whileZf: boolean): boolean {
  if (i.rep && cpu.vendor === 'amd') whileZf = i.rep === 0xf3;
  return cpu.flags.zf() === whileZf;
}
defOp(MAP_1, 0xe1, {
  name: 'loope',
  imm: IMM_B,
  f64: true,
  h: (cpu, i) => void (counter(cpu, i, true) && loopZf(cpu, i, true) && (cpu.next = cpu.relTarget(i, i.imm))),
});
defOp(MAP_1, 0xe0, {
  name: 'loopne',
  imm: IMM_B,
  f64: true,
  h: (cpu, i) => void (counter(cpu, i, true) && loopZf(cpu, i, false) && (cpu.next = cpu.relTarget(i, i.imm))),
});
defOp(MAP_1, 0xe3, { name: 'jrcxz', imm: IMM_B, f64: true, h: (cpu, i) => void (!counter(cpu, i, false) && (cpu.next = cpu.relTarget(i, i.imm))) });

// int3, int n, into: software interrupts through the IDT (the gate's DPL is checked)
defOp(MAP_1, 0xcc, { name: 'int3', h: (cpu, i) => cpu.deliver(BP, null, true, i.addr + i.len) });
defOp(MAP_1, 0xcd, { name: 'int', imm: IMM_UB, h: (cpu, i) => cpu.deliver(i.imm, null, true, i.addr + i.len) });
defOp(MAP_1, 0xce, {
  name: 'into',
  inv64: true,
  h: (cpu, i) => {
    if (cpu.flags.of()) cpu.deliver(OFV, null, true, i.addr + i.len);
  },
});
