	.globl _start
	.text
_start:
	movabsq $0x8000000000000000, %rax
	movabsq $0xff, %rcx
	movabsq $0x8000000000000000, %rdx
	movabsq $0x8ca3a17de903da5b, %rbx
	movabsq $0xff, %rbp
	movabsq $0xd3bba7154c73c399, %rsi
	movabsq $1, %rdi
	movabsq $0xd9fcdefc064c824d, %r8
	movabsq $0, %r9
	movabsq $0xffffffff, %r10
	movabsq $0x8000, %r11
	movabsq $0xffffffffffffffff, %r12
	movabsq $0x84052a7d0819c1d8, %r13
	movabsq $0xffff, %r14
	movabsq $0x8886c6955add995f, %r15
	pushq $2129
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	cwtl
dt_1_0:
	xorb %cl, %r14b
dt_2_0:
	movswl %r14w, %esi
dt_3_0:
	subq %rdx, data+64(%rip)
dt_4_0:
	tzcntq %r11, %r11
dt_5_0:
	btrw %bx, %r11w
dt_6_0:
	cmpxchgw %r14w, data+128(%rip)
dt_7_0:
	btl %r10d, %ecx
dt_8_0:
	cmpxchgq %rdx, data+120(%rip)
dt_9_0:
	addq $235849589, %r10
dt_10_0:
	btsw $25, %r8w
dt_11_0:
	andq data+32(%rip), %rbp
dt_12_0:
	bsrw %r14w, %bx
dt_13_0:
	bsrw %r13w, %r10w
dt_14_0:
	adcq %rsi, data+96(%rip)
dt_15_0:
	orw %dx, %r14w
dt_16_0:
	xchgb %bl, %cl
dt_17_0:
	xaddw %ax, %bp
dt_18_0:
	movzbq %r14b, %rax
dt_19_0:
	bswap %r12d
dt_20_0:
	movswq %bp, %rbx
dt_21_0:
	testl %r13d, %r15d
dt_22_0:
	movl %ecx, %r9d
dt_23_0:
	bswap %rdi
dt_24_0:
	imull %esi, %r10d
dt_25_0:
	movl $318, %esi
dt_25_1:
	xor %edx, %edx
dt_25_2:
	divl %esi
dt_26_0:
	rclb data+152(%rip)
dt_27_0:
	leaq 905(%rdi,%rsi,8), %rax
dt_28_0:
	imull $1484374301, %esi, %r15d
dt_29_0:
	btl %r11d, %r9d
dt_30_0:
	cmpxchgb %dl, data+176(%rip)
dt_31_0:
	andb $65, %ah
dt_32_0:
	cmovaw %r13w, %di
dt_33_0:
	adcq data+88(%rip), %r15
dt_34_0:
	andb $213, %ch
dt_35_0:
	cmpxchgl %r11d, %ebx
dt_36_0:
	incb data+136(%rip)
dt_37_0:
	btrl $73, %r14d
dt_38_0:
	addb $104, %bh
dt_39_0:
	rorl data+176(%rip)
dt_40_0:
	cmpb $19, %al
dt_41_0:
	decw %r9w
dt_42_0:
	bsrl %edi, %r15d
dt_43_0:
	movq $467, %r10
dt_43_1:
	cqto
dt_43_2:
	idivq %r10
dt_44_0:
	cwtl
dt_45_0:
	imulw $10283, %r14w, %ax
dt_46_0:
	orq $267139233, %rsi
dt_47_0:
	andw data+184(%rip), %r15w
dt_48_0:
	sahf
dt_49_0:
	adcl %r9d, %r12d
dt_50_0:
	notw %si
dt_51_0:
	cmovaw %bp, %cx
dt_52_0:
	sbbq $6089779, %r15
dt_53_0:
	movq $836, %r9
dt_53_1:
	cqto
dt_53_2:
	idivq %r9
dt_54_0:
	movsbq %r8b, %r8
dt_55_0:
	xorq $197956606, %rcx
dt_56_0:
	bswap %r9d
dt_57_0:
	cmpxchgw %r12w, data+64(%rip)
dt_58_0:
	shrdq $36, %r12, data+128(%rip)
dt_59_0:
	movq $705, %r11
dt_59_1:
	cqto
