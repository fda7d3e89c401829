	.globl _start
	.text
_start:
	movabsq $0x7f, %rax
	movabsq $0x8000, %rcx
	movabsq $0x8000000000000000, %rdx
	movabsq $0x7fffffffffffffff, %rbx
	movabsq $0xffffffff, %rbp
	movabsq $0x7fffffffffffffff, %rsi
	movabsq $0x80000000, %rdi
	movabsq $0xffff, %r8
	movabsq $0xffff, %r9
	movabsq $0x7fffffff, %r10
	movabsq $0xffffffffffffffff, %r11
	movabsq $0xffff, %r12
	movabsq $0x92c699747cef0980, %r13
	movabsq $0, %r14
	movabsq $0x8000000000000000, %r15
	pushq $2196
	popfq
	.globl difftest_start
difftest_start:
dt_0_0:
	rcrq %rdi
dt_1_0:
	imull $130865173, %r8d, %ecx
dt_2_0:
	rorb data+184(%rip)
dt_3_0:
	orl $1425721680, %r9d
dt_4_0:
	leal 617(%r10,%r11,4), %r8d
dt_5_0:
	movzbl %r11b, %ecx
dt_6_0:
	movsbl %cl, %r8d
dt_7_0:
	sbbl %r9d, data+80(%rip)
dt_8_0:
	sarb %r15b
dt_9_0:
	shlb %cl, data+56(%rip)
dt_10_0:
	shldw $14, %bp, %cx
dt_11_0:
	bsfl %esi, %esi
dt_12_0:
	movw %r11w, data+32(%rip)
dt_13_0:
	tzcntw %r12w, %bx
dt_14_0:
	testl %eax, %r8d
dt_15_0:
	notq data+72(%rip)
dt_16_0:
	testl %r8d, %r13d
dt_17_0:
	adcb $25, %r12b
dt_18_0:
	movq %r14, %rbp
dt_19_0:
	lzcntw %r15w, %r8w
dt_20_0:
	btsl $1, %edx
dt_21_0:
	xaddq %rbp, %r10
dt_22_0:
	testw %r14w, %di
dt_23_0:
	testq %rdi, %r9
dt_24_0:
	movb %bl, %dl
dt_25_0:
	addb %r8b, %r11b
dt_26_0:
	rclb $30, data+48(%rip)
dt_27_0:
	sbbw %bp, %r12w
dt_28_0:
	cmpxchgb %dl, data+136(%rip)
dt_29_0:
	xaddq %rcx, %r10
dt_30_0:
	btcw $26, %r9w
dt_31_0:
	cmpxchgl %r8d, data+64(%rip)
dt_32_0:
	setc %cl
dt_33_0:
	decq %r10
dt_34_0:
	movzwl %r11w, %r10d
dt_35_0:
	movzbq %r13b, %r14
dt_36_0:
	subq data+184(%rip), %rbx
dt_37_0:
	movq $981, %rcx
dt_37_1:
	cqto
dt_37_2:
	idivq %rcx
dt_38_0:
	movl $7, %r11d
dt_38_1:
	cltd
dt_38_2:
	idivl %r11d
dt_39_0:
	movw %si, %r15w
dt_40_0:
	leal 746(%r13,%r13,1), %eax
dt_41_0:
	rorq data+64(%rip)
dt_42_0:
	andq %rbp, data+96(%rip)
dt_43_0:
	xorb $179, %ch
dt_44_0:
	subl %r10d, data+112(%rip)
dt_45_0:
	shll %cl, %r12d
dt_46_0:
	xaddq %rbx, data+152(%rip)
dt_47_0:
	rolb %cl, %dl
dt_48_0:
	subb $165, %dl
dt_49_0:
	movw %bp, %r11w
dt_50_0:
	movq $205, %r11
dt_50_1:
	cqto
dt_50_2:
	idivq %r11
dt_51_0:
	testl %r12d, %r10d
dt_52_0:
	lzcntw %r11w, %cx
dt_53_0:
	cmovlew %cx, %cx
dt_54_0:
	xorw $13452, %di
dt_55_0:
	cmovsl %r11d, %r8d
dt_56_0:
	btl $75, %ebp
dt_57_0:
	leaq 1557(%rbx,%rdx,4), %r13
