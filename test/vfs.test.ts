import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  Vfs, MemFs, ProcFs, Errno, ERRNO_TABLE, strerror, errnoName, errnoByName, formatErrnoResult,
  AT_EMPTY_PATH, AT_REMOVEDIR, AT_SYMLINK_FOLLOW, AT_SYMLINK_NOFOLLOW, DT_CHR, DT_DIR, DT_LNK, DT_REG,
  O_APPEND, O_CREAT, O_DIRECTORY, O_EXCL, O_NOFOLLOW, O_NONBLOCK, O_PATH, O_RDONLY, O_RDWR, O_TRUNC,
  O_WRONLY, RENAME_EXCHANGE, RENAME_NOREPLACE, R_OK, S_IFCHR, S_IFDIR, S_IFLNK, S_IFMT, S_IFREG,
  SEEK_CUR, SEEK_DATA, SEEK_END, SEEK_HOLE, SEEK_SET, UTIME_NOW, UTIME_OMIT, W_OK, X_OK, F_OK,
  makedev, major, minor, fixedClock, bytesToStr, strToBytes, utf8ToByteStr, BaseFile,
} from '../src/vfs/index.js';
import type { Cred, Ctx, Dirent, Location, OpenFile, Stat, FileKind } from '../src/vfs/index.js';
import { HostFs, HostFdFile, hostErrno } from '../src/vfs/hostfs.js';

// ---- helpers ---------------------------------------------------------------------------

function ok<T>(r: T | number, what = 'operation'): T {
  if (typeof r === 'number') assert.fail(`${what} failed: ${errnoName(r) ?? r}`);
  return r;
}
function eq(r: unknown, errno: number, what = ''): void {
  assert.equal(r, -errno, `${what}: expected -${errnoName(errno)}, got ${typeof r === 'number' ? (errnoName(r) ?? r) : typeof r}`);
}
const ROOT: Ctx = { cred: { uid: 0, gid: 0 } };
const ALICE: Cred = { uid: 1000, gid: 1000 };
const BOB: Cred = { uid: 1001, gid: 1001 };
const asA: Ctx = { cred: ALICE };
const asB: Ctx = { cred: BOB };

function fresh(): { v: Vfs; r: Location } {
  const v = new Vfs({ cred: { uid: 0, gid: 0 } });
  return { v, r: v.root() };
}
function te(s: string): Uint8Array {
  return strToBytes(s);
}
function td(b: Uint8Array): string {
  return bytesToStr(b);
}
function readAll(f: OpenFile): string {
  const out: string[] = [];
  for (;;) {
    const b = new Uint8Array(7);
    const n = f.read(b);
    assert.ok(n >= 0, `read: ${errnoName(n)}`);
    if (n === 0) return out.join('');
    out.push(td(b.subarray(0, n)));
  }
}
function st(v: Vfs, at: Location, p: string, flags = 0): Stat {
  return ok(v.stat(at, p, flags, ROOT), `stat ${p}`);
}
function names(v: Vfs, at: Location, p: string, ctx: Ctx = ROOT): string[] {
  return ok(v.listDir(at, p, ctx), `listDir ${p}`).sort();
}

// ---- errno -------------------------------------------------------------------------------

describe('errno table', () => {
  test('numbers, names and glibc messages', () => {
    assert.equal(Errno.ENOENT, 2);
    assert.equal(Errno.EAGAIN, 11);
    assert.equal(Errno.EWOULDBLOCK, 11);
    assert.equal(Errno.ENOTSUP, Errno.EOPNOTSUPP);
    assert.equal(Errno.EHWPOISON, 133);
    assert.equal(strerror(2), 'No such file or directory');
    assert.equal(strerror(-13), 'Permission denied');
    assert.equal(strerror(Errno.EXDEV), 'Invalid cross-device link');
    assert.equal(strerror(Errno.ENOTEMPTY), 'Directory not empty');
    assert.equal(strerror(41), 'Unknown error 41');
    assert.equal(errnoName(11), 'EAGAIN');
    assert.equal(errnoName(35), 'EDEADLK');
    assert.equal(errnoByName('EWOULDBLOCK'), 11);
    assert.equal(errnoByName('toString'), undefined);
    assert.equal(formatErrnoResult(-2), '-1 ENOENT (No such file or directory)');
    assert.equal(formatErrnoResult(-512), '-1 ERESTARTSYS (To be restarted if SA_RESTART is set)');
    // every Linux number 1..133 except the two holes is present exactly once
    const nums = ERRNO_TABLE.filter((e) => !e.internal).map((e) => e.num);
    assert.equal(new Set(nums).size, nums.length);
    assert.equal(nums.length, 131);
    assert.ok(!nums.includes(41) && !nums.includes(58));
  });
  test('host error codes map by name', () => {
    assert.equal(hostErrno({ code: 'ENOTEMPTY' }), -Errno.ENOTEMPTY);
    assert.equal(hostErrno({ code: 'EXDEV' }), -Errno.EXDEV);
    assert.equal(hostErrno(new Error('x')), -Errno.EIO);
  });
});

// ---- path resolution -----------------------------------------------------------------------

describe('path resolution', () => {
  test('., .., repeated and trailing slashes, relative starts', () => {
    const { v, r } = fresh();
    assert.equal(v.mkdir(r, '/a', 0o755, ROOT), 0);
    assert.equal(v.mkdir(r, '/a/b', 0o755), 0);
    assert.equal(v.writeFile(r, '/a/b/f', 'hello', 0o644, ROOT), 0);
    const fino = st(v, r, '/a/b/f').ino;
    for (const p of ['/a/b/f', 'a/b/f', '/a/./b/../b/f', '//a///b//f', '/../../a/b/f', '/a/b/./f']) {
      assert.equal(st(v, r, p).ino, fino, p);
    }
    eq(v.stat(r, '/a/b/f/', 0, ROOT), Errno.ENOTDIR, 'trailing slash on file');
    eq(v.stat(r, '/a/b/f/.', 0, ROOT), Errno.ENOTDIR, 'file/.');
    eq(v.stat(r, '/a/b/f/x', 0, ROOT), Errno.ENOTDIR, 'file/x');
    eq(v.stat(r, '/a/nope/x', 0, ROOT), Errno.ENOENT, 'missing mid');
    eq(v.stat(r, '', 0, ROOT), Errno.ENOENT, 'empty path');
    assert.equal(st(v, r, '/a/b/').mode & S_IFMT, S_IFDIR);
    // relative to a directory handle; AT_EMPTY_PATH
    const b = ok(v.lookup(r, '/a/b', 0, ROOT));
    assert.equal(st(v, b, 'f').ino, fino);
    assert.equal(st(v, b, '../b/f').ino, fino);
    assert.equal(ok(v.stat(b, '', AT_EMPTY_PATH, ROOT)).ino, st(v, r, '/a/b').ino);
    // a non-directory as the start of a relative path
    const f = ok(v.lookup(r, '/a/b/f', 0, ROOT));
    eq(v.stat(f, 'x', 0, ROOT), Errno.ENOTDIR, 'relative from file');
    assert.equal(st(v, f, '/a/b/f').ino, fino, 'absolute ignores the start');
    assert.equal(ok(v.stat(f, '', AT_EMPTY_PATH, ROOT)).ino, fino);
    // getcwd / realpath
    assert.equal(v.pathOf(b), '/a/b');
    assert.equal(v.realpath(r, 'a/./b/..//b/f', ROOT), '/a/b/f');
    assert.equal(v.pathOf(r), '/');
  });

  test('ENAMETOOLONG: NAME_MAX 255 and PATH_MAX 4096', () => {
    const { v, r } = fresh();
    eq(v.stat(r, '/tmp/' + 'x'.repeat(255), 0, ROOT), Errno.ENOENT, '255 chars');
    eq(v.stat(r, '/tmp/' + 'x'.repeat(256), 0, ROOT), Errno.ENAMETOOLONG, '256 chars');
    eq(v.open(r, '/tmp/' + 'y'.repeat(256), O_CREAT | O_WRONLY, 0o644, ROOT), Errno.ENAMETOOLONG, 'create 256');
    assert.equal(v.mkdir(r, '/tmp/' + 'y'.repeat(255), 0o755, ROOT), 0);
    const long = '/' + './'.repeat(2047); // 4095 bytes: allowed
    assert.equal(long.length, 4095);
    assert.equal(st(v, r, long).ino, st(v, r, '/').ino);
    eq(v.stat(r, long + '.', 0, ROOT), Errno.ENAMETOOLONG, '4096 bytes');
  });

  test('chroot-like root: ".." and absolute paths stay inside ctx.root', () => {
    const { v, r } = fresh();
    v.mkdir(r, '/jail', 0o755, ROOT);
    v.mkdir(r, '/jail/sub', 0o755, ROOT);
    v.writeFile(r, '/jail/inside', 'in', 0o644, ROOT);
    v.writeFile(r, '/outside', 'out', 0o644, ROOT);
    const jail = ok(v.lookup(r, '/jail', 0, ROOT));
    const ctx: Ctx = { ...ROOT, root: jail };
    assert.equal(ok(v.stat(jail, '/../../inside', 0, ctx)).ino, st(v, r, '/jail/inside').ino);
    eq(v.stat(jail, '/outside', 0, ctx), Errno.ENOENT, 'outside of jail');
    const sub = ok(v.lookup(jail, 'sub', 0, ctx));
    assert.equal(v.pathOf(sub, ctx), '/sub');
    assert.equal(v.pathOf(sub), '/jail/sub');
    v.symlink('/inside', jail, 'abs', ctx);
    assert.equal(td(ok(v.readFile(jail, 'abs', ctx))), 'in', 'absolute symlink resolves in the jail');
  });

  test('".." across mount points and mount stacking', () => {
    const { v, r } = fresh();
    v.mkdir(r, '/mnt', 0o755, ROOT);
    v.mkdir(r, '/mnt/x', 0o755, ROOT);
    v.writeFile(r, '/mnt/x/under', 'hidden', 0o644, ROOT);
    const m = new MemFs();
    m.mkdirp('d1/d2');
    m.writeFile('d1/file', 'on mount');
    ok(v.mount('/mnt/x', m));
    eq(v.stat(r, '/mnt/x/under', 0, ROOT), Errno.ENOENT, 'covered file');
    assert.equal(td(ok(v.readFile(r, '/mnt/x/d1/file', ROOT))), 'on mount');
    assert.equal(st(v, r, '/mnt/x').dev, m.dev);
    assert.equal(st(v, r, '/mnt/x/..').ino, st(v, r, '/mnt').ino);
    assert.equal(st(v, r, '/mnt/x/d1/d2/../../..').ino, st(v, r, '/mnt').ino);
    const d2 = ok(v.lookup(r, '/mnt/x/d1/d2', 0, ROOT));
    assert.equal(v.pathOf(d2), '/mnt/x/d1/d2');
    assert.equal(st(v, d2, '../../../x/d1/file').ino, st(v, r, '/mnt/x/d1/file').ino);
    // stacked mount on the same point
    const m2 = new MemFs();
    m2.writeFile('top', 't');
    ok(v.mount('/mnt/x', m2));
    assert.deepEqual(names(v, r, '/mnt/x'), ['top']);
    assert.equal(st(v, r, '/mnt/x/..').ino, st(v, r, '/mnt').ino);
    eq(v.umount('/mnt'), Errno.EINVAL, 'umount non-mount');
    assert.equal(v.umount('/mnt/x'), 0);
    assert.deepEqual(names(v, r, '/mnt/x'), ['d1']);
    assert.equal(v.umount('/mnt/x'), 0);
    assert.deepEqual(names(v, r, '/mnt/x'), ['under']);
    assert.ok(v.mountsText().includes('devtmpfs /dev devtmpfs rw'));
  });
});

