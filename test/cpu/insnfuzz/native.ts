// Runs cases natively through the committed runner (guest/bin/runstream64 / runstream32,
// built from guest/tools/runstream.c by guest/tools/build.sh): one process per batch,
// one forked, ptrace-stepped child per case.

import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../../e2e/fixtures-lib.js';
import { caseLine, type FuzzCase } from './case.js';
import { parseResult, type RunState } from './state.js';

export function runnerPath(mode64: boolean): string {
  return join(REPO, 'guest', 'bin', mode64 ? 'runstream64' : 'runstream32');
}

/** The raw result lines for a batch of cases of one mode. */
export function runNativeLines(cases: FuzzCase[], mode64: boolean): string[] {
  const input = cases.map((c) => caseLine(c) + '\n').join('');
  const r = spawnSync(runnerPath(mode64), ['run'], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`runstream failed (status ${r.status}): ${r.stderr}`);
  const lines = r.stdout.split('\n').filter((l) => l !== '');
  if (lines.length !== cases.length) throw new Error(`runstream returned ${lines.length} results for ${cases.length} cases`);
  return lines;
}

export function runNative(cases: FuzzCase[], mode64: boolean): RunState[] {
  return runNativeLines(cases, mode64).map(parseResult);
}

/** runNative in the background: the fuzzer emulates one batch while the host runs the next. */
export function runNativeAsync(cases: FuzzCase[], mode64: boolean): Promise<RunState[]> {
  return new Promise((resolve, reject) => {
    const p = spawn(runnerPath(mode64), ['run'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    p.stdout.on('data', (b: Buffer) => out.push(b));
    p.stderr.on('data', (b: Buffer) => err.push(b));
    p.on('error', reject);
    p.on('close', (status) => {
      if (status !== 0) return reject(new Error(`runstream failed (status ${status}): ${Buffer.concat(err).toString()}`));
      const lines = Buffer.concat(out).toString().split('\n').filter((l) => l !== '');
      if (lines.length !== cases.length) return reject(new Error(`runstream returned ${lines.length} results for ${cases.length} cases`));
      resolve(lines.map(parseResult));
    });
    p.stdin.end(cases.map((c) => caseLine(c) + '\n').join(''));
  });
}

/** The host CPU's vendor, which decides the documented vendor differences sysgate models. */
export function hostVendor(): 'intel' | 'amd' {
  const info = readFileSync('/proc/cpuinfo', 'utf8');
  return /AuthenticAMD/.test(info) ? 'amd' : 'intel';
}
