	.globl _start
	.text
_start:
	movabsq $0x8000, %rax
	movabsq $0xb9eba4ac62b60073, %rcx
	movabsq $0x80000000, %rdx
	movabsq $0, %rbx
	movabsq $1, %rbp
	movabsq $0xffff, %rsi
	movabsq $1, %rdi
	movabsq $0x7fffffffffffffff, %r8
	movabsq $0, %r9
	movabsq $0x7fffffffffffffff, %r10
	movabsq $0x8000, %r11
	movabsq $0x8d72439465148394, %r12
	movabsq $1, %r13
	movabsq $0x49ed951f928f1fb8, %r14
	movabsq $0, %r15
	pushq $213
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	setg %dil
dt_1_0:
	movq $638, %rbx
dt_1_1:
	xor %edx, %edx
dt_1_2:
	divq %rbx
dt_2_0:
	mulw %di
dt_3_0:
	bsrq %rbx, %r8
dt_4_0:
	xchgb %al, %cl
dt_5_0:
	movl $536, %ecx
dt_5_1:
	xor %edx, %edx
dt_5_2:
	divl %ecx
dt_6_0:
	xorb $142, %ah
dt_7_0:
	seta %sil
dt_8_0:
	rorb %cl, %r10b
dt_9_0:
	popcntq %r12, %r9
dt_10_0:
	movzbl %cl, %edx
dt_11_0:
	sbbb data+72(%rip), %r15b
dt_12_0:
	xorw $52734, %r12w
dt_13_0:
	leaq 79(%rcx,%r9,4), %rcx
dt_14_0:
	sarq data+0(%rip)
dt_15_0:
	movl %ebx, data+80(%rip)
dt_16_0:
	movq $742, %r9
dt_16_1:
	cqto
dt_16_2:
	idivq %r9
dt_17_0:
	sahf
dt_18_0:
	cmpxchgq %rax, %r15
dt_19_0:
	cmovew %r10w, %r10w
dt_20_0:
	mull %r10d
dt_21_0:
	sbbl %edi, %r11d
dt_22_0:
	cmpq data+176(%rip), %rdx
dt_23_0:
	movq %r8, data+160(%rip)
dt_24_0:
	testq %rdx, %r10
dt_25_0:
	mulb %r10b
dt_26_0:
	cmovnpl %ebx, %eax
dt_27_0:
	leaq -295(%rbp,%r15,4), %r15
dt_28_0:
	bswap %r10
dt_29_0:
	xorb $22, %ah
dt_30_0:
	xorq %rcx, data+72(%rip)
dt_31_0:
	adcl data+64(%rip), %edx
dt_32_0:
	xchgb %dil, %r9b
dt_33_0:
	cmc
dt_34_0:
	bswap %edx
dt_35_0:
	movl %ebp, data+128(%rip)
dt_36_0:
	xorb $124, %ah
dt_37_0:
	leal 1902(%r15,%r15,1), %ecx
dt_38_0:
	notw data+160(%rip)
dt_39_0:
	xaddw %r12w, data+0(%rip)
dt_40_0:
	rcll %cl, %ecx
dt_41_0:
	shrb data+96(%rip)
dt_42_0:
	cmovow %r14w, %r15w
dt_43_0:
	tzcntl %r12d, %ebx
dt_44_0:
	cmpxchgw %r8w, data+152(%rip)
dt_45_0:
	testw %r14w, %r14w
dt_46_0:
	cmpq %rbp, data+32(%rip)
dt_47_0:
	cmpb %r14b, %r13b
dt_48_0:
	cltq
dt_49_0:
	testl %r14d, %ebx
dt_50_0:
	xaddl %r13d, %r8d
dt_51_0:
	cmc
dt_52_0:
	bswap %r9
dt_53_0:
	rorb data+96(%rip)
dt_54_0:
	cmc
dt_55_0:
	movzbq %r8b, %rsi
dt_56_0:
	movzbq %dil, %rbp
dt_57_0:
	rcrq %cl, %rdx
dt_58_0:
	cmpb $249, %dl
dt_59_0:
	sahf
