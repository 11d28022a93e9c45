# bug-zoo B8 (gmemsim replay --inject gmem-punch-no-truncate): PUNCH_HOLE zaps
# the SPTEs but never truncates the guest_memfd folio.  A private page written,
# converted to shared and punched (private_mem_conversions_test), then private
# again must read zero (a fresh folio); with the bug it still holds the old
# private data; before that read, the punch's postcondition already reports
# the folio that survived it (punch-frees), the first violation.  Without the
# knob this trace fails for want of its violation.
gmemsim-trace 1
vm type=sw_protected vcpus=1 mmu=tdp
expect_violation kind=punch-frees
memfd_create name=shm size=2M expect=0
mmap name=shared_mem len=2M prot=read|write shared memfd=shm expect=0
gmem_create name=g0 size=2M expect=0
set_memory_region slot=0 gpa=0 size=2M mem=shared_mem gmem=g0 flags=guest_memfd expect=0
set_memory_attributes gpa=0 size=4K private expect=0

vcpu0: write gpa=0 value=0xbeef expect=0
barrier
vmm: set_memory_attributes gpa=0 size=4K shared expect=0
vmm: gmem_fallocate gmem=g0 offset=0 len=4K mode=punch_hole|keep_size expect=0
barrier
vmm: set_memory_attributes gpa=0 size=4K private expect=0
barrier
vcpu0: read gpa=0 expect=value:0
