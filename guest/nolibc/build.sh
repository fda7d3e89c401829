#!/bin/bash
# Builds the Linux kernel's own nolibc test program (tools/testing/selftests/nolibc/
# nolibc-test.c, with the nolibc headers of tools/include/nolibc) for x86-64 and i386
# from Debian's linux-source-6.1 package, into guest/bin/nolibc-test{,32}.
# A real test suite written by others: test/e2e/nolibc.test.ts runs it under sysgate
# and compares every sub-test's verdict with the native run recorded here.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tarball=/usr/src/linux-source-6.1.tar.xz
[ -f "$tarball" ] || { echo "needs Debian's linux-source-6.1 (apt-get install linux-source-6.1)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xJf "$tarball" --wildcards 'linux-source-6.1/tools/include/nolibc/*' 'linux-source-6.1/tools/testing/selftests/nolibc/*'
src="$work/linux-source-6.1/tools/testing/selftests/nolibc"
inc="$work/linux-source-6.1/tools/include/nolibc"
flags="-Os -fno-asynchronous-unwind-tables -fno-ident -fno-stack-protector -nostdlib -static -Wl,--build-id=none"
gcc $flags -include "$inc/nolibc.h" -I"$inc" -o "$here/../bin/nolibc-test" "$src/nolibc-test.c" -lgcc
gcc -m32 $flags -include "$inc/nolibc.h" -I"$inc" -o "$here/../bin/nolibc-test32" "$src/nolibc-test.c" -lgcc
# native verdicts: "NAME OK|FAIL" per sub-test, stdin a pipe (as in the test)
for b in nolibc-test nolibc-test32; do
	{ echo -n | "$here/../bin/$b" 2>&1 || true; } | sed -n 's/^ *[0-9]* \([a-z_0-9]*\) .*\[\(OK\|FAIL\|SKIPPED\)\].*/\1 \2/p' > "$here/../../test/expected/$b.verdicts"
	echo "$b: $(wc -l < "$here/../../test/expected/$b.verdicts") sub-tests recorded"
done
