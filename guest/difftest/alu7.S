	.globl _start
	.text
_start:
	movabsq $0xff, %rax
	movabsq $0xffffffff, %rcx
	movabsq $0x7fffffffffffffff, %rdx
	movabsq $0xffffffff, %rbx
	movabsq $1, %rbp
	movabsq $0x0358599a0508a84f, %rsi
	movabsq $0x8000, %rdi
	movabsq $0x7f, %r8
	movabsq $0x7fffffff, %r9
	movabsq $0x7fffffffffffffff, %r10
	movabsq $1, %r11
	movabsq $0xffffffffffffffff, %r12
	movabsq $0x80000000, %r13
	movabsq $0x80000000, %r14
	movabsq $0x7fffffff, %r15
	pushq $17
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	xchgb %bl, %sil
dt_1_0:
	cltq
dt_2_0:
	imulw %ax
dt_3_0:
	testq %rbp, %rdx
dt_4_0:
	imulw $18869, %r12w, %si
dt_5_0:
	imulq $1712935366, %r8, %rdi
dt_6_0:
	btq $40, %r11
dt_7_0:
	imulq %r14
dt_8_0:
	andw %r13w, data+120(%rip)
dt_9_0:
	orb %r13b, data+184(%rip)
dt_10_0:
	shrdw $4, %r13w, data+136(%rip)
dt_11_0:
	testb %bl, %dil
dt_12_0:
	bswap %edi
dt_13_0:
	cmpxchgw %di, %dx
dt_14_0:
	xorb $48, %ah
dt_15_0:
	incb %r10b
dt_16_0:
	xchgb %sil, %r12b
dt_17_0:
	shldw $2, %cx, data+176(%rip)
dt_18_0:
	sbbb $54, %r8b
dt_19_0:
	btrq %rbx, %rcx
dt_20_0:
	bswap %eax
dt_21_0:
	bswap %rbx
dt_22_0:
	movswl %r8w, %r11d
dt_23_0:
	cmpxchgl %r13d, %r13d
dt_24_0:
	adcw data+120(%rip), %si
dt_25_0:
	andb $219, %cl
dt_26_0:
	setle %dl
dt_27_0:
	cmovew %r12w, %bx
dt_28_0:
	andb $88, %al
dt_29_0:
	bsfq %rax, %r10
dt_30_0:
	movq %r11, %rsi
dt_31_0:
	setb data+64(%rip)
dt_32_0:
	bsrw %r15w, %r12w
dt_33_0:
	leal -1069(%r11,%r13,4), %r10d
dt_34_0:
	xaddb %r13b, %bl
dt_35_0:
	rclq $27, %r12
dt_36_0:
	rcrw $34, %cx
dt_37_0:
	xaddq %r15, data+144(%rip)
dt_38_0:
	cmovnpq %r12, %rdx
dt_39_0:
	andb $142, %dh
dt_40_0:
	decq %r12
dt_41_0:
	bswap %rdi
dt_42_0:
	andb %r13b, %r10b
dt_43_0:
	notb data+176(%rip)
dt_44_0:
	andb $180, %r11b
dt_45_0:
	leaq -2310(%r12,%rbp,4), %rsi
dt_46_0:
	leaq 717(%rdi,%r12,1), %r14
dt_47_0:
	btl $12, %edx
dt_48_0:
	movl $600, %r8d
dt_48_1:
	cltd
dt_48_2:
	idivl %r8d
dt_49_0:
	xorw %r15w, data+136(%rip)
dt_50_0:
	leaq 1523(%rsi,%rsi,2), %rax
dt_51_0:
	orb %sil, data+72(%rip)
dt_52_0:
	rolq $20, %r15
dt_53_0:
	lzcntq %rsi, %r8
dt_54_0:
	leal 1820(%rdx,%r15,1), %edi
dt_55_0:
	movb %cl, data+80(%rip)
dt_56_0:
	leal 1531(%rax,%rax,1), %r15d
dt_57_0:
	incw data+144(%rip)
dt_58_0:
	negq data+152(%rip)
dt_59_0:
	movq $503, %rsi
dt_59_1:
	cqto
dt_59_2:
	idivq %rsi
