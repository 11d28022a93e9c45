# check: 5:24: slot=0x10000 is out of range (0..65535)
# The slot id is 16 bits of the ioctl's u32; the upper 16 are the address space (as=).
gmemsim-trace 1
vm vcpus=1
set_memory_region slot=0x10000 gpa=0 size=0
