	.globl _start
	.text
_start:
	movabsq $0x7fffffffffffffff, %rax
	movabsq $0x9b3ae3ba2ef5c39c, %rcx
	movabsq $0x8000000000000000, %rdx
	movabsq $0x43de6f7b48184403, %rbx
	movabsq $0x0784db99020109a2, %rbp
	movabsq $0xffff, %rsi
	movabsq $0, %rdi
	movabsq $0x80, %r8
	movabsq $0x783efda356d302a6, %r9
	movabsq $0x8000, %r10
	movabsq $0x142b7fa100332b8e, %r11
	movabsq $0xffff, %r12
	movabsq $0x7fffffff, %r13
	movabsq $0xffffffffffffffff, %r14
	movabsq $0x8000, %r15
	pushq $149
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	movzwl %bx, %r11d
dt_1_0:
	leal -282(%r13,%rbx,8), %r9d
dt_2_0:
	bsrl %r8d, %ebp
dt_3_0:
	bswap %r10d
dt_4_0:
	cmc
dt_5_0:
	subw %r14w, %di
dt_6_0:
	shldq $33, %r13, data+48(%rip)
dt_7_0:
	lzcntq %rbp, %r11
dt_8_0:
	stc
dt_9_0:
	movl $88, %ebp
dt_9_1:
	xor %edx, %edx
dt_9_2:
	divl %ebp
dt_10_0:
	adcb $145, %r15b
dt_11_0:
	setc %sil
dt_12_0:
	decb %r9b
dt_13_0:
	subw %bx, data+0(%rip)
dt_14_0:
	movl $463, %esi
dt_14_1:
	cltd
dt_14_2:
	idivl %esi
dt_15_0:
	testl %r10d, %r8d
dt_16_0:
	xorb $235, %dl
dt_17_0:
	leaq -2283(%r9,%r10,8), %r9
dt_18_0:
	bsfw %dx, %r10w
dt_19_0:
	sarb $54, %dil
dt_20_0:
	movq $829, %r15
dt_20_1:
	xor %edx, %edx
dt_20_2:
	divq %r15
dt_21_0:
	xchgb %r8b, %r15b
dt_22_0:
	setc %r12b
dt_23_0:
	movw %bx, %di
dt_24_0:
	bswap %ecx
dt_25_0:
	xchgb %dil, %r13b
dt_26_0:
	movl $538, %r14d
dt_26_1:
	xor %edx, %edx
dt_26_2:
	divl %r14d
dt_27_0:
	addb $238, %ah
dt_28_0:
	bswap %r10d
dt_29_0:
	addb %r10b, data+152(%rip)
dt_30_0:
	movw %bx, %dx
dt_31_0:
	movslq %ebp, %rbx
dt_32_0:
	shrdl $42, %edi, %edi
dt_33_0:
	bswap %r11d
dt_34_0:
	andb %r13b, data+160(%rip)
dt_35_0:
	movslq %ebx, %r10
dt_36_0:
	shlq $19, data+8(%rip)
dt_37_0:
	movq $52, %r8
dt_37_1:
	cqto
dt_37_2:
	idivq %r8
dt_38_0:
	movl %r14d, %r9d
dt_39_0:
	sbbb $31, %r13b
dt_40_0:
	subw $29733, %r14w
dt_41_0:
	negw data+40(%rip)
dt_42_0:
	cmovnsl %r15d, %esi
dt_43_0:
	tzcntw %r15w, %r9w
dt_44_0:
	cmpxchgq %rcx, data+160(%rip)
dt_45_0:
	movb %r11b, data+0(%rip)
dt_46_0:
	addb %dl, data+120(%rip)
dt_47_0:
	movb %r10b, %bl
dt_48_0:
	bsrw %r13w, %cx
dt_49_0:
	cmpb $222, %r10b
dt_50_0:
	subw $16175, %dx
dt_51_0:
	cmpxchgl %r13d, data+168(%rip)
dt_52_0:
	clc
dt_53_0:
	cmovll %r9d, %ebx
dt_54_0:
	addq %r15, %rbp
dt_55_0:
	movl $736, %esi
dt_55_1:
	cltd
dt_55_2:
	idivl %esi
dt_56_0:
	cmovlw %di, %dx