dt_59_2:
	idivq %r11
dt_60_0:
	movq $220, %rdi
dt_60_1:
	cqto
dt_60_2:
	idivq %rdi
dt_61_0:
	movl %r9d, data+120(%rip)
dt_62_0:
	leal -1536(%rbx,%r11,2), %ebx
dt_63_0:
	xorq $1677158371, %r9
dt_64_0:
	btrw $78, %r9w
dt_65_0:
	imull %edx, %ecx
dt_66_0:
	cmovnsl %r8d, %r8d
dt_67_0:
	cmc
dt_68_0:
	cqto
dt_69_0:
	orb $134, %r9b
dt_70_0:
	xaddq %rax, data+48(%rip)
dt_71_0:
	xaddw %r13w, data+176(%rip)
dt_72_0:
	andb $158, %dl
dt_73_0:
	popcntw %r8w, %r12w
dt_74_0:
	adcw %di, %r11w
dt_75_0:
	xaddb %r11b, data+184(%rip)
dt_76_0:
	addb %dl, %bl
dt_77_0:
	movzwl %bx, %r11d
dt_78_0:
	cmpl %ecx, %ecx
dt_79_0:
	negw data+120(%rip)
dt_80_0:
	andb $5, %r14b
dt_81_0:
	shrq %cl, data+64(%rip)
dt_82_0:
	setc %r15b
dt_83_0:
	movq $676, %rbx
dt_83_1:
	xor %edx, %edx
dt_83_2:
	divq %rbx
dt_84_0:
	bsfl %eax, %edx
dt_85_0:
	shldl $1, %edi, %r9d
dt_86_0:
	movswq %r13w, %rdx
dt_87_0:
	andb %dl, data+16(%rip)
dt_88_0:
	shldq %cl, %r9, data+168(%rip)
dt_89_0:
	imulw %r8w
dt_90_0:
	sbbw %di, data+24(%rip)
dt_91_0:
	orw %cx, %r13w
dt_92_0:
	andb %cl, data+176(%rip)
dt_93_0:
	sbbl %r10d, data+112(%rip)
dt_94_0:
	cmovgl %edx, %r14d
dt_95_0:
	cmpq $1156093730, %r8
dt_96_0:
	xaddb %r8b, %r8b
dt_97_0:
	cwtd
dt_98_0:
	movw %r8w, data+64(%rip)
dt_99_0:
	testl %r10d, %r9d
dt_100_0:
	popcntl %ebx, %r14d
dt_101_0:
	btl $15, %ebp
dt_102_0:
	sarl $68, %edx
dt_103_0:
	movl %r15d, %ebx
dt_104_0:
	sbbl %eax, %ecx
dt_105_0:
	cmpxchgb %r8b, data+72(%rip)
dt_106_0:
	rorl %cl, %r11d
dt_107_0:
	movq %r14, data+168(%rip)
dt_108_0:
	testb %r11b, %al
dt_109_0:
	shldq $47, %rbp, data+72(%rip)
dt_110_0:
	shrdl $56, %r14d, data+80(%rip)
dt_111_0:
	bsfw %r15w, %r8w
dt_112_0:
	sbbq $1290569548, %r15
dt_113_0:
	shldw $2, %r14w, %r11w
dt_114_0:
	incq data+112(%rip)
dt_115_0:
	movl $852, %r8d
dt_115_1:
	cltd
dt_115_2:
	idivl %r8d
dt_116_0:
	notq data+144(%rip)
dt_117_0:
	shldq $63, %r11, %rsi
dt_118_0:
	cmpxchgq %r15, data+144(%rip)
dt_119_0:
	notb data+136(%rip)
dt_120_0:
	mulb %r12b
dt_121_0:
	andq data+40(%rip), %r10
dt_122_0:
	leal -264(%rax,%rdx,8), %eax
dt_123_0:
	xorb $53, %cl
dt_124_0:
	cmpb $125, %dl
dt_125_0:
	orw %r15w, %si
dt_126_0:
	cmpl $294182224, %r13d
dt_127_0:
	cwtl
dt_128_0:
	incq %r8
dt_129_0:
	movb %al, %r13b
dt_130_0:
	lzcntq %rdx, %r10
dt_131_0:
	btrw %r13w, %r15w
