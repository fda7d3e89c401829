// The file-system system calls (src/kernel/syscalls/fs*.ts, src/kernel/pipe.ts).
//
// 1. The fs fixtures (fileio, errno_cases, stdin_upper, hello_c) run on the whole
//    machine, each in a fresh empty directory with the manifest's argv/env, and must
//    match their native runs (test/expected/).
// 2. Focused tests call the service routines directly, on a loaded (not running)
//    program's task, for the edge cases the fixtures do not reach. The expectations
//    were checked against Linux by equivalent C programs.

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostMachine } from '../../src/api/host.js';
import { Errno } from '../../src/vfs/errno.js';
import { BaseFile } from '../../src/vfs/files.js';
import { bytesToStr } from '../../src/vfs/bytes.js';
import type { FileKind } from '../../src/vfs/types.js';
import { faultIn } from '../../src/kernel/syscalls/fs.js';
import { Env, err } from './sys-env.js';
import { encodeStat } from '../../src/kernel/syscalls/fs-stat.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

// =====================================================================================
// fixtures
// =====================================================================================

interface Fixture {
  name: string;
  bin: string;
  args: string[];
  env: Record<string, string>;
  stdin?: string;
}

const FS_FIXTURES = ['fileio', 'errno_cases', 'stdin_upper', 'hello_c'];

describe('fs fixtures match their native runs', () => {
  const manifest = JSON.parse(readFileSync(join(REPO, 'guest/fixtures.json'), 'utf8')) as Fixture[];
  for (const name of FS_FIXTURES) {
    const fx = manifest.find((f) => f.name === name);
    test(name, (t) => {
      if (!fx) return t.skip(`${name} is not in the manifest`);
      const base = join(REPO, 'test/expected', name);
      const cwd = mkdtempSync(join(tmpdir(), `sysgate-fs-${name}-`));
      try {
        const m = hostMachine({ hostStdio: false, cwd, stdin: fx.stdin ?? '', seed: 1 });
        m.load(join(REPO, fx.bin), [fx.bin, ...fx.args], fx.env);
        const r = m.run({ instructionLimit: 2_000_000_000 });
        const status = r.signal ? 128 + r.signal : r.code;
        const want = Number(readFileSync(base + '.status', 'utf8').trim());
        if (status !== want) assert.fail(`exit status ${status}, expected ${want}${r.diagnostic ? `: ${r.diagnostic}` : ''}`);
        assert.equal(Buffer.from(r.stdout).toString('latin1'), readFileSync(base + '.stdout', 'latin1'), 'stdout');
        if (existsSync(base + '.stderr')) assert.equal(Buffer.from(r.stderr).toString('latin1'), readFileSync(base + '.stderr', 'latin1'), 'stderr');
      } finally {
        rmSync(cwd, { recursive: true, force: true });
      }
    });
  }
});

// =====================================================================================
// direct calls
// =====================================================================================

const AT_FDCWD = -100;
const O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0o100, O_EXCL = 0o200, O_TRUNC = 0o1000, O_APPEND = 0o2000;
const O_NONBLOCK = 0o4000, O_DIRECT = 0o40000, O_LARGEFILE = 0o100000, O_DIRECTORY = 0o200000, O_NOFOLLOW = 0o400000;
const O_CLOEXEC = 0o2000000, O_PATH = 0o10000000, O_TMPFILE = 0o20200000;
const F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, F_GETLK = 5, F_SETLK = 6;
const F_DUPFD_CLOEXEC = 1030, F_SETPIPE_SZ = 1031, F_GETPIPE_SZ = 1032;
const FIONREAD = 0x541b, FIONBIO = 0x5421, FIOCLEX = 0x5451, TCGETS = 0x5401, TIOCGWINSZ = 0x5413;
const AT_SYMLINK_NOFOLLOW = 0x100, AT_REMOVEDIR = 0x200, AT_EMPTY_PATH = 0x1000;


