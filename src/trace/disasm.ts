// Disassembly for the explainer and diagnostics, by iced-x86 (AT&T syntax, as gdb and
// objdump show it by default on Linux).

import iced from 'iced-x86';

let formatter: iced.Formatter | null = null;

/** Formats the instruction in `bytes` at `ip` (64- or 32-bit mode). */
export function disassemble(bytes: Uint8Array, ip: number, bitness: 64 | 32 = 64): { text: string; length: number } {
  formatter ??= new iced.Formatter(iced.FormatterSyntax.Gas);
  const d = new iced.Decoder(bitness, bytes, iced.DecoderOptions.None);
  d.ip = BigInt.asUintN(64, BigInt(ip));
  const ins = d.decode();
  try {
    if (ins.code === iced.Code.INVALID) return { text: '(bad)', length: 1 };
    return { text: formatter.format(ins), length: ins.length };
  } finally {
    ins.free();
    d.free();
  }
}
