	.globl _start
	.text
_start:
	movabsq $0x8000, %rax
	movabsq $0x8000, %rcx
	movabsq $0x7f, %rdx
	movabsq $0xffffffff, %rbx
	movabsq $0x80000000, %rbp
	movabsq $0xffffffff, %rsi
	movabsq $0x675bfded042c625e, %rdi
	movabsq $0x8000000000000000, %r8
	movabsq $0x80, %r9
	movabsq $1, %r10
	movabsq $0x7f, %r11
	movabsq $0xa542a272d09fc474, %r12
	movabsq $0x8000000000000000, %r13
	movabsq $0x8000, %r14
	movabsq $0x80, %r15
	pushq $1
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	xchgb %cl, %r12b
dt_1_0:
	rclb data+80(%rip)
dt_2_0:
	movsbq %r12b, %rcx
dt_3_0:
	orb %r14b, data+32(%rip)
dt_4_0:
	bsrl %edx, %r8d
dt_5_0:
	leal -1073(%rax,%rsi,1), %r11d
dt_6_0:
	andw %dx, %ax
dt_7_0:
	bswap %rcx
dt_9_0:
	shldq %cl, %rsi, %rcx
dt_10_0:
	bswap %ecx
dt_11_0:
	shldw $0, %bp, data+152(%rip)
dt_12_0:
	negl %ecx
dt_13_0:
	andq %r15, %rbp
dt_14_0:
	orl $1541974173, %r8d
dt_15_0:
	popcntw %ax, %si
dt_16_0:
	cltd
dt_17_0:
	subl %r11d, %edx
dt_18_0:
	testq %r10, %rcx
dt_19_0:
	adcq %rbp, %r12
dt_20_0:
	orq %r14, %r12
dt_21_0:
	leal -2168(%r10,%r14,2), %edi
dt_22_0:
	sahf
dt_23_0:
	mulb %bl
dt_24_0:
	movsbq %bl, %r13
dt_25_0:
	sbbl %r9d, data+120(%rip)
dt_26_0:
	movq %r8, data+64(%rip)
dt_27_0:
	adcb %r11b, data+120(%rip)
dt_28_0:
	btcq $24, %rdx
dt_29_0:
	addb $198, %dl
dt_30_0:
	xorb $34, %cl
dt_31_0:
	notq %r15
dt_32_0:
	movq $917, %r13
dt_32_1:
	cqto
dt_32_2:
	idivq %r13
dt_33_0:
	sbbl data+80(%rip), %r8d
dt_34_0:
	lzcntw %r12w, %r15w
dt_35_0:
	decw %bx
dt_36_0:
	bswap %rbp
dt_37_0:
	shrdw $0, %di, %r12w
dt_38_0:
	bsfw %r12w, %r15w
dt_39_0:
	stc
dt_40_0:
	andq data+40(%rip), %r15
dt_41_0:
	adcq data+184(%rip), %r14
dt_42_0:
	roll %cl, %r12d
dt_43_0:
	roll $43, data+120(%rip)
dt_44_0:
	movq $416, %rbx
dt_44_1:
	cqto
dt_44_2:
	idivq %rbx
dt_45_0:
	bswap %rbp
dt_46_0:
	incq data+72(%rip)
dt_47_0:
	bswap %ebp
dt_48_0:
	decq data+176(%rip)
dt_49_0:
	cmovgew %r10w, %r14w
dt_50_0:
	shldq %cl, %r15, %r14
dt_51_0:
	andb $238, %dh
dt_52_0:
	bswap %r10d
dt_53_0:
	popcntl %edi, %r13d
dt_54_0:
	leaq 653(%r14,%rdx,2), %rbp
dt_55_0:
	addb $92, %bh
dt_56_0:
	orb $162, %sil
dt_57_0:
	xorw data+112(%rip), %di
dt_58_0:
	testl %r9d, %r15d
dt_59_0:
	sbbq %rbp, data+88(%rip)
dt_60_0:
	lzcntl %r9d, %esi
