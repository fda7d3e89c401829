	.globl _start
	.text
_start:
	movabsq $0x7fffffff, %rax
	movabsq $0x7fffffff, %rcx
	movabsq $0xa2b3a95224a9d15e, %rdx
	movabsq $0xffffffffffffffff, %rbx
	movabsq $0x80, %rbp
	movabsq $0x6b1be974d0992fae, %rsi
	movabsq $1, %rdi
	movabsq $0, %r8
	movabsq $0x8000000000000000, %r9
	movabsq $0x80000000, %r10
	movabsq $0x8000000000000000, %r11
	movabsq $0x80000000, %r12
	movabsq $0xffffffff, %r13
	movabsq $0xffffffff, %r14
	movabsq $0xff, %r15
	pushq $2240
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	cltq
dt_1_0:
	movl $957, %r10d
dt_1_1:
	xor %edx, %edx
dt_1_2:
	divl %r10d
dt_2_0:
	xorb $35, %dl
dt_3_0:
	cmovbel %r13d, %r9d
dt_4_0:
	cmpxchgq %rax, %r13
dt_5_0:
	shrl %cl, data+40(%rip)
dt_6_0:
	decq %r10
dt_7_0:
	movswq %ax, %r9
dt_8_0:
	tzcntw %dx, %r10w
dt_9_0:
	movl $953, %esi
dt_9_1:
	xor %edx, %edx
dt_9_2:
	divl %esi
dt_10_0:
	testw %ax, %r9w
dt_11_0:
	xaddb %r11b, data+96(%rip)
dt_12_0:
	cmpxchgb %r8b, %r11b
dt_13_0:
	btrq %rdi, %rax
dt_14_0:
	cmpxchgq %rdx, %rsi
dt_15_0:
	bswap %rbp
dt_16_0:
	movq $422, %rdi
dt_16_1:
	cqto
dt_16_2:
	idivq %rdi
dt_17_0:
	testl %r8d, %r9d
dt_18_0:
	decq %r11
dt_19_0:
	addl %r13d, data+64(%rip)
dt_20_0:
	xaddl %r15d, %r15d
dt_21_0:
	xaddb %r8b, %r13b
dt_22_0:
	imulw %r15w
dt_23_0:
	cmpxchgb %r10b, data+0(%rip)
dt_24_0:
	subb $147, %dl
dt_25_0:
	sbbw %r9w, %si
dt_26_0:
	imull %eax, %r12d
dt_27_0:
	btsq %r12, %r9
dt_28_0:
	subl $-507786010, %r8d
dt_29_0:
	testl %r8d, %esi
dt_30_0:
	movq %r15, data+168(%rip)
dt_31_0:
	testq %rbp, %r12
dt_32_0:
	notw %r15w
dt_33_0:
	btcl $48, %ecx
dt_34_0:
	popcntl %ecx, %ecx
dt_35_0:
	bswap %r9d
dt_36_0:
	movzwl %dx, %r8d
dt_37_0:
	bswap %r9
dt_38_0:
	cmc
dt_39_0:
	stc
dt_40_0:
	imull $990774251, %esi, %esi
dt_41_0:
	cmpxchgb %sil, data+128(%rip)
dt_42_0:
	bsfq %rbx, %rbp
dt_43_0:
	movzbl %sil, %r9d
dt_44_0:
	imull $966709291, %edx, %ebp
dt_45_0:
	notb %dil
dt_46_0:
	tzcntl %ecx, %r13d
dt_47_0:
	addw %r8w, data+40(%rip)
dt_48_0:
	bswap %rbx
dt_49_0:
	cmovnel %ebp, %r9d
dt_50_0:
	movq $652, %r10
dt_50_1:
	cqto
dt_50_2:
	idivq %r10
dt_51_0:
	shrdq $56, %rsi, data+144(%rip)
dt_52_0:
	sahf
dt_53_0:
	cmpxchgq %r8, data+112(%rip)
dt_54_0:
	movswl %r15w, %edi
dt_55_0:
	bswap %eax
dt_56_0:
	imulw $1282, %r10w, %ax
dt_57_0:
	testl %r12d, %r9d
dt_58_0:
	btcl %edx, %eax
