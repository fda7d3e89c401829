	.globl _start
	.text
_start:
	movabsq $0xffff, %rax
	movabsq $0x7f, %rcx
	movabsq $0xb8f7e4fac9785f0e, %rdx
	movabsq $0, %rbx
	movabsq $0x80, %rbp
	movabsq $0xffffffff, %rsi
	movabsq $0xffffffff, %rdi
	movabsq $0xdc440375d97b2160, %r8
	movabsq $0x80, %r9
	movabsq $0xc49146eb65c6496d, %r10
	movabsq $0x42631ec016dacdbd, %r11
	movabsq $0, %r12
	movabsq $0xc584f26222db6f46, %r13
	movabsq $0x8000000000000000, %r14
	movabsq $0xffff, %r15
	pushq $2256
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	tzcntl %r9d, %r8d
dt_1_0:
	mulq %rcx
dt_2_0:
	testl %ebx, %ebp
dt_3_0:
	negw data+8(%rip)
dt_4_0:
	cmpb $19, %dh
dt_5_0:
	testq %rcx, %r13
dt_6_0:
	cmpxchgw %bx, data+8(%rip)
dt_7_0:
	shrdw $9, %r15w, %bp
dt_8_0:
	imulw %bx, %cx
dt_9_0:
	sbbb %r8b, data+104(%rip)
dt_10_0:
	decl data+72(%rip)
dt_11_0:
	cqto
dt_12_0:
	decw data+88(%rip)
dt_13_0:
	orw data+40(%rip), %r8w
dt_14_0:
	cmovlew %r12w, %r13w
dt_15_0:
	movslq %edx, %r11
dt_16_0:
	notw %dx
dt_17_0:
	tzcntw %r11w, %r8w
dt_18_0:
	cmpxchgl %r12d, %r10d
dt_19_0:
	cmc
dt_20_0:
	mulb %r8b
dt_21_0:
	movl %ecx, data+8(%rip)
dt_22_0:
	bsrl %edx, %ebx
dt_23_0:
	clc
dt_24_0:
	movzbl %r15b, %esi
dt_25_0:
	cmc
dt_26_0:
	xchgb %r10b, %r14b
dt_27_0:
	addw %r9w, data+112(%rip)
dt_28_0:
	orl %r12d, data+56(%rip)
dt_29_0:
	addb $201, %bh
dt_30_0:
	imull $1479088154, %esi, %r8d
dt_31_0:
	incq data+112(%rip)
dt_32_0:
	addb %r14b, data+136(%rip)
dt_33_0:
	rorw %cl, data+120(%rip)
dt_34_0:
	shlq %rax
dt_35_0:
	movl $306, %r10d
dt_35_1:
	xor %edx, %edx
dt_35_2:
	divl %r10d
dt_36_0:
	sbbb %cl, %al
dt_37_0:
	shlq %cl, data+72(%rip)
dt_38_0:
	xaddw %bx, data+40(%rip)
dt_39_0:
	bswap %ebp
dt_40_0:
	negq %r12
dt_41_0:
	bsrq %rbp, %rbp
dt_42_0:
	rorb data+40(%rip)
dt_43_0:
	cmc
dt_44_0:
	cmovnsq %rdi, %rdi
dt_45_0:
	cmovoq %r9, %rdi
dt_46_0:
	btl %ebp, %esi
dt_47_0:
	bsrl %r8d, %r8d
dt_48_0:
	andb $44, %cl
dt_49_0:
	seta data+168(%rip)
dt_50_0:
	shldw $3, %r9w, %r14w
dt_51_0:
	andl %r15d, data+128(%rip)
dt_52_0:
	addw $47657, %bp
dt_53_0:
	cmc
dt_54_0:
	testw %r12w, %cx
dt_55_0:
	rorl data+0(%rip)
dt_56_0:
	bswap %r11
dt_57_0:
	shrdq $50, %rax, %r9
dt_58_0:
	xaddw %cx, data+112(%rip)
dt_59_0:
	cmpxchgw %r14w, %ax
dt_60_0:
	movl %ebx, %r8d
dt_61_0:
	cqto
