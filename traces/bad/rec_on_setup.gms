# check: 4:12: vm takes no rec=
# rec= belongs to statements that have an outcome: not to the vm line.
gmemsim-trace 1
vm vcpus=1 rec=3
