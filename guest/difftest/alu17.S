	.globl _start
	.text
_start:
	movabsq $0xffffffffffffffff, %rax
	movabsq $0xaa3c8b0250c6032c, %rcx
	movabsq $0x5983292da87478be, %rdx
	movabsq $0x80, %rbx
	movabsq $0x7fffffff, %rbp
	movabsq $0x7f, %rsi
	movabsq $0x8000000000000000, %rdi
	movabsq $0x7fffffff, %r8
	movabsq $0xffff, %r9
	movabsq $0xff, %r10
	movabsq $0x5cb300a6a85c0055, %r11
	movabsq $0x7fffffff, %r12
	movabsq $0x7fffffff, %r13
	movabsq $0x7fffffff, %r14
	movabsq $0x7f, %r15
	pushq $2260
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	andl data+40(%rip), %ebx
dt_1_0:
	orw data+16(%rip), %dx
dt_2_0:
	bswap %r13d
dt_3_0:
	cmovlel %edi, %esi
dt_4_0:
	imull $1279849365, %r8d, %r10d
dt_5_0:
	movl $392, %r10d
dt_5_1:
	cltd
dt_5_2:
	idivl %r10d
dt_6_0:
	rorb $42, data+24(%rip)
dt_7_0:
	addq $171216187, %rcx
dt_8_0:
	cmovaq %rax, %r11
dt_9_0:
	popcntq %rbx, %rbp
dt_10_0:
	cmovaw %r12w, %cx
dt_11_0:
	movb %r15b, %r14b
dt_12_0:
	rcll %ebp
dt_13_0:
	setc %dl
dt_14_0:
	leal 1993(%r11,%rbx,4), %ecx
dt_15_0:
	testw %r9w, %r11w
dt_16_0:
	shll $40, data+64(%rip)
dt_17_0:
	bsfl %r10d, %r14d
dt_18_0:
	adcl data+160(%rip), %ebp
dt_19_0:
	xorl %r14d, data+56(%rip)
dt_20_0:
	cmovnel %r13d, %r8d
dt_21_0:
	leaq 1666(%r14,%r10,8), %rbx
dt_22_0:
	addb data+152(%rip), %cl
dt_23_0:
	movw %r12w, data+96(%rip)
dt_24_0:
	xorb $80, %ah
dt_25_0:
	leaq -309(%rcx,%rbp,8), %r14
dt_26_0:
	testw %bp, %bx
dt_27_0:
	leal -287(%rdi,%r12,1), %eax
dt_28_0:
	cmovgew %si, %r15w
dt_29_0:
	leaq -1750(%r11,%rsi,8), %rbp
dt_30_0:
	cmpl %eax, %r10d
dt_31_0:
	movq $82, %rbp
dt_31_1:
	cqto
dt_31_2:
	idivq %rbp
dt_32_0:
	xchgb %r11b, %bl
dt_33_0:
	cmc
dt_34_0:
	bswap %r9
dt_35_0:
	leal -570(%rbx,%r12,4), %r11d
dt_36_0:
	movswl %si, %r15d
dt_37_0:
	btcw $73, %r8w
dt_38_0:
	testl %edi, %r10d
dt_39_0:
	sbbw data+144(%rip), %r11w
dt_40_0:
	bsfq %rbp, %rax
dt_41_0:
	rolw data+24(%rip)
dt_42_0:
	bswap %rbp
dt_43_0:
	movl %r11d, %edx
dt_44_0:
	bsfl %eax, %r14d
dt_45_0:
	movzwl %r10w, %r8d
dt_46_0:
	xorq data+40(%rip), %r12
dt_47_0:
	leaq 1211(%rbx,%r9,8), %rbp
dt_48_0:
	xaddw %r15w, %r8w
dt_49_0:
	andb $207, %cl
dt_50_0:
	leal -522(%rdi,%r8,1), %ebp
dt_51_0:
	movl $293, %esi
dt_51_1:
	cltd
dt_51_2:
	idivl %esi
dt_52_0:
	bswap %r9d
dt_53_0:
	shldq %cl, %rbp, %r8
dt_54_0:
	movsbl %r8b, %r15d
dt_55_0:
	sbbw %ax, %r9w
dt_56_0:
	bsfq %rsi, %r12