dt_61_0:
	movl $400, %ecx
dt_61_1:
	cltd
dt_61_2:
	idivl %ecx
dt_62_0:
	movq %r8, data+128(%rip)
dt_63_0:
	andb $241, %ch
dt_64_0:
	lahf
dt_65_0:
	sbbw %r12w, %r13w
dt_66_0:
	setl data+112(%rip)
dt_67_0:
	addq data+176(%rip), %r8
dt_68_0:
	shldq $1, %r15, %rsi
dt_69_0:
	imulw %ax
dt_70_0:
	cmpxchgb %r12b, data+120(%rip)
dt_71_0:
	orq $679722518, %rbp
dt_72_0:
	cmovgew %ax, %cx
dt_73_0:
	cmc
dt_74_0:
	rcrl $36, data+88(%rip)
dt_75_0:
	xchgb %r12b, %r8b
dt_76_0:
	xorl $1349527543, %edx
dt_77_0:
	imull %r15d, %edx
dt_78_0:
	mull %r8d
dt_79_0:
	cmpl data+184(%rip), %eax
dt_80_0:
	shll $24, %r13d
dt_81_0:
	andw $39619, %di
dt_82_0:
	addb $15, %bh
dt_83_0:
	movslq %ebx, %r9
dt_84_0:
	sbbl %r15d, %r8d
dt_85_0:
	andb $168, %dl
dt_86_0:
	seto data+80(%rip)
dt_87_0:
	subl $658867326, %r9d
dt_88_0:
	rolq $21, data+8(%rip)
dt_89_0:
	movq %rax, data+168(%rip)
dt_90_0:
	mulb %al
dt_91_0:
	lzcntq %r12, %r14
dt_92_0:
	lahf
dt_93_0:
	setc %r10b
dt_94_0:
	orl %ebp, %edx
dt_95_0:
	testw %di, %r11w
dt_96_0:
	incq data+96(%rip)
dt_97_0:
	shrl %cl, %r9d
dt_98_0:
	xaddw %r14w, %r12w
dt_99_0:
	xorb $36, %bh
dt_100_0:
	movq %r12, data+24(%rip)
dt_101_0:
	movzwq %ax, %r13
dt_102_0:
	orq %rcx, %r14
dt_103_0:
	bswap %r14
dt_104_0:
	sarl $63, %r15d
dt_105_0:
	cmpxchgq %r14, data+104(%rip)
dt_107_0:
	sbbb data+64(%rip), %r14b
dt_108_0:
	imulq %r9, %r10
dt_109_0:
	mulb %r9b
dt_110_0:
	orw %dx, data+48(%rip)
dt_111_0:
	bswap %rsi
dt_112_0:
	movslq %r11d, %r9
dt_113_0:
	cmpl %r10d, %r8d
dt_114_0:
	notw data+168(%rip)
dt_115_0:
	movw %r10w, %r14w
dt_116_0:
	cmc
dt_117_0:
	leal 1860(%rdi,%r14,4), %ebp
dt_118_0:
	sbbl data+24(%rip), %r15d
dt_119_0:
	cmovneq %rdx, %rsi
dt_120_0:
	cmpxchgl %edi, %ecx
dt_121_0:
	orl data+176(%rip), %r11d
dt_122_0:
	setc %al
dt_123_0:
	movq %rdx, data+16(%rip)
dt_124_0:
	xaddb %r9b, data+24(%rip)
dt_125_0:
	sahf
dt_126_0:
	andw %r14w, %r15w
dt_127_0:
	setc %r8b
dt_128_0:
	btcw $20, %r8w
dt_129_0:
	xaddb %sil, %dl
dt_130_0:
	xaddq %r13, %rdx
dt_131_0:
	lahf
dt_132_0:
	popcntw %r13w, %r15w
dt_133_0:
	bsfq %rbp, %rbp
dt_134_0:
	sbbl data+160(%rip), %eax
dt_135_0:
	rclb %cl, data+152(%rip)
dt_136_0:
	bsrl %edi, %ebp
