	.globl _start
	.text
_start:
	movabsq $0x7fffffffffffffff, %rax
	movabsq $0x80000000, %rcx
	movabsq $0xff, %rdx
	movabsq $1, %rbx
	movabsq $0x487cd225953b7c19, %rbp
	movabsq $0x80000000, %rsi
	movabsq $0, %rdi
	movabsq $0x806b6d1954cf445d, %r8
	movabsq $0x80000000, %r9
	movabsq $0x80, %r10
	movabsq $0x7f, %r11
	movabsq $0x59bb37a3d6a64884, %r12
	movabsq $0x8000000000000000, %r13
	movabsq $0xff, %r14
	movabsq $0xff, %r15
	pushq $85
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	xaddq %rax, %r15
dt_1_0:
	xorb $34, %dl
dt_2_0:
	setc %r8b
dt_3_0:
	xorq %r11, data+168(%rip)
dt_4_0:
	leaq 932(%r11,%r15,2), %r11
dt_5_0:
	shrdl %cl, %r10d, data+136(%rip)
dt_6_0:
	popcntl %eax, %r10d
dt_7_0:
	bsfq %rdi, %rsi
dt_8_0:
	setp %r14b
dt_9_0:
	leaq 588(%rdi,%rax,4), %r13
dt_10_0:
	bswap %rbx
dt_11_0:
	incl data+0(%rip)
dt_12_0:
	testl %ecx, %r13d
dt_13_0:
	addq %r9, data+24(%rip)
dt_14_0:
	cmpxchgl %edi, %eax
dt_15_0:
	movw %cx, data+56(%rip)
dt_16_0:
	incw data+184(%rip)
dt_17_0:
	imulq $464002075, %r10, %rax
dt_18_0:
	testq %r11, %rsi
dt_19_0:
	andw %cx, data+120(%rip)
dt_20_0:
	shrdl %cl, %r12d, data+80(%rip)
dt_21_0:
	bswap %edi
dt_22_0:
	shldl $32, %edx, %eax
dt_23_0:
	roll $13, data+104(%rip)
dt_24_0:
	cmovaeq %r8, %rsi
dt_25_0:
	bsfq %rbp, %r15
dt_26_0:
	movb %r8b, data+16(%rip)
dt_27_0:
	cmpq %rbp, %rcx
dt_28_0:
	setne data+152(%rip)
dt_29_0:
	cmovow %si, %r9w
dt_30_0:
	movw %r8w, data+96(%rip)
dt_31_0:
	movq %rbp, %r15
dt_32_0:
	xaddb %sil, %r13b
dt_33_0:
	bswap %r12d
dt_34_0:
	mulw %r8w
dt_35_0:
	bsfl %r12d, %r9d
dt_36_0:
	leal -644(%rbp,%rdx,1), %r10d
dt_37_0:
	xaddq %r10, %r12
dt_38_0:
	rcrb data+144(%rip)
dt_39_0:
	xorq $1796160152, %r11
dt_40_0:
	movslq %r15d, %r8
dt_41_0:
	notw data+16(%rip)
dt_42_0:
	movb %dl, data+8(%rip)
dt_43_0:
	shrdw $5, %r13w, %bp
dt_44_0:
	movzbq %sil, %r10
dt_45_0:
	adcw %ax, data+24(%rip)
dt_46_0:
	rorb %cl, %al
dt_47_0:
	notb %r10b
dt_48_0:
	testb %r15b, %cl
dt_49_0:
	movswl %r11w, %r8d
dt_50_0:
	testl %r9d, %r9d
dt_51_0:
	bswap %r15d
dt_52_0:
	leal 894(%rbp,%r13,2), %r11d
dt_53_0:
	decw data+8(%rip)
dt_54_0:
	bswap %r9d
dt_55_0:
	cmpb %r9b, %cl
dt_56_0:
	addb $160, %dl
dt_57_0:
	andb $96, %bh
dt_58_0:
	orq $-590083517, %rsi
dt_59_0:
	cmc
dt_60_0:
	leaq -1080(%rdx,%rbp,1), %rdi
dt_61_0:
	addq $-864226562, %r11
dt_62_0:
	leal -302(%rax,%rax,1), %r8d
