// Node-only: a Machine that sees the host — the host's file system (all of it, as
// qemu-user does, or a directory as its root) with extra mounts, and the host's
// stdin/stdout/stderr as fd 0–2.

import { Machine, type MachineOptions } from './machine.js';
import { Vfs } from '../vfs/vfs.js';
import { utf8ToByteStr } from '../vfs/bytes.js';
import { HostFs, hostStdio, hostTtyHook } from '../vfs/hostfs.js';

export interface HostMount {
  host: string;
  guest: string;
  readonly: boolean;
}

export interface HostMachineOptions extends Omit<MachineOptions, 'vfs' | 'stdio'> {
  /** Host directory shown as / (default: the host's /). */
  root?: string;
  mounts?: HostMount[];
  /** Use the host's fds 0–2 (default true). */
  hostStdio?: boolean;
}

/** Parses a --mount argument: HOST:GUEST[:ro]. */
export function parseMount(spec: string): HostMount {
  const parts = spec.split(':');
  let readonly = false;
  if (parts.length === 3 && (parts[2] === 'ro' || parts[2] === 'rw')) {
    readonly = parts[2] === 'ro';
    parts.pop();
  }
  if (parts.length !== 2 || !parts[0] || !parts[1].startsWith('/')) throw new Error(`bad --mount '${spec}': expected HOST:GUEST[:ro] with an absolute GUEST path`);
  return { host: parts[0], guest: parts[1], readonly };
}

export function hostMachine(opts: HostMachineOptions = {}): Machine {
  const uid = opts.uid ?? (typeof process.getuid === 'function' ? process.getuid() : 0);
  const gid = opts.gid ?? (typeof process.getgid === 'function' ? process.getgid() : 0);
  const vfs = new Vfs({ root: new HostFs(opts.root ?? '/'), cred: { uid, gid } });
  vfs.setTty(hostTtyHook);
  for (const m of opts.mounts ?? []) {
    // a missing mount point is made in the guest's view only: the host is never changed
    const r = vfs.mount(utf8ToByteStr(m.guest), new HostFs(m.host, m.readonly), { readonly: m.readonly, createMountpoint: true });
    if (typeof r === 'number') throw new Error(`cannot mount ${m.host} on ${m.guest}: errno ${-r}`);
  }
  return new Machine({ cwd: opts.root ? '/' : process.cwd(), ...opts, uid, gid, vfs, stdio: opts.hostStdio === false ? undefined : hostStdio() });
}