dt_132_0:
	leaq 2339(%rbp,%r10,4), %r15
dt_133_0:
	popcntw %r15w, %cx
dt_134_0:
	shldl $20, %edi, %r11d
dt_135_0:
	decw data+96(%rip)
dt_136_0:
	andb $41, %dl
dt_137_0:
	testl %ecx, %esi
dt_138_0:
	movzwl %r11w, %r8d
dt_139_0:
	addb $2, %al
dt_140_0:
	movq $483, %r12
dt_140_1:
	xor %edx, %edx
dt_140_2:
	divq %r12
dt_141_0:
	movq %rbp, %rbp
dt_142_0:
	shldq $54, %r14, data+168(%rip)
dt_143_0:
	xorw data+128(%rip), %r10w
dt_144_0:
	setb %cl
dt_145_0:
	testl %r12d, %r8d
dt_146_0:
	btsw %r15w, %r9w
dt_147_0:
	rclb %r10b
dt_148_0:
	cmpxchgq %rax, data+40(%rip)
dt_149_0:
	bsfq %rcx, %rdx
dt_150_0:
	cwtl
dt_151_0:
	testw %bx, %dx
dt_152_0:
	cqto
dt_153_0:
	xaddw %dx, data+16(%rip)
dt_154_0:
	andl $481207961, %r13d
dt_155_0:
	shrdq $56, %rdx, %r11
dt_156_0:
	movw %r8w, %r11w
dt_157_0:
	decw %r8w
dt_158_0:
	addb $7, %dl
dt_159_0:
	shrq data+0(%rip)
dt_160_0:
	bsrw %r8w, %r13w
dt_161_0:
	cmpb $238, %dl
dt_162_0:
	leaq 368(%rbx,%rdx,8), %rdi
dt_163_0:
	movsbl %r10b, %ecx
dt_164_0:
	leaq 624(%rcx,%rbp,4), %rdx
dt_165_0:
	seto data+96(%rip)
dt_166_0:
	orq data+24(%rip), %r10
dt_167_0:
	adcb data+32(%rip), %r11b
dt_168_0:
	imulq $295799540, %r8, %rcx
dt_169_0:
	addb $99, %dh
dt_170_0:
	xorb %r14b, %dl
dt_171_0:
	movzwq %si, %rsi
dt_172_0:
	movq $92, %r15
dt_172_1:
	cqto
dt_172_2:
	idivq %r15
dt_173_0:
	shldq %cl, %r14, %r15
dt_174_0:
	tzcntw %r9w, %cx
dt_175_0:
	bswap %rax
dt_176_0:
	imulw $12307, %r9w, %r14w
dt_177_0:
	clc
dt_179_0:
	leaq -1609(%r11,%r8,1), %r9
dt_180_0:
	clc
dt_181_0:
	movq $703, %r9
dt_181_1:
	xor %edx, %edx
dt_181_2:
	divq %r9
dt_182_0:
	shrb data+32(%rip)
dt_183_0:
	leal -1825(%rcx,%r9,1), %r9d
dt_184_0:
	decb %r9b
dt_185_0:
	cmovlel %edx, %ecx
dt_186_0:
	leaq -2036(%rdx,%r10,1), %rbp
dt_187_0:
	mulw %cx
dt_188_0:
	sbbq %rdi, %rsi
dt_189_0:
	movw %r8w, %r9w
dt_190_0:
	addl data+80(%rip), %ebp
dt_191_0:
	movzbq %bl, %r8
dt_192_0:
	xaddq %rcx, %r14
dt_193_0:
	xaddw %di, %si
dt_194_0:
	setc %bl
dt_195_0:
	btsl $61, %r9d
dt_196_0:
	movq %r13, %rcx
dt_197_0:
	subb $61, %dl
dt_198_0:
	cmpxchgl %ecx, data+0(%rip)
dt_199_0:
	andb %r10b, data+152(%rip)
dt_200_0:
	shrdl %cl, %ebx, %r11d
dt_201_0:
	shldw $0, %cx, %di
dt_202_0:
	movq $741, %r10
dt_202_1:
	cqto
dt_202_2:
	idivq %r10
dt_203_0:
	testl %r14d, %ebp
dt_204_0:
	leal 2088(%rcx,%rcx,4), %r15d
