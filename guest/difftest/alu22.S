	.globl _start
	.text
_start:
	movabsq $0xffffffff, %rax
	movabsq $0x7fffffff, %rcx
	movabsq $0x80000000, %rdx
	movabsq $0xffffffffffffffff, %rbx
	movabsq $0x7f, %rbp
	movabsq $0xff, %rsi
	movabsq $1, %rdi
	movabsq $0, %r8
	movabsq $0xffff, %r9
	movabsq $0xffff, %r10
	movabsq $0xffff, %r11
	movabsq $0x7f, %r12
	movabsq $0, %r13
	movabsq $0xb97c7419c816b326, %r14
	movabsq $0xffffffffffffffff, %r15
	pushq $2065
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	cmovlq %r8, %r12
dt_1_0:
	movq $913, %r12
dt_1_1:
	xor %edx, %edx
dt_1_2:
	divq %r12
dt_2_0:
	movb %sil, data+128(%rip)
dt_3_0:
	sbbw %cx, %cx
dt_4_0:
	bswap %edi
dt_5_0:
	cmovnpq %r8, %rdx
dt_6_0:
	addq $-113859523, %r11
dt_7_0:
	lzcntq %r10, %r14
dt_8_0:
	xchgb %r11b, %cl
dt_9_0:
	subb %r15b, %r8b
dt_10_0:
	cmpxchgw %r12w, data+112(%rip)
dt_11_0:
	rorw data+168(%rip)
dt_12_0:
	testb %al, %r9b
dt_13_0:
	rcrq $1, data+168(%rip)
dt_14_0:
	rolb $37, data+176(%rip)
dt_15_0:
	cmpxchgq %r10, %rbx
dt_16_0:
	xaddb %dil, %r14b
dt_17_0:
	rcrl %cl, %ebp
dt_18_0:
	imulw %si, %r12w
dt_19_0:
	cmovlw %cx, %r14w
dt_20_0:
	subb $161, %ch
dt_21_0:
	andb $200, %al
dt_22_0:
	movq %r9, data+112(%rip)
dt_23_0:
	movl $275, %r9d
dt_23_1:
	cltd
dt_23_2:
	idivl %r9d
dt_24_0:
	adcl %edi, %r13d
dt_25_0:
	cmpxchgb %r8b, %r10b
dt_26_0:
	lzcntq %r8, %r11
dt_27_0:
	cmpxchgw %bx, %r10w
dt_28_0:
	addl data+0(%rip), %r14d
dt_29_0:
	xorb $115, %dl
dt_30_0:
	testw %si, %cx
dt_31_0:
	testl %r14d, %edx
dt_32_0:
	cmpb $233, %ch
dt_33_0:
	cmovgew %bx, %cx
dt_34_0:
	movl %r10d, data+8(%rip)
dt_35_0:
	decb data+168(%rip)
dt_36_0:
	xaddw %di, data+80(%rip)
dt_37_0:
	cmpxchgl %edi, %r8d
dt_38_0:
	cmpxchgl %r15d, %r11d
dt_39_0:
	bsfq %rbp, %r14
dt_40_0:
	movslq %esi, %r11
dt_41_0:
	movsbl %r12b, %ebx
dt_42_0:
	cmc
dt_43_0:
	cmovow %dx, %ax
dt_44_0:
	orw %r11w, data+40(%rip)
dt_45_0:
	rclw $26, %r12w
dt_46_0:
	andb $192, %al
dt_47_0:
	cmovsw %r8w, %r11w
dt_48_0:
	movb %cl, data+64(%rip)
dt_49_0:
	cmpxchgq %rax, data+104(%rip)
dt_50_0:
	cmpxchgw %cx, %dx
dt_51_0:
	leaq 178(%r10,%rax,8), %rdi
dt_52_0:
	addb data+64(%rip), %r12b
dt_53_0:
	cmpb %r15b, %r9b
dt_54_0:
	decb data+96(%rip)
dt_55_0:
	movb %cl, %r15b
dt_56_0:
	cltd
dt_57_0:
	movl $77, %edi
dt_57_1:
	cltd
dt_57_2:
	idivl %edi
dt_58_0:
	leaq -1974(%r12,%rdi,2), %r15