describe('read, write and user buffers', () => {
  test('partial transfers stop at an unmapped page; nothing transferred is EFAULT', () => {
    const e = new Env();
    const fd = e.open('f', O_CREAT | O_RDWR | O_TRUNC);
    assert.equal(e.write(fd, '0123456789'), 10);
    const hole = e.hole();
    assert.equal(e.sys('sys_lseek', fd, 0, 0), 0);
    assert.equal(e.sys('sys_read', fd, hole - 4, 8), 4, 'read up to the hole');
    assert.equal(e.sys('sys_lseek', fd, 0, 1), 4, 'the offset moved by what was copied');
    err(e.sys('sys_read', fd, hole, 8), Errno.EFAULT, 'read into the hole');
    assert.equal(e.sys('sys_lseek', fd, 0, 1), 4, 'a failed copy does not move the offset');
    assert.equal(e.sys('sys_lseek', fd, 0, 2), 10);
    assert.equal(e.sys('sys_read', fd, hole, 8), 0, 'at EOF there is nothing to copy: 0, not EFAULT');
    assert.equal(e.sys('sys_write', fd, hole - 3, 8), 3, 'write up to the hole');
    err(e.sys('sys_read', fd, 0xffff800000000000, 5), Errno.EFAULT, 'kernel address');
    err(e.sys('sys_read', fd, e.alloc(4), -1), Errno.EFAULT, 'count (size_t)-1 fails access_ok');
  });

  test('demand paging: copies fault pages in (fresh mmap, stack growth)', () => {
    const e = new Env();
    const fd = e.open('g', O_CREAT | O_RDWR | O_TRUNC);
    const data = 'z'.repeat(40000);
    assert.equal(e.write(fd, data), 40000);
    e.sys('sys_lseek', fd, 0, 0);
    const fresh = e.sys('sys_mmap', 0, 65536, 3, 0x22, -1, 0);
    assert.equal(e.sys('sys_read', fd, fresh, 65536), 40000);
    assert.equal(e.text(fresh + 39990, 10), 'z'.repeat(10));
    e.sys('sys_lseek', fd, 0, 0);
    const ro = e.sys('sys_mmap', 0, 8192, 1, 0x22, -1, 0);
    err(e.sys('sys_read', fd, ro, 10), Errno.EFAULT, 'read into PROT_READ');
    e.sys('sys_lseek', fd, 0, 0);
    assert.equal(e.sys('sys_write', fd, ro, 100), 100, 'write from PROT_READ zero pages');
    assert.equal(faultIn(e.ctx(), 0, 4096, false), 0, 'page 0 is never accessible');
  });

  test('readv/writev: iovec validation and scatter/gather', () => {
    const e = new Env();
    const fd = e.open('v', O_CREAT | O_RDWR | O_TRUNC);
    const iov = (segs: [number, number][]): number => {
      const b = new Uint8Array(16 * segs.length);
      const dv = new DataView(b.buffer);
      segs.forEach(([base, len], i) => {
        dv.setBigUint64(i * 16, BigInt(base), true);
        dv.setBigInt64(i * 16 + 8, BigInt(len), true);
      });
      return e.put(b);
    };
    const a = e.str('alpha,');
    const b = e.str('beta');
    assert.equal(e.sys('sys_writev', fd, iov([[a, 6], [1, 0], [b, 4]]), 3), 10, 'a zero-length segment may point anywhere');
    e.sys('sys_lseek', fd, 0, 0);
    const x = e.alloc(3);
    const y = e.alloc(16);
    assert.equal(e.sys('sys_readv', fd, iov([[x, 3], [y, 16]]), 2), 10);
    assert.equal(e.text(x, 3) + e.text(y, 7), 'alpha,beta');
    err(e.sys('sys_readv', fd, iov([[x, 3]]), 1025), Errno.EINVAL, 'more than UIO_MAXIOV');
    err(e.sys('sys_readv', fd, 1, 2), Errno.EFAULT, 'unreadable iovec array');
    err(e.sys('sys_readv', 99, 1, 2), Errno.EBADF, 'EBADF comes first');
    err(e.sys('sys_readv', fd, iov([[x, 3], [y, -1]]), 2), Errno.EINVAL, 'negative length');
    err(e.sys('sys_readv', fd, iov([[x, 3], [0xffff800000000000, 2]]), 2), Errno.EFAULT, 'kernel base');
    assert.equal(e.sys('sys_readv', fd, 1, 0), 0, 'zero segments: 0');
    const w = e.open('v', O_WRONLY);
    err(e.sys('sys_readv', w, iov([[x, 3]]), 1), Errno.EBADF, 'not open for reading');
  });

  test('pread/pwrite: EINVAL before EBADF, ESPIPE on pipes, offset untouched', () => {
    const e = new Env();
    err(e.sys('sys_pread64', 99, e.alloc(4), 1, -1), Errno.EINVAL);
    const fd = e.open('p', O_CREAT | O_RDWR | O_TRUNC);
    e.write(fd, 'Hello');
    const buf = e.alloc(8);
    assert.equal(e.sys('sys_pread64', fd, buf, 3, 1), 3);
    assert.equal(e.text(buf, 3), 'ell');
    assert.equal(e.sys('sys_pwrite64', fd, e.str('J'), 1, 0), 1);
    assert.equal(e.sys('sys_lseek', fd, 0, 1), 5, 'pread/pwrite leave the offset');
    const [r, w] = e.pipe();
    err(e.sys('sys_pread64', r, buf, 1, 0), Errno.ESPIPE);
    err(e.sys('sys_pwrite64', w, buf, 1, 0), Errno.ESPIPE);
    err(e.sys('sys_preadv', fd, buf, 1, -1, 0), Errno.EINVAL);
  });

  test('lseek: whences, SEEK_DATA/SEEK_HOLE, errors', () => {
    const e = new Env();
    const fd = e.open('s', O_CREAT | O_RDWR | O_TRUNC);
    e.write(fd, '0123456789');
    assert.equal(e.sys('sys_lseek', fd, 3, 3), 3, 'SEEK_DATA');
    assert.equal(e.sys('sys_lseek', fd, 3, 4), 10, 'SEEK_HOLE: the end');
    err(e.sys('sys_lseek', fd, 100, 3), Errno.ENXIO, 'SEEK_DATA past the end');
    err(e.sys('sys_lseek', fd, -100, 2), Errno.EINVAL);
    err(e.sys('sys_lseek', fd, 0, 5), Errno.EINVAL);
    assert.equal(e.sys('sys_lseek', fd, 2 ** 40, 0), 2 ** 40, 'large offsets are fine');
    const [r] = e.pipe();
    err(e.sys('sys_lseek', r, 0, 0), Errno.ESPIPE);
    err(e.sys('sys_lseek', r, 0, 77), Errno.EINVAL, 'a bad whence is EINVAL even on a pipe');
  });
});