dt_57_0:
	subb $213, %ah
dt_58_0:
	leal -1992(%rbp,%rcx,4), %r12d
dt_59_0:
	imulw %r11w, %r13w
dt_60_0:
	btl $27, %ecx
dt_61_0:
	sbbb data+80(%rip), %r12b
dt_62_0:
	shrw data+0(%rip)
dt_63_0:
	cmovaw %r10w, %r9w
dt_64_0:
	bsrw %cx, %bx
dt_65_0:
	shlq %rbp
dt_66_0:
	sbbw data+144(%rip), %r13w
dt_67_0:
	roll %cl, data+64(%rip)
dt_68_0:
	cmpxchgq %r11, %r12
dt_69_0:
	addq %r12, %r11
dt_70_0:
	movq $304, %rdi
dt_70_1:
	xor %edx, %edx
dt_70_2:
	divq %rdi
dt_71_0:
	cmovgeq %rbx, %rbp
dt_72_0:
	stc
dt_73_0:
	addl $759897705, %r13d
dt_74_0:
	adcb %r8b, data+24(%rip)
dt_75_0:
	shrdq $28, %r12, %rsi
dt_76_0:
	orq data+184(%rip), %r11
dt_77_0:
	cltq
dt_78_0:
	cbtw
dt_79_0:
	cmc
dt_80_0:
	sarl data+168(%rip)
dt_82_0:
	testw %ax, %r8w
dt_83_0:
	rolw %cl, %si
dt_84_0:
	orl data+160(%rip), %esi
dt_85_0:
	cqto
dt_86_0:
	xchgb %r11b, %r9b
dt_87_0:
	negq %r10
dt_88_0:
	imulq %rsi
dt_89_0:
	xorq $-591708041, %rbp
dt_90_0:
	cmc
dt_91_0:
	imull %r11d
dt_92_0:
	adcw data+160(%rip), %bp
dt_93_0:
	andl $124392607, %r10d
dt_94_0:
	movb %cl, data+168(%rip)
dt_95_0:
	btw %r11w, %si
dt_96_0:
	mulb %dl
dt_97_0:
	subw data+144(%rip), %r11w
dt_98_0:
	movq %r13, %r15
dt_99_0:
	clc
dt_100_0:
	leal -1292(%r8,%r14,4), %ecx
dt_101_0:
	sbbl %r14d, %r10d
dt_102_0:
	shrdq $28, %rsi, %rsi
dt_103_0:
	btsl $41, %ebp
dt_104_0:
	cbtw
dt_105_0:
	adcq %rdi, data+72(%rip)
dt_106_0:
	rcrq $3, data+56(%rip)
dt_107_0:
	shrdq %cl, %r13, data+32(%rip)
dt_108_0:
	bsrw %dx, %r14w
dt_109_0:
	sarb %r8b
dt_110_0:
	shldq $18, %rdi, %rsi
dt_111_0:
	shrdw $4, %r14w, %r8w
dt_112_0:
	popcntl %r13d, %eax
dt_113_0:
	xaddw %si, data+80(%rip)
dt_114_0:
	adcw %dx, data+160(%rip)
dt_115_0:
	lzcntw %r15w, %r13w
dt_116_0:
	orw $57076, %ax
dt_117_0:
	imulw %r11w
dt_118_0:
	lzcntq %r10, %rdx
dt_119_0:
	cmpxchgw %r15w, data+56(%rip)
dt_120_0:
	andb $160, %dh
dt_121_0:
	bsrq %r12, %r10
dt_122_0:
	subb $182, %dl
dt_123_0:
	btsl %r12d, %esi
dt_124_0:
	bsrq %r13, %rcx
dt_125_0:
	leaq 779(%r10,%r8,2), %rdi
dt_126_0:
	cqto
dt_127_0:
	testl %ebx, %r11d
dt_128_0:
	bsrq %r13, %r11
dt_129_0:
	decw data+184(%rip)
dt_130_0:
	leaq -349(%rax,%r8,1), %rsi
dt_131_0:
	cbtw
dt_132_0:
	subb $184, %ah
dt_133_0:
	cmc
dt_134_0:
	imull %edx, %ecx
dt_135_0:
	sarb $9, %r9b
