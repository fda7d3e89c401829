// Exception handlers (Linux: arch/x86/kernel/traps.c, arch/x86/mm/fault.c), called by
// the asm_exc_* stubs with the pt_regs frame and the vector. A user-mode fault either
// is resolved (demand paging) or becomes a signal; a kernel-mode fault is an oops.

import { RDI, RSI, type CPU } from '../cpu/cpu.js';
import { VECTOR_NAMES } from '../cpu/exceptions.js';
import { hex } from '../cpu/decode.js';
import { PtRegs } from './ptregs.js';
import { SIGSEGV, SIGILL, SIGFPE, SIGTRAP, SIGBUS, SIGKILL, SIGNAL_NAMES } from './signals.js';
import type { Kernel } from './kernel.js';

export function installTrapNatives(k: Kernel): void {
  const a = k.symbols.get('exc_handler');
  if (a === undefined) throw new Error('kernel image lacks exc_handler');
  k.cpu.registerNative(a, 'exc_handler', (cpu: CPU) => {
    const regs = new PtRegs(k.as, cpu.reg64(RDI));
    const vector = cpu.regs[RSI * 2];
    const errorCode = Number(regs.getBig('orig_ax') & 0xffffffffn);
    const ip = regs.getNum('ip');
    const fromUser = (Number(regs.getBig('cs')) & 3) === 3;
    const detail = cpu.lastFault?.detail ?? '';
    cpu.lastFault = null;
    if (!fromUser) {
      k.oops(`kernel-mode ${VECTOR_NAMES[vector] ?? 'exception ' + vector} at ${hex(ip)}${detail ? ': ' + detail : ''}`);
      return;
    }
    const task = k.current;
    if (vector === 14) {
      const addr = cpu.cr2;
      // a call into the legacy vsyscall page (src/kernel/vsyscall.ts)
      if (k.emulateVsyscall(regs, ip, errorCode, addr)) return;
      if (task.mm.handleFault(addr, errorCode)) {
        k.emit({ type: 'fault', task, vector, errorCode, addr, ip, resolved: true, detail: 'demand paging' });
        return;
      }
      if (task.mm.outOfMemory) {
        // the OOM killer: guest physical memory (the machine's limit) is exhausted
        k.forceSignal(SIGKILL, 'SI_KERNEL', addr, `out of memory: the guest memory limit (${Math.round((k.phys.maxFrames * 4096) / 1048576)} MiB) is exhausted (page fault at ${hex(addr)})`);
        return;
      }
      k.emit({ type: 'fault', task, vector, errorCode, addr, ip, resolved: false, detail });
      if (task.mm.lastFaultSigbus) {
        // a file page past the end of the file, or a special mapping's missing page (VM_FAULT_SIGBUS)
        k.forceSignal(SIGBUS, 'BUS_ADRERR', addr, `bus error at ${hex(addr)}: no page behind it (past the end of the mapped file)`);
        return;
      }
      const mapped = task.mm.find(addr) !== undefined;
      k.forceSignal(SIGSEGV, mapped ? 'SEGV_ACCERR' : 'SEGV_MAPERR', addr, `page fault at ${hex(addr)} (ip ${hex(ip)}, ${errorCode & 2 ? 'write' : errorCode & 16 ? 'instruction fetch' : 'read'})`);
      return;
    }
    if (vector === 13 && k.emulateVsyscall(regs, ip)) return;
    k.emit({ type: 'fault', task, vector, errorCode, addr: 0, ip, resolved: false, detail });
    switch (vector) {
      case 0:
        k.forceSignal(SIGFPE, 'FPE_INTDIV', ip, `divide error at ${hex(ip)}`);
        return;
      case 16:
      case 19: {
        // fpu__exception_code(): the unmasked exception bits pick the si_code
        const err = vector === 16 ? cpu.fpu.status & ~cpu.fpu.cw & 0x3f : cpu.mxcsr & ~(cpu.mxcsr >> 7) & 0x3f;
        const code = err & 0x01 ? 'FPE_FLTINV' : err & 0x04 ? 'FPE_FLTDIV' : err & 0x08 ? 'FPE_FLTOVF' : err & 0x12 ? 'FPE_FLTUND' : err & 0x20 ? 'FPE_FLTRES' : 'FPE_FLTINV';
        k.forceSignal(SIGFPE, code, ip, `${vector === 16 ? 'x87' : 'SIMD'} floating-point exception (${code}) at ${hex(ip)}`);
        return;
      }
      case 1:
        // exc_debug_user(): get_si_code(dr6) — no DR6 bits (int1/icebp) is TRAP_BRKPT
        k.forceSignal(SIGTRAP, 'TRAP_BRKPT', ip, `debug trap at ${hex(ip)}`);
        return;
      case 3:
        // do_int3_user(): do_trap(X86_TRAP_BP, SIGTRAP, ...) with no si_code: SI_KERNEL
        k.forceSignal(SIGTRAP, 'SI_KERNEL', 0, `breakpoint (int3) at ${hex(ip)}`);
        return;
      case 11:
      case 12:
        // DEFINE_IDTENTRY_ERRORCODE(exc_segment_not_present / exc_stack_segment): SIGBUS, SI_KERNEL
        k.forceSignal(SIGBUS, 'SI_KERNEL', 0, `${VECTOR_NAMES[vector]} at ${hex(ip)}${detail ? ': ' + detail : ''}`);
        return;
      case 6:
      case 7: {
        const bytes = k.peekUser(ip, 8);
        k.forceSignal(SIGILL, 'ILL_ILLOPN', ip, `${detail || 'invalid opcode'} (bytes ${bytes})`);
        return;
      }
      case 17:
        k.forceSignal(SIGBUS, 'BUS_ADRALN', 0, `alignment check at ${hex(ip)}`);
        return;
      default:
        k.forceSignal(SIGSEGV, 'SI_KERNEL', 0, `${VECTOR_NAMES[vector] ?? 'exception ' + vector} at ${hex(ip)}${detail ? ': ' + detail : ''}`);
    }
  });
  void SIGNAL_NAMES;
}
