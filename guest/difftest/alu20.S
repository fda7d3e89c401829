	.globl _start
	.text
_start:
	movabsq $0x80, %rax
	movabsq $1, %rcx
	movabsq $0xffffffff, %rdx
	movabsq $0x7fffffff, %rbx
	movabsq $0xffffffffffffffff, %rbp
	movabsq $0x8000000000000000, %rsi
	movabsq $0x7f, %rdi
	movabsq $0x53f99c956d0a98a0, %r8
	movabsq $0xff, %r9
	movabsq $0x457ec91817ed61f6, %r10
	movabsq $0x8000, %r11
	movabsq $0x80, %r12
	movabsq $1, %r13
	movabsq $1, %r14
	movabsq $0x80000000, %r15
	pushq $2180
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	movq $501, %r8
dt_0_1:
	cqto
dt_0_2:
	idivq %r8
dt_1_0:
	mulb %r15b
dt_2_0:
	movl $112, %esi
dt_2_1:
	xor %edx, %edx
dt_2_2:
	divl %esi
dt_3_0:
	cmc
dt_4_0:
	shldq $27, %r15, %r9
dt_5_0:
	lzcntl %ebx, %ecx
dt_6_0:
	bswap %r14
dt_7_0:
	xchgb %r11b, %r15b
dt_8_0:
	orl %r8d, data+0(%rip)
dt_9_0:
	shrdq $1, %r9, data+168(%rip)
dt_10_0:
	bswap %esi
dt_11_0:
	testw %cx, %r8w
dt_12_0:
	movl $417, %r8d
dt_12_1:
	cltd
dt_12_2:
	idivl %r8d
dt_13_0:
	xorq %r8, %r15
dt_14_0:
	xaddw %bp, %r9w
dt_15_0:
	clc
dt_16_0:
	subl %ebp, data+8(%rip)
dt_17_0:
	imull %r12d
dt_18_0:
	cmovnoq %rbp, %r10
dt_19_0:
	xaddb %bl, data+0(%rip)
dt_20_0:
	leal -1132(%rdi,%r14,8), %r14d
dt_21_0:
	movq %rsi, %rdi
dt_22_0:
	bsfq %r14, %rsi
dt_23_0:
	movswq %r13w, %rcx
dt_24_0:
	decq data+112(%rip)
dt_25_0:
	leal -1823(%r13,%r9,1), %r11d
dt_26_0:
	movzbl %r11b, %ebp
dt_27_0:
	bsrq %r13, %r9
dt_28_0:
	leal -1571(%r15,%r15,4), %ebp
dt_29_0:
	xaddq %rdx, data+40(%rip)
dt_30_0:
	rolq $28, %r8
dt_31_0:
	andl %ecx, %eax
dt_32_0:
	movl $569, %r8d
dt_32_1:
	cltd
dt_32_2:
	idivl %r8d
dt_33_0:
	shrq %rsi
dt_34_0:
	cmpl %r9d, data+56(%rip)
dt_35_0:
	rclq %r14
dt_36_0:
	btq $24, %r13
dt_37_0:
	cmpb $119, %dl
dt_38_0:
	imulq $195397106, %rbx, %rbx
dt_39_0:
	movzwq %r9w, %r15
dt_40_0:
	movzbl %r15b, %ebp
dt_41_0:
	rclw %cx
dt_42_0:
	bsrl %r8d, %r15d
dt_43_0:
	subl %ebp, data+0(%rip)
dt_44_0:
	setp data+176(%rip)
dt_45_0:
	testl %r9d, %ecx
dt_46_0:
	shrdl %cl, %r9d, %r14d
dt_47_0:
	mulb %r8b
dt_48_0:
	sbbb data+104(%rip), %r8b
dt_49_0:
	bswap %ebx
dt_50_0:
	tzcntl %r9d, %r14d
dt_51_0:
	xorl %r10d, data+88(%rip)
dt_52_0:
	subq %rdx, %r10
dt_53_0:
	testq %r11, %r12
dt_54_0:
	andl %r9d, %r11d
dt_55_0:
	decq data+128(%rip)
dt_56_0:
	bswap %r13d
dt_57_0:
	btcl $71, %r12d
