	.globl _start
	.text
_start:
	movabsq $0x80000000, %rax
	movabsq $0xffffffff, %rcx
	movabsq $1, %rdx
	movabsq $0x8000000000000000, %rbx
	movabsq $0, %rbp
	movabsq $0xff, %rsi
	movabsq $0xbc895869670246cb, %rdi
	movabsq $0x80, %r8
	movabsq $0xffffffffffffffff, %r9
	movabsq $0x7fffffffffffffff, %r10
	movabsq $0xff, %r11
	movabsq $1, %r12
	movabsq $0xffffffff, %r13
	movabsq $0xf53f88e18056f4f0, %r14
	movabsq $0xff, %r15
	pushq $196
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	lzcntq %r13, %rcx
dt_1_0:
	imull $524508294, %ebx, %r12d
dt_2_0:
	setl data+168(%rip)
dt_3_0:
	movsbl %dl, %r9d
dt_4_0:
	movzbq %r14b, %r8
dt_5_0:
	movzwq %bp, %r11
dt_6_0:
	lahf
dt_7_0:
	movl %esi, data+144(%rip)
dt_8_0:
	bsfw %r9w, %r12w
dt_9_0:
	subb data+96(%rip), %sil
dt_10_0:
	rcrb data+24(%rip)
dt_11_0:
	popcntq %rdx, %r12
dt_12_0:
	cmc
dt_13_0:
	leal -892(%rbx,%r8,8), %r12d
dt_14_0:
	bsfw %r9w, %di
dt_15_0:
	leal -1857(%rsi,%rbx,4), %ebx
dt_16_0:
	xchgb %r9b, %r12b
dt_17_0:
	subw data+176(%rip), %r10w
dt_18_0:
	btcl $71, %r8d
dt_19_0:
	popcntw %r14w, %dx
dt_20_0:
	addl data+56(%rip), %edi
dt_21_0:
	bswap %r12
dt_22_0:
	cmovael %eax, %r10d
dt_23_0:
	negl data+88(%rip)
dt_24_0:
	bswap %rbp
dt_25_0:
	movl $36, %r10d
dt_25_1:
	cltd
dt_25_2:
	idivl %r10d
dt_26_0:
	bswap %edi
dt_27_0:
	orq %rcx, data+0(%rip)
dt_28_0:
	addl $1262183469, %ecx
dt_29_0:
	cmovlew %r15w, %di
dt_30_0:
	testb %r8b, %r10b
dt_31_0:
	movzbq %r13b, %r14
dt_32_0:
	leal -2261(%rbp,%r9,1), %esi
dt_33_0:
	lahf
dt_34_0:
	decw %si
dt_35_0:
	btrw %bp, %r8w
dt_36_0:
	testb %r11b, %r11b
dt_37_0:
	cmpxchgl %r12d, data+112(%rip)
dt_38_0:
	cmpb $220, %dl
dt_39_0:
	leal 125(%r15,%rdi,2), %r9d
dt_40_0:
	xaddb %cl, data+120(%rip)
dt_41_0:
	movl %r10d, %r9d
dt_42_0:
	shrdl $19, %r14d, %r8d
dt_43_0:
	popcntl %esi, %r14d
dt_44_0:
	tzcntw %r12w, %r8w
dt_45_0:
	xorl data+104(%rip), %r13d
dt_46_0:
	decw %r8w
dt_47_0:
	bsrl %eax, %ebp
dt_48_0:
	addb $250, %al
dt_49_0:
	btrw %ax, %r11w
dt_50_0:
	testq %rdi, %rdi
dt_51_0:
	xaddb %cl, %dl
dt_52_0:
	cmovaw %cx, %dx
dt_53_0:
	andl $403825797, %r14d
dt_54_0:
	xaddb %r12b, %bl
dt_55_0:
	imulq %rbp, %rbx
dt_56_0:
	bswap %edx
dt_57_0:
	xorl %r10d, data+104(%rip)
dt_58_0:
	cmpq %rdi, %r12
dt_59_0:
	movzbq %dl, %rbp
dt_60_0:
	cmovnpq %rbx, %r10
dt_61_0:
	incb data+112(%rip)
