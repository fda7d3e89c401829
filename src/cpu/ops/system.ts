// System instructions: syscall/sysret, sysenter/sysexit, swapgs, iret, wrmsr/rdmsr,
// rdtsc/rdtscp, cpuid, descriptor-table loads, control registers, hlt, cli/sti, ud2.
// Semantics follow the Intel SDM vol. 2 pseudo-code and the AMD APM vol. 3, with the
// documented vendor differences selected by cpu.vendor.

import {
  RAX, RCX, RDX, RBX, RSP, R11, SEG_CS, SEG_SS,
  MSR_EFER, MSR_STAR, MSR_LSTAR, MSR_CSTAR, MSR_SYSCALL_MASK, MSR_FS_BASE, MSR_GS_BASE,
  MSR_KERNEL_GS_BASE, MSR_TSC_AUX, MSR_IA32_SYSENTER_CS, MSR_IA32_SYSENTER_ESP, MSR_IA32_SYSENTER_EIP,
  MSR_IA32_TSC, EFER_SCE, EFER_LMA, toNum, splitNum, isCanonical, type CPU,
} from '../cpu.js';
import { defOp, defGroup, MAP_1, MAP_0F, hex, type Insn } from '../decode.js';
import { CpuFault, GP, UD } from '../exceptions.js';
import { IF, RF, VM, IOPL, ZF } from '../flags.js';
import { checkStack } from '../access.js';

function requireCpl0(cpu: CPU, what: string): void {
  if (cpu.cpl !== 0) throw new CpuFault(GP, 0, `${what} at CPL ${cpu.cpl}`);
}

// ---- syscall / sysret ----

defOp(MAP_0F, 0x05, {
  name: 'syscall',
  h: (cpu, i) => {
    if (!(cpu.efer & EFER_SCE)) throw new CpuFault(UD, 0, 'syscall with EFER.SCE clear');
    if (!(cpu.efer & EFER_LMA)) throw new CpuFault(UD, 0, 'syscall outside long mode');
    const compat = !cpu.mode64;
    if (compat && cpu.vendor === 'intel') throw new CpuFault(UD, 0, 'syscall in compatibility mode (Intel CPUs support it in 64-bit mode only)');
    const ret = i.addr + i.len;
    const [rlo, rhi] = splitNum(ret);
    cpu.regs[RCX * 2] = rlo;
    cpu.regs[RCX * 2 + 1] = compat ? 0 : rhi;
    const fl = cpu.getRflags();
    cpu.regs[R11 * 2] = fl & ~RF;
    cpu.regs[R11 * 2 + 1] = 0;
    cpu.setRflags(fl & ~cpu.fmask & ~RF, 0x3f7fd7 | RF);
    const kcs = cpu.starHi & 0xffff;
    cpu.sel[SEG_CS] = kcs & 0xfffc;
    cpu.sel[SEG_SS] = (kcs + 8) & 0xffff;
    cpu.cpl = 0;
    cpu.mem.user = false;
    cpu.mode64 = true;
    cpu.next = compat ? cpu.cstar : cpu.lstar;
  },
});

defOp(MAP_0F, 0x07, {
  name: 'sysret',
  h: (cpu, i) => {
    if (!(cpu.efer & EFER_SCE)) throw new CpuFault(UD, 0, 'sysret with EFER.SCE clear');
    // Intel: #UD outside 64-bit mode; AMD allows it from compatibility mode (at CPL 0)
    if (!cpu.mode64 && cpu.vendor === 'intel') throw new CpuFault(UD, 0, 'sysret outside 64-bit mode');
    requireCpl0(cpu, 'sysret');
    if (!cpu.mode64) throw new CpuFault(UD, 0, 'sysret from compatibility mode is not modelled');
    const to64 = i.w;
    const base = (cpu.starHi >>> 16) & 0xffff;
    let target: number;
    if (to64) {
      const hi = cpu.regs[RCX * 2 + 1];
      if (!isCanonical(hi) && cpu.vendor === 'intel') {
        // Intel faults in ring 0 with the kernel's RSP (the reason Linux checks RCX first).
        throw new CpuFault(GP, 0, `sysretq to non-canonical RCX ${hex(toNum(cpu.regs[RCX * 2], hi))}`);
      }
      target = toNum(cpu.regs[RCX * 2], hi);
    } else target = cpu.regs[RCX * 2] >>> 0;
    cpu.setRflags((cpu.regs[R11 * 2] & 0x3c7fd7) | 2, 0x3f7fff);
    cpu.sel[SEG_CS] = ((to64 ? base + 16 : base) | 3) & 0xffff;
    cpu.sel[SEG_SS] = ((base + 8) | 3) & 0xffff;
    cpu.cpl = 3;
    cpu.mem.user = true;
    cpu.mode64 = to64;
    // AMD: a non-canonical RCX is loaded and the fault happens at CPL 3 on the fetch.
    cpu.next = target;
  },
});

