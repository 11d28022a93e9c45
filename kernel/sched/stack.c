// SPDX-License-Identifier: GPL-2.0
/*
 * Coroutine contexts for deterministic mode (kernel counterpart: the task
 * stacks of kernel/fork.c and the switch in kernel/sched/core.c context_switch).
 *
 * Stacks are mmap()ed with a PROT_NONE guard page below them, and cached per OS
 * thread, so that an exploration running thousands of short executions does
 * not pay an mmap per actor.  ASan and TSan are told about every switch (fiber
 * annotations), and a reused stack is unpoisoned: an abandoned run leaves ASan
 * redzones of frames that never returned on it.
 */
#include <pthread.h>
#include <sys/mman.h>
#include <unistd.h>

#include <linux/bug.h>
#include <linux/err.h>
#include <linux/kernel.h>

#include "sched.h"

#if defined(GMEMSIM_ASAN)
#include <sanitizer/asan_interface.h>
#define HAVE_ASAN_FIBERS 1
#endif
#if defined(GMEMSIM_TSAN)
#include <sanitizer/tsan_interface.h>
#define HAVE_TSAN_FIBERS 1
#endif

#define SCHED_STACK_CACHE_MAX 64

static __thread struct sched_stack *stack_cache;
static __thread unsigned int stack_cache_nr;

static struct sched_stack *stack_get(size_t size)
{
	struct sched_stack **p = &stack_cache;
	struct sched_stack *st;
	void *mem;

	for (; *p; p = &(*p)->next) {
		if ((*p)->map_size != size)
			continue;
		st = *p;
		*p = st->next;
		stack_cache_nr--;
#ifdef HAVE_ASAN_FIBERS
		__asan_unpoison_memory_region(st->base, st->size);
#endif
		return st;
	}

	mem = mmap(NULL, size + PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
		   -1, 0);
	if (mem == MAP_FAILED)
		return NULL;
	/* The guard page turns a stack overflow into a fault, not silent corruption. */
	if (mprotect(mem, PAGE_SIZE, PROT_NONE)) {
		munmap(mem, size + PAGE_SIZE);
		return NULL;
	}
	/* The descriptor lives at the top of its own stack. */
	st = (struct sched_stack *)((char *)mem + PAGE_SIZE + size) - 1;
	st->base = (char *)mem + PAGE_SIZE;
	st->size = size - sizeof(*st);
	st->map_size = size;
	st->next = NULL;
	return st;
}

static void stack_put(struct sched_stack *st)
{
	if (stack_cache_nr >= SCHED_STACK_CACHE_MAX) {
		munmap((char *)st->base - PAGE_SIZE, (char *)(st + 1) - (char *)st->base + PAGE_SIZE);
		return;
	}
	st->next = stack_cache;
	stack_cache = st;
	stack_cache_nr++;
}

/*
 * Lay out a fresh stack so that sched_ctx_switch()'s six pops and ret land in
 * @entry with %rsp % 16 == 8, as after a call.
 */
int sched_ctx_init(struct sched_ctx *ctx, size_t stack_size, void (*entry)(void))
{
	struct sched_stack *st = stack_get(stack_size);
	u64 *top;

	if (!st)
		return -ENOMEM;
	top = (u64 *)ALIGN_DOWN((unsigned long)((char *)st->base + st->size), 16);
	top[-1] = 0;			/* fake return address of the entry */
	top[-2] = (u64)entry;		/* consumed by ret; slot is 16-byte aligned */
	for (int i = 3; i <= 8; i++)	/* rbp, rbx, r12-r15 */
		top[-i] = 0;
	ctx->sp = &top[-8];
	ctx->stack = st;
	ctx->asan_fake_stack = NULL;
	ctx->asan_bottom = st->base;
	ctx->asan_size = st->size;
#ifdef HAVE_TSAN_FIBERS
	ctx->tsan_fiber = __tsan_create_fiber(0);
#else
	ctx->tsan_fiber = NULL;
#endif
	return 0;
}

void sched_ctx_release(struct sched_ctx *ctx)
{
	if (!ctx->stack)
		return;
#ifdef HAVE_TSAN_FIBERS
	if (ctx->tsan_fiber)
		__tsan_destroy_fiber(ctx->tsan_fiber);
	ctx->tsan_fiber = NULL;
#endif
	stack_put(ctx->stack);
	ctx->stack = NULL;
}

void sched_main_ctx_init(struct sched_ctx *ctx)
{
	ctx->sp = NULL;
	ctx->stack = NULL;
	ctx->asan_fake_stack = NULL;
	ctx->asan_bottom = NULL;
	ctx->asan_size = 0;
#ifdef HAVE_ASAN_FIBERS
	/*
	 * ASan must be told the OS stack's bounds when switching back to it.
	 * pthread_getattr_np() parses /proc/self/maps for the main thread: once
	 * per thread, not once per run.
	 */
	static __thread void *os_bottom;
	static __thread size_t os_size;
	pthread_attr_t attr;

	if (!os_size && !pthread_getattr_np(pthread_self(), &attr)) {
		pthread_attr_getstack(&attr, &os_bottom, &os_size);
		pthread_attr_destroy(&attr);
	}
	ctx->asan_bottom = os_bottom;
	ctx->asan_size = os_size;
#endif
#ifdef HAVE_TSAN_FIBERS
	ctx->tsan_fiber = __tsan_get_current_fiber();
#else
	ctx->tsan_fiber = NULL;
#endif
}

void sched_main_ctx_release(struct sched_ctx *ctx)
{
	ctx->tsan_fiber = NULL;
}

/* First thing a new context does: finish the switch that started it. */
void sched_ctx_entered(struct sched_ctx *ctx)
{
#ifdef HAVE_ASAN_FIBERS
	__sanitizer_finish_switch_fiber(NULL, NULL, NULL);
#endif
}

/*
 * Switch from @from to @to.  @from_exiting: @from will never run again, so ASan
 * may drop its fake stack.  Returns when someone switches back to @from.
 */
void sched_switch(struct sched_ctx *from, struct sched_ctx *to, bool from_exiting)
{
#ifdef HAVE_ASAN_FIBERS
	__sanitizer_start_switch_fiber(from_exiting ? NULL : &from->asan_fake_stack,
				       to->asan_bottom, to->asan_size);
#endif
#ifdef HAVE_TSAN_FIBERS
	__tsan_switch_to_fiber(to->tsan_fiber, 0);
#endif
	sched_ctx_switch(&from->sp, to->sp);
#ifdef HAVE_ASAN_FIBERS
	__sanitizer_finish_switch_fiber(from->asan_fake_stack, NULL, NULL);
#endif
}