dt_205_0:
	adcb %r11b, data+112(%rip)
dt_206_0:
	bsrl %edx, %r15d
dt_207_0:
	cmpxchgq %rdi, %rbp
dt_208_0:
	imull $1683377415, %esi, %r15d
dt_209_0:
	mulw %r10w
dt_210_0:
	tzcntw %dx, %ax
dt_211_0:
	xchgb %r14b, %r8b
dt_212_0:
	adcq %rax, %r11
dt_213_0:
	subq $258641509, %rax
dt_214_0:
	cmovpw %r8w, %cx
dt_215_0:
	xorb data+168(%rip), %al
dt_216_0:
	testw %r13w, %bx
dt_217_0:
	movswl %r14w, %ebx
dt_218_0:
	cmpq %rcx, %r14
dt_219_0:
	xorl $-393669043, %r13d
dt_220_0:
	rcll $68, %ebp
dt_221_0:
	cmpxchgw %r10w, data+168(%rip)
dt_222_0:
	cmpb %r12b, data+168(%rip)
dt_223_0:
	sets data+128(%rip)
dt_224_0:
	sarq %cl, data+16(%rip)
dt_225_0:
	sarb %cl, data+176(%rip)
dt_226_0:
	cmpxchgb %dil, %r11b
dt_227_0:
	notb %r15b
dt_228_0:
	btw %r8w, %r9w
dt_229_0:
	notq %r14
dt_230_0:
	cmovnpw %di, %r14w
dt_231_0:
	notb data+128(%rip)
dt_232_0:
	rolq %cl, %r12
dt_233_0:
	subb $36, %bh
dt_234_0:
	shldq $59, %r11, data+64(%rip)
dt_235_0:
	subw $35134, %r12w
dt_236_0:
	andb $129, %dl
dt_237_0:
	cmpxchgq %r14, %r11
dt_238_0:
	testb %r12b, %r15b
dt_239_0:
	andl data+24(%rip), %r11d
dt_240_0:
	btrw %r12w, %r13w
dt_241_0:
	movq $132, %r8
dt_241_1:
	cqto
dt_241_2:
	idivq %r8
dt_242_0:
	popcntq %r14, %r10
dt_243_0:
	xaddw %bp, data+16(%rip)
dt_244_0:
	xchgb %al, %dil
dt_245_0:
	rolb %cl, data+56(%rip)
dt_246_0:
	xaddq %r11, data+72(%rip)
dt_247_0:
	sbbq data+144(%rip), %rsi
dt_248_0:
	leaq 65(%r11,%r15,2), %r14
dt_249_0:
	xaddb %r12b, %r15b
dt_250_0:
	xaddl %r15d, data+72(%rip)
dt_251_0:
	andb $197, %al
dt_252_0:
	stc
dt_253_0:
	btcl %r14d, %ebx
dt_254_0:
	orl $552300462, %ecx
dt_255_0:
	xaddl %ecx, data+144(%rip)
dt_256_0:
	cmpw data+168(%rip), %r12w
dt_257_0:
	bsfl %ecx, %r8d
dt_258_0:
	decl data+8(%rip)
dt_259_0:
	xchgb %dl, %r11b
dt_260_0:
	cqto
dt_261_0:
	btrw %r10w, %r8w
dt_262_0:
	cmc
dt_263_0:
	shldq $53, %rsi, %r13
dt_264_0:
	movb %r8b, %r15b
dt_265_0:
	incl data+8(%rip)
dt_266_0:
	xaddw %r13w, data+80(%rip)
dt_267_0:
	testw %r11w, %r8w
dt_268_0:
	movq %rdi, %rdx
dt_269_0:
	leal -161(%r13,%r10,2), %edi
dt_270_0:
	xaddl %r10d, data+176(%rip)
dt_271_0:
	movw %r10w, data+136(%rip)
dt_272_0:
	movw %ax, %r12w
dt_273_0:
	rorw %cl, %r13w
dt_274_0:
	cbtw
dt_275_0:
	movzbq %cl, %rdx
dt_276_0:
	mulw %r15w
dt_277_0:
	bswap %ebx
dt_278_0:
	btcw $16, %r15w
dt_279_0:
	bswap %r15
dt_280_0:
	shldl %cl, %ecx, %r10d
