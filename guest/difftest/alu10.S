	.globl _start
	.text
_start:
	movabsq $0x35346856bfe07d69, %rax
	movabsq $0xff, %rcx
	movabsq $1, %rdx
	movabsq $1, %rbx
	movabsq $0xffff, %rbp
	movabsq $0xc9b5b9c8af1c574e, %rsi
	movabsq $0, %rdi
	movabsq $0x8000000000000000, %r8
	movabsq $0x7f, %r9
	movabsq $0xffffffff, %r10
	movabsq $0x8000, %r11
	movabsq $0, %r12
	movabsq $0xff, %r13
	movabsq $0x80, %r14
	movabsq $0xffffffffffffffff, %r15
	pushq $145
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	bswap %r15d
dt_1_0:
	bswap %ebx
dt_2_0:
	movq $287, %r14
dt_2_1:
	cqto
dt_2_2:
	idivq %r14
dt_3_0:
	tzcntl %r9d, %r12d
dt_4_0:
	addl data+152(%rip), %ebx
dt_5_0:
	movzbl %bl, %ecx
dt_6_0:
	andw data+128(%rip), %dx
dt_7_0:
	movq $697, %r9
dt_7_1:
	cqto
dt_7_2:
	idivq %r9
dt_8_0:
	leal -2256(%r15,%rdi,4), %r12d
dt_9_0:
	shrdl %cl, %ebp, %r10d
dt_10_0:
	movsbl %dil, %r11d
dt_11_0:
	andl $1071598120, %eax
dt_12_0:
	mull %r15d
dt_13_0:
	bswap %rdi
dt_14_0:
	adcb %al, data+160(%rip)
dt_15_0:
	cmpxchgl %r15d, data+168(%rip)
dt_16_0:
	testq %r12, %r9
dt_17_0:
	bswap %esi
dt_18_0:
	bsfq %r14, %rdx
dt_19_0:
	cmovbq %rdx, %r12
dt_20_0:
	bswap %r14
dt_21_0:
	sbbw $48417, %r9w
dt_22_0:
	btsl $57, %esi
dt_23_0:
	cmc
dt_24_0:
	leaq 1973(%r8,%r13,8), %rsi
dt_25_0:
	movzbq %r12b, %r9
dt_26_0:
	rcrq %cl, data+72(%rip)
dt_27_0:
	addw %bp, %ax
dt_28_0:
	movb %dil, data+0(%rip)
dt_29_0:
	cmpb $185, %cl
dt_30_0:
	cmc
dt_31_0:
	testl %esi, %edi
dt_32_0:
	shrdw $1, %ax, %r15w
dt_33_0:
	notw %r8w
dt_34_0:
	cmpxchgb %sil, %bl
dt_35_0:
	xaddl %r14d, %edx
dt_36_0:
	movslq %r14d, %r10
dt_37_0:
	subb $136, %dl
dt_38_0:
	bswap %r13d
dt_39_0:
	subb $180, %cl
dt_40_0:
	andq data+128(%rip), %r8
dt_41_0:
	cmpxchgw %r9w, %si
dt_42_0:
	testw %di, %r11w
dt_43_0:
	xaddw %dx, %r15w
dt_44_0:
	testb %r11b, %r13b
dt_45_0:
	cltd
dt_46_0:
	sbbq data+64(%rip), %rbp
dt_47_0:
	btrw $47, %ax
dt_48_0:
	movswq %dx, %rcx
dt_49_0:
	clc
dt_50_0:
	lzcntq %r9, %r15
dt_51_0:
	mulb %r13b
dt_52_0:
	cmpxchgl %ebp, %ecx
dt_53_0:
	imulq %rbx, %rdx
dt_54_0:
	xorq data+128(%rip), %r10
dt_55_0:
	movswl %r10w, %ecx
dt_56_0:
	tzcntl %ebx, %edx
dt_57_0:
	leaq 1542(%rax,%r11,2), %rdi
dt_58_0:
	xaddw %di, %r14w
dt_59_0:
	imull $1657122598, %ecx, %ebp
dt_60_0:
	movswl %r13w, %r15d