dt_59_0:
	rcrb %cl, %r15b
dt_60_0:
	sahf
dt_61_0:
	orb $207, %bl
dt_62_0:
	setc %r12b
dt_63_0:
	sbbl %r13d, %edx
dt_64_0:
	adcw $18067, %r14w
dt_65_0:
	shrdq $42, %rcx, %r11
dt_66_0:
	cmpxchgb %r13b, data+80(%rip)
dt_67_0:
	xchgb %dil, %cl
dt_68_0:
	shldq %cl, %r13, %r12
dt_69_0:
	movb %r12b, data+80(%rip)
dt_70_0:
	cmc
dt_71_0:
	bsfl %r10d, %r8d
dt_72_0:
	orb data+160(%rip), %bl
dt_73_0:
	bsrl %r12d, %esi
dt_74_0:
	movsbq %r13b, %r8
dt_75_0:
	testl %r10d, %r8d
dt_76_0:
	movzwl %r11w, %r8d
dt_77_0:
	movq $164, %rdi
dt_77_1:
	xor %edx, %edx
dt_77_2:
	divq %rdi
dt_78_0:
	movl %r11d, data+136(%rip)
dt_79_0:
	xaddb %r11b, %r13b
dt_80_0:
	andb data+40(%rip), %r8b
dt_81_0:
	sbbb data+144(%rip), %r12b
dt_82_0:
	movq %r9, %rsi
dt_83_0:
	orq %rbp, data+120(%rip)
dt_84_0:
	adcl $356145840, %ebx
dt_85_0:
	xchgb %dl, %r15b
dt_86_0:
	imull %r15d, %r12d
dt_87_0:
	setc %r8b
dt_88_0:
	popcntq %r12, %rsi
dt_89_0:
	cwtd
dt_90_0:
	movl $929, %ecx
dt_90_1:
	xor %edx, %edx
dt_90_2:
	divl %ecx
dt_91_0:
	adcl %edi, %r15d
dt_92_0:
	rcrq %cl, data+8(%rip)
dt_93_0:
	sahf
dt_94_0:
	xaddw %r15w, data+120(%rip)
dt_95_0:
	xaddb %r15b, %r15b
dt_96_0:
	andw data+80(%rip), %bx
dt_97_0:
	shldl %cl, %esi, data+16(%rip)
dt_98_0:
	movl $133, %r15d
dt_98_1:
	xor %edx, %edx
dt_98_2:
	divl %r15d
dt_99_0:
	movb %al, data+0(%rip)
dt_100_0:
	sbbw $62168, %r8w
dt_101_0:
	notb %bl
dt_102_0:
	andl $615734522, %ebp
dt_103_0:
	setc %r15b
dt_104_0:
	adcl %ebp, %r10d
dt_105_0:
	cltq
dt_106_0:
	sahf
dt_107_0:
	btw $17, %r11w
dt_108_0:
	shldw $16, %bx, %cx
dt_109_0:
	stc
dt_110_0:
	decl %ecx
dt_111_0:
	cmpxchgq %r10, %rax
dt_112_0:
	cmovneq %r9, %rax
dt_113_0:
	cmpb $47, %bl
dt_114_0:
	movsbl %al, %r13d
dt_115_0:
	andw %di, data+0(%rip)
dt_116_0:
	bswap %r13d
dt_117_0:
	notw %r8w
dt_118_0:
	cmovneq %r11, %rbp
dt_119_0:
	imulq $1696151996, %r9, %rcx
dt_120_0:
	orb data+56(%rip), %r9b
dt_121_0:
	movw %ax, data+168(%rip)
dt_122_0:
	cmovpl %r13d, %r11d
dt_123_0:
	sbbw %r15w, %r9w
dt_124_0:
	leaq 1026(%r8,%rdi,2), %r8
dt_125_0:
	cmovll %r12d, %r13d
dt_126_0:
	adcb %bl, %r8b
dt_127_0:
	sarq %r14
dt_128_0:
	negw data+72(%rip)
dt_129_0:
	popcntq %rbp, %r10
dt_130_0:
	movq $270, %rbx
dt_130_1:
	xor %edx, %edx
dt_130_2:
	divq %rbx