dt_62_0:
	rcll %cl, %r14d
dt_63_0:
	xorb $25, %ah
dt_64_0:
	bsrl %r13d, %ecx
dt_65_0:
	lahf
dt_66_0:
	bsrw %bp, %r13w
dt_67_0:
	shrw %cx
dt_68_0:
	popcntw %r10w, %si
dt_69_0:
	bswap %rcx
dt_70_0:
	addq %r13, data+120(%rip)
dt_71_0:
	addl $1882109257, %r9d
dt_72_0:
	xchgb %al, %dl
dt_73_0:
	xorw %cx, data+136(%rip)
dt_74_0:
	testw %r15w, %r13w
dt_75_0:
	cmpxchgq %r15, %r11
dt_76_0:
	xorl %r8d, %r15d
dt_77_0:
	movswq %r8w, %rax
dt_78_0:
	movl $562, %edi
dt_78_1:
	cltd
dt_78_2:
	idivl %edi
dt_79_0:
	adcq $895851029, %r9
dt_80_0:
	addb $36, %cl
dt_81_0:
	leaq -1533(%r9,%rbx,1), %r9
dt_82_0:
	andq $-1270459, %rax
dt_83_0:
	imull %ebx, %ecx
dt_84_0:
	cmpw %r12w, data+32(%rip)
dt_85_0:
	lzcntq %r15, %rcx
dt_86_0:
	addw %r14w, %bx
dt_87_0:
	btq $22, %r8
dt_88_0:
	shrdq %cl, %r12, %r14
dt_89_0:
	andb $15, %ch
dt_90_0:
	popcntl %ebx, %ebp
dt_91_0:
	notb %r14b
dt_92_0:
	addq %r12, %rsi
dt_93_0:
	cmpl $1189274482, %eax
dt_94_0:
	xchgb %al, %cl
dt_95_0:
	shldw $10, %r13w, %cx
dt_96_0:
	movsbq %dil, %rbp
dt_97_0:
	cmovbel %ecx, %r12d
dt_98_0:
	cmpxchgq %rbx, data+32(%rip)
dt_99_0:
	leaq 1007(%r10,%r9,1), %rax
dt_101_0:
	xaddw %r11w, %r10w
dt_102_0:
	rcrb %cl, data+32(%rip)
dt_103_0:
	tzcntq %rbp, %r10
dt_104_0:
	negl %r12d
dt_105_0:
	xorb data+112(%rip), %sil
dt_106_0:
	xchgb %bl, %r15b
dt_107_0:
	movq $888, %rbx
dt_107_1:
	xor %edx, %edx
dt_107_2:
	divq %rbx
dt_108_0:
	imull $1094317041, %edx, %edx
dt_109_0:
	testb %r8b, %r13b
dt_110_0:
	notb data+64(%rip)
dt_111_0:
	popcntq %r15, %r13
dt_112_0:
	sahf
dt_113_0:
	andb data+24(%rip), %r15b
dt_114_0:
	bswap %r14d
dt_115_0:
	cmpxchgw %r15w, %cx
dt_116_0:
	tzcntw %r14w, %bx
dt_117_0:
	testl %r8d, %r8d
dt_118_0:
	shldl %cl, %r11d, data+72(%rip)
dt_119_0:
	setc %bl
dt_120_0:
	cmovleq %r14, %rdi
dt_121_0:
	xaddl %ecx, data+56(%rip)
dt_122_0:
	notq %rcx
dt_123_0:
	orq %rbx, %rax
dt_124_0:
	movq $478, %r15
dt_124_1:
	cqto
dt_124_2:
	idivq %r15
dt_125_0:
	xaddw %r14w, %di
dt_126_0:
	shrdw $6, %si, %r10w
dt_127_0:
	movzwl %r10w, %ecx
dt_128_0:
	sbbw %r10w, data+64(%rip)
dt_129_0:
	movq %r15, data+176(%rip)
dt_130_0:
	movq $516, %r13
dt_130_1:
	cqto
dt_130_2:
	idivq %r13
dt_131_0:
	cmpq %r14, %r12
dt_132_0:
	shrdw $2, %r11w, %r13w
dt_133_0:
	orl %esi, %edx