dt_58_0:
	leaq -1933(%r10,%rcx,2), %r14
dt_59_0:
	andb $40, %ch
dt_60_0:
	clc
dt_61_0:
	movl $216, %r9d
dt_61_1:
	cltd
dt_61_2:
	idivl %r9d
dt_62_0:
	decw %si
dt_63_0:
	adcq $817498687, %r12
dt_64_0:
	cbtw
dt_65_0:
	leaq -2129(%r11,%r11,1), %r14
dt_66_0:
	movl $371, %ebx
dt_66_1:
	cltd
dt_66_2:
	idivl %ebx
dt_67_0:
	leaq -1949(%rcx,%r15,4), %rbp
dt_68_0:
	sbbl %ecx, %r9d
dt_69_0:
	rcrb $54, data+184(%rip)
dt_70_0:
	bsfw %si, %r12w
dt_71_0:
	imulw $14681, %r14w, %r15w
dt_72_0:
	cmovbew %di, %r10w
dt_73_0:
	clc
dt_74_0:
	cmpl %ebp, %eax
dt_75_0:
	cmpxchgl %r8d, data+144(%rip)
dt_76_0:
	negl data+160(%rip)
dt_77_0:
	subq %r13, %rdx
dt_78_0:
	movzwq %si, %rdi
dt_79_0:
	testw %bx, %bx
dt_80_0:
	decb data+72(%rip)
dt_81_0:
	movq $455, %rbx
dt_81_1:
	cqto
dt_81_2:
	idivq %rbx
dt_82_0:
	andq %rdx, data+16(%rip)
dt_83_0:
	testb %r11b, %al
dt_84_0:
	cmpxchgb %r9b, data+16(%rip)
dt_85_0:
	addl $2017781051, %r8d
dt_86_0:
	leal -152(%rcx,%r15,8), %ebp
dt_87_0:
	negl data+88(%rip)
dt_88_0:
	imulw %ax, %bp
dt_89_0:
	movl $882, %r8d
dt_89_1:
	cltd
dt_89_2:
	idivl %r8d
dt_90_0:
	bsrl %r10d, %r10d
dt_91_0:
	incb %r12b
dt_92_0:
	movsbl %sil, %ebx
dt_93_0:
	cmovpl %eax, %r14d
dt_94_0:
	bsfw %r10w, %cx
dt_95_0:
	testl %edi, %ecx
dt_96_0:
	cltd
dt_97_0:
	xaddw %r13w, %si
dt_98_0:
	movl $541, %r9d
dt_98_1:
	xor %edx, %edx
dt_98_2:
	divl %r9d
dt_99_0:
	sarq $56, data+40(%rip)
dt_100_0:
	cmpxchgl %edx, %r8d
dt_101_0:
	andl %r8d, data+80(%rip)
dt_102_0:
	leaq 391(%rdi,%rdi,8), %rsi
dt_103_0:
	btl $65, %r12d
dt_104_0:
	adcw $2971, %r14w
dt_105_0:
	movslq %ebx, %r14
dt_106_0:
	addw %r10w, %r8w
dt_107_0:
	leaq -1399(%rax,%r12,4), %rdx
dt_108_0:
	cwtl
dt_109_0:
	decb data+160(%rip)
dt_110_0:
	bsfw %r13w, %r14w
dt_111_0:
	xaddq %rax, %r8
dt_112_0:
	cmpb $237, %bh
dt_113_0:
	btcq %r13, %r12
dt_114_0:
	seta data+24(%rip)
dt_115_0:
	cmpxchgw %r13w, %bp
dt_116_0:
	cmpxchgb %r15b, %r14b
dt_117_0:
	tzcntq %r8, %r13
dt_118_0:
	sbbl %ebx, %r10d
dt_119_0:
	cmc
dt_120_0:
	addb $221, %ah
dt_121_0:
	movq $891, %r15
dt_121_1:
	xor %edx, %edx
dt_121_2:
	divq %r15
dt_122_0:
	imull %ebp
dt_123_0:
	andb $201, %r9b
dt_124_0:
	bsfq %rsi, %r9
dt_125_0:
	testl %ebp, %edx
dt_126_0:
	movsbq %sil, %r9
