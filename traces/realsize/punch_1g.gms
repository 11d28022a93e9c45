# Real sizes (issue 15): allocate a whole 1G guest_memfd (262,144 order-0
# folios, as 6.18 allocates), map one page of it, then punch all of it.  The
# punch zaps the mapping inside its invalidation and frees every folio; the
# guest then reads a fresh zeroed page.  Deterministic mode, invariants at
# every point: about a second (gmemsim-bench realsize), because each folio
# freed is a world change and walks the emptied TDP tables (issue 15, open).
gmemsim-trace 1
run mode=det
vm type=sw_protected vcpus=1 mmu=tdp
memfd_create name=shm size=1G
mmap name=shared_mem len=1G prot=read|write shared memfd=shm expect=0
gmem_create name=g0 size=1G expect=0
set_memory_region slot=0 gpa=0 size=1G mem=shared_mem gmem=g0 flags=guest_memfd expect=0
set_memory_attributes gpa=0 size=1G private expect=0

vmm: gmem_fallocate gmem=g0 offset=0 len=1G mode=keep_size expect=0
barrier
vcpu0: write gpa=0x3ff00000 private value=0x2 expect=0
barrier
vmm: gmem_fallocate gmem=g0 offset=0 len=1G mode=punch_hole|keep_size expect=0
barrier
vcpu0: read gpa=0x3ff00000 private expect=value:0
