/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/bitops.h, include/asm-generic/bitops/
 * (atomic.h, non-atomic.h, instrumented-*.h) and lib/find_bit.c.
 *
 * set_bit()/clear_bit()/test_and_*() are atomic RMWs on the word holding the
 * bit, fully ordered like the kernel's value-returning ones, and scheduling
 * points like every atomic RMW here; the __ forms are plain accesses for
 * words nobody else can touch.  test_bit() is a relaxed load.
 */
#ifndef _GMEMSIM_LINUX_BITOPS_H
#define _GMEMSIM_LINUX_BITOPS_H

#include <linux/kernel.h>
#include <linux/sched.h>

#define BITS_PER_BYTE 8
#define BIT_WORD(nr) ((nr) / BITS_PER_LONG)
#define BIT_MASK(nr) (1UL << ((nr) % BITS_PER_LONG))
#define BITS_TO_LONGS(nr) DIV_ROUND_UP(nr, BITS_PER_LONG)
#define DECLARE_BITMAP(name, bits) unsigned long name[BITS_TO_LONGS(bits)]

static inline void set_bit(long nr, volatile unsigned long *addr)
{
	sched_point("atomic");
	__atomic_fetch_or((unsigned long *)&addr[BIT_WORD(nr)], BIT_MASK(nr), __ATOMIC_SEQ_CST);
}

static inline void clear_bit(long nr, volatile unsigned long *addr)
{
	sched_point("atomic");
	__atomic_fetch_and((unsigned long *)&addr[BIT_WORD(nr)], ~BIT_MASK(nr), __ATOMIC_SEQ_CST);
}

static inline bool test_and_set_bit(long nr, volatile unsigned long *addr)
{
	sched_point("atomic");
	return __atomic_fetch_or((unsigned long *)&addr[BIT_WORD(nr)], BIT_MASK(nr),
				 __ATOMIC_SEQ_CST) & BIT_MASK(nr);
}

static inline bool test_and_clear_bit(long nr, volatile unsigned long *addr)
{
	sched_point("atomic");
	return __atomic_fetch_and((unsigned long *)&addr[BIT_WORD(nr)], ~BIT_MASK(nr),
				  __ATOMIC_SEQ_CST) & BIT_MASK(nr);
}

static inline bool test_bit(long nr, const volatile unsigned long *addr)
{
	/* A lone load: callers order it with barriers or locks, as in the kernel. */
	return __atomic_load_n((const unsigned long *)&addr[BIT_WORD(nr)], __ATOMIC_RELAXED) &
	       BIT_MASK(nr);
}

/* test_bit_acquire(): orders later loads after the bit was seen set. */
static inline bool test_bit_acquire(long nr, const volatile unsigned long *addr)
{
	return __atomic_load_n((const unsigned long *)&addr[BIT_WORD(nr)], __ATOMIC_ACQUIRE) &
	       BIT_MASK(nr);
}

static inline void __set_bit(long nr, unsigned long *addr)
{
	addr[BIT_WORD(nr)] |= BIT_MASK(nr);
}

static inline void __clear_bit(long nr, unsigned long *addr)
{
	addr[BIT_WORD(nr)] &= ~BIT_MASK(nr);
}

static inline bool __test_and_set_bit(long nr, unsigned long *addr)
{
	bool old = addr[BIT_WORD(nr)] & BIT_MASK(nr);

	addr[BIT_WORD(nr)] |= BIT_MASK(nr);
	return old;
}

static inline bool __test_and_clear_bit(long nr, unsigned long *addr)
{
	bool old = addr[BIT_WORD(nr)] & BIT_MASK(nr);

	addr[BIT_WORD(nr)] &= ~BIT_MASK(nr);
	return old;
}

/* [lib/find_bit.c]: first set bit at or after @offset, or @size if none. */
static inline unsigned long find_next_bit(const unsigned long *addr, unsigned long size,
					  unsigned long offset)
{
	while (offset < size) {
		unsigned long w = addr[BIT_WORD(offset)] >> (offset % BITS_PER_LONG);

		if (w)
			return min(offset + __builtin_ctzl(w), size);
		offset = ALIGN_DOWN(offset, BITS_PER_LONG) + BITS_PER_LONG;
	}
	return size;
}

static inline unsigned long find_first_bit(const unsigned long *addr, unsigned long size)
{
	return find_next_bit(addr, size, 0);
}

/* First clear bit at or after @offset, or @size if none. */
static inline unsigned long find_next_zero_bit(const unsigned long *addr, unsigned long size,
					       unsigned long offset)
{
	while (offset < size) {
		unsigned long w = ~addr[BIT_WORD(offset)] >> (offset % BITS_PER_LONG);

		if (w)
			return min(offset + __builtin_ctzl(w), size);
		offset = ALIGN_DOWN(offset, BITS_PER_LONG) + BITS_PER_LONG;
	}
	return size;
}

#define for_each_set_bit(bit, addr, size)                                        \
	for ((bit) = find_first_bit((addr), (size)); (bit) < (size);             \
	     (bit) = find_next_bit((addr), (size), (bit) + 1))

static inline unsigned int hweight_long(unsigned long w)
{
	return (unsigned int)__builtin_popcountl(w);
}

static inline unsigned long __ffs(unsigned long w)
{
	return (unsigned long)__builtin_ctzl(w);
}

static inline unsigned long __fls(unsigned long w)
{
	return BITS_PER_LONG - 1 - (unsigned long)__builtin_clzl(w);
}

#endif /* _GMEMSIM_LINUX_BITOPS_H */