dt_62_0:
	btl $11, %eax
dt_63_0:
	xaddw %r9w, data+176(%rip)
dt_64_0:
	leal -578(%rbp,%r15,8), %r12d
dt_65_0:
	movb %r15b, data+104(%rip)
dt_66_0:
	bswap %edi
dt_67_0:
	movl $901, %r15d
dt_67_1:
	cltd
dt_67_2:
	idivl %r15d
dt_68_0:
	bsfw %r9w, %r12w
dt_69_0:
	mulb %sil
dt_70_0:
	sbbl $672715148, %r12d
dt_71_0:
	tzcntl %edx, %r9d
dt_72_0:
	shll %cl, data+128(%rip)
dt_73_0:
	btcq $16, %r10
dt_74_0:
	shldq %cl, %rcx, data+8(%rip)
dt_75_0:
	sahf
dt_76_0:
	decl %ebp
dt_77_0:
	cmpq %rsi, %r12
dt_78_0:
	negl %esi
dt_79_0:
	xaddq %rax, data+104(%rip)
dt_80_0:
	cmpxchgw %r12w, data+64(%rip)
dt_81_0:
	cmpb $94, %r8b
dt_82_0:
	cmpxchgl %r13d, %edx
dt_83_0:
	cwtl
dt_84_0:
	cmovnew %r10w, %r11w
dt_85_0:
	shldl $46, %ebp, %r8d
dt_86_0:
	decw %r12w
dt_87_0:
	xchgb %r12b, %r13b
dt_88_0:
	cmovnol %r9d, %esi
dt_89_0:
	cmovgl %r15d, %ebp
dt_90_0:
	decw data+136(%rip)
dt_91_0:
	subq %r8, %rdi
dt_92_0:
	btl $28, %ebp
dt_93_0:
	clc
dt_94_0:
	cmc
dt_95_0:
	negb %r13b
dt_96_0:
	cmpxchgb %dl, %r13b
dt_97_0:
	cmovgl %edx, %r10d
dt_98_0:
	addb $43, %r13b
dt_99_0:
	lzcntw %cx, %r10w
dt_100_0:
	popcntw %si, %di
dt_101_0:
	lzcntw %si, %r13w
dt_102_0:
	bswap %rsi
dt_103_0:
	addb $157, %bl
dt_104_0:
	shlq $7, data+16(%rip)
dt_105_0:
	bswap %r14d
dt_107_0:
	shldl %cl, %r10d, %edi
dt_108_0:
	stc
dt_109_0:
	bswap %r15
dt_110_0:
	lahf
dt_111_0:
	cmpxchgw %r14w, %r8w
dt_112_0:
	movl $395, %r14d
dt_112_1:
	cltd
dt_112_2:
	idivl %r14d
dt_113_0:
	addl $472206158, %r8d
dt_114_0:
	cmpxchgl %r14d, data+120(%rip)
dt_115_0:
	bsfl %edi, %r13d
dt_116_0:
	movzbl %dl, %esi
dt_117_0:
	cmpxchgw %r9w, %r10w
dt_118_0:
	negb %r11b
dt_119_0:
	movq %r8, data+32(%rip)
dt_120_0:
	sarq %r12
dt_121_0:
	btcw %r10w, %bp
dt_123_0:
	addq %r8, data+56(%rip)
dt_124_0:
	cbtw
dt_125_0:
	andb %sil, %dil
dt_126_0:
	andq %rcx, data+184(%rip)
dt_127_0:
	movzbq %dil, %r8
dt_128_0:
	shrdq $7, %r13, data+120(%rip)
dt_129_0:
	movq %rbx, %r15
dt_130_0:
	cmovaw %r12w, %di
dt_131_0:
	bsrl %r15d, %r10d
dt_132_0:
	cmovaw %bx, %r14w
dt_133_0:
	cmpxchgb %r12b, %dl
dt_134_0:
	addb $247, %r13b
dt_135_0:
	incl data+24(%rip)
dt_136_0:
	bswap %r12d
dt_137_0:
	movw %si, data+88(%rip)
dt_138_0:
	andb $66, %ah
