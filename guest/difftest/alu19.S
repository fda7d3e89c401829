	.globl _start
	.text
_start:
	movabsq $0x80000000, %rax
	movabsq $0x691170cea61afa0a, %rcx
	movabsq $0x80, %rdx
	movabsq $0x80000000, %rbx
	movabsq $0x80, %rbp
	movabsq $0xa824c7ab2ae647a3, %rsi
	movabsq $0xff, %rdi
	movabsq $0xfa12a4a87e798e8b, %r8
	movabsq $0x8000000000000000, %r9
	movabsq $0, %r10
	movabsq $0xffffffff, %r11
	movabsq $0x184a506a1aa01069, %r12
	movabsq $0x7f, %r13
	movabsq $0xffff, %r14
	movabsq $0x7fffffffffffffff, %r15
	pushq $196
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	imull %edi, %r11d
dt_1_0:
	movl $161, %r12d
dt_1_1:
	xor %edx, %edx
dt_1_2:
	divl %r12d
dt_2_0:
	sbbl data+40(%rip), %r9d
dt_3_0:
	btsq %rbp, %r8
dt_4_0:
	popcntl %r13d, %ebx
dt_5_0:
	imulq %rbx, %r9
dt_6_0:
	movzbl %dil, %ebp
dt_7_0:
	lzcntw %bp, %r13w
dt_8_0:
	sbbb $243, %r12b
dt_9_0:
	rorq $23, data+48(%rip)
dt_10_0:
	subq %r8, %rcx
dt_11_0:
	testw %r11w, %r9w
dt_12_0:
	imulq $1882629715, %rcx, %r13
dt_13_0:
	subb $188, %al
dt_14_0:
	cmovnsq %r9, %rbp
dt_15_0:
	notb data+80(%rip)
dt_16_0:
	cmc
dt_17_0:
	movq $407, %rcx
dt_17_1:
	cqto
dt_17_2:
	idivq %rcx
dt_18_0:
	shldq $59, %rsi, %rcx
dt_19_0:
	sbbq data+152(%rip), %rax
dt_20_0:
	leal 654(%rbx,%r11,1), %eax
dt_21_0:
	testb %r8b, %r12b
dt_22_0:
	lzcntl %r12d, %edx
dt_23_0:
	adcb %bl, %al
dt_24_0:
	cmovnpw %r8w, %r13w
dt_25_0:
	addb $12, %cl
dt_26_0:
	movw %cx, %r8w
dt_27_0:
	cmpxchgq %r14, data+176(%rip)
dt_28_0:
	lzcntl %r10d, %r12d
dt_29_0:
	shrdl $42, %r9d, %r14d
dt_30_0:
	cmc
dt_31_0:
	shrdw $7, %bp, data+0(%rip)
dt_32_0:
	shrdq %cl, %r11, %r14
dt_33_0:
	andl data+96(%rip), %ebp
dt_34_0:
	xchgb %r12b, %dil
dt_35_0:
	setp data+152(%rip)
dt_36_0:
	setc %r15b
dt_37_0:
	leaq -141(%r13,%rdi,1), %rdi
dt_38_0:
	btq %r13, %r12
dt_39_0:
	lzcntl %r9d, %edx
dt_40_0:
	lzcntq %rbp, %rbp
dt_41_0:
	notl data+40(%rip)
dt_42_0:
	bswap %rdx
dt_43_0:
	tzcntw %dx, %r8w
dt_44_0:
	cmovnsw %r9w, %ax
dt_45_0:
	addb $49, %bh
dt_46_0:
	negb %r12b
dt_47_0:
	bswap %rdx
dt_48_0:
	bswap %r12
dt_49_0:
	addl $368397562, %ebp
dt_50_0:
	bswap %rax
dt_51_0:
	addl data+16(%rip), %edx
dt_52_0:
	negb data+32(%rip)
dt_53_0:
	adcl %r11d, data+88(%rip)
dt_54_0:
	xaddq %rax, data+136(%rip)
dt_55_0:
	sahf
dt_56_0:
	leal 1327(%r8,%r12,8), %edi
dt_57_0:
	movq $350, %rdi
dt_57_1:
	xor %edx, %edx
