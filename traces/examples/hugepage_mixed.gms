# Huge pages across mixed attributes (kernel-reference 3.5; 3.3 E: the
# attribute pre-pass widens its range to the straddling huge page; the
# post-pass recomputes MIXED).
#
# The shared backing is a 2M hugetlb memfd, mapped and bound 2M-aligned, so
# a shared fault maps the 2M page with one 2M SPTE (host_pfn_mapping_level
# sees the host's PMD mapping of the hugetlb page): after the first read the
# other 4K pages of the same 2M page are TLB hits (the tlbhit column; no
# expect= can name a mapping level, the invariant checker forbids a huge
# SPTE over mixed attributes).  Model status: the host mm installs 4K PTEs
# one fault at a time even for hugetlb folios, so the guest maps 2M only
# once the host has touched all 512 pages (reported; mm_model/memory.c).
# Converting one 4K page to private zaps the 2M mapping, marks the 2M region
# MIXED (no huge mapping may cover a private gfn and a shared one), and the
# guest's
# next reads fault 4K pages: shared ones still show the host's data, the
# private one a fresh guest_memfd page.  Converting it back clears MIXED;
# the shared data was never freed (no punch), so it comes back, and the
# private data survives in the guest_memfd for the next conversion.
gmemsim-trace 1
vm type=sw_protected vcpus=2 mmu=tdp
memfd_create name=huge size=4M huge expect=0
mmap name=hmem len=4M prot=read|write shared memfd=huge expect=0
gmem_create name=g0 size=4M expect=0
set_memory_region slot=0 gpa=0 size=4M mem=hmem gmem=g0 flags=guest_memfd expect=0
host_write mem=hmem offset=0 value=0x1 expect=0
host_write mem=hmem offset=0x1000 value=0x2 expect=0
host_write mem=hmem offset=0x3000 value=0x4 expect=0
host_write mem=hmem offset=2M value=0x200 expect=0

vcpu0: read gpa=0 expect=value:0x1
vcpu0: read gpa=0x1000 expect=value:0x2
vcpu0: read gpa=0x3000 expect=value:0x4
vcpu1: read gpa=2M expect=value:0x200
barrier
vmm: set_memory_attributes gpa=0x1000 size=4K private expect=0
barrier
vcpu0: read gpa=0x1000 expect=value:0
vcpu0: write gpa=0x1000 value=0x1001 expect=0
vcpu0: read gpa=0 expect=value:0x1
vcpu0: read gpa=0x3000 expect=value:0x4
vcpu0: read gpa=0x1000 shared expect=exit:memory_fault
# the other 2M page is unaffected
vcpu1: read gpa=2M expect=value:0x200
vcpu1: read gpa=0x201000 expect=value:0
barrier
host: host_read mem=hmem offset=0x1000 expect=value:0x2
barrier
# vcpu1 races a second conversion (of the whole second 2M page) with its reads
vcpu1: read gpa=0x200000 expect=any
vcpu1: read gpa=0x3ff000 expect=any
vmm: set_memory_attributes gpa=2M size=2M private expect=0
barrier
vcpu1: read gpa=2M expect=value:0
vcpu1: read gpa=0x3ff000 expect=value:0
vcpu1: read gpa=2M shared expect=exit:memory_fault
barrier
vmm: set_memory_attributes gpa=0 size=4M shared expect=0
barrier
vcpu0: read gpa=0x1000 expect=value:0x2
vcpu0: read gpa=0 expect=value:0x1
vcpu1: read gpa=2M expect=value:0x200
barrier
vmm: set_memory_attributes gpa=0x1000 size=4K private expect=0
barrier
vcpu0: read gpa=0x1000 expect=value:0x1001
