# check: 5:26: 'g0' is not defined
# A name used before any statement defines it.
gmemsim-trace 1
vm vcpus=1
vmm: gmem_fallocate gmem=g0 len=4K
