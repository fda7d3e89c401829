	.globl _start
	.text
_start:
	movabsq $0x7fffffffffffffff, %rax
	movabsq $0x80, %rcx
	movabsq $0xffffffff, %rdx
	movabsq $0x8000000000000000, %rbx
	movabsq $0x7f, %rbp
	movabsq $0x7fffffff, %rsi
	movabsq $0x7fffffff, %rdi
	movabsq $0xffffffffffffffff, %r8
	movabsq $0xff, %r9
	movabsq $0xff, %r10
	movabsq $0x7f, %r11
	movabsq $0x6de08bbdee75ab36, %r12
	movabsq $0xffffffffffffffff, %r13
	movabsq $1, %r14
	movabsq $0xff, %r15
	pushq $149
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	cmpxchgq %r13, %r11
dt_1_0:
	andl data+160(%rip), %r15d
dt_2_0:
	cmoveq %r10, %r9
dt_3_0:
	movq $847, %r14
dt_3_1:
	cqto
dt_3_2:
	idivq %r14
dt_4_0:
	btcw $29, %di
dt_5_0:
	imull %ebp, %r12d
dt_6_0:
	rolq data+160(%rip)
dt_7_0:
	movl $848, %esi
dt_7_1:
	xor %edx, %edx
dt_7_2:
	divl %esi
dt_8_0:
	movl $12, %edi
dt_8_1:
	xor %edx, %edx
dt_8_2:
	divl %edi
dt_9_0:
	sahf
dt_10_0:
	xaddq %rdx, data+48(%rip)
dt_11_0:
	movzbq %r15b, %rdi
dt_12_0:
	cltd
dt_13_0:
	leal 1860(%r12,%rdi,4), %r14d
dt_14_0:
	cmovnow %r12w, %r10w
dt_15_0:
	movl %r14d, data+8(%rip)
dt_16_0:
	imulq %rsi, %rsi
dt_17_0:
	movl $89, %r9d
dt_17_1:
	xor %edx, %edx
dt_17_2:
	divl %r9d
dt_18_0:
	imull $395169357, %r11d, %esi
dt_19_0:
	tzcntl %ebp, %ebx
dt_20_0:
	xaddq %rcx, %rsi
dt_21_0:
	andb $251, %cl
dt_22_0:
	negb data+168(%rip)
dt_23_0:
	movl $613, %r14d
dt_23_1:
	xor %edx, %edx
dt_23_2:
	divl %r14d
dt_24_0:
	rcrw %di
dt_25_0:
	subb %dil, data+176(%rip)
dt_26_0:
	leaq 709(%r12,%r10,8), %rbp
dt_27_0:
	shrb %cl, data+184(%rip)
dt_28_0:
	rclq %cl, %r14
dt_29_0:
	incw data+168(%rip)
dt_30_0:
	sarb %dil
dt_31_0:
	bswap %r12
dt_32_0:
	xaddb %r11b, %sil
dt_33_0:
	andb $40, %dl
dt_34_0:
	sbbw %di, %dx
dt_35_0:
	sarb $8, data+168(%rip)
dt_36_0:
	tzcntl %edi, %edx
dt_37_0:
	sarq %cl, %r15
dt_38_0:
	subw %cx, %r12w
dt_39_0:
	setns %r14b
dt_40_0:
	movq $985, %r15
dt_40_1:
	xor %edx, %edx
dt_40_2:
	divq %r15
dt_41_0:
	btcq %r11, %r12
dt_42_0:
	stc
dt_43_0:
	btcq %r14, %r15
dt_44_0:
	cmpb $33, %r11b
dt_45_0:
	andq data+176(%rip), %r13
dt_46_0:
	shldl $50, %ebp, data+64(%rip)
dt_47_0:
	cmovnol %ebp, %ebx
dt_48_0:
	cmovgew %r11w, %bx
dt_49_0:
	movq $934, %rdi
dt_49_1:
	xor %edx, %edx
dt_49_2:
	divq %rdi
dt_50_0:
	leal -1089(%rax,%r8,2), %ecx
dt_51_0:
	testq %rbp, %rbx
dt_52_0:
	movzbl %bl, %edi
dt_53_0:
	xorq %r10, data+104(%rip)
