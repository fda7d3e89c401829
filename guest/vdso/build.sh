#!/bin/sh
# guest/vdso/build.sh — builds sysgate's vDSO images and the programs that test and
# measure them.
#
#   sh guest/vdso/build.sh
#
# 1. The images, as Linux builds its own (arch/x86/entry/vdso/Makefile): position-
#    independent code, linked with -shared, --hash-style=both (DT_HASH and
#    DT_GNU_HASH), symbol versions from the version script in vdso{64,32}.lds.S,
#    --eh-frame-hdr, -Bsymbolic, at address 0 in one PT_LOAD:
#      bin/vdso64.so.dbg, bin/vdso64.so   x86-64  (soname linux-vdso.so.1)
#      bin/vdso32.so.dbg, bin/vdso32.so   i386    (soname linux-gate.so.1)
#    then checks them (no relocations, no undefined symbols, exactly the exports
#    the version script lists) and writes src/kernel/generated/vdso_images.ts
#    (the stripped image as base64 plus symbol offsets; gen-vdso-images.mjs).
# 2. The programs, into guest/bin/ (committed like every fixture):
#      vdso_test64    musl-gcc -static      guest/src/vdso_test64.c
#      vdso_test32    gcc -m32 -nostdlib    guest/src/vdso_test32.c (no libc: it
#                     needs only the i386 entry paths, not a 32-bit libc's start-up)
#      bench_entry64  musl-gcc -static      guest/src/bench_entry64.c
#      bench_entry32  gcc -m32 -nostdlib    guest/src/bench_entry32.c
#
# Needs gcc with -m32 support (gcc-multilib), binutils, musl-gcc (musl-tools), node.
# Deterministic: building twice gives the same bytes.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
cd "$here"
OUT=bin
mkdir -p "$OUT"
CC=${CC:-gcc}
MUSLCC=${MUSLCC:-musl-gcc}

# What Linux's vDSO Makefile passes (CFL), minus the kernel-only flags, plus
# -fcf-protection=none (no endbr64) and no floating point.
COMMON="-O2 -g0 -fno-ident -fPIC -fno-stack-protector -fno-omit-frame-pointer \
	-foptimize-sibling-calls -fasynchronous-unwind-tables -ffreestanding -fno-builtin \
	-fno-common -fcf-protection=none -mno-sse -mno-mmx -mno-80387 -Wall -Wextra -I."
CFLAGS64="-m64 -mcmodel=small $COMMON"
CFLAGS32="-m32 -mregparm=0 $COMMON"
LDFLAGS="-shared --hash-style=both --build-id=sha1 --eh-frame-hdr -Bsymbolic -z noexecstack \
	--no-undefined -z max-page-size=4096"

say() { printf '  %-16s %s\n' "$1" "$2"; }

lds() { # in out
	"$CC" -E -P -x c -D__ASSEMBLER__ -I. "$1" -o "$2"
}

check_image() { # image bits expected-exports
	img=$1
	if readelf -rW "$img" | grep -q 'Relocation section'; then
		echo "build.sh: $img has relocations" >&2; readelf -rW "$img" >&2; exit 1
	fi
	if nm -u "$img.dbg" | grep -q .; then
		echo "build.sh: $img has undefined symbols" >&2; nm -u "$img.dbg" >&2; exit 1
	fi
	got=$(nm -D --with-symbol-versions "$img" | awk '$2 ~ /^[TWtw]$/ {print $3}' | sort | tr '\n' ' ')
	want=$(printf '%s\n' $3 | sort | tr '\n' ' ')
	if [ "$got" != "$want" ]; then
		echo "build.sh: $img exports" >&2; echo "  got:  $got" >&2; echo "  want: $want" >&2; exit 1
	fi
	readelf -SW "$img" | grep -q ' .hash ' || { echo "build.sh: $img lacks DT_HASH" >&2; exit 1; }
	readelf -SW "$img" | grep -q ' .gnu.hash ' || { echo "build.sh: $img lacks DT_GNU_HASH" >&2; exit 1; }
}

