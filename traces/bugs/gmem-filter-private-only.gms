# bug-zoo B9 (gmemsim replay --inject gmem-filter-private-only): guest_memfd
# invalidations carry KVM_FILTER_PRIVATE even for an INIT_SHARED file.  Latent
# in 6.18 (only TDX's mirror roots consume the filter), so the VM opts into the
# labelled model extension filter_roots: its zaps honour the filter per SPTE
# as a TDX VM does per root.  A default VM maps a page of an MMAP|INIT_SHARED
# guest_memfd (gmem-only slot) shared; PUNCH_HOLE frees the folio, and with the
# bug the shared SPTE survives it (inv1-spte-freed).  Without the knob this
# trace fails for want of its violation.
gmemsim-trace 1
vm type=default vcpus=1 mmu=tdp filter_roots
expect_violation kind=inv1-spte-freed
gmem_create name=g0 size=2M flags=mmap|init_shared expect=0
set_memory_region slot=1 gpa=4G size=2M gmem=g0 flags=guest_memfd expect=0

vcpu0: write gpa=4G value=0x99 expect=0
barrier
vmm: gmem_fallocate gmem=g0 offset=0 len=4K mode=punch_hole|keep_size expect=0