dt_54_0:
	testq %r14, %r11
dt_55_0:
	cmpxchgb %r11b, data+88(%rip)
dt_56_0:
	xorb data+32(%rip), %cl
dt_57_0:
	cmovew %r12w, %si
dt_58_0:
	addb $93, %bl
dt_59_0:
	movzbq %al, %rbx
dt_60_0:
	xaddl %esi, %ebx
dt_61_0:
	imulw %di
dt_62_0:
	xaddl %r11d, %eax
dt_63_0:
	mulb %cl
dt_64_0:
	xaddb %r10b, %r12b
dt_65_0:
	sahf
dt_66_0:
	sbbw %r15w, data+168(%rip)
dt_67_0:
	movq %rdx, data+64(%rip)
dt_68_0:
	setno data+104(%rip)
dt_69_0:
	addw %r11w, %r12w
dt_70_0:
	movzbq %dl, %r14
dt_71_0:
	incb %r14b
dt_72_0:
	andb $200, %bl
dt_73_0:
	testw %dx, %r13w
dt_74_0:
	movl %edx, data+152(%rip)
dt_75_0:
	orq $1072769264, %rax
dt_76_0:
	leal -1631(%rcx,%r11,4), %r15d
dt_77_0:
	movq %r11, %r14
dt_78_0:
	movsbl %r10b, %edi
dt_79_0:
	testl %esi, %ebp
dt_80_0:
	imulq %r10, %r14
dt_81_0:
	bsfq %r8, %rdx
dt_82_0:
	cmpxchgb %r12b, data+64(%rip)
dt_83_0:
	movsbl %bl, %ebx
dt_84_0:
	cmovaq %r12, %rdi
dt_85_0:
	movq $128, %r10
dt_85_1:
	xor %edx, %edx
dt_85_2:
	divq %r10
dt_86_0:
	movq %r13, data+136(%rip)
dt_87_0:
	xorb $184, %bl
dt_88_0:
	xorw data+80(%rip), %r10w
dt_89_0:
	tzcntl %r14d, %r8d
dt_90_0:
	cmovnol %r11d, %ebx
dt_91_0:
	orl $-603492069, %r10d
dt_92_0:
	addw %r12w, %bp
dt_93_0:
	imull %edx
dt_94_0:
	btw %bp, %bx
dt_95_0:
	decw %ax
dt_96_0:
	testq %rbx, %rcx
dt_97_0:
	xaddb %cl, data+104(%rip)
dt_98_0:
	andw data+136(%rip), %si
dt_99_0:
	decl data+48(%rip)
dt_100_0:
	subw data+48(%rip), %bp
dt_101_0:
	imulq %r11, %rsi
dt_102_0:
	bswap %r13
dt_103_0:
	testw %r13w, %r8w
dt_104_0:
	cmpxchgb %r11b, %cl
dt_105_0:
	decb data+64(%rip)
dt_106_0:
	xorl data+120(%rip), %r10d
dt_107_0:
	movsbl %sil, %r10d
dt_108_0:
	leaq 1651(%rbx,%r12,4), %r13
dt_109_0:
	sbbw data+80(%rip), %r12w
dt_110_0:
	xorl %r11d, data+72(%rip)
dt_111_0:
	decq %rbp
dt_112_0:
	stc
dt_113_0:
	sarl %cl, %r11d
dt_114_0:
	sarq %cl, data+112(%rip)
dt_115_0:
	testq %rdi, %rdx
dt_116_0:
	cmovgq %r12, %rsi
dt_117_0:
	subw data+136(%rip), %bp
dt_119_0:
	bswap %r8d
dt_120_0:
	btsw %r13w, %r12w
dt_121_0:
	movb %r8b, data+88(%rip)
dt_123_0:
	cbtw
dt_124_0:
	rclb %sil
dt_125_0:
	movl %r8d, data+168(%rip)
dt_126_0:
	imulw $17352, %r15w, %r9w
dt_127_0:
	leaq 2021(%r15,%r14,4), %rdx
dt_128_0:
	lzcntq %r8, %rsi
dt_129_0:
	leaq 487(%r13,%r8,2), %r14
