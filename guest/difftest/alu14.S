	.globl _start
	.text
_start:
	movabsq $0x80000000, %rax
	movabsq $0x02e4fd0535c66747, %rcx
	movabsq $1, %rdx
	movabsq $0x5e007f7d6c1106ca, %rbx
	movabsq $0xffff, %rbp
	movabsq $1, %rsi
	movabsq $0x8000, %rdi
	movabsq $0x7f, %r8
	movabsq $0x8000000000000000, %r9
	movabsq $0x790d73f139143148, %r10
	movabsq $0x7fffffffffffffff, %r11
	movabsq $0x7f, %r12
	movabsq $0x8000, %r13
	movabsq $1, %r14
	movabsq $0x7fffffff, %r15
	pushq $192
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	cmovoq %r9, %r15
dt_1_0:
	orb $14, %r12b
dt_2_0:
	cmpxchgl %r9d, data+104(%rip)
dt_3_0:
	shrdw $13, %r9w, data+40(%rip)
dt_4_0:
	xaddq %rbp, %r12
dt_5_0:
	xchgb %dil, %r13b
dt_6_0:
	xorl $1323937239, %ecx
dt_7_0:
	subb $212, %dl
dt_8_0:
	setb data+120(%rip)
dt_9_0:
	tzcntw %r13w, %r9w
dt_10_0:
	orw data+96(%rip), %r14w
dt_11_0:
	leal 1901(%r11,%rbx,2), %r13d
dt_12_0:
	bsfq %r10, %r10
dt_13_0:
	cmovnpl %esi, %edx
dt_14_0:
	testq %r14, %r8
dt_15_0:
	xorl $150747919, %r11d
dt_16_0:
	leaq 899(%rcx,%r11,8), %rdx
dt_17_0:
	movl $926, %r12d
dt_17_1:
	xor %edx, %edx
dt_17_2:
	divl %r12d
dt_18_0:
	setl data+96(%rip)
dt_19_0:
	imulq %r10, %r15
dt_20_0:
	mulb %cl
dt_21_0:
	addq %r12, data+32(%rip)
dt_22_0:
	xaddb %dil, %r13b
dt_23_0:
	movq $484, %rsi
dt_23_1:
	cqto
dt_23_2:
	idivq %rsi
dt_24_0:
	stc
dt_25_0:
	addb $173, %bh
dt_26_0:
	addb $96, %al
dt_27_0:
	shlb %cl, data+0(%rip)
dt_28_0:
	btcw %r11w, %r12w
dt_29_0:
	sbbl %r9d, %eax
dt_30_0:
	xchgb %bl, %r10b
dt_31_0:
	xorq data+16(%rip), %rdx
dt_32_0:
	cmovbl %edx, %r13d
dt_33_0:
	leaq 969(%r10,%r15,1), %r8
dt_34_0:
	cmpl %r10d, data+104(%rip)
dt_35_0:
	negb data+88(%rip)
dt_36_0:
	leal -1243(%rbx,%r14,1), %r12d
dt_37_0:
	cmovgq %rdi, %r13
dt_38_0:
	movq %r10, %r13
dt_39_0:
	lzcntq %rdx, %r9
dt_40_0:
	cltq
dt_41_0:
	incb data+112(%rip)
dt_42_0:
	sarl %cl, data+88(%rip)
dt_43_0:
	leal -1134(%rsi,%rdx,4), %r9d
dt_44_0:
	rolw $28, data+24(%rip)
dt_45_0:
	cmovnel %r10d, %r10d
dt_46_0:
	cmpb data+8(%rip), %bl
dt_47_0:
	orw %r10w, data+176(%rip)
dt_48_0:
	rclb $29, data+128(%rip)
dt_49_0:
	orw data+88(%rip), %r11w
dt_50_0:
	testb %r10b, %dil
dt_51_0:
	popcntl %ecx, %r10d
dt_52_0:
	seto data+104(%rip)
dt_53_0:
	tzcntq %r14, %r10
dt_54_0:
	imull $190863740, %r11d, %r12d
dt_55_0:
	cmovpl %eax, %r10d
dt_56_0:
	xorb $102, %bh
dt_57_0:
	bswap %rdi