dt_136_0:
	shrw data+72(%rip)
dt_137_0:
	popcntw %di, %cx
dt_138_0:
	cmpb %dil, data+128(%rip)
dt_139_0:
	cmpb $97, %dl
dt_140_0:
	cmovel %eax, %esi
dt_141_0:
	cmpxchgl %esi, %ecx
dt_142_0:
	movq %r12, data+0(%rip)
dt_143_0:
	bsrl %ecx, %ebp
dt_144_0:
	xorb $44, %bl
dt_145_0:
	subb $78, %ah
dt_146_0:
	movl $45, %ebx
dt_146_1:
	cltd
dt_146_2:
	idivl %ebx
dt_147_0:
	orl $209840932, %edx
dt_148_0:
	sahf
dt_149_0:
	cmovoq %rbx, %rdx
dt_150_0:
	movsbl %r15b, %r8d
dt_151_0:
	movw %bp, %r12w
dt_152_0:
	shrw $19, data+160(%rip)
dt_153_0:
	cmoval %edi, %r14d
dt_154_0:
	lzcntw %ax, %r11w
dt_155_0:
	andq data+32(%rip), %r14
dt_156_0:
	xchgb %r9b, %r15b
dt_157_0:
	movzbl %sil, %ecx
dt_158_0:
	setc %r11b
dt_159_0:
	movsbl %bl, %r8d
dt_160_0:
	decq %rax
dt_161_0:
	bsrl %eax, %ebp
dt_162_0:
	testl %ecx, %r15d
dt_163_0:
	setc %r12b
dt_164_0:
	stc
dt_165_0:
	cmpxchgq %rsi, %r9
dt_166_0:
	adcb %r9b, data+80(%rip)
dt_167_0:
	andb data+176(%rip), %al
dt_168_0:
	xorb %dil, %r14b
dt_169_0:
	cmpxchgq %r11, data+72(%rip)
dt_170_0:
	negq %r14
dt_171_0:
	shldl $5, %edx, %r8d
dt_172_0:
	negl %r8d
dt_173_0:
	bswap %r11d
dt_174_0:
	movzwl %bp, %eax
dt_175_0:
	xorw %r13w, data+56(%rip)
dt_176_0:
	leal 2183(%r14,%r9,2), %esi
dt_177_0:
	movswl %r14w, %r15d
dt_178_0:
	roll $16, data+24(%rip)
dt_179_0:
	lzcntl %esi, %edi
dt_180_0:
	rorq %rbp
dt_181_0:
	movq $948, %r14
dt_181_1:
	cqto
dt_181_2:
	idivq %r14
dt_182_0:
	leal 802(%rcx,%r15,8), %ebx
dt_183_0:
	movl $150, %r15d
dt_183_1:
	xor %edx, %edx
dt_183_2:
	divl %r15d
dt_184_0:
	leal -482(%r15,%rdx,4), %edx
dt_185_0:
	testl %r8d, %r13d
dt_186_0:
	movw %si, data+48(%rip)
dt_187_0:
	cmpw %r15w, %r12w
dt_188_0:
	cmpq %rcx, %r12
dt_189_0:
	cwtd
dt_190_0:
	cmpxchgw %r13w, data+56(%rip)
dt_191_0:
	shrq %cl, %rbx
dt_192_0:
	bswap %r15d
dt_193_0:
	imull $78082545, %eax, %ebx
dt_194_0:
	xorq data+144(%rip), %rcx
dt_195_0:
	tzcntq %rdi, %r9
dt_196_0:
	imulw %ax, %r10w
dt_197_0:
	andq data+176(%rip), %rcx
dt_198_0:
	andw %r12w, data+184(%rip)
dt_199_0:
	cmc
dt_200_0:
	movb %cl, data+16(%rip)
dt_201_0:
	cmc
dt_202_0:
	leaq 1448(%rax,%rdx,1), %r15
dt_203_0:
	testb %r8b, %r8b
dt_204_0:
	mulb %sil
dt_205_0:
	andw %dx, data+16(%rip)
dt_206_0:
	leal 109(%r10,%rbx,2), %r11d
dt_207_0:
	bswap %esi
dt_208_0:
	movl %edi, data+24(%rip)
dt_209_0:
	shrb %cl, data+144(%rip)
