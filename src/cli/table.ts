// `sysgate table`: the system-call tables with each row's implementation status,
// derived from the service-routine declarations.

import { SYSCALLS_64, SYSCALLS_32 } from '../kernel/generated/syscall_tables.js';
import { lookupDecl } from '../kernel/syscalls/declare.js';
import '../kernel/syscalls/index.js';

export function tableRows(abi: 'x64' | 'ia32'): Array<{ nr: number; name: string; entry: string; status: string; note: string }> {
  const rows = abi === 'x64' ? SYSCALLS_64 : SYSCALLS_32;
  return rows.map((r) => {
    const entry = (abi === 'ia32' && r.compatEntry && lookupDecl(r.compatEntry) ? r.compatEntry : r.entry) ?? '';
    const d = entry ? lookupDecl(entry) : undefined;
    return { nr: r.nr, name: r.name, entry: entry || '-', status: d ? d.support : 'ENOSYS', note: d?.note ?? '' };
  });
}

export function printTable(abi: 'x64' | 'ia32', onlyImplemented: boolean): void {
  const rows = tableRows(abi).filter((r) => !onlyImplemented || r.status !== 'ENOSYS');
  const lines = rows.map((r) => `${String(r.nr).padStart(4)}  ${r.name.padEnd(24)} ${r.entry.padEnd(28)} ${r.status.padEnd(8)} ${r.note}`);
  const impl = tableRows(abi).filter((r) => r.status !== 'ENOSYS').length;
  process.stdout.write(`  nr  name                     entry point                  status   note\n${lines.join('\n')}\n\n${impl} of ${tableRows(abi).length} ${abi} system calls implemented; the rest return -ENOSYS through sys_ni_syscall.\n`);
}