dt_130_0:
	leaq 2412(%r15,%rdi,4), %r11
dt_131_0:
	tzcntw %r8w, %cx
dt_132_0:
	movl $389, %ebx
dt_132_1:
	cltd
dt_132_2:
	idivl %ebx
dt_133_0:
	movq %r12, %rdx
dt_134_0:
	movq $899, %r15
dt_134_1:
	xor %edx, %edx
dt_134_2:
	divq %r15
dt_135_0:
	cmpw data+32(%rip), %r14w
dt_136_0:
	cmpxchgq %r9, data+112(%rip)
dt_137_0:
	xaddl %r11d, data+96(%rip)
dt_138_0:
	movq $357, %r10
dt_138_1:
	xor %edx, %edx
dt_138_2:
	divq %r10
dt_139_0:
	cmovnpl %r12d, %r14d
dt_140_0:
	btl %r10d, %r12d
dt_141_0:
	cmovnel %r12d, %r14d
dt_143_0:
	cmovaq %r12, %r10
dt_144_0:
	cmpxchgl %r15d, data+144(%rip)
dt_145_0:
	movq $381, %r13
dt_145_1:
	cqto
dt_145_2:
	idivq %r13
dt_146_0:
	cmoval %eax, %ecx
dt_147_0:
	rolw data+128(%rip)
dt_148_0:
	bswap %r12d
dt_149_0:
	subb %bl, data+88(%rip)
dt_150_0:
	clc
dt_151_0:
	movl $285, %r14d
dt_151_1:
	xor %edx, %edx
dt_151_2:
	divl %r14d
dt_152_0:
	xchgb %cl, %r14b
dt_153_0:
	cmc
dt_154_0:
	movsbl %r15b, %r13d
dt_155_0:
	shldq %cl, %rbp, data+48(%rip)
dt_156_0:
	movq %rdi, %r13
dt_157_0:
	bswap %edx
dt_158_0:
	xaddq %rdx, data+48(%rip)
dt_159_0:
	testb %r10b, %sil
dt_160_0:
	btw %r8w, %r14w
dt_161_0:
	bsfq %r10, %r8
dt_162_0:
	notb %r10b
dt_163_0:
	sbbl %r15d, data+88(%rip)
dt_164_0:
	bswap %r11
dt_165_0:
	testb %r13b, %r15b
dt_166_0:
	movw %dx, data+176(%rip)
dt_167_0:
	shldl $37, %r15d, data+8(%rip)
dt_168_0:
	xchgb %r13b, %cl
dt_169_0:
	cltq
dt_170_0:
	imulq %r14
dt_171_0:
	xorl %r11d, %r12d
dt_172_0:
	xorl $736400920, %r9d
dt_173_0:
	cmovbew %r13w, %bx
dt_174_0:
	sbbw $52180, %r11w
dt_175_0:
	lahf
dt_176_0:
	cmpxchgb %r14b, data+24(%rip)
dt_177_0:
	btcq %rbp, %r12
dt_178_0:
	testb %r14b, %r15b
dt_179_0:
	bsrl %edi, %esi
dt_180_0:
	leaq -568(%r15,%r13,4), %r15
dt_181_0:
	bswap %r15
dt_182_0:
	addw $26600, %r9w
dt_183_0:
	imull %esi, %edi
dt_184_0:
	bsfq %r14, %r14
dt_185_0:
	testb %dil, %r14b
dt_186_0:
	setno data+104(%rip)
dt_187_0:
	andb $189, %ah
dt_188_0:
	cmoveq %rbp, %r9
dt_189_0:
	adcl %ebp, %r13d
dt_190_0:
	movq $496, %rsi
dt_190_1:
	xor %edx, %edx
dt_190_2:
	divq %rsi
dt_191_0:
	cmpb %r9b, data+176(%rip)
dt_192_0:
	bsrl %r10d, %r15d
dt_193_0:
	mulb %r8b
dt_194_0:
	xorb $44, %dh
dt_195_0:
	leal -1127(%rdx,%r8,1), %r15d
dt_196_0:
	bswap %r15d
dt_197_0:
	lzcntw %r9w, %si
dt_198_0:
	sbbq data+16(%rip), %rsi