dt_134_0:
	cmpxchgq %r8, data+176(%rip)
dt_135_0:
	btsw %r14w, %cx
dt_136_0:
	leaq -1517(%rbp,%r12,4), %rax
dt_137_0:
	movw %bx, %bp
dt_138_0:
	xaddw %r10w, %r14w
dt_139_0:
	subb $233, %bl
dt_140_0:
	testq %r14, %r12
dt_141_0:
	shrdl $61, %ebx, data+152(%rip)
dt_142_0:
	cmpb data+88(%rip), %dl
dt_143_0:
	xaddq %r8, %r10
dt_144_0:
	cmovnsq %r12, %r8
dt_145_0:
	xorb $219, %bl
dt_146_0:
	cmpxchgb %dl, %r8b
dt_147_0:
	cmpq %r13, %rdx
dt_148_0:
	xaddw %cx, %r12w
dt_149_0:
	rclb %cl, %sil
dt_150_0:
	btl %r13d, %r15d
dt_151_0:
	xaddq %r13, %r11
dt_152_0:
	cmovgq %r14, %r15
dt_153_0:
	movswl %si, %r8d
dt_154_0:
	cmovsl %ebx, %r10d
dt_155_0:
	xorw data+96(%rip), %bp
dt_156_0:
	bsrq %rbx, %r9
dt_157_0:
	subb $86, %bh
dt_158_0:
	xchgb %bl, %cl
dt_159_0:
	notb %r13b
dt_160_0:
	subw %si, data+32(%rip)
dt_161_0:
	cmovbq %r11, %r9
dt_162_0:
	btcw $74, %r11w
dt_163_0:
	imulq %rcx, %rcx
dt_164_0:
	xaddw %bx, data+0(%rip)
dt_165_0:
	bswap %r8d
dt_166_0:
	cmpxchgq %r14, %r13
dt_167_0:
	bsfq %r11, %rax
dt_168_0:
	leaq -2071(%r13,%r12,1), %r15
dt_169_0:
	sbbq %rdx, data+48(%rip)
dt_170_0:
	bswap %r14d
dt_171_0:
	bswap %r11
dt_172_0:
	movl $843, %r8d
dt_172_1:
	xor %edx, %edx
dt_172_2:
	divl %r8d
dt_173_0:
	btrq $34, %rsi
dt_174_0:
	movl $864, %r12d
dt_174_1:
	cltd
dt_174_2:
	idivl %r12d
dt_175_0:
	xorb %bl, %cl
dt_176_0:
	addl %r10d, data+136(%rip)
dt_177_0:
	cmc
dt_178_0:
	movzbq %r8b, %r10
dt_179_0:
	bswap %r15
dt_180_0:
	cmpl %ecx, %r15d
dt_181_0:
	testb %bl, %r14b
dt_182_0:
	adcl %r15d, data+112(%rip)
dt_183_0:
	xaddb %r9b, %cl
dt_184_0:
	testw %r15w, %r11w
dt_185_0:
	lzcntw %r9w, %si
dt_186_0:
	cmpxchgw %r8w, data+24(%rip)
dt_187_0:
	xorb $129, %ch
dt_188_0:
	lzcntq %r10, %r9
dt_189_0:
	andb data+24(%rip), %r9b
dt_190_0:
	tzcntq %rdi, %rdx
dt_191_0:
	andb %sil, data+112(%rip)
dt_192_0:
	shrdl %cl, %r13d, data+144(%rip)
dt_193_0:
	bswap %r11d
dt_194_0:
	bsrw %di, %ax
dt_195_0:
	adcb $4, %r15b
dt_196_0:
	movb %r10b, %r11b
dt_197_0:
	sbbw data+136(%rip), %bp
dt_198_0:
	movq %r14, data+16(%rip)
dt_199_0:
	addl data+136(%rip), %r8d
dt_200_0:
	btrw $32, %bp
dt_201_0:
	orw $29870, %r13w
dt_202_0:
	setc %r8b
dt_203_0:
	imull %r11d, %eax
dt_204_0:
	movb %r14b, data+64(%rip)
dt_205_0:
	movl %edi, data+64(%rip)
