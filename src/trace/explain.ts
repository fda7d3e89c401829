// The path explainer: every step of each system call's way into the kernel and back —
// the entry instruction and what the hardware did (MSRs, CPL, stacks), each kernel
// instruction of the entry stub (disassembled, with the pt_regs slot each push fills),
// the pt_regs frame as built, the sys_call_table slot and routine, the result, and the
// return instruction.

import type { Machine } from '../api/machine.js';
import type { CPU } from '../cpu/cpu.js';
import { RCX, R11, RSP, RAX } from '../cpu/cpu.js';
import type { Insn } from '../cpu/decode.js';
import { PT_REGS_FIELDS, PT_REGS_SIZE, PtRegs } from '../kernel/ptregs.js';
import { PERCPU_BASE, PCPU_TOP_OF_STACK } from '../kernel/layout.js';
import { NR_syscalls, IA32_NR_syscalls } from '../kernel/generated/syscall_tables.js';
import type { KernelEvent, SyscallEnterEvent } from '../kernel/events.js';
import { disassemble } from './disasm.js';
import { ERRNO_TABLE } from '../vfs/errno.js';

export function hx(v: number | bigint): string {
  const b = typeof v === 'bigint' ? BigInt.asUintN(64, v) : BigInt.asUintN(64, BigInt(v));
  return '0x' + b.toString(16);
}

/** Nearest kernel symbol at or below addr, as "name+off". */
function symbolize(syms: Array<[number, string]>, addr: number): string {
  let best: [number, string] | null = null;
  for (const s of syms) if (s[0] <= addr && (!best || s[0] > best[0])) best = s;
  if (!best || addr - best[0] > 0x1000) return '';
  return addr === best[0] ? `<${best[1]}>` : `<${best[1]}+${hx(addr - best[0])}>`;
}

interface State {
  active: boolean;
  count: number;
  frameBase: number;
  enter: SyscallEnterEvent | null;
}

const FLAG_NAMES: Array<[number, string]> = [
  [0x1, 'CF'], [0x4, 'PF'], [0x10, 'AF'], [0x40, 'ZF'], [0x80, 'SF'], [0x100, 'TF'], [0x200, 'IF'], [0x400, 'DF'], [0x800, 'OF'],
  [0x3000, 'IOPL'], [0x4000, 'NT'], [0x10000, 'RF'], [0x40000, 'AC'], [0x200000, 'ID'],
];

export function flagNames(v: number): string {
  const n = FLAG_NAMES.filter(([b]) => v & b).map(([, s]) => s);
  return n.length ? n.join(' ') : '-';
}

