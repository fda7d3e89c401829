	.globl _start
	.text
_start:
	movabsq $1, %rax
	movabsq $0xff, %rcx
	movabsq $0x7fffffff, %rdx
	movabsq $0xffff, %rbx
	movabsq $0x2fc3b2e56a78fb6a, %rbp
	movabsq $0x7fffffff, %rsi
	movabsq $0xffff, %rdi
	movabsq $0xffffffff, %r8
	movabsq $1, %r9
	movabsq $1, %r10
	movabsq $0x11b044a53db9eed7, %r11
	movabsq $0xffff, %r12
	movabsq $0x80, %r13
	movabsq $0xff, %r14
	movabsq $0x80, %r15
	pushq $2112
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	andl %ecx, data+40(%rip)
dt_1_0:
	imull %r11d, %r9d
dt_2_0:
	lzcntl %r14d, %r9d
dt_3_0:
	xchgb %cl, %bl
dt_4_0:
	decl data+16(%rip)
dt_5_0:
	seta data+120(%rip)
dt_6_0:
	adcl $1270288385, %r11d
dt_7_0:
	incl %edx
dt_8_0:
	cmpxchgq %rcx, data+144(%rip)
dt_9_0:
	cmpxchgb %r14b, data+160(%rip)
dt_10_0:
	movw %r12w, %r11w
dt_11_0:
	addw data+8(%rip), %r10w
dt_12_0:
	mulb %r14b
dt_13_0:
	tzcntl %eax, %ebx
dt_14_0:
	leaq -1141(%rax,%r15,1), %rcx
dt_15_0:
	xorw $16458, %bx
dt_16_0:
	sbbl %edi, %r14d
dt_17_0:
	tzcntw %si, %di
dt_18_0:
	subq data+64(%rip), %r8
dt_19_0:
	cmpxchgl %edx, data+16(%rip)
dt_20_0:
	xorl %esi, %ecx
dt_21_0:
	setc %r10b
dt_22_0:
	cmovlw %bp, %r15w
dt_23_0:
	movq %rdi, data+112(%rip)
dt_24_0:
	movswl %r11w, %edx
dt_25_0:
	sarw %cl, data+152(%rip)
dt_26_0:
	decq data+176(%rip)
dt_27_0:
	andb $66, %cl
dt_28_0:
	cmpxchgq %r8, data+72(%rip)
dt_29_0:
	xaddq %rbx, %rcx
dt_30_0:
	orl %r13d, %ecx
dt_31_0:
	xaddl %ebp, data+88(%rip)
dt_32_0:
	cmc
dt_33_0:
	setge data+0(%rip)
dt_34_0:
	addb $219, %ch
dt_35_0:
	bsrq %rsi, %r15
dt_36_0:
	leaq 1110(%rcx,%rdx,4), %r11
dt_37_0:
	decb data+48(%rip)
dt_38_0:
	movsbq %dil, %rdx
dt_39_0:
	cmpw $41736, %r14w
dt_40_0:
	rolw %cl, data+160(%rip)
dt_41_0:
	btw %cx, %r10w
dt_42_0:
	cmpxchgq %rbx, data+96(%rip)
dt_43_0:
	incl data+72(%rip)
dt_44_0:
	negb data+104(%rip)
dt_45_0:
	cmpxchgw %r11w, data+64(%rip)
dt_46_0:
	bsrq %r10, %rcx
dt_47_0:
	tzcntl %r9d, %r9d
dt_48_0:
	leaq -2281(%rdi,%rdi,4), %rbx
dt_49_0:
	testw %r14w, %di
dt_50_0:
	adcw %r8w, data+184(%rip)
dt_51_0:
	testb %dl, %r11b
dt_52_0:
	tzcntl %r11d, %r14d
dt_53_0:
	xaddl %edx, %r9d
dt_54_0:
	addl %r9d, %ebx
dt_55_0:
	cmoval %ebx, %eax
dt_56_0:
	popcntw %bx, %r9w
dt_57_0:
	sarq %cl, data+72(%rip)
dt_58_0:
	bsrw %cx, %r12w
dt_59_0:
	xchgb %bl, %r9b
