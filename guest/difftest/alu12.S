	.globl _start
	.text
_start:
	movabsq $0xf1e1b6b621d5b08d, %rax
	movabsq $0x8000000000000000, %rcx
	movabsq $0xffffffffffffffff, %rdx
	movabsq $0x78e8cc684dda679a, %rbx
	movabsq $0x8679a6e3e6166991, %rbp
	movabsq $0x80000000, %rsi
	movabsq $0x929565dffbfdc3c8, %rdi
	movabsq $0x8000000000000000, %r8
	movabsq $0x8000, %r9
	movabsq $0xffffffffffffffff, %r10
	movabsq $0xffffffffffffffff, %r11
	movabsq $0x80000000, %r12
	movabsq $0x8000000000000000, %r13
	movabsq $0xe944ecb8eea90cf1, %r14
	movabsq $0, %r15
	pushq $21
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	movzbl %r12b, %edi
dt_1_0:
	shrdq $55, %rsi, data+32(%rip)
dt_2_0:
	shldw $12, %r13w, %dx
dt_3_0:
	subb $201, %ch
dt_4_0:
	lzcntq %rbx, %r15
dt_5_0:
	movq $220, %r10
dt_5_1:
	xor %edx, %edx
dt_5_2:
	divq %r10
dt_6_0:
	addq data+0(%rip), %rax
dt_7_0:
	shrdq $12, %r13, %rdi
dt_8_0:
	popcntq %rbp, %r14
dt_9_0:
	xaddl %esi, data+136(%rip)
dt_10_0:
	incq data+64(%rip)
dt_11_0:
	adcw %dx, data+104(%rip)
dt_12_0:
	movswl %r8w, %r8d
dt_13_0:
	sbbl %ecx, %r9d
dt_14_0:
	cmovbl %eax, %r14d
dt_15_0:
	movq $745, %r9
dt_15_1:
	xor %edx, %edx
dt_15_2:
	divq %r9
dt_16_0:
	subw $3668, %r14w
dt_17_0:
	cmovlel %r8d, %esi
dt_18_0:
	cltd
dt_19_0:
	mulb %r12b
dt_20_0:
	btrl %ecx, %ebx
dt_21_0:
	cmpxchgw %r12w, data+144(%rip)
dt_22_0:
	setbe %r13b
dt_23_0:
	decb %r9b
dt_24_0:
	testq %r12, %r11
dt_25_0:
	addb $21, %dh
dt_26_0:
	tzcntw %r14w, %r10w
dt_27_0:
	shldl %cl, %r15d, data+96(%rip)
dt_28_0:
	sahf
dt_29_0:
	addw $36448, %cx
dt_30_0:
	testb %sil, %al
dt_31_0:
	setb %sil
dt_32_0:
	rcrq %rax
dt_33_0:
	mulb %r9b
dt_34_0:
	andb $70, %bh
dt_35_0:
	movq %r13, data+8(%rip)
dt_36_0:
	imull %ebp
dt_37_0:
	cmpw %cx, data+152(%rip)
dt_38_0:
	adcw %bx, %r8w
dt_39_0:
	xaddq %r10, %rdi
dt_40_0:
	subb %r15b, data+16(%rip)
dt_41_0:
	decl %ecx
dt_42_0:
	clc
dt_43_0:
	negb data+72(%rip)
dt_44_0:
	bswap %rdx
dt_45_0:
	movw %r9w, data+168(%rip)
dt_46_0:
	leal -476(%r8,%rsi,2), %eax
dt_47_0:
	bswap %r10d
dt_48_0:
	bsrl %ebx, %r11d
dt_49_0:
	shldw $14, %r15w, data+40(%rip)
dt_50_0:
	leal 1244(%rsi,%rdx,8), %r15d
dt_51_0:
	negb data+144(%rip)
dt_52_0:
	bsrl %ebp, %ebp
dt_53_0:
	testb %r12b, %dil
dt_54_0:
	andq data+112(%rip), %r14
dt_55_0:
	testl %r14d, %ebp
dt_56_0:
	cmpxchgl %r13d, data+136(%rip)
dt_57_0:
	cmovew %r14w, %di
dt_58_0:
	xaddb %r14b, %sil
dt_59_0:
	setc %sil
dt_60_0:
	movl $931, %ebp