dt_60_0:
	xchgb %cl, %dl
dt_61_0:
	cmovleq %rdx, %r12
dt_62_0:
	adcw %r10w, data+32(%rip)
dt_63_0:
	movl %r14d, %edx
dt_64_0:
	testq %r15, %r11
dt_65_0:
	cmpxchgw %si, data+144(%rip)
dt_66_0:
	leaq -686(%rcx,%rbx,8), %r13
dt_67_0:
	bsrq %rcx, %rdi
dt_68_0:
	movsbl %r11b, %esi
dt_69_0:
	leaq 694(%r11,%rcx,4), %r14
dt_70_0:
	xorb %dil, data+32(%rip)
dt_71_0:
	bswap %edi
dt_72_0:
	orw data+104(%rip), %bp
dt_73_0:
	movl $634, %r13d
dt_73_1:
	xor %edx, %edx
dt_73_2:
	divl %r13d
dt_74_0:
	shrdw $16, %r8w, %r12w
dt_75_0:
	cmpxchgl %eax, %r9d
dt_76_0:
	decl data+160(%rip)
dt_77_0:
	bswap %r11d
dt_78_0:
	bsrw %ax, %r15w
dt_79_0:
	cqto
dt_80_0:
	imulq $33087592, %r11, %rdi
dt_81_0:
	xorw $33751, %r12w
dt_82_0:
	leal 692(%r11,%r11,2), %eax
dt_83_0:
	movq %r8, data+56(%rip)
dt_84_0:
	rclq %cl, data+88(%rip)
dt_85_0:
	shrb $15, data+128(%rip)
dt_86_0:
	movq $897, %rcx
dt_86_1:
	xor %edx, %edx
dt_86_2:
	divq %rcx
dt_87_0:
	bswap %r9d
dt_88_0:
	setno %r9b
dt_89_0:
	andl $-885000956, %edx
dt_90_0:
	shrdw $7, %r13w, data+40(%rip)
dt_91_0:
	bswap %r10
dt_92_0:
	subq $1992410775, %rdx
dt_93_0:
	tzcntq %r13, %rax
dt_94_0:
	bswap %r9
dt_95_0:
	subl %ecx, %ebx
dt_96_0:
	shrdq $44, %r8, %rbx
dt_97_0:
	xorb $124, %ah
dt_98_0:
	movq $979, %r8
dt_98_1:
	cqto
dt_98_2:
	idivq %r8
dt_99_0:
	decb %r11b
dt_101_0:
	decl data+64(%rip)
dt_102_0:
	xchgb %sil, %r11b
dt_103_0:
	notw %r8w
dt_104_0:
	cmpxchgq %r14, %rax
dt_105_0:
	xchgb %r10b, %r8b
dt_106_0:
	negq %rbx
dt_107_0:
	btrl $3, %r10d
dt_108_0:
	cmpq %rdx, data+96(%rip)
dt_109_0:
	bswap %r15
dt_110_0:
	movswq %dx, %rbp
dt_111_0:
	cmovbel %ebp, %r12d
dt_112_0:
	bswap %r13
dt_113_0:
	popcntw %ax, %r10w
dt_114_0:
	movq %r10, data+104(%rip)
dt_115_0:
	movl $295, %r15d
dt_115_1:
	cltd
dt_115_2:
	idivl %r15d
dt_116_0:
	testq %r8, %r15
dt_117_0:
	cmpxchgl %ebp, %r10d
dt_118_0:
	incb data+56(%rip)
dt_119_0:
	xchgb %dl, %r15b
dt_120_0:
	cltd
dt_121_0:
	movslq %r9d, %rbp
dt_122_0:
	shldw $13, %r10w, data+104(%rip)
dt_123_0:
	btq %rbp, %r10
dt_124_0:
	popcntw %r14w, %dx
dt_125_0:
	sbbw %r11w, data+184(%rip)
dt_126_0:
	mulb %r15b
dt_127_0:
	movb %r8b, data+128(%rip)
dt_128_0:
	cmovael %r12d, %edi
dt_129_0:
	orl $-783647064, %r9d
dt_130_0:
	bsrl %esi, %r11d
