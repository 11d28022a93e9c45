# check: 5:37: pct_depth=4294967295 is out of range (1..64)
# PCT keeps d-1 change points: a depth of 2^32-1 ran out of memory before.
gmemsim-trace 1
vm vcpus=1
run mode=det strategy=pct pct_depth=4294967295