dt_60_0:
	testl %r11d, %r10d
dt_61_0:
	cwtl
dt_62_0:
	decq %r9
dt_63_0:
	leal -1375(%r9,%r11,2), %r9d
dt_64_0:
	tzcntq %rcx, %r11
dt_65_0:
	adcq %rsi, %rdi
dt_66_0:
	cmpq %rsi, data+160(%rip)
dt_67_0:
	bsrl %edi, %r12d
dt_68_0:
	subb $161, %dl
dt_69_0:
	incw %r15w
dt_70_0:
	lzcntw %r15w, %cx
dt_71_0:
	cmovnew %r15w, %dx
dt_72_0:
	popcntl %edi, %r12d
dt_73_0:
	adcw %r13w, %cx
dt_74_0:
	mulb %al
dt_75_0:
	movswq %r15w, %rdx
dt_76_0:
	addq %r9, data+176(%rip)
dt_77_0:
	movb %dl, data+72(%rip)
dt_78_0:
	rolb %cl
dt_79_0:
	mulb %sil
dt_80_0:
	xorb $254, %r14b
dt_81_0:
	addw %r8w, %cx
dt_82_0:
	btcl %r11d, %r9d
dt_83_0:
	testb %dl, %r11b
dt_84_0:
	cmpxchgw %bx, %di
dt_85_0:
	bswap %rax
dt_86_0:
	adcw $53319, %r9w
dt_87_0:
	adcw data+104(%rip), %r15w
dt_88_0:
	cmpxchgq %r9, %rsi
dt_89_0:
	leal 488(%r13,%rdi,2), %r10d
dt_90_0:
	xaddq %rbx, %r12
dt_91_0:
	imulq $682754758, %rax, %r10
dt_92_0:
	leaq -715(%r9,%rbx,1), %rsi
dt_93_0:
	cmpb $3, %sil
dt_94_0:
	orw %r10w, %r11w
dt_96_0:
	subl %r15d, %edi
dt_97_0:
	testl %r9d, %eax
dt_98_0:
	cmpxchgb %dil, %bl
dt_99_0:
	subl %ebx, data+48(%rip)
dt_100_0:
	leaq -623(%rbx,%r13,1), %r10
dt_101_0:
	imull %r14d, %edx
dt_102_0:
	setc %dil
dt_103_0:
	movl %r8d, %ebp
dt_104_0:
	tzcntl %r8d, %r15d
dt_105_0:
	sahf
dt_106_0:
	andl %ebx, data+168(%rip)
dt_107_0:
	tzcntl %ebx, %ecx
dt_108_0:
	addb $199, %al
dt_109_0:
	orw %r14w, data+120(%rip)
dt_110_0:
	shrq %cl, %r10
dt_111_0:
	movq %rdi, data+40(%rip)
dt_112_0:
	setbe %r10b
dt_113_0:
	xaddl %eax, %esi
dt_114_0:
	orb $146, %r15b
dt_115_0:
	adcl $569833268, %ebx
dt_116_0:
	bswap %r9
dt_117_0:
	cmpxchgb %r8b, data+72(%rip)
dt_118_0:
	movzwl %cx, %r14d
dt_119_0:
	cmpq $1628715652, %r10
dt_120_0:
	subb %dl, data+96(%rip)
dt_121_0:
	xchgb %r15b, %sil
dt_122_0:
	cltd
dt_123_0:
	roll $48, data+8(%rip)
dt_124_0:
	cwtd
dt_125_0:
	addw %r15w, data+32(%rip)
dt_126_0:
	roll $50, %ecx
dt_127_0:
	cmovgw %r15w, %r9w
dt_128_0:
	subq %rbp, %rdx
dt_129_0:
	xaddq %r11, %r8
dt_130_0:
	bswap %r14d
dt_131_0:
	lzcntw %r14w, %r14w
dt_132_0:
	orw %r15w, data+152(%rip)
dt_133_0:
	movq $380, %rbp
dt_133_1:
	cqto
dt_133_2:
	idivq %rbp
dt_134_0:
	cwtd
dt_135_0:
	mulq %r13
