	.globl _start
	.text
_start:
	movabsq $0xffffffff, %rax
	movabsq $0x8000000000000000, %rcx
	movabsq $0x4a811cdc4a4fa271, %rdx
	movabsq $0x412fc8cdbef0ae16, %rbx
	movabsq $0x7348fb48e8186658, %rbp
	movabsq $0xb792536b4216ff14, %rsi
	movabsq $0x3fe6058c15a8bec7, %rdi
	movabsq $0xff, %r8
	movabsq $0x7fffffff, %r9
	movabsq $0x7fffffffffffffff, %r10
	movabsq $0x8000000000000000, %r11
	movabsq $0x3044a49d3e3d8836, %r12
	movabsq $1, %r13
	movabsq $0x8000000000000000, %r14
	movabsq $0x7f, %r15
	pushq $2133
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	bswap %rdi
dt_1_0:
	lzcntq %r11, %rdi
dt_2_0:
	popcntl %edi, %r14d
dt_3_0:
	xorl %r13d, data+176(%rip)
dt_4_0:
	cmpq data+64(%rip), %rcx
dt_5_0:
	movsbq %r15b, %rbx
dt_6_0:
	xaddq %r12, %r11
dt_7_0:
	addb $154, %ch
dt_8_0:
	xchgb %r14b, %r15b
dt_9_0:
	rcll data+104(%rip)
dt_10_0:
	incw %r15w
dt_11_0:
	xaddl %edx, data+176(%rip)
dt_12_0:
	cmovleq %rsi, %rdi
dt_13_0:
	bsrq %rdi, %rdx
dt_14_0:
	movq $590, %r10
dt_14_1:
	cqto
dt_14_2:
	idivq %r10
dt_15_0:
	imull %ebp
dt_16_0:
	xchgb %r14b, %r15b
dt_17_0:
	sarw $66, data+128(%rip)
dt_18_0:
	orb data+40(%rip), %r12b
dt_19_0:
	movl $139, %r11d
dt_19_1:
	xor %edx, %edx
dt_19_2:
	divl %r11d
dt_20_0:
	negw %r13w
dt_21_0:
	btrw $37, %r12w
dt_22_0:
	cmpxchgw %r11w, %cx
dt_23_0:
	bswap %r14d
dt_24_0:
	bsfl %r12d, %ebx
dt_25_0:
	cmpxchgb %cl, %r14b
dt_26_0:
	cmpb $75, %bl
dt_27_0:
	orw $50476, %r8w
dt_28_0:
	andw data+40(%rip), %r11w
dt_29_0:
	addw %r13w, data+152(%rip)
dt_30_0:
	xorb $229, %bh
dt_31_0:
	bsrw %bx, %r15w
dt_32_0:
	subb $50, %cl
dt_33_0:
	movq %r15, %rcx
dt_34_0:
	movswl %di, %ebp
dt_35_0:
	shrdq %cl, %r14, data+56(%rip)
dt_36_0:
	testl %r12d, %r13d
dt_37_0:
	orb $139, %al
dt_38_0:
	leaq -481(%r15,%rbx,4), %r13
dt_39_0:
	cmpw %r8w, %r11w
dt_40_0:
	shldl %cl, %edx, %ecx
dt_41_0:
	decq %rdx
dt_42_0:
	bswap %r11
dt_43_0:
	adcl %r15d, %ebp
dt_44_0:
	movl %ebp, data+48(%rip)
dt_45_0:
	movq $44, %r14
dt_45_1:
	cqto
dt_45_2:
	idivq %r14
dt_46_0:
	bsfl %r10d, %r8d
dt_47_0:
	subb $100, %bl
dt_48_0:
	cmpxchgq %r12, %rbx
dt_49_0:
	andq %r15, data+0(%rip)
dt_50_0:
	cmpb $172, %ah
dt_51_0:
	andb $248, %dl
dt_52_0:
	setc %dil
dt_53_0:
	movzwq %r12w, %r9
dt_54_0:
	bswap %ebp
dt_55_0:
	imulw %r13w, %r8w
dt_56_0:
	subb $139, %cl
dt_57_0:
	cmpxchgb %r8b, data+16(%rip)
dt_58_0:
	movq %r10, data+80(%rip)
