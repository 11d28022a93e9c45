# Finding (docs/findings/gmem-bind-before-rmap-alloc.md): on a VM whose
# memslots have rmaps (tdp_mmu=N, as on the 6.18 legacy host of
# ../shared/real-kernel, or a TDP host once a nested guest made shadow roots),
# kvm_set_memory_region() binds a new KVM_MEM_GUEST_MEMFD slot into the
# guest_memfd (kvm_gmem_bind) before kvm_set_memslot() allocates the slot's
# rmaps; a PUNCH_HOLE in that window reaches kvm_unmap_gfn_range() ->
# __kvm_rmap_zap_gfn_range() for a slot whose slot->arch.rmap[] is NULL.  The
# model reports the walk of a slot without rmaps (WARN_ON_ONCE); the kernel
# dereferences NULL + 8 * (page index in the slot).  The punch starts at page
# 1, so the kernel oopses (one from the slot's first page would not).  ctest
# replays it and expects it, and not with
# candidate fix: rmap-zap-skip-unallocated
gmemsim-trace 1
# shrunk by gmemsim explore: 4 statements, 2 preemption(s), 0 other scheduling choice(s), 44 scheduling points
run mode=det seed=3 strategy=sticky preempt=9:host,20:host
expect_violation kind=WARN_ON_ONCE
vm type=default vcpus=1 mmu=legacy
gmem_create name=g0 size=2M
vmm: set_memory_region slot=0 gpa=0 size=2M gmem=g0 flags=guest_memfd
host: gmem_fallocate gmem=g0 offset=4K len=4K mode=punch_hole|keep_size
