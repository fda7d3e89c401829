	.globl _start
	.text
_start:
	movabsq $0x7f, %rax
	movabsq $1, %rcx
	movabsq $0xffffffffffffffff, %rdx
	movabsq $0x7fffffffffffffff, %rbx
	movabsq $0xffffffffffffffff, %rbp
	movabsq $0x432b774495bfd505, %rsi
	movabsq $0x7fffffffffffffff, %rdi
	movabsq $0x7fffffffffffffff, %r8
	movabsq $0xffffffffffffffff, %r9
	movabsq $1, %r10
	movabsq $0xffffffffffffffff, %r11
	movabsq $0x8000, %r12
	movabsq $0x7fffffffffffffff, %r13
	movabsq $0xe0662daa9fbc9723, %r14
	movabsq $0x7fffffff, %r15
	pushq $128
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	movzwq %di, %r14
dt_1_0:
	subb $62, %bl
dt_2_0:
	testl %ecx, %ebx
dt_3_0:
	xorq %rsi, %rsi
dt_4_0:
	incw data+176(%rip)
dt_5_0:
	adcl %r9d, %eax
dt_6_0:
	shrdw $4, %r13w, %r14w
dt_7_0:
	movsbl %dil, %ecx
dt_8_0:
	shrdq $17, %r12, %r10
dt_9_0:
	setc %r11b
dt_10_0:
	cmpxchgw %ax, data+16(%rip)
dt_11_0:
	rcrb %cl, %r11b
dt_12_0:
	setc %sil
dt_13_0:
	shrq %cl, %rax
dt_14_0:
	xaddq %r10, data+104(%rip)
dt_15_0:
	notb data+168(%rip)
dt_16_0:
	rorw %cl, %di
dt_17_0:
	xchgb %dil, %cl
dt_18_0:
	cmovoq %r8, %rsi
dt_19_0:
	lzcntl %r9d, %esi
dt_20_0:
	btrl $12, %edx
dt_21_0:
	xaddw %ax, data+40(%rip)
dt_22_0:
	movl $649, %ebx
dt_22_1:
	xor %edx, %edx
dt_22_2:
	divl %ebx
dt_23_0:
	subl $143197275, %edx
dt_24_0:
	clc
dt_25_0:
	btl %r10d, %esi
dt_26_0:
	movb %dl, %r14b
dt_27_0:
	shldl %cl, %r9d, %esi
dt_28_0:
	lzcntl %r11d, %esi
dt_29_0:
	movl $946, %r11d
dt_29_1:
	cltd
dt_29_2:
	idivl %r11d
dt_30_0:
	cmc
dt_31_0:
	lahf
dt_32_0:
	bswap %r12
dt_33_0:
	testl %r9d, %r10d
dt_34_0:
	xaddw %si, data+88(%rip)
dt_35_0:
	movw %bx, %cx
dt_36_0:
	movl $365, %ecx
dt_36_1:
	xor %edx, %edx
dt_36_2:
	divl %ecx
dt_37_0:
	addq $1053640028, %r10
dt_38_0:
	notl data+64(%rip)
dt_39_0:
	incl data+112(%rip)
dt_40_0:
	leal -1807(%r12,%rsi,8), %eax
dt_41_0:
	mulb %r12b
dt_42_0:
	leal 941(%r8,%r13,4), %r9d
dt_43_0:
	movl $203, %r10d
dt_43_1:
	cltd
dt_43_2:
	idivl %r10d
dt_44_0:
	movq %r11, data+152(%rip)
dt_45_0:
	rorl $24, %r12d
dt_46_0:
	cmovsq %r11, %r15
dt_47_0:
	cmpb $182, %ch
dt_48_0:
	shrb data+144(%rip)
dt_49_0:
	andb $91, %dl
dt_50_0:
	movzwl %r15w, %r9d
dt_51_0:
	adcl $1888542796, %r13d
dt_52_0:
	xchgb %r14b, %r8b
dt_53_0:
	testl %r14d, %edx
dt_54_0:
	subb $216, %cl
dt_55_0:
	bswap %ecx
dt_56_0:
	adcq %r9, %r15
dt_57_0:
	bswap %r9
dt_58_0:
	leaq -1727(%r11,%rbx,4), %r13
