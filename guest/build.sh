#!/bin/sh
# guest/build.sh — build the x86-64 guest fixtures into guest/bin/.
#
#   sh guest/build.sh            (or: npm run fixtures)
#
# Needs: gcc (x86-64), musl-gcc (Debian/Ubuntu package musl-tools), and the
# syscall table ../shared/reference/syscall_64.tbl (see gen-unistd.sh).
#
# What it does:
#   1. regenerates guest/include/sysgate/unistd_64.h from syscall_64.tbl;
#   2. hello64      <- src/hello64.S    gcc -nostdlib -static -no-pie (raw syscalls only)
#      nolibc64     <- src/nolibc64.c   gcc -nostdlib -static -no-pie -ffreestanding -DSG_NOLIBC
#   3. every other  <- src/<name>.c     musl-gcc -static -O2 (ET_EXEC, non-PIE)
#      hello_c_pie  <- src/hello_c.c    musl static-PIE (ET_DYN, self-relocating via
#                                       musl's rcrt1.o; linked by hand because the
#                                       musl-gcc specs always use Scrt1.o)
#
# The binaries are committed (the emulator loads them as bytes), so the build
# is deterministic and small: -g0 and --strip-debug (symbols are kept, debug
# info is dropped), no build-id note, no timestamps, no absolute paths in the
# output.  Building twice gives identical files.
# After rebuilding, re-record the native expectations:
#   node scripts/record-native.mjs
set -eu

here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
BIN=bin
SRC=src
INC=include
mkdir -p "$BIN"

CC=${CC:-gcc}
MUSLCC=${MUSLCC:-musl-gcc}
command -v "$CC" >/dev/null || { echo "build.sh: $CC not found" >&2; exit 1; }
command -v "$MUSLCC" >/dev/null || { echo "build.sh: $MUSLCC not found (apt-get install musl-tools)" >&2; exit 1; }

# musl's library directory (holds rcrt1.o for static-PIE).  Not found with
# `musl-gcc -print-file-name=rcrt1.o`: that answers with glibc's copy.
if [ -z "${MUSL_LIB:-}" ]; then
	for d in /usr/lib/x86_64-linux-musl /usr/lib/musl/lib /usr/local/musl/lib; do
		[ -f "$d/rcrt1.o" ] && [ -f "$d/libc.a" ] && { MUSL_LIB=$d; break; }
	done
fi
[ -n "${MUSL_LIB:-}" ] && [ -f "$MUSL_LIB/rcrt1.o" ] ||
	{ echo "build.sh: cannot find musl's rcrt1.o (set MUSL_LIB)" >&2; exit 1; }

# Common flags.  -fno-asynchronous-unwind-tables is deliberately NOT used:
# musl's own objects carry .eh_frame anyway.
WARN="-Wall -Wextra"
COPT="-O2 -g0 -fno-ident -I$INC"
LDOPT="-Wl,--strip-debug -Wl,--build-id=none"

say() { printf '  %-14s %s\n' "$1" "$2"; }

gen() { sh ./gen-unistd.sh; }

build_asm() { # name
	"$CC" -nostdlib -static -no-pie -I$INC $LDOPT -o "$BIN/$1" "$SRC/$1.S"
	say "$1" "gcc -nostdlib -static"
}

build_nolibc() { # name
	"$CC" $WARN $COPT -nostdlib -static -no-pie -ffreestanding -fno-builtin \
		-fno-stack-protector -DSG_NOLIBC $LDOPT -o "$BIN/$1" "$SRC/$1.c"
	say "$1" "gcc -nostdlib -static -ffreestanding"
}

build_musl() { # name
	"$MUSLCC" $WARN $COPT -static -no-pie $LDOPT -o "$BIN/$1" "$SRC/$1.c"
	say "$1" "musl-gcc -static -O2"
}

build_musl_pie() { # src-name out-name
	tmpo="$BIN/.$2.o"
	"$MUSLCC" $WARN $COPT -fPIE -c -o "$tmpo" "$SRC/$1.c"
	# The musl-gcc specs file hard-codes Scrt1.o and a -dynamic-linker,
	# so spell the static-PIE link out: rcrt1.o relocates the image itself
	# (_dlstart_c) before __libc_start_main runs.
	"$CC" -static-pie -nostdlib -nostartfiles $LDOPT -o "$BIN/$2" \
		"$MUSL_LIB/rcrt1.o" "$MUSL_LIB/crti.o" "$("$CC" -print-file-name=crtbeginS.o)" \
		"$tmpo" -L"$MUSL_LIB" -lc "$("$CC" -print-libgcc-file-name)" \
		"$("$CC" -print-file-name=crtendS.o)" "$MUSL_LIB/crtn.o"
	rm -f "$tmpo"
	say "$2" "musl static-pie (rcrt1.o)"
}