dt_60_1:
	xor %edx, %edx
dt_60_2:
	divl %ebp
dt_61_0:
	cmpxchgw %r11w, data+56(%rip)
dt_62_0:
	movswl %dx, %r11d
dt_63_0:
	adcl $-66135305, %ebx
dt_64_0:
	leal 2343(%r9,%rcx,2), %r15d
dt_65_0:
	btrq %rbx, %rdx
dt_66_0:
	leaq -1651(%r12,%r13,4), %rcx
dt_67_0:
	imull $231745961, %r13d, %r14d
dt_68_0:
	xaddw %r9w, data+176(%rip)
dt_69_0:
	btsq %r8, %r12
dt_70_0:
	movl $404, %r10d
dt_70_1:
	cltd
dt_70_2:
	idivl %r10d
dt_71_0:
	cmovsw %ax, %r8w
dt_72_0:
	mulb %r14b
dt_73_0:
	xorb $28, %cl
dt_74_0:
	addb $159, %r9b
dt_75_0:
	setc %r12b
dt_76_0:
	cmc
dt_77_0:
	cmpxchgq %rdi, %r10
dt_78_0:
	xorb $52, %ch
dt_79_0:
	bswap %edi
dt_80_0:
	movzwq %cx, %rdi
dt_81_0:
	adcb $190, %r12b
dt_82_0:
	subq data+128(%rip), %rbx
dt_83_0:
	incl %ecx
dt_84_0:
	rolb $8, %r13b
dt_85_0:
	bswap %ebp
dt_86_0:
	movswq %bx, %rbx
dt_87_0:
	addb %cl, %bl
dt_88_0:
	cmpw data+80(%rip), %r10w
dt_89_0:
	movq $549, %r11
dt_89_1:
	cqto
dt_89_2:
	idivq %r11
dt_90_0:
	cmovll %r13d, %ebp
dt_91_0:
	setc %r12b
dt_92_0:
	leal 1045(%rax,%r12,2), %r8d
dt_93_0:
	cmc
dt_94_0:
	movw %r10w, data+0(%rip)
dt_95_0:
	xchgb %r15b, %r10b
dt_96_0:
	xaddw %r10w, %cx
dt_97_0:
	xorb data+120(%rip), %r13b
dt_98_0:
	movq $368, %rsi
dt_98_1:
	xor %edx, %edx
dt_98_2:
	divq %rsi
dt_99_0:
	tzcntw %si, %di
dt_100_0:
	movw %bp, %r11w
dt_101_0:
	shrdw $13, %r14w, %r11w
dt_102_0:
	subl %r12d, %r10d
dt_103_0:
	cmovnpq %r13, %r12
dt_104_0:
	testl %r9d, %esi
dt_105_0:
	bswap %r8d
dt_106_0:
	bswap %esi
dt_107_0:
	btrw %r11w, %r12w
dt_108_0:
	testb %r13b, %r14b
dt_109_0:
	bswap %r13d
dt_110_0:
	shldq %cl, %r15, %rsi
dt_111_0:
	xaddw %r8w, data+72(%rip)
dt_112_0:
	testl %esi, %r14d
dt_113_0:
	xchgb %dl, %r15b
dt_114_0:
	rorq $15, data+16(%rip)
dt_115_0:
	adcq data+120(%rip), %r9
dt_116_0:
	imulq %r15, %rax
dt_117_0:
	movl %r10d, data+144(%rip)
dt_118_0:
	sarl %r13d
dt_119_0:
	movl $527, %r8d
dt_119_1:
	cltd
dt_119_2:
	idivl %r8d
dt_120_0:
	mulb %al
dt_121_0:
	movq $284, %r9
dt_121_1:
	xor %edx, %edx
dt_121_2:
	divq %r9
dt_122_0:
	cmovsw %si, %cx
dt_123_0:
	bswap %edx
dt_124_0:
	sbbl %ecx, data+168(%rip)
dt_125_0:
	bswap %r11d
dt_126_0:
	notq %r10
dt_127_0:
	cmpxchgl %r8d, data+128(%rip)
dt_128_0:
	addq data+184(%rip), %r12
dt_129_0:
	popcntw %di, %r10w
dt_130_0:
	cbtw
dt_131_0:
	rcll $25, data+168(%rip)
