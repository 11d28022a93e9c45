/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: arch/x86/entry/entry_64.S __switch_to_asm, reduced to a
 * user-space coroutine switch.
 *
 * void sched_ctx_switch(void **save_sp, void *next_sp)
 *
 * Saves the System V callee-saved registers on the current stack, stores the
 * stack pointer in *save_sp, loads next_sp and pops the next context's
 * registers.  Caller-saved registers are dead across the call by the ABI; the
 * x87/SSE control words are never changed by the model, so they are not saved.
 * A new context's stack is laid out by sched_ctx_init() so that the final ret
 * enters its trampoline with the ABI's entry alignment.
 */
	.text
	.globl	sched_ctx_switch
	.type	sched_ctx_switch, @function
sched_ctx_switch:
	.cfi_startproc
	pushq	%rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	movq	%rsp, (%rdi)
	movq	%rsi, %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	ret
	.cfi_endproc
	.size	sched_ctx_switch, .-sched_ctx_switch

	.section .note.GNU-stack,"",@progbits