dt_58_0:
	movq %rdx, %r10
dt_59_0:
	btw $69, %r9w
dt_60_0:
	testq %r9, %rdi
dt_61_0:
	leal 2452(%r15,%r10,1), %edi
dt_62_0:
	stc
dt_63_0:
	testl %r15d, %edi
dt_64_0:
	sbbq %r14, %r10
dt_65_0:
	movw %bp, %r14w
dt_66_0:
	notb data+48(%rip)
dt_67_0:
	cmpxchgl %r9d, %edx
dt_68_0:
	incl %eax
dt_69_0:
	cbtw
dt_70_0:
	orw %cx, %si
dt_71_0:
	testb %r14b, %r9b
dt_72_0:
	cmpw %r14w, data+136(%rip)
dt_73_0:
	tzcntq %r14, %rcx
dt_74_0:
	mulb %r12b
dt_75_0:
	andl data+40(%rip), %esi
dt_76_0:
	bsrw %r15w, %r8w
dt_77_0:
	andl %ebx, %edi
dt_78_0:
	btcq %r9, %r15
dt_79_0:
	shldq %cl, %r9, data+168(%rip)
dt_80_0:
	movswl %r10w, %eax
dt_81_0:
	shlq %cl, %r11
dt_82_0:
	cbtw
dt_83_0:
	cmpxchgq %rcx, data+72(%rip)
dt_84_0:
	movq %rbx, data+160(%rip)
dt_85_0:
	movl $700, %r14d
dt_85_1:
	cltd
dt_85_2:
	idivl %r14d
dt_86_0:
	addb $126, %dl
dt_87_0:
	movsbl %r13b, %ebx
dt_88_0:
	shrb $56, data+64(%rip)
dt_89_0:
	movb %r13b, data+104(%rip)
dt_90_0:
	shldl %cl, %edx, %ecx
dt_91_0:
	movzbq %dil, %rdx
dt_92_0:
	bswap %rbx
dt_93_0:
	bswap %r13
dt_94_0:
	lzcntw %r15w, %r11w
dt_95_0:
	addb $249, %dh
dt_96_0:
	movq %rbp, data+32(%rip)
dt_97_0:
	negq data+16(%rip)
dt_98_0:
	leaq 235(%r13,%r10,4), %r11
dt_99_0:
	cmpl %eax, %edx
dt_100_0:
	movl $215, %r8d
dt_100_1:
	cltd
dt_100_2:
	idivl %r8d
dt_101_0:
	cmovnpq %r15, %r12
dt_102_0:
	btcq $5, %r11
dt_103_0:
	shrdl %cl, %edx, %r9d
dt_104_0:
	cmpxchgb %r8b, %r10b
dt_105_0:
	btsw $1, %r8w
dt_106_0:
	subl %r10d, %r8d
dt_107_0:
	cmpxchgw %si, data+88(%rip)
dt_108_0:
	movw %cx, %r14w
dt_109_0:
	xaddw %bp, data+152(%rip)
dt_110_0:
	movq %rbx, data+96(%rip)
dt_111_0:
	movl $716, %r10d
dt_111_1:
	xor %edx, %edx
dt_111_2:
	divl %r10d
dt_112_0:
	subb $225, %ah
dt_113_0:
	addl %r15d, %esi
dt_114_0:
	bsfw %bp, %r15w
dt_115_0:
	movb %r9b, %cl
dt_116_0:
	cmpxchgl %r8d, %r15d
dt_117_0:
	movq $260, %r9
dt_117_1:
	xor %edx, %edx
dt_117_2:
	divq %r9
dt_118_0:
	xaddw %si, %r14w
dt_119_0:
	incw %r8w
dt_120_0:
	shrdl %cl, %r10d, %r10d
dt_121_0:
	notb data+8(%rip)
dt_122_0:
	rclb $42, %r8b
dt_123_0:
	leaq -936(%r15,%r11,4), %r9
dt_124_0:
	cmpb $168, %r14b
dt_125_0:
	xchgb %cl, %r15b
dt_126_0:
	cltq
dt_127_0:
	imulw %si, %si
dt_128_0:
	negl data+48(%rip)
dt_129_0:
	btsl %r13d, %r8d
