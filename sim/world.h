/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The world a trace runs in (no kernel counterpart): one host process (its mm
 * and fd table), one VM with its vCPUs, and the objects the trace names.
 * world_exec() carries out one statement through the model's API exactly as a
 * VMM or guest would reach the kernel, and reports its outcome.
 */
#ifndef _GMEMSIM_SIM_WORLD_H
#define _GMEMSIM_SIM_WORLD_H

#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>

#include "sim/trace.h"

struct phys_mem;
struct mm_struct;
struct file;
struct files_struct;

struct world_obj {
	enum trace_obj_kind kind;
	int fd;			/* guest_memfd: its fd; -1 before create / after close */
	struct file *file;	/* memfd: the trace's reference */
	unsigned long hva;	/* mapping: start, or 0 before mmap */
	unsigned long len;
};

enum outcome_kind {
	OUT_RET,	/* a syscall/ioctl returned .ret; an access that retired has ret 0 */
	OUT_EXIT,	/* a vCPU access exited to userspace with .exit (ret = KVM_RUN's) */
	OUT_SIGBUS,	/* a host access faulted with SIGBUS */
};

struct outcome {
	enum outcome_kind kind;
	long ret;
	enum trace_exit exit;
	u64 value;		/* a read's word */
	bool has_value;
	bool access;		/* a vCPU access: faulted says how it went */
	bool faulted;		/* it exited into kvm_mmu_page_fault at least once */
	/* the leaves its faults installed (struct kvm_spte_log): */
	u8 spte_mask;		/* bit i: a 4K leaf for (gfn & ~7) + i */
	u32 spte_other;		/* outside that group, or huge */
};

struct world_stats {
	u64 events;
	u64 accesses;
	u64 exits[TEXIT_NR];
	u64 conversions;	/* set_memory_attributes calls that succeeded */
	u64 punches;		/* PUNCH_HOLE fallocates that succeeded */
	u64 errors;		/* calls that returned an errno */
};

struct world {
	const struct trace *t;
	struct phys_mem *pm;
	struct files_struct *files;	/* the VMM process's fd table */
	struct mm_struct *mm;
	struct kvm *kvm;
	struct kvm_host_profile host;	/* the host it runs on (kvm->host) */
	struct kvm_vcpu *vcpu[TRACE_MAX_VCPUS];
	unsigned int nr_vcpus;
	struct world_obj *obj;
	/* Indices in obj of the guest_memfds (the checker looks at every one). */
	u32 *gmem_obj;
	u32 nr_gmem_obj;
	/*
	 * The invariant checker walks everything at every check instead of what
	 * changed (replay --full-checks: a cross-check of its incremental mode).
	 */
	bool full_checks;
	/*
	 * Per actor (setup, vmm, host, vCPUs): see world_count().  A line of
	 * padding before each record, so no two actors' counters share a
	 * cache line whatever the struct's alignment.
	 */
	struct {
		char pad[64];
		struct world_stats s;
	} stats[TRACE_ACTOR_VCPU0 + TRACE_MAX_VCPUS - TRACE_ACTOR_SETUP];
};

/*
 * Build the world from the trace's vm statement on @host (NULL: the vm
 * statement's profile=, else the default); 0 or -errno (with a message).
 */
int world_create(struct world *w, const struct trace *t, const struct kvm_host_profile *host,
		 char *err, size_t errlen);
/*
 * Tear everything down: close fds, unmap, destroy vCPUs and the VM, release
 * the mm; then report any page still allocated as a leak.
 */
void world_destroy(struct world *w);
/* A teardown that did not finish (a stopped run's): let go of what is not model heap. */
void world_abandon(struct world *w);

/*
 * Make the calling thread a thread of this world's process: its pfn space and
 * fd table.  Every actor thread calls it first (worlds on different OS
 * threads are independent).
 */
void world_enter(struct world *w);

/* Carry out one statement (not vm/run/expect_violation/barrier). */
void world_exec(struct world *w, const struct trace_stmt *st, int actor, struct outcome *out);
/* The figures of every actor added up; once the actors are done. */
void world_stats_sum(const struct world *w, struct world_stats *sum);

/* Does @out meet @st's expect=?  If not, a description in @buf. */
bool outcome_matches(const struct trace_stmt *st, const struct outcome *out, char *buf,
		     size_t len);
void outcome_format(const struct outcome *out, char *buf, size_t len);

#endif /* _GMEMSIM_SIM_WORLD_H */