dt_131_0:
	cmovgew %r13w, %r15w
dt_132_0:
	addb data+32(%rip), %r14b
dt_133_0:
	rclw $20, data+32(%rip)
dt_134_0:
	movw %r14w, data+24(%rip)
dt_135_0:
	subl $1775021535, %r15d
dt_136_0:
	subq $-268497933, %rdi
dt_137_0:
	decl data+168(%rip)
dt_138_0:
	rorw %dx
dt_139_0:
	cmpxchgb %dl, data+128(%rip)
dt_140_0:
	adcl %ebx, %edx
dt_141_0:
	addw %bx, data+112(%rip)
dt_142_0:
	bsfw %r10w, %r13w
dt_143_0:
	sbbl $1642586063, %eax
dt_144_0:
	xaddb %r12b, %r14b
dt_145_0:
	btcl %r8d, %esi
dt_146_0:
	shldq %cl, %r13, data+40(%rip)
dt_147_0:
	movb %r10b, data+56(%rip)
dt_148_0:
	leaq 1827(%r15,%r14,1), %r8
dt_149_0:
	leaq 539(%r11,%rsi,1), %r10
dt_150_0:
	mull %r8d
dt_151_0:
	cmpxchgl %r13d, %r14d
dt_153_0:
	testw %di, %r14w
dt_154_0:
	cmpxchgq %rsi, %rbx
dt_155_0:
	subw data+96(%rip), %bp
dt_156_0:
	cmc
dt_157_0:
	cmovnpw %r11w, %r14w
dt_158_0:
	negw %r13w
dt_159_0:
	andb %sil, data+64(%rip)
dt_160_0:
	cmpxchgw %bx, %di
dt_161_0:
	testb %sil, %sil
dt_162_0:
	cmovnsq %rdi, %rax
dt_163_0:
	cmovael %ecx, %r9d
dt_164_0:
	sbbq %r13, %rdx
dt_165_0:
	clc
dt_166_0:
	mulb %sil
dt_167_0:
	rclb $3, %r11b
dt_168_0:
	clc
dt_169_0:
	leaq -2491(%r12,%r12,2), %rcx
dt_170_0:
	cltd
dt_171_0:
	shldq %cl, %rcx, %rbp
dt_172_0:
	sbbb $140, %r10b
dt_173_0:
	notw %r10w
dt_174_0:
	btsl $61, %ebx
dt_175_0:
	lzcntq %r8, %r15
dt_176_0:
	movzbl %r15b, %edx
dt_177_0:
	leal 2201(%rbp,%rbp,1), %ebx
dt_178_0:
	cmc
dt_179_0:
	negq %r8
dt_180_0:
	xchgb %r12b, %dil
dt_181_0:
	movq $415, %r9
dt_181_1:
	xor %edx, %edx
dt_181_2:
	divq %r9
dt_182_0:
	cmovnpw %r13w, %bx
dt_183_0:
	cmovbw %r8w, %r9w
dt_184_0:
	decl %ecx
dt_185_0:
	incw %r13w
dt_186_0:
	adcl %edx, data+24(%rip)
dt_187_0:
	rcll $39, data+104(%rip)
dt_188_0:
	cmpxchgw %r11w, data+72(%rip)
dt_189_0:
	notq data+184(%rip)
dt_190_0:
	shrl $33, data+136(%rip)
dt_191_0:
	addb %r11b, data+176(%rip)
dt_192_0:
	popcntq %r10, %r13
dt_193_0:
	decw data+24(%rip)
dt_194_0:
	leaq 1258(%rbx,%rbp,4), %rdi
dt_195_0:
	leaq 908(%r11,%r12,2), %rdx
dt_196_0:
	movl %r9d, data+40(%rip)
dt_197_0:
	testw %r13w, %di
dt_198_0:
	popcntl %r9d, %ebp
dt_199_0:
	adcw %r13w, data+120(%rip)
dt_200_0:
	cwtd
dt_201_0:
	sahf
dt_202_0:
	mulb %bl
dt_203_0:
	movl $995, %ebx
dt_203_1:
	xor %edx, %edx
dt_203_2:
	divl %ebx
dt_204_0:
	sbbw data+32(%rip), %r15w