dt_136_0:
	movq $161, %rbx
dt_136_1:
	xor %edx, %edx
dt_136_2:
	divq %rbx
dt_137_0:
	cmpxchgq %r15, %rbx
dt_138_0:
	btrl %r9d, %r14d
dt_139_0:
	andw data+40(%rip), %r14w
dt_140_0:
	movl %edx, data+72(%rip)
dt_141_0:
	movb %r12b, data+40(%rip)
dt_142_0:
	imulq %r14
dt_143_0:
	bswap %r11d
dt_144_0:
	cmc
dt_145_0:
	btq %r14, %rdi
dt_146_0:
	movq $252, %rsi
dt_146_1:
	xor %edx, %edx
dt_146_2:
	divq %rsi
dt_147_0:
	movl %eax, %r9d
dt_148_0:
	movswl %r11w, %ebx
dt_149_0:
	xorb data+0(%rip), %dl
dt_150_0:
	btsl %edx, %edx
dt_151_0:
	adcq %r14, data+184(%rip)
dt_152_0:
	imulq $1559798855, %r11, %r11
dt_153_0:
	xorb %dl, %r15b
dt_154_0:
	movb %r12b, data+0(%rip)
dt_155_0:
	bswap %ecx
dt_156_0:
	xorw %r13w, data+16(%rip)
dt_157_0:
	movq %rdi, %rax
dt_158_0:
	incl data+184(%rip)
dt_159_0:
	rcrl %cl, %r11d
dt_160_0:
	cmovael %edi, %r14d
dt_161_0:
	subb $33, %ch
dt_162_0:
	cqto
dt_163_0:
	mull %r15d
dt_164_0:
	sbbw data+168(%rip), %di
dt_165_0:
	tzcntl %ebp, %ebx
dt_166_0:
	cmovgw %ax, %r14w
dt_167_0:
	sarl %r12d
dt_168_0:
	xorl $-752646622, %r13d
dt_169_0:
	popcntq %r14, %rbx
dt_170_0:
	addl %ecx, %r15d
dt_171_0:
	adcw data+176(%rip), %r14w
dt_172_0:
	imull %eax, %r8d
dt_173_0:
	clc
dt_174_0:
	testw %r13w, %bx
dt_175_0:
	tzcntl %r9d, %r10d
dt_176_0:
	xchgb %cl, %r10b
dt_177_0:
	cmovlel %r14d, %r13d
dt_178_0:
	movzwq %r14w, %rdx
dt_179_0:
	xorq %r11, data+32(%rip)
dt_180_0:
	testw %r9w, %ax
dt_181_0:
	testw %r14w, %r9w
dt_182_0:
	testq %rdi, %r8
dt_183_0:
	mull %edx
dt_184_0:
	addb %cl, data+16(%rip)
dt_185_0:
	cmpb $95, %dl
dt_186_0:
	notw data+128(%rip)
dt_187_0:
	popcntw %r9w, %si
dt_188_0:
	testl %eax, %ebx
dt_189_0:
	addb $177, %bl
dt_190_0:
	movb %sil, data+168(%rip)
dt_191_0:
	cmovnpl %ecx, %ebx
dt_192_0:
	negl %esi
dt_193_0:
	bswap %r13d
dt_194_0:
	xorb $26, %dh
dt_195_0:
	sets data+32(%rip)
dt_196_0:
	movb %r8b, data+8(%rip)
dt_197_0:
	bswap %edx
dt_198_0:
	movswq %ax, %r11
dt_199_0:
	notw data+48(%rip)
dt_200_0:
	lzcntl %ebp, %r10d
dt_201_0:
	cmpxchgw %r8w, %r12w
dt_202_0:
	movswq %bp, %rbx
dt_203_0:
	btrw %bx, %si
dt_204_0:
	bswap %rax
dt_205_0:
	setc %al
dt_206_0:
	addb $222, %bl
dt_207_0:
	xaddl %r11d, data+56(%rip)
dt_208_0:
	cmpxchgl %eax, data+160(%rip)
dt_209_0:
	imull $247688586, %r15d, %r15d