dt_60_0:
	shldl %cl, %r14d, data+8(%rip)
dt_61_0:
	testq %rdi, %rdx
dt_62_0:
	sbbb data+176(%rip), %r12b
dt_63_0:
	testw %r9w, %r14w
dt_64_0:
	mulb %r9b
dt_65_0:
	cmpb %r15b, data+80(%rip)
dt_66_0:
	andb $228, %al
dt_67_0:
	notb data+72(%rip)
dt_68_0:
	imull $171955935, %edi, %ecx
dt_69_0:
	xaddl %r9d, %edi
dt_70_0:
	bsfq %rsi, %r10
dt_71_0:
	movsbl %sil, %r11d
dt_72_0:
	decq %r13
dt_73_0:
	shldq %cl, %r8, data+72(%rip)
dt_74_0:
	testb %al, %cl
dt_75_0:
	bsfl %r9d, %ecx
dt_76_0:
	sbbq %rax, data+104(%rip)
dt_77_0:
	notw %r10w
dt_78_0:
	xaddb %r8b, data+16(%rip)
dt_79_0:
	movl %eax, %edi
dt_80_0:
	movzwl %r14w, %edx
dt_81_0:
	movq %r11, data+112(%rip)
dt_82_0:
	negl data+64(%rip)
dt_83_0:
	movl %r13d, %r8d
dt_84_0:
	shrl $6, %r14d
dt_85_0:
	movq $580, %rbp
dt_85_1:
	xor %edx, %edx
dt_85_2:
	divq %rbp
dt_86_0:
	cltd
dt_87_0:
	lzcntw %r8w, %r15w
dt_88_0:
	shrdq $47, %rbx, %rbp
dt_89_0:
	imulq $1038295560, %rax, %r8
dt_90_0:
	rolw data+168(%rip)
dt_91_0:
	setc %r12b
dt_92_0:
	xchgb %r8b, %r10b
dt_93_0:
	xorl %ecx, %eax
dt_94_0:
	btl %esi, %r15d
dt_95_0:
	imulw %ax, %r15w
dt_96_0:
	popcntq %rbp, %r10
dt_97_0:
	setg %r10b
dt_98_0:
	adcb %bl, data+40(%rip)
dt_99_0:
	cmpxchgl %r9d, data+16(%rip)
dt_100_0:
	xorw data+112(%rip), %r10w
dt_101_0:
	cmpxchgb %r10b, data+64(%rip)
dt_102_0:
	cmpxchgl %r15d, data+168(%rip)
dt_103_0:
	orb data+184(%rip), %r10b
dt_104_0:
	btw %r11w, %ax
dt_105_0:
	cwtl
dt_106_0:
	movl %r14d, %ebp
dt_107_0:
	addl %r11d, %eax
dt_108_0:
	sarb %cl, data+184(%rip)
dt_109_0:
	mulb %r8b
dt_110_0:
	subb $85, %dh
dt_111_0:
	xorq data+144(%rip), %rax
dt_112_0:
	testb %dl, %dil
dt_113_0:
	xorw %si, %dx
dt_114_0:
	decw %di
dt_115_0:
	testq %rdx, %r15
dt_116_0:
	bsrl %r14d, %r9d
dt_117_0:
	btrw $55, %r13w
dt_118_0:
	btl $25, %edi
dt_119_0:
	addb $107, %ch
dt_120_0:
	rolw $37, data+176(%rip)
dt_121_0:
	shrdq %cl, %r10, data+32(%rip)
dt_122_0:
	shrdq $60, %r9, %rax
dt_123_0:
	tzcntl %r10d, %r13d
dt_124_0:
	xorw %si, %r13w
dt_125_0:
	cwtl
dt_126_0:
	bswap %r10
dt_127_0:
	movl %edi, data+88(%rip)
dt_128_0:
	testq %rbx, %r12
dt_129_0:
	movzbl %cl, %r15d
dt_130_0:
	shrdl $16, %r8d, %r12d
dt_131_0:
	setl data+160(%rip)
dt_132_0:
	cmovow %r10w, %r10w
dt_133_0:
	rorq $63, data+48(%rip)
dt_134_0:
	imulw %r13w