export function attachExplainer(m: Machine, out: (s: string) => void): void {
  const k = m.kernel;
  const cpu = k.cpu;
  const syms = [...k.symbols.entries()].map(([n, a]) => [a, n] as [number, string]).sort((x, y) => x[0] - y[0]);
  for (const [a, n] of cpu.nativeNames) syms.push([a, n]);
  const st: State = { active: false, count: 0, frameBase: 0, enter: null };
  const line = (s: string) => out(s + '\n');
  const read64 = (addr: number): number => {
    const saved = k.as.user;
    k.as.user = false;
    try {
      const lo = k.as.read64(addr);
      return k.as.hi * 4294967296 + (lo >>> 0);
    } finally {
      k.as.user = saved;
    }
  };

  const insnText = (c: CPU, i: Insn): string => {
    try {
      const saved = k.as.user;
      k.as.user = false;
      const bytes = k.as.readBytes(i.addr, Math.max(1, i.len), false);
      k.as.user = saved;
      return disassemble(bytes, i.addr, c.mode64 ? 64 : 32).text;
    } catch {
      return i.name;
    }
  };

  const hardwareEffects = (c: CPU, i: Insn): string[] => {
    const nextIp = i.addr + i.len;
    const name = i.name;
    if (name === 'syscall') {
      const kcs = c.starHi & 0xffff;
      const target = c.mode64 ? c.lstar : c.cstar;
      return [
        `hardware (SYSCALL): RCX ← ${hx(nextIp)} (return address), R11 ← ${hx(c.getRflags())} (RFLAGS: ${flagNames(c.getRflags())})`,
        `  CS ← ${hx(kcs & 0xfffc)} and SS ← ${hx(kcs + 8)} from MSR_STAR[47:32]; RIP ← ${c.mode64 ? 'MSR_LSTAR' : 'MSR_CSTAR'} = ${hx(target)} ${symbolize(syms, target)}`,
        `  RFLAGS &= ~MSR_SYSCALL_MASK (${hx(c.fmask)}) → ${hx(c.getRflags() & ~c.fmask & ~0x10000)}; CPL 3 → 0; no stack switch, nothing pushed`,
      ];
    }
    if (name === 'int') {
      const tss = c.readTss64(4);
      return [
        `hardware (INT ${hx(i.imm)}): IDT gate ${i.imm} (DPL checked against CPL 3), RSP ← TSS.RSP0 = ${hx(tss)}`,
        `  pushes SS=${hx(c.sel[2])}, RSP=${hx(c.mode64 ? c.reg64(RSP) : c.regs[8] >>> 0)}, RFLAGS=${hx(c.getRflags())}, CS=${hx(c.sel[1])}, RIP=${hx(nextIp)}; CPL 3 → 0`,
      ];
    }
    if (name === 'sysenter') {
      return [
        `hardware (SYSENTER): CS ← IA32_SYSENTER_CS = ${hx(c.sysenterCs)}, SS ← CS+8, RSP ← IA32_SYSENTER_ESP = ${hx(c.sysenterEsp)}, RIP ← IA32_SYSENTER_EIP = ${hx(c.sysenterEip)} ${symbolize(syms, c.sysenterEip)}`,
        `  IF, VM, RF cleared; CPL 3 → 0; nothing saved (the vDSO kept the return path)`,
      ];
    }
    return [];
  };

  const exitEffects = (c: CPU, i: Insn): string[] => {
    const n = i.name;
    if (n === 'sysret') {
      const base = (c.starHi >>> 16) & 0xffff;
      return [
        `hardware (SYSRET${i.w ? 'Q' : 'L'}): RIP ← RCX = ${hx(c.mode64 ? c.reg64(RCX) : c.regs[2] >>> 0)}, RFLAGS ← R11 = ${hx(c.regs[R11 * 2] >>> 0)} (${flagNames(c.regs[R11 * 2])})`,
        `  CS ← ${hx((i.w ? base + 16 : base) | 3)}, SS ← ${hx((base + 8) | 3)} from MSR_STAR[63:48]; CPL 0 → 3; RSP already holds the user stack`,
      ];
    }
    if (n === 'iret') {
      const sp = c.reg64(RSP);
      return [
        `hardware (IRETQ): pops RIP=${hx(read64(sp))}, CS=${hx(read64(sp + 8))}, RFLAGS=${hx(read64(sp + 16))}, RSP=${hx(read64(sp + 24))}, SS=${hx(read64(sp + 32))}; CPL 0 → ${read64(sp + 8) & 3}`,
      ];
    }
    if (n === 'sysexit') {
      return [`hardware (SYSEXIT): RIP ← EDX = ${hx(c.regs[4] >>> 0)}, RSP ← ECX = ${hx(c.regs[2] >>> 0)}, CS ← SYSENTER_CS+16|3, SS ← SYSENTER_CS+24|3; CPL 0 → 3`];
    }
    return [];
  };

  cpu.observeSteps = true;
  cpu.observer = {
    step(c: CPU, i: Insn): void {
      if (c.cpl === 3) {
        if (st.active) {
          st.active = false;
        }
        const isEntry = i.name === 'syscall' || i.name === 'sysenter' || (i.name === 'int' && i.imm === 0x80);
        if (!isEntry) return;
        st.active = true;
        st.count++;
        st.enter = null;
        st.frameBase = read64(PERCPU_BASE + PCPU_TOP_OF_STACK) - PT_REGS_SIZE;
        const nr = c.regs[RAX * 2];
        line('');
        line(`━━━ system call #${st.count}: eax=${nr} via ${i.name === 'int' ? 'int $0x80' : i.name} (${c.mode64 ? '64-bit' : '32-bit'} code) ━━━`);
        line(`  user    ${hx(i.addr).padEnd(20)} ${insnText(c, i)}`);
        for (const s of hardwareEffects(c, i)) line(`          ${s}`);
        return;
      }
      if (!st.active) return;
      const text = i.name.startsWith('native') ? `[native call into TypeScript: ${i.name.slice(7)}]` : insnText(c, i);
      let note = '';
      if (i.name === 'push' || text.startsWith('push')) {
        const slot = c.reg64(RSP) - 8 - st.frameBase;
        if (slot >= 0 && slot < PT_REGS_SIZE && slot % 8 === 0) note = `→ pt_regs->${PT_REGS_FIELDS[slot / 8]}`;
      } else if (i.name === 'swapgs') note = `GS base ↔ MSR_KERNEL_GS_BASE (now ${hx(c.kernelGsBase)})`;
      const sym = symbolize(syms, i.addr);
      line(`  kernel  ${hx(i.addr)} ${sym.padEnd(36)} ${text}${note ? '   ' + note : ''}`);
      for (const s of exitEffects(c, i)) line(`          ${s}`);
    },
  };

  m.on((e: KernelEvent) => {
    if (e.type === 'syscall-enter') {
      if (!st.active) return;
      st.enter = e;
      const tbl = e.abi === 'x64' ? 'sys_call_table' : 'ia32_sys_call_table';
      const nrMax = e.abi === 'x64' ? NR_syscalls : IA32_NR_syscalls;
      line(`          ${e.abi === 'x64' ? 'do_syscall_64' : e.path === 'int80' ? 'do_int80_syscall_32' : e.path === 'sysenter' ? 'do_SYSENTER_32' : 'do_fast_syscall_32'}(regs=${hx(e.regsAddr)}, nr=${e.nr})`);
      const regs = new PtRegs(k.as, e.regsAddr);
      const snap = regs.snapshot();
      line(`          struct pt_regs at ${hx(e.regsAddr)} (as pushed by the entry code):`);
      const cols = PT_REGS_FIELDS.map((f) => `${f.padStart(7)}=${hx(snap[f]).padEnd(18)}`);
      for (let r = 0; r < cols.length; r += 3) line(`            ${cols.slice(r, r + 3).join(' ')}`);
      if (e.abi === 'ia32') {
        // The same frame seen as the i386 struct pt_regs (what a 32-bit kernel would build).
        const seg = (n: number) => hx(cpu.sel[n]);
        const v = (f: (typeof PT_REGS_FIELDS)[number]) => hx(snap[f] & 0xffffffffn);
        const i386 = [
          ['bx', v('bx')], ['cx', v('cx')], ['dx', v('dx')], ['si', v('si')], ['di', v('di')], ['bp', v('bp')],
          ['ax', v('ax')], ['ds', seg(3)], ['es', seg(0)], ['fs', seg(4)], ['gs', seg(5)], ['orig_ax', v('orig_ax')],
          ['ip', v('ip')], ['cs', v('cs')], ['flags', v('flags')], ['sp', v('sp')], ['ss', v('ss')],
        ].map(([n, x]) => `${n.padStart(7)}=${x.padEnd(12)}`);
        line(`          the i386 view (struct pt_regs of a 32-bit kernel; a 64-bit kernel keeps the frame above):`);
        for (let r = 0; r < i386.length; r += 4) line(`            ${i386.slice(r, r + 4).join(' ')}`);
      }
      if (e.slotAddr !== null) {
        line(`          ${e.nr >>> 0} < ${e.abi === 'x64' ? 'NR_syscalls' : 'IA32_NR_syscalls'} (${nrMax}) → ${tbl}[${e.nr}] at ${hx(e.slotAddr)} = ${hx(e.routineAddr ?? 0)} <${e.routine}>${e.name ? ` (${e.name})` : ''}`);
      } else {
        line(`          nr ${e.nr} is outside ${tbl} (unsigned compare with ${nrMax}) → ${e.routine} → -ENOSYS`);
      }
      const argRegs = e.abi === 'x64' ? 'rdi rsi rdx r10 r8 r9' : 'ebx ecx edx esi edi ebp';
      line(`          arguments from pt_regs (${argRegs}): ${e.args.map((x) => hx(x)).join(', ')}`);
    } else if (e.type === 'syscall-exit') {
      if (!st.active) return;
      const r = e.ret;
      const err = r < 0n && r >= -4095n ? ERRNO_TABLE.find((x) => x.num === Number(-r)) : undefined;
      line(`          ${e.enter.routine} returned ${r}${err ? ` (-${err.name}: ${err.message})` : ''} → pt_regs->ax`);
      if (e.enter.path === 'int80') line(`          exit to user: int $0x80 always returns through IRET (swapgs_restore_regs_and_return_to_usermode)`);
      else line(`          exit to user: ${e.fastReturn ? 'RCX == RIP, R11 == RFLAGS, CS/SS match MSR_STAR, RIP canonical → SYSRET/SYSEXIT allowed' : 'the fast return is not possible here → IRET'}`);
    } else if (e.type === 'fault' && !e.resolved) {
      line(`--- fault: vector ${e.vector} at ${hx(e.ip)} ${e.detail}`);
    } else if (e.type === 'exit') {
      line('');
      line(`+++ ${e.signal ? `killed by signal ${e.signal}` : `exited with ${e.code}`} +++`);
    }
  });
  void RSP;
}