dt_137_0:
	imull %r15d, %r15d
dt_138_0:
	cmovbw %cx, %r11w
dt_139_0:
	movq $609, %r11
dt_139_1:
	cqto
dt_139_2:
	idivq %r11
dt_140_0:
	setge data+0(%rip)
dt_141_0:
	incb %r15b
dt_142_0:
	xaddw %dx, %cx
dt_143_0:
	xchgb %r13b, %r13b
dt_144_0:
	cmovgel %r10d, %r14d
dt_145_0:
	addq %r9, %r8
dt_146_0:
	xchgb %r15b, %r15b
dt_147_0:
	testl %eax, %r14d
dt_148_0:
	tzcntw %di, %bp
dt_149_0:
	shrdq %cl, %rbx, %rdx
dt_150_0:
	xorb $38, %bh
dt_151_0:
	sbbw data+32(%rip), %r15w
dt_152_0:
	xaddw %r15w, %r11w
dt_153_0:
	cmpxchgl %eax, data+120(%rip)
dt_154_0:
	cmpxchgw %r15w, data+160(%rip)
dt_155_0:
	shrdl %cl, %r13d, %ecx
dt_156_0:
	imulq $2107594449, %r10, %rdx
dt_157_0:
	clc
dt_158_0:
	adcw $36418, %r9w
dt_159_0:
	xorb $25, %bh
dt_160_0:
	imull %r15d, %ecx
dt_161_0:
	cltd
dt_162_0:
	btsq $2, %r11
dt_163_0:
	movl $382, %edi
dt_163_1:
	cltd
dt_163_2:
	idivl %edi
dt_164_0:
	movsbl %r8b, %r11d
dt_165_0:
	cwtl
dt_166_0:
	cltd
dt_167_0:
	sahf
dt_168_0:
	movsbq %r15b, %r13
dt_169_0:
	xaddw %r9w, data+152(%rip)
dt_170_0:
	xaddl %r12d, %esi
dt_171_0:
	movzwl %r12w, %r12d
dt_172_0:
	bswap %rdi
dt_173_0:
	xorb data+184(%rip), %r8b
dt_174_0:
	btsl $3, %r13d
dt_175_0:
	imulw %r11w, %r9w
dt_176_0:
	addw data+96(%rip), %r12w
dt_177_0:
	cltq
dt_178_0:
	cmovbl %eax, %r10d
dt_179_0:
	sbbb $147, %r14b
dt_180_0:
	subb $239, %dh
dt_181_0:
	cmpb $13, %r14b
dt_182_0:
	bsrl %r14d, %r15d
dt_183_0:
	movsbl %dil, %ebx
dt_184_0:
	cmpxchgl %r15d, data+88(%rip)
dt_185_0:
	cwtd
dt_186_0:
	setg data+160(%rip)
dt_187_0:
	xchgb %r11b, %dil
dt_188_0:
	movq $617, %rsi
dt_188_1:
	cqto
dt_188_2:
	idivq %rsi
dt_189_0:
	mulb %r11b
dt_190_0:
	cmoveq %r15, %rcx
dt_191_0:
	cmc
dt_192_0:
	movw %bp, %r11w
dt_193_0:
	rorw $37, data+144(%rip)
dt_194_0:
	popcntw %r13w, %cx
dt_195_0:
	adcb %cl, %cl
dt_196_0:
	btrq %r11, %rsi
dt_197_0:
	notl %r14d
dt_198_0:
	notw data+144(%rip)
dt_199_0:
	movb %r13b, data+168(%rip)
dt_200_0:
	lzcntq %r9, %rsi
dt_201_0:
	shrdq $13, %rdi, data+64(%rip)
dt_202_0:
	cmovbew %ax, %bx
dt_203_0:
	bswap %rax
dt_204_0:
	adcl data+80(%rip), %eax
dt_205_0:
	addb $72, %cl
dt_206_0:
	shrdl %cl, %r8d, %ebp
dt_207_0:
	andw %r15w, data+120(%rip)
