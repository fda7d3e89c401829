	.globl _start
	.text
_start:
	movabsq $0xff, %rax
	movabsq $0x80, %rcx
	movabsq $0x80000000, %rdx
	movabsq $0x25d7848c7d8babcf, %rbx
	movabsq $1, %rbp
	movabsq $0x1a912458fd5d51f5, %rsi
	movabsq $0x7f, %rdi
	movabsq $0xffffffffffffffff, %r8
	movabsq $0xff, %r9
	movabsq $0x8000000000000000, %r10
	movabsq $0xff, %r11
	movabsq $0xfaa0b8955bffa7cc, %r12
	movabsq $0xffffffffffffffff, %r13
	movabsq $0x28d89d2454fc13da, %r14
	movabsq $0xf7e66e9b7c9763a1, %r15
	pushq $2069
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	movl $172, %ebp
dt_0_1:
	xor %edx, %edx
dt_0_2:
	divl %ebp
dt_1_0:
	xaddq %r11, data+176(%rip)
dt_2_0:
	setbe data+48(%rip)
dt_3_0:
	movq $833, %r15
dt_3_1:
	xor %edx, %edx
dt_3_2:
	divq %r15
dt_4_0:
	btsq $10, %rsi
dt_5_0:
	addb %r12b, %sil
dt_6_0:
	shlb %cl, data+104(%rip)
dt_7_0:
	xaddq %rdi, data+16(%rip)
dt_8_0:
	rcll data+120(%rip)
dt_9_0:
	bswap %r9d
dt_10_0:
	movb %r15b, %r11b
dt_11_0:
	imulw $469, %si, %r8w
dt_12_0:
	bswap %rdi
dt_13_0:
	andb $217, %cl
dt_14_0:
	decw data+96(%rip)
dt_15_0:
	setc %dil
dt_16_0:
	andl data+112(%rip), %r15d
dt_17_0:
	cqto
dt_18_0:
	movzwl %cx, %r13d
dt_19_0:
	popcntw %dx, %dx
dt_20_0:
	cmc
dt_21_0:
	bswap %rsi
dt_22_0:
	leal 1253(%rcx,%rcx,4), %r12d
dt_23_0:
	notl %r11d
dt_24_0:
	cmpb %r15b, %r8b
dt_25_0:
	imull %r15d, %eax
dt_26_0:
	btrw $59, %r8w
dt_27_0:
	cmpxchgl %edi, %edi
dt_28_0:
	btrq %r9, %r11
dt_29_0:
	leaq 966(%rax,%rbp,1), %r14
dt_30_0:
	shrdw $11, %di, %r10w
dt_31_0:
	movswl %cx, %r15d
dt_32_0:
	sbbq %rdi, %r10
dt_33_0:
	setbe data+80(%rip)
dt_34_0:
	movw %cx, data+48(%rip)
dt_35_0:
	adcw %dx, %r9w
dt_36_0:
	testw %r13w, %dx
dt_37_0:
	cmc
dt_38_0:
	tzcntw %r13w, %r10w
dt_39_0:
	lzcntl %eax, %ebp
dt_40_0:
	adcl $157917244, %r8d
dt_41_0:
	cmc
dt_42_0:
	shrdq %cl, %r14, data+64(%rip)
dt_43_0:
	tzcntq %r12, %rbp
dt_44_0:
	testq %r15, %r13
dt_45_0:
	bswap %rcx
dt_46_0:
	rclb data+136(%rip)
dt_47_0:
	leal -895(%rdx,%r9,8), %ebp
dt_48_0:
	testq %r9, %r8
dt_49_0:
	addb $192, %ah
dt_50_0:
	leaq -2348(%r9,%rdi,4), %rbp
dt_51_0:
	testl %eax, %r11d
dt_52_0:
	movq $703, %r10
dt_52_1:
	cqto
dt_52_2:
	idivq %r10
dt_53_0:
	bsfl %r15d, %eax
dt_54_0:
	andl %ecx, %edx
dt_55_0:
	testw %r13w, %di
dt_56_0:
	cmpl %r9d, data+0(%rip)
dt_57_0:
	popcntq %r15, %r11
