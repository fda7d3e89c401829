	.globl _start
	.text
_start:
	movabsq $0xffff, %rax
	movabsq $0x3f7797067f71086d, %rcx
	movabsq $1, %rdx
	movabsq $0x8000, %rbx
	movabsq $0xffffffff, %rbp
	movabsq $0xef5b05d973ec2709, %rsi
	movabsq $0x68d35cc66a383103, %rdi
	movabsq $0xff, %r8
	movabsq $0x7fffffff, %r9
	movabsq $0x8000000000000000, %r10
	movabsq $0x7fffffffffffffff, %r11
	movabsq $0x7f, %r12
	movabsq $0x7fffffff, %r13
	movabsq $0x80, %r14
	movabsq $0x7f, %r15
	pushq $2241
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	movsbl %r14b, %ebx
dt_1_0:
	leal -789(%rdi,%r9,8), %r11d
dt_2_0:
	cmpxchgl %ebp, %eax
dt_3_0:
	xorl %eax, %r9d
dt_4_0:
	shrl $6, data+144(%rip)
dt_5_0:
	negl data+72(%rip)
dt_6_0:
	leal -196(%rax,%rdx,4), %edx
dt_7_0:
	xaddb %r15b, %r11b
dt_8_0:
	tzcntl %r8d, %ebp
dt_9_0:
	shldw $1, %bp, %bp
dt_10_0:
	testb %r12b, %r12b
dt_11_0:
	cmpxchgb %r9b, data+32(%rip)
dt_12_0:
	cmpxchgq %rdx, data+168(%rip)
dt_13_0:
	leaq -1432(%rax,%rdi,8), %rcx
dt_14_0:
	xaddq %r13, data+184(%rip)
dt_15_0:
	movw %si, %ax
dt_16_0:
	testq %rdi, %r15
dt_17_0:
	subb $177, %ah
dt_18_0:
	orb data+64(%rip), %r11b
dt_19_0:
	bsrw %bp, %bp
dt_20_0:
	cmovol %r11d, %ebx
dt_21_0:
	mulb %cl
dt_22_0:
	sbbb data+16(%rip), %r15b
dt_23_0:
	tzcntl %edx, %edi
dt_24_0:
	incw %si
dt_25_0:
	xaddq %rbp, data+64(%rip)
dt_26_0:
	shrdq $62, %rax, data+144(%rip)
dt_27_0:
	movzbq %r8b, %r12
dt_28_0:
	notq %r8
dt_29_0:
	lzcntl %r12d, %r9d
dt_30_0:
	shll %r14d
dt_31_0:
	movzwq %ax, %rsi
dt_32_0:
	addb $143, %al
dt_33_0:
	cmpxchgw %r8w, %r8w
dt_34_0:
	leaq 678(%rbx,%r14,2), %r15
dt_35_0:
	andb $197, %bh
dt_36_0:
	tzcntq %r15, %rdx
dt_37_0:
	imull %ebx
dt_38_0:
	shldw $0, %r10w, data+184(%rip)
dt_39_0:
	testq %rax, %rdx
dt_40_0:
	addb $200, %al
dt_41_0:
	xaddw %ax, %r11w
dt_42_0:
	cmpxchgl %eax, %r12d
dt_43_0:
	leaq -1900(%r13,%r10,4), %r13
dt_44_0:
	movl $481, %ebp
dt_44_1:
	xor %edx, %edx
dt_44_2:
	divl %ebp
dt_45_0:
	leaq -2057(%rbp,%r15,8), %rdi
dt_46_0:
	shldl %cl, %ebp, data+168(%rip)
dt_47_0:
	bswap %r11
dt_48_0:
	testl %r12d, %r9d
dt_49_0:
	movzbq %dil, %r15
dt_50_0:
	movq $830, %rdi
dt_50_1:
	xor %edx, %edx
dt_50_2:
	divq %rdi
dt_51_0:
	sahf
dt_52_0:
	testw %r15w, %bp
dt_53_0:
	sete %r13b
dt_54_0:
	bsfw %ax, %cx