echo "guest/build.sh: building into guest/$BIN/"
gen
build_asm hello64
build_asm regs64
build_nolibc nolibc64
for p in hello_c echo_args fileio malloc_stress errno_cases compute bench_cpu bench_getpid stdin_upper uaccess_demand boundary fsize confine sysfuzz; do
	build_musl "$p"
done
build_musl_pie hello_c hello_c_pie

# ---- i386 fixtures (and the 64-bit int $0x80 one) -------------------------
# gen-unistd32.sh regenerates include/sysgate/unistd_32.h from syscall_32.tbl.
#   hello32, regs32, int81_32 <- src/*.S   gcc -m32 -nostdlib -static -no-pie
#   nolibc32                  <- src/nolibc32.c  gcc -m32 -nostdlib -ffreestanding -DSG_NOLIBC
#   syscalls32                <- src/syscalls32.c  gcc -m32 -static (glibc), int $0x80
#   vsyscall32                <- src/syscalls32.c  the same with -DSG_VSYSCALL (AT_SYSINFO)
#   <name>32 for echo_args fileio malloc_stress errno_cases compute: the 64-bit
#       fixtures' sources as they are, gcc -m32 -static against glibc (musl has no
#       i386 build on Debian). Sources written for <sysgate/syscall64.h> get
#       -include sysgate/syscall32.h -DSG_STAND_IN_FOR_SYSCALL64 (the same API over
#       int $0x80 with i386 numbers); i386 has no __int128, so compute32 maps it to
#       long long (its 128-bit section then exercises libgcc's __divdi3 & co.).
#   sysfuzz32                 <- src/sysfuzz.c  gcc -m32 -static (glibc): the system-call fuzzer
#                                (raw int $0x80 calls through <sysgate/syscall32.h>)
#   int80_64                  <- src/int80_64.c  musl-gcc -static (x86-64 code using int $0x80)
# All i386 C code is -fno-pic (the static, non-PIE link the fixtures use).
sh ./gen-unistd32.sh
CC32="$CC -m32"
C32OPT="$COPT -fno-pic"
build_asm32() { # name
	$CC32 -nostdlib -static -no-pie -I$INC $LDOPT -o "$BIN/$1" "$SRC/$1.S"
	say "$1" "gcc -m32 -nostdlib -static"
}
build_glibc32() { # out-name src-name [extra flags...]
	out=$1 src=$2
	shift 2
	$CC32 $WARN $C32OPT -static -no-pie "$@" $LDOPT -o "$BIN/$out" "$SRC/$src.c"
	say "$out" "gcc -m32 -static (glibc) $*"
}
build_asm32 hello32
build_asm32 regs32
build_asm32 int81_32
$CC32 $WARN $C32OPT -nostdlib -static -no-pie -ffreestanding -fno-builtin \
	-fno-stack-protector -DSG_NOLIBC $LDOPT -o "$BIN/nolibc32" "$SRC/nolibc32.c"
say nolibc32 "gcc -m32 -nostdlib -static -ffreestanding"
build_glibc32 syscalls32 syscalls32
build_glibc32 vsyscall32 syscalls32 -DSG_VSYSCALL
build_glibc32 boundary32 boundary
build_glibc32 fsize32 fsize
build_glibc32 sysfuzz32 sysfuzz
for p in echo_args fileio malloc_stress errno_cases compute; do
	build_glibc32 "${p}32" "$p" -D_GNU_SOURCE= -D'__int128=long long' -Wno-shift-count-overflow \
		-DSG_STAND_IN_FOR_SYSCALL64 -include sysgate/syscall32.h
done
"$MUSLCC" $WARN $COPT -static -no-pie $LDOPT -o "$BIN/int80_64" "$SRC/int80_64.c"
say int80_64 "musl-gcc -static -O2 (64-bit, int \$0x80)"

# sanity: the ELF types we promise
if command -v readelf >/dev/null; then
	for f in "$BIN"/*; do
		[ -f "$f" ] || continue
		t=$(readelf -h "$f" | sed -n 's/ *Type: *\([A-Z]*\).*/\1/p')
		case "$(basename "$f")" in
		*_pie) want=DYN ;;
		*) want=EXEC ;;
		esac
		[ "$t" = "$want" ] || { echo "build.sh: $f is $t, expected $want" >&2; exit 1; }
		if readelf -lW "$f" | grep -q INTERP; then
			echo "build.sh: $f has a PT_INTERP (not static)" >&2; exit 1
		fi
	done
fi
ls -l "$BIN" | awk 'NR>1 {printf "  %8d  %s\n", $5, $9}'

# the kernel entry image and the vDSO images have their own scripts
bash "$here/kernel/build.sh"
sh "$here/vdso/build.sh"

# the kernel's nolibc test program, when Debian's linux-source-6.1 is installed
if [ -f /usr/src/linux-source-6.1.tar.xz ]; then bash "$here/nolibc/build.sh"; fi