// ---- symlinks -------------------------------------------------------------------------------

describe('symlinks', () => {
  test('relative, absolute, chains, stat vs lstat, trailing slash', () => {
    const { v, r } = fresh();
    v.mkdir(r, '/d', 0o755, ROOT);
    v.mkdir(r, '/d/e', 0o755, ROOT);
    v.writeFile(r, '/d/e/f', 'data', 0o644, ROOT);
    assert.equal(v.symlink('e/f', r, '/d/rel', ROOT), 0);
    assert.equal(v.symlink('/d/e', r, '/abs', ROOT), 0);
    assert.equal(v.symlink('../rel', r, '/d/e/chain', ROOT), 0);
    assert.equal(td(ok(v.readFile(r, '/d/rel', ROOT))), 'data');
    assert.equal(td(ok(v.readFile(r, '/abs/f', ROOT))), 'data');
    assert.equal(td(ok(v.readFile(r, '/abs/chain', ROOT))), 'data');
    assert.equal(st(v, r, '/d/rel').mode & S_IFMT, S_IFREG);
    const l = st(v, r, '/d/rel', AT_SYMLINK_NOFOLLOW);
    assert.equal(l.mode & S_IFMT, S_IFLNK);
    assert.equal(l.size, 3);
    assert.equal(v.readlink(r, '/d/rel', ROOT), 'e/f');
    eq(v.readlink(r, '/d/e/f', ROOT), Errno.EINVAL, 'readlink of a file');
    // a trailing slash forces following, even for lstat
    assert.equal(ok(v.lstat(r, '/abs/', ROOT)).mode & S_IFMT, S_IFDIR);
    eq(v.lstat(r, '/d/rel/', ROOT), Errno.ENOTDIR, 'slash on link to file');
    // dangling
    v.symlink('/nowhere', r, '/dangling', ROOT);
    eq(v.stat(r, '/dangling', 0, ROOT), Errno.ENOENT, 'dangling stat');
    assert.equal(ok(v.lstat(r, '/dangling', ROOT)).mode & S_IFMT, S_IFLNK);
    eq(v.symlink('', r, '/empty', ROOT), Errno.ENOENT, 'empty target');
    eq(v.symlink('x', r, '/d/rel', ROOT), Errno.EEXIST, 'symlink over existing');
    eq(v.symlink('x', r, '/dangling', ROOT), Errno.EEXIST, 'symlink over dangling');
    eq(v.symlink('x', r, '/newlink/', ROOT), Errno.ENOENT, 'trailing slash new');
  });

  test('loops give ELOOP; 40 links are fine, 41 are not', () => {
    const { v, r } = fresh();
    v.symlink('b', r, '/a', ROOT);
    v.symlink('a', r, '/b', ROOT);
    v.symlink('self', r, '/self', ROOT);
    eq(v.stat(r, '/a', 0, ROOT), Errno.ELOOP, 'a<->b');
    eq(v.stat(r, '/self/x', 0, ROOT), Errno.ELOOP, 'self mid-path');
    eq(v.open(r, '/a', O_RDONLY, 0, ROOT), Errno.ELOOP, 'open loop');
    eq(v.open(r, '/a', O_CREAT | O_WRONLY, 0o644, ROOT), Errno.ELOOP, 'O_CREAT through a loop of dangling links');
    assert.equal(ok(v.lstat(r, '/a', ROOT)).mode & S_IFMT, S_IFLNK, 'lstat does not follow');
    v.writeFile(r, '/target', 'T', 0o644, ROOT);
    v.symlink('target', r, '/l0', ROOT);
    for (let i = 1; i <= 40; i++) v.symlink(`l${i - 1}`, r, `/l${i}`, ROOT);
    assert.equal(td(ok(v.readFile(r, '/l39', ROOT))), 'T', '40 links');
    eq(v.stat(r, '/l40', 0, ROOT), Errno.ELOOP, '41 links');
  });

  test('open flags with symlinks: O_NOFOLLOW, O_PATH, O_CREAT through dangling links, O_EXCL', () => {
    const { v, r } = fresh();
    v.writeFile(r, '/file', 'x', 0o644, ROOT);
    v.symlink('file', r, '/lnk', ROOT);
    eq(v.open(r, '/lnk', O_RDONLY | O_NOFOLLOW, 0, ROOT), Errno.ELOOP, 'O_NOFOLLOW');
    const pf = ok(v.open(r, '/lnk', O_PATH | O_NOFOLLOW, 0, ROOT));
    assert.equal(pf.kind, 'path');
    assert.equal((ok(pf.stat()) as Stat).mode & S_IFMT, S_IFLNK);
    eq(pf.read(new Uint8Array(1)), Errno.EBADF, 'read on O_PATH');
    assert.equal(v.readlink(ok(pf.location === null ? -1 : pf.location), '', ROOT), 'file');
    // O_CREAT through a dangling symlink creates the target
    v.symlink('created-by-link', r, '/tmp/dl', ROOT);
    const f = ok(v.open(r, '/tmp/dl', O_CREAT | O_WRONLY, 0o600, ROOT));
    f.write(te('via link'));
    f.close();
    assert.equal(td(ok(v.readFile(r, '/tmp/created-by-link', ROOT))), 'via link');
    v.symlink('other', r, '/tmp/dl2', ROOT);
    eq(v.open(r, '/tmp/dl2', O_CREAT | O_EXCL | O_WRONLY, 0o600, ROOT), Errno.EEXIST, 'O_EXCL on dangling link');
    eq(v.stat(r, '/tmp/other', 0, ROOT), Errno.ENOENT, 'not created');
  });
});

// ---- open / read / write ------------------------------------------------------------------

