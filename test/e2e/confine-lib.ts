// The host tree the confinement probes (guest/src/confine.c) run against, its
// snapshots, and the parsing of the probes' output. Shared by test/e2e/confine.test.ts
// and scripts/record-confine.mjs (which imports the built copy), so that the native
// chroot and sysgate see the same tree.
//
//   top/                       a fresh temporary directory
//     secret.txt               outside the root: "SYSGATE-CONFINE-SECRET-<marker>"
//     outside-<name>.txt       siblings whose names (nameMarker) the guest never learns
//     outside-<name>-dir/inner.txt
//     guestroot/               the guest's "/": bin/confine, inside.txt, sub/dir/deep.txt,
//                              dev/ and proc/ (empty: sysgate mounts its own there),
//                              link-out -> ../secret.txt, abs-out -> <top>/secret.txt
//     ro/                      mounted read-only at /ro: file.txt, dir/inner.txt,
//                              emptydir/, link -> file.txt
//     rw/                      mounted read-write at /rw: existing.txt
// guestroot/ has no ro/ or rw/: the mount points exist in the guest's view only.

import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { BigIntStats } from 'node:fs';
import { join } from 'node:path';

export interface ConfineTree {
  top: string;
  root: string;
  ro: string;
  rw: string;
  secret: string;
  /** In the secret's and the siblings' contents. */
  marker: string;
  /** In the siblings' names. */
  nameMarker: string;
}

/** Builds the tree; `confine` is the host path of the probe binary to copy in. */
export function makeTree(confine: string): ConfineTree {
  const top = mkdtempSync(join(tmpdir(), 'sysgate-confine-'));
  const marker = randomBytes(12).toString('hex');
  const nameMarker = randomBytes(6).toString('hex');
  const root = join(top, 'guestroot');
  const file = (p: string, text: string, mode = 0o644): void => writeFileSync(p, text, { mode });
  file(join(top, 'secret.txt'), `SYSGATE-CONFINE-SECRET-${marker}\n`, 0o640);
  file(join(top, `outside-${nameMarker}.txt`), `outside ${marker}\n`);
  mkdirSync(join(top, `outside-${nameMarker}-dir`));
  file(join(top, `outside-${nameMarker}-dir`, 'inner.txt'), `inner ${marker}\n`);
  for (const d of ['bin', 'sub/dir', 'dev', 'proc']) mkdirSync(join(root, d), { recursive: true });
  copyFileSync(confine, join(root, 'bin', 'confine'));
  file(join(root, 'inside.txt'), 'inside the root\n');
  file(join(root, 'sub', 'dir', 'deep.txt'), 'deep inside\n');
  symlinkSync('../secret.txt', join(root, 'link-out'));
  symlinkSync(join(top, 'secret.txt'), join(root, 'abs-out'));
  const ro = join(top, 'ro');
  for (const d of ['dir', 'emptydir']) mkdirSync(join(ro, d), { recursive: true });
  file(join(ro, 'file.txt'), 'read-only content\n');
  file(join(ro, 'dir', 'inner.txt'), 'read-only inner\n');
  symlinkSync('file.txt', join(ro, 'link'));
  const rw = join(top, 'rw');
  mkdirSync(rw);
  file(join(rw, 'existing.txt'), 'read-write content\n');
  return { top, root, ro, rw, secret: join(top, 'secret.txt'), marker, nameMarker };
}

/** The probe's arguments: the secret's host path, the mounts' guest paths, the host root. */
export function confineArgs(t: ConfineTree): string[] {
  return [t.secret, '/ro', '/rw', t.root];
}

/** Calls `visit` on `dir` and everything under it (names as bytes), but the `skip` paths. */
function walkTree(dir: string, visit: (p: Buffer, st: BigIntStats) => void, skip: string[] = []): void {
  const walk = (p: Buffer): void => {
    if (skip.includes(p.toString())) return;
    const st = lstatSync(p, { bigint: true });
    visit(p, st);
    if (st.isDirectory()) for (const n of readdirSync(p, 'buffer')) walk(Buffer.concat([p, Buffer.from('/'), n]));
  };
  walk(Buffer.from(dir));
}

/**
 * Everything under `dir` but the `skip` paths (host paths), one line per entry: path
 * (latin1), type and mode, owner, link count, size, mtime, ctime, and the content's
 * hash (or the link's target). Access times are left out: reading may change them.
 */
export function snapshot(dir: string, skip: string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  walkTree(dir, (p, st) => {
    let what = '';
    if (st.isFile()) what = createHash('sha256').update(readFileSync(p)).digest('hex');
    else if (st.isSymbolicLink()) what = `-> ${readlinkSync(p, 'buffer').toString('latin1')}`;
    out.set(p.toString('latin1'), `${st.mode.toString(8)} ${st.uid}:${st.gid} n${st.nlink} ${st.size}B m${st.mtimeNs} c${st.ctimeNs} ${what}`);
  }, skip);
  return out;
}

/** The differences between two snapshots, as readable lines (empty: none). */
export function snapshotDiff(before: Map<string, string>, after: Map<string, string>): string[] {
  const d: string[] = [];
  for (const [p, v] of before) if (after.get(p) !== v) d.push(`${p}: ${v} -> ${after.get(p) ?? '(gone)'}`);
  for (const [p, v] of after) if (!before.has(p)) d.push(`${p}: new ${v}`);
  return d;
}

/** Regular files under `dir` (symlinks not followed) whose content contains `needle`. */
export function filesContaining(dir: string, needle: string): string[] {
  const hits: string[] = [];
  walkTree(dir, (p, st) => {
    if (st.isFile() && readFileSync(p).includes(needle)) hits.push(p.toString('latin1'));
  });
  return hits;
}

export interface Probe {
  /** "ok", a return value, or "-1 ENAME". */
  result: string;
  /** The rest of the line (data read, directory identity...). */
  detail: string;
}

/** The probes' lines ("<name> = <result> [detail]"); '#' lines are comments. */
export function parseProbes(text: string): Map<string, Probe> {
  const m = new Map<string, Probe>();
  for (const l of text.split('\n')) {
    const x = /^(\S+) = (-1 \S+|\S+)(?: (.*))?$/.exec(l);
    if (x && !l.startsWith('#')) m.set(x[1], { result: x[2], detail: x[3] ?? '' });
  }
  return m;
}

/** The output with the tree's host-specific strings replaced by fixed ones. */
export function normalise(text: string, t: ConfineTree): string {
  return text.split(t.top).join('$T').split(t.marker).join('<MARKER>').split(t.nameMarker).join('<NAMEMARKER>');
}