dt_132_0:
	xorq %r12, %rax
dt_133_0:
	rorw $49, data+184(%rip)
dt_134_0:
	negq %rbx
dt_135_0:
	movl $671, %r15d
dt_135_1:
	xor %edx, %edx
dt_135_2:
	divl %r15d
dt_136_0:
	movq %r11, data+184(%rip)
dt_137_0:
	movq $400, %r11
dt_137_1:
	cqto
dt_137_2:
	idivq %r11
dt_138_0:
	cmpxchgl %r8d, data+168(%rip)
dt_139_0:
	testb %r10b, %r11b
dt_140_0:
	movb %dl, %al
dt_141_0:
	sbbq %rbp, %r15
dt_142_0:
	setc %sil
dt_143_0:
	shrdq $13, %rdx, data+96(%rip)
dt_144_0:
	btcq $64, %rbp
dt_145_0:
	adcl data+96(%rip), %r10d
dt_146_0:
	cmpxchgl %ecx, %r15d
dt_147_0:
	notq data+24(%rip)
dt_148_0:
	btrl $43, %r9d
dt_149_0:
	subb data+136(%rip), %r14b
dt_150_0:
	movl $509, %r12d
dt_150_1:
	xor %edx, %edx
dt_150_2:
	divl %r12d
dt_151_0:
	cmpl %esi, data+32(%rip)
dt_152_0:
	imulq %rdi, %rbx
dt_153_0:
	cmpq $1533078912, %r11
dt_154_0:
	cmpq data+88(%rip), %rsi
dt_155_0:
	movl $694, %r15d
dt_155_1:
	xor %edx, %edx
dt_155_2:
	divl %r15d
dt_156_0:
	leaq 1442(%r8,%r15,1), %rbx
dt_157_0:
	movl $759, %ebp
dt_157_1:
	cltd
dt_157_2:
	idivl %ebp
dt_158_0:
	xchgb %r9b, %r14b
dt_159_0:
	bsfl %r8d, %edi
dt_160_0:
	bswap %r12d
dt_161_0:
	andb %r9b, %r13b
dt_162_0:
	leal -11(%rbx,%r13,4), %r10d
dt_163_0:
	mulq %rsi
dt_164_0:
	subb $238, %al
dt_165_0:
	btl %edi, %r8d
dt_166_0:
	bswap %esi
dt_167_0:
	movl $263, %ecx
dt_167_1:
	cltd
dt_167_2:
	idivl %ecx
dt_168_0:
	rclb %r8b
dt_169_0:
	addb data+160(%rip), %dl
dt_170_0:
	cmovlew %r14w, %r8w
dt_171_0:
	sbbw data+128(%rip), %r10w
dt_172_0:
	cbtw
dt_173_0:
	cmpxchgw %cx, data+184(%rip)
dt_174_0:
	cmpq %r9, %rdi
dt_175_0:
	andb $249, %cl
dt_176_0:
	sarq %cl, data+88(%rip)
dt_177_0:
	orb %bl, %r15b
dt_178_0:
	bswap %ebx
dt_179_0:
	movl $240, %r11d
dt_179_1:
	cltd
dt_179_2:
	idivl %r11d
dt_180_0:
	bswap %r13d
dt_181_0:
	rclw $32, data+152(%rip)
dt_182_0:
	xorb $175, %cl
dt_183_0:
	cmpb %cl, %r10b
dt_184_0:
	xaddb %r9b, %sil
dt_185_0:
	testb %bl, %sil
dt_186_0:
	movl $130, %r14d
dt_186_1:
	xor %edx, %edx
dt_186_2:
	divl %r14d
dt_187_0:
	bswap %edi
dt_188_0:
	xaddw %ax, data+176(%rip)
dt_189_0:
	bswap %ebx
dt_190_0:
	setne data+152(%rip)
dt_191_0:
	sbbq $-856342634, %rcx
dt_192_0:
	addq $300503330, %rbx
dt_193_0:
	xaddb %r10b, data+160(%rip)
dt_194_0:
	sahf
dt_195_0:
	subw %r11w, data+112(%rip)
dt_196_0:
	cmovgw %di, %di
dt_197_0:
	movslq %r9d, %r14
dt_198_0:
	clc
dt_199_0:
	cmpxchgq %rbx, %r8