dt_58_0:
	imulq %rax, %rsi
dt_59_0:
	imulw %dx
dt_60_0:
	movb %r9b, data+32(%rip)
dt_61_0:
	adcw $19854, %r11w
dt_62_0:
	sbbl $172940083, %eax
dt_63_0:
	bswap %r14d
dt_64_0:
	sahf
dt_65_0:
	movq %rbp, data+160(%rip)
dt_66_0:
	popcntl %eax, %ebp
dt_67_0:
	orq %r10, %rax
dt_68_0:
	cltd
dt_69_0:
	movzwq %si, %r12
dt_70_0:
	imulq $927257024, %rbx, %r15
dt_71_0:
	bswap %r13
dt_72_0:
	testq %rax, %r13
dt_73_0:
	andb $161, %bh
dt_74_0:
	bswap %r14d
dt_75_0:
	lahf
dt_76_0:
	lzcntw %bp, %r13w
dt_77_0:
	shll data+120(%rip)
dt_78_0:
	xaddb %bl, data+152(%rip)
dt_79_0:
	testw %dx, %r12w
dt_80_0:
	decw %r15w
dt_81_0:
	bsrq %r14, %r10
dt_82_0:
	shrdl %cl, %eax, %esi
dt_83_0:
	cmpxchgl %esi, %edi
dt_84_0:
	xaddq %r14, data+32(%rip)
dt_85_0:
	testb %dl, %r8b
dt_86_0:
	cmpxchgw %r12w, data+112(%rip)
dt_87_0:
	cmpxchgw %cx, %cx
dt_88_0:
	setl %r8b
dt_89_0:
	xaddw %cx, data+136(%rip)
dt_90_0:
	addb %r9b, %r14b
dt_91_0:
	testq %rbx, %rbx
dt_92_0:
	mulb %r8b
dt_93_0:
	shrl $20, data+168(%rip)
dt_94_0:
	orb %r11b, data+176(%rip)
dt_95_0:
	bswap %r10
dt_96_0:
	xorl data+0(%rip), %edi
dt_97_0:
	movw %bx, %cx
dt_98_0:
	cmpw data+96(%rip), %bp
dt_99_0:
	incl %r10d
dt_100_0:
	cmc
dt_101_0:
	xchgb %sil, %r9b
dt_102_0:
	cmpw %dx, %r14w
dt_103_0:
	leal 674(%r8,%r8,8), %ebx
dt_104_0:
	movl $456, %edi
dt_104_1:
	cltd
dt_104_2:
	idivl %edi
dt_105_0:
	lzcntw %bx, %cx
dt_106_0:
	bswap %r13d
dt_107_0:
	cmpxchgl %r10d, data+184(%rip)
dt_108_0:
	xaddw %r10w, data+176(%rip)
dt_109_0:
	tzcntl %r10d, %r10d
dt_110_0:
	movq $932, %r13
dt_110_1:
	cqto
dt_110_2:
	idivq %r13
dt_111_0:
	xaddq %rsi, data+104(%rip)
dt_112_0:
	movl %eax, data+48(%rip)
dt_113_0:
	shldl $40, %r10d, %r15d
dt_114_0:
	setc %dl
dt_115_0:
	sbbb data+152(%rip), %al
dt_116_0:
	rcrw $13, %r14w
dt_117_0:
	andl %r13d, data+120(%rip)
dt_118_0:
	xorb $72, %bl
dt_119_0:
	sbbw %bx, data+160(%rip)
dt_120_0:
	movb %r14b, %r15b
dt_121_0:
	movb %cl, data+32(%rip)
dt_122_0:
	sbbq %rbx, %r11
dt_123_0:
	shlb %r12b
dt_124_0:
	movl %ebp, %r12d
dt_125_0:
	decl %r11d
dt_126_0:
	tzcntw %r12w, %bp
dt_127_0:
	bswap %r15
dt_128_0:
	bswap %rcx
dt_129_0:
	addw data+88(%rip), %r13w
dt_130_0:
	sbbq data+72(%rip), %r10
dt_131_0:
	bswap %rdi
dt_132_0:
	mulb %r11b
dt_133_0:
	btrq %r12, %rax
dt_134_0:
	sarq %r11