dt_61_0:
	shlq data+176(%rip)
dt_62_0:
	cmpxchgb %r12b, %dl
dt_63_0:
	bswap %r11
dt_64_0:
	subw $2199, %si
dt_65_0:
	movswq %r8w, %rsi
dt_66_0:
	lzcntw %cx, %dx
dt_67_0:
	stc
dt_68_0:
	xchgb %bl, %r14b
dt_69_0:
	popcntq %r10, %rcx
dt_70_0:
	cmpxchgl %ecx, data+72(%rip)
dt_71_0:
	andb $138, %bl
dt_72_0:
	bswap %r9
dt_73_0:
	tzcntl %eax, %ecx
dt_74_0:
	bsrl %edi, %r15d
dt_75_0:
	sahf
dt_76_0:
	xorb $74, %dh
dt_77_0:
	mulq %rbp
dt_78_0:
	leal 1638(%r15,%r11,8), %r12d
dt_79_0:
	cmpw %r9w, data+16(%rip)
dt_80_0:
	movl $194, %r14d
dt_80_1:
	xor %edx, %edx
dt_80_2:
	divl %r14d
dt_81_0:
	cmpq %r14, data+80(%rip)
dt_82_0:
	movq %r13, %r12
dt_83_0:
	cmpxchgb %r12b, %r12b
dt_84_0:
	cwtd
dt_85_0:
	notb %cl
dt_86_0:
	rcrq %r10
dt_87_0:
	xorl %edi, data+80(%rip)
dt_88_0:
	xaddl %esi, %edx
dt_89_0:
	shldw $6, %r10w, %r10w
dt_90_0:
	movzwq %si, %r10
dt_91_0:
	cmpl $962216568, %r10d
dt_92_0:
	sarl %cl, %r10d
dt_93_0:
	imulw $30916, %cx, %si
dt_94_0:
	cmovnew %si, %ax
dt_95_0:
	bsfq %r15, %rbp
dt_96_0:
	testl %r11d, %r11d
dt_97_0:
	sbbl %edx, %esi
dt_98_0:
	shldq %cl, %rdi, %r9
dt_99_0:
	leal 1008(%rsi,%r15,1), %r13d
dt_100_0:
	cmpw %di, %di
dt_101_0:
	cmpxchgw %bx, %si
dt_102_0:
	setge data+104(%rip)
dt_103_0:
	cmpb $82, %cl
dt_104_0:
	xaddb %al, data+0(%rip)
dt_105_0:
	popcntl %r8d, %esi
dt_106_0:
	xaddb %bl, data+32(%rip)
dt_107_0:
	andl $-73784186, %r8d
dt_108_0:
	testl %ebp, %r15d
dt_109_0:
	cmpxchgb %dil, data+176(%rip)
dt_110_0:
	btcq %rdx, %rdi
dt_111_0:
	leal -1733(%r12,%r8,4), %r14d
dt_112_0:
	bsrw %r11w, %r12w
dt_113_0:
	movb %dil, %r15b
dt_114_0:
	cmpxchgb %al, %r10b
dt_115_0:
	xaddq %r10, %rdi
dt_116_0:
	movsbl %r15b, %r8d
dt_117_0:
	setc %r15b
dt_118_0:
	movw %bx, data+56(%rip)
dt_119_0:
	tzcntq %r10, %rsi
dt_120_0:
	mulb %r15b
dt_121_0:
	cmpxchgq %r9, %r11
dt_122_0:
	movswq %r8w, %r14
dt_123_0:
	movb %r14b, %dil
dt_124_0:
	leal 740(%r15,%r9,1), %edx
dt_125_0:
	xorb $249, %bh
dt_126_0:
	cmovsl %ebx, %edi
dt_127_0:
	bswap %rsi
dt_128_0:
	btsq %r9, %r11
dt_129_0:
	btsw $19, %r11w
dt_130_0:
	xchgb %cl, %r13b
dt_131_0:
	bswap %rcx
dt_132_0:
	rcll %cl, data+32(%rip)
dt_133_0:
	bswap %ebp
dt_134_0:
	imulq $711566293, %r8, %r11