dt_130_0:
	btsq %rax, %rbx
dt_131_0:
	bsrw %r13w, %bx
dt_132_0:
	btrq %rax, %r11
dt_133_0:
	subl $469849275, %edi
dt_134_0:
	leal -238(%rdx,%r9,1), %r11d
dt_135_0:
	cmc
dt_136_0:
	leal 827(%rdi,%rax,2), %edi
dt_137_0:
	cmovgw %bp, %r12w
dt_138_0:
	testl %r8d, %r8d
dt_139_0:
	movzwl %r8w, %r8d
dt_140_0:
	bswap %r13
dt_141_0:
	shrdw $1, %r15w, %si
dt_142_0:
	testq %rdx, %r9
dt_143_0:
	clc
dt_144_0:
	shrdq $4, %rdi, %rbp
dt_145_0:
	testl %r11d, %r8d
dt_146_0:
	btrq $55, %rax
dt_147_0:
	setc %r11b
dt_148_0:
	cmovnsq %rcx, %r10
dt_149_0:
	testb %r13b, %bl
dt_150_0:
	bsrq %r8, %r8
dt_151_0:
	movswq %r15w, %rbp
dt_152_0:
	mulb %r15b
dt_153_0:
	mulb %r13b
dt_154_0:
	rclb %r10b
dt_155_0:
	bsfw %cx, %r9w
dt_156_0:
	imull %ebx, %r14d
dt_157_0:
	movswq %bp, %r14
dt_158_0:
	movq $902, %r12
dt_158_1:
	xor %edx, %edx
dt_158_2:
	divq %r12
dt_159_0:
	lahf
dt_160_0:
	sarw data+136(%rip)
dt_161_0:
	decl %r13d
dt_162_0:
	xaddq %r8, data+136(%rip)
dt_163_0:
	incl %r9d
dt_164_0:
	rcll data+160(%rip)
dt_165_0:
	cmpxchgl %ebx, data+120(%rip)
dt_166_0:
	setnp data+16(%rip)
dt_167_0:
	subw data+8(%rip), %bx
dt_168_0:
	decq %r8
dt_169_0:
	cqto
dt_170_0:
	incq data+168(%rip)
dt_171_0:
	andw %dx, %r11w
dt_172_0:
	addb %cl, data+112(%rip)
dt_173_0:
	sbbb data+104(%rip), %r12b
dt_174_0:
	andq %rcx, %r10
dt_175_0:
	cmpl data+72(%rip), %r15d
dt_176_0:
	mulb %r13b
dt_177_0:
	movl $442, %ecx
dt_177_1:
	xor %edx, %edx
dt_177_2:
	divl %ecx
dt_178_0:
	btrq %r10, %r9
dt_179_0:
	andl %edi, data+144(%rip)
dt_180_0:
	sarq data+64(%rip)
dt_181_0:
	cmpl $941697431, %r12d
dt_182_0:
	negb data+40(%rip)
dt_183_0:
	cmpxchgl %eax, data+160(%rip)
dt_184_0:
	leaq -1582(%rdi,%r14,1), %r15
dt_185_0:
	cmpxchgq %rax, %r11
dt_186_0:
	incw data+88(%rip)
dt_187_0:
	setp %r10b
dt_188_0:
	popcntw %bx, %cx
dt_189_0:
	movq $182, %r15
dt_189_1:
	xor %edx, %edx
dt_189_2:
	divq %r15
dt_190_0:
	btcq %rbx, %r14
dt_191_0:
	xorb $37, %cl
dt_192_0:
	btrw %r15w, %r8w
dt_193_0:
	xaddw %r13w, %r12w
dt_194_0:
	xorq %rdx, data+176(%rip)
dt_195_0:
	rcrl %cl, data+176(%rip)
dt_196_0:
	cmpxchgq %rcx, %r8
dt_197_0:
	xaddb %r9b, %r10b
dt_198_0:
	incb %cl
dt_199_0:
	cmpxchgq %rbp, %r11
dt_200_0:
	cmpxchgw %r12w, data+112(%rip)
dt_201_0:
	negl data+16(%rip)
dt_202_0:
	cmovnsw %ax, %bp
dt_203_0:
	cltd
dt_204_0:
	andb $173, %al