dt_59_0:
	bswap %r13d
dt_60_0:
	bswap %r13d
dt_61_0:
	movslq %ebx, %rbp
dt_62_0:
	cmovpw %r12w, %ax
dt_63_0:
	xorb data+184(%rip), %dil
dt_64_0:
	xorb $112, %r13b
dt_65_0:
	bsrl %r11d, %r10d
dt_66_0:
	shll %cl, %r8d
dt_67_0:
	orw %r9w, %r12w
dt_68_0:
	andb %r12b, %r11b
dt_69_0:
	cmc
dt_70_0:
	cmc
dt_71_0:
	andb $177, %bl
dt_72_0:
	movzwl %r14w, %edx
dt_73_0:
	incb data+88(%rip)
dt_74_0:
	leal 1590(%r14,%rbx,8), %r10d
dt_75_0:
	cmpxchgq %r14, data+32(%rip)
dt_76_0:
	sarl %cl, data+184(%rip)
dt_77_0:
	bsrq %rdx, %r15
dt_78_0:
	xchgb %r8b, %al
dt_79_0:
	sbbq $1312608985, %rdx
dt_80_0:
	cmpb $83, %al
dt_81_0:
	movslq %esi, %r13
dt_82_0:
	tzcntl %r8d, %r11d
dt_84_0:
	movq $806, %r12
dt_84_1:
	cqto
dt_84_2:
	idivq %r12
dt_85_0:
	cmpb $118, %dl
dt_86_0:
	movswq %r9w, %rdi
dt_87_0:
	xorl %ecx, %r8d
dt_88_0:
	sbbw data+32(%rip), %bp
dt_89_0:
	testw %r9w, %r9w
dt_90_0:
	movsbq %r12b, %rbx
dt_91_0:
	movq %r15, %rax
dt_92_0:
	leal 682(%rbp,%r9,8), %r12d
dt_93_0:
	xaddw %r12w, %r15w
dt_94_0:
	xaddl %r15d, data+48(%rip)
dt_95_0:
	sarl $60, %r14d
dt_96_0:
	sarl %cl, data+56(%rip)
dt_97_0:
	movb %r9b, %al
dt_98_0:
	bsfl %ecx, %r15d
dt_99_0:
	movb %r14b, data+16(%rip)
dt_100_0:
	cmovnpq %r11, %rax
dt_101_0:
	addb $235, %cl
dt_102_0:
	negq %rdx
dt_103_0:
	bswap %rax
dt_104_0:
	movl $501, %edi
dt_104_1:
	cltd
dt_104_2:
	idivl %edi
dt_105_0:
	xorb $135, %ah
dt_106_0:
	notl data+160(%rip)
dt_107_0:
	cmpxchgb %r15b, data+160(%rip)
dt_108_0:
	cmpxchgw %r8w, data+184(%rip)
dt_109_0:
	cmpxchgq %r13, %r14
dt_110_0:
	bswap %edx
dt_111_0:
	bsrq %rdx, %rbp
dt_112_0:
	shrdw $10, %cx, %ax
dt_113_0:
	cmovew %ax, %r15w
dt_114_0:
	xaddw %r10w, %cx
dt_115_0:
	movzwq %r14w, %rdi
dt_116_0:
	cltd
dt_117_0:
	xaddq %rbp, data+184(%rip)
dt_118_0:
	bswap %rsi
dt_119_0:
	xaddb %cl, %r12b
dt_120_0:
	shrdl $42, %r12d, %r15d
dt_121_0:
	movw %r12w, %r13w
dt_122_0:
	xaddq %r15, data+32(%rip)
dt_123_0:
	addl data+24(%rip), %r9d
dt_124_0:
	movw %r14w, %bp
dt_125_0:
	movb %r13b, data+176(%rip)
dt_126_0:
	leaq 758(%r10,%rsi,4), %rdi
dt_127_0:
	andb $86, %bl
dt_128_0:
	rorb $12, data+104(%rip)
dt_129_0:
	leaq -400(%r14,%rdi,1), %rdi
dt_130_0:
	setb data+80(%rip)
dt_131_0:
	xorl %edi, %r9d
dt_132_0:
	notl data+176(%rip)