dt_135_0:
	testb %dl, %r13b
dt_136_0:
	cqto
dt_137_0:
	imull %r13d
dt_138_0:
	cmpxchgb %cl, data+24(%rip)
dt_139_0:
	bswap %r9
dt_140_0:
	sarl $31, data+96(%rip)
dt_141_0:
	shrdl $10, %r14d, %esi
dt_142_0:
	movzbq %r12b, %r12
dt_143_0:
	movq %r9, %rcx
dt_144_0:
	shrw %r9w
dt_145_0:
	xorw $44838, %r10w
dt_146_0:
	xorq %rsi, %rbp
dt_147_0:
	cltd
dt_148_0:
	bsrq %r9, %r14
dt_149_0:
	cmc
dt_150_0:
	shldw $7, %r14w, %dx
dt_151_0:
	imulw %r12w, %r8w
dt_152_0:
	leal 1089(%rdx,%rax,4), %r9d
dt_153_0:
	movsbl %bl, %ecx
dt_154_0:
	andb data+56(%rip), %r13b
dt_155_0:
	imull $340401480, %r8d, %ebx
dt_156_0:
	cmovow %ax, %ax
dt_157_0:
	lahf
dt_158_0:
	btsw %r12w, %r14w
dt_159_0:
	movl $123, %ecx
dt_159_1:
	xor %edx, %edx
dt_159_2:
	divl %ecx
dt_161_0:
	btsl %r8d, %r8d
dt_162_0:
	xorw %r13w, data+152(%rip)
dt_163_0:
	notb data+72(%rip)
dt_164_0:
	orl data+56(%rip), %r12d
dt_165_0:
	bsrw %r9w, %si
dt_166_0:
	cmpxchgb %r11b, %bl
dt_167_0:
	rclw $44, %r10w
dt_168_0:
	xorq %r15, %r10
dt_169_0:
	btcw $34, %r12w
dt_170_0:
	shrw %r12w
dt_171_0:
	sahf
dt_172_0:
	cmc
dt_173_0:
	incl data+128(%rip)
dt_174_0:
	movb %al, data+160(%rip)
dt_175_0:
	cmoveq %r8, %rcx
dt_176_0:
	movq %r15, %rdi
dt_177_0:
	shldw $14, %bx, data+0(%rip)
dt_178_0:
	shlb %r10b
dt_179_0:
	bswap %rdx
dt_180_0:
	andb $161, %ah
dt_181_0:
	addb $139, %bh
dt_182_0:
	shlw %r9w
dt_183_0:
	lzcntw %bx, %di
dt_184_0:
	shrdw $11, %di, %cx
dt_185_0:
	incl data+16(%rip)
dt_186_0:
	xaddb %r12b, data+0(%rip)
dt_187_0:
	testb %r11b, %r14b
dt_188_0:
	shrdl %cl, %r14d, %r8d
dt_189_0:
	rorb $27, data+16(%rip)
dt_190_0:
	tzcntq %rsi, %rbp
dt_191_0:
	orb %r15b, %r10b
dt_192_0:
	movq $207, %r8
dt_192_1:
	xor %edx, %edx
dt_192_2:
	divq %r8
dt_193_0:
	movzwq %si, %r10
dt_194_0:
	addw %bx, %r12w
dt_195_0:
	cqto
dt_196_0:
	btcl $4, %r13d
dt_197_0:
	testb %r12b, %bl
dt_198_0:
	negw %ax
dt_199_0:
	imulw %r15w
dt_200_0:
	rolw %cl, %ax
dt_201_0:
	bswap %r15
dt_202_0:
	movw %r13w, %cx
dt_203_0:
	movl $605, %ecx
dt_203_1:
	cltd
dt_203_2:
	idivl %ecx
dt_204_0:
	movsbl %al, %r15d
dt_205_0:
	movq $675, %r11
dt_205_1:
	cqto
dt_205_2:
	idivq %r11
dt_206_0:
	movw %r9w, data+88(%rip)
dt_207_0:
	cltd
dt_208_0:
	shrdl %cl, %r15d, %eax
dt_209_0:
	shrdq %cl, %rdi, %rdi