dt_63_0:
	btw $46, %r15w
dt_64_0:
	movq $466, %r9
dt_64_1:
	xor %edx, %edx
dt_64_2:
	divq %r9
dt_65_0:
	popcntl %r13d, %r9d
dt_66_0:
	movsbl %r14b, %r12d
dt_67_0:
	andl data+152(%rip), %r11d
dt_68_0:
	cmc
dt_69_0:
	xaddb %dil, %r8b
dt_70_0:
	addw %r13w, data+128(%rip)
dt_71_0:
	leal 138(%rbx,%r8,8), %r12d
dt_72_0:
	movb %dl, %r8b
dt_73_0:
	shldw $3, %r9w, %bx
dt_74_0:
	movl %r13d, data+112(%rip)
dt_75_0:
	decl %ebx
dt_76_0:
	imulw $19915, %r10w, %r8w
dt_77_0:
	cmpxchgb %al, %r11b
dt_78_0:
	bsfw %cx, %di
dt_79_0:
	andl data+168(%rip), %r12d
dt_80_0:
	cwtd
dt_81_0:
	movq $705, %rbp
dt_81_1:
	cqto
dt_81_2:
	idivq %rbp
dt_82_0:
	leal -247(%rdx,%r9,1), %esi
dt_83_0:
	tzcntq %rbx, %r9
dt_84_0:
	testb %r14b, %dil
dt_85_0:
	btrq $45, %rdi
dt_86_0:
	leaq -1823(%rdi,%rsi,1), %r11
dt_87_0:
	movl %r15d, %r14d
dt_88_0:
	sbbl data+152(%rip), %ecx
dt_89_0:
	cwtl
dt_90_0:
	xaddl %r11d, data+80(%rip)
dt_91_0:
	btsq $73, %r11
dt_92_0:
	cmpxchgw %r8w, %r11w
dt_93_0:
	bsrq %rsi, %r10
dt_94_0:
	cmpxchgb %r12b, %r12b
dt_95_0:
	shrdq $26, %rbp, %rdi
dt_96_0:
	xaddb %r12b, %sil
dt_97_0:
	bswap %r8d
dt_98_0:
	cmpq $1011586215, %rcx
dt_99_0:
	xorb $144, %r13b
dt_100_0:
	popcntw %r8w, %bx
dt_101_0:
	cmpb %r15b, data+48(%rip)
dt_102_0:
	cmc
dt_103_0:
	roll $13, %r14d
dt_104_0:
	tzcntw %r13w, %r14w
dt_105_0:
	andb $201, %bl
dt_106_0:
	andb $25, %ch
dt_107_0:
	andb %r14b, data+40(%rip)
dt_108_0:
	notl data+48(%rip)
dt_109_0:
	subw %bx, %r13w
dt_110_0:
	xorb $70, %dl
dt_111_0:
	xaddb %dil, data+80(%rip)
dt_112_0:
	bsfl %r13d, %r10d
dt_113_0:
	popcntw %dx, %cx
dt_114_0:
	movzwl %cx, %edx
dt_115_0:
	lzcntw %si, %r11w
dt_116_0:
	popcntq %rax, %r13
dt_117_0:
	subq $1828139175, %rbp
dt_118_0:
	orq %r12, data+40(%rip)
dt_119_0:
	movq $751, %rsi
dt_119_1:
	xor %edx, %edx
dt_119_2:
	divq %rsi
dt_120_0:
	leal 2376(%rax,%r14,4), %r12d
dt_121_0:
	cmpxchgl %r14d, %esi
dt_122_0:
	orw $22992, %bp
dt_123_0:
	xaddb %sil, data+40(%rip)
dt_124_0:
	cmpxchgw %si, data+176(%rip)
dt_125_0:
	cmpl %edi, data+88(%rip)
dt_126_0:
	andb $111, %r11b
dt_127_0:
	bsfl %r14d, %eax
dt_128_0:
	imull %r9d, %r13d
dt_129_0:
	addq %rdi, data+0(%rip)
dt_130_0:
	adcw data+160(%rip), %r12w
dt_131_0:
	orl $857797690, %r15d
dt_132_0:
	movl %r12d, %r15d
