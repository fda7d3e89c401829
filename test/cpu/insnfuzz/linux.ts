// What Linux (6.1, arch/x86/kernel/traps.c and arch/x86/mm/fault.c) makes of an
// exception raised in user mode: the signal, si_code and si_addr a tracer sees. The
// emulated side of the fuzzer raises exceptions on a bare CPU; this turns them into the
// observable result of the native run. (sysgate's own kernel does the same in
// src/kernel/traps.ts; this file is the reference it is checked against.)

import { hasErrorCode } from '../../../src/cpu/exceptions.js';

export const SIGTRAP = 5, SIGBUS = 7, SIGFPE = 8, SIGSEGV = 11, SIGILL = 4;
export const SI_KERNEL = 0x80;
export const SEGV_MAPERR = 1, SEGV_ACCERR = 2;
export const ILL_ILLOPN = 2;
export const BUS_ADRALN = 1;
export const FPE_INTDIV = 1, FPE_FLTDIV = 3, FPE_FLTOVF = 4, FPE_FLTUND = 5, FPE_FLTRES = 6, FPE_FLTINV = 7;

export interface Delivered {
  sig: number;
  code: number;
  addr: bigint;
}

/** fpu__exception_code() (arch/x86/kernel/fpu/core.c): the si_code of #MF/#XM; 0 when spurious. */
export function fpuExceptionCode(err: number): number {
  if (err & 0x001) return FPE_FLTINV;
  if (err & 0x004) return FPE_FLTDIV;
  if (err & 0x008) return FPE_FLTOVF;
  if (err & 0x012) return FPE_FLTUND;
  if (err & 0x020) return FPE_FLTRES;
  return 0;
}

export interface FaultInfo {
  vector: number;
  /** The instruction pointer in the exception frame. */
  ip: bigint;
  cr2: bigint;
  /** True when the address is inside one of the process's mappings (a VMA exists). */
  mapped: boolean;
  /** x87 status & ~control, and the MXCSR, at the exception. */
  x87err: number;
  mxcsr: number;
}

/**
 * The signal for a user-mode exception, or null for one Linux retries forever (a #MF
 * with no unmasked exception pending: "Retry when we get spurious exceptions").
 */
export function linuxSignal(f: FaultInfo): Delivered | null {
  const kernel = (sig: number): Delivered => ({ sig, code: SI_KERNEL, addr: 0n }); // force_sig()
  switch (f.vector) {
    case 0: // exc_divide_error
      return { sig: SIGFPE, code: FPE_INTDIV, addr: f.ip };
    case 3: // do_int3_user: do_trap(..., SIGTRAP, ..., 0, NULL)
      return kernel(SIGTRAP);
    case 4: // exc_overflow
    case 5: // exc_bounds
    case 10: // exc_invalid_tss
    case 13: // exc_general_protection → gp_user_force_sig_segv
      return kernel(SIGSEGV);
    case 6: // exc_invalid_op
      return { sig: SIGILL, code: ILL_ILLOPN, addr: f.ip };
    case 11: // exc_segment_not_present
    case 12: // exc_stack_segment
      return kernel(SIGBUS);
    case 14: // do_user_addr_fault: bad_area (no VMA) or bad_area_access_error
      return { sig: SIGSEGV, code: f.mapped ? SEGV_ACCERR : SEGV_MAPERR, addr: f.cr2 };
    case 16: // math_error(X86_TRAP_MF)
    case 19: {
      const code = fpuExceptionCode(f.vector === 16 ? f.x87err : f.mxcsr & ~(f.mxcsr >> 7));
      return code ? { sig: SIGFPE, code, addr: f.ip } : null;
    }
    case 17: // exc_alignment_check: do_trap(..., BUS_ADRALN, NULL)
      return { sig: SIGBUS, code: BUS_ADRALN, addr: 0n };
    default:
      return kernel(SIGSEGV);
  }
}

/** Whether the exception frame of `vector` carries an error code (the frame layout). */
export const frameHasErrorCode = (vector: number, soft: boolean) => !soft && hasErrorCode(vector);
