/* SPDX-License-Identifier: GPL-2.0 */
/* JSON output (no kernel counterpart): strings from traces and reports, escaped. */
#ifndef _GMEMSIM_SIM_JSON_H
#define _GMEMSIM_SIM_JSON_H

#include <stdio.h>

/* Write @s as a JSON string, quotes included (RFC 8259: ", \ and controls escaped). */
void json_put_string(FILE *f, const char *s);

#endif