// ---- sysenter / sysexit ----

defOp(MAP_0F, 0x34, {
  name: 'sysenter',
  h: (cpu) => {
    if (cpu.vendor === 'amd' && cpu.efer & EFER_LMA) throw new CpuFault(UD, 0, 'sysenter in long mode (AMD CPUs support it in legacy mode only)');
    if ((cpu.sysenterCs & 0xfffc) === 0) throw new CpuFault(GP, 0, 'sysenter with IA32_SYSENTER_CS = 0');
    cpu.flagsRest &= ~(VM | IF | RF);
    const longMode = (cpu.efer & EFER_LMA) !== 0;
    const cs = cpu.sysenterCs & 0xfffc;
    cpu.sel[SEG_CS] = cs;
    cpu.sel[SEG_SS] = cs + 8;
    cpu.cpl = 0;
    cpu.mem.user = false;
    cpu.mode64 = longMode;
    if (longMode) {
      cpu.setReg64Num(RSP, cpu.sysenterEsp);
      cpu.next = cpu.sysenterEip;
    } else {
      cpu.setReg(RSP, 4, cpu.sysenterEsp | 0);
      cpu.next = cpu.sysenterEip >>> 0;
    }
  },
});

defOp(MAP_0F, 0x35, {
  name: 'sysexit',
  h: (cpu, i) => {
    // at CPL 3 the privilege check comes first: #GP(0) on AMD too (the host), not #UD
    requireCpl0(cpu, 'sysexit');
    if (cpu.vendor === 'amd' && cpu.efer & EFER_LMA) throw new CpuFault(UD, 0, 'sysexit in long mode (AMD CPUs support it in legacy mode only)');
    if ((cpu.sysenterCs & 0xfffc) === 0) throw new CpuFault(GP, 0, 'sysexit with IA32_SYSENTER_CS = 0');
    const to64 = i.w;
    const base = cpu.sysenterCs & 0xffff;
    let rip: number;
    if (to64) {
      if (!isCanonical(cpu.regs[RDX * 2 + 1]) || !isCanonical(cpu.regs[RCX * 2 + 1])) throw new CpuFault(GP, 0, 'sysexit to a non-canonical address');
      rip = cpu.reg64(RDX);
      cpu.setReg(RSP, 8, cpu.regs[RCX * 2], cpu.regs[RCX * 2 + 1]);
    } else {
      rip = cpu.regs[RDX * 2] >>> 0;
      cpu.setReg(RSP, 4, cpu.regs[RCX * 2]);
    }
    cpu.sel[SEG_CS] = ((to64 ? base + 32 : base + 16) | 3) & 0xffff;
    cpu.sel[SEG_SS] = ((to64 ? base + 40 : base + 24) | 3) & 0xffff;
    cpu.cpl = 3;
    cpu.mem.user = true;
    cpu.mode64 = to64;
    cpu.next = rip;
  },
});

// ---- iret ----

const IRET_ORDER = [0, 1, 2];
const IRET_OUTER = [3, 4];
const IRET_ORDER_AMD = [2, 4, 3, 1, 0];