dt_205_0:
	movq %rbp, %r15
dt_206_0:
	lahf
dt_207_0:
	orq data+152(%rip), %r15
dt_208_0:
	bsrq %rbx, %rdi
dt_209_0:
	sbbb $143, %bl
dt_210_0:
	sbbw data+72(%rip), %r14w
dt_211_0:
	xorb $123, %ah
dt_212_0:
	adcw $46329, %r11w
dt_213_0:
	movzbl %r11b, %r9d
dt_214_0:
	xaddb %bl, %r9b
dt_215_0:
	imulq $568421354, %r14, %rcx
dt_216_0:
	stc
dt_217_0:
	leaq -1476(%r11,%r10,1), %r9
dt_218_0:
	cmpxchgb %r12b, %r9b
dt_219_0:
	cmpxchgw %r14w, data+32(%rip)
dt_220_0:
	bswap %r13
dt_221_0:
	xorl %r9d, %r10d
dt_222_0:
	rorw %cl, data+0(%rip)
dt_223_0:
	cmpxchgw %bp, data+96(%rip)
dt_224_0:
	orl %r13d, data+16(%rip)
dt_225_0:
	andb $169, %dl
dt_226_0:
	cmpxchgw %r12w, data+40(%rip)
dt_227_0:
	bsrl %r8d, %r15d
dt_228_0:
	leaq -870(%r8,%r11,4), %r11
dt_229_0:
	stc
dt_230_0:
	bswap %r9d
dt_231_0:
	movl $640, %r15d
dt_231_1:
	xor %edx, %edx
dt_231_2:
	divl %r15d
dt_232_0:
	cmpxchgb %r15b, %al
dt_233_0:
	imull %edx, %r13d
dt_234_0:
	leaq 1173(%r9,%r12,4), %r15
dt_235_0:
	shldl %cl, %eax, data+112(%rip)
dt_236_0:
	bsfw %r11w, %bp
dt_237_0:
	bswap %r8
dt_238_0:
	leaq 1068(%r15,%r8,1), %rcx
dt_239_0:
	movw %r13w, data+152(%rip)
dt_240_0:
	testq %rbp, %r14
dt_241_0:
	movzbl %r14b, %r9d
dt_242_0:
	cmovnow %ax, %r12w
dt_243_0:
	cmpxchgl %r8d, data+136(%rip)
dt_244_0:
	shldl $0, %r8d, data+120(%rip)
dt_245_0:
	bsrq %r8, %rcx
dt_246_0:
	bswap %r10
dt_247_0:
	andb %r10b, data+168(%rip)
dt_248_0:
	shrdq %cl, %rdx, %rcx
dt_249_0:
	cmpxchgl %r12d, data+144(%rip)
dt_250_0:
	sarl $31, %edx
dt_251_0:
	mulb %al
dt_252_0:
	subq $583966035, %r10
dt_253_0:
	cmc
dt_254_0:
	popcntw %r9w, %dx
dt_255_0:
	cmpxchgw %bp, %r8w
dt_256_0:
	popcntl %esi, %ebp
dt_257_0:
	subb $18, %bl
dt_258_0:
	lzcntl %r12d, %ebx
dt_259_0:
	xaddl %r13d, %edx
dt_260_0:
	cmovnpw %r13w, %r14w
dt_261_0:
	movzbl %cl, %r8d
dt_262_0:
	shldq $22, %r10, %r11
dt_263_0:
	cmpxchgb %r14b, data+88(%rip)
dt_264_0:
	andb $166, %bh
dt_265_0:
	testb %al, %cl
dt_266_0:
	negl data+48(%rip)
dt_267_0:
	movl $593, %edi
dt_267_1:
	cltd
dt_267_2:
	idivl %edi
dt_268_0:
	cmc
dt_269_0:
	bswap %r11
dt_270_0:
	popcntw %di, %r11w
dt_271_0:
	bswap %r12d
dt_272_0:
	testb %r13b, %r8b
dt_273_0:
	leal -819(%r10,%r13,1), %r14d
dt_274_0:
	movw %r15w, data+80(%rip)
dt_275_0:
	rcrq %cl, %r9
dt_276_0:
	andq %r14, data+40(%rip)