dt_59_0:
	adcw $43626, %ax
dt_60_0:
	tzcntl %r15d, %ecx
dt_61_0:
	sbbq %r15, %r12
dt_62_0:
	bswap %r15d
dt_63_0:
	cmc
dt_64_0:
	addb %sil, data+32(%rip)
dt_65_0:
	subq $2118913105, %r8
dt_66_0:
	cmpb $23, %al
dt_67_0:
	orl $507331873, %r9d
dt_68_0:
	testq %r14, %r8
dt_69_0:
	sbbb %al, %r10b
dt_70_0:
	imulq %r14, %r11
dt_71_0:
	cmc
dt_72_0:
	movb %r15b, %r13b
dt_73_0:
	movw %bx, %r15w
dt_74_0:
	cmpxchgb %dl, %r9b
dt_75_0:
	bsfq %r8, %rdx
dt_76_0:
	cmpxchgl %edx, %r14d
dt_77_0:
	cmpl %r10d, data+152(%rip)
dt_78_0:
	leaq -921(%r8,%r14,1), %rsi
dt_79_0:
	roll $24, %r9d
dt_80_0:
	negq %r14
dt_81_0:
	addq %r8, data+32(%rip)
dt_82_0:
	movq $416, %r12
dt_82_1:
	cqto
dt_82_2:
	idivq %r12
dt_83_0:
	sarw data+0(%rip)
dt_84_0:
	addl %ebp, data+160(%rip)
dt_85_0:
	sbbw %r10w, %bp
dt_86_0:
	movswl %r13w, %eax
dt_87_0:
	popcntw %r9w, %bx
dt_88_0:
	leal -801(%r11,%r15,1), %r15d
dt_89_0:
	xorq %r8, data+104(%rip)
dt_90_0:
	negb %r10b
dt_91_0:
	leal -1(%r15,%rdx,2), %edx
dt_92_0:
	tzcntq %r14, %r10
dt_93_0:
	xorb %r9b, data+128(%rip)
dt_94_0:
	shlq $40, data+88(%rip)
dt_95_0:
	leaq -2494(%r11,%rbp,2), %rdi
dt_96_0:
	movl $556, %r9d
dt_96_1:
	xor %edx, %edx
dt_96_2:
	divl %r9d
dt_97_0:
	orw %r13w, %ax
dt_98_0:
	subb $169, %al
dt_99_0:
	addl %r15d, data+112(%rip)
dt_100_0:
	subb %r11b, data+160(%rip)
dt_101_0:
	shrdl %cl, %ebp, %r15d
dt_102_0:
	xorb $66, %al
dt_103_0:
	shldw $14, %r15w, data+184(%rip)
dt_104_0:
	bswap %ebp
dt_105_0:
	bswap %edi
dt_106_0:
	cmovnoq %r14, %r8
dt_107_0:
	mulb %r15b
dt_108_0:
	notq data+112(%rip)
dt_109_0:
	cmpxchgl %ebx, %r15d
dt_110_0:
	sbbl data+120(%rip), %ecx
dt_111_0:
	shldl %cl, %r10d, data+48(%rip)
dt_112_0:
	decw data+24(%rip)
dt_113_0:
	cmovll %r12d, %eax
dt_114_0:
	testl %r8d, %r8d
dt_115_0:
	cmc
dt_116_0:
	cqto
dt_117_0:
	imulw %r9w
dt_118_0:
	movq %rbx, data+152(%rip)
dt_119_0:
	shlw %cl, %si
dt_120_0:
	leaq -2487(%rsi,%rbp,2), %rbx
dt_121_0:
	lzcntw %di, %r15w
dt_122_0:
	btw $32, %r13w
dt_123_0:
	xaddl %r12d, data+160(%rip)
dt_125_0:
	lahf
dt_126_0:
	rorb $34, %r10b
dt_127_0:
	cmovnow %bx, %r13w
dt_128_0:
	decl %r14d
dt_129_0:
	adcb %al, %sil
dt_130_0:
	sbbl $1080796361, %ebx
dt_131_0:
	setc %r9b
dt_132_0:
	movq $455, %rdi
dt_132_1:
	xor %edx, %edx
dt_132_2:
	divq %rdi