dt_57_0:
	addb $96, %bl
dt_58_0:
	xorb $150, %bh
dt_59_0:
	cmpxchgl %ecx, data+24(%rip)
dt_60_0:
	movq $875, %rdi
dt_60_1:
	xor %edx, %edx
dt_60_2:
	divq %rdi
dt_61_0:
	orw %r14w, %r9w
dt_62_0:
	subq $-964447273, %rdx
dt_63_0:
	shldw $5, %si, data+96(%rip)
dt_64_0:
	adcw $19637, %ax
dt_65_0:
	testq %rdx, %rbp
dt_66_0:
	cltq
dt_67_0:
	shrdl $26, %r15d, %r15d
dt_68_0:
	cmovpl %edi, %r13d
dt_69_0:
	leal 614(%r10,%r10,8), %edx
dt_70_0:
	movl %ebx, data+80(%rip)
dt_71_0:
	bswap %r14d
dt_72_0:
	addl $225102214, %edi
dt_73_0:
	testl %r9d, %ebp
dt_74_0:
	movl %edx, %r13d
dt_75_0:
	bsrl %ecx, %ebp
dt_76_0:
	cmpxchgw %bx, data+144(%rip)
dt_77_0:
	cmovnow %r9w, %cx
dt_78_0:
	notl %r13d
dt_79_0:
	andb $66, %r15b
dt_80_0:
	cmovaq %rbp, %rax
dt_81_0:
	xaddb %r13b, %r12b
dt_82_0:
	popcntq %rdi, %r15
dt_83_0:
	movl $490, %esi
dt_83_1:
	cltd
dt_83_2:
	idivl %esi
dt_84_0:
	movslq %r15d, %rax
dt_85_0:
	setc %cl
dt_86_0:
	bswap %ecx
dt_87_0:
	cqto
dt_88_0:
	xorb data+128(%rip), %cl
dt_89_0:
	movq $776, %rsi
dt_89_1:
	xor %edx, %edx
dt_89_2:
	divq %rsi
dt_90_0:
	imull %r15d, %edx
dt_91_0:
	bswap %rdi
dt_92_0:
	movw %r12w, data+104(%rip)
dt_93_0:
	movb %r14b, %r11b
dt_94_0:
	cwtl
dt_95_0:
	cmpxchgq %rdi, data+120(%rip)
dt_96_0:
	btrw $42, %r11w
dt_97_0:
	incq data+144(%rip)
dt_98_0:
	xaddb %r13b, data+88(%rip)
dt_99_0:
	decw data+168(%rip)
dt_100_0:
	btrq %r8, %rbp
dt_101_0:
	negl data+24(%rip)
dt_102_0:
	sbbw %r14w, %si
dt_103_0:
	addl data+168(%rip), %eax
dt_104_0:
	cmpw %r8w, %r10w
dt_105_0:
	cmpb data+184(%rip), %r9b
dt_106_0:
	decl data+40(%rip)
dt_107_0:
	lzcntw %dx, %r15w
dt_108_0:
	cmpxchgl %ebp, %ebx
dt_109_0:
	tzcntw %cx, %di
dt_110_0:
	cltq
dt_111_0:
	cmpxchgb %r9b, data+136(%rip)
dt_112_0:
	sbbl data+104(%rip), %r8d
dt_113_0:
	movzwl %r15w, %r8d
dt_114_0:
	shldl %cl, %eax, data+128(%rip)
dt_115_0:
	orb $245, %al
dt_116_0:
	andb $141, %dl
dt_117_0:
	cmovgw %bp, %di
dt_118_0:
	btsl $56, %r12d
dt_119_0:
	cmpxchgw %si, %ax
dt_120_0:
	cmovlq %r9, %r8
dt_121_0:
	orq %rbx, %r10
dt_122_0:
	incq data+64(%rip)
dt_123_0:
	movzbq %r8b, %r14
dt_124_0:
	xaddq %r8, data+152(%rip)
dt_125_0:
	cmc
dt_126_0:
	xaddb %dl, %dil
dt_127_0:
	adcl data+136(%rip), %eax
dt_128_0:
	subq $-197229515, %rbp
dt_129_0:
	btrw %cx, %r9w