dt_59_0:
	cmovew %r10w, %r13w
dt_60_0:
	adcb %al, data+136(%rip)
dt_61_0:
	btrw $23, %si
dt_62_0:
	notw %r10w
dt_63_0:
	testq %r11, %rsi
dt_64_0:
	bsfq %rbp, %rsi
dt_65_0:
	shldw $2, %r8w, data+144(%rip)
dt_66_0:
	movq $5, %rsi
dt_66_1:
	cqto
dt_66_2:
	idivq %rsi
dt_67_0:
	tzcntq %rdx, %rbx
dt_68_0:
	adcl %ebx, data+96(%rip)
dt_69_0:
	movslq %r12d, %rsi
dt_70_0:
	movq %r11, data+104(%rip)
dt_71_0:
	cmpxchgl %r9d, %r11d
dt_72_0:
	lzcntl %r13d, %ebx
dt_73_0:
	rolw %cl, %r9w
dt_74_0:
	imulq $1372825030, %r14, %rbx
dt_75_0:
	cmovnpw %di, %dx
dt_76_0:
	leaq 780(%rsi,%r10,4), %r13
dt_77_0:
	shldl $27, %r11d, %r10d
dt_78_0:
	adcl %edx, data+160(%rip)
dt_79_0:
	bswap %r14
dt_80_0:
	movswl %si, %ebp
dt_81_0:
	subl %edi, %r15d
dt_82_0:
	movzwl %dx, %edi
dt_83_0:
	shldl $54, %edx, %edx
dt_84_0:
	negb %sil
dt_85_0:
	addw $4285, %r10w
dt_86_0:
	rorl data+136(%rip)
dt_87_0:
	addq $1980378127, %rbp
dt_88_0:
	bswap %r13d
dt_89_0:
	movl $335, %r13d
dt_89_1:
	xor %edx, %edx
dt_89_2:
	divl %r13d
dt_90_0:
	rclb %cl, %dil
dt_91_0:
	decl %r14d
dt_92_0:
	cmc
dt_93_0:
	shldq %cl, %r13, %rdx
dt_94_0:
	xorb $179, %r9b
dt_95_0:
	cmpxchgl %r9d, data+184(%rip)
dt_96_0:
	movswq %r12w, %r10
dt_97_0:
	orq data+120(%rip), %r8
dt_98_0:
	cmc
dt_99_0:
	orw $26370, %r15w
dt_100_0:
	setc %r8b
dt_101_0:
	lzcntq %r8, %rbp
dt_102_0:
	tzcntw %bx, %cx
dt_103_0:
	andw %bx, %di
dt_104_0:
	shrdl $56, %r15d, %r12d
dt_105_0:
	movl %ebp, %ecx
dt_106_0:
	decl %r13d
dt_107_0:
	cmovlew %cx, %r8w
dt_108_0:
	imulq $635959176, %rsi, %rbx
dt_109_0:
	movb %dil, data+88(%rip)
dt_110_0:
	rorl %r13d
dt_111_0:
	movw %si, data+40(%rip)
dt_112_0:
	tzcntw %bp, %r15w
dt_113_0:
	xaddb %r13b, %r13b
dt_114_0:
	addb $77, %dl
dt_115_0:
	setb data+96(%rip)
dt_116_0:
	movw %r15w, %si
dt_117_0:
	movl $171, %r13d
dt_117_1:
	xor %edx, %edx
dt_117_2:
	divl %r13d
dt_118_0:
	rolq %cl, data+184(%rip)
dt_119_0:
	subl $388189945, %r10d
dt_120_0:
	popcntq %rcx, %rdi
dt_121_0:
	leaq -1625(%r12,%r13,2), %r8
dt_122_0:
	bswap %rdx
dt_123_0:
	testw %bp, %r9w
dt_124_0:
	leaq 1731(%r13,%rbp,2), %r12
dt_125_0:
	cmpq %rbp, %r13
dt_126_0:
	xorb data+136(%rip), %al
dt_127_0:
	cltd
dt_128_0:
	leal -614(%rbp,%r15,2), %esi
dt_129_0:
	rcll %cl, %r11d
dt_130_0:
	mulb %bl
