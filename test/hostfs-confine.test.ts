// HostFs confinement (src/vfs/hostfs.ts, "Confinement"): a node the guest holds — its
// cwd, a directory fd, an open file — is a host path; once the guest renames it away
// and puts a symlink to a host directory in its place, no host call may follow that
// symlink. Found by guest/bin/confine (test/e2e/confine.test.ts): before the fix, the
// guest read the secret through its cwd, created files next to it through a dirfd, and
// chmod/chown/truncated/hard-linked it through /proc/self/fd.

import { test, describe, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AT_EMPTY_PATH, Errno, O_CREAT, O_PATH, O_RDONLY, O_RDWR, O_TMPFILE, O_WRONLY, Vfs, errnoName } from '../src/vfs/index.js';
import type { Ctx, Location } from '../src/vfs/index.js';
import { HostFs } from '../src/vfs/hostfs.js';

const ROOT: Ctx = { cred: { uid: 0, gid: 0 } };

function ok<T>(r: T | number, what = 'operation'): T {
  if (typeof r === 'number') assert.fail(`${what} failed: ${errnoName(r) ?? r}`);
  return r;
}
function eq(r: unknown, errno: number, what: string): void {
  assert.equal(r, -errno, `${what}: expected -${errnoName(errno)}, got ${typeof r === 'number' ? (errnoName(r) ?? r) : typeof r}`);
}