dt_210_0:
	andw data+64(%rip), %dx
dt_211_0:
	sarq %cl, data+40(%rip)
dt_212_0:
	leal 2026(%rdx,%rbp,2), %r12d
dt_213_0:
	testb %r12b, %cl
dt_214_0:
	notl %r13d
dt_215_0:
	bswap %r12d
dt_216_0:
	andq %rdx, data+64(%rip)
dt_217_0:
	movl %r13d, %r10d
dt_218_0:
	cmpxchgb %r11b, data+8(%rip)
dt_219_0:
	movb %bl, %al
dt_220_0:
	xorl %r10d, %edx
dt_221_0:
	sbbw %r10w, %ax
dt_222_0:
	xaddq %rdi, %r10
dt_223_0:
	lzcntl %ebp, %r13d
dt_224_0:
	bsfw %bx, %dx
dt_225_0:
	movb %al, data+24(%rip)
dt_226_0:
	movl $218, %r11d
dt_226_1:
	cltd
dt_226_2:
	idivl %r11d
dt_227_0:
	addb $133, %ch
dt_228_0:
	movzbq %r11b, %rbp
dt_229_0:
	imull %r14d
dt_230_0:
	roll %cl, data+136(%rip)
dt_231_0:
	movswq %r12w, %rdx
dt_232_0:
	notl %r9d
dt_233_0:
	cmpb data+96(%rip), %al
dt_234_0:
	movl %r10d, %edx
dt_235_0:
	btrq %r12, %rcx
dt_236_0:
	movsbq %r15b, %rbp
dt_237_0:
	movsbl %r14b, %r9d
dt_238_0:
	subw data+0(%rip), %r14w
dt_239_0:
	movswl %dx, %r10d
dt_240_0:
	lahf
dt_241_0:
	cmpxchgq %r8, data+56(%rip)
dt_242_0:
	shrdl $31, %r10d, %eax
dt_243_0:
	imulw $24554, %r12w, %di
dt_244_0:
	subb $146, %bl
dt_245_0:
	cmpb $126, %cl
dt_246_0:
	testl %edi, %r15d
dt_247_0:
	cmpxchgl %edi, %ebx
dt_248_0:
	popcntl %edx, %r13d
dt_249_0:
	testq %r10, %rbp
dt_250_0:
	movl $863, %r10d
dt_250_1:
	cltd
dt_250_2:
	idivl %r10d
dt_251_0:
	notl %r12d
dt_252_0:
	btcq $54, %rcx
dt_253_0:
	lzcntq %rdi, %r14
dt_254_0:
	popcntw %dx, %bp
dt_255_0:
	orb %r10b, %r10b
dt_256_0:
	shrdl $32, %r11d, data+80(%rip)
dt_257_0:
	leal 1962(%rbp,%rcx,8), %ebx
dt_258_0:
	bswap %r15
dt_259_0:
	andb $130, %al
dt_260_0:
	bswap %rbp
dt_261_0:
	adcb %al, data+104(%rip)
dt_262_0:
	adcl %r14d, data+96(%rip)
dt_263_0:
	shldl %cl, %r11d, data+144(%rip)
dt_264_0:
	cwtl
dt_265_0:
	movq %rsi, %rdx
dt_266_0:
	andb $165, %r9b
dt_267_0:
	andw $51348, %di
dt_268_0:
	tzcntl %esi, %r10d
dt_269_0:
	andl data+80(%rip), %r12d
dt_270_0:
	sarb data+0(%rip)
dt_271_0:
	cmovlq %r12, %r14
dt_272_0:
	shldq $47, %r14, data+0(%rip)
dt_273_0:
	mulb %r11b
dt_274_0:
	leal -2046(%rbx,%r11,1), %r13d
dt_275_0:
	sbbl data+168(%rip), %r11d
dt_276_0:
	leaq 2196(%rax,%rsi,2), %rbp
dt_277_0:
	incb %r11b
dt_278_0:
	movq $314, %rbx
dt_278_1:
	cqto
dt_278_2:
	idivq %rbx
dt_279_0:
	cbtw
dt_280_0:
	andq %r15, data+184(%rip)
dt_281_0:
	xaddq %r15, %r15
dt_282_0:
	cmovsw %si, %r12w
