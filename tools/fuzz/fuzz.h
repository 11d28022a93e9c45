/* SPDX-License-Identifier: GPL-2.0 */
/* What the libFuzzer harnesses share: input as text, and how a finding ends the run. */
#ifndef _GMEMSIM_TOOLS_FUZZ_H
#define _GMEMSIM_TOOLS_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* The input as a NUL-terminated string (NULL if it holds a NUL: not text). */
char *fuzz_text(const uint8_t *data, size_t size);

/* A finding: print it and abort, so that libFuzzer keeps the input. */
void fuzz_fail(const char *what, const char *detail) __attribute__((noreturn));

/* An error message must be "PREFIXLINE:COL: message" with a non-empty message. */
void fuzz_check_error(const char *err, const char *prefix);

#endif
