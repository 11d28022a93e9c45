# Finding (docs/findings/mmio-spte-over-present.md): on the legacy MMU,
# mmu_set_spte() installs an MMIO SPTE for a fault that found no memslot
# before it looks at what the SPTE holds, through mmu_spte_set(), which
# asserts (WARN_ON_ONCE) that it is not present.  A fault that looked up its
# memslot while slot 1 was deleted, and takes mmu_lock after slot 1 was
# re-created and another vCPU's fault (here its prefetch of gfn 0x200, the
# neighbour of gfn 0x201) installed a leaf through the new slot, overwrites
# that leaf without dropping it: the kernel WARNs and the rmap keeps an entry
# for an SPTE that is no longer present (inv22).  Upstream fixed the order
# in aad885e77496 "KVM: x86/mmu: Drop/zap existing present SPTE even when
# creating an MMIO SPTE" (7.0-rc, Cc stable), for another trigger (a gPTE
# changed by host userspace).  ctest replays it and expects it, and not with
# candidate fix: mmio-spte-drop-present
gmemsim-trace 1
# shrunk by gmemsim explore --profile 6.18-legacy --family all (seed 1367): 14 statements, 29 preemptions, 470 scheduling points
run mode=det seed=1367 strategy=sticky preempt=11:vcpu0,14:vcpu1,23:vcpu1,36:vcpu0,37:vcpu1,39:vmm,42:vcpu1,46:vmm,47:vcpu1,49:vmm,51:vcpu1,56:vmm,57:vcpu2,62:vcpu1,80:vcpu0,82:vmm,83:vcpu0,85:vcpu1,89:vcpu2,93:vcpu0,94:vcpu2,137:vcpu2,219:vmm,269:vcpu1,272:vcpu2,280:vcpu1,282:vcpu2,284:vcpu0,287:vcpu2
expect_violation kind=WARN_ON_ONCE
vm type=default vcpus=3 mmu=legacy profile=6.18-legacy
memfd_create name=shm size=6M
mmap name=shared_mem len=6M prot=read|write shared memfd=shm
gmem_create name=g0 size=6M
set_memory_region slot=0 gpa=0 size=2M mem=shared_mem gmem=g0 flags=guest_memfd
set_memory_region slot=1 gpa=2M size=2M mem=shared_mem mem_offset=2M gmem=g0 gmem_offset=2M flags=guest_memfd
vmm: gmem_fallocate gmem=g0 offset=0x201000 len=4K mode=keep_size|punch_hole
vmm: set_memory_region slot=1 size=0
vmm: set_memory_region slot=1 gpa=2M size=2M mem=shared_mem mem_offset=2M gmem=g0 gmem_offset=2M flags=guest_memfd
vcpu0: read gpa=0x201000 private
vcpu0: read gpa=0x201000 shared
vcpu1: write gpa=0x200000 private
vcpu1: write gpa=0x200000
vcpu2: exec gpa=0x201000 shared