dt_283_0:
	orq %r9, data+56(%rip)
dt_284_0:
	shldw $14, %di, data+168(%rip)
dt_285_0:
	movl %r9d, data+24(%rip)
dt_286_0:
	xaddl %r12d, %esi
dt_287_0:
	testw %cx, %bx
dt_288_0:
	cmovnsw %cx, %dx
dt_289_0:
	addq data+104(%rip), %r14
dt_290_0:
	bsrl %r11d, %esi
dt_291_0:
	leal 2431(%rdx,%r12,2), %ebx
dt_292_0:
	bsrq %rdx, %r11
dt_293_0:
	movzwl %bx, %edx
dt_294_0:
	popcntq %rbp, %rcx
dt_295_0:
	cmovnpw %r14w, %r13w
dt_296_0:
	movq $233, %r14
dt_296_1:
	xor %edx, %edx
dt_296_2:
	divq %r14
dt_297_0:
	incb data+128(%rip)
dt_298_0:
	cmc
dt_299_0:
	cmpxchgl %edi, data+24(%rip)
dt_300_0:
	shrdw $7, %si, data+32(%rip)
dt_301_0:
	xaddw %di, data+40(%rip)
dt_302_0:
	sbbb %dil, data+96(%rip)
dt_303_0:
	setc %r8b
dt_304_0:
	xorb $250, %dl
dt_305_0:
	decb %r11b
dt_306_0:
	movw %r14w, data+56(%rip)
dt_307_0:
	xorb $94, %dh
dt_308_0:
	movsbl %dl, %ecx
dt_309_0:
	movq $916, %rbx
dt_309_1:
	cqto
dt_309_2:
	idivq %rbx
dt_310_0:
	imull $1604273368, %r13d, %r10d
dt_311_0:
	imulw %r14w, %si
dt_312_0:
	cmovbel %r14d, %esi
dt_313_0:
	bsfq %r15, %r10
dt_314_0:
	xaddw %r13w, data+144(%rip)
dt_315_0:
	lahf
dt_316_0:
	cmovsl %ebx, %esi
dt_317_0:
	mulb %sil
dt_318_0:
	movl $126, %r13d
dt_318_1:
	cltd
dt_318_2:
	idivl %r13d
dt_319_0:
	andw data+24(%rip), %si
dt_320_0:
	cmpxchgw %dx, %si
dt_321_0:
	cmovgl %r14d, %esi
dt_322_0:
	bsfl %esi, %ecx
dt_323_0:
	sbbl data+56(%rip), %r12d
dt_324_0:
	bswap %r8
dt_325_0:
	shrdl $40, %r12d, data+64(%rip)
dt_326_0:
	bsrq %rbx, %r12
dt_327_0:
	cmpb data+8(%rip), %dil
dt_328_0:
	xorb $51, %bl
dt_329_0:
	addb $95, %dh
dt_330_0:
	testq %rsi, %rdi
dt_331_0:
	subb $92, %r11b
dt_332_0:
	btcw %r9w, %di
dt_333_0:
	imulq $1340911594, %r15, %rcx
dt_334_0:
	xaddq %rdx, %rbp
dt_335_0:
	addb $12, %r14b
dt_336_0:
	movb %dil, %r12b
dt_337_0:
	setc %r12b
dt_338_0:
	bswap %r11
dt_339_0:
	xorb %r15b, %r8b
dt_340_0:
	sarb %cl, data+168(%rip)
dt_341_0:
	imull $573019217, %r14d, %r12d
dt_342_0:
	tzcntq %rbx, %rbx
dt_343_0:
	cltd
dt_344_0:
	subb data+64(%rip), %al
dt_345_0:
	testb %dl, %r11b
dt_346_0:
	cmpw %r11w, %r8w
dt_347_0:
	leal 1375(%r15,%r10,1), %r11d
dt_348_0:
	shldl $37, %ebx, %ebx
dt_349_0:
	andb $225, %ch
dt_350_0:
	leaq -295(%rbx,%r13,2), %r10
dt_351_0:
	movb %dil, data+88(%rip)
dt_352_0:
	sbbq %rsi, %r10
dt_353_0:
	cmpxchgw %r9w, %r11w
dt_354_0:
	movq $106, %r8
