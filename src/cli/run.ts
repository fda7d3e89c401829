// `sysgate run`: run one program on the machine, as if natively, with the views and
// limits the options ask for.
//
// Exit status: the program's; 128+N when a signal N ended it (after a one-line
// diagnostic); 127 when the program is not there and 126 when it cannot be executed
// (as a shell reports them); 137 when --limit stopped it, 124 when --timeout did (as
// timeout(1)); 70 when sysgate itself failed (an internal error — a bug, with the
// program's state; SYSGATE_DEBUG=1 adds the host stack); 2 for bad options.

import { Command, InvalidArgumentError, Option } from 'commander';
import { openSync, writeSync } from 'node:fs';
import { hostMachine, parseMount } from '../api/host.js';
import { InternalError, LoadError, type Machine, type RunResult } from '../api/machine.js';
import { Errno } from '../vfs/errno.js';
import { signalName, SIGNAL_TEXT } from '../kernel/signals.js';
import { attachTracer } from '../trace/strace.js';
import { attachExplainer } from '../trace/explain.js';

interface RunOpts {
  trace?: boolean;
  traceVdso?: boolean;
  explain?: boolean;
  root?: string;
  mount: string[];
  vendor: 'intel' | 'amd';
  seed?: number;
  limit?: number;
  timeout?: number;
  memory?: number;
  maxWrite?: number;
  env: string[];
  clearEnv?: boolean;
  output?: string;
}

function collect(v: string, prev: string[]): string[] {
  return [...prev, v];
}

/** A number option: a non-negative integer (or decimal, for seconds). */
function number(what: string, decimal = false): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n < 0 || (!decimal && !Number.isInteger(n))) throw new InvalidArgumentError(`${what} must be a ${decimal ? 'non-negative number' : 'non-negative integer'}`);
    return n;
  };
}

export function fail(msg: string, code: number): never {
  process.stderr.write(`sysgate: ${msg}\n`);
  process.exit(code);
}

export function addRun(program: Command): void {
  program
    .command('run')
    .description('run a static x86-64 or i386 Linux program (everything after PROGRAM is its arguments)')
    .argument('<program>', 'path of the program')
    .argument('[args...]', 'arguments for the program')
    .passThroughOptions()
    .option('--trace', 'print one strace-style line per system call on stderr')
    .option('--trace-vdso', 'with --trace: also show vDSO calls that did not enter the kernel')
    .option('--explain', "print every step of each system call's entry and exit path on stderr")
    .option('--root <dir>', "host directory to show as the guest's / (default: the host's /)")
    .option('--mount <host:guest[:ro]>', 'mount a host directory in the guest (repeatable)', collect, [])
    .addOption(new Option('--vendor <vendor>', 'CPU vendor model').choices(['intel', 'amd']).default('intel'))
    .option('--seed <n>', 'seed for AT_RANDOM and getrandom (reproducible runs)', number('--seed'))
    .option('--limit <n>', 'stop the program after this many instructions', number('--limit'))
    .option('--timeout <seconds>', 'stop the program after this much wall-clock time', number('--timeout', true))
    .option('--memory <mib>', 'guest memory limit in MiB (default 1024); beyond it the program is OOM-killed', number('--memory'))
    .option('--max-write <bytes>', 'largest file the program may write (RLIMIT_FSIZE: EFBIG and SIGXFSZ beyond it)', number('--max-write'))
    .option('--env <k=v>', 'set an environment variable (repeatable)', collect, [])
    .option('--clear-env', "start with an empty environment instead of the host's")
    .option('-o, --output <file>', 'write --trace/--explain output to a file instead of stderr')
    .action((prog: string, args: string[], o: RunOpts) => runCommand(prog, args, o));
}

function environment(o: RunOpts): Record<string, string> {
  const env: Record<string, string> = o.clearEnv ? {} : { ...(process.env as Record<string, string>) };
  for (const kv of o.env) {
    const i = kv.indexOf('=');
    if (i < 0) fail(`bad --env '${kv}': expected KEY=VALUE`, 2);
    env[kv.slice(0, i)] = kv.slice(i + 1);
  }
  return env;
}

function makeMachine(o: RunOpts): Machine {
  try {
    return hostMachine({
      root: o.root,
      mounts: o.mount.map(parseMount),
      vendor: o.vendor,
      seed: o.seed,
      memoryLimit: o.memory !== undefined ? o.memory * 1048576 : undefined,
      maxFileSize: o.maxWrite,
    });
  } catch (e) {
    fail((e as Error).message, 2);
  }
}

function runCommand(prog: string, args: string[], o: RunOpts): void {
  let out = (s: string) => void writeSync(2, s);
  if (o.output) {
    const fd = openSync(o.output, 'w');
    out = (s: string) => void writeSync(fd, s);
  }
  const m = makeMachine(o);
  const detach = o.trace ? attachTracer(m, out, { vdso: !!o.traceVdso }) : null;
  if (o.explain) attachExplainer(m, out);
  try {
    m.load(prog, [prog, ...args], environment(o));
  } catch (e) {
    // a shell's statuses: 127 for a program that is not there, 126 for one that cannot run
    if (e instanceof LoadError) fail(e.message, e.errno === Errno.ENOENT || e.errno === Errno.ENOTDIR ? 127 : 126);
    if (e instanceof InternalError) internal(e.message, e.hostStack);
    throw e;
  }
  const r = m.run({ instructionLimit: o.limit, timeoutMs: o.timeout !== undefined ? o.timeout * 1000 : undefined });
  if (typeof detach === 'function') detach();
  report(r);
}

function internal(msg: string, stack: string | null | undefined): never {
  if (process.env.SYSGATE_DEBUG && stack) process.stderr.write(`${stack}\n`);
  fail(`${msg.startsWith('internal error') ? '' : 'internal error: '}${msg} — this is a sysgate bug; SYSGATE_DEBUG=1 shows the host stack`, 70);
}

/** The exit status and the one-line diagnostic of a finished run. */
function report(r: RunResult): void {
  if (r.limitReached) fail(r.diagnostic ?? 'instruction limit reached', 137);
  if (r.timedOut) fail(r.diagnostic ?? 'timeout', 124);
  if (r.internalError) internal(r.diagnostic ?? 'internal error', r.hostStack);
  if (r.signal) {
    const detail = r.diagnostic ? `: ${r.diagnostic.replace(/^SIG\w+ \([^)]*\): /, '')}` : '';
    process.stderr.write(`sysgate: program terminated by ${signalName(r.signal)} (${SIGNAL_TEXT[r.signal] ?? 'signal'})${r.core ? ' (core dumped)' : ''}${detail}\n`);
    process.exitCode = 128 + r.signal;
    return;
  }
  if (r.diagnostic && r.reason) fail(r.diagnostic, 70);
  process.exitCode = r.code;
}