dt_199_0:
	shrq data+120(%rip)
dt_200_0:
	addq %r12, %r11
dt_201_0:
	andw %bx, data+0(%rip)
dt_202_0:
	bswap %rbp
dt_203_0:
	bsfl %r15d, %esi
dt_204_0:
	movl %esi, data+48(%rip)
dt_205_0:
	movl $852, %r10d
dt_205_1:
	cltd
dt_205_2:
	idivl %r10d
dt_206_0:
	movslq %esi, %rax
dt_207_0:
	movq $513, %rbx
dt_207_1:
	xor %edx, %edx
dt_207_2:
	divq %rbx
dt_208_0:
	bswap %r14d
dt_209_0:
	bsrl %r10d, %r14d
dt_210_0:
	testl %edx, %ecx
dt_211_0:
	subb $198, %ch
dt_212_0:
	leal -2076(%rbx,%rdx,8), %r15d
dt_213_0:
	notw data+168(%rip)
dt_214_0:
	imulw %dx
dt_215_0:
	movsbl %dl, %eax
dt_216_0:
	btcl %r8d, %esi
dt_217_0:
	notb data+48(%rip)
dt_218_0:
	leaq -1955(%rax,%rbx,4), %r14
dt_219_0:
	testb %dl, %bl
dt_220_0:
	leal 1238(%r11,%r12,4), %edi
dt_221_0:
	setg %sil
dt_222_0:
	xorb $86, %bl
dt_223_0:
	xaddw %bx, data+24(%rip)
dt_224_0:
	sbbb %sil, %dil
dt_225_0:
	orb $124, %bl
dt_226_0:
	incq data+56(%rip)
dt_227_0:
	cwtl
dt_228_0:
	xaddb %dil, data+56(%rip)
dt_229_0:
	subb %r10b, %r10b
dt_230_0:
	orb $179, %dil
dt_231_0:
	imulw $30636, %di, %dx
dt_232_0:
	testl %esi, %r9d
dt_233_0:
	movq $431, %rdi
dt_233_1:
	cqto
dt_233_2:
	idivq %rdi
dt_234_0:
	bswap %rcx
dt_235_0:
	tzcntl %r8d, %r15d
dt_236_0:
	popcntq %rsi, %r11
dt_237_0:
	shldq %cl, %rdx, data+72(%rip)
dt_238_0:
	setc %cl
dt_239_0:
	andb $153, %al
dt_240_0:
	leaq -2314(%rax,%rdx,2), %r14
dt_241_0:
	movl $98, %esi
dt_241_1:
	cltd
dt_241_2:
	idivl %esi
dt_242_0:
	notq %rax
dt_243_0:
	cmpxchgw %r10w, %r10w
dt_244_0:
	orl $-310549474, %ebx
dt_245_0:
	leaq -1475(%r13,%r12,8), %r10
dt_246_0:
	andl data+104(%rip), %edx
dt_247_0:
	testw %dx, %si
dt_248_0:
	movb %r14b, %r12b
dt_249_0:
	cmc
dt_250_0:
	xaddq %r10, data+88(%rip)
dt_251_0:
	movq %r15, %r8
dt_252_0:
	imulq $1190311062, %rbp, %r11
dt_253_0:
	setge data+144(%rip)
dt_254_0:
	cmovnpl %r10d, %ecx
dt_255_0:
	lahf
dt_256_0:
	cmpxchgw %ax, data+144(%rip)
dt_257_0:
	testl %ecx, %r8d
dt_258_0:
	shrq %r12
dt_259_0:
	btsq %r8, %r12
dt_260_0:
	movl $225, %esi
dt_260_1:
	cltd
dt_260_2:
	idivl %esi
dt_261_0:
	testb %r12b, %r8b
dt_262_0:
	cmpq data+40(%rip), %r15
dt_263_0:
	cmpb %bl, %r12b
dt_264_0:
	leaq -296(%r15,%r11,1), %r14
dt_265_0:
	addw %r14w, %si
dt_266_0:
	movl %r10d, %r15d
dt_267_0:
	movsbl %dil, %eax
dt_268_0:
	cmpq %r10, data+56(%rip)
dt_269_0:
	mulb %r10b