dt_55_0:
	rcrw data+176(%rip)
dt_56_0:
	testl %r13d, %ecx
dt_57_0:
	cmpxchgw %r10w, %cx
dt_58_0:
	cmpxchgl %r15d, %edx
dt_59_0:
	testl %ebp, %r12d
dt_60_0:
	andq %rdi, %r14
dt_61_0:
	cqto
dt_62_0:
	shldl %cl, %edi, data+32(%rip)
dt_63_0:
	shrdw $2, %r13w, data+72(%rip)
dt_64_0:
	adcw %r12w, data+88(%rip)
dt_65_0:
	bsfw %r13w, %dx
dt_66_0:
	shldq %cl, %rbp, data+32(%rip)
dt_67_0:
	subb $29, %dl
dt_68_0:
	andw %r10w, data+112(%rip)
dt_69_0:
	cwtl
dt_70_0:
	testw %r9w, %ax
dt_71_0:
	testw %r8w, %bx
dt_72_0:
	testq %rbx, %rbp
dt_73_0:
	bswap %r8
dt_74_0:
	sarq %cl, %rdx
dt_75_0:
	rorl %r9d
dt_76_0:
	cltd
dt_77_0:
	setbe %r12b
dt_78_0:
	imull %r10d
dt_79_0:
	sbbq $-875184204, %r14
dt_80_0:
	andq data+80(%rip), %rdx
dt_81_0:
	xaddl %edi, data+144(%rip)
dt_82_0:
	testb %cl, %bl
dt_83_0:
	imulw %r15w, %r13w
dt_84_0:
	orl %edx, data+40(%rip)
dt_85_0:
	sbbl data+32(%rip), %esi
dt_86_0:
	cmovlq %r10, %rdx
dt_87_0:
	lahf
dt_88_0:
	tzcntw %r8w, %r14w
dt_89_0:
	cmpw %r15w, %r14w
dt_90_0:
	bswap %ebp
dt_91_0:
	cmpxchgb %r12b, data+136(%rip)
dt_92_0:
	cmpxchgb %al, data+0(%rip)
dt_93_0:
	subb $57, %bl
dt_94_0:
	movzbl %sil, %r11d
dt_95_0:
	subb %sil, %sil
dt_96_0:
	movl $340, %r15d
dt_96_1:
	cltd
dt_96_2:
	idivl %r15d
dt_97_0:
	decw data+160(%rip)
dt_98_0:
	movq $819, %rsi
dt_98_1:
	cqto
dt_98_2:
	idivq %rsi
dt_99_0:
	subb $148, %dh
dt_100_0:
	cmpxchgw %r15w, %r10w
dt_101_0:
	testw %r8w, %r14w
dt_102_0:
	andl %ebx, %edi
dt_103_0:
	movq $374, %rbx
dt_103_1:
	xor %edx, %edx
dt_103_2:
	divq %rbx
dt_104_0:
	cmpxchgl %edi, %r13d
dt_105_0:
	xorl %edx, data+104(%rip)
dt_106_0:
	bswap %r13d
dt_107_0:
	andb $195, %bh
dt_109_0:
	popcntw %ax, %r14w
dt_110_0:
	testq %rsi, %rax
dt_111_0:
	cmpl $1774616922, %r12d
dt_112_0:
	bswap %r13
dt_113_0:
	sbbq $97106296, %r9
dt_114_0:
	cmpxchgb %r8b, %r10b
dt_115_0:
	sbbb %al, %r15b
dt_116_0:
	negq data+24(%rip)
dt_117_0:
	cmpxchgb %dil, %r14b
dt_118_0:
	cmpb $78, %ch
dt_119_0:
	btrl %ebp, %r10d
dt_120_0:
	bswap %r8d
dt_121_0:
	leaq 1972(%rcx,%r12,8), %rdx
dt_122_0:
	bsfl %edx, %r8d
dt_123_0:
	sbbb %r11b, %r14b
dt_124_0:
	popcntw %bp, %ax
dt_125_0:
	testl %ebp, %ebx
