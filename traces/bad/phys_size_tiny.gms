# check: 4:22: phys_size=4K is out of range (0x40000000..0x100000000000)
# The pfn space is whole gigabytes (1G..16T); a smaller one was silently rounded up before.
gmemsim-trace 1
vm vcpus=1 phys_size=4K