dt_127_0:
	cmovgew %r11w, %bx
dt_128_0:
	movsbl %dil, %r12d
dt_129_0:
	xaddq %rdi, data+96(%rip)
dt_130_0:
	lzcntq %r10, %r9
dt_131_0:
	cmpq data+24(%rip), %rcx
dt_132_0:
	popcntq %rax, %rcx
dt_133_0:
	clc
dt_134_0:
	movl $626, %ebp
dt_134_1:
	cltd
dt_134_2:
	idivl %ebp
dt_135_0:
	popcntq %r8, %r12
dt_136_0:
	cmpb $181, %ch
dt_137_0:
	cmpw data+80(%rip), %bp
dt_138_0:
	testl %ebx, %edi
dt_139_0:
	bswap %r11
dt_140_0:
	movb %r11b, %bl
dt_141_0:
	cmoveq %r8, %r14
dt_142_0:
	cmpxchgq %r12, data+32(%rip)
dt_143_0:
	bswap %rcx
dt_144_0:
	cmpxchgl %edi, data+128(%rip)
dt_145_0:
	movzbq %r13b, %rcx
dt_146_0:
	subq $1831397631, %rbp
dt_147_0:
	incb %r10b
dt_148_0:
	bswap %r10
dt_149_0:
	leal -1630(%rbx,%r9,8), %r12d
dt_150_0:
	popcntl %ebp, %ebp
dt_151_0:
	testb %cl, %r9b
dt_152_0:
	movzwl %dx, %ebp
dt_153_0:
	shrq %r12
dt_154_0:
	movb %r9b, data+0(%rip)
dt_155_0:
	popcntl %edi, %ebx
dt_156_0:
	testq %r10, %rbx
dt_157_0:
	mulb %r13b
dt_158_0:
	addb %r14b, data+56(%rip)
dt_159_0:
	rcrq %cl, %rcx
dt_160_0:
	btsq %rcx, %rax
dt_161_0:
	imull $2073581868, %ecx, %r10d
dt_162_0:
	movl $932, %edi
dt_162_1:
	cltd
dt_162_2:
	idivl %edi
dt_163_0:
	testq %rdi, %rax
dt_164_0:
	leal 100(%r9,%rdi,8), %esi
dt_165_0:
	bswap %rbx
dt_166_0:
	leaq -1818(%rdi,%rdi,8), %rsi
dt_167_0:
	andb $185, %ah
dt_168_0:
	negl data+120(%rip)
dt_169_0:
	negb %dl
dt_170_0:
	mulw %r10w
dt_171_0:
	cwtl
dt_172_0:
	shll $42, %edi
dt_173_0:
	decl %r12d
dt_174_0:
	movzbl %sil, %r10d
dt_175_0:
	andb %r12b, %r11b
dt_176_0:
	cmovgeq %r12, %r14
dt_177_0:
	decw %dx
dt_178_0:
	cmovlew %r13w, %r10w
dt_179_0:
	cmpxchgb %al, %r15b
dt_180_0:
	movslq %r13d, %r15
dt_181_0:
	setne %r14b
dt_182_0:
	cmovael %r8d, %ecx
dt_183_0:
	shrb %cl
dt_184_0:
	bswap %r13d
dt_185_0:
	movslq %eax, %rdx
dt_186_0:
	movb %r13b, %sil
dt_187_0:
	notl %r8d
dt_188_0:
	movl $855, %r11d
dt_188_1:
	xor %edx, %edx
dt_188_2:
	divl %r11d
dt_189_0:
	leal 44(%rbx,%r9,8), %ebx
dt_190_0:
	negl data+64(%rip)
dt_191_0:
	bswap %r14
dt_192_0:
	cmpxchgw %ax, %bp
dt_193_0:
	cmpb %r13b, %dil
dt_194_0:
	orw %r15w, %r14w
dt_195_0:
	rorb $49, %r9b
dt_196_0:
	btrq $58, %r8
dt_197_0:
	imull %r11d, %r11d
dt_198_0:
	movq $96, %r12
dt_198_1:
	cqto
dt_198_2:
	idivq %r12
dt_199_0:
	cmpxchgw %r10w, %r10w