dt_135_0:
	cmpxchgw %r9w, data+88(%rip)
dt_136_0:
	bswap %edx
dt_137_0:
	cmpq %r11, data+48(%rip)
dt_138_0:
	cmpb $203, %cl
dt_139_0:
	rcrl %cl, data+136(%rip)
dt_140_0:
	shrdl %cl, %r14d, %r13d
dt_141_0:
	cltq
dt_142_0:
	addb $106, %ah
dt_143_0:
	andq %rsi, %rbx
dt_144_0:
	addq %r10, %rbp
dt_145_0:
	bsfq %rsi, %r12
dt_146_0:
	testb %r10b, %bl
dt_147_0:
	andq data+8(%rip), %r9
dt_148_0:
	sbbw %bx, %ax
dt_149_0:
	xorl data+112(%rip), %ebp
dt_150_0:
	testb %r13b, %dil
dt_151_0:
	andb $94, %bl
dt_152_0:
	andl %r9d, %r11d
dt_153_0:
	andb $136, %al
dt_154_0:
	tzcntw %r12w, %r9w
dt_155_0:
	lzcntq %rax, %rax
dt_156_0:
	andb data+32(%rip), %bl
dt_157_0:
	setnp %r13b
dt_159_0:
	adcl %ecx, data+120(%rip)
dt_160_0:
	bswap %r13d
dt_161_0:
	bsfl %r15d, %r11d
dt_162_0:
	addb data+80(%rip), %r11b
dt_163_0:
	cltq
dt_164_0:
	cmpxchgb %al, data+24(%rip)
dt_165_0:
	addb %bl, data+144(%rip)
dt_166_0:
	testl %r14d, %r10d
dt_167_0:
	cmovaw %r10w, %ax
dt_168_0:
	bswap %rax
dt_169_0:
	rcrq %cl, data+160(%rip)
dt_170_0:
	sbbq data+16(%rip), %r13
dt_171_0:
	cmpxchgw %r13w, data+184(%rip)
dt_172_0:
	xchgb %r9b, %dil
dt_173_0:
	notl data+40(%rip)
dt_174_0:
	lzcntq %rax, %rsi
dt_175_0:
	cmc
dt_176_0:
	cmpxchgl %r13d, data+0(%rip)
dt_177_0:
	bswap %r8
dt_178_0:
	movl $475, %r8d
dt_178_1:
	cltd
dt_178_2:
	idivl %r8d
dt_179_0:
	addq data+48(%rip), %rax
dt_180_0:
	rorb %cl, data+48(%rip)
dt_181_0:
	leaq 929(%r9,%rax,4), %r11
dt_182_0:
	testb %r9b, %r14b
dt_183_0:
	subb $205, %ah
dt_184_0:
	movq $840, %r15
dt_184_1:
	cqto
dt_184_2:
	idivq %r15
dt_185_0:
	rorq $35, data+160(%rip)
dt_186_0:
	leaq -877(%r11,%rcx,4), %r10
dt_187_0:
	movq $711, %r10
dt_187_1:
	xor %edx, %edx
dt_187_2:
	divq %r10
dt_188_0:
	cmc
dt_189_0:
	adcb %r9b, data+120(%rip)
dt_190_0:
	movl %r15d, %r10d
dt_191_0:
	movq %r10, %r14
dt_192_0:
	shlb $22, %r9b
dt_193_0:
	cmpw data+160(%rip), %r12w
dt_194_0:
	testb %r12b, %r14b
dt_195_0:
	movzwq %cx, %rbx
dt_196_0:
	testl %r14d, %ebx
dt_197_0:
	negl %edi
dt_198_0:
	movq %r11, data+8(%rip)
dt_199_0:
	bsfw %ax, %r15w
dt_200_0:
	shrdl %cl, %r9d, %ecx
dt_201_0:
	adcl %r14d, data+16(%rip)
dt_202_0:
	testb %r14b, %r15b
dt_203_0:
	testw %r8w, %r14w
dt_204_0:
	lahf
dt_205_0:
	cmpxchgq %rsi, %rdi
dt_206_0:
	cmpw %bx, %r13w