dt_206_0:
	xaddq %r13, %rdx
dt_207_0:
	negq data+104(%rip)
dt_208_0:
	xchgb %r10b, %r14b
dt_209_0:
	shrdw $13, %r10w, %r13w
dt_210_0:
	negw data+152(%rip)
dt_211_0:
	testl %r14d, %r9d
dt_212_0:
	cmpxchgw %dx, data+120(%rip)
dt_213_0:
	cwtl
dt_214_0:
	cmovel %ebx, %edx
dt_215_0:
	movq %r11, %rcx
dt_216_0:
	incl %edx
dt_217_0:
	mulb %bl
dt_218_0:
	xaddq %rax, %r11
dt_219_0:
	testw %cx, %r13w
dt_220_0:
	andb $14, %bl
dt_221_0:
	cmovaew %dx, %r8w
dt_222_0:
	testw %bp, %r11w
dt_223_0:
	xaddq %r11, %rbx
dt_224_0:
	shlb $59, %r13b
dt_225_0:
	testq %r12, %rcx
dt_226_0:
	btw $66, %si
dt_227_0:
	lahf
dt_228_0:
	leaq -698(%r11,%rcx,2), %r12
dt_230_0:
	movq $986, %r8
dt_230_1:
	xor %edx, %edx
dt_230_2:
	divq %r8
dt_231_0:
	subl data+184(%rip), %r11d
dt_232_0:
	setc %dil
dt_233_0:
	cwtd
dt_234_0:
	cmpxchgl %ebx, data+32(%rip)
dt_235_0:
	movq $838, %r15
dt_235_1:
	xor %edx, %edx
dt_235_2:
	divq %r15
dt_236_0:
	xorb $202, %r8b
dt_237_0:
	shldq %cl, %rcx, data+0(%rip)
dt_238_0:
	cmpxchgb %r9b, data+16(%rip)
dt_239_0:
	cmovleq %r9, %rax
dt_240_0:
	movsbq %r13b, %r13
dt_241_0:
	cmc
dt_242_0:
	leaq 205(%rdx,%r9,8), %rcx
dt_243_0:
	subl %r13d, %r12d
dt_244_0:
	imulq $170138275, %rdx, %r8
dt_245_0:
	cwtl
dt_246_0:
	movl %r9d, data+88(%rip)
dt_247_0:
	mulq %r12
dt_248_0:
	btrw %bp, %bx
dt_249_0:
	movzwq %r11w, %r13
dt_250_0:
	movl $202, %ecx
dt_250_1:
	cltd
dt_250_2:
	idivl %ecx
dt_251_0:
	movq $583, %rsi
dt_251_1:
	cqto
dt_251_2:
	idivq %rsi
dt_252_0:
	shlw %r15w
dt_253_0:
	testl %ebx, %esi
dt_254_0:
	subw $27766, %bx
dt_255_0:
	setc %r13b
dt_256_0:
	popcntl %edx, %esi
dt_257_0:
	movswl %r9w, %ebx
dt_258_0:
	xchgb %r12b, %bl
dt_259_0:
	notw %r14w
dt_260_0:
	adcb $220, %r9b
dt_261_0:
	testq %r12, %r13
dt_262_0:
	sbbw $4807, %di
dt_263_0:
	cmpxchgl %ebx, %r13d
dt_264_0:
	xaddq %rcx, %rax
dt_265_0:
	movl $467, %edi
dt_265_1:
	cltd
dt_265_2:
	idivl %edi
dt_266_0:
	incw data+184(%rip)
dt_267_0:
	notq data+8(%rip)
dt_268_0:
	movl $600, %r15d
dt_268_1:
	xor %edx, %edx
dt_268_2:
	divl %r15d
dt_269_0:
	subb data+120(%rip), %r11b
dt_270_0:
	xaddw %r11w, data+96(%rip)
dt_271_0:
	xchgb %r14b, %bl
dt_272_0:
	cltq
dt_273_0:
	mulw %r9w
dt_274_0:
	xaddq %r14, %rax
dt_275_0:
	sahf
dt_276_0:
	shrdw $8, %r15w, %r8w
dt_277_0:
	leal -1066(%r8,%r9,8), %r10d
