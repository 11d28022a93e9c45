// SPDX-License-Identifier: GPL-2.0
/*
 * gmemsim-tracegen: write a synthetic trace (tools/tracegen/tracegen.h) to
 * stdout or a file; --check parses it back with the trace parser first.
 *
 *   gmemsim-tracegen --profile fault-heavy --events 1000000 --vcpus 2 --seed 7 -o big.gms
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim/trace.h"
#include "tools/tracegen/tracegen.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: gmemsim-tracegen [--profile P] [--events N] [--vcpus N] [--seed N]\n"
		"                        [--check] [-o FILE]\n\n"
		"  --profile P   tlb-hit, fault-heavy, conversion-heavy or mixed (default mixed)\n"
		"  --events N    statements of the actors, about (default 100000)\n"
		"  --vcpus N     1..%d (default 2)\n"
		"  --seed N      the same seed writes the same trace (default 1)\n"
		"  --check       parse the trace back before writing it out (exit 2 if invalid)\n"
		"  -o FILE       write to FILE instead of stdout\n\n"
		"example:\n"
		"  gmemsim-tracegen --profile conversion-heavy --events 50000 -o conv.gms\n"
		"  gmemsim replay --mode free conv.gms\n",
		TRACE_MAX_VCPUS);
}

static int parse_u64(const char *s, u64 *v)
{
	char *end;

	errno = 0;
	*v = strtoull(s, &end, 0);
	return errno || !*s || *end || *s == '-' ? -EINVAL : 0;
}

/* Parse @text back as the replayer would. */
static int check(const char *text)
{
	char err[256];
	struct trace t;
	int ret = trace_parse_string("<generated>", text, &t, err, sizeof(err));

	if (ret) {
		fprintf(stderr, "gmemsim-tracegen: generated an invalid trace: %s\n", err);
		return ret;
	}
	fprintf(stderr, "gmemsim-tracegen: ok: %u statements, %u vCPUs\n", t.nr_stmt, t.nr_vcpus);
	trace_destroy(&t);
	return 0;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "profile", required_argument, NULL, 'p' },
		{ "events", required_argument, NULL, 'n' },
		{ "vcpus", required_argument, NULL, 'v' },
		{ "seed", required_argument, NULL, 's' },
		{ "check", no_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct tracegen_opts o = { .profile = TRACEGEN_MIXED, .seed = 1, .events = 100000,
				   .vcpus = 2 };
	struct tracegen_stats st;
	const char *out = NULL;
	bool do_check = false;
	size_t len;
	char *text;
	FILE *f;
	u64 v;
	int c, err;

	while ((c = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'p':
			if (tracegen_profile_parse(optarg, &o.profile))
				goto bad;
			break;
		case 'n':
			if (parse_u64(optarg, &o.events) || !o.events)
				goto bad;
			break;
		case 'v':
			if (parse_u64(optarg, &v) || !v || v > TRACE_MAX_VCPUS)
				goto bad;
			o.vcpus = (unsigned int)v;
			break;
		case 's':
			if (parse_u64(optarg, &o.seed))
				goto bad;
			break;
		case 'c':
			do_check = true;
			break;
		case 'o':
			out = optarg;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (optind != argc)
		goto bad;

	text = tracegen_text(&o, &len, &st, &err);
	if (!text) {
		fprintf(stderr, "gmemsim-tracegen: %s\n", strerror(-err));
		return 1;
	}
	if (do_check && check(text)) {
		free(text);
		return 2;
	}
	f = out ? fopen(out, "w") : stdout;
	if (!f || fwrite(text, 1, len, f) != len || (out && fclose(f))) {
		fprintf(stderr, "gmemsim-tracegen: %s: %s\n", out ? out : "stdout", strerror(errno));
		free(text);
		return 1;
	}
	fprintf(stderr,
		"gmemsim-tracegen: %s: %llu events (%llu accesses, %llu conversions, %llu punches, "
		"%llu barriers), %llu pages touched\n",
		tracegen_profile_name(o.profile), (unsigned long long)st.events,
		(unsigned long long)st.accesses, (unsigned long long)st.conversions,
		(unsigned long long)st.punches, (unsigned long long)st.barriers,
		(unsigned long long)st.new_pages);
	free(text);
	return 0;
bad:
	fprintf(stderr, "gmemsim-tracegen: bad arguments\n");
	usage(stderr);
	return 2;
}