dt_207_0:
	shrdl %cl, %r11d, %edi
dt_208_0:
	rorl %cl, %ecx
dt_209_0:
	leal 1560(%r15,%r14,4), %edx
dt_210_0:
	andl data+48(%rip), %r15d
dt_211_0:
	cmpxchgq %rsi, %r12
dt_212_0:
	cmpb %dil, data+160(%rip)
dt_213_0:
	bswap %r10d
dt_214_0:
	movl $413, %esi
dt_214_1:
	xor %edx, %edx
dt_214_2:
	divl %esi
dt_215_0:
	bswap %r15
dt_216_0:
	lzcntw %r15w, %r14w
dt_217_0:
	movl %r13d, data+0(%rip)
dt_218_0:
	cmovow %r11w, %r8w
dt_219_0:
	imulq %r15, %r8
dt_220_0:
	bswap %r13
dt_221_0:
	shrdq %cl, %r9, data+128(%rip)
dt_222_0:
	movzbq %r12b, %rbp
dt_223_0:
	cmovlew %r12w, %r15w
dt_224_0:
	leaq 818(%r13,%r14,8), %r15
dt_225_0:
	testw %bp, %di
dt_226_0:
	rcrq $60, data+176(%rip)
dt_227_0:
	bsrl %edx, %r12d
dt_228_0:
	movq $741, %rbx
dt_228_1:
	cqto
dt_228_2:
	idivq %rbx
dt_229_0:
	cmpxchgq %r10, data+112(%rip)
dt_230_0:
	movb %bl, data+160(%rip)
dt_231_0:
	movl %r15d, %r14d
dt_232_0:
	adcw $23899, %r12w
dt_233_0:
	shlq data+144(%rip)
dt_234_0:
	popcntw %dx, %ax
dt_235_0:
	cmovnol %edx, %esi
dt_236_0:
	leaq -908(%rsi,%rbp,4), %r11
dt_237_0:
	sbbq data+56(%rip), %r14
dt_238_0:
	imulw %r13w, %r15w
dt_239_0:
	cmpxchgq %r11, data+16(%rip)
dt_240_0:
	rorl data+112(%rip)
dt_241_0:
	btw $60, %ax
dt_242_0:
	movl %r14d, %edi
dt_243_0:
	roll data+0(%rip)
dt_244_0:
	cmpw %di, data+64(%rip)
dt_245_0:
	xaddw %ax, %r13w
dt_246_0:
	clc
dt_247_0:
	bswap %r9
dt_248_0:
	clc
dt_249_0:
	lzcntq %r12, %r11
dt_250_0:
	cltd
dt_251_0:
	shldq $24, %r9, data+160(%rip)
dt_252_0:
	cmovnpw %bp, %r9w
dt_253_0:
	subw $32128, %ax
dt_254_0:
	xchgb %cl, %r13b
dt_255_0:
	mulb %r12b
dt_256_0:
	xaddq %rdi, data+160(%rip)
dt_257_0:
	sbbl %ebp, data+152(%rip)
dt_258_0:
	movl %eax, data+32(%rip)
dt_259_0:
	movq %rsi, %r10
dt_260_0:
	cmpxchgw %cx, %ax
dt_261_0:
	testl %edx, %r14d
dt_262_0:
	incb %r11b
dt_263_0:
	movslq %ebp, %r12
dt_264_0:
	movl $666, %r9d
dt_264_1:
	xor %edx, %edx
dt_264_2:
	divl %r9d
dt_265_0:
	bswap %r9d
dt_266_0:
	imull %ecx, %edx
dt_267_0:
	movswq %r10w, %r12
dt_268_0:
	cmc
dt_269_0:
	negl data+32(%rip)
dt_270_0:
	imulq %rax, %rax
dt_271_0:
	movsbq %r14b, %r11
dt_272_0:
	movzbl %r10b, %r9d
dt_273_0:
	cltq
dt_274_0:
	rclb %cl, %r15b
dt_275_0:
	shrdq %cl, %rcx, data+56(%rip)
dt_276_0:
	setc %cl
dt_277_0:
	lzcntw %bp, %r10w
dt_278_0:
	sbbl data+96(%rip), %r8d