dt_281_0:
	addb $228, %cl
dt_282_0:
	adcq %r15, data+72(%rip)
dt_283_0:
	mulb %r14b
dt_284_0:
	negq %rcx
dt_285_0:
	lzcntq %r8, %rax
dt_286_0:
	negb data+144(%rip)
dt_287_0:
	cmpxchgq %rax, data+64(%rip)
dt_288_0:
	cmpxchgb %r8b, data+144(%rip)
dt_289_0:
	movq %r15, data+184(%rip)
dt_290_0:
	leal -1279(%r11,%rcx,8), %r15d
dt_291_0:
	setne %r13b
dt_292_0:
	addw %r13w, data+24(%rip)
dt_293_0:
	movl %edi, data+24(%rip)
dt_294_0:
	movl %r15d, data+152(%rip)
dt_295_0:
	notw %dx
dt_296_0:
	bswap %edi
dt_297_0:
	movl $861, %ebp
dt_297_1:
	xor %edx, %edx
dt_297_2:
	divl %ebp
dt_298_0:
	cmpxchgl %eax, %r9d
dt_299_0:
	cmpxchgq %rsi, %r15
dt_300_0:
	movl $541, %r12d
dt_300_1:
	xor %edx, %edx
dt_300_2:
	divl %r12d
dt_301_0:
	xaddq %r14, data+144(%rip)
dt_302_0:
	bsfq %r10, %rsi
dt_303_0:
	movw %di, data+120(%rip)
dt_304_0:
	shldl %cl, %r8d, %edx
dt_305_0:
	movswq %ax, %rbx
dt_306_0:
	testl %r8d, %r13d
dt_307_0:
	andw $58928, %r15w
dt_308_0:
	andb $73, %ch
dt_309_0:
	lzcntl %r15d, %ecx
dt_310_0:
	popcntw %bp, %dx
dt_311_0:
	btl $56, %ecx
dt_312_0:
	bswap %rdi
dt_313_0:
	shrdq $56, %r12, %rcx
dt_314_0:
	subl %edi, data+112(%rip)
dt_315_0:
	incl data+136(%rip)
dt_316_0:
	testl %edx, %r11d
dt_317_0:
	decq data+88(%rip)
dt_318_0:
	sbbq %r10, %rbp
dt_319_0:
	sbbb %r14b, %r10b
dt_320_0:
	xorl %r9d, data+96(%rip)
dt_321_0:
	cmc
dt_322_0:
	mulw %r10w
dt_323_0:
	leal -509(%rcx,%rsi,8), %edi
dt_324_0:
	adcw %si, %dx
dt_325_0:
	imull $2018347032, %ebp, %edi
dt_326_0:
	mull %r12d
dt_327_0:
	movzwl %r15w, %ebx
dt_328_0:
	xorb $132, %bh
dt_329_0:
	xaddq %r11, data+96(%rip)
dt_330_0:
	btcw $72, %bx
dt_331_0:
	movb %r14b, %r10b
dt_332_0:
	movw %cx, %r14w
dt_333_0:
	popcntw %r13w, %r9w
dt_334_0:
	cltd
dt_335_0:
	sbbq %r9, %r11
dt_336_0:
	testb %dil, %r15b
dt_337_0:
	xorw $17365, %r14w
dt_338_0:
	imull %r11d, %r12d
dt_339_0:
	andq data+64(%rip), %r13
dt_340_0:
	shrq %r11
dt_341_0:
	lzcntq %r12, %rbp
dt_342_0:
	movswl %bp, %r10d
dt_343_0:
	incb %r8b
dt_344_0:
	cmovgl %esi, %r9d
dt_345_0:
	cmpl %edx, %ecx
dt_346_0:
	andq $-769950232, %r10
dt_347_0:
	sarq %r8
dt_348_0:
	bswap %edx
dt_349_0:
	xchgb %bl, %r11b
dt_350_0:
	cmpxchgb %r10b, data+120(%rip)
dt_351_0:
	notw data+184(%rip)
dt_352_0:
	movl $757, %ebx
dt_352_1:
	xor %edx, %edx
dt_352_2:
	divl %ebx
dt_353_0:
	adcb %r8b, %r11b
dt_354_0:
	bswap %rax
dt_355_0:
	bsfl %edi, %ebp