dt_57_2:
	divq %rdi
dt_58_0:
	shrq %cl, %r10
dt_59_0:
	incl %ebp
dt_60_0:
	orb data+136(%rip), %r13b
dt_61_0:
	movl %ecx, %esi
dt_62_0:
	cmpxchgb %sil, %r15b
dt_63_0:
	movsbl %r8b, %ecx
dt_64_0:
	setc %cl
dt_65_0:
	shrdq %cl, %rax, data+152(%rip)
dt_66_0:
	xaddq %rbp, %r12
dt_67_0:
	andl %edx, %edx
dt_68_0:
	cmpxchgw %ax, data+96(%rip)
dt_69_0:
	movl $724, %r9d
dt_69_1:
	cltd
dt_69_2:
	idivl %r9d
dt_70_0:
	movb %r12b, %r14b
dt_71_0:
	xaddl %r8d, data+112(%rip)
dt_72_0:
	adcq $693998801, %rcx
dt_73_0:
	bsfq %r9, %r14
dt_74_0:
	movq $776, %rdi
dt_74_1:
	xor %edx, %edx
dt_74_2:
	divq %rdi
dt_75_0:
	bsfl %ecx, %r9d
dt_76_0:
	leaq -1628(%r12,%rsi,2), %r13
dt_77_0:
	leaq 684(%r11,%rbx,4), %rdi
dt_78_0:
	movb %bl, data+32(%rip)
dt_79_0:
	xchgb %r14b, %cl
dt_80_0:
	bswap %r14
dt_81_0:
	btrq %r9, %rbx
dt_82_0:
	movslq %r9d, %r8
dt_83_0:
	leaq -2471(%rax,%r10,4), %r11
dt_84_0:
	bswap %rcx
dt_85_0:
	sarw %di
dt_86_0:
	movzbl %sil, %esi
dt_87_0:
	movw %bp, %r12w
dt_88_0:
	bswap %r13
dt_89_0:
	testl %r12d, %r11d
dt_90_0:
	xorq data+120(%rip), %rbp
dt_91_0:
	cmpl $747743822, %ebp
dt_92_0:
	cmpxchgl %r9d, %ebp
dt_93_0:
	testl %r12d, %ecx
dt_94_0:
	sbbl $-661938753, %r8d
dt_95_0:
	btw $16, %r10w
dt_96_0:
	bswap %r9d
dt_97_0:
	adcq data+16(%rip), %rdi
dt_98_0:
	testw %si, %r10w
dt_99_0:
	addq $-95860676, %rdx
dt_100_0:
	lahf
dt_101_0:
	cmpb data+16(%rip), %r9b
dt_102_0:
	leaq -2184(%r8,%r14,4), %rax
dt_103_0:
	lzcntl %edi, %ebx
dt_104_0:
	imull %r15d
dt_105_0:
	xaddl %edi, %edi
dt_106_0:
	notl %edx
dt_107_0:
	movsbq %al, %r14
dt_108_0:
	testb %r14b, %r15b
dt_109_0:
	testq %rdi, %r12
dt_110_0:
	andl %ebp, %edx
dt_111_0:
	btsl $59, %edx
dt_112_0:
	andl %ebp, %eax
dt_113_0:
	cmpxchgq %rsi, data+168(%rip)
dt_114_0:
	shrl $55, %r11d
dt_115_0:
	addl $293558263, %ebx
dt_116_0:
	cmpxchgw %r10w, %r9w
dt_117_0:
	adcl %r10d, %r9d
dt_118_0:
	adcl %edx, %edx
dt_119_0:
	movl %ebp, %r12d
dt_120_0:
	testq %r11, %r8
dt_121_0:
	shrdl $57, %edi, data+160(%rip)
dt_122_0:
	cmovnol %r14d, %r11d
dt_123_0:
	notb data+16(%rip)
dt_124_0:
	orl $365492203, %r10d
dt_125_0:
	adcw %ax, %di
dt_126_0:
	xaddb %r8b, data+168(%rip)
dt_127_0:
	notl %eax
dt_128_0:
	xorl %r14d, data+16(%rip)
dt_129_0:
	movq $679, %rbp
dt_129_1:
	cqto
dt_129_2:
	idivq %rbp