dt_133_0:
	bswap %edx
dt_134_0:
	movzwl %bp, %r10d
dt_135_0:
	movsbq %r10b, %rsi
dt_136_0:
	setc %r9b
dt_137_0:
	rcrb %cl, %r8b
dt_138_0:
	sarq data+184(%rip)
dt_139_0:
	testb %r15b, %r10b
dt_140_0:
	xorw $7854, %r9w
dt_141_0:
	movq %r8, %r13
dt_142_0:
	testb %r13b, %r8b
dt_143_0:
	shrdq %cl, %r11, data+48(%rip)
dt_144_0:
	addq %rbp, data+112(%rip)
dt_145_0:
	bsrq %rbp, %r11
dt_146_0:
	testb %r14b, %cl
dt_147_0:
	leaq -1751(%r9,%r8,4), %r10
dt_148_0:
	xorl data+96(%rip), %edi
dt_149_0:
	cmovnel %r13d, %r15d
dt_150_0:
	cmpxchgw %r13w, data+0(%rip)
dt_151_0:
	popcntq %r13, %r9
dt_152_0:
	movb %r9b, %bl
dt_153_0:
	orb %dl, %r10b
dt_154_0:
	clc
dt_155_0:
	andl data+88(%rip), %r11d
dt_156_0:
	movl $180, %r15d
dt_156_1:
	cltd
dt_156_2:
	idivl %r15d
dt_157_0:
	cmpxchgl %eax, %r13d
dt_158_0:
	sbbq data+56(%rip), %rdx
dt_159_0:
	bswap %ecx
dt_160_0:
	bswap %eax
dt_161_0:
	shldl $45, %r8d, %edx
dt_162_0:
	shll $32, %r14d
dt_163_0:
	sbbl $477970947, %r11d
dt_164_0:
	movl $118, %r12d
dt_164_1:
	xor %edx, %edx
dt_164_2:
	divl %r12d
dt_165_0:
	bswap %r9
dt_166_0:
	bswap %edx
dt_167_0:
	orl %edi, data+24(%rip)
dt_168_0:
	setc %r13b
dt_169_0:
	orq %rdi, data+184(%rip)
dt_170_0:
	bsfw %r15w, %r14w
dt_171_0:
	mulb %dil
dt_172_0:
	testl %r12d, %r12d
dt_173_0:
	cmpxchgq %r15, %rdx
dt_174_0:
	setc %r9b
dt_175_0:
	movq $675, %r12
dt_175_1:
	xor %edx, %edx
dt_175_2:
	divq %r12
dt_176_0:
	movw %si, %r9w
dt_177_0:
	orw %r11w, data+168(%rip)
dt_178_0:
	adcl $600796767, %r8d
dt_179_0:
	btsq $67, %r15
dt_180_0:
	cmpb $66, %bh
dt_181_0:
	andb $82, %bl
dt_182_0:
	sahf
dt_183_0:
	testb %bl, %sil
dt_184_0:
	movw %cx, data+48(%rip)
dt_185_0:
	movzbq %r14b, %r11
dt_186_0:
	orw $43138, %ax
dt_187_0:
	xchgb %r10b, %cl
dt_188_0:
	cmpxchgq %rbx, %r8
dt_189_0:
	cmovbew %bx, %r11w
dt_190_0:
	setc %r15b
dt_191_0:
	andb data+24(%rip), %sil
dt_192_0:
	subb $4, %bl
dt_193_0:
	andb $37, %ch
dt_194_0:
	cmpxchgq %r10, %rax
dt_195_0:
	movsbq %r8b, %r8
dt_196_0:
	sbbl data+184(%rip), %edi
dt_197_0:
	cmovbel %edx, %r9d
dt_198_0:
	testl %edx, %ebp
dt_199_0:
	xorb $191, %al
dt_200_0:
	shlw $18, data+88(%rip)
dt_201_0:
	sbbl %r12d, %edx
dt_202_0:
	testq %r9, %rax
dt_203_0:
	andb $186, %al
dt_204_0:
	xaddw %r11w, data+24(%rip)
dt_205_0:
	imulw $1058, %di, %r9w
dt_206_0:
	orq data+24(%rip), %r15
dt_207_0:
	movzbl %r13b, %r11d