dt_133_0:
	cmpb data+104(%rip), %dil
dt_134_0:
	movzwq %r8w, %r14
dt_135_0:
	addl %r10d, %ecx
dt_136_0:
	bsrl %edi, %edi
dt_137_0:
	xaddl %r14d, data+64(%rip)
dt_138_0:
	movl $661, %r15d
dt_138_1:
	cltd
dt_138_2:
	idivl %r15d
dt_139_0:
	movw %bx, data+152(%rip)
dt_140_0:
	shrq data+16(%rip)
dt_141_0:
	cmpxchgq %r13, %rsi
dt_142_0:
	testq %r12, %rbp
dt_143_0:
	xaddl %ebp, data+184(%rip)
dt_144_0:
	lzcntl %edx, %eax
dt_145_0:
	addl %r12d, data+40(%rip)
dt_146_0:
	bswap %r14
dt_147_0:
	bsrw %r9w, %r13w
dt_148_0:
	bsfq %r8, %r15
dt_149_0:
	negq %r8
dt_150_0:
	xaddq %rbp, data+144(%rip)
dt_151_0:
	cmpxchgl %edx, data+16(%rip)
dt_152_0:
	imull $1389862890, %r11d, %edx
dt_153_0:
	mulb %bl
dt_154_0:
	testb %r15b, %r15b
dt_155_0:
	subw %r14w, data+160(%rip)
dt_156_0:
	lzcntq %rbx, %rax
dt_157_0:
	movsbq %r11b, %rdx
dt_158_0:
	cmpw %r15w, data+96(%rip)
dt_159_0:
	movl %ebx, data+16(%rip)
dt_160_0:
	addl $-210043045, %r12d
dt_161_0:
	leaq -714(%rbp,%rdx,2), %r8
dt_162_0:
	movzbl %al, %edx
dt_163_0:
	bsfq %rax, %r15
dt_164_0:
	testb %al, %r13b
dt_165_0:
	subb $121, %dl
dt_166_0:
	xaddq %r8, %rdx
dt_167_0:
	movb %r8b, data+160(%rip)
dt_169_0:
	cmpxchgb %r10b, data+160(%rip)
dt_170_0:
	xorl data+160(%rip), %r10d
dt_171_0:
	shrdq $51, %rdx, data+80(%rip)
dt_172_0:
	bswap %eax
dt_173_0:
	subl %r9d, %r9d
dt_174_0:
	cmpxchgl %r9d, data+136(%rip)
dt_175_0:
	decl %r13d
dt_176_0:
	sbbl %r15d, data+72(%rip)
dt_177_0:
	movq $97, %r8
dt_177_1:
	cqto
dt_177_2:
	idivq %r8
dt_178_0:
	cltd
dt_179_0:
	xaddq %rcx, data+152(%rip)
dt_180_0:
	shrdq %cl, %rdi, %rbp
dt_181_0:
	imull $1926118219, %r10d, %r14d
dt_182_0:
	bsrw %r15w, %bp
dt_183_0:
	imulw %r10w, %r10w
dt_184_0:
	cmpb $89, %ch
dt_185_0:
	incq data+40(%rip)
dt_186_0:
	bswap %r15d
dt_187_0:
	shlw $9, data+112(%rip)
dt_188_0:
	bswap %r8d
dt_189_0:
	lzcntw %r9w, %r12w
dt_190_0:
	decq data+120(%rip)
dt_191_0:
	xaddw %r9w, data+104(%rip)
dt_192_0:
	subq %rbp, data+72(%rip)
dt_193_0:
	bsrw %bp, %r11w
dt_194_0:
	cmpxchgl %esi, %edi
dt_195_0:
	xchgb %r9b, %dil
dt_196_0:
	orq $229593979, %r11
dt_197_0:
	subb $3, %cl
dt_198_0:
	movl %r9d, %r11d
dt_199_0:
	lahf
dt_200_0:
	testl %ebp, %eax
dt_201_0:
	clc
dt_202_0:
	andb $219, %bh
dt_203_0:
	movswl %r13w, %ebx
dt_204_0:
	cwtd
dt_205_0:
	xorl data+144(%rip), %esi