describe('descriptors: close, dup, fcntl, ioctl', () => {
  test('close, close_range, dup2/dup3 corner cases', () => {
    const e = new Env();
    const fd = e.open('d', O_CREAT | O_RDWR);
    err(e.sys('sys_close', -1), Errno.EBADF);
    assert.equal(e.sys('sys_dup2', fd, fd), fd, 'dup2 onto itself returns it');
    err(e.sys('sys_dup2', 50, 50), Errno.EBADF, 'dup2 onto itself, not open');
    err(e.sys('sys_dup3', fd, fd, 0), Errno.EINVAL, 'dup3 onto itself');
    err(e.sys('sys_dup3', fd, 9, O_NONBLOCK), Errno.EINVAL, 'dup3 flags: only O_CLOEXEC');
    err(e.sys('sys_dup2', fd, 1024), Errno.EBADF, 'newfd beyond RLIMIT_NOFILE');
    assert.equal(e.sys('sys_dup3', fd, 9, O_CLOEXEC), 9);
    assert.equal(e.sys('sys_fcntl', 9, F_GETFD, 0), 1);
    assert.equal(e.sys('sys_dup2', fd, 9), 9);
    assert.equal(e.sys('sys_fcntl', 9, F_GETFD, 0), 0, 'dup2 clears FD_CLOEXEC');
    err(e.sys('sys_fcntl', fd, F_DUPFD, 1024), Errno.EINVAL, 'F_DUPFD at the limit');
    assert.equal(e.sys('sys_fcntl', fd, F_DUPFD_CLOEXEC, 20), 20);
    err(e.sys('sys_close_range', 5, 4, 0), Errno.EINVAL);
    assert.equal(e.sys('sys_close_range', 9, 0xffffffff, 4), 0, 'CLOSE_RANGE_CLOEXEC');
    assert.equal(e.sys('sys_fcntl', 9, F_GETFD, 0), 1);
    assert.equal(e.sys('sys_close_range', 9, 0xffffffff, 0), 0);
    err(e.sys('sys_close', 20), Errno.EBADF);
    err(e.sys('sys_close', 9), Errno.EBADF);
  });

  test('fcntl: F_GETFL/F_SETFL, O_PATH descriptors, record locks', () => {
    const e = new Env();
    const fd = e.open('l', O_CREAT | O_RDWR | O_CLOEXEC);
    assert.equal(e.sys('sys_fcntl', fd, F_GETFL, 0), O_RDWR | O_LARGEFILE, 'O_LARGEFILE forced, O_CLOEXEC not a status flag');
    assert.equal(e.sys('sys_fcntl', fd, F_GETFD, 0), 1);
    assert.equal(e.sys('sys_fcntl', fd, F_SETFL, O_WRONLY | O_APPEND | O_NONBLOCK | O_TRUNC | O_CREAT), 0);
    assert.equal(e.sys('sys_fcntl', fd, F_GETFL, 0), O_RDWR | O_LARGEFILE | O_APPEND | O_NONBLOCK, 'only SETFL_MASK bits change');
    assert.equal(e.sys('sys_fcntl', fd, F_SETFD, 3), 0);
    assert.equal(e.sys('sys_fcntl', fd, F_GETFD, 0), 1);
    err(e.sys('sys_fcntl', fd, 9999, 0), Errno.EINVAL);
    // struct flock {short l_type, l_whence; off_t l_start, l_len; pid_t l_pid}
    const fl = (type: number, whence = 0, start = 0, pid = 77): number => {
      const b = new Uint8Array(32);
      const dv = new DataView(b.buffer);
      dv.setInt16(0, type, true);
      dv.setInt16(2, whence, true);
      dv.setBigInt64(8, BigInt(start), true);
      dv.setInt32(24, pid, true);
      return e.put(b);
    };
    const p = fl(1);
    assert.equal(e.sys('sys_fcntl', fd, F_GETLK, p), 0);
    assert.equal(e.i32(p) & 0xffff, 2, 'no conflict: F_UNLCK');
    assert.equal(e.i32(p, 24), 77, 'the rest is copied back unchanged');
    err(e.sys('sys_fcntl', fd, F_GETLK, fl(2)), Errno.EINVAL, 'F_GETLK with F_UNLCK');
    assert.equal(e.sys('sys_fcntl', fd, F_SETLK, fl(1)), 0);
    err(e.sys('sys_fcntl', fd, F_SETLK, fl(7)), Errno.EINVAL, 'bad type');
    err(e.sys('sys_fcntl', fd, F_SETLK, fl(0, 9)), Errno.EINVAL, 'bad whence');
    err(e.sys('sys_fcntl', fd, F_SETLK, fl(0, 0, -5)), Errno.EINVAL, 'negative start');
    err(e.sys('sys_fcntl', fd, 37, fl(0)), Errno.EINVAL, 'F_OFD_SETLK needs l_pid 0');
    err(e.sys('sys_fcntl', fd, F_GETLK, 1), Errno.EFAULT);
    const ro = e.open('l', O_RDONLY);
    err(e.sys('sys_fcntl', ro, F_SETLK, fl(1)), Errno.EBADF, 'write lock on a read-only description');
    const op = e.open('l', O_PATH | O_RDWR | O_TRUNC);
    assert.equal(e.sys('sys_fcntl', op, F_GETFL, 0), O_PATH, 'O_PATH keeps only O_PATH');
    err(e.sys('sys_fcntl', op, F_SETFL, 0), Errno.EBADF);
    assert.ok(e.sys('sys_fcntl', op, F_DUPFD, 0) > 0, 'F_DUPFD works on O_PATH');
    err(e.sys('sys_read', op, e.alloc(1), 1), Errno.EBADF);
    err(e.sys('sys_ioctl', op, FIOCLEX, 0), Errno.EBADF);
    assert.equal(e.sys('sys_newfstat', op, e.alloc(144)), 0, 'fstat works on O_PATH');
    assert.equal(e.sys('sys_fcntl', fd, 1034, 0), 1, 'F_GET_SEALS on tmpfs: F_SEAL_SEAL');
    err(e.sys('sys_fcntl', fd, 8, 4242), Errno.ESRCH, 'F_SETOWN to a process that does not exist');
    assert.equal(e.sys('sys_fcntl', fd, 8, -e.task.tgid), 0);
    assert.equal(e.sys('sys_fcntl', fd, 9, 0), -e.task.tgid, 'F_GETOWN: a process group is negative');
  });

  test('ioctl: generic requests, FIONREAD, terminals', () => {
    const e = new Env();
    const fd = e.open('i', O_CREAT | O_RDWR | O_TRUNC);
    e.write(fd, 'abcdef');
    e.sys('sys_lseek', fd, 2, 0);
    const n = e.alloc(4);
    assert.equal(e.sys('sys_ioctl', fd, FIONREAD, n), 0);
    assert.equal(e.i32(n), 4, 'size - offset');
    const one = e.put(new Uint8Array([1, 0, 0, 0]));
    assert.equal(e.sys('sys_ioctl', fd, FIONBIO, one), 0);
    assert.equal(e.sys('sys_fcntl', fd, F_GETFL, 0) & O_NONBLOCK, O_NONBLOCK);
    err(e.sys('sys_ioctl', fd, FIONBIO, 1), Errno.EFAULT);
    assert.equal(e.sys('sys_ioctl', fd, FIOCLEX, 0), 0);
    assert.equal(e.sys('sys_fcntl', fd, F_GETFD, 0), 1);
    err(e.sys('sys_ioctl', fd, TCGETS, e.alloc(36)), Errno.ENOTTY);
    err(e.sys('sys_ioctl', fd, TIOCGWINSZ, e.alloc(8)), Errno.ENOTTY);
    err(e.sys('sys_ioctl', 77, TCGETS, e.alloc(36)), Errno.EBADF);
    const dir = e.open('/tmp', O_RDONLY);
    err(e.sys('sys_ioctl', dir, FIONREAD, n), Errno.ENOTTY);
    const [r, w] = e.pipe();
    e.write(w, 'xyz');
    assert.equal(e.sys('sys_ioctl', r, FIONREAD, n), 0);
    assert.equal(e.i32(n), 3);
    // a terminal: TCGETS gives a sane termios, TIOCGWINSZ a size
    class Tty extends BaseFile {
      readonly kind: FileKind = 'chr';
      override isatty(): boolean {
        return true;
      }
    }
    const tty = e.task.files.lowestFree();
    e.task.files.install(tty, new Tty(O_RDWR), false);
    const t = e.alloc(36);
    assert.equal(e.sys('sys_ioctl', tty, TCGETS, t), 0);
    assert.equal(e.u32(t, 12) & 0x2, 0x2, 'ICANON');
    assert.equal(e.read(t + 17, 1)[0], 3, 'VINTR = ^C');
    const ws = e.alloc(8);
    assert.equal(e.sys('sys_ioctl', tty, TIOCGWINSZ, ws), 0);
    assert.ok(e.read(ws, 2)[0] > 0 || e.read(ws, 2)[1] > 0, 'rows');
    err(e.sys('sys_ioctl', tty, 0x12345678, 0), Errno.ENOTTY);
  });
});

