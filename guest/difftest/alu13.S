	.globl _start
	.text
_start:
	movabsq $0xff, %rax
	movabsq $0x7fffffff, %rcx
	movabsq $0xffff, %rdx
	movabsq $0xffffffffffffffff, %rbx
	movabsq $0xffffffffffffffff, %rbp
	movabsq $0xffffffff, %rsi
	movabsq $1, %rdi
	movabsq $0x7f, %r8
	movabsq $0x79bcefe76c4fc527, %r9
	movabsq $0xffffffffffffffff, %r10
	movabsq $0xffffffff, %r11
	movabsq $0x7fffffff, %r12
	movabsq $0x20a8f6b7f1bf3888, %r13
	movabsq $0x7f9f1aca04048189, %r14
	movabsq $0, %r15
	pushq $2240
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	leal -1660(%r12,%rbp,1), %edx
dt_1_0:
	bsfw %r14w, %r13w
dt_2_0:
	adcl %ebx, data+112(%rip)
dt_3_0:
	bsfq %rdx, %r12
dt_4_0:
	testw %r9w, %r14w
dt_5_0:
	addw $55794, %bx
dt_6_0:
	popcntq %rbx, %rbx
dt_7_0:
	sbbq %rbx, data+88(%rip)
dt_8_0:
	cmpxchgb %r14b, data+104(%rip)
dt_9_0:
	orl %r8d, data+72(%rip)
dt_10_0:
	andb $140, %r11b
dt_11_0:
	seto %r15b
dt_12_0:
	cmovpl %esi, %r13d
dt_13_0:
	xaddw %r11w, data+48(%rip)
dt_14_0:
	cmovgeq %rdx, %rax
dt_15_0:
	andb $169, %bh
dt_16_0:
	movq %rax, data+56(%rip)
dt_17_0:
	btq %r11, %rdi
dt_18_0:
	bswap %rdi
dt_19_0:
	negw data+64(%rip)
dt_20_0:
	tzcntq %r11, %rbp
dt_21_0:
	bsfw %ax, %cx
dt_22_0:
	cmpb $163, %dh
dt_23_0:
	movb %cl, data+176(%rip)
dt_24_0:
	leaq -870(%r8,%rdx,4), %r13
dt_25_0:
	cmpxchgq %r11, data+32(%rip)
dt_26_0:
	leal -1939(%rax,%r10,2), %eax
dt_27_0:
	imulw %r12w, %r12w
dt_28_0:
	movq $98, %r15
dt_28_1:
	xor %edx, %edx
dt_28_2:
	divq %r15
dt_29_0:
	bsfw %si, %r13w
dt_30_0:
	tzcntl %ebx, %r15d
dt_31_0:
	popcntq %r10, %r9
dt_32_0:
	bsrl %edi, %ebp
dt_33_0:
	btsl %r9d, %r12d
dt_34_0:
	tzcntl %r14d, %ebx
dt_35_0:
	movw %bp, data+96(%rip)
dt_36_0:
	leal 1135(%rbp,%rsi,4), %r11d
dt_37_0:
	movl $70, %r15d
dt_37_1:
	xor %edx, %edx
dt_37_2:
	divl %r15d
dt_38_0:
	andl data+16(%rip), %edi
dt_39_0:
	imulw %r14w, %r8w
dt_40_0:
	cmovgew %r13w, %r14w
dt_41_0:
	subb $128, %dl
dt_42_0:
	shrdl %cl, %r9d, %eax
dt_43_0:
	tzcntl %ebx, %r10d
dt_44_0:
	stc
dt_45_0:
	leaq -502(%rbx,%r11,1), %r11
dt_46_0:
	adcl %r10d, %r11d
dt_47_0:
	movl $24, %r14d
dt_47_1:
	xor %edx, %edx
dt_47_2:
	divl %r14d
dt_48_0:
	xchgb %r15b, %r15b
dt_49_0:
	stc
dt_50_0:
	testb %r10b, %r15b
dt_51_0:
	rcrb %sil
dt_52_0:
	setp %bl
dt_53_0:
	movl $334, %ebx
dt_53_1:
	xor %edx, %edx
dt_53_2:
	divl %ebx
dt_54_0:
	roll $60, data+0(%rip)