dt_135_0:
	decw %bp
dt_136_0:
	xorb $248, %dh
dt_137_0:
	tzcntw %dx, %r14w
dt_138_0:
	leal -2467(%r13,%rcx,2), %r9d
dt_139_0:
	cmpxchgq %r11, data+40(%rip)
dt_140_0:
	cmovel %ecx, %r9d
dt_141_0:
	testq %rbx, %rdi
dt_142_0:
	rorl %r15d
dt_143_0:
	shrdl $6, %ebp, %r13d
dt_144_0:
	sbbq data+16(%rip), %rbx
dt_145_0:
	adcw %r8w, %r9w
dt_146_0:
	xorl %esi, %ebp
dt_147_0:
	shrdw $14, %r14w, %di
dt_148_0:
	leal -342(%r14,%r10,8), %eax
dt_149_0:
	rolq data+56(%rip)
dt_150_0:
	xorb $67, %bh
dt_151_0:
	popcntq %r14, %r14
dt_152_0:
	negw %si
dt_153_0:
	xaddb %bl, %bl
dt_154_0:
	movl $232, %r12d
dt_154_1:
	xor %edx, %edx
dt_154_2:
	divl %r12d
dt_155_0:
	andb $65, %dh
dt_156_0:
	notb %r11b
dt_157_0:
	leal -1791(%r15,%r9,2), %eax
dt_158_0:
	cmovel %r10d, %ecx
dt_159_0:
	movq $964, %r11
dt_159_1:
	xor %edx, %edx
dt_159_2:
	divq %r11
dt_160_0:
	cmpb $250, %ch
dt_161_0:
	cmpxchgl %eax, %ebx
dt_162_0:
	xaddl %r9d, %r11d
dt_163_0:
	btsl %r14d, %eax
dt_164_0:
	xorb $35, %cl
dt_165_0:
	movswq %r12w, %rdx
dt_166_0:
	andb $65, %cl
dt_167_0:
	imulq $1115934246, %r10, %rax
dt_168_0:
	cmpb $121, %ch
dt_169_0:
	cmpxchgb %bl, data+40(%rip)
dt_170_0:
	stc
dt_171_0:
	leal -2141(%r9,%r15,4), %r15d
dt_172_0:
	shrdw $2, %dx, %bp
dt_173_0:
	notl data+160(%rip)
dt_174_0:
	movl $102, %r12d
dt_174_1:
	xor %edx, %edx
dt_174_2:
	divl %r12d
dt_175_0:
	cmc
dt_176_0:
	shldw $16, %r14w, data+16(%rip)
dt_177_0:
	mulq %rax
dt_178_0:
	testb %r11b, %dl
dt_179_0:
	shldq $30, %r9, data+8(%rip)
dt_180_0:
	imulq %r9
dt_181_0:
	adcl data+48(%rip), %ebp
dt_182_0:
	shldq %cl, %rsi, %rax
dt_183_0:
	addb %dil, %al
dt_184_0:
	movq %rax, %r14
dt_185_0:
	cmpxchgw %dx, data+24(%rip)
dt_186_0:
	tzcntq %r9, %r14
dt_187_0:
	movslq %ecx, %rsi
dt_188_0:
	cltd
dt_189_0:
	cmovnol %eax, %r9d
dt_190_0:
	movq $138, %r9
dt_190_1:
	cqto
dt_190_2:
	idivq %r9
dt_191_0:
	leal -1021(%r15,%r12,1), %esi
dt_192_0:
	subb $91, %dl
dt_193_0:
	subq %r10, %r11
dt_194_0:
	bswap %r13
dt_195_0:
	xorq %r12, %rbx
dt_196_0:
	sbbq %r9, %r11
dt_197_0:
	cmpxchgw %dx, %r15w
dt_198_0:
	orq data+104(%rip), %r14
dt_199_0:
	cmpxchgq %r10, %rbp
dt_200_0:
	cmovsq %r12, %rbx
dt_201_0:
	cmpl %r15d, data+176(%rip)
dt_202_0:
	adcq data+152(%rip), %r9
dt_203_0:
	rcrw $39, %dx
dt_204_0:
	addb $172, %sil
dt_205_0:
	bswap %r15d