dt_58_0:
	leal 1964(%rsi,%r14,4), %r10d
dt_59_0:
	andq %r14, data+128(%rip)
dt_60_0:
	andb $38, %ah
dt_61_0:
	shrl $55, data+160(%rip)
dt_62_0:
	sbbq $-149985052, %r15
dt_63_0:
	xaddb %bl, data+160(%rip)
dt_64_0:
	xaddw %dx, data+136(%rip)
dt_65_0:
	xaddb %al, %dl
dt_66_0:
	rcrb %cl, data+32(%rip)
dt_67_0:
	popcntl %r11d, %r12d
dt_68_0:
	imulq %rdi
dt_69_0:
	orq data+152(%rip), %r8
dt_70_0:
	rorl $57, data+80(%rip)
dt_71_0:
	addw $9784, %ax
dt_72_0:
	tzcntl %edx, %r12d
dt_73_0:
	sbbq $1530852628, %r10
dt_74_0:
	xaddb %r9b, %r9b
dt_75_0:
	movsbq %cl, %r9
dt_76_0:
	cmpxchgl %r12d, data+168(%rip)
dt_77_0:
	cmovbw %di, %si
dt_78_0:
	xaddb %sil, data+40(%rip)
dt_79_0:
	movb %cl, data+104(%rip)
dt_80_0:
	incl %ecx
dt_81_0:
	movl %ebp, %edi
dt_82_0:
	cltd
dt_83_0:
	mulb %r14b
dt_84_0:
	leal -241(%rcx,%r15,8), %ebx
dt_85_0:
	xorb %r14b, %r15b
dt_86_0:
	adcq %rcx, %r11
dt_87_0:
	movl $161, %r11d
dt_87_1:
	xor %edx, %edx
dt_87_2:
	divl %r11d
dt_88_0:
	movl %r10d, %r14d
dt_89_0:
	movq $583, %r8
dt_89_1:
	xor %edx, %edx
dt_89_2:
	divq %r8
dt_90_0:
	shrl $11, data+0(%rip)
dt_91_0:
	sbbq $1528446780, %rax
dt_92_0:
	cmpxchgw %ax, data+32(%rip)
dt_93_0:
	rcll %cl, %r9d
dt_94_0:
	addb $0, %dl
dt_95_0:
	andl data+152(%rip), %r15d
dt_96_0:
	movq %r10, %r15
dt_97_0:
	cmc
dt_98_0:
	testw %r8w, %r9w
dt_99_0:
	bswap %rax
dt_100_0:
	testb %r15b, %r8b
dt_101_0:
	testb %bl, %al
dt_102_0:
	xaddb %r8b, %r14b
dt_103_0:
	lzcntl %ebp, %edx
dt_104_0:
	andq $353046446, %rcx
dt_105_0:
	cbtw
dt_106_0:
	cmpxchgq %rdx, %rdx
dt_107_0:
	sbbq %r11, %rdx
dt_108_0:
	negb %r15b
dt_109_0:
	btcq $27, %r14
dt_110_0:
	testw %r14w, %r15w
dt_111_0:
	cltq
dt_112_0:
	cmpb data+0(%rip), %r12b
dt_113_0:
	leal -2283(%r8,%rcx,8), %r11d
dt_114_0:
	bswap %r12
dt_115_0:
	adcb %r15b, %al
dt_116_0:
	tzcntl %ebx, %ecx
dt_117_0:
	xorb $143, %al
dt_118_0:
	sbbw %r11w, data+32(%rip)
dt_119_0:
	adcw %r11w, %bp
dt_120_0:
	movzwl %r14w, %edx
dt_121_0:
	setc %r14b
dt_122_0:
	btcw %di, %ax
dt_123_0:
	testb %cl, %r15b
dt_124_0:
	btrl %r15d, %esi
dt_125_0:
	cmpb $43, %dh
dt_126_0:
	leaq -1647(%r8,%r8,4), %rax
dt_127_0:
	mulb %dl
dt_128_0:
	movslq %edi, %rbp
dt_129_0:
	bswap %r13
dt_130_0:
	bswap %eax
dt_131_0:
	addq %rdi, data+168(%rip)
