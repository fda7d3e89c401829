// The final state of one run, native or emulated, in one shape: what runstream.c prints
// (see print_result there), parsed; emu.ts builds the same from sysgate's CPU.

export type Status = 'end' | 'limit' | 'signal' | 'syscall' | 'timeout' | 'toolong' | 'died' | 'fatal';

export interface Step {
  /** Address of the instruction. */
  ip: number;
  /** RFLAGS after it. */
  flags: number;
}

export interface RunState {
  status: Status;
  /** Counted instructions (a REP string instruction counts once). */
  steps: number;
  sig: number;
  code: number;
  addr: bigint;
  rip: bigint;
  /** General registers in encoding order (16, or 8 in 32-bit mode). */
  regs: bigint[];
  flags: number;
  /** cs ss ds es fs gs, and in 64-bit mode the FS and GS bases. */
  seg: bigint[];
  fcw: number;
  fsw: number;
  /** The abridged (FXSAVE) tag byte. */
  ftw: number;
  mxcsr: number;
  /** ST(0)–ST(7) as 20 hex digits: sign+exponent, then the significand. */
  st: string[];
  /** XMM registers as 32 hex digits (most significant first). */
  xmm: string[];
  /** FNV-1a hashes of the code page, the data area and the stack area. */
  mem: number[];
  /** Changed 8-byte words per area ("offset=value;..."), at most 8 each: for reports only. */
  memDiff: string[];
  trace: Step[];
}

const num = (s: string) => parseInt(s, 16);
const big = (s: string) => BigInt('0x' + s);

/** Parses one result line of `runstream run`. */
export function parseResult(line: string): RunState {
  const f = new Map<string, string>();
  for (const kv of line.trim().split(' ')) {
    const eq = kv.indexOf('=');
    f.set(kv.slice(0, eq), kv.slice(eq + 1));
  }
  const get = (k: string) => {
    const v = f.get(k);
    if (v === undefined) throw new Error(`runstream result without ${k}: ${line.slice(0, 200)}`);
    return v;
  };
  const list = (k: string) => (get(k) === '' ? [] : get(k).split(','));
  const [fcw, fsw, ftw, mxcsr] = list('fpu').map(num);
  const areas = list('mem');
  return {
    status: get('status') as Status,
    steps: num(get('steps')),
    sig: num(get('sig')),
    code: num(get('code')) | 0,
    addr: big(get('addr')),
    rip: big(get('rip')),
    regs: list('regs').map(big),
    flags: num(get('flags')),
    seg: list('seg').map(big),
    fcw,
    fsw,
    ftw,
    mxcsr,
    st: list('st'),
    xmm: list('xmm').map((x) => x.padStart(32, '0')),
    mem: areas.map((a) => num(a.split(':')[0])),
    memDiff: areas.map((a) => a.split(':')[1] ?? ''),
    trace: list('trace').map((t) => {
      const [ip, flags] = t.split(':').map(num);
      return { ip, flags };
    }),
  };
}