dt_130_0:
	incb %r8b
dt_131_0:
	bsrw %ax, %r8w
dt_132_0:
	xorb $155, %bl
dt_133_0:
	movzwq %r13w, %r12
dt_134_0:
	adcw $28260, %r10w
dt_135_0:
	sbbl %r15d, data+120(%rip)
dt_136_0:
	movb %al, data+56(%rip)
dt_137_0:
	cmpxchgb %sil, %r12b
dt_138_0:
	negl %r15d
dt_139_0:
	rolq $45, %rdi
dt_140_0:
	movq $95, %rcx
dt_140_1:
	xor %edx, %edx
dt_140_2:
	divq %rcx
dt_141_0:
	testq %rax, %r15
dt_142_0:
	movb %cl, %sil
dt_143_0:
	rorb %cl, data+80(%rip)
dt_144_0:
	cmpb $17, %ah
dt_145_0:
	movzwq %bx, %r10
dt_146_0:
	cmpb $179, %dl
dt_147_0:
	lzcntw %ax, %si
dt_148_0:
	subl %ecx, data+80(%rip)
dt_149_0:
	cwtl
dt_150_0:
	imulq $1400113721, %r14, %r12
dt_151_0:
	xaddb %r13b, %cl
dt_152_0:
	bsfl %r14d, %r15d
dt_153_0:
	notq %r12
dt_154_0:
	andw %r9w, %r14w
dt_155_0:
	orq $-998377540, %r14
dt_156_0:
	movl $958, %r12d
dt_156_1:
	xor %edx, %edx
dt_156_2:
	divl %r12d
dt_157_0:
	movw %cx, data+72(%rip)
dt_158_0:
	shrdq %cl, %r15, data+176(%rip)
dt_159_0:
	cmpxchgl %ebx, %r11d
dt_160_0:
	sbbw %r8w, data+112(%rip)
dt_161_0:
	movq $903, %r9
dt_161_1:
	cqto
dt_161_2:
	idivq %r9
dt_162_0:
	movzwq %di, %r13
dt_163_0:
	movb %bl, %dil
dt_164_0:
	lahf
dt_165_0:
	shlb $26, %dil
dt_166_0:
	decb %r13b
dt_167_0:
	sarq %r14
dt_168_0:
	bsfq %r13, %rbp
dt_169_0:
	sbbb %sil, data+128(%rip)
dt_170_0:
	leaq -622(%r12,%rcx,1), %rcx
dt_171_0:
	shrdq $6, %r8, %rdi
dt_172_0:
	bswap %r14d
dt_173_0:
	seto data+112(%rip)
dt_174_0:
	negb %dl
dt_175_0:
	xaddb %r15b, data+96(%rip)
dt_176_0:
	movl $918, %r11d
dt_176_1:
	cltd
dt_176_2:
	idivl %r11d
dt_177_0:
	andb $232, %bl
dt_178_0:
	cmpxchgw %r13w, data+32(%rip)
dt_179_0:
	sarq data+40(%rip)
dt_180_0:
	movw %si, %ax
dt_181_0:
	movq %rbp, %rsi
dt_182_0:
	popcntq %rbp, %r13
dt_183_0:
	movl $323, %r12d
dt_183_1:
	cltd
dt_183_2:
	idivl %r12d
dt_184_0:
	rcll $29, %r15d
dt_185_0:
	xchgb %al, %r10b
dt_186_0:
	cmc
dt_187_0:
	cmpxchgl %r15d, %r15d
dt_188_0:
	bsfw %r13w, %bp
dt_189_0:
	lzcntl %ecx, %r13d
dt_190_0:
	lzcntq %r8, %r8
dt_191_0:
	testw %r8w, %r9w
dt_192_0:
	bswap %r9d
dt_193_0:
	cmc
dt_194_0:
	movw %bp, %dx
dt_195_0:
	movq $167, %r8
dt_195_1:
	cqto
dt_195_2:
	idivq %r8
dt_196_0:
	xorq data+56(%rip), %r12
dt_197_0:
	cmpxchgq %r10, data+168(%rip)
dt_198_0:
	bsfl %r9d, %r13d
dt_199_0:
	andw data+144(%rip), %ax
dt_200_0:
	movslq %ebp, %r9