dt_132_0:
	lzcntq %r9, %rcx
dt_133_0:
	subb $79, %bl
dt_134_0:
	subl %r14d, %r8d
dt_135_0:
	sbbb $27, %r13b
dt_136_0:
	btrq $50, %rbp
dt_137_0:
	lzcntw %si, %r14w
dt_138_0:
	movq %r13, data+88(%rip)
dt_139_0:
	subb $206, %ah
dt_140_0:
	shrdl %cl, %r14d, %ecx
dt_141_0:
	decb data+88(%rip)
dt_142_0:
	shrdw $7, %r13w, %r13w
dt_143_0:
	shrdq %cl, %r15, %rsi
dt_144_0:
	bswap %r9d
dt_145_0:
	imulw %bp
dt_146_0:
	movl $961, %r15d
dt_146_1:
	xor %edx, %edx
dt_146_2:
	divl %r15d
dt_147_0:
	xorb $222, %ch
dt_148_0:
	mulb %r12b
dt_149_0:
	bswap %r10
dt_150_0:
	xorq %r8, %rdx
dt_151_0:
	xchgb %r13b, %bl
dt_152_0:
	cmpxchgl %r14d, %r10d
dt_153_0:
	cqto
dt_154_0:
	adcl %r12d, %edi
dt_155_0:
	sarq $18, %r12
dt_156_0:
	bsrw %cx, %r12w
dt_157_0:
	cmc
dt_158_0:
	subq %rbp, data+24(%rip)
dt_159_0:
	cmpxchgl %ebp, %ebp
dt_160_0:
	cmpxchgw %dx, %di
dt_161_0:
	andq data+136(%rip), %rcx
dt_162_0:
	clc
dt_163_0:
	btl %eax, %edx
dt_164_0:
	subb $201, %cl
dt_165_0:
	orb data+72(%rip), %r14b
dt_166_0:
	mulb %r11b
dt_167_0:
	bswap %esi
dt_168_0:
	btl $72, %r15d
dt_169_0:
	cmpxchgw %r11w, %r8w
dt_170_0:
	movswq %r8w, %rcx
dt_171_0:
	xaddl %r9d, %r12d
dt_172_0:
	imull $1518933849, %r13d, %edi
dt_173_0:
	cmpxchgw %r11w, %cx
dt_174_0:
	shrdl $37, %ecx, data+168(%rip)
dt_175_0:
	movq %rbx, %rbx
dt_176_0:
	testl %r10d, %r8d
dt_177_0:
	rcll data+176(%rip)
dt_178_0:
	movl %r9d, %r14d
dt_179_0:
	cmovaew %r10w, %r9w
dt_180_0:
	xchgb %dl, %r8b
dt_181_0:
	testq %rdi, %r13
dt_182_0:
	testb %r8b, %r8b
dt_183_0:
	testl %ebx, %r10d
dt_184_0:
	leal 1865(%rdi,%rdi,4), %r11d
dt_185_0:
	cmpxchgw %r8w, data+120(%rip)
dt_186_0:
	andq $370410917, %r15
dt_187_0:
	movswq %si, %r12
dt_188_0:
	movq $439, %rcx
dt_188_1:
	xor %edx, %edx
dt_188_2:
	divq %rcx
dt_189_0:
	movb %bl, data+168(%rip)
dt_190_0:
	testl %edx, %ebp
dt_191_0:
	subb $19, %dh
dt_192_0:
	movzwq %r9w, %r12
dt_193_0:
	testb %r9b, %al
dt_194_0:
	testq %rdi, %r12
dt_195_0:
	leaq 595(%r14,%r15,4), %r11
dt_196_0:
	xorb $102, %bl
dt_197_0:
	movzbl %dl, %r8d
dt_198_0:
	leaq 2003(%r11,%r14,4), %r11
dt_199_0:
	cmovgq %r10, %r13
dt_200_0:
	shlb %cl, data+32(%rip)
dt_201_0:
	xorb $220, %ch
dt_202_0:
	testb %r13b, %r12b
dt_203_0:
	testq %rdx, %rdi
dt_204_0:
	bsfw %r11w, %r12w
dt_205_0:
	sets data+16(%rip)