dt_208_0:
	cmpq $-973609084, %r14
dt_209_0:
	movb %dl, %r14b
dt_210_0:
	orw $49738, %dx
dt_211_0:
	addb $117, %dl
dt_212_0:
	mull %edx
dt_213_0:
	cmc
dt_214_0:
	btrl %edx, %r11d
dt_215_0:
	rolw %cl, %cx
dt_216_0:
	mulq %rsi
dt_217_0:
	cmpq $-288459806, %r12
dt_218_0:
	andq $523268537, %rbx
dt_219_0:
	xchgb %bl, %r10b
dt_220_0:
	movl %r14d, data+120(%rip)
dt_221_0:
	shrdw $5, %bp, %r14w
dt_222_0:
	cmpxchgl %r14d, data+128(%rip)
dt_224_0:
	negb data+0(%rip)
dt_225_0:
	mulw %r8w
dt_226_0:
	testq %rsi, %r14
dt_227_0:
	notq %rcx
dt_228_0:
	testb %bl, %r12b
dt_229_0:
	xchgb %dil, %r8b
dt_230_0:
	setc %r13b
dt_231_0:
	adcb %dil, data+0(%rip)
dt_232_0:
	cmpxchgl %ebp, %ebx
dt_233_0:
	popcntq %rcx, %rbp
dt_234_0:
	popcntw %r10w, %r11w
dt_235_0:
	setc %r11b
dt_236_0:
	shldw $4, %si, data+88(%rip)
dt_237_0:
	shrw %cl, data+88(%rip)
dt_238_0:
	cmovael %r9d, %esi
dt_239_0:
	bsrw %r10w, %cx
dt_240_0:
	xorq %rdi, data+168(%rip)
dt_241_0:
	clc
dt_242_0:
	cbtw
dt_243_0:
	xaddw %r11w, %r12w
dt_244_0:
	andq $813844934, %r8
dt_245_0:
	setc %r15b
dt_246_0:
	shldw $9, %r12w, %r9w
dt_247_0:
	decw data+48(%rip)
dt_248_0:
	adcq data+144(%rip), %r12
dt_249_0:
	xaddb %r13b, data+184(%rip)
dt_250_0:
	movb %dl, %sil
dt_251_0:
	xaddb %r9b, %r15b
dt_252_0:
	setc %r15b
dt_253_0:
	cmovpl %edi, %ebp
dt_254_0:
	cmovbq %r8, %rdx
dt_255_0:
	andb data+112(%rip), %r12b
dt_256_0:
	cmovael %r10d, %ecx
dt_257_0:
	cwtl
dt_258_0:
	subb $6, %dh
dt_259_0:
	bswap %edx
dt_260_0:
	negb data+184(%rip)
dt_261_0:
	rcrl %cl, %r10d
dt_262_0:
	notq %r12
dt_263_0:
	orq %rsi, %r10
dt_264_0:
	subl $226437637, %r12d
dt_265_0:
	adcl %r9d, data+176(%rip)
dt_266_0:
	andl %r13d, %r10d
dt_267_0:
	negq data+184(%rip)
dt_268_0:
	addl %r14d, %r10d
dt_269_0:
	addw %ax, %r12w
dt_270_0:
	cmovpl %r14d, %edx
dt_271_0:
	xorq %r14, %rdx
dt_272_0:
	andq $667829964, %r12
dt_273_0:
	addb $229, %bh
dt_274_0:
	movb %sil, data+32(%rip)
dt_275_0:
	orq data+128(%rip), %r8
dt_276_0:
	movzwq %dx, %rdi
dt_277_0:
	cmpxchgl %r9d, data+0(%rip)
dt_278_0:
	subb data+168(%rip), %r10b
dt_279_0:
	negb %r13b
dt_280_0:
	movw %di, %r11w
dt_281_0:
	movzbq %al, %rsi
dt_282_0:
	xaddb %r10b, %r9b
dt_283_0:
	subw $433, %dx
dt_284_0:
	cmovsw %r10w, %bp