dt_279_0:
	popcntw %r9w, %r9w
dt_280_0:
	bswap %rdx
dt_281_0:
	cmc
dt_282_0:
	popcntq %r10, %rcx
dt_283_0:
	cmovpq %rdi, %r13
dt_284_0:
	xaddq %rdx, data+128(%rip)
dt_285_0:
	lzcntl %r13d, %eax
dt_286_0:
	movb %r13b, data+104(%rip)
dt_287_0:
	bswap %r15d
dt_288_0:
	btrq %r14, %rax
dt_289_0:
	sbbl %edi, data+56(%rip)
dt_291_0:
	imulw %r12w, %dx
dt_292_0:
	cmovleq %r13, %rdx
dt_293_0:
	movslq %ebp, %r8
dt_294_0:
	cmpl $260225363, %eax
dt_295_0:
	movl $873, %ecx
dt_295_1:
	cltd
dt_295_2:
	idivl %ecx
dt_296_0:
	tzcntw %di, %dx
dt_297_0:
	addl %ebp, %r13d
dt_298_0:
	movzbq %dl, %rbx
dt_299_0:
	movb %cl, data+80(%rip)
dt_300_0:
	andb $234, %ah
dt_301_0:
	incq data+120(%rip)
dt_302_0:
	leal -1559(%rdx,%rbx,4), %ecx
dt_303_0:
	movq $1000, %r9
dt_303_1:
	xor %edx, %edx
dt_303_2:
	divq %r9
dt_304_0:
	movq $744, %r12
dt_304_1:
	xor %edx, %edx
dt_304_2:
	divq %r12
dt_305_0:
	movw %r15w, %r9w
dt_306_0:
	imulw %bp, %r14w
dt_307_0:
	notq data+0(%rip)
dt_308_0:
	bswap %ebp
dt_309_0:
	rorl %cl, %edi
dt_310_0:
	decb data+104(%rip)
dt_311_0:
	xaddw %di, data+96(%rip)
dt_312_0:
	cmovel %ebx, %ebx
dt_313_0:
	movw %ax, data+136(%rip)
dt_314_0:
	sarb $67, data+16(%rip)
dt_315_0:
	cmovaw %r10w, %r8w
dt_316_0:
	adcq data+128(%rip), %rdx
dt_317_0:
	cltd
dt_318_0:
	rcrw data+128(%rip)
dt_319_0:
	bswap %r8
dt_320_0:
	xchgb %dl, %r9b
dt_321_0:
	xorl %ecx, data+88(%rip)
dt_322_0:
	btrw %di, %bx
dt_323_0:
	xaddq %r15, %rbp
dt_324_0:
	shldq $35, %r9, data+80(%rip)
dt_325_0:
	subb $110, %dl
dt_326_0:
	movzbq %r12b, %r10
dt_327_0:
	shldq $54, %r13, %r8
dt_328_0:
	rcrl %edx
dt_329_0:
	decq data+40(%rip)
dt_330_0:
	rcll data+0(%rip)
dt_331_0:
	shldl %cl, %r14d, %r11d
dt_332_0:
	orb $81, %r14b
dt_333_0:
	subq %rax, %rbp
dt_334_0:
	movswl %si, %r13d
dt_335_0:
	addl %eax, data+16(%rip)
dt_336_0:
	movswl %si, %r9d
dt_337_0:
	xorq data+136(%rip), %rax
dt_338_0:
	xchgb %r11b, %r9b
dt_339_0:
	cwtl
dt_340_0:
	sbbb %dil, %bl
dt_341_0:
	bswap %rax
dt_342_0:
	mulb %r8b
dt_343_0:
	bswap %r10
dt_344_0:
	movw %dx, data+184(%rip)
dt_345_0:
	imulq %rdx, %r8
dt_346_0:
	sbbq $704008299, %r15
dt_347_0:
	mulb %al
dt_348_0:
	btw %ax, %bx
dt_349_0:
	andw %r8w, %dx
dt_350_0:
	leaq -1728(%rdi,%r12,8), %r8
dt_351_0:
	movb %r9b, data+56(%rip)
dt_352_0:
	cmovaew %bx, %r15w
