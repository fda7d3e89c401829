// Architectural exceptions (Intel SDM vol. 3, ch. 6). Instruction handlers throw
// CpuFault; the CPU's run loop delivers it through the IDT.

export const DE = 0;
export const DB = 1;
export const BP = 3;
export const OFV = 4;
export const BR = 5;
export const UD = 6;
export const NM = 7;
export const DF = 8;
export const TS = 10;
export const NP = 11;
export const SS = 12;
export const GP = 13;
export const PF = 14;
export const MF = 16;
export const AC = 17;
export const XM = 19;

export const VECTOR_NAMES: Record<number, string> = {
  0: '#DE divide error',
  1: '#DB debug',
  3: '#BP breakpoint',
  4: '#OF overflow',
  5: '#BR bound range',
  6: '#UD invalid opcode',
  7: '#NM device not available',
  8: '#DF double fault',
  10: '#TS invalid TSS',
  11: '#NP segment not present',
  12: '#SS stack fault',
  13: '#GP general protection',
  14: '#PF page fault',
  16: '#MF x87 error',
  17: '#AC alignment check',
  19: '#XM SIMD exception',
};

/** Exceptions that push an error code. */
export function hasErrorCode(v: number): boolean {
  return v === DF || v === TS || v === NP || v === SS || v === GP || v === PF || v === AC;
}

export class CpuFault {
  constructor(
    readonly vector: number,
    readonly errorCode = 0,
    /** Human-readable cause, shown by diagnostics (never by the architecture). */
    readonly detail = '',
  ) {}
}

/** #UD with a diagnostic. */
export function undefinedOpcode(detail: string): CpuFault {
  return new CpuFault(UD, 0, detail);
}

export function gpFault(code = 0, detail = ''): CpuFault {
  return new CpuFault(GP, code, detail);
}
