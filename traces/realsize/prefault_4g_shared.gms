# Real sizes (issue 15): KVM_PRE_FAULT_MEMORY over a 4G guest_memfd slot
# whose memory is still shared (no attribute set), backed by a huge memfd.
# Model status: the host mm maps 4K PTEs even for huge folios
# (mm_model/memory.c), so each of the 1,048,576 pages is one fault here
# where the kernel maps 2M at a time; deterministic mode, invariants at every
# point.  gmemsim-bench realsize prints the time.
gmemsim-trace 1
run mode=det
vm type=sw_protected vcpus=1 mmu=tdp
gmem_create name=g0 size=4G expect=0
memfd_create name=shm size=4G huge
mmap name=shared_mem len=4G prot=read|write shared memfd=shm expect=0
set_memory_region slot=0 gpa=0 size=4G mem=shared_mem gmem=g0 flags=guest_memfd expect=0

vcpu0: pre_fault gpa=0 size=4G expect=0
vcpu0: read gpa=0xfff00000 shared expect=value:0