dt_210_0:
	bswap %r13d
dt_211_0:
	xaddl %r13d, data+40(%rip)
dt_212_0:
	testq %r12, %r9
dt_213_0:
	movzbl %r13b, %edx
dt_214_0:
	testq %r10, %r12
dt_215_0:
	shldq %cl, %r11, data+144(%rip)
dt_216_0:
	orq data+24(%rip), %r12
dt_217_0:
	orl data+40(%rip), %r9d
dt_218_0:
	xaddb %r14b, data+144(%rip)
dt_219_0:
	cmc
dt_220_0:
	movsbl %r10b, %esi
dt_221_0:
	btcw $30, %r10w
dt_222_0:
	incb data+32(%rip)
dt_223_0:
	cmovgl %ecx, %r15d
dt_224_0:
	testq %rdx, %r11
dt_225_0:
	cmpb %al, %cl
dt_226_0:
	xaddw %r13w, data+144(%rip)
dt_227_0:
	testl %r9d, %r11d
dt_228_0:
	bsfw %r9w, %bp
dt_229_0:
	leal 492(%r15,%r10,8), %r15d
dt_230_0:
	imulq %rdi, %rbp
dt_231_0:
	leaq -538(%rdi,%rsi,1), %rbx
dt_232_0:
	cmpw data+88(%rip), %dx
dt_233_0:
	movq %r8, data+112(%rip)
dt_234_0:
	decb data+144(%rip)
dt_235_0:
	lzcntq %r14, %rbx
dt_236_0:
	bswap %r9
dt_237_0:
	tzcntw %ax, %si
dt_238_0:
	cmovol %ecx, %r11d
dt_239_0:
	incl %r11d
dt_240_0:
	movzbq %r12b, %rdi
dt_241_0:
	bswap %ebx
dt_242_0:
	negw data+56(%rip)
dt_243_0:
	leal -209(%r10,%rcx,1), %edx
dt_244_0:
	leaq 2253(%r10,%rax,4), %rcx
dt_245_0:
	movl $70, %r12d
dt_245_1:
	xor %edx, %edx
dt_245_2:
	divl %r12d
dt_246_0:
	testw %r11w, %bp
dt_247_0:
	cmpw data+136(%rip), %r9w
dt_248_0:
	bsfw %bp, %r12w
dt_249_0:
	xorq $966693940, %rsi
dt_250_0:
	imull $340408848, %r9d, %esi
dt_251_0:
	incw %r14w
dt_252_0:
	negb %r15b
dt_253_0:
	popcntq %rbp, %r11
dt_254_0:
	cmovoq %r14, %r15
dt_255_0:
	tzcntl %edx, %r12d
dt_256_0:
	cmpw data+96(%rip), %cx
dt_257_0:
	movb %r13b, data+32(%rip)
dt_258_0:
	andl $93288974, %esi
dt_259_0:
	bsrw %bx, %si
dt_260_0:
	andq data+144(%rip), %rbx
dt_261_0:
	testq %r11, %r15
dt_262_0:
	lzcntw %r13w, %dx
dt_263_0:
	andb %r14b, %r15b
dt_264_0:
	leaq 926(%rsi,%rdx,8), %r14
dt_265_0:
	bswap %r15d
dt_266_0:
	leal -1955(%rdi,%r10,1), %r9d
dt_267_0:
	imulw $28398, %r15w, %r9w
dt_268_0:
	subl $881938072, %r8d
dt_269_0:
	cmc
dt_270_0:
	andb $99, %sil
dt_271_0:
	movq $706, %r8
dt_271_1:
	xor %edx, %edx
dt_271_2:
	divq %r8
dt_272_0:
	subb $211, %bl
dt_273_0:
	cmpb $193, %al
dt_274_0:
	movq $303, %rdi
dt_274_1:
	cqto
dt_274_2:
	idivq %rdi
dt_275_0:
	movsbl %r15b, %esi
dt_276_0:
	bsrw %r13w, %r15w
dt_277_0:
	addq data+144(%rip), %rcx
dt_278_0:
	leal 853(%rbx,%rbp,2), %r9d
