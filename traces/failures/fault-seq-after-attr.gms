# Written by `gmemsim explore --inject fault-seq-after-attr --stop-after 1`
# over this program (`--scenario`; found after 2368 executions), as written,
# only this comment added.  bug-zoo B2: the fault samples mmu_invalidate_seq
# after its private/shared check, so a conversion that completes in between
# goes unnoticed and a shared leaf is installed over a gfn now private
# (inv8-spte-privateness).  `gmemsim replay FILE` turns the knob on from the
# run line and exits 0; `gmemsim replay --html OUT.html FILE` draws it.
gmemsim-trace 1
# shrunk by gmemsim explore: 9 statements, 1 preemption(s), 1 other scheduling choice(s), 151 scheduling points
run mode=det seed=2368 strategy=sticky inject=fault-seq-after-attr preempt=1:vcpu0,29:host
expect_violation kind=inv8-spte-privateness
vm type=sw_protected vcpus=1 mmu=tdp
memfd_create name=shm size=6M
mmap name=shared_mem len=6M prot=read|write shared memfd=shm
gmem_create name=g0 size=6M
set_memory_region slot=0 gpa=0 size=2M mem=shared_mem gmem=g0 flags=guest_memfd
set_memory_attributes gpa=0x1ff000 size=4K private
vmm: set_memory_attributes gpa=0 size=2M private
vcpu0: exec gpa=0x1ff000 shared
vcpu0: read gpa=0
