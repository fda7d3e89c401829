#!/bin/sh
# guest/tools/build.sh — builds the native ptrace tool of the instruction-level tests:
#   guest/bin/runstream64  <- guest/tools/runstream.c   (static x86-64, no libc)
#   guest/bin/runstream32  <- guest/tools/runstream.c   (static i386: runs in compatibility mode)
# Both are committed (npm test needs no compiler). They are linked at 0x10000000, away
# from the test-case areas (0x400000-0x800000). Building twice gives identical files.
# After rebuilding, re-record: node scripts/fuzz-insn.mjs --record (and gen-difftest.mjs).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin="$here/../bin"
CC=${CC:-gcc}
flags="-O2 -g0 -Wall -Wextra -ffreestanding -fno-builtin -fno-tree-loop-distribute-patterns -fno-stack-protector
 -fno-pic -no-pie -fno-asynchronous-unwind-tables -fno-ident -nostdlib -static
 -Wl,--build-id=none -Wl,-Ttext-segment=0x10000000 -Wl,-z,noexecstack"
# shellcheck disable=SC2086
"$CC" $flags -o "$bin/runstream64" "$here/runstream.c"
# shellcheck disable=SC2086
"$CC" -m32 $flags -o "$bin/runstream32" "$here/runstream.c"
strip "$bin/runstream64" "$bin/runstream32"
echo "built guest/bin/runstream64 guest/bin/runstream32"
