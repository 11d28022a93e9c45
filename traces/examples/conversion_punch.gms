# private -> shared -> private conversion, punching the backing left behind
# (private_mem_conversions_test, kernel-reference 5.25/5.26, "with fallocate").
#
# The guest writes shared data; the VMM converts the page to private and
# punches the shared (memfd) page, as a VMM that never pays twice for a gfn.
# The guest sees a fresh, zeroed guest_memfd page, writes private data; the
# host mapping no longer holds the old shared data (punched: reads zero).
# Converting back to shared and punching the guest_memfd page: the guest now
# reads the (punched, zero) shared page; converting private again gives a
# fresh zeroed gmem page: contents do not survive a punched round trip.
gmemsim-trace 1
vm type=sw_protected vcpus=1 mmu=tdp
memfd_create name=shm size=2M expect=0
mmap name=shared_mem len=2M prot=read|write shared memfd=shm expect=0
gmem_create name=g0 size=2M expect=0
set_memory_region slot=0 gpa=0 size=2M mem=shared_mem gmem=g0 flags=guest_memfd expect=0

# Phase 1: shared.  The guest writes, the host sees it through its mapping.
vcpu0: write gpa=0 value=0xaa expect=0
vcpu0: write gpa=0x1000 value=0xa1 expect=0
barrier
host: host_read mem=shared_mem offset=0 expect=value:0xaa
barrier

# Phase 2: to private, punch the shared page.
vmm: set_memory_attributes gpa=0 size=4K private expect=0
vmm: memfd_fallocate memfd=shm offset=0 len=4K mode=punch_hole|keep_size expect=0
barrier
vcpu0: read gpa=0 expect=value:0
vcpu0: read gpa=0 private expect=value:0
vcpu0: read gpa=0 shared expect=exit:memory_fault
vcpu0: write gpa=0 value=0xbb expect=0
vcpu0: read gpa=0 expect=value:0xbb
# the neighbour stayed shared and kept its data
vcpu0: read gpa=0x1000 expect=value:0xa1
barrier
host: host_read mem=shared_mem offset=0 expect=value:0
host: host_read mem=shared_mem offset=0x1000 expect=value:0xa1
barrier

# Phase 3: back to shared, punch the private page.
vmm: set_memory_attributes gpa=0 size=4K shared expect=0
vmm: gmem_fallocate gmem=g0 offset=0 len=4K mode=punch_hole|keep_size expect=0
barrier
vcpu0: read gpa=0 expect=value:0
vcpu0: read gpa=0 private expect=exit:memory_fault
vcpu0: write gpa=0 value=0xcc expect=0
barrier
host: host_read mem=shared_mem offset=0 expect=value:0xcc
barrier

# Phase 4: private again: the punched gmem page comes back fresh.
vmm: set_memory_attributes gpa=0 size=4K private expect=0
barrier
vcpu0: read gpa=0 expect=value:0
barrier
# and shared once more: the shared page was not punched this time.
vmm: set_memory_attributes gpa=0 size=4K shared expect=0
barrier
vcpu0: read gpa=0 expect=value:0xcc