describe('pipes', () => {
  test('capacity, atomic writes, non-blocking partial writes, EOF', () => {
    const e = new Env();
    const [r, w] = e.pipe(O_NONBLOCK);
    assert.equal(e.sys('sys_fcntl', r, F_GETFL, 0), O_NONBLOCK, 'read end: O_RDONLY|O_NONBLOCK, no O_LARGEFILE');
    assert.equal(e.sys('sys_fcntl', w, F_GETFL, 0), O_WRONLY | O_NONBLOCK);
    assert.equal(e.sys('sys_fcntl', r, F_GETPIPE_SZ, 0), 65536);
    const big = e.alloc(200000);
    err(e.sys('sys_read', r, big, 10), Errno.EAGAIN, 'empty, writer open, O_NONBLOCK');
    assert.equal(e.sys('sys_write', w, big, 5000), 5000, 'two pages');
    assert.equal(e.sys('sys_write', w, big, 200000), 57344, 'the 14 free pages');
    err(e.sys('sys_write', w, big, 1), Errno.EAGAIN, 'full');
    assert.equal(e.sys('sys_read', r, big, 100), 100);
    err(e.sys('sys_write', w, big, 1), Errno.EAGAIN, 'a partly read page is still a used slot');
    assert.equal(e.sys('sys_read', r, big, 4096), 4096, 'frees one slot');
    assert.equal(e.sys('sys_write', w, big, 4096), 4096, 'a PIPE_BUF write fits in the free slot');
    err(e.sys('sys_write', w, big, 5000), Errno.EAGAIN, 'full again');
    err(e.sys('sys_fcntl', w, F_SETPIPE_SZ, 4096), Errno.EBUSY, 'the data would not fit');
    err(e.sys('sys_read', r, 1, 10), Errno.EFAULT, 'data and a bad buffer');
    assert.equal(e.sys('sys_close', w), 0);
    assert.equal(e.sys('sys_read', r, big, 200000), 62244);
    assert.equal(e.sys('sys_read', r, big, 10), 0, 'EOF once the write end is closed');
    assert.equal(e.sys('sys_read', r, 1, 10), 0, 'EOF with a bad buffer is still 0');
    const s = e.alloc(144);
    assert.equal(e.sys('sys_newfstat', r, s), 0);
    assert.equal(e.u32(s, 24), 0o10600, 'S_IFIFO|0600');
    err(e.sys('sys_fsync', r), Errno.EINVAL);
    err(e.sys('sys_ftruncate', r, 0), Errno.EINVAL);
    err(e.sys('sys_getdents64', r, big, 100), Errno.ENOTDIR);
    err(e.sys('sys_fchdir', r), Errno.ENOTDIR);
    err(e.sys('sys_openat', r, e.str('x'), 0, 0), Errno.ENOTDIR);
  });

  test('F_SETPIPE_SZ rounding, pipe2 flags, packet mode', () => {
    const e = new Env();
    const [, w] = e.pipe();
    assert.equal(e.sys('sys_fcntl', w, F_SETPIPE_SZ, 0), 4096);
    assert.equal(e.sys('sys_fcntl', w, F_SETPIPE_SZ, 100000), 131072);
    const f = e.open('nf', O_CREAT | O_RDWR);
    err(e.sys('sys_fcntl', f, F_GETPIPE_SZ, 0), Errno.EBADF);
    err(e.sys('sys_pipe2', e.alloc(8), O_APPEND), Errno.EINVAL);
    const before = [...e.task.files.fds.keys()].length;
    err(e.sys('sys_pipe2', 1, 0), Errno.EFAULT);
    assert.equal([...e.task.files.fds.keys()].length, before, 'EFAULT leaves no descriptors behind');
    const [pr, pw] = e.pipe(O_DIRECT | O_CLOEXEC);
    assert.equal(e.sys('sys_fcntl', pr, F_GETFL, 0), O_RDONLY, 'O_DIRECT only on the write end');
    assert.equal(e.sys('sys_fcntl', pw, F_GETFL, 0), O_WRONLY | O_DIRECT);
    assert.equal(e.sys('sys_fcntl', pr, F_GETFD, 0), 1);
    e.write(pw, 'aaaa');
    e.write(pw, 'bbbbbb');
    assert.equal(e.readStr(pr, 2), 'aa', 'a short read discards the rest of the packet');
    assert.equal(e.readStr(pr, 100), 'bbbbbb', 'one packet per read');
  });

  test('EPIPE raises SIGPIPE (default: terminate; ignored: the error)', () => {
    const e = new Env();
    const [r, w] = e.pipe();
    e.sys('sys_close', r);
    assert.equal(e.sys('sys_write', w, e.alloc(1), 0), 0, 'a null write succeeds without readers');
    e.task.sigactions.set(13, { handler: 1n, flags: 0n, restorer: 0n, mask: 0n }); // SIG_IGN
    err(e.sys('sys_write', w, e.str('x'), 1), Errno.EPIPE);
    err(e.sys('sys_write', w, 1, 5), Errno.EPIPE, 'EPIPE before the copy faults');
    assert.equal(e.task.exited, null);
    e.task.sigactions.delete(13);
    e.sys('sys_write', w, e.str('x'), 1);
    assert.deepEqual(e.task.exited, { code: 0, signal: 13, core: false });
  });

  test('a blocking read that only this process could satisfy ends it with SIGKILL', () => {
    const e = new Env();
    const [r] = e.pipe();
    e.sys('sys_read', r, e.alloc(4), 4);
    assert.equal(e.task.exited?.signal, 9);
    assert.match(e.m.kernel.lastDiagnostic ?? '', /deadlock: read from an empty pipe/);
  });

  test('FIFOs opened from the tree', () => {
    const e = new Env();
    assert.equal(e.sys('sys_mknodat', AT_FDCWD, e.str('fifo'), 0o10644, 0), 0);
    err(e.open('fifo', O_WRONLY | O_NONBLOCK), Errno.ENXIO, 'no reader');
    const r = e.open('fifo', O_RDONLY | O_NONBLOCK);
    assert.ok(r >= 0);
    const w = e.open('fifo', O_WRONLY | O_NONBLOCK);
    assert.ok(w >= 0);
    assert.equal(e.write(w, 'hey'), 3);
    assert.equal(e.readStr(r, 10), 'hey');
    const s = e.alloc(144);
    e.sys('sys_newfstat', r, s);
    assert.equal(e.u32(s, 24), 0o10644, 'the FIFO inode');
    assert.ok(e.open('fifo', O_RDWR) >= 0);
    err(e.sys('sys_mknodat', AT_FDCWD, e.str('dd'), 0o40755, 0), Errno.EPERM);
    err(e.sys('sys_mknodat', AT_FDCWD, e.str('dd'), 0o170755, 0), Errno.EINVAL);
  });
});

