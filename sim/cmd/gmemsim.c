// SPDX-License-Identifier: GPL-2.0
/*
 * gmemsim: the command line.  Subcommands: replay (run traces), check (parse
 * only).  Exit status: 0 clean, 1 a violation, 2 bad input, 3 a run stopped
 * at its step or memory budget, 130 explore interrupted with nothing failing.
 */
#include <stdio.h>
#include <string.h>

#include "sim/cmd/cmd.h"

static const char usage[] =
	"usage: gmemsim <command> [options] FILE...\n"
	"\n"
	"commands:\n"
	"  replay   run traces and check every expectation and invariant\n"
	"  check    parse traces only (FILE:LINE:COL on the first error)\n"
	"  explore  property tests on conversion races; shrinks and writes failures\n"
	"  explain  replay a (failing) trace and print its interleaving in words\n"
	"  import   a real host's recording (tracefs text) into a trace\n"
	"\n"
	"replay options:\n"
	"  --mode free|det|ordered|all   how actors run (default: the trace's run\n"
	"                                statement, else det); all = the three in turn\n"
	"  --seed N                      deterministic mode's seed (default 1)\n"
	"  --strategy random|pct|sticky  deterministic mode's strategy\n"
	"  --pct-depth N                 PCT depth d (default 3)\n"
	"  --preempt STEP:ACTOR,...      follow these preemptions, sticky between (det)\n"
	"  --schedule HEX|@FILE          follow these decisions first (det; older form)\n"
	"  --check-every N               invariants every N scheduling points (det; 1)\n"
	"  --full-checks                 every check walks every leaf and page cache\n"
	"                                (slow; cross-checks the checker's log of changes)\n"
	"  --max-steps N                 budget of scheduling points per run (det;\n"
	"                                default 2^32); a run stopped by it says so\n"
	"  --max-memory SIZE             budget of the model's heap (default 4G; 0: none);\n"
	"                                a world past it is refused, a run stopped by it\n"
	"                                says so\n"
	"  --profile NAME                the host to run on (default: the trace's vm\n"
	"                                profile=, else 6.18-tdp)\n"
	"  --list-profiles               the host profiles and what each one has\n"
	"  --json                        one JSON object per run instead of the table\n"
	"  --html OUT.html               draw the run as swimlanes with the state (one\n"
	"                                trace, det mode)\n"
	"  --quiet                       do not print violation reports\n"
	"  --inject NAME                 turn a bug-zoo knob on (repeatable)\n"
	"  --list-bugs                   print the knobs with the commits they undo\n"
	"  --fix NAME                    turn a candidate fix for a finding on (repeatable)\n"
	"  --list-fixes                  the candidate fixes, with their findings\n"
	"\n"
	"explore options:\n"
	"  --family conversion|punch-vs-fault|memslot-vs-fault|notifier-vs-fault|mixed|all\n"
	"  --scenario FILE               explore this trace's program instead\n"
	"  --profile NAME                the host the programs run on (default 6.18-tdp;\n"
	"                                6.18-legacy: default VMs on the legacy MMU)\n"
	"  --seed N --iterations N --time SECONDS --jobs N --shard I/N\n"
	"  --strategy random|pct|sticky  (default: alternate random and PCT)\n"
	"  --pct-depth N --check-every N --out DIR --stop-after N\n"
	"  --html-dir DIR                also draw each written failure (DIR/NAME.html)\n"
	"  --known FILE                  more known findings to count apart (format:\n"
	"                                docs/findings/known, which is built in)\n"
	"  --no-known                    forget the known findings so far: report them\n"
	"                                (no --iterations/--time: 1000 executions, or with\n"
	"                                --stop-after until found or 120 s)\n"
	"  --small (programs of about 200 steps) --no-shrink --json --no-progress\n"
	"  --full-checks --max-steps N --max-memory SIZE (as replay's)\n"
	"  --inject NAME                 turn on a bug knob (re-creates a real kernel bug)\n"
	"  --list-bugs                   the knobs, with the bug-zoo entry and commit of each\n"
	"  --fix NAME --list-fixes       candidate fixes for the known findings (as replay)\n"
	"\n"
	"import: gmemsim import RECORDING [-o FILE.gms] [--profile NAME]\n"
	"  the trace goes to FILE.gms (else stdout), the summary to stdout (else stderr)\n"
	"\n"
	"examples:\n"
	"  gmemsim replay traces/examples/*.gms\n"
	"  gmemsim replay --mode all traces/examples/private_fault.gms\n"
	"  gmemsim replay --mode det --seed 7 --strategy pct trace.gms\n"
	"  gmemsim replay --html failure.html failure.gms\n"
	"  gmemsim check my_trace.gms\n"
	"  gmemsim explore --family conversion --iterations 5000 --jobs 2\n"
	"\n"
	"exit status: 0 clean, 1 a violation or unmet expectation, 2 bad input,\n"
	"  3 a run stopped at its step or memory budget (no violation before it),\n"
	"  130 explore interrupted (Ctrl-C) with nothing failing so far\n";

void gmemsim_usage(FILE *f)
{
	fputs(usage, f);
}

int main(int argc, char **argv)
{
	if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") ||
	    !strcmp(argv[1], "help")) {
		fputs(usage, argc < 2 ? stderr : stdout);
		return argc < 2 ? EXIT_BAD_INPUT : EXIT_CLEAN;
	}
	if (!strcmp(argv[1], "replay"))
		return cmd_replay(argc - 2, argv + 2);
	if (!strcmp(argv[1], "check"))
		return cmd_check(argc - 2, argv + 2);
	if (!strcmp(argv[1], "explore"))
		return cmd_explore(argc - 2, argv + 2);
	if (!strcmp(argv[1], "explain"))
		return cmd_explain(argc - 2, argv + 2);
	if (!strcmp(argv[1], "import"))
		return cmd_import(argc - 2, argv + 2);
	fprintf(stderr, "gmemsim: unknown command '%s'\n\n%s", argv[1], usage);
	return EXIT_BAD_INPUT;
}