describe('HostFs: held nodes whose path is swapped for a symlink', () => {
  let top = '';
  let outside = '';
  let v: Vfs;
  let r: Location;
  /** The outside directory as the host sees it: names, modes, sizes, link counts, contents. */
  const outsideState = (): string =>
    fs.readdirSync(outside).sort().map((n) => {
      const st = fs.lstatSync(join(outside, n));
      return `${n} ${st.mode.toString(8)} ${st.uid}:${st.gid} n${st.nlink} ${st.size} ${st.mtimeMs} ${fs.readFileSync(join(outside, n), 'latin1')}`;
    }).join('\n');
  let before = '';

  beforeEach(() => {
    top = fs.mkdtempSync(join(tmpdir(), 'sysgate-hostfs-'));
    outside = join(top, 'outside');
    fs.mkdirSync(outside);
    fs.writeFileSync(join(outside, 'secret.txt'), 'SECRET\n', { mode: 0o640 });
    fs.mkdirSync(join(top, 'root'));
    v = new Vfs({ root: new HostFs(join(top, 'root')), cred: { uid: 0, gid: 0 } });
    r = v.root();
    before = outsideState();
  });
  afterEach(() => {
    assert.equal(outsideState(), before, 'the outside directory changed');
    fs.rmSync(top, { recursive: true, force: true });
  });

  /** mkdir /name, hold it, rename it to /name-moved, symlink /name -> the outside directory. */
  function heldThenSwapped(name: string): Location {
    assert.equal(v.mkdir(r, `/${name}`, 0o755, ROOT), 0);
    const held = ok(v.chdir(r, `/${name}`, 0, ROOT));
    assert.equal(v.rename(r, `/${name}`, r, `/${name}-moved`, 0, ROOT), 0);
    assert.equal(v.symlink(outside, r, `/${name}`, ROOT), 0);
    return held;
  }

  test('a held directory is stale: nothing below it reaches the host symlink', () => {
    const d = heldThenSwapped('d');
    eq(v.open(d, 'secret.txt', O_RDONLY, 0, ROOT), Errno.ENOENT, 'read through it');
    eq(v.stat(d, 'secret.txt', 0, ROOT), Errno.ENOENT, 'stat through it');
    eq(v.open(d, 'new', O_WRONLY | O_CREAT, 0o644, ROOT), Errno.ENOENT, 'create through it');
    eq(v.mkdir(d, 'dir', 0o755, ROOT), Errno.ENOENT, 'mkdir through it');
    eq(v.symlink('x', d, 'sym', ROOT), Errno.ENOENT, 'symlink through it');
    eq(v.unlink(d, 'secret.txt', 0, ROOT), Errno.ENOENT, 'unlink through it');
    eq(v.rename(d, 'secret.txt', r, '/stolen', 0, ROOT), Errno.ENOENT, 'rename out of it');
    eq(v.link(d, 'secret.txt', r, '/stolen', 0, ROOT), Errno.ENOENT, 'hard link out of it');
    eq(v.chmod(d, 'secret.txt', 0o777, 0, ROOT), Errno.ENOENT, 'chmod through it');
    eq(v.listDir(d, '.', ROOT), Errno.ENOENT, 'list it');
    eq(v.stat(d, '', AT_EMPTY_PATH, ROOT), Errno.ENOENT, 'stat it: the name is another file now');
    assert.ok(!fs.existsSync(join(top, 'root', 'stolen')));
  });

  test('a removed held directory: the symlink put in its place reuses its inode number', () => {
    assert.equal(v.mkdir(r, '/d', 0o755, ROOT), 0);
    const held = ok(v.chdir(r, '/d', 0, ROOT));
    assert.equal(v.rmdir(r, '/d', ROOT), 0);
    assert.equal(v.symlink(outside, r, '/d', ROOT), 0);
    eq(v.open(held, 'secret.txt', O_RDONLY, 0, ROOT), Errno.ENOENT, 'read through it');
    eq(v.open(held, 'new', O_WRONLY | O_CREAT, 0o644, ROOT), Errno.ENOENT, 'create through it');
  });

  test('a parent reached by ".." from a held directory is checked too', () => {
    assert.equal(v.mkdir(r, '/d', 0o755, ROOT), 0);
    assert.equal(v.mkdir(r, '/d/e', 0o755, ROOT), 0);
    const held = ok(v.chdir(r, '/d/e', 0, ROOT));
    assert.equal(v.rename(r, '/d', r, '/d-moved', 0, ROOT), 0);
    assert.equal(v.symlink(outside, r, '/d', ROOT), 0);
    // the parent, made from the path "d", cannot be checked as a directory any more: the
    // walk sees no directory there (ENOTDIR; Linux would be in d-moved)
    eq(v.open(held, '../secret.txt', O_RDONLY, 0, ROOT), Errno.ENOTDIR, 'read through ..');
    eq(v.open(held, '../new', O_WRONLY | O_CREAT, 0o644, ROOT), Errno.ENOTDIR, 'create through ..');
    eq(v.listDir(held, '..', ROOT), Errno.ENOTDIR, 'list ..');
    eq(v.stat(held, '..', 0, ROOT), Errno.ENOENT, 'stat ..');
  });

  test('the directories above a held file are checked too', () => {
    assert.equal(v.mkdir(r, '/d', 0o755, ROOT), 0);
    assert.equal(v.writeFile(r, '/d/secret.txt', 'decoy\n', 0o600, ROOT), 0);
    const held = ok(v.open(r, '/d/secret.txt', O_PATH, 0, ROOT)).location!;
    assert.equal(v.rename(r, '/d', r, '/d-moved', 0, ROOT), 0);
    assert.equal(v.symlink(outside, r, '/d', ROOT), 0);
    eq(v.chmod(held, '', 0o777, AT_EMPTY_PATH, ROOT), Errno.ENOENT, 'chmod');
    eq(v.chown(held, '', 1234, 1234, AT_EMPTY_PATH, ROOT), Errno.ENOENT, 'chown');
    eq(v.utimens(held, '', [{ sec: 1, nsec: 0 }, { sec: 1, nsec: 0 }], AT_EMPTY_PATH, ROOT), Errno.ENOENT, 'utimens');
    eq(v.link(held, '', r, '/stolen', AT_EMPTY_PATH, ROOT), Errno.ENOENT, 'linkat AT_EMPTY_PATH');
    eq(v.openLocation(held, O_RDONLY, ROOT), Errno.ENOENT, 'reopen');
    eq(v.stat(held, '', AT_EMPTY_PATH, ROOT), Errno.ENOENT, 'stat');
  });

  test('an open file is the file itself, wherever it is renamed', () => {
    assert.equal(v.writeFile(r, '/f', 'mine\n', 0o600, ROOT), 0);
    const f = ok(v.open(r, '/f', O_RDWR, 0, ROOT));
    assert.equal(v.rename(r, '/f', r, '/g', 0, ROOT), 0);
    assert.equal(v.symlink(join(outside, 'secret.txt'), r, '/f', ROOT), 0);
    const loc = f.location!;
    assert.equal(ok(v.stat(loc, '', AT_EMPTY_PATH, ROOT)).size, 5, 'fstat: the file, not the symlink');
    assert.equal(v.chmod(loc, '', 0o604, AT_EMPTY_PATH, ROOT), 0);
    assert.equal(fs.statSync(join(top, 'root', 'g')).mode & 0o777, 0o604, 'fchmod reached the renamed file');
    assert.equal(v.utimens(loc, '', [{ sec: 5, nsec: 0 }, { sec: 7, nsec: 0 }], AT_EMPTY_PATH, ROOT), 0);
    assert.equal(fs.statSync(join(top, 'root', 'g')).mtimeMs, 7000);
    const again = ok(v.openLocation(loc, O_RDONLY, ROOT), 'reopen through /proc/self/fd');
    const buf = new Uint8Array(16);
    assert.equal(new TextDecoder().decode(buf.subarray(0, again.read(buf))), 'mine\n');
    again.close();
    f.close();
    eq(v.chmod(loc, '', 0o777, AT_EMPTY_PATH, ROOT), Errno.ENOENT, 'closed: by the path again, which is the symlink');
  });
});

