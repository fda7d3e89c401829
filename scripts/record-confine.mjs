#!/usr/bin/env node
// scripts/record-confine.mjs — record what Linux answers to the confinement probes
// (guest/bin/confine) in the chroot equivalent to sysgate's `--root` + `--mount`, as
// the reference for test/e2e/confine.test.ts.
//
//   npm run build && node scripts/record-confine.mjs     (root; util-linux's unshare)
//
// The tree is test/e2e/confine-lib.ts's (imported from dist/). The equivalent of
//   hostMachine({ root: guestroot, mounts: [ro:/ro:ro, rw:/rw] })
// is, in a new mount and pid namespace (so nothing leaks to the host's mounts and the
// probe is pid 1, as /proc/1 would otherwise be the host's init):
//   - ro/ bind-mounted on guestroot/ro and remounted read-only, rw/ on guestroot/rw
//     (Linux needs the mount-point directories; they are made in this script's copy of
//     the tree only — sysgate makes them in the guest's view);
//   - proc on guestroot/proc; a tmpfs on guestroot/dev with sysgate's DevFs nodes
//     (null, zero, full, random, urandom, tty, shm/, pts/, fd, stdin, stdout, stderr);
//   - chroot guestroot, run as root with every capability (the guest's uid is the
//     host's, 0 here), an empty environment, stdin an empty pipe.
// Root in a chroot is not confined (mknod, mount, the chroot escape, open_by_handle_at):
// those probes record what Linux lets root do there, and the test lists where sysgate
// is stricter.
//
// Output: test/expected/confine.native — the probe lines with the temporary directory
// as "$T" and the secret's marker as "<MARKER>", after a "# Linux <release>" line.

import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { release } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lib = await import(join(repo, 'dist', 'test', 'e2e', 'confine-lib.js'));

const tree = lib.makeTree(join(repo, 'guest', 'bin', 'confine'));
mkdirSync(join(tree.root, 'ro'));
mkdirSync(join(tree.root, 'rw'));
const setup = `
set -e
mount --bind "$T/ro" "$R/ro"
mount -o remount,bind,ro "$R/ro"
mount --bind "$T/rw" "$R/rw"
mount -t proc proc "$R/proc"
mount -t tmpfs -o mode=755 tmpfs "$R/dev"
mknod -m 666 "$R/dev/null" c 1 3
mknod -m 666 "$R/dev/zero" c 1 5
mknod -m 666 "$R/dev/full" c 1 7
mknod -m 666 "$R/dev/random" c 1 8
mknod -m 666 "$R/dev/urandom" c 1 9
mknod -m 666 "$R/dev/tty" c 5 0
mkdir -m 1777 "$R/dev/shm"
mkdir "$R/dev/pts"
ln -s /proc/self/fd "$R/dev/fd"
ln -s /proc/self/fd/0 "$R/dev/stdin"
ln -s /proc/self/fd/1 "$R/dev/stdout"
ln -s /proc/self/fd/2 "$R/dev/stderr"
exec env -i "$(command -v chroot)" "$R" "$@"
`;
try {
  const r = spawnSync('unshare', ['--mount', '--pid', '--fork', '--propagation', 'private', 'sh', '-c', setup, 'sh', '/bin/confine', ...lib.confineArgs(tree)], {
    input: '',
    env: { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin', T: tree.top, R: tree.root },
    maxBuffer: 1 << 24,
  });
  if (r.error) throw r.error;
  const stderr = r.stderr.toString('latin1');
  if (r.status !== 0 || stderr !== '') throw new Error(`native run failed (status ${r.status}): ${stderr}`);
  const out = lib.normalise(r.stdout.toString('latin1'), tree);
  const file = join(repo, 'test', 'expected', 'confine.native');
  writeFileSync(file, `# Linux ${release()}\n${out}`, 'latin1');
  console.log(`record-confine: ${lib.parseProbes(out).size} probes -> ${file}`);
} finally {
  rmSync(tree.top, { recursive: true, force: true });
}