dt_139_0:
	orw %r15w, %r8w
dt_140_0:
	andb %r12b, %r12b
dt_141_0:
	testw %dx, %r13w
dt_142_0:
	adcl %esi, data+8(%rip)
dt_143_0:
	xaddq %r12, %r10
dt_144_0:
	sbbw %r11w, %bp
dt_145_0:
	movq $536, %r12
dt_145_1:
	cqto
dt_145_2:
	idivq %r12
dt_146_0:
	subq data+8(%rip), %rbp
dt_147_0:
	seta data+184(%rip)
dt_148_0:
	incw %bx
dt_149_0:
	adcw %r14w, data+56(%rip)
dt_150_0:
	cmpb $101, %dl
dt_151_0:
	imulq $714445720, %rdi, %r10
dt_152_0:
	subq %rdi, %rsi
dt_153_0:
	cmpb $107, %bl
dt_154_0:
	setc %r15b
dt_155_0:
	popcntq %r15, %r9
dt_156_0:
	movq $581, %r14
dt_156_1:
	cqto
dt_156_2:
	idivq %r14
dt_157_0:
	movq $375, %rdi
dt_157_1:
	xor %edx, %edx
dt_157_2:
	divq %rdi
dt_158_0:
	cmpq %r10, %rbp
dt_159_0:
	decb data+16(%rip)
dt_160_0:
	leaq -1970(%rbp,%rdx,8), %rbp
dt_161_0:
	cmovgq %r14, %r9
dt_162_0:
	testw %bx, %bp
dt_163_0:
	addb $187, %cl
dt_164_0:
	movw %bp, %r11w
dt_165_0:
	stc
dt_166_0:
	setne %r9b
dt_167_0:
	xaddw %di, data+40(%rip)
dt_168_0:
	cmpxchgb %bl, data+160(%rip)
dt_169_0:
	bswap %eax
dt_170_0:
	testb %r15b, %r10b
dt_171_0:
	decl %ebp
dt_172_0:
	sbbw %bp, %r14w
dt_173_0:
	notb %dl
dt_174_0:
	cmc
dt_175_0:
	sbbl %r13d, data+72(%rip)
dt_176_0:
	sbbb %dil, %r9b
dt_177_0:
	leal 1589(%rax,%r10,2), %r8d
dt_178_0:
	movq %r11, %r9
dt_179_0:
	stc
dt_180_0:
	clc
dt_181_0:
	movslq %r12d, %rbp
dt_182_0:
	movb %r15b, data+48(%rip)
dt_183_0:
	bswap %esi
dt_184_0:
	movq $350, %r10
dt_184_1:
	xor %edx, %edx
dt_184_2:
	divq %r10
dt_185_0:
	adcw $18972, %di
dt_186_0:
	movq $886, %rbp
dt_186_1:
	xor %edx, %edx
dt_186_2:
	divq %rbp
dt_187_0:
	btcw %ax, %cx
dt_188_0:
	orb $70, %bl
dt_189_0:
	btsw $40, %di
dt_190_0:
	subw %bp, data+104(%rip)
dt_191_0:
	andw $63444, %bx
dt_192_0:
	xaddq %rsi, %rsi
dt_193_0:
	cmovlel %ecx, %r15d
dt_194_0:
	movq $148, %rbx
dt_194_1:
	cqto
dt_194_2:
	idivq %rbx
dt_195_0:
	movq $884, %r9
dt_195_1:
	xor %edx, %edx
dt_195_2:
	divq %r9
dt_196_0:
	cmpxchgw %r10w, data+72(%rip)
dt_197_0:
	setno data+120(%rip)
dt_198_0:
	cmpb $111, %ch
dt_199_0:
	orb $155, %r12b
dt_200_0:
	subb %r14b, %dl
dt_201_0:
	cmovnoq %rbx, %rbx
dt_202_0:
	addq %r15, data+56(%rip)
dt_203_0:
	shrdq %cl, %r11, data+168(%rip)
dt_204_0:
	lzcntq %rdi, %rdi
dt_205_0:
	rolq %cl, data+32(%rip)