dt_200_0:
	rorw %bp
dt_201_0:
	incb %r8b
dt_202_0:
	setc %r8b
dt_203_0:
	cmpxchgq %r9, data+152(%rip)
dt_204_0:
	subw $63232, %r12w
dt_205_0:
	subw %cx, data+96(%rip)
dt_206_0:
	subw $17337, %r9w
dt_207_0:
	addb $170, %ah
dt_208_0:
	cltd
dt_209_0:
	shldl %cl, %r13d, %r13d
dt_210_0:
	cwtd
dt_211_0:
	testq %rdx, %r8
dt_212_0:
	mull %r11d
dt_213_0:
	addb $191, %bh
dt_214_0:
	stc
dt_215_0:
	testq %r12, %rcx
dt_216_0:
	testl %edi, %r12d
dt_217_0:
	xorb $84, %ah
dt_218_0:
	cmovgel %r13d, %r12d
dt_219_0:
	negq data+120(%rip)
dt_220_0:
	movl $855, %r11d
dt_220_1:
	cltd
dt_220_2:
	idivl %r11d
dt_221_0:
	movl $140, %ecx
dt_221_1:
	xor %edx, %edx
dt_221_2:
	divl %ecx
dt_222_0:
	subw data+184(%rip), %di
dt_223_0:
	addb data+24(%rip), %dl
dt_224_0:
	btrw %r10w, %r10w
dt_225_0:
	setc %bl
dt_226_0:
	btcq %rcx, %r12
dt_227_0:
	sbbl data+104(%rip), %esi
dt_228_0:
	adcb %r15b, data+48(%rip)
dt_229_0:
	andl %r15d, %ecx
dt_230_0:
	setc %r14b
dt_231_0:
	xaddw %r9w, data+104(%rip)
dt_232_0:
	bsfl %r13d, %ecx
dt_233_0:
	adcq data+120(%rip), %r13
dt_234_0:
	imulw %r14w, %bp
dt_235_0:
	movw %dx, %dx
dt_236_0:
	xaddq %rsi, data+176(%rip)
dt_237_0:
	rorl $10, data+40(%rip)
dt_238_0:
	xaddb %r8b, %r14b
dt_239_0:
	bsfl %r9d, %edi
dt_240_0:
	leaq 67(%rsi,%r13,2), %r8
dt_241_0:
	cwtl
dt_242_0:
	shldl $5, %ecx, %r14d
dt_243_0:
	testl %r10d, %ebp
dt_244_0:
	cbtw
dt_245_0:
	movzbq %r11b, %rdx
dt_246_0:
	btrw %r13w, %ax
dt_247_0:
	xorl %r10d, %r14d
dt_248_0:
	andw %r9w, data+40(%rip)
dt_249_0:
	shldl %cl, %r10d, data+32(%rip)
dt_250_0:
	cmpq data+96(%rip), %r11
dt_251_0:
	orl $529227663, %ebp
dt_252_0:
	bswap %rsi
dt_253_0:
	orw $18955, %dx
dt_254_0:
	cwtl
dt_255_0:
	movq %r13, data+72(%rip)
dt_256_0:
	rclq %cl, %r11
dt_257_0:
	cmovll %r12d, %ebx
dt_258_0:
	tzcntl %esi, %r10d
dt_259_0:
	imull %eax, %esi
dt_260_0:
	bsfw %r9w, %r9w
dt_261_0:
	leal 1219(%rdi,%r8,2), %r14d
dt_262_0:
	leaq 106(%rbp,%rdx,2), %r14
dt_263_0:
	orq %r12, data+176(%rip)
dt_264_0:
	shrdw $4, %si, %bp
dt_265_0:
	movl $49, %ecx
dt_265_1:
	xor %edx, %edx
dt_265_2:
	divl %ecx
dt_266_0:
	movl $233, %r12d
dt_266_1:
	cltd
dt_266_2:
	idivl %r12d
dt_267_0:
	stc
dt_268_0:
	movsbq %sil, %rbx
dt_269_0:
	subb $92, %dh
dt_270_0:
	popcntw %r8w, %bp
dt_271_0:
	sbbb %r10b, data+104(%rip)
dt_272_0:
	orl %r10d, %ecx
dt_273_0:
	cmovleq %rdx, %rdx