dt_206_0:
	xaddb %r10b, data+8(%rip)
dt_207_0:
	lzcntw %bp, %r11w
dt_208_0:
	subl %esi, %r14d
dt_209_0:
	xaddl %r10d, data+8(%rip)
dt_210_0:
	addq %r13, %rbx
dt_211_0:
	cmpxchgl %r13d, data+24(%rip)
dt_212_0:
	subq data+24(%rip), %r8
dt_213_0:
	btsq %r9, %r11
dt_214_0:
	adcw data+144(%rip), %dx
dt_215_0:
	bsrl %r8d, %esi
dt_216_0:
	andq $343155376, %rcx
dt_217_0:
	addl %ecx, data+104(%rip)
dt_218_0:
	subw %r11w, %r9w
dt_219_0:
	bsfq %r14, %rbp
dt_220_0:
	leal 1583(%rdx,%r8,8), %esi
dt_221_0:
	xaddq %rbp, %r11
dt_222_0:
	rorb $17, %cl
dt_223_0:
	negb %cl
dt_224_0:
	xorb $230, %bh
dt_225_0:
	mulb %al
dt_226_0:
	movl %edx, data+40(%rip)
dt_227_0:
	xorl %edx, %r8d
dt_228_0:
	shldl $0, %r8d, data+96(%rip)
dt_229_0:
	btsq %r15, %rdi
dt_230_0:
	movsbl %al, %ecx
dt_231_0:
	subb $63, %r9b
dt_232_0:
	sbbl $799620579, %r11d
dt_233_0:
	imull %r10d, %r8d
dt_234_0:
	subw $29838, %r14w
dt_235_0:
	leal 922(%rdi,%rax,8), %r10d
dt_236_0:
	movb %r9b, %r13b
dt_237_0:
	decl %edi
dt_238_0:
	lzcntw %r8w, %r15w
dt_239_0:
	movq $584, %r14
dt_239_1:
	cqto
dt_239_2:
	idivq %r14
dt_240_0:
	andw %si, %r14w
dt_241_0:
	cmovaeq %r11, %rdx
dt_242_0:
	xorq $683796580, %rsi
dt_243_0:
	testb %r9b, %sil
dt_244_0:
	adcl data+0(%rip), %edx
dt_245_0:
	cmpxchgw %r14w, data+56(%rip)
dt_246_0:
	movb %r10b, %r14b
dt_247_0:
	imulw %di, %r9w
dt_248_0:
	negb %r8b
dt_249_0:
	xchgb %r11b, %dil
dt_250_0:
	shlq %cl, data+120(%rip)
dt_251_0:
	imulw $24288, %si, %r14w
dt_252_0:
	addb data+88(%rip), %r14b
dt_253_0:
	subb $176, %r14b
dt_254_0:
	subb $15, %bl
dt_255_0:
	shrdw $7, %r8w, %r15w
dt_256_0:
	movq $320, %r10
dt_256_1:
	cqto
dt_256_2:
	idivq %r10
dt_257_0:
	movq %r8, %r10
dt_258_0:
	imulq %rdx, %r10
dt_259_0:
	andb $65, %al
dt_260_0:
	xaddl %r9d, %edx
dt_261_0:
	subw %r9w, %r10w
dt_262_0:
	lzcntq %r9, %rsi
dt_263_0:
	andb $169, %dl
dt_264_0:
	stc
dt_265_0:
	cltd
dt_266_0:
	orw $30525, %r12w
dt_267_0:
	btsq $2, %r15
dt_268_0:
	leaq 435(%r14,%rbx,1), %r10
dt_269_0:
	subb data+64(%rip), %r11b
dt_270_0:
	xorl $1101069777, %r13d
dt_271_0:
	btsl $8, %ebx
dt_272_0:
	addl data+120(%rip), %r9d
dt_273_0:
	cmpb $122, %bl
dt_274_0:
	movzbl %bl, %edi
dt_275_0:
	andl %r8d, %esi
dt_276_0:
	setg data+56(%rip)
dt_277_0:
	andb %r13b, data+24(%rip)
dt_278_0:
	shrdw $12, %r11w, data+48(%rip)
dt_279_0:
	testw %r12w, %bx
