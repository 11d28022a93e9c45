// SPDX-License-Identifier: GPL-2.0
/* What the libFuzzer harnesses share (tools/fuzz/fuzz.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tools/fuzz/fuzz.h"

char *fuzz_text(const uint8_t *data, size_t size)
{
	char *text;

	if (memchr(data, '\0', size))
		return NULL;
	text = malloc(size + 1);
	if (!text)
		abort();
	memcpy(text, data, size);
	text[size] = '\0';
	return text;
}

void fuzz_fail(const char *what, const char *detail)
{
	fprintf(stderr, "gmemsim-fuzz: FINDING: %s\n%s\n", what, detail);
	abort();
}

void fuzz_check_error(const char *err, const char *prefix)
{
	size_t n = strlen(prefix);
	unsigned long line, col;
	char *end;

	if (strncmp(err, prefix, n))
		fuzz_fail("an error without the file name", err);
	line = strtoul(err + n, &end, 10);
	if (end == err + n || *end != ':' || !line)
		fuzz_fail("an error without LINE", err);
	col = strtoul(end + 1, &end, 10);
	if (!col || strncmp(end, ": ", 2) || !end[2])
		fuzz_fail("an error without COL or message", err);
}