dt_279_0:
	movl %edx, data+144(%rip)
dt_280_0:
	testb %r8b, %r8b
dt_281_0:
	bsfw %r14w, %dx
dt_282_0:
	movslq %r9d, %r11
dt_283_0:
	shldq %cl, %rsi, data+72(%rip)
dt_284_0:
	bswap %rbp
dt_285_0:
	cmpxchgw %r12w, %si
dt_286_0:
	movl %r9d, data+168(%rip)
dt_287_0:
	adcb $195, %r10b
dt_288_0:
	leal -980(%rax,%rbp,1), %r12d
dt_289_0:
	xaddw %di, data+88(%rip)
dt_290_0:
	notw %r10w
dt_291_0:
	sarl $60, data+32(%rip)
dt_292_0:
	lzcntl %r14d, %r11d
dt_293_0:
	andq %r14, data+16(%rip)
dt_294_0:
	leal 544(%r14,%rdi,4), %eax
dt_295_0:
	testq %r13, %rbp
dt_296_0:
	cmpxchgb %cl, data+96(%rip)
dt_297_0:
	orq %r10, data+152(%rip)
dt_298_0:
	movswq %di, %r14
dt_299_0:
	subb data+168(%rip), %r9b
dt_300_0:
	orb %r11b, data+96(%rip)
dt_301_0:
	xaddw %r9w, %bp
dt_302_0:
	popcntw %bp, %cx
dt_303_0:
	andw $20504, %si
dt_304_0:
	cqto
dt_305_0:
	xorb $48, %dh
dt_306_0:
	cmovlq %r9, %rax
dt_307_0:
	subl data+160(%rip), %r15d
dt_308_0:
	rolq $32, %r8
dt_309_0:
	shrw %cl, data+24(%rip)
dt_310_0:
	lzcntl %r11d, %r11d
dt_311_0:
	bsrq %r15, %r10
dt_312_0:
	imulq %r8, %r12
dt_313_0:
	cmovaq %rdx, %r14
dt_314_0:
	bswap %rbx
dt_315_0:
	leal 1737(%r12,%r13,8), %ebx
dt_316_0:
	cmpb $226, %ah
dt_317_0:
	testw %cx, %r15w
dt_318_0:
	lzcntw %r11w, %r14w
dt_319_0:
	setc %r9b
dt_320_0:
	incq data+168(%rip)
dt_321_0:
	cmpq %r9, %r8
dt_322_0:
	movw %dx, data+144(%rip)
dt_323_0:
	xorq %r14, data+96(%rip)
dt_324_0:
	rorw %cl, data+128(%rip)
dt_325_0:
	addb $47, %cl
dt_326_0:
	tzcntl %edi, %r14d
dt_327_0:
	testl %r13d, %r8d
dt_328_0:
	setc %r8b
dt_329_0:
	imull $805179617, %r10d, %r12d
dt_330_0:
	popcntq %r13, %r15
dt_331_0:
	leal 1152(%r11,%rbx,2), %r14d
dt_332_0:
	sbbq data+144(%rip), %r12
dt_333_0:
	movsbl %r15b, %eax
dt_334_0:
	addw $47085, %bp
dt_335_0:
	incq data+112(%rip)
dt_336_0:
	bswap %r13
dt_337_0:
	xorb $109, %bl
dt_338_0:
	mulb %r10b
dt_339_0:
	leal -1343(%rcx,%rcx,2), %r13d
dt_340_0:
	bsfl %ecx, %r12d
dt_341_0:
	sahf
dt_342_0:
	bswap %ecx
dt_343_0:
	movzbq %dl, %rax
dt_344_0:
	adcq %rdx, %rcx
dt_345_0:
	movl $987, %ebp
dt_345_1:
	xor %edx, %edx
dt_345_2:
	divl %ebp
dt_346_0:
	addb $12, %bl
dt_347_0:
	bsrw %dx, %r9w
dt_348_0:
	subl %ecx, %r13d
dt_349_0:
	adcl $-1007510113, %ebp
dt_350_0:
	stc
dt_351_0:
	cmpb %r9b, data+96(%rip)
dt_352_0:
	cmpxchgl %ecx, %r15d
