# check: 5:10: unknown mode '7' (free, det, ordered)
# A run mode is a name (mode=7 ran as an unnamed mode before).
gmemsim-trace 1
vm vcpus=1
run mode=7