dt_131_0:
	cmpxchgq %r15, data+128(%rip)
dt_132_0:
	xorb %bl, %bl
dt_133_0:
	leal -1289(%r8,%rbx,8), %r13d
dt_134_0:
	btsl %r14d, %ebp
dt_135_0:
	subl %edx, data+176(%rip)
dt_136_0:
	rorq data+8(%rip)
dt_137_0:
	sbbl $691758128, %ebx
dt_138_0:
	lzcntl %eax, %eax
dt_139_0:
	imulq $1515928398, %r11, %r15
dt_140_0:
	addq data+56(%rip), %rdx
dt_141_0:
	movl $883, %r9d
dt_141_1:
	cltd
dt_141_2:
	idivl %r9d
dt_142_0:
	cmpxchgl %eax, data+160(%rip)
dt_143_0:
	testl %edx, %esi
dt_144_0:
	movq $518, %rbx
dt_144_1:
	cqto
dt_144_2:
	idivq %rbx
dt_145_0:
	cwtd
dt_146_0:
	lzcntw %r11w, %dx
dt_147_0:
	btrw %r12w, %di
dt_148_0:
	movw %bx, %ax
dt_149_0:
	cmoval %ebx, %eax
dt_150_0:
	andq data+8(%rip), %rdx
dt_151_0:
	adcb data+144(%rip), %r8b
dt_152_0:
	bswap %eax
dt_153_0:
	movq %rcx, %r9
dt_154_0:
	decb data+120(%rip)
dt_155_0:
	cmpq data+40(%rip), %rdx
dt_157_0:
	rolb data+144(%rip)
dt_158_0:
	lzcntl %r13d, %esi
dt_159_0:
	cmpxchgq %rbp, data+152(%rip)
dt_160_0:
	testq %r8, %rdi
dt_161_0:
	cbtw
dt_162_0:
	cmoval %r15d, %r8d
dt_163_0:
	adcq %rsi, %r8
dt_164_0:
	adcq %r12, %r15
dt_165_0:
	orl data+168(%rip), %edi
dt_166_0:
	andb $52, %ch
dt_167_0:
	bsfq %r9, %r12
dt_168_0:
	movzwq %r13w, %rsi
dt_169_0:
	testw %r11w, %r10w
dt_170_0:
	cmovbw %r14w, %ax
dt_171_0:
	cmpxchgb %cl, data+152(%rip)
dt_172_0:
	popcntq %r13, %rbp
dt_173_0:
	rclb %r13b
dt_174_0:
	movb %r15b, %cl
dt_175_0:
	xaddq %rdx, %rcx
dt_176_0:
	btcl %esi, %r13d
dt_177_0:
	bswap %r9d
dt_178_0:
	adcl $177009679, %ebx
dt_179_0:
	movb %bl, data+0(%rip)
dt_180_0:
	popcntw %bx, %bx
dt_181_0:
	leaq -1316(%rdx,%rbp,8), %r11
dt_182_0:
	lzcntq %rsi, %r12
dt_183_0:
	bswap %rdx
dt_184_0:
	bsrl %r9d, %r13d
dt_185_0:
	cwtl
dt_186_0:
	bswap %r10d
dt_187_0:
	bswap %rdi
dt_188_0:
	setc %al
dt_189_0:
	btsw %di, %r14w
dt_190_0:
	cmovgew %cx, %ax
dt_191_0:
	adcb %r15b, data+48(%rip)
dt_192_0:
	movb %dl, %r9b
dt_193_0:
	shlq %cl, %r11
dt_194_0:
	bswap %rax
dt_195_0:
	subb %al, data+80(%rip)
dt_196_0:
	mulq %rax
dt_197_0:
	shlw data+16(%rip)
dt_198_0:
	movw %r13w, data+80(%rip)
dt_199_0:
	movq $670, %rcx
dt_199_1:
	xor %edx, %edx
dt_199_2:
	divq %rcx
dt_200_0:
	cmpq $-148219742, %rdi
dt_201_0:
	cmpxchgb %r13b, data+104(%rip)
dt_202_0:
	roll data+112(%rip)
dt_203_0:
	decl %ebx