dt_130_0:
	movq %r9, data+160(%rip)
dt_131_0:
	sbbb $230, %r9b
dt_132_0:
	orw %dx, %r9w
dt_133_0:
	setc %bl
dt_134_0:
	cmc
dt_135_0:
	xorq %r12, data+64(%rip)
dt_136_0:
	tzcntl %esi, %edx
dt_137_0:
	bsfq %r9, %rcx
dt_138_0:
	notb %bl
dt_139_0:
	sarl data+184(%rip)
dt_140_0:
	setle data+120(%rip)
dt_141_0:
	movzbq %r12b, %rdi
dt_142_0:
	shrdw $3, %r14w, %di
dt_143_0:
	xorw $52456, %cx
dt_144_0:
	tzcntl %ebx, %edi
dt_145_0:
	stc
dt_146_0:
	xaddl %ecx, %r9d
dt_147_0:
	cmpxchgb %r14b, %dl
dt_148_0:
	setbe %r12b
dt_149_0:
	imulw $5764, %si, %si
dt_150_0:
	bsfq %r13, %r13
dt_151_0:
	cmpxchgl %ebx, %r13d
dt_152_0:
	sarw $30, data+96(%rip)
dt_153_0:
	shlq $22, %rax
dt_154_0:
	setc %r9b
dt_155_0:
	rolb %cl, %dil
dt_156_0:
	movb %r14b, %cl
dt_157_0:
	sbbw $38042, %r14w
dt_158_0:
	subb %dl, %r9b
dt_159_0:
	bswap %r8d
dt_160_0:
	shrdl %cl, %r14d, %r9d
dt_161_0:
	cmpw %si, %r14w
dt_162_0:
	imull %r11d, %r11d
dt_163_0:
	bswap %ebx
dt_164_0:
	addb %r10b, data+16(%rip)
dt_165_0:
	subq data+88(%rip), %rbx
dt_166_0:
	xaddb %r9b, data+144(%rip)
dt_167_0:
	bsrw %r15w, %r13w
dt_168_0:
	leal 1401(%r14,%r9,8), %ecx
dt_169_0:
	testq %r11, %rsi
dt_170_0:
	cltd
dt_171_0:
	andb $168, %cl
dt_172_0:
	tzcntw %r11w, %di
dt_173_0:
	lzcntw %r9w, %r12w
dt_174_0:
	xaddl %ebx, %esi
dt_175_0:
	movq %r14, %r15
dt_176_0:
	xaddl %esi, %ebx
dt_177_0:
	cltq
dt_178_0:
	negl %edx
dt_179_0:
	cmpw data+0(%rip), %bx
dt_180_0:
	cwtl
dt_181_0:
	movzwq %r14w, %rdx
dt_182_0:
	cmpq data+160(%rip), %r14
dt_183_0:
	cmpxchgw %r10w, %cx
dt_184_0:
	imulq %r11, %r14
dt_185_0:
	cmpxchgb %dil, data+32(%rip)
dt_186_0:
	setc %r12b
dt_187_0:
	bswap %r11d
dt_188_0:
	testb %r9b, %r10b
dt_189_0:
	xorb $173, %dh
dt_190_0:
	adcw %r14w, %bx
dt_191_0:
	cmpq data+16(%rip), %r15
dt_192_0:
	leal -2041(%r11,%rax,1), %r8d
dt_193_0:
	xaddq %r13, %r14
dt_194_0:
	adcb $9, %cl
dt_195_0:
	btrl %r14d, %r13d
dt_196_0:
	sbbq $344947610, %r13
dt_197_0:
	incq data+136(%rip)
dt_198_0:
	btcq %r10, %rdx
dt_199_0:
	cmovlw %r15w, %cx
dt_200_0:
	xorq data+72(%rip), %r13
dt_201_0:
	sbbb data+136(%rip), %r11b
dt_202_0:
	lzcntl %r8d, %eax
dt_203_0:
	cmpxchgw %bp, data+16(%rip)
dt_204_0:
	movq %rbp, %rdx
dt_205_0:
	leal 1615(%r14,%r10,4), %edi
dt_206_0:
	bswap %rdi