dt_55_0:
	xaddl %r15d, %ebx
dt_56_0:
	subb $120, %cl
dt_57_0:
	leal 273(%rcx,%rbp,4), %ebx
dt_58_0:
	subb $97, %r14b
dt_59_0:
	andb $48, %dl
dt_60_0:
	sarq %cl, %rbx
dt_61_0:
	movswq %dx, %r13
dt_62_0:
	imulq %r15
dt_63_0:
	orb %sil, %r8b
dt_64_0:
	imulq %r13, %r11
dt_65_0:
	addw $63089, %dx
dt_66_0:
	decq %r10
dt_67_0:
	subw %r15w, data+168(%rip)
dt_68_0:
	bsfl %r13d, %edi
dt_69_0:
	leaq 1674(%r14,%r13,2), %r15
dt_71_0:
	andb %r8b, %r11b
dt_72_0:
	bswap %ebp
dt_73_0:
	sbbq data+48(%rip), %r14
dt_74_0:
	cmpl %r9d, data+32(%rip)
dt_75_0:
	cmc
dt_76_0:
	bsfl %r11d, %ebp
dt_77_0:
	cmpxchgl %ebp, %r9d
dt_78_0:
	sbbl %r15d, %ebx
dt_79_0:
	clc
dt_80_0:
	roll %cl, %ecx
dt_81_0:
	cmpxchgl %r14d, data+32(%rip)
dt_82_0:
	imulq $353873553, %r10, %r10
dt_83_0:
	bswap %rdx
dt_84_0:
	xorb $78, %cl
dt_85_0:
	xaddw %dx, %r9w
dt_86_0:
	cmpxchgw %ax, data+112(%rip)
dt_87_0:
	shldq %cl, %r8, data+184(%rip)
dt_88_0:
	leal 1093(%rsi,%rdx,4), %eax
dt_89_0:
	movl $740, %edi
dt_89_1:
	xor %edx, %edx
dt_89_2:
	divl %edi
dt_90_0:
	adcw %r14w, %r11w
dt_91_0:
	bswap %r8d
dt_92_0:
	sbbb data+104(%rip), %r13b
dt_93_0:
	testq %rbx, %r14
dt_94_0:
	movl $877, %r15d
dt_94_1:
	xor %edx, %edx
dt_94_2:
	divl %r15d
dt_95_0:
	imull %ebp, %r10d
dt_96_0:
	lahf
dt_97_0:
	notw %r9w
dt_98_0:
	bsrw %ax, %dx
dt_99_0:
	bsfq %r15, %r8
dt_100_0:
	cltq
dt_101_0:
	cmovel %edx, %r14d
dt_102_0:
	adcw data+176(%rip), %r13w
dt_103_0:
	mulb %cl
dt_104_0:
	movl %r10d, %r15d
dt_105_0:
	lzcntq %r11, %rcx
dt_106_0:
	movzbq %bl, %rbp
dt_107_0:
	cwtd
dt_108_0:
	imull %r13d, %r15d
dt_109_0:
	subb %cl, data+168(%rip)
dt_110_0:
	mulb %al
dt_111_0:
	movl $295, %ecx
dt_111_1:
	cltd
dt_111_2:
	idivl %ecx
dt_112_0:
	cmovgl %r12d, %r14d
dt_113_0:
	xchgb %r9b, %r12b
dt_114_0:
	cmpxchgl %r15d, %r14d
dt_115_0:
	sbbl %ebx, data+0(%rip)
dt_116_0:
	xorb $80, %cl
dt_117_0:
	subb $111, %bl
dt_118_0:
	addb $208, %dl
dt_119_0:
	adcq %rcx, data+8(%rip)
dt_120_0:
	cmpxchgq %r9, %rcx
dt_121_0:
	movq $197, %rdi
dt_121_1:
	xor %edx, %edx
dt_121_2:
	divq %rdi
dt_122_0:
	mulb %r10b
dt_123_0:
	negb %dl
dt_124_0:
	cmpb $181, %r9b
dt_125_0:
	leal -2488(%r12,%rcx,2), %ebx
dt_126_0:
	cmovll %r14d, %r14d
dt_127_0:
	imulw %r8w, %r14w