dt_210_0:
	xaddq %rdi, data+168(%rip)
dt_211_0:
	shrdw $4, %cx, data+168(%rip)
dt_212_0:
	movq %rdx, %r11
dt_213_0:
	lahf
dt_214_0:
	cmovsq %rsi, %r9
dt_215_0:
	cmpxchgb %cl, data+128(%rip)
dt_216_0:
	leaq -218(%r13,%r12,2), %r11
dt_217_0:
	btrq %rdx, %r10
dt_218_0:
	xaddw %si, data+40(%rip)
dt_219_0:
	cmovleq %r8, %r10
dt_220_0:
	leal -328(%r13,%rsi,4), %edi
dt_221_0:
	tzcntw %r14w, %r15w
dt_222_0:
	andb $243, %r8b
dt_223_0:
	cmpb $117, %bl
dt_224_0:
	movb %r14b, %r10b
dt_225_0:
	addb $38, %ah
dt_226_0:
	popcntl %ebp, %r14d
dt_227_0:
	testl %r12d, %ebx
dt_228_0:
	seto data+80(%rip)
dt_229_0:
	notw data+48(%rip)
dt_230_0:
	tzcntq %rbx, %r8
dt_231_0:
	testb %r9b, %r15b
dt_232_0:
	btsl %r10d, %edi
dt_233_0:
	cmovbeq %rax, %rcx
dt_234_0:
	andb $46, %r15b
dt_235_0:
	andb %r10b, %sil
dt_236_0:
	addl $-798422527, %r11d
dt_237_0:
	cmovnpq %r10, %rax
dt_238_0:
	tzcntq %r8, %rsi
dt_239_0:
	leaq 2489(%r13,%r12,2), %rdx
dt_240_0:
	imull $784601149, %r14d, %esi
dt_241_0:
	xaddw %dx, %bx
dt_242_0:
	subq data+32(%rip), %r9
dt_243_0:
	imull %r15d, %r14d
dt_244_0:
	cmpxchgw %bx, %bx
dt_245_0:
	cmpxchgb %r13b, data+136(%rip)
dt_246_0:
	tzcntq %r14, %r15
dt_247_0:
	xorl data+88(%rip), %r13d
dt_248_0:
	shldq %cl, %rax, data+168(%rip)
dt_249_0:
	cmpxchgw %r8w, %dx
dt_250_0:
	subb $16, %bh
dt_251_0:
	imulq %r11, %rbx
dt_253_0:
	movl $848, %r8d
dt_253_1:
	cltd
dt_253_2:
	idivl %r8d
dt_254_0:
	xorb %r9b, %r8b
dt_255_0:
	movl $810, %r10d
dt_255_1:
	xor %edx, %edx
dt_255_2:
	divl %r10d
dt_256_0:
	roll data+88(%rip)
dt_257_0:
	andw $61523, %r15w
dt_258_0:
	leaq 1492(%r13,%r12,2), %rsi
dt_259_0:
	btcw $63, %bx
dt_260_0:
	movq $434, %rdi
dt_260_1:
	cqto
dt_260_2:
	idivq %rdi
dt_261_0:
	bswap %ebx
dt_262_0:
	btsq $32, %r11
dt_263_0:
	adcw data+176(%rip), %di
dt_264_0:
	cmovnol %edi, %r12d
dt_265_0:
	xaddl %r9d, data+24(%rip)
dt_266_0:
	xaddw %r13w, data+72(%rip)
dt_267_0:
	addw $48665, %si
dt_268_0:
	cmpxchgl %r12d, data+128(%rip)
dt_269_0:
	cmpb $131, %cl
dt_270_0:
	orl $677751280, %ebp
dt_271_0:
	imulw $23366, %dx, %bp
dt_272_0:
	xaddw %dx, data+48(%rip)
dt_273_0:
	movswq %di, %r15
dt_274_0:
	movslq %edi, %r13
dt_275_0:
	rcrw %cl, %r15w
dt_276_0:
	setc %sil
dt_277_0:
	cmpxchgq %r13, data+56(%rip)
dt_278_0:
	xorl %r9d, data+56(%rip)
