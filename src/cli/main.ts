#!/usr/bin/env node
// The sysgate command: `run`, `table`, `bench entry`.

import { Command, Option } from 'commander';
import { printTable } from './table.js';
import { addBenchEntry } from './bench-entry.js';
import { addRun, fail } from './run.js';

const program = new Command();
program.name('sysgate').description('The Linux x86 system-call machine: run static Linux programs on an emulated x86 CPU and kernel, and see every system call.').enablePositionalOptions();
// usage errors exit with 2 (commander's own message is already printed); help and version with 0
program.exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));

addRun(program);

program
  .command('table')
  .description('list the system-call tables and what sysgate implements')
  .addOption(new Option('--abi <abi>', 'which table').choices(['x64', 'ia32']).default('x64'))
  .option('--implemented', 'only implemented calls')
  .action((o: { abi: 'x64' | 'ia32'; implemented?: boolean }) => printTable(o.abi, !!o.implemented));

addBenchEntry(program);

try {
  program.parse();
} catch (e) {
  // nothing a user does may end in a stack trace: this is sysgate's own failure
  if (process.env.SYSGATE_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  fail(`internal error: ${e instanceof Error ? e.message : String(e)} — this is a sysgate bug; SYSGATE_DEBUG=1 shows the host stack`, 70);
}
