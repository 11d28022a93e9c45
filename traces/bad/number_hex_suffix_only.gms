# check: 5:25: expected a number, got '0xK'
# 0xK has no digit: it parsed as 0 before.
gmemsim-trace 1
vm vcpus=1
gmem_create name=g size=0xK