dt_131_0:
	adcl $683115668, %ebx
dt_132_0:
	cmovleq %r8, %rdi
dt_133_0:
	mulw %r11w
dt_134_0:
	xorb $19, %bl
dt_135_0:
	negb data+144(%rip)
dt_136_0:
	setge data+168(%rip)
dt_137_0:
	cmpxchgb %r11b, data+24(%rip)
dt_138_0:
	notl %r9d
dt_139_0:
	shrdl %cl, %edi, data+128(%rip)
dt_140_0:
	rolq %cl, data+160(%rip)
dt_141_0:
	addl data+160(%rip), %edx
dt_142_0:
	btcw $34, %r12w
dt_143_0:
	subb $6, %ah
dt_144_0:
	bswap %r14d
dt_145_0:
	leal 1213(%rsi,%rbp,2), %r12d
dt_146_0:
	shrb %cl, %r10b
dt_147_0:
	decq data+48(%rip)
dt_148_0:
	addb %r13b, data+176(%rip)
dt_149_0:
	addq %rbx, data+168(%rip)
dt_150_0:
	testl %esi, %r10d
dt_151_0:
	decl data+96(%rip)
dt_152_0:
	setg %r12b
dt_153_0:
	cmc
dt_154_0:
	tzcntw %bp, %r10w
dt_155_0:
	leaq -1803(%r14,%r10,8), %r14
dt_156_0:
	leaq 2305(%r14,%r15,8), %rsi
dt_157_0:
	andb %r10b, %al
dt_158_0:
	sarl %cl, %r10d
dt_159_0:
	addb $83, %bh
dt_160_0:
	bsrq %r9, %r13
dt_161_0:
	subq %rdx, data+72(%rip)
dt_162_0:
	cmovbew %r12w, %r13w
dt_163_0:
	movl $190, %r13d
dt_163_1:
	cltd
dt_163_2:
	idivl %r13d
dt_164_0:
	cqto
dt_165_0:
	movw %di, data+152(%rip)
dt_166_0:
	testq %rsi, %rdx
dt_167_0:
	xorb $7, %bl
dt_168_0:
	leaq -192(%r10,%r15,4), %r12
dt_169_0:
	cmc
dt_170_0:
	movl $140, %ecx
dt_170_1:
	xor %edx, %edx
dt_170_2:
	divl %ecx
dt_171_0:
	addl $-579807581, %r8d
dt_172_0:
	subl data+112(%rip), %ebp
dt_173_0:
	sbbl $1672841440, %r9d
dt_174_0:
	addl data+112(%rip), %r13d
dt_175_0:
	adcb $38, %al
dt_176_0:
	cmc
dt_177_0:
	movsbl %r13b, %r11d
dt_178_0:
	orw $42003, %r14w
dt_179_0:
	btw %r9w, %r8w
dt_180_0:
	lzcntl %ebx, %r11d
dt_181_0:
	cwtl
dt_182_0:
	decl %ebp
dt_183_0:
	bsrl %r12d, %eax
dt_184_0:
	leaq 177(%rsi,%r15,4), %r10
dt_185_0:
	popcntl %edi, %r8d
dt_186_0:
	sbbl $1159981283, %r14d
dt_187_0:
	popcntq %r14, %r11
dt_188_0:
	leal 517(%rbx,%rax,2), %r12d
dt_189_0:
	cmpxchgl %ecx, %edx
dt_190_0:
	cmpq %rax, %r11
dt_191_0:
	shrdq %cl, %rdx, data+24(%rip)
dt_192_0:
	leaq 818(%r10,%rsi,1), %r9
dt_193_0:
	cmpb $48, %bh
dt_194_0:
	rolq $24, %rax
dt_195_0:
	setc %bl
dt_196_0:
	cmpw data+16(%rip), %r13w
dt_197_0:
	xaddb %r15b, %r12b
dt_198_0:
	bsfq %rdx, %r12
dt_199_0:
	addl data+104(%rip), %r10d
dt_200_0:
	testw %r9w, %r15w
dt_201_0:
	mulb %cl
dt_202_0:
	adcb data+40(%rip), %r14b
dt_203_0:
	lzcntw %si, %r15w