dt_280_0:
	shrdw $1, %r8w, %cx
dt_281_0:
	movzbl %r9b, %r9d
dt_282_0:
	movswl %r11w, %r13d
dt_283_0:
	setc %cl
dt_284_0:
	cmpxchgq %rbx, %r14
dt_285_0:
	movb %r9b, data+168(%rip)
dt_286_0:
	xaddl %edx, data+40(%rip)
dt_287_0:
	cmovpl %r12d, %ebp
dt_288_0:
	movq %rsi, data+184(%rip)
dt_289_0:
	shldl $44, %r12d, %r9d
dt_290_0:
	cwtd
dt_291_0:
	orq data+136(%rip), %rdi
dt_292_0:
	cbtw
dt_293_0:
	clc
dt_294_0:
	andl $1740082868, %edx
dt_295_0:
	xorq data+16(%rip), %rbx
dt_296_0:
	bswap %rdi
dt_297_0:
	movl $370, %ecx
dt_297_1:
	xor %edx, %edx
dt_297_2:
	divl %ecx
dt_298_0:
	mulb %r9b
dt_299_0:
	cmovpq %rdi, %rdi
dt_300_0:
	cmpb $167, %ch
dt_301_0:
	subq %r15, data+80(%rip)
dt_302_0:
	lzcntl %ebx, %r14d
dt_303_0:
	adcq $-327752952, %r9
dt_304_0:
	cmc
dt_305_0:
	bswap %r9d
dt_306_0:
	btq %r11, %r10
dt_307_0:
	leaq -1695(%r12,%rdi,2), %r14
dt_308_0:
	addb $107, %ah
dt_309_0:
	shldl %cl, %ebx, data+64(%rip)
dt_310_0:
	cwtl
dt_311_0:
	cmpxchgb %r8b, %dil
dt_312_0:
	imulw %r9w, %r12w
dt_313_0:
	xaddq %r14, data+160(%rip)
dt_314_0:
	cmoval %edx, %eax
dt_315_0:
	bswap %r10d
dt_316_0:
	orq %rsi, %r14
dt_317_0:
	sahf
dt_318_0:
	seto %r14b
dt_319_0:
	sbbw %r9w, data+32(%rip)
dt_320_0:
	imulq $5093586, %rdi, %r13
dt_321_0:
	setno %r15b
dt_322_0:
	andw data+40(%rip), %r13w
dt_323_0:
	bswap %r11
dt_324_0:
	stc
dt_325_0:
	cmpq %rbx, data+24(%rip)
dt_326_0:
	addb $26, %al
dt_327_0:
	stc
dt_328_0:
	bswap %rbx
dt_329_0:
	leaq -2047(%r9,%r11,4), %rdx
dt_330_0:
	testw %r14w, %dx
dt_331_0:
	sahf
dt_332_0:
	orl %r12d, %ebx
dt_333_0:
	adcb $230, %r9b
dt_334_0:
	xaddw %r10w, %si
dt_335_0:
	leal -1979(%r11,%rbp,4), %edx
dt_336_0:
	movswl %r14w, %r12d
dt_337_0:
	orw $46964, %di
dt_338_0:
	subl data+32(%rip), %r13d
dt_339_0:
	cmpq %rcx, data+80(%rip)
dt_340_0:
	adcl %ebp, data+120(%rip)
dt_341_0:
	lzcntw %r15w, %bp
dt_342_0:
	orb $159, %r8b
dt_343_0:
	andl %r11d, %r14d
dt_344_0:
	mulb %al
dt_345_0:
	addb $234, %dh
dt_346_0:
	cmpb data+88(%rip), %cl
dt_347_0:
	shldw $11, %bp, data+64(%rip)
dt_348_0:
	btsl $51, %r10d
dt_349_0:
	xaddl %ebx, data+64(%rip)
dt_350_0:
	sbbq %r13, %rcx
dt_351_0:
	bsfl %r12d, %eax
dt_352_0:
	cmpxchgl %esi, data+16(%rip)
dt_353_0:
	imulw $10987, %r9w, %r8w
dt_354_0:
	sbbw %dx, data+104(%rip)
dt_355_0:
	movq $368, %rdi
dt_355_1:
	cqto
dt_355_2:
	idivq %rdi
