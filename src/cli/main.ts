#!/usr/bin/env node
// The sysgate command.

import { Command, Option } from 'commander';
import { hostMachine, parseMount } from '../api/host.js';
import { LoadError } from '../api/machine.js';
import { Errno } from '../vfs/errno.js';
import { signalName, SIGNAL_TEXT } from '../kernel/signals.js';
import { attachTracer } from '../trace/strace.js';
import { attachExplainer } from '../trace/explain.js';
import { printTable } from './table.js';
import { addBenchEntry } from './bench-entry.js';
import { writeSync } from 'node:fs';

const program = new Command();
program.name('sysgate').description('The Linux x86 system-call machine: run static Linux programs on an emulated x86 CPU and kernel, and see every system call.').enablePositionalOptions();

function collect(v: string, prev: string[]): string[] {
  return [...prev, v];
}

program
  .command('run')
  .description('run a static x86-64 or i386 Linux program (everything after PROGRAM is its arguments)')
  .argument('<program>', 'path of the program')
  .argument('[args...]', 'arguments for the program')
  .passThroughOptions()
  .option('--trace', 'print one strace-style line per system call on stderr')
  .option('--trace-vdso', 'with --trace: also show vDSO calls that did not enter the kernel')
  .option('--explain', 'print every step of each system call\'s entry and exit path on stderr')
  .option('--root <dir>', 'host directory to show as the guest\'s / (default: the host\'s /)')
  .option('--mount <host:guest[:ro]>', 'mount a host directory in the guest (repeatable)', collect, [])
  .addOption(new Option('--vendor <vendor>', 'CPU vendor model').choices(['intel', 'amd']).default('intel'))
  .option('--seed <n>', 'seed for AT_RANDOM and getrandom (reproducible runs)')
  .option('--limit <n>', 'stop the program after this many instructions')
  .option('--memory <mib>', 'guest memory limit in MiB (default 1024); beyond it the program is OOM-killed')
  .option('--env <k=v>', 'set an environment variable (repeatable)', collect, [])
  .option('--clear-env', 'start with an empty environment instead of the host\'s')
  .option('-o, --output <file>', 'write --trace/--explain output to a file instead of stderr')
  .action((prog: string, args: string[], o: { trace?: boolean; traceVdso?: boolean; explain?: boolean; root?: string; mount: string[]; vendor: 'intel' | 'amd'; seed?: string; limit?: string; memory?: string; env: string[]; clearEnv?: boolean; output?: string }) => {
    let out = (s: string) => void writeSync(2, s);
    if (o.output) {
      const fs = awaitFs();
      const fd = fs.openSync(o.output, 'w');
      out = (s: string) => void fs.writeSync(fd, s);
    }
    let m;
    try {
      m = hostMachine({ root: o.root, mounts: o.mount.map(parseMount), vendor: o.vendor, seed: o.seed !== undefined ? Number(o.seed) : undefined, memoryLimit: o.memory !== undefined ? Number(o.memory) * 1048576 : undefined });
    } catch (e) {
      fail((e as Error).message, 2);
    }
    const detach = o.trace ? attachTracer(m, out, { vdso: !!o.traceVdso }) : null;
    if (o.explain) attachExplainer(m, out);
    const env: Record<string, string> = o.clearEnv ? {} : { ...(process.env as Record<string, string>) };
    for (const kv of o.env) {
      const i = kv.indexOf('=');
      if (i < 0) fail(`bad --env '${kv}': expected KEY=VALUE`, 2);
      env[kv.slice(0, i)] = kv.slice(i + 1);
    }
    try {
      m.load(prog, [prog, ...args], env);
    } catch (e) {
      // a shell's statuses: 127 for a program that is not there, 126 for one that cannot run
      if (e instanceof LoadError) fail(e.message, e.errno === Errno.ENOENT || e.errno === Errno.ENOTDIR ? 127 : 126);
      throw e;
    }
    const r = m.run({ instructionLimit: o.limit !== undefined ? Number(o.limit) : undefined });
    if (typeof detach === 'function') detach();
    if (r.limitReached) fail(r.diagnostic ?? 'instruction limit reached', 137);
    if (r.signal) {
      process.stderr.write(`sysgate: program terminated by ${signalName(r.signal)} (${SIGNAL_TEXT[r.signal] ?? 'signal'})${r.core ? ' (core dumped)' : ''}${r.diagnostic ? `: ${r.diagnostic.replace(/^SIG\w+ \([^)]*\): /, '')}` : ''}\n`);
      process.exitCode = 128 + r.signal;
      return;
    }
    if (r.diagnostic && r.reason) fail(r.diagnostic, 70);
    process.exitCode = r.code;
  });

program
  .command('table')
  .description('list the system-call tables and what sysgate implements')
  .addOption(new Option('--abi <abi>', 'which table').choices(['x64', 'ia32']).default('x64'))
  .option('--implemented', 'only implemented calls')
  .action((o: { abi: 'x64' | 'ia32'; implemented?: boolean }) => printTable(o.abi, !!o.implemented));

function fail(msg: string, code: number): never {
  process.stderr.write(`sysgate: ${msg}\n`);
  process.exit(code);
}

import * as nodeFs from 'node:fs';
function awaitFs(): typeof nodeFs {
  return nodeFs;
}

addBenchEntry(program);
program.parse();
