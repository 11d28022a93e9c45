/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Known findings (no kernel counterpart): violations the explorer reports on
 * the unmodified model that are true findings about the kernel, written up
 * under docs/findings/.  The list (docs/findings/known, compiled in as
 * known_builtin; explore --known FILE adds more) lets a campaign count them
 * apart instead of stopping on them, so that it reports only what is new.
 *
 * A finding matches a violation when the violation's explore signature
 * equals the finding's, and every `message` text occurs in the report's
 * message (for a deadlock: who waits for what, holding what).
 */
#ifndef _GMEMSIM_SIM_KNOWN_H
#define _GMEMSIM_SIM_KNOWN_H

#include <stddef.h>

#include <linux/types.h>

#define KNOWN_MAX_MESSAGES 4

struct known_finding {
	char id[64];
	char doc[192];
	char signature[256];		/* explore_signature() of "KIND: CONDITION" */
	char message[KNOWN_MAX_MESSAGES][160];
	unsigned int nr_messages;
	u32 line;
};

struct known_list {
	struct known_finding *f;
	unsigned int nr, cap;
};

extern const char known_builtin[];

/* Parse and append; on error -EINVAL with "FILE:LINE:COL: message" in @err. */
int known_parse(struct known_list *l, const char *file, const char *text, char *err,
		size_t errlen);
int known_parse_file(struct known_list *l, const char *path, char *err, size_t errlen);
/* The finding @first_violation (with @message) is, or -1. */
int known_match(const struct known_list *l, const char *first_violation, const char *message);
void known_destroy(struct known_list *l);

#endif /* _GMEMSIM_SIM_KNOWN_H */