dt_200_0:
	imulq $1070047474, %r13, %rsi
dt_201_0:
	bswap %r9d
dt_202_0:
	leaq 416(%r15,%rdx,4), %rbx
dt_203_0:
	movsbl %sil, %esi
dt_204_0:
	bswap %edi
dt_205_0:
	bswap %ecx
dt_206_0:
	subb $242, %cl
dt_207_0:
	subq $177588682, %r12
dt_208_0:
	movl %r11d, %eax
dt_209_0:
	sbbb %bl, data+144(%rip)
dt_210_0:
	shrb $67, %dl
dt_211_0:
	setc %al
dt_212_0:
	addq %rdx, %r12
dt_213_0:
	andq %r11, %rbx
dt_214_0:
	addb $125, %dl
dt_215_0:
	subq %r12, data+128(%rip)
dt_216_0:
	cmpxchgw %r8w, %r13w
dt_217_0:
	movsbq %r8b, %r9
dt_218_0:
	cmovll %edi, %eax
dt_219_0:
	incw data+152(%rip)
dt_220_0:
	movq $351, %r11
dt_220_1:
	cqto
dt_220_2:
	idivq %r11
dt_221_0:
	sbbb data+160(%rip), %r12b
dt_222_0:
	shrdq %cl, %r12, %r12
dt_223_0:
	testq %r11, %r8
dt_224_0:
	xorl $651867898, %esi
dt_225_0:
	rcrq $1, data+0(%rip)
dt_226_0:
	movl %r12d, %r12d
dt_227_0:
	lzcntw %si, %bp
dt_228_0:
	setc %r12b
dt_229_0:
	adcq $830209332, %r15
dt_230_0:
	cmovpl %r9d, %r15d
dt_231_0:
	shrb %cl, data+64(%rip)
dt_232_0:
	cmpxchgq %rsi, %rbx
dt_233_0:
	shlq %cl, %r12
dt_234_0:
	rcll %cl, %r11d
dt_235_0:
	decb data+56(%rip)
dt_236_0:
	bswap %r11
dt_237_0:
	leal 1035(%rcx,%r10,1), %r11d
dt_238_0:
	subb $118, %ch
dt_239_0:
	xaddl %edx, %r11d
dt_240_0:
	shll $26, data+144(%rip)
dt_242_0:
	movq $61, %rsi
dt_242_1:
	cqto
dt_242_2:
	idivq %rsi
dt_243_0:
	decw data+112(%rip)
dt_244_0:
	mulb %dil
dt_245_0:
	clc
dt_246_0:
	shrdw $4, %r12w, data+96(%rip)
dt_247_0:
	andb %al, %sil
dt_248_0:
	notw data+152(%rip)
dt_249_0:
	decq data+16(%rip)
dt_250_0:
	movl %r14d, %ecx
dt_251_0:
	movb %cl, data+32(%rip)
dt_252_0:
	tzcntl %esi, %esi
dt_253_0:
	subl %r10d, %r12d
dt_254_0:
	movsbl %r12b, %edx
dt_255_0:
	imulq %rbx
dt_256_0:
	xchgb %r8b, %r12b
dt_257_0:
	movq %r13, %r12
dt_258_0:
	xaddl %r11d, %eax
dt_259_0:
	cmc
dt_260_0:
	movl $793, %edi
dt_260_1:
	xor %edx, %edx
dt_260_2:
	divl %edi
dt_261_0:
	bsrw %r15w, %cx
dt_262_0:
	movzwl %r12w, %r11d
dt_263_0:
	subb $162, %al
dt_264_0:
	leaq 1741(%r13,%r13,4), %rdi
dt_265_0:
	addb $150, %cl
dt_266_0:
	cmpxchgq %rcx, %r8
dt_267_0:
	tzcntl %r12d, %r8d
dt_268_0:
	addb $0, %ch
dt_269_0:
	negw %r11w
dt_270_0:
	shrdl %cl, %r12d, data+40(%rip)
dt_271_0:
	xaddw %si, data+120(%rip)
dt_272_0:
	andl $560983529, %edi
dt_273_0:
	shrb data+88(%rip)
dt_274_0:
	leaq 361(%rcx,%rsi,2), %rsi