dt_277_0:
	imulq %rbx, %r9
dt_278_0:
	bsrl %r8d, %r10d
dt_279_0:
	cmpxchgq %rbx, data+104(%rip)
dt_280_0:
	setle data+32(%rip)
dt_281_0:
	btrw %bp, %r15w
dt_282_0:
	cmpb $94, %bl
dt_283_0:
	notb %dl
dt_284_0:
	movq %rdx, data+80(%rip)
dt_285_0:
	cwtd
dt_286_0:
	sbbb %r8b, %r8b
dt_287_0:
	xorb $129, %ch
dt_288_0:
	movzwq %r12w, %r9
dt_289_0:
	bswap %rcx
dt_290_0:
	bswap %rbp
dt_291_0:
	cmpxchgq %rbx, %rdi
dt_292_0:
	cmpxchgw %r15w, data+184(%rip)
dt_293_0:
	movl $126, %ebx
dt_293_1:
	cltd
dt_293_2:
	idivl %ebx
dt_294_0:
	btw $59, %si
dt_295_0:
	cmpq data+184(%rip), %r12
dt_296_0:
	rcll %cl, data+168(%rip)
dt_297_0:
	xaddq %rbx, %r14
dt_298_0:
	movl $244, %r9d
dt_298_1:
	xor %edx, %edx
dt_298_2:
	divl %r9d
dt_299_0:
	cmovaew %si, %si
dt_300_0:
	cmpxchgq %rdi, data+64(%rip)
dt_301_0:
	mulb %r10b
dt_302_0:
	movl %eax, %r10d
dt_303_0:
	leal -574(%rbp,%rbp,1), %edx
dt_304_0:
	movl %ebx, data+104(%rip)
dt_305_0:
	cwtd
dt_306_0:
	rcrw %r14w
dt_307_0:
	testq %r8, %rdx
dt_308_0:
	xaddb %r12b, data+72(%rip)
dt_309_0:
	sbbw %r10w, data+152(%rip)
dt_310_0:
	orw data+128(%rip), %bx
dt_311_0:
	sarq %cl, %rbp
dt_312_0:
	shldq %cl, %rax, data+184(%rip)
dt_313_0:
	testq %r9, %rdx
dt_314_0:
	cmpxchgq %r15, %r12
dt_315_0:
	movw %bp, data+128(%rip)
dt_316_0:
	xorb $0, %bh
dt_317_0:
	addq data+128(%rip), %r10
dt_318_0:
	cmpxchgq %rbx, %r13
dt_319_0:
	decl %eax
dt_320_0:
	movl $356, %r11d
dt_320_1:
	cltd
dt_320_2:
	idivl %r11d
dt_321_0:
	xchgb %bl, %r14b
dt_323_0:
	leal 2005(%r8,%rax,1), %eax
dt_324_0:
	orb %r12b, data+128(%rip)
dt_325_0:
	andb %r15b, %dil
dt_326_0:
	movq %rbx, %r13
dt_327_0:
	xaddq %r13, %rcx
dt_328_0:
	bsrl %r8d, %ecx
dt_329_0:
	setc %r14b
dt_330_0:
	leaq -995(%r14,%rbp,4), %rbx
dt_331_0:
	xorw data+8(%rip), %si
dt_332_0:
	sbbl %eax, data+56(%rip)
dt_333_0:
	popcntl %r10d, %eax
dt_334_0:
	leal 1822(%r15,%rax,8), %r8d
dt_335_0:
	addl $-236632748, %r9d
dt_336_0:
	testb %r11b, %dil
dt_337_0:
	xchgb %r15b, %al
dt_338_0:
	movsbq %r11b, %r11
dt_339_0:
	cmpb $116, %dh
dt_340_0:
	adcb %dl, data+128(%rip)
dt_341_0:
	btcw %r13w, %r11w
dt_342_0:
	sahf
dt_343_0:
	bswap %edi
dt_344_0:
	leaq -1834(%r10,%rbx,2), %r11
dt_345_0:
	rcrl $42, data+88(%rip)
dt_346_0:
	xorb $177, %dl
dt_347_0:
	negq data+8(%rip)
dt_348_0:
	leaq 438(%r14,%r15,1), %rsi
