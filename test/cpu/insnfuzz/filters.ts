// What the fuzzer must not compare, each with its reason, decided per executed
// instruction by an independent decoder (iced-x86): instructions whose result is not
// the CPU's to decide (the kernel's, the host model's, time), flags the SDM leaves
// undefined, and what ptrace's single-stepping changes.

import iced from 'iced-x86';

/** Executed instructions that make a case incomparable: mnemonic → reason. */
export const SKIPPED_INSTRUCTIONS: Record<string, string> = {
  Syscall: 'a system call: the kernel runs it (stopped before it natively, by PTRACE_SYSEMU)',
  Sysenter: 'a system call: the kernel runs it',
  Cpuid: "the emulated model's CPUID values are not the host's",
  Rdtsc: 'reads the time-stamp counter',
  Rdtscp: 'reads the time-stamp counter and the CPU number',
  Rdpmc: 'reads a performance counter',
  Rdpru: 'reads a processor register (MPERF/APERF)',
  Rdrand: 'random numbers',
  Rdseed: 'random numbers',
  Rdpid: 'reads the CPU number',
  Lar: 'GDT_ENTRY_CPUNODE (0x7b) holds the host CPU number in its limit',
  Lsl: 'GDT_ENTRY_CPUNODE (0x7b) holds the host CPU number in its limit',
  Xgetbv: "XCR0 is the host's (AVX-512 state enabled)",
  Xsave: "the saved components follow the host's XCR0",
  Xsave64: "the saved components follow the host's XCR0",
  Xsaveopt: "the saved components follow the host's XCR0",
  Xsaveopt64: "the saved components follow the host's XCR0",
  Xsavec: "the saved components follow the host's XCR0",
  Xsavec64: "the saved components follow the host's XCR0",
  Xrstor: "the restored components follow the host's XCR0",
  Xrstor64: "the restored components follow the host's XCR0",
  Sgdt: 'UMIP: Linux emulates it for 32-bit programs with dummy values (arch/x86/kernel/umip.c)',
  Sidt: 'UMIP: Linux emulates it for 32-bit programs with dummy values',
  Sldt: 'UMIP: Linux emulates it for 32-bit programs with dummy values',
  Str: 'UMIP: Linux emulates it for 32-bit programs with dummy values',
  Smsw: 'UMIP: Linux emulates it for 32-bit programs with dummy values',
  Int1: "#DB: the kernel's debug-exception handling depends on DR6 and the tracer",
  Monitorx: 'AMD user-mode monitor/wait: timing',
  Vmcall: 'a hypercall: the host runs in a virtual machine, whose hypervisor answers it',
  Vmmcall: 'a hypercall: the host runs in a virtual machine, whose hypervisor answers it',
  Vmgexit: 'a hypercall: the host runs in a virtual machine, whose hypervisor answers it',
  Mwaitx: 'AMD user-mode monitor/wait: timing',
};

// iced's RflagsBits → the RFLAGS bits
const RFLAGS_BITS: [number, number][] = [
  [iced.RflagsBits.OF, 0x800],
  [iced.RflagsBits.SF, 0x80],
  [iced.RflagsBits.ZF, 0x40],
  [iced.RflagsBits.AF, 0x10],
  [iced.RflagsBits.CF, 0x1],
  [iced.RflagsBits.PF, 0x4],
];

function toRflags(bits: number): number {
  let v = 0;
  for (const [b, f] of RFLAGS_BITS) if (bits & b) v |= f;
  return v;
}

export interface InsnInfo {
  /** iced's mnemonic name ("Add", "Cpuid", …) and the AT&T text. */
  mnemonic: string;
  text: string;
  /** iced's opcode description ("0F A2", "VEX.128.0F.WIG 58 /r"): how unimplemented ones are counted. */
  opcode: string;
  length: number;
  /** RFLAGS bits the instruction leaves undefined (SDM, per iced's tables). */
  undefinedFlags: number;
  /** A REP-prefixed string instruction (one single-step per iteration natively). */
  repString: boolean;
  /** mov/pop to SS: the single-step trap is inhibited for one instruction (SDM vol. 3 §6.8.3). */
  loadsSs: boolean;
  /** Why a case that executes it cannot be compared, if so. */
  skip: string | null;
}

let formatter: iced.Formatter | null = null;
const cache = new Map<string, InsnInfo>();

/** Decodes the instruction in `bytes` (at most 15 of them matter) at `ip`. */
export function insnInfo(bytes: Uint8Array, ip: number, mode64: boolean): InsnInfo {
  const key = `${mode64 ? 1 : 0}${ip}:${Array.from(bytes.subarray(0, 15)).join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  formatter ??= new iced.Formatter(iced.FormatterSyntax.Gas);
  const d = new iced.Decoder(mode64 ? 64 : 32, bytes, iced.DecoderOptions.None);
  d.ip = BigInt(ip);
  const ins = d.decode();
  try {
    const mnemonic = iced.Mnemonic[ins.mnemonic] ?? '?';
    let skip = SKIPPED_INSTRUCTIONS[mnemonic] ?? null;
    if (mnemonic === 'Int' && ins.immediate8 === 0x80) skip = 'int $0x80: a system call';
    const loadsSs = (mnemonic === 'Mov' || mnemonic === 'Pop') && ins.opCount > 0 && ins.op0Kind === iced.OpKind.Register && ins.op0Register === iced.Register.SS;
    const op = ins.opCode;
    const opcode = ins.code === iced.Code.INVALID ? '(invalid)' : op.opCodeString;
    op.free();
    const info: InsnInfo = {
      mnemonic,
      text: ins.code === iced.Code.INVALID ? '(bad)' : formatter.format(ins),
      opcode,
      length: ins.length,
      undefinedFlags: toRflags(ins.rflagsUndefined),
      repString: ins.isStringInstruction && (ins.hasRepPrefix || ins.hasRepePrefix || ins.hasRepnePrefix),
      loadsSs,
      skip,
    };
    if (cache.size > 100000) cache.clear();
    cache.set(key, info);
    return info;
  } finally {
    ins.free();
    d.free();
  }
}