dt_353_0:
	lzcntl %ecx, %r12d
dt_354_0:
	cwtd
dt_355_0:
	cmovnsq %rdx, %r8
dt_356_0:
	imull %ebp, %r9d
dt_357_0:
	sarl $40, %ecx
dt_358_0:
	addw $60351, %ax
dt_359_0:
	notw %bp
dt_360_0:
	cwtd
dt_361_0:
	bswap %ecx
dt_362_0:
	cmpxchgl %r8d, %r12d
dt_363_0:
	movq $201, %rsi
dt_363_1:
	cqto
dt_363_2:
	idivq %rsi
dt_364_0:
	lzcntw %r14w, %si
dt_365_0:
	btsw $59, %bx
dt_366_0:
	negw %r11w
dt_367_0:
	shrdl $46, %r14d, data+64(%rip)
dt_368_0:
	imull %r8d, %edx
dt_369_0:
	cmpxchgw %cx, data+56(%rip)
dt_370_0:
	tzcntl %r10d, %r15d
dt_371_0:
	movzwq %r12w, %r10
dt_372_0:
	andb $58, %al
dt_373_0:
	shrb data+136(%rip)
dt_374_0:
	subl data+8(%rip), %esi
dt_375_0:
	mulb %dil
dt_376_0:
	cmpw %r15w, data+184(%rip)
dt_377_0:
	testw %dx, %r11w
dt_378_0:
	imulq %r10, %rbx
dt_379_0:
	bsrl %ecx, %r15d
dt_380_0:
	andl data+0(%rip), %eax
dt_381_0:
	shrdq %cl, %r12, data+88(%rip)
dt_382_0:
	subl data+56(%rip), %r8d
dt_383_0:
	sbbq $121189128, %rdi
dt_384_0:
	bswap %r15
dt_385_0:
	orl data+48(%rip), %esi
dt_386_0:
	orw %ax, %si
dt_387_0:
	adcw %r8w, %r12w
dt_388_0:
	shrdl %cl, %edi, %r15d
dt_390_0:
	imulq %r10, %r8
dt_391_0:
	shrdq %cl, %rcx, %r10
dt_392_0:
	xaddl %r11d, data+8(%rip)
dt_393_0:
	movq %r8, data+80(%rip)
dt_394_0:
	cmpxchgw %di, data+168(%rip)
dt_395_0:
	movswq %ax, %r15
dt_396_0:
	xaddw %bx, %r13w
dt_397_0:
	sbbl %r10d, data+48(%rip)
dt_398_0:
	leal -1598(%r12,%rcx,8), %eax
dt_399_0:
	bsrw %dx, %dx
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0x7941d9e30dce837d
	.quad 0x6988f80da7a50a69
	.quad 0xdbed0abd2de86be0
	.quad 0x321b0eea2b0a8629
	.quad 0x023ce20e51d0cb30
	.quad 0x5e6b020bfb65dede
	.quad 0x5779eea13f128517
	.quad 0x99ba0b2fc32f6f40
	.quad 0xf6287c43cdac72f3
	.quad 0x3db4524a48547f34
	.quad 0x31e1014d28dd9c89
	.quad 0xf2d2d4cfa1277daa
	.quad 0x9cd14683342eece3
	.quad 0xdfedff7a6053601b
	.quad 0x8650c053550700be
	.quad 0x1703dcf6ff387db8
	.quad 0xe16fba1fd3a67029
	.quad 0xa9c881f8870c7d63
	.quad 0x1ca33f5312653c17
	.quad 0x09175a64a92ec269
	.quad 0x5d1881d8e9574e69
	.quad 0x13d7aaa436e86545
	.quad 0x725bd4c510ad6424
	.quad 0x391efc30358960fc
	.quad 0x2b4b6ad78424923f
	.quad 0xda0c58ce73a3b8c4
	.quad 0x93dc69b9c3839f4c
	.quad 0xbd22a859ed1675ed
	.quad 0x56d34338e83fd022
	.quad 0x5548bedf10fc8d56
	.quad 0xab97b25de65baad3
	.quad 0xf331e9330cea2938