dt_205_0:
	xorl %esi, %r10d
dt_206_0:
	orw %r13w, data+40(%rip)
dt_207_0:
	bswap %rcx
dt_208_0:
	testl %ebp, %ecx
dt_209_0:
	testl %eax, %esi
dt_210_0:
	testq %r10, %r10
dt_211_0:
	cmpb $207, %ah
dt_212_0:
	movw %si, %bx
dt_213_0:
	addl $-527101627, %r15d
dt_214_0:
	cmpxchgw %r12w, data+168(%rip)
dt_215_0:
	leaq -1972(%r8,%r11,4), %r8
dt_216_0:
	setns data+40(%rip)
dt_217_0:
	adcq %r10, data+48(%rip)
dt_218_0:
	cmovnsw %r9w, %r14w
dt_219_0:
	xaddq %rbp, %rax
dt_220_0:
	movw %r14w, data+104(%rip)
dt_221_0:
	shrdw $6, %r13w, data+184(%rip)
dt_222_0:
	subw $32972, %cx
dt_223_0:
	tzcntw %r14w, %dx
dt_224_0:
	shrdw $1, %dx, %di
dt_225_0:
	andq data+160(%rip), %r15
dt_226_0:
	decb %dl
dt_227_0:
	andl %edx, data+152(%rip)
dt_228_0:
	addq data+144(%rip), %rdi
dt_229_0:
	movq %rdi, data+0(%rip)
dt_230_0:
	rolb %cl, data+176(%rip)
dt_231_0:
	tzcntq %r9, %r15
dt_232_0:
	testl %r14d, %r12d
dt_233_0:
	bsfq %r12, %r15
dt_234_0:
	xaddl %r10d, %r13d
dt_235_0:
	addw $58909, %dx
dt_236_0:
	subq $417682849, %r14
dt_237_0:
	cmovgw %ax, %r13w
dt_238_0:
	movq %r12, %rsi
dt_239_0:
	xorl %r13d, data+128(%rip)
dt_240_0:
	orw data+152(%rip), %r12w
dt_241_0:
	lzcntl %ebp, %r13d
dt_242_0:
	xaddq %rax, data+88(%rip)
dt_243_0:
	btcl $55, %edx
dt_244_0:
	leaq 1282(%rcx,%r13,4), %r13
dt_245_0:
	setc %sil
dt_246_0:
	movq $249, %rbx
dt_246_1:
	xor %edx, %edx
dt_246_2:
	divq %rbx
dt_247_0:
	cmpxchgl %edx, %eax
dt_248_0:
	cmpl data+88(%rip), %eax
dt_249_0:
	cmovnsl %ecx, %r13d
dt_250_0:
	orl %r10d, %ecx
dt_251_0:
	decb %r14b
dt_252_0:
	subb $229, %bh
dt_253_0:
	orb %r12b, %r15b
dt_254_0:
	lzcntw %bp, %ax
dt_255_0:
	xaddq %rbp, data+48(%rip)
dt_256_0:
	sbbq $610610742, %r8
dt_257_0:
	notw %bx
dt_258_0:
	setc %cl
dt_259_0:
	notq %rdx
dt_260_0:
	tzcntl %ecx, %r12d
dt_261_0:
	xorb %r9b, data+176(%rip)
dt_262_0:
	movb %r14b, %dl
dt_263_0:
	movzwl %r15w, %r10d
dt_264_0:
	xchgb %r8b, %al
dt_265_0:
	imulw $2397, %r10w, %cx
dt_266_0:
	bsrq %rcx, %r13
dt_267_0:
	movq %rax, %rbx
dt_268_0:
	movsbq %r15b, %r11
dt_269_0:
	cmpxchgq %r15, %rbp
dt_270_0:
	movzwl %r12w, %eax
dt_271_0:
	bswap %r9
dt_272_0:
	movq %rdi, %r15
dt_273_0:
	leal 989(%rbx,%rbx,8), %ecx
dt_274_0:
	addb $85, %bh
dt_275_0:
	sbbl %r15d, data+56(%rip)
dt_276_0:
	movq %r11, data+176(%rip)
