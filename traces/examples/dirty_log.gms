# Dirty logging as KVM_GET_DIRTY_LOG re-arms it (kvm_get_dirty_log_protect):
# after logging is turned on, a write faults and marks its page; the harvest
# reports those pages, write-protects them and flushes, so the next write to
# them faults again and marks them again, while a read still hits.  A slot
# without logging is -ENOENT, an id past KVM_USER_MEM_SLOTS -EINVAL.  The
# recording in traces/real/ shows the same: 128 pages dirty, then 128 write
# faults on the pass after the harvest.
gmemsim-trace 1
vm vcpus=1
memfd_create name=shm size=64K expect=0
mmap name=mem len=64K prot=read|write shared memfd=shm expect=0
set_memory_region slot=1 gpa=1M size=64K mem=mem expect=0
get_dirty_log slot=1 expect=-ENOENT
get_dirty_log slot=32765 expect=-EINVAL
get_dirty_log slot=2 expect=-ENOENT
vcpu0: write gpa=1M value=1 expect=fault
vcpu0: write gpa=0x101000 value=2 expect=fault
vcpu0: write gpa=1M value=3 expect=hit
barrier
vmm: set_memory_region slot=1 gpa=1M size=64K mem=mem flags=log_dirty_pages expect=0
barrier
vcpu0: write gpa=1M value=4 expect=fault
vcpu0: write gpa=0x101000 value=5 expect=fault
vcpu0: read gpa=0x102000 expect=fault
barrier
vmm: get_dirty_log slot=1 expect=value:3
vmm: get_dirty_log slot=1 expect=value:0
barrier
vcpu0: read gpa=1M expect=hit
vcpu0: write gpa=1M value=6 expect=fault
vcpu0: write gpa=1M value=7 expect=hit
vcpu0: read gpa=0x102000 expect=hit
barrier
vmm: get_dirty_log slot=1 expect=value:1
vmm: set_memory_region slot=1 gpa=1M size=64K mem=mem expect=0
vmm: get_dirty_log slot=1 expect=-ENOENT
