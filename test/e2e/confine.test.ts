// Confinement (issue 7): guest/bin/confine tries every way out of the file-system view
// sysgate gives it — `..`, symlinks, /proc magic links, dirfds, held directories swapped
// for symlinks, hard links and renames across mounts, every write to the read-only
// mount, device nodes, mount/chroot/handles — under hostMachine({ root, mounts }) and
// through the CLI. Asserted:
//   - the secret's marker (and the names of the files beside it) never reaches the
//     guest's output, nor any file under the root or the read-write mount;
//   - the host outside the read-write mount is byte-for-byte unchanged (names, modes,
//     owners, link counts, sizes, contents, mtimes, ctimes): the secret, its siblings,
//     the read-only mount, and the root itself (no mount-point directories made);
//   - each probe's result is the one Linux gives in the equivalent chroot
//     (test/expected/confine.native, recorded by scripts/record-confine.mjs), except the
//     differences listed below, each with its reason — all of them confined. The record
//     is root's (a chroot needs it) and the guest runs as the host's user, so this part
//     is checked when the tests run as root; the confinement itself always is.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { hostMachine } from '../../src/api/host.js';
import { REPO } from './fixtures-lib.js';
import {
  confineArgs, filesContaining, makeTree, normalise, parseProbes, snapshot, snapshotDiff, type ConfineTree, type Probe,
} from './confine-lib.js';

const NATIVE = parseProbes(readFileSync(join(REPO, 'test', 'expected', 'confine.native'), 'latin1'));

interface Difference {
  /** Linux's answer (result and detail, as recorded), and sysgate's. */
  linux: string | RegExp;
  sysgate: string | RegExp;
  why: string;
}

const HELD = 'a HostFs node is its host path: a held directory renamed away is stale (ENOENT), where Linux follows the inode';
const NO_HOST_NODES = 'HostFs never makes device nodes or FIFOs on the host (EPERM); Linux root in a chroot does';
const THEREFORE_ABSENT = 'the node was not made (see its mknod)';
const OWN_DRIVERS = 'device numbers name sysgate\'s own drivers only (none for this one: ENXIO), never a host device';
const NO_MOUNT = 'mount(2)/umount2(2) are not implemented (ENOSYS): the guest cannot change its view; Linux root can';
const RESOLVE = 'openat2 validates RESOLVE_* but does not enforce them (src/kernel/syscalls/fs-path.ts, declared partial); the walk stays inside the root';
const CHROOT = 'sysgate\'s "/" is the top of the whole view: ".." never climbs above it, even from outside a chroot; Linux root escapes a chroot this way';