dt_133_0:
	sbbq $-896740876, %rsi
dt_134_0:
	imulw $18606, %r9w, %bp
dt_135_0:
	movb %r11b, %r14b
dt_136_0:
	movb %r13b, data+56(%rip)
dt_137_0:
	adcb %r15b, data+72(%rip)
dt_138_0:
	notw data+56(%rip)
dt_139_0:
	bswap %ecx
dt_140_0:
	sbbq %rdi, %r13
dt_141_0:
	lzcntw %ax, %ax
dt_142_0:
	bsrw %r12w, %r9w
dt_143_0:
	bswap %r9
dt_144_0:
	orq %rsi, data+152(%rip)
dt_145_0:
	movl %ebp, %ecx
dt_146_0:
	cmc
dt_147_0:
	rcrq %r12
dt_148_0:
	leaq -716(%r11,%rax,4), %r10
dt_149_0:
	orq data+120(%rip), %r15
dt_150_0:
	xaddq %r10, %r13
dt_151_0:
	cqto
dt_152_0:
	movl %esi, %r10d
dt_153_0:
	xaddq %rax, data+16(%rip)
dt_154_0:
	andb $47, %cl
dt_155_0:
	bsfl %r11d, %r14d
dt_156_0:
	movq $350, %r8
dt_156_1:
	xor %edx, %edx
dt_156_2:
	divq %r8
dt_157_0:
	xorb $24, %bl
dt_158_0:
	rcll %cl, %edi
dt_159_0:
	tzcntq %r9, %r9
dt_160_0:
	bswap %eax
dt_161_0:
	setc %r14b
dt_162_0:
	andq $175959404, %rax
dt_163_0:
	bswap %r10d
dt_164_0:
	shrdq $59, %r8, data+144(%rip)
dt_165_0:
	xaddb %r10b, data+112(%rip)
dt_166_0:
	cmpb $158, %cl
dt_167_0:
	movw %si, data+56(%rip)
dt_168_0:
	movzbl %dl, %edi
dt_169_0:
	negq %rsi
dt_170_0:
	testw %r12w, %di
dt_171_0:
	rclw %cl, data+112(%rip)
dt_172_0:
	imulq $616913511, %rbx, %r12
dt_173_0:
	orb %dil, data+32(%rip)
dt_174_0:
	movq %r8, data+24(%rip)
dt_175_0:
	imulw $28144, %r10w, %ax
dt_176_0:
	sbbl data+120(%rip), %r10d
dt_177_0:
	bswap %esi
dt_178_0:
	bsrq %rsi, %r12
dt_179_0:
	movb %al, data+168(%rip)
dt_180_0:
	adcl %eax, data+16(%rip)
dt_181_0:
	bswap %ebx
dt_182_0:
	xchgb %r10b, %r12b
dt_183_0:
	cmpxchgb %bl, data+168(%rip)
dt_184_0:
	leaq 227(%r9,%r10,4), %r10
dt_185_0:
	leal 1100(%rdi,%r9,2), %esi
dt_186_0:
	leaq -119(%rdi,%rcx,8), %rdi
dt_187_0:
	xaddb %dl, data+184(%rip)
dt_188_0:
	leal -450(%rcx,%rax,4), %edx
dt_189_0:
	movb %r15b, %r13b
dt_190_0:
	movzbl %r10b, %r11d
dt_191_0:
	setne %dl
dt_192_0:
	sbbq data+64(%rip), %r11
dt_193_0:
	xorl %edx, data+128(%rip)
dt_194_0:
	testw %bx, %bx
dt_195_0:
	movzwl %r8w, %r15d
dt_196_0:
	subb data+32(%rip), %r10b
dt_197_0:
	movzwl %si, %r11d
dt_198_0:
	bswap %r11d
dt_199_0:
	adcb $245, %r14b
dt_200_0:
	addw %r12w, %r8w
dt_201_0:
	movq $130, %rcx
dt_201_1:
	cqto
dt_201_2:
	idivq %rcx
dt_202_0:
	leal 2203(%rax,%rbx,2), %r8d
dt_203_0:
	movq $230, %r8
dt_203_1:
	cqto
dt_203_2:
	idivq %r8
dt_204_0:
	xorb %r8b, data+176(%rip)