dt_278_0:
	cmpq data+40(%rip), %r11
dt_279_0:
	xaddl %r13d, data+80(%rip)
dt_280_0:
	bsrq %r15, %rdx
dt_281_0:
	cmovnpq %r8, %r8
dt_282_0:
	testq %r15, %r14
dt_283_0:
	bsrl %eax, %ebx
dt_284_0:
	cmpq data+152(%rip), %r14
dt_285_0:
	leal 1184(%r11,%r8,8), %r8d
dt_286_0:
	imulw %ax
dt_287_0:
	testb %r14b, %bl
dt_288_0:
	cmovgl %edx, %r13d
dt_289_0:
	imull $1052346777, %r14d, %ecx
dt_290_0:
	xorb %r11b, %r15b
dt_291_0:
	leaq 72(%r8,%rdi,8), %r15
dt_292_0:
	sete data+8(%rip)
dt_293_0:
	bswap %rbx
dt_294_0:
	bsfq %r15, %r9
dt_295_0:
	testw %cx, %dx
dt_296_0:
	movl %ebx, data+176(%rip)
dt_297_0:
	testq %r13, %rdi
dt_298_0:
	bsrl %r9d, %r10d
dt_299_0:
	notb %al
dt_300_0:
	movl $526, %r10d
dt_300_1:
	xor %edx, %edx
dt_300_2:
	divl %r10d
dt_301_0:
	movq %r11, %rbp
dt_302_0:
	movl $90, %ebp
dt_302_1:
	cltd
dt_302_2:
	idivl %ebp
dt_303_0:
	movsbl %sil, %edx
dt_304_0:
	orq data+120(%rip), %r9
dt_305_0:
	cmovlw %r10w, %ax
dt_306_0:
	xorq $1482847233, %rax
dt_307_0:
	movslq %r12d, %r8
dt_308_0:
	addb $255, %bl
dt_309_0:
	sahf
dt_310_0:
	leal 145(%rcx,%rax,4), %esi
dt_311_0:
	popcntq %r11, %r10
dt_312_0:
	subb %r14b, %dl
dt_313_0:
	incw data+88(%rip)
dt_314_0:
	mulb %r13b
dt_315_0:
	movw %bp, data+48(%rip)
dt_316_0:
	leaq -313(%r11,%r13,4), %r13
dt_317_0:
	btrl %esi, %r8d
dt_318_0:
	cmpxchgl %ebx, %ecx
dt_319_0:
	xorb $154, %ch
dt_320_0:
	subl data+56(%rip), %ebp
dt_321_0:
	rcrw %bp
dt_322_0:
	sarb %r8b
dt_323_0:
	xchgb %al, %bl
dt_324_0:
	bsrl %ebp, %r13d
dt_325_0:
	bsfw %ax, %bx
dt_326_0:
	testb %r9b, %r12b
dt_327_0:
	xorw %r11w, %r9w
dt_328_0:
	notw data+24(%rip)
dt_329_0:
	testb %r11b, %bl
dt_330_0:
	xaddw %dx, data+88(%rip)
dt_331_0:
	bswap %r10d
dt_332_0:
	tzcntl %r13d, %r13d
dt_333_0:
	notw data+64(%rip)
dt_334_0:
	cmpxchgb %r14b, data+120(%rip)
dt_335_0:
	cmpxchgb %r12b, %r12b
dt_336_0:
	xchgb %cl, %dil
dt_337_0:
	xaddq %rdx, %r14
dt_338_0:
	movl %ecx, %esi
dt_339_0:
	setc %r14b
dt_340_0:
	cwtl
dt_341_0:
	movl %edi, data+16(%rip)
dt_342_0:
	sarb %r9b
dt_343_0:
	bswap %r9d
dt_344_0:
	testq %r12, %r11
dt_345_0:
	cmpxchgl %esi, %r10d
dt_346_0:
	addq $-674369881, %r12
dt_347_0:
	movzbq %r14b, %r11
dt_348_0:
	cmpxchgq %rax, data+16(%rip)
dt_349_0:
	bswap %ecx
dt_350_0:
	leal -1887(%r13,%rax,2), %r9d
dt_351_0:
	cbtw