dt_207_0:
	xorb %r11b, data+88(%rip)
dt_208_0:
	xchgb %r9b, %r14b
dt_209_0:
	subb $32, %al
dt_210_0:
	movzbl %r11b, %r12d
dt_211_0:
	lahf
dt_212_0:
	bswap %r8
dt_213_0:
	roll %r11d
dt_214_0:
	imull %ecx, %r14d
dt_215_0:
	testw %r9w, %r11w
dt_216_0:
	shldw $2, %ax, %cx
dt_217_0:
	shldl %cl, %edi, data+136(%rip)
dt_218_0:
	shrdq %cl, %r11, data+152(%rip)
dt_219_0:
	andw $38485, %dx
dt_220_0:
	popcntq %rbx, %r14
dt_221_0:
	setae %r11b
dt_222_0:
	andw data+152(%rip), %r14w
dt_223_0:
	decl data+144(%rip)
dt_224_0:
	adcq %rax, data+168(%rip)
dt_225_0:
	leal 1544(%r12,%rsi,4), %r15d
dt_226_0:
	btrw $2, %cx
dt_227_0:
	cltd
dt_228_0:
	cmovgw %r13w, %cx
dt_229_0:
	cmpxchgb %sil, data+144(%rip)
dt_230_0:
	orq $575655695, %rbx
dt_231_0:
	tzcntw %dx, %bx
dt_232_0:
	rclw $0, data+0(%rip)
dt_233_0:
	shlw $16, %si
dt_234_0:
	lzcntq %r15, %r13
dt_235_0:
	xorb $6, %r11b
dt_236_0:
	btsw %di, %r15w
dt_237_0:
	lzcntw %di, %dx
dt_238_0:
	movq $681, %r11
dt_238_1:
	cqto
dt_238_2:
	idivq %r11
dt_239_0:
	cmpxchgq %rcx, data+160(%rip)
dt_240_0:
	incw data+104(%rip)
dt_241_0:
	subw $860, %r12w
dt_242_0:
	cmovnpq %rbx, %r11
dt_243_0:
	bswap %rsi
dt_244_0:
	movq $85, %rcx
dt_244_1:
	xor %edx, %edx
dt_244_2:
	divq %rcx
dt_245_0:
	leal 440(%r15,%rbp,2), %r14d
dt_246_0:
	xaddw %r11w, data+24(%rip)
dt_247_0:
	cmovow %di, %di
dt_248_0:
	bswap %rbx
dt_249_0:
	bsrl %ebp, %r14d
dt_250_0:
	btl %eax, %r13d
dt_251_0:
	bsrl %ebp, %r9d
dt_252_0:
	imulw $10313, %bp, %dx
dt_253_0:
	cmpxchgq %r14, data+0(%rip)
dt_254_0:
	orb %bl, %sil
dt_255_0:
	movq $471, %r12
dt_255_1:
	xor %edx, %edx
dt_255_2:
	divq %r12
dt_256_0:
	cmc
dt_257_0:
	movw %r13w, data+24(%rip)
dt_258_0:
	andb $242, %bh
dt_259_0:
	lzcntw %bx, %si
dt_260_0:
	incw data+32(%rip)
dt_261_0:
	tzcntq %rcx, %rbx
dt_262_0:
	rorq $29, %rbx
dt_263_0:
	btrq $76, %r12
dt_264_0:
	bswap %r15d
dt_265_0:
	popcntw %r9w, %r12w
dt_266_0:
	leaq 1987(%r10,%rdx,4), %r12
dt_267_0:
	cbtw
dt_268_0:
	movw %r11w, %r10w
dt_269_0:
	xaddb %r11b, data+16(%rip)
dt_270_0:
	addb $90, %bh
dt_271_0:
	notq data+128(%rip)
dt_272_0:
	shrdl $17, %ebx, %r15d
dt_273_0:
	sbbb data+112(%rip), %r9b
dt_274_0:
	btw $20, %r14w
dt_275_0:
	tzcntq %rdx, %rcx
dt_276_0:
	andb $108, %cl
dt_277_0:
	movb %r8b, data+176(%rip)
dt_278_0:
	notb %r14b
dt_279_0:
	shrl $16, %r9d
