// SPDX-License-Identifier: GPL-2.0
/*
 * gmemsim explain FILE...: replay each trace deterministically as its run
 * line says (knobs included) and print the interleaving in words (sim/explain.h).
 */
#include <stdio.h>
#include <string.h>

#include "sim/cmd/cmd.h"
#include "sim/explain.h"
#include "sim/replay.h"

int cmd_explain(int argc, char **argv)
{
	int status = EXIT_CLEAN;

	if (argc && (!strcmp(argv[0], "--help") || !strcmp(argv[0], "-h"))) {
		gmemsim_usage(stdout);
		return EXIT_CLEAN;
	}
	if (!argc) {
		fprintf(stderr, "gmemsim: explain: no trace file given (gmemsim --help)\n");
		return EXIT_BAD_INPUT;
	}
	for (int i = 0; i < argc; i++) {
		struct timeline tl = { 0 };
		struct replay_opts o = { .mode = REPLAY_DET, .mode_set = true, .seed = 1,
					 .quiet = true, .timeline = &tl };
		unsigned long knobs;
		struct replay_result r;
		struct trace t;
		char err[512];

		if (cmd_open_trace(argv[i], &t, &knobs)) {
			status = EXIT_BAD_INPUT;
			continue;
		}
		if (replay_trace(&t, &o, &r, err, sizeof(err))) {
			fprintf(stderr, "%s\n", err);
			status = EXIT_BAD_INPUT;
		} else {
			explain_write(&t, &r, &tl, stdout);
			if (!r.passed && status == EXIT_CLEAN)
				status = EXIT_VIOLATION;
			replay_result_destroy(&r);
		}
		timeline_destroy(&tl);
		cmd_close_trace(&t, knobs);
	}
	return status;
}
