/* SPDX-License-Identifier: GPL-2.0 */
/* gmemsim's subcommands: each takes argc/argv past its name, returns the exit status. */
#ifndef _GMEMSIM_CMD_H
#define _GMEMSIM_CMD_H

/* Exit statuses of every subcommand. */
#define EXIT_CLEAN 0
#define EXIT_VIOLATION 1
#define EXIT_BAD_INPUT 2
#define EXIT_BUDGET 3		/* a run reached its step budget (--max-steps) unfinished */
#define EXIT_INTERRUPTED 130	/* explore stopped by SIGINT with nothing failing (128 + 2) */

#include <stdio.h>

#include <linux/types.h>

/* The usage text of every subcommand, for --help. */
void gmemsim_usage(FILE *f);

struct trace;

/*
 * Parse @path (errors printed as FILE:LINE:COL) and turn on the bug knobs its
 * run line names, for this trace only: *@knobs keeps the mask to restore.
 */
int cmd_open_trace(const char *path, struct trace *t, unsigned long *knobs);
void cmd_close_trace(struct trace *t, unsigned long knobs);

/* A number of digits only (no sign, no blanks, no suffix). */
int cmd_parse_u64(const char *s, u64 *out);
/* A size as a trace writes it: 0x-hex or decimal, optional K/M/G/T. */
int cmd_parse_size(const char *s, u64 *out);
/* --max-memory SIZE: the model heap's budget (linux/slab.h); an exit status on error. */
int cmd_set_max_memory(const char *val);
struct kvm_host_profile;
/* --profile NAME: the host profile by name; an exit status (and a message) if none. */
int cmd_parse_profile(const char *val, const struct kvm_host_profile **host);
/* --list-profiles */
void cmd_list_profiles(FILE *f);

int cmd_replay(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_explore(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_import(int argc, char **argv);

#endif
