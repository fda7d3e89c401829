// Running fuzz cases where a hang or a memory blow-up cannot take the fuzzer down with
// it: the Machine API in a worker thread (terminated when a case overruns its time or
// host-memory bound), `sysgate run` and the native referee as child processes (killed
// likewise). Shared by test/fuzz/elf.test.ts and scripts/fuzz-elf.mjs.
//
// The time bounds are hang detectors, far above what a case needs (milliseconds), not
// performance assertions.

import { Worker } from 'node:worker_threads';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyCli, parseNative, type Native, type Outcome } from './elf-outcome.js';

export const MiB = 1024 * 1024;

export interface SandboxOptions {
  /** A case still running after this long is a hang. */
  timeoutMs: number;
  /** Host RSS growth over the baseline that counts as a memory blow-up. */
  rssBound: number;
  instructionLimit: number;
}

/** Peak-tracking RSS sampler for this process (the worker's memory is part of it). */
class RssWatch {
  peak = 0;
  private timer: NodeJS.Timeout | null = null;
  start(onSample: (rss: number) => void): void {
    this.peak = process.memoryUsage.rss();
    this.timer = setInterval(() => {
      const r = process.memoryUsage.rss();
      if (r > this.peak) this.peak = r;
      onSample(r);
    }, 5);
  }
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const r = process.memoryUsage.rss();
    if (r > this.peak) this.peak = r;
  }
}

/**
 * The Machine API in a worker thread (./elf-worker.js), one case at a time. A case that
 * overruns timeoutMs is a 'hang', one that grows the process's RSS past baseline+rssBound
 * a 'memory' blow-up; either way the worker is terminated (freeing its memory) and a
 * fresh one takes the next case. The worker is also replaced every `recycle` cases so
 * garbage from earlier cases is not blamed on a later one.
 */
export class ApiSandbox {
  private worker: Worker | null = null;
  private cases = 0;
  baseline = 0;
  maxRssDelta = 0;

  constructor(
    private readonly opts: SandboxOptions,
    private readonly recycle = 150,
  ) {}

  private async fresh(): Promise<Worker> {
    await this.close();
    const w = new Worker(new URL('./elf-worker.js', import.meta.url), { workerData: { elfFuzz: true } });
    await new Promise<void>((res, rej) => {
      w.once('online', res);
      w.once('error', rej);
    });
    this.worker = w;
    this.cases = 0;
    this.baseline = process.memoryUsage.rss();
    return w;
  }

  async run(bytes: Uint8Array): Promise<Outcome> {
    const w = this.worker !== null && this.cases < this.recycle ? this.worker : await this.fresh();
    this.cases++;
    const watch = new RssWatch();
    const out = await new Promise<Outcome>((resolve) => {
      const finish = (o: Outcome) => {
        clearTimeout(timer);
        watch.stop();
        w.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
        resolve(o);
      };
      const kill = (o: Outcome) => {
        finish(o);
        void w.terminate();
        this.worker = null;
      };
      const timer = setTimeout(() => kill({ kind: 'hang', detail: `no result after ${this.opts.timeoutMs} ms` }), this.opts.timeoutMs);
      watch.start((rss) => {
        if (rss - this.baseline > this.opts.rssBound) {
          kill({ kind: 'memory', detail: `host RSS grew by ${Math.round((rss - this.baseline) / MiB)} MiB (bound ${this.opts.rssBound / MiB} MiB)` });
        }
      });
      w.on('message', (o: Outcome) => finish(o));
      w.on('error', (e) => kill({ kind: 'host-exception', detail: `worker died: ${e instanceof Error ? e.stack : String(e)}` }));
      w.on('exit', (code) => kill({ kind: 'host-exception', detail: `worker exited (${code})` }));
      w.postMessage({ bytes, instructionLimit: this.opts.instructionLimit });
    });
    out.rssDelta = Math.max(0, watch.peak - this.baseline);
    if (out.rssDelta > this.maxRssDelta) this.maxRssDelta = out.rssDelta;
    return out;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}

export interface ProcResult {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  fd3: string;
  timedOut: boolean;
  /** Peak VmRSS of the child, bytes (sampled). */
  peakRss: number;
  /** Killed for exceeding the RSS cap. */
  overMemory: boolean;
}

function vmRss(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs a command with a wall-clock timeout and an RSS cap (sampled from /proc), keeping
 * at most 64 KiB of each output. fd 3 is a pipe too (the referee's verdict).
 */
export function runProc(cmd: string, args: string[], timeoutMs: number, rssCap = Infinity, cwd?: string): Promise<ProcResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe', 'pipe'], detached: true, cwd });
    const bufs = ['', '', ''];
    const cap = 64 * 1024;
    [child.stdout, child.stderr, child.stdio[3]].forEach((s, i) => {
      (s as NodeJS.ReadableStream | null)?.on('data', (d: Buffer) => {
        if (bufs[i].length < cap) bufs[i] += d.toString('latin1').slice(0, cap - bufs[i].length);
      });
    });
    let timedOut = false;
    let overMemory = false;
    let peakRss = 0;
    const killAll = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killAll();
    }, timeoutMs);
    const sampler = setInterval(() => {
      if (child.pid === undefined) return;
      const r = vmRss(child.pid);
      if (r > peakRss) peakRss = r;
      if (r > rssCap) {
        overMemory = true;
        killAll();
      }
    }, 10);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      clearInterval(sampler);
      resolve({ status, signal, stdout: bufs[0], stderr: bufs[1], fd3: bufs[2], timedOut, peakRss, overMemory });
    });
  });
}