dt_128_0:
	movl $834, %ebp
dt_128_1:
	xor %edx, %edx
dt_128_2:
	divl %ebp
dt_129_0:
	bsfl %r9d, %ecx
dt_130_0:
	xorb $190, %bh
dt_131_0:
	leaq 2393(%r15,%r15,8), %r9
dt_132_0:
	imull %r11d, %r10d
dt_133_0:
	leal -208(%r12,%r15,8), %r13d
dt_134_0:
	popcntw %r8w, %r8w
dt_135_0:
	andw data+48(%rip), %r12w
dt_136_0:
	movl %r10d, data+120(%rip)
dt_137_0:
	xaddl %ebx, data+8(%rip)
dt_138_0:
	shldl %cl, %r10d, %r15d
dt_139_0:
	cmovlew %r15w, %r13w
dt_140_0:
	bswap %r15d
dt_141_0:
	movq $684, %rsi
dt_141_1:
	cqto
dt_141_2:
	idivq %rsi
dt_142_0:
	mulb %r8b
dt_143_0:
	addw %r10w, %r15w
dt_144_0:
	xorl data+32(%rip), %ecx
dt_145_0:
	leal 113(%rbx,%rdi,2), %ebx
dt_146_0:
	rorl %cl, %edi
dt_147_0:
	mulb %r14b
dt_148_0:
	xaddq %r9, %r12
dt_149_0:
	cmpq %rcx, %rdi
dt_150_0:
	imulq %r8
dt_151_0:
	cwtl
dt_152_0:
	btrw %dx, %r14w
dt_153_0:
	leaq 2139(%rsi,%rdx,8), %rcx
dt_154_0:
	movb %dl, %dl
dt_155_0:
	movl $262, %r8d
dt_155_1:
	cltd
dt_155_2:
	idivl %r8d
dt_156_0:
	andq data+104(%rip), %r12
dt_157_0:
	movsbl %bl, %r15d
dt_158_0:
	movzwl %r13w, %edx
dt_159_0:
	btrq $28, %rdx
dt_160_0:
	shldw $16, %bx, data+48(%rip)
dt_161_0:
	btrq %rdx, %r12
dt_162_0:
	sbbb data+136(%rip), %cl
dt_163_0:
	xchgb %dil, %r8b
dt_164_0:
	shldw $16, %r9w, data+152(%rip)
dt_165_0:
	cmc
dt_166_0:
	movzbl %r12b, %r13d
dt_167_0:
	bswap %eax
dt_168_0:
	testb %dil, %sil
dt_169_0:
	imulq %r8, %r13
dt_170_0:
	rolw %cl, %r15w
dt_171_0:
	xaddq %r14, %r15
dt_172_0:
	rorl %cl, %edi
dt_173_0:
	subw $64352, %bp
dt_174_0:
	leal 138(%r14,%rax,1), %r10d
dt_175_0:
	xorw %r10w, %r8w
dt_176_0:
	xaddw %di, %r14w
dt_177_0:
	btrl %ecx, %eax
dt_178_0:
	setnp %r14b
dt_179_0:
	shrw %cl, %di
dt_180_0:
	cmovbq %r15, %r15
dt_181_0:
	rorq %rdx
dt_182_0:
	cmpq data+160(%rip), %rax
dt_183_0:
	adcl data+160(%rip), %r14d
dt_184_0:
	cbtw
dt_185_0:
	negb data+72(%rip)
dt_186_0:
	popcntl %r15d, %ebp
dt_187_0:
	cmpxchgb %r8b, %bl
dt_188_0:
	xaddw %si, data+8(%rip)
dt_189_0:
	xaddb %sil, %r9b
dt_190_0:
	addl %r8d, data+168(%rip)
dt_191_0:
	movw %r12w, data+80(%rip)
dt_192_0:
	cmovsl %r9d, %r11d
dt_193_0:
	adcb %dl, %r9b
dt_194_0:
	cmpb %r10b, %cl
dt_195_0:
	imulw $26354, %r14w, %r13w
dt_196_0:
	cmpb data+120(%rip), %sil
dt_197_0:
	andw %dx, %r8w
dt_198_0:
	bsrl %edi, %r12d
dt_199_0:
	cmovgw %di, %di