dt_285_0:
	cmovew %r14w, %bp
dt_286_0:
	adcq %rcx, %rcx
dt_287_0:
	cmc
dt_288_0:
	testw %r9w, %r15w
dt_289_0:
	movl $567, %r8d
dt_289_1:
	xor %edx, %edx
dt_289_2:
	divl %r8d
dt_290_0:
	leaq -290(%r13,%r15,2), %r8
dt_291_0:
	leaq 65(%rbp,%rdi,4), %rcx
dt_292_0:
	subl $1766904927, %r11d
dt_293_0:
	btrl $65, %r12d
dt_294_0:
	movl %r15d, data+120(%rip)
dt_295_0:
	imulq $27061934, %rdx, %r15
dt_296_0:
	orl $-402913983, %r15d
dt_297_0:
	subl %ecx, data+168(%rip)
dt_298_0:
	subw $60781, %r9w
dt_299_0:
	cmpb $179, %cl
dt_300_0:
	mulb %al
dt_301_0:
	sbbl data+64(%rip), %r15d
dt_302_0:
	xaddw %ax, data+104(%rip)
dt_303_0:
	xaddl %r9d, %ecx
dt_304_0:
	xchgb %r12b, %r12b
dt_305_0:
	andq $25657223, %r14
dt_306_0:
	leaq -890(%rsi,%r14,8), %r9
dt_307_0:
	sbbw %r13w, %ax
dt_308_0:
	leal 191(%r8,%r10,8), %r11d
dt_309_0:
	cmpxchgw %r8w, %r10w
dt_310_0:
	xaddq %r13, data+0(%rip)
dt_311_0:
	leaq -876(%r15,%rdx,8), %rbx
dt_312_0:
	bswap %edi
dt_313_0:
	sahf
dt_314_0:
	addb data+72(%rip), %dil
dt_315_0:
	tzcntq %rbx, %r12
dt_316_0:
	sbbl %esi, data+176(%rip)
dt_317_0:
	cmpl $348790415, %r14d
dt_318_0:
	movq $929, %rsi
dt_318_1:
	xor %edx, %edx
dt_318_2:
	divq %rsi
dt_319_0:
	testb %r11b, %r12b
dt_320_0:
	leal -85(%r8,%r10,2), %edx
dt_321_0:
	testl %ebp, %r14d
dt_322_0:
	addw $27158, %cx
dt_323_0:
	movq $40, %rsi
dt_323_1:
	xor %edx, %edx
dt_323_2:
	divq %rsi
dt_324_0:
	cmpb $83, %dh
dt_325_0:
	cmc
dt_326_0:
	andq $1920143284, %rdi
dt_327_0:
	mulb %dil
dt_328_0:
	bsrl %edx, %eax
dt_329_0:
	popcntw %bp, %r8w
dt_330_0:
	adcb %bl, data+40(%rip)
dt_331_0:
	imull %r11d
dt_332_0:
	testq %rbp, %r13
dt_333_0:
	bswap %r10
dt_334_0:
	xchgb %cl, %r9b
dt_335_0:
	negl %r12d
dt_336_0:
	mull %r13d
dt_337_0:
	xaddw %si, %r8w
dt_338_0:
	incw %r11w
dt_339_0:
	imull %esi, %r10d
dt_340_0:
	xaddl %ebp, data+48(%rip)
dt_341_0:
	cmc
dt_342_0:
	cmc
dt_343_0:
	movzwq %ax, %rbp
dt_344_0:
	subb $196, %bl
dt_345_0:
	xaddb %r15b, data+168(%rip)
dt_346_0:
	sarw %cl, %r8w
dt_347_0:
	xorl $658189167, %ecx
dt_348_0:
	movw %bp, data+176(%rip)
dt_349_0:
	movswl %r14w, %esi
dt_350_0:
	shldw $14, %r13w, %r11w
dt_351_0:
	testw %r15w, %r9w
dt_352_0:
	bswap %rdi
dt_353_0:
	decq data+72(%rip)