/** `sysgate run` on a file, classified (node CLI at `cli`). */
export async function runCliCase(cli: string, file: string, opts: SandboxOptions & { rssCap: number }): Promise<Outcome & { peakRss: number }> {
  const r = await runProc(process.execPath, [cli, 'run', '--clear-env', '--seed', '1', '--limit', String(opts.instructionLimit), file], opts.timeoutMs, opts.rssCap);
  if (r.timedOut) return { kind: 'hang', detail: `still running after ${opts.timeoutMs} ms: ${r.stderr.slice(0, 300)}`, peakRss: r.peakRss };
  if (r.overMemory) return { kind: 'memory', detail: `RSS ${Math.round(r.peakRss / MiB)} MiB over the cap ${Math.round(opts.rssCap / MiB)} MiB`, peakRss: r.peakRss };
  return { ...classifyCli(r.status, r.signal, r.stderr), peakRss: r.peakRss };
}

/**
 * The native verdict for a file, from the exec-referee binary (run in /, where the
 * program, as nobody, can write nothing).
 */
export async function runNative(referee: string, file: string, timeoutMs: number): Promise<Native> {
  const r = await runProc(referee, [String(timeoutMs), file], timeoutMs + 3000, Infinity, '/');
  return parseNative(r.timedOut ? 'timeout' : r.fd3);
}

export interface NonFile {
  name: string;
  path: string;
  desc: string;
}

/**
 * Things that are not a loadable regular file, for the CLI (created under `dir`, which
 * must be readable by everyone for the native referee's unprivileged user):
 * a directory, devices, a FIFO without a writer, an empty file, files without execute
 * (or with only execute) permission, /proc/self/exe, links, a missing path, a path
 * through a file, #! scripts, a name longer than NAME_MAX.
 */
export function makeNonFiles(dir: string, elf: Uint8Array): NonFile[] {
  const f = (name: string, data: Uint8Array | string, mode: number): string => {
    const p = join(dir, name);
    writeFileSync(p, data);
    chmodSync(p, mode);
    return p;
  };
  const fifo = join(dir, 'fifo');
  if (!existsSync(fifo)) spawnSync('mkfifo', [fifo]);
  const linked = f('target', elf, 0o755);
  const link = join(dir, 'symlink');
  const loopA = join(dir, 'loop-a');
  if (!existsSync(link)) symlinkSync(linked, link);
  if (!existsSync(loopA)) {
    symlinkSync(join(dir, 'loop-b'), loopA);
    symlinkSync(loopA, join(dir, 'loop-b'));
  }
  mkdirSync(join(dir, 'a-directory'), { recursive: true });
  return [
    { name: 'directory', path: join(dir, 'a-directory'), desc: 'a directory' },
    { name: 'dev-zero', path: '/dev/zero', desc: '/dev/zero (a character device that never ends)' },
    { name: 'dev-null', path: '/dev/null', desc: '/dev/null (an empty character device)' },
    { name: 'fifo', path: fifo, desc: 'a FIFO with no writer' },
    { name: 'empty', path: f('empty', '', 0o755), desc: 'an empty file with execute permission' },
    { name: 'no-exec', path: f('no-exec', elf, 0o644), desc: 'a valid ELF without execute permission (0644)' },
    { name: 'exec-only', path: f('exec-only', elf, 0o111), desc: 'a valid ELF with mode 0111 (execute, no read)' },
    { name: 'proc-self-exe', path: '/proc/self/exe', desc: '/proc/self/exe' },
    { name: 'symlink', path: link, desc: 'a symbolic link to a valid ELF' },
    { name: 'symlink-loop', path: loopA, desc: 'a symbolic link loop' },
    { name: 'missing', path: join(dir, 'does-not-exist'), desc: 'a path that does not exist' },
    { name: 'through-file', path: `${linked}/x`, desc: 'a path through a regular file (ENOTDIR)' },
    { name: 'script', path: f('script', '#!/bin/sh\necho script ran\n', 0o755), desc: 'a #!/bin/sh script' },
    { name: 'script-missing', path: f('script-missing', '#!/nonexistent/interpreter\n', 0o755), desc: 'a #! script whose interpreter does not exist' },
    { name: 'long-name', path: join(dir, 'n'.repeat(300)), desc: 'a 300-character file name (above NAME_MAX)' },
  ];
}

/**
 * Builds guest/tools/exec-referee.c into `dir` and checks it on an unmodified fixture.
 * Returns its path, or why native runs are not possible here (no gcc; not root, so the
 * referee cannot switch to the unprivileged user).
 */
export async function buildReferee(repo: string, dir: string): Promise<{ path: string } | { why: string }> {
  const out = join(dir, 'exec-referee');
  const cc = spawnSync('gcc', ['-O2', '-o', out, join(repo, 'guest', 'tools', 'exec-referee.c')], { encoding: 'utf8' });
  if (cc.status !== 0) return { why: `cannot build guest/tools/exec-referee.c: ${(cc.error?.message ?? cc.stderr).split('\n')[0]}` };
  const probe = join(dir, 'referee-probe');
  writeFileSync(probe, readFileSync(join(repo, 'guest', 'bin', 'hello64')), { mode: 0o755 });
  const v = await runNative(out, probe, 5000);
  if (v.verdict !== 'exit 0') return { why: `the referee cannot run a fixture as user nobody (${v.verdict}); it must run as root` };
  return { path: out };
}