dt_200_0:
	mulq %rax
dt_201_0:
	sbbb $17, %r9b
dt_202_0:
	movq %rsi, %rsi
dt_203_0:
	stc
dt_204_0:
	addq $410444856, %rax
dt_205_0:
	sbbq $560411715, %r10
dt_206_0:
	movq $825, %r9
dt_206_1:
	cqto
dt_206_2:
	idivq %r9
dt_207_0:
	popcntl %ebx, %ebp
dt_208_0:
	rcll %cl, data+120(%rip)
dt_209_0:
	movw %ax, %ax
dt_210_0:
	movswl %r9w, %r15d
dt_211_0:
	setc %cl
dt_212_0:
	movl $925, %ebx
dt_212_1:
	xor %edx, %edx
dt_212_2:
	divl %ebx
dt_213_0:
	shll $47, data+128(%rip)
dt_214_0:
	cqto
dt_215_0:
	bswap %esi
dt_216_0:
	bsrq %rcx, %r12
dt_217_0:
	bswap %edi
dt_218_0:
	movw %r11w, data+120(%rip)
dt_219_0:
	leaq 2294(%r14,%rsi,8), %r15
dt_220_0:
	tzcntw %di, %r14w
dt_221_0:
	cmovlel %ebp, %r11d
dt_222_0:
	imulq %rdx, %rbp
dt_223_0:
	setge %sil
dt_224_0:
	bswap %ebp
dt_225_0:
	subw data+160(%rip), %r9w
dt_226_0:
	bswap %rcx
dt_227_0:
	btrw $19, %bx
dt_228_0:
	cmpb $70, %dh
dt_229_0:
	movswl %bx, %r10d
dt_230_0:
	mulb %r8b
dt_231_0:
	movzwl %r13w, %ecx
dt_232_0:
	xaddw %r13w, %bx
dt_233_0:
	xaddl %r15d, %eax
dt_234_0:
	mulb %r8b
dt_235_0:
	movl $920, %ebx
dt_235_1:
	xor %edx, %edx
dt_235_2:
	divl %ebx
dt_236_0:
	leal -2214(%r11,%rbp,2), %r9d
dt_237_0:
	setbe %dl
dt_238_0:
	movzwq %r8w, %r14
dt_239_0:
	addl %ecx, %r13d
dt_240_0:
	movzwl %r9w, %edx
dt_241_0:
	movl $695, %edi
dt_241_1:
	cltd
dt_241_2:
	idivl %edi
dt_242_0:
	leaq -2352(%rax,%r12,4), %r12
dt_243_0:
	testl %r10d, %r8d
dt_244_0:
	notq %rbx
dt_245_0:
	testq %r12, %rbx
dt_246_0:
	xaddw %ax, %r8w
dt_247_0:
	bswap %r14d
dt_248_0:
	negl data+88(%rip)
dt_249_0:
	cmpxchgw %dx, %r15w
dt_250_0:
	setc %dl
dt_251_0:
	xaddl %esi, %eax
dt_252_0:
	movq $79, %rsi
dt_252_1:
	xor %edx, %edx
dt_252_2:
	divq %rsi
dt_253_0:
	leaq 156(%rbx,%r9,8), %r14
dt_254_0:
	shrdq $49, %r12, data+112(%rip)
dt_255_0:
	xaddl %r15d, data+56(%rip)
dt_256_0:
	leaq -1391(%rax,%r8,4), %rsi
dt_257_0:
	cmpxchgl %esi, data+96(%rip)
dt_258_0:
	bswap %eax
dt_259_0:
	incw %r12w
dt_260_0:
	shldw $4, %cx, %r15w
dt_261_0:
	btw %r8w, %si
dt_262_0:
	xchgb %cl, %cl
dt_263_0:
	orw %ax, data+136(%rip)
dt_264_0:
	xorw data+96(%rip), %cx
dt_265_0:
	subq data+176(%rip), %rbp
dt_266_0:
	cmpxchgq %r11, data+136(%rip)
dt_267_0:
	testq %r8, %r8
dt_268_0:
	testq %rcx, %r12
dt_269_0:
	cmc
dt_270_0:
	xaddl %r13d, %edi
dt_271_0:
	testl %ebp, %esi
