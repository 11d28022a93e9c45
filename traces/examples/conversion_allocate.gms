# private -> shared -> private conversion without punching, allocating the
# private backing up front (private_mem_conversions_test, kernel-reference
# 5.25 "with fallocate(ALLOCATE)"; 2.4 row 9b).
#
# KVM never allocates or frees guest_memfd memory on a conversion
# (kernel-reference 6): the VMM converts and, here, pre-allocates the gmem
# range with fallocate(KEEP_SIZE) instead of punching.  Nothing is freed, so
# both backings keep their data across a round trip: the private page still
# holds the private data after private -> shared -> private, and the shared
# page still holds the pre-conversion data after shared -> private -> shared.
# The host mapping never sees private data.  Ranges follow the selftest's
# {4K,4K} and {0,2M} cases.
gmemsim-trace 1
vm type=sw_protected vcpus=1 mmu=tdp
memfd_create name=shm size=2M expect=0
mmap name=shared_mem len=2M prot=read|write shared memfd=shm expect=0
gmem_create name=g0 size=2M expect=0
set_memory_region slot=0 gpa=0 size=2M mem=shared_mem gmem=g0 flags=guest_memfd expect=0

# Shared pattern from the guest; the host sees it.
vcpu0: write gpa=0x1000 value=0x5a expect=0
vcpu0: write gpa=0x2000 value=0x5b expect=0
barrier
host: host_read mem=shared_mem offset=0x1000 expect=value:0x5a
barrier

# {4K,4K} to private, backing allocated in advance.
vmm: gmem_fallocate gmem=g0 offset=0x1000 len=4K mode=keep_size expect=0
vmm: set_memory_attributes gpa=0x1000 size=4K private expect=0
barrier
vcpu0: read gpa=0x1000 expect=value:0
vcpu0: write gpa=0x1000 value=0x1111 expect=0
vcpu0: read gpa=0x2000 expect=value:0x5b
barrier
# The host still sees the old shared pattern, never the private data.
host: host_read mem=shared_mem offset=0x1000 expect=value:0x5a
barrier

# Back to shared (no punch): the shared page kept its pattern.
vmm: set_memory_attributes gpa=0x1000 size=4K shared expect=0
barrier
vcpu0: read gpa=0x1000 expect=value:0x5a
vcpu0: read gpa=0x1000 private expect=exit:memory_fault
barrier

# Private again: the private data survived the round trip.
vmm: set_memory_attributes gpa=0x1000 size=4K private expect=0
barrier
vcpu0: read gpa=0x1000 expect=value:0x1111
barrier

# {0,2M}: the whole slot private (allocate all of it), then all shared.
vmm: gmem_fallocate gmem=g0 offset=0 len=2M mode=keep_size expect=0
vmm: set_memory_attributes gpa=0 size=2M private expect=0
# an unchanged range is a no-op that still succeeds (2.3 row 5)
vmm: set_memory_attributes gpa=0 size=2M private expect=0
barrier
vcpu0: read gpa=0x1000 expect=value:0x1111
vcpu0: read gpa=0x2000 expect=value:0
vcpu0: write gpa=0x1ff000 value=0x77 expect=0
barrier
vmm: set_memory_attributes gpa=0 size=2M shared expect=0
barrier
vcpu0: read gpa=0x2000 expect=value:0x5b
vcpu0: read gpa=0x1000 expect=value:0x5a
vcpu0: read gpa=0x1ff000 expect=value:0
barrier
# Finally the VMM frees all private memory (selftest's last step).
vmm: gmem_fallocate gmem=g0 offset=0 len=2M mode=punch_hole|keep_size expect=0
vmm: set_memory_attributes gpa=0 size=2M private expect=0
barrier
vcpu0: read gpa=0x1000 expect=value:0
vcpu0: read gpa=0x1ff000 expect=value:0