dt_277_0:
	shldw $15, %r8w, data+56(%rip)
dt_278_0:
	negw data+56(%rip)
dt_279_0:
	testl %r14d, %ebp
dt_280_0:
	movl $516, %r15d
dt_280_1:
	cltd
dt_280_2:
	idivl %r15d
dt_281_0:
	setc %r9b
dt_282_0:
	sbbw data+56(%rip), %ax
dt_283_0:
	xorw data+0(%rip), %r8w
dt_284_0:
	adcl %ebp, data+184(%rip)
dt_285_0:
	cmpxchgw %si, data+128(%rip)
dt_286_0:
	cmc
dt_287_0:
	orq %rcx, %r9
dt_288_0:
	subq %r15, %rax
dt_289_0:
	cmovnpq %r11, %rbp
dt_290_0:
	addb $110, %cl
dt_291_0:
	movl %r13d, data+96(%rip)
dt_292_0:
	adcq %rax, data+80(%rip)
dt_293_0:
	leaq 1057(%r13,%r14,2), %rdx
dt_294_0:
	rclw %cl, %r12w
dt_295_0:
	xchgb %cl, %r9b
dt_296_0:
	bsrw %r15w, %di
dt_297_0:
	bswap %r14
dt_298_0:
	btl %r15d, %ecx
dt_299_0:
	movq $807, %rbp
dt_299_1:
	xor %edx, %edx
dt_299_2:
	divq %rbp
dt_300_0:
	movl $632, %edi
dt_300_1:
	cltd
dt_300_2:
	idivl %edi
dt_301_0:
	xaddl %r12d, %r13d
dt_302_0:
	decw data+104(%rip)
dt_303_0:
	movq $549, %rcx
dt_303_1:
	cqto
dt_303_2:
	idivq %rcx
dt_304_0:
	movl %r10d, data+72(%rip)
dt_305_0:
	imulw $20035, %ax, %cx
dt_306_0:
	lzcntw %r9w, %r8w
dt_307_0:
	setnp data+8(%rip)
dt_308_0:
	decb data+72(%rip)
dt_309_0:
	imulw $16247, %si, %r9w
dt_310_0:
	cmovpw %r14w, %bx
dt_311_0:
	leaq -900(%r15,%r13,2), %rsi
dt_312_0:
	shldw $15, %cx, %si
dt_313_0:
	xorb $125, %al
dt_314_0:
	movl %ebp, data+104(%rip)
dt_315_0:
	cltd
dt_316_0:
	bswap %r13
dt_317_0:
	movw %r13w, data+144(%rip)
dt_318_0:
	leaq 1768(%r10,%rbx,2), %rsi
dt_320_0:
	orb data+8(%rip), %r8b
dt_321_0:
	tzcntw %r12w, %r11w
dt_322_0:
	shldw $16, %si, data+168(%rip)
dt_323_0:
	imulw %bp, %cx
dt_324_0:
	cmpxchgw %r14w, data+168(%rip)
dt_325_0:
	shldq %cl, %rcx, %r10
dt_326_0:
	shrdw $0, %ax, data+128(%rip)
dt_327_0:
	testl %r15d, %r13d
dt_328_0:
	xorw %r12w, data+112(%rip)
dt_329_0:
	btrw $24, %di
dt_330_0:
	bswap %r15d
dt_331_0:
	xaddq %r11, %rsi
dt_332_0:
	bsfq %rbx, %rdx
dt_333_0:
	btrq $12, %r12
dt_334_0:
	cmpb $233, %dl
dt_335_0:
	negq data+40(%rip)
dt_336_0:
	cmpb data+24(%rip), %sil
dt_337_0:
	sbbb $184, %r12b
dt_338_0:
	incb %dl
dt_339_0:
	xaddl %r10d, %eax
dt_340_0:
	subb %r10b, %r9b
dt_341_0:
	cbtw
dt_342_0:
	xaddb %dl, %dl
dt_343_0:
	sbbq data+136(%rip), %rax
dt_344_0:
	lzcntq %r11, %rbp
dt_345_0:
	testq %rsi, %rbx
dt_346_0:
	addw $60554, %si
dt_347_0:
	sarb %r9b