dt_206_0:
	sarw %cl, data+104(%rip)
dt_207_0:
	cmpxchgb %dil, data+120(%rip)
dt_208_0:
	notb %r9b
dt_209_0:
	movzbq %sil, %r10
dt_210_0:
	bsrw %r12w, %r14w
dt_211_0:
	movb %cl, data+160(%rip)
dt_212_0:
	shrdw $16, %r11w, %cx
dt_213_0:
	popcntw %r13w, %bx
dt_214_0:
	cmpb $22, %bl
dt_215_0:
	orq %rax, %r9
dt_216_0:
	orw $63122, %r11w
dt_217_0:
	xorb $58, %ah
dt_218_0:
	sahf
dt_219_0:
	leal -1158(%r8,%r9,1), %ebp
dt_220_0:
	addb %sil, %r10b
dt_221_0:
	roll $61, data+112(%rip)
dt_222_0:
	decw %r15w
dt_223_0:
	movb %r12b, data+64(%rip)
dt_224_0:
	movzwl %di, %r10d
dt_225_0:
	movw %r9w, data+184(%rip)
dt_226_0:
	cmpxchgq %r10, data+120(%rip)
dt_227_0:
	movq $373, %rbp
dt_227_1:
	xor %edx, %edx
dt_227_2:
	divq %rbp
dt_228_0:
	rcrw %cl, %bx
dt_229_0:
	shlw $34, data+120(%rip)
dt_230_0:
	bswap %rsi
dt_231_0:
	bswap %rdi
dt_232_0:
	orw %r11w, data+56(%rip)
dt_233_0:
	leaq -949(%rbp,%r12,1), %rcx
dt_234_0:
	cqto
dt_235_0:
	sbbq $305574887, %r12
dt_236_0:
	andw %bx, %dx
dt_237_0:
	subb $109, %bl
dt_238_0:
	notb %r15b
dt_239_0:
	btw $36, %r9w
dt_240_0:
	tzcntq %r10, %r12
dt_241_0:
	andb $117, %bh
dt_242_0:
	imulq %rdx, %rsi
dt_243_0:
	subb $129, %cl
dt_244_0:
	shrdw $10, %r9w, data+96(%rip)
dt_245_0:
	xaddl %r14d, data+24(%rip)
dt_246_0:
	testw %r12w, %di
dt_247_0:
	rcrq %r12
dt_249_0:
	xaddw %bp, data+128(%rip)
dt_250_0:
	orb $104, %r14b
dt_251_0:
	movl %r15d, data+88(%rip)
dt_252_0:
	btrl %r12d, %r15d
dt_253_0:
	btw %r10w, %r9w
dt_254_0:
	andb $107, %bh
dt_255_0:
	testb %bl, %r9b
dt_256_0:
	stc
dt_257_0:
	subq data+72(%rip), %rdx
dt_258_0:
	testl %esi, %ecx
dt_259_0:
	sbbl $-497966847, %ebx
dt_260_0:
	cwtd
dt_261_0:
	cwtl
dt_262_0:
	popcntw %r9w, %ax
dt_263_0:
	tzcntl %r9d, %r9d
dt_264_0:
	mulw %r10w
dt_265_0:
	subq $1011750499, %r12
dt_266_0:
	bsrw %bp, %r11w
dt_267_0:
	leal -2228(%r15,%rax,8), %ebp
dt_268_0:
	tzcntw %dx, %ax
dt_269_0:
	tzcntw %di, %di
dt_270_0:
	cwtl
dt_271_0:
	bswap %r13
dt_272_0:
	movb %sil, data+64(%rip)
dt_273_0:
	adcq %r8, %rbp
dt_274_0:
	xorb data+24(%rip), %r9b
dt_275_0:
	bsrl %r9d, %ebx
dt_276_0:
	bsfq %r12, %rcx
dt_277_0:
	cmpb $110, %bl
dt_278_0:
	movl %ebp, %edx
dt_279_0:
	bsfq %rcx, %r12
dt_280_0:
	lzcntq %rcx, %r8
dt_281_0:
	movw %dx, %r11w
dt_282_0:
	orq %r14, %rbx
dt_283_0:
	notb data+8(%rip)