dt_208_0:
	bsfl %ecx, %r15d
dt_209_0:
	movl %r12d, data+160(%rip)
dt_210_0:
	leaq -763(%rdx,%r9,2), %r15
dt_211_0:
	rclq %r15
dt_212_0:
	sarl %cl, %edi
dt_213_0:
	bsrq %rax, %rcx
dt_214_0:
	movq $977, %rbx
dt_214_1:
	cqto
dt_214_2:
	idivq %rbx
dt_215_0:
	shrdl %cl, %r8d, %r15d
dt_216_0:
	imulw %r12w, %bp
dt_217_0:
	cmc
dt_218_0:
	sbbb data+16(%rip), %r8b
dt_219_0:
	bswap %r9
dt_220_0:
	cmpxchgb %dl, %bl
dt_221_0:
	movq $592, %rsi
dt_221_1:
	cqto
dt_221_2:
	idivq %rsi
dt_222_0:
	movl $66, %r11d
dt_222_1:
	xor %edx, %edx
dt_222_2:
	divl %r11d
dt_223_0:
	setc %sil
dt_224_0:
	btsq $50, %rcx
dt_225_0:
	adcw $22303, %r14w
dt_226_0:
	addb $248, %dl
dt_227_0:
	imulw %r12w, %cx
dt_228_0:
	imulw $3331, %dx, %di
dt_229_0:
	subw %bp, data+152(%rip)
dt_230_0:
	cmpxchgl %r15d, %ecx
dt_231_0:
	subw %r15w, data+104(%rip)
dt_232_0:
	bswap %rsi
dt_233_0:
	addw %r9w, %si
dt_234_0:
	movl $975, %r10d
dt_234_1:
	cltd
dt_234_2:
	idivl %r10d
dt_235_0:
	bswap %r14d
dt_236_0:
	shldw $11, %cx, data+144(%rip)
dt_237_0:
	lzcntw %cx, %dx
dt_238_0:
	leaq -1974(%rbp,%rsi,1), %rbx
dt_239_0:
	cwtl
dt_240_0:
	shldw $1, %r14w, %r8w
dt_241_0:
	cltq
dt_242_0:
	leaq -1323(%r14,%rcx,8), %r9
dt_243_0:
	andw %r15w, data+176(%rip)
dt_244_0:
	xorb %r11b, data+16(%rip)
dt_245_0:
	movq %rbx, %r9
dt_246_0:
	cmpq data+8(%rip), %rcx
dt_247_0:
	shldq %cl, %rdi, %r14
dt_249_0:
	subq %r13, %r8
dt_250_0:
	decl data+176(%rip)
dt_251_0:
	cmpxchgq %r10, %rdi
dt_252_0:
	shrdq $14, %rdi, data+40(%rip)
dt_253_0:
	leaq 496(%r10,%r10,2), %r9
dt_254_0:
	movl %r13d, data+88(%rip)
dt_255_0:
	movzbl %sil, %r14d
dt_256_0:
	cmpxchgb %al, data+88(%rip)
dt_257_0:
	addb $69, %ch
dt_258_0:
	bsrw %r10w, %cx
dt_259_0:
	movq %rsi, data+24(%rip)
dt_260_0:
	leal -1624(%r12,%r10,1), %r9d
dt_261_0:
	testw %si, %cx
dt_262_0:
	addl $1401300417, %r9d
dt_263_0:
	cbtw
dt_264_0:
	cmc
dt_265_0:
	negb data+32(%rip)
dt_266_0:
	notb data+24(%rip)
dt_267_0:
	shldl %cl, %r10d, data+128(%rip)
dt_268_0:
	incw %cx
dt_269_0:
	cmovbew %bp, %r14w
dt_270_0:
	xorq $89905319, %r8
dt_271_0:
	orw %si, %bx
dt_272_0:
	movl $913, %r15d
dt_272_1:
	cltd
dt_272_2:
	idivl %r15d
dt_273_0:
	andw $28885, %r14w
dt_274_0:
	roll $48, data+120(%rip)
dt_275_0:
	popcntq %r12, %rbp
dt_276_0:
	btrl $54, %r9d
dt_277_0:
	xaddw %r12w, data+64(%rip)
