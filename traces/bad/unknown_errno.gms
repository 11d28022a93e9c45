# check: 5:40: unknown errno '-ENOTANERRNO'
# An expect= naming no errno.
gmemsim-trace 1
vm vcpus=1
vmm: gmem_create name=g size=4K expect=-ENOTANERRNO