dt_356_0:
	movzwl %r11w, %r14d
dt_357_0:
	incq data+184(%rip)
dt_358_0:
	imulq %r15
dt_359_0:
	sbbl $2133013231, %esi
dt_360_0:
	testq %r12, %r10
dt_361_0:
	leaq 789(%rdx,%r14,2), %rdi
dt_362_0:
	cwtd
dt_363_0:
	cmpxchgl %r12d, data+40(%rip)
dt_364_0:
	cmpq %r8, data+64(%rip)
dt_365_0:
	testq %rcx, %r12
dt_366_0:
	xorb $145, %dl
dt_367_0:
	bswap %esi
dt_368_0:
	cqto
dt_369_0:
	setge %r8b
dt_370_0:
	movl $343, %r9d
dt_370_1:
	xor %edx, %edx
dt_370_2:
	divl %r9d
dt_371_0:
	adcb %r14b, data+168(%rip)
dt_372_0:
	imull %ecx, %edx
dt_373_0:
	movw %r14w, data+152(%rip)
dt_374_0:
	bsrl %r15d, %ebp
dt_375_0:
	adcl $129967920, %eax
dt_376_0:
	xaddb %r9b, data+160(%rip)
dt_377_0:
	rcll $35, data+48(%rip)
dt_378_0:
	andw data+24(%rip), %bp
dt_379_0:
	bswap %ebp
dt_380_0:
	leal 2118(%rdi,%rcx,2), %ecx
dt_381_0:
	movq $42, %r11
dt_381_1:
	xor %edx, %edx
dt_381_2:
	divq %r11
dt_382_0:
	cmpq %rdi, %r11
dt_383_0:
	xchgb %dl, %r9b
dt_384_0:
	movb %al, data+152(%rip)
dt_385_0:
	leal 1333(%r13,%r14,1), %r9d
dt_386_0:
	xaddq %rax, %rbx
dt_387_0:
	lzcntl %r15d, %ebx
dt_388_0:
	shldq %cl, %rdx, %rdx
dt_389_0:
	xorw %dx, %r11w
dt_390_0:
	popcntl %r9d, %r15d
dt_391_0:
	popcntl %r9d, %r9d
dt_392_0:
	movzwq %r12w, %rbx
dt_393_0:
	leaq 810(%r14,%rbp,4), %rdx
dt_394_0:
	movq $91, %rbp
dt_394_1:
	xor %edx, %edx
dt_394_2:
	divq %rbp
dt_395_0:
	xaddl %r11d, data+24(%rip)
dt_396_0:
	bswap %rbp
dt_397_0:
	subb $143, %al
dt_398_0:
	shrdq %cl, %rsi, data+112(%rip)
dt_399_0:
	shldw $2, %bx, data+40(%rip)
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0x3f3bbdb5592a0793
	.quad 0x22d5049fca92123c
	.quad 0x926f1c964e416968
	.quad 0x0ee7431e361afbdc
	.quad 0x4548a2ec73b446a6
	.quad 0x977f99d6ece81574
	.quad 0x269aa8b702025f51
	.quad 0x74e32f0531737704
	.quad 0xade8c16d0d624a6f
	.quad 0xc1de8778370073e0
	.quad 0x16f1849eea28a24f
	.quad 0x3246929fe2b55035
	.quad 0x5ec959eccb6881d6
	.quad 0xb117a39fe9e8448d
	.quad 0xce4b12112d25e6b5
	.quad 0xaf92c7cc1a0cb359
	.quad 0x009d782a5c959326
	.quad 0x30d5af9e21e38cad
	.quad 0x5eb6965603fe1d68
	.quad 0xca3cd561428b7809
	.quad 0x9cc3974c2b666b79
	.quad 0x272e37dddb6901d7
	.quad 0x912013bef9a4d8b5
	.quad 0x34fb746c14adf3b7
	.quad 0xf1b39d9ac2130fda
	.quad 0xdeebdbee175f6d85
	.quad 0xa719aeb2cb3b5d75
	.quad 0xb2200adfdc0ddf22
	.quad 0x9adc36169fc1fb39
	.quad 0xb477e62a5ee2cc13
	.quad 0xeb755bc341ae6365
	.quad 0x3592350415631f3d