dt_205_0:
	cmovgeq %r10, %r13
dt_206_0:
	rolw $18, %di
dt_207_0:
	xaddl %ecx, %r13d
dt_208_0:
	decq data+120(%rip)
dt_209_0:
	cmpxchgw %r10w, data+96(%rip)
dt_210_0:
	xaddq %rbp, data+120(%rip)
dt_211_0:
	testb %bl, %bl
dt_212_0:
	andq %rcx, data+128(%rip)
dt_213_0:
	movl $818, %ebp
dt_213_1:
	cltd
dt_213_2:
	idivl %ebp
dt_214_0:
	movl %ebp, %r14d
dt_215_0:
	bswap %edx
dt_216_0:
	addq $-489038297, %r10
dt_217_0:
	orw $23204, %si
dt_218_0:
	cmpxchgq %r12, data+160(%rip)
dt_219_0:
	orq $-107739103, %r11
dt_220_0:
	subb $96, %cl
dt_221_0:
	setge %dil
dt_222_0:
	orl data+48(%rip), %r14d
dt_223_0:
	movw %r14w, data+104(%rip)
dt_224_0:
	bsrq %rdi, %r15
dt_225_0:
	rolq $13, %rax
dt_226_0:
	lzcntl %r9d, %eax
dt_227_0:
	incl data+104(%rip)
dt_228_0:
	popcntw %r11w, %r14w
dt_229_0:
	incw %r15w
dt_230_0:
	cmpxchgl %r13d, data+160(%rip)
dt_231_0:
	andb $225, %r11b
dt_232_0:
	movsbq %r10b, %r15
dt_233_0:
	sarw $29, data+96(%rip)
dt_234_0:
	leaq -1253(%rbx,%r15,2), %r14
dt_235_0:
	leal -2027(%r13,%rsi,4), %r9d
dt_236_0:
	popcntl %edx, %ebp
dt_237_0:
	decb data+0(%rip)
dt_238_0:
	cwtl
dt_239_0:
	roll data+48(%rip)
dt_240_0:
	xorw %r15w, %si
dt_241_0:
	cmpb %dil, data+152(%rip)
dt_242_0:
	setc %al
dt_243_0:
	xorb %al, %al
dt_244_0:
	cmpw %r11w, data+184(%rip)
dt_245_0:
	stc
dt_246_0:
	testw %si, %r12w
dt_247_0:
	shrb %r14b
dt_248_0:
	leaq 2215(%rdi,%rsi,8), %r11
dt_249_0:
	seta data+32(%rip)
dt_250_0:
	bswap %ebp
dt_251_0:
	mulb %sil
dt_252_0:
	subw %r14w, data+80(%rip)
dt_253_0:
	setle %r15b
dt_254_0:
	movw %r10w, %cx
dt_255_0:
	movl %r13d, %r15d
dt_256_0:
	cmpxchgq %rcx, %r11
dt_257_0:
	testw %cx, %bp
dt_258_0:
	movl $352, %ebx
dt_258_1:
	xor %edx, %edx
dt_258_2:
	divl %ebx
dt_259_0:
	bsfw %r13w, %r14w
dt_260_0:
	sbbw %bx, %r12w
dt_261_0:
	cmpb %r9b, %cl
dt_262_0:
	cmovnpw %bp, %r13w
dt_263_0:
	bswap %r12
dt_264_0:
	decl %r12d
dt_265_0:
	shrdl %cl, %r12d, %ecx
dt_266_0:
	xaddl %edx, %ecx
dt_267_0:
	shrdq %cl, %rax, %rbp
dt_268_0:
	movzbq %dl, %rbp
dt_269_0:
	cqto
dt_270_0:
	shldl $34, %esi, %ecx
dt_271_0:
	bswap %r9d
dt_272_0:
	movzbl %al, %r11d
dt_273_0:
	xaddl %ebp, %r14d
dt_274_0:
	cmpq data+176(%rip), %rdi
dt_275_0:
	movq %r14, %r12
dt_276_0:
	xorl %edi, data+160(%rip)
dt_277_0:
	xorw $20209, %r13w
dt_278_0:
	movl $975, %r11d
dt_278_1:
	xor %edx, %edx
dt_278_2:
	divl %r11d
