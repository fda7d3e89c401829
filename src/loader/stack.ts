/**
 * The initial process stack, laid out exactly as Linux builds it at execve
 * (fs/exec.c copy_strings + fs/binfmt_elf.c create_elf_tables) on an x86-64 kernel,
 * for both 64-bit and 32-bit (ia32 compat) programs.
 *
 * From the top (stackTop, the end of the stack mapping) down:
 *
 *   stackTop-8   8-byte zero end marker (sizeof(void *) of the 64-bit kernel, also for ia32)
 *                execfn string ("/bin/prog\0", the path given to execve → AT_EXECFN)
 *                envp strings, envp[0] lowest, each NUL-terminated   ← mm->env_start..env_end
 *                argv strings, argv[0] lowest                        ← mm->arg_start..arg_end
 *                (align down to 16, after an optional randomization pad)
 *                platform string ("x86_64" / "i686") → AT_PLATFORM
 *                16 random bytes → AT_RANDOM   (not aligned: directly below the platform)
 *                (zero padding)
 *                auxv pairs, ending with AT_NULL
 *                NULL, envp[n-1] … envp[0]
 *                NULL, argv[n-1] … argv[0]
 *   sp →         argc                                 sp is 16-byte aligned (both ABIs)
 *
 * Words are `wordSize` bytes (8 for x86-64, 4 for i386). Pure: returns the bytes of
 * [base, stackTop); the kernel copies them into the stack mapping.
 */

// ---- auxiliary vector types (include/uapi/linux/auxvec.h, arch/x86/include/uapi/asm/auxvec.h) ----

export const AT_NULL = 0;
export const AT_IGNORE = 1;
export const AT_EXECFD = 2;
export const AT_PHDR = 3;
export const AT_PHENT = 4;
export const AT_PHNUM = 5;
export const AT_PAGESZ = 6;
export const AT_BASE = 7;
export const AT_FLAGS = 8;
export const AT_ENTRY = 9;
export const AT_NOTELF = 10;
export const AT_UID = 11;
export const AT_EUID = 12;
export const AT_GID = 13;
export const AT_EGID = 14;
export const AT_PLATFORM = 15;
export const AT_HWCAP = 16;
export const AT_CLKTCK = 17;
export const AT_SECURE = 23;
export const AT_BASE_PLATFORM = 24;
export const AT_RANDOM = 25;
export const AT_HWCAP2 = 26;
export const AT_RSEQ_FEATURE_SIZE = 27;
export const AT_RSEQ_ALIGN = 28;
export const AT_HWCAP3 = 29;
export const AT_HWCAP4 = 30;
export const AT_EXECFN = 31;
/** i386 only: address of __kernel_vsyscall in the vDSO. */
export const AT_SYSINFO = 32;
/** Base address of the vDSO's ELF image. */
export const AT_SYSINFO_EHDR = 33;
export const AT_MINSIGSTKSZ = 51;

/** AT_FLAGS bit: binfmt_misc preserved argv[0]. */
export const AT_FLAGS_PRESERVE_ARGV0 = 1;

/** Names of the AT_* types, for tracing and LD_SHOW_AUXV-style output. */
export const AT_NAMES: Readonly<Record<number, string>> = {
  [AT_NULL]: 'AT_NULL',
  [AT_IGNORE]: 'AT_IGNORE',
  [AT_EXECFD]: 'AT_EXECFD',
  [AT_PHDR]: 'AT_PHDR',
  [AT_PHENT]: 'AT_PHENT',
  [AT_PHNUM]: 'AT_PHNUM',
  [AT_PAGESZ]: 'AT_PAGESZ',
  [AT_BASE]: 'AT_BASE',
  [AT_FLAGS]: 'AT_FLAGS',
  [AT_ENTRY]: 'AT_ENTRY',
  [AT_NOTELF]: 'AT_NOTELF',
  [AT_UID]: 'AT_UID',
  [AT_EUID]: 'AT_EUID',
  [AT_GID]: 'AT_GID',
  [AT_EGID]: 'AT_EGID',
  [AT_PLATFORM]: 'AT_PLATFORM',
  [AT_HWCAP]: 'AT_HWCAP',
  [AT_CLKTCK]: 'AT_CLKTCK',
  [AT_SECURE]: 'AT_SECURE',
  [AT_BASE_PLATFORM]: 'AT_BASE_PLATFORM',
  [AT_RANDOM]: 'AT_RANDOM',
  [AT_HWCAP2]: 'AT_HWCAP2',
  [AT_RSEQ_FEATURE_SIZE]: 'AT_RSEQ_FEATURE_SIZE',
  [AT_RSEQ_ALIGN]: 'AT_RSEQ_ALIGN',
  [AT_HWCAP3]: 'AT_HWCAP3',
  [AT_HWCAP4]: 'AT_HWCAP4',
  [AT_EXECFN]: 'AT_EXECFN',
  [AT_SYSINFO]: 'AT_SYSINFO',
  [AT_SYSINFO_EHDR]: 'AT_SYSINFO_EHDR',
  [AT_MINSIGSTKSZ]: 'AT_MINSIGSTKSZ',
};