dt_206_0:
	cmpxchgw %si, data+120(%rip)
dt_207_0:
	movswq %r11w, %r12
dt_208_0:
	xorq %r10, data+168(%rip)
dt_209_0:
	bsfq %r13, %r10
dt_210_0:
	movq %r15, %rax
dt_211_0:
	xaddw %bx, %bx
dt_212_0:
	btcl %r13d, %r13d
dt_213_0:
	shrdw $5, %r13w, data+152(%rip)
dt_214_0:
	testw %dx, %r14w
dt_215_0:
	movzwq %r10w, %rbx
dt_216_0:
	orq $-1000183634, %r13
dt_217_0:
	movw %si, data+0(%rip)
dt_218_0:
	addb $250, %r8b
dt_219_0:
	cmpw data+176(%rip), %r14w
dt_220_0:
	movl $49, %ecx
dt_220_1:
	cltd
dt_220_2:
	idivl %ecx
dt_221_0:
	xaddw %r13w, data+48(%rip)
dt_222_0:
	popcntl %r13d, %esi
dt_223_0:
	rolb $54, %al
dt_224_0:
	leal -1399(%r13,%rsi,1), %eax
dt_225_0:
	xorb %al, %cl
dt_226_0:
	cmpxchgq %r8, %r11
dt_227_0:
	sete data+184(%rip)
dt_228_0:
	popcntw %di, %r15w
dt_229_0:
	movzwq %bx, %r8
dt_230_0:
	xaddl %r11d, data+104(%rip)
dt_231_0:
	andb %r11b, %r15b
dt_232_0:
	leal -808(%rdx,%r8,2), %r11d
dt_233_0:
	cltd
dt_234_0:
	sbbl $2046548965, %eax
dt_235_0:
	cmpxchgw %r14w, data+168(%rip)
dt_236_0:
	movl $780, %ecx
dt_236_1:
	cltd
dt_236_2:
	idivl %ecx
dt_237_0:
	xorq %r10, %r11
dt_238_0:
	xorl data+184(%rip), %r9d
dt_239_0:
	cmc
dt_240_0:
	bsfw %bx, %bp
dt_241_0:
	shldl $24, %ecx, %r14d
dt_242_0:
	shrdw $7, %r10w, %r11w
dt_243_0:
	andq data+64(%rip), %rax
dt_244_0:
	cqto
dt_245_0:
	shldl $41, %r12d, data+56(%rip)
dt_246_0:
	andl data+56(%rip), %r9d
dt_247_0:
	movw %r8w, data+8(%rip)
dt_248_0:
	shlq %cl, data+80(%rip)
dt_249_0:
	cmovgw %r15w, %r12w
dt_250_0:
	cwtl
dt_251_0:
	shldw $15, %r15w, %r8w
dt_252_0:
	adcb %r12b, %r12b
dt_253_0:
	xaddq %rsi, data+104(%rip)
dt_254_0:
	bsrl %r9d, %r12d
dt_255_0:
	xorb %r12b, data+144(%rip)
dt_256_0:
	lzcntq %rax, %rcx
dt_257_0:
	cmpxchgl %eax, data+104(%rip)
dt_258_0:
	notl data+176(%rip)
dt_259_0:
	testl %ecx, %r15d
dt_260_0:
	andb $70, %bh
dt_261_0:
	bswap %r13
dt_262_0:
	cmpl %edx, %r14d
dt_263_0:
	andl data+168(%rip), %r9d
dt_264_0:
	notl %r11d
dt_265_0:
	xaddl %r8d, %r12d
dt_266_0:
	notl %r15d
dt_267_0:
	sbbb data+40(%rip), %al
dt_268_0:
	addl $-390891331, %esi
dt_269_0:
	subb $67, %ch
dt_270_0:
	lahf
dt_271_0:
	movq %r13, data+16(%rip)
dt_272_0:
	sbbw %r12w, %bx
dt_273_0:
	xorb $83, %dh
dt_274_0:
	adcb data+8(%rip), %dl
dt_275_0:
	leal 186(%rdx,%r11,2), %r13d