/** Where sysgate differs from Linux in the chroot; the test fails if one of these stops happening. */
const DIFFERENCES: Record<string, Difference> = {
  'proc.hostpath-in-mountinfo': { linux: 'yes', sysgate: '-1 ENOENT', why: 'no /proc/self/mountinfo in sysgate; Linux\'s shows the bind mounts\' host paths' },
  'ro.setxattr': { linux: '-1 EROFS', sysgate: '-1 ENOSYS', why: 'extended attributes are not implemented' },
  'ro.removexattr': { linux: '-1 EROFS', sysgate: '-1 ENOSYS', why: 'extended attributes are not implemented' },
  'deep.mkdir-120': {
    linux: '0 depth=120', sysgate: /^-1 ENAMETOOLONG depth=\d+$/,
    why: 'HostFs calls the host with absolute paths: a guest path under PATH_MAX can be a host path over it',
  },
  'deep.getcwd': { linux: '-1 ENAMETOOLONG', sysgate: /^0 "\/rw(\/d{40})+"$/, why: 'the tree is shallower (deep.mkdir-120): the path fits' },
  'mmap.rw-shared': { linux: '0', sysgate: '-1 ENODEV', why: 'writable MAP_SHARED file mappings are not implemented' },
  'mmap.rw-readback': { linux: '0 data="SHARED"', sysgate: '0 data="......"', why: 'no shared mapping was made (mmap.rw-shared)' },
  'stale.cwd-list': { linux: 'ok dir=? n=0 names=', sysgate: 'ok fstat=-1 ENOENT', why: HELD },
  'stale.cwd-getcwd': { linux: '0 "/rw/s1-moved"', sysgate: '0 "/rw/s1"', why: HELD },
  'stale.cwd-creat': { linux: 'ok', sysgate: '-1 ENOENT', why: HELD },
  'stale.dirfd-creat': { linux: 'ok', sysgate: '-1 ENOENT', why: HELD },
  'stale.dirfd-list': { linux: '1 names=pwned-dirfd', sysgate: '-1 ENOENT', why: HELD },
  'stale.file-linkat': { linux: '0', sysgate: '-1 ENOENT', why: `${HELD} (linkat AT_EMPTY_PATH links by the path)` },
  'stale.file-stolen': { linux: 'ok data="decoy\\x0a"', sysgate: '-1 ENOENT', why: 'the link was not made (stale.file-linkat)' },
  'dev.mknod-rw-mem': { linux: '0', sysgate: '-1 EPERM', why: NO_HOST_NODES },
  'dev.open-rw-mem': { linux: '-1 ENXIO', sysgate: '-1 ENOENT', why: THEREFORE_ABSENT },
  'dev.mknod-rw-kmsg': { linux: '0', sysgate: '-1 EPERM', why: NO_HOST_NODES },
  'dev.open-rw-kmsg': { linux: 'ok read=-1 EINVAL', sysgate: '-1 ENOENT', why: `${THEREFORE_ABSENT}; Linux opened the host's kernel log` },
  'dev.open-dev-kmsg': { linux: 'ok read=-1 EINVAL', sysgate: '-1 ENXIO', why: `${OWN_DRIVERS}; Linux opened the host's kernel log` },
  'dev.mknod-rw-sda': { linux: '0', sysgate: '-1 EPERM', why: NO_HOST_NODES },
  'dev.open-rw-sda': { linux: '-1 ENXIO', sysgate: '-1 ENOENT', why: THEREFORE_ABSENT },
  'dev.mknod-rw-vda': { linux: '0', sysgate: '-1 EPERM', why: NO_HOST_NODES },
  'dev.open-rw-vda': { linux: '-1 EPERM', sysgate: '-1 ENOENT', why: THEREFORE_ABSENT },
  'dev.open-dev-vda': { linux: '-1 EPERM', sysgate: '-1 ENXIO', why: OWN_DRIVERS },
  'dev.mknod-rw-null': { linux: '0', sysgate: '-1 EPERM', why: NO_HOST_NODES },
  'dev.open-rw-null': { linux: 'ok data=""', sysgate: '-1 ENOENT', why: THEREFORE_ABSENT },
  'dev.mkfifo-rw': { linux: '0', sysgate: '-1 EPERM', why: NO_HOST_NODES },
  'admin.mount-tmpfs': { linux: '0', sysgate: '-1 ENOSYS', why: NO_MOUNT },
  'admin.umount-tmpfs': { linux: '0', sysgate: '-1 ENOSYS', why: NO_MOUNT },
  'admin.mount-bind-root': { linux: '0', sysgate: '-1 ENOSYS', why: NO_MOUNT },
  'admin.remount-ro-rw': { linux: '0', sysgate: '-1 ENOSYS', why: NO_MOUNT },
  'admin.remount-ro-write': { linux: 'ok', sysgate: '-1 EROFS', why: 'the read-only mount stayed read-only (admin.remount-ro-rw)' },
  'admin.umount-ro': { linux: '0', sysgate: '-1 ENOSYS', why: NO_MOUNT },
  'admin.umount-ro-list': { linux: 'ok dir=? n=0 names=', sysgate: 'ok dir=ro', why: 'the mount is still there (admin.umount-ro)' },
  'admin.pivot-root': { linux: '-1 EBUSY', sysgate: '-1 ENOSYS', why: 'pivot_root is not implemented' },
  'admin.name-to-handle': { linux: '0', sysgate: '-1 ENOSYS', why: 'file handles are not implemented' },
  'admin.open-by-handle-fsroot': {
    linux: 'ok dir=?', sysgate: '-1 ENOSYS',
    why: 'file handles are not implemented; on Linux this opens the host file system\'s root from inside the chroot ("shocker")',
  },
  'admin.openat2-beneath-up': { linux: '-1 EXDEV', sysgate: 'ok dir=/', why: RESOLVE },
  'admin.openat2-beneath-secret': { linux: '-1 EXDEV', sysgate: '-1 ENOENT', why: RESOLVE },
  'admin.openat2-no-magiclinks': { linux: '-1 ELOOP', sysgate: 'ok dir=/', why: RESOLVE },
  'admin.openat2-no-symlinks': { linux: '-1 ELOOP', sysgate: 'ok data="inside the root\\x0a"', why: RESOLVE },
  'admin.openat2-no-xdev': { linux: '-1 EXDEV', sysgate: 'ok data="read-write content\\x0a"', why: RESOLVE },
  'admin.openat2-in-root-abs': { linux: 'ok data="read-write content\\x0a"', sysgate: '-1 ENOENT', why: RESOLVE },
  'admin.chroot-escape-secret': { linux: 'ok data="SYSGATE-CONFINE-SECRET-<MARKER>\\x0a"', sysgate: '-1 ENOENT', why: CHROOT },
  'admin.chroot-dot-secret': { linux: 'ok data="SYSGATE-CONFINE-SECRET-<MARKER>\\x0a"', sysgate: '-1 ENOENT', why: CHROOT },
  'admin.chroot-dot-write': { linux: 'ok', sysgate: '-1 ENOENT', why: CHROOT },
};