dt_126_0:
	setc %r10b
dt_127_0:
	testl %ecx, %r10d
dt_128_0:
	setno %r15b
dt_129_0:
	cmpxchgq %r10, %r15
dt_130_0:
	cbtw
dt_131_0:
	imulq %rsi
dt_132_0:
	bsfw %r9w, %r15w
dt_133_0:
	subb $102, %bl
dt_134_0:
	lzcntq %rdx, %r10
dt_135_0:
	bswap %r9d
dt_136_0:
	bswap %r13
dt_137_0:
	movzbq %r14b, %rbp
dt_138_0:
	xaddq %r9, %rbx
dt_139_0:
	movzbq %al, %r12
dt_140_0:
	xaddl %r15d, data+104(%rip)
dt_141_0:
	movzwl %r15w, %edx
dt_142_0:
	cmpb %r9b, data+56(%rip)
dt_143_0:
	cmc
dt_144_0:
	btl %r11d, %r8d
dt_145_0:
	cmpq data+64(%rip), %r8
dt_146_0:
	movzwq %si, %rax
dt_147_0:
	bsfl %eax, %r9d
dt_148_0:
	shrdw $5, %bp, %bx
dt_149_0:
	popcntq %r10, %rsi
dt_150_0:
	bsrl %r15d, %r11d
dt_151_0:
	negl data+0(%rip)
dt_152_0:
	bswap %rbx
dt_153_0:
	cmc
dt_154_0:
	cmovlew %r11w, %dx
dt_155_0:
	lzcntl %r9d, %r13d
dt_156_0:
	orb %bl, %r9b
dt_157_0:
	stc
dt_158_0:
	subl $103102544, %r8d
dt_159_0:
	adcb %r13b, %dl
dt_160_0:
	adcw $29920, %r12w
dt_161_0:
	leal 1239(%rbp,%rcx,8), %r11d
dt_162_0:
	stc
dt_163_0:
	rclb data+8(%rip)
dt_164_0:
	movzwq %r14w, %r14
dt_165_0:
	cmovnow %r14w, %r13w
dt_166_0:
	stc
dt_167_0:
	btl %eax, %r11d
dt_168_0:
	bswap %r12d
dt_169_0:
	subl data+152(%rip), %r8d
dt_170_0:
	imulq %rcx
dt_171_0:
	cqto
dt_172_0:
	tzcntl %ebp, %ecx
dt_173_0:
	cmc
dt_174_0:
	bsfq %r9, %r11
dt_175_0:
	lzcntl %r9d, %ebp
dt_176_0:
	sahf
dt_177_0:
	movslq %esi, %rax
dt_178_0:
	testq %r8, %rdx
dt_179_0:
	testq %rcx, %r9
dt_181_0:
	shldw $16, %di, %r12w
dt_182_0:
	xaddq %r14, data+176(%rip)
dt_183_0:
	xchgb %cl, %r15b
dt_184_0:
	movq $926, %rcx
dt_184_1:
	cqto
dt_184_2:
	idivq %rcx
dt_185_0:
	adcb %dl, %r10b
dt_186_0:
	leal 1347(%rcx,%rdi,1), %esi
dt_187_0:
	popcntq %r15, %r11
dt_188_0:
	cwtl
dt_189_0:
	incl data+64(%rip)
dt_190_0:
	xaddl %r14d, %r12d
dt_191_0:
	tzcntq %r10, %r12
dt_192_0:
	xchgb %r9b, %al
dt_193_0:
	bswap %r10
dt_194_0:
	bsfq %r13, %rdi
dt_195_0:
	imulw $11346, %r15w, %cx
dt_196_0:
	andb $145, %bh
dt_197_0:
	leaq 1626(%rdx,%rsi,2), %r12
dt_198_0:
	cmpxchgw %r11w, data+136(%rip)
dt_199_0:
	decb data+136(%rip)
dt_200_0:
	bsrq %rdx, %r13
dt_201_0:
	subw $1186, %bp
dt_202_0:
	cwtd