defOp(MAP_1, 0xcf, {
  name: 'iret',
  h: (cpu, i) => {
    if (!cpu.mode64 && cpu.cpl === 0) throw new CpuFault(GP, 0, 'iret at CPL 0 in compatibility mode is not modelled (a 32-bit kernel)');
    const s = i.w ? 8 : i.opsize;
    const sp = cpu.spAddr();
    checkStack(cpu, sp, 3 * s);
    // The frame's slots: RIP CS RFLAGS RSP SS. AMD CPUs read RFLAGS first, then SS, RSP,
    // CS and RIP, all five even for a same-level return outside 64-bit mode (the host
    // reports the fault at that slot); Intel's pseudocode pops in order, RSP and SS only
    // in 64-bit mode or for a return to an outer level.
    const lo = [0, 0, 0, 0, 0];
    const hi = [0, 0, 0, 0, 0];
    const slot = (k: number) => {
      lo[k] = cpu.readMem(sp + k * s, k === 1 || k === 4 ? 2 : k === 2 ? 4 : s);
      hi[k] = s === 8 && (k === 0 || k === 3) ? cpu.hi : 0;
    };
    if (cpu.vendor === 'amd') IRET_ORDER_AMD.forEach(slot);
    else {
      IRET_ORDER.forEach(slot);
      if (cpu.mode64 || (lo[1] & 3) > cpu.cpl) IRET_OUTER.forEach(slot);
    }
    const [ripLo, cs, fl, rspLo, ss] = [lo[0], lo[1], lo[2] >>> 0, lo[3], lo[4]];
    const [ripHi, rspHi] = [hi[0], hi[3]];
    const rpl = cs & 3;
    if (rpl < cpu.cpl) throw new CpuFault(GP, cs & 0xfffc, 'iret to a more privileged level');
    const oldCpl = cpu.cpl;
    const wasMode64 = cpu.mode64;
    if ((cs & 0xfffc) === 0) throw new CpuFault(GP, 0, 'iret to a null CS');
    const d = cpu.readDescriptor(cs);
    if ((d.hi & 0x1800) !== 0x1800) throw new CpuFault(GP, cs & 0xfffc, 'iret: CS is not a code segment');
    // a non-conforming code segment's DPL must equal the RPL, a conforming one's be at most it
    const dpl = (d.hi >> 13) & 3;
    if (d.hi & 0x400 ? dpl > rpl : dpl !== rpl) throw new CpuFault(GP, cs & 0xfffc, `iret: CS DPL ${dpl} with RPL ${rpl}`);
    const l = (d.hi >> 21) & 1;
    if (l && !isCanonical(ripHi)) throw new CpuFault(GP, 0, 'iret to a non-canonical RIP');
    // RFLAGS: IOPL only at CPL 0; IF only if CPL <= IOPL
    let mask = 0x3f7fd5 & ~VM;
    if (oldCpl > 0) mask &= ~IOPL;
    if (oldCpl > ((cpu.flagsRest & IOPL) >> 12)) mask &= ~IF;
    cpu.loadCs(cs);
    cpu.setRflags(fl, mask);
    if (rpl > oldCpl || wasMode64 || l) {
      if (l || wasMode64) cpu.setReg(RSP, 8, rspLo, rspHi);
      else cpu.setReg(RSP, 4, rspLo);
      cpu.sel[SEG_SS] = ss;
    } else cpu.setSp((sp + 3 * s) >>> 0); // same privilege outside 64-bit mode: EIP, CS, EFLAGS popped
    cpu.next = l ? toNum(ripLo, ripHi) : ripLo >>> 0;
  },
});

// ---- swapgs ----

defGroup(MAP_0F, 0x01, { name: 'grp7' }, 7, (cpu, i) => {
  if (i.mod !== 3) {
    // invlpg m: privileged; this software TLB is flushed whole
    requireCpl0(cpu, 'invlpg');
    cpu.ea(i);
    cpu.mem.flushTlb();
    return;
  }
  if (i.rm === 0 || i.rm === 8) {
    // swapgs
    if (!cpu.mode64) throw new CpuFault(UD, 0, 'swapgs outside 64-bit mode');
    requireCpl0(cpu, 'swapgs');
    const t = cpu.gsBase;
    cpu.gsBase = cpu.kernelGsBase;
    cpu.kernelGsBase = t;
    return;
  }
  if (i.rm === 1 || i.rm === 9) {
    // rdtscp
    rdtsc(cpu);
    cpu.setReg(RCX, 4, cpu.tscAux);
    return;
  }
  throw new CpuFault(UD, 0, `0f 01 /7 rm=${i.rm} is not supported`);
});

// ---- descriptor tables and control registers ----