describe('open and the path calls', () => {
  test('open flags, umask, O_TMPFILE and openat2 validation, dirfds', () => {
    const e = new Env();
    e.task.umask = 0o027;
    const fd = e.open('u', O_CREAT | O_WRONLY | O_EXCL, 0o777);
    assert.ok(fd >= 0);
    const s = e.alloc(144);
    assert.equal(e.sys('sys_newfstat', fd, s), 0);
    assert.equal(e.u32(s, 24) & 0o7777, 0o750, 'umask applied');
    err(e.open('u', O_CREAT | O_EXCL | O_WRONLY), Errno.EEXIST);
    err(e.open('/tmp', O_WRONLY), Errno.EISDIR);
    err(e.open('u', O_RDONLY | O_DIRECTORY), Errno.ENOTDIR);
    err(e.open('/tmp', O_TMPFILE & ~O_DIRECTORY | O_RDWR), Errno.EINVAL, 'O_TMPFILE needs O_DIRECTORY');
    err(e.open('/tmp', O_TMPFILE | O_RDONLY), Errno.EINVAL, 'O_TMPFILE needs write access');
    err(e.open('', O_RDONLY), Errno.ENOENT);
    err(e.sys('sys_openat', AT_FDCWD, 1, 0, 0), Errno.EFAULT);
    err(e.sys('sys_openat', AT_FDCWD, e.str('a'.repeat(5000)), 0, 0), Errno.ENAMETOOLONG);
    err(e.sys('sys_openat', 99, e.str('x'), 0, 0), Errno.EBADF);
    assert.ok(e.sys('sys_openat', 99, e.str('/tmp'), 0, 0) >= 0, 'absolute paths ignore dirfd');
    err(e.sys('sys_openat', fd, e.str('x'), 0, 0), Errno.ENOTDIR, 'a file as dirfd');
    assert.equal(e.sys('sys_mkdirat', AT_FDCWD, e.str('sub'), 0o755), 0);
    const dfd = e.open('sub', O_RDONLY | O_DIRECTORY);
    assert.ok(e.sys('sys_openat', dfd, e.str('inner'), O_CREAT | O_WRONLY, 0o600) >= 0);
    assert.equal(e.sys('sys_newfstatat', AT_FDCWD, e.str('sub/inner'), s, 0), 0);
    // openat2(dfd, path, struct open_how {u64 flags, mode, resolve}, size)
    const how = (flags: number, mode: number, resolve: number, size = 24, tail = 0): number => {
      const b = new Uint8Array(size);
      const dv = new DataView(b.buffer);
      dv.setBigUint64(0, BigInt(flags), true);
      dv.setBigUint64(8, BigInt(mode), true);
      dv.setBigUint64(16, BigInt(resolve), true);
      if (size > 24) b[size - 1] = tail;
      return e.put(b);
    };
    err(e.sys('sys_openat2', AT_FDCWD, e.str('u'), how(0, 0, 0), 16), Errno.EINVAL, 'too small');
    err(e.sys('sys_openat2', AT_FDCWD, e.str('u'), how(0, 0, 0, 32, 1), 32), Errno.E2BIG, 'non-zero tail');
    assert.ok(e.sys('sys_openat2', AT_FDCWD, e.str('u'), how(0, 0, 0, 32, 0), 32) >= 0, 'zero tail is fine');
    err(e.sys('sys_openat2', AT_FDCWD, e.str('u'), how(0, 0o644, 0), 24), Errno.EINVAL, 'mode without O_CREAT');
    err(e.sys('sys_openat2', AT_FDCWD, e.str('u'), how(0x40000000, 0, 0), 24), Errno.EINVAL, 'unknown flag');
    err(e.sys('sys_openat2', AT_FDCWD, e.str('u'), how(0, 0, 0x18), 24), Errno.EINVAL, 'BENEATH|IN_ROOT');
    const fd2 = e.sys('sys_openat2', AT_FDCWD, e.str('u'), how(O_RDONLY, 0, 0), 24);
    assert.equal(e.sys('sys_fcntl', fd2, F_GETFL, 0), O_LARGEFILE);
    const c = e.sys('sys_creat', e.str('c'), 0o600);
    assert.equal(e.sys('sys_fcntl', c, F_GETFL, 0), O_WRONLY | O_LARGEFILE);
  });

  test('stat family: struct layouts, AT_EMPTY_PATH, statx', () => {
    const e = new Env();
    const fd = e.open('st', O_CREAT | O_RDWR | O_TRUNC, 0o640);
    e.write(fd, 'x'.repeat(34));
    const s = e.alloc(144);
    assert.equal(e.sys('sys_newstat', e.str('st'), s), 0);
    assert.equal(e.u64(s, 16), 1, 'st_nlink (8 bytes) before st_mode');
    assert.equal(e.u32(s, 24), 0o100640, 'st_mode');
    assert.equal(e.u64(s, 48), 34, 'st_size');
    assert.equal(e.u64(s, 56), 4096, 'st_blksize');
    err(e.sys('sys_newfstatat', AT_FDCWD, e.str(''), s, 0), Errno.ENOENT, '"" without AT_EMPTY_PATH');
    err(e.sys('sys_newfstatat', fd, 1, s, 0x8000), Errno.EINVAL, 'flags are checked before the path is read');
    assert.equal(e.sys('sys_newfstatat', fd, e.str(''), s, AT_EMPTY_PATH), 0);
    assert.equal(e.u64(s, 48), 34);
    const [r] = e.pipe();
    assert.equal(e.sys('sys_newfstatat', r, e.str(''), s, AT_EMPTY_PATH), 0);
    assert.equal(e.u32(s, 24) & 0o170000, 0o10000, 'a pipe through AT_EMPTY_PATH');
    err(e.sys('sys_newstat', e.str('st/x'), s), Errno.ENOTDIR);
    err(e.sys('sys_newstat', e.str('st'), 1), Errno.EFAULT);
    assert.equal(e.sys('sys_symlinkat', e.str('st'), AT_FDCWD, e.str('ln')), 0);
    assert.equal(e.sys('sys_newlstat', e.str('ln'), s), 0);
    assert.equal(e.u32(s, 24) & 0o170000, 0o120000, 'lstat sees the link');
    assert.equal(e.sys('sys_newfstatat', AT_FDCWD, e.str('ln'), s, AT_SYMLINK_NOFOLLOW), 0);
    assert.equal(e.u64(s, 48), 2, 'a symlink\'s size is its target\'s length');
    const sx = e.alloc(256);
    err(e.sys('sys_statx', AT_FDCWD, e.str('st'), 0, 0x80000000, sx), Errno.EINVAL, 'STATX__RESERVED');
    err(e.sys('sys_statx', AT_FDCWD, e.str('st'), 0x6000, 0x7ff, sx), Errno.EINVAL, 'both sync types');
    err(e.sys('sys_statx', AT_FDCWD, 1, 0x8000, 0x7ff, sx), Errno.EINVAL, 'flags before the path');
    assert.equal(e.sys('sys_statx', AT_FDCWD, e.str('st'), 0, 0x7ff, sx), 0);
    assert.equal(e.u32(sx, 0), 0x7ff | 0x1000, 'STATX_BASIC_STATS|STATX_MNT_ID');
    assert.equal(e.u32(sx, 16), 1, 'stx_nlink');
    assert.equal(e.read(sx + 28, 2)[0] | (e.read(sx + 29, 1)[0] << 8), 0o100640, 'stx_mode');
    assert.equal(e.u64(sx, 40), 34, 'stx_size');
    assert.equal(e.u64(sx, 56) & 0x2000, 0x2000, 'STATX_ATTR_MOUNT_ROOT is known');
    assert.equal(e.u64(sx, 8) & 0x2000, 0, 'not a mount root');
    assert.equal(e.sys('sys_statx', AT_FDCWD, e.str('/'), 0, 0x7ff, sx), 0);
    assert.equal(e.u64(sx, 8) & 0x2000, 0x2000, '/ is a mount root');
    const sf = e.alloc(120);
    assert.equal(e.sys('sys_statfs', e.str('/tmp'), sf), 0);
    assert.equal(e.u64(sf, 0), 0x01021994, 'TMPFS_MAGIC');
    assert.equal(e.u64(sf, 80), 0x1020, 'ST_VALID|ST_RELATIME');
    assert.equal(e.sys('sys_fstatfs', r, sf), 0);
    assert.equal(e.u64(sf, 0), 0x50495045, 'pipefs');
  });

  test('compat stat encoders: EOVERFLOW and layouts', () => {
    const t = { sec: 5, nsec: 6 };
    const st = { dev: 0x801, ino: 7, mode: 0o100644, nlink: 1, uid: 70000, gid: 5, rdev: 0, size: 3, blksize: 4096, blocks: 8, atime: t, mtime: t, ctime: t };
    const b = encodeStat(st, 'compat_stat');
    assert.ok(typeof b !== 'number');
    const dv = new DataView(b.buffer);
    assert.equal(dv.getUint16(12, true), 65534, 'uid above 16 bits → overflowuid');
    assert.equal(encodeStat({ ...st, size: 2 ** 31 }, 'compat_stat'), -Errno.EOVERFLOW);
    const s64 = encodeStat({ ...st, ino: 2 ** 33 + 1 }, 'stat64');
    assert.ok(typeof s64 !== 'number' && s64.length === 96);
    assert.equal(Number(new DataView(s64.buffer).getBigUint64(88, true)), 2 ** 33 + 1);
  });

  test('getdents64: ".", "..", record layout, small buffers, resuming at d_off', () => {
    const e = new Env();
    e.sys('sys_mkdirat', AT_FDCWD, e.str('dd'), 0o755);
    for (const n of ['a', 'bb', 'a-long-name-to-fill-a-record']) e.sys('sys_close', e.open(`dd/${n}`, O_CREAT | O_WRONLY));
    const fd = e.open('dd', O_RDONLY | O_DIRECTORY);
    const buf = e.alloc(4096);
    err(e.sys('sys_getdents64', fd, buf, 23), Errno.EINVAL, 'not even "." fits');
    err(e.sys('sys_getdents64', fd, 1, 100), Errno.EFAULT);
    assert.equal(e.sys('sys_getdents64', fd, buf, 24), 24, 'one record of 24 bytes');
    assert.equal(e.text(buf + 19, 1), '.');
    assert.equal(e.read(buf + 18, 1)[0], 4, 'DT_DIR');
    const dOff = e.u64(buf, 8);
    const n = e.sys('sys_getdents64', fd, buf, 4096);
    const names: string[] = [];
    let lastOff = 0;
    for (let off = 0; off < n;) {
      const reclen = e.read(buf + off + 16, 2)[0] | (e.read(buf + off + 17, 1)[0] << 8);
      assert.equal(reclen % 8, 0, 'reclen aligned to 8');
      const raw = e.read(buf + off + 19, reclen - 19);
      names.push(bytesToStr(raw.subarray(0, raw.indexOf(0))));
      lastOff = e.u64(buf, off + 8);
      off += reclen;
    }
    assert.deepEqual(names, ['..', 'a', 'bb', 'a-long-name-to-fill-a-record']);
    assert.equal(e.sys('sys_getdents64', fd, buf, 4096), 0, 'end of directory');
    assert.equal(e.sys('sys_lseek', fd, dOff, 0), dOff);
    assert.equal(e.sys('sys_getdents64', fd, buf, 24), 24);
    assert.equal(e.text(buf + 19, 2), '..', 'resumed after "."');
    assert.ok(lastOff > 0);
    e.sys('sys_lseek', fd, 0, 0);
    const m = e.sys('sys_getdents', fd, buf, 4096);
    assert.ok(m > 0);
    const reclen0 = e.read(buf + 16, 2)[0];
    assert.equal(e.text(buf + 18, 1), '.', 'linux_dirent: name at 18');
    assert.equal(e.read(buf + reclen0 - 1, 1)[0], 4, 'linux_dirent: d_type in the last byte');
    const file = e.open('dd/a', O_RDONLY);
    err(e.sys('sys_getdents64', file, buf, 4096), Errno.ENOTDIR);
  });

  test('getcwd, chdir, fchdir, readlink and /proc/self', () => {
    const e = new Env();
    const buf = e.alloc(4096);
    assert.equal(e.sys('sys_getcwd', buf, 4096), 5);
    assert.equal(e.text(buf, 5), '/tmp\0');
    err(e.sys('sys_getcwd', buf, 5 - 1), Errno.ERANGE);
    assert.equal(e.sys('sys_getcwd', buf, 5), 5, 'exactly enough');
    err(e.sys('sys_getcwd', buf, 0), Errno.ERANGE);
    err(e.sys('sys_chdir', e.str('')), Errno.ENOENT);
    err(e.sys('sys_chdir', 0), Errno.EFAULT);
    e.sys('sys_mkdirat', AT_FDCWD, e.str('w'), 0o755);
    assert.equal(e.sys('sys_chdir', e.str('w')), 0);
    assert.equal(e.sys('sys_getcwd', buf, 4096), 7);
    const up = e.open('..', O_PATH);
    assert.equal(e.sys('sys_fchdir', up), 0, 'fchdir through an O_PATH descriptor');
    assert.equal(e.text(buf, e.sys('sys_getcwd', buf, 4096)), '/tmp\0');
    assert.equal(e.sys('sys_unlinkat', AT_FDCWD, e.str('w'), AT_REMOVEDIR), 0);
    const n = e.sys('sys_readlinkat', AT_FDCWD, e.str('/proc/self/exe'), buf, 100);
    assert.equal(e.text(buf, n), '/tmp/prog');
    assert.equal(e.sys('sys_readlinkat', AT_FDCWD, e.str('/proc/self/exe'), buf, 4), 4, 'truncated, no NUL');
    err(e.sys('sys_readlinkat', AT_FDCWD, e.str('/proc/self/exe'), buf, 0), Errno.EINVAL);
    err(e.sys('sys_readlinkat', AT_FDCWD, e.str(''), buf, 10), Errno.ENOENT);
    const f = e.open('rl', O_CREAT | O_WRONLY);
    err(e.sys('sys_readlinkat', AT_FDCWD, e.str('rl'), buf, 10), Errno.EINVAL, 'not a symlink');
    const m = e.sys('sys_readlinkat', AT_FDCWD, e.str(`/proc/self/fd/${f}`), buf, 100);
    assert.equal(e.text(buf, m), '/tmp/rl');
    const cwdLen = e.sys('sys_readlinkat', AT_FDCWD, e.str('/proc/self/cwd'), buf, 100);
    assert.equal(e.text(buf, cwdLen), '/tmp');
    e.sys('sys_symlinkat', e.str('rl'), AT_FDCWD, e.str('sl'));
    const pl = e.open('sl', O_PATH | O_NOFOLLOW);
    assert.equal(e.sys('sys_readlinkat', pl, e.str(''), buf, 100), 2, 'the empty path reads dirfd itself');
    // files outside the tree: /proc/self/fd/N names them and reopens them
    const [r, w] = e.pipe();
    const k = e.sys('sys_readlinkat', AT_FDCWD, e.str(`/proc/self/fd/${w}`), buf, 100);
    assert.match(e.text(buf, k), /^pipe:\[\d+\]$/);
    const w2 = e.open(`/proc/self/fd/${w}`, O_WRONLY);
    assert.ok(w2 >= 0, 'reopen a pipe end');
    e.sys('sys_close', w);
    assert.equal(e.write(w2, 'hi'), 2);
    e.sys('sys_close', w2);
    assert.equal(e.readStr(r, 10), 'hi');
    assert.equal(e.readStr(r, 10), '', 'EOF: the reopened end was the last writer');
    const stdin = e.open('/dev/stdin', O_RDONLY);
    assert.ok(stdin >= 0, '/dev/stdin → /proc/self/fd/0 → the stdin stream');
    assert.equal(e.readStr(stdin, 10), '');
  });

  test('namespace changes: rename flags, links, unlink/rmdir errors', () => {
    const e = new Env();
    const p = (s: string) => e.str(s);
    e.sys('sys_close', e.open('f', O_CREAT | O_WRONLY));
    e.sys('sys_mkdirat', AT_FDCWD, p('d'), 0o755);
    assert.equal(e.sys('sys_linkat', AT_FDCWD, p('f'), AT_FDCWD, p('h'), 0), 0);
    const s = e.alloc(144);
    e.sys('sys_newstat', p('f'), s);
    assert.equal(e.u64(s, 16), 2, 'nlink after link');
    err(e.sys('sys_linkat', AT_FDCWD, p('d'), AT_FDCWD, p('hd'), 0), Errno.EPERM, 'hard link to a directory');
    err(e.sys('sys_linkat', AT_FDCWD, p('f'), AT_FDCWD, p('h3'), 1), Errno.EINVAL);
    err(e.sys('sys_renameat2', AT_FDCWD, p('f'), AT_FDCWD, p('h'), 1), Errno.EEXIST, 'RENAME_NOREPLACE');
    assert.equal(e.sys('sys_renameat2', AT_FDCWD, p('f'), AT_FDCWD, p('d'), 2), 0, 'RENAME_EXCHANGE');
    e.sys('sys_newstat', p('f'), s);
    assert.equal(e.u32(s, 24) & 0o170000, 0o040000, 'f is now the directory');
    e.sys('sys_renameat2', AT_FDCWD, p('f'), AT_FDCWD, p('d'), 2);
    err(e.sys('sys_renameat2', AT_FDCWD, p('f'), AT_FDCWD, p('d'), 3), Errno.EINVAL);
    err(e.sys('sys_renameat2', AT_FDCWD, p('f'), AT_FDCWD, p('w'), 8), Errno.EINVAL);
    err(e.sys('sys_renameat2', AT_FDCWD, 1, AT_FDCWD, 1, 8), Errno.EINVAL, 'flags before names');
    err(e.sys('sys_rename', p('d'), p('d/sub')), Errno.EINVAL, 'into itself');
    err(e.sys('sys_unlinkat', AT_FDCWD, p('f'), 1), Errno.EINVAL);
    err(e.sys('sys_unlinkat', AT_FDCWD, p('h'), AT_REMOVEDIR), Errno.ENOTDIR);
    err(e.sys('sys_rmdir', p('d/.')), Errno.EINVAL);
    err(e.sys('sys_rmdir', p('d/..')), Errno.ENOTEMPTY);
    err(e.sys('sys_unlink', p('d')), Errno.EISDIR);
    err(e.sys('sys_mkdir', p('f'), 0o777), Errno.EEXIST);
    err(e.sys('sys_symlink', p(''), p('sl2')), Errno.ENOENT);
  });

  test('attributes: chmod, chown, truncate, access, utimensat', () => {
    const e = new Env();
    const p = (s: string) => e.str(s);
    const fd = e.open('a', O_CREAT | O_RDWR);
    const s = e.alloc(144);
    assert.equal(e.sys('sys_chmod', p('a'), 0o4755), 0);
    e.sys('sys_newstat', p('a'), s);
    assert.equal(e.u32(s, 24), 0o104755);
    assert.equal(e.sys('sys_fchown', fd, 5, 6), 0);
    e.sys('sys_newstat', p('a'), s);
    assert.deepEqual([e.u32(s, 28), e.u32(s, 32), e.u32(s, 24) & 0o7777], [5, 6, 0o755], 'chown clears setuid');
    assert.equal(e.sys('sys_chown', p('a'), -1, -1), 0);
    err(e.sys('sys_fchownat', AT_FDCWD, p('a'), 0, 0, 1), Errno.EINVAL);
    err(e.sys('sys_truncate', 1, -1), Errno.EINVAL, 'length before the path');
    err(e.sys('sys_truncate', p('/tmp'), 0), Errno.EISDIR);
    assert.equal(e.sys('sys_truncate', p('a'), 3), 0);
    assert.equal(e.sys('sys_newfstat', fd, s), 0);
    assert.equal(e.u64(s, 48), 3);
    err(e.sys('sys_ftruncate', 99, -1), Errno.EINVAL, 'EINVAL before EBADF');
    assert.equal(e.sys('sys_fallocate', fd, 0, 0, 100), 0);
    assert.equal(e.sys('sys_newfstat', fd, s), 0);
    assert.equal(e.u64(s, 48), 100, 'fallocate extends the size');
    assert.equal(e.sys('sys_fallocate', fd, 1, 0, 500), 0, 'FALLOC_FL_KEEP_SIZE');
    e.sys('sys_newfstat', fd, s);
    assert.equal(e.u64(s, 48), 100);
    err(e.sys('sys_fallocate', fd, 0, 0, 0), Errno.EINVAL);
    assert.equal(e.sys('sys_ftruncate', fd, 3), 0);
    const ro = e.open('a', O_RDONLY);
    err(e.sys('sys_ftruncate', ro, 0), Errno.EINVAL, 'not open for writing');
    err(e.sys('sys_access', p('a'), 8), Errno.EINVAL);
    err(e.sys('sys_faccessat2', AT_FDCWD, p('a'), 0, 1), Errno.EINVAL);
    assert.equal(e.sys('sys_faccessat2', fd, p(''), 4, AT_EMPTY_PATH), 0);
    // struct timespec[2]
    const ts = (a: [number, number], m: [number, number]): number => {
      const b = new Uint8Array(32);
      const dv = new DataView(b.buffer);
      dv.setBigInt64(0, BigInt(a[0]), true);
      dv.setBigInt64(8, BigInt(a[1]), true);
      dv.setBigInt64(16, BigInt(m[0]), true);
      dv.setBigInt64(24, BigInt(m[1]), true);
      return e.put(b);
    };
    const OMIT = (1 << 30) - 2;
    assert.equal(e.sys('sys_utimensat', AT_FDCWD, p('a'), ts([1000, 5], [2000, OMIT]), 0), 0);
    e.sys('sys_newstat', p('a'), s);
    assert.deepEqual([e.u64(s, 72), e.u64(s, 80)], [1000, 5], 'atime set, nsec kept');
    err(e.sys('sys_utimensat', AT_FDCWD, p('a'), ts([1, 1e9], [1, 0]), 0), Errno.EINVAL);
    assert.equal(e.sys('sys_utimensat', AT_FDCWD, 1, ts([0, OMIT], [0, OMIT]), 0), 0, 'both OMIT: the path is not looked at');
    assert.equal(e.sys('sys_utimensat', fd, 0, 0, 0), 0, 'NULL path: the descriptor itself');
    err(e.sys('sys_utimensat', fd, 0, 0, AT_SYMLINK_NOFOLLOW), Errno.EINVAL);
    err(e.sys('sys_utimensat', AT_FDCWD, 0, 0, 0), Errno.EFAULT);
  });

  test('permissions are the task\'s: a non-root task', () => {
    const e = new Env({ uid: 1000, cwd: '/tmp' });
    const p = (s: string) => e.str(s);
    const fd = e.open('mine', O_CREAT | O_WRONLY, 0o600);
    assert.ok(fd >= 0);
    err(e.sys('sys_fchown', fd, 0, 0), Errno.EPERM);
    err(e.sys('sys_chroot', p('/tmp')), Errno.EPERM);
    err(e.sys('sys_linkat', fd, p(''), AT_FDCWD, p('x'), AT_EMPTY_PATH), Errno.ENOENT, 'AT_EMPTY_PATH link needs CAP_DAC_READ_SEARCH');
    err(e.open('/proc/mounts', O_WRONLY), Errno.EACCES);
  });

  test('sendfile with and without an offset', () => {
    const e = new Env();
    const inFd = e.open('in', O_CREAT | O_RDWR | O_TRUNC);
    e.write(inFd, 'abcdefgh');
    const out = e.open('out', O_CREAT | O_RDWR | O_TRUNC);
    const off = e.put(new Uint8Array([2, 0, 0, 0, 0, 0, 0, 0]));
    assert.equal(e.sys('sys_sendfile64', out, inFd, off, 100), 6);
    assert.equal(e.u64(off), 8, '*offset advanced');
    assert.equal(e.sys('sys_lseek', inFd, 0, 1), 8, 'in_fd offset untouched');
    e.sys('sys_lseek', inFd, 0, 0);
    assert.equal(e.sys('sys_sendfile64', out, inFd, 0, 3), 3);
    assert.equal(e.sys('sys_lseek', inFd, 0, 1), 3);
    err(e.sys('sys_sendfile64', out, inFd, 1, 3), Errno.EFAULT);
    const [r] = e.pipe();
    err(e.sys('sys_sendfile64', out, r, 0, 3), Errno.EINVAL, 'a pipe as in_fd (Linux 6.1)');
    e.sys('sys_lseek', out, 0, 0);
    assert.equal(e.readStr(out, 20), 'cdefghabc');
  });
});