describe('open and file I/O', () => {
  test('O_CREAT/O_EXCL/O_TRUNC/O_APPEND/O_DIRECTORY and access modes', () => {
    const { v, r } = fresh();
    const f = ok(v.open(r, '/tmp/f', O_CREAT | O_RDWR, 0o666, { ...ROOT, umask: 0o022 }));
    assert.equal((ok(f.stat()) as Stat).mode, S_IFREG | 0o644);
    assert.equal(f.write(te('hello world')), 11);
    assert.equal(f.lseek(0, SEEK_SET), 0);
    assert.equal(readAll(f), 'hello world');
    const b = new Uint8Array(5);
    assert.equal(f.read(b, 6), 5, 'pread');
    assert.equal(td(b), 'world');
    assert.equal(f.read(b, 0), 5, 'pread');
    assert.equal(td(b), 'hello');
    assert.equal(f.lseek(0, SEEK_CUR), 11, 'pread left the offset alone');
    assert.equal(f.lseek(-5, SEEK_END), 6);
    eq(f.lseek(-100, SEEK_CUR), Errno.EINVAL, 'negative offset');
    assert.equal(f.lseek(3, SEEK_DATA), 3);
    assert.equal(f.lseek(3, SEEK_HOLE), 11);
    eq(f.lseek(11, SEEK_DATA), Errno.ENXIO, 'SEEK_DATA at EOF');
    f.close();
    eq(v.open(r, '/tmp/f', O_CREAT | O_EXCL | O_WRONLY, 0o644, ROOT), Errno.EEXIST, 'O_EXCL');
    eq(v.open(r, '/tmp/f', O_RDONLY | O_DIRECTORY, 0, ROOT), Errno.ENOTDIR, 'O_DIRECTORY on file');
    eq(v.open(r, '/tmp', O_WRONLY, 0, ROOT), Errno.EISDIR, 'dir for writing');
    eq(v.open(r, '/tmp', O_RDONLY | O_CREAT, 0o644, ROOT), Errno.EISDIR, 'O_CREAT on dir');
    eq(v.open(r, '/tmp/new/', O_CREAT | O_WRONLY, 0o644, ROOT), Errno.EISDIR, 'O_CREAT with trailing slash');
    eq(v.open(r, '/tmp/x', O_CREAT | O_DIRECTORY, 0o644, ROOT), Errno.EINVAL, 'O_CREAT|O_DIRECTORY');
    eq(v.open(r, '/tmp/nope', O_RDONLY, 0, ROOT), Errno.ENOENT, 'missing');
    // access modes
    const ro = ok(v.open(r, '/tmp/f', O_RDONLY, 0, ROOT));
    eq(ro.write(te('x')), Errno.EBADF, 'write on O_RDONLY');
    eq(ro.truncate(0), Errno.EINVAL, 'ftruncate on O_RDONLY');
    const wo = ok(v.open(r, '/tmp/f', O_WRONLY, 0, ROOT));
    eq(wo.read(new Uint8Array(1)), Errno.EBADF, 'read on O_WRONLY');
    // O_APPEND: writes (and pwrites, as on Linux) go to the end
    const ap = ok(v.open(r, '/tmp/f', O_WRONLY | O_APPEND, 0, ROOT));
    assert.equal(ap.write(te('!')), 1);
    assert.equal(ap.write(te('?'), 0), 1);
    assert.equal(td(ok(v.readFile(r, '/tmp/f', ROOT))), 'hello world!?');
    // O_TRUNC
    ok(v.open(r, '/tmp/f', O_WRONLY | O_TRUNC, 0, ROOT)).close();
    assert.equal(st(v, r, '/tmp/f').size, 0);
    // the read-only description's offset is independent
    assert.equal(ro.read(new Uint8Array(4)), 0);
  });

  test('holes, truncate, unlinked open files', () => {
    const { v, r } = fresh();
    const f = ok(v.open(r, '/tmp/h', O_CREAT | O_RDWR, 0o644, ROOT));
    assert.equal(f.write(te('END'), 100), 3);
    assert.equal((ok(f.stat()) as Stat).size, 103);
    const buf = new Uint8Array(103).fill(0xaa);
    assert.equal(f.read(buf, 0), 103);
    assert.ok(buf.subarray(0, 100).every((x) => x === 0), 'hole reads as zeros');
    assert.equal(td(buf.subarray(100)), 'END');
    assert.equal(f.truncate(2), 0);
    assert.equal(f.truncate(10), 0);
    const b2 = new Uint8Array(10).fill(0xaa);
    assert.equal(f.read(b2, 0), 10);
    assert.ok(b2.every((x) => x === 0), 'shrink + grow gives zeros');
    f.write(te('0123456789'.repeat(4)), 0);
    assert.equal(f.truncate(38), 0);
    assert.equal(f.truncate(40), 0);
    const b40 = new Uint8Array(40);
    assert.equal(f.read(b40, 0), 40);
    assert.equal(td(b40.subarray(30)), '01234567\0\0', 'a small shrink also clears the cut-off bytes');
    assert.equal(v.truncate(r, '/tmp/h', 5, ROOT), 0);
    assert.equal(st(v, r, '/tmp/h').size, 5);
    eq(v.truncate(r, '/tmp', 0, ROOT), Errno.EISDIR, 'truncate dir');
    eq(v.truncate(r, '/dev/null', 0, ROOT), Errno.EINVAL, 'truncate device');
    // unlink while open
    f.write(te('abc'), 0);
    assert.equal(v.unlink(r, '/tmp/h', 0, ROOT), 0);
    eq(v.stat(r, '/tmp/h', 0, ROOT), Errno.ENOENT, 'gone from the tree');
    const b3 = new Uint8Array(3);
    assert.equal(f.read(b3, 0), 3);
    assert.equal(td(b3), 'abc');
    assert.equal((ok(f.stat()) as Stat).nlink, 0);
    assert.equal(f.location !== null && v.displayPath(f.location), '/tmp/h (deleted)');
  });

  test('hard links, mknod, utimens, chmod, chown', () => {
    const v = new Vfs({ cred: { uid: 0, gid: 0 }, clock: fixedClock({ sec: 1000, nsec: 5 }) });
    const r = v.root();
    v.writeFile(r, '/tmp/a', 'A', 0o644, ROOT);
    assert.equal(v.link(r, '/tmp/a', r, '/tmp/b', 0, ROOT), 0);
    assert.equal(st(v, r, '/tmp/a').nlink, 2);
    assert.equal(st(v, r, '/tmp/b').ino, st(v, r, '/tmp/a').ino);
    eq(v.link(r, '/tmp', r, '/tmp/dirlink', 0, ROOT), Errno.EPERM, 'link a directory');
    eq(v.link(r, '/tmp/a', r, '/tmp/b', 0, ROOT), Errno.EEXIST, 'link over existing');
    eq(v.link(r, '/tmp/a', r, '/dev/a', 0, ROOT), Errno.EXDEV, 'link across mounts');
    v.symlink('a', r, '/tmp/sl', ROOT);
    v.link(r, '/tmp/sl', r, '/tmp/sl-nofollow', 0, ROOT);
    v.link(r, '/tmp/sl', r, '/tmp/sl-follow', AT_SYMLINK_FOLLOW, ROOT);
    assert.equal(st(v, r, '/tmp/sl-nofollow', AT_SYMLINK_NOFOLLOW).mode & S_IFMT, S_IFLNK);
    assert.equal(st(v, r, '/tmp/sl-follow', AT_SYMLINK_NOFOLLOW).ino, st(v, r, '/tmp/a').ino);
    // mknod
    assert.equal(v.mknod(r, '/tmp/mynull', S_IFCHR | 0o666, makedev(1, 3), ROOT), 0);
    const n = ok(v.open(r, '/tmp/mynull', O_RDWR, 0, ROOT));
    assert.equal(n.write(te('discard')), 7);
    assert.equal(n.read(new Uint8Array(4)), 0);
    eq(v.mknod(r, '/tmp/d', S_IFDIR | 0o755, 0, ROOT), Errno.EPERM, 'mknod dir');
    // utimens
    assert.equal(v.utimens(r, '/tmp/a', [{ sec: 10, nsec: 20 }, { sec: 30, nsec: 40 }], 0, ROOT), 0);
    let s = st(v, r, '/tmp/a');
    assert.deepEqual([s.atime, s.mtime, s.ctime], [{ sec: 10, nsec: 20 }, { sec: 30, nsec: 40 }, { sec: 1000, nsec: 5 }]);
    assert.equal(v.utimens(r, '/tmp/a', [{ sec: 0, nsec: UTIME_OMIT }, { sec: 0, nsec: UTIME_NOW }], 0, ROOT), 0);
    s = st(v, r, '/tmp/a');
    assert.deepEqual([s.atime, s.mtime], [{ sec: 10, nsec: 20 }, { sec: 1000, nsec: 5 }]);
    eq(v.utimens(r, '/tmp/a', [{ sec: 0, nsec: 1e9 }, { sec: 0, nsec: 0 }], 0, ROOT), Errno.EINVAL, 'bad nsec');
    // chmod / chown
    assert.equal(v.chmod(r, '/tmp/a', 0o4751, 0, ROOT), 0);
    assert.equal(st(v, r, '/tmp/a').mode, S_IFREG | 0o4751);
    eq(v.chmod(r, '/tmp/sl', 0o600, AT_SYMLINK_NOFOLLOW, ROOT), Errno.EOPNOTSUPP, 'chmod symlink');
    assert.equal(v.chown(r, '/tmp/a', 1000, -1, 0, ROOT), 0);
    s = st(v, r, '/tmp/a');
    assert.equal(s.uid, 1000);
    assert.equal(s.gid, 0);
    assert.equal(s.mode & 0o4000, 0, 'chown clears setuid');
  });
});