dt_201_0:
	bswap %rbp
dt_202_0:
	bswap %esi
dt_203_0:
	andb %cl, data+184(%rip)
dt_204_0:
	bsfw %ax, %r10w
dt_205_0:
	btcl %r11d, %r13d
dt_206_0:
	sbbq %r8, %r15
dt_207_0:
	movslq %r10d, %rsi
dt_208_0:
	movb %dil, data+112(%rip)
dt_209_0:
	adcq data+128(%rip), %r8
dt_210_0:
	movw %r8w, data+168(%rip)
dt_211_0:
	bsrl %r15d, %r14d
dt_212_0:
	sbbq %rcx, data+96(%rip)
dt_213_0:
	bswap %edi
dt_214_0:
	addw $63567, %dx
dt_215_0:
	cqto
dt_216_0:
	cmovleq %r13, %rbp
dt_217_0:
	andb $84, %bh
dt_218_0:
	bsrw %r15w, %bx
dt_219_0:
	testw %r11w, %bp
dt_220_0:
	sbbb %dil, data+120(%rip)
dt_221_0:
	leal -343(%r8,%r15,8), %r14d
dt_222_0:
	cmpl data+128(%rip), %r10d
dt_223_0:
	negl %r10d
dt_224_0:
	adcl data+184(%rip), %r11d
dt_225_0:
	lzcntq %rbx, %rdx
dt_226_0:
	shldl $36, %r11d, %r14d
dt_228_0:
	adcq %r14, %r15
dt_229_0:
	lzcntl %r15d, %r15d
dt_230_0:
	addb $69, %cl
dt_231_0:
	bswap %r15d
dt_232_0:
	andw $30088, %ax
dt_233_0:
	shldw $0, %r13w, %bx
dt_234_0:
	movq $764, %rcx
dt_234_1:
	cqto
dt_234_2:
	idivq %rcx
dt_235_0:
	movswl %r15w, %edi
dt_236_0:
	movl $506, %r14d
dt_236_1:
	cltd
dt_236_2:
	idivl %r14d
dt_237_0:
	lzcntw %r15w, %r12w
dt_238_0:
	movl %edx, %r8d
dt_240_0:
	btw $48, %ax
dt_241_0:
	sahf
dt_242_0:
	leal -1664(%rdx,%r13,4), %edi
dt_243_0:
	adcb %al, data+112(%rip)
dt_244_0:
	sbbl %ebp, data+136(%rip)
dt_245_0:
	subb $134, %ah
dt_246_0:
	orb %r9b, data+128(%rip)
dt_247_0:
	xorb $244, %dh
dt_248_0:
	incb %r10b
dt_249_0:
	incw %r12w
dt_250_0:
	tzcntw %r13w, %r10w
dt_251_0:
	popcntw %dx, %dx
dt_252_0:
	andb $179, %bl
dt_253_0:
	cmpxchgb %r13b, %r10b
dt_254_0:
	tzcntq %r9, %rbx
dt_255_0:
	cmpb $82, %ah
dt_256_0:
	cwtd
dt_257_0:
	andw %r15w, %di
dt_258_0:
	addb $86, %ah
dt_259_0:
	rclb $69, data+48(%rip)
dt_260_0:
	shlw %cl, data+104(%rip)
dt_261_0:
	movq %r10, data+184(%rip)
dt_262_0:
	xorw %cx, %r12w
dt_263_0:
	xchgb %r8b, %cl
dt_264_0:
	adcl %eax, data+48(%rip)
dt_265_0:
	cmpxchgl %r15d, data+152(%rip)
dt_266_0:
	shldl $28, %ebp, %r11d
dt_267_0:
	shldl $5, %r14d, data+112(%rip)
dt_268_0:
	subb $106, %dh
dt_269_0:
	orw $31515, %si
dt_270_0:
	bsrw %r13w, %r9w
dt_271_0:
	andw data+56(%rip), %dx
dt_272_0:
	bswap %ebp
dt_273_0:
	cmovaeq %r8, %rdx
dt_274_0:
	cltq
dt_275_0:
	btcw %ax, %r11w
dt_276_0:
	testw %ax, %ax
dt_277_0:
	cmovgeq %r12, %rdi