dt_203_0:
	xaddq %rax, %rdx
dt_204_0:
	shrdl $57, %eax, %r15d
dt_205_0:
	cwtl
dt_206_0:
	testl %r9d, %r10d
dt_207_0:
	btsq %rdi, %rsi
dt_208_0:
	negw data+48(%rip)
dt_209_0:
	incl %r9d
dt_210_0:
	subw %r15w, %bp
dt_211_0:
	movw %bx, %di
dt_212_0:
	popcntw %ax, %r10w
dt_213_0:
	rolb %cl, data+112(%rip)
dt_214_0:
	leaq 24(%r14,%r14,4), %rax
dt_215_0:
	sarq %cl, data+168(%rip)
dt_216_0:
	sbbb %dl, %r14b
dt_217_0:
	bsfw %r13w, %r15w
dt_218_0:
	lahf
dt_219_0:
	movq %r13, %rax
dt_220_0:
	orw $48310, %r10w
dt_221_0:
	popcntl %ebx, %ebx
dt_223_0:
	leaq -1942(%r8,%rax,1), %r14
dt_224_0:
	cmpw %si, data+96(%rip)
dt_225_0:
	imulw $17353, %si, %ax
dt_226_0:
	bsfl %eax, %r12d
dt_227_0:
	bsfq %rdi, %r13
dt_228_0:
	sahf
dt_229_0:
	rcll %cl, data+168(%rip)
dt_230_0:
	decb data+72(%rip)
dt_231_0:
	setb %r12b
dt_232_0:
	sarl %cl, %edx
dt_233_0:
	bswap %rbp
dt_234_0:
	notb %dl
dt_235_0:
	incb %cl
dt_236_0:
	andb %sil, %r15b
dt_237_0:
	btq $52, %r13
dt_238_0:
	subl %r12d, %r15d
dt_239_0:
	andl $468509721, %ebx
dt_240_0:
	bswap %r11
dt_241_0:
	cmovbew %r10w, %cx
dt_242_0:
	movswl %r12w, %ebx
dt_243_0:
	addb $215, %ch
dt_244_0:
	movslq %r8d, %r13
dt_245_0:
	btrl $49, %r8d
dt_246_0:
	subl $-104749872, %esi
dt_248_0:
	subb $244, %al
dt_249_0:
	cmovnsw %r15w, %cx
dt_250_0:
	movq %rsi, %r10
dt_251_0:
	shrdw $16, %r13w, data+168(%rip)
dt_252_0:
	sbbb data+16(%rip), %bl
dt_254_0:
	cmpxchgw %r8w, %r10w
dt_255_0:
	cmpxchgw %r11w, %si
dt_256_0:
	btcq %r8, %r10
dt_257_0:
	orl data+8(%rip), %r12d
dt_258_0:
	xorl $579076231, %r10d
dt_259_0:
	mulb %dl
dt_260_0:
	xaddw %bx, %r11w
dt_261_0:
	sahf
dt_262_0:
	btl $30, %ecx
dt_263_0:
	cmc
dt_264_0:
	sarl %cl, data+184(%rip)
dt_265_0:
	movzbq %bl, %rcx
dt_266_0:
	andb %r13b, %r8b
dt_267_0:
	movsbq %r14b, %rsi
dt_268_0:
	shrdw $15, %r13w, data+24(%rip)
dt_269_0:
	orl %r12d, %edx
dt_270_0:
	xaddl %r12d, %ebp
dt_271_0:
	cmpq $209166346, %r9
dt_272_0:
	andl data+32(%rip), %edi
dt_273_0:
	movw %r10w, %r10w
dt_274_0:
	cmpxchgb %r11b, data+80(%rip)
dt_275_0:
	shrq %cl, %rcx
dt_276_0:
	shldw $13, %r8w, %r11w
dt_277_0:
	cmpq $-822063532, %r10
dt_278_0:
	sbbb $58, %al
dt_279_0:
	movb %r10b, %r15b
dt_280_0:
	subb $118, %dl