dt_352_0:
	rcrb %cl, data+80(%rip)
dt_353_0:
	addl %ebx, data+8(%rip)
dt_354_0:
	subb $166, %al
dt_355_0:
	movswl %r10w, %ebp
dt_356_0:
	seto data+40(%rip)
dt_357_0:
	xorw $24726, %r12w
dt_358_0:
	movq %rdi, data+176(%rip)
dt_359_0:
	cmpxchgq %r8, data+64(%rip)
dt_360_0:
	btsq $61, %r11
dt_361_0:
	xorb data+120(%rip), %r13b
dt_362_0:
	adcl %r9d, %r13d
dt_363_0:
	shrdw $11, %bp, data+56(%rip)
dt_364_0:
	cmc
dt_365_0:
	movb %bl, %r8b
dt_366_0:
	rorw %cl, %r9w
dt_367_0:
	subw $33396, %r11w
dt_368_0:
	testb %bl, %r8b
dt_369_0:
	incw %dx
dt_370_0:
	xaddl %ebx, data+136(%rip)
dt_371_0:
	cmpq data+32(%rip), %r8
dt_372_0:
	bsrq %rbp, %r14
dt_373_0:
	btsq %r15, %r15
dt_374_0:
	bswap %rbp
dt_375_0:
	testq %r15, %rbx
dt_376_0:
	shlq $21, %rbp
dt_377_0:
	incq data+0(%rip)
dt_378_0:
	xorw $4939, %bp
dt_379_0:
	cmpl data+120(%rip), %r8d
dt_380_0:
	setbe %r9b
dt_381_0:
	subl $1069148227, %r15d
dt_382_0:
	movsbl %r9b, %edi
dt_383_0:
	andl $-607022990, %ebx
dt_384_0:
	testl %r12d, %r12d
dt_385_0:
	sets %r9b
dt_386_0:
	bswap %r9
dt_387_0:
	xaddb %al, %r9b
dt_388_0:
	cmpb $31, %r12b
dt_389_0:
	rorq $61, %r11
dt_390_0:
	adcl $383018083, %r15d
dt_391_0:
	decl %r11d
dt_392_0:
	andb $1, %al
dt_393_0:
	cmc
dt_394_0:
	orl data+64(%rip), %r8d
dt_395_0:
	movl $707, %ebp
dt_395_1:
	xor %edx, %edx
dt_395_2:
	divl %ebp
dt_396_0:
	cmpb $20, %bh
dt_397_0:
	movw %cx, %r15w
dt_398_0:
	lzcntl %r11d, %r9d
dt_399_0:
	leaq -707(%r12,%r13,4), %rsi
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0x27829562d0f31155
	.quad 0xe9e4ef19f4f9565a
	.quad 0x187d5123f97469ef
	.quad 0xfd7fcaab817fbf7e
	.quad 0xa498c2f6240dce35
	.quad 0x24af3ad0bd5e3e6a
	.quad 0x28fb2743ce7f480a
	.quad 0xc8bd6d15c6e00cda
	.quad 0x281ec387fda52db0
	.quad 0x5a733699a8a111e9
	.quad 0xd912e04726521b8a
	.quad 0xc14e4a7b0824e11b
	.quad 0x14fea818fe44d426
	.quad 0xfcc4ee864397df8c
	.quad 0xb4a6745f3f988069
	.quad 0xdd2343c31e3454ae
	.quad 0x009a013e5701cd60
	.quad 0xbb12bcf67d0d5cb0
	.quad 0x05fdc85d2230f2e6
	.quad 0xb1e9b6d0614d5c69
	.quad 0x92c338294d0a3b8a
	.quad 0x4514a857d3da2b58
	.quad 0x409d60007f3fdf8e
	.quad 0x1d05e0c9828e98a7
	.quad 0x62d05d2a47d01b90
	.quad 0xd0e501e16bfa282d
	.quad 0xf10c75128a6f5265
	.quad 0x645b8cf4ad65c4d6
	.quad 0xaa1ecb091c858476
	.quad 0x2d695c13db8cd3a6
	.quad 0x7efe581a0a551e64
	.quad 0x9aa09fa8a3eebb42