// ---- unlink / rmdir ----------------------------------------------------------------------

describe('unlink and rmdir', () => {
  test('Linux errors', () => {
    const { v, r } = fresh();
    v.mkdir(r, '/d', 0o755, ROOT);
    v.mkdir(r, '/d/sub', 0o755, ROOT);
    v.writeFile(r, '/d/f', '', 0o644, ROOT);
    eq(v.unlink(r, '/d/sub', 0, ROOT), Errno.EISDIR, 'unlink dir');
    eq(v.unlink(r, '/d/f/', 0, ROOT), Errno.ENOTDIR, 'unlink file/');
    eq(v.unlink(r, '/d/sub/', 0, ROOT), Errno.EISDIR, 'unlink dir/');
    eq(v.unlink(r, '/d/.', 0, ROOT), Errno.EISDIR, 'unlink .');
    eq(v.unlink(r, '/d/nope', 0, ROOT), Errno.ENOENT, 'unlink missing');
    eq(v.rmdir(r, '/d', ROOT), Errno.ENOTEMPTY, 'rmdir non-empty');
    eq(v.rmdir(r, '/d/f', ROOT), Errno.ENOTDIR, 'rmdir file');
    eq(v.rmdir(r, '/d/sub/.', ROOT), Errno.EINVAL, 'rmdir .');
    eq(v.rmdir(r, '/d/sub/..', ROOT), Errno.ENOTEMPTY, 'rmdir ..');
    eq(v.rmdir(r, '/', ROOT), Errno.EBUSY, 'rmdir /');
    eq(v.rmdir(r, '/dev', ROOT), Errno.EBUSY, 'rmdir mount point');
    eq(v.unlink(r, '/dev', 0, ROOT), Errno.EISDIR, 'unlink mount point dir');
    const sub = ok(v.chdir(r, '/d/sub', 0, ROOT));
    assert.equal(v.unlink(r, '/d/sub/', AT_REMOVEDIR, ROOT), 0);
    eq(v.pathOf(sub), Errno.ENOENT, 'getcwd of removed dir');
    eq(v.open(sub, 'x', O_CREAT | O_WRONLY, 0o644, ROOT), Errno.ENOENT, 'create in removed dir');
    assert.equal(st(v, r, '/d').nlink, 2);
  });
});

// ---- rename ---------------------------------------------------------------------------------

describe('rename', () => {
  function setup(): { v: Vfs; r: Location } {
    const { v, r } = fresh();
    for (const d of ['/a', '/a/sub', '/empty', '/full', '/full/x']) v.mkdir(r, d, 0o755, ROOT);
    v.writeFile(r, '/f1', 'one', 0o644, ROOT);
    v.writeFile(r, '/f2', 'two', 0o644, ROOT);
    return { v, r };
  }
  test('files and directories', () => {
    const { v, r } = setup();
    const ino1 = st(v, r, '/f1').ino;
    assert.equal(v.rename(r, '/f1', r, '/f2', 0, ROOT), 0, 'file over file');
    assert.equal(st(v, r, '/f2').ino, ino1);
    eq(v.stat(r, '/f1', 0, ROOT), Errno.ENOENT, 'old name gone');
    eq(v.rename(r, '/a', r, '/f2', 0, ROOT), Errno.ENOTDIR, 'dir over file');
    eq(v.rename(r, '/f2', r, '/a', 0, ROOT), Errno.EISDIR, 'file over dir');
    eq(v.rename(r, '/a', r, '/full', 0, ROOT), Errno.ENOTEMPTY, 'dir over non-empty dir');
    eq(v.rename(r, '/a', r, '/a/sub/inside', 0, ROOT), Errno.EINVAL, 'dir into its own subtree');
    eq(v.rename(r, '/a', r, '/a/new', 0, ROOT), Errno.EINVAL, 'dir into itself');
    eq(v.rename(r, '/a/sub', r, '/a', 0, ROOT), Errno.ENOTEMPTY, 'over its own ancestor');
    eq(v.rename(r, '/a/sub', r, '/a', RENAME_EXCHANGE, ROOT), Errno.EINVAL, 'exchange with its own ancestor');
    eq(v.rename(r, '/a', r, '/a/sub', RENAME_EXCHANGE, ROOT), Errno.EINVAL, 'exchange with its own descendant');
    eq(v.rename(r, '/a/.', r, '/b', 0, ROOT), Errno.EBUSY, 'rename .');
    eq(v.rename(r, '/a', r, '/.', 0, ROOT), Errno.EBUSY, 'rename onto .');
    eq(v.rename(r, '/f2/', r, '/f3', 0, ROOT), Errno.ENOTDIR, 'trailing slash on a file');
    eq(v.rename(r, '/f2', r, '/f3/', 0, ROOT), Errno.ENOTDIR, 'trailing slash on the new name');
    eq(v.rename(r, '/nope', r, '/x', 0, ROOT), Errno.ENOENT, 'missing source');
    assert.equal(v.rename(r, '/f2', r, '/tmp/f2', 0, ROOT), 0, 'same fs, same mount: fine');
    eq(v.rename(r, '/tmp/f2', r, '/dev/f2', 0, ROOT), Errno.EXDEV, 'across mounts');
    eq(v.rename(r, '/dev', r, '/dev2', 0, ROOT), Errno.EBUSY, 'mount point');
    // the same file system mounted twice is still two mounts
    const shared = new MemFs();
    shared.writeFile('x', 'x');
    v.mkdir(r, '/m1', 0o755, ROOT);
    v.mkdir(r, '/m2', 0o755, ROOT);
    ok(v.mount('/m1', shared));
    ok(v.mount('/m2', shared));
    eq(v.rename(r, '/m1/x', r, '/m2/y', 0, ROOT), Errno.EXDEV, 'same fs, different mounts');
    eq(v.link(r, '/m1/x', r, '/m2/y', 0, ROOT), Errno.EXDEV, 'link across mounts of one fs');
    assert.equal(v.rename(r, '/m1/x', r, '/m1/y', 0, ROOT), 0);
    assert.equal(st(v, r, '/m2/y').ino, st(v, r, '/m1/y').ino);
    v.umount('/m1');
    v.umount('/m2');
    v.rmdir(r, '/m1', ROOT);
    v.rmdir(r, '/m2', ROOT);
    // directory over an empty directory; the moved directory's path follows it
    const sub = ok(v.lookup(r, '/a/sub', 0, ROOT));
    const aIno = st(v, r, '/a').ino;
    assert.equal(v.rename(r, '/a', r, '/empty', 0, ROOT), 0);
    assert.equal(st(v, r, '/empty').ino, aIno);
    assert.equal(v.pathOf(sub), '/empty/sub');
    assert.equal(st(v, r, '/').nlink, 2 + ['empty', 'full', 'dev', 'proc', 'tmp'].length, 'root nlink');
    // same inode (hard links): nothing happens
    v.link(r, '/tmp/f2', r, '/tmp/f2b', 0, ROOT);
    assert.equal(v.rename(r, '/tmp/f2', r, '/tmp/f2b', 0, ROOT), 0);
    assert.deepEqual(names(v, r, '/tmp'), ['f2', 'f2b']);
  });
  test('RENAME_NOREPLACE and RENAME_EXCHANGE', () => {
    const { v, r } = setup();
    eq(v.rename(r, '/f1', r, '/f2', RENAME_NOREPLACE, ROOT), Errno.EEXIST, 'noreplace');
    assert.equal(v.rename(r, '/f1', r, '/f3', RENAME_NOREPLACE, ROOT), 0);
    eq(v.rename(r, '/f3', r, '/f9', RENAME_EXCHANGE, ROOT), Errno.ENOENT, 'exchange with nothing');
    eq(v.rename(r, '/f3', r, '/f2', RENAME_EXCHANGE | RENAME_NOREPLACE, ROOT), Errno.EINVAL, 'both flags');
    assert.equal(v.rename(r, '/f3', r, '/a', RENAME_EXCHANGE, ROOT), 0);
    assert.equal(st(v, r, '/f3').mode & S_IFMT, S_IFDIR);
    assert.equal(td(ok(v.readFile(r, '/a', ROOT))), 'one');
    assert.ok(names(v, r, '/f3').includes('sub'));
  });
  test('sticky directory and permissions', () => {
    const { v, r } = fresh();
    v.writeFile(r, '/tmp/alice', 'a', 0o644, asA);
    v.writeFile(r, '/tmp/bob', 'b', 0o644, asB);
    eq(v.rename(r, '/tmp/alice', r, '/tmp/x', 0, asB), Errno.EPERM, 'sticky: not the owner');
    eq(v.unlink(r, '/tmp/alice', 0, asB), Errno.EPERM, 'sticky unlink');
    eq(v.rename(r, '/tmp/alice', r, '/tmp/bob', 0, asA), Errno.EPERM, 'sticky: replacing bob\'s file');
    assert.equal(v.rename(r, '/tmp/alice', r, '/tmp/alice2', 0, asA), 0);
    assert.equal(v.unlink(r, '/tmp/bob', 0, ROOT), 0, 'root ignores sticky');
    eq(v.rename(r, '/tmp/alice2', r, '/alice', 0, asA), Errno.EACCES, 'no write permission on /');
  });
});