dt_354_1:
	cqto
dt_354_2:
	idivq %r8
dt_355_0:
	subl $500843877, %r11d
dt_356_0:
	testw %bx, %r9w
dt_357_0:
	cmpxchgq %rbx, data+56(%rip)
dt_358_0:
	xaddb %r9b, %sil
dt_359_0:
	bswap %r9d
dt_360_0:
	adcq $15796712, %r10
dt_361_0:
	testl %ebx, %r13d
dt_362_0:
	roll data+120(%rip)
dt_363_0:
	shldq $29, %rdx, %r11
dt_364_0:
	cltd
dt_365_0:
	movl $689, %r11d
dt_365_1:
	xor %edx, %edx
dt_365_2:
	divl %r11d
dt_366_0:
	rcll $17, data+32(%rip)
dt_367_0:
	tzcntq %rdi, %rsi
dt_368_0:
	testl %ebp, %r10d
dt_369_0:
	mulb %sil
dt_370_0:
	subl %ecx, %r12d
dt_371_0:
	adcq $-503861135, %rdi
dt_372_0:
	cmovnel %edx, %r15d
dt_373_0:
	rorq %cl, data+144(%rip)
dt_374_0:
	movl $487, %r13d
dt_374_1:
	xor %edx, %edx
dt_374_2:
	divl %r13d
dt_375_0:
	bswap %ecx
dt_376_0:
	movzwl %r15w, %r11d
dt_377_0:
	tzcntq %r14, %rbp
dt_378_0:
	btsl $30, %esi
dt_379_0:
	lahf
dt_380_0:
	cmpxchgq %rdx, %rax
dt_381_0:
	xaddw %di, data+80(%rip)
dt_382_0:
	leal -1626(%rdx,%rdx,8), %esi
dt_383_0:
	movq $415, %r10
dt_383_1:
	cqto
dt_383_2:
	idivq %r10
dt_384_0:
	cmpb %r8b, %r9b
dt_385_0:
	cmovpq %rsi, %rax
dt_386_0:
	xaddq %r14, data+8(%rip)
dt_387_0:
	btq %rax, %r15
dt_388_0:
	negq data+184(%rip)
dt_389_0:
	shrq $50, %rsi
dt_390_0:
	shrdq $0, %rdi, %r15
dt_391_0:
	xchgb %al, %r10b
dt_392_0:
	sahf
dt_393_0:
	testb %r15b, %r14b
dt_394_0:
	xorb $152, %dh
dt_395_0:
	subb $113, %al
dt_396_0:
	movb %sil, %r11b
dt_397_0:
	sbbq %rcx, data+16(%rip)
dt_398_0:
	movq %r14, data+168(%rip)
dt_399_0:
	xchgb %r13b, %r15b
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0x4e42aece68f70363
	.quad 0x9bffc2ee17e454df
	.quad 0x3280b660add82c86
	.quad 0xa15face2ccbb16e3
	.quad 0x62831bd03eda7eac
	.quad 0x50f7034ba3595b84
	.quad 0x8d1a6d90d5a9b544
	.quad 0x8329dc44ac810294
	.quad 0x16ab5b5dc5d8721d
	.quad 0xb8ed4dd03bbfea1b
	.quad 0x1961c5c51af7d009
	.quad 0xfe268e32d3fbe182
	.quad 0x56b53a87cd51ecd5
	.quad 0xe9ada2b0e28a05ed
	.quad 0xe4c96a36f87610d1
	.quad 0x77e99107fce32f83
	.quad 0xbb73624a30737337
	.quad 0x9ca23b9da1ef38d5
	.quad 0x9842ce4ff0e29fca
	.quad 0xc06a46a79f62bdf8
	.quad 0xd366eb56cf89a650
	.quad 0x9338a5d177da0410
	.quad 0xdc5be83c8adb2ad2
	.quad 0x1fa2bf524153b5b6
	.quad 0xcb48a6c42d99688c
	.quad 0x1195f1c85a3865de
	.quad 0x86f25d7f66e6a1f1
	.quad 0xe9c3cb3d84204e8f
	.quad 0x33cce6974cd47218
	.quad 0x90757933d533d5da
	.quad 0x5e9081de9bc7b7eb
	.quad 0xca66cfb66190c9be