dt_281_0:
	sbbb data+24(%rip), %r13b
dt_282_0:
	notl data+8(%rip)
dt_283_0:
	cmpxchgb %r8b, %dil
dt_284_0:
	imull $1518984226, %r11d, %r8d
dt_285_0:
	shll %cl, %r15d
dt_286_0:
	cltq
dt_287_0:
	cmpq data+176(%rip), %rdx
dt_288_0:
	testq %r13, %r14
dt_289_0:
	bsfw %bx, %r15w
dt_290_0:
	cmpb $193, %bh
dt_291_0:
	cmpb $189, %dh
dt_292_0:
	addq $264245470, %r11
dt_293_0:
	leaq 104(%rbp,%r15,8), %rdi
dt_294_0:
	imulq %rax, %rbp
dt_295_0:
	shldw $14, %r9w, %di
dt_296_0:
	bsfw %r11w, %ax
dt_297_0:
	btsq %rbx, %rcx
dt_298_0:
	imulw %bp, %di
dt_299_0:
	cmovaeq %rsi, %rdi
dt_300_0:
	bsrq %r13, %r9
dt_301_0:
	orb %dil, %r13b
dt_302_0:
	adcq %rbx, %r12
dt_303_0:
	bsfq %r8, %rax
dt_304_0:
	testl %r9d, %ebx
dt_305_0:
	cwtl
dt_306_0:
	rolw $36, %bx
dt_307_0:
	orw $30193, %si
dt_308_0:
	btcq $14, %rsi
dt_309_0:
	movzwl %r15w, %r14d
dt_310_0:
	movzwq %ax, %rdi
dt_311_0:
	cmpxchgw %r10w, %r8w
dt_312_0:
	incl %esi
dt_313_0:
	roll %cl, %r10d
dt_314_0:
	btq %r9, %r10
dt_315_0:
	tzcntw %dx, %r8w
dt_316_0:
	cmc
dt_317_0:
	addq %r15, data+16(%rip)
dt_318_0:
	setc %r14b
dt_319_0:
	imulq $80689233, %rsi, %rdx
dt_320_0:
	tzcntl %r13d, %r8d
dt_321_0:
	btrw %r12w, %r10w
dt_322_0:
	rorw $0, data+32(%rip)
dt_323_0:
	xaddw %di, %ax
dt_324_0:
	xorq %rcx, %rax
dt_325_0:
	sahf
dt_326_0:
	movslq %r11d, %r15
dt_327_0:
	shldl %cl, %r10d, data+48(%rip)
dt_328_0:
	adcq %r8, %rcx
dt_329_0:
	bsrq %rsi, %r13
dt_330_0:
	leal 1619(%rcx,%r14,2), %ebx
dt_331_0:
	xaddq %rax, %r12
dt_332_0:
	leal -1929(%rdx,%r15,2), %r11d
dt_333_0:
	subw data+160(%rip), %r14w
dt_334_0:
	bswap %r8
dt_335_0:
	subq $374977523, %rdx
dt_336_0:
	cmpxchgb %r8b, %r14b
dt_337_0:
	cmovnel %r15d, %eax
dt_338_0:
	negl data+64(%rip)
dt_339_0:
	bsfw %r12w, %r12w
dt_340_0:
	xchgb %r12b, %al
dt_341_0:
	shrdl $55, %eax, data+184(%rip)
dt_342_0:
	cmovsw %r10w, %di
dt_343_0:
	bswap %r9
dt_344_0:
	btcl %edi, %r13d
dt_345_0:
	adcl %r15d, %r12d
dt_346_0:
	testq %r14, %rsi
dt_347_0:
	adcq data+88(%rip), %rcx
dt_348_0:
	leaq -1289(%rbx,%rdx,1), %r13
dt_349_0:
	popcntl %r15d, %r12d
dt_350_0:
	notl data+32(%rip)
dt_351_0:
	xorb $211, %al
dt_352_0:
	cmpl %r9d, %ecx
dt_353_0:
	movswl %r8w, %r14d
dt_354_0:
	setc %r14b