dt_278_0:
	clc
dt_279_0:
	xorb $240, %ah
dt_280_0:
	testb %r11b, %dl
dt_281_0:
	setc %al
dt_282_0:
	movq $818, %r12
dt_282_1:
	cqto
dt_282_2:
	idivq %r12
dt_283_0:
	sbbb %r9b, data+96(%rip)
dt_284_0:
	addb %dl, data+32(%rip)
dt_285_0:
	movl %r11d, data+16(%rip)
dt_286_0:
	popcntw %dx, %r10w
dt_287_0:
	testb %r14b, %r13b
dt_288_0:
	bswap %edx
dt_289_0:
	xchgb %dil, %dl
dt_290_0:
	xaddb %r10b, data+64(%rip)
dt_291_0:
	orq data+16(%rip), %r9
dt_292_0:
	bsfq %r14, %r15
dt_293_0:
	leal -1371(%r13,%r13,8), %ebp
dt_294_0:
	movb %r8b, data+16(%rip)
dt_295_0:
	shlb %cl, %r13b
dt_296_0:
	andw data+136(%rip), %r15w
dt_297_0:
	xorb $172, %cl
dt_298_0:
	imull $1174102682, %r11d, %r10d
dt_299_0:
	xorq data+120(%rip), %rsi
dt_300_0:
	leaq -2037(%rbx,%r11,8), %r14
dt_301_0:
	btq %rax, %r9
dt_302_0:
	subl %r11d, %edx
dt_303_0:
	cmpxchgq %r8, %r9
dt_304_0:
	setc %cl
dt_305_0:
	andl %r11d, %r14d
dt_306_0:
	movsbq %sil, %r13
dt_307_0:
	adcb $195, %cl
dt_308_0:
	setb %dl
dt_309_0:
	testw %r13w, %r10w
dt_310_0:
	addb $68, %cl
dt_311_0:
	tzcntw %dx, %cx
dt_312_0:
	movl $635, %r14d
dt_312_1:
	cltd
dt_312_2:
	idivl %r14d
dt_313_0:
	popcntl %r10d, %r8d
dt_314_0:
	shll data+56(%rip)
dt_315_0:
	bsrq %rcx, %rax
dt_316_0:
	btrq %rcx, %r15
dt_317_0:
	subb $32, %ah
dt_318_0:
	xaddw %si, %cx
dt_319_0:
	xorw %r9w, data+24(%rip)
dt_320_0:
	btsl $18, %eax
dt_321_0:
	btsq $79, %r15
dt_322_0:
	xchgb %dl, %r15b
dt_323_0:
	xchgb %r12b, %r8b
dt_324_0:
	subb $211, %bl
dt_325_0:
	movb %r12b, data+32(%rip)
dt_326_0:
	movq %rcx, data+128(%rip)
dt_327_0:
	bswap %edi
dt_328_0:
	testq %r10, %r8
dt_329_0:
	movsbq %r10b, %r15
dt_330_0:
	mulb %r10b
dt_331_0:
	cmovel %eax, %edi
dt_332_0:
	mull %esi
dt_333_0:
	xaddw %r8w, data+0(%rip)
dt_334_0:
	testq %rdi, %r8
dt_335_0:
	subb %r14b, data+120(%rip)
dt_336_0:
	leal 1083(%r11,%r12,8), %ebx
dt_337_0:
	xchgb %sil, %al
dt_338_0:
	adcl data+152(%rip), %r15d
dt_339_0:
	leaq 401(%rdi,%r15,2), %r11
dt_340_0:
	cmpl data+72(%rip), %r12d
dt_341_0:
	xorw %ax, %bx
dt_342_0:
	xaddb %r12b, %sil
dt_343_0:
	addb data+96(%rip), %r15b
dt_344_0:
	movq %rcx, data+48(%rip)
dt_345_0:
	decl data+32(%rip)
dt_346_0:
	bsfq %rsi, %r8
dt_347_0:
	xorb $247, %sil
dt_348_0:
	xorl %r10d, %r10d
dt_349_0:
	sbbq $960260702, %r14
dt_350_0:
	bswap %rcx
dt_351_0:
	shldq $11, %rdx, %rcx
dt_352_0:
	movsbl %al, %r13d