// ---- getdents ----------------------------------------------------------------------------

describe('getdents', () => {
  test('entries, types, resumable offsets, rewind', () => {
    const { v, r } = fresh();
    v.mkdir(r, '/d', 0o755, ROOT);
    v.writeFile(r, '/d/file', '', 0o644, ROOT);
    v.mkdir(r, '/d/dir', 0o755, ROOT);
    v.symlink('file', r, '/d/link', ROOT);
    v.mknod(r, '/d/null', S_IFCHR | 0o666, makedev(1, 3), ROOT);
    const f = ok(v.open(r, '/d', O_RDONLY | O_DIRECTORY, 0, ROOT));
    const first: Dirent[] = [];
    // a "buffer" that holds only two records
    assert.equal(f.getdents((d) => (first.length < 2 ? (first.push(d), true) : false)), 2);
    assert.deepEqual(first.map((d) => d.name), ['.', '..']);
    assert.equal(first[0].ino, st(v, r, '/d').ino);
    assert.equal(first[1].ino, st(v, r, '/').ino);
    const rest: Dirent[] = [];
    assert.equal(f.getdents((d) => (rest.push(d), true)), 4);
    assert.equal(f.getdents(() => true), 0, 'end of directory');
    const byName = new Map(rest.map((d) => [d.name, d]));
    assert.deepEqual([...byName.keys()], ['file', 'dir', 'link', 'null']);
    assert.equal(byName.get('file')?.type, DT_REG);
    assert.equal(byName.get('dir')?.type, DT_DIR);
    assert.equal(byName.get('link')?.type, DT_LNK);
    assert.equal(byName.get('null')?.type, DT_CHR);
    assert.equal(byName.get('file')?.ino, st(v, r, '/d/file').ino);
    // lseek to a d_off resumes right after that entry
    const dirOff = byName.get('dir')?.off ?? -1;
    assert.equal(f.lseek(dirOff, SEEK_SET), dirOff);
    const after: string[] = [];
    f.getdents((d) => (after.push(d.name), true));
    assert.deepEqual(after, ['link', 'null']);
    // rewind sees new entries
    v.writeFile(r, '/d/new', '', 0o644, ROOT);
    assert.equal(f.lseek(0, SEEK_SET), 0);
    const all: string[] = [];
    f.getdents((d) => (all.push(d.name), true));
    assert.deepEqual(all, ['.', '..', 'file', 'dir', 'link', 'null', 'new']);
    eq(f.read(new Uint8Array(1)), Errno.EISDIR, 'read on a dir');
    eq(f.lseek(0, SEEK_END), Errno.EINVAL, 'SEEK_END on dir');
    const reg = ok(v.open(r, '/d/file', O_RDONLY, 0, ROOT));
    eq(reg.getdents(() => true), Errno.ENOTDIR, 'getdents on a file');
  });
});

// ---- permissions --------------------------------------------------------------------------

describe('permissions', () => {
  test('owner/group/other bits, root bypass, search permission, access()', () => {
    const { v, r } = fresh();
    v.mkdir(r, '/home', 0o755, ROOT);
    v.mkdir(r, '/home/alice', 0o700, ROOT);
    v.chown(r, '/home/alice', 1000, 1000, 0, ROOT);
    v.writeFile(r, '/home/alice/secret', 's', 0o600, asA);
    v.writeFile(r, '/shared', 'g', 0o640, ROOT);
    v.chown(r, '/shared', 0, 50, 0, ROOT);
    v.writeFile(r, '/script', '#!', 0o644, ROOT);
    assert.equal(td(ok(v.readFile(r, '/home/alice/secret', asA))), 's');
    eq(v.open(r, '/home/alice/secret', O_RDONLY, 0, asB), Errno.EACCES, 'bob cannot search alice\'s home');
    eq(v.stat(r, '/home/alice/secret', 0, asB), Errno.EACCES, 'stat needs search permission');
    assert.equal(td(ok(v.readFile(r, '/home/alice/secret', ROOT))), 's', 'root bypass');
    eq(v.open(r, '/home/x', O_CREAT | O_WRONLY, 0o644, asA), Errno.EACCES, 'create in root-owned dir');
    eq(v.mkdir(r, '/home/y', 0o755, asA), Errno.EACCES, 'mkdir in root-owned dir');
    eq(v.open(r, '/shared', O_RDONLY, 0, asA), Errno.EACCES, 'other: no read');
    assert.equal(td(ok(v.readFile(r, '/shared', { cred: { uid: 1000, gid: 1000, groups: [50] } }))), 'g', 'group via supplementary groups');
    eq(v.open(r, '/shared', O_WRONLY, 0, { cred: { uid: 1000, gid: 50 } }), Errno.EACCES, 'group: no write');
    eq(v.open(r, '/shared', O_RDONLY | O_TRUNC, 0, { cred: { uid: 1000, gid: 50 } }), Errno.EACCES, 'O_TRUNC needs write');
    assert.equal(v.access(r, '/shared', R_OK, 0, { cred: { uid: 7, gid: 50 } }), 0);
    eq(v.access(r, '/shared', W_OK, 0, { cred: { uid: 7, gid: 50 } }), Errno.EACCES, 'access W_OK');
    assert.equal(v.access(r, '/script', R_OK | W_OK, 0, ROOT), 0);
    eq(v.access(r, '/script', X_OK, 0, ROOT), Errno.EACCES, 'root needs an x bit to execute');
    v.chmod(r, '/script', 0o744, 0, ROOT);
    assert.equal(v.access(r, '/script', X_OK, 0, ROOT), 0);
    eq(v.access(r, '/script', X_OK, 0, asA), Errno.EACCES, 'owner-only x');
    assert.equal(v.access(r, '/home', X_OK, 0, ROOT), 0, 'root searches any dir');
    assert.equal(v.access(r, '/nope', F_OK, 0, ROOT), -Errno.ENOENT);
    eq(v.access(r, '/script', 8, 0, ROOT), Errno.EINVAL, 'bad mode');
    // ownership-based operations
    eq(v.chmod(r, '/shared', 0o777, 0, asA), Errno.EPERM, 'chmod by non-owner');
    eq(v.chown(r, '/home/alice/secret', 1001, -1, 0, asA), Errno.EPERM, 'give away a file');
    eq(v.chown(r, '/home/alice/secret', -1, 50, 0, asA), Errno.EPERM, 'chgrp to a foreign group');
    assert.equal(v.chown(r, '/home/alice/secret', -1, 50, 0, { cred: { uid: 1000, gid: 1000, groups: [50] } }), 0);
    eq(v.utimens(r, '/shared', [{ sec: 1, nsec: 0 }, { sec: 1, nsec: 0 }], 0, asA), Errno.EPERM, 'explicit times');
    eq(v.utimens(r, '/shared', null, 0, asA), Errno.EACCES, 'now without write');
    eq(v.chdir(r, '/home/alice', 0, asB), Errno.EACCES, 'chdir without x');
    eq(v.chdir(r, '/shared', 0, ROOT), Errno.ENOTDIR, 'chdir to a file');
    // setgid directory: new files take its group, new dirs inherit setgid
    v.mkdir(r, '/proj', 0o2777, ROOT);
    v.chown(r, '/proj', 0, 77, 0, ROOT);
    v.chmod(r, '/proj', 0o2777, 0, ROOT);
    v.writeFile(r, '/proj/f', '', 0o644, asA);
    v.mkdir(r, '/proj/d', 0o755, asA);
    assert.equal(st(v, r, '/proj/f').gid, 77);
    assert.equal(st(v, r, '/proj/d').mode & 0o2000, 0o2000);
  });

  test('the default credentials are the host\'s (non-root unless the host is root)', () => {
    const v = new Vfs();
    const uid = process.getuid?.() ?? 1000;
    assert.equal(v.defaultCred.uid, uid);
  });
});