dt_204_0:
	xaddl %r15d, data+144(%rip)
dt_205_0:
	cwtl
dt_206_0:
	decl data+136(%rip)
dt_207_0:
	movzwq %r15w, %r14
dt_208_0:
	leal -1245(%r10,%r11,2), %r14d
dt_209_0:
	movswq %r8w, %rbx
dt_210_0:
	decl %edx
dt_211_0:
	andb $7, %ch
dt_212_0:
	setne data+72(%rip)
dt_213_0:
	cmpq %rbp, %rdx
dt_214_0:
	xorb data+168(%rip), %sil
dt_215_0:
	movq $266, %r11
dt_215_1:
	cqto
dt_215_2:
	idivq %r11
dt_216_0:
	xaddq %r11, data+168(%rip)
dt_217_0:
	andb $61, %cl
dt_218_0:
	bswap %r13d
dt_219_0:
	negl %r14d
dt_220_0:
	setc %dil
dt_221_0:
	bsfw %si, %r8w
dt_222_0:
	rcrw data+96(%rip)
dt_223_0:
	setc %r15b
dt_224_0:
	decq %r8
dt_225_0:
	leal -1456(%r13,%r11,8), %r12d
dt_226_0:
	bswap %r11d
dt_227_0:
	testq %rdx, %r11
dt_228_0:
	testw %r8w, %r10w
dt_229_0:
	shldw $4, %bp, data+128(%rip)
dt_230_0:
	btsw %di, %di
dt_231_0:
	cmpb %r14b, %dil
dt_232_0:
	movq $927, %r13
dt_232_1:
	xor %edx, %edx
dt_232_2:
	divq %r13
dt_233_0:
	bsrq %rdi, %rbp
dt_234_0:
	xaddq %r14, data+120(%rip)
dt_235_0:
	adcb %r11b, data+64(%rip)
dt_236_0:
	bsfq %rbp, %r10
dt_237_0:
	xaddb %r8b, data+16(%rip)
dt_238_0:
	cqto
dt_239_0:
	xorb $221, %bl
dt_240_0:
	leal 823(%r14,%rdx,8), %ebx
dt_241_0:
	testq %r15, %r12
dt_242_0:
	cmpb $10, %dl
dt_243_0:
	bswap %rbx
dt_244_0:
	cmpxchgw %si, %r9w
dt_245_0:
	xaddb %r14b, %r11b
dt_246_0:
	shrl %cl, %r10d
dt_247_0:
	bsrw %r13w, %r12w
dt_248_0:
	cmc
dt_249_0:
	decw data+88(%rip)
dt_250_0:
	leaq -2095(%r8,%rdi,2), %r9
dt_251_0:
	clc
dt_252_0:
	bswap %rax
dt_253_0:
	sahf
dt_254_0:
	leal -649(%r9,%r15,2), %r12d
dt_255_0:
	subw %r11w, data+144(%rip)
dt_256_0:
	subb data+184(%rip), %r8b
dt_257_0:
	xorw data+144(%rip), %r14w
dt_258_0:
	orw $22614, %r10w
dt_259_0:
	btsl %ecx, %r14d
dt_260_0:
	decw data+136(%rip)
dt_261_0:
	bswap %rcx
dt_262_0:
	testb %r8b, %r10b
dt_263_0:
	bswap %rbp
dt_264_0:
	shlq data+72(%rip)
dt_265_0:
	btq $10, %r13
dt_266_0:
	cmpxchgq %r11, %r10
dt_267_0:
	movq %r8, data+104(%rip)
dt_268_0:
	incw data+32(%rip)
dt_269_0:
	movzwl %di, %edx
dt_270_0:
	shrdl $0, %esi, %r11d
dt_271_0:
	cltq
dt_272_0:
	xorl data+152(%rip), %edi
dt_273_0:
	popcntq %rdx, %rax
dt_274_0:
	bswap %r9d
dt_275_0:
	andb $171, %bh
dt_276_0:
	xorq %r11, %rbp
dt_277_0:
	bswap %r9
dt_278_0:
	lzcntq %r11, %r12
dt_279_0:
	testq %r15, %r9
dt_280_0:
	movl $662, %esi
dt_280_1:
	cltd