dt_284_0:
	sbbq data+80(%rip), %rcx
dt_285_0:
	orw $62831, %r13w
dt_286_0:
	bsrq %r8, %rdx
dt_287_0:
	shrdw $10, %di, data+88(%rip)
dt_288_0:
	cmovnel %eax, %r14d
dt_289_0:
	rcll $65, data+0(%rip)
dt_290_0:
	testq %r13, %rdx
dt_291_0:
	adcb %dil, %sil
dt_292_0:
	xaddq %rbx, %rsi
dt_293_0:
	shll %cl, %r10d
dt_294_0:
	btsq %rbx, %r13
dt_295_0:
	leal 1573(%r13,%rsi,8), %r9d
dt_296_0:
	orl %r8d, %r11d
dt_297_0:
	popcntq %rcx, %rdi
dt_298_0:
	sarq $65, data+176(%rip)
dt_299_0:
	bswap %r15
dt_300_0:
	addq data+56(%rip), %r13
dt_301_0:
	shrl data+56(%rip)
dt_302_0:
	setns %r8b
dt_303_0:
	addw %cx, data+8(%rip)
dt_304_0:
	cmc
dt_305_0:
	cmpw data+80(%rip), %si
dt_306_0:
	xaddw %r14w, %bx
dt_307_0:
	bsfq %r8, %r8
dt_308_0:
	incb data+184(%rip)
dt_309_0:
	shldw $11, %r11w, data+144(%rip)
dt_310_0:
	movl %r11d, %ecx
dt_311_0:
	xaddw %dx, %dx
dt_312_0:
	btsl %r12d, %ebp
dt_313_0:
	cmpxchgw %bp, data+160(%rip)
dt_314_0:
	lzcntq %r13, %rdx
dt_315_0:
	shrdw $6, %r15w, %r14w
dt_316_0:
	testq %r10, %r8
dt_317_0:
	notl %r12d
dt_318_0:
	movl $224, %r11d
dt_318_1:
	xor %edx, %edx
dt_318_2:
	divl %r11d
dt_319_0:
	testl %ebx, %r15d
dt_320_0:
	notl data+136(%rip)
dt_321_0:
	setc %dl
dt_322_0:
	subb data+136(%rip), %r11b
dt_323_0:
	movl $854, %r8d
dt_323_1:
	xor %edx, %edx
dt_323_2:
	divl %r8d
dt_324_0:
	shrdq %cl, %rax, %r14
dt_325_0:
	btcl $46, %r14d
dt_326_0:
	cmpxchgl %r15d, data+56(%rip)
dt_327_0:
	andb $15, %al
dt_328_0:
	cmpxchgb %r14b, data+32(%rip)
dt_329_0:
	btl %eax, %r10d
dt_330_0:
	incb data+8(%rip)
dt_331_0:
	xaddw %cx, %r10w
dt_332_0:
	shrdw $5, %cx, %r11w
dt_333_0:
	addq data+16(%rip), %r11
dt_334_0:
	bswap %rax
dt_335_0:
	setc %cl
dt_336_0:
	popcntw %ax, %r9w
dt_337_0:
	testb %r8b, %r10b
dt_338_0:
	incb %cl
dt_339_0:
	xorb $63, %cl
dt_340_0:
	leaq 1051(%rdi,%rsi,8), %r8
dt_341_0:
	incw data+104(%rip)
dt_342_0:
	shrdq $62, %rbp, %rsi
dt_343_0:
	orq $74218618, %rbx
dt_344_0:
	cmovol %edi, %r12d
dt_345_0:
	leaq -2487(%r11,%rax,2), %rbx
dt_346_0:
	tzcntw %r9w, %dx
dt_347_0:
	orw data+80(%rip), %r9w
dt_348_0:
	xorb %r10b, %r12b
dt_349_0:
	movq %rdi, data+184(%rip)
dt_350_0:
	orq %rcx, data+64(%rip)
dt_351_0:
	decw %bp
dt_352_0:
	stc
dt_353_0:
	xaddl %r9d, data+128(%rip)
dt_354_0:
	xaddw %ax, data+136(%rip)
dt_355_0:
	xorl %edx, %r11d