dt_348_0:
	cmpxchgq %r14, %r8
dt_349_0:
	bswap %rbx
dt_350_0:
	lzcntw %dx, %bp
dt_351_0:
	incw %cx
dt_352_0:
	movzwl %r10w, %r9d
dt_353_0:
	movzbl %dil, %ebp
dt_354_0:
	movslq %r14d, %r8
dt_355_0:
	bswap %esi
dt_356_0:
	incw %si
dt_357_0:
	andb %r13b, data+40(%rip)
dt_358_0:
	cqto
dt_359_0:
	bswap %r11d
dt_360_0:
	tzcntw %r9w, %r9w
dt_361_0:
	notb data+72(%rip)
dt_362_0:
	cmovgel %ebp, %r8d
dt_363_0:
	lzcntw %cx, %r14w
dt_364_0:
	cmc
dt_365_0:
	btw %r10w, %ax
dt_366_0:
	setc %r12b
dt_367_0:
	cmovnsl %r10d, %ebx
dt_368_0:
	tzcntq %r11, %r12
dt_369_0:
	addb $142, %dh
dt_370_0:
	rcrl %cl, %r11d
dt_371_0:
	cmpb %r8b, %r11b
dt_372_0:
	subb $62, %dl
dt_373_0:
	cwtl
dt_374_0:
	addb $58, %bl
dt_375_0:
	cmpb $160, %r15b
dt_376_0:
	bswap %r15d
dt_377_0:
	imulw %r11w, %r9w
dt_378_0:
	cmc
dt_379_0:
	andw data+80(%rip), %cx
dt_380_0:
	orb data+128(%rip), %r11b
dt_381_0:
	movl $650, %ebx
dt_381_1:
	cltd
dt_381_2:
	idivl %ebx
dt_382_0:
	bswap %r11
dt_383_0:
	movq %rax, %rbp
dt_384_0:
	movzbl %r13b, %r8d
dt_385_0:
	mulb %r10b
dt_386_0:
	cmc
dt_387_0:
	andb $150, %r11b
dt_388_0:
	bsfq %r8, %r12
dt_389_0:
	bswap %esi
dt_390_0:
	movl %r9d, %r10d
dt_391_0:
	cmovnol %r11d, %r11d
dt_392_0:
	bswap %r14d
dt_393_0:
	popcntw %r8w, %r15w
dt_394_0:
	adcq $1235500618, %rax
dt_395_0:
	movl %r9d, %r10d
dt_396_0:
	orw data+72(%rip), %bx
dt_397_0:
	subw $49040, %dx
dt_398_0:
	cmpb data+40(%rip), %r13b
dt_399_0:
	xorb $245, %ah
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0xa4baa99fc0af1a3b
	.quad 0x5ee5122f68b1039f
	.quad 0x509a383ee4238df0
	.quad 0x262520fec56e9d83
	.quad 0xcd002b6cc5d4241a
	.quad 0x6bbfd291ac5af687
	.quad 0xa3c7978277c81c39
	.quad 0xfdafc5dea794edd4
	.quad 0x7fe068a32c720af9
	.quad 0xc88e918f4d50e6d0
	.quad 0x60d30cb529f02ef7
	.quad 0xa9f5c4e03c5046d4
	.quad 0xa5d14eb10ce23ef2
	.quad 0x2cb736ec8730a8f9
	.quad 0xd7d7fc2e221728e7
	.quad 0x267ec7222dc5f58f
	.quad 0xfdffda95d30241a3
	.quad 0xfdfbeb389309c5b6
	.quad 0xdc555d4988749057
	.quad 0x55b1d06898201176
	.quad 0xdbdd12514b76ddda
	.quad 0x8977623cc32ac424
	.quad 0xee6f37931b37287d
	.quad 0x39261b41b3868aa6
	.quad 0x389d022f83cd6623
	.quad 0xce2b2547faf190c6
	.quad 0xd5cfa2f213afb57a
	.quad 0x451078ba0ae4aa99
	.quad 0x694f6d02190281d5
	.quad 0x6e38ac690d0387d3
	.quad 0xc2c2fccf36311e22
	.quad 0xab5fcfd8063837ca
