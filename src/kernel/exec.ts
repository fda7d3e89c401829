// execve's binfmt_elf half: map a static ELF image, build the initial stack with argv,
// envp and the auxiliary vector, and set the task's user registers (start_thread).

import { PAGE_SIZE } from '../mem/memory.js';
import { parseElf, planLoad, defaultLoadBias, ElfError, type ElfFile } from '../loader/elf.js';
import { buildInitialStack, linuxAuxv, StackLayoutError } from '../loader/stack.js';
import { cpuidLeaf } from '../cpu/ops/system.js';
import { MM, MAP_PRIVATE, MAP_ANONYMOUS, MAP_FIXED, MAP_GROWSDOWN, PROT_READ, PROT_WRITE, PROT_EXEC, pteBits } from './mm.js';
import { STACK_TOP, TASK_SIZE_MAX, IA32_TASK_SIZE } from './layout.js';
import { Errno } from '../vfs/errno.js';
import type { Kernel } from './kernel.js';
import type { Task } from './task.js';

export interface ExecImage {
  bytes: Uint8Array;
  /** Path as given to execve (AT_EXECFN) and the resolved path (/proc/self/exe). */
  path: string;
  resolved: string;
  /** Device and inode of the file, for /proc/self/maps (0 when not from a file system). */
  dev?: number;
  ino?: number;
}

export interface UserStart {
  ip: number;
  sp: number;
  compat: boolean;
}

/** Checks the image before anything of the old process is torn down (-ENOEXEC etc.). */
export function checkImage(bytes: Uint8Array): ElfFile {
  return parseElf(bytes);
}

/**
 * Replaces the task's user address space with the image. Throws ElfError for a bad
 * image (before anything is torn down) and StackLayoutError for E2BIG.
 */
export function loadElf(k: Kernel, task: Task, img: ExecImage, argv: string[], envp: string[]): UserStart {
  const elf = parseElf(img.bytes);
  const compat = elf.class === 32;
  const taskSize = compat ? IA32_TASK_SIZE : TASK_SIZE_MAX;

  // tear down the old image: a fresh mm on the same address space
  task.mm.clear();
  const mm = new MM(k.as, taskSize);
  task.mm = mm;
  task.compat = compat;
  task.um.limit = taskSize;

  // where a static PIE goes: Linux maps an ET_DYN without interpreter in the mmap area
  let bias = 0;
  if (elf.type === 3) {
    let lo = Infinity;
    let hi = 0;
    for (const p of elf.loads) {
      lo = Math.min(lo, Math.floor(p.vaddr / PAGE_SIZE) * PAGE_SIZE);
      hi = Math.max(hi, p.vaddr + p.memsz);
    }
    const span = Math.ceil((hi - lo) / PAGE_SIZE) * PAGE_SIZE;
    const at = compat ? defaultLoadBias(elf) : mm.findFree(span);
    bias = at - lo;
  }
  const plan = planLoad(elf, bias);
  for (const m of plan.mappings) {
    const r = mm.map(m.vaddr, m.size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, null, 0, m.kind === 'file' ? img.resolved : '');
    if (r < 0) throw new ElfError(`cannot map segment at 0x${m.vaddr.toString(16)}`);
    for (let p = m.vaddr; p < m.vaddr + m.size; p += PAGE_SIZE) mm.populate(p);
    if (m.fileBytes > 0) {
      k.as.writeBytes(m.vaddr, img.bytes.subarray(m.fileOffset, m.fileOffset + m.fileBytes), false, true);
    }
    const end = m.vaddr + m.size;
    if (m.zeroFrom < end) k.as.writeBytes(m.zeroFrom, new Uint8Array(end - m.zeroFrom), false, true);
    mm.protect(m.vaddr, end, m.prot);
    const v = mm.find(m.vaddr);
    if (v) {
      v.name = m.kind === 'file' ? img.resolved : '';
      v.flags = MAP_PRIVATE | (m.kind === 'anon' ? MAP_ANONYMOUS : 0);
      if (m.kind === 'file') {
        // A private file mapping: pages dropped later (madvise DONTNEED) refault from the file.
        const bytes = img.bytes;
        v.offset = m.fileOffset;
        v.file = {
          pread: (buf, pos) => {
            const n = Math.max(0, Math.min(buf.length, bytes.length - pos));
            buf.set(bytes.subarray(pos, pos + n));
            return n;
          },
          dev: img.dev ?? 0,
          ino: img.ino ?? 0,
          path: img.resolved,
        };
      }
    }
  }
  mm.startBrk = mm.brk = Math.ceil(plan.brkStart / PAGE_SIZE) * PAGE_SIZE;
  mm.startCode = plan.startCode;
  mm.endCode = plan.endCode;
  mm.startData = plan.startData;
  mm.endData = plan.endData;

  // the stack: a [stack] VMA that grows down on demand
  const stackTop = compat ? IA32_TASK_SIZE : STACK_TOP;
  const random = k.random(16);
  const hwcap = cpuidLeaf(k.cpu, 1, 0)[3] >>> 0;
  const auxv = linuxAuxv({
    sysinfoEhdr: k.vdsoBase(task) ?? undefined,
    sysinfo: compat ? (k.vdsoKernelVsyscall(task) ?? undefined) : undefined,
    minsigstksz: compat ? null : 2048,
    hwcap,
    pagesz: PAGE_SIZE,
    clktck: 100,
    phdr: plan.phdrAddr,
    phent: plan.phent,
    phnum: plan.phnum,
    base: 0,
    flags: 0,
    entry: plan.entry,
    uid: task.creds.uid,
    euid: task.creds.euid,
    gid: task.creds.gid,
    egid: task.creds.egid,
    secure: 0,
    hwcap2: 0,
    platform: true,
  });
  const st = buildInitialStack({
    wordSize: compat ? 4 : 8,
    stackTop,
    argv,
    envp,
    auxv,
    execfn: img.path,
    random,
    platform: compat ? 'i686' : 'x86_64',
  });
  const stackVmaStart = Math.floor((st.base - 128 * 1024) / PAGE_SIZE) * PAGE_SIZE;
  mm.map(stackVmaStart, stackTop - stackVmaStart, PROT_READ | PROT_WRITE | (plan.executableStack ? PROT_EXEC : 0), MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_GROWSDOWN, null, 0, '[stack]');
  for (let p = Math.floor(st.base / PAGE_SIZE) * PAGE_SIZE; p < stackTop; p += PAGE_SIZE) mm.populate(p);
  k.as.writeBytes(st.base, st.bytes, false, true);
  mm.stackTop = stackTop;
  mm.argStart = st.argStart;
  mm.argEnd = st.argEnd;
  mm.envStart = st.envStart;
  mm.envEnd = st.envEnd;
  k.mapVdso(task);
  task.exePath = img.resolved;
  const base = img.path.split('/').pop() ?? img.path;
  task.comm = base.slice(0, 15);
  void pteBits;
  void Errno;
  void StackLayoutError;
  return { ip: plan.entry, sp: st.sp, compat };
}
