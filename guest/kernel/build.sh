#!/bin/bash
# Builds the kernel entry image from entry_64.S and writes the generated TypeScript
# module src/kernel/generated/entry_image.ts (the bytes, base64, and the symbol map).
# Needs gcc/binutils (Debian: build-essential). The output is committed, so tests
# need no compiler.
set -euo pipefail
cd "$(dirname "$0")"
OUT=bin
mkdir -p "$OUT"
TEXT=0xffffffff81000000
gcc -c -x assembler-with-cpp -o "$OUT/entry_64.o" entry_64.S
ld -nostdlib -static -Ttext=$TEXT -e sysgate_boot --build-id=none -o "$OUT/entry_64.elf" "$OUT/entry_64.o"
objcopy -O binary -j .text "$OUT/entry_64.elf" "$OUT/entry_64.bin"
nm -n "$OUT/entry_64.elf" > "$OUT/entry_64.sym"
node ../../scripts/gen-entry-image.mjs "$OUT/entry_64.bin" "$OUT/entry_64.sym" $TEXT ../../src/kernel/generated/entry_image.ts
