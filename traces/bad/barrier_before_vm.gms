# check: 4:1: barrier before the vm statement
# A barrier is an event: the vm statement must come first.
gmemsim-trace 1
barrier
vm vcpus=1