function loadTableReg(cpu: CPU, i: Insn, idt: boolean): void {
  requireCpl0(cpu, idt ? 'lidt' : 'lgdt');
  if (i.mod === 3) throw new CpuFault(UD, 0, 'lgdt/lidt with a register operand');
  const a = cpu.ea(i);
  const limit = cpu.readMem(a, 2);
  const lo = cpu.readMem(a + 2, 4);
  const hi = cpu.mode64 ? cpu.readMem(a + 6, 4) : 0;
  const base = cpu.mode64 ? toNum(lo, hi) : lo >>> 0;
  if (idt) {
    cpu.idtBase = base;
    cpu.idtLimit = limit;
  } else {
    cpu.gdtBase = base;
    cpu.gdtLimit = limit;
  }
}
function storeTableReg(cpu: CPU, i: Insn, idt: boolean): void {
  if (i.mod === 3) throw new CpuFault(UD, 0, 'sgdt/sidt with a register operand');
  const a = cpu.ea(i);
  const base = idt ? cpu.idtBase : cpu.gdtBase;
  cpu.writeMem(a, 2, idt ? cpu.idtLimit : cpu.gdtLimit);
  const [lo, hi] = splitNum(base);
  cpu.writeMem(a + 2, 4, lo);
  if (cpu.mode64) cpu.writeMem(a + 6, 4, hi);
}
defGroup(MAP_0F, 0x01, { name: 'grp7' }, 0, (cpu, i) => storeTableReg(cpu, i, false));
defGroup(MAP_0F, 0x01, { name: 'grp7' }, 1, (cpu, i) => storeTableReg(cpu, i, true));
defGroup(MAP_0F, 0x01, { name: 'grp7' }, 2, (cpu, i) => {
  if (i.mod === 3) {
    if (i.rm === 0) {
      // xgetbv: CR4.OSXSAVE is clear in this CPU model
      throw new CpuFault(UD, 0, 'xgetbv (XSAVE is not supported)');
    }
    throw new CpuFault(UD, 0, `0f 01 /2 rm=${i.rm} is not supported`);
  }
  loadTableReg(cpu, i, false);
});
defGroup(MAP_0F, 0x01, { name: 'grp7' }, 3, (cpu, i) => loadTableReg(cpu, i, true));

defGroup(MAP_0F, 0x00, { name: 'grp6' }, 3, (cpu, i) => {
  // ltr: a 16-byte system descriptor in long mode
  requireCpl0(cpu, 'ltr');
  const sel = cpu.rmRead(i, 2);
  const saved = cpu.mem.user;
  cpu.mem.user = false;
  const off = cpu.gdtBase + (sel & 0xfff8);
  const lo = cpu.mem.read32(off);
  const hi = cpu.mem.read32(off + 4);
  const up = cpu.mem.read32(off + 8);
  cpu.mem.user = saved;
  const type = (hi >> 8) & 0xf;
  if (type !== 9) throw new CpuFault(GP, sel & 0xfffc, `ltr: descriptor type ${type} is not an available TSS`);
  const base32 = ((lo >>> 16) | ((hi & 0xff) << 16) | (hi & 0xff000000)) >>> 0;
  cpu.tr = sel;
  cpu.trBase = toNum(base32 | 0, up);
  // mark busy
  cpu.mem.user = false;
  cpu.mem.write32(off + 4, hi | 0x200);
  cpu.mem.user = saved;
});
defGroup(MAP_0F, 0x00, { name: 'grp6' }, 1, (cpu, i) => cpu.rmWrite(i, 2, cpu.tr));

// verr / verw: ZF = 1 when the selector names a segment readable (verr) or writable (verw)
// at the current privilege: a code or data descriptor in the GDT (no LDT here), data or
// non-conforming code with DPL ≥ max(CPL, RPL); readable = data or code with R, writable
// = data with W (SDM vol. 2 VERR/VERW). Only ZF changes; nothing faults but the operand.
function verify(cpu: CPU, sel: number, write: boolean): boolean {
  const idx = sel & 0xfff8;
  if ((sel & 0xfffc) === 0 || sel & 4 || idx + 7 > cpu.gdtLimit) return false;
  const { hi } = cpu.readDescriptor(sel);
  const type = (hi >> 8) & 0x1f;
  if (!(type & 0x10)) return false; // a system descriptor
  const code = (type & 8) !== 0;
  const conforming = code && (type & 4) !== 0;
  if (!conforming && ((hi >> 13) & 3) < Math.max(cpu.cpl, sel & 3)) return false;
  return write ? !code && (type & 2) !== 0 : !code || (type & 2) !== 0;
}
for (const [reg, write] of [[4, false], [5, true]] as const) {
  defGroup(MAP_0F, 0x00, { name: 'grp6' }, reg, (cpu, i) => {
    const ok = verify(cpu, cpu.rmRead(i, 2), write);
    cpu.flags.setArith((cpu.flags.arith & ~ZF) | (ok ? ZF : 0));
  });
}
// lldt and lmsw: privileged (#GP(0) at CPL > 0); the kernel uses neither, not modelled at CPL 0
defGroup(MAP_0F, 0x00, { name: 'grp6' }, 2, (cpu) => {
  requireCpl0(cpu, 'lldt');
  throw new CpuFault(UD, 0, 'lldt is not modelled');
});
defGroup(MAP_0F, 0x01, { name: 'grp7' }, 6, (cpu) => {
  requireCpl0(cpu, 'lmsw');
  throw new CpuFault(UD, 0, 'lmsw is not modelled');
});

