// SSE/SSE2 (the x86-64 baseline vector set), split by family:
//   sse-common.ts  views of the XMM file, operand loads/stores, alignment, MXCSR names
//   sse-move.ts    data movement (movaps/movups/movss/movd/movq/movdqa/…, masks)
//   sse-int.ts     integer SIMD, bitwise ops and shuffles/unpacks
//   sse-fp.ts      floating-point arithmetic, comparisons and conversions
//   sse-exact.ts   exact (BigInt) rounding for directed modes and tiny results
//   sse-misc.ts    ldmxcsr/stmxcsr, fxsave/fxrstor, fences, prefetch, multi-byte NOP
// SSE3 and later (lddqu, movddup, pshufb, palignr, …) are not implemented: CPUID does
// not advertise them, so baseline code never executes them.
import './sse-move.js';
import './sse-int.js';
import './sse-fp.js';
import './sse-misc.js';

export { fxsaveImage, fxrstorImage, fxsaveLength, loadMxcsr, FXSAVE_SIZE } from './sse-misc.js';
