# check: 4:32: schedule= takes hex digit pairs, got 'z'
# A run line's decisions are hex digit pairs; anything else is refused where it stands.
gmemsim-trace 1
run mode=det seed=1 schedule=00zz
vm vcpus=1