dt_280_0:
	leal -2200(%r14,%rdi,8), %edx
dt_281_0:
	lahf
dt_282_0:
	orq $-939730129, %rsi
dt_283_0:
	movq %rbp, data+24(%rip)
dt_284_0:
	bsrl %r11d, %ebp
dt_285_0:
	xaddl %r12d, %r15d
dt_286_0:
	testq %r14, %rbp
dt_287_0:
	movzwq %bx, %r10
dt_288_0:
	cmpxchgl %edi, data+128(%rip)
dt_289_0:
	bswap %r13d
dt_290_0:
	testw %bp, %r14w
dt_291_0:
	testb %r14b, %r15b
dt_292_0:
	andb $176, %ch
dt_293_0:
	cmc
dt_294_0:
	addq %rax, data+160(%rip)
dt_295_0:
	andb $212, %ch
dt_296_0:
	leaq -1954(%rbp,%r14,1), %r15
dt_297_0:
	movw %r15w, %r12w
dt_298_0:
	movl $393, %r15d
dt_298_1:
	cltd
dt_298_2:
	idivl %r15d
dt_299_0:
	movl %r9d, data+136(%rip)
dt_300_0:
	subl data+176(%rip), %ebp
dt_301_0:
	btsl $69, %esi
dt_302_0:
	subb $134, %ah
dt_303_0:
	tzcntl %r15d, %r9d
dt_304_0:
	orl %r14d, %eax
dt_305_0:
	leaq -2390(%r11,%rcx,8), %rbx
dt_306_0:
	xorq %r15, %rdx
dt_307_0:
	cmpxchgl %edi, %r11d
dt_308_0:
	incl %r14d
dt_309_0:
	leaq 1502(%r15,%rax,2), %rcx
dt_310_0:
	movsbq %r15b, %rbp
dt_311_0:
	negq data+32(%rip)
dt_312_0:
	btsw $31, %r14w
dt_313_0:
	popcntl %esi, %r8d
dt_314_0:
	xaddl %r14d, %ecx
dt_315_0:
	leaq -988(%rdx,%rax,1), %r8
dt_316_0:
	testq %rdi, %r10
dt_317_0:
	tzcntw %r11w, %r8w
dt_318_0:
	testq %r10, %rcx
dt_319_0:
	testl %esi, %eax
dt_320_0:
	imulq $1736182676, %rsi, %r8
dt_321_0:
	mulb %r11b
dt_322_0:
	cbtw
dt_323_0:
	cwtd
dt_324_0:
	testb %r8b, %r9b
dt_325_0:
	lzcntw %r15w, %r11w
dt_326_0:
	cmpb $180, %r8b
dt_327_0:
	bswap %r13d
dt_328_0:
	popcntw %bx, %r11w
dt_329_0:
	subw data+72(%rip), %dx
dt_330_0:
	leaq -1859(%r11,%rbp,4), %rax
dt_331_0:
	movw %cx, %ax
dt_332_0:
	xaddb %r9b, %al
dt_333_0:
	testb %r8b, %dil
dt_334_0:
	btrw $37, %r11w
dt_335_0:
	movl %edx, %ebx
dt_336_0:
	bswap %ebp
dt_337_0:
	xorb %r9b, data+112(%rip)
dt_338_0:
	cmpxchgl %r14d, data+8(%rip)
dt_339_0:
	addb %r12b, %r13b
dt_340_0:
	btsq %r8, %r13
dt_341_0:
	xaddb %r8b, %r15b
dt_342_0:
	cmovbel %r12d, %r15d
dt_343_0:
	cmpxchgw %r15w, %bx
dt_344_0:
	testw %bx, %r13w
dt_345_0:
	testq %r12, %rcx
dt_346_0:
	movw %r12w, %r14w
dt_347_0:
	movsbl %r8b, %esi
dt_348_0:
	movswq %ax, %r14
dt_349_0:
	bswap %r10
dt_350_0:
	imulq $1872322450, %rbp, %r13
dt_351_0:
	movsbl %al, %esi
dt_352_0:
	xchgb %r10b, %r15b
dt_353_0:
	incl %ecx
dt_354_0:
	testl %r14d, %r9d
