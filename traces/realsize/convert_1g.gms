# Real sizes (issue 15): a SW-protected VM converts its whole 1G slot to
# private and back, as a TDX guest accepting its memory at boot does.  The
# attribute xarray takes 262,144 entries each way; the model stores them
# under xa_lock in runs of one xarray leaf node (64 gfns), one scheduling
# point per run, so this replays in deterministic mode, invariants at every
# point, in well under a second (gmemsim-bench realsize prints the figure).
# The shared page written before the conversion survives the round trip (no
# punch); the private write goes to a fresh guest_memfd page.
gmemsim-trace 1
run mode=det
vm type=sw_protected vcpus=1 mmu=tdp
memfd_create name=shm size=1G
mmap name=shared_mem len=1G prot=read|write shared memfd=shm expect=0
gmem_create name=g0 size=1G expect=0
set_memory_region slot=0 gpa=0 size=1G mem=shared_mem gmem=g0 flags=guest_memfd expect=0

vcpu0: write gpa=0x3ff00000 shared value=0x5eed expect=0
barrier
vmm: set_memory_attributes gpa=0 size=1G private expect=0
barrier
vcpu0: read gpa=0x3ff00000 private expect=value:0
vcpu0: write gpa=0x3ff00000 private value=0x1 expect=0
vcpu0: read gpa=0x3ff00000 shared expect=exit:memory_fault
barrier
vmm: set_memory_attributes gpa=0 size=1G shared expect=0
barrier
vcpu0: read gpa=0x3ff00000 shared expect=value:0x5eed