/** Linux's MAX_ARG_STRLEN: one argument or environment string, NUL included. */
export const MAX_ARG_STRLEN = 32 * 4096;
/** Linux's ARG_MAX floor for the total size of the strings. */
const ARG_MAX = 32 * 4096;
/** Linux's _STK_LIM (default RLIMIT_STACK). */
const STK_LIM = 8 * 1024 * 1024;

/** Argument/environment set Linux's execve would refuse; `errno` is what execve returns. */
export class StackLayoutError extends Error {
  override readonly name = 'StackLayoutError';
  constructor(
    readonly errno: 'E2BIG' | 'EINVAL',
    message: string,
  ) {
    super(message);
  }
}

export type AuxvEntry = readonly [type: number, value: number];

export interface InitialStackOptions {
  /** 8 for x86-64 programs, 4 for i386 programs. */
  readonly wordSize: 4 | 8;
  /** End (exclusive) of the stack mapping, e.g. 0x7ffffffff000 (x86-64) or 0xffffe000 (ia32). */
  readonly stackTop: number;
  readonly argv: readonly (string | Uint8Array)[];
  readonly envp: readonly (string | Uint8Array)[];
  /**
   * The auxiliary vector in order, without the final AT_NULL (a trailing AT_NULL is
   * accepted and ignored). The builder supplies the values of AT_RANDOM, AT_EXECFN and
   * AT_PLATFORM: entries of those types are placeholders whose values are replaced; if a
   * type is missing it is appended (RANDOM, EXECFN, PLATFORM) before AT_NULL.
   * See linuxAuxv() for the list Linux produces, in its order.
   */
  readonly auxv: readonly AuxvEntry[];
  /** The path given to execve (bprm->filename), placed at the top → AT_EXECFN. */
  readonly execfn: string | Uint8Array;
  /** The 16 AT_RANDOM bytes. */
  readonly random: Uint8Array;
  /**
   * AT_PLATFORM string; default "x86_64" for wordSize 8, "i686" for 4 (ELF_PLATFORM /
   * COMPAT_ELF_PLATFORM). null: no platform string and no AT_PLATFORM entry.
   */
  readonly platform?: string | null;
  /**
   * Bytes subtracted before aligning to 16 below the strings (Linux's arch_align_stack
   * subtracts a random 0..8191 when randomization is on). Default 0.
   */
  readonly randomPad?: number;
  /** RLIMIT_STACK soft limit used for Linux's E2BIG check (default 8 MiB). */
  readonly stackRlimit?: number;
}