dt_206_0:
	setc %dil
dt_207_0:
	imull %esi, %ebx
dt_208_0:
	cmovneq %rax, %rdx
dt_209_0:
	tzcntq %r11, %r14
dt_210_0:
	shrdw $1, %dx, data+0(%rip)
dt_211_0:
	cmovow %r13w, %r12w
dt_212_0:
	btrq $75, %rdi
dt_213_0:
	cltd
dt_214_0:
	addb $189, %bl
dt_215_0:
	shldl $13, %r8d, %r11d
dt_216_0:
	xchgb %r13b, %sil
dt_217_0:
	shrdl $36, %edi, data+112(%rip)
dt_218_0:
	lahf
dt_219_0:
	leaq -1865(%rbp,%r12,2), %r10
dt_220_0:
	bsfl %ebp, %edx
dt_221_0:
	movl $836, %r13d
dt_221_1:
	cltd
dt_221_2:
	idivl %r13d
dt_222_0:
	andl %r8d, data+112(%rip)
dt_223_0:
	mull %r11d
dt_224_0:
	cmpxchgl %edi, data+32(%rip)
dt_225_0:
	andb $22, %dil
dt_226_0:
	notq %r8
dt_227_0:
	cmpw data+56(%rip), %bp
dt_228_0:
	movb %r10b, %dl
dt_229_0:
	movw %r12w, %bp
dt_230_0:
	leal -169(%rcx,%r15,8), %ebp
dt_231_0:
	leaq 304(%rdi,%r12,2), %r11
dt_232_0:
	bswap %rcx
dt_233_0:
	xaddw %r8w, data+104(%rip)
dt_234_0:
	xaddb %dil, %r12b
dt_235_0:
	movw %r11w, %r11w
dt_236_0:
	bsrq %rbx, %rax
dt_237_0:
	lzcntl %edi, %ebx
dt_238_0:
	cmovgeq %rbx, %r9
dt_239_0:
	movq %r14, %r9
dt_240_0:
	movl $748, %r14d
dt_240_1:
	xor %edx, %edx
dt_240_2:
	divl %r14d
dt_241_0:
	shldl $20, %r10d, data+56(%rip)
dt_242_0:
	leaq -2059(%r15,%rcx,1), %rdx
dt_243_0:
	movw %dx, data+0(%rip)
dt_244_0:
	bswap %rbx
dt_245_0:
	addq %rsi, %rbp
dt_246_0:
	movb %dl, data+16(%rip)
dt_247_0:
	movl %r14d, data+128(%rip)
dt_248_0:
	mulw %bx
dt_249_0:
	cmpxchgb %r11b, %r15b
dt_250_0:
	sets %dl
dt_251_0:
	cmpl $-339807986, %r11d
dt_252_0:
	subl %edx, data+120(%rip)
dt_253_0:
	movb %r14b, data+144(%rip)
dt_254_0:
	xorw %di, data+32(%rip)
dt_255_0:
	cmovnsl %ebx, %edi
dt_256_0:
	bswap %r10
dt_257_0:
	setp data+112(%rip)
dt_258_0:
	cmpl %eax, %r11d
dt_259_0:
	addl $758342968, %ecx
dt_260_0:
	cmpxchgb %r13b, data+128(%rip)
dt_261_0:
	movq $786, %rsi
dt_261_1:
	cqto
dt_261_2:
	idivq %rsi
dt_262_0:
	btq $47, %r11
dt_263_0:
	cmpxchgw %r11w, data+40(%rip)
dt_264_0:
	subq %rcx, %rbp
dt_265_0:
	addb $23, %al
dt_266_0:
	cmovow %r12w, %r13w
dt_267_0:
	negb data+72(%rip)
dt_268_0:
	shldq %cl, %rax, data+40(%rip)
dt_269_0:
	movw %dx, data+72(%rip)
dt_270_0:
	andq data+80(%rip), %rdx
dt_271_0:
	addl $525998676, %eax
dt_272_0:
	testw %si, %ax
dt_273_0:
	leaq -1243(%r9,%r10,2), %r11
dt_274_0:
	bswap %ecx
dt_275_0:
	xorb $117, %cl