// ---- devices -----------------------------------------------------------------------------

describe('devices', () => {
  test('/dev/null, /dev/zero, /dev/full, /dev/urandom, /dev/tty', () => {
    const { v, r } = fresh();
    const s = st(v, r, '/dev/null');
    assert.equal(s.mode, S_IFCHR | 0o666);
    assert.equal(major(s.rdev), 1);
    assert.equal(minor(s.rdev), 3);
    const nul = ok(v.open(r, '/dev/null', O_RDWR, 0, asA));
    assert.equal(nul.kind, 'chr');
    assert.equal(nul.read(new Uint8Array(16)), 0, 'null reads EOF');
    assert.equal(nul.write(new Uint8Array(1234)), 1234, 'null swallows writes');
    assert.equal(nul.lseek(100, SEEK_SET), 0);
    const zero = ok(v.open(r, '/dev/zero', O_RDONLY, 0, asA));
    const zb = new Uint8Array(100000).fill(0xaa);
    assert.equal(zero.read(zb), 100000);
    assert.ok(zb.every((x) => x === 0), '/dev/zero gives zeros');
    eq(zero.write(new Uint8Array(1)), Errno.EBADF, 'write on read-only zero');
    const full = ok(v.open(r, '/dev/full', O_WRONLY, 0, asA));
    eq(full.write(new Uint8Array(1)), Errno.ENOSPC, '/dev/full');
    const ur = ok(v.open(r, '/dev/urandom', O_RDONLY, 0, asA));
    const rb = new Uint8Array(70000);
    assert.equal(ur.read(rb), 70000);
    assert.ok(rb.some((x) => x !== 0) && rb.subarray(65536).some((x) => x !== 0));
    eq(v.open(r, '/dev/tty', O_RDWR, 0, asA), Errno.ENXIO, 'no controlling terminal');
    class FakeTty extends BaseFile {
      readonly kind: FileKind = 'chr';
      override isatty(): boolean {
        return true;
      }
    }
    v.setTty((loc, flags) => new FakeTty(flags, loc));
    assert.equal(ok(v.open(r, '/dev/tty', O_RDWR, 0, asA)).isatty(), true);
    assert.equal(names(v, r, '/dev').join(','), 'fd,full,null,pts,random,shm,stderr,stdin,stdout,tty,urandom,zero');
    eq(v.mknod(r, '/tmp/c', S_IFCHR | 0o600, makedev(1, 3), asA), Errno.EPERM, 'mknod c needs root');
    assert.equal(v.mknod(r, '/tmp/c', S_IFCHR | 0o600, makedev(9, 9), ROOT), 0);
    eq(v.open(r, '/tmp/c', O_RDONLY, 0, ROOT), Errno.ENXIO, 'no driver');
    assert.equal(typeof v.open(r, '/dev/null', O_WRONLY | O_TRUNC, 0, asA), 'object', 'O_TRUNC ignored on devices');
  });
  test('seeded random source', () => {
    let k = 0;
    const v = new Vfs({ random: (b) => b.forEach((_, i) => (b[i] = k++ & 0xff)) });
    const f = ok(v.open(v.root(), '/dev/random', O_RDONLY, 0, ROOT));
    const b = new Uint8Array(4);
    f.read(b);
    assert.deepEqual([...b], [0, 1, 2, 3]);
  });
});

// ---- /proc --------------------------------------------------------------------------------

describe('procfs', () => {
  test('callback files, symlinks, magic links, dynamic directories', () => {
    const { v, r } = fresh();
    const proc = v.proc;
    assert.ok(proc instanceof ProcFs);
    let counter = 0;
    proc.addFile('counter', () => `n=${++counter}\n`);
    proc.addSymlink('self', () => '42');
    proc.addDir('42', {});
    proc.addSymlink('42/exe', () => '/bin/prog');
    v.mkdir(r, '/tmp/deep', 0o755, ROOT);
    v.writeFile(r, '/tmp/deep/file', 'magic', 0o644, ROOT);
    const target = ok(v.lookup(r, '/tmp/deep/file', 0, ROOT));
    proc.addSymlink('42/fd/3', () => '/tmp/deep/file', () => target);
    proc.addDir('42/task', {
      list: () => ['42', '43'],
      lookup: (name) => (name === '42' || name === '43' ? { kind: 'dir', lookup: (n) => (n === 'comm' ? { kind: 'file', read: () => `t${name}\n` } : null), list: () => ['comm'] } : null),
    });
    const written: string[] = [];
    proc.addFile('knob', () => 'k\n', (d) => (written.push(td(d)), d.length));

    const f = ok(v.open(r, '/proc/counter', O_RDONLY, 0, asA));
    assert.equal(readAll(f), 'n=1\n');
    assert.equal(readAll(f), '', 'EOF after the snapshot');
    f.lseek(0, SEEK_SET);
    assert.equal(readAll(f), 'n=2\n', 'regenerated at offset 0');
    assert.equal(st(v, r, '/proc/counter').size, 0);
    assert.equal(v.readlink(r, '/proc/self/exe', ROOT), '/bin/prog');
    assert.equal(v.readlink(r, '/proc/self', ROOT), '42');
    assert.equal(td(ok(v.readFile(r, '/proc/self/fd/3', ROOT))), 'magic');
    // the magic link still reaches the file after it is renamed away
    v.rename(r, '/tmp/deep/file', r, '/tmp/moved', 0, ROOT);
    assert.equal(td(ok(v.readFile(r, '/proc/self/fd/3', ROOT))), 'magic');
    assert.deepEqual(names(v, r, '/proc/self/task'), ['42', '43']);
    assert.equal(td(ok(v.readFile(r, '/proc/42/task/43/comm', ROOT))), 't43\n');
    eq(v.stat(r, '/proc/42/task/44', 0, ROOT), Errno.ENOENT, 'dynamic miss');
    assert.equal(st(v, r, '/proc/42/task/43/comm').ino, st(v, r, '/proc/self/task/43/comm').ino, 'stable inode numbers');
    eq(v.open(r, '/proc/counter', O_WRONLY, 0, asA), Errno.EACCES, '0444 file');
    const w = ok(v.open(r, '/proc/counter', O_WRONLY, 0, ROOT));
    eq(w.write(te('x')), Errno.EINVAL, 'no write callback');
    assert.equal(v.writeFile(r, '/proc/knob', 'set', 0o644, ROOT), 0);
    assert.deepEqual(written, ['set']);
    eq(v.open(r, '/proc/newfile', O_CREAT | O_WRONLY, 0o644, ROOT), Errno.EACCES, 'create in /proc');
    eq(v.mkdir(r, '/proc/newdir', 0o755, ROOT), Errno.EPERM, 'mkdir in /proc');
    assert.ok(td(ok(v.readFile(r, '/proc/mounts', ROOT))).includes('proc /proc proc rw 0 0'));
    const proc42 = ok(v.lookup(r, '/proc/42/task/43', 0, ROOT));
    assert.equal(v.pathOf(proc42), '/proc/42/task/43');
  });
});

// ---- host mounts ------------------------------------------------------------------------------