export interface InitialStack {
  /** Contents of [base, stackTop). */
  readonly bytes: Uint8Array;
  /** Lowest address used (equal to sp). */
  readonly base: number;
  /** Initial stack pointer: the address of argc; 16-byte aligned. */
  readonly sp: number;
  readonly argc: number;
  /** Address of the argv pointer array (sp + wordSize). */
  readonly argvArray: number;
  /** Address of the envp pointer array. */
  readonly envpArray: number;
  /** Address of the auxv array. */
  readonly auxvArray: number;
  /** Addresses of the argv strings. */
  readonly argvAddrs: readonly number[];
  /** Addresses of the envp strings. */
  readonly envpAddrs: readonly number[];
  readonly execfnAddr: number;
  /** Address of the platform string, or null if none. */
  readonly platformAddr: number | null;
  readonly randomAddr: number;
  /** The auxv as written, with the builder's values filled in and the final AT_NULL. */
  readonly auxv: readonly AuxvEntry[];
  /** mm->arg_start / arg_end / env_start / env_end (for /proc/PID/cmdline and environ). */
  readonly argStart: number;
  readonly argEnd: number;
  readonly envStart: number;
  readonly envEnd: number;
}

/** Values for the auxiliary vector Linux's create_elf_tables builds (x86, 6.x). */
export interface LinuxAuxvValues {
  /** AT_SYSINFO (i386 only): address of __kernel_vsyscall; null/omitted for none. */
  readonly sysinfo?: number | null;
  /** AT_SYSINFO_EHDR: the vDSO's base; null/omitted if there is no vDSO. */
  readonly sysinfoEhdr?: number | null;
  /** AT_MINSIGSTKSZ: the signal frame size (get_sigframe_size()); null/omitted to leave out. */
  readonly minsigstksz?: number | null;
  readonly hwcap: number;
  /** Default 4096. */
  readonly pagesz?: number;
  /** Default 100 (CLOCKS_PER_SEC, USER_HZ). */
  readonly clktck?: number;
  readonly phdr: number;
  readonly phent: number;
  readonly phnum: number;
  /** AT_BASE, the interpreter's load address; 0 for a static program (default). */
  readonly base?: number;
  /** Default 0. */
  readonly flags?: number;
  readonly entry: number;
  readonly uid: number;
  readonly euid: number;
  readonly gid: number;
  readonly egid: number;
  /** Default 0. */
  readonly secure?: number;
  /** AT_HWCAP2 (x86 defines ELF_HWCAP2, so Linux always emits it); default 0. */
  readonly hwcap2?: number;
  /** Emit AT_PLATFORM (placeholder filled by buildInitialStack); default true. */
  readonly platform?: boolean;
  /** AT_EXECFD if the binfmt handler passed an open fd; null/omitted for none. */
  readonly execfd?: number | null;
  /** AT_RSEQ_FEATURE_SIZE (offsetof(struct rseq, end), 28 on 6.x) and AT_RSEQ_ALIGN (32). */
  readonly rseqFeatureSize?: number | null;
  readonly rseqAlign?: number | null;
}

/**
 * The auxv Linux (x86, 6.x) builds, in its order, with 0 placeholders for AT_RANDOM,
 * AT_EXECFN and AT_PLATFORM (buildInitialStack fills them in):
 * [AT_SYSINFO,] [AT_SYSINFO_EHDR,] [AT_MINSIGSTKSZ,] AT_HWCAP, AT_PAGESZ, AT_CLKTCK,
 * AT_PHDR, AT_PHENT, AT_PHNUM, AT_BASE, AT_FLAGS, AT_ENTRY, AT_UID, AT_EUID, AT_GID,
 * AT_EGID, AT_SECURE, AT_RANDOM, AT_HWCAP2, AT_EXECFN, [AT_PLATFORM,] [AT_EXECFD,]
 * [AT_RSEQ_FEATURE_SIZE, AT_RSEQ_ALIGN].
 */