dt_275_0:
	imulq $1310482822, %rsi, %rsi
dt_276_0:
	bsrw %cx, %ax
dt_277_0:
	notl %ebx
dt_278_0:
	setc %r12b
dt_279_0:
	btsl $57, %r14d
dt_280_0:
	bswap %rbp
dt_281_0:
	incb data+152(%rip)
dt_282_0:
	movzbl %r10b, %r11d
dt_283_0:
	rcll %r8d
dt_284_0:
	bswap %r14
dt_285_0:
	btq %rcx, %r8
dt_286_0:
	testb %r11b, %r13b
dt_287_0:
	movb %dil, data+168(%rip)
dt_288_0:
	imulq $861439821, %r8, %rcx
dt_289_0:
	imulw %cx, %r15w
dt_290_0:
	cmc
dt_291_0:
	movq %r10, %r15
dt_292_0:
	cwtl
dt_293_0:
	testb %sil, %r13b
dt_294_0:
	leal 1443(%rdi,%r9,4), %r9d
dt_295_0:
	cmpxchgl %r8d, %esi
dt_296_0:
	cmpxchgb %r13b, %r13b
dt_297_0:
	cmpxchgq %rbp, data+80(%rip)
dt_298_0:
	imull %ecx
dt_299_0:
	btsl $27, %r15d
dt_300_0:
	mulb %r9b
dt_301_0:
	movl $267, %r14d
dt_301_1:
	xor %edx, %edx
dt_301_2:
	divl %r14d
dt_302_0:
	xchgb %r12b, %r9b
dt_303_0:
	decq %r9
dt_304_0:
	bswap %r14d
dt_305_0:
	sbbq data+64(%rip), %rcx
dt_306_0:
	leaq -1180(%r13,%r13,4), %r13
dt_307_0:
	bswap %esi
dt_308_0:
	addb $53, %r14b
dt_309_0:
	movb %r15b, data+8(%rip)
dt_310_0:
	sbbq %rcx, data+184(%rip)
dt_311_0:
	andb $242, %dh
dt_312_0:
	shrdl %cl, %r13d, data+72(%rip)
dt_313_0:
	cmc
dt_314_0:
	adcq %rcx, data+16(%rip)
dt_315_0:
	xaddl %r9d, data+112(%rip)
dt_316_0:
	xorb $255, %ch
dt_317_0:
	addl data+24(%rip), %r14d
dt_318_0:
	cmpb $11, %al
dt_319_0:
	andq %rsi, data+184(%rip)
dt_320_0:
	movb %r13b, data+48(%rip)
dt_321_0:
	notl %r10d
dt_322_0:
	shrb $27, %sil
dt_323_0:
	bsrl %edx, %r13d
dt_324_0:
	adcb %dl, %bl
dt_325_0:
	rcll %r15d
dt_326_0:
	cmpb $212, %ah
dt_327_0:
	bsrl %r10d, %r13d
dt_328_0:
	adcl $511504023, %r15d
dt_329_0:
	popcntq %r14, %r15
dt_330_0:
	adcq data+96(%rip), %r13
dt_331_0:
	btcl %ecx, %ebx
dt_332_0:
	leal 12(%rbx,%rbx,4), %r11d
dt_333_0:
	orq $46406247, %rbx
dt_334_0:
	andq data+144(%rip), %r8
dt_335_0:
	xaddq %rdi, data+112(%rip)
dt_336_0:
	leal -984(%rbx,%r13,8), %ebx
dt_337_0:
	sbbq %rax, data+0(%rip)
dt_338_0:
	movl $654, %ecx
dt_338_1:
	cltd
dt_338_2:
	idivl %ecx
dt_339_0:
	leal 2128(%rcx,%r8,8), %r8d
dt_340_0:
	leal -1439(%rax,%r10,2), %r14d
dt_341_0:
	sarw %cl, %r10w
dt_342_0:
	xorl %edi, data+176(%rip)
dt_343_0:
	bswap %eax
dt_344_0:
	btrl %r11d, %r12d
dt_345_0:
	shldw $2, %r15w, %dx
dt_346_0:
	movzwq %r14w, %r13
dt_347_0:
	xorq %rbp, data+64(%rip)
