// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer harness: the trace parser (sim/trace_parse.c) and writer.
 *
 * Any input either parses or gets a FILE:LINE:COL error; one that parses is
 * written back (trace_write), and the written text must parse again and
 * write the same text: what gmemsim writes (shrunk failures, tracegen) it
 * reads back unchanged.  A crash, a sanitizer report, a malformed error
 * message or a round trip that changes the trace is a finding.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim/trace.h"
#include "tools/fuzz/fuzz.h"

static char *write_text(const struct trace *t, size_t *len)
{
	char *buf = NULL;
	FILE *f = open_memstream(&buf, len);

	if (!f)
		abort();
	if (trace_write(t, f))
		fuzz_fail("trace_write failed on a parsed trace", "");
	fclose(f);
	return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[512], *text = fuzz_text(data, size), *once, *twice;
	struct trace t, t2;
	size_t len1, len2;

	if (!text)
		return -1;
	if (trace_parse_string("fuzz.gms", text, &t, err, sizeof(err))) {
		fuzz_check_error(err, "fuzz.gms:");
		free(text);
		return 0;
	}
	once = write_text(&t, &len1);
	trace_destroy(&t);
	if (trace_parse_string("fuzz.gms", once, &t2, err, sizeof(err)))
		fuzz_fail("a written trace does not parse again", err);
	twice = write_text(&t2, &len2);
	trace_destroy(&t2);
	if (len1 != len2 || memcmp(once, twice, len1))
		fuzz_fail("writing a re-parsed trace changed it", once);
	free(twice);
	free(once);
	free(text);
	return 0;
}