dt_276_0:
	shrdl $61, %r9d, data+104(%rip)
dt_277_0:
	movl %r11d, data+120(%rip)
dt_278_0:
	xorq %r12, data+40(%rip)
dt_279_0:
	movq %r13, %rax
dt_280_0:
	movq $423, %r8
dt_280_1:
	xor %edx, %edx
dt_280_2:
	divq %r8
dt_281_0:
	imull $745498912, %r9d, %esi
dt_282_0:
	movzbl %r12b, %edi
dt_283_0:
	bswap %rax
dt_284_0:
	sbbw %bx, %r10w
dt_285_0:
	leal 144(%rbx,%rbx,2), %esi
dt_286_0:
	lahf
dt_287_0:
	movl %ecx, data+120(%rip)
dt_288_0:
	rolw $0, %r8w
dt_289_0:
	cmpxchgw %r12w, %r12w
dt_290_0:
	movw %r11w, %ax
dt_291_0:
	tzcntl %r14d, %r10d
dt_292_0:
	setc %r9b
dt_293_0:
	bswap %ecx
dt_294_0:
	cmpxchgq %r13, %rax
dt_295_0:
	movsbq %r9b, %rcx
dt_296_0:
	cmc
dt_297_0:
	shrdw $11, %di, %r9w
dt_298_0:
	leaq -247(%r12,%rdi,4), %rdi
dt_299_0:
	xchgb %r12b, %r10b
dt_300_0:
	movb %r11b, %r8b
dt_301_0:
	orq $1376931663, %rcx
dt_302_0:
	xorb $0, %al
dt_303_0:
	xorw %si, %r12w
dt_304_0:
	xorb $10, %dh
dt_305_0:
	xaddb %bl, %r15b
dt_306_0:
	movl %edx, %edx
dt_307_0:
	addb %r13b, data+168(%rip)
dt_308_0:
	decq data+56(%rip)
dt_309_0:
	setc %dil
dt_310_0:
	testb %r13b, %r13b
dt_311_0:
	bswap %r9
dt_312_0:
	subw data+0(%rip), %bp
dt_313_0:
	notw data+176(%rip)
dt_314_0:
	cmpxchgl %r11d, data+56(%rip)
dt_315_0:
	setg %r10b
dt_316_0:
	xchgb %r8b, %r11b
dt_317_0:
	leaq -1002(%r10,%rax,4), %r9
dt_318_0:
	xaddq %r8, %rdi
dt_319_0:
	incq %r11
dt_320_0:
	cwtd
dt_321_0:
	cwtl
dt_322_0:
	cwtl
dt_323_0:
	shrdq $21, %r12, %r14
dt_324_0:
	sbbw data+48(%rip), %r13w
dt_325_0:
	adcl $-525386008, %r9d
dt_326_0:
	testw %r9w, %r11w
dt_327_0:
	testl %r11d, %ebp
dt_328_0:
	bswap %r13
dt_329_0:
	cmpb %dl, %r14b
dt_330_0:
	bsfl %r10d, %edi
dt_331_0:
	lzcntl %r12d, %edx
dt_332_0:
	xchgb %cl, %r14b
dt_333_0:
	imulw $11291, %r14w, %bp
dt_335_0:
	bswap %r9
dt_336_0:
	xaddb %r14b, %dil
dt_337_0:
	stc
dt_338_0:
	movzwl %r11w, %ecx
dt_339_0:
	orq $1297382811, %rbx
dt_340_0:
	negw %ax
dt_341_0:
	movl $319, %esi
dt_341_1:
	cltd
dt_341_2:
	idivl %esi
dt_342_0:
	cmc
dt_343_0:
	popcntq %r10, %r10
dt_344_0:
	imulq $13273149, %r12, %rsi
dt_345_0:
	xaddw %bp, %r11w
dt_346_0:
	rolb %r11b
dt_347_0:
	addw %bx, data+80(%rip)
dt_348_0:
	negq data+136(%rip)
dt_349_0:
	movq $255, %rdi
dt_349_1:
	cqto
dt_349_2:
	idivq %rdi
dt_350_0:
	cmovew %r12w, %r14w