dt_348_0:
	cbtw
dt_349_0:
	sbbq %rbx, data+184(%rip)
dt_350_0:
	movzbq %r14b, %rdi
dt_351_0:
	xorq %rcx, data+136(%rip)
dt_352_0:
	shldl $15, %ebp, %r9d
dt_353_0:
	imulw %bp, %r9w
dt_354_0:
	movzwl %r15w, %edx
dt_355_0:
	xchgb %cl, %r8b
dt_356_0:
	notq data+144(%rip)
dt_357_0:
	xaddb %dl, %al
dt_358_0:
	lzcntq %rax, %rcx
dt_359_0:
	andb $167, %al
dt_360_0:
	subb $186, %al
dt_361_0:
	lzcntw %dx, %ax
dt_362_0:
	subl %r13d, %r12d
dt_363_0:
	bswap %rsi
dt_364_0:
	bswap %r8d
dt_365_0:
	imull %ecx
dt_366_0:
	imull %r12d
dt_367_0:
	shldl $21, %edx, %r15d
dt_368_0:
	cmovll %ebx, %r15d
dt_369_0:
	andb $123, %bl
dt_370_0:
	cmoveq %r9, %rdx
dt_371_0:
	orb %r12b, data+104(%rip)
dt_372_0:
	movsbq %cl, %rcx
dt_373_0:
	bswap %ebx
dt_374_0:
	rcll %cl, %ebx
dt_375_0:
	cmpxchgl %r14d, %r11d
dt_376_0:
	setc %bl
dt_377_0:
	orl %edx, data+32(%rip)
dt_378_0:
	bswap %edi
dt_379_0:
	adcl data+16(%rip), %ebx
dt_380_0:
	sarb %r15b
dt_381_0:
	andq $1690405365, %r9
dt_382_0:
	cmpxchgb %r8b, %r11b
dt_383_0:
	negl %r15d
dt_384_0:
	cmpw %r15w, data+48(%rip)
dt_385_0:
	sete %sil
dt_386_0:
	cmpw $2055, %r14w
dt_387_0:
	rorq %rcx
dt_388_0:
	bswap %rbp
dt_389_0:
	movl %r8d, data+176(%rip)
dt_390_0:
	cltd
dt_391_0:
	movzbl %r13b, %r8d
dt_392_0:
	leal -362(%rcx,%rsi,1), %r12d
dt_393_0:
	movswq %r13w, %r13
dt_394_0:
	rcrw %r15w
dt_395_0:
	shldq %cl, %r12, %r9
dt_396_0:
	btrl %r11d, %edx
dt_397_0:
	setle %r12b
dt_398_0:
	imulw $4539, %r14w, %bx
dt_399_0:
	rcrb %cl, %r15b
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0xe940d71a87de37ab
	.quad 0x644590fe1d1d41b3
	.quad 0x10441fe6e4aa517a
	.quad 0x7e2d81380f56219d
	.quad 0xa7d961cff7f843df
	.quad 0x0ff85fde8470263f
	.quad 0x96474ae49c655849
	.quad 0xdae01c1ff511856e
	.quad 0x7238d1b069d25357
	.quad 0x54acf3eb90ef26e3
	.quad 0xf25ce3baab59014f
	.quad 0xe5643a1726fb8b84
	.quad 0xa6ef28613f861b90
	.quad 0x6278d8aa54d9279c
	.quad 0x75796ea94d203d1f
	.quad 0x1afcf39e15614af9
	.quad 0xbbf0e826787b10dc
	.quad 0x5673206c7da99333
	.quad 0xb6354e54e007f4cb
	.quad 0xcd4deb0475873152
	.quad 0xe60a2804c255c9a1
	.quad 0x175b5631ce34571f
	.quad 0xde253bf4522b6c79
	.quad 0xcb2e26cbf11f6730
	.quad 0xa2d4504c33654062
	.quad 0xf640f716fcea2ba7
	.quad 0x8a4c7a68a52e65e8
	.quad 0x5bf97501de749a0d
	.quad 0xeb968e777156183b
	.quad 0xf87503735b72a0be
	.quad 0xe3c9868cb0158f00
	.quad 0x3f4470ba9b3e6a73