dt_204_0:
	imulq %r8, %rdx
dt_205_0:
	cltd
dt_206_0:
	movswq %r10w, %r10
dt_207_0:
	popcntw %r9w, %r13w
dt_208_0:
	movsbl %dil, %r11d
dt_209_0:
	xorq $944529310, %rdi
dt_210_0:
	clc
dt_211_0:
	shrdq $29, %r9, data+104(%rip)
dt_212_0:
	bswap %r11d
dt_213_0:
	bsrq %rbp, %r13
dt_214_0:
	cmovpw %bp, %bx
dt_215_0:
	xorq $-998796781, %r10
dt_216_0:
	rclb data+16(%rip)
dt_217_0:
	lzcntq %r12, %rbp
dt_218_0:
	movl %r14d, %ebx
dt_219_0:
	cmpxchgl %edx, data+88(%rip)
dt_220_0:
	movl %r8d, %r10d
dt_221_0:
	decq %rbp
dt_222_0:
	movb %r12b, %dil
dt_223_0:
	sarq %r14
dt_224_0:
	testb %r12b, %dil
dt_225_0:
	bswap %eax
dt_226_0:
	tzcntl %r13d, %eax
dt_227_0:
	adcw data+72(%rip), %r15w
dt_228_0:
	subb $243, %dh
dt_229_0:
	leaq 2400(%r8,%r11,4), %r14
dt_230_0:
	subb $196, %bl
dt_231_0:
	sbbq $-17261275, %r11
dt_232_0:
	cmpw %r14w, data+144(%rip)
dt_233_0:
	movzbl %dil, %ebp
dt_234_0:
	leaq -357(%rax,%rbp,8), %r10
dt_235_0:
	movsbl %dl, %ebp
dt_236_0:
	addw data+64(%rip), %dx
dt_237_0:
	rorb $30, %r8b
dt_238_0:
	movl $755, %r11d
dt_238_1:
	xor %edx, %edx
dt_238_2:
	divl %r11d
dt_239_0:
	sbbl data+72(%rip), %eax
dt_240_0:
	movq $949, %rcx
dt_240_1:
	cqto
dt_240_2:
	idivq %rcx
dt_241_0:
	movb %r9b, data+136(%rip)
dt_242_0:
	xaddb %r11b, %r10b
dt_243_0:
	sbbl %eax, data+152(%rip)
dt_244_0:
	rolb %bl
dt_245_0:
	cbtw
dt_246_0:
	sbbb %r12b, %r12b
dt_247_0:
	shll $52, %edi
dt_248_0:
	addq data+0(%rip), %r10
dt_249_0:
	xchgb %dl, %r15b
dt_250_0:
	cbtw
dt_251_0:
	xaddl %r13d, %r10d
dt_252_0:
	testq %rcx, %rcx
dt_253_0:
	shldw $4, %di, data+72(%rip)
dt_254_0:
	bsrq %r14, %rbx
dt_255_0:
	shrw %ax
dt_256_0:
	tzcntq %rsi, %r11
dt_257_0:
	sbbl $1322221936, %edx
dt_258_0:
	xorl data+120(%rip), %r12d
dt_259_0:
	cmovbl %ebx, %r8d
dt_260_0:
	cmovsl %ebx, %eax
dt_261_0:
	sbbb data+0(%rip), %dil
dt_262_0:
	addb $178, %dh
dt_263_0:
	testw %si, %r12w
dt_264_0:
	xorl data+64(%rip), %r15d
dt_265_0:
	cmpxchgw %cx, data+104(%rip)
dt_266_0:
	orl %r11d, data+104(%rip)
dt_267_0:
	movl $471, %ebx
dt_267_1:
	cltd
dt_267_2:
	idivl %ebx
dt_268_0:
	movzbl %sil, %r14d
dt_269_0:
	sbbq data+168(%rip), %r13
dt_270_0:
	xorw $54634, %di
dt_271_0:
	shldl %cl, %r15d, data+176(%rip)
dt_272_0:
	bswap %edi
dt_273_0:
	testw %si, %bp
dt_274_0:
	lzcntw %ax, %r14w
dt_275_0:
	bswap %r11
dt_276_0:
	leaq 789(%r10,%r14,2), %rdx