dt_353_0:
	mulb %r15b
dt_354_0:
	andw %r11w, %r11w
dt_355_0:
	tzcntq %r12, %rdi
dt_356_0:
	subw %dx, %di
dt_357_0:
	cmpl %edi, %r12d
dt_358_0:
	cmpxchgq %rcx, %r13
dt_359_0:
	bswap %rbx
dt_360_0:
	cltd
dt_361_0:
	leal 171(%r15,%r8,4), %r9d
dt_362_0:
	adcl %r9d, %r8d
dt_363_0:
	leal 71(%rdi,%r10,1), %r15d
dt_364_0:
	testl %r12d, %r14d
dt_365_0:
	rcrw data+104(%rip)
dt_366_0:
	sbbl data+176(%rip), %ecx
dt_367_0:
	addb $2, %bl
dt_368_0:
	lzcntq %r15, %r10
dt_369_0:
	rclw %bx
dt_370_0:
	roll %cl, %ecx
dt_371_0:
	shll data+16(%rip)
dt_372_0:
	xaddl %edi, %r14d
dt_373_0:
	orq %rdi, %rbp
dt_374_0:
	imulw %cx
dt_375_0:
	xaddl %edi, %r10d
dt_376_0:
	leal 1912(%r9,%r15,2), %edx
dt_377_0:
	cbtw
dt_378_0:
	leal -605(%r13,%r8,2), %ebp
dt_379_0:
	setns data+112(%rip)
dt_380_0:
	movq $396, %rdi
dt_380_1:
	xor %edx, %edx
dt_380_2:
	divq %rdi
dt_381_0:
	setc %dil
dt_382_0:
	shlq %cl, data+24(%rip)
dt_383_0:
	setno data+56(%rip)
dt_384_0:
	incq %r11
dt_385_0:
	rolq $11, data+152(%rip)
dt_386_0:
	cmpxchgb %al, data+168(%rip)
dt_387_0:
	andw %cx, data+120(%rip)
dt_388_0:
	leal 385(%rbx,%r14,4), %ecx
dt_389_0:
	movl $249, %r11d
dt_389_1:
	cltd
dt_389_2:
	idivl %r11d
dt_390_0:
	bsfq %rcx, %rdx
dt_391_0:
	popcntq %rdx, %r15
dt_392_0:
	shrdw $11, %r10w, %r11w
dt_393_0:
	decl %r13d
dt_394_0:
	rclw $13, %si
dt_395_0:
	cmovnow %ax, %ax
dt_396_0:
	popcntl %r14d, %ebp
dt_397_0:
	testw %r8w, %r12w
dt_398_0:
	mulb %bl
dt_399_0:
	imull $296098804, %ebx, %r9d
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0x8b2282f2b4e946cc
	.quad 0x1a219254250bca41
	.quad 0xd43b48601bd5c99b
	.quad 0xfe39e5e8921411ea
	.quad 0x1502663e6174d15c
	.quad 0x90bab2931bfe8d07
	.quad 0x819f0d28677d9b95
	.quad 0x55e563d2ca74bcbd
	.quad 0xe1857bcc91674af2
	.quad 0x7f1feb2ecd372873
	.quad 0x2f12d18fd14268de
	.quad 0x176538b2be1731eb
	.quad 0x5d65c23e416c654f
	.quad 0x7579960db0baaff1
	.quad 0x4ddb5733c099b10d
	.quad 0x21b5207132d3172c
	.quad 0x56e159d7c6ab607a
	.quad 0xfe2ad02821dfc5df
	.quad 0xf5ed64cd77e9e697
	.quad 0x2c5f424a46da6861
	.quad 0x711ffcca5e598aa9
	.quad 0x8e9f38cf595b6d8c
	.quad 0xa9b408d93d48ad4e
	.quad 0x34ce5efe1d2dcfb6
	.quad 0x3fb0e6bb4f957608
	.quad 0xcbd4d2e2609ffee6
	.quad 0x772d59a75f2322cb
	.quad 0x5431b1b622ef5615
	.quad 0xcd9fd263cda698ca
	.quad 0xc9452535d195cb44
	.quad 0x7752987aafe480d4
	.quad 0xc03dfa4b91e01bd1