dt_279_0:
	leaq -986(%r15,%r12,4), %r15
dt_280_0:
	movl %r12d, data+152(%rip)
dt_281_0:
	btsl $55, %edx
dt_282_0:
	cmpxchgb %r8b, data+184(%rip)
dt_283_0:
	cmovgl %ebx, %r15d
dt_284_0:
	bswap %r12
dt_285_0:
	decl %r9d
dt_286_0:
	xaddw %bp, %si
dt_287_0:
	orb %al, %r10b
dt_288_0:
	andb %sil, data+40(%rip)
dt_289_0:
	imull %r10d
dt_290_0:
	cmpxchgq %rdi, %rdi
dt_291_0:
	leal -1248(%r11,%r8,1), %ecx
dt_292_0:
	shrdl %cl, %r15d, %r12d
dt_293_0:
	rolb %cl, %sil
dt_294_0:
	testw %r10w, %bx
dt_295_0:
	adcw $22088, %ax
dt_296_0:
	cmpxchgl %r8d, %r13d
dt_297_0:
	movslq %r10d, %r8
dt_298_0:
	movb %r12b, %r10b
dt_299_0:
	movslq %r8d, %r12
dt_300_0:
	bswap %r9d
dt_301_0:
	cwtl
dt_302_0:
	btrq $2, %r14
dt_303_0:
	shrdw $13, %si, %r10w
dt_304_0:
	bswap %r8d
dt_305_0:
	andb %cl, data+168(%rip)
dt_306_0:
	imulw %ax, %r10w
dt_307_0:
	sahf
dt_308_0:
	andl $332786195, %esi
dt_309_0:
	testl %eax, %r14d
dt_310_0:
	setc %r13b
dt_311_0:
	rolb %cl, data+120(%rip)
dt_312_0:
	xorb $226, %dh
dt_313_0:
	cmc
dt_314_0:
	movb %al, data+144(%rip)
dt_315_0:
	bsfw %r11w, %r11w
dt_316_0:
	notl data+64(%rip)
dt_317_0:
	sbbq $598758773, %rsi
dt_318_0:
	btrl %edi, %esi
dt_319_0:
	lahf
dt_320_0:
	imulw %r12w
dt_321_0:
	movslq %r9d, %rbx
dt_322_0:
	movb %dl, data+72(%rip)
dt_323_0:
	addb $126, %r14b
dt_324_0:
	imulq $258017237, %rbx, %r15
dt_325_0:
	andq data+40(%rip), %r9
dt_326_0:
	orb $233, %al
dt_327_0:
	setc %cl
dt_328_0:
	andb $162, %ch
dt_329_0:
	andl %ecx, %r15d
dt_330_0:
	bswap %r10
dt_331_0:
	bsrw %cx, %r11w
dt_332_0:
	movl %r11d, %ebp
dt_333_0:
	leaq 102(%r11,%r15,8), %r13
dt_334_0:
	cmovsl %r9d, %eax
dt_335_0:
	leal -1426(%r13,%r10,8), %edi
dt_336_0:
	xaddw %dx, %di
dt_337_0:
	movswl %r12w, %r8d
dt_338_0:
	adcl $1918609372, %esi
dt_339_0:
	subw %r13w, data+96(%rip)
dt_340_0:
	rolw $4, %bp
dt_341_0:
	addq %r11, %rbp
dt_342_0:
	subb $101, %dh
dt_343_0:
	movzbq %sil, %rbx
dt_344_0:
	rorl data+72(%rip)
dt_345_0:
	xaddq %r12, %rax
dt_346_0:
	adcb %r11b, data+112(%rip)
dt_347_0:
	sbbl data+136(%rip), %edx
dt_348_0:
	cmovgq %rdx, %rdx
dt_349_0:
	negb %sil
dt_350_0:
	bsrl %r13d, %edi
dt_351_0:
	movl %edi, data+0(%rip)
dt_352_0:
	adcq %r12, data+152(%rip)
dt_353_0:
	movl $261, %esi
dt_353_1:
	xor %edx, %edx
dt_353_2:
	divl %esi
dt_354_0:
	cmpw $17532, %cx