dt_272_0:
	bsfl %r12d, %esi
dt_273_0:
	btq $70, %r9
dt_274_0:
	mulq %r15
dt_275_0:
	bswap %ebp
dt_276_0:
	decq %r12
dt_277_0:
	cmpxchgq %r10, %r11
dt_278_0:
	setc %r14b
dt_279_0:
	addq data+96(%rip), %r11
dt_280_0:
	cwtl
dt_281_0:
	bsrw %di, %r15w
dt_282_0:
	mulb %r8b
dt_283_0:
	cmc
dt_284_0:
	movq %rsi, %rsi
dt_285_0:
	cmovsl %ecx, %r14d
dt_286_0:
	popcntw %dx, %r13w
dt_287_0:
	bsrw %r11w, %ax
dt_288_0:
	setle data+152(%rip)
dt_289_0:
	orl %r8d, data+144(%rip)
dt_290_0:
	adcb data+64(%rip), %r14b
dt_291_0:
	testl %r12d, %ecx
dt_292_0:
	tzcntw %ax, %r8w
dt_293_0:
	movslq %ecx, %r15
dt_294_0:
	cbtw
dt_295_0:
	testw %dx, %r15w
dt_296_0:
	subb $20, %bl
dt_297_0:
	adcw %si, data+152(%rip)
dt_298_0:
	bsrl %ebp, %edx
dt_299_0:
	btsq $15, %r11
dt_300_0:
	xaddq %rax, %rcx
dt_301_0:
	cmpb $168, %cl
dt_302_0:
	btcw %r13w, %r13w
dt_303_0:
	orq %r8, data+88(%rip)
dt_304_0:
	notb %r9b
dt_305_0:
	cmovnsw %dx, %r13w
dt_306_0:
	bswap %rdi
dt_307_0:
	subb $170, %dh
dt_308_0:
	orb data+16(%rip), %r11b
dt_309_0:
	imulq %r10, %r13
dt_310_0:
	cmpxchgq %r10, data+176(%rip)
dt_311_0:
	orq %rbp, data+8(%rip)
dt_312_0:
	setbe %bl
dt_313_0:
	xaddl %r8d, %edi
dt_314_0:
	movq $972, %rdi
dt_314_1:
	cqto
dt_314_2:
	idivq %rdi
dt_315_0:
	xaddb %r10b, data+88(%rip)
dt_316_0:
	shldw $3, %r15w, %r9w
dt_317_0:
	subb $138, %r12b
dt_318_0:
	btsq $49, %rdx
dt_319_0:
	movsbq %dl, %r11
dt_320_0:
	bswap %esi
dt_321_0:
	movzbl %dl, %eax
dt_322_0:
	movq $258, %r11
dt_322_1:
	cqto
dt_322_2:
	idivq %r11
dt_323_0:
	leaq -2041(%r15,%rsi,4), %rbp
dt_324_0:
	imulq %r11, %r10
dt_325_0:
	btcq $15, %r13
dt_326_0:
	btrw $70, %ax
dt_327_0:
	rolb data+48(%rip)
dt_328_0:
	rclq %cl, %r15
dt_329_0:
	testb %r14b, %r11b
dt_330_0:
	testw %r14w, %r9w
dt_331_0:
	leal -2420(%rdi,%r13,8), %r8d
dt_332_0:
	orb $163, %r15b
dt_333_0:
	bsrw %r11w, %di
dt_334_0:
	subw $7527, %r15w
dt_335_0:
	cmc
dt_336_0:
	testq %r10, %rcx
dt_337_0:
	bswap %r10
dt_338_0:
	btrq %r11, %rbx
dt_339_0:
	subb $7, %dl
dt_340_0:
	notw data+120(%rip)
dt_341_0:
	subb $86, %ch
dt_342_0:
	andb %r14b, data+136(%rip)
dt_343_0:
	xorb $143, %bh
dt_344_0:
	xaddb %r9b, %r13b
dt_345_0:
	xchgb %dl, %r15b
dt_346_0:
	movzwq %dx, %r9
dt_347_0:
	bswap %ecx
dt_348_0:
	rorq data+96(%rip)
dt_349_0:
	leaq 1059(%r10,%r14,2), %r12