dt_270_0:
	xaddb %r11b, %r12b
dt_271_0:
	movq $157, %rsi
dt_271_1:
	xor %edx, %edx
dt_271_2:
	divq %rsi
dt_272_0:
	cmovlw %si, %r14w
dt_273_0:
	rorl %cl, %r10d
dt_274_0:
	testw %ax, %r15w
dt_275_0:
	testq %rdx, %rdi
dt_276_0:
	xorl %ebp, %edi
dt_277_0:
	movzwq %bp, %rdi
dt_278_0:
	xorb $83, %al
dt_279_0:
	shrdw $9, %bp, %si
dt_280_0:
	movzwq %r14w, %r13
dt_281_0:
	popcntw %si, %r15w
dt_282_0:
	rcrq %cl, %r14
dt_283_0:
	tzcntl %r9d, %r12d
dt_284_0:
	mulb %sil
dt_285_0:
	leaq -682(%rax,%r9,1), %rbp
dt_286_0:
	movzbq %dl, %r10
dt_287_0:
	imulw %bx
dt_288_0:
	movw %r15w, %di
dt_289_0:
	shrdw $14, %r10w, %ax
dt_290_0:
	cmovleq %rcx, %rax
dt_291_0:
	testb %r10b, %r13b
dt_292_0:
	leal -437(%r13,%rbx,8), %r8d
dt_293_0:
	movw %di, %bp
dt_294_0:
	movzwl %r8w, %r12d
dt_295_0:
	movl $420, %r14d
dt_295_1:
	cltd
dt_295_2:
	idivl %r14d
dt_296_0:
	incq %r10
dt_297_0:
	sahf
dt_298_0:
	stc
dt_299_0:
	bsrl %r11d, %edx
dt_300_0:
	orq data+96(%rip), %r13
dt_301_0:
	shrq %cl, %r15
dt_302_0:
	negb %r12b
dt_303_0:
	cmc
dt_304_0:
	xorb $77, %ch
dt_305_0:
	andq %rdi, data+152(%rip)
dt_306_0:
	btrl $37, %esi
dt_307_0:
	imulw %r10w, %ax
dt_308_0:
	xchgb %r12b, %r10b
dt_309_0:
	movl %ebx, %r9d
dt_310_0:
	xchgb %r9b, %r12b
dt_311_0:
	subl $-404553131, %r12d
dt_312_0:
	cmc
dt_313_0:
	bsrl %r11d, %r11d
dt_314_0:
	decq %rbp
dt_315_0:
	addb $114, %bl
dt_316_0:
	cmpxchgl %r8d, %ecx
dt_317_0:
	cmpxchgb %r10b, data+80(%rip)
dt_318_0:
	rclb data+8(%rip)
dt_319_0:
	cmpxchgl %r8d, data+112(%rip)
dt_320_0:
	clc
dt_322_0:
	movq %r13, %r10
dt_323_0:
	subw data+152(%rip), %r13w
dt_324_0:
	orl %r14d, data+136(%rip)
dt_325_0:
	addw $63309, %cx
dt_326_0:
	xorw $4497, %r15w
dt_327_0:
	xchgb %r8b, %cl
dt_328_0:
	cmovgel %r12d, %r11d
dt_329_0:
	xorb data+80(%rip), %dil
dt_330_0:
	movswl %ax, %ebx
dt_331_0:
	mulb %r10b
dt_332_0:
	addb $200, %cl
dt_333_0:
	andb $89, %cl
dt_334_0:
	seto %r11b
dt_335_0:
	adcw %dx, %bx
dt_336_0:
	xchgb %bl, %r10b
dt_337_0:
	lahf
dt_338_0:
	decl data+0(%rip)
dt_339_0:
	cwtl
dt_340_0:
	cwtl
dt_341_0:
	lzcntl %r11d, %ebp
dt_342_0:
	cmpxchgw %r9w, data+64(%rip)
dt_344_0:
	movsbq %cl, %rcx
dt_345_0:
	leal 1794(%r11,%r10,8), %edi
dt_346_0:
	subq %r11, data+152(%rip)
dt_347_0:
	leaq -1351(%r15,%r12,8), %rsi
dt_348_0:
	andb $158, %dil
