# check: 4:45: preempt=: step 12 does not follow step 40
# Preemptions are listed in the order they happen.
gmemsim-trace 1
run mode=det strategy=sticky preempt=40:vmm,12:host
vm vcpus=1
