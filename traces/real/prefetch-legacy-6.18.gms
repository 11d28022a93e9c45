gmemsim-trace 1
# Imported by gmemsim import from traces/real/prefetch-legacy-6.18.txt: every expect= is what the
# kernel did; rec=N names the recorded step (the line of its marker,
# kvm_run_begin for a run's accesses); 'paging' marks an access to a
# gfn the recording shows the guest's page tables in.
vm type=0 vcpus=1 profile=6.18-legacy
run mode=ordered
barrier
vmm: mmap name=m0 len=0x200000 prot=3 shared anon offset=0 addr=0x7f846fb10000 fixed expect=0 rec=16
vmm: memfd_create name=f0 size=0 expect=0 rec=17
vmm: ftruncate memfd=f0 size=0x10000 expect=0 rec=18
vmm: mmap name=m1 len=0x10000 prot=3 shared memfd=f0 offset=0 addr=0x7f846fb00000 fixed expect=0 rec=19
vmm: set_memory_region slot=0 as=0 gpa=0 size=0x200000 hva=0x7f846fb10000 flags=0 v1 expect=0 rec=20
vmm: set_memory_region slot=1 as=0 gpa=0x200000 size=0x10000 hva=0x7f846fb00000 flags=0 v1 expect=0 rec=21
vmm: host_write mem=m0 offset=0 rec=25
vmm: host_write mem=m0 offset=0x1000 rec=25
vmm: host_write mem=m0 offset=0x2000 rec=25
vmm: host_write mem=m0 offset=0x3000 rec=25
vmm: host_write mem=m0 offset=0x4000 rec=25
vmm: host_write mem=m0 offset=0x5000 rec=25
vmm: host_write mem=m0 offset=0x6000 rec=25
vmm: host_write mem=m0 offset=0x7000 rec=25
vmm: host_write mem=m0 offset=0x8000 rec=25
vmm: host_write mem=m0 offset=0x9000 rec=25
vmm: host_write mem=m0 offset=0xa000 rec=25
vmm: host_write mem=m0 offset=0xb000 rec=25
vmm: host_write mem=m0 offset=0xc000 rec=25
vmm: host_write mem=m0 offset=0xd000 rec=25
vmm: host_write mem=m0 offset=0xe000 rec=25
vmm: host_write mem=m0 offset=0xf000 rec=25
vmm: host_write mem=m0 offset=0x10000 rec=25
# note (rec 26): step pass: the guest writes 16 page(s)
barrier
vcpu0: exec gpa=0x10000 paging sptes=0x1 expect=fault rec=27	# walk at line 31
vcpu0: write gpa=0x200000 sptes=0x1 expect=fault rec=27	# walk at line 45
vcpu0: write gpa=0x201000 sptes=0x2 expect=fault rec=27	# walk at line 56
vcpu0: write gpa=0x202000 sptes=0x4 expect=fault rec=27	# walk at line 65
vcpu0: write gpa=0x203000 sptes=0x8 expect=fault rec=27	# walk at line 74
vcpu0: write gpa=0x204000 sptes=0x10 expect=fault rec=27	# walk at line 83
vcpu0: write gpa=0x205000 sptes=0x20 expect=fault rec=27	# walk at line 92
vcpu0: write gpa=0x206000 sptes=0x40 expect=fault rec=27	# walk at line 101
vcpu0: write gpa=0x207000 sptes=0x80 expect=fault rec=27	# walk at line 110
vcpu0: write gpa=0x208000 sptes=0x1 expect=fault rec=27	# walk at line 119
vcpu0: write gpa=0x209000 sptes=0x2 expect=fault rec=27	# walk at line 128
vcpu0: write gpa=0x20a000 sptes=0x4 expect=fault rec=27	# walk at line 137
vcpu0: write gpa=0x20b000 sptes=0x8 expect=fault rec=27	# walk at line 146
vcpu0: write gpa=0x20c000 sptes=0x10 expect=fault rec=27	# walk at line 155
vcpu0: write gpa=0x20d000 sptes=0x20 expect=fault rec=27	# walk at line 164
vcpu0: write gpa=0x20e000 sptes=0x40 expect=fault rec=27	# walk at line 173
vcpu0: write gpa=0x20f000 sptes=0x80 expect=fault rec=27	# walk at line 182
vcpu0: read gpa=0x10016 paging sptes=0 expect=fault rec=27	# walk at line 191
vcpu0: read gpa=0x66 paging sptes=0 expect=fault rec=27	# walk at line 202
vcpu0: read gpa=0x2 paging sptes=0 expect=fault rec=27	# walk at line 208
# note (rec 217): step again: the guest writes 16 page(s)
vcpu0: read gpa=0x10016 paging sptes=0 expect=fault rec=218	# walk at line 220
vcpu0: read gpa=0x66 paging sptes=0 expect=fault rec=218	# walk at line 231
vcpu0: read gpa=0x2 paging sptes=0 expect=fault rec=218	# walk at line 236
barrier
vmm: madvise addr=0x7f846fb00000 len=0x10000 advice=4 expect=0 rec=246
vmm: host_read mem=m1 offset=0 rec=247
vmm: host_read mem=m1 offset=0x1000 rec=247
vmm: host_read mem=m1 offset=0x2000 rec=247
vmm: host_read mem=m1 offset=0x3000 rec=247
vmm: host_read mem=m1 offset=0x4000 rec=247
vmm: host_read mem=m1 offset=0x5000 rec=247
vmm: host_read mem=m1 offset=0x6000 rec=247
vmm: host_read mem=m1 offset=0x7000 rec=247
vmm: host_read mem=m1 offset=0x8000 rec=247
vmm: host_read mem=m1 offset=0x9000 rec=247
vmm: host_read mem=m1 offset=0xa000 rec=247
vmm: host_read mem=m1 offset=0xb000 rec=247
vmm: host_read mem=m1 offset=0xc000 rec=247
vmm: host_read mem=m1 offset=0xd000 rec=247
vmm: host_read mem=m1 offset=0xe000 rec=247
vmm: host_read mem=m1 offset=0xf000 rec=247
# note (rec 248): step dontneed: the guest writes 1 page(s)
barrier
vcpu0: write gpa=0x200000 sptes=0xff expect=fault rec=249	# walk at line 251
vcpu0: read gpa=0x10016 paging sptes=0 expect=fault rec=249	# walk at line 265
vcpu0: read gpa=0x66 paging sptes=0 expect=fault rec=249	# walk at line 276
vcpu0: read gpa=0x2 paging sptes=0 expect=fault rec=249	# walk at line 281
barrier
vmm: munmap addr=0x7f846fb00000 len=0x10000 expect=0 rec=291
vmm: mmap name=m2 len=0x10000 prot=3 shared memfd=f0 offset=0 addr=0x7f846fb00000 fixed expect=0 rec=292
vmm: host_read mem=m2 offset=0 rec=293
vmm: host_read mem=m2 offset=0x1000 rec=293
vmm: host_read mem=m2 offset=0x2000 rec=293
vmm: host_read mem=m2 offset=0x3000 rec=293
vmm: host_read mem=m2 offset=0x4000 rec=293
vmm: host_read mem=m2 offset=0x5000 rec=293
vmm: host_read mem=m2 offset=0x6000 rec=293
vmm: host_read mem=m2 offset=0x7000 rec=293
vmm: host_read mem=m2 offset=0x8000 rec=293
vmm: host_read mem=m2 offset=0x9000 rec=293
vmm: host_read mem=m2 offset=0xa000 rec=293
vmm: host_read mem=m2 offset=0xb000 rec=293
vmm: host_read mem=m2 offset=0xc000 rec=293
vmm: host_read mem=m2 offset=0xd000 rec=293
vmm: host_read mem=m2 offset=0xe000 rec=293
vmm: host_read mem=m2 offset=0xf000 rec=293
# note (rec 294): step remap: the guest writes 1 page(s)
barrier
vcpu0: write gpa=0x200000 sptes=0xff expect=fault rec=295	# walk at line 297
vcpu0: read gpa=0x10016 paging sptes=0 expect=fault rec=295	# walk at line 311
vcpu0: read gpa=0x66 paging sptes=0 expect=fault rec=295	# walk at line 322
vcpu0: read gpa=0x2 paging sptes=0 expect=fault rec=295	# walk at line 327
barrier
vmm: munmap addr=0x7f846fb00000 len=0x10000 expect=0 rec=337
# note (rec 338): step efault: the guest writes 1 page(s)
barrier
vcpu0: write gpa=0x200000 sptes=0 expect=exit:efault rec=339	# walk at line 341
barrier
vmm: mmap name=m3 len=0x10000 prot=3 shared memfd=f0 offset=0 addr=0x7f846fb00000 fixed expect=0 rec=349
vmm: host_read mem=m3 offset=0 rec=350
vmm: host_read mem=m3 offset=0x1000 rec=350
vmm: host_read mem=m3 offset=0x2000 rec=350
vmm: host_read mem=m3 offset=0x3000 rec=350
vmm: host_read mem=m3 offset=0x4000 rec=350
vmm: host_read mem=m3 offset=0x5000 rec=350
vmm: host_read mem=m3 offset=0x6000 rec=350
vmm: host_read mem=m3 offset=0x7000 rec=350
vmm: host_read mem=m3 offset=0x8000 rec=350
vmm: host_read mem=m3 offset=0x9000 rec=350
vmm: host_read mem=m3 offset=0xa000 rec=350
vmm: host_read mem=m3 offset=0xb000 rec=350
vmm: host_read mem=m3 offset=0xc000 rec=350
vmm: host_read mem=m3 offset=0xd000 rec=350
vmm: host_read mem=m3 offset=0xe000 rec=350
vmm: host_read mem=m3 offset=0xf000 rec=350
# note (rec 351): step remap-read: the guest writes 1 page(s)
barrier
vcpu0: write gpa=0x200000 sptes=0xff expect=fault rec=352	# walk at line 354
vcpu0: read gpa=0x10016 paging sptes=0 expect=fault rec=352	# walk at line 368
vcpu0: read gpa=0x66 paging sptes=0 expect=fault rec=352	# walk at line 379
vcpu0: read gpa=0x2 paging sptes=0 expect=fault rec=352	# walk at line 384
barrier
vmm: munmap addr=0x7f846fb00000 len=0x10000 expect=0 rec=394
vmm: mmap name=m4 len=0x10000 prot=3 shared memfd=f0 offset=0 addr=0x7f846fb00000 fixed expect=0 rec=395
# note (rec 396): step remap-none: the guest writes 1 page(s)
barrier
vcpu0: write gpa=0x200000 sptes=0x1 expect=fault rec=397	# walk at line 399
vcpu0: read gpa=0x10016 paging sptes=0 expect=fault rec=397	# walk at line 406
vcpu0: read gpa=0x66 paging sptes=0 expect=fault rec=397	# walk at line 417
vcpu0: read gpa=0x2 paging sptes=0 expect=fault rec=397	# walk at line 422
barrier
vmm: host_read mem=m4 offset=0 rec=431
vmm: host_read mem=m4 offset=0x1000 rec=431
vmm: host_read mem=m4 offset=0x2000 rec=431
vmm: host_read mem=m4 offset=0x3000 rec=431
vmm: host_read mem=m4 offset=0x4000 rec=431
vmm: host_read mem=m4 offset=0x5000 rec=431
vmm: host_read mem=m4 offset=0x6000 rec=431
vmm: host_read mem=m4 offset=0x7000 rec=431
vmm: host_read mem=m4 offset=0x8000 rec=431
vmm: host_read mem=m4 offset=0x9000 rec=431
vmm: host_read mem=m4 offset=0xa000 rec=431
vmm: host_read mem=m4 offset=0xb000 rec=431
vmm: host_read mem=m4 offset=0xc000 rec=431
vmm: host_read mem=m4 offset=0xd000 rec=431
vmm: host_read mem=m4 offset=0xe000 rec=431
vmm: host_read mem=m4 offset=0xf000 rec=431
# note (rec 432): step fill: the guest writes 16 page(s)
barrier
vcpu0: write gpa=0x201000 sptes=0xfe expect=fault rec=433	# walk at line 435
vcpu0: write gpa=0x208000 sptes=0xff expect=fault rec=433	# walk at line 448
vcpu0: read gpa=0x10016 paging sptes=0 expect=fault rec=433	# walk at line 462
vcpu0: read gpa=0x66 paging sptes=0 expect=fault rec=433	# walk at line 473
vcpu0: read gpa=0x2 paging sptes=0 expect=fault rec=433	# walk at line 478
barrier
vmm: munmap addr=0x7f846fb00000 len=0x10000 expect=0 rec=488
vmm: mmap name=m5 len=0x10000 prot=3 shared memfd=f0 offset=0 addr=0x7f846fb00000 fixed expect=0 rec=489
vmm: host_write mem=m5 offset=0 rec=490
vmm: host_write mem=m5 offset=0x1000 rec=490
vmm: host_write mem=m5 offset=0x2000 rec=490
vmm: host_write mem=m5 offset=0x3000 rec=490
vmm: host_write mem=m5 offset=0x4000 rec=490
vmm: host_write mem=m5 offset=0x5000 rec=490
vmm: host_write mem=m5 offset=0x6000 rec=490
vmm: host_write mem=m5 offset=0x7000 rec=490
vmm: host_write mem=m5 offset=0x8000 rec=490
vmm: host_write mem=m5 offset=0x9000 rec=490
vmm: host_write mem=m5 offset=0xa000 rec=490
vmm: host_write mem=m5 offset=0xb000 rec=490
vmm: host_write mem=m5 offset=0xc000 rec=490
vmm: host_write mem=m5 offset=0xd000 rec=490
vmm: host_write mem=m5 offset=0xe000 rec=490
vmm: host_write mem=m5 offset=0xf000 rec=490
# note (rec 491): step remap-write: the guest writes 1 page(s)
barrier
vcpu0: write gpa=0x200000 sptes=0xff expect=fault rec=492	# walk at line 494
vcpu0: read gpa=0x10016 paging sptes=0 expect=fault rec=492	# walk at line 508
vcpu0: read gpa=0x66 paging sptes=0 expect=fault rec=492	# walk at line 519
vcpu0: read gpa=0x2 paging sptes=0 expect=fault rec=492	# walk at line 524
barrier
vmm: munmap addr=0x7f846fb00000 len=0x10000 expect=0 rec=534
vmm: mmap name=m6 len=0x10000 prot=3 shared memfd=f0 offset=0 addr=0x7f846fb00000 fixed expect=0 rec=535
vmm: host_read mem=m6 offset=0x9000 rec=536
# note (rec 537): step around: the guest writes 1 page(s)
barrier
vcpu0: write gpa=0x200000 sptes=0xff expect=fault rec=538	# walk at line 540
vcpu0: read gpa=0x10016 paging sptes=0 expect=fault rec=538	# walk at line 554
vcpu0: read gpa=0x66 paging sptes=0 expect=fault rec=538	# walk at line 565
vcpu0: read gpa=0x2 paging sptes=0 expect=fault rec=538	# walk at line 570