echo "guest/vdso/build.sh: images"
# ---- x86-64 ----
lds vdso64.lds.S "$OUT/vdso64.lds"
"$CC" $CFLAGS64 -c -o "$OUT/vclock-64.o" vclock.c
"$CC" $CFLAGS64 -c -o "$OUT/vgetcpu-64.o" vgetcpu.c
"$CC" -m64 -c -o "$OUT/note-64.o" note.S
ld -m elf_x86_64 $LDFLAGS -soname linux-vdso.so.1 -T "$OUT/vdso64.lds" \
	"$OUT/vclock-64.o" "$OUT/vgetcpu-64.o" "$OUT/note-64.o" -o "$OUT/vdso64.so.dbg"
objcopy -S "$OUT/vdso64.so.dbg" "$OUT/vdso64.so"
check_image "$OUT/vdso64.so" 64 "clock_gettime@@LINUX_2.6 __vdso_clock_gettime@@LINUX_2.6 \
gettimeofday@@LINUX_2.6 __vdso_gettimeofday@@LINUX_2.6 getcpu@@LINUX_2.6 __vdso_getcpu@@LINUX_2.6 \
time@@LINUX_2.6 __vdso_time@@LINUX_2.6 clock_getres@@LINUX_2.6 __vdso_clock_getres@@LINUX_2.6"
say vdso64.so "$(stat -c %s "$OUT/vdso64.so") bytes"

# ---- i386 ----
lds vdso32.lds.S "$OUT/vdso32.lds"
"$CC" $CFLAGS32 -c -o "$OUT/vclock-32.o" vclock.c
"$CC" -m32 -c -o "$OUT/system_call-32.o" vdso32/system_call.S
"$CC" -m32 -c -o "$OUT/sigreturn-32.o" vdso32/sigreturn.S
"$CC" -m32 -c -o "$OUT/note-32.o" note.S
ld -m elf_i386 $LDFLAGS -soname linux-gate.so.1 -T "$OUT/vdso32.lds" \
	"$OUT/vclock-32.o" "$OUT/system_call-32.o" "$OUT/sigreturn-32.o" "$OUT/note-32.o" \
	-o "$OUT/vdso32.so.dbg"
objcopy -S "$OUT/vdso32.so.dbg" "$OUT/vdso32.so"
check_image "$OUT/vdso32.so" 32 "__vdso_clock_gettime@@LINUX_2.6 __vdso_gettimeofday@@LINUX_2.6 \
__vdso_time@@LINUX_2.6 __vdso_clock_getres@@LINUX_2.6 __vdso_clock_gettime64@@LINUX_2.6 \
__kernel_vsyscall@@LINUX_2.5 __kernel_sigreturn@@LINUX_2.5 __kernel_rt_sigreturn@@LINUX_2.5"
say vdso32.so "$(stat -c %s "$OUT/vdso32.so") bytes"

rm -f "$OUT"/*.o "$OUT"/*.lds
node gen-vdso-images.mjs "$OUT" "$repo/src/kernel/generated/vdso_images.ts"

exit_if_images_only=${IMAGES_ONLY:-0}
[ "$exit_if_images_only" = 1 ] && exit 0
# ---- programs ----
echo "guest/vdso/build.sh: programs"
BIN="$repo/guest/bin"
SRC="$repo/guest/src"
POPT="-O2 -g0 -fno-ident -Wall -Wextra -I$SRC -I$repo/guest/include"
PLD="-Wl,--strip-debug -Wl,--build-id=none"
NOLIBC32="-m32 -static -nostdlib -ffreestanding -fno-builtin -fno-stack-protector -fno-pie -no-pie \
	-fcf-protection=none -fno-asynchronous-unwind-tables"
"$MUSLCC" $POPT -static -no-pie $PLD -o "$BIN/vdso_test64" "$SRC/vdso_test64.c"
say vdso_test64 "musl-gcc -static"
"$CC" $POPT $NOLIBC32 $PLD -o "$BIN/vdso_test32" "$SRC/vdso_test32.c" -lgcc
say vdso_test32 "gcc -m32 -nostdlib -static"
"$MUSLCC" $POPT -static -no-pie $PLD -o "$BIN/bench_entry64" "$SRC/bench_entry64.c"
say bench_entry64 "musl-gcc -static"
"$CC" $POPT $NOLIBC32 $PLD -o "$BIN/bench_entry32" "$SRC/bench_entry32.c" -lgcc
say bench_entry32 "gcc -m32 -nostdlib -static"