describe('host mounts', () => {
  const dirs: string[] = [];
  after(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });
  function tmp(): string {
    const d = fs.mkdtempSync(join(tmpdir(), 'sysgate-vfs-'));
    dirs.push(d);
    return d;
  }

  test('round trip through a host directory', () => {
    const host = tmp();
    fs.writeFileSync(join(host, 'pre'), 'from host');
    fs.mkdirSync(join(host, 'sub'));
    fs.symlinkSync('/pre', join(host, 'abs-link'));
    const { v, r } = fresh();
    v.mkdir(r, '/mnt', 0o755, ROOT);
    ok(v.mount('/mnt', new HostFs(host)));
    // reads
    assert.equal(td(ok(v.readFile(r, '/mnt/pre', ROOT))), 'from host');
    eq(v.readFile(r, '/mnt/abs-link', ROOT), Errno.ENOENT, 'absolute host symlink resolves in the guest: /pre is not there');
    v.writeFile(r, '/pre', 'guest root', 0o644, ROOT);
    assert.equal(td(ok(v.readFile(r, '/mnt/abs-link', ROOT))), 'guest root');
    const hs = fs.lstatSync(join(host, 'pre'), { bigint: true });
    const gs = st(v, r, '/mnt/pre');
    assert.equal(gs.ino, Number(hs.ino));
    assert.equal(gs.dev, Number(hs.dev));
    assert.equal(gs.size, 9);
    assert.equal(gs.mtime.sec * 1e9 + gs.mtime.nsec, Number(hs.mtimeNs));
    // writes land on the host
    const oldUmask = process.umask(0o022);
    assert.equal(v.writeFile(r, '/mnt/sub/new', 'guest data', 0o666, ROOT), 0);
    assert.equal(v.mkdir(r, '/mnt/sub/wd', 0o777, ROOT), 0);
    process.umask(oldUmask);
    assert.equal(fs.readFileSync(join(host, 'sub/new'), 'utf8'), 'guest data');
    assert.equal(fs.statSync(join(host, 'sub/new')).mode & 0o777, 0o666, 'exact mode despite the host umask');
    assert.equal(fs.statSync(join(host, 'sub/wd')).mode & 0o777, 0o777, 'exact dir mode despite the host umask');
    assert.equal(v.rmdir(r, '/mnt/sub/wd', ROOT), 0);
    const f = ok(v.open(r, '/mnt/sub/new', O_RDWR, 0, ROOT));
    assert.equal(f.write(te('GUEST'), 0), 5);
    assert.equal(f.lseek(0, SEEK_END), 10);
    assert.equal(f.write(te('+')), 1);
    f.close();
    assert.equal(fs.readFileSync(join(host, 'sub/new'), 'utf8'), 'GUEST data+');
    const ap = ok(v.open(r, '/mnt/sub/new', O_WRONLY | O_APPEND, 0, ROOT));
    ap.write(te('!'));
    ap.close();
    assert.equal(fs.readFileSync(join(host, 'sub/new'), 'utf8'), 'GUEST data+!');
    // namespace operations
    assert.equal(v.mkdir(r, '/mnt/d', 0o750, ROOT), 0);
    assert.ok(fs.statSync(join(host, 'd')).isDirectory());
    assert.equal(v.symlink('sub/new', r, '/mnt/ln', ROOT), 0);
    assert.equal(fs.readlinkSync(join(host, 'ln')), 'sub/new');
    assert.equal(v.readlink(r, '/mnt/ln', ROOT), 'sub/new');
    assert.equal(v.rename(r, '/mnt/sub/new', r, '/mnt/d/moved', 0, ROOT), 0);
    assert.ok(fs.existsSync(join(host, 'd/moved')) && !fs.existsSync(join(host, 'sub/new')));
    eq(v.rename(r, '/mnt/d/moved', r, '/tmp/moved', 0, ROOT), Errno.EXDEV, 'host → tmp');
    assert.equal(v.link(r, '/mnt/d/moved', r, '/mnt/hard', 0, ROOT), 0);
    assert.equal(fs.statSync(join(host, 'hard')).nlink, 2);
    assert.equal(v.chmod(r, '/mnt/hard', 0o600, 0, ROOT), 0);
    assert.equal(fs.statSync(join(host, 'd/moved')).mode & 0o777, 0o600);
    assert.equal(v.utimens(r, '/mnt/hard', [{ sec: 1_000_000, nsec: 0 }, { sec: 2_000_000, nsec: 0 }], 0, ROOT), 0);
    assert.equal(fs.statSync(join(host, 'hard')).mtimeMs, 2_000_000_000);
    assert.equal(v.truncate(r, '/mnt/hard', 3, ROOT), 0);
    assert.equal(fs.readFileSync(join(host, 'hard'), 'utf8'), 'GUE');
    eq(v.rmdir(r, '/mnt/d', ROOT), Errno.ENOTEMPTY, 'host ENOTEMPTY');
    eq(v.unlink(r, '/mnt/d', 0, ROOT), Errno.EISDIR, 'unlink a host dir');
    eq(v.mkdir(r, '/mnt/d', 0o755, ROOT), Errno.EEXIST, 'host EEXIST');
    eq(v.stat(r, '/mnt/pre/x', 0, ROOT), Errno.ENOTDIR, 'host ENOTDIR');
    assert.equal(v.unlink(r, '/mnt/d/moved', 0, ROOT), 0);
    assert.equal(v.rmdir(r, '/mnt/d', ROOT), 0);
    assert.ok(!fs.existsSync(join(host, 'd')));
    // readdir
    const listed = names(v, r, '/mnt');
    assert.deepEqual(listed, fs.readdirSync(host).sort());
    const dirf = ok(v.open(r, '/mnt', O_RDONLY, 0, ROOT));
    const ents: Dirent[] = [];
    dirf.getdents((d) => (ents.push(d), true));
    const pre = ents.find((e) => e.name === 'pre');
    assert.equal(pre?.ino, Number(hs.ino));
    assert.equal(pre?.type, DT_REG);
    assert.equal(ents.find((e) => e.name === 'ln')?.type, DT_LNK);
    // ".." from the host mount root leads back to the guest's /
    assert.equal(st(v, r, '/mnt/sub/../..').ino, st(v, r, '/').ino);
    const sub = ok(v.chdir(r, '/mnt/sub', 0, ROOT));
    assert.equal(v.pathOf(sub), '/mnt/sub');
    // non-UTF-8 bytes in names survive to the host
    const weird = 'caf\xe9-\xff';
    assert.equal(v.writeFile(r, '/mnt/' + weird, 'w', 0o644, ROOT), 0);
    const hostNames = fs.readdirSync(host, 'buffer').map((b) => b.toString('latin1'));
    assert.ok(hostNames.includes(weird));
    assert.ok(names(v, r, '/mnt').includes(weird));
    // UTF-8 names as byte strings
    const utf = utf8ToByteStr('naïve');
    v.writeFile(r, '/mnt/' + utf, 'u', 0o644, ROOT);
    assert.ok(fs.existsSync(join(host, 'naïve')));
  });

  test('read-only mounts give EROFS', () => {
    const host = tmp();
    fs.writeFileSync(join(host, 'f'), 'ro data');
    fs.mkdirSync(join(host, 'd'));
    const { v, r } = fresh();
    v.mkdir(r, '/ro', 0o755, ROOT);
    v.mkdir(r, '/ro2', 0o755, ROOT);
    ok(v.mount('/ro', new HostFs(host), { readonly: true }));
    ok(v.mount('/ro2', new HostFs(host, true)));
    for (const m of ['/ro', '/ro2']) {
      assert.equal(td(ok(v.readFile(r, `${m}/f`, ROOT))), 'ro data', 'reading works');
      eq(v.open(r, `${m}/f`, O_WRONLY, 0, ROOT), Errno.EROFS, `${m} open for write`);
      eq(v.open(r, `${m}/f`, O_RDONLY | O_TRUNC, 0, ROOT), Errno.EROFS, `${m} O_TRUNC`);
      eq(v.open(r, `${m}/new`, O_CREAT | O_WRONLY, 0o644, ROOT), Errno.EROFS, `${m} create`);
      assert.equal(typeof v.open(r, `${m}/f`, O_CREAT | O_RDONLY, 0o644, ROOT), 'object', 'O_CREAT of an existing file for reading');
      eq(v.mkdir(r, `${m}/nd`, 0o755, ROOT), Errno.EROFS, `${m} mkdir`);
      eq(v.mkdir(r, `${m}/d`, 0o755, ROOT), Errno.EEXIST, `${m} mkdir existing: EEXIST first`);
      eq(v.unlink(r, `${m}/f`, 0, ROOT), Errno.EROFS, `${m} unlink`);
      eq(v.unlink(r, `${m}/missing`, 0, ROOT), Errno.EROFS, `${m} unlink missing`);
      eq(v.rmdir(r, `${m}/d`, ROOT), Errno.EROFS, `${m} rmdir`);
      eq(v.rename(r, `${m}/f`, r, `${m}/g`, 0, ROOT), Errno.EROFS, `${m} rename`);
      eq(v.symlink('f', r, `${m}/s`, ROOT), Errno.EROFS, `${m} symlink`);
      eq(v.chmod(r, `${m}/f`, 0o777, 0, ROOT), Errno.EROFS, `${m} chmod`);
      eq(v.truncate(r, `${m}/f`, 0, ROOT), Errno.EROFS, `${m} truncate`);
      eq(v.utimens(r, `${m}/f`, null, 0, ROOT), Errno.EROFS, `${m} utimens`);
      eq(v.access(r, `${m}/f`, W_OK, 0, ROOT), Errno.EROFS, `${m} access W_OK`);
      assert.equal(v.access(r, `${m}/f`, R_OK, 0, ROOT), 0);
      assert.equal(ok(v.statfs(r, m, 0, ROOT)).flags & 1, 1, 'ST_RDONLY');
    }
    assert.equal(fs.readFileSync(join(host, 'f'), 'utf8'), 'ro data');
    assert.deepEqual(fs.readdirSync(host).sort(), ['d', 'f']);
    // a read-only MemFs root
    const v2 = new Vfs({ rootReadonly: true, cred: { uid: 0, gid: 0 } });
    eq(v2.mkdir(v2.root(), '/x', 0o755, ROOT), Errno.EROFS, 'ro root');
    assert.equal(v2.writeFile(v2.root(), '/tmp/../dev/shm/x', 'devfs is rw', 0o644, ROOT), 0);
    assert.equal(ok(v2.open(v2.root(), '/dev/null', O_WRONLY, 0, ROOT)).write(te('x')), 1, 'devices stay writable');
  });

  test('a host directory as the root', () => {
    const host = tmp();
    fs.mkdirSync(join(host, 'dev'));
    fs.mkdirSync(join(host, 'etc'));
    fs.writeFileSync(join(host, 'etc/hostname'), 'guest\n');
    const v = new Vfs({ root: new HostFs(host), cred: { uid: 0, gid: 0 } });
    const r = v.root();
    assert.equal(td(ok(v.readFile(r, '/etc/hostname', ROOT))), 'guest\n');
    assert.equal(td(ok(v.readFile(r, '/etc/../../../etc/hostname', ROOT))), 'guest\n', '.. stops at the root');
    assert.equal(ok(v.open(r, '/dev/zero', O_RDONLY, 0, ROOT)).kind, 'chr', 'devfs mounted over host /dev');
    assert.equal(v.proc, null, 'no /proc in the host tree: not mounted');
    eq(v.rmdir(r, '/dev', ROOT), Errno.EBUSY, 'mount point on a host dir');
  });
});