dt_276_0:
	movw %cx, data+72(%rip)
dt_277_0:
	andl $92273196, %r9d
dt_278_0:
	xorq $933141472, %rcx
dt_279_0:
	movw %di, data+32(%rip)
dt_280_0:
	bsrl %r8d, %edi
dt_281_0:
	leal -2083(%r13,%r14,4), %r15d
dt_282_0:
	orq data+40(%rip), %rbx
dt_283_0:
	movb %r8b, %r14b
dt_284_0:
	movl $632, %r9d
dt_284_1:
	xor %edx, %edx
dt_284_2:
	divl %r9d
dt_285_0:
	btcl $64, %r10d
dt_286_0:
	testq %r13, %rax
dt_287_0:
	setnp %r10b
dt_288_0:
	movb %r12b, %cl
dt_289_0:
	andq data+104(%rip), %r9
dt_290_0:
	leal -531(%r13,%r15,4), %r11d
dt_291_0:
	bsrl %eax, %r9d
dt_292_0:
	xorb data+152(%rip), %r11b
dt_293_0:
	xorq $1822093133, %r15
dt_294_0:
	movq $570, %rbp
dt_294_1:
	cqto
dt_294_2:
	idivq %rbp
dt_295_0:
	notb data+40(%rip)
dt_296_0:
	movw %r12w, data+112(%rip)
dt_297_0:
	orb $111, %r11b
dt_298_0:
	shldq %cl, %r8, %r10
dt_299_0:
	movzbq %r13b, %r10
dt_300_0:
	leal 2262(%rax,%r10,4), %ebx
dt_301_0:
	cmpw data+112(%rip), %r8w
dt_302_0:
	leal -733(%r15,%rbx,2), %eax
dt_303_0:
	subl %r14d, %r12d
dt_304_0:
	xorw $14188, %r13w
dt_305_0:
	sbbb %r15b, data+168(%rip)
dt_306_0:
	cwtd
dt_307_0:
	sbbq data+96(%rip), %rbp
dt_308_0:
	cmoval %r15d, %r11d
dt_309_0:
	imulq %rsi, %rdi
dt_310_0:
	lzcntl %ebx, %edx
dt_311_0:
	clc
dt_312_0:
	orq $126405005, %rdi
dt_313_0:
	lzcntl %r11d, %r14d
dt_314_0:
	cmc
dt_315_0:
	subb $228, %al
dt_316_0:
	movw %ax, data+72(%rip)
dt_317_0:
	notq %r13
dt_318_0:
	andw %bx, %r9w
dt_319_0:
	imulq %r14, %r12
dt_320_0:
	bswap %edx
dt_321_0:
	orb %r14b, data+16(%rip)
dt_322_0:
	bswap %eax
dt_323_0:
	xaddq %rdi, %rbx
dt_324_0:
	rolq $51, %r11
dt_325_0:
	setl data+80(%rip)
dt_326_0:
	notb data+40(%rip)
dt_327_0:
	bswap %r15
dt_328_0:
	bswap %r13
dt_329_0:
	leal -2439(%r13,%rdi,4), %edi
dt_330_0:
	sarb %cl, %al
dt_331_0:
	xorb $211, %bh
dt_332_0:
	subb $199, %r8b
dt_333_0:
	cltq
dt_334_0:
	bswap %r13d
dt_335_0:
	movl $586, %ebp
dt_335_1:
	cltd
dt_335_2:
	idivl %ebp
dt_336_0:
	movl $502, %r11d
dt_336_1:
	xor %edx, %edx
dt_336_2:
	divl %r11d
dt_337_0:
	sbbq %r13, data+160(%rip)
dt_338_0:
	addb $24, %al
dt_339_0:
	cmovnol %r11d, %r8d
dt_340_0:
	xchgb %dil, %bl
dt_341_0:
	cwtd
dt_342_0:
	cmpb $31, %al
dt_343_0:
	imulw %r8w, %di
dt_344_0:
	orb %r9b, %r13b
dt_345_0:
	xaddq %r13, %rbp
dt_346_0:
	xaddq %rcx, %rdi
dt_347_0:
	xorb $238, %bl
