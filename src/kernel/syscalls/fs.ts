// File-descriptor system calls (seed: write only; the full set is being written).

import { SYSCALL, a } from './declare.js';
import { Errno } from '../../vfs/errno.js';

SYSCALL('sys_write', [a('fd', 'fd'), a('buf', 'inbuf', 2), a('count', 'size')], 'size', (c, fd, buf, count) => {
  const e = c.task.files.get(fd);
  if (!e) return -Errno.EBADF;
  const data = c.task.um.read(buf, Math.min(count, 0x7ffff000));
  return e.file.write(data);
});