dt_277_0:
	sbbl %r8d, %ebx
dt_278_0:
	bsfl %ebp, %edx
dt_279_0:
	popcntw %dx, %dx
dt_280_0:
	notq data+160(%rip)
dt_281_0:
	lzcntl %r15d, %r8d
dt_282_0:
	decq data+168(%rip)
dt_283_0:
	sbbw %si, %r9w
dt_284_0:
	addb $48, %al
dt_285_0:
	cmovsw %ax, %r9w
dt_286_0:
	movl %eax, %r15d
dt_287_0:
	rcll $69, data+80(%rip)
dt_288_0:
	lzcntq %rdx, %rdi
dt_289_0:
	movl $397, %ecx
dt_289_1:
	cltd
dt_289_2:
	idivl %ecx
dt_290_0:
	decw data+104(%rip)
dt_291_0:
	cwtd
dt_292_0:
	cmovpl %r13d, %eax
dt_293_0:
	btcw $9, %r8w
dt_294_0:
	movq %rax, %rbx
dt_295_0:
	movsbl %al, %r11d
dt_296_0:
	bsfw %dx, %r10w
dt_297_0:
	cmpxchgb %r11b, data+144(%rip)
dt_298_0:
	shll %cl, data+120(%rip)
dt_299_0:
	sbbq data+40(%rip), %r14
dt_300_0:
	cmovew %si, %dx
dt_301_0:
	cmpxchgb %r10b, data+136(%rip)
dt_302_0:
	leal 732(%rax,%rax,4), %r15d
dt_303_0:
	xaddb %al, %r9b
dt_304_0:
	setae data+80(%rip)
dt_305_0:
	cmovlw %r15w, %r12w
dt_306_0:
	shldq %cl, %rsi, %r13
dt_307_0:
	testw %dx, %r10w
dt_308_0:
	cmpxchgb %cl, %cl
dt_309_0:
	bsfw %r11w, %r9w
dt_310_0:
	cmovnpw %bx, %cx
dt_311_0:
	shrl $61, data+88(%rip)
dt_312_0:
	xaddl %r13d, data+112(%rip)
dt_313_0:
	shrdl $16, %edx, data+120(%rip)
dt_314_0:
	adcl %r14d, %r15d
dt_315_0:
	bswap %r12
dt_316_0:
	xorb $143, %dh
dt_317_0:
	xorb $84, %bl
dt_318_0:
	addq %r12, data+8(%rip)
dt_319_0:
	movl $819, %r10d
dt_319_1:
	cltd
dt_319_2:
	idivl %r10d
dt_320_0:
	andq data+112(%rip), %r15
dt_321_0:
	setc %bl
dt_322_0:
	adcw %dx, data+80(%rip)
dt_323_0:
	sarq $69, data+120(%rip)
dt_324_0:
	movzwq %r10w, %r13
dt_325_0:
	cmpxchgq %r14, %r13
dt_326_0:
	shrdq $10, %r14, data+96(%rip)
dt_327_0:
	cmpxchgl %r12d, data+32(%rip)
dt_328_0:
	cmpxchgl %r8d, %esi
dt_329_0:
	btcq $38, %r14
dt_330_0:
	adcl $1082898159, %r12d
dt_331_0:
	cmpb %bl, data+0(%rip)
dt_332_0:
	leal -2335(%rcx,%r9,1), %ecx
dt_333_0:
	bswap %rcx
dt_334_0:
	rorl %cl, data+184(%rip)
dt_335_0:
	cqto
dt_336_0:
	lzcntw %r15w, %bx
dt_337_0:
	btcw $61, %cx
dt_338_0:
	subq %r9, %rdi
dt_339_0:
	cmpw data+96(%rip), %di
dt_340_0:
	imulq $1332763073, %rsi, %r11
dt_341_0:
	xaddw %si, %r9w
dt_342_0:
	adcl %r13d, %r14d
dt_343_0:
	bsrq %rdx, %rbx
dt_344_0:
	mulb %r12b
dt_345_0:
	movzwq %ax, %r8
dt_346_0:
	testw %r13w, %r8w
dt_347_0:
	orw %bp, data+0(%rip)