dt_350_0:
	movl $682, %r15d
dt_350_1:
	cltd
dt_350_2:
	idivl %r15d
dt_351_0:
	adcb %sil, data+80(%rip)
dt_352_0:
	subw %r15w, %r13w
dt_353_0:
	bsrq %r11, %rbp
dt_354_0:
	stc
dt_355_0:
	cmpl %ecx, %r12d
dt_356_0:
	imulw $17573, %r13w, %di
dt_357_0:
	sbbw %r9w, %r11w
dt_359_0:
	cmpxchgl %edi, data+112(%rip)
dt_360_0:
	btsw %r13w, %ax
dt_361_0:
	xorl %r12d, %ebp
dt_362_0:
	addl data+32(%rip), %edi
dt_363_0:
	rcrw %cl, data+176(%rip)
dt_364_0:
	cmpb $128, %al
dt_365_0:
	bsfl %r14d, %r9d
dt_366_0:
	rorl data+24(%rip)
dt_367_0:
	xaddw %bx, %cx
dt_368_0:
	cmpxchgb %dil, data+24(%rip)
dt_369_0:
	adcq %rax, data+88(%rip)
dt_370_0:
	movl %r14d, %ecx
dt_371_0:
	orq data+176(%rip), %r11
dt_372_0:
	testb %r9b, %r9b
dt_373_0:
	mulq %rdx
dt_374_0:
	mulb %dl
dt_375_0:
	rorb %cl, data+0(%rip)
dt_376_0:
	mulq %rdx
dt_377_0:
	adcq $770481253, %r9
dt_378_0:
	shrdw $9, %cx, %r15w
dt_379_0:
	orb %dl, %dil
dt_380_0:
	lzcntw %r14w, %r12w
dt_381_0:
	rolb $1, data+120(%rip)
dt_382_0:
	shrdl $5, %r14d, %r14d
dt_383_0:
	testw %r15w, %r11w
dt_384_0:
	andb $103, %al
dt_385_0:
	xorl %r9d, data+72(%rip)
dt_386_0:
	imulw %r14w
dt_387_0:
	movl $379, %r11d
dt_387_1:
	cltd
dt_387_2:
	idivl %r11d
dt_388_0:
	bswap %r8d
dt_389_0:
	cmpw $58055, %bp
dt_390_0:
	movswl %r13w, %r13d
dt_391_0:
	movb %r13b, %r12b
dt_392_0:
	bswap %rsi
dt_393_0:
	rclq %rbx
dt_394_0:
	decw %r12w
dt_395_0:
	rolq data+8(%rip)
dt_396_0:
	testb %dl, %sil
dt_397_0:
	shldl %cl, %r10d, data+112(%rip)
dt_399_0:
	bsfw %si, %r15w
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0x0952b225bdd1886e
	.quad 0x175dce007d2eb08e
	.quad 0xccdb87313b82dccf
	.quad 0x637a94820cb34297
	.quad 0xf8d38c07a3363d6e
	.quad 0xf7e22b43e3c852c6
	.quad 0xdb8c27ceb1ccc6f4
	.quad 0x0b581ddd14948c2c
	.quad 0x27389a24bbfc035a
	.quad 0x497c8cb1c5b2d844
	.quad 0x49f8f439b8800f46
	.quad 0x947aedb2f055e3d4
	.quad 0xc9c7fda3f80355da
	.quad 0xc5b3cc463b51193b
	.quad 0x16b8d5008f02b28c
	.quad 0xf3389a85ed611c91
	.quad 0x109826e89ce0b58a
	.quad 0xc067a4e2ab842d7f
	.quad 0xeb50972acf00d5f0
	.quad 0x62695acf6f2354b7
	.quad 0xb3037bcd532c0bf0
	.quad 0x981e39f9bb07fb49
	.quad 0xc9b1d6be9fab8ead
	.quad 0x21b56bd21522db15
	.quad 0x864bda955e398739
	.quad 0xb50c9a96ed977e99
	.quad 0x4acfa8db45467111
	.quad 0xe7e680c3c8219cbc
	.quad 0x8d7a4d875d9333a2
	.quad 0x470aa47163153bd3
	.quad 0x498805646db09f36
	.quad 0xb49a63bde55a46ab