dt_356_0:
	tzcntw %r13w, %r9w
dt_357_0:
	addw data+80(%rip), %ax
dt_358_0:
	subl %r12d, data+152(%rip)
dt_359_0:
	setc %r14b
dt_360_0:
	cmpq %r15, %rsi
dt_361_0:
	movsbq %dil, %r9
dt_362_0:
	cmpxchgq %rdx, data+24(%rip)
dt_363_0:
	sbbw data+152(%rip), %r8w
dt_364_0:
	shrdq $6, %r14, data+168(%rip)
dt_366_0:
	imulq $497474466, %r11, %r8
dt_367_0:
	subq data+64(%rip), %r14
dt_368_0:
	lzcntq %r14, %rcx
dt_369_0:
	stc
dt_370_0:
	orq %r10, data+128(%rip)
dt_371_0:
	movw %r10w, %r9w
dt_372_0:
	movq $720, %r11
dt_372_1:
	cqto
dt_372_2:
	idivq %r11
dt_373_0:
	shrdw $12, %ax, %r10w
dt_374_0:
	popcntq %rax, %r14
dt_375_0:
	andw %bx, data+24(%rip)
dt_376_0:
	bsrq %rax, %r9
dt_377_0:
	popcntl %r15d, %r14d
dt_378_0:
	shrdl %cl, %r8d, data+96(%rip)
dt_379_0:
	imulw $21617, %di, %cx
dt_380_0:
	mulb %r9b
dt_381_0:
	testw %r12w, %dx
dt_382_0:
	leaq 382(%rbx,%r12,8), %r9
dt_383_0:
	sarb $16, %sil
dt_384_0:
	tzcntw %r15w, %bp
dt_385_0:
	xorw data+72(%rip), %bx
dt_386_0:
	addb data+56(%rip), %sil
dt_387_0:
	tzcntl %r15d, %edi
dt_388_0:
	addl %edi, %r14d
dt_389_0:
	movw %cx, data+168(%rip)
dt_390_0:
	bsrl %ebp, %r9d
dt_391_0:
	sbbl data+176(%rip), %r8d
dt_392_0:
	movzbl %al, %r13d
dt_393_0:
	movq %rbp, data+168(%rip)
dt_394_0:
	cltd
dt_395_0:
	cmovpw %r15w, %dx
dt_396_0:
	movswl %bp, %edi
dt_397_0:
	cmpxchgq %rbx, data+96(%rip)
dt_398_0:
	movl %eax, data+184(%rip)
dt_399_0:
	subb $75, %bl
	.globl difftest_end
difftest_end:
	movl $231, %eax
	xorl %edi, %edi
	syscall
	.data
	.balign 64
data:
	.quad 0x0ec4af5bfedfdb4c
	.quad 0xb37d6b77dc630bbe
	.quad 0x1f8633b4e7eb36cc
	.quad 0xa76c3cf53ea31d0c
	.quad 0xfd54c22dc73b4405
	.quad 0x58cdc8d8db01be53
	.quad 0x75beaef6ac67e606
	.quad 0x4446c4f507dd79b9
	.quad 0xb5abb44ca768ee7d
	.quad 0xee4576ee538a42e2
	.quad 0x6117ee2906828840
	.quad 0xa6ded325ebf3e278
	.quad 0x60299d66232be024
	.quad 0xbac6b9d3d2610a8d
	.quad 0x952ab1b5a092775b
	.quad 0x21556c87147c9645
	.quad 0x503ad6ff5643422d
	.quad 0xfed958ee6d5ab38c
	.quad 0x5e4eed39fed8156d
	.quad 0x72cca1b739bc6b8a
	.quad 0x2d634c6cd9332d7b
	.quad 0x2f1e7595d4380d23
	.quad 0x661cfa4dd3f1fa07
	.quad 0x7a9ce7bf2b05e5ca
	.quad 0x60212c94f3c247ed
	.quad 0xdcc8f4328b9477b5
	.quad 0xa9387584569c6e40
	.quad 0xb1d47eaafe2514ea
	.quad 0xcbb72c76e906962a
	.quad 0x43bab2aba814d3dc
	.quad 0x7f86178b13920f30
	.quad 0x1cf0e74a032d4f86