dt_355_0:
	testl %r12d, %ecx
dt_356_0:
	xorw data+136(%rip), %r14w
dt_357_0:
	negl %r12d
dt_358_0:
	cmpxchgl %r9d, data+48(%rip)
dt_359_0:
	rorb $20, %r11b
dt_360_0:
	cmovgw %r12w, %r11w
dt_361_0:
	movb %al, data+160(%rip)
dt_362_0:
	btrq %r13, %r15
dt_363_0:
	tzcntq %rcx, %r13
dt_364_0:
	addl $-82396303, %r10d
dt_365_0:
	cmoval %ecx, %edx
dt_366_0:
	rorb %cl, %r15b
dt_367_0:
	popcntw %ax, %r14w
dt_368_0:
	cmovgew %bp, %cx
dt_369_0:
	mulb %dl
dt_370_0:
	cmpxchgq %rdx, %rsi
dt_371_0:
	xorb $245, %cl
dt_372_0:
	leaq 1108(%rdi,%rax,2), %rcx
dt_373_0:
	testw %r8w, %si
dt_374_0:
	movq $84, %rdi
dt_374_1:
	cqto
dt_374_2:
	idivq %rdi
dt_375_0:
	setc %r14b
dt_376_0:
	addb %bl, data+160(%rip)
dt_377_0:
	andl data+160(%rip), %eax
dt_378_0:
	sbbq %r8, %rdi
dt_379_0:
	lzcntw %ax, %dx
dt_380_0:
	leal 781(%r15,%rax,1), %eax
dt_381_0:
	addl data+56(%rip), %eax
dt_382_0:
	rcrq $13, data+120(%rip)
dt_383_0:
	cmpl %esi, data+16(%rip)
dt_384_0:
	cmpxchgw %r12w, %bp
dt_385_0:
	popcntw %r8w, %r11w
dt_386_0:
	adcw %ax, data+40(%rip)
dt_387_0:
	xaddl %edx, data+160(%rip)
dt_388_0:
	cmpq %rbp, data+88(%rip)
dt_389_0:
	bswap %edx
dt_390_0:
	lzcntw %r15w, %r14w
dt_391_0:
	cwtd
dt_392_0:
	orq %r11, data+8(%rip)
dt_393_0:
	bsrq %r10, %rcx
dt_394_0:
	xorb $73, %bh
dt_395_0:
	decb data+184(%rip)
dt_396_0:
	lahf
dt_397_0:
	subq %rcx, %r11
dt_398_0:
	orw %r11w, %cx
dt_399_0:
	xaddb %r9b, %r8b
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0x51b98eb66d80aea1
	.quad 0x72c2e3ebf94d0234
	.quad 0x787e78915aec67c7
	.quad 0x1489756d7ebdc79f
	.quad 0x0f86d3b86bc69140
	.quad 0x84377b5700e871d9
	.quad 0xd4b980b07151ae07
	.quad 0xd6bce5af0b2d35cb
	.quad 0x1f146321fd7159b9
	.quad 0x1e8441da41561a25
	.quad 0xc04d9eac009ccb60
	.quad 0xa7e0749887172401
	.quad 0x11718c8a3cfb43ba
	.quad 0xc509167c1f1a567f
	.quad 0xef660e35fab795c5
	.quad 0x09e9098233f2e02e
	.quad 0x9115ed75bbd03e28
	.quad 0x3eb9646254908278
	.quad 0xdf2ba2f7c5d7feed
	.quad 0x7b423ee8af7b3447
	.quad 0xf785a77e2e229fab
	.quad 0xc72fe9407af97c23
	.quad 0xfadbe53d49fcc663
	.quad 0xf729119b765979d6
	.quad 0x75113987161fe277
	.quad 0xa07f9cbf2ee2fc2b
	.quad 0x5d93379857656f28
	.quad 0xaa825f68cc8ad43f
	.quad 0x57a298199096f369
	.quad 0x91857694d5aacedf
	.quad 0x025c740717469f49
	.quad 0x51547ede0f75e2b9