dt_348_0:
	imulw %r10w
dt_349_0:
	shldw $9, %si, data+40(%rip)
dt_350_0:
	xorb %dl, data+8(%rip)
dt_351_0:
	decb %dl
dt_352_0:
	decl data+96(%rip)
dt_353_0:
	subl data+128(%rip), %r15d
dt_354_0:
	sahf
dt_355_0:
	addw %r10w, %si
dt_356_0:
	xaddw %r9w, %dx
dt_357_0:
	btq $25, %r13
dt_358_0:
	cmc
dt_359_0:
	bswap %ebp
dt_360_0:
	mulb %al
dt_361_0:
	movswq %r14w, %r8
dt_362_0:
	sbbl $1758973799, %r8d
dt_363_0:
	sbbb %bl, %al
dt_364_0:
	movq $119, %r9
dt_364_1:
	cqto
dt_364_2:
	idivq %r9
dt_365_0:
	adcq %rbp, %r11
dt_366_0:
	rclw %cl, data+176(%rip)
dt_367_0:
	xorw %r14w, data+32(%rip)
dt_368_0:
	orw %r10w, %r9w
dt_369_0:
	movslq %r12d, %rbp
dt_370_0:
	bswap %ebx
dt_371_0:
	notq %rdi
dt_372_0:
	cmpxchgb %r12b, %al
dt_373_0:
	adcl %ecx, data+104(%rip)
dt_374_0:
	testb %r12b, %r10b
dt_375_0:
	shll $45, %ebx
dt_376_0:
	bswap %rsi
dt_377_0:
	subl $1015978941, %r11d
dt_378_0:
	movw %si, %r8w
dt_379_0:
	cmovgew %bp, %bp
dt_381_0:
	mulb %r9b
dt_382_0:
	cmpb $187, %r9b
dt_383_0:
	xaddw %r11w, %r13w
dt_384_0:
	setno %r9b
dt_385_0:
	testl %r14d, %ecx
dt_386_0:
	movzbq %r13b, %r15
dt_387_0:
	cmpw %cx, data+104(%rip)
dt_388_0:
	movq %r13, %r11
dt_389_0:
	shrdw $6, %di, %di
dt_390_0:
	cltd
dt_391_0:
	sahf
dt_392_0:
	sbbw %r15w, %r15w
dt_393_0:
	addl $88889281, %edi
dt_394_0:
	addb data+160(%rip), %r12b
dt_395_0:
	xorl %esi, data+88(%rip)
dt_396_0:
	popcntq %r8, %r13
dt_397_0:
	notw data+128(%rip)
dt_398_0:
	cltd
dt_399_0:
	movl %r9d, %ecx
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0x4b978479d807c755
	.quad 0x3d439343aa514e16
	.quad 0xf1ea343f5adc7ea9
	.quad 0x742fb18dc1d440c2
	.quad 0x7048a0a4efde43ca
	.quad 0xd345133955637ea8
	.quad 0x6c7a1d93d6c52497
	.quad 0x38a84a3c0c158bab
	.quad 0x1176167ba49aeb47
	.quad 0xc7bc807ea1de1f47
	.quad 0x24ef05dc4ec81936
	.quad 0xf03107e1c964bf67
	.quad 0x8f86744360c8ac44
	.quad 0xdd42ca6405cf0403
	.quad 0x4cadc22469ce3250
	.quad 0x5f08d7d2fba4104b
	.quad 0x4c04df3d2b818d4c
	.quad 0x5f280b589627ab59
	.quad 0x0adbe51fb97ffa43
	.quad 0x80c09258c3f0b8bd
	.quad 0x48092b0ec0736afa
	.quad 0x08a3f1eca5571ec3
	.quad 0x9764ed04524964a6
	.quad 0xa56ee2c85fcc1433
	.quad 0x74094856fd777c37
	.quad 0x4cc33caf418fe984
	.quad 0x2b59ccbb4b1a1e5c
	.quad 0x12e2dcb467fb79ce
	.quad 0x1095084f820aa0a1
	.quad 0x15c39e6ea7c3c049
	.quad 0x269b7a2c720506a3
	.quad 0x88f0f6ab529e6a99
