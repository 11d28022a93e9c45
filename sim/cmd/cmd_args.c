// SPDX-License-Identifier: GPL-2.0
/*
 * Command-line values shared by the subcommands: strict numbers and sizes,
 * and the options every run takes (the memory budget, the host profile).
 */
#include <errno.h>
#include <stdlib.h>

#include <linux/kvm_profile.h>
#include <linux/slab.h>

#include "sim/cmd/cmd.h"
#include "sim/trace.h"

int cmd_parse_u64(const char *s, u64 *out)
{
	char *end;

	/* Digits only: strtoull would skip blanks and wrap " -1" to 2^64 - 1. */
	if (*s < '0' || *s > '9')
		return -EINVAL;
	errno = 0;
	*out = strtoull(s, &end, 0);
	return (errno || *end) ? -EINVAL : 0;
}

int cmd_parse_size(const char *s, u64 *out)
{
	size_t bad;

	/* The trace's own grammar: 4G on the command line means what size=4G means. */
	return trace_number(s, out, &bad);
}

int cmd_set_max_memory(const char *val)
{
	u64 bytes;

	/* 0 lifts the limit; below a MiB no world fits, above 2^62 is no limit either. */
	if (cmd_parse_size(val, &bytes) || (bytes && bytes < (1ULL << 20)) || bytes > (1ULL << 62)) {
		fprintf(stderr, "gmemsim: bad --max-memory '%s' (a size such as 512M or 8G, at"
			" least 1M; 0: no limit) (gmemsim --help)\n", val);
		return EXIT_BAD_INPUT;
	}
	kmalloc_budget_set((long)bytes);
	return 0;
}

int cmd_parse_profile(const char *val, const struct kvm_host_profile **host)
{
	*host = kvm_host_profile_find(val);
	if (*host)
		return 0;
	fprintf(stderr, "gmemsim: unknown --profile '%s' (", val);
	for (unsigned int i = 0; i < kvm_nr_host_profiles; i++)
		fprintf(stderr, "%s%s", i ? ", " : "", kvm_host_profiles[i].name);
	fprintf(stderr, ") (gmemsim replay --list-profiles)\n");
	return EXIT_BAD_INPUT;
}

void cmd_list_profiles(FILE *f)
{
	for (unsigned int i = 0; i < kvm_nr_host_profiles; i++)
		fprintf(f, "%-12s %s%s\n", kvm_host_profiles[i].name, kvm_host_profiles[i].summary,
			i ? "" : " (default)");
}