dt_274_0:
	roll %cl, %ebp
dt_275_0:
	andw %di, data+48(%rip)
dt_276_0:
	lzcntl %r12d, %esi
dt_277_0:
	btrw %r10w, %r9w
dt_278_0:
	cmpb $238, %al
dt_279_0:
	addw %di, %di
dt_280_0:
	shldl $21, %r10d, data+56(%rip)
dt_281_0:
	popcntw %bx, %r9w
dt_282_0:
	leaq 348(%rax,%r15,4), %r12
dt_283_0:
	xaddb %cl, %r14b
dt_284_0:
	addq %r9, %r14
dt_285_0:
	movsbl %r12b, %r12d
dt_286_0:
	cmc
dt_287_0:
	leaq 1180(%r14,%rdi,2), %r15
dt_288_0:
	leal 531(%r12,%r13,1), %ecx
dt_289_0:
	cmovlel %ebx, %edx
dt_290_0:
	xorl %edx, data+80(%rip)
dt_291_0:
	negw %di
dt_292_0:
	testw %r8w, %r15w
dt_293_0:
	andq $-578185875, %r8
dt_294_0:
	testw %bp, %dx
dt_295_0:
	shldq $23, %r13, data+24(%rip)
dt_296_0:
	imulw %dx, %r9w
dt_297_0:
	bswap %edx
dt_298_0:
	bsrq %rdx, %r8
dt_299_0:
	bsfl %r15d, %r9d
dt_300_0:
	adcq data+48(%rip), %rcx
dt_301_0:
	leal -2190(%rdx,%r9,4), %esi
dt_302_0:
	sbbq %r10, %rbp
dt_303_0:
	imulq %rbx, %r11
dt_304_0:
	xaddb %al, data+128(%rip)
dt_305_0:
	popcntl %r14d, %r12d
dt_306_0:
	cmpb data+48(%rip), %dil
dt_307_0:
	sarl $47, %r11d
dt_308_0:
	cmpq %rdx, data+8(%rip)
dt_309_0:
	xorb $2, %sil
dt_310_0:
	bswap %r12
dt_311_0:
	cmc
dt_312_0:
	subb data+64(%rip), %r13b
dt_313_0:
	movzwl %bx, %r15d
dt_314_0:
	cmpxchgb %r10b, %bl
dt_315_0:
	bswap %r11d
dt_316_0:
	cmpb data+104(%rip), %al
dt_317_0:
	bswap %r10d
dt_318_0:
	imull %r9d
dt_319_0:
	orl $951518021, %ecx
dt_320_0:
	imulq $2147121017, %rdi, %rsi
dt_321_0:
	lahf
dt_322_0:
	andb $206, %dl
dt_323_0:
	orw data+104(%rip), %r9w
dt_324_0:
	cmovel %r12d, %edx
dt_325_0:
	subq %r15, data+72(%rip)
dt_326_0:
	subq %r11, %r10
dt_327_0:
	xaddl %eax, %esi
dt_328_0:
	shldl %cl, %edi, %edi
dt_329_0:
	negw data+144(%rip)
dt_330_0:
	andb $208, %dl
dt_331_0:
	cmovaw %r10w, %r13w
dt_332_0:
	btrl $61, %ebx
dt_333_0:
	testb %r14b, %cl
dt_334_0:
	leaq -2167(%rbp,%r10,8), %rcx
dt_335_0:
	leaq 476(%rdi,%r14,8), %rbp
dt_336_0:
	btsw $22, %ax
dt_337_0:
	imull $206392045, %edi, %r14d
dt_338_0:
	rolq %cl, %r8
dt_339_0:
	adcb data+32(%rip), %al
dt_340_0:
	movl $156, %r15d
dt_340_1:
	xor %edx, %edx
dt_340_2:
	divl %r15d
dt_341_0:
	xaddq %rdi, data+184(%rip)
dt_342_0:
	setc %dl
dt_343_0:
	subw data+64(%rip), %r8w
dt_344_0:
	xorq data+176(%rip), %r11
dt_345_0:
	shldq $58, %rax, %rdx
dt_346_0:
	xaddl %r11d, %r14d
dt_347_0:
	rolw $2, %ax
dt_348_0:
	testl %ebp, %ebp
dt_349_0:
	cmpxchgw %bx, %r11w