// Control registers: CR0, CR2, CR3, CR4 and (64-bit mode) CR8 exist; any other number is
// #UD, which comes before the privilege check (#GP(0) at CPL > 0): SDM vol. 2 "MOV—Move
// to/from Control Registers", as the host CPU reports it.
function checkCr(cpu: CPU, i: Insn): void {
  const r = i.reg;
  if (!(r === 0 || r === 2 || r === 3 || r === 4 || (r === 8 && cpu.mode64))) throw new CpuFault(UD, 0, `CR${r} does not exist`);
}
defOp(MAP_0F, 0x20, {
  name: 'mov from cr',
  modrm: true,
  h: (cpu, i) => {
    checkCr(cpu, i);
    requireCpl0(cpu, 'mov from CR');
    const v = [cpu.cr0, 0, cpu.cr2, cpu.cr3, cpu.cr4][i.reg];
    if (v === undefined) throw new CpuFault(UD, 0, `CR${i.reg} is not modelled`);
    const [lo, hi] = splitNum(v);
    cpu.setReg(i.rm, 8, lo, hi);
  },
});
defOp(MAP_0F, 0x22, {
  name: 'mov to cr',
  modrm: true,
  h: (cpu, i) => {
    checkCr(cpu, i);
    requireCpl0(cpu, 'mov to CR');
    const v = cpu.reg64(i.rm);
    if (i.reg === 0) cpu.cr0 = v;
    else if (i.reg === 2) cpu.cr2 = v;
    else if (i.reg === 3) {
      cpu.cr3 = v;
      cpu.mem.flushTlb();
    } else if (i.reg === 4) cpu.cr4 = v;
    else throw new CpuFault(UD, 0, `CR${i.reg} is not modelled`);
  },
});
// Debug registers (0F 21 / 0F 23): DR8–DR15 (REX.R) do not exist (#UD, before the
// privilege check); DR0–DR7 are privileged (#GP(0) at CPL > 0, DR4/DR5 too), as the host
// reports. The kernel does not use them, so they are not modelled at CPL 0.
for (const [op, name] of [[0x21, 'mov from dr'], [0x23, 'mov to dr']] as const) {
  defOp(MAP_0F, op, {
    name,
    modrm: true,
    h: (cpu, i) => {
      if (i.reg > 7) throw new CpuFault(UD, 0, `DR${i.reg} does not exist`);
      requireCpl0(cpu, name);
      throw new CpuFault(UD, 0, `DR${i.reg} is not modelled`);
    },
  });
}
// clts, invd, wbinvd: privileged; clts clears CR0.TS, the caches are not modelled
defOp(MAP_0F, 0x06, {
  name: 'clts',
  h: (cpu) => {
    requireCpl0(cpu, 'clts');
    cpu.cr0 &= ~8;
  },
});
defOp(MAP_0F, 0x08, { name: 'invd', h: (cpu) => requireCpl0(cpu, 'invd') });
defOp(MAP_0F, 0x09, { name: 'wbinvd', h: (cpu) => requireCpl0(cpu, 'wbinvd') });

// ---- MSRs ----