dt_355_0:
	testq %r15, %rdi
dt_356_0:
	sbbq $1382844740, %r13
dt_357_0:
	sahf
dt_358_0:
	movw %r8w, %cx
dt_359_0:
	rorw $5, %di
dt_360_0:
	addl %r14d, data+152(%rip)
dt_361_0:
	cmpw %bp, data+88(%rip)
dt_362_0:
	rclq $62, data+112(%rip)
dt_363_0:
	mulb %al
dt_364_0:
	bsrq %r10, %r12
dt_365_0:
	leaq -182(%r8,%r10,1), %r9
dt_366_0:
	adcb %r9b, data+32(%rip)
dt_367_0:
	addq %rax, data+160(%rip)
dt_368_0:
	movq %rbx, data+168(%rip)
dt_369_0:
	orw data+48(%rip), %r9w
dt_370_0:
	xaddl %r8d, %esi
dt_371_0:
	movsbq %r9b, %r11
dt_372_0:
	btw %r10w, %cx
dt_373_0:
	movl $222, %r15d
dt_373_1:
	xor %edx, %edx
dt_373_2:
	divl %r15d
dt_374_0:
	testl %ecx, %ecx
dt_375_0:
	addb data+56(%rip), %r13b
dt_376_0:
	addb %dl, data+176(%rip)
dt_377_0:
	rcrb data+32(%rip)
dt_378_0:
	addw %r11w, data+48(%rip)
dt_379_0:
	notw data+56(%rip)
dt_380_0:
	btcq $52, %r8
dt_381_0:
	cmpxchgw %r14w, %bp
dt_382_0:
	movzbq %r13b, %r15
dt_383_0:
	xorb $253, %ch
dt_384_0:
	movswl %r10w, %edi
dt_385_0:
	orl data+16(%rip), %edx
dt_386_0:
	cmpxchgb %dl, data+16(%rip)
dt_387_0:
	cmovaeq %rax, %r13
dt_388_0:
	cltq
dt_389_0:
	btrl %r9d, %eax
dt_390_0:
	xorb $208, %dh
dt_391_0:
	xchgb %r15b, %cl
dt_392_0:
	xorb $101, %bl
dt_393_0:
	cmovbw %r12w, %bx
dt_394_0:
	leal -753(%r9,%rax,2), %r8d
dt_395_0:
	popcntl %r11d, %r8d
dt_396_0:
	shldl $29, %r15d, data+80(%rip)
dt_397_0:
	cmovpl %r9d, %r8d
dt_398_0:
	xorl data+80(%rip), %r13d
dt_399_0:
	cltd
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0x82dbe53031cedbce
	.quad 0xbc5abc35905152bb
	.quad 0xfacb98b8b2475696
	.quad 0x4a22e15cd7242158
	.quad 0x32ee133fe1b8e41b
	.quad 0x5a44aa462e8db5c0
	.quad 0x9e8ac29a1de5df36
	.quad 0x666acad7d9369caf
	.quad 0x5ecc463e17764a5b
	.quad 0x1995ede5210ae1d1
	.quad 0xdb2f166905a77998
	.quad 0xb8159692523dadd1
	.quad 0x17783c520ebcf14b
	.quad 0x822ef921fc540324
	.quad 0xfa271abc37625684
	.quad 0xcbefe3fdc59b5e95
	.quad 0x677c9f9165567f16
	.quad 0xfc29a3ccc258bb64
	.quad 0x73be6e3e7147d142
	.quad 0xe6954a55b4267afa
	.quad 0x1459ef861c8e5112
	.quad 0x032332c4ca0b8f59
	.quad 0xc7fea78972fe4fce
	.quad 0xdbfd9bed7881fa0d
	.quad 0xbfcf444dbf9f322e
	.quad 0x628106a308fdb6a9
	.quad 0x7b31fe1ddabdf0e4
	.quad 0xf089143493f05b53
	.quad 0x8bd494de30a45759
	.quad 0xf3aa65be5ca2bc30
	.quad 0x6fb38de2dff79e45
	.quad 0xabda231a189b8c06