dt_350_0:
	tzcntq %r13, %rsi
dt_351_0:
	testl %r8d, %ebp
dt_352_0:
	xaddq %rdx, data+24(%rip)
dt_353_0:
	movw %r15w, %r10w
dt_354_0:
	tzcntw %r11w, %bx
dt_355_0:
	adcl $1147421228, %r15d
dt_356_0:
	cmpq %r12, data+136(%rip)
dt_357_0:
	cmovnol %r9d, %ebx
dt_358_0:
	shrdq %cl, %rbx, %rsi
dt_359_0:
	testl %r12d, %r11d
dt_360_0:
	adcw $63259, %bx
dt_361_0:
	shrw $9, %di
dt_362_0:
	bswap %r14
dt_363_0:
	bsfw %r9w, %bp
dt_364_0:
	cmpxchgb %cl, data+168(%rip)
dt_365_0:
	adcl data+152(%rip), %ecx
dt_366_0:
	testq %r12, %rcx
dt_367_0:
	xorw %r8w, %dx
dt_368_0:
	bswap %rdi
dt_369_0:
	sbbq data+160(%rip), %rdx
dt_370_0:
	movw %dx, %dx
dt_371_0:
	movq %rax, data+104(%rip)
dt_372_0:
	orl %ebp, data+64(%rip)
dt_373_0:
	bswap %r15
dt_374_0:
	leaq -478(%rbx,%r13,2), %r11
dt_375_0:
	bswap %ebp
dt_376_0:
	btsw %bx, %bp
dt_377_0:
	sahf
dt_378_0:
	movw %r14w, %si
dt_379_0:
	movw %r11w, %r9w
dt_380_0:
	movw %cx, %r8w
dt_381_0:
	leal -589(%r12,%rbx,2), %r11d
dt_382_0:
	leal 1966(%rcx,%r11,1), %r12d
dt_383_0:
	shll %cl, data+24(%rip)
dt_384_0:
	cmpxchgq %r8, %r13
dt_385_0:
	shrw %cl, data+64(%rip)
dt_386_0:
	cmpw %r11w, %r8w
dt_387_0:
	cltd
dt_388_0:
	imull $1299601566, %r9d, %ecx
dt_389_0:
	xorb $224, %cl
dt_390_0:
	andb %r11b, %r9b
dt_391_0:
	leal 1150(%r11,%r13,4), %r8d
dt_392_0:
	cmpb $81, %bl
dt_393_0:
	cmpxchgw %bx, data+144(%rip)
dt_394_0:
	sbbb $154, %bl
dt_395_0:
	setc %sil
dt_396_0:
	incw data+96(%rip)
dt_397_0:
	addl $298536290, %r8d
dt_398_0:
	xchgb %r15b, %bl
dt_399_0:
	movb %sil, data+0(%rip)
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0x07fe46262866d6db
	.quad 0xa5043f257ef144f5
	.quad 0x9b963782f1ad7f11
	.quad 0x97a176f69682a369
	.quad 0x9f13a1de8e2a9d0a
	.quad 0x6cfdca2f62b05e93
	.quad 0x45234e62b10c1ab5
	.quad 0x790ed098c0ada3d6
	.quad 0xee3c6e1d1c0003a2
	.quad 0x92fdfe9888f3e9ef
	.quad 0x4c00120886679028
	.quad 0xf837e939a709bd91
	.quad 0x87c16c4ce35f9468
	.quad 0x2b810ca148b01ccb
	.quad 0x2e0272bf6ae1f035
	.quad 0xc8083286054a20ea
	.quad 0x6bbf4861d4d60e38
	.quad 0xb73192b0299dd063
	.quad 0xe1aecccb3ec1aad0
	.quad 0x78ee4cbd9e4f3421
	.quad 0x61ae20c41368b1ff
	.quad 0xafbd39d418700f77
	.quad 0x2a4294b86260b292
	.quad 0xf26bd9eba3895540
	.quad 0xad032bd0c750b26c
	.quad 0xf2b606a27e29adf3
	.quad 0x396aef38f53672be
	.quad 0x57544ece0f31d088
	.quad 0x91398918a341fbb5
	.quad 0x1ad5a06e75ded742
	.quad 0x49eedbf9c0a7e491
	.quad 0xba8e8beb15881c52
