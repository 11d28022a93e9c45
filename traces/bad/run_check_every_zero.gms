# check: 5:17: check_every=0 is out of range (1..1000000)
# Invariants at every 0th point is no schedule.
gmemsim-trace 1
vm vcpus=1
run check_every=0