dt_279_0:
	cmovnsq %r11, %r14
dt_280_0:
	tzcntq %rsi, %r8
dt_281_0:
	clc
dt_282_0:
	addq %rax, %rbx
dt_283_0:
	subb data+168(%rip), %r15b
dt_284_0:
	leal -2137(%r8,%r11,8), %ebx
dt_285_0:
	leaq 440(%rdx,%r13,2), %rdi
dt_286_0:
	setc %dl
dt_287_0:
	cmpw %ax, data+168(%rip)
dt_288_0:
	orl data+168(%rip), %ebp
dt_289_0:
	cmpxchgw %r14w, data+72(%rip)
dt_290_0:
	bsfw %si, %r15w
dt_291_0:
	setnp data+0(%rip)
dt_292_0:
	btw $27, %r10w
dt_293_0:
	subw data+176(%rip), %bx
dt_294_0:
	cmpxchgw %r15w, data+88(%rip)
dt_295_0:
	tzcntw %r8w, %r10w
dt_296_0:
	decb %bl
dt_297_0:
	shldq $42, %rbp, data+16(%rip)
dt_298_0:
	btcw $25, %r9w
dt_299_0:
	lzcntl %edi, %r15d
dt_300_0:
	movw %r9w, data+80(%rip)
dt_301_0:
	leal 1700(%rbx,%r13,1), %edi
dt_302_0:
	movl %edi, %r12d
dt_303_0:
	movq $670, %r9
dt_303_1:
	cqto
dt_303_2:
	idivq %r9
dt_304_0:
	testl %ebp, %r15d
dt_305_0:
	cmovew %r10w, %r13w
dt_306_0:
	testl %r12d, %ebx
dt_307_0:
	movq %rsi, data+120(%rip)
dt_308_0:
	addb $175, %ah
dt_309_0:
	leaq 374(%rbx,%rdx,2), %r12
dt_310_0:
	cmpxchgl %r13d, data+24(%rip)
dt_311_0:
	xaddl %eax, data+136(%rip)
dt_312_0:
	setb %sil
dt_313_0:
	xchgb %dil, %r13b
dt_314_0:
	andb data+104(%rip), %r10b
dt_315_0:
	xorl data+128(%rip), %r8d
dt_316_0:
	cmpxchgb %r9b, %bl
dt_317_0:
	cmpq $541238125, %r11
dt_318_0:
	addw data+32(%rip), %cx
dt_319_0:
	imulw $9029, %ax, %ax
dt_320_0:
	subw %r14w, %r11w
dt_321_0:
	orl %r10d, data+168(%rip)
dt_322_0:
	xaddw %r15w, data+16(%rip)
dt_323_0:
	cmpxchgw %r10w, %si
dt_325_0:
	cmovgq %r14, %rbp
dt_326_0:
	adcl $-274967300, %edi
dt_327_0:
	cmovow %di, %ax
dt_328_0:
	shrw $62, %r11w
dt_329_0:
	subb $136, %ch
dt_330_0:
	cwtd
dt_331_0:
	negw %bx
dt_332_0:
	bswap %r8d
dt_333_0:
	rorw $56, data+112(%rip)
dt_334_0:
	negq data+72(%rip)
dt_335_0:
	sbbb %al, data+40(%rip)
dt_336_0:
	movzbl %bl, %eax
dt_337_0:
	imulq %r13, %rax
dt_338_0:
	imull %esi, %r13d
dt_339_0:
	subw %di, data+32(%rip)
dt_340_0:
	movswq %si, %rsi
dt_341_0:
	imulq %r13, %r8
dt_342_0:
	adcw $30155, %si
dt_343_0:
	cmpxchgq %rcx, data+80(%rip)
dt_344_0:
	cmpb $115, %cl
dt_345_0:
	bsfq %r8, %rbx
dt_346_0:
	shlb $39, data+32(%rip)
dt_347_0:
	adcq $1979772731, %rax
dt_348_0:
	movw %r13w, %r13w
dt_349_0:
	cmpb $245, %al
dt_350_0:
	bswap %r10
dt_351_0:
	decq %rcx
dt_352_0:
	imull $511681989, %r12d, %r14d
dt_353_0:
	xaddq %r14, %r15