dt_349_0:
	addb $41, %dl
dt_350_0:
	xorb $79, %bl
dt_351_0:
	movl %ecx, data+56(%rip)
dt_352_0:
	cmpl %r11d, data+72(%rip)
dt_353_0:
	bswap %r11
dt_354_0:
	movswl %r10w, %ecx
dt_355_0:
	cmovaq %rsi, %rbx
dt_356_0:
	xorq %r13, data+88(%rip)
dt_357_0:
	sbbb %dl, %dil
dt_358_0:
	subl data+72(%rip), %r11d
dt_359_0:
	setge data+184(%rip)
dt_360_0:
	xorw $45173, %r10w
dt_361_0:
	andb $86, %dl
dt_362_0:
	cmpb $150, %bh
dt_363_0:
	andq %rdi, %r14
dt_364_0:
	orq %r12, data+8(%rip)
dt_365_0:
	cbtw
dt_366_0:
	sarw data+144(%rip)
dt_367_0:
	sbbl %esi, %edx
dt_368_0:
	adcq %r15, data+72(%rip)
dt_369_0:
	adcw %dx, data+112(%rip)
dt_370_0:
	btq %r15, %r8
dt_371_0:
	bswap %r13
dt_372_0:
	xaddl %ecx, %r12d
dt_373_0:
	orb %sil, data+184(%rip)
dt_374_0:
	bswap %r11
dt_375_0:
	cmovnsw %r8w, %si
dt_376_0:
	xchgb %r11b, %r15b
dt_377_0:
	leal 2119(%rcx,%r15,2), %eax
dt_378_0:
	xaddw %r9w, data+112(%rip)
dt_379_0:
	bswap %ebx
dt_380_0:
	movl %ecx, data+160(%rip)
dt_381_0:
	testq %rbx, %r10
dt_382_0:
	bswap %r14
dt_383_0:
	popcntq %rdx, %r15
dt_384_0:
	movsbq %r12b, %r11
dt_385_0:
	rcrb %cl, data+104(%rip)
dt_386_0:
	bswap %r14
dt_387_0:
	xaddq %rcx, %rdi
dt_388_0:
	addl %ebx, data+176(%rip)
dt_389_0:
	mulw %cx
dt_390_0:
	incw data+64(%rip)
dt_391_0:
	popcntw %di, %r10w
dt_392_0:
	movswl %r13w, %esi
dt_393_0:
	stc
dt_394_0:
	shrdq $0, %rdx, data+144(%rip)
dt_395_0:
	incw %r13w
dt_396_0:
	subb $235, %al
dt_397_0:
	imulw %bp, %si
dt_398_0:
	xaddb %dil, data+184(%rip)
dt_399_0:
	movl %ebp, %r11d
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0x83f24bd89bacfd1c
	.quad 0x85e09c7b5b995ecc
	.quad 0x785c3b6c19095a74
	.quad 0x7abfa9b77ea8c013
	.quad 0xb3f8fb863d85d582
	.quad 0x618f1518e6a6c54e
	.quad 0xffec5369c5a87c89
	.quad 0x8d1e0b35c3692c29
	.quad 0x3b6394bf777e58e5
	.quad 0x30367c54082cf2ca
	.quad 0x58cac7f006ac3aaa
	.quad 0xbede7096695d96f0
	.quad 0xabfc9d11338a86fe
	.quad 0x09fb9dd432653e74
	.quad 0x20d560811465da83
	.quad 0x49884e3949a68dde
	.quad 0x9bbd3bd0a42393d3
	.quad 0x1d6a871ffca17abb
	.quad 0xad381b406459c168
	.quad 0xd2e90512bb2cbad7
	.quad 0xa2bfd16c4addd985
	.quad 0xcc4d2f135c400344
	.quad 0xd93d075043304cdb
	.quad 0x1fca384e40b951cf
	.quad 0x3a90156f3f80c751
	.quad 0xca346864a021b4f8
	.quad 0x41610b476132b323
	.quad 0xdd8fd988f1679037
	.quad 0x6f4f41676b1fb816
	.quad 0x1fbbf51842007714
	.quad 0xd0b8fdc52f0772e5
	.quad 0xea2dfb48fddeecaa