dt_349_0:
	adcq %r14, data+40(%rip)
dt_350_0:
	movzbq %r9b, %rcx
dt_351_0:
	movl %r14d, %r8d
dt_352_0:
	addb %r15b, data+72(%rip)
dt_353_0:
	shrw $42, data+152(%rip)
dt_354_0:
	sarl data+112(%rip)
dt_355_0:
	rclb %sil
dt_356_0:
	subl data+16(%rip), %ebx
dt_357_0:
	cmc
dt_358_0:
	cmpxchgl %edx, %r9d
dt_359_0:
	lahf
dt_360_0:
	movb %dl, data+160(%rip)
dt_361_0:
	bswap %esi
dt_362_0:
	cqto
dt_363_0:
	mulb %r12b
dt_364_0:
	tzcntq %rbx, %r13
dt_365_0:
	rolb data+72(%rip)
dt_366_0:
	movq $425, %r15
dt_366_1:
	cqto
dt_366_2:
	idivq %r15
dt_367_0:
	cmpxchgb %dil, %r13b
dt_368_0:
	shrw %r11w
dt_369_0:
	cmpw %dx, data+120(%rip)
dt_370_0:
	tzcntl %eax, %ebx
dt_371_0:
	adcw data+136(%rip), %r15w
dt_372_0:
	bswap %r10d
dt_373_0:
	subq %r11, data+24(%rip)
dt_375_0:
	xaddl %r8d, data+104(%rip)
dt_376_0:
	bswap %r13d
dt_377_0:
	cmpq data+48(%rip), %r11
dt_378_0:
	btq %r11, %r13
dt_379_0:
	subw data+104(%rip), %dx
dt_380_0:
	cqto
dt_381_0:
	setc %r12b
dt_382_0:
	xaddq %rcx, %rdi
dt_383_0:
	andb $82, %ch
dt_384_0:
	xaddq %r11, data+96(%rip)
dt_385_0:
	xaddw %r14w, data+96(%rip)
dt_386_0:
	imulw %ax, %r14w
dt_387_0:
	cmpxchgl %ecx, data+144(%rip)
dt_388_0:
	tzcntw %r9w, %r14w
dt_389_0:
	setc %r13b
dt_390_0:
	movb %r10b, %al
dt_391_0:
	cmpb $218, %ch
dt_392_0:
	setc %r10b
dt_393_0:
	subb %r14b, %dl
dt_394_0:
	leal 2497(%r9,%r8,1), %r10d
dt_395_0:
	movswq %r12w, %rdi
dt_396_0:
	cmc
dt_397_0:
	shrb %cl, %r13b
dt_398_0:
	cmpw %r9w, %ax
dt_399_0:
	movw %bx, data+160(%rip)
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0x0999db9d6fa63fe8
	.quad 0xa33613654a0afac8
	.quad 0xbf2dfc41141e5e73
	.quad 0x25da62fb5923f119
	.quad 0xc71891b970d4beee
	.quad 0x0628a02a5790cebc
	.quad 0x86aa5a7f715e4d2d
	.quad 0xa78d9b508815b543
	.quad 0xe90489bd7e51a124
	.quad 0x04d587de31eda4e9
	.quad 0x2b680c7176211942
	.quad 0xf4270b06bdbff505
	.quad 0x20f1e5ca955dd62e
	.quad 0xdc983da2beae16b4
	.quad 0xf36db988cfcfef66
	.quad 0x7645f897e3b8fbbc
	.quad 0x652fbebbcdea6f27
	.quad 0x81d72b20f2d03659
	.quad 0x7776e6d4de2a5342
	.quad 0x1c097503678886b7
	.quad 0x9c95fe18498b19d3
	.quad 0x7c9cfdeb871c631b
	.quad 0x649fd22445b8b469
	.quad 0x35820393cbfb740b
	.quad 0x0a3290765fb3f168
	.quad 0x1242d54755a83772
	.quad 0x3b8d84f1e96fce78
	.quad 0x04b803289f7d2986
	.quad 0x73f360a0e30a8533
	.quad 0xc63b2045e449fadc
	.quad 0xb950fdf57b2fdec2
	.quad 0x9e0c0999f8dbe6c6
