// SPDX-License-Identifier: GPL-2.0
/*
 * gmemsim import RECORDING [-o FILE.gms] [--profile NAME]: a real host's
 * recording into a trace (sim/import.h), which is parsed back before it is
 * written, and a summary of what was used and what was not.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <linux/kvm_profile.h>

#include "sim/cmd/cmd.h"
#include "sim/import.h"
#include "sim/trace.h"

static int bad(const char *why, const char *what)
{
	fprintf(stderr, "gmemsim import: %s%s%s (gmemsim --help)\n", why, what ? ": " : "",
		what ? what : "");
	return EXIT_BAD_INPUT;
}

int cmd_import(int argc, char **argv)
{
	const struct kvm_host_profile *host = NULL;
	const char *rec = NULL, *out_path = NULL;
	struct import_summary sum;
	char err[512], *text = NULL;
	size_t len = 0;
	struct trace t;
	FILE *mem, *out;
	int ret;

	for (int i = 0; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			gmemsim_usage(stdout);
			return EXIT_CLEAN;
		}
		if (!strcmp(argv[i], "-o") || !strcmp(argv[i], "--profile")) {
			if (i + 1 == argc)
				return bad("option needs a value", argv[i]);
			if (argv[i][1] == 'o')
				out_path = argv[++i];
			else if (cmd_parse_profile(argv[++i], &host))
				return EXIT_BAD_INPUT;
			continue;
		}
		if (argv[i][0] == '-' && argv[i][1])
			return bad("unknown option", argv[i]);
		if (rec)
			return bad("one recording at a time", argv[i]);
		rec = argv[i];
	}
	if (!rec)
		return bad("no recording given", NULL);

	mem = open_memstream(&text, &len);
	if (!mem)
		return bad("out of memory", NULL);
	ret = import_recording(rec, host, mem, &sum, err, sizeof(err));
	fclose(mem);
	if (ret) {
		fprintf(stderr, "%s\n", err);
		free(text);
		return EXIT_BAD_INPUT;
	}
	/* What the importer writes must be a trace: parse it before anyone replays it. */
	if (trace_parse_string(out_path ? out_path : "<stdout>", text, &t, err, sizeof(err))) {
		fprintf(stderr, "gmemsim import: internal: the imported trace does not parse: %s\n",
			err);
		free(text);
		return EXIT_BAD_INPUT;
	}
	trace_destroy(&t);
	out = out_path ? fopen(out_path, "w") : stdout;
	if (!out) {
		fprintf(stderr, "%s: %s\n", out_path, strerror(errno));
		free(text);
		return EXIT_BAD_INPUT;
	}
	fwrite(text, 1, len, out);
	if (out_path && fclose(out)) {
		fprintf(stderr, "%s: %s\n", out_path, strerror(errno));
		free(text);
		return EXIT_BAD_INPUT;
	}
	free(text);
	import_summary_print(&sum, out_path ? stdout : stderr);
	return EXIT_CLEAN;
}