function text(p: Probe): string {
  return p.detail === '' ? p.result : `${p.result} ${p.detail}`;
}

function matches(s: string, want: string | RegExp): boolean {
  return typeof want === 'string' ? s === want : want.test(s);
}

const AS_ROOT = process.getuid?.() === 0;

/** Every probe against the native record and the list of differences (as root: see the top). */
function compareWithLinux(out: string): void {
  const got = parseProbes(out);
  assert.equal(got.get('probes')?.result, String(got.size - 1), 'every probe printed its line');
  if (!AS_ROOT) return;
  assert.deepEqual([...got.keys()], [...NATIVE.keys()], 'the same probes, in the same order');
  const wrong: string[] = [];
  const unused = new Set(Object.keys(DIFFERENCES));
  for (const [name, linux] of NATIVE) {
    const mine = text(got.get(name)!);
    const d = DIFFERENCES[name];
    if (d === undefined) {
      if (mine !== text(linux)) wrong.push(`${name}: Linux "${text(linux)}", sysgate "${mine}"`);
      continue;
    }
    unused.delete(name);
    if (!matches(text(linux), d.linux)) wrong.push(`${name}: the record says "${text(linux)}", the list ${d.linux}`);
    if (!matches(mine, d.sysgate)) wrong.push(`${name}: sysgate "${mine}", the list ${d.sysgate} (Linux "${text(linux)}")`);
  }
  assert.deepEqual(wrong, [], 'results as Linux gives them in the chroot, or as listed');
  assert.deepEqual([...unused], [], 'listed differences that no longer happen');
}

/** What must hold after any run, whatever the probes printed. */
function checkConfined(t: ConfineTree, before: Map<string, string>, stdout: string, stderr: string): void {
  for (const [what, s] of [['stdout', stdout], ['stderr', stderr]]) {
    assert.ok(!s.includes(t.marker), `the secret's marker in the guest's ${what}`);
    assert.ok(!s.includes(t.nameMarker), `an outside file's name in the guest's ${what}`);
  }
  assert.deepEqual(filesContaining(t.root, t.marker), [], 'the marker in a file under the root');
  assert.deepEqual(filesContaining(t.rw, t.marker), [], 'the marker in a file under the read-write mount');
  assert.deepEqual(snapshotDiff(before, snapshot(t.top, [t.rw])), [], 'the host outside the read-write mount changed');
  assert.ok(!existsSync(join(t.root, 'ro')) && !existsSync(join(t.root, 'rw')), 'mount points made on the host');
}

const MOUNTS = (t: ConfineTree) => [
  { host: t.ro, guest: '/ro', readonly: true },
  { host: t.rw, guest: '/rw', readonly: false },
];

function withTree(run: (t: ConfineTree, before: Map<string, string>) => void): void {
  const t = makeTree(join(REPO, 'guest', 'bin', 'confine'));
  try {
    run(t, snapshot(t.top, [t.rw]));
  } finally {
    rmSync(t.top, { recursive: true, force: true });
  }
}

let apiOutput = '';

test('confine under hostMachine({ root, mounts }): nothing outside the view is read or written', () => {
  withTree((t, before) => {
    const m = hostMachine({ root: t.root, mounts: MOUNTS(t), hostStdio: false, stdin: '', seed: 1 });
    m.load('/bin/confine', ['/bin/confine', ...confineArgs(t)], {});
    const r = m.run({ instructionLimit: 5_000_000_000 });
    const stdout = Buffer.from(r.stdout).toString('latin1');
    const stderr = Buffer.from(r.stderr).toString('latin1');
    checkConfined(t, before, stdout, stderr);
    assert.equal(stderr, '');
    assert.equal(r.code, 0, r.diagnostic ?? '');
    apiOutput = normalise(stdout, t);
    compareWithLinux(apiOutput);
  });
});

test('confine through the CLI (sysgate run --root --mount): the same', () => {
  withTree((t, before) => {
    const cli = join(REPO, 'dist', 'src', 'cli', 'main.js');
    const args = ['run', '--clear-env', '--seed', '1', '--root', t.root, '--mount', `${t.ro}:/ro:ro`, '--mount', `${t.rw}:/rw`, '/bin/confine', ...confineArgs(t)];
    const r = spawnSync(process.execPath, [cli, ...args], { input: '', maxBuffer: 1 << 24 });
    const stdout = r.stdout.toString('latin1');
    const stderr = r.stderr.toString('latin1');
    checkConfined(t, before, stdout, stderr);
    assert.equal(stderr, '');
    assert.equal(r.status, 0);
    const out = normalise(stdout, t);
    compareWithLinux(out);
    if (apiOutput !== '') assert.equal(out, apiOutput, 'the CLI and the API give the same answers');
  });
});