export function readMsr(cpu: CPU, index: number): [number, number] {
  switch (index) {
    case MSR_EFER:
      return [cpu.efer, 0];
    case MSR_STAR:
      return [cpu.starLo, cpu.starHi];
    case MSR_LSTAR:
      return splitNum(cpu.lstar);
    case MSR_CSTAR:
      return splitNum(cpu.cstar);
    case MSR_SYSCALL_MASK:
      return [cpu.fmask, 0];
    case MSR_FS_BASE:
      return splitNum(cpu.fsBase);
    case MSR_GS_BASE:
      return splitNum(cpu.gsBase);
    case MSR_KERNEL_GS_BASE:
      return splitNum(cpu.kernelGsBase);
    case MSR_TSC_AUX:
      return [cpu.tscAux, 0];
    case MSR_IA32_SYSENTER_CS:
      return [cpu.sysenterCs, 0];
    case MSR_IA32_SYSENTER_ESP:
      return splitNum(cpu.sysenterEsp);
    case MSR_IA32_SYSENTER_EIP:
      return splitNum(cpu.sysenterEip);
    case MSR_IA32_TSC: {
      const t = cpu.rdtsc();
      return [Number(t & 0xffffffffn) | 0, Number((t >> 32n) & 0xffffffffn) | 0];
    }
    default:
      throw new CpuFault(GP, 0, `rdmsr of unknown MSR ${hex(index)}`);
  }
}

export function writeMsr(cpu: CPU, index: number, lo: number, hi: number): void {
  const addr = (): number => {
    if (!isCanonical(hi)) throw new CpuFault(GP, 0, `wrmsr ${hex(index)}: non-canonical address`);
    return toNum(lo, hi);
  };
  switch (index) {
    case MSR_EFER:
      // LME/LMA stay as they are: this CPU is always in long mode
      cpu.efer = (cpu.efer & ~1) | (lo & 1);
      return;
    case MSR_STAR:
      cpu.starLo = lo;
      cpu.starHi = hi;
      return;
    case MSR_LSTAR:
      cpu.lstar = addr();
      return;
    case MSR_CSTAR:
      cpu.cstar = addr();
      return;
    case MSR_SYSCALL_MASK:
      cpu.fmask = lo >>> 0;
      return;
    case MSR_FS_BASE:
      cpu.fsBase = addr();
      return;
    case MSR_GS_BASE:
      cpu.gsBase = addr();
      return;
    case MSR_KERNEL_GS_BASE:
      cpu.kernelGsBase = addr();
      return;
    case MSR_TSC_AUX:
      cpu.tscAux = lo >>> 0;
      return;
    case MSR_IA32_SYSENTER_CS:
      cpu.sysenterCs = lo & 0xffff;
      return;
    case MSR_IA32_SYSENTER_ESP:
      cpu.sysenterEsp = addr();
      return;
    case MSR_IA32_SYSENTER_EIP:
      cpu.sysenterEip = addr();
      return;
    default:
      throw new CpuFault(GP, 0, `wrmsr to unknown MSR ${hex(index)}`);
  }
}

defOp(MAP_0F, 0x32, {
  name: 'rdmsr',
  h: (cpu) => {
    requireCpl0(cpu, 'rdmsr');
    const idx = cpu.regs[RCX * 2] >>> 0;
    const [lo, hi] = readMsr(cpu, idx);
    cpu.setReg(RAX, 4, lo);
    cpu.setReg(RDX, 4, hi);
    cpu.observer?.msr?.(cpu, idx, false, lo, hi);
  },
});
defOp(MAP_0F, 0x30, {
  name: 'wrmsr',
  h: (cpu) => {
    requireCpl0(cpu, 'wrmsr');
    const idx = cpu.regs[RCX * 2] >>> 0;
    writeMsr(cpu, idx, cpu.regs[RAX * 2], cpu.regs[RDX * 2]);
    cpu.observer?.msr?.(cpu, idx, true, cpu.regs[RAX * 2], cpu.regs[RDX * 2]);
  },
});

// ---- time stamp counter ----

function rdtsc(cpu: CPU): void {
  if (cpu.cr4 & 4 && cpu.cpl !== 0) throw new CpuFault(GP, 0, 'rdtsc with CR4.TSD set');
  const t = cpu.rdtsc();
  cpu.setReg(RAX, 4, Number(t & 0xffffffffn) | 0);
  cpu.setReg(RDX, 4, Number((t >> 32n) & 0xffffffffn) | 0);
}
defOp(MAP_0F, 0x31, { name: 'rdtsc', h: (cpu) => rdtsc(cpu) });

// ---- cpuid ----

function str4(s: string, k: number): number {
  let v = 0;
  for (let j = 0; j < 4; j++) v |= (s.charCodeAt(k + j) || 0) << (8 * j);
  return v;
}