// ---- host fds -------------------------------------------------------------------------------

describe('HostFdFile', () => {
  test('regular file: positioned I/O and lseek', () => {
    const d = fs.mkdtempSync(join(tmpdir(), 'sysgate-fd-'));
    try {
      const p = join(d, 'f');
      fs.writeFileSync(p, 'abcdef');
      const fd = fs.openSync(p, 'r+');
      const f = new HostFdFile(fd, O_RDWR, { ownsFd: true });
      assert.equal(f.kind, 'reg');
      assert.equal(f.isatty(), false);
      assert.equal(f.hostFd, fd);
      const b = new Uint8Array(3);
      assert.equal(f.read(b), 3);
      assert.equal(td(b), 'abc');
      assert.equal(f.read(b), 3);
      assert.equal(td(b), 'def');
      assert.equal(f.lseek(1, SEEK_SET), 1);
      assert.equal(f.write(te('XY')), 2);
      assert.equal(f.lseek(0, SEEK_CUR), 3);
      assert.equal(f.lseek(0, SEEK_END), 6);
      assert.equal((ok(f.stat()) as Stat).size, 6);
      f.close();
      assert.equal(fs.readFileSync(p, 'utf8'), 'aXYdef');
      assert.throws(() => fs.fstatSync(fd), 'owned fd closed');
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });

  test('non-blocking pipe: EAGAIN for O_NONBLOCK descriptions, ESPIPE on lseek', async (t) => {
    const d = fs.mkdtempSync(join(tmpdir(), 'sysgate-fifo-'));
    try {
      const p = join(d, 'fifo');
      try {
        execFileSync('mkfifo', [p]);
      } catch {
        t.skip('mkfifo unavailable');
        return;
      }
      const c = fs.constants;
      const rfd = fs.openSync(p, c.O_RDONLY | c.O_NONBLOCK);
      const wfd = fs.openSync(p, c.O_WRONLY | c.O_NONBLOCK);
      const rf = new HostFdFile(rfd, O_RDONLY | O_NONBLOCK, { ownsFd: true });
      const wf = new HostFdFile(wfd, O_WRONLY, { ownsFd: true });
      assert.equal(rf.kind, 'fifo');
      eq(rf.read(new Uint8Array(4)), Errno.EAGAIN, 'empty non-blocking pipe');
      eq(rf.lseek(0, SEEK_SET), Errno.ESPIPE, 'lseek on a pipe');
      eq(rf.read(new Uint8Array(4), 0), Errno.ESPIPE, 'pread on a pipe');
      assert.equal(wf.write(te('ping')), 4);
      const b = new Uint8Array(8);
      assert.equal(rf.read(b), 4);
      assert.equal(td(b.subarray(0, 4)), 'ping');
      eq(wf.read(b), Errno.EBADF, 'read on a write-only description');
      // a blocking description retries EAGAIN (sleeping) until data arrives
      execFileSync('sh', ['-c', 'true']);
      const child = spawn('sh', ['-c', 'sleep 0.2; printf late > "$0"', p], { stdio: 'ignore' });
      rf.flags = O_RDONLY;
      const t0 = Date.now();
      assert.equal(rf.read(b), 4);
      assert.equal(td(b.subarray(0, 4)), 'late');
      assert.ok(Date.now() - t0 >= 100, 'it waited for the writer');
      await new Promise((res) => child.on('exit', res));
      wf.close();
      // no writer left: a blocking description sees EOF rather than retrying forever
      assert.equal(rf.read(b), 0);
      rf.close();
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });
});

// ---- misc ---------------------------------------------------------------------------------

describe('misc', () => {
  test('device numbers and byte strings', () => {
    assert.equal(makedev(1, 3), 0x103);
    assert.equal(makedev(136, 0x12345) >>> 0, ((0x45) | (136 << 8) | (0x123 << 20)) >>> 0);
    assert.equal(major(makedev(259, 0x1234)), 259);
    assert.equal(minor(makedev(259, 0x1234)), 0x1234);
    const all = new Uint8Array(256).map((_, i) => i);
    assert.deepEqual(strToBytes(bytesToStr(all)), all);
    assert.equal(utf8ToByteStr('é'), '\xc3\xa9');
  });
  test('statfs, O_PATH fds as starting points, openLocation', () => {
    const { v, r } = fresh();
    const sf = ok(v.statfs(r, '/tmp', 0, ROOT));
    assert.equal(sf.type, 0x01021994);
    assert.equal(ok(v.statfs(r, '/proc', 0, ROOT)).type, 0x9fa0);
    v.mkdir(r, '/tmp/d', 0o755, ROOT);
    v.writeFile(r, '/tmp/d/f', 'x', 0o644, ROOT);
    const pf = ok(v.open(r, '/tmp/d', O_PATH | O_DIRECTORY, 0, ROOT));
    assert.ok(pf.location !== null);
    const loc = pf.location;
    if (loc === null) return;
    assert.equal(td(ok(v.readFile(loc, 'f', ROOT))), 'x');
    eq(pf.getdents(() => true), Errno.EBADF, 'getdents on O_PATH');
    const fl = ok(v.lookup(loc, 'f', 0, ROOT));
    const again = ok(v.openLocation(fl, O_RDONLY, ROOT));
    assert.equal(readAll(again), 'x');
    assert.equal(v.pathOf(fl), '/tmp/d/f');
    eq(v.openLocation(fl, O_RDONLY | O_DIRECTORY, ROOT), Errno.ENOTDIR, 'openLocation checks');
    // timestamps move with writes
    const v2 = new Vfs({ clock: (() => { let t = 0; return () => ({ sec: ++t, nsec: 0 }); })(), cred: { uid: 0, gid: 0 } });
    const r2 = v2.root();
    v2.writeFile(r2, '/tmp/t', 'a', 0o644, ROOT);
    const s1 = ok(v2.stat(r2, '/tmp/t', 0, ROOT));
    const w = ok(v2.open(r2, '/tmp/t', O_WRONLY, 0, ROOT));
    w.write(te('b'));
    const s2 = ok(v2.stat(r2, '/tmp/t', 0, ROOT));
    assert.ok(s2.mtime.sec > s1.mtime.sec, 'mtime advanced');
    assert.equal(v2.truncate(r2, '/tmp/t', 0, ROOT), 0);
    const s3 = ok(v2.stat(r2, '/tmp/t', 0, ROOT));
    assert.ok(s3.mtime.sec > s2.mtime.sec && s3.ctime.sec > s2.ctime.sec, 'truncate() sets mtime and ctime');
    const tdir1 = ok(v2.stat(r2, '/tmp', 0, ROOT)).mtime.sec;
    v2.unlink(r2, '/tmp/t', 0, ROOT);
    assert.ok(ok(v2.stat(r2, '/tmp', 0, ROOT)).mtime.sec > tdir1, 'directory mtime advanced');
  });
});