export function linuxAuxv(v: LinuxAuxvValues): AuxvEntry[] {
  const a: AuxvEntry[] = [];
  if (v.sysinfo != null) a.push([AT_SYSINFO, v.sysinfo]);
  if (v.sysinfoEhdr != null) a.push([AT_SYSINFO_EHDR, v.sysinfoEhdr]);
  if (v.minsigstksz != null) a.push([AT_MINSIGSTKSZ, v.minsigstksz]);
  a.push(
    [AT_HWCAP, v.hwcap],
    [AT_PAGESZ, v.pagesz ?? 4096],
    [AT_CLKTCK, v.clktck ?? 100],
    [AT_PHDR, v.phdr],
    [AT_PHENT, v.phent],
    [AT_PHNUM, v.phnum],
    [AT_BASE, v.base ?? 0],
    [AT_FLAGS, v.flags ?? 0],
    [AT_ENTRY, v.entry],
    [AT_UID, v.uid],
    [AT_EUID, v.euid],
    [AT_GID, v.gid],
    [AT_EGID, v.egid],
    [AT_SECURE, v.secure ?? 0],
    [AT_RANDOM, 0],
    [AT_HWCAP2, v.hwcap2 ?? 0],
    [AT_EXECFN, 0],
  );
  if (v.platform ?? true) a.push([AT_PLATFORM, 0]);
  if (v.execfd != null) a.push([AT_EXECFD, v.execfd]);
  if (v.rseqFeatureSize != null) a.push([AT_RSEQ_FEATURE_SIZE, v.rseqFeatureSize]);
  if (v.rseqAlign != null) a.push([AT_RSEQ_ALIGN, v.rseqAlign]);
  return a;
}

const encoder = new TextEncoder();

/** An argument as bytes: strings are UTF-8 encoded; byte arrays (from user memory) are taken as they are. */
function encodeArg(s: string | Uint8Array, what: string): Uint8Array {
  const b = typeof s === 'string' ? encoder.encode(s) : s;
  if (b.includes(0)) throw new StackLayoutError('EINVAL', `${what} contains a NUL character`);
  if (b.length + 1 > MAX_ARG_STRLEN) {
    throw new StackLayoutError('E2BIG', `${what} is too long (${b.length + 1} bytes with NUL, at most ${MAX_ARG_STRLEN})`);
  }
  return b;
}

const align16Down = (n: number): number => n - (n % 16);