dt_355_0:
	leal 2494(%r11,%r13,2), %r15d
dt_356_0:
	incl data+16(%rip)
dt_357_0:
	movq %r14, data+88(%rip)
dt_358_0:
	movq $629, %r11
dt_358_1:
	xor %edx, %edx
dt_358_2:
	divq %r11
dt_359_0:
	cmc
dt_360_0:
	shldl %cl, %r12d, %r9d
dt_361_0:
	cmovaew %r9w, %si
dt_362_0:
	movl $972, %r12d
dt_362_1:
	xor %edx, %edx
dt_362_2:
	divl %r12d
dt_363_0:
	cmpxchgw %bp, %r15w
dt_364_0:
	shldq $29, %r8, %rdi
dt_365_0:
	bsfl %r14d, %edi
dt_366_0:
	xaddq %rax, data+120(%rip)
dt_367_0:
	btw $26, %si
dt_368_0:
	cmpb data+104(%rip), %cl
dt_369_0:
	incb %al
dt_370_0:
	imulw $21557, %ax, %r9w
dt_371_0:
	mulb %r9b
dt_372_0:
	xorb $237, %dil
dt_373_0:
	movzwl %r15w, %esi
dt_374_0:
	bswap %r11d
dt_375_0:
	movq $823, %rcx
dt_375_1:
	xor %edx, %edx
dt_375_2:
	divq %rcx
dt_376_0:
	shldw $9, %r15w, %bp
dt_377_0:
	subq %r13, data+40(%rip)
dt_378_0:
	testb %al, %r12b
dt_379_0:
	movzbq %r9b, %r14
dt_380_0:
	cmpb $194, %sil
dt_381_0:
	addl $304600923, %r9d
dt_382_0:
	cmovnow %r13w, %cx
dt_383_0:
	movl $897, %ecx
dt_383_1:
	cltd
dt_383_2:
	idivl %ecx
dt_384_0:
	incl data+144(%rip)
dt_385_0:
	testq %r8, %r13
dt_386_0:
	testl %r15d, %ebx
dt_387_0:
	btrq %rbx, %r14
dt_388_0:
	bsfl %r9d, %r8d
dt_389_0:
	bswap %r8
dt_390_0:
	leal 1167(%rbp,%rdx,2), %r14d
dt_391_0:
	popcntl %edi, %ecx
dt_392_0:
	incq %rdi
dt_393_0:
	cmpq data+152(%rip), %rdx
dt_394_0:
	andb $229, %dh
dt_395_0:
	movzwq %bp, %r11
dt_396_0:
	btcw $52, %cx
dt_397_0:
	leal 1938(%r12,%rsi,1), %r10d
dt_398_0:
	btsl %r13d, %edi
dt_399_0:
	sbbq %rbp, data+128(%rip)
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0xec5e251337767ccd
	.quad 0xe51bb7faef737f08
	.quad 0x92d5d7612f058cdd
	.quad 0x4d5211d2e2629aa6
	.quad 0x97f6459db7fc8ddf
	.quad 0xeea8a17caa6cdbdf
	.quad 0x13f349d423f762b0
	.quad 0x3b81a960db1868f6
	.quad 0x16debd55effbc00f
	.quad 0x68b715b2ca2306f2
	.quad 0xf55f620c3ac33ee3
	.quad 0xfef17decf8de3c0a
	.quad 0xd4b317057c2e69ac
	.quad 0x926d950139790987
	.quad 0x117551c3d2e0e0c5
	.quad 0x11fcd099f61918ae
	.quad 0x749af7286583a0f7
	.quad 0x22344f19d13064b2
	.quad 0x696f0641bd4b30d2
	.quad 0xb172b23a0185b5a0
	.quad 0x510c29385143268d
	.quad 0x87c114c40e610b68
	.quad 0xce8f812eebe1911b
	.quad 0xe19122ba7d060b79
	.quad 0x3147dced91992980
	.quad 0x21870954d510c942
	.quad 0x4b25049e9d6099e5
	.quad 0x45d3a7ab15fd3838
	.quad 0xedb649e5b5d58fa0
	.quad 0x80103bb06ba97863
	.quad 0xd0027c116f8269f1
	.quad 0x75374d4f0f428300
