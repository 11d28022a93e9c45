# Finding (docs/findings/gmem-error-folio-vs-punch-hole.md): memory_failure()
# on a guest_memfd folio holds the folio lock and kvm_gmem_error_folio() waits
# for the mapping's invalidate_lock (shared), while PUNCH_HOLE holds
# invalidate_lock (exclusive) and truncate_inode_pages_range() waits for that
# folio's lock: an ABBA deadlock between two tasks, invisible to lockdep
# (folio locks are not tracked).  Written by `gmemsim explore --scenario`
# (one preemption: the host's machine check starts after the punch took
# invalidate_lock); ctest replays it and expects the deadlock, and not with
# candidate fix: gmem-error-folio-relock
gmemsim-trace 1
# shrunk by gmemsim explore: 8 statements, 1 preemption(s), 0 other scheduling choice(s), 122 scheduling points
run mode=det seed=1 strategy=sticky preempt=100:host
expect_violation kind=deadlock
vm type=sw_protected vcpus=1 mmu=tdp
gmem_create name=g0 size=2M
set_memory_region slot=0 gpa=0 size=2M gmem=g0 flags=guest_memfd
set_memory_attributes gpa=0 size=2M private
vcpu0: write gpa=0 value=1
barrier
host: hwpoison gmem=g0 offset=0
vmm: gmem_fallocate gmem=g0 offset=0 len=4K mode=punch_hole|keep_size