dt_351_0:
	xaddw %dx, %r15w
dt_352_0:
	adcl data+80(%rip), %r14d
dt_353_0:
	movswq %dx, %r11
dt_354_0:
	imull $2056065972, %eax, %esi
dt_355_0:
	movq %rax, data+144(%rip)
dt_356_0:
	imulw $2952, %r11w, %r9w
dt_357_0:
	movq %r10, data+8(%rip)
dt_358_0:
	xorb $177, %bh
dt_359_0:
	xorq $90975790, %r9
dt_360_0:
	bswap %r15d
dt_361_0:
	imulq %r14, %r12
dt_362_0:
	shldl $22, %r15d, data+80(%rip)
dt_363_0:
	lzcntw %cx, %bx
dt_364_0:
	cmpxchgq %rcx, %r10
dt_365_0:
	btl $2, %r9d
dt_366_0:
	cmc
dt_367_0:
	cmovsq %r8, %r14
dt_368_0:
	subb $105, %bh
dt_369_0:
	bswap %r8d
dt_370_0:
	cmc
dt_371_0:
	movslq %esi, %rcx
dt_372_0:
	addb data+40(%rip), %r10b
dt_373_0:
	sbbb %dl, data+96(%rip)
dt_374_0:
	cmovel %r10d, %r11d
dt_375_0:
	btrq $54, %rdi
dt_376_0:
	sahf
dt_377_0:
	bswap %rbx
dt_378_0:
	cmpxchgl %r11d, data+24(%rip)
dt_379_0:
	cmpxchgw %bx, %r10w
dt_380_0:
	xorb $123, %cl
dt_381_0:
	movslq %r10d, %r13
dt_382_0:
	incq data+48(%rip)
dt_383_0:
	btrq %r15, %rdx
dt_384_0:
	addq %rbx, data+184(%rip)
dt_385_0:
	sarw data+104(%rip)
dt_386_0:
	btcq %r9, %r15
dt_387_0:
	cmovbw %r10w, %cx
dt_388_0:
	movl %eax, data+16(%rip)
dt_389_0:
	cmc
dt_390_0:
	bsfl %esi, %edi
dt_391_0:
	subw $47251, %r9w
dt_392_0:
	xorl $-804761471, %eax
dt_393_0:
	negb %dil
dt_394_0:
	cqto
dt_395_0:
	xchgb %r11b, %r14b
dt_396_0:
	decl %ebx
dt_397_0:
	mulb %cl
dt_398_0:
	xchgb %r10b, %r13b
dt_399_0:
	testl %r8d, %esi
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0x32843f4718fc3bd1
	.quad 0x6f4cd652455b7eb1
	.quad 0x7b2435174d53d154
	.quad 0xd85017e88f022d7e
	.quad 0x9f1c8d28d988c4f4
	.quad 0xe3d2ab9f6283092f
	.quad 0x777bf77c3b1a0576
	.quad 0x0d2bed2c6144f80b
	.quad 0x36f90209c1bd03f5
	.quad 0x59b1f19497eb08f5
	.quad 0x284fa26f5c47a1ae
	.quad 0xa6348777ed95ff5a
	.quad 0x1dac5ac54862865f
	.quad 0x0d842b6b95c8ecff
	.quad 0x82be5254566a33ee
	.quad 0x12e887454204eee5
	.quad 0x24dc00293ff73ae5
	.quad 0xcdd520b051a19e71
	.quad 0x2f9e67868eb41011
	.quad 0x9a70ff0a37ae4582
	.quad 0x1cd13bad4f34499f
	.quad 0x06fe991c6e730db2
	.quad 0xf76c00509ba14783
	.quad 0xd97ebb4bccec5440
	.quad 0x8aea9932e05a0f54
	.quad 0x97ab2e0cbf303019
	.quad 0x9f5adc805d9d6245
	.quad 0xcb62ef4f47e3c54a
	.quad 0xd619c70f31f25e13
	.quad 0x3c30626b3fde50f5
	.quad 0x4dd1c8b5ec2d0816
	.quad 0xe8d23ea14fcf6d62