dt_348_0:
	btcq %r9, %r10
dt_349_0:
	setle %r9b
dt_350_0:
	imull %r11d, %r14d
dt_351_0:
	cmpq %r15, %r15
dt_352_0:
	mulb %al
dt_353_0:
	rcrq %rsi
dt_354_0:
	btrw $78, %r10w
dt_355_0:
	decw %bp
dt_356_0:
	bswap %r12
dt_357_0:
	bsrq %rcx, %rbx
dt_358_0:
	cmpxchgl %edx, %ebx
dt_359_0:
	clc
dt_360_0:
	setge data+168(%rip)
dt_361_0:
	imulq %r10
dt_362_0:
	shrdl $15, %ecx, data+88(%rip)
dt_363_0:
	movq $23, %r8
dt_363_1:
	xor %edx, %edx
dt_363_2:
	divq %r8
dt_364_0:
	movsbq %r9b, %rax
dt_365_0:
	bswap %r9d
dt_366_0:
	andb $47, %dh
dt_367_0:
	sarl %cl, %r10d
dt_368_0:
	bsfq %rbp, %r10
dt_369_0:
	cmovnsl %ecx, %ecx
dt_370_0:
	subw %ax, %r9w
dt_371_0:
	movzwl %bp, %r12d
dt_372_0:
	movb %r10b, data+16(%rip)
dt_373_0:
	xorl %r15d, data+96(%rip)
dt_374_0:
	andb $124, %ch
dt_375_0:
	orl data+88(%rip), %ebx
dt_376_0:
	rolb $36, data+72(%rip)
dt_377_0:
	bswap %r13
dt_378_0:
	cmc
dt_379_0:
	btcw $59, %r12w
dt_380_0:
	bswap %r12
dt_381_0:
	notb data+48(%rip)
dt_382_0:
	imull %r8d, %ebx
dt_383_0:
	testq %rcx, %r12
dt_384_0:
	bswap %eax
dt_385_0:
	setc %cl
dt_386_0:
	andw %r13w, %bx
dt_387_0:
	testq %rdi, %rcx
dt_388_0:
	testq %r10, %r15
dt_389_0:
	leal 1806(%r14,%r14,8), %r14d
dt_390_0:
	setc %dil
dt_391_0:
	xorb $3, %ch
dt_392_0:
	movswl %r13w, %ebp
dt_393_0:
	movq %rbp, data+24(%rip)
dt_394_0:
	lzcntl %r14d, %r8d
dt_395_0:
	notw data+96(%rip)
dt_396_0:
	bswap %r11d
dt_397_0:
	testl %ebp, %edi
dt_398_0:
	addb $116, %dh
dt_399_0:
	setc %dl
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0xecb5644547816f3b
	.quad 0x26a17b0831cf82e8
	.quad 0xf3cea601c6dc2546
	.quad 0x0cec4bfc37e2af95
	.quad 0x2017ed3d6bb45f45
	.quad 0xebcd620bb608186d
	.quad 0x15b9bf0f69518a43
	.quad 0x5b210faf204e8a65
	.quad 0xd1480e64c01822e6
	.quad 0x4cd49844245282ea
	.quad 0xf5f0e54dc27f0dc1
	.quad 0x5b20b862c9b710f4
	.quad 0x5e9921202d1e93be
	.quad 0x124cad4a7b5079b8
	.quad 0xf88f32ebc499edc2
	.quad 0xdd1bfb12ed44afee
	.quad 0x6f9325f26e816ce4
	.quad 0x20a4602a388fb93a
	.quad 0x3abb432e090be261
	.quad 0xddb8e082f4b0ca96
	.quad 0x51adf08718118c79
	.quad 0x1a49ae76df684f15
	.quad 0x07da0e5084158658
	.quad 0xaf0d1ad786a8637c
	.quad 0xd23365ff6f178d99
	.quad 0x4a38bbabf4f354ad
	.quad 0x52b1c85e1cfd8de3
	.quad 0x0576d3233d4949ea
	.quad 0x9af479d0ac0015d7
	.quad 0x79eef3ca556be021
	.quad 0x0495465627a5df59
	.quad 0x15989ebecfa4eeb9