dt_280_2:
	idivl %esi
dt_281_0:
	cmovnew %r14w, %r14w
dt_282_0:
	xorl data+80(%rip), %r9d
dt_283_0:
	shldl %cl, %esi, %ebp
dt_284_0:
	bsrl %edx, %r9d
dt_285_0:
	movzwq %r12w, %rbx
dt_286_0:
	mulb %r14b
dt_287_0:
	lzcntw %bp, %bx
dt_288_0:
	movq $342, %r13
dt_288_1:
	xor %edx, %edx
dt_288_2:
	divq %r13
dt_289_0:
	lzcntq %r15, %r8
dt_290_0:
	movq $732, %rdi
dt_290_1:
	cqto
dt_290_2:
	idivq %rdi
dt_291_0:
	xchgb %r15b, %r9b
dt_292_0:
	stc
dt_293_0:
	rorl $48, data+160(%rip)
dt_294_0:
	xchgb %sil, %dil
dt_295_0:
	leal 912(%rcx,%rcx,2), %r10d
dt_296_0:
	xorb $130, %al
dt_297_0:
	btsq %r8, %rdi
dt_298_0:
	popcntl %ebp, %r9d
dt_299_0:
	decb %r9b
dt_300_0:
	mulb %dil
dt_301_0:
	movq %r9, %r12
dt_302_0:
	shrb $31, data+56(%rip)
dt_303_0:
	cmc
dt_304_0:
	bsfw %r9w, %dx
dt_305_0:
	shrw %r13w
dt_306_0:
	popcntq %rcx, %r8
dt_307_0:
	shrdl %cl, %r11d, %r14d
dt_308_0:
	leal -2495(%r11,%rbx,8), %eax
dt_309_0:
	movzwq %bp, %rsi
dt_310_0:
	andw %ax, data+32(%rip)
dt_311_0:
	addq %rbp, %rax
dt_312_0:
	movl $153, %ebp
dt_312_1:
	xor %edx, %edx
dt_312_2:
	divl %ebp
dt_313_0:
	subb $150, %dl
dt_314_0:
	movswl %r10w, %edi
dt_315_0:
	movb %cl, %sil
dt_316_0:
	shldw $2, %r14w, %si
dt_317_0:
	sahf
dt_318_0:
	tzcntq %r13, %r11
dt_319_0:
	orw $42509, %r8w
dt_320_0:
	xorb $116, %bh
dt_321_0:
	shldl %cl, %r15d, data+24(%rip)
dt_322_0:
	addq %r14, %r15
dt_323_0:
	imull $698283831, %r15d, %edx
dt_324_0:
	leaq 868(%rbp,%r10,4), %rbx
dt_325_0:
	movl %r15d, data+136(%rip)
dt_326_0:
	rcrw %cl, %r15w
dt_327_0:
	cmovbeq %r10, %rsi
dt_328_0:
	cltd
dt_329_0:
	rorl %cl, %r8d
dt_330_0:
	xorw $58504, %r14w
dt_331_0:
	rolb %cl, data+0(%rip)
dt_332_0:
	movswq %r8w, %r10
dt_333_0:
	btcl %ebx, %edx
dt_334_0:
	bsfw %r13w, %r15w
dt_335_0:
	subl data+144(%rip), %esi
dt_336_0:
	mull %r8d
dt_337_0:
	xchgb %bl, %r10b
dt_338_0:
	orq data+0(%rip), %r9
dt_339_0:
	tzcntl %r10d, %r11d
dt_340_0:
	addw data+72(%rip), %r13w
dt_341_0:
	cmpb $24, %dl
dt_342_0:
	movb %cl, data+152(%rip)
dt_343_0:
	bsrw %r9w, %r11w
dt_344_0:
	btw $49, %r13w
dt_345_0:
	shldl %cl, %eax, data+56(%rip)
dt_346_0:
	movswl %r15w, %ecx
dt_347_0:
	cmpxchgq %r15, %rax
dt_348_0:
	leal -1135(%rdx,%rbp,2), %r10d
dt_349_0:
	btsw %r12w, %r12w
dt_350_0:
	mull %esi
dt_351_0:
	bswap %r9d
dt_352_0:
	lzcntw %r12w, %ax