describe('mounts below a renamed directory', () => {
  test('a read-only mount inside the root stays read-only: its ancestors cannot be renamed away', () => {
    // --root R --mount R/sub/data:/sub/data:ro. Mount points are found by their node's
    // key, for a host directory its path: renaming /sub used to detach the mount and
    // uncover R/sub/data — the read-only mount's own directory — through the rw root.
    const top = fs.mkdtempSync(join(tmpdir(), 'sysgate-hostfs-'));
    try {
      fs.mkdirSync(join(top, 'sub', 'data'), { recursive: true });
      fs.mkdirSync(join(top, 'empty'));
      fs.writeFileSync(join(top, 'sub', 'data', 'file'), 'protected\n');
      const v = new Vfs({ root: new HostFs(top), cred: { uid: 0, gid: 0 } });
      const r = v.root();
      ok(v.mount('/sub/data', new HostFs(join(top, 'sub', 'data'), true), { readonly: true }));
      ok(v.mount('/empty/view-only', new HostFs(join(top, 'sub', 'data'), true), { readonly: true, createMountpoint: true }));
      eq(v.writeFile(r, '/sub/data/file', 'x', 0o644, ROOT), Errno.EROFS, 'through the mount');
      eq(v.rename(r, '/sub', r, '/sub2', 0, ROOT), Errno.EBUSY, 'rename an ancestor of a mount point (Linux: 0, the mount moves along)');
      assert.equal(v.mkdir(r, '/target', 0o755, ROOT), 0);
      eq(v.rename(r, '/target', r, '/empty', 0, ROOT), Errno.ENOTEMPTY, 'rename over a directory holding a view-only mount point');
      eq(v.rmdir(r, '/empty', ROOT), Errno.ENOTEMPTY, 'rmdir a directory whose only entry is a view-only mount point');
      eq(v.rename(r, '/empty', r, '/empty2', 0, ROOT), Errno.EBUSY, 'rename it');
      assert.equal(fs.readFileSync(join(top, 'sub', 'data', 'file'), 'utf8'), 'protected\n');
      assert.deepEqual(fs.readdirSync(join(top, 'empty')), [], 'the view-only mount point is not on the host');
    } finally {
      fs.rmSync(top, { recursive: true, force: true });
    }
  });
});

describe('HostFs: the host directory', () => {
  test('is canonical: a symlink to it gives the same confinement', () => {
    const top = fs.mkdtempSync(join(tmpdir(), 'sysgate-hostfs-'));
    try {
      fs.mkdirSync(join(top, 'real'));
      fs.writeFileSync(join(top, 'real', 'in'), 'in\n');
      fs.symlinkSync(join(top, 'real'), join(top, 'via'));
      const h = new HostFs(join(top, 'via'));
      assert.equal(h.hostDir, fs.realpathSync(join(top, 'real')));
      const v = new Vfs({ root: h, cred: { uid: 0, gid: 0 } });
      assert.equal(ok(v.stat(v.root(), '/in', 0, ROOT)).size, 3);
    } finally {
      fs.rmSync(top, { recursive: true, force: true });
    }
  });

  test('O_TMPFILE is checked as Linux does (ENOENT, ENOTDIR, EROFS) before EOPNOTSUPP', () => {
    const top = fs.mkdtempSync(join(tmpdir(), 'sysgate-hostfs-'));
    try {
      fs.writeFileSync(join(top, 'file'), '');
      const v = new Vfs({ cred: { uid: 0, gid: 0 } });
      const r = v.root();
      assert.equal(v.mkdir(r, '/ro', 0o755, ROOT), 0);
      ok(v.mount('/ro', new HostFs(top), { readonly: true }));
      eq(v.open(r, '/missing', O_RDWR | O_TMPFILE, 0o600, ROOT), Errno.ENOENT, 'no directory');
      eq(v.open(r, '/ro/file', O_RDWR | O_TMPFILE, 0o600, ROOT), Errno.ENOTDIR, 'a file');
      eq(v.open(r, '/ro', O_RDWR | O_TMPFILE, 0o600, ROOT), Errno.EROFS, 'a read-only mount');
      eq(v.open(r, '/tmp', O_RDWR | O_TMPFILE, 0o600, ROOT), Errno.EOPNOTSUPP, 'no unnamed files');
      eq(v.open(r, '/tmp', O_RDWR | O_TMPFILE, 0o600, { cred: { uid: 1000, gid: 1000 } }), Errno.EOPNOTSUPP, '/tmp is 1777');
      assert.equal(v.chmod(r, '/tmp', 0o755, 0, ROOT), 0);
      eq(v.open(r, '/tmp', O_RDWR | O_TMPFILE, 0o600, { cred: { uid: 1000, gid: 1000 } }), Errno.EACCES, 'no write permission');
    } finally {
      fs.rmSync(top, { recursive: true, force: true });
    }
  });
});