dt_356_0:
	cmovow %r12w, %r10w
dt_357_0:
	orb $98, %dil
dt_358_0:
	testb %r11b, %r11b
dt_359_0:
	leaq -712(%r12,%rax,4), %r14
dt_360_0:
	testb %al, %r8b
dt_361_0:
	movl %r15d, data+128(%rip)
dt_362_0:
	xaddw %cx, data+136(%rip)
dt_363_0:
	movl $711, %ecx
dt_363_1:
	cltd
dt_363_2:
	idivl %ecx
dt_364_0:
	cmovpl %eax, %ebp
dt_365_0:
	testq %rcx, %r11
dt_366_0:
	andb %bl, %r9b
dt_367_0:
	cmpxchgq %r15, %rax
dt_368_0:
	cmpb $125, %r8b
dt_369_0:
	cmc
dt_370_0:
	clc
dt_371_0:
	andl %ecx, %ebx
dt_372_0:
	addl data+176(%rip), %r8d
dt_373_0:
	andw %di, data+24(%rip)
dt_374_0:
	xorq %r8, %rsi
dt_375_0:
	movzwq %r9w, %rbx
dt_376_0:
	shrq %rdi
dt_377_0:
	movl %r9d, data+104(%rip)
dt_378_0:
	cmovbw %r8w, %r11w
dt_379_0:
	addb data+24(%rip), %r11b
dt_380_0:
	shldw $3, %r9w, data+128(%rip)
dt_381_0:
	shrdl $17, %r13d, data+0(%rip)
dt_382_0:
	movzbl %r9b, %eax
dt_383_0:
	leal -2391(%r13,%r14,4), %ebx
dt_384_0:
	movq $599, %r13
dt_384_1:
	cqto
dt_384_2:
	idivq %r13
dt_385_0:
	mulb %r9b
dt_386_0:
	tzcntl %esi, %r12d
dt_387_0:
	cmpxchgb %al, data+56(%rip)
dt_388_0:
	notb data+168(%rip)
dt_389_0:
	testb %bl, %al
dt_390_0:
	movq $928, %rbx
dt_390_1:
	xor %edx, %edx
dt_390_2:
	divq %rbx
dt_391_0:
	shldw $11, %ax, data+48(%rip)
dt_392_0:
	leal -2249(%rbp,%r9,1), %r13d
dt_393_0:
	xaddl %ecx, %ebx
dt_394_0:
	incl data+128(%rip)
dt_395_0:
	sbbl %r10d, %r9d
dt_396_0:
	lzcntw %r8w, %cx
dt_397_0:
	tzcntl %ecx, %r14d
dt_398_0:
	bsfq %rbx, %r8
dt_399_0:
	shrl $29, data+80(%rip)
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0x8083d499b801bbb1
	.quad 0x618c5d4aae886358
	.quad 0xfe8577095ceb985b
	.quad 0xd3fd1acb642c11b9
	.quad 0x25731434b9434e0e
	.quad 0xc0de2fafa0526a7a
	.quad 0x4eb6c27449f92808
	.quad 0xf3fbd0f4b54794c6
	.quad 0xbc319209406e5311
	.quad 0xcb8af4f7379f91dd
	.quad 0x712e32ef5902a396
	.quad 0xa37cc0ee5742b69e
	.quad 0x33bfbc96418ece80
	.quad 0x938ed74f65856c7c
	.quad 0xc95b87598faf8ba1
	.quad 0xa5a90d4c041926cc
	.quad 0x38d6632c62c0b7d5
	.quad 0xf37f94c83d34135b
	.quad 0x54bab2745c7252ce
	.quad 0xd358a2bb26fb86bc
	.quad 0x93a998eab6259eb0
	.quad 0xbb8015699c80561f
	.quad 0x5e3c5afe791df9af
	.quad 0x03272ddb351bec35
	.quad 0x5b30671badb6b2b2
	.quad 0x07f927024037a74e
	.quad 0x2f1999019b0f54bd
	.quad 0x4281425133a1b1b4
	.quad 0xb7715c9f00bcaf2e
	.quad 0x3e7d95c21477e7a0
	.quad 0xf8f1efc1643c05e5
	.quad 0x749a23052fa9f478