/**
 * The features this CPU model advertises: exactly what is implemented.
 * leaf 1 EDX: FPU TSC MSR CX8 SEP CMOV CLFSH MMX FXSR SSE SSE2; ECX: CX16 POPCNT.
 * leaf 0x80000001: LAHF, LZCNT (ABM); SYSCALL, NX, RDTSCP, LM.
 */
export function cpuidLeaf(cpu: CPU, leaf: number, sub: number): [number, number, number, number] {
  const intel = cpu.vendor === 'intel';
  const vendor = intel ? 'GenuineIntel' : 'AuthenticAMD';
  void sub;
  switch (leaf) {
    case 0:
      return [0xd, str4(vendor, 0), str4(vendor, 8), str4(vendor, 4)];
    case 1: {
      const eax = intel ? 0x000906ea : 0x00800f12; // family 6 model 0x9e / family 0x17
      const ebx = (1 << 16) | (8 << 8);
      const ecx = (1 << 13) | (1 << 23);
      const edx = (1 << 0) | (1 << 4) | (1 << 5) | (1 << 8) | (1 << 11) | (1 << 15) | (1 << 19) | (1 << 23) | (1 << 24) | (1 << 25) | (1 << 26);
      return [eax, ebx, ecx, edx];
    }
    case 0x80000000:
      return [0x80000008, intel ? 0 : str4(vendor, 0), intel ? 0 : str4(vendor, 8), intel ? 0 : str4(vendor, 4)];
    case 0x80000001:
      // ECX: LahfSahf, ABM (lzcnt), and on AMD MisAlignSse (MXCSR.MM, see sse-common.ts)
      return [0, 0, (1 << 0) | (1 << 5) | (intel ? 0 : 1 << 7), (1 << 11) | (1 << 20) | (1 << 27) | (1 << 29)];
    case 0x80000002:
    case 0x80000003:
    case 0x80000004: {
      const brand = (intel ? 'sysgate virtual Intel x86-64 CPU' : 'sysgate virtual AMD x86-64 CPU').padEnd(48, '\0');
      const k = (leaf - 0x80000002) * 16;
      return [str4(brand, k), str4(brand, k + 4), str4(brand, k + 8), str4(brand, k + 12)];
    }
    case 0x80000008:
      return [0x3030, 0, 0, 0];
    default:
      return [0, 0, 0, 0];
  }
}

defOp(MAP_0F, 0xa2, {
  name: 'cpuid',
  h: (cpu) => {
    const [a, b, c, d] = cpuidLeaf(cpu, cpu.regs[RAX * 2] >>> 0, cpu.regs[RCX * 2] >>> 0);
    cpu.setReg(RAX, 4, a);
    cpu.setReg(RBX, 4, b);
    cpu.setReg(RCX, 4, c);
    cpu.setReg(RDX, 4, d);
  },
});

// ---- misc privileged and trapping instructions ----

defOp(MAP_1, 0xf4, {
  name: 'hlt',
  h: (cpu) => {
    requireCpl0(cpu, 'hlt');
    cpu.halted = true;
    cpu.stopRequested = true;
  },
});
defOp(MAP_1, 0xfa, {
  name: 'cli',
  h: (cpu) => {
    if (cpu.cpl > ((cpu.flagsRest & IOPL) >> 12)) throw new CpuFault(GP, 0, 'cli at CPL 3');
    cpu.flagsRest &= ~IF;
  },
});
defOp(MAP_1, 0xfb, {
  name: 'sti',
  h: (cpu) => {
    if (cpu.cpl > ((cpu.flagsRest & IOPL) >> 12)) throw new CpuFault(GP, 0, 'sti at CPL 3');
    cpu.flagsRest |= IF;
  },
});
defOp(MAP_0F, 0x0b, {
  name: 'ud2',
  h: (cpu, i) => {
    throw new CpuFault(UD, 0, `ud2 at ${hex(i.addr)}`);
  },
});
for (const [op, name] of [
  [0xe4, 'in'], [0xe5, 'in'], [0xe6, 'out'], [0xe7, 'out'], [0xec, 'in'], [0xed, 'in'], [0xee, 'out'], [0xef, 'out'],
  [0x6c, 'ins'], [0x6d, 'ins'], [0x6e, 'outs'], [0x6f, 'outs'],
] as const) {
  defOp(MAP_1, op, {
    name,
    imm: op >= 0xe4 && op <= 0xe7 ? 7 : 0,
    h: () => {
      throw new CpuFault(GP, 0, `${name}: I/O port access (no I/O permission)`);
    },
  });
}