dt_278_0:
	rolb %cl, %r8b
dt_279_0:
	shrdw $13, %r12w, data+152(%rip)
dt_280_0:
	addq data+152(%rip), %rbx
dt_281_0:
	testw %r9w, %r8w
dt_282_0:
	adcb %sil, %r15b
dt_283_0:
	notq data+24(%rip)
dt_284_0:
	shrdq $4, %r13, %r11
dt_285_0:
	cmpxchgw %r10w, data+72(%rip)
dt_286_0:
	subl $-1017526320, %r15d
dt_287_0:
	movq $78, %rcx
dt_287_1:
	xor %edx, %edx
dt_287_2:
	divq %rcx
dt_288_0:
	sbbl data+176(%rip), %ebx
dt_289_0:
	movb %dl, %cl
dt_290_0:
	movzbq %sil, %r8
dt_291_0:
	cmpw $24746, %r12w
dt_292_0:
	cmpxchgq %rcx, %r14
dt_293_0:
	cmpb $170, %ch
dt_294_0:
	xaddq %r8, %r14
dt_295_0:
	testw %r9w, %r9w
dt_296_0:
	testq %rsi, %rbp
dt_297_0:
	popcntq %r11, %rdx
dt_298_0:
	testb %r10b, %r10b
dt_299_0:
	bsrq %rbx, %rsi
dt_300_0:
	setne data+88(%rip)
dt_301_0:
	movq $211, %rsi
dt_301_1:
	cqto
dt_301_2:
	idivq %rsi
dt_302_0:
	shrdl %cl, %edx, %ebp
dt_303_0:
	bsfl %r12d, %edx
dt_304_0:
	testl %r13d, %r12d
dt_305_0:
	mulb %r15b
dt_306_0:
	andq %rsi, data+72(%rip)
dt_307_0:
	movb %al, %r15b
dt_308_0:
	negl data+32(%rip)
dt_309_0:
	movzwq %bx, %r15
dt_310_0:
	movq %rbx, %r14
dt_311_0:
	cmpb $43, %ch
dt_312_0:
	bsrq %rdx, %r14
dt_313_0:
	addb $227, %bl
dt_314_0:
	cmovgl %esi, %eax
dt_315_0:
	movl %ebp, data+112(%rip)
dt_316_0:
	mulb %al
dt_317_0:
	cwtd
dt_318_0:
	andb $62, %dl
dt_319_0:
	bsrw %r9w, %r11w
dt_320_0:
	mulb %r8b
dt_321_0:
	cmpxchgl %esi, data+96(%rip)
dt_322_0:
	mulq %r13
dt_323_0:
	tzcntq %r14, %rsi
dt_324_0:
	cmpl %r13d, data+64(%rip)
dt_325_0:
	rorl $6, data+160(%rip)
dt_326_0:
	andb data+168(%rip), %r13b
dt_327_0:
	cmpq %r12, %r8
dt_328_0:
	xorq %rsi, %r11
dt_329_0:
	setc %r13b
dt_330_0:
	andb $9, %cl
dt_331_0:
	cmpw $50844, %r12w
dt_332_0:
	movw %si, data+184(%rip)
dt_333_0:
	adcb data+8(%rip), %r15b
dt_334_0:
	cmpxchgl %eax, %r15d
dt_335_0:
	subw $30030, %r11w
dt_336_0:
	sbbl %r14d, %r11d
dt_337_0:
	imulq %r8, %r13
dt_338_0:
	sbbw data+168(%rip), %di
dt_339_0:
	incq %rdi
dt_340_0:
	movq $868, %r9
dt_340_1:
	cqto
dt_340_2:
	idivq %r9
dt_341_0:
	sarl %cl, data+40(%rip)
dt_342_0:
	rcrb $63, %dl
dt_343_0:
	bsrw %ax, %r15w
dt_344_0:
	xorl $579499097, %r9d
dt_345_0:
	testb %r14b, %r10b
dt_346_0:
	shrdw $16, %dx, %r8w
dt_347_0:
	xchgb %r12b, %r9b
dt_348_0:
	bswap %r8
dt_349_0:
	popcntq %rbx, %r12
dt_350_0:
	cmc
dt_351_0:
	negq data+24(%rip)
