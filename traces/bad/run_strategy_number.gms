# check: 5:23: unknown strategy '99' (random, pct, sticky)
# A run strategy is a name: raw numbers are for errno tests of ioctl arguments, not for the scheduler (a bad free before).
gmemsim-trace 1
vm vcpus=1
run mode=det strategy=99