/** Builds the initial stack (see the module comment for the layout). */
export function buildInitialStack(opts: InitialStackOptions): InitialStack {
  const w = opts.wordSize;
  if (w !== 4 && w !== 8) throw new RangeError(`wordSize must be 4 or 8, got ${String(w)}`);
  const maxWord = w === 8 ? Number.MAX_SAFE_INTEGER : 0xffff_ffff;
  const top = opts.stackTop;
  if (!Number.isSafeInteger(top) || top <= 0 || top > (w === 8 ? 2 ** 47 : 2 ** 32)) {
    throw new RangeError(`stackTop ${top} is not a valid ${w * 8}-bit user address`);
  }
  if (opts.random.length !== 16) throw new RangeError(`random must be 16 bytes, got ${opts.random.length}`);
  const randomPad = opts.randomPad ?? 0;
  if (!Number.isSafeInteger(randomPad) || randomPad < 0) throw new RangeError(`bad randomPad ${randomPad}`);

  const execfn = encodeArg(opts.execfn, 'execfn');
  const args = opts.argv.map((s, i) => encodeArg(s, `argv[${i}]`));
  const envs = opts.envp.map((s, i) => encodeArg(s, `envp[${i}]`));
  const platformStr = opts.platform === undefined ? (w === 8 ? 'x86_64' : 'i686') : opts.platform;
  const platform = platformStr === null ? null : encoder.encode(platformStr);

  // Linux's bprm_stack_limits(): the strings (execfn included) must fit in a quarter of
  // RLIMIT_STACK (at most 3/4 of _STK_LIM, at least ARG_MAX), less the pointer arrays.
  const rlim = opts.stackRlimit ?? STK_LIM;
  let limit = Math.max(Math.min(Math.floor(STK_LIM / 4) * 3, Math.floor(rlim / 4)), ARG_MAX);
  const ptrSize = (Math.max(args.length, 1) + envs.length) * 8;
  if (limit <= ptrSize) throw new StackLayoutError('E2BIG', 'argument list too long');
  limit -= ptrSize;
  const sum = (a: readonly Uint8Array[]): number => a.reduce((n, b) => n + b.length + 1, 0);
  const stringBytes = execfn.length + 1 + sum(envs) + sum(args);
  if (stringBytes > limit) {
    throw new StackLayoutError('E2BIG', `argument list too long (${stringBytes} bytes of strings, limit ${limit})`);
  }

  // ---- addresses, top down ----
  let p = top - 8; // end marker
  p -= execfn.length + 1;
  const execfnAddr = p;
  const envEnd = p;
  p -= sum(envs);
  const envStart = p;
  const argEnd = p;
  p -= sum(args);
  const argStart = p;

  p = align16Down(p - randomPad);
  let platformAddr: number | null = null;
  if (platform !== null) {
    p -= platform.length + 1;
    platformAddr = p;
  }
  p -= 16;
  const randomAddr = p;

  // auxv with the builder's values.
  const auxv: AuxvEntry[] = [];
  const seen = new Set<number>();
  opts.auxv.forEach(([type, value], i) => {
    if (type === AT_NULL) {
      if (i !== opts.auxv.length - 1) throw new RangeError(`auxv[${i}] is AT_NULL before the end`);
      return;
    }
    if (type === AT_RANDOM) value = randomAddr;
    else if (type === AT_EXECFN) value = execfnAddr;
    else if (type === AT_PLATFORM) {
      if (platformAddr === null) return;
      value = platformAddr;
    }
    seen.add(type);
    auxv.push([type, value]);
  });
  if (!seen.has(AT_RANDOM)) auxv.push([AT_RANDOM, randomAddr]);
  if (!seen.has(AT_EXECFN)) auxv.push([AT_EXECFN, execfnAddr]);
  if (platformAddr !== null && !seen.has(AT_PLATFORM)) auxv.push([AT_PLATFORM, platformAddr]);
  auxv.push([AT_NULL, 0]);

  // STACK_ADD(p, ei_index) then STACK_ROUND(sp, items).
  const items = args.length + 1 + (envs.length + 1) + 1;
  const sp = align16Down(p - auxv.length * 2 * w - items * w);
  const base = sp;
  const argvArray = sp + w;
  const envpArray = argvArray + (args.length + 1) * w;
  const auxvArray = envpArray + (envs.length + 1) * w;

  // ---- bytes ----
  const bytes = new Uint8Array(top - base);
  const dv = new DataView(bytes.buffer);
  const putWord = (addr: number, value: number, what: string): void => {
    if (!Number.isSafeInteger(value) || value < 0 || value > maxWord) {
      throw new RangeError(`${what} value ${value} does not fit in a ${w * 8}-bit word`);
    }
    const o = addr - base;
    if (w === 4) {
      dv.setUint32(o, value, true);
    } else {
      dv.setUint32(o, value % 0x1_0000_0000, true);
      dv.setUint32(o + 4, Math.floor(value / 0x1_0000_0000), true);
    }
  };
  const putString = (addr: number, s: Uint8Array): void => {
    bytes.set(s, addr - base); // NUL already zero
  };

  putString(execfnAddr, execfn);
  const envpAddrs: number[] = [];
  let q = envStart;
  for (const e of envs) {
    envpAddrs.push(q);
    putString(q, e);
    q += e.length + 1;
  }
  const argvAddrs: number[] = [];
  q = argStart;
  for (const a of args) {
    argvAddrs.push(q);
    putString(q, a);
    q += a.length + 1;
  }
  if (platform !== null && platformAddr !== null) putString(platformAddr, platform);
  bytes.set(opts.random, randomAddr - base);

  putWord(sp, args.length, 'argc');
  argvAddrs.forEach((a, i) => putWord(argvArray + i * w, a, `argv[${i}] pointer`));
  envpAddrs.forEach((a, i) => putWord(envpArray + i * w, a, `envp[${i}] pointer`));
  auxv.forEach(([type, value], i) => {
    const name = AT_NAMES[type] ?? `auxv type ${type}`;
    putWord(auxvArray + i * 2 * w, type, `auxv[${i}] type`);
    putWord(auxvArray + i * 2 * w + w, value, name);
  });

  return {
    bytes,
    base,
    sp,
    argc: args.length,
    argvArray,
    envpArray,
    auxvArray,
    argvAddrs,
    envpAddrs,
    execfnAddr,
    platformAddr,
    randomAddr,
    auxv,
    argStart,
    argEnd,
    envStart,
    envEnd,
  };
}
