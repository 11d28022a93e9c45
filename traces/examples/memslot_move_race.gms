# Memslot MOVE racing shared faults on a default VM (kernel-reference 3.3 F;
# set_memory_region_test move_memory_region, 5.23).
#
# Slot 0 maps 2M of a memfd at gpa 2M; the host put 0x11 in its first page
# and 0x22 in its second.  vcpu0 reads gpa 2M while the VMM moves the slot
# down by 4K and back: a read sees the old translation (0x11), retries while
# the slot is INVALID, or sees the moved one (0x22): expect=any; never a
# stale page.  After each move the layout is deterministic: gpa 2M-4K is the
# first page, gpa 2M the second, and the slot's old last page is MMIO.
# Moving onto an overlapping slot is EEXIST; a moved gmem slot is EINVAL
# (gmem slots are immutable) but a default VM has none.
gmemsim-trace 1
vm type=default vcpus=1 mmu=tdp
memfd_create name=shm size=2M expect=0
mmap name=mem len=2M prot=read|write shared memfd=shm expect=0
set_memory_region slot=0 gpa=2M size=2M mem=mem expect=0
host_write mem=mem offset=0 value=0x11 expect=0
host_write mem=mem offset=0x1000 value=0x22 expect=0
memfd_create name=shm2 size=4K expect=0
mmap name=mem2 len=4K prot=read|write shared memfd=shm2 expect=0
set_memory_region slot=1 gpa=1M size=4K mem=mem2 expect=0

vcpu0: read gpa=2M expect=value:0x11
vcpu0: read gpa=0x3ff000 expect=value:0
barrier
vcpu0: read gpa=2M expect=any
vcpu0: read gpa=2M expect=any
vcpu0: read gpa=2M expect=any
vmm: set_memory_region slot=0 gpa=0x1ff000 size=2M mem=mem expect=0
barrier
vcpu0: read gpa=0x1ff000 expect=value:0x11
vcpu0: read gpa=2M expect=value:0x22
vcpu0: read gpa=0x3ff000 expect=exit:mmio
barrier
vcpu0: read gpa=2M expect=any
vcpu0: read gpa=0x1ff000 expect=any
vmm: set_memory_region slot=0 gpa=2M size=2M mem=mem expect=0
barrier
vcpu0: read gpa=2M expect=value:0x11
vcpu0: read gpa=0x201000 expect=value:0x22
vcpu0: read gpa=0x1ff000 expect=exit:mmio
# Errno rows of 2.2: MOVE onto slot 1 overlaps (row 17), a changed size is
# not a move (row 15), an unaligned gpa is rejected first (row 5).
vmm: set_memory_region slot=0 gpa=1M size=2M mem=mem expect=-EEXIST
vmm: set_memory_region slot=0 gpa=2M size=1M mem=mem expect=-EINVAL
vmm: set_memory_region slot=0 gpa=0x200800 size=2M mem=mem expect=-EINVAL
barrier
vcpu0: write gpa=2M value=0x33 expect=0
barrier
host: host_read mem=mem offset=0 expect=value:0x33