dt_354_0:
	movq $849, %rbp
dt_354_1:
	xor %edx, %edx
dt_354_2:
	divq %rbp
dt_355_0:
	xaddb %r14b, %bl
dt_356_0:
	sbbw data+136(%rip), %bx
dt_357_0:
	rolb data+48(%rip)
dt_358_0:
	movl %r14d, %r10d
dt_359_0:
	xorl data+80(%rip), %r8d
dt_360_0:
	cmpl $703107930, %ebp
dt_361_0:
	movslq %r8d, %r15
dt_362_0:
	xchgb %r8b, %cl
dt_363_0:
	testq %r9, %rsi
dt_364_0:
	cmovpw %dx, %dx
dt_365_0:
	rolw %cl, %cx
dt_366_0:
	leaq 1441(%r12,%r12,4), %rax
dt_367_0:
	shrq $50, data+48(%rip)
dt_368_0:
	bsrl %r10d, %r9d
dt_369_0:
	adcw $46741, %r11w
dt_370_0:
	addb $83, %ch
dt_371_0:
	adcb %r13b, %r13b
dt_372_0:
	tzcntq %r14, %r10
dt_373_0:
	cmpb $4, %bl
dt_374_0:
	leaq -592(%r8,%r12,4), %r14
dt_375_0:
	addl $327784991, %ebp
dt_376_0:
	leal -2288(%rbp,%rdx,2), %r14d
dt_377_0:
	imulq $1765231939, %rcx, %r12
dt_378_0:
	orq %r11, %r8
dt_379_0:
	movq $110, %r10
dt_379_1:
	xor %edx, %edx
dt_379_2:
	divq %r10
dt_380_0:
	xorb %sil, data+24(%rip)
dt_381_0:
	subb $32, %bh
dt_382_0:
	shlb data+72(%rip)
dt_383_0:
	bswap %r12d
dt_384_0:
	cmpb $158, %bh
dt_385_0:
	negl data+176(%rip)
dt_386_0:
	andb $9, %dl
dt_387_0:
	rorb $12, %dil
dt_388_0:
	cmovaq %r14, %rbx
dt_389_0:
	leaq 1041(%rbp,%r11,8), %rax
dt_390_0:
	andb %dil, %al
dt_391_0:
	testw %ax, %ax
dt_392_0:
	movzwq %di, %r8
dt_393_0:
	btrl $10, %edx
dt_394_0:
	bswap %rdx
dt_395_0:
	bswap %r11
dt_396_0:
	sarb $33, data+160(%rip)
dt_397_0:
	leaq 512(%r13,%r11,8), %rbp
dt_398_0:
	popcntw %cx, %r14w
dt_399_0:
	xaddw %cx, %r14w
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0x7a7c9264ee3ca9fc
	.quad 0x1b619bdd2b5fd5d0
	.quad 0xed52196261bfc5fd
	.quad 0xb90506dd220bec72
	.quad 0xaf35f5b021fc5351
	.quad 0xd952f5da7ad733ee
	.quad 0x09fd0adbbc61ef88
	.quad 0xb385474076c41436
	.quad 0x7c176cf7a0b14253
	.quad 0x9797a3ee1ea0117b
	.quad 0x8d6098bc509da767
	.quad 0x6a579ebfa9867d9f
	.quad 0xa0807e2547d5b967
	.quad 0xefdd027bbddaf3f2
	.quad 0x973c8620f8e83e5c
	.quad 0x1b5bf86dee9b2286
	.quad 0xd3bf5b83212bdb64
	.quad 0x12a9bea78ad4cf39
	.quad 0x754f32a0f0741e8d
	.quad 0x07156cbffad9e63e
	.quad 0x05d6e311ef2156ab
	.quad 0x7b7ede71b6a56b09
	.quad 0x634c9b8bf78df135
	.quad 0x7cc5c9e07accc89c
	.quad 0x98381713c19d75be
	.quad 0x8a7ac74b80ea0e42
	.quad 0xe567f4b365c2b02b
	.quad 0x4b3ef0c831d0f13b
	.quad 0xd1075ec06137364f
	.quad 0x782c23b07711ee3d
	.quad 0x101b01967516c9c2
	.quad 0x29f525752623b8d8
