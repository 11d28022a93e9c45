/* SPDX-License-Identifier: GPL-2.0 */
/*
 * gmemsim import: a real host's recording (tracefs text with the recorder's
 * markers, ../shared/real-kernel/README.md) into a trace whose expectations
 * are what the kernel did.
 *
 * The markers give the VMM's operations with their raw arguments and return
 * values; fds become named objects, and every mapping is placed at the hva
 * the kernel gave it (mmap addr= fixed), so memslots and host operations
 * name the recorded addresses.  Guest accesses come from the KVM fault
 * events between each kvm_run_begin and kvm_run_end: a guest page-table
 * walk (kvm_mmu_pagetable_walk, its kvm_mmu_paging_element chain giving the
 * gpa) is one access, read, write or fetch by its error code; the run's end
 * gives the exit of its last access.  The trace runs in ordered mode, one
 * statement at a time in the recording's order.
 *
 * Everything the importer does not use is counted in the summary by event
 * or marker kind, never dropped silently: events of other tasks, events no
 * model mechanism corresponds to, markers for operations the model lacks.
 */
#ifndef _GMEMSIM_SIM_IMPORT_H
#define _GMEMSIM_SIM_IMPORT_H

#include <stdio.h>

#include <linux/types.h>

struct kvm_host_profile;

#define IMPORT_MAX_KINDS 64

struct import_count {
	char name[40];
	u64 n;
	bool used;
};

struct import_summary {
	const char *file;
	u64 lines, events, lost;
	int vmm_pid;
	char vmm_comm[32];
	u64 vmm_events, other_events;
	u64 markers, runs, accesses, reads, writes, fetches;
	u64 guest_exceptions;		/* walks that found no translation: injected into the guest */
	u64 emulator_fetches;		/* walks of the emulator fetching an instruction */
	u64 sptes, prefetched;		/* kvm_mmu_set_spte: for an access, or a neighbour */
	u64 sptes_outside;		/* of an access, outside its 8-aligned group (not compared) */
	u64 guest_paging_accesses;	/* accesses to a slot holding the guest's page tables */
	u64 statements;
	const char *profile;		/* the host profile written, and why */
	const char *profile_why;
	struct import_count event[IMPORT_MAX_KINDS];
	int nr_event;
	struct import_count marker[IMPORT_MAX_KINDS];
	int nr_marker;
	struct import_count other[16];	/* tasks other than the VMM */
	int nr_other;
};

/*
 * Import @path into @out (the trace text).  @host NULL: the profile the
 * recording's events show (guest page-table walks: shadow paging,
 * 6.18-legacy; else 6.18-tdp).  0, or -errno with FILE:LINE:COL in @err.
 */
int import_recording(const char *path, const struct kvm_host_profile *host, FILE *out,
		     struct import_summary *sum, char *err, size_t errlen);
void import_summary_print(const struct import_summary *sum, FILE *f);

#endif /* _GMEMSIM_SIM_IMPORT_H */