dt_354_0:
	bswap %edi
dt_355_0:
	shlw data+168(%rip)
dt_356_0:
	testl %r9d, %r12d
dt_357_0:
	shldw $6, %ax, %r15w
dt_358_0:
	leal 1518(%r8,%rdx,8), %r9d
dt_359_0:
	movswl %si, %r11d
dt_360_0:
	movswq %dx, %rsi
dt_361_0:
	shll $36, data+120(%rip)
dt_362_0:
	movsbq %r12b, %r10
dt_363_0:
	cmovnsl %r10d, %edx
dt_364_0:
	cmc
dt_365_0:
	orb %bl, %r10b
dt_366_0:
	cqto
dt_367_0:
	bswap %r10
dt_368_0:
	subw $24079, %di
dt_369_0:
	cmpxchgw %r12w, data+56(%rip)
dt_370_0:
	bswap %ebx
dt_371_0:
	cmpq data+152(%rip), %rbx
dt_372_0:
	testb %sil, %sil
dt_373_0:
	bswap %r15d
dt_374_0:
	orl %r13d, data+120(%rip)
dt_375_0:
	movq %r9, data+80(%rip)
dt_376_0:
	rolb %cl, %r10b
dt_377_0:
	leaq -1221(%rbx,%r11,4), %r12
dt_378_0:
	tzcntw %r10w, %bx
dt_379_0:
	imulq %r9, %rbp
dt_380_0:
	andq data+40(%rip), %rbp
dt_381_0:
	orw %cx, %dx
dt_382_0:
	cmovsq %r13, %rax
dt_383_0:
	movw %r9w, %r14w
dt_384_0:
	addb $255, %cl
dt_385_0:
	movl $795, %ebx
dt_385_1:
	cltd
dt_385_2:
	idivl %ebx
dt_386_0:
	sbbw %r8w, data+40(%rip)
dt_387_0:
	andq $281802431, %r15
dt_388_0:
	lahf
dt_389_0:
	cwtd
dt_390_0:
	cmpxchgw %cx, data+16(%rip)
dt_391_0:
	adcw $26476, %cx
dt_392_0:
	movb %r11b, %dl
dt_393_0:
	tzcntl %edi, %ecx
dt_394_0:
	orb %r12b, %r14b
dt_395_0:
	sahf
dt_396_0:
	xchgb %dil, %r14b
dt_397_0:
	xorl $1690691692, %r12d
dt_398_0:
	movsbq %r12b, %rdx
dt_399_0:
	cwtd
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0x70b6d92ed9fad007
	.quad 0xfcb44ebad905b56b
	.quad 0x9ab4b55f8ff53950
	.quad 0x333a8adf2e4a260f
	.quad 0x3bf59a0a9e275450
	.quad 0xe100aec66fda81ea
	.quad 0xc31c1d3957d8b1e4
	.quad 0x7d6633d6d8896558
	.quad 0x7061f6699b32d6df
	.quad 0xfcc3934b5bfc37de
	.quad 0x7df4b2fd9ec78228
	.quad 0xbed418498679f247
	.quad 0xbe1885bf7b496fe8
	.quad 0x803cd2f2563167a3
	.quad 0x226262e1a9f0ca3e
	.quad 0xa65d1ec5b5323ce7
	.quad 0xa77a13b0448047f6
	.quad 0xc3aa98e98649e6f2
	.quad 0xe8688c99c681dce4
	.quad 0x5eb96f2a18dec604
	.quad 0xc3dae76b79ced6f0
	.quad 0xc10068784deec19f
	.quad 0x2e700551f59c75bc
	.quad 0x1e52cd09b98a10f0
	.quad 0x8919ca7aba8c9871
	.quad 0x19d73ab02ea9fbf0
	.quad 0x2b29907b3df961e8
	.quad 0x2949484a0841052a
	.quad 0x346e7a589f85fe8a
	.quad 0x2ac17aa0b73a752a
	.quad 0xca7675459f04326a
	.quad 0x3066a70e7465bced