dt_353_0:
	adcb data+104(%rip), %dil
dt_354_0:
	subb %r14b, %dl
dt_355_0:
	tzcntl %eax, %r14d
dt_356_0:
	notb data+8(%rip)
dt_357_0:
	movslq %r11d, %r9
dt_358_0:
	xaddq %r11, %r10
dt_359_0:
	popcntw %ax, %r15w
dt_360_0:
	andb data+160(%rip), %r14b
dt_361_0:
	bsrl %r9d, %edx
dt_362_0:
	bswap %r14
dt_363_0:
	testb %r14b, %r13b
dt_364_0:
	bsrl %r8d, %eax
dt_365_0:
	cmpb $208, %cl
dt_366_0:
	movl %r11d, data+32(%rip)
dt_367_0:
	andq %r15, %rcx
dt_368_0:
	xorq $-866440274, %r8
dt_369_0:
	sarw $16, %r10w
dt_370_0:
	popcntw %r8w, %r11w
dt_371_0:
	cltq
dt_372_0:
	xaddb %r15b, data+40(%rip)
dt_373_0:
	xaddw %r11w, data+88(%rip)
dt_374_0:
	sarw data+160(%rip)
dt_375_0:
	shlw data+64(%rip)
dt_376_0:
	movl $814, %r15d
dt_376_1:
	xor %edx, %edx
dt_376_2:
	divl %r15d
dt_377_0:
	shldl %cl, %ebp, data+0(%rip)
dt_378_0:
	tzcntq %r9, %rax
dt_379_0:
	cqto
dt_380_0:
	movzbq %cl, %r14
dt_381_0:
	mulb %al
dt_382_0:
	subl $-179281745, %r8d
dt_383_0:
	setc %r11b
dt_384_0:
	imulq $723542696, %r11, %rcx
dt_385_0:
	movl %r12d, data+104(%rip)
dt_386_0:
	movq $340, %rbp
dt_386_1:
	xor %edx, %edx
dt_386_2:
	divq %rbp
dt_387_0:
	lahf
dt_388_0:
	cwtd
dt_389_0:
	movl %eax, data+40(%rip)
dt_390_0:
	xaddw %r12w, data+144(%rip)
dt_391_0:
	cmpxchgq %r10, data+16(%rip)
dt_392_0:
	orq $1400569935, %r14
dt_393_0:
	cltd
dt_394_0:
	tzcntw %di, %r9w
dt_395_0:
	leaq -1130(%r14,%r15,4), %rdx
dt_396_0:
	mulb %r14b
dt_397_0:
	adcq $-358629323, %r14
dt_398_0:
	sbbq %r8, %r12
dt_399_0:
	cmc
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0xb7df6a48085ea763
	.quad 0x4ae78e7ade3aee2e
	.quad 0xfc1295f17b30b647
	.quad 0xd2f477dbdde8025c
	.quad 0x69de7d2d690a4c10
	.quad 0x3183d6d420771c78
	.quad 0xbcf7cd04efba9a4f
	.quad 0x2297a2f60fe83bd2
	.quad 0x1add8cfbc315921a
	.quad 0x5b8bbc91af28d93d
	.quad 0x35eb447af1e173c8
	.quad 0x2c9b9c84be6d5321
	.quad 0x95265d858c4c8b0e
	.quad 0xb885f698cc8843d3
	.quad 0x5aba74ea90c0e1d9
	.quad 0x138b7324c01677b3
	.quad 0xd2e208a3ed320a58
	.quad 0x2352d0e45083e423
	.quad 0xacf5d620d00a7a38
	.quad 0x76eb865ec228ec8e
	.quad 0x28912912bbde96ab
	.quad 0x487387ee29452e89
	.quad 0x1e1d50a335243e47
	.quad 0xef7c61110890677e
	.quad 0x8b8b0d61aecc5632
	.quad 0xa54a82d7571313bf
	.quad 0x99f9c8adbd6b23bb
	.quad 0xfa99c995b6ca0040
	.quad 0x2e8d1f0120c24f57
	.quad 0x4c3be3a339bceb04
	.quad 0x3f5b142ae6112265
	.quad 0x89e18a2bac327959