dt_352_0:
	xaddw %r11w, %di
dt_353_0:
	andq data+112(%rip), %rbx
dt_354_0:
	movsbl %sil, %r11d
dt_355_0:
	cmovlew %di, %r9w
dt_356_0:
	leaq -2232(%rdx,%rsi,2), %r9
dt_357_0:
	leal 2243(%rbx,%r10,8), %edx
dt_358_0:
	bsrq %r11, %rsi
dt_359_0:
	movq %r14, data+8(%rip)
dt_360_0:
	testw %r15w, %r11w
dt_361_0:
	xorb $3, %al
dt_362_0:
	bswap %edi
dt_363_0:
	popcntl %edi, %r13d
dt_364_0:
	bsfl %r12d, %r15d
dt_365_0:
	bsfq %r10, %rbp
dt_366_0:
	movw %si, data+64(%rip)
dt_367_0:
	addq %r14, %r14
dt_368_0:
	cmpxchgw %di, %r14w
dt_369_0:
	mulb %r8b
dt_370_0:
	addb %r11b, %r11b
dt_371_0:
	xaddb %cl, %r15b
dt_372_0:
	adcl $-666257988, %r9d
dt_373_0:
	sarl $63, data+184(%rip)
dt_374_0:
	xaddb %r11b, %r10b
dt_375_0:
	cmpxchgl %r15d, data+96(%rip)
dt_376_0:
	cmoveq %rsi, %rcx
dt_377_0:
	xaddb %r10b, data+0(%rip)
dt_378_0:
	xaddw %cx, data+8(%rip)
dt_379_0:
	testq %rdx, %rbp
dt_380_0:
	notb %cl
dt_381_0:
	xaddl %edi, data+32(%rip)
dt_382_0:
	imulw $17027, %r14w, %bx
dt_383_0:
	movq $252, %rcx
dt_383_1:
	xor %edx, %edx
dt_383_2:
	divq %rcx
dt_384_0:
	imulq %rbx, %r8
dt_385_0:
	testw %cx, %r15w
dt_386_0:
	tzcntl %edx, %edx
dt_387_0:
	shldw $15, %bp, %r10w
dt_388_0:
	cmovnsw %cx, %dx
dt_389_0:
	movw %r13w, %di
dt_390_0:
	cmovnpl %esi, %esi
dt_391_0:
	sbbb data+160(%rip), %r12b
dt_392_0:
	xorb $230, %bl
dt_393_0:
	xorw $17350, %bx
dt_394_0:
	bswap %r11
dt_395_0:
	cbtw
dt_396_0:
	shldw $6, %r10w, %dx
dt_397_0:
	sahf
dt_398_0:
	cmc
dt_399_0:
	addl %r12d, %r8d
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0x73dd7c1c578cd453
	.quad 0x6ddc88d0641820d3
	.quad 0x604c6a924ed5dfbd
	.quad 0x5162a0acab9360f7
	.quad 0x36318511d4e76d58
	.quad 0x10c24e3e79b1f53c
	.quad 0xa5dc80578f192d3c
	.quad 0xfd61f403bfdf4b93
	.quad 0x830d18652034a4c5
	.quad 0x21278cf3c789114f
	.quad 0x51b0f07fb859c3a0
	.quad 0x859df5765d56350f
	.quad 0xe5048674cc8daeb1
	.quad 0x522df19c6fdef5f3
	.quad 0x9d7965238a76e46d
	.quad 0x89968d105ea0804a
	.quad 0x9b9504de5ad5f279
	.quad 0x77cea6b4c0169038
	.quad 0x5022bf30ff532692
	.quad 0xeba4411213402af1
	.quad 0xd5de3e3e51271172
	.quad 0xd2281636cd397661
	.quad 0x9d51d4fb5e12049c
	.quad 0xceb0f05cc7d81821
	.quad 0x5f5713af19770afe
	.quad 0xfd3e6baa392d426f
	.quad 0xbd7db13f6010c6d2
	.quad 0x619dec575efb29dc
	.quad 0x43d633bc319fdcec
	.quad 0x8a45044d735a944b
	.quad 0x1baf70e243da0d5b
	.quad 0x4c5ce003dbc1ed8d
