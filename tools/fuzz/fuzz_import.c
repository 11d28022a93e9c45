// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer harness: gmemsim import (sim/import.c, sim/ftrace.c) on hostile
 * recordings.
 *
 * The input is a recording (tracefs or trace-cmd report text), read from a
 * memfd through its /proc/self/fd path as `gmemsim import` reads a file.  It
 * either imports, and then what the importer wrote must parse as a trace
 * (every recording that imports replays), or gets a FILE:LINE:COL error.  A
 * crash, a sanitizer report or leak, a malformed error or an imported trace
 * that does not parse is a finding.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "sim/import.h"
#include "sim/trace.h"
#include "tools/fuzz/fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[48], prefix[56], err[512], *text = NULL;
	struct import_summary sum;
	size_t len = 0;
	struct trace t;
	FILE *out;
	int fd, r;

	fd = memfd_create("fuzz-recording", MFD_CLOEXEC);
	if (fd < 0 || write(fd, data, size) != (ssize_t)size)
		abort();	/* the harness's own failure, not a finding */
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	snprintf(prefix, sizeof(prefix), "%s:", path);
	out = open_memstream(&text, &len);
	if (!out)
		abort();
	memset(&sum, 0, sizeof(sum));
	r = import_recording(path, NULL, out, &sum, err, sizeof(err));
	fclose(out);
	if (r) {
		fuzz_check_error(err, prefix);
	} else {
		if (trace_parse_string("imported.gms", text, &t, err, sizeof(err)))
			fuzz_fail("an imported recording does not parse as a trace", err);
		trace_destroy(&t);
	}
	free(text);
	close(fd);
	return 0;
}