dt_353_0:
	popcntw %r13w, %bp
dt_354_0:
	orw %bx, data+48(%rip)
dt_355_0:
	testq %rdx, %rbx
dt_356_0:
	leaq -682(%rdi,%rdx,8), %rcx
dt_357_0:
	testq %rbp, %rbx
dt_358_0:
	shldw $6, %cx, %cx
dt_359_0:
	bsrl %r10d, %ebp
dt_360_0:
	testl %r8d, %r15d
dt_361_0:
	subb %al, %cl
dt_362_0:
	imull %r11d, %ebx
dt_363_0:
	cmpxchgl %ebx, data+56(%rip)
dt_364_0:
	shrdl $11, %r15d, data+120(%rip)
dt_365_0:
	andb $28, %cl
dt_366_0:
	cmpb $187, %cl
dt_367_0:
	movl $688, %r8d
dt_367_1:
	xor %edx, %edx
dt_367_2:
	divl %r8d
dt_368_0:
	bswap %edx
dt_369_0:
	stc
dt_370_0:
	cltq
dt_371_0:
	rolq %cl, %rbp
dt_372_0:
	leal -572(%r13,%r10,8), %esi
dt_373_0:
	imulw $15212, %ax, %di
dt_374_0:
	bswap %esi
dt_375_0:
	leal 1275(%rdi,%rsi,4), %ecx
dt_376_0:
	decb %r14b
dt_377_0:
	orw %r11w, %r11w
dt_378_0:
	xorb $253, %r15b
dt_379_0:
	bswap %ebx
dt_380_0:
	decq data+56(%rip)
dt_381_0:
	cltd
dt_382_0:
	leaq 870(%rcx,%r14,1), %r9
dt_383_0:
	setc %r12b
dt_384_0:
	setle %r13b
dt_385_0:
	subb data+152(%rip), %r11b
dt_386_0:
	addw %cx, %r10w
dt_387_0:
	testq %rdi, %r12
dt_388_0:
	testw %r9w, %bp
dt_389_0:
	testq %rbp, %r11
dt_390_0:
	movl $288, %ebp
dt_390_1:
	cltd
dt_390_2:
	idivl %ebp
dt_391_0:
	andb $18, %dh
dt_392_0:
	subb $21, %ah
dt_393_0:
	xaddw %r14w, %r12w
dt_394_0:
	movswl %ax, %r11d
dt_395_0:
	xaddb %dil, %r10b
dt_396_0:
	notw data+40(%rip)
dt_397_0:
	cmpxchgl %r15d, data+8(%rip)
dt_398_0:
	tzcntw %si, %cx
dt_399_0:
	shrdl $27, %r14d, data+88(%rip)
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0x6708771254aa7f07
	.quad 0x7218c6e23252c380
	.quad 0x2e7c24b1f7a06944
	.quad 0xab9a1400ca56712d
	.quad 0x8a09b1943b569ea9
	.quad 0xf8fa97e8eaff9f8b
	.quad 0x38d0928c7aa1fe4c
	.quad 0xe863c3f8938df536
	.quad 0x884f57c33457d598
	.quad 0x1272efaabf768549
	.quad 0x942dc666b0c312d6
	.quad 0x81aec8da4e013480
	.quad 0x7ab119c8688e948c
	.quad 0xf9f679e3ef8a5246
	.quad 0x1d9ad447a550ee0e
	.quad 0xaabf3a86f0145251
	.quad 0x3197a0be75804dbe
	.quad 0xfac1c7058601c4b5
	.quad 0x6c70443efa017ee5
	.quad 0x6e6b356b100c7008
	.quad 0x5faadece8a108217
	.quad 0xd017c8fe080b933a
	.quad 0x37f12f8c5214770c
	.quad 0x4246b7b602b7802e
	.quad 0xa4f51797c6f96614
	.quad 0xad49f229f29fee4f
	.quad 0xe5973564644d2bd9
	.quad 0xe7fb030274fb192f
	.quad 0xec00aac0d2421bec
	.quad 0xb6c5bd132d9c69a0
	.quad 0xb5af0774fd741754
	.quad 0x8c4bbbfb9da06a41
