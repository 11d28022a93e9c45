gmemsim-trace 1
# Imported by gmemsim import from traces/real/recording-legacy-6.18.txt: every expect= is what the
# kernel did; rec=N names the recorded step (the line of its marker,
# kvm_run_begin for a run's accesses); 'paging' marks an access to a
# gfn the recording shows the guest's page tables in.
vm type=0 vcpus=1 profile=6.18-legacy
run mode=ordered
barrier
vmm: mmap name=m0 len=0x200000 prot=3 shared anon offset=0 addr=0x7f482b0a0000 fixed expect=0 rec=16
vmm: host_write mem=m0 offset=0 rec=17
vmm: host_write mem=m0 offset=0x1000 rec=17
vmm: host_write mem=m0 offset=0x2000 rec=17
vmm: host_write mem=m0 offset=0x3000 rec=17
vmm: host_write mem=m0 offset=0x4000 rec=17
vmm: host_write mem=m0 offset=0x5000 rec=17
vmm: host_write mem=m0 offset=0x6000 rec=17
vmm: host_write mem=m0 offset=0x7000 rec=17
vmm: host_write mem=m0 offset=0x8000 rec=17
vmm: host_write mem=m0 offset=0x9000 rec=17
vmm: host_write mem=m0 offset=0xa000 rec=17
vmm: host_write mem=m0 offset=0xb000 rec=17
vmm: host_write mem=m0 offset=0xc000 rec=17
vmm: host_write mem=m0 offset=0xd000 rec=17
vmm: host_write mem=m0 offset=0xe000 rec=17
vmm: host_write mem=m0 offset=0xf000 rec=17
vmm: host_write mem=m0 offset=0x10000 rec=17
vmm: host_write mem=m0 offset=0x11000 rec=17
vmm: host_write mem=m0 offset=0x12000 rec=17
vmm: host_write mem=m0 offset=0x13000 rec=17
vmm: host_write mem=m0 offset=0x14000 rec=17
vmm: host_write mem=m0 offset=0x15000 rec=17
vmm: host_write mem=m0 offset=0x16000 rec=17
vmm: host_write mem=m0 offset=0x17000 rec=17
vmm: host_write mem=m0 offset=0x18000 rec=17
vmm: host_write mem=m0 offset=0x19000 rec=17
vmm: host_write mem=m0 offset=0x1a000 rec=17
vmm: host_write mem=m0 offset=0x1b000 rec=17
vmm: host_write mem=m0 offset=0x1c000 rec=17
vmm: host_write mem=m0 offset=0x1d000 rec=17
vmm: host_write mem=m0 offset=0x1e000 rec=17
vmm: host_write mem=m0 offset=0x1f000 rec=17
vmm: host_write mem=m0 offset=0x20000 rec=17
vmm: host_write mem=m0 offset=0x21000 rec=17
vmm: host_write mem=m0 offset=0x22000 rec=17
vmm: host_write mem=m0 offset=0x23000 rec=17
vmm: host_write mem=m0 offset=0x24000 rec=17
vmm: host_write mem=m0 offset=0x25000 rec=17
vmm: host_write mem=m0 offset=0x26000 rec=17
vmm: host_write mem=m0 offset=0x27000 rec=17
vmm: host_write mem=m0 offset=0x28000 rec=17
vmm: host_write mem=m0 offset=0x29000 rec=17
vmm: host_write mem=m0 offset=0x2a000 rec=17
vmm: host_write mem=m0 offset=0x2b000 rec=17
vmm: host_write mem=m0 offset=0x2c000 rec=17
vmm: host_write mem=m0 offset=0x2d000 rec=17
vmm: host_write mem=m0 offset=0x2e000 rec=17
vmm: host_write mem=m0 offset=0x2f000 rec=17
vmm: host_write mem=m0 offset=0x30000 rec=17
vmm: host_write mem=m0 offset=0x31000 rec=17
vmm: host_write mem=m0 offset=0x32000 rec=17
vmm: host_write mem=m0 offset=0x33000 rec=17
vmm: host_write mem=m0 offset=0x34000 rec=17
vmm: host_write mem=m0 offset=0x35000 rec=17
vmm: host_write mem=m0 offset=0x36000 rec=17
vmm: host_write mem=m0 offset=0x37000 rec=17
vmm: host_write mem=m0 offset=0x38000 rec=17
vmm: host_write mem=m0 offset=0x39000 rec=17
vmm: host_write mem=m0 offset=0x3a000 rec=17
vmm: host_write mem=m0 offset=0x3b000 rec=17
vmm: host_write mem=m0 offset=0x3c000 rec=17
vmm: host_write mem=m0 offset=0x3d000 rec=17
vmm: host_write mem=m0 offset=0x3e000 rec=17
vmm: host_write mem=m0 offset=0x3f000 rec=17
vmm: host_write mem=m0 offset=0x40000 rec=17
vmm: host_write mem=m0 offset=0x41000 rec=17
vmm: host_write mem=m0 offset=0x42000 rec=17
vmm: host_write mem=m0 offset=0x43000 rec=17
vmm: host_write mem=m0 offset=0x44000 rec=17
vmm: host_write mem=m0 offset=0x45000 rec=17
vmm: host_write mem=m0 offset=0x46000 rec=17
vmm: host_write mem=m0 offset=0x47000 rec=17
vmm: host_write mem=m0 offset=0x48000 rec=17
vmm: host_write mem=m0 offset=0x49000 rec=17
vmm: host_write mem=m0 offset=0x4a000 rec=17
vmm: host_write mem=m0 offset=0x4b000 rec=17
vmm: host_write mem=m0 offset=0x4c000 rec=17
vmm: host_write mem=m0 offset=0x4d000 rec=17
vmm: host_write mem=m0 offset=0x4e000 rec=17
vmm: host_write mem=m0 offset=0x4f000 rec=17
vmm: host_write mem=m0 offset=0x50000 rec=17
vmm: host_write mem=m0 offset=0x51000 rec=17
vmm: host_write mem=m0 offset=0x52000 rec=17
vmm: host_write mem=m0 offset=0x53000 rec=17
vmm: host_write mem=m0 offset=0x54000 rec=17
vmm: host_write mem=m0 offset=0x55000 rec=17
vmm: host_write mem=m0 offset=0x56000 rec=17
vmm: host_write mem=m0 offset=0x57000 rec=17
vmm: host_write mem=m0 offset=0x58000 rec=17
vmm: host_write mem=m0 offset=0x59000 rec=17
vmm: host_write mem=m0 offset=0x5a000 rec=17
vmm: host_write mem=m0 offset=0x5b000 rec=17
vmm: host_write mem=m0 offset=0x5c000 rec=17
vmm: host_write mem=m0 offset=0x5d000 rec=17
vmm: host_write mem=m0 offset=0x5e000 rec=17
vmm: host_write mem=m0 offset=0x5f000 rec=17
vmm: host_write mem=m0 offset=0x60000 rec=17
vmm: host_write mem=m0 offset=0x61000 rec=17
vmm: host_write mem=m0 offset=0x62000 rec=17
vmm: host_write mem=m0 offset=0x63000 rec=17
vmm: host_write mem=m0 offset=0x64000 rec=17
vmm: host_write mem=m0 offset=0x65000 rec=17
vmm: host_write mem=m0 offset=0x66000 rec=17
vmm: host_write mem=m0 offset=0x67000 rec=17
vmm: host_write mem=m0 offset=0x68000 rec=17
vmm: host_write mem=m0 offset=0x69000 rec=17
vmm: host_write mem=m0 offset=0x6a000 rec=17
vmm: host_write mem=m0 offset=0x6b000 rec=17
vmm: host_write mem=m0 offset=0x6c000 rec=17
vmm: host_write mem=m0 offset=0x6d000 rec=17
vmm: host_write mem=m0 offset=0x6e000 rec=17
vmm: host_write mem=m0 offset=0x6f000 rec=17
vmm: host_write mem=m0 offset=0x70000 rec=17
vmm: host_write mem=m0 offset=0x71000 rec=17
vmm: host_write mem=m0 offset=0x72000 rec=17
vmm: host_write mem=m0 offset=0x73000 rec=17
vmm: host_write mem=m0 offset=0x74000 rec=17
vmm: host_write mem=m0 offset=0x75000 rec=17
vmm: host_write mem=m0 offset=0x76000 rec=17
vmm: host_write mem=m0 offset=0x77000 rec=17
vmm: host_write mem=m0 offset=0x78000 rec=17
vmm: host_write mem=m0 offset=0x79000 rec=17
vmm: host_write mem=m0 offset=0x7a000 rec=17
vmm: host_write mem=m0 offset=0x7b000 rec=17
vmm: host_write mem=m0 offset=0x7c000 rec=17
vmm: host_write mem=m0 offset=0x7d000 rec=17
vmm: host_write mem=m0 offset=0x7e000 rec=17
vmm: host_write mem=m0 offset=0x7f000 rec=17
vmm: host_write mem=m0 offset=0x80000 rec=17
vmm: host_write mem=m0 offset=0x81000 rec=17
vmm: host_write mem=m0 offset=0x82000 rec=17
vmm: host_write mem=m0 offset=0x83000 rec=17
vmm: host_write mem=m0 offset=0x84000 rec=17
vmm: host_write mem=m0 offset=0x85000 rec=17
vmm: host_write mem=m0 offset=0x86000 rec=17
vmm: host_write mem=m0 offset=0x87000 rec=17
vmm: host_write mem=m0 offset=0x88000 rec=17
vmm: host_write mem=m0 offset=0x89000 rec=17
vmm: host_write mem=m0 offset=0x8a000 rec=17
vmm: host_write mem=m0 offset=0x8b000 rec=17
vmm: host_write mem=m0 offset=0x8c000 rec=17
vmm: host_write mem=m0 offset=0x8d000 rec=17
vmm: host_write mem=m0 offset=0x8e000 rec=17
vmm: host_write mem=m0 offset=0x8f000 rec=17
vmm: host_write mem=m0 offset=0x90000 rec=17
vmm: host_write mem=m0 offset=0x91000 rec=17
vmm: host_write mem=m0 offset=0x92000 rec=17
vmm: host_write mem=m0 offset=0x93000 rec=17
vmm: host_write mem=m0 offset=0x94000 rec=17
vmm: host_write mem=m0 offset=0x95000 rec=17
vmm: host_write mem=m0 offset=0x96000 rec=17
vmm: host_write mem=m0 offset=0x97000 rec=17
vmm: host_write mem=m0 offset=0x98000 rec=17
vmm: host_write mem=m0 offset=0x99000 rec=17
vmm: host_write mem=m0 offset=0x9a000 rec=17
vmm: host_write mem=m0 offset=0x9b000 rec=17
vmm: host_write mem=m0 offset=0x9c000 rec=17
vmm: host_write mem=m0 offset=0x9d000 rec=17
vmm: host_write mem=m0 offset=0x9e000 rec=17
vmm: host_write mem=m0 offset=0x9f000 rec=17
vmm: host_write mem=m0 offset=0xa0000 rec=17
vmm: host_write mem=m0 offset=0xa1000 rec=17
vmm: host_write mem=m0 offset=0xa2000 rec=17
vmm: host_write mem=m0 offset=0xa3000 rec=17
vmm: host_write mem=m0 offset=0xa4000 rec=17
vmm: host_write mem=m0 offset=0xa5000 rec=17
vmm: host_write mem=m0 offset=0xa6000 rec=17
vmm: host_write mem=m0 offset=0xa7000 rec=17
vmm: host_write mem=m0 offset=0xa8000 rec=17
vmm: host_write mem=m0 offset=0xa9000 rec=17
vmm: host_write mem=m0 offset=0xaa000 rec=17
vmm: host_write mem=m0 offset=0xab000 rec=17
vmm: host_write mem=m0 offset=0xac000 rec=17
vmm: host_write mem=m0 offset=0xad000 rec=17
vmm: host_write mem=m0 offset=0xae000 rec=17
vmm: host_write mem=m0 offset=0xaf000 rec=17
vmm: host_write mem=m0 offset=0xb0000 rec=17
vmm: host_write mem=m0 offset=0xb1000 rec=17
vmm: host_write mem=m0 offset=0xb2000 rec=17
vmm: host_write mem=m0 offset=0xb3000 rec=17
vmm: host_write mem=m0 offset=0xb4000 rec=17
vmm: host_write mem=m0 offset=0xb5000 rec=17
vmm: host_write mem=m0 offset=0xb6000 rec=17
vmm: host_write mem=m0 offset=0xb7000 rec=17
vmm: host_write mem=m0 offset=0xb8000 rec=17
vmm: host_write mem=m0 offset=0xb9000 rec=17
vmm: host_write mem=m0 offset=0xba000 rec=17
vmm: host_write mem=m0 offset=0xbb000 rec=17
vmm: host_write mem=m0 offset=0xbc000 rec=17
vmm: host_write mem=m0 offset=0xbd000 rec=17
vmm: host_write mem=m0 offset=0xbe000 rec=17
vmm: host_write mem=m0 offset=0xbf000 rec=17
vmm: host_write mem=m0 offset=0xc0000 rec=17
vmm: host_write mem=m0 offset=0xc1000 rec=17
vmm: host_write mem=m0 offset=0xc2000 rec=17
vmm: host_write mem=m0 offset=0xc3000 rec=17
vmm: host_write mem=m0 offset=0xc4000 rec=17
vmm: host_write mem=m0 offset=0xc5000 rec=17
vmm: host_write mem=m0 offset=0xc6000 rec=17
vmm: host_write mem=m0 offset=0xc7000 rec=17
vmm: host_write mem=m0 offset=0xc8000 rec=17
vmm: host_write mem=m0 offset=0xc9000 rec=17
vmm: host_write mem=m0 offset=0xca000 rec=17
vmm: host_write mem=m0 offset=0xcb000 rec=17
vmm: host_write mem=m0 offset=0xcc000 rec=17
vmm: host_write mem=m0 offset=0xcd000 rec=17
vmm: host_write mem=m0 offset=0xce000 rec=17
vmm: host_write mem=m0 offset=0xcf000 rec=17
vmm: host_write mem=m0 offset=0xd0000 rec=17
vmm: host_write mem=m0 offset=0xd1000 rec=17
vmm: host_write mem=m0 offset=0xd2000 rec=17
vmm: host_write mem=m0 offset=0xd3000 rec=17
vmm: host_write mem=m0 offset=0xd4000 rec=17
vmm: host_write mem=m0 offset=0xd5000 rec=17
vmm: host_write mem=m0 offset=0xd6000 rec=17
vmm: host_write mem=m0 offset=0xd7000 rec=17
vmm: host_write mem=m0 offset=0xd8000 rec=17
vmm: host_write mem=m0 offset=0xd9000 rec=17
vmm: host_write mem=m0 offset=0xda000 rec=17
vmm: host_write mem=m0 offset=0xdb000 rec=17
vmm: host_write mem=m0 offset=0xdc000 rec=17
vmm: host_write mem=m0 offset=0xdd000 rec=17
vmm: host_write mem=m0 offset=0xde000 rec=17
vmm: host_write mem=m0 offset=0xdf000 rec=17
vmm: host_write mem=m0 offset=0xe0000 rec=17
vmm: host_write mem=m0 offset=0xe1000 rec=17
vmm: host_write mem=m0 offset=0xe2000 rec=17
vmm: host_write mem=m0 offset=0xe3000 rec=17
vmm: host_write mem=m0 offset=0xe4000 rec=17
vmm: host_write mem=m0 offset=0xe5000 rec=17
vmm: host_write mem=m0 offset=0xe6000 rec=17
vmm: host_write mem=m0 offset=0xe7000 rec=17
vmm: host_write mem=m0 offset=0xe8000 rec=17
vmm: host_write mem=m0 offset=0xe9000 rec=17
vmm: host_write mem=m0 offset=0xea000 rec=17
vmm: host_write mem=m0 offset=0xeb000 rec=17
vmm: host_write mem=m0 offset=0xec000 rec=17
vmm: host_write mem=m0 offset=0xed000 rec=17
vmm: host_write mem=m0 offset=0xee000 rec=17
vmm: host_write mem=m0 offset=0xef000 rec=17
vmm: host_write mem=m0 offset=0xf0000 rec=17
vmm: host_write mem=m0 offset=0xf1000 rec=17
vmm: host_write mem=m0 offset=0xf2000 rec=17
vmm: host_write mem=m0 offset=0xf3000 rec=17
vmm: host_write mem=m0 offset=0xf4000 rec=17
vmm: host_write mem=m0 offset=0xf5000 rec=17
vmm: host_write mem=m0 offset=0xf6000 rec=17
vmm: host_write mem=m0 offset=0xf7000 rec=17
vmm: host_write mem=m0 offset=0xf8000 rec=17
vmm: host_write mem=m0 offset=0xf9000 rec=17
vmm: host_write mem=m0 offset=0xfa000 rec=17
vmm: host_write mem=m0 offset=0xfb000 rec=17
vmm: host_write mem=m0 offset=0xfc000 rec=17
vmm: host_write mem=m0 offset=0xfd000 rec=17
vmm: host_write mem=m0 offset=0xfe000 rec=17
vmm: host_write mem=m0 offset=0xff000 rec=17
vmm: host_write mem=m0 offset=0x100000 rec=17
vmm: host_write mem=m0 offset=0x101000 rec=17
vmm: host_write mem=m0 offset=0x102000 rec=17
vmm: host_write mem=m0 offset=0x103000 rec=17
vmm: host_write mem=m0 offset=0x104000 rec=17
vmm: host_write mem=m0 offset=0x105000 rec=17
vmm: host_write mem=m0 offset=0x106000 rec=17
vmm: host_write mem=m0 offset=0x107000 rec=17
vmm: host_write mem=m0 offset=0x108000 rec=17
vmm: host_write mem=m0 offset=0x109000 rec=17
vmm: host_write mem=m0 offset=0x10a000 rec=17
vmm: host_write mem=m0 offset=0x10b000 rec=17
vmm: host_write mem=m0 offset=0x10c000 rec=17
vmm: host_write mem=m0 offset=0x10d000 rec=17
vmm: host_write mem=m0 offset=0x10e000 rec=17
vmm: host_write mem=m0 offset=0x10f000 rec=17
vmm: host_write mem=m0 offset=0x110000 rec=17
vmm: host_write mem=m0 offset=0x111000 rec=17
vmm: host_write mem=m0 offset=0x112000 rec=17
vmm: host_write mem=m0 offset=0x113000 rec=17
vmm: host_write mem=m0 offset=0x114000 rec=17
vmm: host_write mem=m0 offset=0x115000 rec=17
vmm: host_write mem=m0 offset=0x116000 rec=17
vmm: host_write mem=m0 offset=0x117000 rec=17
vmm: host_write mem=m0 offset=0x118000 rec=17
vmm: host_write mem=m0 offset=0x119000 rec=17
vmm: host_write mem=m0 offset=0x11a000 rec=17
vmm: host_write mem=m0 offset=0x11b000 rec=17
vmm: host_write mem=m0 offset=0x11c000 rec=17
vmm: host_write mem=m0 offset=0x11d000 rec=17
vmm: host_write mem=m0 offset=0x11e000 rec=17
vmm: host_write mem=m0 offset=0x11f000 rec=17
vmm: host_write mem=m0 offset=0x120000 rec=17
vmm: host_write mem=m0 offset=0x121000 rec=17
vmm: host_write mem=m0 offset=0x122000 rec=17
vmm: host_write mem=m0 offset=0x123000 rec=17
vmm: host_write mem=m0 offset=0x124000 rec=17
vmm: host_write mem=m0 offset=0x125000 rec=17
vmm: host_write mem=m0 offset=0x126000 rec=17
vmm: host_write mem=m0 offset=0x127000 rec=17
vmm: host_write mem=m0 offset=0x128000 rec=17
vmm: host_write mem=m0 offset=0x129000 rec=17
vmm: host_write mem=m0 offset=0x12a000 rec=17
vmm: host_write mem=m0 offset=0x12b000 rec=17
vmm: host_write mem=m0 offset=0x12c000 rec=17
vmm: host_write mem=m0 offset=0x12d000 rec=17
vmm: host_write mem=m0 offset=0x12e000 rec=17
vmm: host_write mem=m0 offset=0x12f000 rec=17
vmm: host_write mem=m0 offset=0x130000 rec=17
vmm: host_write mem=m0 offset=0x131000 rec=17
vmm: host_write mem=m0 offset=0x132000 rec=17
vmm: host_write mem=m0 offset=0x133000 rec=17
vmm: host_write mem=m0 offset=0x134000 rec=17
vmm: host_write mem=m0 offset=0x135000 rec=17
vmm: host_write mem=m0 offset=0x136000 rec=17
vmm: host_write mem=m0 offset=0x137000 rec=17
vmm: host_write mem=m0 offset=0x138000 rec=17
vmm: host_write mem=m0 offset=0x139000 rec=17
vmm: host_write mem=m0 offset=0x13a000 rec=17
vmm: host_write mem=m0 offset=0x13b000 rec=17
vmm: host_write mem=m0 offset=0x13c000 rec=17
vmm: host_write mem=m0 offset=0x13d000 rec=17
vmm: host_write mem=m0 offset=0x13e000 rec=17
vmm: host_write mem=m0 offset=0x13f000 rec=17
vmm: host_write mem=m0 offset=0x140000 rec=17
vmm: host_write mem=m0 offset=0x141000 rec=17
vmm: host_write mem=m0 offset=0x142000 rec=17
vmm: host_write mem=m0 offset=0x143000 rec=17
vmm: host_write mem=m0 offset=0x144000 rec=17
vmm: host_write mem=m0 offset=0x145000 rec=17
vmm: host_write mem=m0 offset=0x146000 rec=17
vmm: host_write mem=m0 offset=0x147000 rec=17
vmm: host_write mem=m0 offset=0x148000 rec=17
vmm: host_write mem=m0 offset=0x149000 rec=17
vmm: host_write mem=m0 offset=0x14a000 rec=17
vmm: host_write mem=m0 offset=0x14b000 rec=17
vmm: host_write mem=m0 offset=0x14c000 rec=17
vmm: host_write mem=m0 offset=0x14d000 rec=17
vmm: host_write mem=m0 offset=0x14e000 rec=17
vmm: host_write mem=m0 offset=0x14f000 rec=17
vmm: host_write mem=m0 offset=0x150000 rec=17
vmm: host_write mem=m0 offset=0x151000 rec=17
vmm: host_write mem=m0 offset=0x152000 rec=17
vmm: host_write mem=m0 offset=0x153000 rec=17
vmm: host_write mem=m0 offset=0x154000 rec=17
vmm: host_write mem=m0 offset=0x155000 rec=17
vmm: host_write mem=m0 offset=0x156000 rec=17
vmm: host_write mem=m0 offset=0x157000 rec=17
vmm: host_write mem=m0 offset=0x158000 rec=17
vmm: host_write mem=m0 offset=0x159000 rec=17
vmm: host_write mem=m0 offset=0x15a000 rec=17
vmm: host_write mem=m0 offset=0x15b000 rec=17
vmm: host_write mem=m0 offset=0x15c000 rec=17
vmm: host_write mem=m0 offset=0x15d000 rec=17
vmm: host_write mem=m0 offset=0x15e000 rec=17
vmm: host_write mem=m0 offset=0x15f000 rec=17
vmm: host_write mem=m0 offset=0x160000 rec=17
vmm: host_write mem=m0 offset=0x161000 rec=17
vmm: host_write mem=m0 offset=0x162000 rec=17
vmm: host_write mem=m0 offset=0x163000 rec=17
vmm: host_write mem=m0 offset=0x164000 rec=17
vmm: host_write mem=m0 offset=0x165000 rec=17
vmm: host_write mem=m0 offset=0x166000 rec=17
vmm: host_write mem=m0 offset=0x167000 rec=17
vmm: host_write mem=m0 offset=0x168000 rec=17
vmm: host_write mem=m0 offset=0x169000 rec=17
vmm: host_write mem=m0 offset=0x16a000 rec=17
vmm: host_write mem=m0 offset=0x16b000 rec=17
vmm: host_write mem=m0 offset=0x16c000 rec=17
vmm: host_write mem=m0 offset=0x16d000 rec=17
vmm: host_write mem=m0 offset=0x16e000 rec=17
vmm: host_write mem=m0 offset=0x16f000 rec=17
vmm: host_write mem=m0 offset=0x170000 rec=17
vmm: host_write mem=m0 offset=0x171000 rec=17
vmm: host_write mem=m0 offset=0x172000 rec=17
vmm: host_write mem=m0 offset=0x173000 rec=17
vmm: host_write mem=m0 offset=0x174000 rec=17
vmm: host_write mem=m0 offset=0x175000 rec=17
vmm: host_write mem=m0 offset=0x176000 rec=17
vmm: host_write mem=m0 offset=0x177000 rec=17
vmm: host_write mem=m0 offset=0x178000 rec=17
vmm: host_write mem=m0 offset=0x179000 rec=17
vmm: host_write mem=m0 offset=0x17a000 rec=17
vmm: host_write mem=m0 offset=0x17b000 rec=17
vmm: host_write mem=m0 offset=0x17c000 rec=17
vmm: host_write mem=m0 offset=0x17d000 rec=17
vmm: host_write mem=m0 offset=0x17e000 rec=17
vmm: host_write mem=m0 offset=0x17f000 rec=17
vmm: host_write mem=m0 offset=0x180000 rec=17
vmm: host_write mem=m0 offset=0x181000 rec=17
vmm: host_write mem=m0 offset=0x182000 rec=17
vmm: host_write mem=m0 offset=0x183000 rec=17
vmm: host_write mem=m0 offset=0x184000 rec=17
vmm: host_write mem=m0 offset=0x185000 rec=17
vmm: host_write mem=m0 offset=0x186000 rec=17
vmm: host_write mem=m0 offset=0x187000 rec=17
vmm: host_write mem=m0 offset=0x188000 rec=17
vmm: host_write mem=m0 offset=0x189000 rec=17
vmm: host_write mem=m0 offset=0x18a000 rec=17
vmm: host_write mem=m0 offset=0x18b000 rec=17
vmm: host_write mem=m0 offset=0x18c000 rec=17
vmm: host_write mem=m0 offset=0x18d000 rec=17
vmm: host_write mem=m0 offset=0x18e000 rec=17
vmm: host_write mem=m0 offset=0x18f000 rec=17
vmm: host_write mem=m0 offset=0x190000 rec=17
vmm: host_write mem=m0 offset=0x191000 rec=17
vmm: host_write mem=m0 offset=0x192000 rec=17
vmm: host_write mem=m0 offset=0x193000 rec=17
vmm: host_write mem=m0 offset=0x194000 rec=17
vmm: host_write mem=m0 offset=0x195000 rec=17
vmm: host_write mem=m0 offset=0x196000 rec=17
vmm: host_write mem=m0 offset=0x197000 rec=17
vmm: host_write mem=m0 offset=0x198000 rec=17
vmm: host_write mem=m0 offset=0x199000 rec=17
vmm: host_write mem=m0 offset=0x19a000 rec=17
vmm: host_write mem=m0 offset=0x19b000 rec=17
vmm: host_write mem=m0 offset=0x19c000 rec=17
vmm: host_write mem=m0 offset=0x19d000 rec=17
vmm: host_write mem=m0 offset=0x19e000 rec=17
vmm: host_write mem=m0 offset=0x19f000 rec=17
vmm: host_write mem=m0 offset=0x1a0000 rec=17
vmm: host_write mem=m0 offset=0x1a1000 rec=17
vmm: host_write mem=m0 offset=0x1a2000 rec=17
vmm: host_write mem=m0 offset=0x1a3000 rec=17
vmm: host_write mem=m0 offset=0x1a4000 rec=17
vmm: host_write mem=m0 offset=0x1a5000 rec=17
vmm: host_write mem=m0 offset=0x1a6000 rec=17
vmm: host_write mem=m0 offset=0x1a7000 rec=17
vmm: host_write mem=m0 offset=0x1a8000 rec=17
vmm: host_write mem=m0 offset=0x1a9000 rec=17
vmm: host_write mem=m0 offset=0x1aa000 rec=17
vmm: host_write mem=m0 offset=0x1ab000 rec=17
vmm: host_write mem=m0 offset=0x1ac000 rec=17
vmm: host_write mem=m0 offset=0x1ad000 rec=17
vmm: host_write mem=m0 offset=0x1ae000 rec=17
vmm: host_write mem=m0 offset=0x1af000 rec=17
vmm: host_write mem=m0 offset=0x1b0000 rec=17
vmm: host_write mem=m0 offset=0x1b1000 rec=17
vmm: host_write mem=m0 offset=0x1b2000 rec=17
vmm: host_write mem=m0 offset=0x1b3000 rec=17
vmm: host_write mem=m0 offset=0x1b4000 rec=17
vmm: host_write mem=m0 offset=0x1b5000 rec=17
vmm: host_write mem=m0 offset=0x1b6000 rec=17
vmm: host_write mem=m0 offset=0x1b7000 rec=17
vmm: host_write mem=m0 offset=0x1b8000 rec=17
vmm: host_write mem=m0 offset=0x1b9000 rec=17
vmm: host_write mem=m0 offset=0x1ba000 rec=17
vmm: host_write mem=m0 offset=0x1bb000 rec=17
vmm: host_write mem=m0 offset=0x1bc000 rec=17
vmm: host_write mem=m0 offset=0x1bd000 rec=17
vmm: host_write mem=m0 offset=0x1be000 rec=17
vmm: host_write mem=m0 offset=0x1bf000 rec=17
vmm: host_write mem=m0 offset=0x1c0000 rec=17
vmm: host_write mem=m0 offset=0x1c1000 rec=17
vmm: host_write mem=m0 offset=0x1c2000 rec=17
vmm: host_write mem=m0 offset=0x1c3000 rec=17
vmm: host_write mem=m0 offset=0x1c4000 rec=17
vmm: host_write mem=m0 offset=0x1c5000 rec=17
vmm: host_write mem=m0 offset=0x1c6000 rec=17
vmm: host_write mem=m0 offset=0x1c7000 rec=17
vmm: host_write mem=m0 offset=0x1c8000 rec=17
vmm: host_write mem=m0 offset=0x1c9000 rec=17
vmm: host_write mem=m0 offset=0x1ca000 rec=17
vmm: host_write mem=m0 offset=0x1cb000 rec=17
vmm: host_write mem=m0 offset=0x1cc000 rec=17
vmm: host_write mem=m0 offset=0x1cd000 rec=17
vmm: host_write mem=m0 offset=0x1ce000 rec=17
vmm: host_write mem=m0 offset=0x1cf000 rec=17
vmm: host_write mem=m0 offset=0x1d0000 rec=17
vmm: host_write mem=m0 offset=0x1d1000 rec=17
vmm: host_write mem=m0 offset=0x1d2000 rec=17
vmm: host_write mem=m0 offset=0x1d3000 rec=17
vmm: host_write mem=m0 offset=0x1d4000 rec=17
vmm: host_write mem=m0 offset=0x1d5000 rec=17
vmm: host_write mem=m0 offset=0x1d6000 rec=17
vmm: host_write mem=m0 offset=0x1d7000 rec=17
vmm: host_write mem=m0 offset=0x1d8000 rec=17
vmm: host_write mem=m0 offset=0x1d9000 rec=17
vmm: host_write mem=m0 offset=0x1da000 rec=17
vmm: host_write mem=m0 offset=0x1db000 rec=17
vmm: host_write mem=m0 offset=0x1dc000 rec=17
vmm: host_write mem=m0 offset=0x1dd000 rec=17
vmm: host_write mem=m0 offset=0x1de000 rec=17
vmm: host_write mem=m0 offset=0x1df000 rec=17
vmm: host_write mem=m0 offset=0x1e0000 rec=17
vmm: host_write mem=m0 offset=0x1e1000 rec=17
vmm: host_write mem=m0 offset=0x1e2000 rec=17
vmm: host_write mem=m0 offset=0x1e3000 rec=17
vmm: host_write mem=m0 offset=0x1e4000 rec=17
vmm: host_write mem=m0 offset=0x1e5000 rec=17
vmm: host_write mem=m0 offset=0x1e6000 rec=17
vmm: host_write mem=m0 offset=0x1e7000 rec=17
vmm: host_write mem=m0 offset=0x1e8000 rec=17
vmm: host_write mem=m0 offset=0x1e9000 rec=17
vmm: host_write mem=m0 offset=0x1ea000 rec=17
vmm: host_write mem=m0 offset=0x1eb000 rec=17
vmm: host_write mem=m0 offset=0x1ec000 rec=17
vmm: host_write mem=m0 offset=0x1ed000 rec=17
vmm: host_write mem=m0 offset=0x1ee000 rec=17
vmm: host_write mem=m0 offset=0x1ef000 rec=17
vmm: host_write mem=m0 offset=0x1f0000 rec=17
vmm: host_write mem=m0 offset=0x1f1000 rec=17
vmm: host_write mem=m0 offset=0x1f2000 rec=17
vmm: host_write mem=m0 offset=0x1f3000 rec=17
vmm: host_write mem=m0 offset=0x1f4000 rec=17
vmm: host_write mem=m0 offset=0x1f5000 rec=17
vmm: host_write mem=m0 offset=0x1f6000 rec=17
vmm: host_write mem=m0 offset=0x1f7000 rec=17
vmm: host_write mem=m0 offset=0x1f8000 rec=17
vmm: host_write mem=m0 offset=0x1f9000 rec=17
vmm: host_write mem=m0 offset=0x1fa000 rec=17
vmm: host_write mem=m0 offset=0x1fb000 rec=17
vmm: host_write mem=m0 offset=0x1fc000 rec=17
vmm: host_write mem=m0 offset=0x1fd000 rec=17
vmm: host_write mem=m0 offset=0x1fe000 rec=17
vmm: host_write mem=m0 offset=0x1ff000 rec=17
vmm: memfd_create name=f0 size=0 expect=0 rec=18
vmm: ftruncate memfd=f0 size=0x80000 expect=0 rec=19
vmm: mmap name=m1 len=0x80000 prot=3 shared memfd=f0 offset=0 addr=0x7f482b020000 fixed expect=0 rec=20
vmm: gmem_create name=g0 size=0x80000 flags=0 expect=0 rec=21
vmm: mmap name=m2 len=0x80000 prot=3 shared anon offset=0 addr=0x7f482afa0000 fixed expect=0 rec=22
vmm: set_memory_region slot=0 as=0 gpa=0 size=0x200000 hva=0x7f482b0a0000 flags=0 expect=0 rec=23
vmm: host_read mem=m1 offset=0 rec=24
vmm: host_read mem=m1 offset=0x1000 rec=24
vmm: host_read mem=m1 offset=0x2000 rec=24
vmm: host_read mem=m1 offset=0x3000 rec=24
vmm: host_read mem=m1 offset=0x4000 rec=24
vmm: host_read mem=m1 offset=0x5000 rec=24
vmm: host_read mem=m1 offset=0x6000 rec=24
vmm: host_read mem=m1 offset=0x7000 rec=24
vmm: host_read mem=m1 offset=0x8000 rec=24
vmm: host_read mem=m1 offset=0x9000 rec=24
vmm: host_read mem=m1 offset=0xa000 rec=24
vmm: host_read mem=m1 offset=0xb000 rec=24
vmm: host_read mem=m1 offset=0xc000 rec=24
vmm: host_read mem=m1 offset=0xd000 rec=24
vmm: host_read mem=m1 offset=0xe000 rec=24
vmm: host_read mem=m1 offset=0xf000 rec=24
vmm: host_read mem=m1 offset=0x10000 rec=24
vmm: host_read mem=m1 offset=0x11000 rec=24
vmm: host_read mem=m1 offset=0x12000 rec=24
vmm: host_read mem=m1 offset=0x13000 rec=24
vmm: host_read mem=m1 offset=0x14000 rec=24
vmm: host_read mem=m1 offset=0x15000 rec=24
vmm: host_read mem=m1 offset=0x16000 rec=24
vmm: host_read mem=m1 offset=0x17000 rec=24
vmm: host_read mem=m1 offset=0x18000 rec=24
vmm: host_read mem=m1 offset=0x19000 rec=24
vmm: host_read mem=m1 offset=0x1a000 rec=24
vmm: host_read mem=m1 offset=0x1b000 rec=24
vmm: host_read mem=m1 offset=0x1c000 rec=24
vmm: host_read mem=m1 offset=0x1d000 rec=24
vmm: host_read mem=m1 offset=0x1e000 rec=24
vmm: host_read mem=m1 offset=0x1f000 rec=24
vmm: host_read mem=m1 offset=0x20000 rec=24
vmm: host_read mem=m1 offset=0x21000 rec=24
vmm: host_read mem=m1 offset=0x22000 rec=24
vmm: host_read mem=m1 offset=0x23000 rec=24
vmm: host_read mem=m1 offset=0x24000 rec=24
vmm: host_read mem=m1 offset=0x25000 rec=24
vmm: host_read mem=m1 offset=0x26000 rec=24
vmm: host_read mem=m1 offset=0x27000 rec=24
vmm: host_read mem=m1 offset=0x28000 rec=24
vmm: host_read mem=m1 offset=0x29000 rec=24
vmm: host_read mem=m1 offset=0x2a000 rec=24
vmm: host_read mem=m1 offset=0x2b000 rec=24
vmm: host_read mem=m1 offset=0x2c000 rec=24
vmm: host_read mem=m1 offset=0x2d000 rec=24
vmm: host_read mem=m1 offset=0x2e000 rec=24
vmm: host_read mem=m1 offset=0x2f000 rec=24
vmm: host_read mem=m1 offset=0x30000 rec=24
vmm: host_read mem=m1 offset=0x31000 rec=24
vmm: host_read mem=m1 offset=0x32000 rec=24
vmm: host_read mem=m1 offset=0x33000 rec=24
vmm: host_read mem=m1 offset=0x34000 rec=24
vmm: host_read mem=m1 offset=0x35000 rec=24
vmm: host_read mem=m1 offset=0x36000 rec=24
vmm: host_read mem=m1 offset=0x37000 rec=24
vmm: host_read mem=m1 offset=0x38000 rec=24
vmm: host_read mem=m1 offset=0x39000 rec=24
vmm: host_read mem=m1 offset=0x3a000 rec=24
vmm: host_read mem=m1 offset=0x3b000 rec=24
vmm: host_read mem=m1 offset=0x3c000 rec=24
vmm: host_read mem=m1 offset=0x3d000 rec=24
vmm: host_read mem=m1 offset=0x3e000 rec=24
vmm: host_read mem=m1 offset=0x3f000 rec=24
vmm: host_read mem=m1 offset=0x40000 rec=24
vmm: host_read mem=m1 offset=0x41000 rec=24
vmm: host_read mem=m1 offset=0x42000 rec=24
vmm: host_read mem=m1 offset=0x43000 rec=24
vmm: host_read mem=m1 offset=0x44000 rec=24
vmm: host_read mem=m1 offset=0x45000 rec=24
vmm: host_read mem=m1 offset=0x46000 rec=24
vmm: host_read mem=m1 offset=0x47000 rec=24
vmm: host_read mem=m1 offset=0x48000 rec=24
vmm: host_read mem=m1 offset=0x49000 rec=24
vmm: host_read mem=m1 offset=0x4a000 rec=24
vmm: host_read mem=m1 offset=0x4b000 rec=24
vmm: host_read mem=m1 offset=0x4c000 rec=24
vmm: host_read mem=m1 offset=0x4d000 rec=24
vmm: host_read mem=m1 offset=0x4e000 rec=24
vmm: host_read mem=m1 offset=0x4f000 rec=24
vmm: host_read mem=m1 offset=0x50000 rec=24
vmm: host_read mem=m1 offset=0x51000 rec=24
vmm: host_read mem=m1 offset=0x52000 rec=24
vmm: host_read mem=m1 offset=0x53000 rec=24
vmm: host_read mem=m1 offset=0x54000 rec=24
vmm: host_read mem=m1 offset=0x55000 rec=24
vmm: host_read mem=m1 offset=0x56000 rec=24
vmm: host_read mem=m1 offset=0x57000 rec=24
vmm: host_read mem=m1 offset=0x58000 rec=24
vmm: host_read mem=m1 offset=0x59000 rec=24
vmm: host_read mem=m1 offset=0x5a000 rec=24
vmm: host_read mem=m1 offset=0x5b000 rec=24
vmm: host_read mem=m1 offset=0x5c000 rec=24
vmm: host_read mem=m1 offset=0x5d000 rec=24
vmm: host_read mem=m1 offset=0x5e000 rec=24
vmm: host_read mem=m1 offset=0x5f000 rec=24
vmm: host_read mem=m1 offset=0x60000 rec=24
vmm: host_read mem=m1 offset=0x61000 rec=24
vmm: host_read mem=m1 offset=0x62000 rec=24
vmm: host_read mem=m1 offset=0x63000 rec=24
vmm: host_read mem=m1 offset=0x64000 rec=24
vmm: host_read mem=m1 offset=0x65000 rec=24
vmm: host_read mem=m1 offset=0x66000 rec=24
vmm: host_read mem=m1 offset=0x67000 rec=24
vmm: host_read mem=m1 offset=0x68000 rec=24
vmm: host_read mem=m1 offset=0x69000 rec=24
vmm: host_read mem=m1 offset=0x6a000 rec=24
vmm: host_read mem=m1 offset=0x6b000 rec=24
vmm: host_read mem=m1 offset=0x6c000 rec=24
vmm: host_read mem=m1 offset=0x6d000 rec=24
vmm: host_read mem=m1 offset=0x6e000 rec=24
vmm: host_read mem=m1 offset=0x6f000 rec=24
vmm: host_read mem=m1 offset=0x70000 rec=24
vmm: host_read mem=m1 offset=0x71000 rec=24
vmm: host_read mem=m1 offset=0x72000 rec=24
vmm: host_read mem=m1 offset=0x73000 rec=24
vmm: host_read mem=m1 offset=0x74000 rec=24
vmm: host_read mem=m1 offset=0x75000 rec=24
vmm: host_read mem=m1 offset=0x76000 rec=24
vmm: host_read mem=m1 offset=0x77000 rec=24
vmm: host_read mem=m1 offset=0x78000 rec=24
vmm: host_read mem=m1 offset=0x79000 rec=24
vmm: host_read mem=m1 offset=0x7a000 rec=24
vmm: host_read mem=m1 offset=0x7b000 rec=24
vmm: host_read mem=m1 offset=0x7c000 rec=24
vmm: host_read mem=m1 offset=0x7d000 rec=24
vmm: host_read mem=m1 offset=0x7e000 rec=24
vmm: host_read mem=m1 offset=0x7f000 rec=24
vmm: host_read mem=m2 offset=0 rec=25
vmm: host_read mem=m2 offset=0x1000 rec=25
vmm: host_read mem=m2 offset=0x2000 rec=25
vmm: host_read mem=m2 offset=0x3000 rec=25
vmm: host_read mem=m2 offset=0x4000 rec=25
vmm: host_read mem=m2 offset=0x5000 rec=25
vmm: host_read mem=m2 offset=0x6000 rec=25
vmm: host_read mem=m2 offset=0x7000 rec=25
vmm: host_read mem=m2 offset=0x8000 rec=25
vmm: host_read mem=m2 offset=0x9000 rec=25
vmm: host_read mem=m2 offset=0xa000 rec=25
vmm: host_read mem=m2 offset=0xb000 rec=25
vmm: host_read mem=m2 offset=0xc000 rec=25
vmm: host_read mem=m2 offset=0xd000 rec=25
vmm: host_read mem=m2 offset=0xe000 rec=25
vmm: host_read mem=m2 offset=0xf000 rec=25
vmm: host_read mem=m2 offset=0x10000 rec=25
vmm: host_read mem=m2 offset=0x11000 rec=25
vmm: host_read mem=m2 offset=0x12000 rec=25
vmm: host_read mem=m2 offset=0x13000 rec=25
vmm: host_read mem=m2 offset=0x14000 rec=25
vmm: host_read mem=m2 offset=0x15000 rec=25
vmm: host_read mem=m2 offset=0x16000 rec=25
vmm: host_read mem=m2 offset=0x17000 rec=25
vmm: host_read mem=m2 offset=0x18000 rec=25
vmm: host_read mem=m2 offset=0x19000 rec=25
vmm: host_read mem=m2 offset=0x1a000 rec=25
vmm: host_read mem=m2 offset=0x1b000 rec=25
vmm: host_read mem=m2 offset=0x1c000 rec=25
vmm: host_read mem=m2 offset=0x1d000 rec=25
vmm: host_read mem=m2 offset=0x1e000 rec=25
vmm: host_read mem=m2 offset=0x1f000 rec=25
vmm: host_read mem=m2 offset=0x20000 rec=25
vmm: host_read mem=m2 offset=0x21000 rec=25
vmm: host_read mem=m2 offset=0x22000 rec=25
vmm: host_read mem=m2 offset=0x23000 rec=25
vmm: host_read mem=m2 offset=0x24000 rec=25
vmm: host_read mem=m2 offset=0x25000 rec=25
vmm: host_read mem=m2 offset=0x26000 rec=25
vmm: host_read mem=m2 offset=0x27000 rec=25
vmm: host_read mem=m2 offset=0x28000 rec=25
vmm: host_read mem=m2 offset=0x29000 rec=25
vmm: host_read mem=m2 offset=0x2a000 rec=25
vmm: host_read mem=m2 offset=0x2b000 rec=25
vmm: host_read mem=m2 offset=0x2c000 rec=25
vmm: host_read mem=m2 offset=0x2d000 rec=25
vmm: host_read mem=m2 offset=0x2e000 rec=25
vmm: host_read mem=m2 offset=0x2f000 rec=25
vmm: host_read mem=m2 offset=0x30000 rec=25
vmm: host_read mem=m2 offset=0x31000 rec=25
vmm: host_read mem=m2 offset=0x32000 rec=25
vmm: host_read mem=m2 offset=0x33000 rec=25
vmm: host_read mem=m2 offset=0x34000 rec=25
vmm: host_read mem=m2 offset=0x35000 rec=25
vmm: host_read mem=m2 offset=0x36000 rec=25
vmm: host_read mem=m2 offset=0x37000 rec=25
vmm: host_read mem=m2 offset=0x38000 rec=25
vmm: host_read mem=m2 offset=0x39000 rec=25
vmm: host_read mem=m2 offset=0x3a000 rec=25
vmm: host_read mem=m2 offset=0x3b000 rec=25
vmm: host_read mem=m2 offset=0x3c000 rec=25
vmm: host_read mem=m2 offset=0x3d000 rec=25
vmm: host_read mem=m2 offset=0x3e000 rec=25
vmm: host_read mem=m2 offset=0x3f000 rec=25
vmm: host_read mem=m2 offset=0x40000 rec=25
vmm: host_read mem=m2 offset=0x41000 rec=25
vmm: host_read mem=m2 offset=0x42000 rec=25
vmm: host_read mem=m2 offset=0x43000 rec=25
vmm: host_read mem=m2 offset=0x44000 rec=25
vmm: host_read mem=m2 offset=0x45000 rec=25
vmm: host_read mem=m2 offset=0x46000 rec=25
vmm: host_read mem=m2 offset=0x47000 rec=25
vmm: host_read mem=m2 offset=0x48000 rec=25
vmm: host_read mem=m2 offset=0x49000 rec=25
vmm: host_read mem=m2 offset=0x4a000 rec=25
vmm: host_read mem=m2 offset=0x4b000 rec=25
vmm: host_read mem=m2 offset=0x4c000 rec=25
vmm: host_read mem=m2 offset=0x4d000 rec=25
vmm: host_read mem=m2 offset=0x4e000 rec=25
vmm: host_read mem=m2 offset=0x4f000 rec=25
vmm: host_read mem=m2 offset=0x50000 rec=25
vmm: host_read mem=m2 offset=0x51000 rec=25
vmm: host_read mem=m2 offset=0x52000 rec=25
vmm: host_read mem=m2 offset=0x53000 rec=25
vmm: host_read mem=m2 offset=0x54000 rec=25
vmm: host_read mem=m2 offset=0x55000 rec=25
vmm: host_read mem=m2 offset=0x56000 rec=25
vmm: host_read mem=m2 offset=0x57000 rec=25
vmm: host_read mem=m2 offset=0x58000 rec=25
vmm: host_read mem=m2 offset=0x59000 rec=25
vmm: host_read mem=m2 offset=0x5a000 rec=25
vmm: host_read mem=m2 offset=0x5b000 rec=25
vmm: host_read mem=m2 offset=0x5c000 rec=25
vmm: host_read mem=m2 offset=0x5d000 rec=25
vmm: host_read mem=m2 offset=0x5e000 rec=25
vmm: host_read mem=m2 offset=0x5f000 rec=25
vmm: host_read mem=m2 offset=0x60000 rec=25
vmm: host_read mem=m2 offset=0x61000 rec=25
vmm: host_read mem=m2 offset=0x62000 rec=25
vmm: host_read mem=m2 offset=0x63000 rec=25
vmm: host_read mem=m2 offset=0x64000 rec=25
vmm: host_read mem=m2 offset=0x65000 rec=25
vmm: host_read mem=m2 offset=0x66000 rec=25
vmm: host_read mem=m2 offset=0x67000 rec=25
vmm: host_read mem=m2 offset=0x68000 rec=25
vmm: host_read mem=m2 offset=0x69000 rec=25
vmm: host_read mem=m2 offset=0x6a000 rec=25
vmm: host_read mem=m2 offset=0x6b000 rec=25
vmm: host_read mem=m2 offset=0x6c000 rec=25
vmm: host_read mem=m2 offset=0x6d000 rec=25
vmm: host_read mem=m2 offset=0x6e000 rec=25
vmm: host_read mem=m2 offset=0x6f000 rec=25
vmm: host_read mem=m2 offset=0x70000 rec=25
vmm: host_read mem=m2 offset=0x71000 rec=25
vmm: host_read mem=m2 offset=0x72000 rec=25
vmm: host_read mem=m2 offset=0x73000 rec=25
vmm: host_read mem=m2 offset=0x74000 rec=25
vmm: host_read mem=m2 offset=0x75000 rec=25
vmm: host_read mem=m2 offset=0x76000 rec=25
vmm: host_read mem=m2 offset=0x77000 rec=25
vmm: host_read mem=m2 offset=0x78000 rec=25
vmm: host_read mem=m2 offset=0x79000 rec=25
vmm: host_read mem=m2 offset=0x7a000 rec=25
vmm: host_read mem=m2 offset=0x7b000 rec=25
vmm: host_read mem=m2 offset=0x7c000 rec=25
vmm: host_read mem=m2 offset=0x7d000 rec=25
vmm: host_read mem=m2 offset=0x7e000 rec=25
vmm: host_read mem=m2 offset=0x7f000 rec=25
vmm: set_memory_region slot=1 as=0 gpa=0x400000 size=0x80000 hva=0x7f482b020000 flags=0 expect=0 rec=26
vmm: host_read mem=m1 offset=0 rec=27
vmm: host_read mem=m1 offset=0x1000 rec=27
vmm: host_read mem=m1 offset=0x2000 rec=27
vmm: host_read mem=m1 offset=0x3000 rec=27
vmm: host_read mem=m1 offset=0x4000 rec=27
vmm: host_read mem=m1 offset=0x5000 rec=27
vmm: host_read mem=m1 offset=0x6000 rec=27
vmm: host_read mem=m1 offset=0x7000 rec=27
vmm: host_read mem=m1 offset=0x8000 rec=27
vmm: host_read mem=m1 offset=0x9000 rec=27
vmm: host_read mem=m1 offset=0xa000 rec=27
vmm: host_read mem=m1 offset=0xb000 rec=27
vmm: host_read mem=m1 offset=0xc000 rec=27
vmm: host_read mem=m1 offset=0xd000 rec=27
vmm: host_read mem=m1 offset=0xe000 rec=27
vmm: host_read mem=m1 offset=0xf000 rec=27
vmm: host_read mem=m1 offset=0x10000 rec=27
vmm: host_read mem=m1 offset=0x11000 rec=27
vmm: host_read mem=m1 offset=0x12000 rec=27
vmm: host_read mem=m1 offset=0x13000 rec=27
vmm: host_read mem=m1 offset=0x14000 rec=27
vmm: host_read mem=m1 offset=0x15000 rec=27
vmm: host_read mem=m1 offset=0x16000 rec=27
vmm: host_read mem=m1 offset=0x17000 rec=27
vmm: host_read mem=m1 offset=0x18000 rec=27
vmm: host_read mem=m1 offset=0x19000 rec=27
vmm: host_read mem=m1 offset=0x1a000 rec=27
vmm: host_read mem=m1 offset=0x1b000 rec=27
vmm: host_read mem=m1 offset=0x1c000 rec=27
vmm: host_read mem=m1 offset=0x1d000 rec=27
vmm: host_read mem=m1 offset=0x1e000 rec=27
vmm: host_read mem=m1 offset=0x1f000 rec=27
vmm: host_read mem=m1 offset=0x20000 rec=27
vmm: host_read mem=m1 offset=0x21000 rec=27
vmm: host_read mem=m1 offset=0x22000 rec=27
vmm: host_read mem=m1 offset=0x23000 rec=27
vmm: host_read mem=m1 offset=0x24000 rec=27
vmm: host_read mem=m1 offset=0x25000 rec=27
vmm: host_read mem=m1 offset=0x26000 rec=27
vmm: host_read mem=m1 offset=0x27000 rec=27
vmm: host_read mem=m1 offset=0x28000 rec=27
vmm: host_read mem=m1 offset=0x29000 rec=27
vmm: host_read mem=m1 offset=0x2a000 rec=27
vmm: host_read mem=m1 offset=0x2b000 rec=27
vmm: host_read mem=m1 offset=0x2c000 rec=27
vmm: host_read mem=m1 offset=0x2d000 rec=27
vmm: host_read mem=m1 offset=0x2e000 rec=27
vmm: host_read mem=m1 offset=0x2f000 rec=27
vmm: host_read mem=m1 offset=0x30000 rec=27
vmm: host_read mem=m1 offset=0x31000 rec=27
vmm: host_read mem=m1 offset=0x32000 rec=27
vmm: host_read mem=m1 offset=0x33000 rec=27
vmm: host_read mem=m1 offset=0x34000 rec=27
vmm: host_read mem=m1 offset=0x35000 rec=27
vmm: host_read mem=m1 offset=0x36000 rec=27
vmm: host_read mem=m1 offset=0x37000 rec=27
vmm: host_read mem=m1 offset=0x38000 rec=27
vmm: host_read mem=m1 offset=0x39000 rec=27
vmm: host_read mem=m1 offset=0x3a000 rec=27
vmm: host_read mem=m1 offset=0x3b000 rec=27
vmm: host_read mem=m1 offset=0x3c000 rec=27
vmm: host_read mem=m1 offset=0x3d000 rec=27
vmm: host_read mem=m1 offset=0x3e000 rec=27
vmm: host_read mem=m1 offset=0x3f000 rec=27
vmm: host_read mem=m1 offset=0x40000 rec=27
vmm: host_read mem=m1 offset=0x41000 rec=27
vmm: host_read mem=m1 offset=0x42000 rec=27
vmm: host_read mem=m1 offset=0x43000 rec=27
vmm: host_read mem=m1 offset=0x44000 rec=27
vmm: host_read mem=m1 offset=0x45000 rec=27
vmm: host_read mem=m1 offset=0x46000 rec=27
vmm: host_read mem=m1 offset=0x47000 rec=27
vmm: host_read mem=m1 offset=0x48000 rec=27
vmm: host_read mem=m1 offset=0x49000 rec=27
vmm: host_read mem=m1 offset=0x4a000 rec=27
vmm: host_read mem=m1 offset=0x4b000 rec=27
vmm: host_read mem=m1 offset=0x4c000 rec=27
vmm: host_read mem=m1 offset=0x4d000 rec=27
vmm: host_read mem=m1 offset=0x4e000 rec=27
vmm: host_read mem=m1 offset=0x4f000 rec=27
vmm: host_read mem=m1 offset=0x50000 rec=27
vmm: host_read mem=m1 offset=0x51000 rec=27
vmm: host_read mem=m1 offset=0x52000 rec=27
vmm: host_read mem=m1 offset=0x53000 rec=27
vmm: host_read mem=m1 offset=0x54000 rec=27
vmm: host_read mem=m1 offset=0x55000 rec=27
vmm: host_read mem=m1 offset=0x56000 rec=27
vmm: host_read mem=m1 offset=0x57000 rec=27
vmm: host_read mem=m1 offset=0x58000 rec=27
vmm: host_read mem=m1 offset=0x59000 rec=27
vmm: host_read mem=m1 offset=0x5a000 rec=27
vmm: host_read mem=m1 offset=0x5b000 rec=27
vmm: host_read mem=m1 offset=0x5c000 rec=27
vmm: host_read mem=m1 offset=0x5d000 rec=27
vmm: host_read mem=m1 offset=0x5e000 rec=27
vmm: host_read mem=m1 offset=0x5f000 rec=27
vmm: host_read mem=m1 offset=0x60000 rec=27
vmm: host_read mem=m1 offset=0x61000 rec=27
vmm: host_read mem=m1 offset=0x62000 rec=27
vmm: host_read mem=m1 offset=0x63000 rec=27
vmm: host_read mem=m1 offset=0x64000 rec=27
vmm: host_read mem=m1 offset=0x65000 rec=27
vmm: host_read mem=m1 offset=0x66000 rec=27
vmm: host_read mem=m1 offset=0x67000 rec=27
vmm: host_read mem=m1 offset=0x68000 rec=27
vmm: host_read mem=m1 offset=0x69000 rec=27
vmm: host_read mem=m1 offset=0x6a000 rec=27
vmm: host_read mem=m1 offset=0x6b000 rec=27
vmm: host_read mem=m1 offset=0x6c000 rec=27
vmm: host_read mem=m1 offset=0x6d000 rec=27
vmm: host_read mem=m1 offset=0x6e000 rec=27
vmm: host_read mem=m1 offset=0x6f000 rec=27
vmm: host_read mem=m1 offset=0x70000 rec=27
vmm: host_read mem=m1 offset=0x71000 rec=27
vmm: host_read mem=m1 offset=0x72000 rec=27
vmm: host_read mem=m1 offset=0x73000 rec=27
vmm: host_read mem=m1 offset=0x74000 rec=27
vmm: host_read mem=m1 offset=0x75000 rec=27
vmm: host_read mem=m1 offset=0x76000 rec=27
vmm: host_read mem=m1 offset=0x77000 rec=27
vmm: host_read mem=m1 offset=0x78000 rec=27
vmm: host_read mem=m1 offset=0x79000 rec=27
vmm: host_read mem=m1 offset=0x7a000 rec=27
vmm: host_read mem=m1 offset=0x7b000 rec=27
vmm: host_read mem=m1 offset=0x7c000 rec=27
vmm: host_read mem=m1 offset=0x7d000 rec=27
vmm: host_read mem=m1 offset=0x7e000 rec=27
vmm: host_read mem=m1 offset=0x7f000 rec=27
vmm: host_read mem=m2 offset=0 rec=28
vmm: host_read mem=m2 offset=0x1000 rec=28
vmm: host_read mem=m2 offset=0x2000 rec=28
vmm: host_read mem=m2 offset=0x3000 rec=28
vmm: host_read mem=m2 offset=0x4000 rec=28
vmm: host_read mem=m2 offset=0x5000 rec=28
vmm: host_read mem=m2 offset=0x6000 rec=28
vmm: host_read mem=m2 offset=0x7000 rec=28
vmm: host_read mem=m2 offset=0x8000 rec=28
vmm: host_read mem=m2 offset=0x9000 rec=28
vmm: host_read mem=m2 offset=0xa000 rec=28
vmm: host_read mem=m2 offset=0xb000 rec=28
vmm: host_read mem=m2 offset=0xc000 rec=28
vmm: host_read mem=m2 offset=0xd000 rec=28
vmm: host_read mem=m2 offset=0xe000 rec=28
vmm: host_read mem=m2 offset=0xf000 rec=28
vmm: host_read mem=m2 offset=0x10000 rec=28
vmm: host_read mem=m2 offset=0x11000 rec=28
vmm: host_read mem=m2 offset=0x12000 rec=28
vmm: host_read mem=m2 offset=0x13000 rec=28
vmm: host_read mem=m2 offset=0x14000 rec=28
vmm: host_read mem=m2 offset=0x15000 rec=28
vmm: host_read mem=m2 offset=0x16000 rec=28
vmm: host_read mem=m2 offset=0x17000 rec=28
vmm: host_read mem=m2 offset=0x18000 rec=28
vmm: host_read mem=m2 offset=0x19000 rec=28
vmm: host_read mem=m2 offset=0x1a000 rec=28
vmm: host_read mem=m2 offset=0x1b000 rec=28
vmm: host_read mem=m2 offset=0x1c000 rec=28
vmm: host_read mem=m2 offset=0x1d000 rec=28
vmm: host_read mem=m2 offset=0x1e000 rec=28
vmm: host_read mem=m2 offset=0x1f000 rec=28
vmm: host_read mem=m2 offset=0x20000 rec=28
vmm: host_read mem=m2 offset=0x21000 rec=28
vmm: host_read mem=m2 offset=0x22000 rec=28
vmm: host_read mem=m2 offset=0x23000 rec=28
vmm: host_read mem=m2 offset=0x24000 rec=28
vmm: host_read mem=m2 offset=0x25000 rec=28
vmm: host_read mem=m2 offset=0x26000 rec=28
vmm: host_read mem=m2 offset=0x27000 rec=28
vmm: host_read mem=m2 offset=0x28000 rec=28
vmm: host_read mem=m2 offset=0x29000 rec=28
vmm: host_read mem=m2 offset=0x2a000 rec=28
vmm: host_read mem=m2 offset=0x2b000 rec=28
vmm: host_read mem=m2 offset=0x2c000 rec=28
vmm: host_read mem=m2 offset=0x2d000 rec=28
vmm: host_read mem=m2 offset=0x2e000 rec=28
vmm: host_read mem=m2 offset=0x2f000 rec=28
vmm: host_read mem=m2 offset=0x30000 rec=28
vmm: host_read mem=m2 offset=0x31000 rec=28
vmm: host_read mem=m2 offset=0x32000 rec=28
vmm: host_read mem=m2 offset=0x33000 rec=28
vmm: host_read mem=m2 offset=0x34000 rec=28
vmm: host_read mem=m2 offset=0x35000 rec=28
vmm: host_read mem=m2 offset=0x36000 rec=28
vmm: host_read mem=m2 offset=0x37000 rec=28
vmm: host_read mem=m2 offset=0x38000 rec=28
vmm: host_read mem=m2 offset=0x39000 rec=28
vmm: host_read mem=m2 offset=0x3a000 rec=28
vmm: host_read mem=m2 offset=0x3b000 rec=28
vmm: host_read mem=m2 offset=0x3c000 rec=28
vmm: host_read mem=m2 offset=0x3d000 rec=28
vmm: host_read mem=m2 offset=0x3e000 rec=28
vmm: host_read mem=m2 offset=0x3f000 rec=28
vmm: host_read mem=m2 offset=0x40000 rec=28
vmm: host_read mem=m2 offset=0x41000 rec=28
vmm: host_read mem=m2 offset=0x42000 rec=28
vmm: host_read mem=m2 offset=0x43000 rec=28
vmm: host_read mem=m2 offset=0x44000 rec=28
vmm: host_read mem=m2 offset=0x45000 rec=28
vmm: host_read mem=m2 offset=0x46000 rec=28
vmm: host_read mem=m2 offset=0x47000 rec=28
vmm: host_read mem=m2 offset=0x48000 rec=28
vmm: host_read mem=m2 offset=0x49000 rec=28
vmm: host_read mem=m2 offset=0x4a000 rec=28
vmm: host_read mem=m2 offset=0x4b000 rec=28
vmm: host_read mem=m2 offset=0x4c000 rec=28
vmm: host_read mem=m2 offset=0x4d000 rec=28
vmm: host_read mem=m2 offset=0x4e000 rec=28
vmm: host_read mem=m2 offset=0x4f000 rec=28
vmm: host_read mem=m2 offset=0x50000 rec=28
vmm: host_read mem=m2 offset=0x51000 rec=28
vmm: host_read mem=m2 offset=0x52000 rec=28
vmm: host_read mem=m2 offset=0x53000 rec=28
vmm: host_read mem=m2 offset=0x54000 rec=28
vmm: host_read mem=m2 offset=0x55000 rec=28
vmm: host_read mem=m2 offset=0x56000 rec=28
vmm: host_read mem=m2 offset=0x57000 rec=28
vmm: host_read mem=m2 offset=0x58000 rec=28
vmm: host_read mem=m2 offset=0x59000 rec=28
vmm: host_read mem=m2 offset=0x5a000 rec=28
vmm: host_read mem=m2 offset=0x5b000 rec=28
vmm: host_read mem=m2 offset=0x5c000 rec=28
vmm: host_read mem=m2 offset=0x5d000 rec=28
vmm: host_read mem=m2 offset=0x5e000 rec=28
vmm: host_read mem=m2 offset=0x5f000 rec=28
vmm: host_read mem=m2 offset=0x60000 rec=28
vmm: host_read mem=m2 offset=0x61000 rec=28
vmm: host_read mem=m2 offset=0x62000 rec=28
vmm: host_read mem=m2 offset=0x63000 rec=28
vmm: host_read mem=m2 offset=0x64000 rec=28
vmm: host_read mem=m2 offset=0x65000 rec=28
vmm: host_read mem=m2 offset=0x66000 rec=28
vmm: host_read mem=m2 offset=0x67000 rec=28
vmm: host_read mem=m2 offset=0x68000 rec=28
vmm: host_read mem=m2 offset=0x69000 rec=28
vmm: host_read mem=m2 offset=0x6a000 rec=28
vmm: host_read mem=m2 offset=0x6b000 rec=28
vmm: host_read mem=m2 offset=0x6c000 rec=28
vmm: host_read mem=m2 offset=0x6d000 rec=28
vmm: host_read mem=m2 offset=0x6e000 rec=28
vmm: host_read mem=m2 offset=0x6f000 rec=28
vmm: host_read mem=m2 offset=0x70000 rec=28
vmm: host_read mem=m2 offset=0x71000 rec=28
vmm: host_read mem=m2 offset=0x72000 rec=28
vmm: host_read mem=m2 offset=0x73000 rec=28
vmm: host_read mem=m2 offset=0x74000 rec=28
vmm: host_read mem=m2 offset=0x75000 rec=28
vmm: host_read mem=m2 offset=0x76000 rec=28
vmm: host_read mem=m2 offset=0x77000 rec=28
vmm: host_read mem=m2 offset=0x78000 rec=28
vmm: host_read mem=m2 offset=0x79000 rec=28
vmm: host_read mem=m2 offset=0x7a000 rec=28
vmm: host_read mem=m2 offset=0x7b000 rec=28
vmm: host_read mem=m2 offset=0x7c000 rec=28
vmm: host_read mem=m2 offset=0x7d000 rec=28
vmm: host_read mem=m2 offset=0x7e000 rec=28
vmm: host_read mem=m2 offset=0x7f000 rec=28
vmm: set_memory_region slot=2 as=0 gpa=0x800000 size=0x80000 hva=0x7f482afa0000 gmem=g0 gmem_offset=0 flags=0x4 expect=0 rec=29
vmm: host_read mem=m1 offset=0 rec=31
vmm: host_read mem=m1 offset=0x1000 rec=31
vmm: host_read mem=m1 offset=0x2000 rec=31
vmm: host_read mem=m1 offset=0x3000 rec=31
vmm: host_read mem=m1 offset=0x4000 rec=31
vmm: host_read mem=m1 offset=0x5000 rec=31
vmm: host_read mem=m1 offset=0x6000 rec=31
vmm: host_read mem=m1 offset=0x7000 rec=31
vmm: host_read mem=m1 offset=0x8000 rec=31
vmm: host_read mem=m1 offset=0x9000 rec=31
vmm: host_read mem=m1 offset=0xa000 rec=31
vmm: host_read mem=m1 offset=0xb000 rec=31
vmm: host_read mem=m1 offset=0xc000 rec=31
vmm: host_read mem=m1 offset=0xd000 rec=31
vmm: host_read mem=m1 offset=0xe000 rec=31
vmm: host_read mem=m1 offset=0xf000 rec=31
vmm: host_read mem=m1 offset=0x10000 rec=31
vmm: host_read mem=m1 offset=0x11000 rec=31
vmm: host_read mem=m1 offset=0x12000 rec=31
vmm: host_read mem=m1 offset=0x13000 rec=31
vmm: host_read mem=m1 offset=0x14000 rec=31
vmm: host_read mem=m1 offset=0x15000 rec=31
vmm: host_read mem=m1 offset=0x16000 rec=31
vmm: host_read mem=m1 offset=0x17000 rec=31
vmm: host_read mem=m1 offset=0x18000 rec=31
vmm: host_read mem=m1 offset=0x19000 rec=31
vmm: host_read mem=m1 offset=0x1a000 rec=31
vmm: host_read mem=m1 offset=0x1b000 rec=31
vmm: host_read mem=m1 offset=0x1c000 rec=31
vmm: host_read mem=m1 offset=0x1d000 rec=31
vmm: host_read mem=m1 offset=0x1e000 rec=31
vmm: host_read mem=m1 offset=0x1f000 rec=31
vmm: host_read mem=m1 offset=0x20000 rec=31
vmm: host_read mem=m1 offset=0x21000 rec=31
vmm: host_read mem=m1 offset=0x22000 rec=31
vmm: host_read mem=m1 offset=0x23000 rec=31
vmm: host_read mem=m1 offset=0x24000 rec=31
vmm: host_read mem=m1 offset=0x25000 rec=31
vmm: host_read mem=m1 offset=0x26000 rec=31
vmm: host_read mem=m1 offset=0x27000 rec=31
vmm: host_read mem=m1 offset=0x28000 rec=31
vmm: host_read mem=m1 offset=0x29000 rec=31
vmm: host_read mem=m1 offset=0x2a000 rec=31
vmm: host_read mem=m1 offset=0x2b000 rec=31
vmm: host_read mem=m1 offset=0x2c000 rec=31
vmm: host_read mem=m1 offset=0x2d000 rec=31
vmm: host_read mem=m1 offset=0x2e000 rec=31
vmm: host_read mem=m1 offset=0x2f000 rec=31
vmm: host_read mem=m1 offset=0x30000 rec=31
vmm: host_read mem=m1 offset=0x31000 rec=31
vmm: host_read mem=m1 offset=0x32000 rec=31
vmm: host_read mem=m1 offset=0x33000 rec=31
vmm: host_read mem=m1 offset=0x34000 rec=31
vmm: host_read mem=m1 offset=0x35000 rec=31
vmm: host_read mem=m1 offset=0x36000 rec=31
vmm: host_read mem=m1 offset=0x37000 rec=31
vmm: host_read mem=m1 offset=0x38000 rec=31
vmm: host_read mem=m1 offset=0x39000 rec=31
vmm: host_read mem=m1 offset=0x3a000 rec=31
vmm: host_read mem=m1 offset=0x3b000 rec=31
vmm: host_read mem=m1 offset=0x3c000 rec=31
vmm: host_read mem=m1 offset=0x3d000 rec=31
vmm: host_read mem=m1 offset=0x3e000 rec=31
vmm: host_read mem=m1 offset=0x3f000 rec=31
vmm: host_read mem=m1 offset=0x40000 rec=31
vmm: host_read mem=m1 offset=0x41000 rec=31
vmm: host_read mem=m1 offset=0x42000 rec=31
vmm: host_read mem=m1 offset=0x43000 rec=31
vmm: host_read mem=m1 offset=0x44000 rec=31
vmm: host_read mem=m1 offset=0x45000 rec=31
vmm: host_read mem=m1 offset=0x46000 rec=31
vmm: host_read mem=m1 offset=0x47000 rec=31
vmm: host_read mem=m1 offset=0x48000 rec=31
vmm: host_read mem=m1 offset=0x49000 rec=31
vmm: host_read mem=m1 offset=0x4a000 rec=31
vmm: host_read mem=m1 offset=0x4b000 rec=31
vmm: host_read mem=m1 offset=0x4c000 rec=31
vmm: host_read mem=m1 offset=0x4d000 rec=31
vmm: host_read mem=m1 offset=0x4e000 rec=31
vmm: host_read mem=m1 offset=0x4f000 rec=31
vmm: host_read mem=m1 offset=0x50000 rec=31
vmm: host_read mem=m1 offset=0x51000 rec=31
vmm: host_read mem=m1 offset=0x52000 rec=31
vmm: host_read mem=m1 offset=0x53000 rec=31
vmm: host_read mem=m1 offset=0x54000 rec=31
vmm: host_read mem=m1 offset=0x55000 rec=31
vmm: host_read mem=m1 offset=0x56000 rec=31
vmm: host_read mem=m1 offset=0x57000 rec=31
vmm: host_read mem=m1 offset=0x58000 rec=31
vmm: host_read mem=m1 offset=0x59000 rec=31
vmm: host_read mem=m1 offset=0x5a000 rec=31
vmm: host_read mem=m1 offset=0x5b000 rec=31
vmm: host_read mem=m1 offset=0x5c000 rec=31
vmm: host_read mem=m1 offset=0x5d000 rec=31
vmm: host_read mem=m1 offset=0x5e000 rec=31
vmm: host_read mem=m1 offset=0x5f000 rec=31
vmm: host_read mem=m1 offset=0x60000 rec=31
vmm: host_read mem=m1 offset=0x61000 rec=31
vmm: host_read mem=m1 offset=0x62000 rec=31
vmm: host_read mem=m1 offset=0x63000 rec=31
vmm: host_read mem=m1 offset=0x64000 rec=31
vmm: host_read mem=m1 offset=0x65000 rec=31
vmm: host_read mem=m1 offset=0x66000 rec=31
vmm: host_read mem=m1 offset=0x67000 rec=31
vmm: host_read mem=m1 offset=0x68000 rec=31
vmm: host_read mem=m1 offset=0x69000 rec=31
vmm: host_read mem=m1 offset=0x6a000 rec=31
vmm: host_read mem=m1 offset=0x6b000 rec=31
vmm: host_read mem=m1 offset=0x6c000 rec=31
vmm: host_read mem=m1 offset=0x6d000 rec=31
vmm: host_read mem=m1 offset=0x6e000 rec=31
vmm: host_read mem=m1 offset=0x6f000 rec=31
vmm: host_read mem=m1 offset=0x70000 rec=31
vmm: host_read mem=m1 offset=0x71000 rec=31
vmm: host_read mem=m1 offset=0x72000 rec=31
vmm: host_read mem=m1 offset=0x73000 rec=31
vmm: host_read mem=m1 offset=0x74000 rec=31
vmm: host_read mem=m1 offset=0x75000 rec=31
vmm: host_read mem=m1 offset=0x76000 rec=31
vmm: host_read mem=m1 offset=0x77000 rec=31
vmm: host_read mem=m1 offset=0x78000 rec=31
vmm: host_read mem=m1 offset=0x79000 rec=31
vmm: host_read mem=m1 offset=0x7a000 rec=31
vmm: host_read mem=m1 offset=0x7b000 rec=31
vmm: host_read mem=m1 offset=0x7c000 rec=31
vmm: host_read mem=m1 offset=0x7d000 rec=31
vmm: host_read mem=m1 offset=0x7e000 rec=31
vmm: host_read mem=m1 offset=0x7f000 rec=31
vmm: host_read mem=m2 offset=0 rec=32
vmm: host_read mem=m2 offset=0x1000 rec=32
vmm: host_read mem=m2 offset=0x2000 rec=32
vmm: host_read mem=m2 offset=0x3000 rec=32
vmm: host_read mem=m2 offset=0x4000 rec=32
vmm: host_read mem=m2 offset=0x5000 rec=32
vmm: host_read mem=m2 offset=0x6000 rec=32
vmm: host_read mem=m2 offset=0x7000 rec=32
vmm: host_read mem=m2 offset=0x8000 rec=32
vmm: host_read mem=m2 offset=0x9000 rec=32
vmm: host_read mem=m2 offset=0xa000 rec=32
vmm: host_read mem=m2 offset=0xb000 rec=32
vmm: host_read mem=m2 offset=0xc000 rec=32
vmm: host_read mem=m2 offset=0xd000 rec=32
vmm: host_read mem=m2 offset=0xe000 rec=32
vmm: host_read mem=m2 offset=0xf000 rec=32
vmm: host_read mem=m2 offset=0x10000 rec=32
vmm: host_read mem=m2 offset=0x11000 rec=32
vmm: host_read mem=m2 offset=0x12000 rec=32
vmm: host_read mem=m2 offset=0x13000 rec=32
vmm: host_read mem=m2 offset=0x14000 rec=32
vmm: host_read mem=m2 offset=0x15000 rec=32
vmm: host_read mem=m2 offset=0x16000 rec=32
vmm: host_read mem=m2 offset=0x17000 rec=32
vmm: host_read mem=m2 offset=0x18000 rec=32
vmm: host_read mem=m2 offset=0x19000 rec=32
vmm: host_read mem=m2 offset=0x1a000 rec=32
vmm: host_read mem=m2 offset=0x1b000 rec=32
vmm: host_read mem=m2 offset=0x1c000 rec=32
vmm: host_read mem=m2 offset=0x1d000 rec=32
vmm: host_read mem=m2 offset=0x1e000 rec=32
vmm: host_read mem=m2 offset=0x1f000 rec=32
vmm: host_read mem=m2 offset=0x20000 rec=32
vmm: host_read mem=m2 offset=0x21000 rec=32
vmm: host_read mem=m2 offset=0x22000 rec=32
vmm: host_read mem=m2 offset=0x23000 rec=32
vmm: host_read mem=m2 offset=0x24000 rec=32
vmm: host_read mem=m2 offset=0x25000 rec=32
vmm: host_read mem=m2 offset=0x26000 rec=32
vmm: host_read mem=m2 offset=0x27000 rec=32
vmm: host_read mem=m2 offset=0x28000 rec=32
vmm: host_read mem=m2 offset=0x29000 rec=32
vmm: host_read mem=m2 offset=0x2a000 rec=32
vmm: host_read mem=m2 offset=0x2b000 rec=32
vmm: host_read mem=m2 offset=0x2c000 rec=32
vmm: host_read mem=m2 offset=0x2d000 rec=32
vmm: host_read mem=m2 offset=0x2e000 rec=32
vmm: host_read mem=m2 offset=0x2f000 rec=32
vmm: host_read mem=m2 offset=0x30000 rec=32
vmm: host_read mem=m2 offset=0x31000 rec=32
vmm: host_read mem=m2 offset=0x32000 rec=32
vmm: host_read mem=m2 offset=0x33000 rec=32
vmm: host_read mem=m2 offset=0x34000 rec=32
vmm: host_read mem=m2 offset=0x35000 rec=32
vmm: host_read mem=m2 offset=0x36000 rec=32
vmm: host_read mem=m2 offset=0x37000 rec=32
vmm: host_read mem=m2 offset=0x38000 rec=32
vmm: host_read mem=m2 offset=0x39000 rec=32
vmm: host_read mem=m2 offset=0x3a000 rec=32
vmm: host_read mem=m2 offset=0x3b000 rec=32
vmm: host_read mem=m2 offset=0x3c000 rec=32
vmm: host_read mem=m2 offset=0x3d000 rec=32
vmm: host_read mem=m2 offset=0x3e000 rec=32
vmm: host_read mem=m2 offset=0x3f000 rec=32
vmm: host_read mem=m2 offset=0x40000 rec=32
vmm: host_read mem=m2 offset=0x41000 rec=32
vmm: host_read mem=m2 offset=0x42000 rec=32
vmm: host_read mem=m2 offset=0x43000 rec=32
vmm: host_read mem=m2 offset=0x44000 rec=32
vmm: host_read mem=m2 offset=0x45000 rec=32
vmm: host_read mem=m2 offset=0x46000 rec=32
vmm: host_read mem=m2 offset=0x47000 rec=32
vmm: host_read mem=m2 offset=0x48000 rec=32
vmm: host_read mem=m2 offset=0x49000 rec=32
vmm: host_read mem=m2 offset=0x4a000 rec=32
vmm: host_read mem=m2 offset=0x4b000 rec=32
vmm: host_read mem=m2 offset=0x4c000 rec=32
vmm: host_read mem=m2 offset=0x4d000 rec=32
vmm: host_read mem=m2 offset=0x4e000 rec=32
vmm: host_read mem=m2 offset=0x4f000 rec=32
vmm: host_read mem=m2 offset=0x50000 rec=32
vmm: host_read mem=m2 offset=0x51000 rec=32
vmm: host_read mem=m2 offset=0x52000 rec=32
vmm: host_read mem=m2 offset=0x53000 rec=32
vmm: host_read mem=m2 offset=0x54000 rec=32
vmm: host_read mem=m2 offset=0x55000 rec=32
vmm: host_read mem=m2 offset=0x56000 rec=32
vmm: host_read mem=m2 offset=0x57000 rec=32
vmm: host_read mem=m2 offset=0x58000 rec=32
vmm: host_read mem=m2 offset=0x59000 rec=32
vmm: host_read mem=m2 offset=0x5a000 rec=32
vmm: host_read mem=m2 offset=0x5b000 rec=32
vmm: host_read mem=m2 offset=0x5c000 rec=32
vmm: host_read mem=m2 offset=0x5d000 rec=32
vmm: host_read mem=m2 offset=0x5e000 rec=32
vmm: host_read mem=m2 offset=0x5f000 rec=32
vmm: host_read mem=m2 offset=0x60000 rec=32
vmm: host_read mem=m2 offset=0x61000 rec=32
vmm: host_read mem=m2 offset=0x62000 rec=32
vmm: host_read mem=m2 offset=0x63000 rec=32
vmm: host_read mem=m2 offset=0x64000 rec=32
vmm: host_read mem=m2 offset=0x65000 rec=32
vmm: host_read mem=m2 offset=0x66000 rec=32
vmm: host_read mem=m2 offset=0x67000 rec=32
vmm: host_read mem=m2 offset=0x68000 rec=32
vmm: host_read mem=m2 offset=0x69000 rec=32
vmm: host_read mem=m2 offset=0x6a000 rec=32
vmm: host_read mem=m2 offset=0x6b000 rec=32
vmm: host_read mem=m2 offset=0x6c000 rec=32
vmm: host_read mem=m2 offset=0x6d000 rec=32
vmm: host_read mem=m2 offset=0x6e000 rec=32
vmm: host_read mem=m2 offset=0x6f000 rec=32
vmm: host_read mem=m2 offset=0x70000 rec=32
vmm: host_read mem=m2 offset=0x71000 rec=32
vmm: host_read mem=m2 offset=0x72000 rec=32
vmm: host_read mem=m2 offset=0x73000 rec=32
vmm: host_read mem=m2 offset=0x74000 rec=32
vmm: host_read mem=m2 offset=0x75000 rec=32
vmm: host_read mem=m2 offset=0x76000 rec=32
vmm: host_read mem=m2 offset=0x77000 rec=32
vmm: host_read mem=m2 offset=0x78000 rec=32
vmm: host_read mem=m2 offset=0x79000 rec=32
vmm: host_read mem=m2 offset=0x7a000 rec=32
vmm: host_read mem=m2 offset=0x7b000 rec=32
vmm: host_read mem=m2 offset=0x7c000 rec=32
vmm: host_read mem=m2 offset=0x7d000 rec=32
vmm: host_read mem=m2 offset=0x7e000 rec=32
vmm: host_read mem=m2 offset=0x7f000 rec=32
barrier
vcpu0: exec gpa=0x12000 paging sptes=0x4 expect=fault rec=35	# walk at line 39
vcpu0: read gpa=0x20020 paging sptes=0x1 expect=fault rec=35	# walk at line 53
vcpu0: write gpa=0x400000 sptes=0x1 expect=fault rec=35	# walk at line 61
vcpu0: write gpa=0x401000 sptes=0x2 expect=fault rec=35	# walk at line 72
vcpu0: write gpa=0x402000 sptes=0x4 expect=fault rec=35	# walk at line 81
vcpu0: write gpa=0x403000 sptes=0x8 expect=fault rec=35	# walk at line 90
vcpu0: write gpa=0x404000 sptes=0x10 expect=fault rec=35	# walk at line 99
vcpu0: write gpa=0x405000 sptes=0x20 expect=fault rec=35	# walk at line 108
vcpu0: write gpa=0x406000 sptes=0x40 expect=fault rec=35	# walk at line 117
vcpu0: write gpa=0x407000 sptes=0x80 expect=fault rec=35	# walk at line 126
vcpu0: write gpa=0x408000 sptes=0x1 expect=fault rec=35	# walk at line 135
vcpu0: write gpa=0x409000 sptes=0x2 expect=fault rec=35	# walk at line 144
vcpu0: write gpa=0x40a000 sptes=0x4 expect=fault rec=35	# walk at line 153
vcpu0: write gpa=0x40b000 sptes=0x8 expect=fault rec=35	# walk at line 162
vcpu0: write gpa=0x40c000 sptes=0x10 expect=fault rec=35	# walk at line 171
vcpu0: write gpa=0x40d000 sptes=0x20 expect=fault rec=35	# walk at line 180
vcpu0: write gpa=0x40e000 sptes=0x40 expect=fault rec=35	# walk at line 189
vcpu0: write gpa=0x40f000 sptes=0x80 expect=fault rec=35	# walk at line 198
vcpu0: write gpa=0x410000 sptes=0x1 expect=fault rec=35	# walk at line 207
vcpu0: write gpa=0x411000 sptes=0x2 expect=fault rec=35	# walk at line 216
vcpu0: write gpa=0x412000 sptes=0x4 expect=fault rec=35	# walk at line 225
vcpu0: write gpa=0x413000 sptes=0x8 expect=fault rec=35	# walk at line 234
vcpu0: write gpa=0x414000 sptes=0x10 expect=fault rec=35	# walk at line 243
vcpu0: write gpa=0x415000 sptes=0x20 expect=fault rec=35	# walk at line 252
vcpu0: write gpa=0x416000 sptes=0x40 expect=fault rec=35	# walk at line 261
vcpu0: write gpa=0x417000 sptes=0x80 expect=fault rec=35	# walk at line 270
vcpu0: write gpa=0x418000 sptes=0x1 expect=fault rec=35	# walk at line 279
vcpu0: write gpa=0x419000 sptes=0x2 expect=fault rec=35	# walk at line 288
vcpu0: write gpa=0x41a000 sptes=0x4 expect=fault rec=35	# walk at line 297
vcpu0: write gpa=0x41b000 sptes=0x8 expect=fault rec=35	# walk at line 306
vcpu0: write gpa=0x41c000 sptes=0x10 expect=fault rec=35	# walk at line 315
vcpu0: write gpa=0x41d000 sptes=0x20 expect=fault rec=35	# walk at line 324
vcpu0: write gpa=0x41e000 sptes=0x40 expect=fault rec=35	# walk at line 333
vcpu0: write gpa=0x41f000 sptes=0x80 expect=fault rec=35	# walk at line 342
vcpu0: write gpa=0x420000 sptes=0x1 expect=fault rec=35	# walk at line 351
vcpu0: write gpa=0x421000 sptes=0x2 expect=fault rec=35	# walk at line 360
vcpu0: write gpa=0x422000 sptes=0x4 expect=fault rec=35	# walk at line 369
vcpu0: write gpa=0x423000 sptes=0x8 expect=fault rec=35	# walk at line 378
vcpu0: write gpa=0x424000 sptes=0x10 expect=fault rec=35	# walk at line 387
vcpu0: write gpa=0x425000 sptes=0x20 expect=fault rec=35	# walk at line 396
vcpu0: write gpa=0x426000 sptes=0x40 expect=fault rec=35	# walk at line 405
vcpu0: write gpa=0x427000 sptes=0x80 expect=fault rec=35	# walk at line 414
vcpu0: write gpa=0x428000 sptes=0x1 expect=fault rec=35	# walk at line 423
vcpu0: write gpa=0x429000 sptes=0x2 expect=fault rec=35	# walk at line 432
vcpu0: write gpa=0x42a000 sptes=0x4 expect=fault rec=35	# walk at line 441
vcpu0: write gpa=0x42b000 sptes=0x8 expect=fault rec=35	# walk at line 450
vcpu0: write gpa=0x42c000 sptes=0x10 expect=fault rec=35	# walk at line 459
vcpu0: write gpa=0x42d000 sptes=0x20 expect=fault rec=35	# walk at line 468
vcpu0: write gpa=0x42e000 sptes=0x40 expect=fault rec=35	# walk at line 477
vcpu0: write gpa=0x42f000 sptes=0x80 expect=fault rec=35	# walk at line 486
vcpu0: write gpa=0x430000 sptes=0x1 expect=fault rec=35	# walk at line 495
vcpu0: write gpa=0x431000 sptes=0x2 expect=fault rec=35	# walk at line 504
vcpu0: write gpa=0x432000 sptes=0x4 expect=fault rec=35	# walk at line 513
vcpu0: write gpa=0x433000 sptes=0x8 expect=fault rec=35	# walk at line 522
vcpu0: write gpa=0x434000 sptes=0x10 expect=fault rec=35	# walk at line 531
vcpu0: write gpa=0x435000 sptes=0x20 expect=fault rec=35	# walk at line 540
vcpu0: write gpa=0x436000 sptes=0x40 expect=fault rec=35	# walk at line 549
vcpu0: write gpa=0x437000 sptes=0x80 expect=fault rec=35	# walk at line 558
vcpu0: write gpa=0x438000 sptes=0x1 expect=fault rec=35	# walk at line 567
vcpu0: write gpa=0x439000 sptes=0x2 expect=fault rec=35	# walk at line 576
vcpu0: write gpa=0x43a000 sptes=0x4 expect=fault rec=35	# walk at line 585
vcpu0: write gpa=0x43b000 sptes=0x8 expect=fault rec=35	# walk at line 594
vcpu0: write gpa=0x43c000 sptes=0x10 expect=fault rec=35	# walk at line 603
vcpu0: write gpa=0x43d000 sptes=0x20 expect=fault rec=35	# walk at line 612
vcpu0: write gpa=0x43e000 sptes=0x40 expect=fault rec=35	# walk at line 621
vcpu0: write gpa=0x43f000 sptes=0x80 expect=fault rec=35	# walk at line 630
vcpu0: write gpa=0x440000 sptes=0x1 expect=fault rec=35	# walk at line 639
vcpu0: write gpa=0x441000 sptes=0x2 expect=fault rec=35	# walk at line 648
vcpu0: write gpa=0x442000 sptes=0x4 expect=fault rec=35	# walk at line 657
vcpu0: write gpa=0x443000 sptes=0x8 expect=fault rec=35	# walk at line 666
vcpu0: write gpa=0x444000 sptes=0x10 expect=fault rec=35	# walk at line 675
vcpu0: write gpa=0x445000 sptes=0x20 expect=fault rec=35	# walk at line 684
vcpu0: write gpa=0x446000 sptes=0x40 expect=fault rec=35	# walk at line 693
vcpu0: write gpa=0x447000 sptes=0x80 expect=fault rec=35	# walk at line 702
vcpu0: write gpa=0x448000 sptes=0x1 expect=fault rec=35	# walk at line 711
vcpu0: write gpa=0x449000 sptes=0x2 expect=fault rec=35	# walk at line 720
vcpu0: write gpa=0x44a000 sptes=0x4 expect=fault rec=35	# walk at line 729
vcpu0: write gpa=0x44b000 sptes=0x8 expect=fault rec=35	# walk at line 738
vcpu0: write gpa=0x44c000 sptes=0x10 expect=fault rec=35	# walk at line 747
vcpu0: write gpa=0x44d000 sptes=0x20 expect=fault rec=35	# walk at line 756
vcpu0: write gpa=0x44e000 sptes=0x40 expect=fault rec=35	# walk at line 765
vcpu0: write gpa=0x44f000 sptes=0x80 expect=fault rec=35	# walk at line 774
vcpu0: write gpa=0x450000 sptes=0x1 expect=fault rec=35	# walk at line 783
vcpu0: write gpa=0x451000 sptes=0x2 expect=fault rec=35	# walk at line 792
vcpu0: write gpa=0x452000 sptes=0x4 expect=fault rec=35	# walk at line 801
vcpu0: write gpa=0x453000 sptes=0x8 expect=fault rec=35	# walk at line 810
vcpu0: write gpa=0x454000 sptes=0x10 expect=fault rec=35	# walk at line 819
vcpu0: write gpa=0x455000 sptes=0x20 expect=fault rec=35	# walk at line 828
vcpu0: write gpa=0x456000 sptes=0x40 expect=fault rec=35	# walk at line 837
vcpu0: write gpa=0x457000 sptes=0x80 expect=fault rec=35	# walk at line 846
vcpu0: write gpa=0x458000 sptes=0x1 expect=fault rec=35	# walk at line 855
vcpu0: write gpa=0x459000 sptes=0x2 expect=fault rec=35	# walk at line 864
vcpu0: write gpa=0x45a000 sptes=0x4 expect=fault rec=35	# walk at line 873
vcpu0: write gpa=0x45b000 sptes=0x8 expect=fault rec=35	# walk at line 882
vcpu0: write gpa=0x45c000 sptes=0x10 expect=fault rec=35	# walk at line 891
vcpu0: write gpa=0x45d000 sptes=0x20 expect=fault rec=35	# walk at line 900
vcpu0: write gpa=0x45e000 sptes=0x40 expect=fault rec=35	# walk at line 909
vcpu0: write gpa=0x45f000 sptes=0x80 expect=fault rec=35	# walk at line 918
vcpu0: write gpa=0x460000 sptes=0x1 expect=fault rec=35	# walk at line 927
vcpu0: write gpa=0x461000 sptes=0x2 expect=fault rec=35	# walk at line 936
vcpu0: write gpa=0x462000 sptes=0x4 expect=fault rec=35	# walk at line 945
vcpu0: write gpa=0x463000 sptes=0x8 expect=fault rec=35	# walk at line 954
vcpu0: write gpa=0x464000 sptes=0x10 expect=fault rec=35	# walk at line 963
vcpu0: write gpa=0x465000 sptes=0x20 expect=fault rec=35	# walk at line 972
vcpu0: write gpa=0x466000 sptes=0x40 expect=fault rec=35	# walk at line 981
vcpu0: write gpa=0x467000 sptes=0x80 expect=fault rec=35	# walk at line 990
vcpu0: write gpa=0x468000 sptes=0x1 expect=fault rec=35	# walk at line 999
vcpu0: write gpa=0x469000 sptes=0x2 expect=fault rec=35	# walk at line 1008
vcpu0: write gpa=0x46a000 sptes=0x4 expect=fault rec=35	# walk at line 1017
vcpu0: write gpa=0x46b000 sptes=0x8 expect=fault rec=35	# walk at line 1026
vcpu0: write gpa=0x46c000 sptes=0x10 expect=fault rec=35	# walk at line 1035
vcpu0: write gpa=0x46d000 sptes=0x20 expect=fault rec=35	# walk at line 1044
vcpu0: write gpa=0x46e000 sptes=0x40 expect=fault rec=35	# walk at line 1053
vcpu0: write gpa=0x46f000 sptes=0x80 expect=fault rec=35	# walk at line 1062
vcpu0: write gpa=0x470000 sptes=0x1 expect=fault rec=35	# walk at line 1071
vcpu0: write gpa=0x471000 sptes=0x2 expect=fault rec=35	# walk at line 1080
vcpu0: write gpa=0x472000 sptes=0x4 expect=fault rec=35	# walk at line 1089
vcpu0: write gpa=0x473000 sptes=0x8 expect=fault rec=35	# walk at line 1098
vcpu0: write gpa=0x474000 sptes=0x10 expect=fault rec=35	# walk at line 1107
vcpu0: write gpa=0x475000 sptes=0x20 expect=fault rec=35	# walk at line 1116
vcpu0: write gpa=0x476000 sptes=0x40 expect=fault rec=35	# walk at line 1125
vcpu0: write gpa=0x477000 sptes=0x80 expect=fault rec=35	# walk at line 1134
vcpu0: write gpa=0x478000 sptes=0x1 expect=fault rec=35	# walk at line 1143
vcpu0: write gpa=0x479000 sptes=0x2 expect=fault rec=35	# walk at line 1152
vcpu0: write gpa=0x47a000 sptes=0x4 expect=fault rec=35	# walk at line 1161
vcpu0: write gpa=0x47b000 sptes=0x8 expect=fault rec=35	# walk at line 1170
vcpu0: write gpa=0x47c000 sptes=0x10 expect=fault rec=35	# walk at line 1179
vcpu0: write gpa=0x47d000 sptes=0x20 expect=fault rec=35	# walk at line 1188
vcpu0: write gpa=0x47e000 sptes=0x40 expect=fault rec=35	# walk at line 1197
vcpu0: write gpa=0x47f000 sptes=0x80 expect=fault rec=35	# walk at line 1206
vcpu0: write gpa=0x800000 sptes=0x1 expect=fault rec=35	# walk at line 1215
vcpu0: write gpa=0x801000 sptes=0x2 expect=fault rec=35	# walk at line 1226
vcpu0: write gpa=0x802000 sptes=0x4 expect=fault rec=35	# walk at line 1235
vcpu0: write gpa=0x803000 sptes=0x8 expect=fault rec=35	# walk at line 1244
vcpu0: write gpa=0x804000 sptes=0x10 expect=fault rec=35	# walk at line 1253
vcpu0: write gpa=0x805000 sptes=0x20 expect=fault rec=35	# walk at line 1262
vcpu0: write gpa=0x806000 sptes=0x40 expect=fault rec=35	# walk at line 1271
vcpu0: write gpa=0x807000 sptes=0x80 expect=fault rec=35	# walk at line 1280
vcpu0: write gpa=0x808000 sptes=0x1 expect=fault rec=35	# walk at line 1289
vcpu0: write gpa=0x809000 sptes=0x2 expect=fault rec=35	# walk at line 1298
vcpu0: write gpa=0x80a000 sptes=0x4 expect=fault rec=35	# walk at line 1307
vcpu0: write gpa=0x80b000 sptes=0x8 expect=fault rec=35	# walk at line 1316
vcpu0: write gpa=0x80c000 sptes=0x10 expect=fault rec=35	# walk at line 1325
vcpu0: write gpa=0x80d000 sptes=0x20 expect=fault rec=35	# walk at line 1334
vcpu0: write gpa=0x80e000 sptes=0x40 expect=fault rec=35	# walk at line 1343
vcpu0: write gpa=0x80f000 sptes=0x80 expect=fault rec=35	# walk at line 1352
vcpu0: write gpa=0x810000 sptes=0x1 expect=fault rec=35	# walk at line 1361
vcpu0: write gpa=0x811000 sptes=0x2 expect=fault rec=35	# walk at line 1370
vcpu0: write gpa=0x812000 sptes=0x4 expect=fault rec=35	# walk at line 1379
vcpu0: write gpa=0x813000 sptes=0x8 expect=fault rec=35	# walk at line 1388
vcpu0: write gpa=0x814000 sptes=0x10 expect=fault rec=35	# walk at line 1397
vcpu0: write gpa=0x815000 sptes=0x20 expect=fault rec=35	# walk at line 1406
vcpu0: write gpa=0x816000 sptes=0x40 expect=fault rec=35	# walk at line 1415
vcpu0: write gpa=0x817000 sptes=0x80 expect=fault rec=35	# walk at line 1424
vcpu0: write gpa=0x818000 sptes=0x1 expect=fault rec=35	# walk at line 1433
vcpu0: write gpa=0x819000 sptes=0x2 expect=fault rec=35	# walk at line 1442
vcpu0: write gpa=0x81a000 sptes=0x4 expect=fault rec=35	# walk at line 1451
vcpu0: write gpa=0x81b000 sptes=0x8 expect=fault rec=35	# walk at line 1460
vcpu0: write gpa=0x81c000 sptes=0x10 expect=fault rec=35	# walk at line 1469
vcpu0: write gpa=0x81d000 sptes=0x20 expect=fault rec=35	# walk at line 1478
vcpu0: write gpa=0x81e000 sptes=0x40 expect=fault rec=35	# walk at line 1487
vcpu0: write gpa=0x81f000 sptes=0x80 expect=fault rec=35	# walk at line 1496
vcpu0: write gpa=0x820000 sptes=0x1 expect=fault rec=35	# walk at line 1505
vcpu0: write gpa=0x821000 sptes=0x2 expect=fault rec=35	# walk at line 1514
vcpu0: write gpa=0x822000 sptes=0x4 expect=fault rec=35	# walk at line 1523
vcpu0: write gpa=0x823000 sptes=0x8 expect=fault rec=35	# walk at line 1532
vcpu0: write gpa=0x824000 sptes=0x10 expect=fault rec=35	# walk at line 1541
vcpu0: write gpa=0x825000 sptes=0x20 expect=fault rec=35	# walk at line 1550
vcpu0: write gpa=0x826000 sptes=0x40 expect=fault rec=35	# walk at line 1559
vcpu0: write gpa=0x827000 sptes=0x80 expect=fault rec=35	# walk at line 1568
vcpu0: write gpa=0x828000 sptes=0x1 expect=fault rec=35	# walk at line 1577
vcpu0: write gpa=0x829000 sptes=0x2 expect=fault rec=35	# walk at line 1586
vcpu0: write gpa=0x82a000 sptes=0x4 expect=fault rec=35	# walk at line 1595
vcpu0: write gpa=0x82b000 sptes=0x8 expect=fault rec=35	# walk at line 1604
vcpu0: write gpa=0x82c000 sptes=0x10 expect=fault rec=35	# walk at line 1613
vcpu0: write gpa=0x82d000 sptes=0x20 expect=fault rec=35	# walk at line 1622
vcpu0: write gpa=0x82e000 sptes=0x40 expect=fault rec=35	# walk at line 1631
vcpu0: write gpa=0x82f000 sptes=0x80 expect=fault rec=35	# walk at line 1640
vcpu0: write gpa=0x830000 sptes=0x1 expect=fault rec=35	# walk at line 1649
vcpu0: write gpa=0x831000 sptes=0x2 expect=fault rec=35	# walk at line 1658
vcpu0: write gpa=0x832000 sptes=0x4 expect=fault rec=35	# walk at line 1667
vcpu0: write gpa=0x833000 sptes=0x8 expect=fault rec=35	# walk at line 1676
vcpu0: write gpa=0x834000 sptes=0x10 expect=fault rec=35	# walk at line 1685
vcpu0: write gpa=0x835000 sptes=0x20 expect=fault rec=35	# walk at line 1694
vcpu0: write gpa=0x836000 sptes=0x40 expect=fault rec=35	# walk at line 1703
vcpu0: write gpa=0x837000 sptes=0x80 expect=fault rec=35	# walk at line 1712
vcpu0: write gpa=0x838000 sptes=0x1 expect=fault rec=35	# walk at line 1721
vcpu0: write gpa=0x839000 sptes=0x2 expect=fault rec=35	# walk at line 1730
vcpu0: write gpa=0x83a000 sptes=0x4 expect=fault rec=35	# walk at line 1739
vcpu0: write gpa=0x83b000 sptes=0x8 expect=fault rec=35	# walk at line 1748
vcpu0: write gpa=0x83c000 sptes=0x10 expect=fault rec=35	# walk at line 1757
vcpu0: write gpa=0x83d000 sptes=0x20 expect=fault rec=35	# walk at line 1766
vcpu0: write gpa=0x83e000 sptes=0x40 expect=fault rec=35	# walk at line 1775
vcpu0: write gpa=0x83f000 sptes=0x80 expect=fault rec=35	# walk at line 1784
vcpu0: write gpa=0x840000 sptes=0x1 expect=fault rec=35	# walk at line 1793
vcpu0: write gpa=0x841000 sptes=0x2 expect=fault rec=35	# walk at line 1802
vcpu0: write gpa=0x842000 sptes=0x4 expect=fault rec=35	# walk at line 1811
vcpu0: write gpa=0x843000 sptes=0x8 expect=fault rec=35	# walk at line 1820
vcpu0: write gpa=0x844000 sptes=0x10 expect=fault rec=35	# walk at line 1829
vcpu0: write gpa=0x845000 sptes=0x20 expect=fault rec=35	# walk at line 1838
vcpu0: write gpa=0x846000 sptes=0x40 expect=fault rec=35	# walk at line 1847
vcpu0: write gpa=0x847000 sptes=0x80 expect=fault rec=35	# walk at line 1856
vcpu0: write gpa=0x848000 sptes=0x1 expect=fault rec=35	# walk at line 1865
vcpu0: write gpa=0x849000 sptes=0x2 expect=fault rec=35	# walk at line 1874
vcpu0: write gpa=0x84a000 sptes=0x4 expect=fault rec=35	# walk at line 1883
vcpu0: write gpa=0x84b000 sptes=0x8 expect=fault rec=35	# walk at line 1892
vcpu0: write gpa=0x84c000 sptes=0x10 expect=fault rec=35	# walk at line 1901
vcpu0: write gpa=0x84d000 sptes=0x20 expect=fault rec=35	# walk at line 1910
vcpu0: write gpa=0x84e000 sptes=0x40 expect=fault rec=35	# walk at line 1919
vcpu0: write gpa=0x84f000 sptes=0x80 expect=fault rec=35	# walk at line 1928
vcpu0: write gpa=0x850000 sptes=0x1 expect=fault rec=35	# walk at line 1937
vcpu0: write gpa=0x851000 sptes=0x2 expect=fault rec=35	# walk at line 1946
vcpu0: write gpa=0x852000 sptes=0x4 expect=fault rec=35	# walk at line 1955
vcpu0: write gpa=0x853000 sptes=0x8 expect=fault rec=35	# walk at line 1964
vcpu0: write gpa=0x854000 sptes=0x10 expect=fault rec=35	# walk at line 1973
vcpu0: write gpa=0x855000 sptes=0x20 expect=fault rec=35	# walk at line 1982
vcpu0: write gpa=0x856000 sptes=0x40 expect=fault rec=35	# walk at line 1991
vcpu0: write gpa=0x857000 sptes=0x80 expect=fault rec=35	# walk at line 2000
vcpu0: write gpa=0x858000 sptes=0x1 expect=fault rec=35	# walk at line 2009
vcpu0: write gpa=0x859000 sptes=0x2 expect=fault rec=35	# walk at line 2018
vcpu0: write gpa=0x85a000 sptes=0x4 expect=fault rec=35	# walk at line 2027
vcpu0: write gpa=0x85b000 sptes=0x8 expect=fault rec=35	# walk at line 2036
vcpu0: write gpa=0x85c000 sptes=0x10 expect=fault rec=35	# walk at line 2045
vcpu0: write gpa=0x85d000 sptes=0x20 expect=fault rec=35	# walk at line 2054
vcpu0: write gpa=0x85e000 sptes=0x40 expect=fault rec=35	# walk at line 2063
vcpu0: write gpa=0x85f000 sptes=0x80 expect=fault rec=35	# walk at line 2072
vcpu0: write gpa=0x860000 sptes=0x1 expect=fault rec=35	# walk at line 2081
vcpu0: write gpa=0x861000 sptes=0x2 expect=fault rec=35	# walk at line 2090
vcpu0: write gpa=0x862000 sptes=0x4 expect=fault rec=35	# walk at line 2099
vcpu0: write gpa=0x863000 sptes=0x8 expect=fault rec=35	# walk at line 2108
vcpu0: write gpa=0x864000 sptes=0x10 expect=fault rec=35	# walk at line 2117
vcpu0: write gpa=0x865000 sptes=0x20 expect=fault rec=35	# walk at line 2126
vcpu0: write gpa=0x866000 sptes=0x40 expect=fault rec=35	# walk at line 2135
vcpu0: write gpa=0x867000 sptes=0x80 expect=fault rec=35	# walk at line 2144
vcpu0: write gpa=0x868000 sptes=0x1 expect=fault rec=35	# walk at line 2153
vcpu0: write gpa=0x869000 sptes=0x2 expect=fault rec=35	# walk at line 2162
vcpu0: write gpa=0x86a000 sptes=0x4 expect=fault rec=35	# walk at line 2171
vcpu0: write gpa=0x86b000 sptes=0x8 expect=fault rec=35	# walk at line 2180
vcpu0: write gpa=0x86c000 sptes=0x10 expect=fault rec=35	# walk at line 2189
vcpu0: write gpa=0x86d000 sptes=0x20 expect=fault rec=35	# walk at line 2198
vcpu0: write gpa=0x86e000 sptes=0x40 expect=fault rec=35	# walk at line 2207
vcpu0: write gpa=0x86f000 sptes=0x80 expect=fault rec=35	# walk at line 2216
vcpu0: write gpa=0x870000 sptes=0x1 expect=fault rec=35	# walk at line 2225
vcpu0: write gpa=0x871000 sptes=0x2 expect=fault rec=35	# walk at line 2234
vcpu0: write gpa=0x872000 sptes=0x4 expect=fault rec=35	# walk at line 2243
vcpu0: write gpa=0x873000 sptes=0x8 expect=fault rec=35	# walk at line 2252
vcpu0: write gpa=0x874000 sptes=0x10 expect=fault rec=35	# walk at line 2261
vcpu0: write gpa=0x875000 sptes=0x20 expect=fault rec=35	# walk at line 2270
vcpu0: write gpa=0x876000 sptes=0x40 expect=fault rec=35	# walk at line 2279
vcpu0: write gpa=0x877000 sptes=0x80 expect=fault rec=35	# walk at line 2288
vcpu0: write gpa=0x878000 sptes=0x1 expect=fault rec=35	# walk at line 2297
vcpu0: write gpa=0x879000 sptes=0x2 expect=fault rec=35	# walk at line 2306
vcpu0: write gpa=0x87a000 sptes=0x4 expect=fault rec=35	# walk at line 2315
vcpu0: write gpa=0x87b000 sptes=0x8 expect=fault rec=35	# walk at line 2324
vcpu0: write gpa=0x87c000 sptes=0x10 expect=fault rec=35	# walk at line 2333
vcpu0: write gpa=0x87d000 sptes=0x20 expect=fault rec=35	# walk at line 2342
vcpu0: write gpa=0x87e000 sptes=0x40 expect=fault rec=35	# walk at line 2351
vcpu0: write gpa=0x87f000 sptes=0x80 expect=fault rec=35	# walk at line 2360
vcpu0: write gpa=0x20018 paging sptes=0x1 expect=fault rec=35	# walk at line 2369
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=35	# walk at line 2377
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=35	# walk at line 2389
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=35	# walk at line 2395
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=35	# walk at line 2401
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=35	# walk at line 2408
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=35	# walk at line 2413
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=35	# walk at line 2418
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=35	# walk at line 2423
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=35	# walk at line 2428
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=35	# walk at line 2433
barrier
vmm: host_read mem=m1 offset=0 rec=2448
vmm: host_read mem=m1 offset=0x1000 rec=2448
vmm: host_read mem=m1 offset=0x2000 rec=2448
vmm: host_read mem=m1 offset=0x3000 rec=2448
vmm: host_read mem=m1 offset=0x4000 rec=2448
vmm: host_read mem=m1 offset=0x5000 rec=2448
vmm: host_read mem=m1 offset=0x6000 rec=2448
vmm: host_read mem=m1 offset=0x7000 rec=2448
vmm: host_read mem=m1 offset=0x8000 rec=2448
vmm: host_read mem=m1 offset=0x9000 rec=2448
vmm: host_read mem=m1 offset=0xa000 rec=2448
vmm: host_read mem=m1 offset=0xb000 rec=2448
vmm: host_read mem=m1 offset=0xc000 rec=2448
vmm: host_read mem=m1 offset=0xd000 rec=2448
vmm: host_read mem=m1 offset=0xe000 rec=2448
vmm: host_read mem=m1 offset=0xf000 rec=2448
vmm: host_read mem=m1 offset=0x10000 rec=2448
vmm: host_read mem=m1 offset=0x11000 rec=2448
vmm: host_read mem=m1 offset=0x12000 rec=2448
vmm: host_read mem=m1 offset=0x13000 rec=2448
vmm: host_read mem=m1 offset=0x14000 rec=2448
vmm: host_read mem=m1 offset=0x15000 rec=2448
vmm: host_read mem=m1 offset=0x16000 rec=2448
vmm: host_read mem=m1 offset=0x17000 rec=2448
vmm: host_read mem=m1 offset=0x18000 rec=2448
vmm: host_read mem=m1 offset=0x19000 rec=2448
vmm: host_read mem=m1 offset=0x1a000 rec=2448
vmm: host_read mem=m1 offset=0x1b000 rec=2448
vmm: host_read mem=m1 offset=0x1c000 rec=2448
vmm: host_read mem=m1 offset=0x1d000 rec=2448
vmm: host_read mem=m1 offset=0x1e000 rec=2448
vmm: host_read mem=m1 offset=0x1f000 rec=2448
vmm: host_read mem=m1 offset=0x20000 rec=2448
vmm: host_read mem=m1 offset=0x21000 rec=2448
vmm: host_read mem=m1 offset=0x22000 rec=2448
vmm: host_read mem=m1 offset=0x23000 rec=2448
vmm: host_read mem=m1 offset=0x24000 rec=2448
vmm: host_read mem=m1 offset=0x25000 rec=2448
vmm: host_read mem=m1 offset=0x26000 rec=2448
vmm: host_read mem=m1 offset=0x27000 rec=2448
vmm: host_read mem=m1 offset=0x28000 rec=2448
vmm: host_read mem=m1 offset=0x29000 rec=2448
vmm: host_read mem=m1 offset=0x2a000 rec=2448
vmm: host_read mem=m1 offset=0x2b000 rec=2448
vmm: host_read mem=m1 offset=0x2c000 rec=2448
vmm: host_read mem=m1 offset=0x2d000 rec=2448
vmm: host_read mem=m1 offset=0x2e000 rec=2448
vmm: host_read mem=m1 offset=0x2f000 rec=2448
vmm: host_read mem=m1 offset=0x30000 rec=2448
vmm: host_read mem=m1 offset=0x31000 rec=2448
vmm: host_read mem=m1 offset=0x32000 rec=2448
vmm: host_read mem=m1 offset=0x33000 rec=2448
vmm: host_read mem=m1 offset=0x34000 rec=2448
vmm: host_read mem=m1 offset=0x35000 rec=2448
vmm: host_read mem=m1 offset=0x36000 rec=2448
vmm: host_read mem=m1 offset=0x37000 rec=2448
vmm: host_read mem=m1 offset=0x38000 rec=2448
vmm: host_read mem=m1 offset=0x39000 rec=2448
vmm: host_read mem=m1 offset=0x3a000 rec=2448
vmm: host_read mem=m1 offset=0x3b000 rec=2448
vmm: host_read mem=m1 offset=0x3c000 rec=2448
vmm: host_read mem=m1 offset=0x3d000 rec=2448
vmm: host_read mem=m1 offset=0x3e000 rec=2448
vmm: host_read mem=m1 offset=0x3f000 rec=2448
vmm: host_read mem=m1 offset=0x40000 rec=2448
vmm: host_read mem=m1 offset=0x41000 rec=2448
vmm: host_read mem=m1 offset=0x42000 rec=2448
vmm: host_read mem=m1 offset=0x43000 rec=2448
vmm: host_read mem=m1 offset=0x44000 rec=2448
vmm: host_read mem=m1 offset=0x45000 rec=2448
vmm: host_read mem=m1 offset=0x46000 rec=2448
vmm: host_read mem=m1 offset=0x47000 rec=2448
vmm: host_read mem=m1 offset=0x48000 rec=2448
vmm: host_read mem=m1 offset=0x49000 rec=2448
vmm: host_read mem=m1 offset=0x4a000 rec=2448
vmm: host_read mem=m1 offset=0x4b000 rec=2448
vmm: host_read mem=m1 offset=0x4c000 rec=2448
vmm: host_read mem=m1 offset=0x4d000 rec=2448
vmm: host_read mem=m1 offset=0x4e000 rec=2448
vmm: host_read mem=m1 offset=0x4f000 rec=2448
vmm: host_read mem=m1 offset=0x50000 rec=2448
vmm: host_read mem=m1 offset=0x51000 rec=2448
vmm: host_read mem=m1 offset=0x52000 rec=2448
vmm: host_read mem=m1 offset=0x53000 rec=2448
vmm: host_read mem=m1 offset=0x54000 rec=2448
vmm: host_read mem=m1 offset=0x55000 rec=2448
vmm: host_read mem=m1 offset=0x56000 rec=2448
vmm: host_read mem=m1 offset=0x57000 rec=2448
vmm: host_read mem=m1 offset=0x58000 rec=2448
vmm: host_read mem=m1 offset=0x59000 rec=2448
vmm: host_read mem=m1 offset=0x5a000 rec=2448
vmm: host_read mem=m1 offset=0x5b000 rec=2448
vmm: host_read mem=m1 offset=0x5c000 rec=2448
vmm: host_read mem=m1 offset=0x5d000 rec=2448
vmm: host_read mem=m1 offset=0x5e000 rec=2448
vmm: host_read mem=m1 offset=0x5f000 rec=2448
vmm: host_read mem=m1 offset=0x60000 rec=2448
vmm: host_read mem=m1 offset=0x61000 rec=2448
vmm: host_read mem=m1 offset=0x62000 rec=2448
vmm: host_read mem=m1 offset=0x63000 rec=2448
vmm: host_read mem=m1 offset=0x64000 rec=2448
vmm: host_read mem=m1 offset=0x65000 rec=2448
vmm: host_read mem=m1 offset=0x66000 rec=2448
vmm: host_read mem=m1 offset=0x67000 rec=2448
vmm: host_read mem=m1 offset=0x68000 rec=2448
vmm: host_read mem=m1 offset=0x69000 rec=2448
vmm: host_read mem=m1 offset=0x6a000 rec=2448
vmm: host_read mem=m1 offset=0x6b000 rec=2448
vmm: host_read mem=m1 offset=0x6c000 rec=2448
vmm: host_read mem=m1 offset=0x6d000 rec=2448
vmm: host_read mem=m1 offset=0x6e000 rec=2448
vmm: host_read mem=m1 offset=0x6f000 rec=2448
vmm: host_read mem=m1 offset=0x70000 rec=2448
vmm: host_read mem=m1 offset=0x71000 rec=2448
vmm: host_read mem=m1 offset=0x72000 rec=2448
vmm: host_read mem=m1 offset=0x73000 rec=2448
vmm: host_read mem=m1 offset=0x74000 rec=2448
vmm: host_read mem=m1 offset=0x75000 rec=2448
vmm: host_read mem=m1 offset=0x76000 rec=2448
vmm: host_read mem=m1 offset=0x77000 rec=2448
vmm: host_read mem=m1 offset=0x78000 rec=2448
vmm: host_read mem=m1 offset=0x79000 rec=2448
vmm: host_read mem=m1 offset=0x7a000 rec=2448
vmm: host_read mem=m1 offset=0x7b000 rec=2448
vmm: host_read mem=m1 offset=0x7c000 rec=2448
vmm: host_read mem=m1 offset=0x7d000 rec=2448
vmm: host_read mem=m1 offset=0x7e000 rec=2448
vmm: host_read mem=m1 offset=0x7f000 rec=2448
vmm: host_read mem=m2 offset=0 rec=2449
vmm: host_read mem=m2 offset=0x1000 rec=2449
vmm: host_read mem=m2 offset=0x2000 rec=2449
vmm: host_read mem=m2 offset=0x3000 rec=2449
vmm: host_read mem=m2 offset=0x4000 rec=2449
vmm: host_read mem=m2 offset=0x5000 rec=2449
vmm: host_read mem=m2 offset=0x6000 rec=2449
vmm: host_read mem=m2 offset=0x7000 rec=2449
vmm: host_read mem=m2 offset=0x8000 rec=2449
vmm: host_read mem=m2 offset=0x9000 rec=2449
vmm: host_read mem=m2 offset=0xa000 rec=2449
vmm: host_read mem=m2 offset=0xb000 rec=2449
vmm: host_read mem=m2 offset=0xc000 rec=2449
vmm: host_read mem=m2 offset=0xd000 rec=2449
vmm: host_read mem=m2 offset=0xe000 rec=2449
vmm: host_read mem=m2 offset=0xf000 rec=2449
vmm: host_read mem=m2 offset=0x10000 rec=2449
vmm: host_read mem=m2 offset=0x11000 rec=2449
vmm: host_read mem=m2 offset=0x12000 rec=2449
vmm: host_read mem=m2 offset=0x13000 rec=2449
vmm: host_read mem=m2 offset=0x14000 rec=2449
vmm: host_read mem=m2 offset=0x15000 rec=2449
vmm: host_read mem=m2 offset=0x16000 rec=2449
vmm: host_read mem=m2 offset=0x17000 rec=2449
vmm: host_read mem=m2 offset=0x18000 rec=2449
vmm: host_read mem=m2 offset=0x19000 rec=2449
vmm: host_read mem=m2 offset=0x1a000 rec=2449
vmm: host_read mem=m2 offset=0x1b000 rec=2449
vmm: host_read mem=m2 offset=0x1c000 rec=2449
vmm: host_read mem=m2 offset=0x1d000 rec=2449
vmm: host_read mem=m2 offset=0x1e000 rec=2449
vmm: host_read mem=m2 offset=0x1f000 rec=2449
vmm: host_read mem=m2 offset=0x20000 rec=2449
vmm: host_read mem=m2 offset=0x21000 rec=2449
vmm: host_read mem=m2 offset=0x22000 rec=2449
vmm: host_read mem=m2 offset=0x23000 rec=2449
vmm: host_read mem=m2 offset=0x24000 rec=2449
vmm: host_read mem=m2 offset=0x25000 rec=2449
vmm: host_read mem=m2 offset=0x26000 rec=2449
vmm: host_read mem=m2 offset=0x27000 rec=2449
vmm: host_read mem=m2 offset=0x28000 rec=2449
vmm: host_read mem=m2 offset=0x29000 rec=2449
vmm: host_read mem=m2 offset=0x2a000 rec=2449
vmm: host_read mem=m2 offset=0x2b000 rec=2449
vmm: host_read mem=m2 offset=0x2c000 rec=2449
vmm: host_read mem=m2 offset=0x2d000 rec=2449
vmm: host_read mem=m2 offset=0x2e000 rec=2449
vmm: host_read mem=m2 offset=0x2f000 rec=2449
vmm: host_read mem=m2 offset=0x30000 rec=2449
vmm: host_read mem=m2 offset=0x31000 rec=2449
vmm: host_read mem=m2 offset=0x32000 rec=2449
vmm: host_read mem=m2 offset=0x33000 rec=2449
vmm: host_read mem=m2 offset=0x34000 rec=2449
vmm: host_read mem=m2 offset=0x35000 rec=2449
vmm: host_read mem=m2 offset=0x36000 rec=2449
vmm: host_read mem=m2 offset=0x37000 rec=2449
vmm: host_read mem=m2 offset=0x38000 rec=2449
vmm: host_read mem=m2 offset=0x39000 rec=2449
vmm: host_read mem=m2 offset=0x3a000 rec=2449
vmm: host_read mem=m2 offset=0x3b000 rec=2449
vmm: host_read mem=m2 offset=0x3c000 rec=2449
vmm: host_read mem=m2 offset=0x3d000 rec=2449
vmm: host_read mem=m2 offset=0x3e000 rec=2449
vmm: host_read mem=m2 offset=0x3f000 rec=2449
vmm: host_read mem=m2 offset=0x40000 rec=2449
vmm: host_read mem=m2 offset=0x41000 rec=2449
vmm: host_read mem=m2 offset=0x42000 rec=2449
vmm: host_read mem=m2 offset=0x43000 rec=2449
vmm: host_read mem=m2 offset=0x44000 rec=2449
vmm: host_read mem=m2 offset=0x45000 rec=2449
vmm: host_read mem=m2 offset=0x46000 rec=2449
vmm: host_read mem=m2 offset=0x47000 rec=2449
vmm: host_read mem=m2 offset=0x48000 rec=2449
vmm: host_read mem=m2 offset=0x49000 rec=2449
vmm: host_read mem=m2 offset=0x4a000 rec=2449
vmm: host_read mem=m2 offset=0x4b000 rec=2449
vmm: host_read mem=m2 offset=0x4c000 rec=2449
vmm: host_read mem=m2 offset=0x4d000 rec=2449
vmm: host_read mem=m2 offset=0x4e000 rec=2449
vmm: host_read mem=m2 offset=0x4f000 rec=2449
vmm: host_read mem=m2 offset=0x50000 rec=2449
vmm: host_read mem=m2 offset=0x51000 rec=2449
vmm: host_read mem=m2 offset=0x52000 rec=2449
vmm: host_read mem=m2 offset=0x53000 rec=2449
vmm: host_read mem=m2 offset=0x54000 rec=2449
vmm: host_read mem=m2 offset=0x55000 rec=2449
vmm: host_read mem=m2 offset=0x56000 rec=2449
vmm: host_read mem=m2 offset=0x57000 rec=2449
vmm: host_read mem=m2 offset=0x58000 rec=2449
vmm: host_read mem=m2 offset=0x59000 rec=2449
vmm: host_read mem=m2 offset=0x5a000 rec=2449
vmm: host_read mem=m2 offset=0x5b000 rec=2449
vmm: host_read mem=m2 offset=0x5c000 rec=2449
vmm: host_read mem=m2 offset=0x5d000 rec=2449
vmm: host_read mem=m2 offset=0x5e000 rec=2449
vmm: host_read mem=m2 offset=0x5f000 rec=2449
vmm: host_read mem=m2 offset=0x60000 rec=2449
vmm: host_read mem=m2 offset=0x61000 rec=2449
vmm: host_read mem=m2 offset=0x62000 rec=2449
vmm: host_read mem=m2 offset=0x63000 rec=2449
vmm: host_read mem=m2 offset=0x64000 rec=2449
vmm: host_read mem=m2 offset=0x65000 rec=2449
vmm: host_read mem=m2 offset=0x66000 rec=2449
vmm: host_read mem=m2 offset=0x67000 rec=2449
vmm: host_read mem=m2 offset=0x68000 rec=2449
vmm: host_read mem=m2 offset=0x69000 rec=2449
vmm: host_read mem=m2 offset=0x6a000 rec=2449
vmm: host_read mem=m2 offset=0x6b000 rec=2449
vmm: host_read mem=m2 offset=0x6c000 rec=2449
vmm: host_read mem=m2 offset=0x6d000 rec=2449
vmm: host_read mem=m2 offset=0x6e000 rec=2449
vmm: host_read mem=m2 offset=0x6f000 rec=2449
vmm: host_read mem=m2 offset=0x70000 rec=2449
vmm: host_read mem=m2 offset=0x71000 rec=2449
vmm: host_read mem=m2 offset=0x72000 rec=2449
vmm: host_read mem=m2 offset=0x73000 rec=2449
vmm: host_read mem=m2 offset=0x74000 rec=2449
vmm: host_read mem=m2 offset=0x75000 rec=2449
vmm: host_read mem=m2 offset=0x76000 rec=2449
vmm: host_read mem=m2 offset=0x77000 rec=2449
vmm: host_read mem=m2 offset=0x78000 rec=2449
vmm: host_read mem=m2 offset=0x79000 rec=2449
vmm: host_read mem=m2 offset=0x7a000 rec=2449
vmm: host_read mem=m2 offset=0x7b000 rec=2449
vmm: host_read mem=m2 offset=0x7c000 rec=2449
vmm: host_read mem=m2 offset=0x7d000 rec=2449
vmm: host_read mem=m2 offset=0x7e000 rec=2449
vmm: host_read mem=m2 offset=0x7f000 rec=2449
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=2450	# walk at line 2464
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=2450	# walk at line 2469
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=2450	# walk at line 2481
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=2450	# walk at line 2486
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=2450	# walk at line 2491
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=2450	# walk at line 2496
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=2450	# walk at line 2501
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=2450	# walk at line 2513
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=2450	# walk at line 2518
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=2450	# walk at line 2523
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=2450	# walk at line 2528
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=2450	# walk at line 2533
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=2450	# walk at line 2538
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=2450	# walk at line 2543
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=2450	# walk at line 2548
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=2450	# walk at line 2553
barrier
vmm: host_read mem=m1 offset=0 rec=2567
vmm: host_read mem=m1 offset=0x1000 rec=2567
vmm: host_read mem=m1 offset=0x2000 rec=2567
vmm: host_read mem=m1 offset=0x3000 rec=2567
vmm: host_read mem=m1 offset=0x4000 rec=2567
vmm: host_read mem=m1 offset=0x5000 rec=2567
vmm: host_read mem=m1 offset=0x6000 rec=2567
vmm: host_read mem=m1 offset=0x7000 rec=2567
vmm: host_read mem=m1 offset=0x8000 rec=2567
vmm: host_read mem=m1 offset=0x9000 rec=2567
vmm: host_read mem=m1 offset=0xa000 rec=2567
vmm: host_read mem=m1 offset=0xb000 rec=2567
vmm: host_read mem=m1 offset=0xc000 rec=2567
vmm: host_read mem=m1 offset=0xd000 rec=2567
vmm: host_read mem=m1 offset=0xe000 rec=2567
vmm: host_read mem=m1 offset=0xf000 rec=2567
vmm: host_read mem=m1 offset=0x10000 rec=2567
vmm: host_read mem=m1 offset=0x11000 rec=2567
vmm: host_read mem=m1 offset=0x12000 rec=2567
vmm: host_read mem=m1 offset=0x13000 rec=2567
vmm: host_read mem=m1 offset=0x14000 rec=2567
vmm: host_read mem=m1 offset=0x15000 rec=2567
vmm: host_read mem=m1 offset=0x16000 rec=2567
vmm: host_read mem=m1 offset=0x17000 rec=2567
vmm: host_read mem=m1 offset=0x18000 rec=2567
vmm: host_read mem=m1 offset=0x19000 rec=2567
vmm: host_read mem=m1 offset=0x1a000 rec=2567
vmm: host_read mem=m1 offset=0x1b000 rec=2567
vmm: host_read mem=m1 offset=0x1c000 rec=2567
vmm: host_read mem=m1 offset=0x1d000 rec=2567
vmm: host_read mem=m1 offset=0x1e000 rec=2567
vmm: host_read mem=m1 offset=0x1f000 rec=2567
vmm: host_read mem=m1 offset=0x20000 rec=2567
vmm: host_read mem=m1 offset=0x21000 rec=2567
vmm: host_read mem=m1 offset=0x22000 rec=2567
vmm: host_read mem=m1 offset=0x23000 rec=2567
vmm: host_read mem=m1 offset=0x24000 rec=2567
vmm: host_read mem=m1 offset=0x25000 rec=2567
vmm: host_read mem=m1 offset=0x26000 rec=2567
vmm: host_read mem=m1 offset=0x27000 rec=2567
vmm: host_read mem=m1 offset=0x28000 rec=2567
vmm: host_read mem=m1 offset=0x29000 rec=2567
vmm: host_read mem=m1 offset=0x2a000 rec=2567
vmm: host_read mem=m1 offset=0x2b000 rec=2567
vmm: host_read mem=m1 offset=0x2c000 rec=2567
vmm: host_read mem=m1 offset=0x2d000 rec=2567
vmm: host_read mem=m1 offset=0x2e000 rec=2567
vmm: host_read mem=m1 offset=0x2f000 rec=2567
vmm: host_read mem=m1 offset=0x30000 rec=2567
vmm: host_read mem=m1 offset=0x31000 rec=2567
vmm: host_read mem=m1 offset=0x32000 rec=2567
vmm: host_read mem=m1 offset=0x33000 rec=2567
vmm: host_read mem=m1 offset=0x34000 rec=2567
vmm: host_read mem=m1 offset=0x35000 rec=2567
vmm: host_read mem=m1 offset=0x36000 rec=2567
vmm: host_read mem=m1 offset=0x37000 rec=2567
vmm: host_read mem=m1 offset=0x38000 rec=2567
vmm: host_read mem=m1 offset=0x39000 rec=2567
vmm: host_read mem=m1 offset=0x3a000 rec=2567
vmm: host_read mem=m1 offset=0x3b000 rec=2567
vmm: host_read mem=m1 offset=0x3c000 rec=2567
vmm: host_read mem=m1 offset=0x3d000 rec=2567
vmm: host_read mem=m1 offset=0x3e000 rec=2567
vmm: host_read mem=m1 offset=0x3f000 rec=2567
vmm: host_read mem=m1 offset=0x40000 rec=2567
vmm: host_read mem=m1 offset=0x41000 rec=2567
vmm: host_read mem=m1 offset=0x42000 rec=2567
vmm: host_read mem=m1 offset=0x43000 rec=2567
vmm: host_read mem=m1 offset=0x44000 rec=2567
vmm: host_read mem=m1 offset=0x45000 rec=2567
vmm: host_read mem=m1 offset=0x46000 rec=2567
vmm: host_read mem=m1 offset=0x47000 rec=2567
vmm: host_read mem=m1 offset=0x48000 rec=2567
vmm: host_read mem=m1 offset=0x49000 rec=2567
vmm: host_read mem=m1 offset=0x4a000 rec=2567
vmm: host_read mem=m1 offset=0x4b000 rec=2567
vmm: host_read mem=m1 offset=0x4c000 rec=2567
vmm: host_read mem=m1 offset=0x4d000 rec=2567
vmm: host_read mem=m1 offset=0x4e000 rec=2567
vmm: host_read mem=m1 offset=0x4f000 rec=2567
vmm: host_read mem=m1 offset=0x50000 rec=2567
vmm: host_read mem=m1 offset=0x51000 rec=2567
vmm: host_read mem=m1 offset=0x52000 rec=2567
vmm: host_read mem=m1 offset=0x53000 rec=2567
vmm: host_read mem=m1 offset=0x54000 rec=2567
vmm: host_read mem=m1 offset=0x55000 rec=2567
vmm: host_read mem=m1 offset=0x56000 rec=2567
vmm: host_read mem=m1 offset=0x57000 rec=2567
vmm: host_read mem=m1 offset=0x58000 rec=2567
vmm: host_read mem=m1 offset=0x59000 rec=2567
vmm: host_read mem=m1 offset=0x5a000 rec=2567
vmm: host_read mem=m1 offset=0x5b000 rec=2567
vmm: host_read mem=m1 offset=0x5c000 rec=2567
vmm: host_read mem=m1 offset=0x5d000 rec=2567
vmm: host_read mem=m1 offset=0x5e000 rec=2567
vmm: host_read mem=m1 offset=0x5f000 rec=2567
vmm: host_read mem=m1 offset=0x60000 rec=2567
vmm: host_read mem=m1 offset=0x61000 rec=2567
vmm: host_read mem=m1 offset=0x62000 rec=2567
vmm: host_read mem=m1 offset=0x63000 rec=2567
vmm: host_read mem=m1 offset=0x64000 rec=2567
vmm: host_read mem=m1 offset=0x65000 rec=2567
vmm: host_read mem=m1 offset=0x66000 rec=2567
vmm: host_read mem=m1 offset=0x67000 rec=2567
vmm: host_read mem=m1 offset=0x68000 rec=2567
vmm: host_read mem=m1 offset=0x69000 rec=2567
vmm: host_read mem=m1 offset=0x6a000 rec=2567
vmm: host_read mem=m1 offset=0x6b000 rec=2567
vmm: host_read mem=m1 offset=0x6c000 rec=2567
vmm: host_read mem=m1 offset=0x6d000 rec=2567
vmm: host_read mem=m1 offset=0x6e000 rec=2567
vmm: host_read mem=m1 offset=0x6f000 rec=2567
vmm: host_read mem=m1 offset=0x70000 rec=2567
vmm: host_read mem=m1 offset=0x71000 rec=2567
vmm: host_read mem=m1 offset=0x72000 rec=2567
vmm: host_read mem=m1 offset=0x73000 rec=2567
vmm: host_read mem=m1 offset=0x74000 rec=2567
vmm: host_read mem=m1 offset=0x75000 rec=2567
vmm: host_read mem=m1 offset=0x76000 rec=2567
vmm: host_read mem=m1 offset=0x77000 rec=2567
vmm: host_read mem=m1 offset=0x78000 rec=2567
vmm: host_read mem=m1 offset=0x79000 rec=2567
vmm: host_read mem=m1 offset=0x7a000 rec=2567
vmm: host_read mem=m1 offset=0x7b000 rec=2567
vmm: host_read mem=m1 offset=0x7c000 rec=2567
vmm: host_read mem=m1 offset=0x7d000 rec=2567
vmm: host_read mem=m1 offset=0x7e000 rec=2567
vmm: host_read mem=m1 offset=0x7f000 rec=2567
vmm: host_read mem=m2 offset=0 rec=2568
vmm: host_read mem=m2 offset=0x1000 rec=2568
vmm: host_read mem=m2 offset=0x2000 rec=2568
vmm: host_read mem=m2 offset=0x3000 rec=2568
vmm: host_read mem=m2 offset=0x4000 rec=2568
vmm: host_read mem=m2 offset=0x5000 rec=2568
vmm: host_read mem=m2 offset=0x6000 rec=2568
vmm: host_read mem=m2 offset=0x7000 rec=2568
vmm: host_read mem=m2 offset=0x8000 rec=2568
vmm: host_read mem=m2 offset=0x9000 rec=2568
vmm: host_read mem=m2 offset=0xa000 rec=2568
vmm: host_read mem=m2 offset=0xb000 rec=2568
vmm: host_read mem=m2 offset=0xc000 rec=2568
vmm: host_read mem=m2 offset=0xd000 rec=2568
vmm: host_read mem=m2 offset=0xe000 rec=2568
vmm: host_read mem=m2 offset=0xf000 rec=2568
vmm: host_read mem=m2 offset=0x10000 rec=2568
vmm: host_read mem=m2 offset=0x11000 rec=2568
vmm: host_read mem=m2 offset=0x12000 rec=2568
vmm: host_read mem=m2 offset=0x13000 rec=2568
vmm: host_read mem=m2 offset=0x14000 rec=2568
vmm: host_read mem=m2 offset=0x15000 rec=2568
vmm: host_read mem=m2 offset=0x16000 rec=2568
vmm: host_read mem=m2 offset=0x17000 rec=2568
vmm: host_read mem=m2 offset=0x18000 rec=2568
vmm: host_read mem=m2 offset=0x19000 rec=2568
vmm: host_read mem=m2 offset=0x1a000 rec=2568
vmm: host_read mem=m2 offset=0x1b000 rec=2568
vmm: host_read mem=m2 offset=0x1c000 rec=2568
vmm: host_read mem=m2 offset=0x1d000 rec=2568
vmm: host_read mem=m2 offset=0x1e000 rec=2568
vmm: host_read mem=m2 offset=0x1f000 rec=2568
vmm: host_read mem=m2 offset=0x20000 rec=2568
vmm: host_read mem=m2 offset=0x21000 rec=2568
vmm: host_read mem=m2 offset=0x22000 rec=2568
vmm: host_read mem=m2 offset=0x23000 rec=2568
vmm: host_read mem=m2 offset=0x24000 rec=2568
vmm: host_read mem=m2 offset=0x25000 rec=2568
vmm: host_read mem=m2 offset=0x26000 rec=2568
vmm: host_read mem=m2 offset=0x27000 rec=2568
vmm: host_read mem=m2 offset=0x28000 rec=2568
vmm: host_read mem=m2 offset=0x29000 rec=2568
vmm: host_read mem=m2 offset=0x2a000 rec=2568
vmm: host_read mem=m2 offset=0x2b000 rec=2568
vmm: host_read mem=m2 offset=0x2c000 rec=2568
vmm: host_read mem=m2 offset=0x2d000 rec=2568
vmm: host_read mem=m2 offset=0x2e000 rec=2568
vmm: host_read mem=m2 offset=0x2f000 rec=2568
vmm: host_read mem=m2 offset=0x30000 rec=2568
vmm: host_read mem=m2 offset=0x31000 rec=2568
vmm: host_read mem=m2 offset=0x32000 rec=2568
vmm: host_read mem=m2 offset=0x33000 rec=2568
vmm: host_read mem=m2 offset=0x34000 rec=2568
vmm: host_read mem=m2 offset=0x35000 rec=2568
vmm: host_read mem=m2 offset=0x36000 rec=2568
vmm: host_read mem=m2 offset=0x37000 rec=2568
vmm: host_read mem=m2 offset=0x38000 rec=2568
vmm: host_read mem=m2 offset=0x39000 rec=2568
vmm: host_read mem=m2 offset=0x3a000 rec=2568
vmm: host_read mem=m2 offset=0x3b000 rec=2568
vmm: host_read mem=m2 offset=0x3c000 rec=2568
vmm: host_read mem=m2 offset=0x3d000 rec=2568
vmm: host_read mem=m2 offset=0x3e000 rec=2568
vmm: host_read mem=m2 offset=0x3f000 rec=2568
vmm: host_read mem=m2 offset=0x40000 rec=2568
vmm: host_read mem=m2 offset=0x41000 rec=2568
vmm: host_read mem=m2 offset=0x42000 rec=2568
vmm: host_read mem=m2 offset=0x43000 rec=2568
vmm: host_read mem=m2 offset=0x44000 rec=2568
vmm: host_read mem=m2 offset=0x45000 rec=2568
vmm: host_read mem=m2 offset=0x46000 rec=2568
vmm: host_read mem=m2 offset=0x47000 rec=2568
vmm: host_read mem=m2 offset=0x48000 rec=2568
vmm: host_read mem=m2 offset=0x49000 rec=2568
vmm: host_read mem=m2 offset=0x4a000 rec=2568
vmm: host_read mem=m2 offset=0x4b000 rec=2568
vmm: host_read mem=m2 offset=0x4c000 rec=2568
vmm: host_read mem=m2 offset=0x4d000 rec=2568
vmm: host_read mem=m2 offset=0x4e000 rec=2568
vmm: host_read mem=m2 offset=0x4f000 rec=2568
vmm: host_read mem=m2 offset=0x50000 rec=2568
vmm: host_read mem=m2 offset=0x51000 rec=2568
vmm: host_read mem=m2 offset=0x52000 rec=2568
vmm: host_read mem=m2 offset=0x53000 rec=2568
vmm: host_read mem=m2 offset=0x54000 rec=2568
vmm: host_read mem=m2 offset=0x55000 rec=2568
vmm: host_read mem=m2 offset=0x56000 rec=2568
vmm: host_read mem=m2 offset=0x57000 rec=2568
vmm: host_read mem=m2 offset=0x58000 rec=2568
vmm: host_read mem=m2 offset=0x59000 rec=2568
vmm: host_read mem=m2 offset=0x5a000 rec=2568
vmm: host_read mem=m2 offset=0x5b000 rec=2568
vmm: host_read mem=m2 offset=0x5c000 rec=2568
vmm: host_read mem=m2 offset=0x5d000 rec=2568
vmm: host_read mem=m2 offset=0x5e000 rec=2568
vmm: host_read mem=m2 offset=0x5f000 rec=2568
vmm: host_read mem=m2 offset=0x60000 rec=2568
vmm: host_read mem=m2 offset=0x61000 rec=2568
vmm: host_read mem=m2 offset=0x62000 rec=2568
vmm: host_read mem=m2 offset=0x63000 rec=2568
vmm: host_read mem=m2 offset=0x64000 rec=2568
vmm: host_read mem=m2 offset=0x65000 rec=2568
vmm: host_read mem=m2 offset=0x66000 rec=2568
vmm: host_read mem=m2 offset=0x67000 rec=2568
vmm: host_read mem=m2 offset=0x68000 rec=2568
vmm: host_read mem=m2 offset=0x69000 rec=2568
vmm: host_read mem=m2 offset=0x6a000 rec=2568
vmm: host_read mem=m2 offset=0x6b000 rec=2568
vmm: host_read mem=m2 offset=0x6c000 rec=2568
vmm: host_read mem=m2 offset=0x6d000 rec=2568
vmm: host_read mem=m2 offset=0x6e000 rec=2568
vmm: host_read mem=m2 offset=0x6f000 rec=2568
vmm: host_read mem=m2 offset=0x70000 rec=2568
vmm: host_read mem=m2 offset=0x71000 rec=2568
vmm: host_read mem=m2 offset=0x72000 rec=2568
vmm: host_read mem=m2 offset=0x73000 rec=2568
vmm: host_read mem=m2 offset=0x74000 rec=2568
vmm: host_read mem=m2 offset=0x75000 rec=2568
vmm: host_read mem=m2 offset=0x76000 rec=2568
vmm: host_read mem=m2 offset=0x77000 rec=2568
vmm: host_read mem=m2 offset=0x78000 rec=2568
vmm: host_read mem=m2 offset=0x79000 rec=2568
vmm: host_read mem=m2 offset=0x7a000 rec=2568
vmm: host_read mem=m2 offset=0x7b000 rec=2568
vmm: host_read mem=m2 offset=0x7c000 rec=2568
vmm: host_read mem=m2 offset=0x7d000 rec=2568
vmm: host_read mem=m2 offset=0x7e000 rec=2568
vmm: host_read mem=m2 offset=0x7f000 rec=2568
vmm: madvise addr=0x7f482b020000 len=0x40000 advice=4 expect=0 rec=2570
vmm: host_read mem=m1 offset=0 rec=2571
vmm: host_read mem=m1 offset=0x1000 rec=2571
vmm: host_read mem=m1 offset=0x2000 rec=2571
vmm: host_read mem=m1 offset=0x3000 rec=2571
vmm: host_read mem=m1 offset=0x4000 rec=2571
vmm: host_read mem=m1 offset=0x5000 rec=2571
vmm: host_read mem=m1 offset=0x6000 rec=2571
vmm: host_read mem=m1 offset=0x7000 rec=2571
vmm: host_read mem=m1 offset=0x8000 rec=2571
vmm: host_read mem=m1 offset=0x9000 rec=2571
vmm: host_read mem=m1 offset=0xa000 rec=2571
vmm: host_read mem=m1 offset=0xb000 rec=2571
vmm: host_read mem=m1 offset=0xc000 rec=2571
vmm: host_read mem=m1 offset=0xd000 rec=2571
vmm: host_read mem=m1 offset=0xe000 rec=2571
vmm: host_read mem=m1 offset=0xf000 rec=2571
vmm: host_read mem=m1 offset=0x10000 rec=2571
vmm: host_read mem=m1 offset=0x11000 rec=2571
vmm: host_read mem=m1 offset=0x12000 rec=2571
vmm: host_read mem=m1 offset=0x13000 rec=2571
vmm: host_read mem=m1 offset=0x14000 rec=2571
vmm: host_read mem=m1 offset=0x15000 rec=2571
vmm: host_read mem=m1 offset=0x16000 rec=2571
vmm: host_read mem=m1 offset=0x17000 rec=2571
vmm: host_read mem=m1 offset=0x18000 rec=2571
vmm: host_read mem=m1 offset=0x19000 rec=2571
vmm: host_read mem=m1 offset=0x1a000 rec=2571
vmm: host_read mem=m1 offset=0x1b000 rec=2571
vmm: host_read mem=m1 offset=0x1c000 rec=2571
vmm: host_read mem=m1 offset=0x1d000 rec=2571
vmm: host_read mem=m1 offset=0x1e000 rec=2571
vmm: host_read mem=m1 offset=0x1f000 rec=2571
vmm: host_read mem=m1 offset=0x20000 rec=2571
vmm: host_read mem=m1 offset=0x21000 rec=2571
vmm: host_read mem=m1 offset=0x22000 rec=2571
vmm: host_read mem=m1 offset=0x23000 rec=2571
vmm: host_read mem=m1 offset=0x24000 rec=2571
vmm: host_read mem=m1 offset=0x25000 rec=2571
vmm: host_read mem=m1 offset=0x26000 rec=2571
vmm: host_read mem=m1 offset=0x27000 rec=2571
vmm: host_read mem=m1 offset=0x28000 rec=2571
vmm: host_read mem=m1 offset=0x29000 rec=2571
vmm: host_read mem=m1 offset=0x2a000 rec=2571
vmm: host_read mem=m1 offset=0x2b000 rec=2571
vmm: host_read mem=m1 offset=0x2c000 rec=2571
vmm: host_read mem=m1 offset=0x2d000 rec=2571
vmm: host_read mem=m1 offset=0x2e000 rec=2571
vmm: host_read mem=m1 offset=0x2f000 rec=2571
vmm: host_read mem=m1 offset=0x30000 rec=2571
vmm: host_read mem=m1 offset=0x31000 rec=2571
vmm: host_read mem=m1 offset=0x32000 rec=2571
vmm: host_read mem=m1 offset=0x33000 rec=2571
vmm: host_read mem=m1 offset=0x34000 rec=2571
vmm: host_read mem=m1 offset=0x35000 rec=2571
vmm: host_read mem=m1 offset=0x36000 rec=2571
vmm: host_read mem=m1 offset=0x37000 rec=2571
vmm: host_read mem=m1 offset=0x38000 rec=2571
vmm: host_read mem=m1 offset=0x39000 rec=2571
vmm: host_read mem=m1 offset=0x3a000 rec=2571
vmm: host_read mem=m1 offset=0x3b000 rec=2571
vmm: host_read mem=m1 offset=0x3c000 rec=2571
vmm: host_read mem=m1 offset=0x3d000 rec=2571
vmm: host_read mem=m1 offset=0x3e000 rec=2571
vmm: host_read mem=m1 offset=0x3f000 rec=2571
vmm: host_read mem=m1 offset=0x40000 rec=2571
vmm: host_read mem=m1 offset=0x41000 rec=2571
vmm: host_read mem=m1 offset=0x42000 rec=2571
vmm: host_read mem=m1 offset=0x43000 rec=2571
vmm: host_read mem=m1 offset=0x44000 rec=2571
vmm: host_read mem=m1 offset=0x45000 rec=2571
vmm: host_read mem=m1 offset=0x46000 rec=2571
vmm: host_read mem=m1 offset=0x47000 rec=2571
vmm: host_read mem=m1 offset=0x48000 rec=2571
vmm: host_read mem=m1 offset=0x49000 rec=2571
vmm: host_read mem=m1 offset=0x4a000 rec=2571
vmm: host_read mem=m1 offset=0x4b000 rec=2571
vmm: host_read mem=m1 offset=0x4c000 rec=2571
vmm: host_read mem=m1 offset=0x4d000 rec=2571
vmm: host_read mem=m1 offset=0x4e000 rec=2571
vmm: host_read mem=m1 offset=0x4f000 rec=2571
vmm: host_read mem=m1 offset=0x50000 rec=2571
vmm: host_read mem=m1 offset=0x51000 rec=2571
vmm: host_read mem=m1 offset=0x52000 rec=2571
vmm: host_read mem=m1 offset=0x53000 rec=2571
vmm: host_read mem=m1 offset=0x54000 rec=2571
vmm: host_read mem=m1 offset=0x55000 rec=2571
vmm: host_read mem=m1 offset=0x56000 rec=2571
vmm: host_read mem=m1 offset=0x57000 rec=2571
vmm: host_read mem=m1 offset=0x58000 rec=2571
vmm: host_read mem=m1 offset=0x59000 rec=2571
vmm: host_read mem=m1 offset=0x5a000 rec=2571
vmm: host_read mem=m1 offset=0x5b000 rec=2571
vmm: host_read mem=m1 offset=0x5c000 rec=2571
vmm: host_read mem=m1 offset=0x5d000 rec=2571
vmm: host_read mem=m1 offset=0x5e000 rec=2571
vmm: host_read mem=m1 offset=0x5f000 rec=2571
vmm: host_read mem=m1 offset=0x60000 rec=2571
vmm: host_read mem=m1 offset=0x61000 rec=2571
vmm: host_read mem=m1 offset=0x62000 rec=2571
vmm: host_read mem=m1 offset=0x63000 rec=2571
vmm: host_read mem=m1 offset=0x64000 rec=2571
vmm: host_read mem=m1 offset=0x65000 rec=2571
vmm: host_read mem=m1 offset=0x66000 rec=2571
vmm: host_read mem=m1 offset=0x67000 rec=2571
vmm: host_read mem=m1 offset=0x68000 rec=2571
vmm: host_read mem=m1 offset=0x69000 rec=2571
vmm: host_read mem=m1 offset=0x6a000 rec=2571
vmm: host_read mem=m1 offset=0x6b000 rec=2571
vmm: host_read mem=m1 offset=0x6c000 rec=2571
vmm: host_read mem=m1 offset=0x6d000 rec=2571
vmm: host_read mem=m1 offset=0x6e000 rec=2571
vmm: host_read mem=m1 offset=0x6f000 rec=2571
vmm: host_read mem=m1 offset=0x70000 rec=2571
vmm: host_read mem=m1 offset=0x71000 rec=2571
vmm: host_read mem=m1 offset=0x72000 rec=2571
vmm: host_read mem=m1 offset=0x73000 rec=2571
vmm: host_read mem=m1 offset=0x74000 rec=2571
vmm: host_read mem=m1 offset=0x75000 rec=2571
vmm: host_read mem=m1 offset=0x76000 rec=2571
vmm: host_read mem=m1 offset=0x77000 rec=2571
vmm: host_read mem=m1 offset=0x78000 rec=2571
vmm: host_read mem=m1 offset=0x79000 rec=2571
vmm: host_read mem=m1 offset=0x7a000 rec=2571
vmm: host_read mem=m1 offset=0x7b000 rec=2571
vmm: host_read mem=m1 offset=0x7c000 rec=2571
vmm: host_read mem=m1 offset=0x7d000 rec=2571
vmm: host_read mem=m1 offset=0x7e000 rec=2571
vmm: host_read mem=m1 offset=0x7f000 rec=2571
vmm: host_read mem=m2 offset=0 rec=2572
vmm: host_read mem=m2 offset=0x1000 rec=2572
vmm: host_read mem=m2 offset=0x2000 rec=2572
vmm: host_read mem=m2 offset=0x3000 rec=2572
vmm: host_read mem=m2 offset=0x4000 rec=2572
vmm: host_read mem=m2 offset=0x5000 rec=2572
vmm: host_read mem=m2 offset=0x6000 rec=2572
vmm: host_read mem=m2 offset=0x7000 rec=2572
vmm: host_read mem=m2 offset=0x8000 rec=2572
vmm: host_read mem=m2 offset=0x9000 rec=2572
vmm: host_read mem=m2 offset=0xa000 rec=2572
vmm: host_read mem=m2 offset=0xb000 rec=2572
vmm: host_read mem=m2 offset=0xc000 rec=2572
vmm: host_read mem=m2 offset=0xd000 rec=2572
vmm: host_read mem=m2 offset=0xe000 rec=2572
vmm: host_read mem=m2 offset=0xf000 rec=2572
vmm: host_read mem=m2 offset=0x10000 rec=2572
vmm: host_read mem=m2 offset=0x11000 rec=2572
vmm: host_read mem=m2 offset=0x12000 rec=2572
vmm: host_read mem=m2 offset=0x13000 rec=2572
vmm: host_read mem=m2 offset=0x14000 rec=2572
vmm: host_read mem=m2 offset=0x15000 rec=2572
vmm: host_read mem=m2 offset=0x16000 rec=2572
vmm: host_read mem=m2 offset=0x17000 rec=2572
vmm: host_read mem=m2 offset=0x18000 rec=2572
vmm: host_read mem=m2 offset=0x19000 rec=2572
vmm: host_read mem=m2 offset=0x1a000 rec=2572
vmm: host_read mem=m2 offset=0x1b000 rec=2572
vmm: host_read mem=m2 offset=0x1c000 rec=2572
vmm: host_read mem=m2 offset=0x1d000 rec=2572
vmm: host_read mem=m2 offset=0x1e000 rec=2572
vmm: host_read mem=m2 offset=0x1f000 rec=2572
vmm: host_read mem=m2 offset=0x20000 rec=2572
vmm: host_read mem=m2 offset=0x21000 rec=2572
vmm: host_read mem=m2 offset=0x22000 rec=2572
vmm: host_read mem=m2 offset=0x23000 rec=2572
vmm: host_read mem=m2 offset=0x24000 rec=2572
vmm: host_read mem=m2 offset=0x25000 rec=2572
vmm: host_read mem=m2 offset=0x26000 rec=2572
vmm: host_read mem=m2 offset=0x27000 rec=2572
vmm: host_read mem=m2 offset=0x28000 rec=2572
vmm: host_read mem=m2 offset=0x29000 rec=2572
vmm: host_read mem=m2 offset=0x2a000 rec=2572
vmm: host_read mem=m2 offset=0x2b000 rec=2572
vmm: host_read mem=m2 offset=0x2c000 rec=2572
vmm: host_read mem=m2 offset=0x2d000 rec=2572
vmm: host_read mem=m2 offset=0x2e000 rec=2572
vmm: host_read mem=m2 offset=0x2f000 rec=2572
vmm: host_read mem=m2 offset=0x30000 rec=2572
vmm: host_read mem=m2 offset=0x31000 rec=2572
vmm: host_read mem=m2 offset=0x32000 rec=2572
vmm: host_read mem=m2 offset=0x33000 rec=2572
vmm: host_read mem=m2 offset=0x34000 rec=2572
vmm: host_read mem=m2 offset=0x35000 rec=2572
vmm: host_read mem=m2 offset=0x36000 rec=2572
vmm: host_read mem=m2 offset=0x37000 rec=2572
vmm: host_read mem=m2 offset=0x38000 rec=2572
vmm: host_read mem=m2 offset=0x39000 rec=2572
vmm: host_read mem=m2 offset=0x3a000 rec=2572
vmm: host_read mem=m2 offset=0x3b000 rec=2572
vmm: host_read mem=m2 offset=0x3c000 rec=2572
vmm: host_read mem=m2 offset=0x3d000 rec=2572
vmm: host_read mem=m2 offset=0x3e000 rec=2572
vmm: host_read mem=m2 offset=0x3f000 rec=2572
vmm: host_read mem=m2 offset=0x40000 rec=2572
vmm: host_read mem=m2 offset=0x41000 rec=2572
vmm: host_read mem=m2 offset=0x42000 rec=2572
vmm: host_read mem=m2 offset=0x43000 rec=2572
vmm: host_read mem=m2 offset=0x44000 rec=2572
vmm: host_read mem=m2 offset=0x45000 rec=2572
vmm: host_read mem=m2 offset=0x46000 rec=2572
vmm: host_read mem=m2 offset=0x47000 rec=2572
vmm: host_read mem=m2 offset=0x48000 rec=2572
vmm: host_read mem=m2 offset=0x49000 rec=2572
vmm: host_read mem=m2 offset=0x4a000 rec=2572
vmm: host_read mem=m2 offset=0x4b000 rec=2572
vmm: host_read mem=m2 offset=0x4c000 rec=2572
vmm: host_read mem=m2 offset=0x4d000 rec=2572
vmm: host_read mem=m2 offset=0x4e000 rec=2572
vmm: host_read mem=m2 offset=0x4f000 rec=2572
vmm: host_read mem=m2 offset=0x50000 rec=2572
vmm: host_read mem=m2 offset=0x51000 rec=2572
vmm: host_read mem=m2 offset=0x52000 rec=2572
vmm: host_read mem=m2 offset=0x53000 rec=2572
vmm: host_read mem=m2 offset=0x54000 rec=2572
vmm: host_read mem=m2 offset=0x55000 rec=2572
vmm: host_read mem=m2 offset=0x56000 rec=2572
vmm: host_read mem=m2 offset=0x57000 rec=2572
vmm: host_read mem=m2 offset=0x58000 rec=2572
vmm: host_read mem=m2 offset=0x59000 rec=2572
vmm: host_read mem=m2 offset=0x5a000 rec=2572
vmm: host_read mem=m2 offset=0x5b000 rec=2572
vmm: host_read mem=m2 offset=0x5c000 rec=2572
vmm: host_read mem=m2 offset=0x5d000 rec=2572
vmm: host_read mem=m2 offset=0x5e000 rec=2572
vmm: host_read mem=m2 offset=0x5f000 rec=2572
vmm: host_read mem=m2 offset=0x60000 rec=2572
vmm: host_read mem=m2 offset=0x61000 rec=2572
vmm: host_read mem=m2 offset=0x62000 rec=2572
vmm: host_read mem=m2 offset=0x63000 rec=2572
vmm: host_read mem=m2 offset=0x64000 rec=2572
vmm: host_read mem=m2 offset=0x65000 rec=2572
vmm: host_read mem=m2 offset=0x66000 rec=2572
vmm: host_read mem=m2 offset=0x67000 rec=2572
vmm: host_read mem=m2 offset=0x68000 rec=2572
vmm: host_read mem=m2 offset=0x69000 rec=2572
vmm: host_read mem=m2 offset=0x6a000 rec=2572
vmm: host_read mem=m2 offset=0x6b000 rec=2572
vmm: host_read mem=m2 offset=0x6c000 rec=2572
vmm: host_read mem=m2 offset=0x6d000 rec=2572
vmm: host_read mem=m2 offset=0x6e000 rec=2572
vmm: host_read mem=m2 offset=0x6f000 rec=2572
vmm: host_read mem=m2 offset=0x70000 rec=2572
vmm: host_read mem=m2 offset=0x71000 rec=2572
vmm: host_read mem=m2 offset=0x72000 rec=2572
vmm: host_read mem=m2 offset=0x73000 rec=2572
vmm: host_read mem=m2 offset=0x74000 rec=2572
vmm: host_read mem=m2 offset=0x75000 rec=2572
vmm: host_read mem=m2 offset=0x76000 rec=2572
vmm: host_read mem=m2 offset=0x77000 rec=2572
vmm: host_read mem=m2 offset=0x78000 rec=2572
vmm: host_read mem=m2 offset=0x79000 rec=2572
vmm: host_read mem=m2 offset=0x7a000 rec=2572
vmm: host_read mem=m2 offset=0x7b000 rec=2572
vmm: host_read mem=m2 offset=0x7c000 rec=2572
vmm: host_read mem=m2 offset=0x7d000 rec=2572
vmm: host_read mem=m2 offset=0x7e000 rec=2572
vmm: host_read mem=m2 offset=0x7f000 rec=2572
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=2573	# walk at line 2587
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=2573	# walk at line 2592
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=2573	# walk at line 2604
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=2573	# walk at line 2609
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=2573	# walk at line 2614
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=2573	# walk at line 2619
vcpu0: write gpa=0x400000 sptes=0xff expect=fault rec=2573	# walk at line 2624
vcpu0: write gpa=0x408000 sptes=0xff expect=fault rec=2573	# walk at line 2638
vcpu0: write gpa=0x410000 sptes=0xff expect=fault rec=2573	# walk at line 2652
vcpu0: write gpa=0x418000 sptes=0xff expect=fault rec=2573	# walk at line 2666
vcpu0: write gpa=0x420000 sptes=0xff expect=fault rec=2573	# walk at line 2680
vcpu0: write gpa=0x428000 sptes=0xff expect=fault rec=2573	# walk at line 2694
vcpu0: write gpa=0x430000 sptes=0xff expect=fault rec=2573	# walk at line 2708
vcpu0: write gpa=0x438000 sptes=0xff expect=fault rec=2573	# walk at line 2722
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=2573	# walk at line 2736
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=2573	# walk at line 2748
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=2573	# walk at line 2753
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=2573	# walk at line 2758
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=2573	# walk at line 2763
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=2573	# walk at line 2768
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=2573	# walk at line 2773
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=2573	# walk at line 2778
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=2573	# walk at line 2783
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=2573	# walk at line 2788
barrier
vmm: host_read mem=m1 offset=0 rec=2802
vmm: host_read mem=m1 offset=0x1000 rec=2802
vmm: host_read mem=m1 offset=0x2000 rec=2802
vmm: host_read mem=m1 offset=0x3000 rec=2802
vmm: host_read mem=m1 offset=0x4000 rec=2802
vmm: host_read mem=m1 offset=0x5000 rec=2802
vmm: host_read mem=m1 offset=0x6000 rec=2802
vmm: host_read mem=m1 offset=0x7000 rec=2802
vmm: host_read mem=m1 offset=0x8000 rec=2802
vmm: host_read mem=m1 offset=0x9000 rec=2802
vmm: host_read mem=m1 offset=0xa000 rec=2802
vmm: host_read mem=m1 offset=0xb000 rec=2802
vmm: host_read mem=m1 offset=0xc000 rec=2802
vmm: host_read mem=m1 offset=0xd000 rec=2802
vmm: host_read mem=m1 offset=0xe000 rec=2802
vmm: host_read mem=m1 offset=0xf000 rec=2802
vmm: host_read mem=m1 offset=0x10000 rec=2802
vmm: host_read mem=m1 offset=0x11000 rec=2802
vmm: host_read mem=m1 offset=0x12000 rec=2802
vmm: host_read mem=m1 offset=0x13000 rec=2802
vmm: host_read mem=m1 offset=0x14000 rec=2802
vmm: host_read mem=m1 offset=0x15000 rec=2802
vmm: host_read mem=m1 offset=0x16000 rec=2802
vmm: host_read mem=m1 offset=0x17000 rec=2802
vmm: host_read mem=m1 offset=0x18000 rec=2802
vmm: host_read mem=m1 offset=0x19000 rec=2802
vmm: host_read mem=m1 offset=0x1a000 rec=2802
vmm: host_read mem=m1 offset=0x1b000 rec=2802
vmm: host_read mem=m1 offset=0x1c000 rec=2802
vmm: host_read mem=m1 offset=0x1d000 rec=2802
vmm: host_read mem=m1 offset=0x1e000 rec=2802
vmm: host_read mem=m1 offset=0x1f000 rec=2802
vmm: host_read mem=m1 offset=0x20000 rec=2802
vmm: host_read mem=m1 offset=0x21000 rec=2802
vmm: host_read mem=m1 offset=0x22000 rec=2802
vmm: host_read mem=m1 offset=0x23000 rec=2802
vmm: host_read mem=m1 offset=0x24000 rec=2802
vmm: host_read mem=m1 offset=0x25000 rec=2802
vmm: host_read mem=m1 offset=0x26000 rec=2802
vmm: host_read mem=m1 offset=0x27000 rec=2802
vmm: host_read mem=m1 offset=0x28000 rec=2802
vmm: host_read mem=m1 offset=0x29000 rec=2802
vmm: host_read mem=m1 offset=0x2a000 rec=2802
vmm: host_read mem=m1 offset=0x2b000 rec=2802
vmm: host_read mem=m1 offset=0x2c000 rec=2802
vmm: host_read mem=m1 offset=0x2d000 rec=2802
vmm: host_read mem=m1 offset=0x2e000 rec=2802
vmm: host_read mem=m1 offset=0x2f000 rec=2802
vmm: host_read mem=m1 offset=0x30000 rec=2802
vmm: host_read mem=m1 offset=0x31000 rec=2802
vmm: host_read mem=m1 offset=0x32000 rec=2802
vmm: host_read mem=m1 offset=0x33000 rec=2802
vmm: host_read mem=m1 offset=0x34000 rec=2802
vmm: host_read mem=m1 offset=0x35000 rec=2802
vmm: host_read mem=m1 offset=0x36000 rec=2802
vmm: host_read mem=m1 offset=0x37000 rec=2802
vmm: host_read mem=m1 offset=0x38000 rec=2802
vmm: host_read mem=m1 offset=0x39000 rec=2802
vmm: host_read mem=m1 offset=0x3a000 rec=2802
vmm: host_read mem=m1 offset=0x3b000 rec=2802
vmm: host_read mem=m1 offset=0x3c000 rec=2802
vmm: host_read mem=m1 offset=0x3d000 rec=2802
vmm: host_read mem=m1 offset=0x3e000 rec=2802
vmm: host_read mem=m1 offset=0x3f000 rec=2802
vmm: host_read mem=m1 offset=0x40000 rec=2802
vmm: host_read mem=m1 offset=0x41000 rec=2802
vmm: host_read mem=m1 offset=0x42000 rec=2802
vmm: host_read mem=m1 offset=0x43000 rec=2802
vmm: host_read mem=m1 offset=0x44000 rec=2802
vmm: host_read mem=m1 offset=0x45000 rec=2802
vmm: host_read mem=m1 offset=0x46000 rec=2802
vmm: host_read mem=m1 offset=0x47000 rec=2802
vmm: host_read mem=m1 offset=0x48000 rec=2802
vmm: host_read mem=m1 offset=0x49000 rec=2802
vmm: host_read mem=m1 offset=0x4a000 rec=2802
vmm: host_read mem=m1 offset=0x4b000 rec=2802
vmm: host_read mem=m1 offset=0x4c000 rec=2802
vmm: host_read mem=m1 offset=0x4d000 rec=2802
vmm: host_read mem=m1 offset=0x4e000 rec=2802
vmm: host_read mem=m1 offset=0x4f000 rec=2802
vmm: host_read mem=m1 offset=0x50000 rec=2802
vmm: host_read mem=m1 offset=0x51000 rec=2802
vmm: host_read mem=m1 offset=0x52000 rec=2802
vmm: host_read mem=m1 offset=0x53000 rec=2802
vmm: host_read mem=m1 offset=0x54000 rec=2802
vmm: host_read mem=m1 offset=0x55000 rec=2802
vmm: host_read mem=m1 offset=0x56000 rec=2802
vmm: host_read mem=m1 offset=0x57000 rec=2802
vmm: host_read mem=m1 offset=0x58000 rec=2802
vmm: host_read mem=m1 offset=0x59000 rec=2802
vmm: host_read mem=m1 offset=0x5a000 rec=2802
vmm: host_read mem=m1 offset=0x5b000 rec=2802
vmm: host_read mem=m1 offset=0x5c000 rec=2802
vmm: host_read mem=m1 offset=0x5d000 rec=2802
vmm: host_read mem=m1 offset=0x5e000 rec=2802
vmm: host_read mem=m1 offset=0x5f000 rec=2802
vmm: host_read mem=m1 offset=0x60000 rec=2802
vmm: host_read mem=m1 offset=0x61000 rec=2802
vmm: host_read mem=m1 offset=0x62000 rec=2802
vmm: host_read mem=m1 offset=0x63000 rec=2802
vmm: host_read mem=m1 offset=0x64000 rec=2802
vmm: host_read mem=m1 offset=0x65000 rec=2802
vmm: host_read mem=m1 offset=0x66000 rec=2802
vmm: host_read mem=m1 offset=0x67000 rec=2802
vmm: host_read mem=m1 offset=0x68000 rec=2802
vmm: host_read mem=m1 offset=0x69000 rec=2802
vmm: host_read mem=m1 offset=0x6a000 rec=2802
vmm: host_read mem=m1 offset=0x6b000 rec=2802
vmm: host_read mem=m1 offset=0x6c000 rec=2802
vmm: host_read mem=m1 offset=0x6d000 rec=2802
vmm: host_read mem=m1 offset=0x6e000 rec=2802
vmm: host_read mem=m1 offset=0x6f000 rec=2802
vmm: host_read mem=m1 offset=0x70000 rec=2802
vmm: host_read mem=m1 offset=0x71000 rec=2802
vmm: host_read mem=m1 offset=0x72000 rec=2802
vmm: host_read mem=m1 offset=0x73000 rec=2802
vmm: host_read mem=m1 offset=0x74000 rec=2802
vmm: host_read mem=m1 offset=0x75000 rec=2802
vmm: host_read mem=m1 offset=0x76000 rec=2802
vmm: host_read mem=m1 offset=0x77000 rec=2802
vmm: host_read mem=m1 offset=0x78000 rec=2802
vmm: host_read mem=m1 offset=0x79000 rec=2802
vmm: host_read mem=m1 offset=0x7a000 rec=2802
vmm: host_read mem=m1 offset=0x7b000 rec=2802
vmm: host_read mem=m1 offset=0x7c000 rec=2802
vmm: host_read mem=m1 offset=0x7d000 rec=2802
vmm: host_read mem=m1 offset=0x7e000 rec=2802
vmm: host_read mem=m1 offset=0x7f000 rec=2802
vmm: host_read mem=m2 offset=0 rec=2803
vmm: host_read mem=m2 offset=0x1000 rec=2803
vmm: host_read mem=m2 offset=0x2000 rec=2803
vmm: host_read mem=m2 offset=0x3000 rec=2803
vmm: host_read mem=m2 offset=0x4000 rec=2803
vmm: host_read mem=m2 offset=0x5000 rec=2803
vmm: host_read mem=m2 offset=0x6000 rec=2803
vmm: host_read mem=m2 offset=0x7000 rec=2803
vmm: host_read mem=m2 offset=0x8000 rec=2803
vmm: host_read mem=m2 offset=0x9000 rec=2803
vmm: host_read mem=m2 offset=0xa000 rec=2803
vmm: host_read mem=m2 offset=0xb000 rec=2803
vmm: host_read mem=m2 offset=0xc000 rec=2803
vmm: host_read mem=m2 offset=0xd000 rec=2803
vmm: host_read mem=m2 offset=0xe000 rec=2803
vmm: host_read mem=m2 offset=0xf000 rec=2803
vmm: host_read mem=m2 offset=0x10000 rec=2803
vmm: host_read mem=m2 offset=0x11000 rec=2803
vmm: host_read mem=m2 offset=0x12000 rec=2803
vmm: host_read mem=m2 offset=0x13000 rec=2803
vmm: host_read mem=m2 offset=0x14000 rec=2803
vmm: host_read mem=m2 offset=0x15000 rec=2803
vmm: host_read mem=m2 offset=0x16000 rec=2803
vmm: host_read mem=m2 offset=0x17000 rec=2803
vmm: host_read mem=m2 offset=0x18000 rec=2803
vmm: host_read mem=m2 offset=0x19000 rec=2803
vmm: host_read mem=m2 offset=0x1a000 rec=2803
vmm: host_read mem=m2 offset=0x1b000 rec=2803
vmm: host_read mem=m2 offset=0x1c000 rec=2803
vmm: host_read mem=m2 offset=0x1d000 rec=2803
vmm: host_read mem=m2 offset=0x1e000 rec=2803
vmm: host_read mem=m2 offset=0x1f000 rec=2803
vmm: host_read mem=m2 offset=0x20000 rec=2803
vmm: host_read mem=m2 offset=0x21000 rec=2803
vmm: host_read mem=m2 offset=0x22000 rec=2803
vmm: host_read mem=m2 offset=0x23000 rec=2803
vmm: host_read mem=m2 offset=0x24000 rec=2803
vmm: host_read mem=m2 offset=0x25000 rec=2803
vmm: host_read mem=m2 offset=0x26000 rec=2803
vmm: host_read mem=m2 offset=0x27000 rec=2803
vmm: host_read mem=m2 offset=0x28000 rec=2803
vmm: host_read mem=m2 offset=0x29000 rec=2803
vmm: host_read mem=m2 offset=0x2a000 rec=2803
vmm: host_read mem=m2 offset=0x2b000 rec=2803
vmm: host_read mem=m2 offset=0x2c000 rec=2803
vmm: host_read mem=m2 offset=0x2d000 rec=2803
vmm: host_read mem=m2 offset=0x2e000 rec=2803
vmm: host_read mem=m2 offset=0x2f000 rec=2803
vmm: host_read mem=m2 offset=0x30000 rec=2803
vmm: host_read mem=m2 offset=0x31000 rec=2803
vmm: host_read mem=m2 offset=0x32000 rec=2803
vmm: host_read mem=m2 offset=0x33000 rec=2803
vmm: host_read mem=m2 offset=0x34000 rec=2803
vmm: host_read mem=m2 offset=0x35000 rec=2803
vmm: host_read mem=m2 offset=0x36000 rec=2803
vmm: host_read mem=m2 offset=0x37000 rec=2803
vmm: host_read mem=m2 offset=0x38000 rec=2803
vmm: host_read mem=m2 offset=0x39000 rec=2803
vmm: host_read mem=m2 offset=0x3a000 rec=2803
vmm: host_read mem=m2 offset=0x3b000 rec=2803
vmm: host_read mem=m2 offset=0x3c000 rec=2803
vmm: host_read mem=m2 offset=0x3d000 rec=2803
vmm: host_read mem=m2 offset=0x3e000 rec=2803
vmm: host_read mem=m2 offset=0x3f000 rec=2803
vmm: host_read mem=m2 offset=0x40000 rec=2803
vmm: host_read mem=m2 offset=0x41000 rec=2803
vmm: host_read mem=m2 offset=0x42000 rec=2803
vmm: host_read mem=m2 offset=0x43000 rec=2803
vmm: host_read mem=m2 offset=0x44000 rec=2803
vmm: host_read mem=m2 offset=0x45000 rec=2803
vmm: host_read mem=m2 offset=0x46000 rec=2803
vmm: host_read mem=m2 offset=0x47000 rec=2803
vmm: host_read mem=m2 offset=0x48000 rec=2803
vmm: host_read mem=m2 offset=0x49000 rec=2803
vmm: host_read mem=m2 offset=0x4a000 rec=2803
vmm: host_read mem=m2 offset=0x4b000 rec=2803
vmm: host_read mem=m2 offset=0x4c000 rec=2803
vmm: host_read mem=m2 offset=0x4d000 rec=2803
vmm: host_read mem=m2 offset=0x4e000 rec=2803
vmm: host_read mem=m2 offset=0x4f000 rec=2803
vmm: host_read mem=m2 offset=0x50000 rec=2803
vmm: host_read mem=m2 offset=0x51000 rec=2803
vmm: host_read mem=m2 offset=0x52000 rec=2803
vmm: host_read mem=m2 offset=0x53000 rec=2803
vmm: host_read mem=m2 offset=0x54000 rec=2803
vmm: host_read mem=m2 offset=0x55000 rec=2803
vmm: host_read mem=m2 offset=0x56000 rec=2803
vmm: host_read mem=m2 offset=0x57000 rec=2803
vmm: host_read mem=m2 offset=0x58000 rec=2803
vmm: host_read mem=m2 offset=0x59000 rec=2803
vmm: host_read mem=m2 offset=0x5a000 rec=2803
vmm: host_read mem=m2 offset=0x5b000 rec=2803
vmm: host_read mem=m2 offset=0x5c000 rec=2803
vmm: host_read mem=m2 offset=0x5d000 rec=2803
vmm: host_read mem=m2 offset=0x5e000 rec=2803
vmm: host_read mem=m2 offset=0x5f000 rec=2803
vmm: host_read mem=m2 offset=0x60000 rec=2803
vmm: host_read mem=m2 offset=0x61000 rec=2803
vmm: host_read mem=m2 offset=0x62000 rec=2803
vmm: host_read mem=m2 offset=0x63000 rec=2803
vmm: host_read mem=m2 offset=0x64000 rec=2803
vmm: host_read mem=m2 offset=0x65000 rec=2803
vmm: host_read mem=m2 offset=0x66000 rec=2803
vmm: host_read mem=m2 offset=0x67000 rec=2803
vmm: host_read mem=m2 offset=0x68000 rec=2803
vmm: host_read mem=m2 offset=0x69000 rec=2803
vmm: host_read mem=m2 offset=0x6a000 rec=2803
vmm: host_read mem=m2 offset=0x6b000 rec=2803
vmm: host_read mem=m2 offset=0x6c000 rec=2803
vmm: host_read mem=m2 offset=0x6d000 rec=2803
vmm: host_read mem=m2 offset=0x6e000 rec=2803
vmm: host_read mem=m2 offset=0x6f000 rec=2803
vmm: host_read mem=m2 offset=0x70000 rec=2803
vmm: host_read mem=m2 offset=0x71000 rec=2803
vmm: host_read mem=m2 offset=0x72000 rec=2803
vmm: host_read mem=m2 offset=0x73000 rec=2803
vmm: host_read mem=m2 offset=0x74000 rec=2803
vmm: host_read mem=m2 offset=0x75000 rec=2803
vmm: host_read mem=m2 offset=0x76000 rec=2803
vmm: host_read mem=m2 offset=0x77000 rec=2803
vmm: host_read mem=m2 offset=0x78000 rec=2803
vmm: host_read mem=m2 offset=0x79000 rec=2803
vmm: host_read mem=m2 offset=0x7a000 rec=2803
vmm: host_read mem=m2 offset=0x7b000 rec=2803
vmm: host_read mem=m2 offset=0x7c000 rec=2803
vmm: host_read mem=m2 offset=0x7d000 rec=2803
vmm: host_read mem=m2 offset=0x7e000 rec=2803
vmm: host_read mem=m2 offset=0x7f000 rec=2803
vmm: madvise addr=0x7f482b060000 len=0x20000 advice=9 expect=0 rec=2805
vmm: host_read mem=m1 offset=0 rec=2806
vmm: host_read mem=m1 offset=0x1000 rec=2806
vmm: host_read mem=m1 offset=0x2000 rec=2806
vmm: host_read mem=m1 offset=0x3000 rec=2806
vmm: host_read mem=m1 offset=0x4000 rec=2806
vmm: host_read mem=m1 offset=0x5000 rec=2806
vmm: host_read mem=m1 offset=0x6000 rec=2806
vmm: host_read mem=m1 offset=0x7000 rec=2806
vmm: host_read mem=m1 offset=0x8000 rec=2806
vmm: host_read mem=m1 offset=0x9000 rec=2806
vmm: host_read mem=m1 offset=0xa000 rec=2806
vmm: host_read mem=m1 offset=0xb000 rec=2806
vmm: host_read mem=m1 offset=0xc000 rec=2806
vmm: host_read mem=m1 offset=0xd000 rec=2806
vmm: host_read mem=m1 offset=0xe000 rec=2806
vmm: host_read mem=m1 offset=0xf000 rec=2806
vmm: host_read mem=m1 offset=0x10000 rec=2806
vmm: host_read mem=m1 offset=0x11000 rec=2806
vmm: host_read mem=m1 offset=0x12000 rec=2806
vmm: host_read mem=m1 offset=0x13000 rec=2806
vmm: host_read mem=m1 offset=0x14000 rec=2806
vmm: host_read mem=m1 offset=0x15000 rec=2806
vmm: host_read mem=m1 offset=0x16000 rec=2806
vmm: host_read mem=m1 offset=0x17000 rec=2806
vmm: host_read mem=m1 offset=0x18000 rec=2806
vmm: host_read mem=m1 offset=0x19000 rec=2806
vmm: host_read mem=m1 offset=0x1a000 rec=2806
vmm: host_read mem=m1 offset=0x1b000 rec=2806
vmm: host_read mem=m1 offset=0x1c000 rec=2806
vmm: host_read mem=m1 offset=0x1d000 rec=2806
vmm: host_read mem=m1 offset=0x1e000 rec=2806
vmm: host_read mem=m1 offset=0x1f000 rec=2806
vmm: host_read mem=m1 offset=0x20000 rec=2806
vmm: host_read mem=m1 offset=0x21000 rec=2806
vmm: host_read mem=m1 offset=0x22000 rec=2806
vmm: host_read mem=m1 offset=0x23000 rec=2806
vmm: host_read mem=m1 offset=0x24000 rec=2806
vmm: host_read mem=m1 offset=0x25000 rec=2806
vmm: host_read mem=m1 offset=0x26000 rec=2806
vmm: host_read mem=m1 offset=0x27000 rec=2806
vmm: host_read mem=m1 offset=0x28000 rec=2806
vmm: host_read mem=m1 offset=0x29000 rec=2806
vmm: host_read mem=m1 offset=0x2a000 rec=2806
vmm: host_read mem=m1 offset=0x2b000 rec=2806
vmm: host_read mem=m1 offset=0x2c000 rec=2806
vmm: host_read mem=m1 offset=0x2d000 rec=2806
vmm: host_read mem=m1 offset=0x2e000 rec=2806
vmm: host_read mem=m1 offset=0x2f000 rec=2806
vmm: host_read mem=m1 offset=0x30000 rec=2806
vmm: host_read mem=m1 offset=0x31000 rec=2806
vmm: host_read mem=m1 offset=0x32000 rec=2806
vmm: host_read mem=m1 offset=0x33000 rec=2806
vmm: host_read mem=m1 offset=0x34000 rec=2806
vmm: host_read mem=m1 offset=0x35000 rec=2806
vmm: host_read mem=m1 offset=0x36000 rec=2806
vmm: host_read mem=m1 offset=0x37000 rec=2806
vmm: host_read mem=m1 offset=0x38000 rec=2806
vmm: host_read mem=m1 offset=0x39000 rec=2806
vmm: host_read mem=m1 offset=0x3a000 rec=2806
vmm: host_read mem=m1 offset=0x3b000 rec=2806
vmm: host_read mem=m1 offset=0x3c000 rec=2806
vmm: host_read mem=m1 offset=0x3d000 rec=2806
vmm: host_read mem=m1 offset=0x3e000 rec=2806
vmm: host_read mem=m1 offset=0x3f000 rec=2806
vmm: host_read mem=m1 offset=0x40000 rec=2806
vmm: host_read mem=m1 offset=0x41000 rec=2806
vmm: host_read mem=m1 offset=0x42000 rec=2806
vmm: host_read mem=m1 offset=0x43000 rec=2806
vmm: host_read mem=m1 offset=0x44000 rec=2806
vmm: host_read mem=m1 offset=0x45000 rec=2806
vmm: host_read mem=m1 offset=0x46000 rec=2806
vmm: host_read mem=m1 offset=0x47000 rec=2806
vmm: host_read mem=m1 offset=0x48000 rec=2806
vmm: host_read mem=m1 offset=0x49000 rec=2806
vmm: host_read mem=m1 offset=0x4a000 rec=2806
vmm: host_read mem=m1 offset=0x4b000 rec=2806
vmm: host_read mem=m1 offset=0x4c000 rec=2806
vmm: host_read mem=m1 offset=0x4d000 rec=2806
vmm: host_read mem=m1 offset=0x4e000 rec=2806
vmm: host_read mem=m1 offset=0x4f000 rec=2806
vmm: host_read mem=m1 offset=0x50000 rec=2806
vmm: host_read mem=m1 offset=0x51000 rec=2806
vmm: host_read mem=m1 offset=0x52000 rec=2806
vmm: host_read mem=m1 offset=0x53000 rec=2806
vmm: host_read mem=m1 offset=0x54000 rec=2806
vmm: host_read mem=m1 offset=0x55000 rec=2806
vmm: host_read mem=m1 offset=0x56000 rec=2806
vmm: host_read mem=m1 offset=0x57000 rec=2806
vmm: host_read mem=m1 offset=0x58000 rec=2806
vmm: host_read mem=m1 offset=0x59000 rec=2806
vmm: host_read mem=m1 offset=0x5a000 rec=2806
vmm: host_read mem=m1 offset=0x5b000 rec=2806
vmm: host_read mem=m1 offset=0x5c000 rec=2806
vmm: host_read mem=m1 offset=0x5d000 rec=2806
vmm: host_read mem=m1 offset=0x5e000 rec=2806
vmm: host_read mem=m1 offset=0x5f000 rec=2806
vmm: host_read mem=m1 offset=0x60000 rec=2806
vmm: host_read mem=m1 offset=0x61000 rec=2806
vmm: host_read mem=m1 offset=0x62000 rec=2806
vmm: host_read mem=m1 offset=0x63000 rec=2806
vmm: host_read mem=m1 offset=0x64000 rec=2806
vmm: host_read mem=m1 offset=0x65000 rec=2806
vmm: host_read mem=m1 offset=0x66000 rec=2806
vmm: host_read mem=m1 offset=0x67000 rec=2806
vmm: host_read mem=m1 offset=0x68000 rec=2806
vmm: host_read mem=m1 offset=0x69000 rec=2806
vmm: host_read mem=m1 offset=0x6a000 rec=2806
vmm: host_read mem=m1 offset=0x6b000 rec=2806
vmm: host_read mem=m1 offset=0x6c000 rec=2806
vmm: host_read mem=m1 offset=0x6d000 rec=2806
vmm: host_read mem=m1 offset=0x6e000 rec=2806
vmm: host_read mem=m1 offset=0x6f000 rec=2806
vmm: host_read mem=m1 offset=0x70000 rec=2806
vmm: host_read mem=m1 offset=0x71000 rec=2806
vmm: host_read mem=m1 offset=0x72000 rec=2806
vmm: host_read mem=m1 offset=0x73000 rec=2806
vmm: host_read mem=m1 offset=0x74000 rec=2806
vmm: host_read mem=m1 offset=0x75000 rec=2806
vmm: host_read mem=m1 offset=0x76000 rec=2806
vmm: host_read mem=m1 offset=0x77000 rec=2806
vmm: host_read mem=m1 offset=0x78000 rec=2806
vmm: host_read mem=m1 offset=0x79000 rec=2806
vmm: host_read mem=m1 offset=0x7a000 rec=2806
vmm: host_read mem=m1 offset=0x7b000 rec=2806
vmm: host_read mem=m1 offset=0x7c000 rec=2806
vmm: host_read mem=m1 offset=0x7d000 rec=2806
vmm: host_read mem=m1 offset=0x7e000 rec=2806
vmm: host_read mem=m1 offset=0x7f000 rec=2806
vmm: host_read mem=m2 offset=0 rec=2807
vmm: host_read mem=m2 offset=0x1000 rec=2807
vmm: host_read mem=m2 offset=0x2000 rec=2807
vmm: host_read mem=m2 offset=0x3000 rec=2807
vmm: host_read mem=m2 offset=0x4000 rec=2807
vmm: host_read mem=m2 offset=0x5000 rec=2807
vmm: host_read mem=m2 offset=0x6000 rec=2807
vmm: host_read mem=m2 offset=0x7000 rec=2807
vmm: host_read mem=m2 offset=0x8000 rec=2807
vmm: host_read mem=m2 offset=0x9000 rec=2807
vmm: host_read mem=m2 offset=0xa000 rec=2807
vmm: host_read mem=m2 offset=0xb000 rec=2807
vmm: host_read mem=m2 offset=0xc000 rec=2807
vmm: host_read mem=m2 offset=0xd000 rec=2807
vmm: host_read mem=m2 offset=0xe000 rec=2807
vmm: host_read mem=m2 offset=0xf000 rec=2807
vmm: host_read mem=m2 offset=0x10000 rec=2807
vmm: host_read mem=m2 offset=0x11000 rec=2807
vmm: host_read mem=m2 offset=0x12000 rec=2807
vmm: host_read mem=m2 offset=0x13000 rec=2807
vmm: host_read mem=m2 offset=0x14000 rec=2807
vmm: host_read mem=m2 offset=0x15000 rec=2807
vmm: host_read mem=m2 offset=0x16000 rec=2807
vmm: host_read mem=m2 offset=0x17000 rec=2807
vmm: host_read mem=m2 offset=0x18000 rec=2807
vmm: host_read mem=m2 offset=0x19000 rec=2807
vmm: host_read mem=m2 offset=0x1a000 rec=2807
vmm: host_read mem=m2 offset=0x1b000 rec=2807
vmm: host_read mem=m2 offset=0x1c000 rec=2807
vmm: host_read mem=m2 offset=0x1d000 rec=2807
vmm: host_read mem=m2 offset=0x1e000 rec=2807
vmm: host_read mem=m2 offset=0x1f000 rec=2807
vmm: host_read mem=m2 offset=0x20000 rec=2807
vmm: host_read mem=m2 offset=0x21000 rec=2807
vmm: host_read mem=m2 offset=0x22000 rec=2807
vmm: host_read mem=m2 offset=0x23000 rec=2807
vmm: host_read mem=m2 offset=0x24000 rec=2807
vmm: host_read mem=m2 offset=0x25000 rec=2807
vmm: host_read mem=m2 offset=0x26000 rec=2807
vmm: host_read mem=m2 offset=0x27000 rec=2807
vmm: host_read mem=m2 offset=0x28000 rec=2807
vmm: host_read mem=m2 offset=0x29000 rec=2807
vmm: host_read mem=m2 offset=0x2a000 rec=2807
vmm: host_read mem=m2 offset=0x2b000 rec=2807
vmm: host_read mem=m2 offset=0x2c000 rec=2807
vmm: host_read mem=m2 offset=0x2d000 rec=2807
vmm: host_read mem=m2 offset=0x2e000 rec=2807
vmm: host_read mem=m2 offset=0x2f000 rec=2807
vmm: host_read mem=m2 offset=0x30000 rec=2807
vmm: host_read mem=m2 offset=0x31000 rec=2807
vmm: host_read mem=m2 offset=0x32000 rec=2807
vmm: host_read mem=m2 offset=0x33000 rec=2807
vmm: host_read mem=m2 offset=0x34000 rec=2807
vmm: host_read mem=m2 offset=0x35000 rec=2807
vmm: host_read mem=m2 offset=0x36000 rec=2807
vmm: host_read mem=m2 offset=0x37000 rec=2807
vmm: host_read mem=m2 offset=0x38000 rec=2807
vmm: host_read mem=m2 offset=0x39000 rec=2807
vmm: host_read mem=m2 offset=0x3a000 rec=2807
vmm: host_read mem=m2 offset=0x3b000 rec=2807
vmm: host_read mem=m2 offset=0x3c000 rec=2807
vmm: host_read mem=m2 offset=0x3d000 rec=2807
vmm: host_read mem=m2 offset=0x3e000 rec=2807
vmm: host_read mem=m2 offset=0x3f000 rec=2807
vmm: host_read mem=m2 offset=0x40000 rec=2807
vmm: host_read mem=m2 offset=0x41000 rec=2807
vmm: host_read mem=m2 offset=0x42000 rec=2807
vmm: host_read mem=m2 offset=0x43000 rec=2807
vmm: host_read mem=m2 offset=0x44000 rec=2807
vmm: host_read mem=m2 offset=0x45000 rec=2807
vmm: host_read mem=m2 offset=0x46000 rec=2807
vmm: host_read mem=m2 offset=0x47000 rec=2807
vmm: host_read mem=m2 offset=0x48000 rec=2807
vmm: host_read mem=m2 offset=0x49000 rec=2807
vmm: host_read mem=m2 offset=0x4a000 rec=2807
vmm: host_read mem=m2 offset=0x4b000 rec=2807
vmm: host_read mem=m2 offset=0x4c000 rec=2807
vmm: host_read mem=m2 offset=0x4d000 rec=2807
vmm: host_read mem=m2 offset=0x4e000 rec=2807
vmm: host_read mem=m2 offset=0x4f000 rec=2807
vmm: host_read mem=m2 offset=0x50000 rec=2807
vmm: host_read mem=m2 offset=0x51000 rec=2807
vmm: host_read mem=m2 offset=0x52000 rec=2807
vmm: host_read mem=m2 offset=0x53000 rec=2807
vmm: host_read mem=m2 offset=0x54000 rec=2807
vmm: host_read mem=m2 offset=0x55000 rec=2807
vmm: host_read mem=m2 offset=0x56000 rec=2807
vmm: host_read mem=m2 offset=0x57000 rec=2807
vmm: host_read mem=m2 offset=0x58000 rec=2807
vmm: host_read mem=m2 offset=0x59000 rec=2807
vmm: host_read mem=m2 offset=0x5a000 rec=2807
vmm: host_read mem=m2 offset=0x5b000 rec=2807
vmm: host_read mem=m2 offset=0x5c000 rec=2807
vmm: host_read mem=m2 offset=0x5d000 rec=2807
vmm: host_read mem=m2 offset=0x5e000 rec=2807
vmm: host_read mem=m2 offset=0x5f000 rec=2807
vmm: host_read mem=m2 offset=0x60000 rec=2807
vmm: host_read mem=m2 offset=0x61000 rec=2807
vmm: host_read mem=m2 offset=0x62000 rec=2807
vmm: host_read mem=m2 offset=0x63000 rec=2807
vmm: host_read mem=m2 offset=0x64000 rec=2807
vmm: host_read mem=m2 offset=0x65000 rec=2807
vmm: host_read mem=m2 offset=0x66000 rec=2807
vmm: host_read mem=m2 offset=0x67000 rec=2807
vmm: host_read mem=m2 offset=0x68000 rec=2807
vmm: host_read mem=m2 offset=0x69000 rec=2807
vmm: host_read mem=m2 offset=0x6a000 rec=2807
vmm: host_read mem=m2 offset=0x6b000 rec=2807
vmm: host_read mem=m2 offset=0x6c000 rec=2807
vmm: host_read mem=m2 offset=0x6d000 rec=2807
vmm: host_read mem=m2 offset=0x6e000 rec=2807
vmm: host_read mem=m2 offset=0x6f000 rec=2807
vmm: host_read mem=m2 offset=0x70000 rec=2807
vmm: host_read mem=m2 offset=0x71000 rec=2807
vmm: host_read mem=m2 offset=0x72000 rec=2807
vmm: host_read mem=m2 offset=0x73000 rec=2807
vmm: host_read mem=m2 offset=0x74000 rec=2807
vmm: host_read mem=m2 offset=0x75000 rec=2807
vmm: host_read mem=m2 offset=0x76000 rec=2807
vmm: host_read mem=m2 offset=0x77000 rec=2807
vmm: host_read mem=m2 offset=0x78000 rec=2807
vmm: host_read mem=m2 offset=0x79000 rec=2807
vmm: host_read mem=m2 offset=0x7a000 rec=2807
vmm: host_read mem=m2 offset=0x7b000 rec=2807
vmm: host_read mem=m2 offset=0x7c000 rec=2807
vmm: host_read mem=m2 offset=0x7d000 rec=2807
vmm: host_read mem=m2 offset=0x7e000 rec=2807
vmm: host_read mem=m2 offset=0x7f000 rec=2807
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=2808	# walk at line 2822
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=2808	# walk at line 2827
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=2808	# walk at line 2839
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=2808	# walk at line 2844
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=2808	# walk at line 2849
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=2808	# walk at line 2854
vcpu0: read gpa=0x440000 sptes=0xff expect=fault rec=2808	# walk at line 2859
vcpu0: read gpa=0x448000 sptes=0xff expect=fault rec=2808	# walk at line 2873
vcpu0: read gpa=0x450000 sptes=0xff expect=fault rec=2808	# walk at line 2887
vcpu0: read gpa=0x458000 sptes=0xff expect=fault rec=2808	# walk at line 2901
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=2808	# walk at line 2915
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=2808	# walk at line 2927
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=2808	# walk at line 2932
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=2808	# walk at line 2937
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=2808	# walk at line 2942
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=2808	# walk at line 2947
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=2808	# walk at line 2952
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=2808	# walk at line 2957
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=2808	# walk at line 2962
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=2808	# walk at line 2967
barrier
vmm: host_read mem=m1 offset=0 rec=2981
vmm: host_read mem=m1 offset=0x1000 rec=2981
vmm: host_read mem=m1 offset=0x2000 rec=2981
vmm: host_read mem=m1 offset=0x3000 rec=2981
vmm: host_read mem=m1 offset=0x4000 rec=2981
vmm: host_read mem=m1 offset=0x5000 rec=2981
vmm: host_read mem=m1 offset=0x6000 rec=2981
vmm: host_read mem=m1 offset=0x7000 rec=2981
vmm: host_read mem=m1 offset=0x8000 rec=2981
vmm: host_read mem=m1 offset=0x9000 rec=2981
vmm: host_read mem=m1 offset=0xa000 rec=2981
vmm: host_read mem=m1 offset=0xb000 rec=2981
vmm: host_read mem=m1 offset=0xc000 rec=2981
vmm: host_read mem=m1 offset=0xd000 rec=2981
vmm: host_read mem=m1 offset=0xe000 rec=2981
vmm: host_read mem=m1 offset=0xf000 rec=2981
vmm: host_read mem=m1 offset=0x10000 rec=2981
vmm: host_read mem=m1 offset=0x11000 rec=2981
vmm: host_read mem=m1 offset=0x12000 rec=2981
vmm: host_read mem=m1 offset=0x13000 rec=2981
vmm: host_read mem=m1 offset=0x14000 rec=2981
vmm: host_read mem=m1 offset=0x15000 rec=2981
vmm: host_read mem=m1 offset=0x16000 rec=2981
vmm: host_read mem=m1 offset=0x17000 rec=2981
vmm: host_read mem=m1 offset=0x18000 rec=2981
vmm: host_read mem=m1 offset=0x19000 rec=2981
vmm: host_read mem=m1 offset=0x1a000 rec=2981
vmm: host_read mem=m1 offset=0x1b000 rec=2981
vmm: host_read mem=m1 offset=0x1c000 rec=2981
vmm: host_read mem=m1 offset=0x1d000 rec=2981
vmm: host_read mem=m1 offset=0x1e000 rec=2981
vmm: host_read mem=m1 offset=0x1f000 rec=2981
vmm: host_read mem=m1 offset=0x20000 rec=2981
vmm: host_read mem=m1 offset=0x21000 rec=2981
vmm: host_read mem=m1 offset=0x22000 rec=2981
vmm: host_read mem=m1 offset=0x23000 rec=2981
vmm: host_read mem=m1 offset=0x24000 rec=2981
vmm: host_read mem=m1 offset=0x25000 rec=2981
vmm: host_read mem=m1 offset=0x26000 rec=2981
vmm: host_read mem=m1 offset=0x27000 rec=2981
vmm: host_read mem=m1 offset=0x28000 rec=2981
vmm: host_read mem=m1 offset=0x29000 rec=2981
vmm: host_read mem=m1 offset=0x2a000 rec=2981
vmm: host_read mem=m1 offset=0x2b000 rec=2981
vmm: host_read mem=m1 offset=0x2c000 rec=2981
vmm: host_read mem=m1 offset=0x2d000 rec=2981
vmm: host_read mem=m1 offset=0x2e000 rec=2981
vmm: host_read mem=m1 offset=0x2f000 rec=2981
vmm: host_read mem=m1 offset=0x30000 rec=2981
vmm: host_read mem=m1 offset=0x31000 rec=2981
vmm: host_read mem=m1 offset=0x32000 rec=2981
vmm: host_read mem=m1 offset=0x33000 rec=2981
vmm: host_read mem=m1 offset=0x34000 rec=2981
vmm: host_read mem=m1 offset=0x35000 rec=2981
vmm: host_read mem=m1 offset=0x36000 rec=2981
vmm: host_read mem=m1 offset=0x37000 rec=2981
vmm: host_read mem=m1 offset=0x38000 rec=2981
vmm: host_read mem=m1 offset=0x39000 rec=2981
vmm: host_read mem=m1 offset=0x3a000 rec=2981
vmm: host_read mem=m1 offset=0x3b000 rec=2981
vmm: host_read mem=m1 offset=0x3c000 rec=2981
vmm: host_read mem=m1 offset=0x3d000 rec=2981
vmm: host_read mem=m1 offset=0x3e000 rec=2981
vmm: host_read mem=m1 offset=0x3f000 rec=2981
vmm: host_read mem=m1 offset=0x40000 rec=2981
vmm: host_read mem=m1 offset=0x41000 rec=2981
vmm: host_read mem=m1 offset=0x42000 rec=2981
vmm: host_read mem=m1 offset=0x43000 rec=2981
vmm: host_read mem=m1 offset=0x44000 rec=2981
vmm: host_read mem=m1 offset=0x45000 rec=2981
vmm: host_read mem=m1 offset=0x46000 rec=2981
vmm: host_read mem=m1 offset=0x47000 rec=2981
vmm: host_read mem=m1 offset=0x48000 rec=2981
vmm: host_read mem=m1 offset=0x49000 rec=2981
vmm: host_read mem=m1 offset=0x4a000 rec=2981
vmm: host_read mem=m1 offset=0x4b000 rec=2981
vmm: host_read mem=m1 offset=0x4c000 rec=2981
vmm: host_read mem=m1 offset=0x4d000 rec=2981
vmm: host_read mem=m1 offset=0x4e000 rec=2981
vmm: host_read mem=m1 offset=0x4f000 rec=2981
vmm: host_read mem=m1 offset=0x50000 rec=2981
vmm: host_read mem=m1 offset=0x51000 rec=2981
vmm: host_read mem=m1 offset=0x52000 rec=2981
vmm: host_read mem=m1 offset=0x53000 rec=2981
vmm: host_read mem=m1 offset=0x54000 rec=2981
vmm: host_read mem=m1 offset=0x55000 rec=2981
vmm: host_read mem=m1 offset=0x56000 rec=2981
vmm: host_read mem=m1 offset=0x57000 rec=2981
vmm: host_read mem=m1 offset=0x58000 rec=2981
vmm: host_read mem=m1 offset=0x59000 rec=2981
vmm: host_read mem=m1 offset=0x5a000 rec=2981
vmm: host_read mem=m1 offset=0x5b000 rec=2981
vmm: host_read mem=m1 offset=0x5c000 rec=2981
vmm: host_read mem=m1 offset=0x5d000 rec=2981
vmm: host_read mem=m1 offset=0x5e000 rec=2981
vmm: host_read mem=m1 offset=0x5f000 rec=2981
vmm: host_read mem=m1 offset=0x60000 rec=2981
vmm: host_read mem=m1 offset=0x61000 rec=2981
vmm: host_read mem=m1 offset=0x62000 rec=2981
vmm: host_read mem=m1 offset=0x63000 rec=2981
vmm: host_read mem=m1 offset=0x64000 rec=2981
vmm: host_read mem=m1 offset=0x65000 rec=2981
vmm: host_read mem=m1 offset=0x66000 rec=2981
vmm: host_read mem=m1 offset=0x67000 rec=2981
vmm: host_read mem=m1 offset=0x68000 rec=2981
vmm: host_read mem=m1 offset=0x69000 rec=2981
vmm: host_read mem=m1 offset=0x6a000 rec=2981
vmm: host_read mem=m1 offset=0x6b000 rec=2981
vmm: host_read mem=m1 offset=0x6c000 rec=2981
vmm: host_read mem=m1 offset=0x6d000 rec=2981
vmm: host_read mem=m1 offset=0x6e000 rec=2981
vmm: host_read mem=m1 offset=0x6f000 rec=2981
vmm: host_read mem=m1 offset=0x70000 rec=2981
vmm: host_read mem=m1 offset=0x71000 rec=2981
vmm: host_read mem=m1 offset=0x72000 rec=2981
vmm: host_read mem=m1 offset=0x73000 rec=2981
vmm: host_read mem=m1 offset=0x74000 rec=2981
vmm: host_read mem=m1 offset=0x75000 rec=2981
vmm: host_read mem=m1 offset=0x76000 rec=2981
vmm: host_read mem=m1 offset=0x77000 rec=2981
vmm: host_read mem=m1 offset=0x78000 rec=2981
vmm: host_read mem=m1 offset=0x79000 rec=2981
vmm: host_read mem=m1 offset=0x7a000 rec=2981
vmm: host_read mem=m1 offset=0x7b000 rec=2981
vmm: host_read mem=m1 offset=0x7c000 rec=2981
vmm: host_read mem=m1 offset=0x7d000 rec=2981
vmm: host_read mem=m1 offset=0x7e000 rec=2981
vmm: host_read mem=m1 offset=0x7f000 rec=2981
vmm: host_read mem=m2 offset=0 rec=2982
vmm: host_read mem=m2 offset=0x1000 rec=2982
vmm: host_read mem=m2 offset=0x2000 rec=2982
vmm: host_read mem=m2 offset=0x3000 rec=2982
vmm: host_read mem=m2 offset=0x4000 rec=2982
vmm: host_read mem=m2 offset=0x5000 rec=2982
vmm: host_read mem=m2 offset=0x6000 rec=2982
vmm: host_read mem=m2 offset=0x7000 rec=2982
vmm: host_read mem=m2 offset=0x8000 rec=2982
vmm: host_read mem=m2 offset=0x9000 rec=2982
vmm: host_read mem=m2 offset=0xa000 rec=2982
vmm: host_read mem=m2 offset=0xb000 rec=2982
vmm: host_read mem=m2 offset=0xc000 rec=2982
vmm: host_read mem=m2 offset=0xd000 rec=2982
vmm: host_read mem=m2 offset=0xe000 rec=2982
vmm: host_read mem=m2 offset=0xf000 rec=2982
vmm: host_read mem=m2 offset=0x10000 rec=2982
vmm: host_read mem=m2 offset=0x11000 rec=2982
vmm: host_read mem=m2 offset=0x12000 rec=2982
vmm: host_read mem=m2 offset=0x13000 rec=2982
vmm: host_read mem=m2 offset=0x14000 rec=2982
vmm: host_read mem=m2 offset=0x15000 rec=2982
vmm: host_read mem=m2 offset=0x16000 rec=2982
vmm: host_read mem=m2 offset=0x17000 rec=2982
vmm: host_read mem=m2 offset=0x18000 rec=2982
vmm: host_read mem=m2 offset=0x19000 rec=2982
vmm: host_read mem=m2 offset=0x1a000 rec=2982
vmm: host_read mem=m2 offset=0x1b000 rec=2982
vmm: host_read mem=m2 offset=0x1c000 rec=2982
vmm: host_read mem=m2 offset=0x1d000 rec=2982
vmm: host_read mem=m2 offset=0x1e000 rec=2982
vmm: host_read mem=m2 offset=0x1f000 rec=2982
vmm: host_read mem=m2 offset=0x20000 rec=2982
vmm: host_read mem=m2 offset=0x21000 rec=2982
vmm: host_read mem=m2 offset=0x22000 rec=2982
vmm: host_read mem=m2 offset=0x23000 rec=2982
vmm: host_read mem=m2 offset=0x24000 rec=2982
vmm: host_read mem=m2 offset=0x25000 rec=2982
vmm: host_read mem=m2 offset=0x26000 rec=2982
vmm: host_read mem=m2 offset=0x27000 rec=2982
vmm: host_read mem=m2 offset=0x28000 rec=2982
vmm: host_read mem=m2 offset=0x29000 rec=2982
vmm: host_read mem=m2 offset=0x2a000 rec=2982
vmm: host_read mem=m2 offset=0x2b000 rec=2982
vmm: host_read mem=m2 offset=0x2c000 rec=2982
vmm: host_read mem=m2 offset=0x2d000 rec=2982
vmm: host_read mem=m2 offset=0x2e000 rec=2982
vmm: host_read mem=m2 offset=0x2f000 rec=2982
vmm: host_read mem=m2 offset=0x30000 rec=2982
vmm: host_read mem=m2 offset=0x31000 rec=2982
vmm: host_read mem=m2 offset=0x32000 rec=2982
vmm: host_read mem=m2 offset=0x33000 rec=2982
vmm: host_read mem=m2 offset=0x34000 rec=2982
vmm: host_read mem=m2 offset=0x35000 rec=2982
vmm: host_read mem=m2 offset=0x36000 rec=2982
vmm: host_read mem=m2 offset=0x37000 rec=2982
vmm: host_read mem=m2 offset=0x38000 rec=2982
vmm: host_read mem=m2 offset=0x39000 rec=2982
vmm: host_read mem=m2 offset=0x3a000 rec=2982
vmm: host_read mem=m2 offset=0x3b000 rec=2982
vmm: host_read mem=m2 offset=0x3c000 rec=2982
vmm: host_read mem=m2 offset=0x3d000 rec=2982
vmm: host_read mem=m2 offset=0x3e000 rec=2982
vmm: host_read mem=m2 offset=0x3f000 rec=2982
vmm: host_read mem=m2 offset=0x40000 rec=2982
vmm: host_read mem=m2 offset=0x41000 rec=2982
vmm: host_read mem=m2 offset=0x42000 rec=2982
vmm: host_read mem=m2 offset=0x43000 rec=2982
vmm: host_read mem=m2 offset=0x44000 rec=2982
vmm: host_read mem=m2 offset=0x45000 rec=2982
vmm: host_read mem=m2 offset=0x46000 rec=2982
vmm: host_read mem=m2 offset=0x47000 rec=2982
vmm: host_read mem=m2 offset=0x48000 rec=2982
vmm: host_read mem=m2 offset=0x49000 rec=2982
vmm: host_read mem=m2 offset=0x4a000 rec=2982
vmm: host_read mem=m2 offset=0x4b000 rec=2982
vmm: host_read mem=m2 offset=0x4c000 rec=2982
vmm: host_read mem=m2 offset=0x4d000 rec=2982
vmm: host_read mem=m2 offset=0x4e000 rec=2982
vmm: host_read mem=m2 offset=0x4f000 rec=2982
vmm: host_read mem=m2 offset=0x50000 rec=2982
vmm: host_read mem=m2 offset=0x51000 rec=2982
vmm: host_read mem=m2 offset=0x52000 rec=2982
vmm: host_read mem=m2 offset=0x53000 rec=2982
vmm: host_read mem=m2 offset=0x54000 rec=2982
vmm: host_read mem=m2 offset=0x55000 rec=2982
vmm: host_read mem=m2 offset=0x56000 rec=2982
vmm: host_read mem=m2 offset=0x57000 rec=2982
vmm: host_read mem=m2 offset=0x58000 rec=2982
vmm: host_read mem=m2 offset=0x59000 rec=2982
vmm: host_read mem=m2 offset=0x5a000 rec=2982
vmm: host_read mem=m2 offset=0x5b000 rec=2982
vmm: host_read mem=m2 offset=0x5c000 rec=2982
vmm: host_read mem=m2 offset=0x5d000 rec=2982
vmm: host_read mem=m2 offset=0x5e000 rec=2982
vmm: host_read mem=m2 offset=0x5f000 rec=2982
vmm: host_read mem=m2 offset=0x60000 rec=2982
vmm: host_read mem=m2 offset=0x61000 rec=2982
vmm: host_read mem=m2 offset=0x62000 rec=2982
vmm: host_read mem=m2 offset=0x63000 rec=2982
vmm: host_read mem=m2 offset=0x64000 rec=2982
vmm: host_read mem=m2 offset=0x65000 rec=2982
vmm: host_read mem=m2 offset=0x66000 rec=2982
vmm: host_read mem=m2 offset=0x67000 rec=2982
vmm: host_read mem=m2 offset=0x68000 rec=2982
vmm: host_read mem=m2 offset=0x69000 rec=2982
vmm: host_read mem=m2 offset=0x6a000 rec=2982
vmm: host_read mem=m2 offset=0x6b000 rec=2982
vmm: host_read mem=m2 offset=0x6c000 rec=2982
vmm: host_read mem=m2 offset=0x6d000 rec=2982
vmm: host_read mem=m2 offset=0x6e000 rec=2982
vmm: host_read mem=m2 offset=0x6f000 rec=2982
vmm: host_read mem=m2 offset=0x70000 rec=2982
vmm: host_read mem=m2 offset=0x71000 rec=2982
vmm: host_read mem=m2 offset=0x72000 rec=2982
vmm: host_read mem=m2 offset=0x73000 rec=2982
vmm: host_read mem=m2 offset=0x74000 rec=2982
vmm: host_read mem=m2 offset=0x75000 rec=2982
vmm: host_read mem=m2 offset=0x76000 rec=2982
vmm: host_read mem=m2 offset=0x77000 rec=2982
vmm: host_read mem=m2 offset=0x78000 rec=2982
vmm: host_read mem=m2 offset=0x79000 rec=2982
vmm: host_read mem=m2 offset=0x7a000 rec=2982
vmm: host_read mem=m2 offset=0x7b000 rec=2982
vmm: host_read mem=m2 offset=0x7c000 rec=2982
vmm: host_read mem=m2 offset=0x7d000 rec=2982
vmm: host_read mem=m2 offset=0x7e000 rec=2982
vmm: host_read mem=m2 offset=0x7f000 rec=2982
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=2983	# walk at line 2997
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=2983	# walk at line 3002
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=2983	# walk at line 3014
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=2983	# walk at line 3019
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=2983	# walk at line 3024
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=2983	# walk at line 3029
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=2983	# walk at line 3034
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=2983	# walk at line 3046
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=2983	# walk at line 3051
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=2983	# walk at line 3056
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=2983	# walk at line 3061
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=2983	# walk at line 3066
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=2983	# walk at line 3071
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=2983	# walk at line 3076
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=2983	# walk at line 3081
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=2983	# walk at line 3086
barrier
vmm: host_read mem=m1 offset=0 rec=3100
vmm: host_read mem=m1 offset=0x1000 rec=3100
vmm: host_read mem=m1 offset=0x2000 rec=3100
vmm: host_read mem=m1 offset=0x3000 rec=3100
vmm: host_read mem=m1 offset=0x4000 rec=3100
vmm: host_read mem=m1 offset=0x5000 rec=3100
vmm: host_read mem=m1 offset=0x6000 rec=3100
vmm: host_read mem=m1 offset=0x7000 rec=3100
vmm: host_read mem=m1 offset=0x8000 rec=3100
vmm: host_read mem=m1 offset=0x9000 rec=3100
vmm: host_read mem=m1 offset=0xa000 rec=3100
vmm: host_read mem=m1 offset=0xb000 rec=3100
vmm: host_read mem=m1 offset=0xc000 rec=3100
vmm: host_read mem=m1 offset=0xd000 rec=3100
vmm: host_read mem=m1 offset=0xe000 rec=3100
vmm: host_read mem=m1 offset=0xf000 rec=3100
vmm: host_read mem=m1 offset=0x10000 rec=3100
vmm: host_read mem=m1 offset=0x11000 rec=3100
vmm: host_read mem=m1 offset=0x12000 rec=3100
vmm: host_read mem=m1 offset=0x13000 rec=3100
vmm: host_read mem=m1 offset=0x14000 rec=3100
vmm: host_read mem=m1 offset=0x15000 rec=3100
vmm: host_read mem=m1 offset=0x16000 rec=3100
vmm: host_read mem=m1 offset=0x17000 rec=3100
vmm: host_read mem=m1 offset=0x18000 rec=3100
vmm: host_read mem=m1 offset=0x19000 rec=3100
vmm: host_read mem=m1 offset=0x1a000 rec=3100
vmm: host_read mem=m1 offset=0x1b000 rec=3100
vmm: host_read mem=m1 offset=0x1c000 rec=3100
vmm: host_read mem=m1 offset=0x1d000 rec=3100
vmm: host_read mem=m1 offset=0x1e000 rec=3100
vmm: host_read mem=m1 offset=0x1f000 rec=3100
vmm: host_read mem=m1 offset=0x20000 rec=3100
vmm: host_read mem=m1 offset=0x21000 rec=3100
vmm: host_read mem=m1 offset=0x22000 rec=3100
vmm: host_read mem=m1 offset=0x23000 rec=3100
vmm: host_read mem=m1 offset=0x24000 rec=3100
vmm: host_read mem=m1 offset=0x25000 rec=3100
vmm: host_read mem=m1 offset=0x26000 rec=3100
vmm: host_read mem=m1 offset=0x27000 rec=3100
vmm: host_read mem=m1 offset=0x28000 rec=3100
vmm: host_read mem=m1 offset=0x29000 rec=3100
vmm: host_read mem=m1 offset=0x2a000 rec=3100
vmm: host_read mem=m1 offset=0x2b000 rec=3100
vmm: host_read mem=m1 offset=0x2c000 rec=3100
vmm: host_read mem=m1 offset=0x2d000 rec=3100
vmm: host_read mem=m1 offset=0x2e000 rec=3100
vmm: host_read mem=m1 offset=0x2f000 rec=3100
vmm: host_read mem=m1 offset=0x30000 rec=3100
vmm: host_read mem=m1 offset=0x31000 rec=3100
vmm: host_read mem=m1 offset=0x32000 rec=3100
vmm: host_read mem=m1 offset=0x33000 rec=3100
vmm: host_read mem=m1 offset=0x34000 rec=3100
vmm: host_read mem=m1 offset=0x35000 rec=3100
vmm: host_read mem=m1 offset=0x36000 rec=3100
vmm: host_read mem=m1 offset=0x37000 rec=3100
vmm: host_read mem=m1 offset=0x38000 rec=3100
vmm: host_read mem=m1 offset=0x39000 rec=3100
vmm: host_read mem=m1 offset=0x3a000 rec=3100
vmm: host_read mem=m1 offset=0x3b000 rec=3100
vmm: host_read mem=m1 offset=0x3c000 rec=3100
vmm: host_read mem=m1 offset=0x3d000 rec=3100
vmm: host_read mem=m1 offset=0x3e000 rec=3100
vmm: host_read mem=m1 offset=0x3f000 rec=3100
vmm: host_read mem=m1 offset=0x40000 rec=3100
vmm: host_read mem=m1 offset=0x41000 rec=3100
vmm: host_read mem=m1 offset=0x42000 rec=3100
vmm: host_read mem=m1 offset=0x43000 rec=3100
vmm: host_read mem=m1 offset=0x44000 rec=3100
vmm: host_read mem=m1 offset=0x45000 rec=3100
vmm: host_read mem=m1 offset=0x46000 rec=3100
vmm: host_read mem=m1 offset=0x47000 rec=3100
vmm: host_read mem=m1 offset=0x48000 rec=3100
vmm: host_read mem=m1 offset=0x49000 rec=3100
vmm: host_read mem=m1 offset=0x4a000 rec=3100
vmm: host_read mem=m1 offset=0x4b000 rec=3100
vmm: host_read mem=m1 offset=0x4c000 rec=3100
vmm: host_read mem=m1 offset=0x4d000 rec=3100
vmm: host_read mem=m1 offset=0x4e000 rec=3100
vmm: host_read mem=m1 offset=0x4f000 rec=3100
vmm: host_read mem=m1 offset=0x50000 rec=3100
vmm: host_read mem=m1 offset=0x51000 rec=3100
vmm: host_read mem=m1 offset=0x52000 rec=3100
vmm: host_read mem=m1 offset=0x53000 rec=3100
vmm: host_read mem=m1 offset=0x54000 rec=3100
vmm: host_read mem=m1 offset=0x55000 rec=3100
vmm: host_read mem=m1 offset=0x56000 rec=3100
vmm: host_read mem=m1 offset=0x57000 rec=3100
vmm: host_read mem=m1 offset=0x58000 rec=3100
vmm: host_read mem=m1 offset=0x59000 rec=3100
vmm: host_read mem=m1 offset=0x5a000 rec=3100
vmm: host_read mem=m1 offset=0x5b000 rec=3100
vmm: host_read mem=m1 offset=0x5c000 rec=3100
vmm: host_read mem=m1 offset=0x5d000 rec=3100
vmm: host_read mem=m1 offset=0x5e000 rec=3100
vmm: host_read mem=m1 offset=0x5f000 rec=3100
vmm: host_read mem=m1 offset=0x60000 rec=3100
vmm: host_read mem=m1 offset=0x61000 rec=3100
vmm: host_read mem=m1 offset=0x62000 rec=3100
vmm: host_read mem=m1 offset=0x63000 rec=3100
vmm: host_read mem=m1 offset=0x64000 rec=3100
vmm: host_read mem=m1 offset=0x65000 rec=3100
vmm: host_read mem=m1 offset=0x66000 rec=3100
vmm: host_read mem=m1 offset=0x67000 rec=3100
vmm: host_read mem=m1 offset=0x68000 rec=3100
vmm: host_read mem=m1 offset=0x69000 rec=3100
vmm: host_read mem=m1 offset=0x6a000 rec=3100
vmm: host_read mem=m1 offset=0x6b000 rec=3100
vmm: host_read mem=m1 offset=0x6c000 rec=3100
vmm: host_read mem=m1 offset=0x6d000 rec=3100
vmm: host_read mem=m1 offset=0x6e000 rec=3100
vmm: host_read mem=m1 offset=0x6f000 rec=3100
vmm: host_read mem=m1 offset=0x70000 rec=3100
vmm: host_read mem=m1 offset=0x71000 rec=3100
vmm: host_read mem=m1 offset=0x72000 rec=3100
vmm: host_read mem=m1 offset=0x73000 rec=3100
vmm: host_read mem=m1 offset=0x74000 rec=3100
vmm: host_read mem=m1 offset=0x75000 rec=3100
vmm: host_read mem=m1 offset=0x76000 rec=3100
vmm: host_read mem=m1 offset=0x77000 rec=3100
vmm: host_read mem=m1 offset=0x78000 rec=3100
vmm: host_read mem=m1 offset=0x79000 rec=3100
vmm: host_read mem=m1 offset=0x7a000 rec=3100
vmm: host_read mem=m1 offset=0x7b000 rec=3100
vmm: host_read mem=m1 offset=0x7c000 rec=3100
vmm: host_read mem=m1 offset=0x7d000 rec=3100
vmm: host_read mem=m1 offset=0x7e000 rec=3100
vmm: host_read mem=m1 offset=0x7f000 rec=3100
vmm: host_read mem=m2 offset=0 rec=3101
vmm: host_read mem=m2 offset=0x1000 rec=3101
vmm: host_read mem=m2 offset=0x2000 rec=3101
vmm: host_read mem=m2 offset=0x3000 rec=3101
vmm: host_read mem=m2 offset=0x4000 rec=3101
vmm: host_read mem=m2 offset=0x5000 rec=3101
vmm: host_read mem=m2 offset=0x6000 rec=3101
vmm: host_read mem=m2 offset=0x7000 rec=3101
vmm: host_read mem=m2 offset=0x8000 rec=3101
vmm: host_read mem=m2 offset=0x9000 rec=3101
vmm: host_read mem=m2 offset=0xa000 rec=3101
vmm: host_read mem=m2 offset=0xb000 rec=3101
vmm: host_read mem=m2 offset=0xc000 rec=3101
vmm: host_read mem=m2 offset=0xd000 rec=3101
vmm: host_read mem=m2 offset=0xe000 rec=3101
vmm: host_read mem=m2 offset=0xf000 rec=3101
vmm: host_read mem=m2 offset=0x10000 rec=3101
vmm: host_read mem=m2 offset=0x11000 rec=3101
vmm: host_read mem=m2 offset=0x12000 rec=3101
vmm: host_read mem=m2 offset=0x13000 rec=3101
vmm: host_read mem=m2 offset=0x14000 rec=3101
vmm: host_read mem=m2 offset=0x15000 rec=3101
vmm: host_read mem=m2 offset=0x16000 rec=3101
vmm: host_read mem=m2 offset=0x17000 rec=3101
vmm: host_read mem=m2 offset=0x18000 rec=3101
vmm: host_read mem=m2 offset=0x19000 rec=3101
vmm: host_read mem=m2 offset=0x1a000 rec=3101
vmm: host_read mem=m2 offset=0x1b000 rec=3101
vmm: host_read mem=m2 offset=0x1c000 rec=3101
vmm: host_read mem=m2 offset=0x1d000 rec=3101
vmm: host_read mem=m2 offset=0x1e000 rec=3101
vmm: host_read mem=m2 offset=0x1f000 rec=3101
vmm: host_read mem=m2 offset=0x20000 rec=3101
vmm: host_read mem=m2 offset=0x21000 rec=3101
vmm: host_read mem=m2 offset=0x22000 rec=3101
vmm: host_read mem=m2 offset=0x23000 rec=3101
vmm: host_read mem=m2 offset=0x24000 rec=3101
vmm: host_read mem=m2 offset=0x25000 rec=3101
vmm: host_read mem=m2 offset=0x26000 rec=3101
vmm: host_read mem=m2 offset=0x27000 rec=3101
vmm: host_read mem=m2 offset=0x28000 rec=3101
vmm: host_read mem=m2 offset=0x29000 rec=3101
vmm: host_read mem=m2 offset=0x2a000 rec=3101
vmm: host_read mem=m2 offset=0x2b000 rec=3101
vmm: host_read mem=m2 offset=0x2c000 rec=3101
vmm: host_read mem=m2 offset=0x2d000 rec=3101
vmm: host_read mem=m2 offset=0x2e000 rec=3101
vmm: host_read mem=m2 offset=0x2f000 rec=3101
vmm: host_read mem=m2 offset=0x30000 rec=3101
vmm: host_read mem=m2 offset=0x31000 rec=3101
vmm: host_read mem=m2 offset=0x32000 rec=3101
vmm: host_read mem=m2 offset=0x33000 rec=3101
vmm: host_read mem=m2 offset=0x34000 rec=3101
vmm: host_read mem=m2 offset=0x35000 rec=3101
vmm: host_read mem=m2 offset=0x36000 rec=3101
vmm: host_read mem=m2 offset=0x37000 rec=3101
vmm: host_read mem=m2 offset=0x38000 rec=3101
vmm: host_read mem=m2 offset=0x39000 rec=3101
vmm: host_read mem=m2 offset=0x3a000 rec=3101
vmm: host_read mem=m2 offset=0x3b000 rec=3101
vmm: host_read mem=m2 offset=0x3c000 rec=3101
vmm: host_read mem=m2 offset=0x3d000 rec=3101
vmm: host_read mem=m2 offset=0x3e000 rec=3101
vmm: host_read mem=m2 offset=0x3f000 rec=3101
vmm: host_read mem=m2 offset=0x40000 rec=3101
vmm: host_read mem=m2 offset=0x41000 rec=3101
vmm: host_read mem=m2 offset=0x42000 rec=3101
vmm: host_read mem=m2 offset=0x43000 rec=3101
vmm: host_read mem=m2 offset=0x44000 rec=3101
vmm: host_read mem=m2 offset=0x45000 rec=3101
vmm: host_read mem=m2 offset=0x46000 rec=3101
vmm: host_read mem=m2 offset=0x47000 rec=3101
vmm: host_read mem=m2 offset=0x48000 rec=3101
vmm: host_read mem=m2 offset=0x49000 rec=3101
vmm: host_read mem=m2 offset=0x4a000 rec=3101
vmm: host_read mem=m2 offset=0x4b000 rec=3101
vmm: host_read mem=m2 offset=0x4c000 rec=3101
vmm: host_read mem=m2 offset=0x4d000 rec=3101
vmm: host_read mem=m2 offset=0x4e000 rec=3101
vmm: host_read mem=m2 offset=0x4f000 rec=3101
vmm: host_read mem=m2 offset=0x50000 rec=3101
vmm: host_read mem=m2 offset=0x51000 rec=3101
vmm: host_read mem=m2 offset=0x52000 rec=3101
vmm: host_read mem=m2 offset=0x53000 rec=3101
vmm: host_read mem=m2 offset=0x54000 rec=3101
vmm: host_read mem=m2 offset=0x55000 rec=3101
vmm: host_read mem=m2 offset=0x56000 rec=3101
vmm: host_read mem=m2 offset=0x57000 rec=3101
vmm: host_read mem=m2 offset=0x58000 rec=3101
vmm: host_read mem=m2 offset=0x59000 rec=3101
vmm: host_read mem=m2 offset=0x5a000 rec=3101
vmm: host_read mem=m2 offset=0x5b000 rec=3101
vmm: host_read mem=m2 offset=0x5c000 rec=3101
vmm: host_read mem=m2 offset=0x5d000 rec=3101
vmm: host_read mem=m2 offset=0x5e000 rec=3101
vmm: host_read mem=m2 offset=0x5f000 rec=3101
vmm: host_read mem=m2 offset=0x60000 rec=3101
vmm: host_read mem=m2 offset=0x61000 rec=3101
vmm: host_read mem=m2 offset=0x62000 rec=3101
vmm: host_read mem=m2 offset=0x63000 rec=3101
vmm: host_read mem=m2 offset=0x64000 rec=3101
vmm: host_read mem=m2 offset=0x65000 rec=3101
vmm: host_read mem=m2 offset=0x66000 rec=3101
vmm: host_read mem=m2 offset=0x67000 rec=3101
vmm: host_read mem=m2 offset=0x68000 rec=3101
vmm: host_read mem=m2 offset=0x69000 rec=3101
vmm: host_read mem=m2 offset=0x6a000 rec=3101
vmm: host_read mem=m2 offset=0x6b000 rec=3101
vmm: host_read mem=m2 offset=0x6c000 rec=3101
vmm: host_read mem=m2 offset=0x6d000 rec=3101
vmm: host_read mem=m2 offset=0x6e000 rec=3101
vmm: host_read mem=m2 offset=0x6f000 rec=3101
vmm: host_read mem=m2 offset=0x70000 rec=3101
vmm: host_read mem=m2 offset=0x71000 rec=3101
vmm: host_read mem=m2 offset=0x72000 rec=3101
vmm: host_read mem=m2 offset=0x73000 rec=3101
vmm: host_read mem=m2 offset=0x74000 rec=3101
vmm: host_read mem=m2 offset=0x75000 rec=3101
vmm: host_read mem=m2 offset=0x76000 rec=3101
vmm: host_read mem=m2 offset=0x77000 rec=3101
vmm: host_read mem=m2 offset=0x78000 rec=3101
vmm: host_read mem=m2 offset=0x79000 rec=3101
vmm: host_read mem=m2 offset=0x7a000 rec=3101
vmm: host_read mem=m2 offset=0x7b000 rec=3101
vmm: host_read mem=m2 offset=0x7c000 rec=3101
vmm: host_read mem=m2 offset=0x7d000 rec=3101
vmm: host_read mem=m2 offset=0x7e000 rec=3101
vmm: host_read mem=m2 offset=0x7f000 rec=3101
vmm: gmem_fallocate gmem=g0 offset=0 len=0x40000 mode=0x3 expect=0 rec=3102
vmm: host_read mem=m1 offset=0 rec=3103
vmm: host_read mem=m1 offset=0x1000 rec=3103
vmm: host_read mem=m1 offset=0x2000 rec=3103
vmm: host_read mem=m1 offset=0x3000 rec=3103
vmm: host_read mem=m1 offset=0x4000 rec=3103
vmm: host_read mem=m1 offset=0x5000 rec=3103
vmm: host_read mem=m1 offset=0x6000 rec=3103
vmm: host_read mem=m1 offset=0x7000 rec=3103
vmm: host_read mem=m1 offset=0x8000 rec=3103
vmm: host_read mem=m1 offset=0x9000 rec=3103
vmm: host_read mem=m1 offset=0xa000 rec=3103
vmm: host_read mem=m1 offset=0xb000 rec=3103
vmm: host_read mem=m1 offset=0xc000 rec=3103
vmm: host_read mem=m1 offset=0xd000 rec=3103
vmm: host_read mem=m1 offset=0xe000 rec=3103
vmm: host_read mem=m1 offset=0xf000 rec=3103
vmm: host_read mem=m1 offset=0x10000 rec=3103
vmm: host_read mem=m1 offset=0x11000 rec=3103
vmm: host_read mem=m1 offset=0x12000 rec=3103
vmm: host_read mem=m1 offset=0x13000 rec=3103
vmm: host_read mem=m1 offset=0x14000 rec=3103
vmm: host_read mem=m1 offset=0x15000 rec=3103
vmm: host_read mem=m1 offset=0x16000 rec=3103
vmm: host_read mem=m1 offset=0x17000 rec=3103
vmm: host_read mem=m1 offset=0x18000 rec=3103
vmm: host_read mem=m1 offset=0x19000 rec=3103
vmm: host_read mem=m1 offset=0x1a000 rec=3103
vmm: host_read mem=m1 offset=0x1b000 rec=3103
vmm: host_read mem=m1 offset=0x1c000 rec=3103
vmm: host_read mem=m1 offset=0x1d000 rec=3103
vmm: host_read mem=m1 offset=0x1e000 rec=3103
vmm: host_read mem=m1 offset=0x1f000 rec=3103
vmm: host_read mem=m1 offset=0x20000 rec=3103
vmm: host_read mem=m1 offset=0x21000 rec=3103
vmm: host_read mem=m1 offset=0x22000 rec=3103
vmm: host_read mem=m1 offset=0x23000 rec=3103
vmm: host_read mem=m1 offset=0x24000 rec=3103
vmm: host_read mem=m1 offset=0x25000 rec=3103
vmm: host_read mem=m1 offset=0x26000 rec=3103
vmm: host_read mem=m1 offset=0x27000 rec=3103
vmm: host_read mem=m1 offset=0x28000 rec=3103
vmm: host_read mem=m1 offset=0x29000 rec=3103
vmm: host_read mem=m1 offset=0x2a000 rec=3103
vmm: host_read mem=m1 offset=0x2b000 rec=3103
vmm: host_read mem=m1 offset=0x2c000 rec=3103
vmm: host_read mem=m1 offset=0x2d000 rec=3103
vmm: host_read mem=m1 offset=0x2e000 rec=3103
vmm: host_read mem=m1 offset=0x2f000 rec=3103
vmm: host_read mem=m1 offset=0x30000 rec=3103
vmm: host_read mem=m1 offset=0x31000 rec=3103
vmm: host_read mem=m1 offset=0x32000 rec=3103
vmm: host_read mem=m1 offset=0x33000 rec=3103
vmm: host_read mem=m1 offset=0x34000 rec=3103
vmm: host_read mem=m1 offset=0x35000 rec=3103
vmm: host_read mem=m1 offset=0x36000 rec=3103
vmm: host_read mem=m1 offset=0x37000 rec=3103
vmm: host_read mem=m1 offset=0x38000 rec=3103
vmm: host_read mem=m1 offset=0x39000 rec=3103
vmm: host_read mem=m1 offset=0x3a000 rec=3103
vmm: host_read mem=m1 offset=0x3b000 rec=3103
vmm: host_read mem=m1 offset=0x3c000 rec=3103
vmm: host_read mem=m1 offset=0x3d000 rec=3103
vmm: host_read mem=m1 offset=0x3e000 rec=3103
vmm: host_read mem=m1 offset=0x3f000 rec=3103
vmm: host_read mem=m1 offset=0x40000 rec=3103
vmm: host_read mem=m1 offset=0x41000 rec=3103
vmm: host_read mem=m1 offset=0x42000 rec=3103
vmm: host_read mem=m1 offset=0x43000 rec=3103
vmm: host_read mem=m1 offset=0x44000 rec=3103
vmm: host_read mem=m1 offset=0x45000 rec=3103
vmm: host_read mem=m1 offset=0x46000 rec=3103
vmm: host_read mem=m1 offset=0x47000 rec=3103
vmm: host_read mem=m1 offset=0x48000 rec=3103
vmm: host_read mem=m1 offset=0x49000 rec=3103
vmm: host_read mem=m1 offset=0x4a000 rec=3103
vmm: host_read mem=m1 offset=0x4b000 rec=3103
vmm: host_read mem=m1 offset=0x4c000 rec=3103
vmm: host_read mem=m1 offset=0x4d000 rec=3103
vmm: host_read mem=m1 offset=0x4e000 rec=3103
vmm: host_read mem=m1 offset=0x4f000 rec=3103
vmm: host_read mem=m1 offset=0x50000 rec=3103
vmm: host_read mem=m1 offset=0x51000 rec=3103
vmm: host_read mem=m1 offset=0x52000 rec=3103
vmm: host_read mem=m1 offset=0x53000 rec=3103
vmm: host_read mem=m1 offset=0x54000 rec=3103
vmm: host_read mem=m1 offset=0x55000 rec=3103
vmm: host_read mem=m1 offset=0x56000 rec=3103
vmm: host_read mem=m1 offset=0x57000 rec=3103
vmm: host_read mem=m1 offset=0x58000 rec=3103
vmm: host_read mem=m1 offset=0x59000 rec=3103
vmm: host_read mem=m1 offset=0x5a000 rec=3103
vmm: host_read mem=m1 offset=0x5b000 rec=3103
vmm: host_read mem=m1 offset=0x5c000 rec=3103
vmm: host_read mem=m1 offset=0x5d000 rec=3103
vmm: host_read mem=m1 offset=0x5e000 rec=3103
vmm: host_read mem=m1 offset=0x5f000 rec=3103
vmm: host_read mem=m1 offset=0x60000 rec=3103
vmm: host_read mem=m1 offset=0x61000 rec=3103
vmm: host_read mem=m1 offset=0x62000 rec=3103
vmm: host_read mem=m1 offset=0x63000 rec=3103
vmm: host_read mem=m1 offset=0x64000 rec=3103
vmm: host_read mem=m1 offset=0x65000 rec=3103
vmm: host_read mem=m1 offset=0x66000 rec=3103
vmm: host_read mem=m1 offset=0x67000 rec=3103
vmm: host_read mem=m1 offset=0x68000 rec=3103
vmm: host_read mem=m1 offset=0x69000 rec=3103
vmm: host_read mem=m1 offset=0x6a000 rec=3103
vmm: host_read mem=m1 offset=0x6b000 rec=3103
vmm: host_read mem=m1 offset=0x6c000 rec=3103
vmm: host_read mem=m1 offset=0x6d000 rec=3103
vmm: host_read mem=m1 offset=0x6e000 rec=3103
vmm: host_read mem=m1 offset=0x6f000 rec=3103
vmm: host_read mem=m1 offset=0x70000 rec=3103
vmm: host_read mem=m1 offset=0x71000 rec=3103
vmm: host_read mem=m1 offset=0x72000 rec=3103
vmm: host_read mem=m1 offset=0x73000 rec=3103
vmm: host_read mem=m1 offset=0x74000 rec=3103
vmm: host_read mem=m1 offset=0x75000 rec=3103
vmm: host_read mem=m1 offset=0x76000 rec=3103
vmm: host_read mem=m1 offset=0x77000 rec=3103
vmm: host_read mem=m1 offset=0x78000 rec=3103
vmm: host_read mem=m1 offset=0x79000 rec=3103
vmm: host_read mem=m1 offset=0x7a000 rec=3103
vmm: host_read mem=m1 offset=0x7b000 rec=3103
vmm: host_read mem=m1 offset=0x7c000 rec=3103
vmm: host_read mem=m1 offset=0x7d000 rec=3103
vmm: host_read mem=m1 offset=0x7e000 rec=3103
vmm: host_read mem=m1 offset=0x7f000 rec=3103
vmm: host_read mem=m2 offset=0 rec=3104
vmm: host_read mem=m2 offset=0x1000 rec=3104
vmm: host_read mem=m2 offset=0x2000 rec=3104
vmm: host_read mem=m2 offset=0x3000 rec=3104
vmm: host_read mem=m2 offset=0x4000 rec=3104
vmm: host_read mem=m2 offset=0x5000 rec=3104
vmm: host_read mem=m2 offset=0x6000 rec=3104
vmm: host_read mem=m2 offset=0x7000 rec=3104
vmm: host_read mem=m2 offset=0x8000 rec=3104
vmm: host_read mem=m2 offset=0x9000 rec=3104
vmm: host_read mem=m2 offset=0xa000 rec=3104
vmm: host_read mem=m2 offset=0xb000 rec=3104
vmm: host_read mem=m2 offset=0xc000 rec=3104
vmm: host_read mem=m2 offset=0xd000 rec=3104
vmm: host_read mem=m2 offset=0xe000 rec=3104
vmm: host_read mem=m2 offset=0xf000 rec=3104
vmm: host_read mem=m2 offset=0x10000 rec=3104
vmm: host_read mem=m2 offset=0x11000 rec=3104
vmm: host_read mem=m2 offset=0x12000 rec=3104
vmm: host_read mem=m2 offset=0x13000 rec=3104
vmm: host_read mem=m2 offset=0x14000 rec=3104
vmm: host_read mem=m2 offset=0x15000 rec=3104
vmm: host_read mem=m2 offset=0x16000 rec=3104
vmm: host_read mem=m2 offset=0x17000 rec=3104
vmm: host_read mem=m2 offset=0x18000 rec=3104
vmm: host_read mem=m2 offset=0x19000 rec=3104
vmm: host_read mem=m2 offset=0x1a000 rec=3104
vmm: host_read mem=m2 offset=0x1b000 rec=3104
vmm: host_read mem=m2 offset=0x1c000 rec=3104
vmm: host_read mem=m2 offset=0x1d000 rec=3104
vmm: host_read mem=m2 offset=0x1e000 rec=3104
vmm: host_read mem=m2 offset=0x1f000 rec=3104
vmm: host_read mem=m2 offset=0x20000 rec=3104
vmm: host_read mem=m2 offset=0x21000 rec=3104
vmm: host_read mem=m2 offset=0x22000 rec=3104
vmm: host_read mem=m2 offset=0x23000 rec=3104
vmm: host_read mem=m2 offset=0x24000 rec=3104
vmm: host_read mem=m2 offset=0x25000 rec=3104
vmm: host_read mem=m2 offset=0x26000 rec=3104
vmm: host_read mem=m2 offset=0x27000 rec=3104
vmm: host_read mem=m2 offset=0x28000 rec=3104
vmm: host_read mem=m2 offset=0x29000 rec=3104
vmm: host_read mem=m2 offset=0x2a000 rec=3104
vmm: host_read mem=m2 offset=0x2b000 rec=3104
vmm: host_read mem=m2 offset=0x2c000 rec=3104
vmm: host_read mem=m2 offset=0x2d000 rec=3104
vmm: host_read mem=m2 offset=0x2e000 rec=3104
vmm: host_read mem=m2 offset=0x2f000 rec=3104
vmm: host_read mem=m2 offset=0x30000 rec=3104
vmm: host_read mem=m2 offset=0x31000 rec=3104
vmm: host_read mem=m2 offset=0x32000 rec=3104
vmm: host_read mem=m2 offset=0x33000 rec=3104
vmm: host_read mem=m2 offset=0x34000 rec=3104
vmm: host_read mem=m2 offset=0x35000 rec=3104
vmm: host_read mem=m2 offset=0x36000 rec=3104
vmm: host_read mem=m2 offset=0x37000 rec=3104
vmm: host_read mem=m2 offset=0x38000 rec=3104
vmm: host_read mem=m2 offset=0x39000 rec=3104
vmm: host_read mem=m2 offset=0x3a000 rec=3104
vmm: host_read mem=m2 offset=0x3b000 rec=3104
vmm: host_read mem=m2 offset=0x3c000 rec=3104
vmm: host_read mem=m2 offset=0x3d000 rec=3104
vmm: host_read mem=m2 offset=0x3e000 rec=3104
vmm: host_read mem=m2 offset=0x3f000 rec=3104
vmm: host_read mem=m2 offset=0x40000 rec=3104
vmm: host_read mem=m2 offset=0x41000 rec=3104
vmm: host_read mem=m2 offset=0x42000 rec=3104
vmm: host_read mem=m2 offset=0x43000 rec=3104
vmm: host_read mem=m2 offset=0x44000 rec=3104
vmm: host_read mem=m2 offset=0x45000 rec=3104
vmm: host_read mem=m2 offset=0x46000 rec=3104
vmm: host_read mem=m2 offset=0x47000 rec=3104
vmm: host_read mem=m2 offset=0x48000 rec=3104
vmm: host_read mem=m2 offset=0x49000 rec=3104
vmm: host_read mem=m2 offset=0x4a000 rec=3104
vmm: host_read mem=m2 offset=0x4b000 rec=3104
vmm: host_read mem=m2 offset=0x4c000 rec=3104
vmm: host_read mem=m2 offset=0x4d000 rec=3104
vmm: host_read mem=m2 offset=0x4e000 rec=3104
vmm: host_read mem=m2 offset=0x4f000 rec=3104
vmm: host_read mem=m2 offset=0x50000 rec=3104
vmm: host_read mem=m2 offset=0x51000 rec=3104
vmm: host_read mem=m2 offset=0x52000 rec=3104
vmm: host_read mem=m2 offset=0x53000 rec=3104
vmm: host_read mem=m2 offset=0x54000 rec=3104
vmm: host_read mem=m2 offset=0x55000 rec=3104
vmm: host_read mem=m2 offset=0x56000 rec=3104
vmm: host_read mem=m2 offset=0x57000 rec=3104
vmm: host_read mem=m2 offset=0x58000 rec=3104
vmm: host_read mem=m2 offset=0x59000 rec=3104
vmm: host_read mem=m2 offset=0x5a000 rec=3104
vmm: host_read mem=m2 offset=0x5b000 rec=3104
vmm: host_read mem=m2 offset=0x5c000 rec=3104
vmm: host_read mem=m2 offset=0x5d000 rec=3104
vmm: host_read mem=m2 offset=0x5e000 rec=3104
vmm: host_read mem=m2 offset=0x5f000 rec=3104
vmm: host_read mem=m2 offset=0x60000 rec=3104
vmm: host_read mem=m2 offset=0x61000 rec=3104
vmm: host_read mem=m2 offset=0x62000 rec=3104
vmm: host_read mem=m2 offset=0x63000 rec=3104
vmm: host_read mem=m2 offset=0x64000 rec=3104
vmm: host_read mem=m2 offset=0x65000 rec=3104
vmm: host_read mem=m2 offset=0x66000 rec=3104
vmm: host_read mem=m2 offset=0x67000 rec=3104
vmm: host_read mem=m2 offset=0x68000 rec=3104
vmm: host_read mem=m2 offset=0x69000 rec=3104
vmm: host_read mem=m2 offset=0x6a000 rec=3104
vmm: host_read mem=m2 offset=0x6b000 rec=3104
vmm: host_read mem=m2 offset=0x6c000 rec=3104
vmm: host_read mem=m2 offset=0x6d000 rec=3104
vmm: host_read mem=m2 offset=0x6e000 rec=3104
vmm: host_read mem=m2 offset=0x6f000 rec=3104
vmm: host_read mem=m2 offset=0x70000 rec=3104
vmm: host_read mem=m2 offset=0x71000 rec=3104
vmm: host_read mem=m2 offset=0x72000 rec=3104
vmm: host_read mem=m2 offset=0x73000 rec=3104
vmm: host_read mem=m2 offset=0x74000 rec=3104
vmm: host_read mem=m2 offset=0x75000 rec=3104
vmm: host_read mem=m2 offset=0x76000 rec=3104
vmm: host_read mem=m2 offset=0x77000 rec=3104
vmm: host_read mem=m2 offset=0x78000 rec=3104
vmm: host_read mem=m2 offset=0x79000 rec=3104
vmm: host_read mem=m2 offset=0x7a000 rec=3104
vmm: host_read mem=m2 offset=0x7b000 rec=3104
vmm: host_read mem=m2 offset=0x7c000 rec=3104
vmm: host_read mem=m2 offset=0x7d000 rec=3104
vmm: host_read mem=m2 offset=0x7e000 rec=3104
vmm: host_read mem=m2 offset=0x7f000 rec=3104
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=3105	# walk at line 3119
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=3105	# walk at line 3124
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=3105	# walk at line 3136
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=3105	# walk at line 3141
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=3105	# walk at line 3146
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=3105	# walk at line 3151
vcpu0: read gpa=0x800000 sptes=0xff expect=fault rec=3105	# walk at line 3156
vcpu0: read gpa=0x808000 sptes=0xff expect=fault rec=3105	# walk at line 3170
vcpu0: read gpa=0x810000 sptes=0xff expect=fault rec=3105	# walk at line 3184
vcpu0: read gpa=0x818000 sptes=0xff expect=fault rec=3105	# walk at line 3198
vcpu0: read gpa=0x820000 sptes=0xff expect=fault rec=3105	# walk at line 3212
vcpu0: read gpa=0x828000 sptes=0xff expect=fault rec=3105	# walk at line 3226
vcpu0: read gpa=0x830000 sptes=0xff expect=fault rec=3105	# walk at line 3240
vcpu0: read gpa=0x838000 sptes=0xff expect=fault rec=3105	# walk at line 3254
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=3105	# walk at line 3268
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=3105	# walk at line 3280
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=3105	# walk at line 3285
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=3105	# walk at line 3290
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=3105	# walk at line 3295
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=3105	# walk at line 3300
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=3105	# walk at line 3305
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=3105	# walk at line 3310
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=3105	# walk at line 3315
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=3105	# walk at line 3320
barrier
vmm: host_read mem=m1 offset=0 rec=3334
vmm: host_read mem=m1 offset=0x1000 rec=3334
vmm: host_read mem=m1 offset=0x2000 rec=3334
vmm: host_read mem=m1 offset=0x3000 rec=3334
vmm: host_read mem=m1 offset=0x4000 rec=3334
vmm: host_read mem=m1 offset=0x5000 rec=3334
vmm: host_read mem=m1 offset=0x6000 rec=3334
vmm: host_read mem=m1 offset=0x7000 rec=3334
vmm: host_read mem=m1 offset=0x8000 rec=3334
vmm: host_read mem=m1 offset=0x9000 rec=3334
vmm: host_read mem=m1 offset=0xa000 rec=3334
vmm: host_read mem=m1 offset=0xb000 rec=3334
vmm: host_read mem=m1 offset=0xc000 rec=3334
vmm: host_read mem=m1 offset=0xd000 rec=3334
vmm: host_read mem=m1 offset=0xe000 rec=3334
vmm: host_read mem=m1 offset=0xf000 rec=3334
vmm: host_read mem=m1 offset=0x10000 rec=3334
vmm: host_read mem=m1 offset=0x11000 rec=3334
vmm: host_read mem=m1 offset=0x12000 rec=3334
vmm: host_read mem=m1 offset=0x13000 rec=3334
vmm: host_read mem=m1 offset=0x14000 rec=3334
vmm: host_read mem=m1 offset=0x15000 rec=3334
vmm: host_read mem=m1 offset=0x16000 rec=3334
vmm: host_read mem=m1 offset=0x17000 rec=3334
vmm: host_read mem=m1 offset=0x18000 rec=3334
vmm: host_read mem=m1 offset=0x19000 rec=3334
vmm: host_read mem=m1 offset=0x1a000 rec=3334
vmm: host_read mem=m1 offset=0x1b000 rec=3334
vmm: host_read mem=m1 offset=0x1c000 rec=3334
vmm: host_read mem=m1 offset=0x1d000 rec=3334
vmm: host_read mem=m1 offset=0x1e000 rec=3334
vmm: host_read mem=m1 offset=0x1f000 rec=3334
vmm: host_read mem=m1 offset=0x20000 rec=3334
vmm: host_read mem=m1 offset=0x21000 rec=3334
vmm: host_read mem=m1 offset=0x22000 rec=3334
vmm: host_read mem=m1 offset=0x23000 rec=3334
vmm: host_read mem=m1 offset=0x24000 rec=3334
vmm: host_read mem=m1 offset=0x25000 rec=3334
vmm: host_read mem=m1 offset=0x26000 rec=3334
vmm: host_read mem=m1 offset=0x27000 rec=3334
vmm: host_read mem=m1 offset=0x28000 rec=3334
vmm: host_read mem=m1 offset=0x29000 rec=3334
vmm: host_read mem=m1 offset=0x2a000 rec=3334
vmm: host_read mem=m1 offset=0x2b000 rec=3334
vmm: host_read mem=m1 offset=0x2c000 rec=3334
vmm: host_read mem=m1 offset=0x2d000 rec=3334
vmm: host_read mem=m1 offset=0x2e000 rec=3334
vmm: host_read mem=m1 offset=0x2f000 rec=3334
vmm: host_read mem=m1 offset=0x30000 rec=3334
vmm: host_read mem=m1 offset=0x31000 rec=3334
vmm: host_read mem=m1 offset=0x32000 rec=3334
vmm: host_read mem=m1 offset=0x33000 rec=3334
vmm: host_read mem=m1 offset=0x34000 rec=3334
vmm: host_read mem=m1 offset=0x35000 rec=3334
vmm: host_read mem=m1 offset=0x36000 rec=3334
vmm: host_read mem=m1 offset=0x37000 rec=3334
vmm: host_read mem=m1 offset=0x38000 rec=3334
vmm: host_read mem=m1 offset=0x39000 rec=3334
vmm: host_read mem=m1 offset=0x3a000 rec=3334
vmm: host_read mem=m1 offset=0x3b000 rec=3334
vmm: host_read mem=m1 offset=0x3c000 rec=3334
vmm: host_read mem=m1 offset=0x3d000 rec=3334
vmm: host_read mem=m1 offset=0x3e000 rec=3334
vmm: host_read mem=m1 offset=0x3f000 rec=3334
vmm: host_read mem=m1 offset=0x40000 rec=3334
vmm: host_read mem=m1 offset=0x41000 rec=3334
vmm: host_read mem=m1 offset=0x42000 rec=3334
vmm: host_read mem=m1 offset=0x43000 rec=3334
vmm: host_read mem=m1 offset=0x44000 rec=3334
vmm: host_read mem=m1 offset=0x45000 rec=3334
vmm: host_read mem=m1 offset=0x46000 rec=3334
vmm: host_read mem=m1 offset=0x47000 rec=3334
vmm: host_read mem=m1 offset=0x48000 rec=3334
vmm: host_read mem=m1 offset=0x49000 rec=3334
vmm: host_read mem=m1 offset=0x4a000 rec=3334
vmm: host_read mem=m1 offset=0x4b000 rec=3334
vmm: host_read mem=m1 offset=0x4c000 rec=3334
vmm: host_read mem=m1 offset=0x4d000 rec=3334
vmm: host_read mem=m1 offset=0x4e000 rec=3334
vmm: host_read mem=m1 offset=0x4f000 rec=3334
vmm: host_read mem=m1 offset=0x50000 rec=3334
vmm: host_read mem=m1 offset=0x51000 rec=3334
vmm: host_read mem=m1 offset=0x52000 rec=3334
vmm: host_read mem=m1 offset=0x53000 rec=3334
vmm: host_read mem=m1 offset=0x54000 rec=3334
vmm: host_read mem=m1 offset=0x55000 rec=3334
vmm: host_read mem=m1 offset=0x56000 rec=3334
vmm: host_read mem=m1 offset=0x57000 rec=3334
vmm: host_read mem=m1 offset=0x58000 rec=3334
vmm: host_read mem=m1 offset=0x59000 rec=3334
vmm: host_read mem=m1 offset=0x5a000 rec=3334
vmm: host_read mem=m1 offset=0x5b000 rec=3334
vmm: host_read mem=m1 offset=0x5c000 rec=3334
vmm: host_read mem=m1 offset=0x5d000 rec=3334
vmm: host_read mem=m1 offset=0x5e000 rec=3334
vmm: host_read mem=m1 offset=0x5f000 rec=3334
vmm: host_read mem=m1 offset=0x60000 rec=3334
vmm: host_read mem=m1 offset=0x61000 rec=3334
vmm: host_read mem=m1 offset=0x62000 rec=3334
vmm: host_read mem=m1 offset=0x63000 rec=3334
vmm: host_read mem=m1 offset=0x64000 rec=3334
vmm: host_read mem=m1 offset=0x65000 rec=3334
vmm: host_read mem=m1 offset=0x66000 rec=3334
vmm: host_read mem=m1 offset=0x67000 rec=3334
vmm: host_read mem=m1 offset=0x68000 rec=3334
vmm: host_read mem=m1 offset=0x69000 rec=3334
vmm: host_read mem=m1 offset=0x6a000 rec=3334
vmm: host_read mem=m1 offset=0x6b000 rec=3334
vmm: host_read mem=m1 offset=0x6c000 rec=3334
vmm: host_read mem=m1 offset=0x6d000 rec=3334
vmm: host_read mem=m1 offset=0x6e000 rec=3334
vmm: host_read mem=m1 offset=0x6f000 rec=3334
vmm: host_read mem=m1 offset=0x70000 rec=3334
vmm: host_read mem=m1 offset=0x71000 rec=3334
vmm: host_read mem=m1 offset=0x72000 rec=3334
vmm: host_read mem=m1 offset=0x73000 rec=3334
vmm: host_read mem=m1 offset=0x74000 rec=3334
vmm: host_read mem=m1 offset=0x75000 rec=3334
vmm: host_read mem=m1 offset=0x76000 rec=3334
vmm: host_read mem=m1 offset=0x77000 rec=3334
vmm: host_read mem=m1 offset=0x78000 rec=3334
vmm: host_read mem=m1 offset=0x79000 rec=3334
vmm: host_read mem=m1 offset=0x7a000 rec=3334
vmm: host_read mem=m1 offset=0x7b000 rec=3334
vmm: host_read mem=m1 offset=0x7c000 rec=3334
vmm: host_read mem=m1 offset=0x7d000 rec=3334
vmm: host_read mem=m1 offset=0x7e000 rec=3334
vmm: host_read mem=m1 offset=0x7f000 rec=3334
vmm: host_read mem=m2 offset=0 rec=3335
vmm: host_read mem=m2 offset=0x1000 rec=3335
vmm: host_read mem=m2 offset=0x2000 rec=3335
vmm: host_read mem=m2 offset=0x3000 rec=3335
vmm: host_read mem=m2 offset=0x4000 rec=3335
vmm: host_read mem=m2 offset=0x5000 rec=3335
vmm: host_read mem=m2 offset=0x6000 rec=3335
vmm: host_read mem=m2 offset=0x7000 rec=3335
vmm: host_read mem=m2 offset=0x8000 rec=3335
vmm: host_read mem=m2 offset=0x9000 rec=3335
vmm: host_read mem=m2 offset=0xa000 rec=3335
vmm: host_read mem=m2 offset=0xb000 rec=3335
vmm: host_read mem=m2 offset=0xc000 rec=3335
vmm: host_read mem=m2 offset=0xd000 rec=3335
vmm: host_read mem=m2 offset=0xe000 rec=3335
vmm: host_read mem=m2 offset=0xf000 rec=3335
vmm: host_read mem=m2 offset=0x10000 rec=3335
vmm: host_read mem=m2 offset=0x11000 rec=3335
vmm: host_read mem=m2 offset=0x12000 rec=3335
vmm: host_read mem=m2 offset=0x13000 rec=3335
vmm: host_read mem=m2 offset=0x14000 rec=3335
vmm: host_read mem=m2 offset=0x15000 rec=3335
vmm: host_read mem=m2 offset=0x16000 rec=3335
vmm: host_read mem=m2 offset=0x17000 rec=3335
vmm: host_read mem=m2 offset=0x18000 rec=3335
vmm: host_read mem=m2 offset=0x19000 rec=3335
vmm: host_read mem=m2 offset=0x1a000 rec=3335
vmm: host_read mem=m2 offset=0x1b000 rec=3335
vmm: host_read mem=m2 offset=0x1c000 rec=3335
vmm: host_read mem=m2 offset=0x1d000 rec=3335
vmm: host_read mem=m2 offset=0x1e000 rec=3335
vmm: host_read mem=m2 offset=0x1f000 rec=3335
vmm: host_read mem=m2 offset=0x20000 rec=3335
vmm: host_read mem=m2 offset=0x21000 rec=3335
vmm: host_read mem=m2 offset=0x22000 rec=3335
vmm: host_read mem=m2 offset=0x23000 rec=3335
vmm: host_read mem=m2 offset=0x24000 rec=3335
vmm: host_read mem=m2 offset=0x25000 rec=3335
vmm: host_read mem=m2 offset=0x26000 rec=3335
vmm: host_read mem=m2 offset=0x27000 rec=3335
vmm: host_read mem=m2 offset=0x28000 rec=3335
vmm: host_read mem=m2 offset=0x29000 rec=3335
vmm: host_read mem=m2 offset=0x2a000 rec=3335
vmm: host_read mem=m2 offset=0x2b000 rec=3335
vmm: host_read mem=m2 offset=0x2c000 rec=3335
vmm: host_read mem=m2 offset=0x2d000 rec=3335
vmm: host_read mem=m2 offset=0x2e000 rec=3335
vmm: host_read mem=m2 offset=0x2f000 rec=3335
vmm: host_read mem=m2 offset=0x30000 rec=3335
vmm: host_read mem=m2 offset=0x31000 rec=3335
vmm: host_read mem=m2 offset=0x32000 rec=3335
vmm: host_read mem=m2 offset=0x33000 rec=3335
vmm: host_read mem=m2 offset=0x34000 rec=3335
vmm: host_read mem=m2 offset=0x35000 rec=3335
vmm: host_read mem=m2 offset=0x36000 rec=3335
vmm: host_read mem=m2 offset=0x37000 rec=3335
vmm: host_read mem=m2 offset=0x38000 rec=3335
vmm: host_read mem=m2 offset=0x39000 rec=3335
vmm: host_read mem=m2 offset=0x3a000 rec=3335
vmm: host_read mem=m2 offset=0x3b000 rec=3335
vmm: host_read mem=m2 offset=0x3c000 rec=3335
vmm: host_read mem=m2 offset=0x3d000 rec=3335
vmm: host_read mem=m2 offset=0x3e000 rec=3335
vmm: host_read mem=m2 offset=0x3f000 rec=3335
vmm: host_read mem=m2 offset=0x40000 rec=3335
vmm: host_read mem=m2 offset=0x41000 rec=3335
vmm: host_read mem=m2 offset=0x42000 rec=3335
vmm: host_read mem=m2 offset=0x43000 rec=3335
vmm: host_read mem=m2 offset=0x44000 rec=3335
vmm: host_read mem=m2 offset=0x45000 rec=3335
vmm: host_read mem=m2 offset=0x46000 rec=3335
vmm: host_read mem=m2 offset=0x47000 rec=3335
vmm: host_read mem=m2 offset=0x48000 rec=3335
vmm: host_read mem=m2 offset=0x49000 rec=3335
vmm: host_read mem=m2 offset=0x4a000 rec=3335
vmm: host_read mem=m2 offset=0x4b000 rec=3335
vmm: host_read mem=m2 offset=0x4c000 rec=3335
vmm: host_read mem=m2 offset=0x4d000 rec=3335
vmm: host_read mem=m2 offset=0x4e000 rec=3335
vmm: host_read mem=m2 offset=0x4f000 rec=3335
vmm: host_read mem=m2 offset=0x50000 rec=3335
vmm: host_read mem=m2 offset=0x51000 rec=3335
vmm: host_read mem=m2 offset=0x52000 rec=3335
vmm: host_read mem=m2 offset=0x53000 rec=3335
vmm: host_read mem=m2 offset=0x54000 rec=3335
vmm: host_read mem=m2 offset=0x55000 rec=3335
vmm: host_read mem=m2 offset=0x56000 rec=3335
vmm: host_read mem=m2 offset=0x57000 rec=3335
vmm: host_read mem=m2 offset=0x58000 rec=3335
vmm: host_read mem=m2 offset=0x59000 rec=3335
vmm: host_read mem=m2 offset=0x5a000 rec=3335
vmm: host_read mem=m2 offset=0x5b000 rec=3335
vmm: host_read mem=m2 offset=0x5c000 rec=3335
vmm: host_read mem=m2 offset=0x5d000 rec=3335
vmm: host_read mem=m2 offset=0x5e000 rec=3335
vmm: host_read mem=m2 offset=0x5f000 rec=3335
vmm: host_read mem=m2 offset=0x60000 rec=3335
vmm: host_read mem=m2 offset=0x61000 rec=3335
vmm: host_read mem=m2 offset=0x62000 rec=3335
vmm: host_read mem=m2 offset=0x63000 rec=3335
vmm: host_read mem=m2 offset=0x64000 rec=3335
vmm: host_read mem=m2 offset=0x65000 rec=3335
vmm: host_read mem=m2 offset=0x66000 rec=3335
vmm: host_read mem=m2 offset=0x67000 rec=3335
vmm: host_read mem=m2 offset=0x68000 rec=3335
vmm: host_read mem=m2 offset=0x69000 rec=3335
vmm: host_read mem=m2 offset=0x6a000 rec=3335
vmm: host_read mem=m2 offset=0x6b000 rec=3335
vmm: host_read mem=m2 offset=0x6c000 rec=3335
vmm: host_read mem=m2 offset=0x6d000 rec=3335
vmm: host_read mem=m2 offset=0x6e000 rec=3335
vmm: host_read mem=m2 offset=0x6f000 rec=3335
vmm: host_read mem=m2 offset=0x70000 rec=3335
vmm: host_read mem=m2 offset=0x71000 rec=3335
vmm: host_read mem=m2 offset=0x72000 rec=3335
vmm: host_read mem=m2 offset=0x73000 rec=3335
vmm: host_read mem=m2 offset=0x74000 rec=3335
vmm: host_read mem=m2 offset=0x75000 rec=3335
vmm: host_read mem=m2 offset=0x76000 rec=3335
vmm: host_read mem=m2 offset=0x77000 rec=3335
vmm: host_read mem=m2 offset=0x78000 rec=3335
vmm: host_read mem=m2 offset=0x79000 rec=3335
vmm: host_read mem=m2 offset=0x7a000 rec=3335
vmm: host_read mem=m2 offset=0x7b000 rec=3335
vmm: host_read mem=m2 offset=0x7c000 rec=3335
vmm: host_read mem=m2 offset=0x7d000 rec=3335
vmm: host_read mem=m2 offset=0x7e000 rec=3335
vmm: host_read mem=m2 offset=0x7f000 rec=3335
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=3336	# walk at line 3350
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=3336	# walk at line 3355
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=3336	# walk at line 3367
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=3336	# walk at line 3372
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=3336	# walk at line 3377
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=3336	# walk at line 3382
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=3336	# walk at line 3387
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=3336	# walk at line 3399
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=3336	# walk at line 3404
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=3336	# walk at line 3409
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=3336	# walk at line 3414
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=3336	# walk at line 3419
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=3336	# walk at line 3424
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=3336	# walk at line 3429
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=3336	# walk at line 3434
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=3336	# walk at line 3439
barrier
vmm: host_read mem=m1 offset=0 rec=3453
vmm: host_read mem=m1 offset=0x1000 rec=3453
vmm: host_read mem=m1 offset=0x2000 rec=3453
vmm: host_read mem=m1 offset=0x3000 rec=3453
vmm: host_read mem=m1 offset=0x4000 rec=3453
vmm: host_read mem=m1 offset=0x5000 rec=3453
vmm: host_read mem=m1 offset=0x6000 rec=3453
vmm: host_read mem=m1 offset=0x7000 rec=3453
vmm: host_read mem=m1 offset=0x8000 rec=3453
vmm: host_read mem=m1 offset=0x9000 rec=3453
vmm: host_read mem=m1 offset=0xa000 rec=3453
vmm: host_read mem=m1 offset=0xb000 rec=3453
vmm: host_read mem=m1 offset=0xc000 rec=3453
vmm: host_read mem=m1 offset=0xd000 rec=3453
vmm: host_read mem=m1 offset=0xe000 rec=3453
vmm: host_read mem=m1 offset=0xf000 rec=3453
vmm: host_read mem=m1 offset=0x10000 rec=3453
vmm: host_read mem=m1 offset=0x11000 rec=3453
vmm: host_read mem=m1 offset=0x12000 rec=3453
vmm: host_read mem=m1 offset=0x13000 rec=3453
vmm: host_read mem=m1 offset=0x14000 rec=3453
vmm: host_read mem=m1 offset=0x15000 rec=3453
vmm: host_read mem=m1 offset=0x16000 rec=3453
vmm: host_read mem=m1 offset=0x17000 rec=3453
vmm: host_read mem=m1 offset=0x18000 rec=3453
vmm: host_read mem=m1 offset=0x19000 rec=3453
vmm: host_read mem=m1 offset=0x1a000 rec=3453
vmm: host_read mem=m1 offset=0x1b000 rec=3453
vmm: host_read mem=m1 offset=0x1c000 rec=3453
vmm: host_read mem=m1 offset=0x1d000 rec=3453
vmm: host_read mem=m1 offset=0x1e000 rec=3453
vmm: host_read mem=m1 offset=0x1f000 rec=3453
vmm: host_read mem=m1 offset=0x20000 rec=3453
vmm: host_read mem=m1 offset=0x21000 rec=3453
vmm: host_read mem=m1 offset=0x22000 rec=3453
vmm: host_read mem=m1 offset=0x23000 rec=3453
vmm: host_read mem=m1 offset=0x24000 rec=3453
vmm: host_read mem=m1 offset=0x25000 rec=3453
vmm: host_read mem=m1 offset=0x26000 rec=3453
vmm: host_read mem=m1 offset=0x27000 rec=3453
vmm: host_read mem=m1 offset=0x28000 rec=3453
vmm: host_read mem=m1 offset=0x29000 rec=3453
vmm: host_read mem=m1 offset=0x2a000 rec=3453
vmm: host_read mem=m1 offset=0x2b000 rec=3453
vmm: host_read mem=m1 offset=0x2c000 rec=3453
vmm: host_read mem=m1 offset=0x2d000 rec=3453
vmm: host_read mem=m1 offset=0x2e000 rec=3453
vmm: host_read mem=m1 offset=0x2f000 rec=3453
vmm: host_read mem=m1 offset=0x30000 rec=3453
vmm: host_read mem=m1 offset=0x31000 rec=3453
vmm: host_read mem=m1 offset=0x32000 rec=3453
vmm: host_read mem=m1 offset=0x33000 rec=3453
vmm: host_read mem=m1 offset=0x34000 rec=3453
vmm: host_read mem=m1 offset=0x35000 rec=3453
vmm: host_read mem=m1 offset=0x36000 rec=3453
vmm: host_read mem=m1 offset=0x37000 rec=3453
vmm: host_read mem=m1 offset=0x38000 rec=3453
vmm: host_read mem=m1 offset=0x39000 rec=3453
vmm: host_read mem=m1 offset=0x3a000 rec=3453
vmm: host_read mem=m1 offset=0x3b000 rec=3453
vmm: host_read mem=m1 offset=0x3c000 rec=3453
vmm: host_read mem=m1 offset=0x3d000 rec=3453
vmm: host_read mem=m1 offset=0x3e000 rec=3453
vmm: host_read mem=m1 offset=0x3f000 rec=3453
vmm: host_read mem=m1 offset=0x40000 rec=3453
vmm: host_read mem=m1 offset=0x41000 rec=3453
vmm: host_read mem=m1 offset=0x42000 rec=3453
vmm: host_read mem=m1 offset=0x43000 rec=3453
vmm: host_read mem=m1 offset=0x44000 rec=3453
vmm: host_read mem=m1 offset=0x45000 rec=3453
vmm: host_read mem=m1 offset=0x46000 rec=3453
vmm: host_read mem=m1 offset=0x47000 rec=3453
vmm: host_read mem=m1 offset=0x48000 rec=3453
vmm: host_read mem=m1 offset=0x49000 rec=3453
vmm: host_read mem=m1 offset=0x4a000 rec=3453
vmm: host_read mem=m1 offset=0x4b000 rec=3453
vmm: host_read mem=m1 offset=0x4c000 rec=3453
vmm: host_read mem=m1 offset=0x4d000 rec=3453
vmm: host_read mem=m1 offset=0x4e000 rec=3453
vmm: host_read mem=m1 offset=0x4f000 rec=3453
vmm: host_read mem=m1 offset=0x50000 rec=3453
vmm: host_read mem=m1 offset=0x51000 rec=3453
vmm: host_read mem=m1 offset=0x52000 rec=3453
vmm: host_read mem=m1 offset=0x53000 rec=3453
vmm: host_read mem=m1 offset=0x54000 rec=3453
vmm: host_read mem=m1 offset=0x55000 rec=3453
vmm: host_read mem=m1 offset=0x56000 rec=3453
vmm: host_read mem=m1 offset=0x57000 rec=3453
vmm: host_read mem=m1 offset=0x58000 rec=3453
vmm: host_read mem=m1 offset=0x59000 rec=3453
vmm: host_read mem=m1 offset=0x5a000 rec=3453
vmm: host_read mem=m1 offset=0x5b000 rec=3453
vmm: host_read mem=m1 offset=0x5c000 rec=3453
vmm: host_read mem=m1 offset=0x5d000 rec=3453
vmm: host_read mem=m1 offset=0x5e000 rec=3453
vmm: host_read mem=m1 offset=0x5f000 rec=3453
vmm: host_read mem=m1 offset=0x60000 rec=3453
vmm: host_read mem=m1 offset=0x61000 rec=3453
vmm: host_read mem=m1 offset=0x62000 rec=3453
vmm: host_read mem=m1 offset=0x63000 rec=3453
vmm: host_read mem=m1 offset=0x64000 rec=3453
vmm: host_read mem=m1 offset=0x65000 rec=3453
vmm: host_read mem=m1 offset=0x66000 rec=3453
vmm: host_read mem=m1 offset=0x67000 rec=3453
vmm: host_read mem=m1 offset=0x68000 rec=3453
vmm: host_read mem=m1 offset=0x69000 rec=3453
vmm: host_read mem=m1 offset=0x6a000 rec=3453
vmm: host_read mem=m1 offset=0x6b000 rec=3453
vmm: host_read mem=m1 offset=0x6c000 rec=3453
vmm: host_read mem=m1 offset=0x6d000 rec=3453
vmm: host_read mem=m1 offset=0x6e000 rec=3453
vmm: host_read mem=m1 offset=0x6f000 rec=3453
vmm: host_read mem=m1 offset=0x70000 rec=3453
vmm: host_read mem=m1 offset=0x71000 rec=3453
vmm: host_read mem=m1 offset=0x72000 rec=3453
vmm: host_read mem=m1 offset=0x73000 rec=3453
vmm: host_read mem=m1 offset=0x74000 rec=3453
vmm: host_read mem=m1 offset=0x75000 rec=3453
vmm: host_read mem=m1 offset=0x76000 rec=3453
vmm: host_read mem=m1 offset=0x77000 rec=3453
vmm: host_read mem=m1 offset=0x78000 rec=3453
vmm: host_read mem=m1 offset=0x79000 rec=3453
vmm: host_read mem=m1 offset=0x7a000 rec=3453
vmm: host_read mem=m1 offset=0x7b000 rec=3453
vmm: host_read mem=m1 offset=0x7c000 rec=3453
vmm: host_read mem=m1 offset=0x7d000 rec=3453
vmm: host_read mem=m1 offset=0x7e000 rec=3453
vmm: host_read mem=m1 offset=0x7f000 rec=3453
vmm: host_read mem=m2 offset=0 rec=3454
vmm: host_read mem=m2 offset=0x1000 rec=3454
vmm: host_read mem=m2 offset=0x2000 rec=3454
vmm: host_read mem=m2 offset=0x3000 rec=3454
vmm: host_read mem=m2 offset=0x4000 rec=3454
vmm: host_read mem=m2 offset=0x5000 rec=3454
vmm: host_read mem=m2 offset=0x6000 rec=3454
vmm: host_read mem=m2 offset=0x7000 rec=3454
vmm: host_read mem=m2 offset=0x8000 rec=3454
vmm: host_read mem=m2 offset=0x9000 rec=3454
vmm: host_read mem=m2 offset=0xa000 rec=3454
vmm: host_read mem=m2 offset=0xb000 rec=3454
vmm: host_read mem=m2 offset=0xc000 rec=3454
vmm: host_read mem=m2 offset=0xd000 rec=3454
vmm: host_read mem=m2 offset=0xe000 rec=3454
vmm: host_read mem=m2 offset=0xf000 rec=3454
vmm: host_read mem=m2 offset=0x10000 rec=3454
vmm: host_read mem=m2 offset=0x11000 rec=3454
vmm: host_read mem=m2 offset=0x12000 rec=3454
vmm: host_read mem=m2 offset=0x13000 rec=3454
vmm: host_read mem=m2 offset=0x14000 rec=3454
vmm: host_read mem=m2 offset=0x15000 rec=3454
vmm: host_read mem=m2 offset=0x16000 rec=3454
vmm: host_read mem=m2 offset=0x17000 rec=3454
vmm: host_read mem=m2 offset=0x18000 rec=3454
vmm: host_read mem=m2 offset=0x19000 rec=3454
vmm: host_read mem=m2 offset=0x1a000 rec=3454
vmm: host_read mem=m2 offset=0x1b000 rec=3454
vmm: host_read mem=m2 offset=0x1c000 rec=3454
vmm: host_read mem=m2 offset=0x1d000 rec=3454
vmm: host_read mem=m2 offset=0x1e000 rec=3454
vmm: host_read mem=m2 offset=0x1f000 rec=3454
vmm: host_read mem=m2 offset=0x20000 rec=3454
vmm: host_read mem=m2 offset=0x21000 rec=3454
vmm: host_read mem=m2 offset=0x22000 rec=3454
vmm: host_read mem=m2 offset=0x23000 rec=3454
vmm: host_read mem=m2 offset=0x24000 rec=3454
vmm: host_read mem=m2 offset=0x25000 rec=3454
vmm: host_read mem=m2 offset=0x26000 rec=3454
vmm: host_read mem=m2 offset=0x27000 rec=3454
vmm: host_read mem=m2 offset=0x28000 rec=3454
vmm: host_read mem=m2 offset=0x29000 rec=3454
vmm: host_read mem=m2 offset=0x2a000 rec=3454
vmm: host_read mem=m2 offset=0x2b000 rec=3454
vmm: host_read mem=m2 offset=0x2c000 rec=3454
vmm: host_read mem=m2 offset=0x2d000 rec=3454
vmm: host_read mem=m2 offset=0x2e000 rec=3454
vmm: host_read mem=m2 offset=0x2f000 rec=3454
vmm: host_read mem=m2 offset=0x30000 rec=3454
vmm: host_read mem=m2 offset=0x31000 rec=3454
vmm: host_read mem=m2 offset=0x32000 rec=3454
vmm: host_read mem=m2 offset=0x33000 rec=3454
vmm: host_read mem=m2 offset=0x34000 rec=3454
vmm: host_read mem=m2 offset=0x35000 rec=3454
vmm: host_read mem=m2 offset=0x36000 rec=3454
vmm: host_read mem=m2 offset=0x37000 rec=3454
vmm: host_read mem=m2 offset=0x38000 rec=3454
vmm: host_read mem=m2 offset=0x39000 rec=3454
vmm: host_read mem=m2 offset=0x3a000 rec=3454
vmm: host_read mem=m2 offset=0x3b000 rec=3454
vmm: host_read mem=m2 offset=0x3c000 rec=3454
vmm: host_read mem=m2 offset=0x3d000 rec=3454
vmm: host_read mem=m2 offset=0x3e000 rec=3454
vmm: host_read mem=m2 offset=0x3f000 rec=3454
vmm: host_read mem=m2 offset=0x40000 rec=3454
vmm: host_read mem=m2 offset=0x41000 rec=3454
vmm: host_read mem=m2 offset=0x42000 rec=3454
vmm: host_read mem=m2 offset=0x43000 rec=3454
vmm: host_read mem=m2 offset=0x44000 rec=3454
vmm: host_read mem=m2 offset=0x45000 rec=3454
vmm: host_read mem=m2 offset=0x46000 rec=3454
vmm: host_read mem=m2 offset=0x47000 rec=3454
vmm: host_read mem=m2 offset=0x48000 rec=3454
vmm: host_read mem=m2 offset=0x49000 rec=3454
vmm: host_read mem=m2 offset=0x4a000 rec=3454
vmm: host_read mem=m2 offset=0x4b000 rec=3454
vmm: host_read mem=m2 offset=0x4c000 rec=3454
vmm: host_read mem=m2 offset=0x4d000 rec=3454
vmm: host_read mem=m2 offset=0x4e000 rec=3454
vmm: host_read mem=m2 offset=0x4f000 rec=3454
vmm: host_read mem=m2 offset=0x50000 rec=3454
vmm: host_read mem=m2 offset=0x51000 rec=3454
vmm: host_read mem=m2 offset=0x52000 rec=3454
vmm: host_read mem=m2 offset=0x53000 rec=3454
vmm: host_read mem=m2 offset=0x54000 rec=3454
vmm: host_read mem=m2 offset=0x55000 rec=3454
vmm: host_read mem=m2 offset=0x56000 rec=3454
vmm: host_read mem=m2 offset=0x57000 rec=3454
vmm: host_read mem=m2 offset=0x58000 rec=3454
vmm: host_read mem=m2 offset=0x59000 rec=3454
vmm: host_read mem=m2 offset=0x5a000 rec=3454
vmm: host_read mem=m2 offset=0x5b000 rec=3454
vmm: host_read mem=m2 offset=0x5c000 rec=3454
vmm: host_read mem=m2 offset=0x5d000 rec=3454
vmm: host_read mem=m2 offset=0x5e000 rec=3454
vmm: host_read mem=m2 offset=0x5f000 rec=3454
vmm: host_read mem=m2 offset=0x60000 rec=3454
vmm: host_read mem=m2 offset=0x61000 rec=3454
vmm: host_read mem=m2 offset=0x62000 rec=3454
vmm: host_read mem=m2 offset=0x63000 rec=3454
vmm: host_read mem=m2 offset=0x64000 rec=3454
vmm: host_read mem=m2 offset=0x65000 rec=3454
vmm: host_read mem=m2 offset=0x66000 rec=3454
vmm: host_read mem=m2 offset=0x67000 rec=3454
vmm: host_read mem=m2 offset=0x68000 rec=3454
vmm: host_read mem=m2 offset=0x69000 rec=3454
vmm: host_read mem=m2 offset=0x6a000 rec=3454
vmm: host_read mem=m2 offset=0x6b000 rec=3454
vmm: host_read mem=m2 offset=0x6c000 rec=3454
vmm: host_read mem=m2 offset=0x6d000 rec=3454
vmm: host_read mem=m2 offset=0x6e000 rec=3454
vmm: host_read mem=m2 offset=0x6f000 rec=3454
vmm: host_read mem=m2 offset=0x70000 rec=3454
vmm: host_read mem=m2 offset=0x71000 rec=3454
vmm: host_read mem=m2 offset=0x72000 rec=3454
vmm: host_read mem=m2 offset=0x73000 rec=3454
vmm: host_read mem=m2 offset=0x74000 rec=3454
vmm: host_read mem=m2 offset=0x75000 rec=3454
vmm: host_read mem=m2 offset=0x76000 rec=3454
vmm: host_read mem=m2 offset=0x77000 rec=3454
vmm: host_read mem=m2 offset=0x78000 rec=3454
vmm: host_read mem=m2 offset=0x79000 rec=3454
vmm: host_read mem=m2 offset=0x7a000 rec=3454
vmm: host_read mem=m2 offset=0x7b000 rec=3454
vmm: host_read mem=m2 offset=0x7c000 rec=3454
vmm: host_read mem=m2 offset=0x7d000 rec=3454
vmm: host_read mem=m2 offset=0x7e000 rec=3454
vmm: host_read mem=m2 offset=0x7f000 rec=3454
vmm: memfd_fallocate memfd=f0 offset=0x60000 len=0x20000 mode=0x3 expect=0 rec=3456
vmm: host_read mem=m1 offset=0 rec=3457
vmm: host_read mem=m1 offset=0x1000 rec=3457
vmm: host_read mem=m1 offset=0x2000 rec=3457
vmm: host_read mem=m1 offset=0x3000 rec=3457
vmm: host_read mem=m1 offset=0x4000 rec=3457
vmm: host_read mem=m1 offset=0x5000 rec=3457
vmm: host_read mem=m1 offset=0x6000 rec=3457
vmm: host_read mem=m1 offset=0x7000 rec=3457
vmm: host_read mem=m1 offset=0x8000 rec=3457
vmm: host_read mem=m1 offset=0x9000 rec=3457
vmm: host_read mem=m1 offset=0xa000 rec=3457
vmm: host_read mem=m1 offset=0xb000 rec=3457
vmm: host_read mem=m1 offset=0xc000 rec=3457
vmm: host_read mem=m1 offset=0xd000 rec=3457
vmm: host_read mem=m1 offset=0xe000 rec=3457
vmm: host_read mem=m1 offset=0xf000 rec=3457
vmm: host_read mem=m1 offset=0x10000 rec=3457
vmm: host_read mem=m1 offset=0x11000 rec=3457
vmm: host_read mem=m1 offset=0x12000 rec=3457
vmm: host_read mem=m1 offset=0x13000 rec=3457
vmm: host_read mem=m1 offset=0x14000 rec=3457
vmm: host_read mem=m1 offset=0x15000 rec=3457
vmm: host_read mem=m1 offset=0x16000 rec=3457
vmm: host_read mem=m1 offset=0x17000 rec=3457
vmm: host_read mem=m1 offset=0x18000 rec=3457
vmm: host_read mem=m1 offset=0x19000 rec=3457
vmm: host_read mem=m1 offset=0x1a000 rec=3457
vmm: host_read mem=m1 offset=0x1b000 rec=3457
vmm: host_read mem=m1 offset=0x1c000 rec=3457
vmm: host_read mem=m1 offset=0x1d000 rec=3457
vmm: host_read mem=m1 offset=0x1e000 rec=3457
vmm: host_read mem=m1 offset=0x1f000 rec=3457
vmm: host_read mem=m1 offset=0x20000 rec=3457
vmm: host_read mem=m1 offset=0x21000 rec=3457
vmm: host_read mem=m1 offset=0x22000 rec=3457
vmm: host_read mem=m1 offset=0x23000 rec=3457
vmm: host_read mem=m1 offset=0x24000 rec=3457
vmm: host_read mem=m1 offset=0x25000 rec=3457
vmm: host_read mem=m1 offset=0x26000 rec=3457
vmm: host_read mem=m1 offset=0x27000 rec=3457
vmm: host_read mem=m1 offset=0x28000 rec=3457
vmm: host_read mem=m1 offset=0x29000 rec=3457
vmm: host_read mem=m1 offset=0x2a000 rec=3457
vmm: host_read mem=m1 offset=0x2b000 rec=3457
vmm: host_read mem=m1 offset=0x2c000 rec=3457
vmm: host_read mem=m1 offset=0x2d000 rec=3457
vmm: host_read mem=m1 offset=0x2e000 rec=3457
vmm: host_read mem=m1 offset=0x2f000 rec=3457
vmm: host_read mem=m1 offset=0x30000 rec=3457
vmm: host_read mem=m1 offset=0x31000 rec=3457
vmm: host_read mem=m1 offset=0x32000 rec=3457
vmm: host_read mem=m1 offset=0x33000 rec=3457
vmm: host_read mem=m1 offset=0x34000 rec=3457
vmm: host_read mem=m1 offset=0x35000 rec=3457
vmm: host_read mem=m1 offset=0x36000 rec=3457
vmm: host_read mem=m1 offset=0x37000 rec=3457
vmm: host_read mem=m1 offset=0x38000 rec=3457
vmm: host_read mem=m1 offset=0x39000 rec=3457
vmm: host_read mem=m1 offset=0x3a000 rec=3457
vmm: host_read mem=m1 offset=0x3b000 rec=3457
vmm: host_read mem=m1 offset=0x3c000 rec=3457
vmm: host_read mem=m1 offset=0x3d000 rec=3457
vmm: host_read mem=m1 offset=0x3e000 rec=3457
vmm: host_read mem=m1 offset=0x3f000 rec=3457
vmm: host_read mem=m1 offset=0x40000 rec=3457
vmm: host_read mem=m1 offset=0x41000 rec=3457
vmm: host_read mem=m1 offset=0x42000 rec=3457
vmm: host_read mem=m1 offset=0x43000 rec=3457
vmm: host_read mem=m1 offset=0x44000 rec=3457
vmm: host_read mem=m1 offset=0x45000 rec=3457
vmm: host_read mem=m1 offset=0x46000 rec=3457
vmm: host_read mem=m1 offset=0x47000 rec=3457
vmm: host_read mem=m1 offset=0x48000 rec=3457
vmm: host_read mem=m1 offset=0x49000 rec=3457
vmm: host_read mem=m1 offset=0x4a000 rec=3457
vmm: host_read mem=m1 offset=0x4b000 rec=3457
vmm: host_read mem=m1 offset=0x4c000 rec=3457
vmm: host_read mem=m1 offset=0x4d000 rec=3457
vmm: host_read mem=m1 offset=0x4e000 rec=3457
vmm: host_read mem=m1 offset=0x4f000 rec=3457
vmm: host_read mem=m1 offset=0x50000 rec=3457
vmm: host_read mem=m1 offset=0x51000 rec=3457
vmm: host_read mem=m1 offset=0x52000 rec=3457
vmm: host_read mem=m1 offset=0x53000 rec=3457
vmm: host_read mem=m1 offset=0x54000 rec=3457
vmm: host_read mem=m1 offset=0x55000 rec=3457
vmm: host_read mem=m1 offset=0x56000 rec=3457
vmm: host_read mem=m1 offset=0x57000 rec=3457
vmm: host_read mem=m1 offset=0x58000 rec=3457
vmm: host_read mem=m1 offset=0x59000 rec=3457
vmm: host_read mem=m1 offset=0x5a000 rec=3457
vmm: host_read mem=m1 offset=0x5b000 rec=3457
vmm: host_read mem=m1 offset=0x5c000 rec=3457
vmm: host_read mem=m1 offset=0x5d000 rec=3457
vmm: host_read mem=m1 offset=0x5e000 rec=3457
vmm: host_read mem=m1 offset=0x5f000 rec=3457
vmm: host_read mem=m1 offset=0x60000 rec=3457
vmm: host_read mem=m1 offset=0x61000 rec=3457
vmm: host_read mem=m1 offset=0x62000 rec=3457
vmm: host_read mem=m1 offset=0x63000 rec=3457
vmm: host_read mem=m1 offset=0x64000 rec=3457
vmm: host_read mem=m1 offset=0x65000 rec=3457
vmm: host_read mem=m1 offset=0x66000 rec=3457
vmm: host_read mem=m1 offset=0x67000 rec=3457
vmm: host_read mem=m1 offset=0x68000 rec=3457
vmm: host_read mem=m1 offset=0x69000 rec=3457
vmm: host_read mem=m1 offset=0x6a000 rec=3457
vmm: host_read mem=m1 offset=0x6b000 rec=3457
vmm: host_read mem=m1 offset=0x6c000 rec=3457
vmm: host_read mem=m1 offset=0x6d000 rec=3457
vmm: host_read mem=m1 offset=0x6e000 rec=3457
vmm: host_read mem=m1 offset=0x6f000 rec=3457
vmm: host_read mem=m1 offset=0x70000 rec=3457
vmm: host_read mem=m1 offset=0x71000 rec=3457
vmm: host_read mem=m1 offset=0x72000 rec=3457
vmm: host_read mem=m1 offset=0x73000 rec=3457
vmm: host_read mem=m1 offset=0x74000 rec=3457
vmm: host_read mem=m1 offset=0x75000 rec=3457
vmm: host_read mem=m1 offset=0x76000 rec=3457
vmm: host_read mem=m1 offset=0x77000 rec=3457
vmm: host_read mem=m1 offset=0x78000 rec=3457
vmm: host_read mem=m1 offset=0x79000 rec=3457
vmm: host_read mem=m1 offset=0x7a000 rec=3457
vmm: host_read mem=m1 offset=0x7b000 rec=3457
vmm: host_read mem=m1 offset=0x7c000 rec=3457
vmm: host_read mem=m1 offset=0x7d000 rec=3457
vmm: host_read mem=m1 offset=0x7e000 rec=3457
vmm: host_read mem=m1 offset=0x7f000 rec=3457
vmm: host_read mem=m2 offset=0 rec=3458
vmm: host_read mem=m2 offset=0x1000 rec=3458
vmm: host_read mem=m2 offset=0x2000 rec=3458
vmm: host_read mem=m2 offset=0x3000 rec=3458
vmm: host_read mem=m2 offset=0x4000 rec=3458
vmm: host_read mem=m2 offset=0x5000 rec=3458
vmm: host_read mem=m2 offset=0x6000 rec=3458
vmm: host_read mem=m2 offset=0x7000 rec=3458
vmm: host_read mem=m2 offset=0x8000 rec=3458
vmm: host_read mem=m2 offset=0x9000 rec=3458
vmm: host_read mem=m2 offset=0xa000 rec=3458
vmm: host_read mem=m2 offset=0xb000 rec=3458
vmm: host_read mem=m2 offset=0xc000 rec=3458
vmm: host_read mem=m2 offset=0xd000 rec=3458
vmm: host_read mem=m2 offset=0xe000 rec=3458
vmm: host_read mem=m2 offset=0xf000 rec=3458
vmm: host_read mem=m2 offset=0x10000 rec=3458
vmm: host_read mem=m2 offset=0x11000 rec=3458
vmm: host_read mem=m2 offset=0x12000 rec=3458
vmm: host_read mem=m2 offset=0x13000 rec=3458
vmm: host_read mem=m2 offset=0x14000 rec=3458
vmm: host_read mem=m2 offset=0x15000 rec=3458
vmm: host_read mem=m2 offset=0x16000 rec=3458
vmm: host_read mem=m2 offset=0x17000 rec=3458
vmm: host_read mem=m2 offset=0x18000 rec=3458
vmm: host_read mem=m2 offset=0x19000 rec=3458
vmm: host_read mem=m2 offset=0x1a000 rec=3458
vmm: host_read mem=m2 offset=0x1b000 rec=3458
vmm: host_read mem=m2 offset=0x1c000 rec=3458
vmm: host_read mem=m2 offset=0x1d000 rec=3458
vmm: host_read mem=m2 offset=0x1e000 rec=3458
vmm: host_read mem=m2 offset=0x1f000 rec=3458
vmm: host_read mem=m2 offset=0x20000 rec=3458
vmm: host_read mem=m2 offset=0x21000 rec=3458
vmm: host_read mem=m2 offset=0x22000 rec=3458
vmm: host_read mem=m2 offset=0x23000 rec=3458
vmm: host_read mem=m2 offset=0x24000 rec=3458
vmm: host_read mem=m2 offset=0x25000 rec=3458
vmm: host_read mem=m2 offset=0x26000 rec=3458
vmm: host_read mem=m2 offset=0x27000 rec=3458
vmm: host_read mem=m2 offset=0x28000 rec=3458
vmm: host_read mem=m2 offset=0x29000 rec=3458
vmm: host_read mem=m2 offset=0x2a000 rec=3458
vmm: host_read mem=m2 offset=0x2b000 rec=3458
vmm: host_read mem=m2 offset=0x2c000 rec=3458
vmm: host_read mem=m2 offset=0x2d000 rec=3458
vmm: host_read mem=m2 offset=0x2e000 rec=3458
vmm: host_read mem=m2 offset=0x2f000 rec=3458
vmm: host_read mem=m2 offset=0x30000 rec=3458
vmm: host_read mem=m2 offset=0x31000 rec=3458
vmm: host_read mem=m2 offset=0x32000 rec=3458
vmm: host_read mem=m2 offset=0x33000 rec=3458
vmm: host_read mem=m2 offset=0x34000 rec=3458
vmm: host_read mem=m2 offset=0x35000 rec=3458
vmm: host_read mem=m2 offset=0x36000 rec=3458
vmm: host_read mem=m2 offset=0x37000 rec=3458
vmm: host_read mem=m2 offset=0x38000 rec=3458
vmm: host_read mem=m2 offset=0x39000 rec=3458
vmm: host_read mem=m2 offset=0x3a000 rec=3458
vmm: host_read mem=m2 offset=0x3b000 rec=3458
vmm: host_read mem=m2 offset=0x3c000 rec=3458
vmm: host_read mem=m2 offset=0x3d000 rec=3458
vmm: host_read mem=m2 offset=0x3e000 rec=3458
vmm: host_read mem=m2 offset=0x3f000 rec=3458
vmm: host_read mem=m2 offset=0x40000 rec=3458
vmm: host_read mem=m2 offset=0x41000 rec=3458
vmm: host_read mem=m2 offset=0x42000 rec=3458
vmm: host_read mem=m2 offset=0x43000 rec=3458
vmm: host_read mem=m2 offset=0x44000 rec=3458
vmm: host_read mem=m2 offset=0x45000 rec=3458
vmm: host_read mem=m2 offset=0x46000 rec=3458
vmm: host_read mem=m2 offset=0x47000 rec=3458
vmm: host_read mem=m2 offset=0x48000 rec=3458
vmm: host_read mem=m2 offset=0x49000 rec=3458
vmm: host_read mem=m2 offset=0x4a000 rec=3458
vmm: host_read mem=m2 offset=0x4b000 rec=3458
vmm: host_read mem=m2 offset=0x4c000 rec=3458
vmm: host_read mem=m2 offset=0x4d000 rec=3458
vmm: host_read mem=m2 offset=0x4e000 rec=3458
vmm: host_read mem=m2 offset=0x4f000 rec=3458
vmm: host_read mem=m2 offset=0x50000 rec=3458
vmm: host_read mem=m2 offset=0x51000 rec=3458
vmm: host_read mem=m2 offset=0x52000 rec=3458
vmm: host_read mem=m2 offset=0x53000 rec=3458
vmm: host_read mem=m2 offset=0x54000 rec=3458
vmm: host_read mem=m2 offset=0x55000 rec=3458
vmm: host_read mem=m2 offset=0x56000 rec=3458
vmm: host_read mem=m2 offset=0x57000 rec=3458
vmm: host_read mem=m2 offset=0x58000 rec=3458
vmm: host_read mem=m2 offset=0x59000 rec=3458
vmm: host_read mem=m2 offset=0x5a000 rec=3458
vmm: host_read mem=m2 offset=0x5b000 rec=3458
vmm: host_read mem=m2 offset=0x5c000 rec=3458
vmm: host_read mem=m2 offset=0x5d000 rec=3458
vmm: host_read mem=m2 offset=0x5e000 rec=3458
vmm: host_read mem=m2 offset=0x5f000 rec=3458
vmm: host_read mem=m2 offset=0x60000 rec=3458
vmm: host_read mem=m2 offset=0x61000 rec=3458
vmm: host_read mem=m2 offset=0x62000 rec=3458
vmm: host_read mem=m2 offset=0x63000 rec=3458
vmm: host_read mem=m2 offset=0x64000 rec=3458
vmm: host_read mem=m2 offset=0x65000 rec=3458
vmm: host_read mem=m2 offset=0x66000 rec=3458
vmm: host_read mem=m2 offset=0x67000 rec=3458
vmm: host_read mem=m2 offset=0x68000 rec=3458
vmm: host_read mem=m2 offset=0x69000 rec=3458
vmm: host_read mem=m2 offset=0x6a000 rec=3458
vmm: host_read mem=m2 offset=0x6b000 rec=3458
vmm: host_read mem=m2 offset=0x6c000 rec=3458
vmm: host_read mem=m2 offset=0x6d000 rec=3458
vmm: host_read mem=m2 offset=0x6e000 rec=3458
vmm: host_read mem=m2 offset=0x6f000 rec=3458
vmm: host_read mem=m2 offset=0x70000 rec=3458
vmm: host_read mem=m2 offset=0x71000 rec=3458
vmm: host_read mem=m2 offset=0x72000 rec=3458
vmm: host_read mem=m2 offset=0x73000 rec=3458
vmm: host_read mem=m2 offset=0x74000 rec=3458
vmm: host_read mem=m2 offset=0x75000 rec=3458
vmm: host_read mem=m2 offset=0x76000 rec=3458
vmm: host_read mem=m2 offset=0x77000 rec=3458
vmm: host_read mem=m2 offset=0x78000 rec=3458
vmm: host_read mem=m2 offset=0x79000 rec=3458
vmm: host_read mem=m2 offset=0x7a000 rec=3458
vmm: host_read mem=m2 offset=0x7b000 rec=3458
vmm: host_read mem=m2 offset=0x7c000 rec=3458
vmm: host_read mem=m2 offset=0x7d000 rec=3458
vmm: host_read mem=m2 offset=0x7e000 rec=3458
vmm: host_read mem=m2 offset=0x7f000 rec=3458
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=3459	# walk at line 3473
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=3459	# walk at line 3478
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=3459	# walk at line 3490
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=3459	# walk at line 3495
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=3459	# walk at line 3500
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=3459	# walk at line 3505
vcpu0: write gpa=0x460000 sptes=0xff expect=fault rec=3459	# walk at line 3510
vcpu0: write gpa=0x468000 sptes=0xff expect=fault rec=3459	# walk at line 3524
vcpu0: write gpa=0x470000 sptes=0xff expect=fault rec=3459	# walk at line 3538
vcpu0: write gpa=0x478000 sptes=0xff expect=fault rec=3459	# walk at line 3552
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=3459	# walk at line 3566
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=3459	# walk at line 3578
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=3459	# walk at line 3583
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=3459	# walk at line 3588
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=3459	# walk at line 3593
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=3459	# walk at line 3598
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=3459	# walk at line 3603
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=3459	# walk at line 3608
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=3459	# walk at line 3613
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=3459	# walk at line 3618
barrier
vmm: host_read mem=m1 offset=0 rec=3632
vmm: host_read mem=m1 offset=0x1000 rec=3632
vmm: host_read mem=m1 offset=0x2000 rec=3632
vmm: host_read mem=m1 offset=0x3000 rec=3632
vmm: host_read mem=m1 offset=0x4000 rec=3632
vmm: host_read mem=m1 offset=0x5000 rec=3632
vmm: host_read mem=m1 offset=0x6000 rec=3632
vmm: host_read mem=m1 offset=0x7000 rec=3632
vmm: host_read mem=m1 offset=0x8000 rec=3632
vmm: host_read mem=m1 offset=0x9000 rec=3632
vmm: host_read mem=m1 offset=0xa000 rec=3632
vmm: host_read mem=m1 offset=0xb000 rec=3632
vmm: host_read mem=m1 offset=0xc000 rec=3632
vmm: host_read mem=m1 offset=0xd000 rec=3632
vmm: host_read mem=m1 offset=0xe000 rec=3632
vmm: host_read mem=m1 offset=0xf000 rec=3632
vmm: host_read mem=m1 offset=0x10000 rec=3632
vmm: host_read mem=m1 offset=0x11000 rec=3632
vmm: host_read mem=m1 offset=0x12000 rec=3632
vmm: host_read mem=m1 offset=0x13000 rec=3632
vmm: host_read mem=m1 offset=0x14000 rec=3632
vmm: host_read mem=m1 offset=0x15000 rec=3632
vmm: host_read mem=m1 offset=0x16000 rec=3632
vmm: host_read mem=m1 offset=0x17000 rec=3632
vmm: host_read mem=m1 offset=0x18000 rec=3632
vmm: host_read mem=m1 offset=0x19000 rec=3632
vmm: host_read mem=m1 offset=0x1a000 rec=3632
vmm: host_read mem=m1 offset=0x1b000 rec=3632
vmm: host_read mem=m1 offset=0x1c000 rec=3632
vmm: host_read mem=m1 offset=0x1d000 rec=3632
vmm: host_read mem=m1 offset=0x1e000 rec=3632
vmm: host_read mem=m1 offset=0x1f000 rec=3632
vmm: host_read mem=m1 offset=0x20000 rec=3632
vmm: host_read mem=m1 offset=0x21000 rec=3632
vmm: host_read mem=m1 offset=0x22000 rec=3632
vmm: host_read mem=m1 offset=0x23000 rec=3632
vmm: host_read mem=m1 offset=0x24000 rec=3632
vmm: host_read mem=m1 offset=0x25000 rec=3632
vmm: host_read mem=m1 offset=0x26000 rec=3632
vmm: host_read mem=m1 offset=0x27000 rec=3632
vmm: host_read mem=m1 offset=0x28000 rec=3632
vmm: host_read mem=m1 offset=0x29000 rec=3632
vmm: host_read mem=m1 offset=0x2a000 rec=3632
vmm: host_read mem=m1 offset=0x2b000 rec=3632
vmm: host_read mem=m1 offset=0x2c000 rec=3632
vmm: host_read mem=m1 offset=0x2d000 rec=3632
vmm: host_read mem=m1 offset=0x2e000 rec=3632
vmm: host_read mem=m1 offset=0x2f000 rec=3632
vmm: host_read mem=m1 offset=0x30000 rec=3632
vmm: host_read mem=m1 offset=0x31000 rec=3632
vmm: host_read mem=m1 offset=0x32000 rec=3632
vmm: host_read mem=m1 offset=0x33000 rec=3632
vmm: host_read mem=m1 offset=0x34000 rec=3632
vmm: host_read mem=m1 offset=0x35000 rec=3632
vmm: host_read mem=m1 offset=0x36000 rec=3632
vmm: host_read mem=m1 offset=0x37000 rec=3632
vmm: host_read mem=m1 offset=0x38000 rec=3632
vmm: host_read mem=m1 offset=0x39000 rec=3632
vmm: host_read mem=m1 offset=0x3a000 rec=3632
vmm: host_read mem=m1 offset=0x3b000 rec=3632
vmm: host_read mem=m1 offset=0x3c000 rec=3632
vmm: host_read mem=m1 offset=0x3d000 rec=3632
vmm: host_read mem=m1 offset=0x3e000 rec=3632
vmm: host_read mem=m1 offset=0x3f000 rec=3632
vmm: host_read mem=m1 offset=0x40000 rec=3632
vmm: host_read mem=m1 offset=0x41000 rec=3632
vmm: host_read mem=m1 offset=0x42000 rec=3632
vmm: host_read mem=m1 offset=0x43000 rec=3632
vmm: host_read mem=m1 offset=0x44000 rec=3632
vmm: host_read mem=m1 offset=0x45000 rec=3632
vmm: host_read mem=m1 offset=0x46000 rec=3632
vmm: host_read mem=m1 offset=0x47000 rec=3632
vmm: host_read mem=m1 offset=0x48000 rec=3632
vmm: host_read mem=m1 offset=0x49000 rec=3632
vmm: host_read mem=m1 offset=0x4a000 rec=3632
vmm: host_read mem=m1 offset=0x4b000 rec=3632
vmm: host_read mem=m1 offset=0x4c000 rec=3632
vmm: host_read mem=m1 offset=0x4d000 rec=3632
vmm: host_read mem=m1 offset=0x4e000 rec=3632
vmm: host_read mem=m1 offset=0x4f000 rec=3632
vmm: host_read mem=m1 offset=0x50000 rec=3632
vmm: host_read mem=m1 offset=0x51000 rec=3632
vmm: host_read mem=m1 offset=0x52000 rec=3632
vmm: host_read mem=m1 offset=0x53000 rec=3632
vmm: host_read mem=m1 offset=0x54000 rec=3632
vmm: host_read mem=m1 offset=0x55000 rec=3632
vmm: host_read mem=m1 offset=0x56000 rec=3632
vmm: host_read mem=m1 offset=0x57000 rec=3632
vmm: host_read mem=m1 offset=0x58000 rec=3632
vmm: host_read mem=m1 offset=0x59000 rec=3632
vmm: host_read mem=m1 offset=0x5a000 rec=3632
vmm: host_read mem=m1 offset=0x5b000 rec=3632
vmm: host_read mem=m1 offset=0x5c000 rec=3632
vmm: host_read mem=m1 offset=0x5d000 rec=3632
vmm: host_read mem=m1 offset=0x5e000 rec=3632
vmm: host_read mem=m1 offset=0x5f000 rec=3632
vmm: host_read mem=m1 offset=0x60000 rec=3632
vmm: host_read mem=m1 offset=0x61000 rec=3632
vmm: host_read mem=m1 offset=0x62000 rec=3632
vmm: host_read mem=m1 offset=0x63000 rec=3632
vmm: host_read mem=m1 offset=0x64000 rec=3632
vmm: host_read mem=m1 offset=0x65000 rec=3632
vmm: host_read mem=m1 offset=0x66000 rec=3632
vmm: host_read mem=m1 offset=0x67000 rec=3632
vmm: host_read mem=m1 offset=0x68000 rec=3632
vmm: host_read mem=m1 offset=0x69000 rec=3632
vmm: host_read mem=m1 offset=0x6a000 rec=3632
vmm: host_read mem=m1 offset=0x6b000 rec=3632
vmm: host_read mem=m1 offset=0x6c000 rec=3632
vmm: host_read mem=m1 offset=0x6d000 rec=3632
vmm: host_read mem=m1 offset=0x6e000 rec=3632
vmm: host_read mem=m1 offset=0x6f000 rec=3632
vmm: host_read mem=m1 offset=0x70000 rec=3632
vmm: host_read mem=m1 offset=0x71000 rec=3632
vmm: host_read mem=m1 offset=0x72000 rec=3632
vmm: host_read mem=m1 offset=0x73000 rec=3632
vmm: host_read mem=m1 offset=0x74000 rec=3632
vmm: host_read mem=m1 offset=0x75000 rec=3632
vmm: host_read mem=m1 offset=0x76000 rec=3632
vmm: host_read mem=m1 offset=0x77000 rec=3632
vmm: host_read mem=m1 offset=0x78000 rec=3632
vmm: host_read mem=m1 offset=0x79000 rec=3632
vmm: host_read mem=m1 offset=0x7a000 rec=3632
vmm: host_read mem=m1 offset=0x7b000 rec=3632
vmm: host_read mem=m1 offset=0x7c000 rec=3632
vmm: host_read mem=m1 offset=0x7d000 rec=3632
vmm: host_read mem=m1 offset=0x7e000 rec=3632
vmm: host_read mem=m1 offset=0x7f000 rec=3632
vmm: host_read mem=m2 offset=0 rec=3633
vmm: host_read mem=m2 offset=0x1000 rec=3633
vmm: host_read mem=m2 offset=0x2000 rec=3633
vmm: host_read mem=m2 offset=0x3000 rec=3633
vmm: host_read mem=m2 offset=0x4000 rec=3633
vmm: host_read mem=m2 offset=0x5000 rec=3633
vmm: host_read mem=m2 offset=0x6000 rec=3633
vmm: host_read mem=m2 offset=0x7000 rec=3633
vmm: host_read mem=m2 offset=0x8000 rec=3633
vmm: host_read mem=m2 offset=0x9000 rec=3633
vmm: host_read mem=m2 offset=0xa000 rec=3633
vmm: host_read mem=m2 offset=0xb000 rec=3633
vmm: host_read mem=m2 offset=0xc000 rec=3633
vmm: host_read mem=m2 offset=0xd000 rec=3633
vmm: host_read mem=m2 offset=0xe000 rec=3633
vmm: host_read mem=m2 offset=0xf000 rec=3633
vmm: host_read mem=m2 offset=0x10000 rec=3633
vmm: host_read mem=m2 offset=0x11000 rec=3633
vmm: host_read mem=m2 offset=0x12000 rec=3633
vmm: host_read mem=m2 offset=0x13000 rec=3633
vmm: host_read mem=m2 offset=0x14000 rec=3633
vmm: host_read mem=m2 offset=0x15000 rec=3633
vmm: host_read mem=m2 offset=0x16000 rec=3633
vmm: host_read mem=m2 offset=0x17000 rec=3633
vmm: host_read mem=m2 offset=0x18000 rec=3633
vmm: host_read mem=m2 offset=0x19000 rec=3633
vmm: host_read mem=m2 offset=0x1a000 rec=3633
vmm: host_read mem=m2 offset=0x1b000 rec=3633
vmm: host_read mem=m2 offset=0x1c000 rec=3633
vmm: host_read mem=m2 offset=0x1d000 rec=3633
vmm: host_read mem=m2 offset=0x1e000 rec=3633
vmm: host_read mem=m2 offset=0x1f000 rec=3633
vmm: host_read mem=m2 offset=0x20000 rec=3633
vmm: host_read mem=m2 offset=0x21000 rec=3633
vmm: host_read mem=m2 offset=0x22000 rec=3633
vmm: host_read mem=m2 offset=0x23000 rec=3633
vmm: host_read mem=m2 offset=0x24000 rec=3633
vmm: host_read mem=m2 offset=0x25000 rec=3633
vmm: host_read mem=m2 offset=0x26000 rec=3633
vmm: host_read mem=m2 offset=0x27000 rec=3633
vmm: host_read mem=m2 offset=0x28000 rec=3633
vmm: host_read mem=m2 offset=0x29000 rec=3633
vmm: host_read mem=m2 offset=0x2a000 rec=3633
vmm: host_read mem=m2 offset=0x2b000 rec=3633
vmm: host_read mem=m2 offset=0x2c000 rec=3633
vmm: host_read mem=m2 offset=0x2d000 rec=3633
vmm: host_read mem=m2 offset=0x2e000 rec=3633
vmm: host_read mem=m2 offset=0x2f000 rec=3633
vmm: host_read mem=m2 offset=0x30000 rec=3633
vmm: host_read mem=m2 offset=0x31000 rec=3633
vmm: host_read mem=m2 offset=0x32000 rec=3633
vmm: host_read mem=m2 offset=0x33000 rec=3633
vmm: host_read mem=m2 offset=0x34000 rec=3633
vmm: host_read mem=m2 offset=0x35000 rec=3633
vmm: host_read mem=m2 offset=0x36000 rec=3633
vmm: host_read mem=m2 offset=0x37000 rec=3633
vmm: host_read mem=m2 offset=0x38000 rec=3633
vmm: host_read mem=m2 offset=0x39000 rec=3633
vmm: host_read mem=m2 offset=0x3a000 rec=3633
vmm: host_read mem=m2 offset=0x3b000 rec=3633
vmm: host_read mem=m2 offset=0x3c000 rec=3633
vmm: host_read mem=m2 offset=0x3d000 rec=3633
vmm: host_read mem=m2 offset=0x3e000 rec=3633
vmm: host_read mem=m2 offset=0x3f000 rec=3633
vmm: host_read mem=m2 offset=0x40000 rec=3633
vmm: host_read mem=m2 offset=0x41000 rec=3633
vmm: host_read mem=m2 offset=0x42000 rec=3633
vmm: host_read mem=m2 offset=0x43000 rec=3633
vmm: host_read mem=m2 offset=0x44000 rec=3633
vmm: host_read mem=m2 offset=0x45000 rec=3633
vmm: host_read mem=m2 offset=0x46000 rec=3633
vmm: host_read mem=m2 offset=0x47000 rec=3633
vmm: host_read mem=m2 offset=0x48000 rec=3633
vmm: host_read mem=m2 offset=0x49000 rec=3633
vmm: host_read mem=m2 offset=0x4a000 rec=3633
vmm: host_read mem=m2 offset=0x4b000 rec=3633
vmm: host_read mem=m2 offset=0x4c000 rec=3633
vmm: host_read mem=m2 offset=0x4d000 rec=3633
vmm: host_read mem=m2 offset=0x4e000 rec=3633
vmm: host_read mem=m2 offset=0x4f000 rec=3633
vmm: host_read mem=m2 offset=0x50000 rec=3633
vmm: host_read mem=m2 offset=0x51000 rec=3633
vmm: host_read mem=m2 offset=0x52000 rec=3633
vmm: host_read mem=m2 offset=0x53000 rec=3633
vmm: host_read mem=m2 offset=0x54000 rec=3633
vmm: host_read mem=m2 offset=0x55000 rec=3633
vmm: host_read mem=m2 offset=0x56000 rec=3633
vmm: host_read mem=m2 offset=0x57000 rec=3633
vmm: host_read mem=m2 offset=0x58000 rec=3633
vmm: host_read mem=m2 offset=0x59000 rec=3633
vmm: host_read mem=m2 offset=0x5a000 rec=3633
vmm: host_read mem=m2 offset=0x5b000 rec=3633
vmm: host_read mem=m2 offset=0x5c000 rec=3633
vmm: host_read mem=m2 offset=0x5d000 rec=3633
vmm: host_read mem=m2 offset=0x5e000 rec=3633
vmm: host_read mem=m2 offset=0x5f000 rec=3633
vmm: host_read mem=m2 offset=0x60000 rec=3633
vmm: host_read mem=m2 offset=0x61000 rec=3633
vmm: host_read mem=m2 offset=0x62000 rec=3633
vmm: host_read mem=m2 offset=0x63000 rec=3633
vmm: host_read mem=m2 offset=0x64000 rec=3633
vmm: host_read mem=m2 offset=0x65000 rec=3633
vmm: host_read mem=m2 offset=0x66000 rec=3633
vmm: host_read mem=m2 offset=0x67000 rec=3633
vmm: host_read mem=m2 offset=0x68000 rec=3633
vmm: host_read mem=m2 offset=0x69000 rec=3633
vmm: host_read mem=m2 offset=0x6a000 rec=3633
vmm: host_read mem=m2 offset=0x6b000 rec=3633
vmm: host_read mem=m2 offset=0x6c000 rec=3633
vmm: host_read mem=m2 offset=0x6d000 rec=3633
vmm: host_read mem=m2 offset=0x6e000 rec=3633
vmm: host_read mem=m2 offset=0x6f000 rec=3633
vmm: host_read mem=m2 offset=0x70000 rec=3633
vmm: host_read mem=m2 offset=0x71000 rec=3633
vmm: host_read mem=m2 offset=0x72000 rec=3633
vmm: host_read mem=m2 offset=0x73000 rec=3633
vmm: host_read mem=m2 offset=0x74000 rec=3633
vmm: host_read mem=m2 offset=0x75000 rec=3633
vmm: host_read mem=m2 offset=0x76000 rec=3633
vmm: host_read mem=m2 offset=0x77000 rec=3633
vmm: host_read mem=m2 offset=0x78000 rec=3633
vmm: host_read mem=m2 offset=0x79000 rec=3633
vmm: host_read mem=m2 offset=0x7a000 rec=3633
vmm: host_read mem=m2 offset=0x7b000 rec=3633
vmm: host_read mem=m2 offset=0x7c000 rec=3633
vmm: host_read mem=m2 offset=0x7d000 rec=3633
vmm: host_read mem=m2 offset=0x7e000 rec=3633
vmm: host_read mem=m2 offset=0x7f000 rec=3633
vmm: set_memory_region slot=1 as=0 gpa=0x400000 size=0 hva=0x7f482b020000 flags=0 expect=0 rec=3641
vmm: host_read mem=m1 offset=0 rec=3642
vmm: host_read mem=m1 offset=0x1000 rec=3642
vmm: host_read mem=m1 offset=0x2000 rec=3642
vmm: host_read mem=m1 offset=0x3000 rec=3642
vmm: host_read mem=m1 offset=0x4000 rec=3642
vmm: host_read mem=m1 offset=0x5000 rec=3642
vmm: host_read mem=m1 offset=0x6000 rec=3642
vmm: host_read mem=m1 offset=0x7000 rec=3642
vmm: host_read mem=m1 offset=0x8000 rec=3642
vmm: host_read mem=m1 offset=0x9000 rec=3642
vmm: host_read mem=m1 offset=0xa000 rec=3642
vmm: host_read mem=m1 offset=0xb000 rec=3642
vmm: host_read mem=m1 offset=0xc000 rec=3642
vmm: host_read mem=m1 offset=0xd000 rec=3642
vmm: host_read mem=m1 offset=0xe000 rec=3642
vmm: host_read mem=m1 offset=0xf000 rec=3642
vmm: host_read mem=m1 offset=0x10000 rec=3642
vmm: host_read mem=m1 offset=0x11000 rec=3642
vmm: host_read mem=m1 offset=0x12000 rec=3642
vmm: host_read mem=m1 offset=0x13000 rec=3642
vmm: host_read mem=m1 offset=0x14000 rec=3642
vmm: host_read mem=m1 offset=0x15000 rec=3642
vmm: host_read mem=m1 offset=0x16000 rec=3642
vmm: host_read mem=m1 offset=0x17000 rec=3642
vmm: host_read mem=m1 offset=0x18000 rec=3642
vmm: host_read mem=m1 offset=0x19000 rec=3642
vmm: host_read mem=m1 offset=0x1a000 rec=3642
vmm: host_read mem=m1 offset=0x1b000 rec=3642
vmm: host_read mem=m1 offset=0x1c000 rec=3642
vmm: host_read mem=m1 offset=0x1d000 rec=3642
vmm: host_read mem=m1 offset=0x1e000 rec=3642
vmm: host_read mem=m1 offset=0x1f000 rec=3642
vmm: host_read mem=m1 offset=0x20000 rec=3642
vmm: host_read mem=m1 offset=0x21000 rec=3642
vmm: host_read mem=m1 offset=0x22000 rec=3642
vmm: host_read mem=m1 offset=0x23000 rec=3642
vmm: host_read mem=m1 offset=0x24000 rec=3642
vmm: host_read mem=m1 offset=0x25000 rec=3642
vmm: host_read mem=m1 offset=0x26000 rec=3642
vmm: host_read mem=m1 offset=0x27000 rec=3642
vmm: host_read mem=m1 offset=0x28000 rec=3642
vmm: host_read mem=m1 offset=0x29000 rec=3642
vmm: host_read mem=m1 offset=0x2a000 rec=3642
vmm: host_read mem=m1 offset=0x2b000 rec=3642
vmm: host_read mem=m1 offset=0x2c000 rec=3642
vmm: host_read mem=m1 offset=0x2d000 rec=3642
vmm: host_read mem=m1 offset=0x2e000 rec=3642
vmm: host_read mem=m1 offset=0x2f000 rec=3642
vmm: host_read mem=m1 offset=0x30000 rec=3642
vmm: host_read mem=m1 offset=0x31000 rec=3642
vmm: host_read mem=m1 offset=0x32000 rec=3642
vmm: host_read mem=m1 offset=0x33000 rec=3642
vmm: host_read mem=m1 offset=0x34000 rec=3642
vmm: host_read mem=m1 offset=0x35000 rec=3642
vmm: host_read mem=m1 offset=0x36000 rec=3642
vmm: host_read mem=m1 offset=0x37000 rec=3642
vmm: host_read mem=m1 offset=0x38000 rec=3642
vmm: host_read mem=m1 offset=0x39000 rec=3642
vmm: host_read mem=m1 offset=0x3a000 rec=3642
vmm: host_read mem=m1 offset=0x3b000 rec=3642
vmm: host_read mem=m1 offset=0x3c000 rec=3642
vmm: host_read mem=m1 offset=0x3d000 rec=3642
vmm: host_read mem=m1 offset=0x3e000 rec=3642
vmm: host_read mem=m1 offset=0x3f000 rec=3642
vmm: host_read mem=m1 offset=0x40000 rec=3642
vmm: host_read mem=m1 offset=0x41000 rec=3642
vmm: host_read mem=m1 offset=0x42000 rec=3642
vmm: host_read mem=m1 offset=0x43000 rec=3642
vmm: host_read mem=m1 offset=0x44000 rec=3642
vmm: host_read mem=m1 offset=0x45000 rec=3642
vmm: host_read mem=m1 offset=0x46000 rec=3642
vmm: host_read mem=m1 offset=0x47000 rec=3642
vmm: host_read mem=m1 offset=0x48000 rec=3642
vmm: host_read mem=m1 offset=0x49000 rec=3642
vmm: host_read mem=m1 offset=0x4a000 rec=3642
vmm: host_read mem=m1 offset=0x4b000 rec=3642
vmm: host_read mem=m1 offset=0x4c000 rec=3642
vmm: host_read mem=m1 offset=0x4d000 rec=3642
vmm: host_read mem=m1 offset=0x4e000 rec=3642
vmm: host_read mem=m1 offset=0x4f000 rec=3642
vmm: host_read mem=m1 offset=0x50000 rec=3642
vmm: host_read mem=m1 offset=0x51000 rec=3642
vmm: host_read mem=m1 offset=0x52000 rec=3642
vmm: host_read mem=m1 offset=0x53000 rec=3642
vmm: host_read mem=m1 offset=0x54000 rec=3642
vmm: host_read mem=m1 offset=0x55000 rec=3642
vmm: host_read mem=m1 offset=0x56000 rec=3642
vmm: host_read mem=m1 offset=0x57000 rec=3642
vmm: host_read mem=m1 offset=0x58000 rec=3642
vmm: host_read mem=m1 offset=0x59000 rec=3642
vmm: host_read mem=m1 offset=0x5a000 rec=3642
vmm: host_read mem=m1 offset=0x5b000 rec=3642
vmm: host_read mem=m1 offset=0x5c000 rec=3642
vmm: host_read mem=m1 offset=0x5d000 rec=3642
vmm: host_read mem=m1 offset=0x5e000 rec=3642
vmm: host_read mem=m1 offset=0x5f000 rec=3642
vmm: host_read mem=m1 offset=0x60000 rec=3642
vmm: host_read mem=m1 offset=0x61000 rec=3642
vmm: host_read mem=m1 offset=0x62000 rec=3642
vmm: host_read mem=m1 offset=0x63000 rec=3642
vmm: host_read mem=m1 offset=0x64000 rec=3642
vmm: host_read mem=m1 offset=0x65000 rec=3642
vmm: host_read mem=m1 offset=0x66000 rec=3642
vmm: host_read mem=m1 offset=0x67000 rec=3642
vmm: host_read mem=m1 offset=0x68000 rec=3642
vmm: host_read mem=m1 offset=0x69000 rec=3642
vmm: host_read mem=m1 offset=0x6a000 rec=3642
vmm: host_read mem=m1 offset=0x6b000 rec=3642
vmm: host_read mem=m1 offset=0x6c000 rec=3642
vmm: host_read mem=m1 offset=0x6d000 rec=3642
vmm: host_read mem=m1 offset=0x6e000 rec=3642
vmm: host_read mem=m1 offset=0x6f000 rec=3642
vmm: host_read mem=m1 offset=0x70000 rec=3642
vmm: host_read mem=m1 offset=0x71000 rec=3642
vmm: host_read mem=m1 offset=0x72000 rec=3642
vmm: host_read mem=m1 offset=0x73000 rec=3642
vmm: host_read mem=m1 offset=0x74000 rec=3642
vmm: host_read mem=m1 offset=0x75000 rec=3642
vmm: host_read mem=m1 offset=0x76000 rec=3642
vmm: host_read mem=m1 offset=0x77000 rec=3642
vmm: host_read mem=m1 offset=0x78000 rec=3642
vmm: host_read mem=m1 offset=0x79000 rec=3642
vmm: host_read mem=m1 offset=0x7a000 rec=3642
vmm: host_read mem=m1 offset=0x7b000 rec=3642
vmm: host_read mem=m1 offset=0x7c000 rec=3642
vmm: host_read mem=m1 offset=0x7d000 rec=3642
vmm: host_read mem=m1 offset=0x7e000 rec=3642
vmm: host_read mem=m1 offset=0x7f000 rec=3642
vmm: host_read mem=m2 offset=0 rec=3643
vmm: host_read mem=m2 offset=0x1000 rec=3643
vmm: host_read mem=m2 offset=0x2000 rec=3643
vmm: host_read mem=m2 offset=0x3000 rec=3643
vmm: host_read mem=m2 offset=0x4000 rec=3643
vmm: host_read mem=m2 offset=0x5000 rec=3643
vmm: host_read mem=m2 offset=0x6000 rec=3643
vmm: host_read mem=m2 offset=0x7000 rec=3643
vmm: host_read mem=m2 offset=0x8000 rec=3643
vmm: host_read mem=m2 offset=0x9000 rec=3643
vmm: host_read mem=m2 offset=0xa000 rec=3643
vmm: host_read mem=m2 offset=0xb000 rec=3643
vmm: host_read mem=m2 offset=0xc000 rec=3643
vmm: host_read mem=m2 offset=0xd000 rec=3643
vmm: host_read mem=m2 offset=0xe000 rec=3643
vmm: host_read mem=m2 offset=0xf000 rec=3643
vmm: host_read mem=m2 offset=0x10000 rec=3643
vmm: host_read mem=m2 offset=0x11000 rec=3643
vmm: host_read mem=m2 offset=0x12000 rec=3643
vmm: host_read mem=m2 offset=0x13000 rec=3643
vmm: host_read mem=m2 offset=0x14000 rec=3643
vmm: host_read mem=m2 offset=0x15000 rec=3643
vmm: host_read mem=m2 offset=0x16000 rec=3643
vmm: host_read mem=m2 offset=0x17000 rec=3643
vmm: host_read mem=m2 offset=0x18000 rec=3643
vmm: host_read mem=m2 offset=0x19000 rec=3643
vmm: host_read mem=m2 offset=0x1a000 rec=3643
vmm: host_read mem=m2 offset=0x1b000 rec=3643
vmm: host_read mem=m2 offset=0x1c000 rec=3643
vmm: host_read mem=m2 offset=0x1d000 rec=3643
vmm: host_read mem=m2 offset=0x1e000 rec=3643
vmm: host_read mem=m2 offset=0x1f000 rec=3643
vmm: host_read mem=m2 offset=0x20000 rec=3643
vmm: host_read mem=m2 offset=0x21000 rec=3643
vmm: host_read mem=m2 offset=0x22000 rec=3643
vmm: host_read mem=m2 offset=0x23000 rec=3643
vmm: host_read mem=m2 offset=0x24000 rec=3643
vmm: host_read mem=m2 offset=0x25000 rec=3643
vmm: host_read mem=m2 offset=0x26000 rec=3643
vmm: host_read mem=m2 offset=0x27000 rec=3643
vmm: host_read mem=m2 offset=0x28000 rec=3643
vmm: host_read mem=m2 offset=0x29000 rec=3643
vmm: host_read mem=m2 offset=0x2a000 rec=3643
vmm: host_read mem=m2 offset=0x2b000 rec=3643
vmm: host_read mem=m2 offset=0x2c000 rec=3643
vmm: host_read mem=m2 offset=0x2d000 rec=3643
vmm: host_read mem=m2 offset=0x2e000 rec=3643
vmm: host_read mem=m2 offset=0x2f000 rec=3643
vmm: host_read mem=m2 offset=0x30000 rec=3643
vmm: host_read mem=m2 offset=0x31000 rec=3643
vmm: host_read mem=m2 offset=0x32000 rec=3643
vmm: host_read mem=m2 offset=0x33000 rec=3643
vmm: host_read mem=m2 offset=0x34000 rec=3643
vmm: host_read mem=m2 offset=0x35000 rec=3643
vmm: host_read mem=m2 offset=0x36000 rec=3643
vmm: host_read mem=m2 offset=0x37000 rec=3643
vmm: host_read mem=m2 offset=0x38000 rec=3643
vmm: host_read mem=m2 offset=0x39000 rec=3643
vmm: host_read mem=m2 offset=0x3a000 rec=3643
vmm: host_read mem=m2 offset=0x3b000 rec=3643
vmm: host_read mem=m2 offset=0x3c000 rec=3643
vmm: host_read mem=m2 offset=0x3d000 rec=3643
vmm: host_read mem=m2 offset=0x3e000 rec=3643
vmm: host_read mem=m2 offset=0x3f000 rec=3643
vmm: host_read mem=m2 offset=0x40000 rec=3643
vmm: host_read mem=m2 offset=0x41000 rec=3643
vmm: host_read mem=m2 offset=0x42000 rec=3643
vmm: host_read mem=m2 offset=0x43000 rec=3643
vmm: host_read mem=m2 offset=0x44000 rec=3643
vmm: host_read mem=m2 offset=0x45000 rec=3643
vmm: host_read mem=m2 offset=0x46000 rec=3643
vmm: host_read mem=m2 offset=0x47000 rec=3643
vmm: host_read mem=m2 offset=0x48000 rec=3643
vmm: host_read mem=m2 offset=0x49000 rec=3643
vmm: host_read mem=m2 offset=0x4a000 rec=3643
vmm: host_read mem=m2 offset=0x4b000 rec=3643
vmm: host_read mem=m2 offset=0x4c000 rec=3643
vmm: host_read mem=m2 offset=0x4d000 rec=3643
vmm: host_read mem=m2 offset=0x4e000 rec=3643
vmm: host_read mem=m2 offset=0x4f000 rec=3643
vmm: host_read mem=m2 offset=0x50000 rec=3643
vmm: host_read mem=m2 offset=0x51000 rec=3643
vmm: host_read mem=m2 offset=0x52000 rec=3643
vmm: host_read mem=m2 offset=0x53000 rec=3643
vmm: host_read mem=m2 offset=0x54000 rec=3643
vmm: host_read mem=m2 offset=0x55000 rec=3643
vmm: host_read mem=m2 offset=0x56000 rec=3643
vmm: host_read mem=m2 offset=0x57000 rec=3643
vmm: host_read mem=m2 offset=0x58000 rec=3643
vmm: host_read mem=m2 offset=0x59000 rec=3643
vmm: host_read mem=m2 offset=0x5a000 rec=3643
vmm: host_read mem=m2 offset=0x5b000 rec=3643
vmm: host_read mem=m2 offset=0x5c000 rec=3643
vmm: host_read mem=m2 offset=0x5d000 rec=3643
vmm: host_read mem=m2 offset=0x5e000 rec=3643
vmm: host_read mem=m2 offset=0x5f000 rec=3643
vmm: host_read mem=m2 offset=0x60000 rec=3643
vmm: host_read mem=m2 offset=0x61000 rec=3643
vmm: host_read mem=m2 offset=0x62000 rec=3643
vmm: host_read mem=m2 offset=0x63000 rec=3643
vmm: host_read mem=m2 offset=0x64000 rec=3643
vmm: host_read mem=m2 offset=0x65000 rec=3643
vmm: host_read mem=m2 offset=0x66000 rec=3643
vmm: host_read mem=m2 offset=0x67000 rec=3643
vmm: host_read mem=m2 offset=0x68000 rec=3643
vmm: host_read mem=m2 offset=0x69000 rec=3643
vmm: host_read mem=m2 offset=0x6a000 rec=3643
vmm: host_read mem=m2 offset=0x6b000 rec=3643
vmm: host_read mem=m2 offset=0x6c000 rec=3643
vmm: host_read mem=m2 offset=0x6d000 rec=3643
vmm: host_read mem=m2 offset=0x6e000 rec=3643
vmm: host_read mem=m2 offset=0x6f000 rec=3643
vmm: host_read mem=m2 offset=0x70000 rec=3643
vmm: host_read mem=m2 offset=0x71000 rec=3643
vmm: host_read mem=m2 offset=0x72000 rec=3643
vmm: host_read mem=m2 offset=0x73000 rec=3643
vmm: host_read mem=m2 offset=0x74000 rec=3643
vmm: host_read mem=m2 offset=0x75000 rec=3643
vmm: host_read mem=m2 offset=0x76000 rec=3643
vmm: host_read mem=m2 offset=0x77000 rec=3643
vmm: host_read mem=m2 offset=0x78000 rec=3643
vmm: host_read mem=m2 offset=0x79000 rec=3643
vmm: host_read mem=m2 offset=0x7a000 rec=3643
vmm: host_read mem=m2 offset=0x7b000 rec=3643
vmm: host_read mem=m2 offset=0x7c000 rec=3643
vmm: host_read mem=m2 offset=0x7d000 rec=3643
vmm: host_read mem=m2 offset=0x7e000 rec=3643
vmm: host_read mem=m2 offset=0x7f000 rec=3643
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=3644	# walk at line 3660
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=3644	# walk at line 3665
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=3644	# walk at line 3677
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=3644	# walk at line 3682
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=3644	# walk at line 3687
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=3644	# walk at line 3692
vcpu0: exec gpa=0x12068 paging sptes=0x5 expect=fault rec=3644	# walk at line 3697
vcpu0: read gpa=0x20020 paging sptes=0x1 expect=fault rec=3644	# walk at line 3708
vcpu0: write gpa=0x800000 sptes=0xff expect=fault rec=3644	# walk at line 3715
vcpu0: write gpa=0x808000 sptes=0xff expect=fault rec=3644	# walk at line 3730
vcpu0: write gpa=0x810000 sptes=0xff expect=fault rec=3644	# walk at line 3744
vcpu0: write gpa=0x818000 sptes=0xff expect=fault rec=3644	# walk at line 3758
vcpu0: write gpa=0x820000 sptes=0xff expect=fault rec=3644	# walk at line 3772
vcpu0: write gpa=0x828000 sptes=0xff expect=fault rec=3644	# walk at line 3786
vcpu0: write gpa=0x830000 sptes=0xff expect=fault rec=3644	# walk at line 3800
vcpu0: write gpa=0x838000 sptes=0xff expect=fault rec=3644	# walk at line 3814
vcpu0: write gpa=0x840000 sptes=0xff expect=fault rec=3644	# walk at line 3828
vcpu0: write gpa=0x848000 sptes=0xff expect=fault rec=3644	# walk at line 3842
vcpu0: write gpa=0x850000 sptes=0xff expect=fault rec=3644	# walk at line 3856
vcpu0: write gpa=0x858000 sptes=0xff expect=fault rec=3644	# walk at line 3870
vcpu0: write gpa=0x860000 sptes=0xff expect=fault rec=3644	# walk at line 3884
vcpu0: write gpa=0x868000 sptes=0xff expect=fault rec=3644	# walk at line 3898
vcpu0: write gpa=0x870000 sptes=0xff expect=fault rec=3644	# walk at line 3912
vcpu0: write gpa=0x878000 sptes=0xff expect=fault rec=3644	# walk at line 3926
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=3644	# walk at line 3940
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=3644	# walk at line 3952
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=3644	# walk at line 3957
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=3644	# walk at line 3962
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=3644	# walk at line 3967
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=3644	# walk at line 3972
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=3644	# walk at line 3977
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=3644	# walk at line 3982
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=3644	# walk at line 3987
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=3644	# walk at line 3992
barrier
vmm: host_read mem=m1 offset=0 rec=4006
vmm: host_read mem=m1 offset=0x1000 rec=4006
vmm: host_read mem=m1 offset=0x2000 rec=4006
vmm: host_read mem=m1 offset=0x3000 rec=4006
vmm: host_read mem=m1 offset=0x4000 rec=4006
vmm: host_read mem=m1 offset=0x5000 rec=4006
vmm: host_read mem=m1 offset=0x6000 rec=4006
vmm: host_read mem=m1 offset=0x7000 rec=4006
vmm: host_read mem=m1 offset=0x8000 rec=4006
vmm: host_read mem=m1 offset=0x9000 rec=4006
vmm: host_read mem=m1 offset=0xa000 rec=4006
vmm: host_read mem=m1 offset=0xb000 rec=4006
vmm: host_read mem=m1 offset=0xc000 rec=4006
vmm: host_read mem=m1 offset=0xd000 rec=4006
vmm: host_read mem=m1 offset=0xe000 rec=4006
vmm: host_read mem=m1 offset=0xf000 rec=4006
vmm: host_read mem=m1 offset=0x10000 rec=4006
vmm: host_read mem=m1 offset=0x11000 rec=4006
vmm: host_read mem=m1 offset=0x12000 rec=4006
vmm: host_read mem=m1 offset=0x13000 rec=4006
vmm: host_read mem=m1 offset=0x14000 rec=4006
vmm: host_read mem=m1 offset=0x15000 rec=4006
vmm: host_read mem=m1 offset=0x16000 rec=4006
vmm: host_read mem=m1 offset=0x17000 rec=4006
vmm: host_read mem=m1 offset=0x18000 rec=4006
vmm: host_read mem=m1 offset=0x19000 rec=4006
vmm: host_read mem=m1 offset=0x1a000 rec=4006
vmm: host_read mem=m1 offset=0x1b000 rec=4006
vmm: host_read mem=m1 offset=0x1c000 rec=4006
vmm: host_read mem=m1 offset=0x1d000 rec=4006
vmm: host_read mem=m1 offset=0x1e000 rec=4006
vmm: host_read mem=m1 offset=0x1f000 rec=4006
vmm: host_read mem=m1 offset=0x20000 rec=4006
vmm: host_read mem=m1 offset=0x21000 rec=4006
vmm: host_read mem=m1 offset=0x22000 rec=4006
vmm: host_read mem=m1 offset=0x23000 rec=4006
vmm: host_read mem=m1 offset=0x24000 rec=4006
vmm: host_read mem=m1 offset=0x25000 rec=4006
vmm: host_read mem=m1 offset=0x26000 rec=4006
vmm: host_read mem=m1 offset=0x27000 rec=4006
vmm: host_read mem=m1 offset=0x28000 rec=4006
vmm: host_read mem=m1 offset=0x29000 rec=4006
vmm: host_read mem=m1 offset=0x2a000 rec=4006
vmm: host_read mem=m1 offset=0x2b000 rec=4006
vmm: host_read mem=m1 offset=0x2c000 rec=4006
vmm: host_read mem=m1 offset=0x2d000 rec=4006
vmm: host_read mem=m1 offset=0x2e000 rec=4006
vmm: host_read mem=m1 offset=0x2f000 rec=4006
vmm: host_read mem=m1 offset=0x30000 rec=4006
vmm: host_read mem=m1 offset=0x31000 rec=4006
vmm: host_read mem=m1 offset=0x32000 rec=4006
vmm: host_read mem=m1 offset=0x33000 rec=4006
vmm: host_read mem=m1 offset=0x34000 rec=4006
vmm: host_read mem=m1 offset=0x35000 rec=4006
vmm: host_read mem=m1 offset=0x36000 rec=4006
vmm: host_read mem=m1 offset=0x37000 rec=4006
vmm: host_read mem=m1 offset=0x38000 rec=4006
vmm: host_read mem=m1 offset=0x39000 rec=4006
vmm: host_read mem=m1 offset=0x3a000 rec=4006
vmm: host_read mem=m1 offset=0x3b000 rec=4006
vmm: host_read mem=m1 offset=0x3c000 rec=4006
vmm: host_read mem=m1 offset=0x3d000 rec=4006
vmm: host_read mem=m1 offset=0x3e000 rec=4006
vmm: host_read mem=m1 offset=0x3f000 rec=4006
vmm: host_read mem=m1 offset=0x40000 rec=4006
vmm: host_read mem=m1 offset=0x41000 rec=4006
vmm: host_read mem=m1 offset=0x42000 rec=4006
vmm: host_read mem=m1 offset=0x43000 rec=4006
vmm: host_read mem=m1 offset=0x44000 rec=4006
vmm: host_read mem=m1 offset=0x45000 rec=4006
vmm: host_read mem=m1 offset=0x46000 rec=4006
vmm: host_read mem=m1 offset=0x47000 rec=4006
vmm: host_read mem=m1 offset=0x48000 rec=4006
vmm: host_read mem=m1 offset=0x49000 rec=4006
vmm: host_read mem=m1 offset=0x4a000 rec=4006
vmm: host_read mem=m1 offset=0x4b000 rec=4006
vmm: host_read mem=m1 offset=0x4c000 rec=4006
vmm: host_read mem=m1 offset=0x4d000 rec=4006
vmm: host_read mem=m1 offset=0x4e000 rec=4006
vmm: host_read mem=m1 offset=0x4f000 rec=4006
vmm: host_read mem=m1 offset=0x50000 rec=4006
vmm: host_read mem=m1 offset=0x51000 rec=4006
vmm: host_read mem=m1 offset=0x52000 rec=4006
vmm: host_read mem=m1 offset=0x53000 rec=4006
vmm: host_read mem=m1 offset=0x54000 rec=4006
vmm: host_read mem=m1 offset=0x55000 rec=4006
vmm: host_read mem=m1 offset=0x56000 rec=4006
vmm: host_read mem=m1 offset=0x57000 rec=4006
vmm: host_read mem=m1 offset=0x58000 rec=4006
vmm: host_read mem=m1 offset=0x59000 rec=4006
vmm: host_read mem=m1 offset=0x5a000 rec=4006
vmm: host_read mem=m1 offset=0x5b000 rec=4006
vmm: host_read mem=m1 offset=0x5c000 rec=4006
vmm: host_read mem=m1 offset=0x5d000 rec=4006
vmm: host_read mem=m1 offset=0x5e000 rec=4006
vmm: host_read mem=m1 offset=0x5f000 rec=4006
vmm: host_read mem=m1 offset=0x60000 rec=4006
vmm: host_read mem=m1 offset=0x61000 rec=4006
vmm: host_read mem=m1 offset=0x62000 rec=4006
vmm: host_read mem=m1 offset=0x63000 rec=4006
vmm: host_read mem=m1 offset=0x64000 rec=4006
vmm: host_read mem=m1 offset=0x65000 rec=4006
vmm: host_read mem=m1 offset=0x66000 rec=4006
vmm: host_read mem=m1 offset=0x67000 rec=4006
vmm: host_read mem=m1 offset=0x68000 rec=4006
vmm: host_read mem=m1 offset=0x69000 rec=4006
vmm: host_read mem=m1 offset=0x6a000 rec=4006
vmm: host_read mem=m1 offset=0x6b000 rec=4006
vmm: host_read mem=m1 offset=0x6c000 rec=4006
vmm: host_read mem=m1 offset=0x6d000 rec=4006
vmm: host_read mem=m1 offset=0x6e000 rec=4006
vmm: host_read mem=m1 offset=0x6f000 rec=4006
vmm: host_read mem=m1 offset=0x70000 rec=4006
vmm: host_read mem=m1 offset=0x71000 rec=4006
vmm: host_read mem=m1 offset=0x72000 rec=4006
vmm: host_read mem=m1 offset=0x73000 rec=4006
vmm: host_read mem=m1 offset=0x74000 rec=4006
vmm: host_read mem=m1 offset=0x75000 rec=4006
vmm: host_read mem=m1 offset=0x76000 rec=4006
vmm: host_read mem=m1 offset=0x77000 rec=4006
vmm: host_read mem=m1 offset=0x78000 rec=4006
vmm: host_read mem=m1 offset=0x79000 rec=4006
vmm: host_read mem=m1 offset=0x7a000 rec=4006
vmm: host_read mem=m1 offset=0x7b000 rec=4006
vmm: host_read mem=m1 offset=0x7c000 rec=4006
vmm: host_read mem=m1 offset=0x7d000 rec=4006
vmm: host_read mem=m1 offset=0x7e000 rec=4006
vmm: host_read mem=m1 offset=0x7f000 rec=4006
vmm: host_read mem=m2 offset=0 rec=4007
vmm: host_read mem=m2 offset=0x1000 rec=4007
vmm: host_read mem=m2 offset=0x2000 rec=4007
vmm: host_read mem=m2 offset=0x3000 rec=4007
vmm: host_read mem=m2 offset=0x4000 rec=4007
vmm: host_read mem=m2 offset=0x5000 rec=4007
vmm: host_read mem=m2 offset=0x6000 rec=4007
vmm: host_read mem=m2 offset=0x7000 rec=4007
vmm: host_read mem=m2 offset=0x8000 rec=4007
vmm: host_read mem=m2 offset=0x9000 rec=4007
vmm: host_read mem=m2 offset=0xa000 rec=4007
vmm: host_read mem=m2 offset=0xb000 rec=4007
vmm: host_read mem=m2 offset=0xc000 rec=4007
vmm: host_read mem=m2 offset=0xd000 rec=4007
vmm: host_read mem=m2 offset=0xe000 rec=4007
vmm: host_read mem=m2 offset=0xf000 rec=4007
vmm: host_read mem=m2 offset=0x10000 rec=4007
vmm: host_read mem=m2 offset=0x11000 rec=4007
vmm: host_read mem=m2 offset=0x12000 rec=4007
vmm: host_read mem=m2 offset=0x13000 rec=4007
vmm: host_read mem=m2 offset=0x14000 rec=4007
vmm: host_read mem=m2 offset=0x15000 rec=4007
vmm: host_read mem=m2 offset=0x16000 rec=4007
vmm: host_read mem=m2 offset=0x17000 rec=4007
vmm: host_read mem=m2 offset=0x18000 rec=4007
vmm: host_read mem=m2 offset=0x19000 rec=4007
vmm: host_read mem=m2 offset=0x1a000 rec=4007
vmm: host_read mem=m2 offset=0x1b000 rec=4007
vmm: host_read mem=m2 offset=0x1c000 rec=4007
vmm: host_read mem=m2 offset=0x1d000 rec=4007
vmm: host_read mem=m2 offset=0x1e000 rec=4007
vmm: host_read mem=m2 offset=0x1f000 rec=4007
vmm: host_read mem=m2 offset=0x20000 rec=4007
vmm: host_read mem=m2 offset=0x21000 rec=4007
vmm: host_read mem=m2 offset=0x22000 rec=4007
vmm: host_read mem=m2 offset=0x23000 rec=4007
vmm: host_read mem=m2 offset=0x24000 rec=4007
vmm: host_read mem=m2 offset=0x25000 rec=4007
vmm: host_read mem=m2 offset=0x26000 rec=4007
vmm: host_read mem=m2 offset=0x27000 rec=4007
vmm: host_read mem=m2 offset=0x28000 rec=4007
vmm: host_read mem=m2 offset=0x29000 rec=4007
vmm: host_read mem=m2 offset=0x2a000 rec=4007
vmm: host_read mem=m2 offset=0x2b000 rec=4007
vmm: host_read mem=m2 offset=0x2c000 rec=4007
vmm: host_read mem=m2 offset=0x2d000 rec=4007
vmm: host_read mem=m2 offset=0x2e000 rec=4007
vmm: host_read mem=m2 offset=0x2f000 rec=4007
vmm: host_read mem=m2 offset=0x30000 rec=4007
vmm: host_read mem=m2 offset=0x31000 rec=4007
vmm: host_read mem=m2 offset=0x32000 rec=4007
vmm: host_read mem=m2 offset=0x33000 rec=4007
vmm: host_read mem=m2 offset=0x34000 rec=4007
vmm: host_read mem=m2 offset=0x35000 rec=4007
vmm: host_read mem=m2 offset=0x36000 rec=4007
vmm: host_read mem=m2 offset=0x37000 rec=4007
vmm: host_read mem=m2 offset=0x38000 rec=4007
vmm: host_read mem=m2 offset=0x39000 rec=4007
vmm: host_read mem=m2 offset=0x3a000 rec=4007
vmm: host_read mem=m2 offset=0x3b000 rec=4007
vmm: host_read mem=m2 offset=0x3c000 rec=4007
vmm: host_read mem=m2 offset=0x3d000 rec=4007
vmm: host_read mem=m2 offset=0x3e000 rec=4007
vmm: host_read mem=m2 offset=0x3f000 rec=4007
vmm: host_read mem=m2 offset=0x40000 rec=4007
vmm: host_read mem=m2 offset=0x41000 rec=4007
vmm: host_read mem=m2 offset=0x42000 rec=4007
vmm: host_read mem=m2 offset=0x43000 rec=4007
vmm: host_read mem=m2 offset=0x44000 rec=4007
vmm: host_read mem=m2 offset=0x45000 rec=4007
vmm: host_read mem=m2 offset=0x46000 rec=4007
vmm: host_read mem=m2 offset=0x47000 rec=4007
vmm: host_read mem=m2 offset=0x48000 rec=4007
vmm: host_read mem=m2 offset=0x49000 rec=4007
vmm: host_read mem=m2 offset=0x4a000 rec=4007
vmm: host_read mem=m2 offset=0x4b000 rec=4007
vmm: host_read mem=m2 offset=0x4c000 rec=4007
vmm: host_read mem=m2 offset=0x4d000 rec=4007
vmm: host_read mem=m2 offset=0x4e000 rec=4007
vmm: host_read mem=m2 offset=0x4f000 rec=4007
vmm: host_read mem=m2 offset=0x50000 rec=4007
vmm: host_read mem=m2 offset=0x51000 rec=4007
vmm: host_read mem=m2 offset=0x52000 rec=4007
vmm: host_read mem=m2 offset=0x53000 rec=4007
vmm: host_read mem=m2 offset=0x54000 rec=4007
vmm: host_read mem=m2 offset=0x55000 rec=4007
vmm: host_read mem=m2 offset=0x56000 rec=4007
vmm: host_read mem=m2 offset=0x57000 rec=4007
vmm: host_read mem=m2 offset=0x58000 rec=4007
vmm: host_read mem=m2 offset=0x59000 rec=4007
vmm: host_read mem=m2 offset=0x5a000 rec=4007
vmm: host_read mem=m2 offset=0x5b000 rec=4007
vmm: host_read mem=m2 offset=0x5c000 rec=4007
vmm: host_read mem=m2 offset=0x5d000 rec=4007
vmm: host_read mem=m2 offset=0x5e000 rec=4007
vmm: host_read mem=m2 offset=0x5f000 rec=4007
vmm: host_read mem=m2 offset=0x60000 rec=4007
vmm: host_read mem=m2 offset=0x61000 rec=4007
vmm: host_read mem=m2 offset=0x62000 rec=4007
vmm: host_read mem=m2 offset=0x63000 rec=4007
vmm: host_read mem=m2 offset=0x64000 rec=4007
vmm: host_read mem=m2 offset=0x65000 rec=4007
vmm: host_read mem=m2 offset=0x66000 rec=4007
vmm: host_read mem=m2 offset=0x67000 rec=4007
vmm: host_read mem=m2 offset=0x68000 rec=4007
vmm: host_read mem=m2 offset=0x69000 rec=4007
vmm: host_read mem=m2 offset=0x6a000 rec=4007
vmm: host_read mem=m2 offset=0x6b000 rec=4007
vmm: host_read mem=m2 offset=0x6c000 rec=4007
vmm: host_read mem=m2 offset=0x6d000 rec=4007
vmm: host_read mem=m2 offset=0x6e000 rec=4007
vmm: host_read mem=m2 offset=0x6f000 rec=4007
vmm: host_read mem=m2 offset=0x70000 rec=4007
vmm: host_read mem=m2 offset=0x71000 rec=4007
vmm: host_read mem=m2 offset=0x72000 rec=4007
vmm: host_read mem=m2 offset=0x73000 rec=4007
vmm: host_read mem=m2 offset=0x74000 rec=4007
vmm: host_read mem=m2 offset=0x75000 rec=4007
vmm: host_read mem=m2 offset=0x76000 rec=4007
vmm: host_read mem=m2 offset=0x77000 rec=4007
vmm: host_read mem=m2 offset=0x78000 rec=4007
vmm: host_read mem=m2 offset=0x79000 rec=4007
vmm: host_read mem=m2 offset=0x7a000 rec=4007
vmm: host_read mem=m2 offset=0x7b000 rec=4007
vmm: host_read mem=m2 offset=0x7c000 rec=4007
vmm: host_read mem=m2 offset=0x7d000 rec=4007
vmm: host_read mem=m2 offset=0x7e000 rec=4007
vmm: host_read mem=m2 offset=0x7f000 rec=4007
# note (rec 4074):   mmio-exit gpa=0x400000 len=8 is_write=1 (VMM completes it, reads as 0)
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=4008	# walk at line 4022
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=4008	# walk at line 4027
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=4008	# walk at line 4039
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=4008	# walk at line 4044
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=4008	# walk at line 4049
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=4008	# walk at line 4054
vcpu0: write gpa=0x400000 sptes=0 expect=exit:mmio rec=4008	# walk at line 4059
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=4008	# walk at line 4076
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=4008	# walk at line 4088
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=4008	# walk at line 4093
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=4008	# walk at line 4098
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=4008	# walk at line 4103
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=4008	# walk at line 4108
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=4008	# walk at line 4113
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=4008	# walk at line 4118
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=4008	# walk at line 4123
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=4008	# walk at line 4128
barrier
vmm: host_read mem=m1 offset=0 rec=4142
vmm: host_read mem=m1 offset=0x1000 rec=4142
vmm: host_read mem=m1 offset=0x2000 rec=4142
vmm: host_read mem=m1 offset=0x3000 rec=4142
vmm: host_read mem=m1 offset=0x4000 rec=4142
vmm: host_read mem=m1 offset=0x5000 rec=4142
vmm: host_read mem=m1 offset=0x6000 rec=4142
vmm: host_read mem=m1 offset=0x7000 rec=4142
vmm: host_read mem=m1 offset=0x8000 rec=4142
vmm: host_read mem=m1 offset=0x9000 rec=4142
vmm: host_read mem=m1 offset=0xa000 rec=4142
vmm: host_read mem=m1 offset=0xb000 rec=4142
vmm: host_read mem=m1 offset=0xc000 rec=4142
vmm: host_read mem=m1 offset=0xd000 rec=4142
vmm: host_read mem=m1 offset=0xe000 rec=4142
vmm: host_read mem=m1 offset=0xf000 rec=4142
vmm: host_read mem=m1 offset=0x10000 rec=4142
vmm: host_read mem=m1 offset=0x11000 rec=4142
vmm: host_read mem=m1 offset=0x12000 rec=4142
vmm: host_read mem=m1 offset=0x13000 rec=4142
vmm: host_read mem=m1 offset=0x14000 rec=4142
vmm: host_read mem=m1 offset=0x15000 rec=4142
vmm: host_read mem=m1 offset=0x16000 rec=4142
vmm: host_read mem=m1 offset=0x17000 rec=4142
vmm: host_read mem=m1 offset=0x18000 rec=4142
vmm: host_read mem=m1 offset=0x19000 rec=4142
vmm: host_read mem=m1 offset=0x1a000 rec=4142
vmm: host_read mem=m1 offset=0x1b000 rec=4142
vmm: host_read mem=m1 offset=0x1c000 rec=4142
vmm: host_read mem=m1 offset=0x1d000 rec=4142
vmm: host_read mem=m1 offset=0x1e000 rec=4142
vmm: host_read mem=m1 offset=0x1f000 rec=4142
vmm: host_read mem=m1 offset=0x20000 rec=4142
vmm: host_read mem=m1 offset=0x21000 rec=4142
vmm: host_read mem=m1 offset=0x22000 rec=4142
vmm: host_read mem=m1 offset=0x23000 rec=4142
vmm: host_read mem=m1 offset=0x24000 rec=4142
vmm: host_read mem=m1 offset=0x25000 rec=4142
vmm: host_read mem=m1 offset=0x26000 rec=4142
vmm: host_read mem=m1 offset=0x27000 rec=4142
vmm: host_read mem=m1 offset=0x28000 rec=4142
vmm: host_read mem=m1 offset=0x29000 rec=4142
vmm: host_read mem=m1 offset=0x2a000 rec=4142
vmm: host_read mem=m1 offset=0x2b000 rec=4142
vmm: host_read mem=m1 offset=0x2c000 rec=4142
vmm: host_read mem=m1 offset=0x2d000 rec=4142
vmm: host_read mem=m1 offset=0x2e000 rec=4142
vmm: host_read mem=m1 offset=0x2f000 rec=4142
vmm: host_read mem=m1 offset=0x30000 rec=4142
vmm: host_read mem=m1 offset=0x31000 rec=4142
vmm: host_read mem=m1 offset=0x32000 rec=4142
vmm: host_read mem=m1 offset=0x33000 rec=4142
vmm: host_read mem=m1 offset=0x34000 rec=4142
vmm: host_read mem=m1 offset=0x35000 rec=4142
vmm: host_read mem=m1 offset=0x36000 rec=4142
vmm: host_read mem=m1 offset=0x37000 rec=4142
vmm: host_read mem=m1 offset=0x38000 rec=4142
vmm: host_read mem=m1 offset=0x39000 rec=4142
vmm: host_read mem=m1 offset=0x3a000 rec=4142
vmm: host_read mem=m1 offset=0x3b000 rec=4142
vmm: host_read mem=m1 offset=0x3c000 rec=4142
vmm: host_read mem=m1 offset=0x3d000 rec=4142
vmm: host_read mem=m1 offset=0x3e000 rec=4142
vmm: host_read mem=m1 offset=0x3f000 rec=4142
vmm: host_read mem=m1 offset=0x40000 rec=4142
vmm: host_read mem=m1 offset=0x41000 rec=4142
vmm: host_read mem=m1 offset=0x42000 rec=4142
vmm: host_read mem=m1 offset=0x43000 rec=4142
vmm: host_read mem=m1 offset=0x44000 rec=4142
vmm: host_read mem=m1 offset=0x45000 rec=4142
vmm: host_read mem=m1 offset=0x46000 rec=4142
vmm: host_read mem=m1 offset=0x47000 rec=4142
vmm: host_read mem=m1 offset=0x48000 rec=4142
vmm: host_read mem=m1 offset=0x49000 rec=4142
vmm: host_read mem=m1 offset=0x4a000 rec=4142
vmm: host_read mem=m1 offset=0x4b000 rec=4142
vmm: host_read mem=m1 offset=0x4c000 rec=4142
vmm: host_read mem=m1 offset=0x4d000 rec=4142
vmm: host_read mem=m1 offset=0x4e000 rec=4142
vmm: host_read mem=m1 offset=0x4f000 rec=4142
vmm: host_read mem=m1 offset=0x50000 rec=4142
vmm: host_read mem=m1 offset=0x51000 rec=4142
vmm: host_read mem=m1 offset=0x52000 rec=4142
vmm: host_read mem=m1 offset=0x53000 rec=4142
vmm: host_read mem=m1 offset=0x54000 rec=4142
vmm: host_read mem=m1 offset=0x55000 rec=4142
vmm: host_read mem=m1 offset=0x56000 rec=4142
vmm: host_read mem=m1 offset=0x57000 rec=4142
vmm: host_read mem=m1 offset=0x58000 rec=4142
vmm: host_read mem=m1 offset=0x59000 rec=4142
vmm: host_read mem=m1 offset=0x5a000 rec=4142
vmm: host_read mem=m1 offset=0x5b000 rec=4142
vmm: host_read mem=m1 offset=0x5c000 rec=4142
vmm: host_read mem=m1 offset=0x5d000 rec=4142
vmm: host_read mem=m1 offset=0x5e000 rec=4142
vmm: host_read mem=m1 offset=0x5f000 rec=4142
vmm: host_read mem=m1 offset=0x60000 rec=4142
vmm: host_read mem=m1 offset=0x61000 rec=4142
vmm: host_read mem=m1 offset=0x62000 rec=4142
vmm: host_read mem=m1 offset=0x63000 rec=4142
vmm: host_read mem=m1 offset=0x64000 rec=4142
vmm: host_read mem=m1 offset=0x65000 rec=4142
vmm: host_read mem=m1 offset=0x66000 rec=4142
vmm: host_read mem=m1 offset=0x67000 rec=4142
vmm: host_read mem=m1 offset=0x68000 rec=4142
vmm: host_read mem=m1 offset=0x69000 rec=4142
vmm: host_read mem=m1 offset=0x6a000 rec=4142
vmm: host_read mem=m1 offset=0x6b000 rec=4142
vmm: host_read mem=m1 offset=0x6c000 rec=4142
vmm: host_read mem=m1 offset=0x6d000 rec=4142
vmm: host_read mem=m1 offset=0x6e000 rec=4142
vmm: host_read mem=m1 offset=0x6f000 rec=4142
vmm: host_read mem=m1 offset=0x70000 rec=4142
vmm: host_read mem=m1 offset=0x71000 rec=4142
vmm: host_read mem=m1 offset=0x72000 rec=4142
vmm: host_read mem=m1 offset=0x73000 rec=4142
vmm: host_read mem=m1 offset=0x74000 rec=4142
vmm: host_read mem=m1 offset=0x75000 rec=4142
vmm: host_read mem=m1 offset=0x76000 rec=4142
vmm: host_read mem=m1 offset=0x77000 rec=4142
vmm: host_read mem=m1 offset=0x78000 rec=4142
vmm: host_read mem=m1 offset=0x79000 rec=4142
vmm: host_read mem=m1 offset=0x7a000 rec=4142
vmm: host_read mem=m1 offset=0x7b000 rec=4142
vmm: host_read mem=m1 offset=0x7c000 rec=4142
vmm: host_read mem=m1 offset=0x7d000 rec=4142
vmm: host_read mem=m1 offset=0x7e000 rec=4142
vmm: host_read mem=m1 offset=0x7f000 rec=4142
vmm: host_read mem=m2 offset=0 rec=4143
vmm: host_read mem=m2 offset=0x1000 rec=4143
vmm: host_read mem=m2 offset=0x2000 rec=4143
vmm: host_read mem=m2 offset=0x3000 rec=4143
vmm: host_read mem=m2 offset=0x4000 rec=4143
vmm: host_read mem=m2 offset=0x5000 rec=4143
vmm: host_read mem=m2 offset=0x6000 rec=4143
vmm: host_read mem=m2 offset=0x7000 rec=4143
vmm: host_read mem=m2 offset=0x8000 rec=4143
vmm: host_read mem=m2 offset=0x9000 rec=4143
vmm: host_read mem=m2 offset=0xa000 rec=4143
vmm: host_read mem=m2 offset=0xb000 rec=4143
vmm: host_read mem=m2 offset=0xc000 rec=4143
vmm: host_read mem=m2 offset=0xd000 rec=4143
vmm: host_read mem=m2 offset=0xe000 rec=4143
vmm: host_read mem=m2 offset=0xf000 rec=4143
vmm: host_read mem=m2 offset=0x10000 rec=4143
vmm: host_read mem=m2 offset=0x11000 rec=4143
vmm: host_read mem=m2 offset=0x12000 rec=4143
vmm: host_read mem=m2 offset=0x13000 rec=4143
vmm: host_read mem=m2 offset=0x14000 rec=4143
vmm: host_read mem=m2 offset=0x15000 rec=4143
vmm: host_read mem=m2 offset=0x16000 rec=4143
vmm: host_read mem=m2 offset=0x17000 rec=4143
vmm: host_read mem=m2 offset=0x18000 rec=4143
vmm: host_read mem=m2 offset=0x19000 rec=4143
vmm: host_read mem=m2 offset=0x1a000 rec=4143
vmm: host_read mem=m2 offset=0x1b000 rec=4143
vmm: host_read mem=m2 offset=0x1c000 rec=4143
vmm: host_read mem=m2 offset=0x1d000 rec=4143
vmm: host_read mem=m2 offset=0x1e000 rec=4143
vmm: host_read mem=m2 offset=0x1f000 rec=4143
vmm: host_read mem=m2 offset=0x20000 rec=4143
vmm: host_read mem=m2 offset=0x21000 rec=4143
vmm: host_read mem=m2 offset=0x22000 rec=4143
vmm: host_read mem=m2 offset=0x23000 rec=4143
vmm: host_read mem=m2 offset=0x24000 rec=4143
vmm: host_read mem=m2 offset=0x25000 rec=4143
vmm: host_read mem=m2 offset=0x26000 rec=4143
vmm: host_read mem=m2 offset=0x27000 rec=4143
vmm: host_read mem=m2 offset=0x28000 rec=4143
vmm: host_read mem=m2 offset=0x29000 rec=4143
vmm: host_read mem=m2 offset=0x2a000 rec=4143
vmm: host_read mem=m2 offset=0x2b000 rec=4143
vmm: host_read mem=m2 offset=0x2c000 rec=4143
vmm: host_read mem=m2 offset=0x2d000 rec=4143
vmm: host_read mem=m2 offset=0x2e000 rec=4143
vmm: host_read mem=m2 offset=0x2f000 rec=4143
vmm: host_read mem=m2 offset=0x30000 rec=4143
vmm: host_read mem=m2 offset=0x31000 rec=4143
vmm: host_read mem=m2 offset=0x32000 rec=4143
vmm: host_read mem=m2 offset=0x33000 rec=4143
vmm: host_read mem=m2 offset=0x34000 rec=4143
vmm: host_read mem=m2 offset=0x35000 rec=4143
vmm: host_read mem=m2 offset=0x36000 rec=4143
vmm: host_read mem=m2 offset=0x37000 rec=4143
vmm: host_read mem=m2 offset=0x38000 rec=4143
vmm: host_read mem=m2 offset=0x39000 rec=4143
vmm: host_read mem=m2 offset=0x3a000 rec=4143
vmm: host_read mem=m2 offset=0x3b000 rec=4143
vmm: host_read mem=m2 offset=0x3c000 rec=4143
vmm: host_read mem=m2 offset=0x3d000 rec=4143
vmm: host_read mem=m2 offset=0x3e000 rec=4143
vmm: host_read mem=m2 offset=0x3f000 rec=4143
vmm: host_read mem=m2 offset=0x40000 rec=4143
vmm: host_read mem=m2 offset=0x41000 rec=4143
vmm: host_read mem=m2 offset=0x42000 rec=4143
vmm: host_read mem=m2 offset=0x43000 rec=4143
vmm: host_read mem=m2 offset=0x44000 rec=4143
vmm: host_read mem=m2 offset=0x45000 rec=4143
vmm: host_read mem=m2 offset=0x46000 rec=4143
vmm: host_read mem=m2 offset=0x47000 rec=4143
vmm: host_read mem=m2 offset=0x48000 rec=4143
vmm: host_read mem=m2 offset=0x49000 rec=4143
vmm: host_read mem=m2 offset=0x4a000 rec=4143
vmm: host_read mem=m2 offset=0x4b000 rec=4143
vmm: host_read mem=m2 offset=0x4c000 rec=4143
vmm: host_read mem=m2 offset=0x4d000 rec=4143
vmm: host_read mem=m2 offset=0x4e000 rec=4143
vmm: host_read mem=m2 offset=0x4f000 rec=4143
vmm: host_read mem=m2 offset=0x50000 rec=4143
vmm: host_read mem=m2 offset=0x51000 rec=4143
vmm: host_read mem=m2 offset=0x52000 rec=4143
vmm: host_read mem=m2 offset=0x53000 rec=4143
vmm: host_read mem=m2 offset=0x54000 rec=4143
vmm: host_read mem=m2 offset=0x55000 rec=4143
vmm: host_read mem=m2 offset=0x56000 rec=4143
vmm: host_read mem=m2 offset=0x57000 rec=4143
vmm: host_read mem=m2 offset=0x58000 rec=4143
vmm: host_read mem=m2 offset=0x59000 rec=4143
vmm: host_read mem=m2 offset=0x5a000 rec=4143
vmm: host_read mem=m2 offset=0x5b000 rec=4143
vmm: host_read mem=m2 offset=0x5c000 rec=4143
vmm: host_read mem=m2 offset=0x5d000 rec=4143
vmm: host_read mem=m2 offset=0x5e000 rec=4143
vmm: host_read mem=m2 offset=0x5f000 rec=4143
vmm: host_read mem=m2 offset=0x60000 rec=4143
vmm: host_read mem=m2 offset=0x61000 rec=4143
vmm: host_read mem=m2 offset=0x62000 rec=4143
vmm: host_read mem=m2 offset=0x63000 rec=4143
vmm: host_read mem=m2 offset=0x64000 rec=4143
vmm: host_read mem=m2 offset=0x65000 rec=4143
vmm: host_read mem=m2 offset=0x66000 rec=4143
vmm: host_read mem=m2 offset=0x67000 rec=4143
vmm: host_read mem=m2 offset=0x68000 rec=4143
vmm: host_read mem=m2 offset=0x69000 rec=4143
vmm: host_read mem=m2 offset=0x6a000 rec=4143
vmm: host_read mem=m2 offset=0x6b000 rec=4143
vmm: host_read mem=m2 offset=0x6c000 rec=4143
vmm: host_read mem=m2 offset=0x6d000 rec=4143
vmm: host_read mem=m2 offset=0x6e000 rec=4143
vmm: host_read mem=m2 offset=0x6f000 rec=4143
vmm: host_read mem=m2 offset=0x70000 rec=4143
vmm: host_read mem=m2 offset=0x71000 rec=4143
vmm: host_read mem=m2 offset=0x72000 rec=4143
vmm: host_read mem=m2 offset=0x73000 rec=4143
vmm: host_read mem=m2 offset=0x74000 rec=4143
vmm: host_read mem=m2 offset=0x75000 rec=4143
vmm: host_read mem=m2 offset=0x76000 rec=4143
vmm: host_read mem=m2 offset=0x77000 rec=4143
vmm: host_read mem=m2 offset=0x78000 rec=4143
vmm: host_read mem=m2 offset=0x79000 rec=4143
vmm: host_read mem=m2 offset=0x7a000 rec=4143
vmm: host_read mem=m2 offset=0x7b000 rec=4143
vmm: host_read mem=m2 offset=0x7c000 rec=4143
vmm: host_read mem=m2 offset=0x7d000 rec=4143
vmm: host_read mem=m2 offset=0x7e000 rec=4143
vmm: host_read mem=m2 offset=0x7f000 rec=4143
vmm: set_memory_region slot=1 as=0 gpa=0x400000 size=0x80000 hva=0x7f482b020000 flags=0 expect=0 rec=4144
vmm: host_read mem=m1 offset=0 rec=4145
vmm: host_read mem=m1 offset=0x1000 rec=4145
vmm: host_read mem=m1 offset=0x2000 rec=4145
vmm: host_read mem=m1 offset=0x3000 rec=4145
vmm: host_read mem=m1 offset=0x4000 rec=4145
vmm: host_read mem=m1 offset=0x5000 rec=4145
vmm: host_read mem=m1 offset=0x6000 rec=4145
vmm: host_read mem=m1 offset=0x7000 rec=4145
vmm: host_read mem=m1 offset=0x8000 rec=4145
vmm: host_read mem=m1 offset=0x9000 rec=4145
vmm: host_read mem=m1 offset=0xa000 rec=4145
vmm: host_read mem=m1 offset=0xb000 rec=4145
vmm: host_read mem=m1 offset=0xc000 rec=4145
vmm: host_read mem=m1 offset=0xd000 rec=4145
vmm: host_read mem=m1 offset=0xe000 rec=4145
vmm: host_read mem=m1 offset=0xf000 rec=4145
vmm: host_read mem=m1 offset=0x10000 rec=4145
vmm: host_read mem=m1 offset=0x11000 rec=4145
vmm: host_read mem=m1 offset=0x12000 rec=4145
vmm: host_read mem=m1 offset=0x13000 rec=4145
vmm: host_read mem=m1 offset=0x14000 rec=4145
vmm: host_read mem=m1 offset=0x15000 rec=4145
vmm: host_read mem=m1 offset=0x16000 rec=4145
vmm: host_read mem=m1 offset=0x17000 rec=4145
vmm: host_read mem=m1 offset=0x18000 rec=4145
vmm: host_read mem=m1 offset=0x19000 rec=4145
vmm: host_read mem=m1 offset=0x1a000 rec=4145
vmm: host_read mem=m1 offset=0x1b000 rec=4145
vmm: host_read mem=m1 offset=0x1c000 rec=4145
vmm: host_read mem=m1 offset=0x1d000 rec=4145
vmm: host_read mem=m1 offset=0x1e000 rec=4145
vmm: host_read mem=m1 offset=0x1f000 rec=4145
vmm: host_read mem=m1 offset=0x20000 rec=4145
vmm: host_read mem=m1 offset=0x21000 rec=4145
vmm: host_read mem=m1 offset=0x22000 rec=4145
vmm: host_read mem=m1 offset=0x23000 rec=4145
vmm: host_read mem=m1 offset=0x24000 rec=4145
vmm: host_read mem=m1 offset=0x25000 rec=4145
vmm: host_read mem=m1 offset=0x26000 rec=4145
vmm: host_read mem=m1 offset=0x27000 rec=4145
vmm: host_read mem=m1 offset=0x28000 rec=4145
vmm: host_read mem=m1 offset=0x29000 rec=4145
vmm: host_read mem=m1 offset=0x2a000 rec=4145
vmm: host_read mem=m1 offset=0x2b000 rec=4145
vmm: host_read mem=m1 offset=0x2c000 rec=4145
vmm: host_read mem=m1 offset=0x2d000 rec=4145
vmm: host_read mem=m1 offset=0x2e000 rec=4145
vmm: host_read mem=m1 offset=0x2f000 rec=4145
vmm: host_read mem=m1 offset=0x30000 rec=4145
vmm: host_read mem=m1 offset=0x31000 rec=4145
vmm: host_read mem=m1 offset=0x32000 rec=4145
vmm: host_read mem=m1 offset=0x33000 rec=4145
vmm: host_read mem=m1 offset=0x34000 rec=4145
vmm: host_read mem=m1 offset=0x35000 rec=4145
vmm: host_read mem=m1 offset=0x36000 rec=4145
vmm: host_read mem=m1 offset=0x37000 rec=4145
vmm: host_read mem=m1 offset=0x38000 rec=4145
vmm: host_read mem=m1 offset=0x39000 rec=4145
vmm: host_read mem=m1 offset=0x3a000 rec=4145
vmm: host_read mem=m1 offset=0x3b000 rec=4145
vmm: host_read mem=m1 offset=0x3c000 rec=4145
vmm: host_read mem=m1 offset=0x3d000 rec=4145
vmm: host_read mem=m1 offset=0x3e000 rec=4145
vmm: host_read mem=m1 offset=0x3f000 rec=4145
vmm: host_read mem=m1 offset=0x40000 rec=4145
vmm: host_read mem=m1 offset=0x41000 rec=4145
vmm: host_read mem=m1 offset=0x42000 rec=4145
vmm: host_read mem=m1 offset=0x43000 rec=4145
vmm: host_read mem=m1 offset=0x44000 rec=4145
vmm: host_read mem=m1 offset=0x45000 rec=4145
vmm: host_read mem=m1 offset=0x46000 rec=4145
vmm: host_read mem=m1 offset=0x47000 rec=4145
vmm: host_read mem=m1 offset=0x48000 rec=4145
vmm: host_read mem=m1 offset=0x49000 rec=4145
vmm: host_read mem=m1 offset=0x4a000 rec=4145
vmm: host_read mem=m1 offset=0x4b000 rec=4145
vmm: host_read mem=m1 offset=0x4c000 rec=4145
vmm: host_read mem=m1 offset=0x4d000 rec=4145
vmm: host_read mem=m1 offset=0x4e000 rec=4145
vmm: host_read mem=m1 offset=0x4f000 rec=4145
vmm: host_read mem=m1 offset=0x50000 rec=4145
vmm: host_read mem=m1 offset=0x51000 rec=4145
vmm: host_read mem=m1 offset=0x52000 rec=4145
vmm: host_read mem=m1 offset=0x53000 rec=4145
vmm: host_read mem=m1 offset=0x54000 rec=4145
vmm: host_read mem=m1 offset=0x55000 rec=4145
vmm: host_read mem=m1 offset=0x56000 rec=4145
vmm: host_read mem=m1 offset=0x57000 rec=4145
vmm: host_read mem=m1 offset=0x58000 rec=4145
vmm: host_read mem=m1 offset=0x59000 rec=4145
vmm: host_read mem=m1 offset=0x5a000 rec=4145
vmm: host_read mem=m1 offset=0x5b000 rec=4145
vmm: host_read mem=m1 offset=0x5c000 rec=4145
vmm: host_read mem=m1 offset=0x5d000 rec=4145
vmm: host_read mem=m1 offset=0x5e000 rec=4145
vmm: host_read mem=m1 offset=0x5f000 rec=4145
vmm: host_read mem=m1 offset=0x60000 rec=4145
vmm: host_read mem=m1 offset=0x61000 rec=4145
vmm: host_read mem=m1 offset=0x62000 rec=4145
vmm: host_read mem=m1 offset=0x63000 rec=4145
vmm: host_read mem=m1 offset=0x64000 rec=4145
vmm: host_read mem=m1 offset=0x65000 rec=4145
vmm: host_read mem=m1 offset=0x66000 rec=4145
vmm: host_read mem=m1 offset=0x67000 rec=4145
vmm: host_read mem=m1 offset=0x68000 rec=4145
vmm: host_read mem=m1 offset=0x69000 rec=4145
vmm: host_read mem=m1 offset=0x6a000 rec=4145
vmm: host_read mem=m1 offset=0x6b000 rec=4145
vmm: host_read mem=m1 offset=0x6c000 rec=4145
vmm: host_read mem=m1 offset=0x6d000 rec=4145
vmm: host_read mem=m1 offset=0x6e000 rec=4145
vmm: host_read mem=m1 offset=0x6f000 rec=4145
vmm: host_read mem=m1 offset=0x70000 rec=4145
vmm: host_read mem=m1 offset=0x71000 rec=4145
vmm: host_read mem=m1 offset=0x72000 rec=4145
vmm: host_read mem=m1 offset=0x73000 rec=4145
vmm: host_read mem=m1 offset=0x74000 rec=4145
vmm: host_read mem=m1 offset=0x75000 rec=4145
vmm: host_read mem=m1 offset=0x76000 rec=4145
vmm: host_read mem=m1 offset=0x77000 rec=4145
vmm: host_read mem=m1 offset=0x78000 rec=4145
vmm: host_read mem=m1 offset=0x79000 rec=4145
vmm: host_read mem=m1 offset=0x7a000 rec=4145
vmm: host_read mem=m1 offset=0x7b000 rec=4145
vmm: host_read mem=m1 offset=0x7c000 rec=4145
vmm: host_read mem=m1 offset=0x7d000 rec=4145
vmm: host_read mem=m1 offset=0x7e000 rec=4145
vmm: host_read mem=m1 offset=0x7f000 rec=4145
vmm: host_read mem=m2 offset=0 rec=4146
vmm: host_read mem=m2 offset=0x1000 rec=4146
vmm: host_read mem=m2 offset=0x2000 rec=4146
vmm: host_read mem=m2 offset=0x3000 rec=4146
vmm: host_read mem=m2 offset=0x4000 rec=4146
vmm: host_read mem=m2 offset=0x5000 rec=4146
vmm: host_read mem=m2 offset=0x6000 rec=4146
vmm: host_read mem=m2 offset=0x7000 rec=4146
vmm: host_read mem=m2 offset=0x8000 rec=4146
vmm: host_read mem=m2 offset=0x9000 rec=4146
vmm: host_read mem=m2 offset=0xa000 rec=4146
vmm: host_read mem=m2 offset=0xb000 rec=4146
vmm: host_read mem=m2 offset=0xc000 rec=4146
vmm: host_read mem=m2 offset=0xd000 rec=4146
vmm: host_read mem=m2 offset=0xe000 rec=4146
vmm: host_read mem=m2 offset=0xf000 rec=4146
vmm: host_read mem=m2 offset=0x10000 rec=4146
vmm: host_read mem=m2 offset=0x11000 rec=4146
vmm: host_read mem=m2 offset=0x12000 rec=4146
vmm: host_read mem=m2 offset=0x13000 rec=4146
vmm: host_read mem=m2 offset=0x14000 rec=4146
vmm: host_read mem=m2 offset=0x15000 rec=4146
vmm: host_read mem=m2 offset=0x16000 rec=4146
vmm: host_read mem=m2 offset=0x17000 rec=4146
vmm: host_read mem=m2 offset=0x18000 rec=4146
vmm: host_read mem=m2 offset=0x19000 rec=4146
vmm: host_read mem=m2 offset=0x1a000 rec=4146
vmm: host_read mem=m2 offset=0x1b000 rec=4146
vmm: host_read mem=m2 offset=0x1c000 rec=4146
vmm: host_read mem=m2 offset=0x1d000 rec=4146
vmm: host_read mem=m2 offset=0x1e000 rec=4146
vmm: host_read mem=m2 offset=0x1f000 rec=4146
vmm: host_read mem=m2 offset=0x20000 rec=4146
vmm: host_read mem=m2 offset=0x21000 rec=4146
vmm: host_read mem=m2 offset=0x22000 rec=4146
vmm: host_read mem=m2 offset=0x23000 rec=4146
vmm: host_read mem=m2 offset=0x24000 rec=4146
vmm: host_read mem=m2 offset=0x25000 rec=4146
vmm: host_read mem=m2 offset=0x26000 rec=4146
vmm: host_read mem=m2 offset=0x27000 rec=4146
vmm: host_read mem=m2 offset=0x28000 rec=4146
vmm: host_read mem=m2 offset=0x29000 rec=4146
vmm: host_read mem=m2 offset=0x2a000 rec=4146
vmm: host_read mem=m2 offset=0x2b000 rec=4146
vmm: host_read mem=m2 offset=0x2c000 rec=4146
vmm: host_read mem=m2 offset=0x2d000 rec=4146
vmm: host_read mem=m2 offset=0x2e000 rec=4146
vmm: host_read mem=m2 offset=0x2f000 rec=4146
vmm: host_read mem=m2 offset=0x30000 rec=4146
vmm: host_read mem=m2 offset=0x31000 rec=4146
vmm: host_read mem=m2 offset=0x32000 rec=4146
vmm: host_read mem=m2 offset=0x33000 rec=4146
vmm: host_read mem=m2 offset=0x34000 rec=4146
vmm: host_read mem=m2 offset=0x35000 rec=4146
vmm: host_read mem=m2 offset=0x36000 rec=4146
vmm: host_read mem=m2 offset=0x37000 rec=4146
vmm: host_read mem=m2 offset=0x38000 rec=4146
vmm: host_read mem=m2 offset=0x39000 rec=4146
vmm: host_read mem=m2 offset=0x3a000 rec=4146
vmm: host_read mem=m2 offset=0x3b000 rec=4146
vmm: host_read mem=m2 offset=0x3c000 rec=4146
vmm: host_read mem=m2 offset=0x3d000 rec=4146
vmm: host_read mem=m2 offset=0x3e000 rec=4146
vmm: host_read mem=m2 offset=0x3f000 rec=4146
vmm: host_read mem=m2 offset=0x40000 rec=4146
vmm: host_read mem=m2 offset=0x41000 rec=4146
vmm: host_read mem=m2 offset=0x42000 rec=4146
vmm: host_read mem=m2 offset=0x43000 rec=4146
vmm: host_read mem=m2 offset=0x44000 rec=4146
vmm: host_read mem=m2 offset=0x45000 rec=4146
vmm: host_read mem=m2 offset=0x46000 rec=4146
vmm: host_read mem=m2 offset=0x47000 rec=4146
vmm: host_read mem=m2 offset=0x48000 rec=4146
vmm: host_read mem=m2 offset=0x49000 rec=4146
vmm: host_read mem=m2 offset=0x4a000 rec=4146
vmm: host_read mem=m2 offset=0x4b000 rec=4146
vmm: host_read mem=m2 offset=0x4c000 rec=4146
vmm: host_read mem=m2 offset=0x4d000 rec=4146
vmm: host_read mem=m2 offset=0x4e000 rec=4146
vmm: host_read mem=m2 offset=0x4f000 rec=4146
vmm: host_read mem=m2 offset=0x50000 rec=4146
vmm: host_read mem=m2 offset=0x51000 rec=4146
vmm: host_read mem=m2 offset=0x52000 rec=4146
vmm: host_read mem=m2 offset=0x53000 rec=4146
vmm: host_read mem=m2 offset=0x54000 rec=4146
vmm: host_read mem=m2 offset=0x55000 rec=4146
vmm: host_read mem=m2 offset=0x56000 rec=4146
vmm: host_read mem=m2 offset=0x57000 rec=4146
vmm: host_read mem=m2 offset=0x58000 rec=4146
vmm: host_read mem=m2 offset=0x59000 rec=4146
vmm: host_read mem=m2 offset=0x5a000 rec=4146
vmm: host_read mem=m2 offset=0x5b000 rec=4146
vmm: host_read mem=m2 offset=0x5c000 rec=4146
vmm: host_read mem=m2 offset=0x5d000 rec=4146
vmm: host_read mem=m2 offset=0x5e000 rec=4146
vmm: host_read mem=m2 offset=0x5f000 rec=4146
vmm: host_read mem=m2 offset=0x60000 rec=4146
vmm: host_read mem=m2 offset=0x61000 rec=4146
vmm: host_read mem=m2 offset=0x62000 rec=4146
vmm: host_read mem=m2 offset=0x63000 rec=4146
vmm: host_read mem=m2 offset=0x64000 rec=4146
vmm: host_read mem=m2 offset=0x65000 rec=4146
vmm: host_read mem=m2 offset=0x66000 rec=4146
vmm: host_read mem=m2 offset=0x67000 rec=4146
vmm: host_read mem=m2 offset=0x68000 rec=4146
vmm: host_read mem=m2 offset=0x69000 rec=4146
vmm: host_read mem=m2 offset=0x6a000 rec=4146
vmm: host_read mem=m2 offset=0x6b000 rec=4146
vmm: host_read mem=m2 offset=0x6c000 rec=4146
vmm: host_read mem=m2 offset=0x6d000 rec=4146
vmm: host_read mem=m2 offset=0x6e000 rec=4146
vmm: host_read mem=m2 offset=0x6f000 rec=4146
vmm: host_read mem=m2 offset=0x70000 rec=4146
vmm: host_read mem=m2 offset=0x71000 rec=4146
vmm: host_read mem=m2 offset=0x72000 rec=4146
vmm: host_read mem=m2 offset=0x73000 rec=4146
vmm: host_read mem=m2 offset=0x74000 rec=4146
vmm: host_read mem=m2 offset=0x75000 rec=4146
vmm: host_read mem=m2 offset=0x76000 rec=4146
vmm: host_read mem=m2 offset=0x77000 rec=4146
vmm: host_read mem=m2 offset=0x78000 rec=4146
vmm: host_read mem=m2 offset=0x79000 rec=4146
vmm: host_read mem=m2 offset=0x7a000 rec=4146
vmm: host_read mem=m2 offset=0x7b000 rec=4146
vmm: host_read mem=m2 offset=0x7c000 rec=4146
vmm: host_read mem=m2 offset=0x7d000 rec=4146
vmm: host_read mem=m2 offset=0x7e000 rec=4146
vmm: host_read mem=m2 offset=0x7f000 rec=4146
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=4147	# walk at line 4161
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=4147	# walk at line 4166
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=4147	# walk at line 4178
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=4147	# walk at line 4183
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=4147	# walk at line 4188
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=4147	# walk at line 4193
vcpu0: read gpa=0x400000 sptes=0xff expect=fault rec=4147	# walk at line 4198
vcpu0: read gpa=0x408000 sptes=0xff expect=fault rec=4147	# walk at line 4213
vcpu0: read gpa=0x410000 sptes=0xff expect=fault rec=4147	# walk at line 4227
vcpu0: read gpa=0x418000 sptes=0xff expect=fault rec=4147	# walk at line 4241
vcpu0: read gpa=0x420000 sptes=0xff expect=fault rec=4147	# walk at line 4255
vcpu0: read gpa=0x428000 sptes=0xff expect=fault rec=4147	# walk at line 4269
vcpu0: read gpa=0x430000 sptes=0xff expect=fault rec=4147	# walk at line 4283
vcpu0: read gpa=0x438000 sptes=0xff expect=fault rec=4147	# walk at line 4297
vcpu0: read gpa=0x440000 sptes=0xff expect=fault rec=4147	# walk at line 4311
vcpu0: read gpa=0x448000 sptes=0xff expect=fault rec=4147	# walk at line 4325
vcpu0: read gpa=0x450000 sptes=0xff expect=fault rec=4147	# walk at line 4339
vcpu0: read gpa=0x458000 sptes=0xff expect=fault rec=4147	# walk at line 4353
vcpu0: read gpa=0x460000 sptes=0xff expect=fault rec=4147	# walk at line 4367
vcpu0: read gpa=0x468000 sptes=0xff expect=fault rec=4147	# walk at line 4381
vcpu0: read gpa=0x470000 sptes=0xff expect=fault rec=4147	# walk at line 4395
vcpu0: read gpa=0x478000 sptes=0xff expect=fault rec=4147	# walk at line 4409
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=4147	# walk at line 4423
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=4147	# walk at line 4435
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=4147	# walk at line 4440
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=4147	# walk at line 4445
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=4147	# walk at line 4450
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=4147	# walk at line 4455
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=4147	# walk at line 4460
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=4147	# walk at line 4465
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=4147	# walk at line 4470
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=4147	# walk at line 4475
barrier
vmm: host_read mem=m1 offset=0 rec=4489
vmm: host_read mem=m1 offset=0x1000 rec=4489
vmm: host_read mem=m1 offset=0x2000 rec=4489
vmm: host_read mem=m1 offset=0x3000 rec=4489
vmm: host_read mem=m1 offset=0x4000 rec=4489
vmm: host_read mem=m1 offset=0x5000 rec=4489
vmm: host_read mem=m1 offset=0x6000 rec=4489
vmm: host_read mem=m1 offset=0x7000 rec=4489
vmm: host_read mem=m1 offset=0x8000 rec=4489
vmm: host_read mem=m1 offset=0x9000 rec=4489
vmm: host_read mem=m1 offset=0xa000 rec=4489
vmm: host_read mem=m1 offset=0xb000 rec=4489
vmm: host_read mem=m1 offset=0xc000 rec=4489
vmm: host_read mem=m1 offset=0xd000 rec=4489
vmm: host_read mem=m1 offset=0xe000 rec=4489
vmm: host_read mem=m1 offset=0xf000 rec=4489
vmm: host_read mem=m1 offset=0x10000 rec=4489
vmm: host_read mem=m1 offset=0x11000 rec=4489
vmm: host_read mem=m1 offset=0x12000 rec=4489
vmm: host_read mem=m1 offset=0x13000 rec=4489
vmm: host_read mem=m1 offset=0x14000 rec=4489
vmm: host_read mem=m1 offset=0x15000 rec=4489
vmm: host_read mem=m1 offset=0x16000 rec=4489
vmm: host_read mem=m1 offset=0x17000 rec=4489
vmm: host_read mem=m1 offset=0x18000 rec=4489
vmm: host_read mem=m1 offset=0x19000 rec=4489
vmm: host_read mem=m1 offset=0x1a000 rec=4489
vmm: host_read mem=m1 offset=0x1b000 rec=4489
vmm: host_read mem=m1 offset=0x1c000 rec=4489
vmm: host_read mem=m1 offset=0x1d000 rec=4489
vmm: host_read mem=m1 offset=0x1e000 rec=4489
vmm: host_read mem=m1 offset=0x1f000 rec=4489
vmm: host_read mem=m1 offset=0x20000 rec=4489
vmm: host_read mem=m1 offset=0x21000 rec=4489
vmm: host_read mem=m1 offset=0x22000 rec=4489
vmm: host_read mem=m1 offset=0x23000 rec=4489
vmm: host_read mem=m1 offset=0x24000 rec=4489
vmm: host_read mem=m1 offset=0x25000 rec=4489
vmm: host_read mem=m1 offset=0x26000 rec=4489
vmm: host_read mem=m1 offset=0x27000 rec=4489
vmm: host_read mem=m1 offset=0x28000 rec=4489
vmm: host_read mem=m1 offset=0x29000 rec=4489
vmm: host_read mem=m1 offset=0x2a000 rec=4489
vmm: host_read mem=m1 offset=0x2b000 rec=4489
vmm: host_read mem=m1 offset=0x2c000 rec=4489
vmm: host_read mem=m1 offset=0x2d000 rec=4489
vmm: host_read mem=m1 offset=0x2e000 rec=4489
vmm: host_read mem=m1 offset=0x2f000 rec=4489
vmm: host_read mem=m1 offset=0x30000 rec=4489
vmm: host_read mem=m1 offset=0x31000 rec=4489
vmm: host_read mem=m1 offset=0x32000 rec=4489
vmm: host_read mem=m1 offset=0x33000 rec=4489
vmm: host_read mem=m1 offset=0x34000 rec=4489
vmm: host_read mem=m1 offset=0x35000 rec=4489
vmm: host_read mem=m1 offset=0x36000 rec=4489
vmm: host_read mem=m1 offset=0x37000 rec=4489
vmm: host_read mem=m1 offset=0x38000 rec=4489
vmm: host_read mem=m1 offset=0x39000 rec=4489
vmm: host_read mem=m1 offset=0x3a000 rec=4489
vmm: host_read mem=m1 offset=0x3b000 rec=4489
vmm: host_read mem=m1 offset=0x3c000 rec=4489
vmm: host_read mem=m1 offset=0x3d000 rec=4489
vmm: host_read mem=m1 offset=0x3e000 rec=4489
vmm: host_read mem=m1 offset=0x3f000 rec=4489
vmm: host_read mem=m1 offset=0x40000 rec=4489
vmm: host_read mem=m1 offset=0x41000 rec=4489
vmm: host_read mem=m1 offset=0x42000 rec=4489
vmm: host_read mem=m1 offset=0x43000 rec=4489
vmm: host_read mem=m1 offset=0x44000 rec=4489
vmm: host_read mem=m1 offset=0x45000 rec=4489
vmm: host_read mem=m1 offset=0x46000 rec=4489
vmm: host_read mem=m1 offset=0x47000 rec=4489
vmm: host_read mem=m1 offset=0x48000 rec=4489
vmm: host_read mem=m1 offset=0x49000 rec=4489
vmm: host_read mem=m1 offset=0x4a000 rec=4489
vmm: host_read mem=m1 offset=0x4b000 rec=4489
vmm: host_read mem=m1 offset=0x4c000 rec=4489
vmm: host_read mem=m1 offset=0x4d000 rec=4489
vmm: host_read mem=m1 offset=0x4e000 rec=4489
vmm: host_read mem=m1 offset=0x4f000 rec=4489
vmm: host_read mem=m1 offset=0x50000 rec=4489
vmm: host_read mem=m1 offset=0x51000 rec=4489
vmm: host_read mem=m1 offset=0x52000 rec=4489
vmm: host_read mem=m1 offset=0x53000 rec=4489
vmm: host_read mem=m1 offset=0x54000 rec=4489
vmm: host_read mem=m1 offset=0x55000 rec=4489
vmm: host_read mem=m1 offset=0x56000 rec=4489
vmm: host_read mem=m1 offset=0x57000 rec=4489
vmm: host_read mem=m1 offset=0x58000 rec=4489
vmm: host_read mem=m1 offset=0x59000 rec=4489
vmm: host_read mem=m1 offset=0x5a000 rec=4489
vmm: host_read mem=m1 offset=0x5b000 rec=4489
vmm: host_read mem=m1 offset=0x5c000 rec=4489
vmm: host_read mem=m1 offset=0x5d000 rec=4489
vmm: host_read mem=m1 offset=0x5e000 rec=4489
vmm: host_read mem=m1 offset=0x5f000 rec=4489
vmm: host_read mem=m1 offset=0x60000 rec=4489
vmm: host_read mem=m1 offset=0x61000 rec=4489
vmm: host_read mem=m1 offset=0x62000 rec=4489
vmm: host_read mem=m1 offset=0x63000 rec=4489
vmm: host_read mem=m1 offset=0x64000 rec=4489
vmm: host_read mem=m1 offset=0x65000 rec=4489
vmm: host_read mem=m1 offset=0x66000 rec=4489
vmm: host_read mem=m1 offset=0x67000 rec=4489
vmm: host_read mem=m1 offset=0x68000 rec=4489
vmm: host_read mem=m1 offset=0x69000 rec=4489
vmm: host_read mem=m1 offset=0x6a000 rec=4489
vmm: host_read mem=m1 offset=0x6b000 rec=4489
vmm: host_read mem=m1 offset=0x6c000 rec=4489
vmm: host_read mem=m1 offset=0x6d000 rec=4489
vmm: host_read mem=m1 offset=0x6e000 rec=4489
vmm: host_read mem=m1 offset=0x6f000 rec=4489
vmm: host_read mem=m1 offset=0x70000 rec=4489
vmm: host_read mem=m1 offset=0x71000 rec=4489
vmm: host_read mem=m1 offset=0x72000 rec=4489
vmm: host_read mem=m1 offset=0x73000 rec=4489
vmm: host_read mem=m1 offset=0x74000 rec=4489
vmm: host_read mem=m1 offset=0x75000 rec=4489
vmm: host_read mem=m1 offset=0x76000 rec=4489
vmm: host_read mem=m1 offset=0x77000 rec=4489
vmm: host_read mem=m1 offset=0x78000 rec=4489
vmm: host_read mem=m1 offset=0x79000 rec=4489
vmm: host_read mem=m1 offset=0x7a000 rec=4489
vmm: host_read mem=m1 offset=0x7b000 rec=4489
vmm: host_read mem=m1 offset=0x7c000 rec=4489
vmm: host_read mem=m1 offset=0x7d000 rec=4489
vmm: host_read mem=m1 offset=0x7e000 rec=4489
vmm: host_read mem=m1 offset=0x7f000 rec=4489
vmm: host_read mem=m2 offset=0 rec=4490
vmm: host_read mem=m2 offset=0x1000 rec=4490
vmm: host_read mem=m2 offset=0x2000 rec=4490
vmm: host_read mem=m2 offset=0x3000 rec=4490
vmm: host_read mem=m2 offset=0x4000 rec=4490
vmm: host_read mem=m2 offset=0x5000 rec=4490
vmm: host_read mem=m2 offset=0x6000 rec=4490
vmm: host_read mem=m2 offset=0x7000 rec=4490
vmm: host_read mem=m2 offset=0x8000 rec=4490
vmm: host_read mem=m2 offset=0x9000 rec=4490
vmm: host_read mem=m2 offset=0xa000 rec=4490
vmm: host_read mem=m2 offset=0xb000 rec=4490
vmm: host_read mem=m2 offset=0xc000 rec=4490
vmm: host_read mem=m2 offset=0xd000 rec=4490
vmm: host_read mem=m2 offset=0xe000 rec=4490
vmm: host_read mem=m2 offset=0xf000 rec=4490
vmm: host_read mem=m2 offset=0x10000 rec=4490
vmm: host_read mem=m2 offset=0x11000 rec=4490
vmm: host_read mem=m2 offset=0x12000 rec=4490
vmm: host_read mem=m2 offset=0x13000 rec=4490
vmm: host_read mem=m2 offset=0x14000 rec=4490
vmm: host_read mem=m2 offset=0x15000 rec=4490
vmm: host_read mem=m2 offset=0x16000 rec=4490
vmm: host_read mem=m2 offset=0x17000 rec=4490
vmm: host_read mem=m2 offset=0x18000 rec=4490
vmm: host_read mem=m2 offset=0x19000 rec=4490
vmm: host_read mem=m2 offset=0x1a000 rec=4490
vmm: host_read mem=m2 offset=0x1b000 rec=4490
vmm: host_read mem=m2 offset=0x1c000 rec=4490
vmm: host_read mem=m2 offset=0x1d000 rec=4490
vmm: host_read mem=m2 offset=0x1e000 rec=4490
vmm: host_read mem=m2 offset=0x1f000 rec=4490
vmm: host_read mem=m2 offset=0x20000 rec=4490
vmm: host_read mem=m2 offset=0x21000 rec=4490
vmm: host_read mem=m2 offset=0x22000 rec=4490
vmm: host_read mem=m2 offset=0x23000 rec=4490
vmm: host_read mem=m2 offset=0x24000 rec=4490
vmm: host_read mem=m2 offset=0x25000 rec=4490
vmm: host_read mem=m2 offset=0x26000 rec=4490
vmm: host_read mem=m2 offset=0x27000 rec=4490
vmm: host_read mem=m2 offset=0x28000 rec=4490
vmm: host_read mem=m2 offset=0x29000 rec=4490
vmm: host_read mem=m2 offset=0x2a000 rec=4490
vmm: host_read mem=m2 offset=0x2b000 rec=4490
vmm: host_read mem=m2 offset=0x2c000 rec=4490
vmm: host_read mem=m2 offset=0x2d000 rec=4490
vmm: host_read mem=m2 offset=0x2e000 rec=4490
vmm: host_read mem=m2 offset=0x2f000 rec=4490
vmm: host_read mem=m2 offset=0x30000 rec=4490
vmm: host_read mem=m2 offset=0x31000 rec=4490
vmm: host_read mem=m2 offset=0x32000 rec=4490
vmm: host_read mem=m2 offset=0x33000 rec=4490
vmm: host_read mem=m2 offset=0x34000 rec=4490
vmm: host_read mem=m2 offset=0x35000 rec=4490
vmm: host_read mem=m2 offset=0x36000 rec=4490
vmm: host_read mem=m2 offset=0x37000 rec=4490
vmm: host_read mem=m2 offset=0x38000 rec=4490
vmm: host_read mem=m2 offset=0x39000 rec=4490
vmm: host_read mem=m2 offset=0x3a000 rec=4490
vmm: host_read mem=m2 offset=0x3b000 rec=4490
vmm: host_read mem=m2 offset=0x3c000 rec=4490
vmm: host_read mem=m2 offset=0x3d000 rec=4490
vmm: host_read mem=m2 offset=0x3e000 rec=4490
vmm: host_read mem=m2 offset=0x3f000 rec=4490
vmm: host_read mem=m2 offset=0x40000 rec=4490
vmm: host_read mem=m2 offset=0x41000 rec=4490
vmm: host_read mem=m2 offset=0x42000 rec=4490
vmm: host_read mem=m2 offset=0x43000 rec=4490
vmm: host_read mem=m2 offset=0x44000 rec=4490
vmm: host_read mem=m2 offset=0x45000 rec=4490
vmm: host_read mem=m2 offset=0x46000 rec=4490
vmm: host_read mem=m2 offset=0x47000 rec=4490
vmm: host_read mem=m2 offset=0x48000 rec=4490
vmm: host_read mem=m2 offset=0x49000 rec=4490
vmm: host_read mem=m2 offset=0x4a000 rec=4490
vmm: host_read mem=m2 offset=0x4b000 rec=4490
vmm: host_read mem=m2 offset=0x4c000 rec=4490
vmm: host_read mem=m2 offset=0x4d000 rec=4490
vmm: host_read mem=m2 offset=0x4e000 rec=4490
vmm: host_read mem=m2 offset=0x4f000 rec=4490
vmm: host_read mem=m2 offset=0x50000 rec=4490
vmm: host_read mem=m2 offset=0x51000 rec=4490
vmm: host_read mem=m2 offset=0x52000 rec=4490
vmm: host_read mem=m2 offset=0x53000 rec=4490
vmm: host_read mem=m2 offset=0x54000 rec=4490
vmm: host_read mem=m2 offset=0x55000 rec=4490
vmm: host_read mem=m2 offset=0x56000 rec=4490
vmm: host_read mem=m2 offset=0x57000 rec=4490
vmm: host_read mem=m2 offset=0x58000 rec=4490
vmm: host_read mem=m2 offset=0x59000 rec=4490
vmm: host_read mem=m2 offset=0x5a000 rec=4490
vmm: host_read mem=m2 offset=0x5b000 rec=4490
vmm: host_read mem=m2 offset=0x5c000 rec=4490
vmm: host_read mem=m2 offset=0x5d000 rec=4490
vmm: host_read mem=m2 offset=0x5e000 rec=4490
vmm: host_read mem=m2 offset=0x5f000 rec=4490
vmm: host_read mem=m2 offset=0x60000 rec=4490
vmm: host_read mem=m2 offset=0x61000 rec=4490
vmm: host_read mem=m2 offset=0x62000 rec=4490
vmm: host_read mem=m2 offset=0x63000 rec=4490
vmm: host_read mem=m2 offset=0x64000 rec=4490
vmm: host_read mem=m2 offset=0x65000 rec=4490
vmm: host_read mem=m2 offset=0x66000 rec=4490
vmm: host_read mem=m2 offset=0x67000 rec=4490
vmm: host_read mem=m2 offset=0x68000 rec=4490
vmm: host_read mem=m2 offset=0x69000 rec=4490
vmm: host_read mem=m2 offset=0x6a000 rec=4490
vmm: host_read mem=m2 offset=0x6b000 rec=4490
vmm: host_read mem=m2 offset=0x6c000 rec=4490
vmm: host_read mem=m2 offset=0x6d000 rec=4490
vmm: host_read mem=m2 offset=0x6e000 rec=4490
vmm: host_read mem=m2 offset=0x6f000 rec=4490
vmm: host_read mem=m2 offset=0x70000 rec=4490
vmm: host_read mem=m2 offset=0x71000 rec=4490
vmm: host_read mem=m2 offset=0x72000 rec=4490
vmm: host_read mem=m2 offset=0x73000 rec=4490
vmm: host_read mem=m2 offset=0x74000 rec=4490
vmm: host_read mem=m2 offset=0x75000 rec=4490
vmm: host_read mem=m2 offset=0x76000 rec=4490
vmm: host_read mem=m2 offset=0x77000 rec=4490
vmm: host_read mem=m2 offset=0x78000 rec=4490
vmm: host_read mem=m2 offset=0x79000 rec=4490
vmm: host_read mem=m2 offset=0x7a000 rec=4490
vmm: host_read mem=m2 offset=0x7b000 rec=4490
vmm: host_read mem=m2 offset=0x7c000 rec=4490
vmm: host_read mem=m2 offset=0x7d000 rec=4490
vmm: host_read mem=m2 offset=0x7e000 rec=4490
vmm: host_read mem=m2 offset=0x7f000 rec=4490
vmm: set_memory_region slot=1 as=0 gpa=0xc00000 size=0x80000 hva=0x7f482b020000 flags=0 expect=0 rec=4498
vmm: host_read mem=m1 offset=0 rec=4499
vmm: host_read mem=m1 offset=0x1000 rec=4499
vmm: host_read mem=m1 offset=0x2000 rec=4499
vmm: host_read mem=m1 offset=0x3000 rec=4499
vmm: host_read mem=m1 offset=0x4000 rec=4499
vmm: host_read mem=m1 offset=0x5000 rec=4499
vmm: host_read mem=m1 offset=0x6000 rec=4499
vmm: host_read mem=m1 offset=0x7000 rec=4499
vmm: host_read mem=m1 offset=0x8000 rec=4499
vmm: host_read mem=m1 offset=0x9000 rec=4499
vmm: host_read mem=m1 offset=0xa000 rec=4499
vmm: host_read mem=m1 offset=0xb000 rec=4499
vmm: host_read mem=m1 offset=0xc000 rec=4499
vmm: host_read mem=m1 offset=0xd000 rec=4499
vmm: host_read mem=m1 offset=0xe000 rec=4499
vmm: host_read mem=m1 offset=0xf000 rec=4499
vmm: host_read mem=m1 offset=0x10000 rec=4499
vmm: host_read mem=m1 offset=0x11000 rec=4499
vmm: host_read mem=m1 offset=0x12000 rec=4499
vmm: host_read mem=m1 offset=0x13000 rec=4499
vmm: host_read mem=m1 offset=0x14000 rec=4499
vmm: host_read mem=m1 offset=0x15000 rec=4499
vmm: host_read mem=m1 offset=0x16000 rec=4499
vmm: host_read mem=m1 offset=0x17000 rec=4499
vmm: host_read mem=m1 offset=0x18000 rec=4499
vmm: host_read mem=m1 offset=0x19000 rec=4499
vmm: host_read mem=m1 offset=0x1a000 rec=4499
vmm: host_read mem=m1 offset=0x1b000 rec=4499
vmm: host_read mem=m1 offset=0x1c000 rec=4499
vmm: host_read mem=m1 offset=0x1d000 rec=4499
vmm: host_read mem=m1 offset=0x1e000 rec=4499
vmm: host_read mem=m1 offset=0x1f000 rec=4499
vmm: host_read mem=m1 offset=0x20000 rec=4499
vmm: host_read mem=m1 offset=0x21000 rec=4499
vmm: host_read mem=m1 offset=0x22000 rec=4499
vmm: host_read mem=m1 offset=0x23000 rec=4499
vmm: host_read mem=m1 offset=0x24000 rec=4499
vmm: host_read mem=m1 offset=0x25000 rec=4499
vmm: host_read mem=m1 offset=0x26000 rec=4499
vmm: host_read mem=m1 offset=0x27000 rec=4499
vmm: host_read mem=m1 offset=0x28000 rec=4499
vmm: host_read mem=m1 offset=0x29000 rec=4499
vmm: host_read mem=m1 offset=0x2a000 rec=4499
vmm: host_read mem=m1 offset=0x2b000 rec=4499
vmm: host_read mem=m1 offset=0x2c000 rec=4499
vmm: host_read mem=m1 offset=0x2d000 rec=4499
vmm: host_read mem=m1 offset=0x2e000 rec=4499
vmm: host_read mem=m1 offset=0x2f000 rec=4499
vmm: host_read mem=m1 offset=0x30000 rec=4499
vmm: host_read mem=m1 offset=0x31000 rec=4499
vmm: host_read mem=m1 offset=0x32000 rec=4499
vmm: host_read mem=m1 offset=0x33000 rec=4499
vmm: host_read mem=m1 offset=0x34000 rec=4499
vmm: host_read mem=m1 offset=0x35000 rec=4499
vmm: host_read mem=m1 offset=0x36000 rec=4499
vmm: host_read mem=m1 offset=0x37000 rec=4499
vmm: host_read mem=m1 offset=0x38000 rec=4499
vmm: host_read mem=m1 offset=0x39000 rec=4499
vmm: host_read mem=m1 offset=0x3a000 rec=4499
vmm: host_read mem=m1 offset=0x3b000 rec=4499
vmm: host_read mem=m1 offset=0x3c000 rec=4499
vmm: host_read mem=m1 offset=0x3d000 rec=4499
vmm: host_read mem=m1 offset=0x3e000 rec=4499
vmm: host_read mem=m1 offset=0x3f000 rec=4499
vmm: host_read mem=m1 offset=0x40000 rec=4499
vmm: host_read mem=m1 offset=0x41000 rec=4499
vmm: host_read mem=m1 offset=0x42000 rec=4499
vmm: host_read mem=m1 offset=0x43000 rec=4499
vmm: host_read mem=m1 offset=0x44000 rec=4499
vmm: host_read mem=m1 offset=0x45000 rec=4499
vmm: host_read mem=m1 offset=0x46000 rec=4499
vmm: host_read mem=m1 offset=0x47000 rec=4499
vmm: host_read mem=m1 offset=0x48000 rec=4499
vmm: host_read mem=m1 offset=0x49000 rec=4499
vmm: host_read mem=m1 offset=0x4a000 rec=4499
vmm: host_read mem=m1 offset=0x4b000 rec=4499
vmm: host_read mem=m1 offset=0x4c000 rec=4499
vmm: host_read mem=m1 offset=0x4d000 rec=4499
vmm: host_read mem=m1 offset=0x4e000 rec=4499
vmm: host_read mem=m1 offset=0x4f000 rec=4499
vmm: host_read mem=m1 offset=0x50000 rec=4499
vmm: host_read mem=m1 offset=0x51000 rec=4499
vmm: host_read mem=m1 offset=0x52000 rec=4499
vmm: host_read mem=m1 offset=0x53000 rec=4499
vmm: host_read mem=m1 offset=0x54000 rec=4499
vmm: host_read mem=m1 offset=0x55000 rec=4499
vmm: host_read mem=m1 offset=0x56000 rec=4499
vmm: host_read mem=m1 offset=0x57000 rec=4499
vmm: host_read mem=m1 offset=0x58000 rec=4499
vmm: host_read mem=m1 offset=0x59000 rec=4499
vmm: host_read mem=m1 offset=0x5a000 rec=4499
vmm: host_read mem=m1 offset=0x5b000 rec=4499
vmm: host_read mem=m1 offset=0x5c000 rec=4499
vmm: host_read mem=m1 offset=0x5d000 rec=4499
vmm: host_read mem=m1 offset=0x5e000 rec=4499
vmm: host_read mem=m1 offset=0x5f000 rec=4499
vmm: host_read mem=m1 offset=0x60000 rec=4499
vmm: host_read mem=m1 offset=0x61000 rec=4499
vmm: host_read mem=m1 offset=0x62000 rec=4499
vmm: host_read mem=m1 offset=0x63000 rec=4499
vmm: host_read mem=m1 offset=0x64000 rec=4499
vmm: host_read mem=m1 offset=0x65000 rec=4499
vmm: host_read mem=m1 offset=0x66000 rec=4499
vmm: host_read mem=m1 offset=0x67000 rec=4499
vmm: host_read mem=m1 offset=0x68000 rec=4499
vmm: host_read mem=m1 offset=0x69000 rec=4499
vmm: host_read mem=m1 offset=0x6a000 rec=4499
vmm: host_read mem=m1 offset=0x6b000 rec=4499
vmm: host_read mem=m1 offset=0x6c000 rec=4499
vmm: host_read mem=m1 offset=0x6d000 rec=4499
vmm: host_read mem=m1 offset=0x6e000 rec=4499
vmm: host_read mem=m1 offset=0x6f000 rec=4499
vmm: host_read mem=m1 offset=0x70000 rec=4499
vmm: host_read mem=m1 offset=0x71000 rec=4499
vmm: host_read mem=m1 offset=0x72000 rec=4499
vmm: host_read mem=m1 offset=0x73000 rec=4499
vmm: host_read mem=m1 offset=0x74000 rec=4499
vmm: host_read mem=m1 offset=0x75000 rec=4499
vmm: host_read mem=m1 offset=0x76000 rec=4499
vmm: host_read mem=m1 offset=0x77000 rec=4499
vmm: host_read mem=m1 offset=0x78000 rec=4499
vmm: host_read mem=m1 offset=0x79000 rec=4499
vmm: host_read mem=m1 offset=0x7a000 rec=4499
vmm: host_read mem=m1 offset=0x7b000 rec=4499
vmm: host_read mem=m1 offset=0x7c000 rec=4499
vmm: host_read mem=m1 offset=0x7d000 rec=4499
vmm: host_read mem=m1 offset=0x7e000 rec=4499
vmm: host_read mem=m1 offset=0x7f000 rec=4499
vmm: host_read mem=m2 offset=0 rec=4500
vmm: host_read mem=m2 offset=0x1000 rec=4500
vmm: host_read mem=m2 offset=0x2000 rec=4500
vmm: host_read mem=m2 offset=0x3000 rec=4500
vmm: host_read mem=m2 offset=0x4000 rec=4500
vmm: host_read mem=m2 offset=0x5000 rec=4500
vmm: host_read mem=m2 offset=0x6000 rec=4500
vmm: host_read mem=m2 offset=0x7000 rec=4500
vmm: host_read mem=m2 offset=0x8000 rec=4500
vmm: host_read mem=m2 offset=0x9000 rec=4500
vmm: host_read mem=m2 offset=0xa000 rec=4500
vmm: host_read mem=m2 offset=0xb000 rec=4500
vmm: host_read mem=m2 offset=0xc000 rec=4500
vmm: host_read mem=m2 offset=0xd000 rec=4500
vmm: host_read mem=m2 offset=0xe000 rec=4500
vmm: host_read mem=m2 offset=0xf000 rec=4500
vmm: host_read mem=m2 offset=0x10000 rec=4500
vmm: host_read mem=m2 offset=0x11000 rec=4500
vmm: host_read mem=m2 offset=0x12000 rec=4500
vmm: host_read mem=m2 offset=0x13000 rec=4500
vmm: host_read mem=m2 offset=0x14000 rec=4500
vmm: host_read mem=m2 offset=0x15000 rec=4500
vmm: host_read mem=m2 offset=0x16000 rec=4500
vmm: host_read mem=m2 offset=0x17000 rec=4500
vmm: host_read mem=m2 offset=0x18000 rec=4500
vmm: host_read mem=m2 offset=0x19000 rec=4500
vmm: host_read mem=m2 offset=0x1a000 rec=4500
vmm: host_read mem=m2 offset=0x1b000 rec=4500
vmm: host_read mem=m2 offset=0x1c000 rec=4500
vmm: host_read mem=m2 offset=0x1d000 rec=4500
vmm: host_read mem=m2 offset=0x1e000 rec=4500
vmm: host_read mem=m2 offset=0x1f000 rec=4500
vmm: host_read mem=m2 offset=0x20000 rec=4500
vmm: host_read mem=m2 offset=0x21000 rec=4500
vmm: host_read mem=m2 offset=0x22000 rec=4500
vmm: host_read mem=m2 offset=0x23000 rec=4500
vmm: host_read mem=m2 offset=0x24000 rec=4500
vmm: host_read mem=m2 offset=0x25000 rec=4500
vmm: host_read mem=m2 offset=0x26000 rec=4500
vmm: host_read mem=m2 offset=0x27000 rec=4500
vmm: host_read mem=m2 offset=0x28000 rec=4500
vmm: host_read mem=m2 offset=0x29000 rec=4500
vmm: host_read mem=m2 offset=0x2a000 rec=4500
vmm: host_read mem=m2 offset=0x2b000 rec=4500
vmm: host_read mem=m2 offset=0x2c000 rec=4500
vmm: host_read mem=m2 offset=0x2d000 rec=4500
vmm: host_read mem=m2 offset=0x2e000 rec=4500
vmm: host_read mem=m2 offset=0x2f000 rec=4500
vmm: host_read mem=m2 offset=0x30000 rec=4500
vmm: host_read mem=m2 offset=0x31000 rec=4500
vmm: host_read mem=m2 offset=0x32000 rec=4500
vmm: host_read mem=m2 offset=0x33000 rec=4500
vmm: host_read mem=m2 offset=0x34000 rec=4500
vmm: host_read mem=m2 offset=0x35000 rec=4500
vmm: host_read mem=m2 offset=0x36000 rec=4500
vmm: host_read mem=m2 offset=0x37000 rec=4500
vmm: host_read mem=m2 offset=0x38000 rec=4500
vmm: host_read mem=m2 offset=0x39000 rec=4500
vmm: host_read mem=m2 offset=0x3a000 rec=4500
vmm: host_read mem=m2 offset=0x3b000 rec=4500
vmm: host_read mem=m2 offset=0x3c000 rec=4500
vmm: host_read mem=m2 offset=0x3d000 rec=4500
vmm: host_read mem=m2 offset=0x3e000 rec=4500
vmm: host_read mem=m2 offset=0x3f000 rec=4500
vmm: host_read mem=m2 offset=0x40000 rec=4500
vmm: host_read mem=m2 offset=0x41000 rec=4500
vmm: host_read mem=m2 offset=0x42000 rec=4500
vmm: host_read mem=m2 offset=0x43000 rec=4500
vmm: host_read mem=m2 offset=0x44000 rec=4500
vmm: host_read mem=m2 offset=0x45000 rec=4500
vmm: host_read mem=m2 offset=0x46000 rec=4500
vmm: host_read mem=m2 offset=0x47000 rec=4500
vmm: host_read mem=m2 offset=0x48000 rec=4500
vmm: host_read mem=m2 offset=0x49000 rec=4500
vmm: host_read mem=m2 offset=0x4a000 rec=4500
vmm: host_read mem=m2 offset=0x4b000 rec=4500
vmm: host_read mem=m2 offset=0x4c000 rec=4500
vmm: host_read mem=m2 offset=0x4d000 rec=4500
vmm: host_read mem=m2 offset=0x4e000 rec=4500
vmm: host_read mem=m2 offset=0x4f000 rec=4500
vmm: host_read mem=m2 offset=0x50000 rec=4500
vmm: host_read mem=m2 offset=0x51000 rec=4500
vmm: host_read mem=m2 offset=0x52000 rec=4500
vmm: host_read mem=m2 offset=0x53000 rec=4500
vmm: host_read mem=m2 offset=0x54000 rec=4500
vmm: host_read mem=m2 offset=0x55000 rec=4500
vmm: host_read mem=m2 offset=0x56000 rec=4500
vmm: host_read mem=m2 offset=0x57000 rec=4500
vmm: host_read mem=m2 offset=0x58000 rec=4500
vmm: host_read mem=m2 offset=0x59000 rec=4500
vmm: host_read mem=m2 offset=0x5a000 rec=4500
vmm: host_read mem=m2 offset=0x5b000 rec=4500
vmm: host_read mem=m2 offset=0x5c000 rec=4500
vmm: host_read mem=m2 offset=0x5d000 rec=4500
vmm: host_read mem=m2 offset=0x5e000 rec=4500
vmm: host_read mem=m2 offset=0x5f000 rec=4500
vmm: host_read mem=m2 offset=0x60000 rec=4500
vmm: host_read mem=m2 offset=0x61000 rec=4500
vmm: host_read mem=m2 offset=0x62000 rec=4500
vmm: host_read mem=m2 offset=0x63000 rec=4500
vmm: host_read mem=m2 offset=0x64000 rec=4500
vmm: host_read mem=m2 offset=0x65000 rec=4500
vmm: host_read mem=m2 offset=0x66000 rec=4500
vmm: host_read mem=m2 offset=0x67000 rec=4500
vmm: host_read mem=m2 offset=0x68000 rec=4500
vmm: host_read mem=m2 offset=0x69000 rec=4500
vmm: host_read mem=m2 offset=0x6a000 rec=4500
vmm: host_read mem=m2 offset=0x6b000 rec=4500
vmm: host_read mem=m2 offset=0x6c000 rec=4500
vmm: host_read mem=m2 offset=0x6d000 rec=4500
vmm: host_read mem=m2 offset=0x6e000 rec=4500
vmm: host_read mem=m2 offset=0x6f000 rec=4500
vmm: host_read mem=m2 offset=0x70000 rec=4500
vmm: host_read mem=m2 offset=0x71000 rec=4500
vmm: host_read mem=m2 offset=0x72000 rec=4500
vmm: host_read mem=m2 offset=0x73000 rec=4500
vmm: host_read mem=m2 offset=0x74000 rec=4500
vmm: host_read mem=m2 offset=0x75000 rec=4500
vmm: host_read mem=m2 offset=0x76000 rec=4500
vmm: host_read mem=m2 offset=0x77000 rec=4500
vmm: host_read mem=m2 offset=0x78000 rec=4500
vmm: host_read mem=m2 offset=0x79000 rec=4500
vmm: host_read mem=m2 offset=0x7a000 rec=4500
vmm: host_read mem=m2 offset=0x7b000 rec=4500
vmm: host_read mem=m2 offset=0x7c000 rec=4500
vmm: host_read mem=m2 offset=0x7d000 rec=4500
vmm: host_read mem=m2 offset=0x7e000 rec=4500
vmm: host_read mem=m2 offset=0x7f000 rec=4500
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=4501	# walk at line 4517
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=4501	# walk at line 4522
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=4501	# walk at line 4534
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=4501	# walk at line 4539
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=4501	# walk at line 4544
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=4501	# walk at line 4549
vcpu0: exec gpa=0x12068 paging sptes=0x5 expect=fault rec=4501	# walk at line 4554
vcpu0: read gpa=0x20020 paging sptes=0x1 expect=fault rec=4501	# walk at line 4565
vcpu0: write gpa=0xc00000 sptes=0x1 expect=fault rec=4501	# walk at line 4572
vcpu0: write gpa=0xc01000 sptes=0x2 expect=fault rec=4501	# walk at line 4583
vcpu0: write gpa=0xc02000 sptes=0x4 expect=fault rec=4501	# walk at line 4592
vcpu0: write gpa=0xc03000 sptes=0x8 expect=fault rec=4501	# walk at line 4601
vcpu0: write gpa=0xc04000 sptes=0x10 expect=fault rec=4501	# walk at line 4610
vcpu0: write gpa=0xc05000 sptes=0x20 expect=fault rec=4501	# walk at line 4619
vcpu0: write gpa=0xc06000 sptes=0x40 expect=fault rec=4501	# walk at line 4628
vcpu0: write gpa=0xc07000 sptes=0x80 expect=fault rec=4501	# walk at line 4637
vcpu0: write gpa=0xc08000 sptes=0x1 expect=fault rec=4501	# walk at line 4646
vcpu0: write gpa=0xc09000 sptes=0x2 expect=fault rec=4501	# walk at line 4655
vcpu0: write gpa=0xc0a000 sptes=0x4 expect=fault rec=4501	# walk at line 4664
vcpu0: write gpa=0xc0b000 sptes=0x8 expect=fault rec=4501	# walk at line 4673
vcpu0: write gpa=0xc0c000 sptes=0x10 expect=fault rec=4501	# walk at line 4682
vcpu0: write gpa=0xc0d000 sptes=0x20 expect=fault rec=4501	# walk at line 4691
vcpu0: write gpa=0xc0e000 sptes=0x40 expect=fault rec=4501	# walk at line 4700
vcpu0: write gpa=0xc0f000 sptes=0x80 expect=fault rec=4501	# walk at line 4709
vcpu0: write gpa=0xc10000 sptes=0x1 expect=fault rec=4501	# walk at line 4718
vcpu0: write gpa=0xc11000 sptes=0x2 expect=fault rec=4501	# walk at line 4727
vcpu0: write gpa=0xc12000 sptes=0x4 expect=fault rec=4501	# walk at line 4736
vcpu0: write gpa=0xc13000 sptes=0x8 expect=fault rec=4501	# walk at line 4745
vcpu0: write gpa=0xc14000 sptes=0x10 expect=fault rec=4501	# walk at line 4754
vcpu0: write gpa=0xc15000 sptes=0x20 expect=fault rec=4501	# walk at line 4763
vcpu0: write gpa=0xc16000 sptes=0x40 expect=fault rec=4501	# walk at line 4772
vcpu0: write gpa=0xc17000 sptes=0x80 expect=fault rec=4501	# walk at line 4781
vcpu0: write gpa=0xc18000 sptes=0x1 expect=fault rec=4501	# walk at line 4790
vcpu0: write gpa=0xc19000 sptes=0x2 expect=fault rec=4501	# walk at line 4799
vcpu0: write gpa=0xc1a000 sptes=0x4 expect=fault rec=4501	# walk at line 4808
vcpu0: write gpa=0xc1b000 sptes=0x8 expect=fault rec=4501	# walk at line 4817
vcpu0: write gpa=0xc1c000 sptes=0x10 expect=fault rec=4501	# walk at line 4826
vcpu0: write gpa=0xc1d000 sptes=0x20 expect=fault rec=4501	# walk at line 4835
vcpu0: write gpa=0xc1e000 sptes=0x40 expect=fault rec=4501	# walk at line 4844
vcpu0: write gpa=0xc1f000 sptes=0x80 expect=fault rec=4501	# walk at line 4853
vcpu0: write gpa=0xc20000 sptes=0x1 expect=fault rec=4501	# walk at line 4862
vcpu0: write gpa=0xc21000 sptes=0x2 expect=fault rec=4501	# walk at line 4871
vcpu0: write gpa=0xc22000 sptes=0x4 expect=fault rec=4501	# walk at line 4880
vcpu0: write gpa=0xc23000 sptes=0x8 expect=fault rec=4501	# walk at line 4889
vcpu0: write gpa=0xc24000 sptes=0x10 expect=fault rec=4501	# walk at line 4898
vcpu0: write gpa=0xc25000 sptes=0x20 expect=fault rec=4501	# walk at line 4907
vcpu0: write gpa=0xc26000 sptes=0x40 expect=fault rec=4501	# walk at line 4916
vcpu0: write gpa=0xc27000 sptes=0x80 expect=fault rec=4501	# walk at line 4925
vcpu0: write gpa=0xc28000 sptes=0x1 expect=fault rec=4501	# walk at line 4934
vcpu0: write gpa=0xc29000 sptes=0x2 expect=fault rec=4501	# walk at line 4943
vcpu0: write gpa=0xc2a000 sptes=0x4 expect=fault rec=4501	# walk at line 4952
vcpu0: write gpa=0xc2b000 sptes=0x8 expect=fault rec=4501	# walk at line 4961
vcpu0: write gpa=0xc2c000 sptes=0x10 expect=fault rec=4501	# walk at line 4970
vcpu0: write gpa=0xc2d000 sptes=0x20 expect=fault rec=4501	# walk at line 4979
vcpu0: write gpa=0xc2e000 sptes=0x40 expect=fault rec=4501	# walk at line 4988
vcpu0: write gpa=0xc2f000 sptes=0x80 expect=fault rec=4501	# walk at line 4997
vcpu0: write gpa=0xc30000 sptes=0x1 expect=fault rec=4501	# walk at line 5006
vcpu0: write gpa=0xc31000 sptes=0x2 expect=fault rec=4501	# walk at line 5015
vcpu0: write gpa=0xc32000 sptes=0x4 expect=fault rec=4501	# walk at line 5024
vcpu0: write gpa=0xc33000 sptes=0x8 expect=fault rec=4501	# walk at line 5033
vcpu0: write gpa=0xc34000 sptes=0x10 expect=fault rec=4501	# walk at line 5042
vcpu0: write gpa=0xc35000 sptes=0x20 expect=fault rec=4501	# walk at line 5051
vcpu0: write gpa=0xc36000 sptes=0x40 expect=fault rec=4501	# walk at line 5060
vcpu0: write gpa=0xc37000 sptes=0x80 expect=fault rec=4501	# walk at line 5069
vcpu0: write gpa=0xc38000 sptes=0x1 expect=fault rec=4501	# walk at line 5078
vcpu0: write gpa=0xc39000 sptes=0x2 expect=fault rec=4501	# walk at line 5087
vcpu0: write gpa=0xc3a000 sptes=0x4 expect=fault rec=4501	# walk at line 5096
vcpu0: write gpa=0xc3b000 sptes=0x8 expect=fault rec=4501	# walk at line 5105
vcpu0: write gpa=0xc3c000 sptes=0x10 expect=fault rec=4501	# walk at line 5114
vcpu0: write gpa=0xc3d000 sptes=0x20 expect=fault rec=4501	# walk at line 5123
vcpu0: write gpa=0xc3e000 sptes=0x40 expect=fault rec=4501	# walk at line 5132
vcpu0: write gpa=0xc3f000 sptes=0x80 expect=fault rec=4501	# walk at line 5141
vcpu0: write gpa=0xc40000 sptes=0x1 expect=fault rec=4501	# walk at line 5150
vcpu0: write gpa=0xc41000 sptes=0x2 expect=fault rec=4501	# walk at line 5159
vcpu0: write gpa=0xc42000 sptes=0x4 expect=fault rec=4501	# walk at line 5168
vcpu0: write gpa=0xc43000 sptes=0x8 expect=fault rec=4501	# walk at line 5177
vcpu0: write gpa=0xc44000 sptes=0x10 expect=fault rec=4501	# walk at line 5186
vcpu0: write gpa=0xc45000 sptes=0x20 expect=fault rec=4501	# walk at line 5195
vcpu0: write gpa=0xc46000 sptes=0x40 expect=fault rec=4501	# walk at line 5204
vcpu0: write gpa=0xc47000 sptes=0x80 expect=fault rec=4501	# walk at line 5213
vcpu0: write gpa=0xc48000 sptes=0x1 expect=fault rec=4501	# walk at line 5222
vcpu0: write gpa=0xc49000 sptes=0x2 expect=fault rec=4501	# walk at line 5231
vcpu0: write gpa=0xc4a000 sptes=0x4 expect=fault rec=4501	# walk at line 5240
vcpu0: write gpa=0xc4b000 sptes=0x8 expect=fault rec=4501	# walk at line 5249
vcpu0: write gpa=0xc4c000 sptes=0x10 expect=fault rec=4501	# walk at line 5258
vcpu0: write gpa=0xc4d000 sptes=0x20 expect=fault rec=4501	# walk at line 5267
vcpu0: write gpa=0xc4e000 sptes=0x40 expect=fault rec=4501	# walk at line 5276
vcpu0: write gpa=0xc4f000 sptes=0x80 expect=fault rec=4501	# walk at line 5285
vcpu0: write gpa=0xc50000 sptes=0x1 expect=fault rec=4501	# walk at line 5294
vcpu0: write gpa=0xc51000 sptes=0x2 expect=fault rec=4501	# walk at line 5303
vcpu0: write gpa=0xc52000 sptes=0x4 expect=fault rec=4501	# walk at line 5312
vcpu0: write gpa=0xc53000 sptes=0x8 expect=fault rec=4501	# walk at line 5321
vcpu0: write gpa=0xc54000 sptes=0x10 expect=fault rec=4501	# walk at line 5330
vcpu0: write gpa=0xc55000 sptes=0x20 expect=fault rec=4501	# walk at line 5339
vcpu0: write gpa=0xc56000 sptes=0x40 expect=fault rec=4501	# walk at line 5348
vcpu0: write gpa=0xc57000 sptes=0x80 expect=fault rec=4501	# walk at line 5357
vcpu0: write gpa=0xc58000 sptes=0x1 expect=fault rec=4501	# walk at line 5366
vcpu0: write gpa=0xc59000 sptes=0x2 expect=fault rec=4501	# walk at line 5375
vcpu0: write gpa=0xc5a000 sptes=0x4 expect=fault rec=4501	# walk at line 5384
vcpu0: write gpa=0xc5b000 sptes=0x8 expect=fault rec=4501	# walk at line 5393
vcpu0: write gpa=0xc5c000 sptes=0x10 expect=fault rec=4501	# walk at line 5402
vcpu0: write gpa=0xc5d000 sptes=0x20 expect=fault rec=4501	# walk at line 5411
vcpu0: write gpa=0xc5e000 sptes=0x40 expect=fault rec=4501	# walk at line 5420
vcpu0: write gpa=0xc5f000 sptes=0x80 expect=fault rec=4501	# walk at line 5429
vcpu0: write gpa=0xc60000 sptes=0x1 expect=fault rec=4501	# walk at line 5438
vcpu0: write gpa=0xc61000 sptes=0x2 expect=fault rec=4501	# walk at line 5447
vcpu0: write gpa=0xc62000 sptes=0x4 expect=fault rec=4501	# walk at line 5456
vcpu0: write gpa=0xc63000 sptes=0x8 expect=fault rec=4501	# walk at line 5465
vcpu0: write gpa=0xc64000 sptes=0x10 expect=fault rec=4501	# walk at line 5474
vcpu0: write gpa=0xc65000 sptes=0x20 expect=fault rec=4501	# walk at line 5483
vcpu0: write gpa=0xc66000 sptes=0x40 expect=fault rec=4501	# walk at line 5492
vcpu0: write gpa=0xc67000 sptes=0x80 expect=fault rec=4501	# walk at line 5501
vcpu0: write gpa=0xc68000 sptes=0x1 expect=fault rec=4501	# walk at line 5510
vcpu0: write gpa=0xc69000 sptes=0x2 expect=fault rec=4501	# walk at line 5519
vcpu0: write gpa=0xc6a000 sptes=0x4 expect=fault rec=4501	# walk at line 5528
vcpu0: write gpa=0xc6b000 sptes=0x8 expect=fault rec=4501	# walk at line 5537
vcpu0: write gpa=0xc6c000 sptes=0x10 expect=fault rec=4501	# walk at line 5546
vcpu0: write gpa=0xc6d000 sptes=0x20 expect=fault rec=4501	# walk at line 5555
vcpu0: write gpa=0xc6e000 sptes=0x40 expect=fault rec=4501	# walk at line 5564
vcpu0: write gpa=0xc6f000 sptes=0x80 expect=fault rec=4501	# walk at line 5573
vcpu0: write gpa=0xc70000 sptes=0x1 expect=fault rec=4501	# walk at line 5582
vcpu0: write gpa=0xc71000 sptes=0x2 expect=fault rec=4501	# walk at line 5591
vcpu0: write gpa=0xc72000 sptes=0x4 expect=fault rec=4501	# walk at line 5600
vcpu0: write gpa=0xc73000 sptes=0x8 expect=fault rec=4501	# walk at line 5609
vcpu0: write gpa=0xc74000 sptes=0x10 expect=fault rec=4501	# walk at line 5618
vcpu0: write gpa=0xc75000 sptes=0x20 expect=fault rec=4501	# walk at line 5627
vcpu0: write gpa=0xc76000 sptes=0x40 expect=fault rec=4501	# walk at line 5636
vcpu0: write gpa=0xc77000 sptes=0x80 expect=fault rec=4501	# walk at line 5645
vcpu0: write gpa=0xc78000 sptes=0x1 expect=fault rec=4501	# walk at line 5654
vcpu0: write gpa=0xc79000 sptes=0x2 expect=fault rec=4501	# walk at line 5663
vcpu0: write gpa=0xc7a000 sptes=0x4 expect=fault rec=4501	# walk at line 5672
vcpu0: write gpa=0xc7b000 sptes=0x8 expect=fault rec=4501	# walk at line 5681
vcpu0: write gpa=0xc7c000 sptes=0x10 expect=fault rec=4501	# walk at line 5690
vcpu0: write gpa=0xc7d000 sptes=0x20 expect=fault rec=4501	# walk at line 5699
vcpu0: write gpa=0xc7e000 sptes=0x40 expect=fault rec=4501	# walk at line 5708
vcpu0: write gpa=0xc7f000 sptes=0x80 expect=fault rec=4501	# walk at line 5717
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=4501	# walk at line 5726
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=4501	# walk at line 5738
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=4501	# walk at line 5743
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=4501	# walk at line 5748
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=4501	# walk at line 5753
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=4501	# walk at line 5758
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=4501	# walk at line 5763
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=4501	# walk at line 5768
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=4501	# walk at line 5773
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=4501	# walk at line 5778
barrier
vmm: host_read mem=m1 offset=0 rec=5792
vmm: host_read mem=m1 offset=0x1000 rec=5792
vmm: host_read mem=m1 offset=0x2000 rec=5792
vmm: host_read mem=m1 offset=0x3000 rec=5792
vmm: host_read mem=m1 offset=0x4000 rec=5792
vmm: host_read mem=m1 offset=0x5000 rec=5792
vmm: host_read mem=m1 offset=0x6000 rec=5792
vmm: host_read mem=m1 offset=0x7000 rec=5792
vmm: host_read mem=m1 offset=0x8000 rec=5792
vmm: host_read mem=m1 offset=0x9000 rec=5792
vmm: host_read mem=m1 offset=0xa000 rec=5792
vmm: host_read mem=m1 offset=0xb000 rec=5792
vmm: host_read mem=m1 offset=0xc000 rec=5792
vmm: host_read mem=m1 offset=0xd000 rec=5792
vmm: host_read mem=m1 offset=0xe000 rec=5792
vmm: host_read mem=m1 offset=0xf000 rec=5792
vmm: host_read mem=m1 offset=0x10000 rec=5792
vmm: host_read mem=m1 offset=0x11000 rec=5792
vmm: host_read mem=m1 offset=0x12000 rec=5792
vmm: host_read mem=m1 offset=0x13000 rec=5792
vmm: host_read mem=m1 offset=0x14000 rec=5792
vmm: host_read mem=m1 offset=0x15000 rec=5792
vmm: host_read mem=m1 offset=0x16000 rec=5792
vmm: host_read mem=m1 offset=0x17000 rec=5792
vmm: host_read mem=m1 offset=0x18000 rec=5792
vmm: host_read mem=m1 offset=0x19000 rec=5792
vmm: host_read mem=m1 offset=0x1a000 rec=5792
vmm: host_read mem=m1 offset=0x1b000 rec=5792
vmm: host_read mem=m1 offset=0x1c000 rec=5792
vmm: host_read mem=m1 offset=0x1d000 rec=5792
vmm: host_read mem=m1 offset=0x1e000 rec=5792
vmm: host_read mem=m1 offset=0x1f000 rec=5792
vmm: host_read mem=m1 offset=0x20000 rec=5792
vmm: host_read mem=m1 offset=0x21000 rec=5792
vmm: host_read mem=m1 offset=0x22000 rec=5792
vmm: host_read mem=m1 offset=0x23000 rec=5792
vmm: host_read mem=m1 offset=0x24000 rec=5792
vmm: host_read mem=m1 offset=0x25000 rec=5792
vmm: host_read mem=m1 offset=0x26000 rec=5792
vmm: host_read mem=m1 offset=0x27000 rec=5792
vmm: host_read mem=m1 offset=0x28000 rec=5792
vmm: host_read mem=m1 offset=0x29000 rec=5792
vmm: host_read mem=m1 offset=0x2a000 rec=5792
vmm: host_read mem=m1 offset=0x2b000 rec=5792
vmm: host_read mem=m1 offset=0x2c000 rec=5792
vmm: host_read mem=m1 offset=0x2d000 rec=5792
vmm: host_read mem=m1 offset=0x2e000 rec=5792
vmm: host_read mem=m1 offset=0x2f000 rec=5792
vmm: host_read mem=m1 offset=0x30000 rec=5792
vmm: host_read mem=m1 offset=0x31000 rec=5792
vmm: host_read mem=m1 offset=0x32000 rec=5792
vmm: host_read mem=m1 offset=0x33000 rec=5792
vmm: host_read mem=m1 offset=0x34000 rec=5792
vmm: host_read mem=m1 offset=0x35000 rec=5792
vmm: host_read mem=m1 offset=0x36000 rec=5792
vmm: host_read mem=m1 offset=0x37000 rec=5792
vmm: host_read mem=m1 offset=0x38000 rec=5792
vmm: host_read mem=m1 offset=0x39000 rec=5792
vmm: host_read mem=m1 offset=0x3a000 rec=5792
vmm: host_read mem=m1 offset=0x3b000 rec=5792
vmm: host_read mem=m1 offset=0x3c000 rec=5792
vmm: host_read mem=m1 offset=0x3d000 rec=5792
vmm: host_read mem=m1 offset=0x3e000 rec=5792
vmm: host_read mem=m1 offset=0x3f000 rec=5792
vmm: host_read mem=m1 offset=0x40000 rec=5792
vmm: host_read mem=m1 offset=0x41000 rec=5792
vmm: host_read mem=m1 offset=0x42000 rec=5792
vmm: host_read mem=m1 offset=0x43000 rec=5792
vmm: host_read mem=m1 offset=0x44000 rec=5792
vmm: host_read mem=m1 offset=0x45000 rec=5792
vmm: host_read mem=m1 offset=0x46000 rec=5792
vmm: host_read mem=m1 offset=0x47000 rec=5792
vmm: host_read mem=m1 offset=0x48000 rec=5792
vmm: host_read mem=m1 offset=0x49000 rec=5792
vmm: host_read mem=m1 offset=0x4a000 rec=5792
vmm: host_read mem=m1 offset=0x4b000 rec=5792
vmm: host_read mem=m1 offset=0x4c000 rec=5792
vmm: host_read mem=m1 offset=0x4d000 rec=5792
vmm: host_read mem=m1 offset=0x4e000 rec=5792
vmm: host_read mem=m1 offset=0x4f000 rec=5792
vmm: host_read mem=m1 offset=0x50000 rec=5792
vmm: host_read mem=m1 offset=0x51000 rec=5792
vmm: host_read mem=m1 offset=0x52000 rec=5792
vmm: host_read mem=m1 offset=0x53000 rec=5792
vmm: host_read mem=m1 offset=0x54000 rec=5792
vmm: host_read mem=m1 offset=0x55000 rec=5792
vmm: host_read mem=m1 offset=0x56000 rec=5792
vmm: host_read mem=m1 offset=0x57000 rec=5792
vmm: host_read mem=m1 offset=0x58000 rec=5792
vmm: host_read mem=m1 offset=0x59000 rec=5792
vmm: host_read mem=m1 offset=0x5a000 rec=5792
vmm: host_read mem=m1 offset=0x5b000 rec=5792
vmm: host_read mem=m1 offset=0x5c000 rec=5792
vmm: host_read mem=m1 offset=0x5d000 rec=5792
vmm: host_read mem=m1 offset=0x5e000 rec=5792
vmm: host_read mem=m1 offset=0x5f000 rec=5792
vmm: host_read mem=m1 offset=0x60000 rec=5792
vmm: host_read mem=m1 offset=0x61000 rec=5792
vmm: host_read mem=m1 offset=0x62000 rec=5792
vmm: host_read mem=m1 offset=0x63000 rec=5792
vmm: host_read mem=m1 offset=0x64000 rec=5792
vmm: host_read mem=m1 offset=0x65000 rec=5792
vmm: host_read mem=m1 offset=0x66000 rec=5792
vmm: host_read mem=m1 offset=0x67000 rec=5792
vmm: host_read mem=m1 offset=0x68000 rec=5792
vmm: host_read mem=m1 offset=0x69000 rec=5792
vmm: host_read mem=m1 offset=0x6a000 rec=5792
vmm: host_read mem=m1 offset=0x6b000 rec=5792
vmm: host_read mem=m1 offset=0x6c000 rec=5792
vmm: host_read mem=m1 offset=0x6d000 rec=5792
vmm: host_read mem=m1 offset=0x6e000 rec=5792
vmm: host_read mem=m1 offset=0x6f000 rec=5792
vmm: host_read mem=m1 offset=0x70000 rec=5792
vmm: host_read mem=m1 offset=0x71000 rec=5792
vmm: host_read mem=m1 offset=0x72000 rec=5792
vmm: host_read mem=m1 offset=0x73000 rec=5792
vmm: host_read mem=m1 offset=0x74000 rec=5792
vmm: host_read mem=m1 offset=0x75000 rec=5792
vmm: host_read mem=m1 offset=0x76000 rec=5792
vmm: host_read mem=m1 offset=0x77000 rec=5792
vmm: host_read mem=m1 offset=0x78000 rec=5792
vmm: host_read mem=m1 offset=0x79000 rec=5792
vmm: host_read mem=m1 offset=0x7a000 rec=5792
vmm: host_read mem=m1 offset=0x7b000 rec=5792
vmm: host_read mem=m1 offset=0x7c000 rec=5792
vmm: host_read mem=m1 offset=0x7d000 rec=5792
vmm: host_read mem=m1 offset=0x7e000 rec=5792
vmm: host_read mem=m1 offset=0x7f000 rec=5792
vmm: host_read mem=m2 offset=0 rec=5793
vmm: host_read mem=m2 offset=0x1000 rec=5793
vmm: host_read mem=m2 offset=0x2000 rec=5793
vmm: host_read mem=m2 offset=0x3000 rec=5793
vmm: host_read mem=m2 offset=0x4000 rec=5793
vmm: host_read mem=m2 offset=0x5000 rec=5793
vmm: host_read mem=m2 offset=0x6000 rec=5793
vmm: host_read mem=m2 offset=0x7000 rec=5793
vmm: host_read mem=m2 offset=0x8000 rec=5793
vmm: host_read mem=m2 offset=0x9000 rec=5793
vmm: host_read mem=m2 offset=0xa000 rec=5793
vmm: host_read mem=m2 offset=0xb000 rec=5793
vmm: host_read mem=m2 offset=0xc000 rec=5793
vmm: host_read mem=m2 offset=0xd000 rec=5793
vmm: host_read mem=m2 offset=0xe000 rec=5793
vmm: host_read mem=m2 offset=0xf000 rec=5793
vmm: host_read mem=m2 offset=0x10000 rec=5793
vmm: host_read mem=m2 offset=0x11000 rec=5793
vmm: host_read mem=m2 offset=0x12000 rec=5793
vmm: host_read mem=m2 offset=0x13000 rec=5793
vmm: host_read mem=m2 offset=0x14000 rec=5793
vmm: host_read mem=m2 offset=0x15000 rec=5793
vmm: host_read mem=m2 offset=0x16000 rec=5793
vmm: host_read mem=m2 offset=0x17000 rec=5793
vmm: host_read mem=m2 offset=0x18000 rec=5793
vmm: host_read mem=m2 offset=0x19000 rec=5793
vmm: host_read mem=m2 offset=0x1a000 rec=5793
vmm: host_read mem=m2 offset=0x1b000 rec=5793
vmm: host_read mem=m2 offset=0x1c000 rec=5793
vmm: host_read mem=m2 offset=0x1d000 rec=5793
vmm: host_read mem=m2 offset=0x1e000 rec=5793
vmm: host_read mem=m2 offset=0x1f000 rec=5793
vmm: host_read mem=m2 offset=0x20000 rec=5793
vmm: host_read mem=m2 offset=0x21000 rec=5793
vmm: host_read mem=m2 offset=0x22000 rec=5793
vmm: host_read mem=m2 offset=0x23000 rec=5793
vmm: host_read mem=m2 offset=0x24000 rec=5793
vmm: host_read mem=m2 offset=0x25000 rec=5793
vmm: host_read mem=m2 offset=0x26000 rec=5793
vmm: host_read mem=m2 offset=0x27000 rec=5793
vmm: host_read mem=m2 offset=0x28000 rec=5793
vmm: host_read mem=m2 offset=0x29000 rec=5793
vmm: host_read mem=m2 offset=0x2a000 rec=5793
vmm: host_read mem=m2 offset=0x2b000 rec=5793
vmm: host_read mem=m2 offset=0x2c000 rec=5793
vmm: host_read mem=m2 offset=0x2d000 rec=5793
vmm: host_read mem=m2 offset=0x2e000 rec=5793
vmm: host_read mem=m2 offset=0x2f000 rec=5793
vmm: host_read mem=m2 offset=0x30000 rec=5793
vmm: host_read mem=m2 offset=0x31000 rec=5793
vmm: host_read mem=m2 offset=0x32000 rec=5793
vmm: host_read mem=m2 offset=0x33000 rec=5793
vmm: host_read mem=m2 offset=0x34000 rec=5793
vmm: host_read mem=m2 offset=0x35000 rec=5793
vmm: host_read mem=m2 offset=0x36000 rec=5793
vmm: host_read mem=m2 offset=0x37000 rec=5793
vmm: host_read mem=m2 offset=0x38000 rec=5793
vmm: host_read mem=m2 offset=0x39000 rec=5793
vmm: host_read mem=m2 offset=0x3a000 rec=5793
vmm: host_read mem=m2 offset=0x3b000 rec=5793
vmm: host_read mem=m2 offset=0x3c000 rec=5793
vmm: host_read mem=m2 offset=0x3d000 rec=5793
vmm: host_read mem=m2 offset=0x3e000 rec=5793
vmm: host_read mem=m2 offset=0x3f000 rec=5793
vmm: host_read mem=m2 offset=0x40000 rec=5793
vmm: host_read mem=m2 offset=0x41000 rec=5793
vmm: host_read mem=m2 offset=0x42000 rec=5793
vmm: host_read mem=m2 offset=0x43000 rec=5793
vmm: host_read mem=m2 offset=0x44000 rec=5793
vmm: host_read mem=m2 offset=0x45000 rec=5793
vmm: host_read mem=m2 offset=0x46000 rec=5793
vmm: host_read mem=m2 offset=0x47000 rec=5793
vmm: host_read mem=m2 offset=0x48000 rec=5793
vmm: host_read mem=m2 offset=0x49000 rec=5793
vmm: host_read mem=m2 offset=0x4a000 rec=5793
vmm: host_read mem=m2 offset=0x4b000 rec=5793
vmm: host_read mem=m2 offset=0x4c000 rec=5793
vmm: host_read mem=m2 offset=0x4d000 rec=5793
vmm: host_read mem=m2 offset=0x4e000 rec=5793
vmm: host_read mem=m2 offset=0x4f000 rec=5793
vmm: host_read mem=m2 offset=0x50000 rec=5793
vmm: host_read mem=m2 offset=0x51000 rec=5793
vmm: host_read mem=m2 offset=0x52000 rec=5793
vmm: host_read mem=m2 offset=0x53000 rec=5793
vmm: host_read mem=m2 offset=0x54000 rec=5793
vmm: host_read mem=m2 offset=0x55000 rec=5793
vmm: host_read mem=m2 offset=0x56000 rec=5793
vmm: host_read mem=m2 offset=0x57000 rec=5793
vmm: host_read mem=m2 offset=0x58000 rec=5793
vmm: host_read mem=m2 offset=0x59000 rec=5793
vmm: host_read mem=m2 offset=0x5a000 rec=5793
vmm: host_read mem=m2 offset=0x5b000 rec=5793
vmm: host_read mem=m2 offset=0x5c000 rec=5793
vmm: host_read mem=m2 offset=0x5d000 rec=5793
vmm: host_read mem=m2 offset=0x5e000 rec=5793
vmm: host_read mem=m2 offset=0x5f000 rec=5793
vmm: host_read mem=m2 offset=0x60000 rec=5793
vmm: host_read mem=m2 offset=0x61000 rec=5793
vmm: host_read mem=m2 offset=0x62000 rec=5793
vmm: host_read mem=m2 offset=0x63000 rec=5793
vmm: host_read mem=m2 offset=0x64000 rec=5793
vmm: host_read mem=m2 offset=0x65000 rec=5793
vmm: host_read mem=m2 offset=0x66000 rec=5793
vmm: host_read mem=m2 offset=0x67000 rec=5793
vmm: host_read mem=m2 offset=0x68000 rec=5793
vmm: host_read mem=m2 offset=0x69000 rec=5793
vmm: host_read mem=m2 offset=0x6a000 rec=5793
vmm: host_read mem=m2 offset=0x6b000 rec=5793
vmm: host_read mem=m2 offset=0x6c000 rec=5793
vmm: host_read mem=m2 offset=0x6d000 rec=5793
vmm: host_read mem=m2 offset=0x6e000 rec=5793
vmm: host_read mem=m2 offset=0x6f000 rec=5793
vmm: host_read mem=m2 offset=0x70000 rec=5793
vmm: host_read mem=m2 offset=0x71000 rec=5793
vmm: host_read mem=m2 offset=0x72000 rec=5793
vmm: host_read mem=m2 offset=0x73000 rec=5793
vmm: host_read mem=m2 offset=0x74000 rec=5793
vmm: host_read mem=m2 offset=0x75000 rec=5793
vmm: host_read mem=m2 offset=0x76000 rec=5793
vmm: host_read mem=m2 offset=0x77000 rec=5793
vmm: host_read mem=m2 offset=0x78000 rec=5793
vmm: host_read mem=m2 offset=0x79000 rec=5793
vmm: host_read mem=m2 offset=0x7a000 rec=5793
vmm: host_read mem=m2 offset=0x7b000 rec=5793
vmm: host_read mem=m2 offset=0x7c000 rec=5793
vmm: host_read mem=m2 offset=0x7d000 rec=5793
vmm: host_read mem=m2 offset=0x7e000 rec=5793
vmm: host_read mem=m2 offset=0x7f000 rec=5793
# note (rec 5860):   mmio-exit gpa=0x400000 len=8 is_write=1 (VMM completes it, reads as 0)
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=5794	# walk at line 5808
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=5794	# walk at line 5813
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=5794	# walk at line 5825
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=5794	# walk at line 5830
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=5794	# walk at line 5835
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=5794	# walk at line 5840
vcpu0: write gpa=0x400000 sptes=0 expect=exit:mmio rec=5794	# walk at line 5845
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=5794	# walk at line 5862
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=5794	# walk at line 5874
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=5794	# walk at line 5879
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=5794	# walk at line 5884
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=5794	# walk at line 5889
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=5794	# walk at line 5894
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=5794	# walk at line 5899
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=5794	# walk at line 5904
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=5794	# walk at line 5909
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=5794	# walk at line 5914
barrier
vmm: host_read mem=m1 offset=0 rec=5928
vmm: host_read mem=m1 offset=0x1000 rec=5928
vmm: host_read mem=m1 offset=0x2000 rec=5928
vmm: host_read mem=m1 offset=0x3000 rec=5928
vmm: host_read mem=m1 offset=0x4000 rec=5928
vmm: host_read mem=m1 offset=0x5000 rec=5928
vmm: host_read mem=m1 offset=0x6000 rec=5928
vmm: host_read mem=m1 offset=0x7000 rec=5928
vmm: host_read mem=m1 offset=0x8000 rec=5928
vmm: host_read mem=m1 offset=0x9000 rec=5928
vmm: host_read mem=m1 offset=0xa000 rec=5928
vmm: host_read mem=m1 offset=0xb000 rec=5928
vmm: host_read mem=m1 offset=0xc000 rec=5928
vmm: host_read mem=m1 offset=0xd000 rec=5928
vmm: host_read mem=m1 offset=0xe000 rec=5928
vmm: host_read mem=m1 offset=0xf000 rec=5928
vmm: host_read mem=m1 offset=0x10000 rec=5928
vmm: host_read mem=m1 offset=0x11000 rec=5928
vmm: host_read mem=m1 offset=0x12000 rec=5928
vmm: host_read mem=m1 offset=0x13000 rec=5928
vmm: host_read mem=m1 offset=0x14000 rec=5928
vmm: host_read mem=m1 offset=0x15000 rec=5928
vmm: host_read mem=m1 offset=0x16000 rec=5928
vmm: host_read mem=m1 offset=0x17000 rec=5928
vmm: host_read mem=m1 offset=0x18000 rec=5928
vmm: host_read mem=m1 offset=0x19000 rec=5928
vmm: host_read mem=m1 offset=0x1a000 rec=5928
vmm: host_read mem=m1 offset=0x1b000 rec=5928
vmm: host_read mem=m1 offset=0x1c000 rec=5928
vmm: host_read mem=m1 offset=0x1d000 rec=5928
vmm: host_read mem=m1 offset=0x1e000 rec=5928
vmm: host_read mem=m1 offset=0x1f000 rec=5928
vmm: host_read mem=m1 offset=0x20000 rec=5928
vmm: host_read mem=m1 offset=0x21000 rec=5928
vmm: host_read mem=m1 offset=0x22000 rec=5928
vmm: host_read mem=m1 offset=0x23000 rec=5928
vmm: host_read mem=m1 offset=0x24000 rec=5928
vmm: host_read mem=m1 offset=0x25000 rec=5928
vmm: host_read mem=m1 offset=0x26000 rec=5928
vmm: host_read mem=m1 offset=0x27000 rec=5928
vmm: host_read mem=m1 offset=0x28000 rec=5928
vmm: host_read mem=m1 offset=0x29000 rec=5928
vmm: host_read mem=m1 offset=0x2a000 rec=5928
vmm: host_read mem=m1 offset=0x2b000 rec=5928
vmm: host_read mem=m1 offset=0x2c000 rec=5928
vmm: host_read mem=m1 offset=0x2d000 rec=5928
vmm: host_read mem=m1 offset=0x2e000 rec=5928
vmm: host_read mem=m1 offset=0x2f000 rec=5928
vmm: host_read mem=m1 offset=0x30000 rec=5928
vmm: host_read mem=m1 offset=0x31000 rec=5928
vmm: host_read mem=m1 offset=0x32000 rec=5928
vmm: host_read mem=m1 offset=0x33000 rec=5928
vmm: host_read mem=m1 offset=0x34000 rec=5928
vmm: host_read mem=m1 offset=0x35000 rec=5928
vmm: host_read mem=m1 offset=0x36000 rec=5928
vmm: host_read mem=m1 offset=0x37000 rec=5928
vmm: host_read mem=m1 offset=0x38000 rec=5928
vmm: host_read mem=m1 offset=0x39000 rec=5928
vmm: host_read mem=m1 offset=0x3a000 rec=5928
vmm: host_read mem=m1 offset=0x3b000 rec=5928
vmm: host_read mem=m1 offset=0x3c000 rec=5928
vmm: host_read mem=m1 offset=0x3d000 rec=5928
vmm: host_read mem=m1 offset=0x3e000 rec=5928
vmm: host_read mem=m1 offset=0x3f000 rec=5928
vmm: host_read mem=m1 offset=0x40000 rec=5928
vmm: host_read mem=m1 offset=0x41000 rec=5928
vmm: host_read mem=m1 offset=0x42000 rec=5928
vmm: host_read mem=m1 offset=0x43000 rec=5928
vmm: host_read mem=m1 offset=0x44000 rec=5928
vmm: host_read mem=m1 offset=0x45000 rec=5928
vmm: host_read mem=m1 offset=0x46000 rec=5928
vmm: host_read mem=m1 offset=0x47000 rec=5928
vmm: host_read mem=m1 offset=0x48000 rec=5928
vmm: host_read mem=m1 offset=0x49000 rec=5928
vmm: host_read mem=m1 offset=0x4a000 rec=5928
vmm: host_read mem=m1 offset=0x4b000 rec=5928
vmm: host_read mem=m1 offset=0x4c000 rec=5928
vmm: host_read mem=m1 offset=0x4d000 rec=5928
vmm: host_read mem=m1 offset=0x4e000 rec=5928
vmm: host_read mem=m1 offset=0x4f000 rec=5928
vmm: host_read mem=m1 offset=0x50000 rec=5928
vmm: host_read mem=m1 offset=0x51000 rec=5928
vmm: host_read mem=m1 offset=0x52000 rec=5928
vmm: host_read mem=m1 offset=0x53000 rec=5928
vmm: host_read mem=m1 offset=0x54000 rec=5928
vmm: host_read mem=m1 offset=0x55000 rec=5928
vmm: host_read mem=m1 offset=0x56000 rec=5928
vmm: host_read mem=m1 offset=0x57000 rec=5928
vmm: host_read mem=m1 offset=0x58000 rec=5928
vmm: host_read mem=m1 offset=0x59000 rec=5928
vmm: host_read mem=m1 offset=0x5a000 rec=5928
vmm: host_read mem=m1 offset=0x5b000 rec=5928
vmm: host_read mem=m1 offset=0x5c000 rec=5928
vmm: host_read mem=m1 offset=0x5d000 rec=5928
vmm: host_read mem=m1 offset=0x5e000 rec=5928
vmm: host_read mem=m1 offset=0x5f000 rec=5928
vmm: host_read mem=m1 offset=0x60000 rec=5928
vmm: host_read mem=m1 offset=0x61000 rec=5928
vmm: host_read mem=m1 offset=0x62000 rec=5928
vmm: host_read mem=m1 offset=0x63000 rec=5928
vmm: host_read mem=m1 offset=0x64000 rec=5928
vmm: host_read mem=m1 offset=0x65000 rec=5928
vmm: host_read mem=m1 offset=0x66000 rec=5928
vmm: host_read mem=m1 offset=0x67000 rec=5928
vmm: host_read mem=m1 offset=0x68000 rec=5928
vmm: host_read mem=m1 offset=0x69000 rec=5928
vmm: host_read mem=m1 offset=0x6a000 rec=5928
vmm: host_read mem=m1 offset=0x6b000 rec=5928
vmm: host_read mem=m1 offset=0x6c000 rec=5928
vmm: host_read mem=m1 offset=0x6d000 rec=5928
vmm: host_read mem=m1 offset=0x6e000 rec=5928
vmm: host_read mem=m1 offset=0x6f000 rec=5928
vmm: host_read mem=m1 offset=0x70000 rec=5928
vmm: host_read mem=m1 offset=0x71000 rec=5928
vmm: host_read mem=m1 offset=0x72000 rec=5928
vmm: host_read mem=m1 offset=0x73000 rec=5928
vmm: host_read mem=m1 offset=0x74000 rec=5928
vmm: host_read mem=m1 offset=0x75000 rec=5928
vmm: host_read mem=m1 offset=0x76000 rec=5928
vmm: host_read mem=m1 offset=0x77000 rec=5928
vmm: host_read mem=m1 offset=0x78000 rec=5928
vmm: host_read mem=m1 offset=0x79000 rec=5928
vmm: host_read mem=m1 offset=0x7a000 rec=5928
vmm: host_read mem=m1 offset=0x7b000 rec=5928
vmm: host_read mem=m1 offset=0x7c000 rec=5928
vmm: host_read mem=m1 offset=0x7d000 rec=5928
vmm: host_read mem=m1 offset=0x7e000 rec=5928
vmm: host_read mem=m1 offset=0x7f000 rec=5928
vmm: host_read mem=m2 offset=0 rec=5929
vmm: host_read mem=m2 offset=0x1000 rec=5929
vmm: host_read mem=m2 offset=0x2000 rec=5929
vmm: host_read mem=m2 offset=0x3000 rec=5929
vmm: host_read mem=m2 offset=0x4000 rec=5929
vmm: host_read mem=m2 offset=0x5000 rec=5929
vmm: host_read mem=m2 offset=0x6000 rec=5929
vmm: host_read mem=m2 offset=0x7000 rec=5929
vmm: host_read mem=m2 offset=0x8000 rec=5929
vmm: host_read mem=m2 offset=0x9000 rec=5929
vmm: host_read mem=m2 offset=0xa000 rec=5929
vmm: host_read mem=m2 offset=0xb000 rec=5929
vmm: host_read mem=m2 offset=0xc000 rec=5929
vmm: host_read mem=m2 offset=0xd000 rec=5929
vmm: host_read mem=m2 offset=0xe000 rec=5929
vmm: host_read mem=m2 offset=0xf000 rec=5929
vmm: host_read mem=m2 offset=0x10000 rec=5929
vmm: host_read mem=m2 offset=0x11000 rec=5929
vmm: host_read mem=m2 offset=0x12000 rec=5929
vmm: host_read mem=m2 offset=0x13000 rec=5929
vmm: host_read mem=m2 offset=0x14000 rec=5929
vmm: host_read mem=m2 offset=0x15000 rec=5929
vmm: host_read mem=m2 offset=0x16000 rec=5929
vmm: host_read mem=m2 offset=0x17000 rec=5929
vmm: host_read mem=m2 offset=0x18000 rec=5929
vmm: host_read mem=m2 offset=0x19000 rec=5929
vmm: host_read mem=m2 offset=0x1a000 rec=5929
vmm: host_read mem=m2 offset=0x1b000 rec=5929
vmm: host_read mem=m2 offset=0x1c000 rec=5929
vmm: host_read mem=m2 offset=0x1d000 rec=5929
vmm: host_read mem=m2 offset=0x1e000 rec=5929
vmm: host_read mem=m2 offset=0x1f000 rec=5929
vmm: host_read mem=m2 offset=0x20000 rec=5929
vmm: host_read mem=m2 offset=0x21000 rec=5929
vmm: host_read mem=m2 offset=0x22000 rec=5929
vmm: host_read mem=m2 offset=0x23000 rec=5929
vmm: host_read mem=m2 offset=0x24000 rec=5929
vmm: host_read mem=m2 offset=0x25000 rec=5929
vmm: host_read mem=m2 offset=0x26000 rec=5929
vmm: host_read mem=m2 offset=0x27000 rec=5929
vmm: host_read mem=m2 offset=0x28000 rec=5929
vmm: host_read mem=m2 offset=0x29000 rec=5929
vmm: host_read mem=m2 offset=0x2a000 rec=5929
vmm: host_read mem=m2 offset=0x2b000 rec=5929
vmm: host_read mem=m2 offset=0x2c000 rec=5929
vmm: host_read mem=m2 offset=0x2d000 rec=5929
vmm: host_read mem=m2 offset=0x2e000 rec=5929
vmm: host_read mem=m2 offset=0x2f000 rec=5929
vmm: host_read mem=m2 offset=0x30000 rec=5929
vmm: host_read mem=m2 offset=0x31000 rec=5929
vmm: host_read mem=m2 offset=0x32000 rec=5929
vmm: host_read mem=m2 offset=0x33000 rec=5929
vmm: host_read mem=m2 offset=0x34000 rec=5929
vmm: host_read mem=m2 offset=0x35000 rec=5929
vmm: host_read mem=m2 offset=0x36000 rec=5929
vmm: host_read mem=m2 offset=0x37000 rec=5929
vmm: host_read mem=m2 offset=0x38000 rec=5929
vmm: host_read mem=m2 offset=0x39000 rec=5929
vmm: host_read mem=m2 offset=0x3a000 rec=5929
vmm: host_read mem=m2 offset=0x3b000 rec=5929
vmm: host_read mem=m2 offset=0x3c000 rec=5929
vmm: host_read mem=m2 offset=0x3d000 rec=5929
vmm: host_read mem=m2 offset=0x3e000 rec=5929
vmm: host_read mem=m2 offset=0x3f000 rec=5929
vmm: host_read mem=m2 offset=0x40000 rec=5929
vmm: host_read mem=m2 offset=0x41000 rec=5929
vmm: host_read mem=m2 offset=0x42000 rec=5929
vmm: host_read mem=m2 offset=0x43000 rec=5929
vmm: host_read mem=m2 offset=0x44000 rec=5929
vmm: host_read mem=m2 offset=0x45000 rec=5929
vmm: host_read mem=m2 offset=0x46000 rec=5929
vmm: host_read mem=m2 offset=0x47000 rec=5929
vmm: host_read mem=m2 offset=0x48000 rec=5929
vmm: host_read mem=m2 offset=0x49000 rec=5929
vmm: host_read mem=m2 offset=0x4a000 rec=5929
vmm: host_read mem=m2 offset=0x4b000 rec=5929
vmm: host_read mem=m2 offset=0x4c000 rec=5929
vmm: host_read mem=m2 offset=0x4d000 rec=5929
vmm: host_read mem=m2 offset=0x4e000 rec=5929
vmm: host_read mem=m2 offset=0x4f000 rec=5929
vmm: host_read mem=m2 offset=0x50000 rec=5929
vmm: host_read mem=m2 offset=0x51000 rec=5929
vmm: host_read mem=m2 offset=0x52000 rec=5929
vmm: host_read mem=m2 offset=0x53000 rec=5929
vmm: host_read mem=m2 offset=0x54000 rec=5929
vmm: host_read mem=m2 offset=0x55000 rec=5929
vmm: host_read mem=m2 offset=0x56000 rec=5929
vmm: host_read mem=m2 offset=0x57000 rec=5929
vmm: host_read mem=m2 offset=0x58000 rec=5929
vmm: host_read mem=m2 offset=0x59000 rec=5929
vmm: host_read mem=m2 offset=0x5a000 rec=5929
vmm: host_read mem=m2 offset=0x5b000 rec=5929
vmm: host_read mem=m2 offset=0x5c000 rec=5929
vmm: host_read mem=m2 offset=0x5d000 rec=5929
vmm: host_read mem=m2 offset=0x5e000 rec=5929
vmm: host_read mem=m2 offset=0x5f000 rec=5929
vmm: host_read mem=m2 offset=0x60000 rec=5929
vmm: host_read mem=m2 offset=0x61000 rec=5929
vmm: host_read mem=m2 offset=0x62000 rec=5929
vmm: host_read mem=m2 offset=0x63000 rec=5929
vmm: host_read mem=m2 offset=0x64000 rec=5929
vmm: host_read mem=m2 offset=0x65000 rec=5929
vmm: host_read mem=m2 offset=0x66000 rec=5929
vmm: host_read mem=m2 offset=0x67000 rec=5929
vmm: host_read mem=m2 offset=0x68000 rec=5929
vmm: host_read mem=m2 offset=0x69000 rec=5929
vmm: host_read mem=m2 offset=0x6a000 rec=5929
vmm: host_read mem=m2 offset=0x6b000 rec=5929
vmm: host_read mem=m2 offset=0x6c000 rec=5929
vmm: host_read mem=m2 offset=0x6d000 rec=5929
vmm: host_read mem=m2 offset=0x6e000 rec=5929
vmm: host_read mem=m2 offset=0x6f000 rec=5929
vmm: host_read mem=m2 offset=0x70000 rec=5929
vmm: host_read mem=m2 offset=0x71000 rec=5929
vmm: host_read mem=m2 offset=0x72000 rec=5929
vmm: host_read mem=m2 offset=0x73000 rec=5929
vmm: host_read mem=m2 offset=0x74000 rec=5929
vmm: host_read mem=m2 offset=0x75000 rec=5929
vmm: host_read mem=m2 offset=0x76000 rec=5929
vmm: host_read mem=m2 offset=0x77000 rec=5929
vmm: host_read mem=m2 offset=0x78000 rec=5929
vmm: host_read mem=m2 offset=0x79000 rec=5929
vmm: host_read mem=m2 offset=0x7a000 rec=5929
vmm: host_read mem=m2 offset=0x7b000 rec=5929
vmm: host_read mem=m2 offset=0x7c000 rec=5929
vmm: host_read mem=m2 offset=0x7d000 rec=5929
vmm: host_read mem=m2 offset=0x7e000 rec=5929
vmm: host_read mem=m2 offset=0x7f000 rec=5929
vmm: set_memory_region slot=1 as=0 gpa=0x400000 size=0x80000 hva=0x7f482b020000 flags=0 expect=0 rec=5936
vmm: host_read mem=m1 offset=0 rec=5937
vmm: host_read mem=m1 offset=0x1000 rec=5937
vmm: host_read mem=m1 offset=0x2000 rec=5937
vmm: host_read mem=m1 offset=0x3000 rec=5937
vmm: host_read mem=m1 offset=0x4000 rec=5937
vmm: host_read mem=m1 offset=0x5000 rec=5937
vmm: host_read mem=m1 offset=0x6000 rec=5937
vmm: host_read mem=m1 offset=0x7000 rec=5937
vmm: host_read mem=m1 offset=0x8000 rec=5937
vmm: host_read mem=m1 offset=0x9000 rec=5937
vmm: host_read mem=m1 offset=0xa000 rec=5937
vmm: host_read mem=m1 offset=0xb000 rec=5937
vmm: host_read mem=m1 offset=0xc000 rec=5937
vmm: host_read mem=m1 offset=0xd000 rec=5937
vmm: host_read mem=m1 offset=0xe000 rec=5937
vmm: host_read mem=m1 offset=0xf000 rec=5937
vmm: host_read mem=m1 offset=0x10000 rec=5937
vmm: host_read mem=m1 offset=0x11000 rec=5937
vmm: host_read mem=m1 offset=0x12000 rec=5937
vmm: host_read mem=m1 offset=0x13000 rec=5937
vmm: host_read mem=m1 offset=0x14000 rec=5937
vmm: host_read mem=m1 offset=0x15000 rec=5937
vmm: host_read mem=m1 offset=0x16000 rec=5937
vmm: host_read mem=m1 offset=0x17000 rec=5937
vmm: host_read mem=m1 offset=0x18000 rec=5937
vmm: host_read mem=m1 offset=0x19000 rec=5937
vmm: host_read mem=m1 offset=0x1a000 rec=5937
vmm: host_read mem=m1 offset=0x1b000 rec=5937
vmm: host_read mem=m1 offset=0x1c000 rec=5937
vmm: host_read mem=m1 offset=0x1d000 rec=5937
vmm: host_read mem=m1 offset=0x1e000 rec=5937
vmm: host_read mem=m1 offset=0x1f000 rec=5937
vmm: host_read mem=m1 offset=0x20000 rec=5937
vmm: host_read mem=m1 offset=0x21000 rec=5937
vmm: host_read mem=m1 offset=0x22000 rec=5937
vmm: host_read mem=m1 offset=0x23000 rec=5937
vmm: host_read mem=m1 offset=0x24000 rec=5937
vmm: host_read mem=m1 offset=0x25000 rec=5937
vmm: host_read mem=m1 offset=0x26000 rec=5937
vmm: host_read mem=m1 offset=0x27000 rec=5937
vmm: host_read mem=m1 offset=0x28000 rec=5937
vmm: host_read mem=m1 offset=0x29000 rec=5937
vmm: host_read mem=m1 offset=0x2a000 rec=5937
vmm: host_read mem=m1 offset=0x2b000 rec=5937
vmm: host_read mem=m1 offset=0x2c000 rec=5937
vmm: host_read mem=m1 offset=0x2d000 rec=5937
vmm: host_read mem=m1 offset=0x2e000 rec=5937
vmm: host_read mem=m1 offset=0x2f000 rec=5937
vmm: host_read mem=m1 offset=0x30000 rec=5937
vmm: host_read mem=m1 offset=0x31000 rec=5937
vmm: host_read mem=m1 offset=0x32000 rec=5937
vmm: host_read mem=m1 offset=0x33000 rec=5937
vmm: host_read mem=m1 offset=0x34000 rec=5937
vmm: host_read mem=m1 offset=0x35000 rec=5937
vmm: host_read mem=m1 offset=0x36000 rec=5937
vmm: host_read mem=m1 offset=0x37000 rec=5937
vmm: host_read mem=m1 offset=0x38000 rec=5937
vmm: host_read mem=m1 offset=0x39000 rec=5937
vmm: host_read mem=m1 offset=0x3a000 rec=5937
vmm: host_read mem=m1 offset=0x3b000 rec=5937
vmm: host_read mem=m1 offset=0x3c000 rec=5937
vmm: host_read mem=m1 offset=0x3d000 rec=5937
vmm: host_read mem=m1 offset=0x3e000 rec=5937
vmm: host_read mem=m1 offset=0x3f000 rec=5937
vmm: host_read mem=m1 offset=0x40000 rec=5937
vmm: host_read mem=m1 offset=0x41000 rec=5937
vmm: host_read mem=m1 offset=0x42000 rec=5937
vmm: host_read mem=m1 offset=0x43000 rec=5937
vmm: host_read mem=m1 offset=0x44000 rec=5937
vmm: host_read mem=m1 offset=0x45000 rec=5937
vmm: host_read mem=m1 offset=0x46000 rec=5937
vmm: host_read mem=m1 offset=0x47000 rec=5937
vmm: host_read mem=m1 offset=0x48000 rec=5937
vmm: host_read mem=m1 offset=0x49000 rec=5937
vmm: host_read mem=m1 offset=0x4a000 rec=5937
vmm: host_read mem=m1 offset=0x4b000 rec=5937
vmm: host_read mem=m1 offset=0x4c000 rec=5937
vmm: host_read mem=m1 offset=0x4d000 rec=5937
vmm: host_read mem=m1 offset=0x4e000 rec=5937
vmm: host_read mem=m1 offset=0x4f000 rec=5937
vmm: host_read mem=m1 offset=0x50000 rec=5937
vmm: host_read mem=m1 offset=0x51000 rec=5937
vmm: host_read mem=m1 offset=0x52000 rec=5937
vmm: host_read mem=m1 offset=0x53000 rec=5937
vmm: host_read mem=m1 offset=0x54000 rec=5937
vmm: host_read mem=m1 offset=0x55000 rec=5937
vmm: host_read mem=m1 offset=0x56000 rec=5937
vmm: host_read mem=m1 offset=0x57000 rec=5937
vmm: host_read mem=m1 offset=0x58000 rec=5937
vmm: host_read mem=m1 offset=0x59000 rec=5937
vmm: host_read mem=m1 offset=0x5a000 rec=5937
vmm: host_read mem=m1 offset=0x5b000 rec=5937
vmm: host_read mem=m1 offset=0x5c000 rec=5937
vmm: host_read mem=m1 offset=0x5d000 rec=5937
vmm: host_read mem=m1 offset=0x5e000 rec=5937
vmm: host_read mem=m1 offset=0x5f000 rec=5937
vmm: host_read mem=m1 offset=0x60000 rec=5937
vmm: host_read mem=m1 offset=0x61000 rec=5937
vmm: host_read mem=m1 offset=0x62000 rec=5937
vmm: host_read mem=m1 offset=0x63000 rec=5937
vmm: host_read mem=m1 offset=0x64000 rec=5937
vmm: host_read mem=m1 offset=0x65000 rec=5937
vmm: host_read mem=m1 offset=0x66000 rec=5937
vmm: host_read mem=m1 offset=0x67000 rec=5937
vmm: host_read mem=m1 offset=0x68000 rec=5937
vmm: host_read mem=m1 offset=0x69000 rec=5937
vmm: host_read mem=m1 offset=0x6a000 rec=5937
vmm: host_read mem=m1 offset=0x6b000 rec=5937
vmm: host_read mem=m1 offset=0x6c000 rec=5937
vmm: host_read mem=m1 offset=0x6d000 rec=5937
vmm: host_read mem=m1 offset=0x6e000 rec=5937
vmm: host_read mem=m1 offset=0x6f000 rec=5937
vmm: host_read mem=m1 offset=0x70000 rec=5937
vmm: host_read mem=m1 offset=0x71000 rec=5937
vmm: host_read mem=m1 offset=0x72000 rec=5937
vmm: host_read mem=m1 offset=0x73000 rec=5937
vmm: host_read mem=m1 offset=0x74000 rec=5937
vmm: host_read mem=m1 offset=0x75000 rec=5937
vmm: host_read mem=m1 offset=0x76000 rec=5937
vmm: host_read mem=m1 offset=0x77000 rec=5937
vmm: host_read mem=m1 offset=0x78000 rec=5937
vmm: host_read mem=m1 offset=0x79000 rec=5937
vmm: host_read mem=m1 offset=0x7a000 rec=5937
vmm: host_read mem=m1 offset=0x7b000 rec=5937
vmm: host_read mem=m1 offset=0x7c000 rec=5937
vmm: host_read mem=m1 offset=0x7d000 rec=5937
vmm: host_read mem=m1 offset=0x7e000 rec=5937
vmm: host_read mem=m1 offset=0x7f000 rec=5937
vmm: host_read mem=m2 offset=0 rec=5938
vmm: host_read mem=m2 offset=0x1000 rec=5938
vmm: host_read mem=m2 offset=0x2000 rec=5938
vmm: host_read mem=m2 offset=0x3000 rec=5938
vmm: host_read mem=m2 offset=0x4000 rec=5938
vmm: host_read mem=m2 offset=0x5000 rec=5938
vmm: host_read mem=m2 offset=0x6000 rec=5938
vmm: host_read mem=m2 offset=0x7000 rec=5938
vmm: host_read mem=m2 offset=0x8000 rec=5938
vmm: host_read mem=m2 offset=0x9000 rec=5938
vmm: host_read mem=m2 offset=0xa000 rec=5938
vmm: host_read mem=m2 offset=0xb000 rec=5938
vmm: host_read mem=m2 offset=0xc000 rec=5938
vmm: host_read mem=m2 offset=0xd000 rec=5938
vmm: host_read mem=m2 offset=0xe000 rec=5938
vmm: host_read mem=m2 offset=0xf000 rec=5938
vmm: host_read mem=m2 offset=0x10000 rec=5938
vmm: host_read mem=m2 offset=0x11000 rec=5938
vmm: host_read mem=m2 offset=0x12000 rec=5938
vmm: host_read mem=m2 offset=0x13000 rec=5938
vmm: host_read mem=m2 offset=0x14000 rec=5938
vmm: host_read mem=m2 offset=0x15000 rec=5938
vmm: host_read mem=m2 offset=0x16000 rec=5938
vmm: host_read mem=m2 offset=0x17000 rec=5938
vmm: host_read mem=m2 offset=0x18000 rec=5938
vmm: host_read mem=m2 offset=0x19000 rec=5938
vmm: host_read mem=m2 offset=0x1a000 rec=5938
vmm: host_read mem=m2 offset=0x1b000 rec=5938
vmm: host_read mem=m2 offset=0x1c000 rec=5938
vmm: host_read mem=m2 offset=0x1d000 rec=5938
vmm: host_read mem=m2 offset=0x1e000 rec=5938
vmm: host_read mem=m2 offset=0x1f000 rec=5938
vmm: host_read mem=m2 offset=0x20000 rec=5938
vmm: host_read mem=m2 offset=0x21000 rec=5938
vmm: host_read mem=m2 offset=0x22000 rec=5938
vmm: host_read mem=m2 offset=0x23000 rec=5938
vmm: host_read mem=m2 offset=0x24000 rec=5938
vmm: host_read mem=m2 offset=0x25000 rec=5938
vmm: host_read mem=m2 offset=0x26000 rec=5938
vmm: host_read mem=m2 offset=0x27000 rec=5938
vmm: host_read mem=m2 offset=0x28000 rec=5938
vmm: host_read mem=m2 offset=0x29000 rec=5938
vmm: host_read mem=m2 offset=0x2a000 rec=5938
vmm: host_read mem=m2 offset=0x2b000 rec=5938
vmm: host_read mem=m2 offset=0x2c000 rec=5938
vmm: host_read mem=m2 offset=0x2d000 rec=5938
vmm: host_read mem=m2 offset=0x2e000 rec=5938
vmm: host_read mem=m2 offset=0x2f000 rec=5938
vmm: host_read mem=m2 offset=0x30000 rec=5938
vmm: host_read mem=m2 offset=0x31000 rec=5938
vmm: host_read mem=m2 offset=0x32000 rec=5938
vmm: host_read mem=m2 offset=0x33000 rec=5938
vmm: host_read mem=m2 offset=0x34000 rec=5938
vmm: host_read mem=m2 offset=0x35000 rec=5938
vmm: host_read mem=m2 offset=0x36000 rec=5938
vmm: host_read mem=m2 offset=0x37000 rec=5938
vmm: host_read mem=m2 offset=0x38000 rec=5938
vmm: host_read mem=m2 offset=0x39000 rec=5938
vmm: host_read mem=m2 offset=0x3a000 rec=5938
vmm: host_read mem=m2 offset=0x3b000 rec=5938
vmm: host_read mem=m2 offset=0x3c000 rec=5938
vmm: host_read mem=m2 offset=0x3d000 rec=5938
vmm: host_read mem=m2 offset=0x3e000 rec=5938
vmm: host_read mem=m2 offset=0x3f000 rec=5938
vmm: host_read mem=m2 offset=0x40000 rec=5938
vmm: host_read mem=m2 offset=0x41000 rec=5938
vmm: host_read mem=m2 offset=0x42000 rec=5938
vmm: host_read mem=m2 offset=0x43000 rec=5938
vmm: host_read mem=m2 offset=0x44000 rec=5938
vmm: host_read mem=m2 offset=0x45000 rec=5938
vmm: host_read mem=m2 offset=0x46000 rec=5938
vmm: host_read mem=m2 offset=0x47000 rec=5938
vmm: host_read mem=m2 offset=0x48000 rec=5938
vmm: host_read mem=m2 offset=0x49000 rec=5938
vmm: host_read mem=m2 offset=0x4a000 rec=5938
vmm: host_read mem=m2 offset=0x4b000 rec=5938
vmm: host_read mem=m2 offset=0x4c000 rec=5938
vmm: host_read mem=m2 offset=0x4d000 rec=5938
vmm: host_read mem=m2 offset=0x4e000 rec=5938
vmm: host_read mem=m2 offset=0x4f000 rec=5938
vmm: host_read mem=m2 offset=0x50000 rec=5938
vmm: host_read mem=m2 offset=0x51000 rec=5938
vmm: host_read mem=m2 offset=0x52000 rec=5938
vmm: host_read mem=m2 offset=0x53000 rec=5938
vmm: host_read mem=m2 offset=0x54000 rec=5938
vmm: host_read mem=m2 offset=0x55000 rec=5938
vmm: host_read mem=m2 offset=0x56000 rec=5938
vmm: host_read mem=m2 offset=0x57000 rec=5938
vmm: host_read mem=m2 offset=0x58000 rec=5938
vmm: host_read mem=m2 offset=0x59000 rec=5938
vmm: host_read mem=m2 offset=0x5a000 rec=5938
vmm: host_read mem=m2 offset=0x5b000 rec=5938
vmm: host_read mem=m2 offset=0x5c000 rec=5938
vmm: host_read mem=m2 offset=0x5d000 rec=5938
vmm: host_read mem=m2 offset=0x5e000 rec=5938
vmm: host_read mem=m2 offset=0x5f000 rec=5938
vmm: host_read mem=m2 offset=0x60000 rec=5938
vmm: host_read mem=m2 offset=0x61000 rec=5938
vmm: host_read mem=m2 offset=0x62000 rec=5938
vmm: host_read mem=m2 offset=0x63000 rec=5938
vmm: host_read mem=m2 offset=0x64000 rec=5938
vmm: host_read mem=m2 offset=0x65000 rec=5938
vmm: host_read mem=m2 offset=0x66000 rec=5938
vmm: host_read mem=m2 offset=0x67000 rec=5938
vmm: host_read mem=m2 offset=0x68000 rec=5938
vmm: host_read mem=m2 offset=0x69000 rec=5938
vmm: host_read mem=m2 offset=0x6a000 rec=5938
vmm: host_read mem=m2 offset=0x6b000 rec=5938
vmm: host_read mem=m2 offset=0x6c000 rec=5938
vmm: host_read mem=m2 offset=0x6d000 rec=5938
vmm: host_read mem=m2 offset=0x6e000 rec=5938
vmm: host_read mem=m2 offset=0x6f000 rec=5938
vmm: host_read mem=m2 offset=0x70000 rec=5938
vmm: host_read mem=m2 offset=0x71000 rec=5938
vmm: host_read mem=m2 offset=0x72000 rec=5938
vmm: host_read mem=m2 offset=0x73000 rec=5938
vmm: host_read mem=m2 offset=0x74000 rec=5938
vmm: host_read mem=m2 offset=0x75000 rec=5938
vmm: host_read mem=m2 offset=0x76000 rec=5938
vmm: host_read mem=m2 offset=0x77000 rec=5938
vmm: host_read mem=m2 offset=0x78000 rec=5938
vmm: host_read mem=m2 offset=0x79000 rec=5938
vmm: host_read mem=m2 offset=0x7a000 rec=5938
vmm: host_read mem=m2 offset=0x7b000 rec=5938
vmm: host_read mem=m2 offset=0x7c000 rec=5938
vmm: host_read mem=m2 offset=0x7d000 rec=5938
vmm: host_read mem=m2 offset=0x7e000 rec=5938
vmm: host_read mem=m2 offset=0x7f000 rec=5938
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=5939	# walk at line 5955
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=5939	# walk at line 5960
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=5939	# walk at line 5972
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=5939	# walk at line 5977
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=5939	# walk at line 5982
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=5939	# walk at line 5987
vcpu0: exec gpa=0x12068 paging sptes=0x5 expect=fault rec=5939	# walk at line 5992
vcpu0: read gpa=0x20020 paging sptes=0x1 expect=fault rec=5939	# walk at line 6003
vcpu0: write gpa=0x400000 sptes=0xff expect=fault rec=5939	# walk at line 6010
vcpu0: write gpa=0x408000 sptes=0xff expect=fault rec=5939	# walk at line 6025
vcpu0: write gpa=0x410000 sptes=0xff expect=fault rec=5939	# walk at line 6039
vcpu0: write gpa=0x418000 sptes=0xff expect=fault rec=5939	# walk at line 6053
vcpu0: write gpa=0x420000 sptes=0xff expect=fault rec=5939	# walk at line 6067
vcpu0: write gpa=0x428000 sptes=0xff expect=fault rec=5939	# walk at line 6081
vcpu0: write gpa=0x430000 sptes=0xff expect=fault rec=5939	# walk at line 6095
vcpu0: write gpa=0x438000 sptes=0xff expect=fault rec=5939	# walk at line 6109
vcpu0: write gpa=0x440000 sptes=0xff expect=fault rec=5939	# walk at line 6123
vcpu0: write gpa=0x448000 sptes=0xff expect=fault rec=5939	# walk at line 6137
vcpu0: write gpa=0x450000 sptes=0xff expect=fault rec=5939	# walk at line 6151
vcpu0: write gpa=0x458000 sptes=0xff expect=fault rec=5939	# walk at line 6165
vcpu0: write gpa=0x460000 sptes=0xff expect=fault rec=5939	# walk at line 6179
vcpu0: write gpa=0x468000 sptes=0xff expect=fault rec=5939	# walk at line 6193
vcpu0: write gpa=0x470000 sptes=0xff expect=fault rec=5939	# walk at line 6207
vcpu0: write gpa=0x478000 sptes=0xff expect=fault rec=5939	# walk at line 6221
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=5939	# walk at line 6235
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=5939	# walk at line 6247
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=5939	# walk at line 6252
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=5939	# walk at line 6257
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=5939	# walk at line 6262
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=5939	# walk at line 6267
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=5939	# walk at line 6272
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=5939	# walk at line 6277
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=5939	# walk at line 6282
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=5939	# walk at line 6287
barrier
vmm: host_read mem=m1 offset=0 rec=6301
vmm: host_read mem=m1 offset=0x1000 rec=6301
vmm: host_read mem=m1 offset=0x2000 rec=6301
vmm: host_read mem=m1 offset=0x3000 rec=6301
vmm: host_read mem=m1 offset=0x4000 rec=6301
vmm: host_read mem=m1 offset=0x5000 rec=6301
vmm: host_read mem=m1 offset=0x6000 rec=6301
vmm: host_read mem=m1 offset=0x7000 rec=6301
vmm: host_read mem=m1 offset=0x8000 rec=6301
vmm: host_read mem=m1 offset=0x9000 rec=6301
vmm: host_read mem=m1 offset=0xa000 rec=6301
vmm: host_read mem=m1 offset=0xb000 rec=6301
vmm: host_read mem=m1 offset=0xc000 rec=6301
vmm: host_read mem=m1 offset=0xd000 rec=6301
vmm: host_read mem=m1 offset=0xe000 rec=6301
vmm: host_read mem=m1 offset=0xf000 rec=6301
vmm: host_read mem=m1 offset=0x10000 rec=6301
vmm: host_read mem=m1 offset=0x11000 rec=6301
vmm: host_read mem=m1 offset=0x12000 rec=6301
vmm: host_read mem=m1 offset=0x13000 rec=6301
vmm: host_read mem=m1 offset=0x14000 rec=6301
vmm: host_read mem=m1 offset=0x15000 rec=6301
vmm: host_read mem=m1 offset=0x16000 rec=6301
vmm: host_read mem=m1 offset=0x17000 rec=6301
vmm: host_read mem=m1 offset=0x18000 rec=6301
vmm: host_read mem=m1 offset=0x19000 rec=6301
vmm: host_read mem=m1 offset=0x1a000 rec=6301
vmm: host_read mem=m1 offset=0x1b000 rec=6301
vmm: host_read mem=m1 offset=0x1c000 rec=6301
vmm: host_read mem=m1 offset=0x1d000 rec=6301
vmm: host_read mem=m1 offset=0x1e000 rec=6301
vmm: host_read mem=m1 offset=0x1f000 rec=6301
vmm: host_read mem=m1 offset=0x20000 rec=6301
vmm: host_read mem=m1 offset=0x21000 rec=6301
vmm: host_read mem=m1 offset=0x22000 rec=6301
vmm: host_read mem=m1 offset=0x23000 rec=6301
vmm: host_read mem=m1 offset=0x24000 rec=6301
vmm: host_read mem=m1 offset=0x25000 rec=6301
vmm: host_read mem=m1 offset=0x26000 rec=6301
vmm: host_read mem=m1 offset=0x27000 rec=6301
vmm: host_read mem=m1 offset=0x28000 rec=6301
vmm: host_read mem=m1 offset=0x29000 rec=6301
vmm: host_read mem=m1 offset=0x2a000 rec=6301
vmm: host_read mem=m1 offset=0x2b000 rec=6301
vmm: host_read mem=m1 offset=0x2c000 rec=6301
vmm: host_read mem=m1 offset=0x2d000 rec=6301
vmm: host_read mem=m1 offset=0x2e000 rec=6301
vmm: host_read mem=m1 offset=0x2f000 rec=6301
vmm: host_read mem=m1 offset=0x30000 rec=6301
vmm: host_read mem=m1 offset=0x31000 rec=6301
vmm: host_read mem=m1 offset=0x32000 rec=6301
vmm: host_read mem=m1 offset=0x33000 rec=6301
vmm: host_read mem=m1 offset=0x34000 rec=6301
vmm: host_read mem=m1 offset=0x35000 rec=6301
vmm: host_read mem=m1 offset=0x36000 rec=6301
vmm: host_read mem=m1 offset=0x37000 rec=6301
vmm: host_read mem=m1 offset=0x38000 rec=6301
vmm: host_read mem=m1 offset=0x39000 rec=6301
vmm: host_read mem=m1 offset=0x3a000 rec=6301
vmm: host_read mem=m1 offset=0x3b000 rec=6301
vmm: host_read mem=m1 offset=0x3c000 rec=6301
vmm: host_read mem=m1 offset=0x3d000 rec=6301
vmm: host_read mem=m1 offset=0x3e000 rec=6301
vmm: host_read mem=m1 offset=0x3f000 rec=6301
vmm: host_read mem=m1 offset=0x40000 rec=6301
vmm: host_read mem=m1 offset=0x41000 rec=6301
vmm: host_read mem=m1 offset=0x42000 rec=6301
vmm: host_read mem=m1 offset=0x43000 rec=6301
vmm: host_read mem=m1 offset=0x44000 rec=6301
vmm: host_read mem=m1 offset=0x45000 rec=6301
vmm: host_read mem=m1 offset=0x46000 rec=6301
vmm: host_read mem=m1 offset=0x47000 rec=6301
vmm: host_read mem=m1 offset=0x48000 rec=6301
vmm: host_read mem=m1 offset=0x49000 rec=6301
vmm: host_read mem=m1 offset=0x4a000 rec=6301
vmm: host_read mem=m1 offset=0x4b000 rec=6301
vmm: host_read mem=m1 offset=0x4c000 rec=6301
vmm: host_read mem=m1 offset=0x4d000 rec=6301
vmm: host_read mem=m1 offset=0x4e000 rec=6301
vmm: host_read mem=m1 offset=0x4f000 rec=6301
vmm: host_read mem=m1 offset=0x50000 rec=6301
vmm: host_read mem=m1 offset=0x51000 rec=6301
vmm: host_read mem=m1 offset=0x52000 rec=6301
vmm: host_read mem=m1 offset=0x53000 rec=6301
vmm: host_read mem=m1 offset=0x54000 rec=6301
vmm: host_read mem=m1 offset=0x55000 rec=6301
vmm: host_read mem=m1 offset=0x56000 rec=6301
vmm: host_read mem=m1 offset=0x57000 rec=6301
vmm: host_read mem=m1 offset=0x58000 rec=6301
vmm: host_read mem=m1 offset=0x59000 rec=6301
vmm: host_read mem=m1 offset=0x5a000 rec=6301
vmm: host_read mem=m1 offset=0x5b000 rec=6301
vmm: host_read mem=m1 offset=0x5c000 rec=6301
vmm: host_read mem=m1 offset=0x5d000 rec=6301
vmm: host_read mem=m1 offset=0x5e000 rec=6301
vmm: host_read mem=m1 offset=0x5f000 rec=6301
vmm: host_read mem=m1 offset=0x60000 rec=6301
vmm: host_read mem=m1 offset=0x61000 rec=6301
vmm: host_read mem=m1 offset=0x62000 rec=6301
vmm: host_read mem=m1 offset=0x63000 rec=6301
vmm: host_read mem=m1 offset=0x64000 rec=6301
vmm: host_read mem=m1 offset=0x65000 rec=6301
vmm: host_read mem=m1 offset=0x66000 rec=6301
vmm: host_read mem=m1 offset=0x67000 rec=6301
vmm: host_read mem=m1 offset=0x68000 rec=6301
vmm: host_read mem=m1 offset=0x69000 rec=6301
vmm: host_read mem=m1 offset=0x6a000 rec=6301
vmm: host_read mem=m1 offset=0x6b000 rec=6301
vmm: host_read mem=m1 offset=0x6c000 rec=6301
vmm: host_read mem=m1 offset=0x6d000 rec=6301
vmm: host_read mem=m1 offset=0x6e000 rec=6301
vmm: host_read mem=m1 offset=0x6f000 rec=6301
vmm: host_read mem=m1 offset=0x70000 rec=6301
vmm: host_read mem=m1 offset=0x71000 rec=6301
vmm: host_read mem=m1 offset=0x72000 rec=6301
vmm: host_read mem=m1 offset=0x73000 rec=6301
vmm: host_read mem=m1 offset=0x74000 rec=6301
vmm: host_read mem=m1 offset=0x75000 rec=6301
vmm: host_read mem=m1 offset=0x76000 rec=6301
vmm: host_read mem=m1 offset=0x77000 rec=6301
vmm: host_read mem=m1 offset=0x78000 rec=6301
vmm: host_read mem=m1 offset=0x79000 rec=6301
vmm: host_read mem=m1 offset=0x7a000 rec=6301
vmm: host_read mem=m1 offset=0x7b000 rec=6301
vmm: host_read mem=m1 offset=0x7c000 rec=6301
vmm: host_read mem=m1 offset=0x7d000 rec=6301
vmm: host_read mem=m1 offset=0x7e000 rec=6301
vmm: host_read mem=m1 offset=0x7f000 rec=6301
vmm: host_read mem=m2 offset=0 rec=6302
vmm: host_read mem=m2 offset=0x1000 rec=6302
vmm: host_read mem=m2 offset=0x2000 rec=6302
vmm: host_read mem=m2 offset=0x3000 rec=6302
vmm: host_read mem=m2 offset=0x4000 rec=6302
vmm: host_read mem=m2 offset=0x5000 rec=6302
vmm: host_read mem=m2 offset=0x6000 rec=6302
vmm: host_read mem=m2 offset=0x7000 rec=6302
vmm: host_read mem=m2 offset=0x8000 rec=6302
vmm: host_read mem=m2 offset=0x9000 rec=6302
vmm: host_read mem=m2 offset=0xa000 rec=6302
vmm: host_read mem=m2 offset=0xb000 rec=6302
vmm: host_read mem=m2 offset=0xc000 rec=6302
vmm: host_read mem=m2 offset=0xd000 rec=6302
vmm: host_read mem=m2 offset=0xe000 rec=6302
vmm: host_read mem=m2 offset=0xf000 rec=6302
vmm: host_read mem=m2 offset=0x10000 rec=6302
vmm: host_read mem=m2 offset=0x11000 rec=6302
vmm: host_read mem=m2 offset=0x12000 rec=6302
vmm: host_read mem=m2 offset=0x13000 rec=6302
vmm: host_read mem=m2 offset=0x14000 rec=6302
vmm: host_read mem=m2 offset=0x15000 rec=6302
vmm: host_read mem=m2 offset=0x16000 rec=6302
vmm: host_read mem=m2 offset=0x17000 rec=6302
vmm: host_read mem=m2 offset=0x18000 rec=6302
vmm: host_read mem=m2 offset=0x19000 rec=6302
vmm: host_read mem=m2 offset=0x1a000 rec=6302
vmm: host_read mem=m2 offset=0x1b000 rec=6302
vmm: host_read mem=m2 offset=0x1c000 rec=6302
vmm: host_read mem=m2 offset=0x1d000 rec=6302
vmm: host_read mem=m2 offset=0x1e000 rec=6302
vmm: host_read mem=m2 offset=0x1f000 rec=6302
vmm: host_read mem=m2 offset=0x20000 rec=6302
vmm: host_read mem=m2 offset=0x21000 rec=6302
vmm: host_read mem=m2 offset=0x22000 rec=6302
vmm: host_read mem=m2 offset=0x23000 rec=6302
vmm: host_read mem=m2 offset=0x24000 rec=6302
vmm: host_read mem=m2 offset=0x25000 rec=6302
vmm: host_read mem=m2 offset=0x26000 rec=6302
vmm: host_read mem=m2 offset=0x27000 rec=6302
vmm: host_read mem=m2 offset=0x28000 rec=6302
vmm: host_read mem=m2 offset=0x29000 rec=6302
vmm: host_read mem=m2 offset=0x2a000 rec=6302
vmm: host_read mem=m2 offset=0x2b000 rec=6302
vmm: host_read mem=m2 offset=0x2c000 rec=6302
vmm: host_read mem=m2 offset=0x2d000 rec=6302
vmm: host_read mem=m2 offset=0x2e000 rec=6302
vmm: host_read mem=m2 offset=0x2f000 rec=6302
vmm: host_read mem=m2 offset=0x30000 rec=6302
vmm: host_read mem=m2 offset=0x31000 rec=6302
vmm: host_read mem=m2 offset=0x32000 rec=6302
vmm: host_read mem=m2 offset=0x33000 rec=6302
vmm: host_read mem=m2 offset=0x34000 rec=6302
vmm: host_read mem=m2 offset=0x35000 rec=6302
vmm: host_read mem=m2 offset=0x36000 rec=6302
vmm: host_read mem=m2 offset=0x37000 rec=6302
vmm: host_read mem=m2 offset=0x38000 rec=6302
vmm: host_read mem=m2 offset=0x39000 rec=6302
vmm: host_read mem=m2 offset=0x3a000 rec=6302
vmm: host_read mem=m2 offset=0x3b000 rec=6302
vmm: host_read mem=m2 offset=0x3c000 rec=6302
vmm: host_read mem=m2 offset=0x3d000 rec=6302
vmm: host_read mem=m2 offset=0x3e000 rec=6302
vmm: host_read mem=m2 offset=0x3f000 rec=6302
vmm: host_read mem=m2 offset=0x40000 rec=6302
vmm: host_read mem=m2 offset=0x41000 rec=6302
vmm: host_read mem=m2 offset=0x42000 rec=6302
vmm: host_read mem=m2 offset=0x43000 rec=6302
vmm: host_read mem=m2 offset=0x44000 rec=6302
vmm: host_read mem=m2 offset=0x45000 rec=6302
vmm: host_read mem=m2 offset=0x46000 rec=6302
vmm: host_read mem=m2 offset=0x47000 rec=6302
vmm: host_read mem=m2 offset=0x48000 rec=6302
vmm: host_read mem=m2 offset=0x49000 rec=6302
vmm: host_read mem=m2 offset=0x4a000 rec=6302
vmm: host_read mem=m2 offset=0x4b000 rec=6302
vmm: host_read mem=m2 offset=0x4c000 rec=6302
vmm: host_read mem=m2 offset=0x4d000 rec=6302
vmm: host_read mem=m2 offset=0x4e000 rec=6302
vmm: host_read mem=m2 offset=0x4f000 rec=6302
vmm: host_read mem=m2 offset=0x50000 rec=6302
vmm: host_read mem=m2 offset=0x51000 rec=6302
vmm: host_read mem=m2 offset=0x52000 rec=6302
vmm: host_read mem=m2 offset=0x53000 rec=6302
vmm: host_read mem=m2 offset=0x54000 rec=6302
vmm: host_read mem=m2 offset=0x55000 rec=6302
vmm: host_read mem=m2 offset=0x56000 rec=6302
vmm: host_read mem=m2 offset=0x57000 rec=6302
vmm: host_read mem=m2 offset=0x58000 rec=6302
vmm: host_read mem=m2 offset=0x59000 rec=6302
vmm: host_read mem=m2 offset=0x5a000 rec=6302
vmm: host_read mem=m2 offset=0x5b000 rec=6302
vmm: host_read mem=m2 offset=0x5c000 rec=6302
vmm: host_read mem=m2 offset=0x5d000 rec=6302
vmm: host_read mem=m2 offset=0x5e000 rec=6302
vmm: host_read mem=m2 offset=0x5f000 rec=6302
vmm: host_read mem=m2 offset=0x60000 rec=6302
vmm: host_read mem=m2 offset=0x61000 rec=6302
vmm: host_read mem=m2 offset=0x62000 rec=6302
vmm: host_read mem=m2 offset=0x63000 rec=6302
vmm: host_read mem=m2 offset=0x64000 rec=6302
vmm: host_read mem=m2 offset=0x65000 rec=6302
vmm: host_read mem=m2 offset=0x66000 rec=6302
vmm: host_read mem=m2 offset=0x67000 rec=6302
vmm: host_read mem=m2 offset=0x68000 rec=6302
vmm: host_read mem=m2 offset=0x69000 rec=6302
vmm: host_read mem=m2 offset=0x6a000 rec=6302
vmm: host_read mem=m2 offset=0x6b000 rec=6302
vmm: host_read mem=m2 offset=0x6c000 rec=6302
vmm: host_read mem=m2 offset=0x6d000 rec=6302
vmm: host_read mem=m2 offset=0x6e000 rec=6302
vmm: host_read mem=m2 offset=0x6f000 rec=6302
vmm: host_read mem=m2 offset=0x70000 rec=6302
vmm: host_read mem=m2 offset=0x71000 rec=6302
vmm: host_read mem=m2 offset=0x72000 rec=6302
vmm: host_read mem=m2 offset=0x73000 rec=6302
vmm: host_read mem=m2 offset=0x74000 rec=6302
vmm: host_read mem=m2 offset=0x75000 rec=6302
vmm: host_read mem=m2 offset=0x76000 rec=6302
vmm: host_read mem=m2 offset=0x77000 rec=6302
vmm: host_read mem=m2 offset=0x78000 rec=6302
vmm: host_read mem=m2 offset=0x79000 rec=6302
vmm: host_read mem=m2 offset=0x7a000 rec=6302
vmm: host_read mem=m2 offset=0x7b000 rec=6302
vmm: host_read mem=m2 offset=0x7c000 rec=6302
vmm: host_read mem=m2 offset=0x7d000 rec=6302
vmm: host_read mem=m2 offset=0x7e000 rec=6302
vmm: host_read mem=m2 offset=0x7f000 rec=6302
vmm: set_memory_region slot=1 as=0 gpa=0x400000 size=0x80000 hva=0x7f482b020000 flags=0x1 expect=0 rec=6303
vmm: host_read mem=m1 offset=0 rec=6304
vmm: host_read mem=m1 offset=0x1000 rec=6304
vmm: host_read mem=m1 offset=0x2000 rec=6304
vmm: host_read mem=m1 offset=0x3000 rec=6304
vmm: host_read mem=m1 offset=0x4000 rec=6304
vmm: host_read mem=m1 offset=0x5000 rec=6304
vmm: host_read mem=m1 offset=0x6000 rec=6304
vmm: host_read mem=m1 offset=0x7000 rec=6304
vmm: host_read mem=m1 offset=0x8000 rec=6304
vmm: host_read mem=m1 offset=0x9000 rec=6304
vmm: host_read mem=m1 offset=0xa000 rec=6304
vmm: host_read mem=m1 offset=0xb000 rec=6304
vmm: host_read mem=m1 offset=0xc000 rec=6304
vmm: host_read mem=m1 offset=0xd000 rec=6304
vmm: host_read mem=m1 offset=0xe000 rec=6304
vmm: host_read mem=m1 offset=0xf000 rec=6304
vmm: host_read mem=m1 offset=0x10000 rec=6304
vmm: host_read mem=m1 offset=0x11000 rec=6304
vmm: host_read mem=m1 offset=0x12000 rec=6304
vmm: host_read mem=m1 offset=0x13000 rec=6304
vmm: host_read mem=m1 offset=0x14000 rec=6304
vmm: host_read mem=m1 offset=0x15000 rec=6304
vmm: host_read mem=m1 offset=0x16000 rec=6304
vmm: host_read mem=m1 offset=0x17000 rec=6304
vmm: host_read mem=m1 offset=0x18000 rec=6304
vmm: host_read mem=m1 offset=0x19000 rec=6304
vmm: host_read mem=m1 offset=0x1a000 rec=6304
vmm: host_read mem=m1 offset=0x1b000 rec=6304
vmm: host_read mem=m1 offset=0x1c000 rec=6304
vmm: host_read mem=m1 offset=0x1d000 rec=6304
vmm: host_read mem=m1 offset=0x1e000 rec=6304
vmm: host_read mem=m1 offset=0x1f000 rec=6304
vmm: host_read mem=m1 offset=0x20000 rec=6304
vmm: host_read mem=m1 offset=0x21000 rec=6304
vmm: host_read mem=m1 offset=0x22000 rec=6304
vmm: host_read mem=m1 offset=0x23000 rec=6304
vmm: host_read mem=m1 offset=0x24000 rec=6304
vmm: host_read mem=m1 offset=0x25000 rec=6304
vmm: host_read mem=m1 offset=0x26000 rec=6304
vmm: host_read mem=m1 offset=0x27000 rec=6304
vmm: host_read mem=m1 offset=0x28000 rec=6304
vmm: host_read mem=m1 offset=0x29000 rec=6304
vmm: host_read mem=m1 offset=0x2a000 rec=6304
vmm: host_read mem=m1 offset=0x2b000 rec=6304
vmm: host_read mem=m1 offset=0x2c000 rec=6304
vmm: host_read mem=m1 offset=0x2d000 rec=6304
vmm: host_read mem=m1 offset=0x2e000 rec=6304
vmm: host_read mem=m1 offset=0x2f000 rec=6304
vmm: host_read mem=m1 offset=0x30000 rec=6304
vmm: host_read mem=m1 offset=0x31000 rec=6304
vmm: host_read mem=m1 offset=0x32000 rec=6304
vmm: host_read mem=m1 offset=0x33000 rec=6304
vmm: host_read mem=m1 offset=0x34000 rec=6304
vmm: host_read mem=m1 offset=0x35000 rec=6304
vmm: host_read mem=m1 offset=0x36000 rec=6304
vmm: host_read mem=m1 offset=0x37000 rec=6304
vmm: host_read mem=m1 offset=0x38000 rec=6304
vmm: host_read mem=m1 offset=0x39000 rec=6304
vmm: host_read mem=m1 offset=0x3a000 rec=6304
vmm: host_read mem=m1 offset=0x3b000 rec=6304
vmm: host_read mem=m1 offset=0x3c000 rec=6304
vmm: host_read mem=m1 offset=0x3d000 rec=6304
vmm: host_read mem=m1 offset=0x3e000 rec=6304
vmm: host_read mem=m1 offset=0x3f000 rec=6304
vmm: host_read mem=m1 offset=0x40000 rec=6304
vmm: host_read mem=m1 offset=0x41000 rec=6304
vmm: host_read mem=m1 offset=0x42000 rec=6304
vmm: host_read mem=m1 offset=0x43000 rec=6304
vmm: host_read mem=m1 offset=0x44000 rec=6304
vmm: host_read mem=m1 offset=0x45000 rec=6304
vmm: host_read mem=m1 offset=0x46000 rec=6304
vmm: host_read mem=m1 offset=0x47000 rec=6304
vmm: host_read mem=m1 offset=0x48000 rec=6304
vmm: host_read mem=m1 offset=0x49000 rec=6304
vmm: host_read mem=m1 offset=0x4a000 rec=6304
vmm: host_read mem=m1 offset=0x4b000 rec=6304
vmm: host_read mem=m1 offset=0x4c000 rec=6304
vmm: host_read mem=m1 offset=0x4d000 rec=6304
vmm: host_read mem=m1 offset=0x4e000 rec=6304
vmm: host_read mem=m1 offset=0x4f000 rec=6304
vmm: host_read mem=m1 offset=0x50000 rec=6304
vmm: host_read mem=m1 offset=0x51000 rec=6304
vmm: host_read mem=m1 offset=0x52000 rec=6304
vmm: host_read mem=m1 offset=0x53000 rec=6304
vmm: host_read mem=m1 offset=0x54000 rec=6304
vmm: host_read mem=m1 offset=0x55000 rec=6304
vmm: host_read mem=m1 offset=0x56000 rec=6304
vmm: host_read mem=m1 offset=0x57000 rec=6304
vmm: host_read mem=m1 offset=0x58000 rec=6304
vmm: host_read mem=m1 offset=0x59000 rec=6304
vmm: host_read mem=m1 offset=0x5a000 rec=6304
vmm: host_read mem=m1 offset=0x5b000 rec=6304
vmm: host_read mem=m1 offset=0x5c000 rec=6304
vmm: host_read mem=m1 offset=0x5d000 rec=6304
vmm: host_read mem=m1 offset=0x5e000 rec=6304
vmm: host_read mem=m1 offset=0x5f000 rec=6304
vmm: host_read mem=m1 offset=0x60000 rec=6304
vmm: host_read mem=m1 offset=0x61000 rec=6304
vmm: host_read mem=m1 offset=0x62000 rec=6304
vmm: host_read mem=m1 offset=0x63000 rec=6304
vmm: host_read mem=m1 offset=0x64000 rec=6304
vmm: host_read mem=m1 offset=0x65000 rec=6304
vmm: host_read mem=m1 offset=0x66000 rec=6304
vmm: host_read mem=m1 offset=0x67000 rec=6304
vmm: host_read mem=m1 offset=0x68000 rec=6304
vmm: host_read mem=m1 offset=0x69000 rec=6304
vmm: host_read mem=m1 offset=0x6a000 rec=6304
vmm: host_read mem=m1 offset=0x6b000 rec=6304
vmm: host_read mem=m1 offset=0x6c000 rec=6304
vmm: host_read mem=m1 offset=0x6d000 rec=6304
vmm: host_read mem=m1 offset=0x6e000 rec=6304
vmm: host_read mem=m1 offset=0x6f000 rec=6304
vmm: host_read mem=m1 offset=0x70000 rec=6304
vmm: host_read mem=m1 offset=0x71000 rec=6304
vmm: host_read mem=m1 offset=0x72000 rec=6304
vmm: host_read mem=m1 offset=0x73000 rec=6304
vmm: host_read mem=m1 offset=0x74000 rec=6304
vmm: host_read mem=m1 offset=0x75000 rec=6304
vmm: host_read mem=m1 offset=0x76000 rec=6304
vmm: host_read mem=m1 offset=0x77000 rec=6304
vmm: host_read mem=m1 offset=0x78000 rec=6304
vmm: host_read mem=m1 offset=0x79000 rec=6304
vmm: host_read mem=m1 offset=0x7a000 rec=6304
vmm: host_read mem=m1 offset=0x7b000 rec=6304
vmm: host_read mem=m1 offset=0x7c000 rec=6304
vmm: host_read mem=m1 offset=0x7d000 rec=6304
vmm: host_read mem=m1 offset=0x7e000 rec=6304
vmm: host_read mem=m1 offset=0x7f000 rec=6304
vmm: host_read mem=m2 offset=0 rec=6305
vmm: host_read mem=m2 offset=0x1000 rec=6305
vmm: host_read mem=m2 offset=0x2000 rec=6305
vmm: host_read mem=m2 offset=0x3000 rec=6305
vmm: host_read mem=m2 offset=0x4000 rec=6305
vmm: host_read mem=m2 offset=0x5000 rec=6305
vmm: host_read mem=m2 offset=0x6000 rec=6305
vmm: host_read mem=m2 offset=0x7000 rec=6305
vmm: host_read mem=m2 offset=0x8000 rec=6305
vmm: host_read mem=m2 offset=0x9000 rec=6305
vmm: host_read mem=m2 offset=0xa000 rec=6305
vmm: host_read mem=m2 offset=0xb000 rec=6305
vmm: host_read mem=m2 offset=0xc000 rec=6305
vmm: host_read mem=m2 offset=0xd000 rec=6305
vmm: host_read mem=m2 offset=0xe000 rec=6305
vmm: host_read mem=m2 offset=0xf000 rec=6305
vmm: host_read mem=m2 offset=0x10000 rec=6305
vmm: host_read mem=m2 offset=0x11000 rec=6305
vmm: host_read mem=m2 offset=0x12000 rec=6305
vmm: host_read mem=m2 offset=0x13000 rec=6305
vmm: host_read mem=m2 offset=0x14000 rec=6305
vmm: host_read mem=m2 offset=0x15000 rec=6305
vmm: host_read mem=m2 offset=0x16000 rec=6305
vmm: host_read mem=m2 offset=0x17000 rec=6305
vmm: host_read mem=m2 offset=0x18000 rec=6305
vmm: host_read mem=m2 offset=0x19000 rec=6305
vmm: host_read mem=m2 offset=0x1a000 rec=6305
vmm: host_read mem=m2 offset=0x1b000 rec=6305
vmm: host_read mem=m2 offset=0x1c000 rec=6305
vmm: host_read mem=m2 offset=0x1d000 rec=6305
vmm: host_read mem=m2 offset=0x1e000 rec=6305
vmm: host_read mem=m2 offset=0x1f000 rec=6305
vmm: host_read mem=m2 offset=0x20000 rec=6305
vmm: host_read mem=m2 offset=0x21000 rec=6305
vmm: host_read mem=m2 offset=0x22000 rec=6305
vmm: host_read mem=m2 offset=0x23000 rec=6305
vmm: host_read mem=m2 offset=0x24000 rec=6305
vmm: host_read mem=m2 offset=0x25000 rec=6305
vmm: host_read mem=m2 offset=0x26000 rec=6305
vmm: host_read mem=m2 offset=0x27000 rec=6305
vmm: host_read mem=m2 offset=0x28000 rec=6305
vmm: host_read mem=m2 offset=0x29000 rec=6305
vmm: host_read mem=m2 offset=0x2a000 rec=6305
vmm: host_read mem=m2 offset=0x2b000 rec=6305
vmm: host_read mem=m2 offset=0x2c000 rec=6305
vmm: host_read mem=m2 offset=0x2d000 rec=6305
vmm: host_read mem=m2 offset=0x2e000 rec=6305
vmm: host_read mem=m2 offset=0x2f000 rec=6305
vmm: host_read mem=m2 offset=0x30000 rec=6305
vmm: host_read mem=m2 offset=0x31000 rec=6305
vmm: host_read mem=m2 offset=0x32000 rec=6305
vmm: host_read mem=m2 offset=0x33000 rec=6305
vmm: host_read mem=m2 offset=0x34000 rec=6305
vmm: host_read mem=m2 offset=0x35000 rec=6305
vmm: host_read mem=m2 offset=0x36000 rec=6305
vmm: host_read mem=m2 offset=0x37000 rec=6305
vmm: host_read mem=m2 offset=0x38000 rec=6305
vmm: host_read mem=m2 offset=0x39000 rec=6305
vmm: host_read mem=m2 offset=0x3a000 rec=6305
vmm: host_read mem=m2 offset=0x3b000 rec=6305
vmm: host_read mem=m2 offset=0x3c000 rec=6305
vmm: host_read mem=m2 offset=0x3d000 rec=6305
vmm: host_read mem=m2 offset=0x3e000 rec=6305
vmm: host_read mem=m2 offset=0x3f000 rec=6305
vmm: host_read mem=m2 offset=0x40000 rec=6305
vmm: host_read mem=m2 offset=0x41000 rec=6305
vmm: host_read mem=m2 offset=0x42000 rec=6305
vmm: host_read mem=m2 offset=0x43000 rec=6305
vmm: host_read mem=m2 offset=0x44000 rec=6305
vmm: host_read mem=m2 offset=0x45000 rec=6305
vmm: host_read mem=m2 offset=0x46000 rec=6305
vmm: host_read mem=m2 offset=0x47000 rec=6305
vmm: host_read mem=m2 offset=0x48000 rec=6305
vmm: host_read mem=m2 offset=0x49000 rec=6305
vmm: host_read mem=m2 offset=0x4a000 rec=6305
vmm: host_read mem=m2 offset=0x4b000 rec=6305
vmm: host_read mem=m2 offset=0x4c000 rec=6305
vmm: host_read mem=m2 offset=0x4d000 rec=6305
vmm: host_read mem=m2 offset=0x4e000 rec=6305
vmm: host_read mem=m2 offset=0x4f000 rec=6305
vmm: host_read mem=m2 offset=0x50000 rec=6305
vmm: host_read mem=m2 offset=0x51000 rec=6305
vmm: host_read mem=m2 offset=0x52000 rec=6305
vmm: host_read mem=m2 offset=0x53000 rec=6305
vmm: host_read mem=m2 offset=0x54000 rec=6305
vmm: host_read mem=m2 offset=0x55000 rec=6305
vmm: host_read mem=m2 offset=0x56000 rec=6305
vmm: host_read mem=m2 offset=0x57000 rec=6305
vmm: host_read mem=m2 offset=0x58000 rec=6305
vmm: host_read mem=m2 offset=0x59000 rec=6305
vmm: host_read mem=m2 offset=0x5a000 rec=6305
vmm: host_read mem=m2 offset=0x5b000 rec=6305
vmm: host_read mem=m2 offset=0x5c000 rec=6305
vmm: host_read mem=m2 offset=0x5d000 rec=6305
vmm: host_read mem=m2 offset=0x5e000 rec=6305
vmm: host_read mem=m2 offset=0x5f000 rec=6305
vmm: host_read mem=m2 offset=0x60000 rec=6305
vmm: host_read mem=m2 offset=0x61000 rec=6305
vmm: host_read mem=m2 offset=0x62000 rec=6305
vmm: host_read mem=m2 offset=0x63000 rec=6305
vmm: host_read mem=m2 offset=0x64000 rec=6305
vmm: host_read mem=m2 offset=0x65000 rec=6305
vmm: host_read mem=m2 offset=0x66000 rec=6305
vmm: host_read mem=m2 offset=0x67000 rec=6305
vmm: host_read mem=m2 offset=0x68000 rec=6305
vmm: host_read mem=m2 offset=0x69000 rec=6305
vmm: host_read mem=m2 offset=0x6a000 rec=6305
vmm: host_read mem=m2 offset=0x6b000 rec=6305
vmm: host_read mem=m2 offset=0x6c000 rec=6305
vmm: host_read mem=m2 offset=0x6d000 rec=6305
vmm: host_read mem=m2 offset=0x6e000 rec=6305
vmm: host_read mem=m2 offset=0x6f000 rec=6305
vmm: host_read mem=m2 offset=0x70000 rec=6305
vmm: host_read mem=m2 offset=0x71000 rec=6305
vmm: host_read mem=m2 offset=0x72000 rec=6305
vmm: host_read mem=m2 offset=0x73000 rec=6305
vmm: host_read mem=m2 offset=0x74000 rec=6305
vmm: host_read mem=m2 offset=0x75000 rec=6305
vmm: host_read mem=m2 offset=0x76000 rec=6305
vmm: host_read mem=m2 offset=0x77000 rec=6305
vmm: host_read mem=m2 offset=0x78000 rec=6305
vmm: host_read mem=m2 offset=0x79000 rec=6305
vmm: host_read mem=m2 offset=0x7a000 rec=6305
vmm: host_read mem=m2 offset=0x7b000 rec=6305
vmm: host_read mem=m2 offset=0x7c000 rec=6305
vmm: host_read mem=m2 offset=0x7d000 rec=6305
vmm: host_read mem=m2 offset=0x7e000 rec=6305
vmm: host_read mem=m2 offset=0x7f000 rec=6305
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=6306	# walk at line 6320
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=6306	# walk at line 6325
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=6306	# walk at line 6337
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=6306	# walk at line 6342
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=6306	# walk at line 6347
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=6306	# walk at line 6352
vcpu0: write gpa=0x400000 sptes=0x1 expect=fault rec=6306	# walk at line 6357
vcpu0: write gpa=0x401000 sptes=0x2 expect=fault rec=6306	# walk at line 6364
vcpu0: write gpa=0x402000 sptes=0x4 expect=fault rec=6306	# walk at line 6371
vcpu0: write gpa=0x403000 sptes=0x8 expect=fault rec=6306	# walk at line 6378
vcpu0: write gpa=0x404000 sptes=0x10 expect=fault rec=6306	# walk at line 6385
vcpu0: write gpa=0x405000 sptes=0x20 expect=fault rec=6306	# walk at line 6392
vcpu0: write gpa=0x406000 sptes=0x40 expect=fault rec=6306	# walk at line 6399
vcpu0: write gpa=0x407000 sptes=0x80 expect=fault rec=6306	# walk at line 6406
vcpu0: write gpa=0x408000 sptes=0x1 expect=fault rec=6306	# walk at line 6413
vcpu0: write gpa=0x409000 sptes=0x2 expect=fault rec=6306	# walk at line 6420
vcpu0: write gpa=0x40a000 sptes=0x4 expect=fault rec=6306	# walk at line 6427
vcpu0: write gpa=0x40b000 sptes=0x8 expect=fault rec=6306	# walk at line 6434
vcpu0: write gpa=0x40c000 sptes=0x10 expect=fault rec=6306	# walk at line 6441
vcpu0: write gpa=0x40d000 sptes=0x20 expect=fault rec=6306	# walk at line 6448
vcpu0: write gpa=0x40e000 sptes=0x40 expect=fault rec=6306	# walk at line 6455
vcpu0: write gpa=0x40f000 sptes=0x80 expect=fault rec=6306	# walk at line 6462
vcpu0: write gpa=0x410000 sptes=0x1 expect=fault rec=6306	# walk at line 6469
vcpu0: write gpa=0x411000 sptes=0x2 expect=fault rec=6306	# walk at line 6476
vcpu0: write gpa=0x412000 sptes=0x4 expect=fault rec=6306	# walk at line 6483
vcpu0: write gpa=0x413000 sptes=0x8 expect=fault rec=6306	# walk at line 6490
vcpu0: write gpa=0x414000 sptes=0x10 expect=fault rec=6306	# walk at line 6497
vcpu0: write gpa=0x415000 sptes=0x20 expect=fault rec=6306	# walk at line 6504
vcpu0: write gpa=0x416000 sptes=0x40 expect=fault rec=6306	# walk at line 6511
vcpu0: write gpa=0x417000 sptes=0x80 expect=fault rec=6306	# walk at line 6518
vcpu0: write gpa=0x418000 sptes=0x1 expect=fault rec=6306	# walk at line 6525
vcpu0: write gpa=0x419000 sptes=0x2 expect=fault rec=6306	# walk at line 6532
vcpu0: write gpa=0x41a000 sptes=0x4 expect=fault rec=6306	# walk at line 6539
vcpu0: write gpa=0x41b000 sptes=0x8 expect=fault rec=6306	# walk at line 6546
vcpu0: write gpa=0x41c000 sptes=0x10 expect=fault rec=6306	# walk at line 6553
vcpu0: write gpa=0x41d000 sptes=0x20 expect=fault rec=6306	# walk at line 6560
vcpu0: write gpa=0x41e000 sptes=0x40 expect=fault rec=6306	# walk at line 6567
vcpu0: write gpa=0x41f000 sptes=0x80 expect=fault rec=6306	# walk at line 6574
vcpu0: write gpa=0x420000 sptes=0x1 expect=fault rec=6306	# walk at line 6581
vcpu0: write gpa=0x421000 sptes=0x2 expect=fault rec=6306	# walk at line 6588
vcpu0: write gpa=0x422000 sptes=0x4 expect=fault rec=6306	# walk at line 6595
vcpu0: write gpa=0x423000 sptes=0x8 expect=fault rec=6306	# walk at line 6602
vcpu0: write gpa=0x424000 sptes=0x10 expect=fault rec=6306	# walk at line 6609
vcpu0: write gpa=0x425000 sptes=0x20 expect=fault rec=6306	# walk at line 6616
vcpu0: write gpa=0x426000 sptes=0x40 expect=fault rec=6306	# walk at line 6623
vcpu0: write gpa=0x427000 sptes=0x80 expect=fault rec=6306	# walk at line 6630
vcpu0: write gpa=0x428000 sptes=0x1 expect=fault rec=6306	# walk at line 6637
vcpu0: write gpa=0x429000 sptes=0x2 expect=fault rec=6306	# walk at line 6644
vcpu0: write gpa=0x42a000 sptes=0x4 expect=fault rec=6306	# walk at line 6651
vcpu0: write gpa=0x42b000 sptes=0x8 expect=fault rec=6306	# walk at line 6658
vcpu0: write gpa=0x42c000 sptes=0x10 expect=fault rec=6306	# walk at line 6665
vcpu0: write gpa=0x42d000 sptes=0x20 expect=fault rec=6306	# walk at line 6672
vcpu0: write gpa=0x42e000 sptes=0x40 expect=fault rec=6306	# walk at line 6679
vcpu0: write gpa=0x42f000 sptes=0x80 expect=fault rec=6306	# walk at line 6686
vcpu0: write gpa=0x430000 sptes=0x1 expect=fault rec=6306	# walk at line 6693
vcpu0: write gpa=0x431000 sptes=0x2 expect=fault rec=6306	# walk at line 6700
vcpu0: write gpa=0x432000 sptes=0x4 expect=fault rec=6306	# walk at line 6707
vcpu0: write gpa=0x433000 sptes=0x8 expect=fault rec=6306	# walk at line 6714
vcpu0: write gpa=0x434000 sptes=0x10 expect=fault rec=6306	# walk at line 6721
vcpu0: write gpa=0x435000 sptes=0x20 expect=fault rec=6306	# walk at line 6728
vcpu0: write gpa=0x436000 sptes=0x40 expect=fault rec=6306	# walk at line 6735
vcpu0: write gpa=0x437000 sptes=0x80 expect=fault rec=6306	# walk at line 6742
vcpu0: write gpa=0x438000 sptes=0x1 expect=fault rec=6306	# walk at line 6749
vcpu0: write gpa=0x439000 sptes=0x2 expect=fault rec=6306	# walk at line 6756
vcpu0: write gpa=0x43a000 sptes=0x4 expect=fault rec=6306	# walk at line 6763
vcpu0: write gpa=0x43b000 sptes=0x8 expect=fault rec=6306	# walk at line 6770
vcpu0: write gpa=0x43c000 sptes=0x10 expect=fault rec=6306	# walk at line 6777
vcpu0: write gpa=0x43d000 sptes=0x20 expect=fault rec=6306	# walk at line 6784
vcpu0: write gpa=0x43e000 sptes=0x40 expect=fault rec=6306	# walk at line 6791
vcpu0: write gpa=0x43f000 sptes=0x80 expect=fault rec=6306	# walk at line 6798
vcpu0: write gpa=0x440000 sptes=0x1 expect=fault rec=6306	# walk at line 6805
vcpu0: write gpa=0x441000 sptes=0x2 expect=fault rec=6306	# walk at line 6812
vcpu0: write gpa=0x442000 sptes=0x4 expect=fault rec=6306	# walk at line 6819
vcpu0: write gpa=0x443000 sptes=0x8 expect=fault rec=6306	# walk at line 6826
vcpu0: write gpa=0x444000 sptes=0x10 expect=fault rec=6306	# walk at line 6833
vcpu0: write gpa=0x445000 sptes=0x20 expect=fault rec=6306	# walk at line 6840
vcpu0: write gpa=0x446000 sptes=0x40 expect=fault rec=6306	# walk at line 6847
vcpu0: write gpa=0x447000 sptes=0x80 expect=fault rec=6306	# walk at line 6854
vcpu0: write gpa=0x448000 sptes=0x1 expect=fault rec=6306	# walk at line 6861
vcpu0: write gpa=0x449000 sptes=0x2 expect=fault rec=6306	# walk at line 6868
vcpu0: write gpa=0x44a000 sptes=0x4 expect=fault rec=6306	# walk at line 6875
vcpu0: write gpa=0x44b000 sptes=0x8 expect=fault rec=6306	# walk at line 6882
vcpu0: write gpa=0x44c000 sptes=0x10 expect=fault rec=6306	# walk at line 6889
vcpu0: write gpa=0x44d000 sptes=0x20 expect=fault rec=6306	# walk at line 6896
vcpu0: write gpa=0x44e000 sptes=0x40 expect=fault rec=6306	# walk at line 6903
vcpu0: write gpa=0x44f000 sptes=0x80 expect=fault rec=6306	# walk at line 6910
vcpu0: write gpa=0x450000 sptes=0x1 expect=fault rec=6306	# walk at line 6917
vcpu0: write gpa=0x451000 sptes=0x2 expect=fault rec=6306	# walk at line 6924
vcpu0: write gpa=0x452000 sptes=0x4 expect=fault rec=6306	# walk at line 6931
vcpu0: write gpa=0x453000 sptes=0x8 expect=fault rec=6306	# walk at line 6938
vcpu0: write gpa=0x454000 sptes=0x10 expect=fault rec=6306	# walk at line 6945
vcpu0: write gpa=0x455000 sptes=0x20 expect=fault rec=6306	# walk at line 6952
vcpu0: write gpa=0x456000 sptes=0x40 expect=fault rec=6306	# walk at line 6959
vcpu0: write gpa=0x457000 sptes=0x80 expect=fault rec=6306	# walk at line 6966
vcpu0: write gpa=0x458000 sptes=0x1 expect=fault rec=6306	# walk at line 6973
vcpu0: write gpa=0x459000 sptes=0x2 expect=fault rec=6306	# walk at line 6980
vcpu0: write gpa=0x45a000 sptes=0x4 expect=fault rec=6306	# walk at line 6987
vcpu0: write gpa=0x45b000 sptes=0x8 expect=fault rec=6306	# walk at line 6994
vcpu0: write gpa=0x45c000 sptes=0x10 expect=fault rec=6306	# walk at line 7001
vcpu0: write gpa=0x45d000 sptes=0x20 expect=fault rec=6306	# walk at line 7008
vcpu0: write gpa=0x45e000 sptes=0x40 expect=fault rec=6306	# walk at line 7015
vcpu0: write gpa=0x45f000 sptes=0x80 expect=fault rec=6306	# walk at line 7022
vcpu0: write gpa=0x460000 sptes=0x1 expect=fault rec=6306	# walk at line 7029
vcpu0: write gpa=0x461000 sptes=0x2 expect=fault rec=6306	# walk at line 7036
vcpu0: write gpa=0x462000 sptes=0x4 expect=fault rec=6306	# walk at line 7043
vcpu0: write gpa=0x463000 sptes=0x8 expect=fault rec=6306	# walk at line 7050
vcpu0: write gpa=0x464000 sptes=0x10 expect=fault rec=6306	# walk at line 7057
vcpu0: write gpa=0x465000 sptes=0x20 expect=fault rec=6306	# walk at line 7064
vcpu0: write gpa=0x466000 sptes=0x40 expect=fault rec=6306	# walk at line 7071
vcpu0: write gpa=0x467000 sptes=0x80 expect=fault rec=6306	# walk at line 7078
vcpu0: write gpa=0x468000 sptes=0x1 expect=fault rec=6306	# walk at line 7085
vcpu0: write gpa=0x469000 sptes=0x2 expect=fault rec=6306	# walk at line 7092
vcpu0: write gpa=0x46a000 sptes=0x4 expect=fault rec=6306	# walk at line 7099
vcpu0: write gpa=0x46b000 sptes=0x8 expect=fault rec=6306	# walk at line 7106
vcpu0: write gpa=0x46c000 sptes=0x10 expect=fault rec=6306	# walk at line 7113
vcpu0: write gpa=0x46d000 sptes=0x20 expect=fault rec=6306	# walk at line 7120
vcpu0: write gpa=0x46e000 sptes=0x40 expect=fault rec=6306	# walk at line 7127
vcpu0: write gpa=0x46f000 sptes=0x80 expect=fault rec=6306	# walk at line 7134
vcpu0: write gpa=0x470000 sptes=0x1 expect=fault rec=6306	# walk at line 7141
vcpu0: write gpa=0x471000 sptes=0x2 expect=fault rec=6306	# walk at line 7148
vcpu0: write gpa=0x472000 sptes=0x4 expect=fault rec=6306	# walk at line 7155
vcpu0: write gpa=0x473000 sptes=0x8 expect=fault rec=6306	# walk at line 7162
vcpu0: write gpa=0x474000 sptes=0x10 expect=fault rec=6306	# walk at line 7169
vcpu0: write gpa=0x475000 sptes=0x20 expect=fault rec=6306	# walk at line 7176
vcpu0: write gpa=0x476000 sptes=0x40 expect=fault rec=6306	# walk at line 7183
vcpu0: write gpa=0x477000 sptes=0x80 expect=fault rec=6306	# walk at line 7190
vcpu0: write gpa=0x478000 sptes=0x1 expect=fault rec=6306	# walk at line 7197
vcpu0: write gpa=0x479000 sptes=0x2 expect=fault rec=6306	# walk at line 7204
vcpu0: write gpa=0x47a000 sptes=0x4 expect=fault rec=6306	# walk at line 7211
vcpu0: write gpa=0x47b000 sptes=0x8 expect=fault rec=6306	# walk at line 7218
vcpu0: write gpa=0x47c000 sptes=0x10 expect=fault rec=6306	# walk at line 7225
vcpu0: write gpa=0x47d000 sptes=0x20 expect=fault rec=6306	# walk at line 7232
vcpu0: write gpa=0x47e000 sptes=0x40 expect=fault rec=6306	# walk at line 7239
vcpu0: write gpa=0x47f000 sptes=0x80 expect=fault rec=6306	# walk at line 7246
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=6306	# walk at line 7253
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=6306	# walk at line 7265
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=6306	# walk at line 7270
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=6306	# walk at line 7275
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=6306	# walk at line 7280
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=6306	# walk at line 7285
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=6306	# walk at line 7290
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=6306	# walk at line 7295
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=6306	# walk at line 7300
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=6306	# walk at line 7305
barrier
vmm: host_read mem=m1 offset=0 rec=7319
vmm: host_read mem=m1 offset=0x1000 rec=7319
vmm: host_read mem=m1 offset=0x2000 rec=7319
vmm: host_read mem=m1 offset=0x3000 rec=7319
vmm: host_read mem=m1 offset=0x4000 rec=7319
vmm: host_read mem=m1 offset=0x5000 rec=7319
vmm: host_read mem=m1 offset=0x6000 rec=7319
vmm: host_read mem=m1 offset=0x7000 rec=7319
vmm: host_read mem=m1 offset=0x8000 rec=7319
vmm: host_read mem=m1 offset=0x9000 rec=7319
vmm: host_read mem=m1 offset=0xa000 rec=7319
vmm: host_read mem=m1 offset=0xb000 rec=7319
vmm: host_read mem=m1 offset=0xc000 rec=7319
vmm: host_read mem=m1 offset=0xd000 rec=7319
vmm: host_read mem=m1 offset=0xe000 rec=7319
vmm: host_read mem=m1 offset=0xf000 rec=7319
vmm: host_read mem=m1 offset=0x10000 rec=7319
vmm: host_read mem=m1 offset=0x11000 rec=7319
vmm: host_read mem=m1 offset=0x12000 rec=7319
vmm: host_read mem=m1 offset=0x13000 rec=7319
vmm: host_read mem=m1 offset=0x14000 rec=7319
vmm: host_read mem=m1 offset=0x15000 rec=7319
vmm: host_read mem=m1 offset=0x16000 rec=7319
vmm: host_read mem=m1 offset=0x17000 rec=7319
vmm: host_read mem=m1 offset=0x18000 rec=7319
vmm: host_read mem=m1 offset=0x19000 rec=7319
vmm: host_read mem=m1 offset=0x1a000 rec=7319
vmm: host_read mem=m1 offset=0x1b000 rec=7319
vmm: host_read mem=m1 offset=0x1c000 rec=7319
vmm: host_read mem=m1 offset=0x1d000 rec=7319
vmm: host_read mem=m1 offset=0x1e000 rec=7319
vmm: host_read mem=m1 offset=0x1f000 rec=7319
vmm: host_read mem=m1 offset=0x20000 rec=7319
vmm: host_read mem=m1 offset=0x21000 rec=7319
vmm: host_read mem=m1 offset=0x22000 rec=7319
vmm: host_read mem=m1 offset=0x23000 rec=7319
vmm: host_read mem=m1 offset=0x24000 rec=7319
vmm: host_read mem=m1 offset=0x25000 rec=7319
vmm: host_read mem=m1 offset=0x26000 rec=7319
vmm: host_read mem=m1 offset=0x27000 rec=7319
vmm: host_read mem=m1 offset=0x28000 rec=7319
vmm: host_read mem=m1 offset=0x29000 rec=7319
vmm: host_read mem=m1 offset=0x2a000 rec=7319
vmm: host_read mem=m1 offset=0x2b000 rec=7319
vmm: host_read mem=m1 offset=0x2c000 rec=7319
vmm: host_read mem=m1 offset=0x2d000 rec=7319
vmm: host_read mem=m1 offset=0x2e000 rec=7319
vmm: host_read mem=m1 offset=0x2f000 rec=7319
vmm: host_read mem=m1 offset=0x30000 rec=7319
vmm: host_read mem=m1 offset=0x31000 rec=7319
vmm: host_read mem=m1 offset=0x32000 rec=7319
vmm: host_read mem=m1 offset=0x33000 rec=7319
vmm: host_read mem=m1 offset=0x34000 rec=7319
vmm: host_read mem=m1 offset=0x35000 rec=7319
vmm: host_read mem=m1 offset=0x36000 rec=7319
vmm: host_read mem=m1 offset=0x37000 rec=7319
vmm: host_read mem=m1 offset=0x38000 rec=7319
vmm: host_read mem=m1 offset=0x39000 rec=7319
vmm: host_read mem=m1 offset=0x3a000 rec=7319
vmm: host_read mem=m1 offset=0x3b000 rec=7319
vmm: host_read mem=m1 offset=0x3c000 rec=7319
vmm: host_read mem=m1 offset=0x3d000 rec=7319
vmm: host_read mem=m1 offset=0x3e000 rec=7319
vmm: host_read mem=m1 offset=0x3f000 rec=7319
vmm: host_read mem=m1 offset=0x40000 rec=7319
vmm: host_read mem=m1 offset=0x41000 rec=7319
vmm: host_read mem=m1 offset=0x42000 rec=7319
vmm: host_read mem=m1 offset=0x43000 rec=7319
vmm: host_read mem=m1 offset=0x44000 rec=7319
vmm: host_read mem=m1 offset=0x45000 rec=7319
vmm: host_read mem=m1 offset=0x46000 rec=7319
vmm: host_read mem=m1 offset=0x47000 rec=7319
vmm: host_read mem=m1 offset=0x48000 rec=7319
vmm: host_read mem=m1 offset=0x49000 rec=7319
vmm: host_read mem=m1 offset=0x4a000 rec=7319
vmm: host_read mem=m1 offset=0x4b000 rec=7319
vmm: host_read mem=m1 offset=0x4c000 rec=7319
vmm: host_read mem=m1 offset=0x4d000 rec=7319
vmm: host_read mem=m1 offset=0x4e000 rec=7319
vmm: host_read mem=m1 offset=0x4f000 rec=7319
vmm: host_read mem=m1 offset=0x50000 rec=7319
vmm: host_read mem=m1 offset=0x51000 rec=7319
vmm: host_read mem=m1 offset=0x52000 rec=7319
vmm: host_read mem=m1 offset=0x53000 rec=7319
vmm: host_read mem=m1 offset=0x54000 rec=7319
vmm: host_read mem=m1 offset=0x55000 rec=7319
vmm: host_read mem=m1 offset=0x56000 rec=7319
vmm: host_read mem=m1 offset=0x57000 rec=7319
vmm: host_read mem=m1 offset=0x58000 rec=7319
vmm: host_read mem=m1 offset=0x59000 rec=7319
vmm: host_read mem=m1 offset=0x5a000 rec=7319
vmm: host_read mem=m1 offset=0x5b000 rec=7319
vmm: host_read mem=m1 offset=0x5c000 rec=7319
vmm: host_read mem=m1 offset=0x5d000 rec=7319
vmm: host_read mem=m1 offset=0x5e000 rec=7319
vmm: host_read mem=m1 offset=0x5f000 rec=7319
vmm: host_read mem=m1 offset=0x60000 rec=7319
vmm: host_read mem=m1 offset=0x61000 rec=7319
vmm: host_read mem=m1 offset=0x62000 rec=7319
vmm: host_read mem=m1 offset=0x63000 rec=7319
vmm: host_read mem=m1 offset=0x64000 rec=7319
vmm: host_read mem=m1 offset=0x65000 rec=7319
vmm: host_read mem=m1 offset=0x66000 rec=7319
vmm: host_read mem=m1 offset=0x67000 rec=7319
vmm: host_read mem=m1 offset=0x68000 rec=7319
vmm: host_read mem=m1 offset=0x69000 rec=7319
vmm: host_read mem=m1 offset=0x6a000 rec=7319
vmm: host_read mem=m1 offset=0x6b000 rec=7319
vmm: host_read mem=m1 offset=0x6c000 rec=7319
vmm: host_read mem=m1 offset=0x6d000 rec=7319
vmm: host_read mem=m1 offset=0x6e000 rec=7319
vmm: host_read mem=m1 offset=0x6f000 rec=7319
vmm: host_read mem=m1 offset=0x70000 rec=7319
vmm: host_read mem=m1 offset=0x71000 rec=7319
vmm: host_read mem=m1 offset=0x72000 rec=7319
vmm: host_read mem=m1 offset=0x73000 rec=7319
vmm: host_read mem=m1 offset=0x74000 rec=7319
vmm: host_read mem=m1 offset=0x75000 rec=7319
vmm: host_read mem=m1 offset=0x76000 rec=7319
vmm: host_read mem=m1 offset=0x77000 rec=7319
vmm: host_read mem=m1 offset=0x78000 rec=7319
vmm: host_read mem=m1 offset=0x79000 rec=7319
vmm: host_read mem=m1 offset=0x7a000 rec=7319
vmm: host_read mem=m1 offset=0x7b000 rec=7319
vmm: host_read mem=m1 offset=0x7c000 rec=7319
vmm: host_read mem=m1 offset=0x7d000 rec=7319
vmm: host_read mem=m1 offset=0x7e000 rec=7319
vmm: host_read mem=m1 offset=0x7f000 rec=7319
vmm: host_read mem=m2 offset=0 rec=7320
vmm: host_read mem=m2 offset=0x1000 rec=7320
vmm: host_read mem=m2 offset=0x2000 rec=7320
vmm: host_read mem=m2 offset=0x3000 rec=7320
vmm: host_read mem=m2 offset=0x4000 rec=7320
vmm: host_read mem=m2 offset=0x5000 rec=7320
vmm: host_read mem=m2 offset=0x6000 rec=7320
vmm: host_read mem=m2 offset=0x7000 rec=7320
vmm: host_read mem=m2 offset=0x8000 rec=7320
vmm: host_read mem=m2 offset=0x9000 rec=7320
vmm: host_read mem=m2 offset=0xa000 rec=7320
vmm: host_read mem=m2 offset=0xb000 rec=7320
vmm: host_read mem=m2 offset=0xc000 rec=7320
vmm: host_read mem=m2 offset=0xd000 rec=7320
vmm: host_read mem=m2 offset=0xe000 rec=7320
vmm: host_read mem=m2 offset=0xf000 rec=7320
vmm: host_read mem=m2 offset=0x10000 rec=7320
vmm: host_read mem=m2 offset=0x11000 rec=7320
vmm: host_read mem=m2 offset=0x12000 rec=7320
vmm: host_read mem=m2 offset=0x13000 rec=7320
vmm: host_read mem=m2 offset=0x14000 rec=7320
vmm: host_read mem=m2 offset=0x15000 rec=7320
vmm: host_read mem=m2 offset=0x16000 rec=7320
vmm: host_read mem=m2 offset=0x17000 rec=7320
vmm: host_read mem=m2 offset=0x18000 rec=7320
vmm: host_read mem=m2 offset=0x19000 rec=7320
vmm: host_read mem=m2 offset=0x1a000 rec=7320
vmm: host_read mem=m2 offset=0x1b000 rec=7320
vmm: host_read mem=m2 offset=0x1c000 rec=7320
vmm: host_read mem=m2 offset=0x1d000 rec=7320
vmm: host_read mem=m2 offset=0x1e000 rec=7320
vmm: host_read mem=m2 offset=0x1f000 rec=7320
vmm: host_read mem=m2 offset=0x20000 rec=7320
vmm: host_read mem=m2 offset=0x21000 rec=7320
vmm: host_read mem=m2 offset=0x22000 rec=7320
vmm: host_read mem=m2 offset=0x23000 rec=7320
vmm: host_read mem=m2 offset=0x24000 rec=7320
vmm: host_read mem=m2 offset=0x25000 rec=7320
vmm: host_read mem=m2 offset=0x26000 rec=7320
vmm: host_read mem=m2 offset=0x27000 rec=7320
vmm: host_read mem=m2 offset=0x28000 rec=7320
vmm: host_read mem=m2 offset=0x29000 rec=7320
vmm: host_read mem=m2 offset=0x2a000 rec=7320
vmm: host_read mem=m2 offset=0x2b000 rec=7320
vmm: host_read mem=m2 offset=0x2c000 rec=7320
vmm: host_read mem=m2 offset=0x2d000 rec=7320
vmm: host_read mem=m2 offset=0x2e000 rec=7320
vmm: host_read mem=m2 offset=0x2f000 rec=7320
vmm: host_read mem=m2 offset=0x30000 rec=7320
vmm: host_read mem=m2 offset=0x31000 rec=7320
vmm: host_read mem=m2 offset=0x32000 rec=7320
vmm: host_read mem=m2 offset=0x33000 rec=7320
vmm: host_read mem=m2 offset=0x34000 rec=7320
vmm: host_read mem=m2 offset=0x35000 rec=7320
vmm: host_read mem=m2 offset=0x36000 rec=7320
vmm: host_read mem=m2 offset=0x37000 rec=7320
vmm: host_read mem=m2 offset=0x38000 rec=7320
vmm: host_read mem=m2 offset=0x39000 rec=7320
vmm: host_read mem=m2 offset=0x3a000 rec=7320
vmm: host_read mem=m2 offset=0x3b000 rec=7320
vmm: host_read mem=m2 offset=0x3c000 rec=7320
vmm: host_read mem=m2 offset=0x3d000 rec=7320
vmm: host_read mem=m2 offset=0x3e000 rec=7320
vmm: host_read mem=m2 offset=0x3f000 rec=7320
vmm: host_read mem=m2 offset=0x40000 rec=7320
vmm: host_read mem=m2 offset=0x41000 rec=7320
vmm: host_read mem=m2 offset=0x42000 rec=7320
vmm: host_read mem=m2 offset=0x43000 rec=7320
vmm: host_read mem=m2 offset=0x44000 rec=7320
vmm: host_read mem=m2 offset=0x45000 rec=7320
vmm: host_read mem=m2 offset=0x46000 rec=7320
vmm: host_read mem=m2 offset=0x47000 rec=7320
vmm: host_read mem=m2 offset=0x48000 rec=7320
vmm: host_read mem=m2 offset=0x49000 rec=7320
vmm: host_read mem=m2 offset=0x4a000 rec=7320
vmm: host_read mem=m2 offset=0x4b000 rec=7320
vmm: host_read mem=m2 offset=0x4c000 rec=7320
vmm: host_read mem=m2 offset=0x4d000 rec=7320
vmm: host_read mem=m2 offset=0x4e000 rec=7320
vmm: host_read mem=m2 offset=0x4f000 rec=7320
vmm: host_read mem=m2 offset=0x50000 rec=7320
vmm: host_read mem=m2 offset=0x51000 rec=7320
vmm: host_read mem=m2 offset=0x52000 rec=7320
vmm: host_read mem=m2 offset=0x53000 rec=7320
vmm: host_read mem=m2 offset=0x54000 rec=7320
vmm: host_read mem=m2 offset=0x55000 rec=7320
vmm: host_read mem=m2 offset=0x56000 rec=7320
vmm: host_read mem=m2 offset=0x57000 rec=7320
vmm: host_read mem=m2 offset=0x58000 rec=7320
vmm: host_read mem=m2 offset=0x59000 rec=7320
vmm: host_read mem=m2 offset=0x5a000 rec=7320
vmm: host_read mem=m2 offset=0x5b000 rec=7320
vmm: host_read mem=m2 offset=0x5c000 rec=7320
vmm: host_read mem=m2 offset=0x5d000 rec=7320
vmm: host_read mem=m2 offset=0x5e000 rec=7320
vmm: host_read mem=m2 offset=0x5f000 rec=7320
vmm: host_read mem=m2 offset=0x60000 rec=7320
vmm: host_read mem=m2 offset=0x61000 rec=7320
vmm: host_read mem=m2 offset=0x62000 rec=7320
vmm: host_read mem=m2 offset=0x63000 rec=7320
vmm: host_read mem=m2 offset=0x64000 rec=7320
vmm: host_read mem=m2 offset=0x65000 rec=7320
vmm: host_read mem=m2 offset=0x66000 rec=7320
vmm: host_read mem=m2 offset=0x67000 rec=7320
vmm: host_read mem=m2 offset=0x68000 rec=7320
vmm: host_read mem=m2 offset=0x69000 rec=7320
vmm: host_read mem=m2 offset=0x6a000 rec=7320
vmm: host_read mem=m2 offset=0x6b000 rec=7320
vmm: host_read mem=m2 offset=0x6c000 rec=7320
vmm: host_read mem=m2 offset=0x6d000 rec=7320
vmm: host_read mem=m2 offset=0x6e000 rec=7320
vmm: host_read mem=m2 offset=0x6f000 rec=7320
vmm: host_read mem=m2 offset=0x70000 rec=7320
vmm: host_read mem=m2 offset=0x71000 rec=7320
vmm: host_read mem=m2 offset=0x72000 rec=7320
vmm: host_read mem=m2 offset=0x73000 rec=7320
vmm: host_read mem=m2 offset=0x74000 rec=7320
vmm: host_read mem=m2 offset=0x75000 rec=7320
vmm: host_read mem=m2 offset=0x76000 rec=7320
vmm: host_read mem=m2 offset=0x77000 rec=7320
vmm: host_read mem=m2 offset=0x78000 rec=7320
vmm: host_read mem=m2 offset=0x79000 rec=7320
vmm: host_read mem=m2 offset=0x7a000 rec=7320
vmm: host_read mem=m2 offset=0x7b000 rec=7320
vmm: host_read mem=m2 offset=0x7c000 rec=7320
vmm: host_read mem=m2 offset=0x7d000 rec=7320
vmm: host_read mem=m2 offset=0x7e000 rec=7320
vmm: host_read mem=m2 offset=0x7f000 rec=7320
vmm: get_dirty_log slot=1 as=0 expect=value:128 rec=7321
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=7322	# walk at line 7336
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=7322	# walk at line 7341
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=7322	# walk at line 7353
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=7322	# walk at line 7358
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=7322	# walk at line 7363
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=7322	# walk at line 7368
vcpu0: write gpa=0x400000 sptes=0x1 expect=fault rec=7322	# walk at line 7373
vcpu0: write gpa=0x401000 sptes=0x2 expect=fault rec=7322	# walk at line 7380
vcpu0: write gpa=0x402000 sptes=0x4 expect=fault rec=7322	# walk at line 7387
vcpu0: write gpa=0x403000 sptes=0x8 expect=fault rec=7322	# walk at line 7394
vcpu0: write gpa=0x404000 sptes=0x10 expect=fault rec=7322	# walk at line 7401
vcpu0: write gpa=0x405000 sptes=0x20 expect=fault rec=7322	# walk at line 7408
vcpu0: write gpa=0x406000 sptes=0x40 expect=fault rec=7322	# walk at line 7415
vcpu0: write gpa=0x407000 sptes=0x80 expect=fault rec=7322	# walk at line 7422
vcpu0: write gpa=0x408000 sptes=0x1 expect=fault rec=7322	# walk at line 7429
vcpu0: write gpa=0x409000 sptes=0x2 expect=fault rec=7322	# walk at line 7436
vcpu0: write gpa=0x40a000 sptes=0x4 expect=fault rec=7322	# walk at line 7443
vcpu0: write gpa=0x40b000 sptes=0x8 expect=fault rec=7322	# walk at line 7450
vcpu0: write gpa=0x40c000 sptes=0x10 expect=fault rec=7322	# walk at line 7457
vcpu0: write gpa=0x40d000 sptes=0x20 expect=fault rec=7322	# walk at line 7464
vcpu0: write gpa=0x40e000 sptes=0x40 expect=fault rec=7322	# walk at line 7471
vcpu0: write gpa=0x40f000 sptes=0x80 expect=fault rec=7322	# walk at line 7478
vcpu0: write gpa=0x410000 sptes=0x1 expect=fault rec=7322	# walk at line 7485
vcpu0: write gpa=0x411000 sptes=0x2 expect=fault rec=7322	# walk at line 7492
vcpu0: write gpa=0x412000 sptes=0x4 expect=fault rec=7322	# walk at line 7499
vcpu0: write gpa=0x413000 sptes=0x8 expect=fault rec=7322	# walk at line 7506
vcpu0: write gpa=0x414000 sptes=0x10 expect=fault rec=7322	# walk at line 7513
vcpu0: write gpa=0x415000 sptes=0x20 expect=fault rec=7322	# walk at line 7520
vcpu0: write gpa=0x416000 sptes=0x40 expect=fault rec=7322	# walk at line 7527
vcpu0: write gpa=0x417000 sptes=0x80 expect=fault rec=7322	# walk at line 7534
vcpu0: write gpa=0x418000 sptes=0x1 expect=fault rec=7322	# walk at line 7541
vcpu0: write gpa=0x419000 sptes=0x2 expect=fault rec=7322	# walk at line 7548
vcpu0: write gpa=0x41a000 sptes=0x4 expect=fault rec=7322	# walk at line 7555
vcpu0: write gpa=0x41b000 sptes=0x8 expect=fault rec=7322	# walk at line 7562
vcpu0: write gpa=0x41c000 sptes=0x10 expect=fault rec=7322	# walk at line 7569
vcpu0: write gpa=0x41d000 sptes=0x20 expect=fault rec=7322	# walk at line 7576
vcpu0: write gpa=0x41e000 sptes=0x40 expect=fault rec=7322	# walk at line 7583
vcpu0: write gpa=0x41f000 sptes=0x80 expect=fault rec=7322	# walk at line 7590
vcpu0: write gpa=0x420000 sptes=0x1 expect=fault rec=7322	# walk at line 7597
vcpu0: write gpa=0x421000 sptes=0x2 expect=fault rec=7322	# walk at line 7604
vcpu0: write gpa=0x422000 sptes=0x4 expect=fault rec=7322	# walk at line 7611
vcpu0: write gpa=0x423000 sptes=0x8 expect=fault rec=7322	# walk at line 7618
vcpu0: write gpa=0x424000 sptes=0x10 expect=fault rec=7322	# walk at line 7625
vcpu0: write gpa=0x425000 sptes=0x20 expect=fault rec=7322	# walk at line 7632
vcpu0: write gpa=0x426000 sptes=0x40 expect=fault rec=7322	# walk at line 7639
vcpu0: write gpa=0x427000 sptes=0x80 expect=fault rec=7322	# walk at line 7646
vcpu0: write gpa=0x428000 sptes=0x1 expect=fault rec=7322	# walk at line 7653
vcpu0: write gpa=0x429000 sptes=0x2 expect=fault rec=7322	# walk at line 7660
vcpu0: write gpa=0x42a000 sptes=0x4 expect=fault rec=7322	# walk at line 7667
vcpu0: write gpa=0x42b000 sptes=0x8 expect=fault rec=7322	# walk at line 7674
vcpu0: write gpa=0x42c000 sptes=0x10 expect=fault rec=7322	# walk at line 7681
vcpu0: write gpa=0x42d000 sptes=0x20 expect=fault rec=7322	# walk at line 7688
vcpu0: write gpa=0x42e000 sptes=0x40 expect=fault rec=7322	# walk at line 7695
vcpu0: write gpa=0x42f000 sptes=0x80 expect=fault rec=7322	# walk at line 7702
vcpu0: write gpa=0x430000 sptes=0x1 expect=fault rec=7322	# walk at line 7709
vcpu0: write gpa=0x431000 sptes=0x2 expect=fault rec=7322	# walk at line 7716
vcpu0: write gpa=0x432000 sptes=0x4 expect=fault rec=7322	# walk at line 7723
vcpu0: write gpa=0x433000 sptes=0x8 expect=fault rec=7322	# walk at line 7730
vcpu0: write gpa=0x434000 sptes=0x10 expect=fault rec=7322	# walk at line 7737
vcpu0: write gpa=0x435000 sptes=0x20 expect=fault rec=7322	# walk at line 7744
vcpu0: write gpa=0x436000 sptes=0x40 expect=fault rec=7322	# walk at line 7751
vcpu0: write gpa=0x437000 sptes=0x80 expect=fault rec=7322	# walk at line 7758
vcpu0: write gpa=0x438000 sptes=0x1 expect=fault rec=7322	# walk at line 7765
vcpu0: write gpa=0x439000 sptes=0x2 expect=fault rec=7322	# walk at line 7772
vcpu0: write gpa=0x43a000 sptes=0x4 expect=fault rec=7322	# walk at line 7779
vcpu0: write gpa=0x43b000 sptes=0x8 expect=fault rec=7322	# walk at line 7786
vcpu0: write gpa=0x43c000 sptes=0x10 expect=fault rec=7322	# walk at line 7793
vcpu0: write gpa=0x43d000 sptes=0x20 expect=fault rec=7322	# walk at line 7800
vcpu0: write gpa=0x43e000 sptes=0x40 expect=fault rec=7322	# walk at line 7807
vcpu0: write gpa=0x43f000 sptes=0x80 expect=fault rec=7322	# walk at line 7814
vcpu0: write gpa=0x440000 sptes=0x1 expect=fault rec=7322	# walk at line 7821
vcpu0: write gpa=0x441000 sptes=0x2 expect=fault rec=7322	# walk at line 7828
vcpu0: write gpa=0x442000 sptes=0x4 expect=fault rec=7322	# walk at line 7835
vcpu0: write gpa=0x443000 sptes=0x8 expect=fault rec=7322	# walk at line 7842
vcpu0: write gpa=0x444000 sptes=0x10 expect=fault rec=7322	# walk at line 7849
vcpu0: write gpa=0x445000 sptes=0x20 expect=fault rec=7322	# walk at line 7856
vcpu0: write gpa=0x446000 sptes=0x40 expect=fault rec=7322	# walk at line 7863
vcpu0: write gpa=0x447000 sptes=0x80 expect=fault rec=7322	# walk at line 7870
vcpu0: write gpa=0x448000 sptes=0x1 expect=fault rec=7322	# walk at line 7877
vcpu0: write gpa=0x449000 sptes=0x2 expect=fault rec=7322	# walk at line 7884
vcpu0: write gpa=0x44a000 sptes=0x4 expect=fault rec=7322	# walk at line 7891
vcpu0: write gpa=0x44b000 sptes=0x8 expect=fault rec=7322	# walk at line 7898
vcpu0: write gpa=0x44c000 sptes=0x10 expect=fault rec=7322	# walk at line 7905
vcpu0: write gpa=0x44d000 sptes=0x20 expect=fault rec=7322	# walk at line 7912
vcpu0: write gpa=0x44e000 sptes=0x40 expect=fault rec=7322	# walk at line 7919
vcpu0: write gpa=0x44f000 sptes=0x80 expect=fault rec=7322	# walk at line 7926
vcpu0: write gpa=0x450000 sptes=0x1 expect=fault rec=7322	# walk at line 7933
vcpu0: write gpa=0x451000 sptes=0x2 expect=fault rec=7322	# walk at line 7940
vcpu0: write gpa=0x452000 sptes=0x4 expect=fault rec=7322	# walk at line 7947
vcpu0: write gpa=0x453000 sptes=0x8 expect=fault rec=7322	# walk at line 7954
vcpu0: write gpa=0x454000 sptes=0x10 expect=fault rec=7322	# walk at line 7961
vcpu0: write gpa=0x455000 sptes=0x20 expect=fault rec=7322	# walk at line 7968
vcpu0: write gpa=0x456000 sptes=0x40 expect=fault rec=7322	# walk at line 7975
vcpu0: write gpa=0x457000 sptes=0x80 expect=fault rec=7322	# walk at line 7982
vcpu0: write gpa=0x458000 sptes=0x1 expect=fault rec=7322	# walk at line 7989
vcpu0: write gpa=0x459000 sptes=0x2 expect=fault rec=7322	# walk at line 7996
vcpu0: write gpa=0x45a000 sptes=0x4 expect=fault rec=7322	# walk at line 8003
vcpu0: write gpa=0x45b000 sptes=0x8 expect=fault rec=7322	# walk at line 8010
vcpu0: write gpa=0x45c000 sptes=0x10 expect=fault rec=7322	# walk at line 8017
vcpu0: write gpa=0x45d000 sptes=0x20 expect=fault rec=7322	# walk at line 8024
vcpu0: write gpa=0x45e000 sptes=0x40 expect=fault rec=7322	# walk at line 8031
vcpu0: write gpa=0x45f000 sptes=0x80 expect=fault rec=7322	# walk at line 8038
vcpu0: write gpa=0x460000 sptes=0x1 expect=fault rec=7322	# walk at line 8045
vcpu0: write gpa=0x461000 sptes=0x2 expect=fault rec=7322	# walk at line 8052
vcpu0: write gpa=0x462000 sptes=0x4 expect=fault rec=7322	# walk at line 8059
vcpu0: write gpa=0x463000 sptes=0x8 expect=fault rec=7322	# walk at line 8066
vcpu0: write gpa=0x464000 sptes=0x10 expect=fault rec=7322	# walk at line 8073
vcpu0: write gpa=0x465000 sptes=0x20 expect=fault rec=7322	# walk at line 8080
vcpu0: write gpa=0x466000 sptes=0x40 expect=fault rec=7322	# walk at line 8087
vcpu0: write gpa=0x467000 sptes=0x80 expect=fault rec=7322	# walk at line 8094
vcpu0: write gpa=0x468000 sptes=0x1 expect=fault rec=7322	# walk at line 8101
vcpu0: write gpa=0x469000 sptes=0x2 expect=fault rec=7322	# walk at line 8108
vcpu0: write gpa=0x46a000 sptes=0x4 expect=fault rec=7322	# walk at line 8115
vcpu0: write gpa=0x46b000 sptes=0x8 expect=fault rec=7322	# walk at line 8122
vcpu0: write gpa=0x46c000 sptes=0x10 expect=fault rec=7322	# walk at line 8129
vcpu0: write gpa=0x46d000 sptes=0x20 expect=fault rec=7322	# walk at line 8136
vcpu0: write gpa=0x46e000 sptes=0x40 expect=fault rec=7322	# walk at line 8143
vcpu0: write gpa=0x46f000 sptes=0x80 expect=fault rec=7322	# walk at line 8150
vcpu0: write gpa=0x470000 sptes=0x1 expect=fault rec=7322	# walk at line 8157
vcpu0: write gpa=0x471000 sptes=0x2 expect=fault rec=7322	# walk at line 8164
vcpu0: write gpa=0x472000 sptes=0x4 expect=fault rec=7322	# walk at line 8171
vcpu0: write gpa=0x473000 sptes=0x8 expect=fault rec=7322	# walk at line 8178
vcpu0: write gpa=0x474000 sptes=0x10 expect=fault rec=7322	# walk at line 8185
vcpu0: write gpa=0x475000 sptes=0x20 expect=fault rec=7322	# walk at line 8192
vcpu0: write gpa=0x476000 sptes=0x40 expect=fault rec=7322	# walk at line 8199
vcpu0: write gpa=0x477000 sptes=0x80 expect=fault rec=7322	# walk at line 8206
vcpu0: write gpa=0x478000 sptes=0x1 expect=fault rec=7322	# walk at line 8213
vcpu0: write gpa=0x479000 sptes=0x2 expect=fault rec=7322	# walk at line 8220
vcpu0: write gpa=0x47a000 sptes=0x4 expect=fault rec=7322	# walk at line 8227
vcpu0: write gpa=0x47b000 sptes=0x8 expect=fault rec=7322	# walk at line 8234
vcpu0: write gpa=0x47c000 sptes=0x10 expect=fault rec=7322	# walk at line 8241
vcpu0: write gpa=0x47d000 sptes=0x20 expect=fault rec=7322	# walk at line 8248
vcpu0: write gpa=0x47e000 sptes=0x40 expect=fault rec=7322	# walk at line 8255
vcpu0: write gpa=0x47f000 sptes=0x80 expect=fault rec=7322	# walk at line 8262
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=7322	# walk at line 8269
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=7322	# walk at line 8281
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=7322	# walk at line 8286
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=7322	# walk at line 8291
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=7322	# walk at line 8296
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=7322	# walk at line 8301
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=7322	# walk at line 8306
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=7322	# walk at line 8311
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=7322	# walk at line 8316
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=7322	# walk at line 8321
barrier
vmm: host_read mem=m1 offset=0 rec=8335
vmm: host_read mem=m1 offset=0x1000 rec=8335
vmm: host_read mem=m1 offset=0x2000 rec=8335
vmm: host_read mem=m1 offset=0x3000 rec=8335
vmm: host_read mem=m1 offset=0x4000 rec=8335
vmm: host_read mem=m1 offset=0x5000 rec=8335
vmm: host_read mem=m1 offset=0x6000 rec=8335
vmm: host_read mem=m1 offset=0x7000 rec=8335
vmm: host_read mem=m1 offset=0x8000 rec=8335
vmm: host_read mem=m1 offset=0x9000 rec=8335
vmm: host_read mem=m1 offset=0xa000 rec=8335
vmm: host_read mem=m1 offset=0xb000 rec=8335
vmm: host_read mem=m1 offset=0xc000 rec=8335
vmm: host_read mem=m1 offset=0xd000 rec=8335
vmm: host_read mem=m1 offset=0xe000 rec=8335
vmm: host_read mem=m1 offset=0xf000 rec=8335
vmm: host_read mem=m1 offset=0x10000 rec=8335
vmm: host_read mem=m1 offset=0x11000 rec=8335
vmm: host_read mem=m1 offset=0x12000 rec=8335
vmm: host_read mem=m1 offset=0x13000 rec=8335
vmm: host_read mem=m1 offset=0x14000 rec=8335
vmm: host_read mem=m1 offset=0x15000 rec=8335
vmm: host_read mem=m1 offset=0x16000 rec=8335
vmm: host_read mem=m1 offset=0x17000 rec=8335
vmm: host_read mem=m1 offset=0x18000 rec=8335
vmm: host_read mem=m1 offset=0x19000 rec=8335
vmm: host_read mem=m1 offset=0x1a000 rec=8335
vmm: host_read mem=m1 offset=0x1b000 rec=8335
vmm: host_read mem=m1 offset=0x1c000 rec=8335
vmm: host_read mem=m1 offset=0x1d000 rec=8335
vmm: host_read mem=m1 offset=0x1e000 rec=8335
vmm: host_read mem=m1 offset=0x1f000 rec=8335
vmm: host_read mem=m1 offset=0x20000 rec=8335
vmm: host_read mem=m1 offset=0x21000 rec=8335
vmm: host_read mem=m1 offset=0x22000 rec=8335
vmm: host_read mem=m1 offset=0x23000 rec=8335
vmm: host_read mem=m1 offset=0x24000 rec=8335
vmm: host_read mem=m1 offset=0x25000 rec=8335
vmm: host_read mem=m1 offset=0x26000 rec=8335
vmm: host_read mem=m1 offset=0x27000 rec=8335
vmm: host_read mem=m1 offset=0x28000 rec=8335
vmm: host_read mem=m1 offset=0x29000 rec=8335
vmm: host_read mem=m1 offset=0x2a000 rec=8335
vmm: host_read mem=m1 offset=0x2b000 rec=8335
vmm: host_read mem=m1 offset=0x2c000 rec=8335
vmm: host_read mem=m1 offset=0x2d000 rec=8335
vmm: host_read mem=m1 offset=0x2e000 rec=8335
vmm: host_read mem=m1 offset=0x2f000 rec=8335
vmm: host_read mem=m1 offset=0x30000 rec=8335
vmm: host_read mem=m1 offset=0x31000 rec=8335
vmm: host_read mem=m1 offset=0x32000 rec=8335
vmm: host_read mem=m1 offset=0x33000 rec=8335
vmm: host_read mem=m1 offset=0x34000 rec=8335
vmm: host_read mem=m1 offset=0x35000 rec=8335
vmm: host_read mem=m1 offset=0x36000 rec=8335
vmm: host_read mem=m1 offset=0x37000 rec=8335
vmm: host_read mem=m1 offset=0x38000 rec=8335
vmm: host_read mem=m1 offset=0x39000 rec=8335
vmm: host_read mem=m1 offset=0x3a000 rec=8335
vmm: host_read mem=m1 offset=0x3b000 rec=8335
vmm: host_read mem=m1 offset=0x3c000 rec=8335
vmm: host_read mem=m1 offset=0x3d000 rec=8335
vmm: host_read mem=m1 offset=0x3e000 rec=8335
vmm: host_read mem=m1 offset=0x3f000 rec=8335
vmm: host_read mem=m1 offset=0x40000 rec=8335
vmm: host_read mem=m1 offset=0x41000 rec=8335
vmm: host_read mem=m1 offset=0x42000 rec=8335
vmm: host_read mem=m1 offset=0x43000 rec=8335
vmm: host_read mem=m1 offset=0x44000 rec=8335
vmm: host_read mem=m1 offset=0x45000 rec=8335
vmm: host_read mem=m1 offset=0x46000 rec=8335
vmm: host_read mem=m1 offset=0x47000 rec=8335
vmm: host_read mem=m1 offset=0x48000 rec=8335
vmm: host_read mem=m1 offset=0x49000 rec=8335
vmm: host_read mem=m1 offset=0x4a000 rec=8335
vmm: host_read mem=m1 offset=0x4b000 rec=8335
vmm: host_read mem=m1 offset=0x4c000 rec=8335
vmm: host_read mem=m1 offset=0x4d000 rec=8335
vmm: host_read mem=m1 offset=0x4e000 rec=8335
vmm: host_read mem=m1 offset=0x4f000 rec=8335
vmm: host_read mem=m1 offset=0x50000 rec=8335
vmm: host_read mem=m1 offset=0x51000 rec=8335
vmm: host_read mem=m1 offset=0x52000 rec=8335
vmm: host_read mem=m1 offset=0x53000 rec=8335
vmm: host_read mem=m1 offset=0x54000 rec=8335
vmm: host_read mem=m1 offset=0x55000 rec=8335
vmm: host_read mem=m1 offset=0x56000 rec=8335
vmm: host_read mem=m1 offset=0x57000 rec=8335
vmm: host_read mem=m1 offset=0x58000 rec=8335
vmm: host_read mem=m1 offset=0x59000 rec=8335
vmm: host_read mem=m1 offset=0x5a000 rec=8335
vmm: host_read mem=m1 offset=0x5b000 rec=8335
vmm: host_read mem=m1 offset=0x5c000 rec=8335
vmm: host_read mem=m1 offset=0x5d000 rec=8335
vmm: host_read mem=m1 offset=0x5e000 rec=8335
vmm: host_read mem=m1 offset=0x5f000 rec=8335
vmm: host_read mem=m1 offset=0x60000 rec=8335
vmm: host_read mem=m1 offset=0x61000 rec=8335
vmm: host_read mem=m1 offset=0x62000 rec=8335
vmm: host_read mem=m1 offset=0x63000 rec=8335
vmm: host_read mem=m1 offset=0x64000 rec=8335
vmm: host_read mem=m1 offset=0x65000 rec=8335
vmm: host_read mem=m1 offset=0x66000 rec=8335
vmm: host_read mem=m1 offset=0x67000 rec=8335
vmm: host_read mem=m1 offset=0x68000 rec=8335
vmm: host_read mem=m1 offset=0x69000 rec=8335
vmm: host_read mem=m1 offset=0x6a000 rec=8335
vmm: host_read mem=m1 offset=0x6b000 rec=8335
vmm: host_read mem=m1 offset=0x6c000 rec=8335
vmm: host_read mem=m1 offset=0x6d000 rec=8335
vmm: host_read mem=m1 offset=0x6e000 rec=8335
vmm: host_read mem=m1 offset=0x6f000 rec=8335
vmm: host_read mem=m1 offset=0x70000 rec=8335
vmm: host_read mem=m1 offset=0x71000 rec=8335
vmm: host_read mem=m1 offset=0x72000 rec=8335
vmm: host_read mem=m1 offset=0x73000 rec=8335
vmm: host_read mem=m1 offset=0x74000 rec=8335
vmm: host_read mem=m1 offset=0x75000 rec=8335
vmm: host_read mem=m1 offset=0x76000 rec=8335
vmm: host_read mem=m1 offset=0x77000 rec=8335
vmm: host_read mem=m1 offset=0x78000 rec=8335
vmm: host_read mem=m1 offset=0x79000 rec=8335
vmm: host_read mem=m1 offset=0x7a000 rec=8335
vmm: host_read mem=m1 offset=0x7b000 rec=8335
vmm: host_read mem=m1 offset=0x7c000 rec=8335
vmm: host_read mem=m1 offset=0x7d000 rec=8335
vmm: host_read mem=m1 offset=0x7e000 rec=8335
vmm: host_read mem=m1 offset=0x7f000 rec=8335
vmm: host_read mem=m2 offset=0 rec=8336
vmm: host_read mem=m2 offset=0x1000 rec=8336
vmm: host_read mem=m2 offset=0x2000 rec=8336
vmm: host_read mem=m2 offset=0x3000 rec=8336
vmm: host_read mem=m2 offset=0x4000 rec=8336
vmm: host_read mem=m2 offset=0x5000 rec=8336
vmm: host_read mem=m2 offset=0x6000 rec=8336
vmm: host_read mem=m2 offset=0x7000 rec=8336
vmm: host_read mem=m2 offset=0x8000 rec=8336
vmm: host_read mem=m2 offset=0x9000 rec=8336
vmm: host_read mem=m2 offset=0xa000 rec=8336
vmm: host_read mem=m2 offset=0xb000 rec=8336
vmm: host_read mem=m2 offset=0xc000 rec=8336
vmm: host_read mem=m2 offset=0xd000 rec=8336
vmm: host_read mem=m2 offset=0xe000 rec=8336
vmm: host_read mem=m2 offset=0xf000 rec=8336
vmm: host_read mem=m2 offset=0x10000 rec=8336
vmm: host_read mem=m2 offset=0x11000 rec=8336
vmm: host_read mem=m2 offset=0x12000 rec=8336
vmm: host_read mem=m2 offset=0x13000 rec=8336
vmm: host_read mem=m2 offset=0x14000 rec=8336
vmm: host_read mem=m2 offset=0x15000 rec=8336
vmm: host_read mem=m2 offset=0x16000 rec=8336
vmm: host_read mem=m2 offset=0x17000 rec=8336
vmm: host_read mem=m2 offset=0x18000 rec=8336
vmm: host_read mem=m2 offset=0x19000 rec=8336
vmm: host_read mem=m2 offset=0x1a000 rec=8336
vmm: host_read mem=m2 offset=0x1b000 rec=8336
vmm: host_read mem=m2 offset=0x1c000 rec=8336
vmm: host_read mem=m2 offset=0x1d000 rec=8336
vmm: host_read mem=m2 offset=0x1e000 rec=8336
vmm: host_read mem=m2 offset=0x1f000 rec=8336
vmm: host_read mem=m2 offset=0x20000 rec=8336
vmm: host_read mem=m2 offset=0x21000 rec=8336
vmm: host_read mem=m2 offset=0x22000 rec=8336
vmm: host_read mem=m2 offset=0x23000 rec=8336
vmm: host_read mem=m2 offset=0x24000 rec=8336
vmm: host_read mem=m2 offset=0x25000 rec=8336
vmm: host_read mem=m2 offset=0x26000 rec=8336
vmm: host_read mem=m2 offset=0x27000 rec=8336
vmm: host_read mem=m2 offset=0x28000 rec=8336
vmm: host_read mem=m2 offset=0x29000 rec=8336
vmm: host_read mem=m2 offset=0x2a000 rec=8336
vmm: host_read mem=m2 offset=0x2b000 rec=8336
vmm: host_read mem=m2 offset=0x2c000 rec=8336
vmm: host_read mem=m2 offset=0x2d000 rec=8336
vmm: host_read mem=m2 offset=0x2e000 rec=8336
vmm: host_read mem=m2 offset=0x2f000 rec=8336
vmm: host_read mem=m2 offset=0x30000 rec=8336
vmm: host_read mem=m2 offset=0x31000 rec=8336
vmm: host_read mem=m2 offset=0x32000 rec=8336
vmm: host_read mem=m2 offset=0x33000 rec=8336
vmm: host_read mem=m2 offset=0x34000 rec=8336
vmm: host_read mem=m2 offset=0x35000 rec=8336
vmm: host_read mem=m2 offset=0x36000 rec=8336
vmm: host_read mem=m2 offset=0x37000 rec=8336
vmm: host_read mem=m2 offset=0x38000 rec=8336
vmm: host_read mem=m2 offset=0x39000 rec=8336
vmm: host_read mem=m2 offset=0x3a000 rec=8336
vmm: host_read mem=m2 offset=0x3b000 rec=8336
vmm: host_read mem=m2 offset=0x3c000 rec=8336
vmm: host_read mem=m2 offset=0x3d000 rec=8336
vmm: host_read mem=m2 offset=0x3e000 rec=8336
vmm: host_read mem=m2 offset=0x3f000 rec=8336
vmm: host_read mem=m2 offset=0x40000 rec=8336
vmm: host_read mem=m2 offset=0x41000 rec=8336
vmm: host_read mem=m2 offset=0x42000 rec=8336
vmm: host_read mem=m2 offset=0x43000 rec=8336
vmm: host_read mem=m2 offset=0x44000 rec=8336
vmm: host_read mem=m2 offset=0x45000 rec=8336
vmm: host_read mem=m2 offset=0x46000 rec=8336
vmm: host_read mem=m2 offset=0x47000 rec=8336
vmm: host_read mem=m2 offset=0x48000 rec=8336
vmm: host_read mem=m2 offset=0x49000 rec=8336
vmm: host_read mem=m2 offset=0x4a000 rec=8336
vmm: host_read mem=m2 offset=0x4b000 rec=8336
vmm: host_read mem=m2 offset=0x4c000 rec=8336
vmm: host_read mem=m2 offset=0x4d000 rec=8336
vmm: host_read mem=m2 offset=0x4e000 rec=8336
vmm: host_read mem=m2 offset=0x4f000 rec=8336
vmm: host_read mem=m2 offset=0x50000 rec=8336
vmm: host_read mem=m2 offset=0x51000 rec=8336
vmm: host_read mem=m2 offset=0x52000 rec=8336
vmm: host_read mem=m2 offset=0x53000 rec=8336
vmm: host_read mem=m2 offset=0x54000 rec=8336
vmm: host_read mem=m2 offset=0x55000 rec=8336
vmm: host_read mem=m2 offset=0x56000 rec=8336
vmm: host_read mem=m2 offset=0x57000 rec=8336
vmm: host_read mem=m2 offset=0x58000 rec=8336
vmm: host_read mem=m2 offset=0x59000 rec=8336
vmm: host_read mem=m2 offset=0x5a000 rec=8336
vmm: host_read mem=m2 offset=0x5b000 rec=8336
vmm: host_read mem=m2 offset=0x5c000 rec=8336
vmm: host_read mem=m2 offset=0x5d000 rec=8336
vmm: host_read mem=m2 offset=0x5e000 rec=8336
vmm: host_read mem=m2 offset=0x5f000 rec=8336
vmm: host_read mem=m2 offset=0x60000 rec=8336
vmm: host_read mem=m2 offset=0x61000 rec=8336
vmm: host_read mem=m2 offset=0x62000 rec=8336
vmm: host_read mem=m2 offset=0x63000 rec=8336
vmm: host_read mem=m2 offset=0x64000 rec=8336
vmm: host_read mem=m2 offset=0x65000 rec=8336
vmm: host_read mem=m2 offset=0x66000 rec=8336
vmm: host_read mem=m2 offset=0x67000 rec=8336
vmm: host_read mem=m2 offset=0x68000 rec=8336
vmm: host_read mem=m2 offset=0x69000 rec=8336
vmm: host_read mem=m2 offset=0x6a000 rec=8336
vmm: host_read mem=m2 offset=0x6b000 rec=8336
vmm: host_read mem=m2 offset=0x6c000 rec=8336
vmm: host_read mem=m2 offset=0x6d000 rec=8336
vmm: host_read mem=m2 offset=0x6e000 rec=8336
vmm: host_read mem=m2 offset=0x6f000 rec=8336
vmm: host_read mem=m2 offset=0x70000 rec=8336
vmm: host_read mem=m2 offset=0x71000 rec=8336
vmm: host_read mem=m2 offset=0x72000 rec=8336
vmm: host_read mem=m2 offset=0x73000 rec=8336
vmm: host_read mem=m2 offset=0x74000 rec=8336
vmm: host_read mem=m2 offset=0x75000 rec=8336
vmm: host_read mem=m2 offset=0x76000 rec=8336
vmm: host_read mem=m2 offset=0x77000 rec=8336
vmm: host_read mem=m2 offset=0x78000 rec=8336
vmm: host_read mem=m2 offset=0x79000 rec=8336
vmm: host_read mem=m2 offset=0x7a000 rec=8336
vmm: host_read mem=m2 offset=0x7b000 rec=8336
vmm: host_read mem=m2 offset=0x7c000 rec=8336
vmm: host_read mem=m2 offset=0x7d000 rec=8336
vmm: host_read mem=m2 offset=0x7e000 rec=8336
vmm: host_read mem=m2 offset=0x7f000 rec=8336
vmm: set_memory_region slot=1 as=0 gpa=0x400000 size=0x80000 hva=0x7f482b020000 flags=0 expect=0 rec=8337
vmm: host_read mem=m1 offset=0 rec=8338
vmm: host_read mem=m1 offset=0x1000 rec=8338
vmm: host_read mem=m1 offset=0x2000 rec=8338
vmm: host_read mem=m1 offset=0x3000 rec=8338
vmm: host_read mem=m1 offset=0x4000 rec=8338
vmm: host_read mem=m1 offset=0x5000 rec=8338
vmm: host_read mem=m1 offset=0x6000 rec=8338
vmm: host_read mem=m1 offset=0x7000 rec=8338
vmm: host_read mem=m1 offset=0x8000 rec=8338
vmm: host_read mem=m1 offset=0x9000 rec=8338
vmm: host_read mem=m1 offset=0xa000 rec=8338
vmm: host_read mem=m1 offset=0xb000 rec=8338
vmm: host_read mem=m1 offset=0xc000 rec=8338
vmm: host_read mem=m1 offset=0xd000 rec=8338
vmm: host_read mem=m1 offset=0xe000 rec=8338
vmm: host_read mem=m1 offset=0xf000 rec=8338
vmm: host_read mem=m1 offset=0x10000 rec=8338
vmm: host_read mem=m1 offset=0x11000 rec=8338
vmm: host_read mem=m1 offset=0x12000 rec=8338
vmm: host_read mem=m1 offset=0x13000 rec=8338
vmm: host_read mem=m1 offset=0x14000 rec=8338
vmm: host_read mem=m1 offset=0x15000 rec=8338
vmm: host_read mem=m1 offset=0x16000 rec=8338
vmm: host_read mem=m1 offset=0x17000 rec=8338
vmm: host_read mem=m1 offset=0x18000 rec=8338
vmm: host_read mem=m1 offset=0x19000 rec=8338
vmm: host_read mem=m1 offset=0x1a000 rec=8338
vmm: host_read mem=m1 offset=0x1b000 rec=8338
vmm: host_read mem=m1 offset=0x1c000 rec=8338
vmm: host_read mem=m1 offset=0x1d000 rec=8338
vmm: host_read mem=m1 offset=0x1e000 rec=8338
vmm: host_read mem=m1 offset=0x1f000 rec=8338
vmm: host_read mem=m1 offset=0x20000 rec=8338
vmm: host_read mem=m1 offset=0x21000 rec=8338
vmm: host_read mem=m1 offset=0x22000 rec=8338
vmm: host_read mem=m1 offset=0x23000 rec=8338
vmm: host_read mem=m1 offset=0x24000 rec=8338
vmm: host_read mem=m1 offset=0x25000 rec=8338
vmm: host_read mem=m1 offset=0x26000 rec=8338
vmm: host_read mem=m1 offset=0x27000 rec=8338
vmm: host_read mem=m1 offset=0x28000 rec=8338
vmm: host_read mem=m1 offset=0x29000 rec=8338
vmm: host_read mem=m1 offset=0x2a000 rec=8338
vmm: host_read mem=m1 offset=0x2b000 rec=8338
vmm: host_read mem=m1 offset=0x2c000 rec=8338
vmm: host_read mem=m1 offset=0x2d000 rec=8338
vmm: host_read mem=m1 offset=0x2e000 rec=8338
vmm: host_read mem=m1 offset=0x2f000 rec=8338
vmm: host_read mem=m1 offset=0x30000 rec=8338
vmm: host_read mem=m1 offset=0x31000 rec=8338
vmm: host_read mem=m1 offset=0x32000 rec=8338
vmm: host_read mem=m1 offset=0x33000 rec=8338
vmm: host_read mem=m1 offset=0x34000 rec=8338
vmm: host_read mem=m1 offset=0x35000 rec=8338
vmm: host_read mem=m1 offset=0x36000 rec=8338
vmm: host_read mem=m1 offset=0x37000 rec=8338
vmm: host_read mem=m1 offset=0x38000 rec=8338
vmm: host_read mem=m1 offset=0x39000 rec=8338
vmm: host_read mem=m1 offset=0x3a000 rec=8338
vmm: host_read mem=m1 offset=0x3b000 rec=8338
vmm: host_read mem=m1 offset=0x3c000 rec=8338
vmm: host_read mem=m1 offset=0x3d000 rec=8338
vmm: host_read mem=m1 offset=0x3e000 rec=8338
vmm: host_read mem=m1 offset=0x3f000 rec=8338
vmm: host_read mem=m1 offset=0x40000 rec=8338
vmm: host_read mem=m1 offset=0x41000 rec=8338
vmm: host_read mem=m1 offset=0x42000 rec=8338
vmm: host_read mem=m1 offset=0x43000 rec=8338
vmm: host_read mem=m1 offset=0x44000 rec=8338
vmm: host_read mem=m1 offset=0x45000 rec=8338
vmm: host_read mem=m1 offset=0x46000 rec=8338
vmm: host_read mem=m1 offset=0x47000 rec=8338
vmm: host_read mem=m1 offset=0x48000 rec=8338
vmm: host_read mem=m1 offset=0x49000 rec=8338
vmm: host_read mem=m1 offset=0x4a000 rec=8338
vmm: host_read mem=m1 offset=0x4b000 rec=8338
vmm: host_read mem=m1 offset=0x4c000 rec=8338
vmm: host_read mem=m1 offset=0x4d000 rec=8338
vmm: host_read mem=m1 offset=0x4e000 rec=8338
vmm: host_read mem=m1 offset=0x4f000 rec=8338
vmm: host_read mem=m1 offset=0x50000 rec=8338
vmm: host_read mem=m1 offset=0x51000 rec=8338
vmm: host_read mem=m1 offset=0x52000 rec=8338
vmm: host_read mem=m1 offset=0x53000 rec=8338
vmm: host_read mem=m1 offset=0x54000 rec=8338
vmm: host_read mem=m1 offset=0x55000 rec=8338
vmm: host_read mem=m1 offset=0x56000 rec=8338
vmm: host_read mem=m1 offset=0x57000 rec=8338
vmm: host_read mem=m1 offset=0x58000 rec=8338
vmm: host_read mem=m1 offset=0x59000 rec=8338
vmm: host_read mem=m1 offset=0x5a000 rec=8338
vmm: host_read mem=m1 offset=0x5b000 rec=8338
vmm: host_read mem=m1 offset=0x5c000 rec=8338
vmm: host_read mem=m1 offset=0x5d000 rec=8338
vmm: host_read mem=m1 offset=0x5e000 rec=8338
vmm: host_read mem=m1 offset=0x5f000 rec=8338
vmm: host_read mem=m1 offset=0x60000 rec=8338
vmm: host_read mem=m1 offset=0x61000 rec=8338
vmm: host_read mem=m1 offset=0x62000 rec=8338
vmm: host_read mem=m1 offset=0x63000 rec=8338
vmm: host_read mem=m1 offset=0x64000 rec=8338
vmm: host_read mem=m1 offset=0x65000 rec=8338
vmm: host_read mem=m1 offset=0x66000 rec=8338
vmm: host_read mem=m1 offset=0x67000 rec=8338
vmm: host_read mem=m1 offset=0x68000 rec=8338
vmm: host_read mem=m1 offset=0x69000 rec=8338
vmm: host_read mem=m1 offset=0x6a000 rec=8338
vmm: host_read mem=m1 offset=0x6b000 rec=8338
vmm: host_read mem=m1 offset=0x6c000 rec=8338
vmm: host_read mem=m1 offset=0x6d000 rec=8338
vmm: host_read mem=m1 offset=0x6e000 rec=8338
vmm: host_read mem=m1 offset=0x6f000 rec=8338
vmm: host_read mem=m1 offset=0x70000 rec=8338
vmm: host_read mem=m1 offset=0x71000 rec=8338
vmm: host_read mem=m1 offset=0x72000 rec=8338
vmm: host_read mem=m1 offset=0x73000 rec=8338
vmm: host_read mem=m1 offset=0x74000 rec=8338
vmm: host_read mem=m1 offset=0x75000 rec=8338
vmm: host_read mem=m1 offset=0x76000 rec=8338
vmm: host_read mem=m1 offset=0x77000 rec=8338
vmm: host_read mem=m1 offset=0x78000 rec=8338
vmm: host_read mem=m1 offset=0x79000 rec=8338
vmm: host_read mem=m1 offset=0x7a000 rec=8338
vmm: host_read mem=m1 offset=0x7b000 rec=8338
vmm: host_read mem=m1 offset=0x7c000 rec=8338
vmm: host_read mem=m1 offset=0x7d000 rec=8338
vmm: host_read mem=m1 offset=0x7e000 rec=8338
vmm: host_read mem=m1 offset=0x7f000 rec=8338
vmm: host_read mem=m2 offset=0 rec=8339
vmm: host_read mem=m2 offset=0x1000 rec=8339
vmm: host_read mem=m2 offset=0x2000 rec=8339
vmm: host_read mem=m2 offset=0x3000 rec=8339
vmm: host_read mem=m2 offset=0x4000 rec=8339
vmm: host_read mem=m2 offset=0x5000 rec=8339
vmm: host_read mem=m2 offset=0x6000 rec=8339
vmm: host_read mem=m2 offset=0x7000 rec=8339
vmm: host_read mem=m2 offset=0x8000 rec=8339
vmm: host_read mem=m2 offset=0x9000 rec=8339
vmm: host_read mem=m2 offset=0xa000 rec=8339
vmm: host_read mem=m2 offset=0xb000 rec=8339
vmm: host_read mem=m2 offset=0xc000 rec=8339
vmm: host_read mem=m2 offset=0xd000 rec=8339
vmm: host_read mem=m2 offset=0xe000 rec=8339
vmm: host_read mem=m2 offset=0xf000 rec=8339
vmm: host_read mem=m2 offset=0x10000 rec=8339
vmm: host_read mem=m2 offset=0x11000 rec=8339
vmm: host_read mem=m2 offset=0x12000 rec=8339
vmm: host_read mem=m2 offset=0x13000 rec=8339
vmm: host_read mem=m2 offset=0x14000 rec=8339
vmm: host_read mem=m2 offset=0x15000 rec=8339
vmm: host_read mem=m2 offset=0x16000 rec=8339
vmm: host_read mem=m2 offset=0x17000 rec=8339
vmm: host_read mem=m2 offset=0x18000 rec=8339
vmm: host_read mem=m2 offset=0x19000 rec=8339
vmm: host_read mem=m2 offset=0x1a000 rec=8339
vmm: host_read mem=m2 offset=0x1b000 rec=8339
vmm: host_read mem=m2 offset=0x1c000 rec=8339
vmm: host_read mem=m2 offset=0x1d000 rec=8339
vmm: host_read mem=m2 offset=0x1e000 rec=8339
vmm: host_read mem=m2 offset=0x1f000 rec=8339
vmm: host_read mem=m2 offset=0x20000 rec=8339
vmm: host_read mem=m2 offset=0x21000 rec=8339
vmm: host_read mem=m2 offset=0x22000 rec=8339
vmm: host_read mem=m2 offset=0x23000 rec=8339
vmm: host_read mem=m2 offset=0x24000 rec=8339
vmm: host_read mem=m2 offset=0x25000 rec=8339
vmm: host_read mem=m2 offset=0x26000 rec=8339
vmm: host_read mem=m2 offset=0x27000 rec=8339
vmm: host_read mem=m2 offset=0x28000 rec=8339
vmm: host_read mem=m2 offset=0x29000 rec=8339
vmm: host_read mem=m2 offset=0x2a000 rec=8339
vmm: host_read mem=m2 offset=0x2b000 rec=8339
vmm: host_read mem=m2 offset=0x2c000 rec=8339
vmm: host_read mem=m2 offset=0x2d000 rec=8339
vmm: host_read mem=m2 offset=0x2e000 rec=8339
vmm: host_read mem=m2 offset=0x2f000 rec=8339
vmm: host_read mem=m2 offset=0x30000 rec=8339
vmm: host_read mem=m2 offset=0x31000 rec=8339
vmm: host_read mem=m2 offset=0x32000 rec=8339
vmm: host_read mem=m2 offset=0x33000 rec=8339
vmm: host_read mem=m2 offset=0x34000 rec=8339
vmm: host_read mem=m2 offset=0x35000 rec=8339
vmm: host_read mem=m2 offset=0x36000 rec=8339
vmm: host_read mem=m2 offset=0x37000 rec=8339
vmm: host_read mem=m2 offset=0x38000 rec=8339
vmm: host_read mem=m2 offset=0x39000 rec=8339
vmm: host_read mem=m2 offset=0x3a000 rec=8339
vmm: host_read mem=m2 offset=0x3b000 rec=8339
vmm: host_read mem=m2 offset=0x3c000 rec=8339
vmm: host_read mem=m2 offset=0x3d000 rec=8339
vmm: host_read mem=m2 offset=0x3e000 rec=8339
vmm: host_read mem=m2 offset=0x3f000 rec=8339
vmm: host_read mem=m2 offset=0x40000 rec=8339
vmm: host_read mem=m2 offset=0x41000 rec=8339
vmm: host_read mem=m2 offset=0x42000 rec=8339
vmm: host_read mem=m2 offset=0x43000 rec=8339
vmm: host_read mem=m2 offset=0x44000 rec=8339
vmm: host_read mem=m2 offset=0x45000 rec=8339
vmm: host_read mem=m2 offset=0x46000 rec=8339
vmm: host_read mem=m2 offset=0x47000 rec=8339
vmm: host_read mem=m2 offset=0x48000 rec=8339
vmm: host_read mem=m2 offset=0x49000 rec=8339
vmm: host_read mem=m2 offset=0x4a000 rec=8339
vmm: host_read mem=m2 offset=0x4b000 rec=8339
vmm: host_read mem=m2 offset=0x4c000 rec=8339
vmm: host_read mem=m2 offset=0x4d000 rec=8339
vmm: host_read mem=m2 offset=0x4e000 rec=8339
vmm: host_read mem=m2 offset=0x4f000 rec=8339
vmm: host_read mem=m2 offset=0x50000 rec=8339
vmm: host_read mem=m2 offset=0x51000 rec=8339
vmm: host_read mem=m2 offset=0x52000 rec=8339
vmm: host_read mem=m2 offset=0x53000 rec=8339
vmm: host_read mem=m2 offset=0x54000 rec=8339
vmm: host_read mem=m2 offset=0x55000 rec=8339
vmm: host_read mem=m2 offset=0x56000 rec=8339
vmm: host_read mem=m2 offset=0x57000 rec=8339
vmm: host_read mem=m2 offset=0x58000 rec=8339
vmm: host_read mem=m2 offset=0x59000 rec=8339
vmm: host_read mem=m2 offset=0x5a000 rec=8339
vmm: host_read mem=m2 offset=0x5b000 rec=8339
vmm: host_read mem=m2 offset=0x5c000 rec=8339
vmm: host_read mem=m2 offset=0x5d000 rec=8339
vmm: host_read mem=m2 offset=0x5e000 rec=8339
vmm: host_read mem=m2 offset=0x5f000 rec=8339
vmm: host_read mem=m2 offset=0x60000 rec=8339
vmm: host_read mem=m2 offset=0x61000 rec=8339
vmm: host_read mem=m2 offset=0x62000 rec=8339
vmm: host_read mem=m2 offset=0x63000 rec=8339
vmm: host_read mem=m2 offset=0x64000 rec=8339
vmm: host_read mem=m2 offset=0x65000 rec=8339
vmm: host_read mem=m2 offset=0x66000 rec=8339
vmm: host_read mem=m2 offset=0x67000 rec=8339
vmm: host_read mem=m2 offset=0x68000 rec=8339
vmm: host_read mem=m2 offset=0x69000 rec=8339
vmm: host_read mem=m2 offset=0x6a000 rec=8339
vmm: host_read mem=m2 offset=0x6b000 rec=8339
vmm: host_read mem=m2 offset=0x6c000 rec=8339
vmm: host_read mem=m2 offset=0x6d000 rec=8339
vmm: host_read mem=m2 offset=0x6e000 rec=8339
vmm: host_read mem=m2 offset=0x6f000 rec=8339
vmm: host_read mem=m2 offset=0x70000 rec=8339
vmm: host_read mem=m2 offset=0x71000 rec=8339
vmm: host_read mem=m2 offset=0x72000 rec=8339
vmm: host_read mem=m2 offset=0x73000 rec=8339
vmm: host_read mem=m2 offset=0x74000 rec=8339
vmm: host_read mem=m2 offset=0x75000 rec=8339
vmm: host_read mem=m2 offset=0x76000 rec=8339
vmm: host_read mem=m2 offset=0x77000 rec=8339
vmm: host_read mem=m2 offset=0x78000 rec=8339
vmm: host_read mem=m2 offset=0x79000 rec=8339
vmm: host_read mem=m2 offset=0x7a000 rec=8339
vmm: host_read mem=m2 offset=0x7b000 rec=8339
vmm: host_read mem=m2 offset=0x7c000 rec=8339
vmm: host_read mem=m2 offset=0x7d000 rec=8339
vmm: host_read mem=m2 offset=0x7e000 rec=8339
vmm: host_read mem=m2 offset=0x7f000 rec=8339
vmm: munmap addr=0x7f482b020000 len=0x80000 expect=0 rec=8341
vmm: host_read mem=m2 offset=0 rec=8342
vmm: host_read mem=m2 offset=0x1000 rec=8342
vmm: host_read mem=m2 offset=0x2000 rec=8342
vmm: host_read mem=m2 offset=0x3000 rec=8342
vmm: host_read mem=m2 offset=0x4000 rec=8342
vmm: host_read mem=m2 offset=0x5000 rec=8342
vmm: host_read mem=m2 offset=0x6000 rec=8342
vmm: host_read mem=m2 offset=0x7000 rec=8342
vmm: host_read mem=m2 offset=0x8000 rec=8342
vmm: host_read mem=m2 offset=0x9000 rec=8342
vmm: host_read mem=m2 offset=0xa000 rec=8342
vmm: host_read mem=m2 offset=0xb000 rec=8342
vmm: host_read mem=m2 offset=0xc000 rec=8342
vmm: host_read mem=m2 offset=0xd000 rec=8342
vmm: host_read mem=m2 offset=0xe000 rec=8342
vmm: host_read mem=m2 offset=0xf000 rec=8342
vmm: host_read mem=m2 offset=0x10000 rec=8342
vmm: host_read mem=m2 offset=0x11000 rec=8342
vmm: host_read mem=m2 offset=0x12000 rec=8342
vmm: host_read mem=m2 offset=0x13000 rec=8342
vmm: host_read mem=m2 offset=0x14000 rec=8342
vmm: host_read mem=m2 offset=0x15000 rec=8342
vmm: host_read mem=m2 offset=0x16000 rec=8342
vmm: host_read mem=m2 offset=0x17000 rec=8342
vmm: host_read mem=m2 offset=0x18000 rec=8342
vmm: host_read mem=m2 offset=0x19000 rec=8342
vmm: host_read mem=m2 offset=0x1a000 rec=8342
vmm: host_read mem=m2 offset=0x1b000 rec=8342
vmm: host_read mem=m2 offset=0x1c000 rec=8342
vmm: host_read mem=m2 offset=0x1d000 rec=8342
vmm: host_read mem=m2 offset=0x1e000 rec=8342
vmm: host_read mem=m2 offset=0x1f000 rec=8342
vmm: host_read mem=m2 offset=0x20000 rec=8342
vmm: host_read mem=m2 offset=0x21000 rec=8342
vmm: host_read mem=m2 offset=0x22000 rec=8342
vmm: host_read mem=m2 offset=0x23000 rec=8342
vmm: host_read mem=m2 offset=0x24000 rec=8342
vmm: host_read mem=m2 offset=0x25000 rec=8342
vmm: host_read mem=m2 offset=0x26000 rec=8342
vmm: host_read mem=m2 offset=0x27000 rec=8342
vmm: host_read mem=m2 offset=0x28000 rec=8342
vmm: host_read mem=m2 offset=0x29000 rec=8342
vmm: host_read mem=m2 offset=0x2a000 rec=8342
vmm: host_read mem=m2 offset=0x2b000 rec=8342
vmm: host_read mem=m2 offset=0x2c000 rec=8342
vmm: host_read mem=m2 offset=0x2d000 rec=8342
vmm: host_read mem=m2 offset=0x2e000 rec=8342
vmm: host_read mem=m2 offset=0x2f000 rec=8342
vmm: host_read mem=m2 offset=0x30000 rec=8342
vmm: host_read mem=m2 offset=0x31000 rec=8342
vmm: host_read mem=m2 offset=0x32000 rec=8342
vmm: host_read mem=m2 offset=0x33000 rec=8342
vmm: host_read mem=m2 offset=0x34000 rec=8342
vmm: host_read mem=m2 offset=0x35000 rec=8342
vmm: host_read mem=m2 offset=0x36000 rec=8342
vmm: host_read mem=m2 offset=0x37000 rec=8342
vmm: host_read mem=m2 offset=0x38000 rec=8342
vmm: host_read mem=m2 offset=0x39000 rec=8342
vmm: host_read mem=m2 offset=0x3a000 rec=8342
vmm: host_read mem=m2 offset=0x3b000 rec=8342
vmm: host_read mem=m2 offset=0x3c000 rec=8342
vmm: host_read mem=m2 offset=0x3d000 rec=8342
vmm: host_read mem=m2 offset=0x3e000 rec=8342
vmm: host_read mem=m2 offset=0x3f000 rec=8342
vmm: host_read mem=m2 offset=0x40000 rec=8342
vmm: host_read mem=m2 offset=0x41000 rec=8342
vmm: host_read mem=m2 offset=0x42000 rec=8342
vmm: host_read mem=m2 offset=0x43000 rec=8342
vmm: host_read mem=m2 offset=0x44000 rec=8342
vmm: host_read mem=m2 offset=0x45000 rec=8342
vmm: host_read mem=m2 offset=0x46000 rec=8342
vmm: host_read mem=m2 offset=0x47000 rec=8342
vmm: host_read mem=m2 offset=0x48000 rec=8342
vmm: host_read mem=m2 offset=0x49000 rec=8342
vmm: host_read mem=m2 offset=0x4a000 rec=8342
vmm: host_read mem=m2 offset=0x4b000 rec=8342
vmm: host_read mem=m2 offset=0x4c000 rec=8342
vmm: host_read mem=m2 offset=0x4d000 rec=8342
vmm: host_read mem=m2 offset=0x4e000 rec=8342
vmm: host_read mem=m2 offset=0x4f000 rec=8342
vmm: host_read mem=m2 offset=0x50000 rec=8342
vmm: host_read mem=m2 offset=0x51000 rec=8342
vmm: host_read mem=m2 offset=0x52000 rec=8342
vmm: host_read mem=m2 offset=0x53000 rec=8342
vmm: host_read mem=m2 offset=0x54000 rec=8342
vmm: host_read mem=m2 offset=0x55000 rec=8342
vmm: host_read mem=m2 offset=0x56000 rec=8342
vmm: host_read mem=m2 offset=0x57000 rec=8342
vmm: host_read mem=m2 offset=0x58000 rec=8342
vmm: host_read mem=m2 offset=0x59000 rec=8342
vmm: host_read mem=m2 offset=0x5a000 rec=8342
vmm: host_read mem=m2 offset=0x5b000 rec=8342
vmm: host_read mem=m2 offset=0x5c000 rec=8342
vmm: host_read mem=m2 offset=0x5d000 rec=8342
vmm: host_read mem=m2 offset=0x5e000 rec=8342
vmm: host_read mem=m2 offset=0x5f000 rec=8342
vmm: host_read mem=m2 offset=0x60000 rec=8342
vmm: host_read mem=m2 offset=0x61000 rec=8342
vmm: host_read mem=m2 offset=0x62000 rec=8342
vmm: host_read mem=m2 offset=0x63000 rec=8342
vmm: host_read mem=m2 offset=0x64000 rec=8342
vmm: host_read mem=m2 offset=0x65000 rec=8342
vmm: host_read mem=m2 offset=0x66000 rec=8342
vmm: host_read mem=m2 offset=0x67000 rec=8342
vmm: host_read mem=m2 offset=0x68000 rec=8342
vmm: host_read mem=m2 offset=0x69000 rec=8342
vmm: host_read mem=m2 offset=0x6a000 rec=8342
vmm: host_read mem=m2 offset=0x6b000 rec=8342
vmm: host_read mem=m2 offset=0x6c000 rec=8342
vmm: host_read mem=m2 offset=0x6d000 rec=8342
vmm: host_read mem=m2 offset=0x6e000 rec=8342
vmm: host_read mem=m2 offset=0x6f000 rec=8342
vmm: host_read mem=m2 offset=0x70000 rec=8342
vmm: host_read mem=m2 offset=0x71000 rec=8342
vmm: host_read mem=m2 offset=0x72000 rec=8342
vmm: host_read mem=m2 offset=0x73000 rec=8342
vmm: host_read mem=m2 offset=0x74000 rec=8342
vmm: host_read mem=m2 offset=0x75000 rec=8342
vmm: host_read mem=m2 offset=0x76000 rec=8342
vmm: host_read mem=m2 offset=0x77000 rec=8342
vmm: host_read mem=m2 offset=0x78000 rec=8342
vmm: host_read mem=m2 offset=0x79000 rec=8342
vmm: host_read mem=m2 offset=0x7a000 rec=8342
vmm: host_read mem=m2 offset=0x7b000 rec=8342
vmm: host_read mem=m2 offset=0x7c000 rec=8342
vmm: host_read mem=m2 offset=0x7d000 rec=8342
vmm: host_read mem=m2 offset=0x7e000 rec=8342
vmm: host_read mem=m2 offset=0x7f000 rec=8342
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=8343	# walk at line 8357
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=8343	# walk at line 8362
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=8343	# walk at line 8374
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=8343	# walk at line 8379
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=8343	# walk at line 8384
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=8343	# walk at line 8389
vcpu0: write gpa=0x400000 sptes=0 expect=exit:efault rec=8343	# walk at line 8394
barrier
vmm: host_read mem=m2 offset=0 rec=8402
vmm: host_read mem=m2 offset=0x1000 rec=8402
vmm: host_read mem=m2 offset=0x2000 rec=8402
vmm: host_read mem=m2 offset=0x3000 rec=8402
vmm: host_read mem=m2 offset=0x4000 rec=8402
vmm: host_read mem=m2 offset=0x5000 rec=8402
vmm: host_read mem=m2 offset=0x6000 rec=8402
vmm: host_read mem=m2 offset=0x7000 rec=8402
vmm: host_read mem=m2 offset=0x8000 rec=8402
vmm: host_read mem=m2 offset=0x9000 rec=8402
vmm: host_read mem=m2 offset=0xa000 rec=8402
vmm: host_read mem=m2 offset=0xb000 rec=8402
vmm: host_read mem=m2 offset=0xc000 rec=8402
vmm: host_read mem=m2 offset=0xd000 rec=8402
vmm: host_read mem=m2 offset=0xe000 rec=8402
vmm: host_read mem=m2 offset=0xf000 rec=8402
vmm: host_read mem=m2 offset=0x10000 rec=8402
vmm: host_read mem=m2 offset=0x11000 rec=8402
vmm: host_read mem=m2 offset=0x12000 rec=8402
vmm: host_read mem=m2 offset=0x13000 rec=8402
vmm: host_read mem=m2 offset=0x14000 rec=8402
vmm: host_read mem=m2 offset=0x15000 rec=8402
vmm: host_read mem=m2 offset=0x16000 rec=8402
vmm: host_read mem=m2 offset=0x17000 rec=8402
vmm: host_read mem=m2 offset=0x18000 rec=8402
vmm: host_read mem=m2 offset=0x19000 rec=8402
vmm: host_read mem=m2 offset=0x1a000 rec=8402
vmm: host_read mem=m2 offset=0x1b000 rec=8402
vmm: host_read mem=m2 offset=0x1c000 rec=8402
vmm: host_read mem=m2 offset=0x1d000 rec=8402
vmm: host_read mem=m2 offset=0x1e000 rec=8402
vmm: host_read mem=m2 offset=0x1f000 rec=8402
vmm: host_read mem=m2 offset=0x20000 rec=8402
vmm: host_read mem=m2 offset=0x21000 rec=8402
vmm: host_read mem=m2 offset=0x22000 rec=8402
vmm: host_read mem=m2 offset=0x23000 rec=8402
vmm: host_read mem=m2 offset=0x24000 rec=8402
vmm: host_read mem=m2 offset=0x25000 rec=8402
vmm: host_read mem=m2 offset=0x26000 rec=8402
vmm: host_read mem=m2 offset=0x27000 rec=8402
vmm: host_read mem=m2 offset=0x28000 rec=8402
vmm: host_read mem=m2 offset=0x29000 rec=8402
vmm: host_read mem=m2 offset=0x2a000 rec=8402
vmm: host_read mem=m2 offset=0x2b000 rec=8402
vmm: host_read mem=m2 offset=0x2c000 rec=8402
vmm: host_read mem=m2 offset=0x2d000 rec=8402
vmm: host_read mem=m2 offset=0x2e000 rec=8402
vmm: host_read mem=m2 offset=0x2f000 rec=8402
vmm: host_read mem=m2 offset=0x30000 rec=8402
vmm: host_read mem=m2 offset=0x31000 rec=8402
vmm: host_read mem=m2 offset=0x32000 rec=8402
vmm: host_read mem=m2 offset=0x33000 rec=8402
vmm: host_read mem=m2 offset=0x34000 rec=8402
vmm: host_read mem=m2 offset=0x35000 rec=8402
vmm: host_read mem=m2 offset=0x36000 rec=8402
vmm: host_read mem=m2 offset=0x37000 rec=8402
vmm: host_read mem=m2 offset=0x38000 rec=8402
vmm: host_read mem=m2 offset=0x39000 rec=8402
vmm: host_read mem=m2 offset=0x3a000 rec=8402
vmm: host_read mem=m2 offset=0x3b000 rec=8402
vmm: host_read mem=m2 offset=0x3c000 rec=8402
vmm: host_read mem=m2 offset=0x3d000 rec=8402
vmm: host_read mem=m2 offset=0x3e000 rec=8402
vmm: host_read mem=m2 offset=0x3f000 rec=8402
vmm: host_read mem=m2 offset=0x40000 rec=8402
vmm: host_read mem=m2 offset=0x41000 rec=8402
vmm: host_read mem=m2 offset=0x42000 rec=8402
vmm: host_read mem=m2 offset=0x43000 rec=8402
vmm: host_read mem=m2 offset=0x44000 rec=8402
vmm: host_read mem=m2 offset=0x45000 rec=8402
vmm: host_read mem=m2 offset=0x46000 rec=8402
vmm: host_read mem=m2 offset=0x47000 rec=8402
vmm: host_read mem=m2 offset=0x48000 rec=8402
vmm: host_read mem=m2 offset=0x49000 rec=8402
vmm: host_read mem=m2 offset=0x4a000 rec=8402
vmm: host_read mem=m2 offset=0x4b000 rec=8402
vmm: host_read mem=m2 offset=0x4c000 rec=8402
vmm: host_read mem=m2 offset=0x4d000 rec=8402
vmm: host_read mem=m2 offset=0x4e000 rec=8402
vmm: host_read mem=m2 offset=0x4f000 rec=8402
vmm: host_read mem=m2 offset=0x50000 rec=8402
vmm: host_read mem=m2 offset=0x51000 rec=8402
vmm: host_read mem=m2 offset=0x52000 rec=8402
vmm: host_read mem=m2 offset=0x53000 rec=8402
vmm: host_read mem=m2 offset=0x54000 rec=8402
vmm: host_read mem=m2 offset=0x55000 rec=8402
vmm: host_read mem=m2 offset=0x56000 rec=8402
vmm: host_read mem=m2 offset=0x57000 rec=8402
vmm: host_read mem=m2 offset=0x58000 rec=8402
vmm: host_read mem=m2 offset=0x59000 rec=8402
vmm: host_read mem=m2 offset=0x5a000 rec=8402
vmm: host_read mem=m2 offset=0x5b000 rec=8402
vmm: host_read mem=m2 offset=0x5c000 rec=8402
vmm: host_read mem=m2 offset=0x5d000 rec=8402
vmm: host_read mem=m2 offset=0x5e000 rec=8402
vmm: host_read mem=m2 offset=0x5f000 rec=8402
vmm: host_read mem=m2 offset=0x60000 rec=8402
vmm: host_read mem=m2 offset=0x61000 rec=8402
vmm: host_read mem=m2 offset=0x62000 rec=8402
vmm: host_read mem=m2 offset=0x63000 rec=8402
vmm: host_read mem=m2 offset=0x64000 rec=8402
vmm: host_read mem=m2 offset=0x65000 rec=8402
vmm: host_read mem=m2 offset=0x66000 rec=8402
vmm: host_read mem=m2 offset=0x67000 rec=8402
vmm: host_read mem=m2 offset=0x68000 rec=8402
vmm: host_read mem=m2 offset=0x69000 rec=8402
vmm: host_read mem=m2 offset=0x6a000 rec=8402
vmm: host_read mem=m2 offset=0x6b000 rec=8402
vmm: host_read mem=m2 offset=0x6c000 rec=8402
vmm: host_read mem=m2 offset=0x6d000 rec=8402
vmm: host_read mem=m2 offset=0x6e000 rec=8402
vmm: host_read mem=m2 offset=0x6f000 rec=8402
vmm: host_read mem=m2 offset=0x70000 rec=8402
vmm: host_read mem=m2 offset=0x71000 rec=8402
vmm: host_read mem=m2 offset=0x72000 rec=8402
vmm: host_read mem=m2 offset=0x73000 rec=8402
vmm: host_read mem=m2 offset=0x74000 rec=8402
vmm: host_read mem=m2 offset=0x75000 rec=8402
vmm: host_read mem=m2 offset=0x76000 rec=8402
vmm: host_read mem=m2 offset=0x77000 rec=8402
vmm: host_read mem=m2 offset=0x78000 rec=8402
vmm: host_read mem=m2 offset=0x79000 rec=8402
vmm: host_read mem=m2 offset=0x7a000 rec=8402
vmm: host_read mem=m2 offset=0x7b000 rec=8402
vmm: host_read mem=m2 offset=0x7c000 rec=8402
vmm: host_read mem=m2 offset=0x7d000 rec=8402
vmm: host_read mem=m2 offset=0x7e000 rec=8402
vmm: host_read mem=m2 offset=0x7f000 rec=8402
vmm: mmap name=m3 len=0x80000 prot=3 shared memfd=f0 offset=0 addr=0x7f482b020000 fixed expect=0 rec=8403
vmm: host_read mem=m3 offset=0 rec=8404
vmm: host_read mem=m3 offset=0x1000 rec=8404
vmm: host_read mem=m3 offset=0x2000 rec=8404
vmm: host_read mem=m3 offset=0x3000 rec=8404
vmm: host_read mem=m3 offset=0x4000 rec=8404
vmm: host_read mem=m3 offset=0x5000 rec=8404
vmm: host_read mem=m3 offset=0x6000 rec=8404
vmm: host_read mem=m3 offset=0x7000 rec=8404
vmm: host_read mem=m3 offset=0x8000 rec=8404
vmm: host_read mem=m3 offset=0x9000 rec=8404
vmm: host_read mem=m3 offset=0xa000 rec=8404
vmm: host_read mem=m3 offset=0xb000 rec=8404
vmm: host_read mem=m3 offset=0xc000 rec=8404
vmm: host_read mem=m3 offset=0xd000 rec=8404
vmm: host_read mem=m3 offset=0xe000 rec=8404
vmm: host_read mem=m3 offset=0xf000 rec=8404
vmm: host_read mem=m3 offset=0x10000 rec=8404
vmm: host_read mem=m3 offset=0x11000 rec=8404
vmm: host_read mem=m3 offset=0x12000 rec=8404
vmm: host_read mem=m3 offset=0x13000 rec=8404
vmm: host_read mem=m3 offset=0x14000 rec=8404
vmm: host_read mem=m3 offset=0x15000 rec=8404
vmm: host_read mem=m3 offset=0x16000 rec=8404
vmm: host_read mem=m3 offset=0x17000 rec=8404
vmm: host_read mem=m3 offset=0x18000 rec=8404
vmm: host_read mem=m3 offset=0x19000 rec=8404
vmm: host_read mem=m3 offset=0x1a000 rec=8404
vmm: host_read mem=m3 offset=0x1b000 rec=8404
vmm: host_read mem=m3 offset=0x1c000 rec=8404
vmm: host_read mem=m3 offset=0x1d000 rec=8404
vmm: host_read mem=m3 offset=0x1e000 rec=8404
vmm: host_read mem=m3 offset=0x1f000 rec=8404
vmm: host_read mem=m3 offset=0x20000 rec=8404
vmm: host_read mem=m3 offset=0x21000 rec=8404
vmm: host_read mem=m3 offset=0x22000 rec=8404
vmm: host_read mem=m3 offset=0x23000 rec=8404
vmm: host_read mem=m3 offset=0x24000 rec=8404
vmm: host_read mem=m3 offset=0x25000 rec=8404
vmm: host_read mem=m3 offset=0x26000 rec=8404
vmm: host_read mem=m3 offset=0x27000 rec=8404
vmm: host_read mem=m3 offset=0x28000 rec=8404
vmm: host_read mem=m3 offset=0x29000 rec=8404
vmm: host_read mem=m3 offset=0x2a000 rec=8404
vmm: host_read mem=m3 offset=0x2b000 rec=8404
vmm: host_read mem=m3 offset=0x2c000 rec=8404
vmm: host_read mem=m3 offset=0x2d000 rec=8404
vmm: host_read mem=m3 offset=0x2e000 rec=8404
vmm: host_read mem=m3 offset=0x2f000 rec=8404
vmm: host_read mem=m3 offset=0x30000 rec=8404
vmm: host_read mem=m3 offset=0x31000 rec=8404
vmm: host_read mem=m3 offset=0x32000 rec=8404
vmm: host_read mem=m3 offset=0x33000 rec=8404
vmm: host_read mem=m3 offset=0x34000 rec=8404
vmm: host_read mem=m3 offset=0x35000 rec=8404
vmm: host_read mem=m3 offset=0x36000 rec=8404
vmm: host_read mem=m3 offset=0x37000 rec=8404
vmm: host_read mem=m3 offset=0x38000 rec=8404
vmm: host_read mem=m3 offset=0x39000 rec=8404
vmm: host_read mem=m3 offset=0x3a000 rec=8404
vmm: host_read mem=m3 offset=0x3b000 rec=8404
vmm: host_read mem=m3 offset=0x3c000 rec=8404
vmm: host_read mem=m3 offset=0x3d000 rec=8404
vmm: host_read mem=m3 offset=0x3e000 rec=8404
vmm: host_read mem=m3 offset=0x3f000 rec=8404
vmm: host_read mem=m3 offset=0x40000 rec=8404
vmm: host_read mem=m3 offset=0x41000 rec=8404
vmm: host_read mem=m3 offset=0x42000 rec=8404
vmm: host_read mem=m3 offset=0x43000 rec=8404
vmm: host_read mem=m3 offset=0x44000 rec=8404
vmm: host_read mem=m3 offset=0x45000 rec=8404
vmm: host_read mem=m3 offset=0x46000 rec=8404
vmm: host_read mem=m3 offset=0x47000 rec=8404
vmm: host_read mem=m3 offset=0x48000 rec=8404
vmm: host_read mem=m3 offset=0x49000 rec=8404
vmm: host_read mem=m3 offset=0x4a000 rec=8404
vmm: host_read mem=m3 offset=0x4b000 rec=8404
vmm: host_read mem=m3 offset=0x4c000 rec=8404
vmm: host_read mem=m3 offset=0x4d000 rec=8404
vmm: host_read mem=m3 offset=0x4e000 rec=8404
vmm: host_read mem=m3 offset=0x4f000 rec=8404
vmm: host_read mem=m3 offset=0x50000 rec=8404
vmm: host_read mem=m3 offset=0x51000 rec=8404
vmm: host_read mem=m3 offset=0x52000 rec=8404
vmm: host_read mem=m3 offset=0x53000 rec=8404
vmm: host_read mem=m3 offset=0x54000 rec=8404
vmm: host_read mem=m3 offset=0x55000 rec=8404
vmm: host_read mem=m3 offset=0x56000 rec=8404
vmm: host_read mem=m3 offset=0x57000 rec=8404
vmm: host_read mem=m3 offset=0x58000 rec=8404
vmm: host_read mem=m3 offset=0x59000 rec=8404
vmm: host_read mem=m3 offset=0x5a000 rec=8404
vmm: host_read mem=m3 offset=0x5b000 rec=8404
vmm: host_read mem=m3 offset=0x5c000 rec=8404
vmm: host_read mem=m3 offset=0x5d000 rec=8404
vmm: host_read mem=m3 offset=0x5e000 rec=8404
vmm: host_read mem=m3 offset=0x5f000 rec=8404
vmm: host_read mem=m3 offset=0x60000 rec=8404
vmm: host_read mem=m3 offset=0x61000 rec=8404
vmm: host_read mem=m3 offset=0x62000 rec=8404
vmm: host_read mem=m3 offset=0x63000 rec=8404
vmm: host_read mem=m3 offset=0x64000 rec=8404
vmm: host_read mem=m3 offset=0x65000 rec=8404
vmm: host_read mem=m3 offset=0x66000 rec=8404
vmm: host_read mem=m3 offset=0x67000 rec=8404
vmm: host_read mem=m3 offset=0x68000 rec=8404
vmm: host_read mem=m3 offset=0x69000 rec=8404
vmm: host_read mem=m3 offset=0x6a000 rec=8404
vmm: host_read mem=m3 offset=0x6b000 rec=8404
vmm: host_read mem=m3 offset=0x6c000 rec=8404
vmm: host_read mem=m3 offset=0x6d000 rec=8404
vmm: host_read mem=m3 offset=0x6e000 rec=8404
vmm: host_read mem=m3 offset=0x6f000 rec=8404
vmm: host_read mem=m3 offset=0x70000 rec=8404
vmm: host_read mem=m3 offset=0x71000 rec=8404
vmm: host_read mem=m3 offset=0x72000 rec=8404
vmm: host_read mem=m3 offset=0x73000 rec=8404
vmm: host_read mem=m3 offset=0x74000 rec=8404
vmm: host_read mem=m3 offset=0x75000 rec=8404
vmm: host_read mem=m3 offset=0x76000 rec=8404
vmm: host_read mem=m3 offset=0x77000 rec=8404
vmm: host_read mem=m3 offset=0x78000 rec=8404
vmm: host_read mem=m3 offset=0x79000 rec=8404
vmm: host_read mem=m3 offset=0x7a000 rec=8404
vmm: host_read mem=m3 offset=0x7b000 rec=8404
vmm: host_read mem=m3 offset=0x7c000 rec=8404
vmm: host_read mem=m3 offset=0x7d000 rec=8404
vmm: host_read mem=m3 offset=0x7e000 rec=8404
vmm: host_read mem=m3 offset=0x7f000 rec=8404
vmm: host_read mem=m2 offset=0 rec=8405
vmm: host_read mem=m2 offset=0x1000 rec=8405
vmm: host_read mem=m2 offset=0x2000 rec=8405
vmm: host_read mem=m2 offset=0x3000 rec=8405
vmm: host_read mem=m2 offset=0x4000 rec=8405
vmm: host_read mem=m2 offset=0x5000 rec=8405
vmm: host_read mem=m2 offset=0x6000 rec=8405
vmm: host_read mem=m2 offset=0x7000 rec=8405
vmm: host_read mem=m2 offset=0x8000 rec=8405
vmm: host_read mem=m2 offset=0x9000 rec=8405
vmm: host_read mem=m2 offset=0xa000 rec=8405
vmm: host_read mem=m2 offset=0xb000 rec=8405
vmm: host_read mem=m2 offset=0xc000 rec=8405
vmm: host_read mem=m2 offset=0xd000 rec=8405
vmm: host_read mem=m2 offset=0xe000 rec=8405
vmm: host_read mem=m2 offset=0xf000 rec=8405
vmm: host_read mem=m2 offset=0x10000 rec=8405
vmm: host_read mem=m2 offset=0x11000 rec=8405
vmm: host_read mem=m2 offset=0x12000 rec=8405
vmm: host_read mem=m2 offset=0x13000 rec=8405
vmm: host_read mem=m2 offset=0x14000 rec=8405
vmm: host_read mem=m2 offset=0x15000 rec=8405
vmm: host_read mem=m2 offset=0x16000 rec=8405
vmm: host_read mem=m2 offset=0x17000 rec=8405
vmm: host_read mem=m2 offset=0x18000 rec=8405
vmm: host_read mem=m2 offset=0x19000 rec=8405
vmm: host_read mem=m2 offset=0x1a000 rec=8405
vmm: host_read mem=m2 offset=0x1b000 rec=8405
vmm: host_read mem=m2 offset=0x1c000 rec=8405
vmm: host_read mem=m2 offset=0x1d000 rec=8405
vmm: host_read mem=m2 offset=0x1e000 rec=8405
vmm: host_read mem=m2 offset=0x1f000 rec=8405
vmm: host_read mem=m2 offset=0x20000 rec=8405
vmm: host_read mem=m2 offset=0x21000 rec=8405
vmm: host_read mem=m2 offset=0x22000 rec=8405
vmm: host_read mem=m2 offset=0x23000 rec=8405
vmm: host_read mem=m2 offset=0x24000 rec=8405
vmm: host_read mem=m2 offset=0x25000 rec=8405
vmm: host_read mem=m2 offset=0x26000 rec=8405
vmm: host_read mem=m2 offset=0x27000 rec=8405
vmm: host_read mem=m2 offset=0x28000 rec=8405
vmm: host_read mem=m2 offset=0x29000 rec=8405
vmm: host_read mem=m2 offset=0x2a000 rec=8405
vmm: host_read mem=m2 offset=0x2b000 rec=8405
vmm: host_read mem=m2 offset=0x2c000 rec=8405
vmm: host_read mem=m2 offset=0x2d000 rec=8405
vmm: host_read mem=m2 offset=0x2e000 rec=8405
vmm: host_read mem=m2 offset=0x2f000 rec=8405
vmm: host_read mem=m2 offset=0x30000 rec=8405
vmm: host_read mem=m2 offset=0x31000 rec=8405
vmm: host_read mem=m2 offset=0x32000 rec=8405
vmm: host_read mem=m2 offset=0x33000 rec=8405
vmm: host_read mem=m2 offset=0x34000 rec=8405
vmm: host_read mem=m2 offset=0x35000 rec=8405
vmm: host_read mem=m2 offset=0x36000 rec=8405
vmm: host_read mem=m2 offset=0x37000 rec=8405
vmm: host_read mem=m2 offset=0x38000 rec=8405
vmm: host_read mem=m2 offset=0x39000 rec=8405
vmm: host_read mem=m2 offset=0x3a000 rec=8405
vmm: host_read mem=m2 offset=0x3b000 rec=8405
vmm: host_read mem=m2 offset=0x3c000 rec=8405
vmm: host_read mem=m2 offset=0x3d000 rec=8405
vmm: host_read mem=m2 offset=0x3e000 rec=8405
vmm: host_read mem=m2 offset=0x3f000 rec=8405
vmm: host_read mem=m2 offset=0x40000 rec=8405
vmm: host_read mem=m2 offset=0x41000 rec=8405
vmm: host_read mem=m2 offset=0x42000 rec=8405
vmm: host_read mem=m2 offset=0x43000 rec=8405
vmm: host_read mem=m2 offset=0x44000 rec=8405
vmm: host_read mem=m2 offset=0x45000 rec=8405
vmm: host_read mem=m2 offset=0x46000 rec=8405
vmm: host_read mem=m2 offset=0x47000 rec=8405
vmm: host_read mem=m2 offset=0x48000 rec=8405
vmm: host_read mem=m2 offset=0x49000 rec=8405
vmm: host_read mem=m2 offset=0x4a000 rec=8405
vmm: host_read mem=m2 offset=0x4b000 rec=8405
vmm: host_read mem=m2 offset=0x4c000 rec=8405
vmm: host_read mem=m2 offset=0x4d000 rec=8405
vmm: host_read mem=m2 offset=0x4e000 rec=8405
vmm: host_read mem=m2 offset=0x4f000 rec=8405
vmm: host_read mem=m2 offset=0x50000 rec=8405
vmm: host_read mem=m2 offset=0x51000 rec=8405
vmm: host_read mem=m2 offset=0x52000 rec=8405
vmm: host_read mem=m2 offset=0x53000 rec=8405
vmm: host_read mem=m2 offset=0x54000 rec=8405
vmm: host_read mem=m2 offset=0x55000 rec=8405
vmm: host_read mem=m2 offset=0x56000 rec=8405
vmm: host_read mem=m2 offset=0x57000 rec=8405
vmm: host_read mem=m2 offset=0x58000 rec=8405
vmm: host_read mem=m2 offset=0x59000 rec=8405
vmm: host_read mem=m2 offset=0x5a000 rec=8405
vmm: host_read mem=m2 offset=0x5b000 rec=8405
vmm: host_read mem=m2 offset=0x5c000 rec=8405
vmm: host_read mem=m2 offset=0x5d000 rec=8405
vmm: host_read mem=m2 offset=0x5e000 rec=8405
vmm: host_read mem=m2 offset=0x5f000 rec=8405
vmm: host_read mem=m2 offset=0x60000 rec=8405
vmm: host_read mem=m2 offset=0x61000 rec=8405
vmm: host_read mem=m2 offset=0x62000 rec=8405
vmm: host_read mem=m2 offset=0x63000 rec=8405
vmm: host_read mem=m2 offset=0x64000 rec=8405
vmm: host_read mem=m2 offset=0x65000 rec=8405
vmm: host_read mem=m2 offset=0x66000 rec=8405
vmm: host_read mem=m2 offset=0x67000 rec=8405
vmm: host_read mem=m2 offset=0x68000 rec=8405
vmm: host_read mem=m2 offset=0x69000 rec=8405
vmm: host_read mem=m2 offset=0x6a000 rec=8405
vmm: host_read mem=m2 offset=0x6b000 rec=8405
vmm: host_read mem=m2 offset=0x6c000 rec=8405
vmm: host_read mem=m2 offset=0x6d000 rec=8405
vmm: host_read mem=m2 offset=0x6e000 rec=8405
vmm: host_read mem=m2 offset=0x6f000 rec=8405
vmm: host_read mem=m2 offset=0x70000 rec=8405
vmm: host_read mem=m2 offset=0x71000 rec=8405
vmm: host_read mem=m2 offset=0x72000 rec=8405
vmm: host_read mem=m2 offset=0x73000 rec=8405
vmm: host_read mem=m2 offset=0x74000 rec=8405
vmm: host_read mem=m2 offset=0x75000 rec=8405
vmm: host_read mem=m2 offset=0x76000 rec=8405
vmm: host_read mem=m2 offset=0x77000 rec=8405
vmm: host_read mem=m2 offset=0x78000 rec=8405
vmm: host_read mem=m2 offset=0x79000 rec=8405
vmm: host_read mem=m2 offset=0x7a000 rec=8405
vmm: host_read mem=m2 offset=0x7b000 rec=8405
vmm: host_read mem=m2 offset=0x7c000 rec=8405
vmm: host_read mem=m2 offset=0x7d000 rec=8405
vmm: host_read mem=m2 offset=0x7e000 rec=8405
vmm: host_read mem=m2 offset=0x7f000 rec=8405
barrier
vcpu0: write gpa=0x400000 sptes=0x1 expect=fault rec=8406	# walk at line 8408
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=8406	# walk at line 8415
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=8406	# walk at line 8427
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=8406	# walk at line 8432
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=8406	# walk at line 8437
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=8406	# walk at line 8442
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=8406	# walk at line 8447
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=8406	# walk at line 8452
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=8406	# walk at line 8457
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=8406	# walk at line 8462
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=8406	# walk at line 8467
barrier
vmm: host_read mem=m3 offset=0 rec=8481
vmm: host_read mem=m3 offset=0x1000 rec=8481
vmm: host_read mem=m3 offset=0x2000 rec=8481
vmm: host_read mem=m3 offset=0x3000 rec=8481
vmm: host_read mem=m3 offset=0x4000 rec=8481
vmm: host_read mem=m3 offset=0x5000 rec=8481
vmm: host_read mem=m3 offset=0x6000 rec=8481
vmm: host_read mem=m3 offset=0x7000 rec=8481
vmm: host_read mem=m3 offset=0x8000 rec=8481
vmm: host_read mem=m3 offset=0x9000 rec=8481
vmm: host_read mem=m3 offset=0xa000 rec=8481
vmm: host_read mem=m3 offset=0xb000 rec=8481
vmm: host_read mem=m3 offset=0xc000 rec=8481
vmm: host_read mem=m3 offset=0xd000 rec=8481
vmm: host_read mem=m3 offset=0xe000 rec=8481
vmm: host_read mem=m3 offset=0xf000 rec=8481
vmm: host_read mem=m3 offset=0x10000 rec=8481
vmm: host_read mem=m3 offset=0x11000 rec=8481
vmm: host_read mem=m3 offset=0x12000 rec=8481
vmm: host_read mem=m3 offset=0x13000 rec=8481
vmm: host_read mem=m3 offset=0x14000 rec=8481
vmm: host_read mem=m3 offset=0x15000 rec=8481
vmm: host_read mem=m3 offset=0x16000 rec=8481
vmm: host_read mem=m3 offset=0x17000 rec=8481
vmm: host_read mem=m3 offset=0x18000 rec=8481
vmm: host_read mem=m3 offset=0x19000 rec=8481
vmm: host_read mem=m3 offset=0x1a000 rec=8481
vmm: host_read mem=m3 offset=0x1b000 rec=8481
vmm: host_read mem=m3 offset=0x1c000 rec=8481
vmm: host_read mem=m3 offset=0x1d000 rec=8481
vmm: host_read mem=m3 offset=0x1e000 rec=8481
vmm: host_read mem=m3 offset=0x1f000 rec=8481
vmm: host_read mem=m3 offset=0x20000 rec=8481
vmm: host_read mem=m3 offset=0x21000 rec=8481
vmm: host_read mem=m3 offset=0x22000 rec=8481
vmm: host_read mem=m3 offset=0x23000 rec=8481
vmm: host_read mem=m3 offset=0x24000 rec=8481
vmm: host_read mem=m3 offset=0x25000 rec=8481
vmm: host_read mem=m3 offset=0x26000 rec=8481
vmm: host_read mem=m3 offset=0x27000 rec=8481
vmm: host_read mem=m3 offset=0x28000 rec=8481
vmm: host_read mem=m3 offset=0x29000 rec=8481
vmm: host_read mem=m3 offset=0x2a000 rec=8481
vmm: host_read mem=m3 offset=0x2b000 rec=8481
vmm: host_read mem=m3 offset=0x2c000 rec=8481
vmm: host_read mem=m3 offset=0x2d000 rec=8481
vmm: host_read mem=m3 offset=0x2e000 rec=8481
vmm: host_read mem=m3 offset=0x2f000 rec=8481
vmm: host_read mem=m3 offset=0x30000 rec=8481
vmm: host_read mem=m3 offset=0x31000 rec=8481
vmm: host_read mem=m3 offset=0x32000 rec=8481
vmm: host_read mem=m3 offset=0x33000 rec=8481
vmm: host_read mem=m3 offset=0x34000 rec=8481
vmm: host_read mem=m3 offset=0x35000 rec=8481
vmm: host_read mem=m3 offset=0x36000 rec=8481
vmm: host_read mem=m3 offset=0x37000 rec=8481
vmm: host_read mem=m3 offset=0x38000 rec=8481
vmm: host_read mem=m3 offset=0x39000 rec=8481
vmm: host_read mem=m3 offset=0x3a000 rec=8481
vmm: host_read mem=m3 offset=0x3b000 rec=8481
vmm: host_read mem=m3 offset=0x3c000 rec=8481
vmm: host_read mem=m3 offset=0x3d000 rec=8481
vmm: host_read mem=m3 offset=0x3e000 rec=8481
vmm: host_read mem=m3 offset=0x3f000 rec=8481
vmm: host_read mem=m3 offset=0x40000 rec=8481
vmm: host_read mem=m3 offset=0x41000 rec=8481
vmm: host_read mem=m3 offset=0x42000 rec=8481
vmm: host_read mem=m3 offset=0x43000 rec=8481
vmm: host_read mem=m3 offset=0x44000 rec=8481
vmm: host_read mem=m3 offset=0x45000 rec=8481
vmm: host_read mem=m3 offset=0x46000 rec=8481
vmm: host_read mem=m3 offset=0x47000 rec=8481
vmm: host_read mem=m3 offset=0x48000 rec=8481
vmm: host_read mem=m3 offset=0x49000 rec=8481
vmm: host_read mem=m3 offset=0x4a000 rec=8481
vmm: host_read mem=m3 offset=0x4b000 rec=8481
vmm: host_read mem=m3 offset=0x4c000 rec=8481
vmm: host_read mem=m3 offset=0x4d000 rec=8481
vmm: host_read mem=m3 offset=0x4e000 rec=8481
vmm: host_read mem=m3 offset=0x4f000 rec=8481
vmm: host_read mem=m3 offset=0x50000 rec=8481
vmm: host_read mem=m3 offset=0x51000 rec=8481
vmm: host_read mem=m3 offset=0x52000 rec=8481
vmm: host_read mem=m3 offset=0x53000 rec=8481
vmm: host_read mem=m3 offset=0x54000 rec=8481
vmm: host_read mem=m3 offset=0x55000 rec=8481
vmm: host_read mem=m3 offset=0x56000 rec=8481
vmm: host_read mem=m3 offset=0x57000 rec=8481
vmm: host_read mem=m3 offset=0x58000 rec=8481
vmm: host_read mem=m3 offset=0x59000 rec=8481
vmm: host_read mem=m3 offset=0x5a000 rec=8481
vmm: host_read mem=m3 offset=0x5b000 rec=8481
vmm: host_read mem=m3 offset=0x5c000 rec=8481
vmm: host_read mem=m3 offset=0x5d000 rec=8481
vmm: host_read mem=m3 offset=0x5e000 rec=8481
vmm: host_read mem=m3 offset=0x5f000 rec=8481
vmm: host_read mem=m3 offset=0x60000 rec=8481
vmm: host_read mem=m3 offset=0x61000 rec=8481
vmm: host_read mem=m3 offset=0x62000 rec=8481
vmm: host_read mem=m3 offset=0x63000 rec=8481
vmm: host_read mem=m3 offset=0x64000 rec=8481
vmm: host_read mem=m3 offset=0x65000 rec=8481
vmm: host_read mem=m3 offset=0x66000 rec=8481
vmm: host_read mem=m3 offset=0x67000 rec=8481
vmm: host_read mem=m3 offset=0x68000 rec=8481
vmm: host_read mem=m3 offset=0x69000 rec=8481
vmm: host_read mem=m3 offset=0x6a000 rec=8481
vmm: host_read mem=m3 offset=0x6b000 rec=8481
vmm: host_read mem=m3 offset=0x6c000 rec=8481
vmm: host_read mem=m3 offset=0x6d000 rec=8481
vmm: host_read mem=m3 offset=0x6e000 rec=8481
vmm: host_read mem=m3 offset=0x6f000 rec=8481
vmm: host_read mem=m3 offset=0x70000 rec=8481
vmm: host_read mem=m3 offset=0x71000 rec=8481
vmm: host_read mem=m3 offset=0x72000 rec=8481
vmm: host_read mem=m3 offset=0x73000 rec=8481
vmm: host_read mem=m3 offset=0x74000 rec=8481
vmm: host_read mem=m3 offset=0x75000 rec=8481
vmm: host_read mem=m3 offset=0x76000 rec=8481
vmm: host_read mem=m3 offset=0x77000 rec=8481
vmm: host_read mem=m3 offset=0x78000 rec=8481
vmm: host_read mem=m3 offset=0x79000 rec=8481
vmm: host_read mem=m3 offset=0x7a000 rec=8481
vmm: host_read mem=m3 offset=0x7b000 rec=8481
vmm: host_read mem=m3 offset=0x7c000 rec=8481
vmm: host_read mem=m3 offset=0x7d000 rec=8481
vmm: host_read mem=m3 offset=0x7e000 rec=8481
vmm: host_read mem=m3 offset=0x7f000 rec=8481
vmm: host_read mem=m2 offset=0 rec=8482
vmm: host_read mem=m2 offset=0x1000 rec=8482
vmm: host_read mem=m2 offset=0x2000 rec=8482
vmm: host_read mem=m2 offset=0x3000 rec=8482
vmm: host_read mem=m2 offset=0x4000 rec=8482
vmm: host_read mem=m2 offset=0x5000 rec=8482
vmm: host_read mem=m2 offset=0x6000 rec=8482
vmm: host_read mem=m2 offset=0x7000 rec=8482
vmm: host_read mem=m2 offset=0x8000 rec=8482
vmm: host_read mem=m2 offset=0x9000 rec=8482
vmm: host_read mem=m2 offset=0xa000 rec=8482
vmm: host_read mem=m2 offset=0xb000 rec=8482
vmm: host_read mem=m2 offset=0xc000 rec=8482
vmm: host_read mem=m2 offset=0xd000 rec=8482
vmm: host_read mem=m2 offset=0xe000 rec=8482
vmm: host_read mem=m2 offset=0xf000 rec=8482
vmm: host_read mem=m2 offset=0x10000 rec=8482
vmm: host_read mem=m2 offset=0x11000 rec=8482
vmm: host_read mem=m2 offset=0x12000 rec=8482
vmm: host_read mem=m2 offset=0x13000 rec=8482
vmm: host_read mem=m2 offset=0x14000 rec=8482
vmm: host_read mem=m2 offset=0x15000 rec=8482
vmm: host_read mem=m2 offset=0x16000 rec=8482
vmm: host_read mem=m2 offset=0x17000 rec=8482
vmm: host_read mem=m2 offset=0x18000 rec=8482
vmm: host_read mem=m2 offset=0x19000 rec=8482
vmm: host_read mem=m2 offset=0x1a000 rec=8482
vmm: host_read mem=m2 offset=0x1b000 rec=8482
vmm: host_read mem=m2 offset=0x1c000 rec=8482
vmm: host_read mem=m2 offset=0x1d000 rec=8482
vmm: host_read mem=m2 offset=0x1e000 rec=8482
vmm: host_read mem=m2 offset=0x1f000 rec=8482
vmm: host_read mem=m2 offset=0x20000 rec=8482
vmm: host_read mem=m2 offset=0x21000 rec=8482
vmm: host_read mem=m2 offset=0x22000 rec=8482
vmm: host_read mem=m2 offset=0x23000 rec=8482
vmm: host_read mem=m2 offset=0x24000 rec=8482
vmm: host_read mem=m2 offset=0x25000 rec=8482
vmm: host_read mem=m2 offset=0x26000 rec=8482
vmm: host_read mem=m2 offset=0x27000 rec=8482
vmm: host_read mem=m2 offset=0x28000 rec=8482
vmm: host_read mem=m2 offset=0x29000 rec=8482
vmm: host_read mem=m2 offset=0x2a000 rec=8482
vmm: host_read mem=m2 offset=0x2b000 rec=8482
vmm: host_read mem=m2 offset=0x2c000 rec=8482
vmm: host_read mem=m2 offset=0x2d000 rec=8482
vmm: host_read mem=m2 offset=0x2e000 rec=8482
vmm: host_read mem=m2 offset=0x2f000 rec=8482
vmm: host_read mem=m2 offset=0x30000 rec=8482
vmm: host_read mem=m2 offset=0x31000 rec=8482
vmm: host_read mem=m2 offset=0x32000 rec=8482
vmm: host_read mem=m2 offset=0x33000 rec=8482
vmm: host_read mem=m2 offset=0x34000 rec=8482
vmm: host_read mem=m2 offset=0x35000 rec=8482
vmm: host_read mem=m2 offset=0x36000 rec=8482
vmm: host_read mem=m2 offset=0x37000 rec=8482
vmm: host_read mem=m2 offset=0x38000 rec=8482
vmm: host_read mem=m2 offset=0x39000 rec=8482
vmm: host_read mem=m2 offset=0x3a000 rec=8482
vmm: host_read mem=m2 offset=0x3b000 rec=8482
vmm: host_read mem=m2 offset=0x3c000 rec=8482
vmm: host_read mem=m2 offset=0x3d000 rec=8482
vmm: host_read mem=m2 offset=0x3e000 rec=8482
vmm: host_read mem=m2 offset=0x3f000 rec=8482
vmm: host_read mem=m2 offset=0x40000 rec=8482
vmm: host_read mem=m2 offset=0x41000 rec=8482
vmm: host_read mem=m2 offset=0x42000 rec=8482
vmm: host_read mem=m2 offset=0x43000 rec=8482
vmm: host_read mem=m2 offset=0x44000 rec=8482
vmm: host_read mem=m2 offset=0x45000 rec=8482
vmm: host_read mem=m2 offset=0x46000 rec=8482
vmm: host_read mem=m2 offset=0x47000 rec=8482
vmm: host_read mem=m2 offset=0x48000 rec=8482
vmm: host_read mem=m2 offset=0x49000 rec=8482
vmm: host_read mem=m2 offset=0x4a000 rec=8482
vmm: host_read mem=m2 offset=0x4b000 rec=8482
vmm: host_read mem=m2 offset=0x4c000 rec=8482
vmm: host_read mem=m2 offset=0x4d000 rec=8482
vmm: host_read mem=m2 offset=0x4e000 rec=8482
vmm: host_read mem=m2 offset=0x4f000 rec=8482
vmm: host_read mem=m2 offset=0x50000 rec=8482
vmm: host_read mem=m2 offset=0x51000 rec=8482
vmm: host_read mem=m2 offset=0x52000 rec=8482
vmm: host_read mem=m2 offset=0x53000 rec=8482
vmm: host_read mem=m2 offset=0x54000 rec=8482
vmm: host_read mem=m2 offset=0x55000 rec=8482
vmm: host_read mem=m2 offset=0x56000 rec=8482
vmm: host_read mem=m2 offset=0x57000 rec=8482
vmm: host_read mem=m2 offset=0x58000 rec=8482
vmm: host_read mem=m2 offset=0x59000 rec=8482
vmm: host_read mem=m2 offset=0x5a000 rec=8482
vmm: host_read mem=m2 offset=0x5b000 rec=8482
vmm: host_read mem=m2 offset=0x5c000 rec=8482
vmm: host_read mem=m2 offset=0x5d000 rec=8482
vmm: host_read mem=m2 offset=0x5e000 rec=8482
vmm: host_read mem=m2 offset=0x5f000 rec=8482
vmm: host_read mem=m2 offset=0x60000 rec=8482
vmm: host_read mem=m2 offset=0x61000 rec=8482
vmm: host_read mem=m2 offset=0x62000 rec=8482
vmm: host_read mem=m2 offset=0x63000 rec=8482
vmm: host_read mem=m2 offset=0x64000 rec=8482
vmm: host_read mem=m2 offset=0x65000 rec=8482
vmm: host_read mem=m2 offset=0x66000 rec=8482
vmm: host_read mem=m2 offset=0x67000 rec=8482
vmm: host_read mem=m2 offset=0x68000 rec=8482
vmm: host_read mem=m2 offset=0x69000 rec=8482
vmm: host_read mem=m2 offset=0x6a000 rec=8482
vmm: host_read mem=m2 offset=0x6b000 rec=8482
vmm: host_read mem=m2 offset=0x6c000 rec=8482
vmm: host_read mem=m2 offset=0x6d000 rec=8482
vmm: host_read mem=m2 offset=0x6e000 rec=8482
vmm: host_read mem=m2 offset=0x6f000 rec=8482
vmm: host_read mem=m2 offset=0x70000 rec=8482
vmm: host_read mem=m2 offset=0x71000 rec=8482
vmm: host_read mem=m2 offset=0x72000 rec=8482
vmm: host_read mem=m2 offset=0x73000 rec=8482
vmm: host_read mem=m2 offset=0x74000 rec=8482
vmm: host_read mem=m2 offset=0x75000 rec=8482
vmm: host_read mem=m2 offset=0x76000 rec=8482
vmm: host_read mem=m2 offset=0x77000 rec=8482
vmm: host_read mem=m2 offset=0x78000 rec=8482
vmm: host_read mem=m2 offset=0x79000 rec=8482
vmm: host_read mem=m2 offset=0x7a000 rec=8482
vmm: host_read mem=m2 offset=0x7b000 rec=8482
vmm: host_read mem=m2 offset=0x7c000 rec=8482
vmm: host_read mem=m2 offset=0x7d000 rec=8482
vmm: host_read mem=m2 offset=0x7e000 rec=8482
vmm: host_read mem=m2 offset=0x7f000 rec=8482
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=8483	# walk at line 8497
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=8483	# walk at line 8502
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=8483	# walk at line 8514
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=8483	# walk at line 8519
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=8483	# walk at line 8524
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=8483	# walk at line 8529
vcpu0: write gpa=0x401000 sptes=0xfe expect=fault rec=8483	# walk at line 8534
vcpu0: write gpa=0x408000 sptes=0xff expect=fault rec=8483	# walk at line 8547
vcpu0: write gpa=0x410000 sptes=0xff expect=fault rec=8483	# walk at line 8561
vcpu0: write gpa=0x418000 sptes=0xff expect=fault rec=8483	# walk at line 8575
vcpu0: write gpa=0x420000 sptes=0xff expect=fault rec=8483	# walk at line 8589
vcpu0: write gpa=0x428000 sptes=0xff expect=fault rec=8483	# walk at line 8603
vcpu0: write gpa=0x430000 sptes=0xff expect=fault rec=8483	# walk at line 8617
vcpu0: write gpa=0x438000 sptes=0xff expect=fault rec=8483	# walk at line 8631
vcpu0: write gpa=0x440000 sptes=0xff expect=fault rec=8483	# walk at line 8645
vcpu0: write gpa=0x448000 sptes=0xff expect=fault rec=8483	# walk at line 8659
vcpu0: write gpa=0x450000 sptes=0xff expect=fault rec=8483	# walk at line 8673
vcpu0: write gpa=0x458000 sptes=0xff expect=fault rec=8483	# walk at line 8687
vcpu0: write gpa=0x460000 sptes=0xff expect=fault rec=8483	# walk at line 8701
vcpu0: write gpa=0x468000 sptes=0xff expect=fault rec=8483	# walk at line 8715
vcpu0: write gpa=0x470000 sptes=0xff expect=fault rec=8483	# walk at line 8729
vcpu0: write gpa=0x478000 sptes=0xff expect=fault rec=8483	# walk at line 8743
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=8483	# walk at line 8757
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=8483	# walk at line 8769
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=8483	# walk at line 8774
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=8483	# walk at line 8779
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=8483	# walk at line 8784
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=8483	# walk at line 8789
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=8483	# walk at line 8794
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=8483	# walk at line 8799
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=8483	# walk at line 8804
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=8483	# walk at line 8809
barrier
vmm: host_read mem=m3 offset=0 rec=8823
vmm: host_read mem=m3 offset=0x1000 rec=8823
vmm: host_read mem=m3 offset=0x2000 rec=8823
vmm: host_read mem=m3 offset=0x3000 rec=8823
vmm: host_read mem=m3 offset=0x4000 rec=8823
vmm: host_read mem=m3 offset=0x5000 rec=8823
vmm: host_read mem=m3 offset=0x6000 rec=8823
vmm: host_read mem=m3 offset=0x7000 rec=8823
vmm: host_read mem=m3 offset=0x8000 rec=8823
vmm: host_read mem=m3 offset=0x9000 rec=8823
vmm: host_read mem=m3 offset=0xa000 rec=8823
vmm: host_read mem=m3 offset=0xb000 rec=8823
vmm: host_read mem=m3 offset=0xc000 rec=8823
vmm: host_read mem=m3 offset=0xd000 rec=8823
vmm: host_read mem=m3 offset=0xe000 rec=8823
vmm: host_read mem=m3 offset=0xf000 rec=8823
vmm: host_read mem=m3 offset=0x10000 rec=8823
vmm: host_read mem=m3 offset=0x11000 rec=8823
vmm: host_read mem=m3 offset=0x12000 rec=8823
vmm: host_read mem=m3 offset=0x13000 rec=8823
vmm: host_read mem=m3 offset=0x14000 rec=8823
vmm: host_read mem=m3 offset=0x15000 rec=8823
vmm: host_read mem=m3 offset=0x16000 rec=8823
vmm: host_read mem=m3 offset=0x17000 rec=8823
vmm: host_read mem=m3 offset=0x18000 rec=8823
vmm: host_read mem=m3 offset=0x19000 rec=8823
vmm: host_read mem=m3 offset=0x1a000 rec=8823
vmm: host_read mem=m3 offset=0x1b000 rec=8823
vmm: host_read mem=m3 offset=0x1c000 rec=8823
vmm: host_read mem=m3 offset=0x1d000 rec=8823
vmm: host_read mem=m3 offset=0x1e000 rec=8823
vmm: host_read mem=m3 offset=0x1f000 rec=8823
vmm: host_read mem=m3 offset=0x20000 rec=8823
vmm: host_read mem=m3 offset=0x21000 rec=8823
vmm: host_read mem=m3 offset=0x22000 rec=8823
vmm: host_read mem=m3 offset=0x23000 rec=8823
vmm: host_read mem=m3 offset=0x24000 rec=8823
vmm: host_read mem=m3 offset=0x25000 rec=8823
vmm: host_read mem=m3 offset=0x26000 rec=8823
vmm: host_read mem=m3 offset=0x27000 rec=8823
vmm: host_read mem=m3 offset=0x28000 rec=8823
vmm: host_read mem=m3 offset=0x29000 rec=8823
vmm: host_read mem=m3 offset=0x2a000 rec=8823
vmm: host_read mem=m3 offset=0x2b000 rec=8823
vmm: host_read mem=m3 offset=0x2c000 rec=8823
vmm: host_read mem=m3 offset=0x2d000 rec=8823
vmm: host_read mem=m3 offset=0x2e000 rec=8823
vmm: host_read mem=m3 offset=0x2f000 rec=8823
vmm: host_read mem=m3 offset=0x30000 rec=8823
vmm: host_read mem=m3 offset=0x31000 rec=8823
vmm: host_read mem=m3 offset=0x32000 rec=8823
vmm: host_read mem=m3 offset=0x33000 rec=8823
vmm: host_read mem=m3 offset=0x34000 rec=8823
vmm: host_read mem=m3 offset=0x35000 rec=8823
vmm: host_read mem=m3 offset=0x36000 rec=8823
vmm: host_read mem=m3 offset=0x37000 rec=8823
vmm: host_read mem=m3 offset=0x38000 rec=8823
vmm: host_read mem=m3 offset=0x39000 rec=8823
vmm: host_read mem=m3 offset=0x3a000 rec=8823
vmm: host_read mem=m3 offset=0x3b000 rec=8823
vmm: host_read mem=m3 offset=0x3c000 rec=8823
vmm: host_read mem=m3 offset=0x3d000 rec=8823
vmm: host_read mem=m3 offset=0x3e000 rec=8823
vmm: host_read mem=m3 offset=0x3f000 rec=8823
vmm: host_read mem=m3 offset=0x40000 rec=8823
vmm: host_read mem=m3 offset=0x41000 rec=8823
vmm: host_read mem=m3 offset=0x42000 rec=8823
vmm: host_read mem=m3 offset=0x43000 rec=8823
vmm: host_read mem=m3 offset=0x44000 rec=8823
vmm: host_read mem=m3 offset=0x45000 rec=8823
vmm: host_read mem=m3 offset=0x46000 rec=8823
vmm: host_read mem=m3 offset=0x47000 rec=8823
vmm: host_read mem=m3 offset=0x48000 rec=8823
vmm: host_read mem=m3 offset=0x49000 rec=8823
vmm: host_read mem=m3 offset=0x4a000 rec=8823
vmm: host_read mem=m3 offset=0x4b000 rec=8823
vmm: host_read mem=m3 offset=0x4c000 rec=8823
vmm: host_read mem=m3 offset=0x4d000 rec=8823
vmm: host_read mem=m3 offset=0x4e000 rec=8823
vmm: host_read mem=m3 offset=0x4f000 rec=8823
vmm: host_read mem=m3 offset=0x50000 rec=8823
vmm: host_read mem=m3 offset=0x51000 rec=8823
vmm: host_read mem=m3 offset=0x52000 rec=8823
vmm: host_read mem=m3 offset=0x53000 rec=8823
vmm: host_read mem=m3 offset=0x54000 rec=8823
vmm: host_read mem=m3 offset=0x55000 rec=8823
vmm: host_read mem=m3 offset=0x56000 rec=8823
vmm: host_read mem=m3 offset=0x57000 rec=8823
vmm: host_read mem=m3 offset=0x58000 rec=8823
vmm: host_read mem=m3 offset=0x59000 rec=8823
vmm: host_read mem=m3 offset=0x5a000 rec=8823
vmm: host_read mem=m3 offset=0x5b000 rec=8823
vmm: host_read mem=m3 offset=0x5c000 rec=8823
vmm: host_read mem=m3 offset=0x5d000 rec=8823
vmm: host_read mem=m3 offset=0x5e000 rec=8823
vmm: host_read mem=m3 offset=0x5f000 rec=8823
vmm: host_read mem=m3 offset=0x60000 rec=8823
vmm: host_read mem=m3 offset=0x61000 rec=8823
vmm: host_read mem=m3 offset=0x62000 rec=8823
vmm: host_read mem=m3 offset=0x63000 rec=8823
vmm: host_read mem=m3 offset=0x64000 rec=8823
vmm: host_read mem=m3 offset=0x65000 rec=8823
vmm: host_read mem=m3 offset=0x66000 rec=8823
vmm: host_read mem=m3 offset=0x67000 rec=8823
vmm: host_read mem=m3 offset=0x68000 rec=8823
vmm: host_read mem=m3 offset=0x69000 rec=8823
vmm: host_read mem=m3 offset=0x6a000 rec=8823
vmm: host_read mem=m3 offset=0x6b000 rec=8823
vmm: host_read mem=m3 offset=0x6c000 rec=8823
vmm: host_read mem=m3 offset=0x6d000 rec=8823
vmm: host_read mem=m3 offset=0x6e000 rec=8823
vmm: host_read mem=m3 offset=0x6f000 rec=8823
vmm: host_read mem=m3 offset=0x70000 rec=8823
vmm: host_read mem=m3 offset=0x71000 rec=8823
vmm: host_read mem=m3 offset=0x72000 rec=8823
vmm: host_read mem=m3 offset=0x73000 rec=8823
vmm: host_read mem=m3 offset=0x74000 rec=8823
vmm: host_read mem=m3 offset=0x75000 rec=8823
vmm: host_read mem=m3 offset=0x76000 rec=8823
vmm: host_read mem=m3 offset=0x77000 rec=8823
vmm: host_read mem=m3 offset=0x78000 rec=8823
vmm: host_read mem=m3 offset=0x79000 rec=8823
vmm: host_read mem=m3 offset=0x7a000 rec=8823
vmm: host_read mem=m3 offset=0x7b000 rec=8823
vmm: host_read mem=m3 offset=0x7c000 rec=8823
vmm: host_read mem=m3 offset=0x7d000 rec=8823
vmm: host_read mem=m3 offset=0x7e000 rec=8823
vmm: host_read mem=m3 offset=0x7f000 rec=8823
vmm: host_read mem=m2 offset=0 rec=8824
vmm: host_read mem=m2 offset=0x1000 rec=8824
vmm: host_read mem=m2 offset=0x2000 rec=8824
vmm: host_read mem=m2 offset=0x3000 rec=8824
vmm: host_read mem=m2 offset=0x4000 rec=8824
vmm: host_read mem=m2 offset=0x5000 rec=8824
vmm: host_read mem=m2 offset=0x6000 rec=8824
vmm: host_read mem=m2 offset=0x7000 rec=8824
vmm: host_read mem=m2 offset=0x8000 rec=8824
vmm: host_read mem=m2 offset=0x9000 rec=8824
vmm: host_read mem=m2 offset=0xa000 rec=8824
vmm: host_read mem=m2 offset=0xb000 rec=8824
vmm: host_read mem=m2 offset=0xc000 rec=8824
vmm: host_read mem=m2 offset=0xd000 rec=8824
vmm: host_read mem=m2 offset=0xe000 rec=8824
vmm: host_read mem=m2 offset=0xf000 rec=8824
vmm: host_read mem=m2 offset=0x10000 rec=8824
vmm: host_read mem=m2 offset=0x11000 rec=8824
vmm: host_read mem=m2 offset=0x12000 rec=8824
vmm: host_read mem=m2 offset=0x13000 rec=8824
vmm: host_read mem=m2 offset=0x14000 rec=8824
vmm: host_read mem=m2 offset=0x15000 rec=8824
vmm: host_read mem=m2 offset=0x16000 rec=8824
vmm: host_read mem=m2 offset=0x17000 rec=8824
vmm: host_read mem=m2 offset=0x18000 rec=8824
vmm: host_read mem=m2 offset=0x19000 rec=8824
vmm: host_read mem=m2 offset=0x1a000 rec=8824
vmm: host_read mem=m2 offset=0x1b000 rec=8824
vmm: host_read mem=m2 offset=0x1c000 rec=8824
vmm: host_read mem=m2 offset=0x1d000 rec=8824
vmm: host_read mem=m2 offset=0x1e000 rec=8824
vmm: host_read mem=m2 offset=0x1f000 rec=8824
vmm: host_read mem=m2 offset=0x20000 rec=8824
vmm: host_read mem=m2 offset=0x21000 rec=8824
vmm: host_read mem=m2 offset=0x22000 rec=8824
vmm: host_read mem=m2 offset=0x23000 rec=8824
vmm: host_read mem=m2 offset=0x24000 rec=8824
vmm: host_read mem=m2 offset=0x25000 rec=8824
vmm: host_read mem=m2 offset=0x26000 rec=8824
vmm: host_read mem=m2 offset=0x27000 rec=8824
vmm: host_read mem=m2 offset=0x28000 rec=8824
vmm: host_read mem=m2 offset=0x29000 rec=8824
vmm: host_read mem=m2 offset=0x2a000 rec=8824
vmm: host_read mem=m2 offset=0x2b000 rec=8824
vmm: host_read mem=m2 offset=0x2c000 rec=8824
vmm: host_read mem=m2 offset=0x2d000 rec=8824
vmm: host_read mem=m2 offset=0x2e000 rec=8824
vmm: host_read mem=m2 offset=0x2f000 rec=8824
vmm: host_read mem=m2 offset=0x30000 rec=8824
vmm: host_read mem=m2 offset=0x31000 rec=8824
vmm: host_read mem=m2 offset=0x32000 rec=8824
vmm: host_read mem=m2 offset=0x33000 rec=8824
vmm: host_read mem=m2 offset=0x34000 rec=8824
vmm: host_read mem=m2 offset=0x35000 rec=8824
vmm: host_read mem=m2 offset=0x36000 rec=8824
vmm: host_read mem=m2 offset=0x37000 rec=8824
vmm: host_read mem=m2 offset=0x38000 rec=8824
vmm: host_read mem=m2 offset=0x39000 rec=8824
vmm: host_read mem=m2 offset=0x3a000 rec=8824
vmm: host_read mem=m2 offset=0x3b000 rec=8824
vmm: host_read mem=m2 offset=0x3c000 rec=8824
vmm: host_read mem=m2 offset=0x3d000 rec=8824
vmm: host_read mem=m2 offset=0x3e000 rec=8824
vmm: host_read mem=m2 offset=0x3f000 rec=8824
vmm: host_read mem=m2 offset=0x40000 rec=8824
vmm: host_read mem=m2 offset=0x41000 rec=8824
vmm: host_read mem=m2 offset=0x42000 rec=8824
vmm: host_read mem=m2 offset=0x43000 rec=8824
vmm: host_read mem=m2 offset=0x44000 rec=8824
vmm: host_read mem=m2 offset=0x45000 rec=8824
vmm: host_read mem=m2 offset=0x46000 rec=8824
vmm: host_read mem=m2 offset=0x47000 rec=8824
vmm: host_read mem=m2 offset=0x48000 rec=8824
vmm: host_read mem=m2 offset=0x49000 rec=8824
vmm: host_read mem=m2 offset=0x4a000 rec=8824
vmm: host_read mem=m2 offset=0x4b000 rec=8824
vmm: host_read mem=m2 offset=0x4c000 rec=8824
vmm: host_read mem=m2 offset=0x4d000 rec=8824
vmm: host_read mem=m2 offset=0x4e000 rec=8824
vmm: host_read mem=m2 offset=0x4f000 rec=8824
vmm: host_read mem=m2 offset=0x50000 rec=8824
vmm: host_read mem=m2 offset=0x51000 rec=8824
vmm: host_read mem=m2 offset=0x52000 rec=8824
vmm: host_read mem=m2 offset=0x53000 rec=8824
vmm: host_read mem=m2 offset=0x54000 rec=8824
vmm: host_read mem=m2 offset=0x55000 rec=8824
vmm: host_read mem=m2 offset=0x56000 rec=8824
vmm: host_read mem=m2 offset=0x57000 rec=8824
vmm: host_read mem=m2 offset=0x58000 rec=8824
vmm: host_read mem=m2 offset=0x59000 rec=8824
vmm: host_read mem=m2 offset=0x5a000 rec=8824
vmm: host_read mem=m2 offset=0x5b000 rec=8824
vmm: host_read mem=m2 offset=0x5c000 rec=8824
vmm: host_read mem=m2 offset=0x5d000 rec=8824
vmm: host_read mem=m2 offset=0x5e000 rec=8824
vmm: host_read mem=m2 offset=0x5f000 rec=8824
vmm: host_read mem=m2 offset=0x60000 rec=8824
vmm: host_read mem=m2 offset=0x61000 rec=8824
vmm: host_read mem=m2 offset=0x62000 rec=8824
vmm: host_read mem=m2 offset=0x63000 rec=8824
vmm: host_read mem=m2 offset=0x64000 rec=8824
vmm: host_read mem=m2 offset=0x65000 rec=8824
vmm: host_read mem=m2 offset=0x66000 rec=8824
vmm: host_read mem=m2 offset=0x67000 rec=8824
vmm: host_read mem=m2 offset=0x68000 rec=8824
vmm: host_read mem=m2 offset=0x69000 rec=8824
vmm: host_read mem=m2 offset=0x6a000 rec=8824
vmm: host_read mem=m2 offset=0x6b000 rec=8824
vmm: host_read mem=m2 offset=0x6c000 rec=8824
vmm: host_read mem=m2 offset=0x6d000 rec=8824
vmm: host_read mem=m2 offset=0x6e000 rec=8824
vmm: host_read mem=m2 offset=0x6f000 rec=8824
vmm: host_read mem=m2 offset=0x70000 rec=8824
vmm: host_read mem=m2 offset=0x71000 rec=8824
vmm: host_read mem=m2 offset=0x72000 rec=8824
vmm: host_read mem=m2 offset=0x73000 rec=8824
vmm: host_read mem=m2 offset=0x74000 rec=8824
vmm: host_read mem=m2 offset=0x75000 rec=8824
vmm: host_read mem=m2 offset=0x76000 rec=8824
vmm: host_read mem=m2 offset=0x77000 rec=8824
vmm: host_read mem=m2 offset=0x78000 rec=8824
vmm: host_read mem=m2 offset=0x79000 rec=8824
vmm: host_read mem=m2 offset=0x7a000 rec=8824
vmm: host_read mem=m2 offset=0x7b000 rec=8824
vmm: host_read mem=m2 offset=0x7c000 rec=8824
vmm: host_read mem=m2 offset=0x7d000 rec=8824
vmm: host_read mem=m2 offset=0x7e000 rec=8824
vmm: host_read mem=m2 offset=0x7f000 rec=8824
vmm: mprotect addr=0x7f482b020000 len=0x80000 prot=1 expect=0 rec=8826
vmm: host_read mem=m3 offset=0 rec=8827
vmm: host_read mem=m3 offset=0x1000 rec=8827
vmm: host_read mem=m3 offset=0x2000 rec=8827
vmm: host_read mem=m3 offset=0x3000 rec=8827
vmm: host_read mem=m3 offset=0x4000 rec=8827
vmm: host_read mem=m3 offset=0x5000 rec=8827
vmm: host_read mem=m3 offset=0x6000 rec=8827
vmm: host_read mem=m3 offset=0x7000 rec=8827
vmm: host_read mem=m3 offset=0x8000 rec=8827
vmm: host_read mem=m3 offset=0x9000 rec=8827
vmm: host_read mem=m3 offset=0xa000 rec=8827
vmm: host_read mem=m3 offset=0xb000 rec=8827
vmm: host_read mem=m3 offset=0xc000 rec=8827
vmm: host_read mem=m3 offset=0xd000 rec=8827
vmm: host_read mem=m3 offset=0xe000 rec=8827
vmm: host_read mem=m3 offset=0xf000 rec=8827
vmm: host_read mem=m3 offset=0x10000 rec=8827
vmm: host_read mem=m3 offset=0x11000 rec=8827
vmm: host_read mem=m3 offset=0x12000 rec=8827
vmm: host_read mem=m3 offset=0x13000 rec=8827
vmm: host_read mem=m3 offset=0x14000 rec=8827
vmm: host_read mem=m3 offset=0x15000 rec=8827
vmm: host_read mem=m3 offset=0x16000 rec=8827
vmm: host_read mem=m3 offset=0x17000 rec=8827
vmm: host_read mem=m3 offset=0x18000 rec=8827
vmm: host_read mem=m3 offset=0x19000 rec=8827
vmm: host_read mem=m3 offset=0x1a000 rec=8827
vmm: host_read mem=m3 offset=0x1b000 rec=8827
vmm: host_read mem=m3 offset=0x1c000 rec=8827
vmm: host_read mem=m3 offset=0x1d000 rec=8827
vmm: host_read mem=m3 offset=0x1e000 rec=8827
vmm: host_read mem=m3 offset=0x1f000 rec=8827
vmm: host_read mem=m3 offset=0x20000 rec=8827
vmm: host_read mem=m3 offset=0x21000 rec=8827
vmm: host_read mem=m3 offset=0x22000 rec=8827
vmm: host_read mem=m3 offset=0x23000 rec=8827
vmm: host_read mem=m3 offset=0x24000 rec=8827
vmm: host_read mem=m3 offset=0x25000 rec=8827
vmm: host_read mem=m3 offset=0x26000 rec=8827
vmm: host_read mem=m3 offset=0x27000 rec=8827
vmm: host_read mem=m3 offset=0x28000 rec=8827
vmm: host_read mem=m3 offset=0x29000 rec=8827
vmm: host_read mem=m3 offset=0x2a000 rec=8827
vmm: host_read mem=m3 offset=0x2b000 rec=8827
vmm: host_read mem=m3 offset=0x2c000 rec=8827
vmm: host_read mem=m3 offset=0x2d000 rec=8827
vmm: host_read mem=m3 offset=0x2e000 rec=8827
vmm: host_read mem=m3 offset=0x2f000 rec=8827
vmm: host_read mem=m3 offset=0x30000 rec=8827
vmm: host_read mem=m3 offset=0x31000 rec=8827
vmm: host_read mem=m3 offset=0x32000 rec=8827
vmm: host_read mem=m3 offset=0x33000 rec=8827
vmm: host_read mem=m3 offset=0x34000 rec=8827
vmm: host_read mem=m3 offset=0x35000 rec=8827
vmm: host_read mem=m3 offset=0x36000 rec=8827
vmm: host_read mem=m3 offset=0x37000 rec=8827
vmm: host_read mem=m3 offset=0x38000 rec=8827
vmm: host_read mem=m3 offset=0x39000 rec=8827
vmm: host_read mem=m3 offset=0x3a000 rec=8827
vmm: host_read mem=m3 offset=0x3b000 rec=8827
vmm: host_read mem=m3 offset=0x3c000 rec=8827
vmm: host_read mem=m3 offset=0x3d000 rec=8827
vmm: host_read mem=m3 offset=0x3e000 rec=8827
vmm: host_read mem=m3 offset=0x3f000 rec=8827
vmm: host_read mem=m3 offset=0x40000 rec=8827
vmm: host_read mem=m3 offset=0x41000 rec=8827
vmm: host_read mem=m3 offset=0x42000 rec=8827
vmm: host_read mem=m3 offset=0x43000 rec=8827
vmm: host_read mem=m3 offset=0x44000 rec=8827
vmm: host_read mem=m3 offset=0x45000 rec=8827
vmm: host_read mem=m3 offset=0x46000 rec=8827
vmm: host_read mem=m3 offset=0x47000 rec=8827
vmm: host_read mem=m3 offset=0x48000 rec=8827
vmm: host_read mem=m3 offset=0x49000 rec=8827
vmm: host_read mem=m3 offset=0x4a000 rec=8827
vmm: host_read mem=m3 offset=0x4b000 rec=8827
vmm: host_read mem=m3 offset=0x4c000 rec=8827
vmm: host_read mem=m3 offset=0x4d000 rec=8827
vmm: host_read mem=m3 offset=0x4e000 rec=8827
vmm: host_read mem=m3 offset=0x4f000 rec=8827
vmm: host_read mem=m3 offset=0x50000 rec=8827
vmm: host_read mem=m3 offset=0x51000 rec=8827
vmm: host_read mem=m3 offset=0x52000 rec=8827
vmm: host_read mem=m3 offset=0x53000 rec=8827
vmm: host_read mem=m3 offset=0x54000 rec=8827
vmm: host_read mem=m3 offset=0x55000 rec=8827
vmm: host_read mem=m3 offset=0x56000 rec=8827
vmm: host_read mem=m3 offset=0x57000 rec=8827
vmm: host_read mem=m3 offset=0x58000 rec=8827
vmm: host_read mem=m3 offset=0x59000 rec=8827
vmm: host_read mem=m3 offset=0x5a000 rec=8827
vmm: host_read mem=m3 offset=0x5b000 rec=8827
vmm: host_read mem=m3 offset=0x5c000 rec=8827
vmm: host_read mem=m3 offset=0x5d000 rec=8827
vmm: host_read mem=m3 offset=0x5e000 rec=8827
vmm: host_read mem=m3 offset=0x5f000 rec=8827
vmm: host_read mem=m3 offset=0x60000 rec=8827
vmm: host_read mem=m3 offset=0x61000 rec=8827
vmm: host_read mem=m3 offset=0x62000 rec=8827
vmm: host_read mem=m3 offset=0x63000 rec=8827
vmm: host_read mem=m3 offset=0x64000 rec=8827
vmm: host_read mem=m3 offset=0x65000 rec=8827
vmm: host_read mem=m3 offset=0x66000 rec=8827
vmm: host_read mem=m3 offset=0x67000 rec=8827
vmm: host_read mem=m3 offset=0x68000 rec=8827
vmm: host_read mem=m3 offset=0x69000 rec=8827
vmm: host_read mem=m3 offset=0x6a000 rec=8827
vmm: host_read mem=m3 offset=0x6b000 rec=8827
vmm: host_read mem=m3 offset=0x6c000 rec=8827
vmm: host_read mem=m3 offset=0x6d000 rec=8827
vmm: host_read mem=m3 offset=0x6e000 rec=8827
vmm: host_read mem=m3 offset=0x6f000 rec=8827
vmm: host_read mem=m3 offset=0x70000 rec=8827
vmm: host_read mem=m3 offset=0x71000 rec=8827
vmm: host_read mem=m3 offset=0x72000 rec=8827
vmm: host_read mem=m3 offset=0x73000 rec=8827
vmm: host_read mem=m3 offset=0x74000 rec=8827
vmm: host_read mem=m3 offset=0x75000 rec=8827
vmm: host_read mem=m3 offset=0x76000 rec=8827
vmm: host_read mem=m3 offset=0x77000 rec=8827
vmm: host_read mem=m3 offset=0x78000 rec=8827
vmm: host_read mem=m3 offset=0x79000 rec=8827
vmm: host_read mem=m3 offset=0x7a000 rec=8827
vmm: host_read mem=m3 offset=0x7b000 rec=8827
vmm: host_read mem=m3 offset=0x7c000 rec=8827
vmm: host_read mem=m3 offset=0x7d000 rec=8827
vmm: host_read mem=m3 offset=0x7e000 rec=8827
vmm: host_read mem=m3 offset=0x7f000 rec=8827
vmm: host_read mem=m2 offset=0 rec=8828
vmm: host_read mem=m2 offset=0x1000 rec=8828
vmm: host_read mem=m2 offset=0x2000 rec=8828
vmm: host_read mem=m2 offset=0x3000 rec=8828
vmm: host_read mem=m2 offset=0x4000 rec=8828
vmm: host_read mem=m2 offset=0x5000 rec=8828
vmm: host_read mem=m2 offset=0x6000 rec=8828
vmm: host_read mem=m2 offset=0x7000 rec=8828
vmm: host_read mem=m2 offset=0x8000 rec=8828
vmm: host_read mem=m2 offset=0x9000 rec=8828
vmm: host_read mem=m2 offset=0xa000 rec=8828
vmm: host_read mem=m2 offset=0xb000 rec=8828
vmm: host_read mem=m2 offset=0xc000 rec=8828
vmm: host_read mem=m2 offset=0xd000 rec=8828
vmm: host_read mem=m2 offset=0xe000 rec=8828
vmm: host_read mem=m2 offset=0xf000 rec=8828
vmm: host_read mem=m2 offset=0x10000 rec=8828
vmm: host_read mem=m2 offset=0x11000 rec=8828
vmm: host_read mem=m2 offset=0x12000 rec=8828
vmm: host_read mem=m2 offset=0x13000 rec=8828
vmm: host_read mem=m2 offset=0x14000 rec=8828
vmm: host_read mem=m2 offset=0x15000 rec=8828
vmm: host_read mem=m2 offset=0x16000 rec=8828
vmm: host_read mem=m2 offset=0x17000 rec=8828
vmm: host_read mem=m2 offset=0x18000 rec=8828
vmm: host_read mem=m2 offset=0x19000 rec=8828
vmm: host_read mem=m2 offset=0x1a000 rec=8828
vmm: host_read mem=m2 offset=0x1b000 rec=8828
vmm: host_read mem=m2 offset=0x1c000 rec=8828
vmm: host_read mem=m2 offset=0x1d000 rec=8828
vmm: host_read mem=m2 offset=0x1e000 rec=8828
vmm: host_read mem=m2 offset=0x1f000 rec=8828
vmm: host_read mem=m2 offset=0x20000 rec=8828
vmm: host_read mem=m2 offset=0x21000 rec=8828
vmm: host_read mem=m2 offset=0x22000 rec=8828
vmm: host_read mem=m2 offset=0x23000 rec=8828
vmm: host_read mem=m2 offset=0x24000 rec=8828
vmm: host_read mem=m2 offset=0x25000 rec=8828
vmm: host_read mem=m2 offset=0x26000 rec=8828
vmm: host_read mem=m2 offset=0x27000 rec=8828
vmm: host_read mem=m2 offset=0x28000 rec=8828
vmm: host_read mem=m2 offset=0x29000 rec=8828
vmm: host_read mem=m2 offset=0x2a000 rec=8828
vmm: host_read mem=m2 offset=0x2b000 rec=8828
vmm: host_read mem=m2 offset=0x2c000 rec=8828
vmm: host_read mem=m2 offset=0x2d000 rec=8828
vmm: host_read mem=m2 offset=0x2e000 rec=8828
vmm: host_read mem=m2 offset=0x2f000 rec=8828
vmm: host_read mem=m2 offset=0x30000 rec=8828
vmm: host_read mem=m2 offset=0x31000 rec=8828
vmm: host_read mem=m2 offset=0x32000 rec=8828
vmm: host_read mem=m2 offset=0x33000 rec=8828
vmm: host_read mem=m2 offset=0x34000 rec=8828
vmm: host_read mem=m2 offset=0x35000 rec=8828
vmm: host_read mem=m2 offset=0x36000 rec=8828
vmm: host_read mem=m2 offset=0x37000 rec=8828
vmm: host_read mem=m2 offset=0x38000 rec=8828
vmm: host_read mem=m2 offset=0x39000 rec=8828
vmm: host_read mem=m2 offset=0x3a000 rec=8828
vmm: host_read mem=m2 offset=0x3b000 rec=8828
vmm: host_read mem=m2 offset=0x3c000 rec=8828
vmm: host_read mem=m2 offset=0x3d000 rec=8828
vmm: host_read mem=m2 offset=0x3e000 rec=8828
vmm: host_read mem=m2 offset=0x3f000 rec=8828
vmm: host_read mem=m2 offset=0x40000 rec=8828
vmm: host_read mem=m2 offset=0x41000 rec=8828
vmm: host_read mem=m2 offset=0x42000 rec=8828
vmm: host_read mem=m2 offset=0x43000 rec=8828
vmm: host_read mem=m2 offset=0x44000 rec=8828
vmm: host_read mem=m2 offset=0x45000 rec=8828
vmm: host_read mem=m2 offset=0x46000 rec=8828
vmm: host_read mem=m2 offset=0x47000 rec=8828
vmm: host_read mem=m2 offset=0x48000 rec=8828
vmm: host_read mem=m2 offset=0x49000 rec=8828
vmm: host_read mem=m2 offset=0x4a000 rec=8828
vmm: host_read mem=m2 offset=0x4b000 rec=8828
vmm: host_read mem=m2 offset=0x4c000 rec=8828
vmm: host_read mem=m2 offset=0x4d000 rec=8828
vmm: host_read mem=m2 offset=0x4e000 rec=8828
vmm: host_read mem=m2 offset=0x4f000 rec=8828
vmm: host_read mem=m2 offset=0x50000 rec=8828
vmm: host_read mem=m2 offset=0x51000 rec=8828
vmm: host_read mem=m2 offset=0x52000 rec=8828
vmm: host_read mem=m2 offset=0x53000 rec=8828
vmm: host_read mem=m2 offset=0x54000 rec=8828
vmm: host_read mem=m2 offset=0x55000 rec=8828
vmm: host_read mem=m2 offset=0x56000 rec=8828
vmm: host_read mem=m2 offset=0x57000 rec=8828
vmm: host_read mem=m2 offset=0x58000 rec=8828
vmm: host_read mem=m2 offset=0x59000 rec=8828
vmm: host_read mem=m2 offset=0x5a000 rec=8828
vmm: host_read mem=m2 offset=0x5b000 rec=8828
vmm: host_read mem=m2 offset=0x5c000 rec=8828
vmm: host_read mem=m2 offset=0x5d000 rec=8828
vmm: host_read mem=m2 offset=0x5e000 rec=8828
vmm: host_read mem=m2 offset=0x5f000 rec=8828
vmm: host_read mem=m2 offset=0x60000 rec=8828
vmm: host_read mem=m2 offset=0x61000 rec=8828
vmm: host_read mem=m2 offset=0x62000 rec=8828
vmm: host_read mem=m2 offset=0x63000 rec=8828
vmm: host_read mem=m2 offset=0x64000 rec=8828
vmm: host_read mem=m2 offset=0x65000 rec=8828
vmm: host_read mem=m2 offset=0x66000 rec=8828
vmm: host_read mem=m2 offset=0x67000 rec=8828
vmm: host_read mem=m2 offset=0x68000 rec=8828
vmm: host_read mem=m2 offset=0x69000 rec=8828
vmm: host_read mem=m2 offset=0x6a000 rec=8828
vmm: host_read mem=m2 offset=0x6b000 rec=8828
vmm: host_read mem=m2 offset=0x6c000 rec=8828
vmm: host_read mem=m2 offset=0x6d000 rec=8828
vmm: host_read mem=m2 offset=0x6e000 rec=8828
vmm: host_read mem=m2 offset=0x6f000 rec=8828
vmm: host_read mem=m2 offset=0x70000 rec=8828
vmm: host_read mem=m2 offset=0x71000 rec=8828
vmm: host_read mem=m2 offset=0x72000 rec=8828
vmm: host_read mem=m2 offset=0x73000 rec=8828
vmm: host_read mem=m2 offset=0x74000 rec=8828
vmm: host_read mem=m2 offset=0x75000 rec=8828
vmm: host_read mem=m2 offset=0x76000 rec=8828
vmm: host_read mem=m2 offset=0x77000 rec=8828
vmm: host_read mem=m2 offset=0x78000 rec=8828
vmm: host_read mem=m2 offset=0x79000 rec=8828
vmm: host_read mem=m2 offset=0x7a000 rec=8828
vmm: host_read mem=m2 offset=0x7b000 rec=8828
vmm: host_read mem=m2 offset=0x7c000 rec=8828
vmm: host_read mem=m2 offset=0x7d000 rec=8828
vmm: host_read mem=m2 offset=0x7e000 rec=8828
vmm: host_read mem=m2 offset=0x7f000 rec=8828
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=8829	# walk at line 8843
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=8829	# walk at line 8848
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=8829	# walk at line 8860
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=8829	# walk at line 8865
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=8829	# walk at line 8870
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=8829	# walk at line 8875
vcpu0: read gpa=0x400000 sptes=0x1 expect=fault rec=8829	# walk at line 8880
vcpu0: read gpa=0x401000 sptes=0x2 expect=fault rec=8829	# walk at line 8887
vcpu0: read gpa=0x402000 sptes=0x4 expect=fault rec=8829	# walk at line 8894
vcpu0: read gpa=0x403000 sptes=0x8 expect=fault rec=8829	# walk at line 8901
vcpu0: read gpa=0x404000 sptes=0x10 expect=fault rec=8829	# walk at line 8908
vcpu0: read gpa=0x405000 sptes=0x20 expect=fault rec=8829	# walk at line 8915
vcpu0: read gpa=0x406000 sptes=0x40 expect=fault rec=8829	# walk at line 8922
vcpu0: read gpa=0x407000 sptes=0x80 expect=fault rec=8829	# walk at line 8929
vcpu0: read gpa=0x408000 sptes=0x1 expect=fault rec=8829	# walk at line 8936
vcpu0: read gpa=0x409000 sptes=0x2 expect=fault rec=8829	# walk at line 8943
vcpu0: read gpa=0x40a000 sptes=0x4 expect=fault rec=8829	# walk at line 8950
vcpu0: read gpa=0x40b000 sptes=0x8 expect=fault rec=8829	# walk at line 8957
vcpu0: read gpa=0x40c000 sptes=0x10 expect=fault rec=8829	# walk at line 8964
vcpu0: read gpa=0x40d000 sptes=0x20 expect=fault rec=8829	# walk at line 8971
vcpu0: read gpa=0x40e000 sptes=0x40 expect=fault rec=8829	# walk at line 8978
vcpu0: read gpa=0x40f000 sptes=0x80 expect=fault rec=8829	# walk at line 8985
vcpu0: read gpa=0x410000 sptes=0x1 expect=fault rec=8829	# walk at line 8992
vcpu0: read gpa=0x411000 sptes=0x2 expect=fault rec=8829	# walk at line 8999
vcpu0: read gpa=0x412000 sptes=0x4 expect=fault rec=8829	# walk at line 9006
vcpu0: read gpa=0x413000 sptes=0x8 expect=fault rec=8829	# walk at line 9013
vcpu0: read gpa=0x414000 sptes=0x10 expect=fault rec=8829	# walk at line 9020
vcpu0: read gpa=0x415000 sptes=0x20 expect=fault rec=8829	# walk at line 9027
vcpu0: read gpa=0x416000 sptes=0x40 expect=fault rec=8829	# walk at line 9034
vcpu0: read gpa=0x417000 sptes=0x80 expect=fault rec=8829	# walk at line 9041
vcpu0: read gpa=0x418000 sptes=0x1 expect=fault rec=8829	# walk at line 9048
vcpu0: read gpa=0x419000 sptes=0x2 expect=fault rec=8829	# walk at line 9055
vcpu0: read gpa=0x41a000 sptes=0x4 expect=fault rec=8829	# walk at line 9062
vcpu0: read gpa=0x41b000 sptes=0x8 expect=fault rec=8829	# walk at line 9069
vcpu0: read gpa=0x41c000 sptes=0x10 expect=fault rec=8829	# walk at line 9076
vcpu0: read gpa=0x41d000 sptes=0x20 expect=fault rec=8829	# walk at line 9083
vcpu0: read gpa=0x41e000 sptes=0x40 expect=fault rec=8829	# walk at line 9090
vcpu0: read gpa=0x41f000 sptes=0x80 expect=fault rec=8829	# walk at line 9097
vcpu0: read gpa=0x420000 sptes=0x1 expect=fault rec=8829	# walk at line 9104
vcpu0: read gpa=0x421000 sptes=0x2 expect=fault rec=8829	# walk at line 9111
vcpu0: read gpa=0x422000 sptes=0x4 expect=fault rec=8829	# walk at line 9118
vcpu0: read gpa=0x423000 sptes=0x8 expect=fault rec=8829	# walk at line 9125
vcpu0: read gpa=0x424000 sptes=0x10 expect=fault rec=8829	# walk at line 9132
vcpu0: read gpa=0x425000 sptes=0x20 expect=fault rec=8829	# walk at line 9139
vcpu0: read gpa=0x426000 sptes=0x40 expect=fault rec=8829	# walk at line 9146
vcpu0: read gpa=0x427000 sptes=0x80 expect=fault rec=8829	# walk at line 9153
vcpu0: read gpa=0x428000 sptes=0x1 expect=fault rec=8829	# walk at line 9160
vcpu0: read gpa=0x429000 sptes=0x2 expect=fault rec=8829	# walk at line 9167
vcpu0: read gpa=0x42a000 sptes=0x4 expect=fault rec=8829	# walk at line 9174
vcpu0: read gpa=0x42b000 sptes=0x8 expect=fault rec=8829	# walk at line 9181
vcpu0: read gpa=0x42c000 sptes=0x10 expect=fault rec=8829	# walk at line 9188
vcpu0: read gpa=0x42d000 sptes=0x20 expect=fault rec=8829	# walk at line 9195
vcpu0: read gpa=0x42e000 sptes=0x40 expect=fault rec=8829	# walk at line 9202
vcpu0: read gpa=0x42f000 sptes=0x80 expect=fault rec=8829	# walk at line 9209
vcpu0: read gpa=0x430000 sptes=0x1 expect=fault rec=8829	# walk at line 9216
vcpu0: read gpa=0x431000 sptes=0x2 expect=fault rec=8829	# walk at line 9223
vcpu0: read gpa=0x432000 sptes=0x4 expect=fault rec=8829	# walk at line 9230
vcpu0: read gpa=0x433000 sptes=0x8 expect=fault rec=8829	# walk at line 9237
vcpu0: read gpa=0x434000 sptes=0x10 expect=fault rec=8829	# walk at line 9244
vcpu0: read gpa=0x435000 sptes=0x20 expect=fault rec=8829	# walk at line 9251
vcpu0: read gpa=0x436000 sptes=0x40 expect=fault rec=8829	# walk at line 9258
vcpu0: read gpa=0x437000 sptes=0x80 expect=fault rec=8829	# walk at line 9265
vcpu0: read gpa=0x438000 sptes=0x1 expect=fault rec=8829	# walk at line 9272
vcpu0: read gpa=0x439000 sptes=0x2 expect=fault rec=8829	# walk at line 9279
vcpu0: read gpa=0x43a000 sptes=0x4 expect=fault rec=8829	# walk at line 9286
vcpu0: read gpa=0x43b000 sptes=0x8 expect=fault rec=8829	# walk at line 9293
vcpu0: read gpa=0x43c000 sptes=0x10 expect=fault rec=8829	# walk at line 9300
vcpu0: read gpa=0x43d000 sptes=0x20 expect=fault rec=8829	# walk at line 9307
vcpu0: read gpa=0x43e000 sptes=0x40 expect=fault rec=8829	# walk at line 9314
vcpu0: read gpa=0x43f000 sptes=0x80 expect=fault rec=8829	# walk at line 9321
vcpu0: read gpa=0x440000 sptes=0x1 expect=fault rec=8829	# walk at line 9328
vcpu0: read gpa=0x441000 sptes=0x2 expect=fault rec=8829	# walk at line 9335
vcpu0: read gpa=0x442000 sptes=0x4 expect=fault rec=8829	# walk at line 9342
vcpu0: read gpa=0x443000 sptes=0x8 expect=fault rec=8829	# walk at line 9349
vcpu0: read gpa=0x444000 sptes=0x10 expect=fault rec=8829	# walk at line 9356
vcpu0: read gpa=0x445000 sptes=0x20 expect=fault rec=8829	# walk at line 9363
vcpu0: read gpa=0x446000 sptes=0x40 expect=fault rec=8829	# walk at line 9370
vcpu0: read gpa=0x447000 sptes=0x80 expect=fault rec=8829	# walk at line 9377
vcpu0: read gpa=0x448000 sptes=0x1 expect=fault rec=8829	# walk at line 9384
vcpu0: read gpa=0x449000 sptes=0x2 expect=fault rec=8829	# walk at line 9391
vcpu0: read gpa=0x44a000 sptes=0x4 expect=fault rec=8829	# walk at line 9398
vcpu0: read gpa=0x44b000 sptes=0x8 expect=fault rec=8829	# walk at line 9405
vcpu0: read gpa=0x44c000 sptes=0x10 expect=fault rec=8829	# walk at line 9412
vcpu0: read gpa=0x44d000 sptes=0x20 expect=fault rec=8829	# walk at line 9419
vcpu0: read gpa=0x44e000 sptes=0x40 expect=fault rec=8829	# walk at line 9426
vcpu0: read gpa=0x44f000 sptes=0x80 expect=fault rec=8829	# walk at line 9433
vcpu0: read gpa=0x450000 sptes=0x1 expect=fault rec=8829	# walk at line 9440
vcpu0: read gpa=0x451000 sptes=0x2 expect=fault rec=8829	# walk at line 9447
vcpu0: read gpa=0x452000 sptes=0x4 expect=fault rec=8829	# walk at line 9454
vcpu0: read gpa=0x453000 sptes=0x8 expect=fault rec=8829	# walk at line 9461
vcpu0: read gpa=0x454000 sptes=0x10 expect=fault rec=8829	# walk at line 9468
vcpu0: read gpa=0x455000 sptes=0x20 expect=fault rec=8829	# walk at line 9475
vcpu0: read gpa=0x456000 sptes=0x40 expect=fault rec=8829	# walk at line 9482
vcpu0: read gpa=0x457000 sptes=0x80 expect=fault rec=8829	# walk at line 9489
vcpu0: read gpa=0x458000 sptes=0x1 expect=fault rec=8829	# walk at line 9496
vcpu0: read gpa=0x459000 sptes=0x2 expect=fault rec=8829	# walk at line 9503
vcpu0: read gpa=0x45a000 sptes=0x4 expect=fault rec=8829	# walk at line 9510
vcpu0: read gpa=0x45b000 sptes=0x8 expect=fault rec=8829	# walk at line 9517
vcpu0: read gpa=0x45c000 sptes=0x10 expect=fault rec=8829	# walk at line 9524
vcpu0: read gpa=0x45d000 sptes=0x20 expect=fault rec=8829	# walk at line 9531
vcpu0: read gpa=0x45e000 sptes=0x40 expect=fault rec=8829	# walk at line 9538
vcpu0: read gpa=0x45f000 sptes=0x80 expect=fault rec=8829	# walk at line 9545
vcpu0: read gpa=0x460000 sptes=0x1 expect=fault rec=8829	# walk at line 9552
vcpu0: read gpa=0x461000 sptes=0x2 expect=fault rec=8829	# walk at line 9559
vcpu0: read gpa=0x462000 sptes=0x4 expect=fault rec=8829	# walk at line 9566
vcpu0: read gpa=0x463000 sptes=0x8 expect=fault rec=8829	# walk at line 9573
vcpu0: read gpa=0x464000 sptes=0x10 expect=fault rec=8829	# walk at line 9580
vcpu0: read gpa=0x465000 sptes=0x20 expect=fault rec=8829	# walk at line 9587
vcpu0: read gpa=0x466000 sptes=0x40 expect=fault rec=8829	# walk at line 9594
vcpu0: read gpa=0x467000 sptes=0x80 expect=fault rec=8829	# walk at line 9601
vcpu0: read gpa=0x468000 sptes=0x1 expect=fault rec=8829	# walk at line 9608
vcpu0: read gpa=0x469000 sptes=0x2 expect=fault rec=8829	# walk at line 9615
vcpu0: read gpa=0x46a000 sptes=0x4 expect=fault rec=8829	# walk at line 9622
vcpu0: read gpa=0x46b000 sptes=0x8 expect=fault rec=8829	# walk at line 9629
vcpu0: read gpa=0x46c000 sptes=0x10 expect=fault rec=8829	# walk at line 9636
vcpu0: read gpa=0x46d000 sptes=0x20 expect=fault rec=8829	# walk at line 9643
vcpu0: read gpa=0x46e000 sptes=0x40 expect=fault rec=8829	# walk at line 9650
vcpu0: read gpa=0x46f000 sptes=0x80 expect=fault rec=8829	# walk at line 9657
vcpu0: read gpa=0x470000 sptes=0x1 expect=fault rec=8829	# walk at line 9664
vcpu0: read gpa=0x471000 sptes=0x2 expect=fault rec=8829	# walk at line 9671
vcpu0: read gpa=0x472000 sptes=0x4 expect=fault rec=8829	# walk at line 9678
vcpu0: read gpa=0x473000 sptes=0x8 expect=fault rec=8829	# walk at line 9685
vcpu0: read gpa=0x474000 sptes=0x10 expect=fault rec=8829	# walk at line 9692
vcpu0: read gpa=0x475000 sptes=0x20 expect=fault rec=8829	# walk at line 9699
vcpu0: read gpa=0x476000 sptes=0x40 expect=fault rec=8829	# walk at line 9706
vcpu0: read gpa=0x477000 sptes=0x80 expect=fault rec=8829	# walk at line 9713
vcpu0: read gpa=0x478000 sptes=0x1 expect=fault rec=8829	# walk at line 9720
vcpu0: read gpa=0x479000 sptes=0x2 expect=fault rec=8829	# walk at line 9727
vcpu0: read gpa=0x47a000 sptes=0x4 expect=fault rec=8829	# walk at line 9734
vcpu0: read gpa=0x47b000 sptes=0x8 expect=fault rec=8829	# walk at line 9741
vcpu0: read gpa=0x47c000 sptes=0x10 expect=fault rec=8829	# walk at line 9748
vcpu0: read gpa=0x47d000 sptes=0x20 expect=fault rec=8829	# walk at line 9755
vcpu0: read gpa=0x47e000 sptes=0x40 expect=fault rec=8829	# walk at line 9762
vcpu0: read gpa=0x47f000 sptes=0x80 expect=fault rec=8829	# walk at line 9769
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=8829	# walk at line 9776
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=8829	# walk at line 9788
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=8829	# walk at line 9793
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=8829	# walk at line 9798
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=8829	# walk at line 9803
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=8829	# walk at line 9808
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=8829	# walk at line 9813
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=8829	# walk at line 9818
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=8829	# walk at line 9823
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=8829	# walk at line 9828
barrier
vmm: host_read mem=m3 offset=0 rec=9842
vmm: host_read mem=m3 offset=0x1000 rec=9842
vmm: host_read mem=m3 offset=0x2000 rec=9842
vmm: host_read mem=m3 offset=0x3000 rec=9842
vmm: host_read mem=m3 offset=0x4000 rec=9842
vmm: host_read mem=m3 offset=0x5000 rec=9842
vmm: host_read mem=m3 offset=0x6000 rec=9842
vmm: host_read mem=m3 offset=0x7000 rec=9842
vmm: host_read mem=m3 offset=0x8000 rec=9842
vmm: host_read mem=m3 offset=0x9000 rec=9842
vmm: host_read mem=m3 offset=0xa000 rec=9842
vmm: host_read mem=m3 offset=0xb000 rec=9842
vmm: host_read mem=m3 offset=0xc000 rec=9842
vmm: host_read mem=m3 offset=0xd000 rec=9842
vmm: host_read mem=m3 offset=0xe000 rec=9842
vmm: host_read mem=m3 offset=0xf000 rec=9842
vmm: host_read mem=m3 offset=0x10000 rec=9842
vmm: host_read mem=m3 offset=0x11000 rec=9842
vmm: host_read mem=m3 offset=0x12000 rec=9842
vmm: host_read mem=m3 offset=0x13000 rec=9842
vmm: host_read mem=m3 offset=0x14000 rec=9842
vmm: host_read mem=m3 offset=0x15000 rec=9842
vmm: host_read mem=m3 offset=0x16000 rec=9842
vmm: host_read mem=m3 offset=0x17000 rec=9842
vmm: host_read mem=m3 offset=0x18000 rec=9842
vmm: host_read mem=m3 offset=0x19000 rec=9842
vmm: host_read mem=m3 offset=0x1a000 rec=9842
vmm: host_read mem=m3 offset=0x1b000 rec=9842
vmm: host_read mem=m3 offset=0x1c000 rec=9842
vmm: host_read mem=m3 offset=0x1d000 rec=9842
vmm: host_read mem=m3 offset=0x1e000 rec=9842
vmm: host_read mem=m3 offset=0x1f000 rec=9842
vmm: host_read mem=m3 offset=0x20000 rec=9842
vmm: host_read mem=m3 offset=0x21000 rec=9842
vmm: host_read mem=m3 offset=0x22000 rec=9842
vmm: host_read mem=m3 offset=0x23000 rec=9842
vmm: host_read mem=m3 offset=0x24000 rec=9842
vmm: host_read mem=m3 offset=0x25000 rec=9842
vmm: host_read mem=m3 offset=0x26000 rec=9842
vmm: host_read mem=m3 offset=0x27000 rec=9842
vmm: host_read mem=m3 offset=0x28000 rec=9842
vmm: host_read mem=m3 offset=0x29000 rec=9842
vmm: host_read mem=m3 offset=0x2a000 rec=9842
vmm: host_read mem=m3 offset=0x2b000 rec=9842
vmm: host_read mem=m3 offset=0x2c000 rec=9842
vmm: host_read mem=m3 offset=0x2d000 rec=9842
vmm: host_read mem=m3 offset=0x2e000 rec=9842
vmm: host_read mem=m3 offset=0x2f000 rec=9842
vmm: host_read mem=m3 offset=0x30000 rec=9842
vmm: host_read mem=m3 offset=0x31000 rec=9842
vmm: host_read mem=m3 offset=0x32000 rec=9842
vmm: host_read mem=m3 offset=0x33000 rec=9842
vmm: host_read mem=m3 offset=0x34000 rec=9842
vmm: host_read mem=m3 offset=0x35000 rec=9842
vmm: host_read mem=m3 offset=0x36000 rec=9842
vmm: host_read mem=m3 offset=0x37000 rec=9842
vmm: host_read mem=m3 offset=0x38000 rec=9842
vmm: host_read mem=m3 offset=0x39000 rec=9842
vmm: host_read mem=m3 offset=0x3a000 rec=9842
vmm: host_read mem=m3 offset=0x3b000 rec=9842
vmm: host_read mem=m3 offset=0x3c000 rec=9842
vmm: host_read mem=m3 offset=0x3d000 rec=9842
vmm: host_read mem=m3 offset=0x3e000 rec=9842
vmm: host_read mem=m3 offset=0x3f000 rec=9842
vmm: host_read mem=m3 offset=0x40000 rec=9842
vmm: host_read mem=m3 offset=0x41000 rec=9842
vmm: host_read mem=m3 offset=0x42000 rec=9842
vmm: host_read mem=m3 offset=0x43000 rec=9842
vmm: host_read mem=m3 offset=0x44000 rec=9842
vmm: host_read mem=m3 offset=0x45000 rec=9842
vmm: host_read mem=m3 offset=0x46000 rec=9842
vmm: host_read mem=m3 offset=0x47000 rec=9842
vmm: host_read mem=m3 offset=0x48000 rec=9842
vmm: host_read mem=m3 offset=0x49000 rec=9842
vmm: host_read mem=m3 offset=0x4a000 rec=9842
vmm: host_read mem=m3 offset=0x4b000 rec=9842
vmm: host_read mem=m3 offset=0x4c000 rec=9842
vmm: host_read mem=m3 offset=0x4d000 rec=9842
vmm: host_read mem=m3 offset=0x4e000 rec=9842
vmm: host_read mem=m3 offset=0x4f000 rec=9842
vmm: host_read mem=m3 offset=0x50000 rec=9842
vmm: host_read mem=m3 offset=0x51000 rec=9842
vmm: host_read mem=m3 offset=0x52000 rec=9842
vmm: host_read mem=m3 offset=0x53000 rec=9842
vmm: host_read mem=m3 offset=0x54000 rec=9842
vmm: host_read mem=m3 offset=0x55000 rec=9842
vmm: host_read mem=m3 offset=0x56000 rec=9842
vmm: host_read mem=m3 offset=0x57000 rec=9842
vmm: host_read mem=m3 offset=0x58000 rec=9842
vmm: host_read mem=m3 offset=0x59000 rec=9842
vmm: host_read mem=m3 offset=0x5a000 rec=9842
vmm: host_read mem=m3 offset=0x5b000 rec=9842
vmm: host_read mem=m3 offset=0x5c000 rec=9842
vmm: host_read mem=m3 offset=0x5d000 rec=9842
vmm: host_read mem=m3 offset=0x5e000 rec=9842
vmm: host_read mem=m3 offset=0x5f000 rec=9842
vmm: host_read mem=m3 offset=0x60000 rec=9842
vmm: host_read mem=m3 offset=0x61000 rec=9842
vmm: host_read mem=m3 offset=0x62000 rec=9842
vmm: host_read mem=m3 offset=0x63000 rec=9842
vmm: host_read mem=m3 offset=0x64000 rec=9842
vmm: host_read mem=m3 offset=0x65000 rec=9842
vmm: host_read mem=m3 offset=0x66000 rec=9842
vmm: host_read mem=m3 offset=0x67000 rec=9842
vmm: host_read mem=m3 offset=0x68000 rec=9842
vmm: host_read mem=m3 offset=0x69000 rec=9842
vmm: host_read mem=m3 offset=0x6a000 rec=9842
vmm: host_read mem=m3 offset=0x6b000 rec=9842
vmm: host_read mem=m3 offset=0x6c000 rec=9842
vmm: host_read mem=m3 offset=0x6d000 rec=9842
vmm: host_read mem=m3 offset=0x6e000 rec=9842
vmm: host_read mem=m3 offset=0x6f000 rec=9842
vmm: host_read mem=m3 offset=0x70000 rec=9842
vmm: host_read mem=m3 offset=0x71000 rec=9842
vmm: host_read mem=m3 offset=0x72000 rec=9842
vmm: host_read mem=m3 offset=0x73000 rec=9842
vmm: host_read mem=m3 offset=0x74000 rec=9842
vmm: host_read mem=m3 offset=0x75000 rec=9842
vmm: host_read mem=m3 offset=0x76000 rec=9842
vmm: host_read mem=m3 offset=0x77000 rec=9842
vmm: host_read mem=m3 offset=0x78000 rec=9842
vmm: host_read mem=m3 offset=0x79000 rec=9842
vmm: host_read mem=m3 offset=0x7a000 rec=9842
vmm: host_read mem=m3 offset=0x7b000 rec=9842
vmm: host_read mem=m3 offset=0x7c000 rec=9842
vmm: host_read mem=m3 offset=0x7d000 rec=9842
vmm: host_read mem=m3 offset=0x7e000 rec=9842
vmm: host_read mem=m3 offset=0x7f000 rec=9842
vmm: host_read mem=m2 offset=0 rec=9843
vmm: host_read mem=m2 offset=0x1000 rec=9843
vmm: host_read mem=m2 offset=0x2000 rec=9843
vmm: host_read mem=m2 offset=0x3000 rec=9843
vmm: host_read mem=m2 offset=0x4000 rec=9843
vmm: host_read mem=m2 offset=0x5000 rec=9843
vmm: host_read mem=m2 offset=0x6000 rec=9843
vmm: host_read mem=m2 offset=0x7000 rec=9843
vmm: host_read mem=m2 offset=0x8000 rec=9843
vmm: host_read mem=m2 offset=0x9000 rec=9843
vmm: host_read mem=m2 offset=0xa000 rec=9843
vmm: host_read mem=m2 offset=0xb000 rec=9843
vmm: host_read mem=m2 offset=0xc000 rec=9843
vmm: host_read mem=m2 offset=0xd000 rec=9843
vmm: host_read mem=m2 offset=0xe000 rec=9843
vmm: host_read mem=m2 offset=0xf000 rec=9843
vmm: host_read mem=m2 offset=0x10000 rec=9843
vmm: host_read mem=m2 offset=0x11000 rec=9843
vmm: host_read mem=m2 offset=0x12000 rec=9843
vmm: host_read mem=m2 offset=0x13000 rec=9843
vmm: host_read mem=m2 offset=0x14000 rec=9843
vmm: host_read mem=m2 offset=0x15000 rec=9843
vmm: host_read mem=m2 offset=0x16000 rec=9843
vmm: host_read mem=m2 offset=0x17000 rec=9843
vmm: host_read mem=m2 offset=0x18000 rec=9843
vmm: host_read mem=m2 offset=0x19000 rec=9843
vmm: host_read mem=m2 offset=0x1a000 rec=9843
vmm: host_read mem=m2 offset=0x1b000 rec=9843
vmm: host_read mem=m2 offset=0x1c000 rec=9843
vmm: host_read mem=m2 offset=0x1d000 rec=9843
vmm: host_read mem=m2 offset=0x1e000 rec=9843
vmm: host_read mem=m2 offset=0x1f000 rec=9843
vmm: host_read mem=m2 offset=0x20000 rec=9843
vmm: host_read mem=m2 offset=0x21000 rec=9843
vmm: host_read mem=m2 offset=0x22000 rec=9843
vmm: host_read mem=m2 offset=0x23000 rec=9843
vmm: host_read mem=m2 offset=0x24000 rec=9843
vmm: host_read mem=m2 offset=0x25000 rec=9843
vmm: host_read mem=m2 offset=0x26000 rec=9843
vmm: host_read mem=m2 offset=0x27000 rec=9843
vmm: host_read mem=m2 offset=0x28000 rec=9843
vmm: host_read mem=m2 offset=0x29000 rec=9843
vmm: host_read mem=m2 offset=0x2a000 rec=9843
vmm: host_read mem=m2 offset=0x2b000 rec=9843
vmm: host_read mem=m2 offset=0x2c000 rec=9843
vmm: host_read mem=m2 offset=0x2d000 rec=9843
vmm: host_read mem=m2 offset=0x2e000 rec=9843
vmm: host_read mem=m2 offset=0x2f000 rec=9843
vmm: host_read mem=m2 offset=0x30000 rec=9843
vmm: host_read mem=m2 offset=0x31000 rec=9843
vmm: host_read mem=m2 offset=0x32000 rec=9843
vmm: host_read mem=m2 offset=0x33000 rec=9843
vmm: host_read mem=m2 offset=0x34000 rec=9843
vmm: host_read mem=m2 offset=0x35000 rec=9843
vmm: host_read mem=m2 offset=0x36000 rec=9843
vmm: host_read mem=m2 offset=0x37000 rec=9843
vmm: host_read mem=m2 offset=0x38000 rec=9843
vmm: host_read mem=m2 offset=0x39000 rec=9843
vmm: host_read mem=m2 offset=0x3a000 rec=9843
vmm: host_read mem=m2 offset=0x3b000 rec=9843
vmm: host_read mem=m2 offset=0x3c000 rec=9843
vmm: host_read mem=m2 offset=0x3d000 rec=9843
vmm: host_read mem=m2 offset=0x3e000 rec=9843
vmm: host_read mem=m2 offset=0x3f000 rec=9843
vmm: host_read mem=m2 offset=0x40000 rec=9843
vmm: host_read mem=m2 offset=0x41000 rec=9843
vmm: host_read mem=m2 offset=0x42000 rec=9843
vmm: host_read mem=m2 offset=0x43000 rec=9843
vmm: host_read mem=m2 offset=0x44000 rec=9843
vmm: host_read mem=m2 offset=0x45000 rec=9843
vmm: host_read mem=m2 offset=0x46000 rec=9843
vmm: host_read mem=m2 offset=0x47000 rec=9843
vmm: host_read mem=m2 offset=0x48000 rec=9843
vmm: host_read mem=m2 offset=0x49000 rec=9843
vmm: host_read mem=m2 offset=0x4a000 rec=9843
vmm: host_read mem=m2 offset=0x4b000 rec=9843
vmm: host_read mem=m2 offset=0x4c000 rec=9843
vmm: host_read mem=m2 offset=0x4d000 rec=9843
vmm: host_read mem=m2 offset=0x4e000 rec=9843
vmm: host_read mem=m2 offset=0x4f000 rec=9843
vmm: host_read mem=m2 offset=0x50000 rec=9843
vmm: host_read mem=m2 offset=0x51000 rec=9843
vmm: host_read mem=m2 offset=0x52000 rec=9843
vmm: host_read mem=m2 offset=0x53000 rec=9843
vmm: host_read mem=m2 offset=0x54000 rec=9843
vmm: host_read mem=m2 offset=0x55000 rec=9843
vmm: host_read mem=m2 offset=0x56000 rec=9843
vmm: host_read mem=m2 offset=0x57000 rec=9843
vmm: host_read mem=m2 offset=0x58000 rec=9843
vmm: host_read mem=m2 offset=0x59000 rec=9843
vmm: host_read mem=m2 offset=0x5a000 rec=9843
vmm: host_read mem=m2 offset=0x5b000 rec=9843
vmm: host_read mem=m2 offset=0x5c000 rec=9843
vmm: host_read mem=m2 offset=0x5d000 rec=9843
vmm: host_read mem=m2 offset=0x5e000 rec=9843
vmm: host_read mem=m2 offset=0x5f000 rec=9843
vmm: host_read mem=m2 offset=0x60000 rec=9843
vmm: host_read mem=m2 offset=0x61000 rec=9843
vmm: host_read mem=m2 offset=0x62000 rec=9843
vmm: host_read mem=m2 offset=0x63000 rec=9843
vmm: host_read mem=m2 offset=0x64000 rec=9843
vmm: host_read mem=m2 offset=0x65000 rec=9843
vmm: host_read mem=m2 offset=0x66000 rec=9843
vmm: host_read mem=m2 offset=0x67000 rec=9843
vmm: host_read mem=m2 offset=0x68000 rec=9843
vmm: host_read mem=m2 offset=0x69000 rec=9843
vmm: host_read mem=m2 offset=0x6a000 rec=9843
vmm: host_read mem=m2 offset=0x6b000 rec=9843
vmm: host_read mem=m2 offset=0x6c000 rec=9843
vmm: host_read mem=m2 offset=0x6d000 rec=9843
vmm: host_read mem=m2 offset=0x6e000 rec=9843
vmm: host_read mem=m2 offset=0x6f000 rec=9843
vmm: host_read mem=m2 offset=0x70000 rec=9843
vmm: host_read mem=m2 offset=0x71000 rec=9843
vmm: host_read mem=m2 offset=0x72000 rec=9843
vmm: host_read mem=m2 offset=0x73000 rec=9843
vmm: host_read mem=m2 offset=0x74000 rec=9843
vmm: host_read mem=m2 offset=0x75000 rec=9843
vmm: host_read mem=m2 offset=0x76000 rec=9843
vmm: host_read mem=m2 offset=0x77000 rec=9843
vmm: host_read mem=m2 offset=0x78000 rec=9843
vmm: host_read mem=m2 offset=0x79000 rec=9843
vmm: host_read mem=m2 offset=0x7a000 rec=9843
vmm: host_read mem=m2 offset=0x7b000 rec=9843
vmm: host_read mem=m2 offset=0x7c000 rec=9843
vmm: host_read mem=m2 offset=0x7d000 rec=9843
vmm: host_read mem=m2 offset=0x7e000 rec=9843
vmm: host_read mem=m2 offset=0x7f000 rec=9843
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=9844	# walk at line 9858
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=9844	# walk at line 9863
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=9844	# walk at line 9875
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=9844	# walk at line 9880
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=9844	# walk at line 9885
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=9844	# walk at line 9890
vcpu0: write gpa=0x400000 sptes=0 expect=exit:efault rec=9844	# walk at line 9895
barrier
vmm: host_read mem=m3 offset=0 rec=9903
vmm: host_read mem=m3 offset=0x1000 rec=9903
vmm: host_read mem=m3 offset=0x2000 rec=9903
vmm: host_read mem=m3 offset=0x3000 rec=9903
vmm: host_read mem=m3 offset=0x4000 rec=9903
vmm: host_read mem=m3 offset=0x5000 rec=9903
vmm: host_read mem=m3 offset=0x6000 rec=9903
vmm: host_read mem=m3 offset=0x7000 rec=9903
vmm: host_read mem=m3 offset=0x8000 rec=9903
vmm: host_read mem=m3 offset=0x9000 rec=9903
vmm: host_read mem=m3 offset=0xa000 rec=9903
vmm: host_read mem=m3 offset=0xb000 rec=9903
vmm: host_read mem=m3 offset=0xc000 rec=9903
vmm: host_read mem=m3 offset=0xd000 rec=9903
vmm: host_read mem=m3 offset=0xe000 rec=9903
vmm: host_read mem=m3 offset=0xf000 rec=9903
vmm: host_read mem=m3 offset=0x10000 rec=9903
vmm: host_read mem=m3 offset=0x11000 rec=9903
vmm: host_read mem=m3 offset=0x12000 rec=9903
vmm: host_read mem=m3 offset=0x13000 rec=9903
vmm: host_read mem=m3 offset=0x14000 rec=9903
vmm: host_read mem=m3 offset=0x15000 rec=9903
vmm: host_read mem=m3 offset=0x16000 rec=9903
vmm: host_read mem=m3 offset=0x17000 rec=9903
vmm: host_read mem=m3 offset=0x18000 rec=9903
vmm: host_read mem=m3 offset=0x19000 rec=9903
vmm: host_read mem=m3 offset=0x1a000 rec=9903
vmm: host_read mem=m3 offset=0x1b000 rec=9903
vmm: host_read mem=m3 offset=0x1c000 rec=9903
vmm: host_read mem=m3 offset=0x1d000 rec=9903
vmm: host_read mem=m3 offset=0x1e000 rec=9903
vmm: host_read mem=m3 offset=0x1f000 rec=9903
vmm: host_read mem=m3 offset=0x20000 rec=9903
vmm: host_read mem=m3 offset=0x21000 rec=9903
vmm: host_read mem=m3 offset=0x22000 rec=9903
vmm: host_read mem=m3 offset=0x23000 rec=9903
vmm: host_read mem=m3 offset=0x24000 rec=9903
vmm: host_read mem=m3 offset=0x25000 rec=9903
vmm: host_read mem=m3 offset=0x26000 rec=9903
vmm: host_read mem=m3 offset=0x27000 rec=9903
vmm: host_read mem=m3 offset=0x28000 rec=9903
vmm: host_read mem=m3 offset=0x29000 rec=9903
vmm: host_read mem=m3 offset=0x2a000 rec=9903
vmm: host_read mem=m3 offset=0x2b000 rec=9903
vmm: host_read mem=m3 offset=0x2c000 rec=9903
vmm: host_read mem=m3 offset=0x2d000 rec=9903
vmm: host_read mem=m3 offset=0x2e000 rec=9903
vmm: host_read mem=m3 offset=0x2f000 rec=9903
vmm: host_read mem=m3 offset=0x30000 rec=9903
vmm: host_read mem=m3 offset=0x31000 rec=9903
vmm: host_read mem=m3 offset=0x32000 rec=9903
vmm: host_read mem=m3 offset=0x33000 rec=9903
vmm: host_read mem=m3 offset=0x34000 rec=9903
vmm: host_read mem=m3 offset=0x35000 rec=9903
vmm: host_read mem=m3 offset=0x36000 rec=9903
vmm: host_read mem=m3 offset=0x37000 rec=9903
vmm: host_read mem=m3 offset=0x38000 rec=9903
vmm: host_read mem=m3 offset=0x39000 rec=9903
vmm: host_read mem=m3 offset=0x3a000 rec=9903
vmm: host_read mem=m3 offset=0x3b000 rec=9903
vmm: host_read mem=m3 offset=0x3c000 rec=9903
vmm: host_read mem=m3 offset=0x3d000 rec=9903
vmm: host_read mem=m3 offset=0x3e000 rec=9903
vmm: host_read mem=m3 offset=0x3f000 rec=9903
vmm: host_read mem=m3 offset=0x40000 rec=9903
vmm: host_read mem=m3 offset=0x41000 rec=9903
vmm: host_read mem=m3 offset=0x42000 rec=9903
vmm: host_read mem=m3 offset=0x43000 rec=9903
vmm: host_read mem=m3 offset=0x44000 rec=9903
vmm: host_read mem=m3 offset=0x45000 rec=9903
vmm: host_read mem=m3 offset=0x46000 rec=9903
vmm: host_read mem=m3 offset=0x47000 rec=9903
vmm: host_read mem=m3 offset=0x48000 rec=9903
vmm: host_read mem=m3 offset=0x49000 rec=9903
vmm: host_read mem=m3 offset=0x4a000 rec=9903
vmm: host_read mem=m3 offset=0x4b000 rec=9903
vmm: host_read mem=m3 offset=0x4c000 rec=9903
vmm: host_read mem=m3 offset=0x4d000 rec=9903
vmm: host_read mem=m3 offset=0x4e000 rec=9903
vmm: host_read mem=m3 offset=0x4f000 rec=9903
vmm: host_read mem=m3 offset=0x50000 rec=9903
vmm: host_read mem=m3 offset=0x51000 rec=9903
vmm: host_read mem=m3 offset=0x52000 rec=9903
vmm: host_read mem=m3 offset=0x53000 rec=9903
vmm: host_read mem=m3 offset=0x54000 rec=9903
vmm: host_read mem=m3 offset=0x55000 rec=9903
vmm: host_read mem=m3 offset=0x56000 rec=9903
vmm: host_read mem=m3 offset=0x57000 rec=9903
vmm: host_read mem=m3 offset=0x58000 rec=9903
vmm: host_read mem=m3 offset=0x59000 rec=9903
vmm: host_read mem=m3 offset=0x5a000 rec=9903
vmm: host_read mem=m3 offset=0x5b000 rec=9903
vmm: host_read mem=m3 offset=0x5c000 rec=9903
vmm: host_read mem=m3 offset=0x5d000 rec=9903
vmm: host_read mem=m3 offset=0x5e000 rec=9903
vmm: host_read mem=m3 offset=0x5f000 rec=9903
vmm: host_read mem=m3 offset=0x60000 rec=9903
vmm: host_read mem=m3 offset=0x61000 rec=9903
vmm: host_read mem=m3 offset=0x62000 rec=9903
vmm: host_read mem=m3 offset=0x63000 rec=9903
vmm: host_read mem=m3 offset=0x64000 rec=9903
vmm: host_read mem=m3 offset=0x65000 rec=9903
vmm: host_read mem=m3 offset=0x66000 rec=9903
vmm: host_read mem=m3 offset=0x67000 rec=9903
vmm: host_read mem=m3 offset=0x68000 rec=9903
vmm: host_read mem=m3 offset=0x69000 rec=9903
vmm: host_read mem=m3 offset=0x6a000 rec=9903
vmm: host_read mem=m3 offset=0x6b000 rec=9903
vmm: host_read mem=m3 offset=0x6c000 rec=9903
vmm: host_read mem=m3 offset=0x6d000 rec=9903
vmm: host_read mem=m3 offset=0x6e000 rec=9903
vmm: host_read mem=m3 offset=0x6f000 rec=9903
vmm: host_read mem=m3 offset=0x70000 rec=9903
vmm: host_read mem=m3 offset=0x71000 rec=9903
vmm: host_read mem=m3 offset=0x72000 rec=9903
vmm: host_read mem=m3 offset=0x73000 rec=9903
vmm: host_read mem=m3 offset=0x74000 rec=9903
vmm: host_read mem=m3 offset=0x75000 rec=9903
vmm: host_read mem=m3 offset=0x76000 rec=9903
vmm: host_read mem=m3 offset=0x77000 rec=9903
vmm: host_read mem=m3 offset=0x78000 rec=9903
vmm: host_read mem=m3 offset=0x79000 rec=9903
vmm: host_read mem=m3 offset=0x7a000 rec=9903
vmm: host_read mem=m3 offset=0x7b000 rec=9903
vmm: host_read mem=m3 offset=0x7c000 rec=9903
vmm: host_read mem=m3 offset=0x7d000 rec=9903
vmm: host_read mem=m3 offset=0x7e000 rec=9903
vmm: host_read mem=m3 offset=0x7f000 rec=9903
vmm: host_read mem=m2 offset=0 rec=9904
vmm: host_read mem=m2 offset=0x1000 rec=9904
vmm: host_read mem=m2 offset=0x2000 rec=9904
vmm: host_read mem=m2 offset=0x3000 rec=9904
vmm: host_read mem=m2 offset=0x4000 rec=9904
vmm: host_read mem=m2 offset=0x5000 rec=9904
vmm: host_read mem=m2 offset=0x6000 rec=9904
vmm: host_read mem=m2 offset=0x7000 rec=9904
vmm: host_read mem=m2 offset=0x8000 rec=9904
vmm: host_read mem=m2 offset=0x9000 rec=9904
vmm: host_read mem=m2 offset=0xa000 rec=9904
vmm: host_read mem=m2 offset=0xb000 rec=9904
vmm: host_read mem=m2 offset=0xc000 rec=9904
vmm: host_read mem=m2 offset=0xd000 rec=9904
vmm: host_read mem=m2 offset=0xe000 rec=9904
vmm: host_read mem=m2 offset=0xf000 rec=9904
vmm: host_read mem=m2 offset=0x10000 rec=9904
vmm: host_read mem=m2 offset=0x11000 rec=9904
vmm: host_read mem=m2 offset=0x12000 rec=9904
vmm: host_read mem=m2 offset=0x13000 rec=9904
vmm: host_read mem=m2 offset=0x14000 rec=9904
vmm: host_read mem=m2 offset=0x15000 rec=9904
vmm: host_read mem=m2 offset=0x16000 rec=9904
vmm: host_read mem=m2 offset=0x17000 rec=9904
vmm: host_read mem=m2 offset=0x18000 rec=9904
vmm: host_read mem=m2 offset=0x19000 rec=9904
vmm: host_read mem=m2 offset=0x1a000 rec=9904
vmm: host_read mem=m2 offset=0x1b000 rec=9904
vmm: host_read mem=m2 offset=0x1c000 rec=9904
vmm: host_read mem=m2 offset=0x1d000 rec=9904
vmm: host_read mem=m2 offset=0x1e000 rec=9904
vmm: host_read mem=m2 offset=0x1f000 rec=9904
vmm: host_read mem=m2 offset=0x20000 rec=9904
vmm: host_read mem=m2 offset=0x21000 rec=9904
vmm: host_read mem=m2 offset=0x22000 rec=9904
vmm: host_read mem=m2 offset=0x23000 rec=9904
vmm: host_read mem=m2 offset=0x24000 rec=9904
vmm: host_read mem=m2 offset=0x25000 rec=9904
vmm: host_read mem=m2 offset=0x26000 rec=9904
vmm: host_read mem=m2 offset=0x27000 rec=9904
vmm: host_read mem=m2 offset=0x28000 rec=9904
vmm: host_read mem=m2 offset=0x29000 rec=9904
vmm: host_read mem=m2 offset=0x2a000 rec=9904
vmm: host_read mem=m2 offset=0x2b000 rec=9904
vmm: host_read mem=m2 offset=0x2c000 rec=9904
vmm: host_read mem=m2 offset=0x2d000 rec=9904
vmm: host_read mem=m2 offset=0x2e000 rec=9904
vmm: host_read mem=m2 offset=0x2f000 rec=9904
vmm: host_read mem=m2 offset=0x30000 rec=9904
vmm: host_read mem=m2 offset=0x31000 rec=9904
vmm: host_read mem=m2 offset=0x32000 rec=9904
vmm: host_read mem=m2 offset=0x33000 rec=9904
vmm: host_read mem=m2 offset=0x34000 rec=9904
vmm: host_read mem=m2 offset=0x35000 rec=9904
vmm: host_read mem=m2 offset=0x36000 rec=9904
vmm: host_read mem=m2 offset=0x37000 rec=9904
vmm: host_read mem=m2 offset=0x38000 rec=9904
vmm: host_read mem=m2 offset=0x39000 rec=9904
vmm: host_read mem=m2 offset=0x3a000 rec=9904
vmm: host_read mem=m2 offset=0x3b000 rec=9904
vmm: host_read mem=m2 offset=0x3c000 rec=9904
vmm: host_read mem=m2 offset=0x3d000 rec=9904
vmm: host_read mem=m2 offset=0x3e000 rec=9904
vmm: host_read mem=m2 offset=0x3f000 rec=9904
vmm: host_read mem=m2 offset=0x40000 rec=9904
vmm: host_read mem=m2 offset=0x41000 rec=9904
vmm: host_read mem=m2 offset=0x42000 rec=9904
vmm: host_read mem=m2 offset=0x43000 rec=9904
vmm: host_read mem=m2 offset=0x44000 rec=9904
vmm: host_read mem=m2 offset=0x45000 rec=9904
vmm: host_read mem=m2 offset=0x46000 rec=9904
vmm: host_read mem=m2 offset=0x47000 rec=9904
vmm: host_read mem=m2 offset=0x48000 rec=9904
vmm: host_read mem=m2 offset=0x49000 rec=9904
vmm: host_read mem=m2 offset=0x4a000 rec=9904
vmm: host_read mem=m2 offset=0x4b000 rec=9904
vmm: host_read mem=m2 offset=0x4c000 rec=9904
vmm: host_read mem=m2 offset=0x4d000 rec=9904
vmm: host_read mem=m2 offset=0x4e000 rec=9904
vmm: host_read mem=m2 offset=0x4f000 rec=9904
vmm: host_read mem=m2 offset=0x50000 rec=9904
vmm: host_read mem=m2 offset=0x51000 rec=9904
vmm: host_read mem=m2 offset=0x52000 rec=9904
vmm: host_read mem=m2 offset=0x53000 rec=9904
vmm: host_read mem=m2 offset=0x54000 rec=9904
vmm: host_read mem=m2 offset=0x55000 rec=9904
vmm: host_read mem=m2 offset=0x56000 rec=9904
vmm: host_read mem=m2 offset=0x57000 rec=9904
vmm: host_read mem=m2 offset=0x58000 rec=9904
vmm: host_read mem=m2 offset=0x59000 rec=9904
vmm: host_read mem=m2 offset=0x5a000 rec=9904
vmm: host_read mem=m2 offset=0x5b000 rec=9904
vmm: host_read mem=m2 offset=0x5c000 rec=9904
vmm: host_read mem=m2 offset=0x5d000 rec=9904
vmm: host_read mem=m2 offset=0x5e000 rec=9904
vmm: host_read mem=m2 offset=0x5f000 rec=9904
vmm: host_read mem=m2 offset=0x60000 rec=9904
vmm: host_read mem=m2 offset=0x61000 rec=9904
vmm: host_read mem=m2 offset=0x62000 rec=9904
vmm: host_read mem=m2 offset=0x63000 rec=9904
vmm: host_read mem=m2 offset=0x64000 rec=9904
vmm: host_read mem=m2 offset=0x65000 rec=9904
vmm: host_read mem=m2 offset=0x66000 rec=9904
vmm: host_read mem=m2 offset=0x67000 rec=9904
vmm: host_read mem=m2 offset=0x68000 rec=9904
vmm: host_read mem=m2 offset=0x69000 rec=9904
vmm: host_read mem=m2 offset=0x6a000 rec=9904
vmm: host_read mem=m2 offset=0x6b000 rec=9904
vmm: host_read mem=m2 offset=0x6c000 rec=9904
vmm: host_read mem=m2 offset=0x6d000 rec=9904
vmm: host_read mem=m2 offset=0x6e000 rec=9904
vmm: host_read mem=m2 offset=0x6f000 rec=9904
vmm: host_read mem=m2 offset=0x70000 rec=9904
vmm: host_read mem=m2 offset=0x71000 rec=9904
vmm: host_read mem=m2 offset=0x72000 rec=9904
vmm: host_read mem=m2 offset=0x73000 rec=9904
vmm: host_read mem=m2 offset=0x74000 rec=9904
vmm: host_read mem=m2 offset=0x75000 rec=9904
vmm: host_read mem=m2 offset=0x76000 rec=9904
vmm: host_read mem=m2 offset=0x77000 rec=9904
vmm: host_read mem=m2 offset=0x78000 rec=9904
vmm: host_read mem=m2 offset=0x79000 rec=9904
vmm: host_read mem=m2 offset=0x7a000 rec=9904
vmm: host_read mem=m2 offset=0x7b000 rec=9904
vmm: host_read mem=m2 offset=0x7c000 rec=9904
vmm: host_read mem=m2 offset=0x7d000 rec=9904
vmm: host_read mem=m2 offset=0x7e000 rec=9904
vmm: host_read mem=m2 offset=0x7f000 rec=9904
vmm: mprotect addr=0x7f482b020000 len=0x80000 prot=3 expect=0 rec=9906
vmm: host_read mem=m3 offset=0 rec=9907
vmm: host_read mem=m3 offset=0x1000 rec=9907
vmm: host_read mem=m3 offset=0x2000 rec=9907
vmm: host_read mem=m3 offset=0x3000 rec=9907
vmm: host_read mem=m3 offset=0x4000 rec=9907
vmm: host_read mem=m3 offset=0x5000 rec=9907
vmm: host_read mem=m3 offset=0x6000 rec=9907
vmm: host_read mem=m3 offset=0x7000 rec=9907
vmm: host_read mem=m3 offset=0x8000 rec=9907
vmm: host_read mem=m3 offset=0x9000 rec=9907
vmm: host_read mem=m3 offset=0xa000 rec=9907
vmm: host_read mem=m3 offset=0xb000 rec=9907
vmm: host_read mem=m3 offset=0xc000 rec=9907
vmm: host_read mem=m3 offset=0xd000 rec=9907
vmm: host_read mem=m3 offset=0xe000 rec=9907
vmm: host_read mem=m3 offset=0xf000 rec=9907
vmm: host_read mem=m3 offset=0x10000 rec=9907
vmm: host_read mem=m3 offset=0x11000 rec=9907
vmm: host_read mem=m3 offset=0x12000 rec=9907
vmm: host_read mem=m3 offset=0x13000 rec=9907
vmm: host_read mem=m3 offset=0x14000 rec=9907
vmm: host_read mem=m3 offset=0x15000 rec=9907
vmm: host_read mem=m3 offset=0x16000 rec=9907
vmm: host_read mem=m3 offset=0x17000 rec=9907
vmm: host_read mem=m3 offset=0x18000 rec=9907
vmm: host_read mem=m3 offset=0x19000 rec=9907
vmm: host_read mem=m3 offset=0x1a000 rec=9907
vmm: host_read mem=m3 offset=0x1b000 rec=9907
vmm: host_read mem=m3 offset=0x1c000 rec=9907
vmm: host_read mem=m3 offset=0x1d000 rec=9907
vmm: host_read mem=m3 offset=0x1e000 rec=9907
vmm: host_read mem=m3 offset=0x1f000 rec=9907
vmm: host_read mem=m3 offset=0x20000 rec=9907
vmm: host_read mem=m3 offset=0x21000 rec=9907
vmm: host_read mem=m3 offset=0x22000 rec=9907
vmm: host_read mem=m3 offset=0x23000 rec=9907
vmm: host_read mem=m3 offset=0x24000 rec=9907
vmm: host_read mem=m3 offset=0x25000 rec=9907
vmm: host_read mem=m3 offset=0x26000 rec=9907
vmm: host_read mem=m3 offset=0x27000 rec=9907
vmm: host_read mem=m3 offset=0x28000 rec=9907
vmm: host_read mem=m3 offset=0x29000 rec=9907
vmm: host_read mem=m3 offset=0x2a000 rec=9907
vmm: host_read mem=m3 offset=0x2b000 rec=9907
vmm: host_read mem=m3 offset=0x2c000 rec=9907
vmm: host_read mem=m3 offset=0x2d000 rec=9907
vmm: host_read mem=m3 offset=0x2e000 rec=9907
vmm: host_read mem=m3 offset=0x2f000 rec=9907
vmm: host_read mem=m3 offset=0x30000 rec=9907
vmm: host_read mem=m3 offset=0x31000 rec=9907
vmm: host_read mem=m3 offset=0x32000 rec=9907
vmm: host_read mem=m3 offset=0x33000 rec=9907
vmm: host_read mem=m3 offset=0x34000 rec=9907
vmm: host_read mem=m3 offset=0x35000 rec=9907
vmm: host_read mem=m3 offset=0x36000 rec=9907
vmm: host_read mem=m3 offset=0x37000 rec=9907
vmm: host_read mem=m3 offset=0x38000 rec=9907
vmm: host_read mem=m3 offset=0x39000 rec=9907
vmm: host_read mem=m3 offset=0x3a000 rec=9907
vmm: host_read mem=m3 offset=0x3b000 rec=9907
vmm: host_read mem=m3 offset=0x3c000 rec=9907
vmm: host_read mem=m3 offset=0x3d000 rec=9907
vmm: host_read mem=m3 offset=0x3e000 rec=9907
vmm: host_read mem=m3 offset=0x3f000 rec=9907
vmm: host_read mem=m3 offset=0x40000 rec=9907
vmm: host_read mem=m3 offset=0x41000 rec=9907
vmm: host_read mem=m3 offset=0x42000 rec=9907
vmm: host_read mem=m3 offset=0x43000 rec=9907
vmm: host_read mem=m3 offset=0x44000 rec=9907
vmm: host_read mem=m3 offset=0x45000 rec=9907
vmm: host_read mem=m3 offset=0x46000 rec=9907
vmm: host_read mem=m3 offset=0x47000 rec=9907
vmm: host_read mem=m3 offset=0x48000 rec=9907
vmm: host_read mem=m3 offset=0x49000 rec=9907
vmm: host_read mem=m3 offset=0x4a000 rec=9907
vmm: host_read mem=m3 offset=0x4b000 rec=9907
vmm: host_read mem=m3 offset=0x4c000 rec=9907
vmm: host_read mem=m3 offset=0x4d000 rec=9907
vmm: host_read mem=m3 offset=0x4e000 rec=9907
vmm: host_read mem=m3 offset=0x4f000 rec=9907
vmm: host_read mem=m3 offset=0x50000 rec=9907
vmm: host_read mem=m3 offset=0x51000 rec=9907
vmm: host_read mem=m3 offset=0x52000 rec=9907
vmm: host_read mem=m3 offset=0x53000 rec=9907
vmm: host_read mem=m3 offset=0x54000 rec=9907
vmm: host_read mem=m3 offset=0x55000 rec=9907
vmm: host_read mem=m3 offset=0x56000 rec=9907
vmm: host_read mem=m3 offset=0x57000 rec=9907
vmm: host_read mem=m3 offset=0x58000 rec=9907
vmm: host_read mem=m3 offset=0x59000 rec=9907
vmm: host_read mem=m3 offset=0x5a000 rec=9907
vmm: host_read mem=m3 offset=0x5b000 rec=9907
vmm: host_read mem=m3 offset=0x5c000 rec=9907
vmm: host_read mem=m3 offset=0x5d000 rec=9907
vmm: host_read mem=m3 offset=0x5e000 rec=9907
vmm: host_read mem=m3 offset=0x5f000 rec=9907
vmm: host_read mem=m3 offset=0x60000 rec=9907
vmm: host_read mem=m3 offset=0x61000 rec=9907
vmm: host_read mem=m3 offset=0x62000 rec=9907
vmm: host_read mem=m3 offset=0x63000 rec=9907
vmm: host_read mem=m3 offset=0x64000 rec=9907
vmm: host_read mem=m3 offset=0x65000 rec=9907
vmm: host_read mem=m3 offset=0x66000 rec=9907
vmm: host_read mem=m3 offset=0x67000 rec=9907
vmm: host_read mem=m3 offset=0x68000 rec=9907
vmm: host_read mem=m3 offset=0x69000 rec=9907
vmm: host_read mem=m3 offset=0x6a000 rec=9907
vmm: host_read mem=m3 offset=0x6b000 rec=9907
vmm: host_read mem=m3 offset=0x6c000 rec=9907
vmm: host_read mem=m3 offset=0x6d000 rec=9907
vmm: host_read mem=m3 offset=0x6e000 rec=9907
vmm: host_read mem=m3 offset=0x6f000 rec=9907
vmm: host_read mem=m3 offset=0x70000 rec=9907
vmm: host_read mem=m3 offset=0x71000 rec=9907
vmm: host_read mem=m3 offset=0x72000 rec=9907
vmm: host_read mem=m3 offset=0x73000 rec=9907
vmm: host_read mem=m3 offset=0x74000 rec=9907
vmm: host_read mem=m3 offset=0x75000 rec=9907
vmm: host_read mem=m3 offset=0x76000 rec=9907
vmm: host_read mem=m3 offset=0x77000 rec=9907
vmm: host_read mem=m3 offset=0x78000 rec=9907
vmm: host_read mem=m3 offset=0x79000 rec=9907
vmm: host_read mem=m3 offset=0x7a000 rec=9907
vmm: host_read mem=m3 offset=0x7b000 rec=9907
vmm: host_read mem=m3 offset=0x7c000 rec=9907
vmm: host_read mem=m3 offset=0x7d000 rec=9907
vmm: host_read mem=m3 offset=0x7e000 rec=9907
vmm: host_read mem=m3 offset=0x7f000 rec=9907
vmm: host_read mem=m2 offset=0 rec=9908
vmm: host_read mem=m2 offset=0x1000 rec=9908
vmm: host_read mem=m2 offset=0x2000 rec=9908
vmm: host_read mem=m2 offset=0x3000 rec=9908
vmm: host_read mem=m2 offset=0x4000 rec=9908
vmm: host_read mem=m2 offset=0x5000 rec=9908
vmm: host_read mem=m2 offset=0x6000 rec=9908
vmm: host_read mem=m2 offset=0x7000 rec=9908
vmm: host_read mem=m2 offset=0x8000 rec=9908
vmm: host_read mem=m2 offset=0x9000 rec=9908
vmm: host_read mem=m2 offset=0xa000 rec=9908
vmm: host_read mem=m2 offset=0xb000 rec=9908
vmm: host_read mem=m2 offset=0xc000 rec=9908
vmm: host_read mem=m2 offset=0xd000 rec=9908
vmm: host_read mem=m2 offset=0xe000 rec=9908
vmm: host_read mem=m2 offset=0xf000 rec=9908
vmm: host_read mem=m2 offset=0x10000 rec=9908
vmm: host_read mem=m2 offset=0x11000 rec=9908
vmm: host_read mem=m2 offset=0x12000 rec=9908
vmm: host_read mem=m2 offset=0x13000 rec=9908
vmm: host_read mem=m2 offset=0x14000 rec=9908
vmm: host_read mem=m2 offset=0x15000 rec=9908
vmm: host_read mem=m2 offset=0x16000 rec=9908
vmm: host_read mem=m2 offset=0x17000 rec=9908
vmm: host_read mem=m2 offset=0x18000 rec=9908
vmm: host_read mem=m2 offset=0x19000 rec=9908
vmm: host_read mem=m2 offset=0x1a000 rec=9908
vmm: host_read mem=m2 offset=0x1b000 rec=9908
vmm: host_read mem=m2 offset=0x1c000 rec=9908
vmm: host_read mem=m2 offset=0x1d000 rec=9908
vmm: host_read mem=m2 offset=0x1e000 rec=9908
vmm: host_read mem=m2 offset=0x1f000 rec=9908
vmm: host_read mem=m2 offset=0x20000 rec=9908
vmm: host_read mem=m2 offset=0x21000 rec=9908
vmm: host_read mem=m2 offset=0x22000 rec=9908
vmm: host_read mem=m2 offset=0x23000 rec=9908
vmm: host_read mem=m2 offset=0x24000 rec=9908
vmm: host_read mem=m2 offset=0x25000 rec=9908
vmm: host_read mem=m2 offset=0x26000 rec=9908
vmm: host_read mem=m2 offset=0x27000 rec=9908
vmm: host_read mem=m2 offset=0x28000 rec=9908
vmm: host_read mem=m2 offset=0x29000 rec=9908
vmm: host_read mem=m2 offset=0x2a000 rec=9908
vmm: host_read mem=m2 offset=0x2b000 rec=9908
vmm: host_read mem=m2 offset=0x2c000 rec=9908
vmm: host_read mem=m2 offset=0x2d000 rec=9908
vmm: host_read mem=m2 offset=0x2e000 rec=9908
vmm: host_read mem=m2 offset=0x2f000 rec=9908
vmm: host_read mem=m2 offset=0x30000 rec=9908
vmm: host_read mem=m2 offset=0x31000 rec=9908
vmm: host_read mem=m2 offset=0x32000 rec=9908
vmm: host_read mem=m2 offset=0x33000 rec=9908
vmm: host_read mem=m2 offset=0x34000 rec=9908
vmm: host_read mem=m2 offset=0x35000 rec=9908
vmm: host_read mem=m2 offset=0x36000 rec=9908
vmm: host_read mem=m2 offset=0x37000 rec=9908
vmm: host_read mem=m2 offset=0x38000 rec=9908
vmm: host_read mem=m2 offset=0x39000 rec=9908
vmm: host_read mem=m2 offset=0x3a000 rec=9908
vmm: host_read mem=m2 offset=0x3b000 rec=9908
vmm: host_read mem=m2 offset=0x3c000 rec=9908
vmm: host_read mem=m2 offset=0x3d000 rec=9908
vmm: host_read mem=m2 offset=0x3e000 rec=9908
vmm: host_read mem=m2 offset=0x3f000 rec=9908
vmm: host_read mem=m2 offset=0x40000 rec=9908
vmm: host_read mem=m2 offset=0x41000 rec=9908
vmm: host_read mem=m2 offset=0x42000 rec=9908
vmm: host_read mem=m2 offset=0x43000 rec=9908
vmm: host_read mem=m2 offset=0x44000 rec=9908
vmm: host_read mem=m2 offset=0x45000 rec=9908
vmm: host_read mem=m2 offset=0x46000 rec=9908
vmm: host_read mem=m2 offset=0x47000 rec=9908
vmm: host_read mem=m2 offset=0x48000 rec=9908
vmm: host_read mem=m2 offset=0x49000 rec=9908
vmm: host_read mem=m2 offset=0x4a000 rec=9908
vmm: host_read mem=m2 offset=0x4b000 rec=9908
vmm: host_read mem=m2 offset=0x4c000 rec=9908
vmm: host_read mem=m2 offset=0x4d000 rec=9908
vmm: host_read mem=m2 offset=0x4e000 rec=9908
vmm: host_read mem=m2 offset=0x4f000 rec=9908
vmm: host_read mem=m2 offset=0x50000 rec=9908
vmm: host_read mem=m2 offset=0x51000 rec=9908
vmm: host_read mem=m2 offset=0x52000 rec=9908
vmm: host_read mem=m2 offset=0x53000 rec=9908
vmm: host_read mem=m2 offset=0x54000 rec=9908
vmm: host_read mem=m2 offset=0x55000 rec=9908
vmm: host_read mem=m2 offset=0x56000 rec=9908
vmm: host_read mem=m2 offset=0x57000 rec=9908
vmm: host_read mem=m2 offset=0x58000 rec=9908
vmm: host_read mem=m2 offset=0x59000 rec=9908
vmm: host_read mem=m2 offset=0x5a000 rec=9908
vmm: host_read mem=m2 offset=0x5b000 rec=9908
vmm: host_read mem=m2 offset=0x5c000 rec=9908
vmm: host_read mem=m2 offset=0x5d000 rec=9908
vmm: host_read mem=m2 offset=0x5e000 rec=9908
vmm: host_read mem=m2 offset=0x5f000 rec=9908
vmm: host_read mem=m2 offset=0x60000 rec=9908
vmm: host_read mem=m2 offset=0x61000 rec=9908
vmm: host_read mem=m2 offset=0x62000 rec=9908
vmm: host_read mem=m2 offset=0x63000 rec=9908
vmm: host_read mem=m2 offset=0x64000 rec=9908
vmm: host_read mem=m2 offset=0x65000 rec=9908
vmm: host_read mem=m2 offset=0x66000 rec=9908
vmm: host_read mem=m2 offset=0x67000 rec=9908
vmm: host_read mem=m2 offset=0x68000 rec=9908
vmm: host_read mem=m2 offset=0x69000 rec=9908
vmm: host_read mem=m2 offset=0x6a000 rec=9908
vmm: host_read mem=m2 offset=0x6b000 rec=9908
vmm: host_read mem=m2 offset=0x6c000 rec=9908
vmm: host_read mem=m2 offset=0x6d000 rec=9908
vmm: host_read mem=m2 offset=0x6e000 rec=9908
vmm: host_read mem=m2 offset=0x6f000 rec=9908
vmm: host_read mem=m2 offset=0x70000 rec=9908
vmm: host_read mem=m2 offset=0x71000 rec=9908
vmm: host_read mem=m2 offset=0x72000 rec=9908
vmm: host_read mem=m2 offset=0x73000 rec=9908
vmm: host_read mem=m2 offset=0x74000 rec=9908
vmm: host_read mem=m2 offset=0x75000 rec=9908
vmm: host_read mem=m2 offset=0x76000 rec=9908
vmm: host_read mem=m2 offset=0x77000 rec=9908
vmm: host_read mem=m2 offset=0x78000 rec=9908
vmm: host_read mem=m2 offset=0x79000 rec=9908
vmm: host_read mem=m2 offset=0x7a000 rec=9908
vmm: host_read mem=m2 offset=0x7b000 rec=9908
vmm: host_read mem=m2 offset=0x7c000 rec=9908
vmm: host_read mem=m2 offset=0x7d000 rec=9908
vmm: host_read mem=m2 offset=0x7e000 rec=9908
vmm: host_read mem=m2 offset=0x7f000 rec=9908
vmm: set_memory_region slot=2 as=0 gpa=0x800000 size=0 hva=0x7f482afa0000 flags=0 expect=0 rec=9915
vmm: host_read mem=m3 offset=0 rec=9916
vmm: host_read mem=m3 offset=0x1000 rec=9916
vmm: host_read mem=m3 offset=0x2000 rec=9916
vmm: host_read mem=m3 offset=0x3000 rec=9916
vmm: host_read mem=m3 offset=0x4000 rec=9916
vmm: host_read mem=m3 offset=0x5000 rec=9916
vmm: host_read mem=m3 offset=0x6000 rec=9916
vmm: host_read mem=m3 offset=0x7000 rec=9916
vmm: host_read mem=m3 offset=0x8000 rec=9916
vmm: host_read mem=m3 offset=0x9000 rec=9916
vmm: host_read mem=m3 offset=0xa000 rec=9916
vmm: host_read mem=m3 offset=0xb000 rec=9916
vmm: host_read mem=m3 offset=0xc000 rec=9916
vmm: host_read mem=m3 offset=0xd000 rec=9916
vmm: host_read mem=m3 offset=0xe000 rec=9916
vmm: host_read mem=m3 offset=0xf000 rec=9916
vmm: host_read mem=m3 offset=0x10000 rec=9916
vmm: host_read mem=m3 offset=0x11000 rec=9916
vmm: host_read mem=m3 offset=0x12000 rec=9916
vmm: host_read mem=m3 offset=0x13000 rec=9916
vmm: host_read mem=m3 offset=0x14000 rec=9916
vmm: host_read mem=m3 offset=0x15000 rec=9916
vmm: host_read mem=m3 offset=0x16000 rec=9916
vmm: host_read mem=m3 offset=0x17000 rec=9916
vmm: host_read mem=m3 offset=0x18000 rec=9916
vmm: host_read mem=m3 offset=0x19000 rec=9916
vmm: host_read mem=m3 offset=0x1a000 rec=9916
vmm: host_read mem=m3 offset=0x1b000 rec=9916
vmm: host_read mem=m3 offset=0x1c000 rec=9916
vmm: host_read mem=m3 offset=0x1d000 rec=9916
vmm: host_read mem=m3 offset=0x1e000 rec=9916
vmm: host_read mem=m3 offset=0x1f000 rec=9916
vmm: host_read mem=m3 offset=0x20000 rec=9916
vmm: host_read mem=m3 offset=0x21000 rec=9916
vmm: host_read mem=m3 offset=0x22000 rec=9916
vmm: host_read mem=m3 offset=0x23000 rec=9916
vmm: host_read mem=m3 offset=0x24000 rec=9916
vmm: host_read mem=m3 offset=0x25000 rec=9916
vmm: host_read mem=m3 offset=0x26000 rec=9916
vmm: host_read mem=m3 offset=0x27000 rec=9916
vmm: host_read mem=m3 offset=0x28000 rec=9916
vmm: host_read mem=m3 offset=0x29000 rec=9916
vmm: host_read mem=m3 offset=0x2a000 rec=9916
vmm: host_read mem=m3 offset=0x2b000 rec=9916
vmm: host_read mem=m3 offset=0x2c000 rec=9916
vmm: host_read mem=m3 offset=0x2d000 rec=9916
vmm: host_read mem=m3 offset=0x2e000 rec=9916
vmm: host_read mem=m3 offset=0x2f000 rec=9916
vmm: host_read mem=m3 offset=0x30000 rec=9916
vmm: host_read mem=m3 offset=0x31000 rec=9916
vmm: host_read mem=m3 offset=0x32000 rec=9916
vmm: host_read mem=m3 offset=0x33000 rec=9916
vmm: host_read mem=m3 offset=0x34000 rec=9916
vmm: host_read mem=m3 offset=0x35000 rec=9916
vmm: host_read mem=m3 offset=0x36000 rec=9916
vmm: host_read mem=m3 offset=0x37000 rec=9916
vmm: host_read mem=m3 offset=0x38000 rec=9916
vmm: host_read mem=m3 offset=0x39000 rec=9916
vmm: host_read mem=m3 offset=0x3a000 rec=9916
vmm: host_read mem=m3 offset=0x3b000 rec=9916
vmm: host_read mem=m3 offset=0x3c000 rec=9916
vmm: host_read mem=m3 offset=0x3d000 rec=9916
vmm: host_read mem=m3 offset=0x3e000 rec=9916
vmm: host_read mem=m3 offset=0x3f000 rec=9916
vmm: host_read mem=m3 offset=0x40000 rec=9916
vmm: host_read mem=m3 offset=0x41000 rec=9916
vmm: host_read mem=m3 offset=0x42000 rec=9916
vmm: host_read mem=m3 offset=0x43000 rec=9916
vmm: host_read mem=m3 offset=0x44000 rec=9916
vmm: host_read mem=m3 offset=0x45000 rec=9916
vmm: host_read mem=m3 offset=0x46000 rec=9916
vmm: host_read mem=m3 offset=0x47000 rec=9916
vmm: host_read mem=m3 offset=0x48000 rec=9916
vmm: host_read mem=m3 offset=0x49000 rec=9916
vmm: host_read mem=m3 offset=0x4a000 rec=9916
vmm: host_read mem=m3 offset=0x4b000 rec=9916
vmm: host_read mem=m3 offset=0x4c000 rec=9916
vmm: host_read mem=m3 offset=0x4d000 rec=9916
vmm: host_read mem=m3 offset=0x4e000 rec=9916
vmm: host_read mem=m3 offset=0x4f000 rec=9916
vmm: host_read mem=m3 offset=0x50000 rec=9916
vmm: host_read mem=m3 offset=0x51000 rec=9916
vmm: host_read mem=m3 offset=0x52000 rec=9916
vmm: host_read mem=m3 offset=0x53000 rec=9916
vmm: host_read mem=m3 offset=0x54000 rec=9916
vmm: host_read mem=m3 offset=0x55000 rec=9916
vmm: host_read mem=m3 offset=0x56000 rec=9916
vmm: host_read mem=m3 offset=0x57000 rec=9916
vmm: host_read mem=m3 offset=0x58000 rec=9916
vmm: host_read mem=m3 offset=0x59000 rec=9916
vmm: host_read mem=m3 offset=0x5a000 rec=9916
vmm: host_read mem=m3 offset=0x5b000 rec=9916
vmm: host_read mem=m3 offset=0x5c000 rec=9916
vmm: host_read mem=m3 offset=0x5d000 rec=9916
vmm: host_read mem=m3 offset=0x5e000 rec=9916
vmm: host_read mem=m3 offset=0x5f000 rec=9916
vmm: host_read mem=m3 offset=0x60000 rec=9916
vmm: host_read mem=m3 offset=0x61000 rec=9916
vmm: host_read mem=m3 offset=0x62000 rec=9916
vmm: host_read mem=m3 offset=0x63000 rec=9916
vmm: host_read mem=m3 offset=0x64000 rec=9916
vmm: host_read mem=m3 offset=0x65000 rec=9916
vmm: host_read mem=m3 offset=0x66000 rec=9916
vmm: host_read mem=m3 offset=0x67000 rec=9916
vmm: host_read mem=m3 offset=0x68000 rec=9916
vmm: host_read mem=m3 offset=0x69000 rec=9916
vmm: host_read mem=m3 offset=0x6a000 rec=9916
vmm: host_read mem=m3 offset=0x6b000 rec=9916
vmm: host_read mem=m3 offset=0x6c000 rec=9916
vmm: host_read mem=m3 offset=0x6d000 rec=9916
vmm: host_read mem=m3 offset=0x6e000 rec=9916
vmm: host_read mem=m3 offset=0x6f000 rec=9916
vmm: host_read mem=m3 offset=0x70000 rec=9916
vmm: host_read mem=m3 offset=0x71000 rec=9916
vmm: host_read mem=m3 offset=0x72000 rec=9916
vmm: host_read mem=m3 offset=0x73000 rec=9916
vmm: host_read mem=m3 offset=0x74000 rec=9916
vmm: host_read mem=m3 offset=0x75000 rec=9916
vmm: host_read mem=m3 offset=0x76000 rec=9916
vmm: host_read mem=m3 offset=0x77000 rec=9916
vmm: host_read mem=m3 offset=0x78000 rec=9916
vmm: host_read mem=m3 offset=0x79000 rec=9916
vmm: host_read mem=m3 offset=0x7a000 rec=9916
vmm: host_read mem=m3 offset=0x7b000 rec=9916
vmm: host_read mem=m3 offset=0x7c000 rec=9916
vmm: host_read mem=m3 offset=0x7d000 rec=9916
vmm: host_read mem=m3 offset=0x7e000 rec=9916
vmm: host_read mem=m3 offset=0x7f000 rec=9916
vmm: host_read mem=m2 offset=0 rec=9917
vmm: host_read mem=m2 offset=0x1000 rec=9917
vmm: host_read mem=m2 offset=0x2000 rec=9917
vmm: host_read mem=m2 offset=0x3000 rec=9917
vmm: host_read mem=m2 offset=0x4000 rec=9917
vmm: host_read mem=m2 offset=0x5000 rec=9917
vmm: host_read mem=m2 offset=0x6000 rec=9917
vmm: host_read mem=m2 offset=0x7000 rec=9917
vmm: host_read mem=m2 offset=0x8000 rec=9917
vmm: host_read mem=m2 offset=0x9000 rec=9917
vmm: host_read mem=m2 offset=0xa000 rec=9917
vmm: host_read mem=m2 offset=0xb000 rec=9917
vmm: host_read mem=m2 offset=0xc000 rec=9917
vmm: host_read mem=m2 offset=0xd000 rec=9917
vmm: host_read mem=m2 offset=0xe000 rec=9917
vmm: host_read mem=m2 offset=0xf000 rec=9917
vmm: host_read mem=m2 offset=0x10000 rec=9917
vmm: host_read mem=m2 offset=0x11000 rec=9917
vmm: host_read mem=m2 offset=0x12000 rec=9917
vmm: host_read mem=m2 offset=0x13000 rec=9917
vmm: host_read mem=m2 offset=0x14000 rec=9917
vmm: host_read mem=m2 offset=0x15000 rec=9917
vmm: host_read mem=m2 offset=0x16000 rec=9917
vmm: host_read mem=m2 offset=0x17000 rec=9917
vmm: host_read mem=m2 offset=0x18000 rec=9917
vmm: host_read mem=m2 offset=0x19000 rec=9917
vmm: host_read mem=m2 offset=0x1a000 rec=9917
vmm: host_read mem=m2 offset=0x1b000 rec=9917
vmm: host_read mem=m2 offset=0x1c000 rec=9917
vmm: host_read mem=m2 offset=0x1d000 rec=9917
vmm: host_read mem=m2 offset=0x1e000 rec=9917
vmm: host_read mem=m2 offset=0x1f000 rec=9917
vmm: host_read mem=m2 offset=0x20000 rec=9917
vmm: host_read mem=m2 offset=0x21000 rec=9917
vmm: host_read mem=m2 offset=0x22000 rec=9917
vmm: host_read mem=m2 offset=0x23000 rec=9917
vmm: host_read mem=m2 offset=0x24000 rec=9917
vmm: host_read mem=m2 offset=0x25000 rec=9917
vmm: host_read mem=m2 offset=0x26000 rec=9917
vmm: host_read mem=m2 offset=0x27000 rec=9917
vmm: host_read mem=m2 offset=0x28000 rec=9917
vmm: host_read mem=m2 offset=0x29000 rec=9917
vmm: host_read mem=m2 offset=0x2a000 rec=9917
vmm: host_read mem=m2 offset=0x2b000 rec=9917
vmm: host_read mem=m2 offset=0x2c000 rec=9917
vmm: host_read mem=m2 offset=0x2d000 rec=9917
vmm: host_read mem=m2 offset=0x2e000 rec=9917
vmm: host_read mem=m2 offset=0x2f000 rec=9917
vmm: host_read mem=m2 offset=0x30000 rec=9917
vmm: host_read mem=m2 offset=0x31000 rec=9917
vmm: host_read mem=m2 offset=0x32000 rec=9917
vmm: host_read mem=m2 offset=0x33000 rec=9917
vmm: host_read mem=m2 offset=0x34000 rec=9917
vmm: host_read mem=m2 offset=0x35000 rec=9917
vmm: host_read mem=m2 offset=0x36000 rec=9917
vmm: host_read mem=m2 offset=0x37000 rec=9917
vmm: host_read mem=m2 offset=0x38000 rec=9917
vmm: host_read mem=m2 offset=0x39000 rec=9917
vmm: host_read mem=m2 offset=0x3a000 rec=9917
vmm: host_read mem=m2 offset=0x3b000 rec=9917
vmm: host_read mem=m2 offset=0x3c000 rec=9917
vmm: host_read mem=m2 offset=0x3d000 rec=9917
vmm: host_read mem=m2 offset=0x3e000 rec=9917
vmm: host_read mem=m2 offset=0x3f000 rec=9917
vmm: host_read mem=m2 offset=0x40000 rec=9917
vmm: host_read mem=m2 offset=0x41000 rec=9917
vmm: host_read mem=m2 offset=0x42000 rec=9917
vmm: host_read mem=m2 offset=0x43000 rec=9917
vmm: host_read mem=m2 offset=0x44000 rec=9917
vmm: host_read mem=m2 offset=0x45000 rec=9917
vmm: host_read mem=m2 offset=0x46000 rec=9917
vmm: host_read mem=m2 offset=0x47000 rec=9917
vmm: host_read mem=m2 offset=0x48000 rec=9917
vmm: host_read mem=m2 offset=0x49000 rec=9917
vmm: host_read mem=m2 offset=0x4a000 rec=9917
vmm: host_read mem=m2 offset=0x4b000 rec=9917
vmm: host_read mem=m2 offset=0x4c000 rec=9917
vmm: host_read mem=m2 offset=0x4d000 rec=9917
vmm: host_read mem=m2 offset=0x4e000 rec=9917
vmm: host_read mem=m2 offset=0x4f000 rec=9917
vmm: host_read mem=m2 offset=0x50000 rec=9917
vmm: host_read mem=m2 offset=0x51000 rec=9917
vmm: host_read mem=m2 offset=0x52000 rec=9917
vmm: host_read mem=m2 offset=0x53000 rec=9917
vmm: host_read mem=m2 offset=0x54000 rec=9917
vmm: host_read mem=m2 offset=0x55000 rec=9917
vmm: host_read mem=m2 offset=0x56000 rec=9917
vmm: host_read mem=m2 offset=0x57000 rec=9917
vmm: host_read mem=m2 offset=0x58000 rec=9917
vmm: host_read mem=m2 offset=0x59000 rec=9917
vmm: host_read mem=m2 offset=0x5a000 rec=9917
vmm: host_read mem=m2 offset=0x5b000 rec=9917
vmm: host_read mem=m2 offset=0x5c000 rec=9917
vmm: host_read mem=m2 offset=0x5d000 rec=9917
vmm: host_read mem=m2 offset=0x5e000 rec=9917
vmm: host_read mem=m2 offset=0x5f000 rec=9917
vmm: host_read mem=m2 offset=0x60000 rec=9917
vmm: host_read mem=m2 offset=0x61000 rec=9917
vmm: host_read mem=m2 offset=0x62000 rec=9917
vmm: host_read mem=m2 offset=0x63000 rec=9917
vmm: host_read mem=m2 offset=0x64000 rec=9917
vmm: host_read mem=m2 offset=0x65000 rec=9917
vmm: host_read mem=m2 offset=0x66000 rec=9917
vmm: host_read mem=m2 offset=0x67000 rec=9917
vmm: host_read mem=m2 offset=0x68000 rec=9917
vmm: host_read mem=m2 offset=0x69000 rec=9917
vmm: host_read mem=m2 offset=0x6a000 rec=9917
vmm: host_read mem=m2 offset=0x6b000 rec=9917
vmm: host_read mem=m2 offset=0x6c000 rec=9917
vmm: host_read mem=m2 offset=0x6d000 rec=9917
vmm: host_read mem=m2 offset=0x6e000 rec=9917
vmm: host_read mem=m2 offset=0x6f000 rec=9917
vmm: host_read mem=m2 offset=0x70000 rec=9917
vmm: host_read mem=m2 offset=0x71000 rec=9917
vmm: host_read mem=m2 offset=0x72000 rec=9917
vmm: host_read mem=m2 offset=0x73000 rec=9917
vmm: host_read mem=m2 offset=0x74000 rec=9917
vmm: host_read mem=m2 offset=0x75000 rec=9917
vmm: host_read mem=m2 offset=0x76000 rec=9917
vmm: host_read mem=m2 offset=0x77000 rec=9917
vmm: host_read mem=m2 offset=0x78000 rec=9917
vmm: host_read mem=m2 offset=0x79000 rec=9917
vmm: host_read mem=m2 offset=0x7a000 rec=9917
vmm: host_read mem=m2 offset=0x7b000 rec=9917
vmm: host_read mem=m2 offset=0x7c000 rec=9917
vmm: host_read mem=m2 offset=0x7d000 rec=9917
vmm: host_read mem=m2 offset=0x7e000 rec=9917
vmm: host_read mem=m2 offset=0x7f000 rec=9917
vmm: gmem_fallocate gmem=g0 offset=0 len=0x80000 mode=0x3 expect=0 rec=9918
vmm: host_read mem=m3 offset=0 rec=9919
vmm: host_read mem=m3 offset=0x1000 rec=9919
vmm: host_read mem=m3 offset=0x2000 rec=9919
vmm: host_read mem=m3 offset=0x3000 rec=9919
vmm: host_read mem=m3 offset=0x4000 rec=9919
vmm: host_read mem=m3 offset=0x5000 rec=9919
vmm: host_read mem=m3 offset=0x6000 rec=9919
vmm: host_read mem=m3 offset=0x7000 rec=9919
vmm: host_read mem=m3 offset=0x8000 rec=9919
vmm: host_read mem=m3 offset=0x9000 rec=9919
vmm: host_read mem=m3 offset=0xa000 rec=9919
vmm: host_read mem=m3 offset=0xb000 rec=9919
vmm: host_read mem=m3 offset=0xc000 rec=9919
vmm: host_read mem=m3 offset=0xd000 rec=9919
vmm: host_read mem=m3 offset=0xe000 rec=9919
vmm: host_read mem=m3 offset=0xf000 rec=9919
vmm: host_read mem=m3 offset=0x10000 rec=9919
vmm: host_read mem=m3 offset=0x11000 rec=9919
vmm: host_read mem=m3 offset=0x12000 rec=9919
vmm: host_read mem=m3 offset=0x13000 rec=9919
vmm: host_read mem=m3 offset=0x14000 rec=9919
vmm: host_read mem=m3 offset=0x15000 rec=9919
vmm: host_read mem=m3 offset=0x16000 rec=9919
vmm: host_read mem=m3 offset=0x17000 rec=9919
vmm: host_read mem=m3 offset=0x18000 rec=9919
vmm: host_read mem=m3 offset=0x19000 rec=9919
vmm: host_read mem=m3 offset=0x1a000 rec=9919
vmm: host_read mem=m3 offset=0x1b000 rec=9919
vmm: host_read mem=m3 offset=0x1c000 rec=9919
vmm: host_read mem=m3 offset=0x1d000 rec=9919
vmm: host_read mem=m3 offset=0x1e000 rec=9919
vmm: host_read mem=m3 offset=0x1f000 rec=9919
vmm: host_read mem=m3 offset=0x20000 rec=9919
vmm: host_read mem=m3 offset=0x21000 rec=9919
vmm: host_read mem=m3 offset=0x22000 rec=9919
vmm: host_read mem=m3 offset=0x23000 rec=9919
vmm: host_read mem=m3 offset=0x24000 rec=9919
vmm: host_read mem=m3 offset=0x25000 rec=9919
vmm: host_read mem=m3 offset=0x26000 rec=9919
vmm: host_read mem=m3 offset=0x27000 rec=9919
vmm: host_read mem=m3 offset=0x28000 rec=9919
vmm: host_read mem=m3 offset=0x29000 rec=9919
vmm: host_read mem=m3 offset=0x2a000 rec=9919
vmm: host_read mem=m3 offset=0x2b000 rec=9919
vmm: host_read mem=m3 offset=0x2c000 rec=9919
vmm: host_read mem=m3 offset=0x2d000 rec=9919
vmm: host_read mem=m3 offset=0x2e000 rec=9919
vmm: host_read mem=m3 offset=0x2f000 rec=9919
vmm: host_read mem=m3 offset=0x30000 rec=9919
vmm: host_read mem=m3 offset=0x31000 rec=9919
vmm: host_read mem=m3 offset=0x32000 rec=9919
vmm: host_read mem=m3 offset=0x33000 rec=9919
vmm: host_read mem=m3 offset=0x34000 rec=9919
vmm: host_read mem=m3 offset=0x35000 rec=9919
vmm: host_read mem=m3 offset=0x36000 rec=9919
vmm: host_read mem=m3 offset=0x37000 rec=9919
vmm: host_read mem=m3 offset=0x38000 rec=9919
vmm: host_read mem=m3 offset=0x39000 rec=9919
vmm: host_read mem=m3 offset=0x3a000 rec=9919
vmm: host_read mem=m3 offset=0x3b000 rec=9919
vmm: host_read mem=m3 offset=0x3c000 rec=9919
vmm: host_read mem=m3 offset=0x3d000 rec=9919
vmm: host_read mem=m3 offset=0x3e000 rec=9919
vmm: host_read mem=m3 offset=0x3f000 rec=9919
vmm: host_read mem=m3 offset=0x40000 rec=9919
vmm: host_read mem=m3 offset=0x41000 rec=9919
vmm: host_read mem=m3 offset=0x42000 rec=9919
vmm: host_read mem=m3 offset=0x43000 rec=9919
vmm: host_read mem=m3 offset=0x44000 rec=9919
vmm: host_read mem=m3 offset=0x45000 rec=9919
vmm: host_read mem=m3 offset=0x46000 rec=9919
vmm: host_read mem=m3 offset=0x47000 rec=9919
vmm: host_read mem=m3 offset=0x48000 rec=9919
vmm: host_read mem=m3 offset=0x49000 rec=9919
vmm: host_read mem=m3 offset=0x4a000 rec=9919
vmm: host_read mem=m3 offset=0x4b000 rec=9919
vmm: host_read mem=m3 offset=0x4c000 rec=9919
vmm: host_read mem=m3 offset=0x4d000 rec=9919
vmm: host_read mem=m3 offset=0x4e000 rec=9919
vmm: host_read mem=m3 offset=0x4f000 rec=9919
vmm: host_read mem=m3 offset=0x50000 rec=9919
vmm: host_read mem=m3 offset=0x51000 rec=9919
vmm: host_read mem=m3 offset=0x52000 rec=9919
vmm: host_read mem=m3 offset=0x53000 rec=9919
vmm: host_read mem=m3 offset=0x54000 rec=9919
vmm: host_read mem=m3 offset=0x55000 rec=9919
vmm: host_read mem=m3 offset=0x56000 rec=9919
vmm: host_read mem=m3 offset=0x57000 rec=9919
vmm: host_read mem=m3 offset=0x58000 rec=9919
vmm: host_read mem=m3 offset=0x59000 rec=9919
vmm: host_read mem=m3 offset=0x5a000 rec=9919
vmm: host_read mem=m3 offset=0x5b000 rec=9919
vmm: host_read mem=m3 offset=0x5c000 rec=9919
vmm: host_read mem=m3 offset=0x5d000 rec=9919
vmm: host_read mem=m3 offset=0x5e000 rec=9919
vmm: host_read mem=m3 offset=0x5f000 rec=9919
vmm: host_read mem=m3 offset=0x60000 rec=9919
vmm: host_read mem=m3 offset=0x61000 rec=9919
vmm: host_read mem=m3 offset=0x62000 rec=9919
vmm: host_read mem=m3 offset=0x63000 rec=9919
vmm: host_read mem=m3 offset=0x64000 rec=9919
vmm: host_read mem=m3 offset=0x65000 rec=9919
vmm: host_read mem=m3 offset=0x66000 rec=9919
vmm: host_read mem=m3 offset=0x67000 rec=9919
vmm: host_read mem=m3 offset=0x68000 rec=9919
vmm: host_read mem=m3 offset=0x69000 rec=9919
vmm: host_read mem=m3 offset=0x6a000 rec=9919
vmm: host_read mem=m3 offset=0x6b000 rec=9919
vmm: host_read mem=m3 offset=0x6c000 rec=9919
vmm: host_read mem=m3 offset=0x6d000 rec=9919
vmm: host_read mem=m3 offset=0x6e000 rec=9919
vmm: host_read mem=m3 offset=0x6f000 rec=9919
vmm: host_read mem=m3 offset=0x70000 rec=9919
vmm: host_read mem=m3 offset=0x71000 rec=9919
vmm: host_read mem=m3 offset=0x72000 rec=9919
vmm: host_read mem=m3 offset=0x73000 rec=9919
vmm: host_read mem=m3 offset=0x74000 rec=9919
vmm: host_read mem=m3 offset=0x75000 rec=9919
vmm: host_read mem=m3 offset=0x76000 rec=9919
vmm: host_read mem=m3 offset=0x77000 rec=9919
vmm: host_read mem=m3 offset=0x78000 rec=9919
vmm: host_read mem=m3 offset=0x79000 rec=9919
vmm: host_read mem=m3 offset=0x7a000 rec=9919
vmm: host_read mem=m3 offset=0x7b000 rec=9919
vmm: host_read mem=m3 offset=0x7c000 rec=9919
vmm: host_read mem=m3 offset=0x7d000 rec=9919
vmm: host_read mem=m3 offset=0x7e000 rec=9919
vmm: host_read mem=m3 offset=0x7f000 rec=9919
vmm: host_read mem=m2 offset=0 rec=9920
vmm: host_read mem=m2 offset=0x1000 rec=9920
vmm: host_read mem=m2 offset=0x2000 rec=9920
vmm: host_read mem=m2 offset=0x3000 rec=9920
vmm: host_read mem=m2 offset=0x4000 rec=9920
vmm: host_read mem=m2 offset=0x5000 rec=9920
vmm: host_read mem=m2 offset=0x6000 rec=9920
vmm: host_read mem=m2 offset=0x7000 rec=9920
vmm: host_read mem=m2 offset=0x8000 rec=9920
vmm: host_read mem=m2 offset=0x9000 rec=9920
vmm: host_read mem=m2 offset=0xa000 rec=9920
vmm: host_read mem=m2 offset=0xb000 rec=9920
vmm: host_read mem=m2 offset=0xc000 rec=9920
vmm: host_read mem=m2 offset=0xd000 rec=9920
vmm: host_read mem=m2 offset=0xe000 rec=9920
vmm: host_read mem=m2 offset=0xf000 rec=9920
vmm: host_read mem=m2 offset=0x10000 rec=9920
vmm: host_read mem=m2 offset=0x11000 rec=9920
vmm: host_read mem=m2 offset=0x12000 rec=9920
vmm: host_read mem=m2 offset=0x13000 rec=9920
vmm: host_read mem=m2 offset=0x14000 rec=9920
vmm: host_read mem=m2 offset=0x15000 rec=9920
vmm: host_read mem=m2 offset=0x16000 rec=9920
vmm: host_read mem=m2 offset=0x17000 rec=9920
vmm: host_read mem=m2 offset=0x18000 rec=9920
vmm: host_read mem=m2 offset=0x19000 rec=9920
vmm: host_read mem=m2 offset=0x1a000 rec=9920
vmm: host_read mem=m2 offset=0x1b000 rec=9920
vmm: host_read mem=m2 offset=0x1c000 rec=9920
vmm: host_read mem=m2 offset=0x1d000 rec=9920
vmm: host_read mem=m2 offset=0x1e000 rec=9920
vmm: host_read mem=m2 offset=0x1f000 rec=9920
vmm: host_read mem=m2 offset=0x20000 rec=9920
vmm: host_read mem=m2 offset=0x21000 rec=9920
vmm: host_read mem=m2 offset=0x22000 rec=9920
vmm: host_read mem=m2 offset=0x23000 rec=9920
vmm: host_read mem=m2 offset=0x24000 rec=9920
vmm: host_read mem=m2 offset=0x25000 rec=9920
vmm: host_read mem=m2 offset=0x26000 rec=9920
vmm: host_read mem=m2 offset=0x27000 rec=9920
vmm: host_read mem=m2 offset=0x28000 rec=9920
vmm: host_read mem=m2 offset=0x29000 rec=9920
vmm: host_read mem=m2 offset=0x2a000 rec=9920
vmm: host_read mem=m2 offset=0x2b000 rec=9920
vmm: host_read mem=m2 offset=0x2c000 rec=9920
vmm: host_read mem=m2 offset=0x2d000 rec=9920
vmm: host_read mem=m2 offset=0x2e000 rec=9920
vmm: host_read mem=m2 offset=0x2f000 rec=9920
vmm: host_read mem=m2 offset=0x30000 rec=9920
vmm: host_read mem=m2 offset=0x31000 rec=9920
vmm: host_read mem=m2 offset=0x32000 rec=9920
vmm: host_read mem=m2 offset=0x33000 rec=9920
vmm: host_read mem=m2 offset=0x34000 rec=9920
vmm: host_read mem=m2 offset=0x35000 rec=9920
vmm: host_read mem=m2 offset=0x36000 rec=9920
vmm: host_read mem=m2 offset=0x37000 rec=9920
vmm: host_read mem=m2 offset=0x38000 rec=9920
vmm: host_read mem=m2 offset=0x39000 rec=9920
vmm: host_read mem=m2 offset=0x3a000 rec=9920
vmm: host_read mem=m2 offset=0x3b000 rec=9920
vmm: host_read mem=m2 offset=0x3c000 rec=9920
vmm: host_read mem=m2 offset=0x3d000 rec=9920
vmm: host_read mem=m2 offset=0x3e000 rec=9920
vmm: host_read mem=m2 offset=0x3f000 rec=9920
vmm: host_read mem=m2 offset=0x40000 rec=9920
vmm: host_read mem=m2 offset=0x41000 rec=9920
vmm: host_read mem=m2 offset=0x42000 rec=9920
vmm: host_read mem=m2 offset=0x43000 rec=9920
vmm: host_read mem=m2 offset=0x44000 rec=9920
vmm: host_read mem=m2 offset=0x45000 rec=9920
vmm: host_read mem=m2 offset=0x46000 rec=9920
vmm: host_read mem=m2 offset=0x47000 rec=9920
vmm: host_read mem=m2 offset=0x48000 rec=9920
vmm: host_read mem=m2 offset=0x49000 rec=9920
vmm: host_read mem=m2 offset=0x4a000 rec=9920
vmm: host_read mem=m2 offset=0x4b000 rec=9920
vmm: host_read mem=m2 offset=0x4c000 rec=9920
vmm: host_read mem=m2 offset=0x4d000 rec=9920
vmm: host_read mem=m2 offset=0x4e000 rec=9920
vmm: host_read mem=m2 offset=0x4f000 rec=9920
vmm: host_read mem=m2 offset=0x50000 rec=9920
vmm: host_read mem=m2 offset=0x51000 rec=9920
vmm: host_read mem=m2 offset=0x52000 rec=9920
vmm: host_read mem=m2 offset=0x53000 rec=9920
vmm: host_read mem=m2 offset=0x54000 rec=9920
vmm: host_read mem=m2 offset=0x55000 rec=9920
vmm: host_read mem=m2 offset=0x56000 rec=9920
vmm: host_read mem=m2 offset=0x57000 rec=9920
vmm: host_read mem=m2 offset=0x58000 rec=9920
vmm: host_read mem=m2 offset=0x59000 rec=9920
vmm: host_read mem=m2 offset=0x5a000 rec=9920
vmm: host_read mem=m2 offset=0x5b000 rec=9920
vmm: host_read mem=m2 offset=0x5c000 rec=9920
vmm: host_read mem=m2 offset=0x5d000 rec=9920
vmm: host_read mem=m2 offset=0x5e000 rec=9920
vmm: host_read mem=m2 offset=0x5f000 rec=9920
vmm: host_read mem=m2 offset=0x60000 rec=9920
vmm: host_read mem=m2 offset=0x61000 rec=9920
vmm: host_read mem=m2 offset=0x62000 rec=9920
vmm: host_read mem=m2 offset=0x63000 rec=9920
vmm: host_read mem=m2 offset=0x64000 rec=9920
vmm: host_read mem=m2 offset=0x65000 rec=9920
vmm: host_read mem=m2 offset=0x66000 rec=9920
vmm: host_read mem=m2 offset=0x67000 rec=9920
vmm: host_read mem=m2 offset=0x68000 rec=9920
vmm: host_read mem=m2 offset=0x69000 rec=9920
vmm: host_read mem=m2 offset=0x6a000 rec=9920
vmm: host_read mem=m2 offset=0x6b000 rec=9920
vmm: host_read mem=m2 offset=0x6c000 rec=9920
vmm: host_read mem=m2 offset=0x6d000 rec=9920
vmm: host_read mem=m2 offset=0x6e000 rec=9920
vmm: host_read mem=m2 offset=0x6f000 rec=9920
vmm: host_read mem=m2 offset=0x70000 rec=9920
vmm: host_read mem=m2 offset=0x71000 rec=9920
vmm: host_read mem=m2 offset=0x72000 rec=9920
vmm: host_read mem=m2 offset=0x73000 rec=9920
vmm: host_read mem=m2 offset=0x74000 rec=9920
vmm: host_read mem=m2 offset=0x75000 rec=9920
vmm: host_read mem=m2 offset=0x76000 rec=9920
vmm: host_read mem=m2 offset=0x77000 rec=9920
vmm: host_read mem=m2 offset=0x78000 rec=9920
vmm: host_read mem=m2 offset=0x79000 rec=9920
vmm: host_read mem=m2 offset=0x7a000 rec=9920
vmm: host_read mem=m2 offset=0x7b000 rec=9920
vmm: host_read mem=m2 offset=0x7c000 rec=9920
vmm: host_read mem=m2 offset=0x7d000 rec=9920
vmm: host_read mem=m2 offset=0x7e000 rec=9920
vmm: host_read mem=m2 offset=0x7f000 rec=9920
vmm: set_memory_region slot=2 as=0 gpa=0x800000 size=0x80000 hva=0x7f482afa0000 gmem=g0 gmem_offset=0 flags=0x4 expect=0 rec=9921
vmm: host_read mem=m3 offset=0 rec=9922
vmm: host_read mem=m3 offset=0x1000 rec=9922
vmm: host_read mem=m3 offset=0x2000 rec=9922
vmm: host_read mem=m3 offset=0x3000 rec=9922
vmm: host_read mem=m3 offset=0x4000 rec=9922
vmm: host_read mem=m3 offset=0x5000 rec=9922
vmm: host_read mem=m3 offset=0x6000 rec=9922
vmm: host_read mem=m3 offset=0x7000 rec=9922
vmm: host_read mem=m3 offset=0x8000 rec=9922
vmm: host_read mem=m3 offset=0x9000 rec=9922
vmm: host_read mem=m3 offset=0xa000 rec=9922
vmm: host_read mem=m3 offset=0xb000 rec=9922
vmm: host_read mem=m3 offset=0xc000 rec=9922
vmm: host_read mem=m3 offset=0xd000 rec=9922
vmm: host_read mem=m3 offset=0xe000 rec=9922
vmm: host_read mem=m3 offset=0xf000 rec=9922
vmm: host_read mem=m3 offset=0x10000 rec=9922
vmm: host_read mem=m3 offset=0x11000 rec=9922
vmm: host_read mem=m3 offset=0x12000 rec=9922
vmm: host_read mem=m3 offset=0x13000 rec=9922
vmm: host_read mem=m3 offset=0x14000 rec=9922
vmm: host_read mem=m3 offset=0x15000 rec=9922
vmm: host_read mem=m3 offset=0x16000 rec=9922
vmm: host_read mem=m3 offset=0x17000 rec=9922
vmm: host_read mem=m3 offset=0x18000 rec=9922
vmm: host_read mem=m3 offset=0x19000 rec=9922
vmm: host_read mem=m3 offset=0x1a000 rec=9922
vmm: host_read mem=m3 offset=0x1b000 rec=9922
vmm: host_read mem=m3 offset=0x1c000 rec=9922
vmm: host_read mem=m3 offset=0x1d000 rec=9922
vmm: host_read mem=m3 offset=0x1e000 rec=9922
vmm: host_read mem=m3 offset=0x1f000 rec=9922
vmm: host_read mem=m3 offset=0x20000 rec=9922
vmm: host_read mem=m3 offset=0x21000 rec=9922
vmm: host_read mem=m3 offset=0x22000 rec=9922
vmm: host_read mem=m3 offset=0x23000 rec=9922
vmm: host_read mem=m3 offset=0x24000 rec=9922
vmm: host_read mem=m3 offset=0x25000 rec=9922
vmm: host_read mem=m3 offset=0x26000 rec=9922
vmm: host_read mem=m3 offset=0x27000 rec=9922
vmm: host_read mem=m3 offset=0x28000 rec=9922
vmm: host_read mem=m3 offset=0x29000 rec=9922
vmm: host_read mem=m3 offset=0x2a000 rec=9922
vmm: host_read mem=m3 offset=0x2b000 rec=9922
vmm: host_read mem=m3 offset=0x2c000 rec=9922
vmm: host_read mem=m3 offset=0x2d000 rec=9922
vmm: host_read mem=m3 offset=0x2e000 rec=9922
vmm: host_read mem=m3 offset=0x2f000 rec=9922
vmm: host_read mem=m3 offset=0x30000 rec=9922
vmm: host_read mem=m3 offset=0x31000 rec=9922
vmm: host_read mem=m3 offset=0x32000 rec=9922
vmm: host_read mem=m3 offset=0x33000 rec=9922
vmm: host_read mem=m3 offset=0x34000 rec=9922
vmm: host_read mem=m3 offset=0x35000 rec=9922
vmm: host_read mem=m3 offset=0x36000 rec=9922
vmm: host_read mem=m3 offset=0x37000 rec=9922
vmm: host_read mem=m3 offset=0x38000 rec=9922
vmm: host_read mem=m3 offset=0x39000 rec=9922
vmm: host_read mem=m3 offset=0x3a000 rec=9922
vmm: host_read mem=m3 offset=0x3b000 rec=9922
vmm: host_read mem=m3 offset=0x3c000 rec=9922
vmm: host_read mem=m3 offset=0x3d000 rec=9922
vmm: host_read mem=m3 offset=0x3e000 rec=9922
vmm: host_read mem=m3 offset=0x3f000 rec=9922
vmm: host_read mem=m3 offset=0x40000 rec=9922
vmm: host_read mem=m3 offset=0x41000 rec=9922
vmm: host_read mem=m3 offset=0x42000 rec=9922
vmm: host_read mem=m3 offset=0x43000 rec=9922
vmm: host_read mem=m3 offset=0x44000 rec=9922
vmm: host_read mem=m3 offset=0x45000 rec=9922
vmm: host_read mem=m3 offset=0x46000 rec=9922
vmm: host_read mem=m3 offset=0x47000 rec=9922
vmm: host_read mem=m3 offset=0x48000 rec=9922
vmm: host_read mem=m3 offset=0x49000 rec=9922
vmm: host_read mem=m3 offset=0x4a000 rec=9922
vmm: host_read mem=m3 offset=0x4b000 rec=9922
vmm: host_read mem=m3 offset=0x4c000 rec=9922
vmm: host_read mem=m3 offset=0x4d000 rec=9922
vmm: host_read mem=m3 offset=0x4e000 rec=9922
vmm: host_read mem=m3 offset=0x4f000 rec=9922
vmm: host_read mem=m3 offset=0x50000 rec=9922
vmm: host_read mem=m3 offset=0x51000 rec=9922
vmm: host_read mem=m3 offset=0x52000 rec=9922
vmm: host_read mem=m3 offset=0x53000 rec=9922
vmm: host_read mem=m3 offset=0x54000 rec=9922
vmm: host_read mem=m3 offset=0x55000 rec=9922
vmm: host_read mem=m3 offset=0x56000 rec=9922
vmm: host_read mem=m3 offset=0x57000 rec=9922
vmm: host_read mem=m3 offset=0x58000 rec=9922
vmm: host_read mem=m3 offset=0x59000 rec=9922
vmm: host_read mem=m3 offset=0x5a000 rec=9922
vmm: host_read mem=m3 offset=0x5b000 rec=9922
vmm: host_read mem=m3 offset=0x5c000 rec=9922
vmm: host_read mem=m3 offset=0x5d000 rec=9922
vmm: host_read mem=m3 offset=0x5e000 rec=9922
vmm: host_read mem=m3 offset=0x5f000 rec=9922
vmm: host_read mem=m3 offset=0x60000 rec=9922
vmm: host_read mem=m3 offset=0x61000 rec=9922
vmm: host_read mem=m3 offset=0x62000 rec=9922
vmm: host_read mem=m3 offset=0x63000 rec=9922
vmm: host_read mem=m3 offset=0x64000 rec=9922
vmm: host_read mem=m3 offset=0x65000 rec=9922
vmm: host_read mem=m3 offset=0x66000 rec=9922
vmm: host_read mem=m3 offset=0x67000 rec=9922
vmm: host_read mem=m3 offset=0x68000 rec=9922
vmm: host_read mem=m3 offset=0x69000 rec=9922
vmm: host_read mem=m3 offset=0x6a000 rec=9922
vmm: host_read mem=m3 offset=0x6b000 rec=9922
vmm: host_read mem=m3 offset=0x6c000 rec=9922
vmm: host_read mem=m3 offset=0x6d000 rec=9922
vmm: host_read mem=m3 offset=0x6e000 rec=9922
vmm: host_read mem=m3 offset=0x6f000 rec=9922
vmm: host_read mem=m3 offset=0x70000 rec=9922
vmm: host_read mem=m3 offset=0x71000 rec=9922
vmm: host_read mem=m3 offset=0x72000 rec=9922
vmm: host_read mem=m3 offset=0x73000 rec=9922
vmm: host_read mem=m3 offset=0x74000 rec=9922
vmm: host_read mem=m3 offset=0x75000 rec=9922
vmm: host_read mem=m3 offset=0x76000 rec=9922
vmm: host_read mem=m3 offset=0x77000 rec=9922
vmm: host_read mem=m3 offset=0x78000 rec=9922
vmm: host_read mem=m3 offset=0x79000 rec=9922
vmm: host_read mem=m3 offset=0x7a000 rec=9922
vmm: host_read mem=m3 offset=0x7b000 rec=9922
vmm: host_read mem=m3 offset=0x7c000 rec=9922
vmm: host_read mem=m3 offset=0x7d000 rec=9922
vmm: host_read mem=m3 offset=0x7e000 rec=9922
vmm: host_read mem=m3 offset=0x7f000 rec=9922
vmm: host_read mem=m2 offset=0 rec=9923
vmm: host_read mem=m2 offset=0x1000 rec=9923
vmm: host_read mem=m2 offset=0x2000 rec=9923
vmm: host_read mem=m2 offset=0x3000 rec=9923
vmm: host_read mem=m2 offset=0x4000 rec=9923
vmm: host_read mem=m2 offset=0x5000 rec=9923
vmm: host_read mem=m2 offset=0x6000 rec=9923
vmm: host_read mem=m2 offset=0x7000 rec=9923
vmm: host_read mem=m2 offset=0x8000 rec=9923
vmm: host_read mem=m2 offset=0x9000 rec=9923
vmm: host_read mem=m2 offset=0xa000 rec=9923
vmm: host_read mem=m2 offset=0xb000 rec=9923
vmm: host_read mem=m2 offset=0xc000 rec=9923
vmm: host_read mem=m2 offset=0xd000 rec=9923
vmm: host_read mem=m2 offset=0xe000 rec=9923
vmm: host_read mem=m2 offset=0xf000 rec=9923
vmm: host_read mem=m2 offset=0x10000 rec=9923
vmm: host_read mem=m2 offset=0x11000 rec=9923
vmm: host_read mem=m2 offset=0x12000 rec=9923
vmm: host_read mem=m2 offset=0x13000 rec=9923
vmm: host_read mem=m2 offset=0x14000 rec=9923
vmm: host_read mem=m2 offset=0x15000 rec=9923
vmm: host_read mem=m2 offset=0x16000 rec=9923
vmm: host_read mem=m2 offset=0x17000 rec=9923
vmm: host_read mem=m2 offset=0x18000 rec=9923
vmm: host_read mem=m2 offset=0x19000 rec=9923
vmm: host_read mem=m2 offset=0x1a000 rec=9923
vmm: host_read mem=m2 offset=0x1b000 rec=9923
vmm: host_read mem=m2 offset=0x1c000 rec=9923
vmm: host_read mem=m2 offset=0x1d000 rec=9923
vmm: host_read mem=m2 offset=0x1e000 rec=9923
vmm: host_read mem=m2 offset=0x1f000 rec=9923
vmm: host_read mem=m2 offset=0x20000 rec=9923
vmm: host_read mem=m2 offset=0x21000 rec=9923
vmm: host_read mem=m2 offset=0x22000 rec=9923
vmm: host_read mem=m2 offset=0x23000 rec=9923
vmm: host_read mem=m2 offset=0x24000 rec=9923
vmm: host_read mem=m2 offset=0x25000 rec=9923
vmm: host_read mem=m2 offset=0x26000 rec=9923
vmm: host_read mem=m2 offset=0x27000 rec=9923
vmm: host_read mem=m2 offset=0x28000 rec=9923
vmm: host_read mem=m2 offset=0x29000 rec=9923
vmm: host_read mem=m2 offset=0x2a000 rec=9923
vmm: host_read mem=m2 offset=0x2b000 rec=9923
vmm: host_read mem=m2 offset=0x2c000 rec=9923
vmm: host_read mem=m2 offset=0x2d000 rec=9923
vmm: host_read mem=m2 offset=0x2e000 rec=9923
vmm: host_read mem=m2 offset=0x2f000 rec=9923
vmm: host_read mem=m2 offset=0x30000 rec=9923
vmm: host_read mem=m2 offset=0x31000 rec=9923
vmm: host_read mem=m2 offset=0x32000 rec=9923
vmm: host_read mem=m2 offset=0x33000 rec=9923
vmm: host_read mem=m2 offset=0x34000 rec=9923
vmm: host_read mem=m2 offset=0x35000 rec=9923
vmm: host_read mem=m2 offset=0x36000 rec=9923
vmm: host_read mem=m2 offset=0x37000 rec=9923
vmm: host_read mem=m2 offset=0x38000 rec=9923
vmm: host_read mem=m2 offset=0x39000 rec=9923
vmm: host_read mem=m2 offset=0x3a000 rec=9923
vmm: host_read mem=m2 offset=0x3b000 rec=9923
vmm: host_read mem=m2 offset=0x3c000 rec=9923
vmm: host_read mem=m2 offset=0x3d000 rec=9923
vmm: host_read mem=m2 offset=0x3e000 rec=9923
vmm: host_read mem=m2 offset=0x3f000 rec=9923
vmm: host_read mem=m2 offset=0x40000 rec=9923
vmm: host_read mem=m2 offset=0x41000 rec=9923
vmm: host_read mem=m2 offset=0x42000 rec=9923
vmm: host_read mem=m2 offset=0x43000 rec=9923
vmm: host_read mem=m2 offset=0x44000 rec=9923
vmm: host_read mem=m2 offset=0x45000 rec=9923
vmm: host_read mem=m2 offset=0x46000 rec=9923
vmm: host_read mem=m2 offset=0x47000 rec=9923
vmm: host_read mem=m2 offset=0x48000 rec=9923
vmm: host_read mem=m2 offset=0x49000 rec=9923
vmm: host_read mem=m2 offset=0x4a000 rec=9923
vmm: host_read mem=m2 offset=0x4b000 rec=9923
vmm: host_read mem=m2 offset=0x4c000 rec=9923
vmm: host_read mem=m2 offset=0x4d000 rec=9923
vmm: host_read mem=m2 offset=0x4e000 rec=9923
vmm: host_read mem=m2 offset=0x4f000 rec=9923
vmm: host_read mem=m2 offset=0x50000 rec=9923
vmm: host_read mem=m2 offset=0x51000 rec=9923
vmm: host_read mem=m2 offset=0x52000 rec=9923
vmm: host_read mem=m2 offset=0x53000 rec=9923
vmm: host_read mem=m2 offset=0x54000 rec=9923
vmm: host_read mem=m2 offset=0x55000 rec=9923
vmm: host_read mem=m2 offset=0x56000 rec=9923
vmm: host_read mem=m2 offset=0x57000 rec=9923
vmm: host_read mem=m2 offset=0x58000 rec=9923
vmm: host_read mem=m2 offset=0x59000 rec=9923
vmm: host_read mem=m2 offset=0x5a000 rec=9923
vmm: host_read mem=m2 offset=0x5b000 rec=9923
vmm: host_read mem=m2 offset=0x5c000 rec=9923
vmm: host_read mem=m2 offset=0x5d000 rec=9923
vmm: host_read mem=m2 offset=0x5e000 rec=9923
vmm: host_read mem=m2 offset=0x5f000 rec=9923
vmm: host_read mem=m2 offset=0x60000 rec=9923
vmm: host_read mem=m2 offset=0x61000 rec=9923
vmm: host_read mem=m2 offset=0x62000 rec=9923
vmm: host_read mem=m2 offset=0x63000 rec=9923
vmm: host_read mem=m2 offset=0x64000 rec=9923
vmm: host_read mem=m2 offset=0x65000 rec=9923
vmm: host_read mem=m2 offset=0x66000 rec=9923
vmm: host_read mem=m2 offset=0x67000 rec=9923
vmm: host_read mem=m2 offset=0x68000 rec=9923
vmm: host_read mem=m2 offset=0x69000 rec=9923
vmm: host_read mem=m2 offset=0x6a000 rec=9923
vmm: host_read mem=m2 offset=0x6b000 rec=9923
vmm: host_read mem=m2 offset=0x6c000 rec=9923
vmm: host_read mem=m2 offset=0x6d000 rec=9923
vmm: host_read mem=m2 offset=0x6e000 rec=9923
vmm: host_read mem=m2 offset=0x6f000 rec=9923
vmm: host_read mem=m2 offset=0x70000 rec=9923
vmm: host_read mem=m2 offset=0x71000 rec=9923
vmm: host_read mem=m2 offset=0x72000 rec=9923
vmm: host_read mem=m2 offset=0x73000 rec=9923
vmm: host_read mem=m2 offset=0x74000 rec=9923
vmm: host_read mem=m2 offset=0x75000 rec=9923
vmm: host_read mem=m2 offset=0x76000 rec=9923
vmm: host_read mem=m2 offset=0x77000 rec=9923
vmm: host_read mem=m2 offset=0x78000 rec=9923
vmm: host_read mem=m2 offset=0x79000 rec=9923
vmm: host_read mem=m2 offset=0x7a000 rec=9923
vmm: host_read mem=m2 offset=0x7b000 rec=9923
vmm: host_read mem=m2 offset=0x7c000 rec=9923
vmm: host_read mem=m2 offset=0x7d000 rec=9923
vmm: host_read mem=m2 offset=0x7e000 rec=9923
vmm: host_read mem=m2 offset=0x7f000 rec=9923
barrier
vcpu0: exec gpa=0x12036 paging sptes=0x5 expect=fault rec=9924	# walk at line 9928
vcpu0: write gpa=0x400000 sptes=0xff expect=fault rec=9924	# walk at line 9939
vcpu0: write gpa=0x20018 paging sptes=0x1 expect=fault rec=9924	# walk at line 9954
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=9924	# walk at line 9961
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=9924	# walk at line 9973
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=9924	# walk at line 9978
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=9924	# walk at line 9983
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=9924	# walk at line 9988
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=9924	# walk at line 9993
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=9924	# walk at line 9998
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=9924	# walk at line 10003
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=9924	# walk at line 10008
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=9924	# walk at line 10013
barrier
vmm: host_read mem=m3 offset=0 rec=10027
vmm: host_read mem=m3 offset=0x1000 rec=10027
vmm: host_read mem=m3 offset=0x2000 rec=10027
vmm: host_read mem=m3 offset=0x3000 rec=10027
vmm: host_read mem=m3 offset=0x4000 rec=10027
vmm: host_read mem=m3 offset=0x5000 rec=10027
vmm: host_read mem=m3 offset=0x6000 rec=10027
vmm: host_read mem=m3 offset=0x7000 rec=10027
vmm: host_read mem=m3 offset=0x8000 rec=10027
vmm: host_read mem=m3 offset=0x9000 rec=10027
vmm: host_read mem=m3 offset=0xa000 rec=10027
vmm: host_read mem=m3 offset=0xb000 rec=10027
vmm: host_read mem=m3 offset=0xc000 rec=10027
vmm: host_read mem=m3 offset=0xd000 rec=10027
vmm: host_read mem=m3 offset=0xe000 rec=10027
vmm: host_read mem=m3 offset=0xf000 rec=10027
vmm: host_read mem=m3 offset=0x10000 rec=10027
vmm: host_read mem=m3 offset=0x11000 rec=10027
vmm: host_read mem=m3 offset=0x12000 rec=10027
vmm: host_read mem=m3 offset=0x13000 rec=10027
vmm: host_read mem=m3 offset=0x14000 rec=10027
vmm: host_read mem=m3 offset=0x15000 rec=10027
vmm: host_read mem=m3 offset=0x16000 rec=10027
vmm: host_read mem=m3 offset=0x17000 rec=10027
vmm: host_read mem=m3 offset=0x18000 rec=10027
vmm: host_read mem=m3 offset=0x19000 rec=10027
vmm: host_read mem=m3 offset=0x1a000 rec=10027
vmm: host_read mem=m3 offset=0x1b000 rec=10027
vmm: host_read mem=m3 offset=0x1c000 rec=10027
vmm: host_read mem=m3 offset=0x1d000 rec=10027
vmm: host_read mem=m3 offset=0x1e000 rec=10027
vmm: host_read mem=m3 offset=0x1f000 rec=10027
vmm: host_read mem=m3 offset=0x20000 rec=10027
vmm: host_read mem=m3 offset=0x21000 rec=10027
vmm: host_read mem=m3 offset=0x22000 rec=10027
vmm: host_read mem=m3 offset=0x23000 rec=10027
vmm: host_read mem=m3 offset=0x24000 rec=10027
vmm: host_read mem=m3 offset=0x25000 rec=10027
vmm: host_read mem=m3 offset=0x26000 rec=10027
vmm: host_read mem=m3 offset=0x27000 rec=10027
vmm: host_read mem=m3 offset=0x28000 rec=10027
vmm: host_read mem=m3 offset=0x29000 rec=10027
vmm: host_read mem=m3 offset=0x2a000 rec=10027
vmm: host_read mem=m3 offset=0x2b000 rec=10027
vmm: host_read mem=m3 offset=0x2c000 rec=10027
vmm: host_read mem=m3 offset=0x2d000 rec=10027
vmm: host_read mem=m3 offset=0x2e000 rec=10027
vmm: host_read mem=m3 offset=0x2f000 rec=10027
vmm: host_read mem=m3 offset=0x30000 rec=10027
vmm: host_read mem=m3 offset=0x31000 rec=10027
vmm: host_read mem=m3 offset=0x32000 rec=10027
vmm: host_read mem=m3 offset=0x33000 rec=10027
vmm: host_read mem=m3 offset=0x34000 rec=10027
vmm: host_read mem=m3 offset=0x35000 rec=10027
vmm: host_read mem=m3 offset=0x36000 rec=10027
vmm: host_read mem=m3 offset=0x37000 rec=10027
vmm: host_read mem=m3 offset=0x38000 rec=10027
vmm: host_read mem=m3 offset=0x39000 rec=10027
vmm: host_read mem=m3 offset=0x3a000 rec=10027
vmm: host_read mem=m3 offset=0x3b000 rec=10027
vmm: host_read mem=m3 offset=0x3c000 rec=10027
vmm: host_read mem=m3 offset=0x3d000 rec=10027
vmm: host_read mem=m3 offset=0x3e000 rec=10027
vmm: host_read mem=m3 offset=0x3f000 rec=10027
vmm: host_read mem=m3 offset=0x40000 rec=10027
vmm: host_read mem=m3 offset=0x41000 rec=10027
vmm: host_read mem=m3 offset=0x42000 rec=10027
vmm: host_read mem=m3 offset=0x43000 rec=10027
vmm: host_read mem=m3 offset=0x44000 rec=10027
vmm: host_read mem=m3 offset=0x45000 rec=10027
vmm: host_read mem=m3 offset=0x46000 rec=10027
vmm: host_read mem=m3 offset=0x47000 rec=10027
vmm: host_read mem=m3 offset=0x48000 rec=10027
vmm: host_read mem=m3 offset=0x49000 rec=10027
vmm: host_read mem=m3 offset=0x4a000 rec=10027
vmm: host_read mem=m3 offset=0x4b000 rec=10027
vmm: host_read mem=m3 offset=0x4c000 rec=10027
vmm: host_read mem=m3 offset=0x4d000 rec=10027
vmm: host_read mem=m3 offset=0x4e000 rec=10027
vmm: host_read mem=m3 offset=0x4f000 rec=10027
vmm: host_read mem=m3 offset=0x50000 rec=10027
vmm: host_read mem=m3 offset=0x51000 rec=10027
vmm: host_read mem=m3 offset=0x52000 rec=10027
vmm: host_read mem=m3 offset=0x53000 rec=10027
vmm: host_read mem=m3 offset=0x54000 rec=10027
vmm: host_read mem=m3 offset=0x55000 rec=10027
vmm: host_read mem=m3 offset=0x56000 rec=10027
vmm: host_read mem=m3 offset=0x57000 rec=10027
vmm: host_read mem=m3 offset=0x58000 rec=10027
vmm: host_read mem=m3 offset=0x59000 rec=10027
vmm: host_read mem=m3 offset=0x5a000 rec=10027
vmm: host_read mem=m3 offset=0x5b000 rec=10027
vmm: host_read mem=m3 offset=0x5c000 rec=10027
vmm: host_read mem=m3 offset=0x5d000 rec=10027
vmm: host_read mem=m3 offset=0x5e000 rec=10027
vmm: host_read mem=m3 offset=0x5f000 rec=10027
vmm: host_read mem=m3 offset=0x60000 rec=10027
vmm: host_read mem=m3 offset=0x61000 rec=10027
vmm: host_read mem=m3 offset=0x62000 rec=10027
vmm: host_read mem=m3 offset=0x63000 rec=10027
vmm: host_read mem=m3 offset=0x64000 rec=10027
vmm: host_read mem=m3 offset=0x65000 rec=10027
vmm: host_read mem=m3 offset=0x66000 rec=10027
vmm: host_read mem=m3 offset=0x67000 rec=10027
vmm: host_read mem=m3 offset=0x68000 rec=10027
vmm: host_read mem=m3 offset=0x69000 rec=10027
vmm: host_read mem=m3 offset=0x6a000 rec=10027
vmm: host_read mem=m3 offset=0x6b000 rec=10027
vmm: host_read mem=m3 offset=0x6c000 rec=10027
vmm: host_read mem=m3 offset=0x6d000 rec=10027
vmm: host_read mem=m3 offset=0x6e000 rec=10027
vmm: host_read mem=m3 offset=0x6f000 rec=10027
vmm: host_read mem=m3 offset=0x70000 rec=10027
vmm: host_read mem=m3 offset=0x71000 rec=10027
vmm: host_read mem=m3 offset=0x72000 rec=10027
vmm: host_read mem=m3 offset=0x73000 rec=10027
vmm: host_read mem=m3 offset=0x74000 rec=10027
vmm: host_read mem=m3 offset=0x75000 rec=10027
vmm: host_read mem=m3 offset=0x76000 rec=10027
vmm: host_read mem=m3 offset=0x77000 rec=10027
vmm: host_read mem=m3 offset=0x78000 rec=10027
vmm: host_read mem=m3 offset=0x79000 rec=10027
vmm: host_read mem=m3 offset=0x7a000 rec=10027
vmm: host_read mem=m3 offset=0x7b000 rec=10027
vmm: host_read mem=m3 offset=0x7c000 rec=10027
vmm: host_read mem=m3 offset=0x7d000 rec=10027
vmm: host_read mem=m3 offset=0x7e000 rec=10027
vmm: host_read mem=m3 offset=0x7f000 rec=10027
vmm: host_read mem=m2 offset=0 rec=10028
vmm: host_read mem=m2 offset=0x1000 rec=10028
vmm: host_read mem=m2 offset=0x2000 rec=10028
vmm: host_read mem=m2 offset=0x3000 rec=10028
vmm: host_read mem=m2 offset=0x4000 rec=10028
vmm: host_read mem=m2 offset=0x5000 rec=10028
vmm: host_read mem=m2 offset=0x6000 rec=10028
vmm: host_read mem=m2 offset=0x7000 rec=10028
vmm: host_read mem=m2 offset=0x8000 rec=10028
vmm: host_read mem=m2 offset=0x9000 rec=10028
vmm: host_read mem=m2 offset=0xa000 rec=10028
vmm: host_read mem=m2 offset=0xb000 rec=10028
vmm: host_read mem=m2 offset=0xc000 rec=10028
vmm: host_read mem=m2 offset=0xd000 rec=10028
vmm: host_read mem=m2 offset=0xe000 rec=10028
vmm: host_read mem=m2 offset=0xf000 rec=10028
vmm: host_read mem=m2 offset=0x10000 rec=10028
vmm: host_read mem=m2 offset=0x11000 rec=10028
vmm: host_read mem=m2 offset=0x12000 rec=10028
vmm: host_read mem=m2 offset=0x13000 rec=10028
vmm: host_read mem=m2 offset=0x14000 rec=10028
vmm: host_read mem=m2 offset=0x15000 rec=10028
vmm: host_read mem=m2 offset=0x16000 rec=10028
vmm: host_read mem=m2 offset=0x17000 rec=10028
vmm: host_read mem=m2 offset=0x18000 rec=10028
vmm: host_read mem=m2 offset=0x19000 rec=10028
vmm: host_read mem=m2 offset=0x1a000 rec=10028
vmm: host_read mem=m2 offset=0x1b000 rec=10028
vmm: host_read mem=m2 offset=0x1c000 rec=10028
vmm: host_read mem=m2 offset=0x1d000 rec=10028
vmm: host_read mem=m2 offset=0x1e000 rec=10028
vmm: host_read mem=m2 offset=0x1f000 rec=10028
vmm: host_read mem=m2 offset=0x20000 rec=10028
vmm: host_read mem=m2 offset=0x21000 rec=10028
vmm: host_read mem=m2 offset=0x22000 rec=10028
vmm: host_read mem=m2 offset=0x23000 rec=10028
vmm: host_read mem=m2 offset=0x24000 rec=10028
vmm: host_read mem=m2 offset=0x25000 rec=10028
vmm: host_read mem=m2 offset=0x26000 rec=10028
vmm: host_read mem=m2 offset=0x27000 rec=10028
vmm: host_read mem=m2 offset=0x28000 rec=10028
vmm: host_read mem=m2 offset=0x29000 rec=10028
vmm: host_read mem=m2 offset=0x2a000 rec=10028
vmm: host_read mem=m2 offset=0x2b000 rec=10028
vmm: host_read mem=m2 offset=0x2c000 rec=10028
vmm: host_read mem=m2 offset=0x2d000 rec=10028
vmm: host_read mem=m2 offset=0x2e000 rec=10028
vmm: host_read mem=m2 offset=0x2f000 rec=10028
vmm: host_read mem=m2 offset=0x30000 rec=10028
vmm: host_read mem=m2 offset=0x31000 rec=10028
vmm: host_read mem=m2 offset=0x32000 rec=10028
vmm: host_read mem=m2 offset=0x33000 rec=10028
vmm: host_read mem=m2 offset=0x34000 rec=10028
vmm: host_read mem=m2 offset=0x35000 rec=10028
vmm: host_read mem=m2 offset=0x36000 rec=10028
vmm: host_read mem=m2 offset=0x37000 rec=10028
vmm: host_read mem=m2 offset=0x38000 rec=10028
vmm: host_read mem=m2 offset=0x39000 rec=10028
vmm: host_read mem=m2 offset=0x3a000 rec=10028
vmm: host_read mem=m2 offset=0x3b000 rec=10028
vmm: host_read mem=m2 offset=0x3c000 rec=10028
vmm: host_read mem=m2 offset=0x3d000 rec=10028
vmm: host_read mem=m2 offset=0x3e000 rec=10028
vmm: host_read mem=m2 offset=0x3f000 rec=10028
vmm: host_read mem=m2 offset=0x40000 rec=10028
vmm: host_read mem=m2 offset=0x41000 rec=10028
vmm: host_read mem=m2 offset=0x42000 rec=10028
vmm: host_read mem=m2 offset=0x43000 rec=10028
vmm: host_read mem=m2 offset=0x44000 rec=10028
vmm: host_read mem=m2 offset=0x45000 rec=10028
vmm: host_read mem=m2 offset=0x46000 rec=10028
vmm: host_read mem=m2 offset=0x47000 rec=10028
vmm: host_read mem=m2 offset=0x48000 rec=10028
vmm: host_read mem=m2 offset=0x49000 rec=10028
vmm: host_read mem=m2 offset=0x4a000 rec=10028
vmm: host_read mem=m2 offset=0x4b000 rec=10028
vmm: host_read mem=m2 offset=0x4c000 rec=10028
vmm: host_read mem=m2 offset=0x4d000 rec=10028
vmm: host_read mem=m2 offset=0x4e000 rec=10028
vmm: host_read mem=m2 offset=0x4f000 rec=10028
vmm: host_read mem=m2 offset=0x50000 rec=10028
vmm: host_read mem=m2 offset=0x51000 rec=10028
vmm: host_read mem=m2 offset=0x52000 rec=10028
vmm: host_read mem=m2 offset=0x53000 rec=10028
vmm: host_read mem=m2 offset=0x54000 rec=10028
vmm: host_read mem=m2 offset=0x55000 rec=10028
vmm: host_read mem=m2 offset=0x56000 rec=10028
vmm: host_read mem=m2 offset=0x57000 rec=10028
vmm: host_read mem=m2 offset=0x58000 rec=10028
vmm: host_read mem=m2 offset=0x59000 rec=10028
vmm: host_read mem=m2 offset=0x5a000 rec=10028
vmm: host_read mem=m2 offset=0x5b000 rec=10028
vmm: host_read mem=m2 offset=0x5c000 rec=10028
vmm: host_read mem=m2 offset=0x5d000 rec=10028
vmm: host_read mem=m2 offset=0x5e000 rec=10028
vmm: host_read mem=m2 offset=0x5f000 rec=10028
vmm: host_read mem=m2 offset=0x60000 rec=10028
vmm: host_read mem=m2 offset=0x61000 rec=10028
vmm: host_read mem=m2 offset=0x62000 rec=10028
vmm: host_read mem=m2 offset=0x63000 rec=10028
vmm: host_read mem=m2 offset=0x64000 rec=10028
vmm: host_read mem=m2 offset=0x65000 rec=10028
vmm: host_read mem=m2 offset=0x66000 rec=10028
vmm: host_read mem=m2 offset=0x67000 rec=10028
vmm: host_read mem=m2 offset=0x68000 rec=10028
vmm: host_read mem=m2 offset=0x69000 rec=10028
vmm: host_read mem=m2 offset=0x6a000 rec=10028
vmm: host_read mem=m2 offset=0x6b000 rec=10028
vmm: host_read mem=m2 offset=0x6c000 rec=10028
vmm: host_read mem=m2 offset=0x6d000 rec=10028
vmm: host_read mem=m2 offset=0x6e000 rec=10028
vmm: host_read mem=m2 offset=0x6f000 rec=10028
vmm: host_read mem=m2 offset=0x70000 rec=10028
vmm: host_read mem=m2 offset=0x71000 rec=10028
vmm: host_read mem=m2 offset=0x72000 rec=10028
vmm: host_read mem=m2 offset=0x73000 rec=10028
vmm: host_read mem=m2 offset=0x74000 rec=10028
vmm: host_read mem=m2 offset=0x75000 rec=10028
vmm: host_read mem=m2 offset=0x76000 rec=10028
vmm: host_read mem=m2 offset=0x77000 rec=10028
vmm: host_read mem=m2 offset=0x78000 rec=10028
vmm: host_read mem=m2 offset=0x79000 rec=10028
vmm: host_read mem=m2 offset=0x7a000 rec=10028
vmm: host_read mem=m2 offset=0x7b000 rec=10028
vmm: host_read mem=m2 offset=0x7c000 rec=10028
vmm: host_read mem=m2 offset=0x7d000 rec=10028
vmm: host_read mem=m2 offset=0x7e000 rec=10028
vmm: host_read mem=m2 offset=0x7f000 rec=10028
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=10029	# walk at line 10043
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=10029	# walk at line 10048
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=10029	# walk at line 10060
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=10029	# walk at line 10065
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=10029	# walk at line 10070
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=10029	# walk at line 10075
vcpu0: write gpa=0x800000 sptes=0xff expect=fault rec=10029	# walk at line 10080
vcpu0: write gpa=0x808000 sptes=0xff expect=fault rec=10029	# walk at line 10095
vcpu0: write gpa=0x810000 sptes=0xff expect=fault rec=10029	# walk at line 10109
vcpu0: write gpa=0x818000 sptes=0xff expect=fault rec=10029	# walk at line 10123
vcpu0: write gpa=0x820000 sptes=0xff expect=fault rec=10029	# walk at line 10137
vcpu0: write gpa=0x828000 sptes=0xff expect=fault rec=10029	# walk at line 10151
vcpu0: write gpa=0x830000 sptes=0xff expect=fault rec=10029	# walk at line 10165
vcpu0: write gpa=0x838000 sptes=0xff expect=fault rec=10029	# walk at line 10179
vcpu0: write gpa=0x840000 sptes=0xff expect=fault rec=10029	# walk at line 10193
vcpu0: write gpa=0x848000 sptes=0xff expect=fault rec=10029	# walk at line 10207
vcpu0: write gpa=0x850000 sptes=0xff expect=fault rec=10029	# walk at line 10221
vcpu0: write gpa=0x858000 sptes=0xff expect=fault rec=10029	# walk at line 10235
vcpu0: write gpa=0x860000 sptes=0xff expect=fault rec=10029	# walk at line 10249
vcpu0: write gpa=0x868000 sptes=0xff expect=fault rec=10029	# walk at line 10263
vcpu0: write gpa=0x870000 sptes=0xff expect=fault rec=10029	# walk at line 10277
vcpu0: write gpa=0x878000 sptes=0xff expect=fault rec=10029	# walk at line 10291
vcpu0: read gpa=0x12067 paging sptes=0 expect=fault rec=10029	# walk at line 10305
vcpu0: read gpa=0x8d0 paging sptes=0 expect=fault rec=10029	# walk at line 10317
vcpu0: read gpa=0x30004 paging sptes=0 expect=fault rec=10029	# walk at line 10322
vcpu0: write gpa=0x8ff8 paging sptes=0 expect=fault rec=10029	# walk at line 10327
vcpu0: write gpa=0x8ff0 paging sptes=0 expect=fault rec=10029	# walk at line 10332
vcpu0: write gpa=0x8fe8 paging sptes=0 expect=fault rec=10029	# walk at line 10337
vcpu0: write gpa=0x8fe0 paging sptes=0 expect=fault rec=10029	# walk at line 10342
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=10029	# walk at line 10347
vcpu0: write gpa=0x8fd0 paging sptes=0 expect=fault rec=10029	# walk at line 10352
vcpu0: read gpa=0x510 paging sptes=0 expect=fault rec=10029	# walk at line 10357
barrier
vmm: host_read mem=m3 offset=0 rec=10371
vmm: host_read mem=m3 offset=0x1000 rec=10371
vmm: host_read mem=m3 offset=0x2000 rec=10371
vmm: host_read mem=m3 offset=0x3000 rec=10371
vmm: host_read mem=m3 offset=0x4000 rec=10371
vmm: host_read mem=m3 offset=0x5000 rec=10371
vmm: host_read mem=m3 offset=0x6000 rec=10371
vmm: host_read mem=m3 offset=0x7000 rec=10371
vmm: host_read mem=m3 offset=0x8000 rec=10371
vmm: host_read mem=m3 offset=0x9000 rec=10371
vmm: host_read mem=m3 offset=0xa000 rec=10371
vmm: host_read mem=m3 offset=0xb000 rec=10371
vmm: host_read mem=m3 offset=0xc000 rec=10371
vmm: host_read mem=m3 offset=0xd000 rec=10371
vmm: host_read mem=m3 offset=0xe000 rec=10371
vmm: host_read mem=m3 offset=0xf000 rec=10371
vmm: host_read mem=m3 offset=0x10000 rec=10371
vmm: host_read mem=m3 offset=0x11000 rec=10371
vmm: host_read mem=m3 offset=0x12000 rec=10371
vmm: host_read mem=m3 offset=0x13000 rec=10371
vmm: host_read mem=m3 offset=0x14000 rec=10371
vmm: host_read mem=m3 offset=0x15000 rec=10371
vmm: host_read mem=m3 offset=0x16000 rec=10371
vmm: host_read mem=m3 offset=0x17000 rec=10371
vmm: host_read mem=m3 offset=0x18000 rec=10371
vmm: host_read mem=m3 offset=0x19000 rec=10371
vmm: host_read mem=m3 offset=0x1a000 rec=10371
vmm: host_read mem=m3 offset=0x1b000 rec=10371
vmm: host_read mem=m3 offset=0x1c000 rec=10371
vmm: host_read mem=m3 offset=0x1d000 rec=10371
vmm: host_read mem=m3 offset=0x1e000 rec=10371
vmm: host_read mem=m3 offset=0x1f000 rec=10371
vmm: host_read mem=m3 offset=0x20000 rec=10371
vmm: host_read mem=m3 offset=0x21000 rec=10371
vmm: host_read mem=m3 offset=0x22000 rec=10371
vmm: host_read mem=m3 offset=0x23000 rec=10371
vmm: host_read mem=m3 offset=0x24000 rec=10371
vmm: host_read mem=m3 offset=0x25000 rec=10371
vmm: host_read mem=m3 offset=0x26000 rec=10371
vmm: host_read mem=m3 offset=0x27000 rec=10371
vmm: host_read mem=m3 offset=0x28000 rec=10371
vmm: host_read mem=m3 offset=0x29000 rec=10371
vmm: host_read mem=m3 offset=0x2a000 rec=10371
vmm: host_read mem=m3 offset=0x2b000 rec=10371
vmm: host_read mem=m3 offset=0x2c000 rec=10371
vmm: host_read mem=m3 offset=0x2d000 rec=10371
vmm: host_read mem=m3 offset=0x2e000 rec=10371
vmm: host_read mem=m3 offset=0x2f000 rec=10371
vmm: host_read mem=m3 offset=0x30000 rec=10371
vmm: host_read mem=m3 offset=0x31000 rec=10371
vmm: host_read mem=m3 offset=0x32000 rec=10371
vmm: host_read mem=m3 offset=0x33000 rec=10371
vmm: host_read mem=m3 offset=0x34000 rec=10371
vmm: host_read mem=m3 offset=0x35000 rec=10371
vmm: host_read mem=m3 offset=0x36000 rec=10371
vmm: host_read mem=m3 offset=0x37000 rec=10371
vmm: host_read mem=m3 offset=0x38000 rec=10371
vmm: host_read mem=m3 offset=0x39000 rec=10371
vmm: host_read mem=m3 offset=0x3a000 rec=10371
vmm: host_read mem=m3 offset=0x3b000 rec=10371
vmm: host_read mem=m3 offset=0x3c000 rec=10371
vmm: host_read mem=m3 offset=0x3d000 rec=10371
vmm: host_read mem=m3 offset=0x3e000 rec=10371
vmm: host_read mem=m3 offset=0x3f000 rec=10371
vmm: host_read mem=m3 offset=0x40000 rec=10371
vmm: host_read mem=m3 offset=0x41000 rec=10371
vmm: host_read mem=m3 offset=0x42000 rec=10371
vmm: host_read mem=m3 offset=0x43000 rec=10371
vmm: host_read mem=m3 offset=0x44000 rec=10371
vmm: host_read mem=m3 offset=0x45000 rec=10371
vmm: host_read mem=m3 offset=0x46000 rec=10371
vmm: host_read mem=m3 offset=0x47000 rec=10371
vmm: host_read mem=m3 offset=0x48000 rec=10371
vmm: host_read mem=m3 offset=0x49000 rec=10371
vmm: host_read mem=m3 offset=0x4a000 rec=10371
vmm: host_read mem=m3 offset=0x4b000 rec=10371
vmm: host_read mem=m3 offset=0x4c000 rec=10371
vmm: host_read mem=m3 offset=0x4d000 rec=10371
vmm: host_read mem=m3 offset=0x4e000 rec=10371
vmm: host_read mem=m3 offset=0x4f000 rec=10371
vmm: host_read mem=m3 offset=0x50000 rec=10371
vmm: host_read mem=m3 offset=0x51000 rec=10371
vmm: host_read mem=m3 offset=0x52000 rec=10371
vmm: host_read mem=m3 offset=0x53000 rec=10371
vmm: host_read mem=m3 offset=0x54000 rec=10371
vmm: host_read mem=m3 offset=0x55000 rec=10371
vmm: host_read mem=m3 offset=0x56000 rec=10371
vmm: host_read mem=m3 offset=0x57000 rec=10371
vmm: host_read mem=m3 offset=0x58000 rec=10371
vmm: host_read mem=m3 offset=0x59000 rec=10371
vmm: host_read mem=m3 offset=0x5a000 rec=10371
vmm: host_read mem=m3 offset=0x5b000 rec=10371
vmm: host_read mem=m3 offset=0x5c000 rec=10371
vmm: host_read mem=m3 offset=0x5d000 rec=10371
vmm: host_read mem=m3 offset=0x5e000 rec=10371
vmm: host_read mem=m3 offset=0x5f000 rec=10371
vmm: host_read mem=m3 offset=0x60000 rec=10371
vmm: host_read mem=m3 offset=0x61000 rec=10371
vmm: host_read mem=m3 offset=0x62000 rec=10371
vmm: host_read mem=m3 offset=0x63000 rec=10371
vmm: host_read mem=m3 offset=0x64000 rec=10371
vmm: host_read mem=m3 offset=0x65000 rec=10371
vmm: host_read mem=m3 offset=0x66000 rec=10371
vmm: host_read mem=m3 offset=0x67000 rec=10371
vmm: host_read mem=m3 offset=0x68000 rec=10371
vmm: host_read mem=m3 offset=0x69000 rec=10371
vmm: host_read mem=m3 offset=0x6a000 rec=10371
vmm: host_read mem=m3 offset=0x6b000 rec=10371
vmm: host_read mem=m3 offset=0x6c000 rec=10371
vmm: host_read mem=m3 offset=0x6d000 rec=10371
vmm: host_read mem=m3 offset=0x6e000 rec=10371
vmm: host_read mem=m3 offset=0x6f000 rec=10371
vmm: host_read mem=m3 offset=0x70000 rec=10371
vmm: host_read mem=m3 offset=0x71000 rec=10371
vmm: host_read mem=m3 offset=0x72000 rec=10371
vmm: host_read mem=m3 offset=0x73000 rec=10371
vmm: host_read mem=m3 offset=0x74000 rec=10371
vmm: host_read mem=m3 offset=0x75000 rec=10371
vmm: host_read mem=m3 offset=0x76000 rec=10371
vmm: host_read mem=m3 offset=0x77000 rec=10371
vmm: host_read mem=m3 offset=0x78000 rec=10371
vmm: host_read mem=m3 offset=0x79000 rec=10371
vmm: host_read mem=m3 offset=0x7a000 rec=10371
vmm: host_read mem=m3 offset=0x7b000 rec=10371
vmm: host_read mem=m3 offset=0x7c000 rec=10371
vmm: host_read mem=m3 offset=0x7d000 rec=10371
vmm: host_read mem=m3 offset=0x7e000 rec=10371
vmm: host_read mem=m3 offset=0x7f000 rec=10371
vmm: host_read mem=m2 offset=0 rec=10372
vmm: host_read mem=m2 offset=0x1000 rec=10372
vmm: host_read mem=m2 offset=0x2000 rec=10372
vmm: host_read mem=m2 offset=0x3000 rec=10372
vmm: host_read mem=m2 offset=0x4000 rec=10372
vmm: host_read mem=m2 offset=0x5000 rec=10372
vmm: host_read mem=m2 offset=0x6000 rec=10372
vmm: host_read mem=m2 offset=0x7000 rec=10372
vmm: host_read mem=m2 offset=0x8000 rec=10372
vmm: host_read mem=m2 offset=0x9000 rec=10372
vmm: host_read mem=m2 offset=0xa000 rec=10372
vmm: host_read mem=m2 offset=0xb000 rec=10372
vmm: host_read mem=m2 offset=0xc000 rec=10372
vmm: host_read mem=m2 offset=0xd000 rec=10372
vmm: host_read mem=m2 offset=0xe000 rec=10372
vmm: host_read mem=m2 offset=0xf000 rec=10372
vmm: host_read mem=m2 offset=0x10000 rec=10372
vmm: host_read mem=m2 offset=0x11000 rec=10372
vmm: host_read mem=m2 offset=0x12000 rec=10372
vmm: host_read mem=m2 offset=0x13000 rec=10372
vmm: host_read mem=m2 offset=0x14000 rec=10372
vmm: host_read mem=m2 offset=0x15000 rec=10372
vmm: host_read mem=m2 offset=0x16000 rec=10372
vmm: host_read mem=m2 offset=0x17000 rec=10372
vmm: host_read mem=m2 offset=0x18000 rec=10372
vmm: host_read mem=m2 offset=0x19000 rec=10372
vmm: host_read mem=m2 offset=0x1a000 rec=10372
vmm: host_read mem=m2 offset=0x1b000 rec=10372
vmm: host_read mem=m2 offset=0x1c000 rec=10372
vmm: host_read mem=m2 offset=0x1d000 rec=10372
vmm: host_read mem=m2 offset=0x1e000 rec=10372
vmm: host_read mem=m2 offset=0x1f000 rec=10372
vmm: host_read mem=m2 offset=0x20000 rec=10372
vmm: host_read mem=m2 offset=0x21000 rec=10372
vmm: host_read mem=m2 offset=0x22000 rec=10372
vmm: host_read mem=m2 offset=0x23000 rec=10372
vmm: host_read mem=m2 offset=0x24000 rec=10372
vmm: host_read mem=m2 offset=0x25000 rec=10372
vmm: host_read mem=m2 offset=0x26000 rec=10372
vmm: host_read mem=m2 offset=0x27000 rec=10372
vmm: host_read mem=m2 offset=0x28000 rec=10372
vmm: host_read mem=m2 offset=0x29000 rec=10372
vmm: host_read mem=m2 offset=0x2a000 rec=10372
vmm: host_read mem=m2 offset=0x2b000 rec=10372
vmm: host_read mem=m2 offset=0x2c000 rec=10372
vmm: host_read mem=m2 offset=0x2d000 rec=10372
vmm: host_read mem=m2 offset=0x2e000 rec=10372
vmm: host_read mem=m2 offset=0x2f000 rec=10372
vmm: host_read mem=m2 offset=0x30000 rec=10372
vmm: host_read mem=m2 offset=0x31000 rec=10372
vmm: host_read mem=m2 offset=0x32000 rec=10372
vmm: host_read mem=m2 offset=0x33000 rec=10372
vmm: host_read mem=m2 offset=0x34000 rec=10372
vmm: host_read mem=m2 offset=0x35000 rec=10372
vmm: host_read mem=m2 offset=0x36000 rec=10372
vmm: host_read mem=m2 offset=0x37000 rec=10372
vmm: host_read mem=m2 offset=0x38000 rec=10372
vmm: host_read mem=m2 offset=0x39000 rec=10372
vmm: host_read mem=m2 offset=0x3a000 rec=10372
vmm: host_read mem=m2 offset=0x3b000 rec=10372
vmm: host_read mem=m2 offset=0x3c000 rec=10372
vmm: host_read mem=m2 offset=0x3d000 rec=10372
vmm: host_read mem=m2 offset=0x3e000 rec=10372
vmm: host_read mem=m2 offset=0x3f000 rec=10372
vmm: host_read mem=m2 offset=0x40000 rec=10372
vmm: host_read mem=m2 offset=0x41000 rec=10372
vmm: host_read mem=m2 offset=0x42000 rec=10372
vmm: host_read mem=m2 offset=0x43000 rec=10372
vmm: host_read mem=m2 offset=0x44000 rec=10372
vmm: host_read mem=m2 offset=0x45000 rec=10372
vmm: host_read mem=m2 offset=0x46000 rec=10372
vmm: host_read mem=m2 offset=0x47000 rec=10372
vmm: host_read mem=m2 offset=0x48000 rec=10372
vmm: host_read mem=m2 offset=0x49000 rec=10372
vmm: host_read mem=m2 offset=0x4a000 rec=10372
vmm: host_read mem=m2 offset=0x4b000 rec=10372
vmm: host_read mem=m2 offset=0x4c000 rec=10372
vmm: host_read mem=m2 offset=0x4d000 rec=10372
vmm: host_read mem=m2 offset=0x4e000 rec=10372
vmm: host_read mem=m2 offset=0x4f000 rec=10372
vmm: host_read mem=m2 offset=0x50000 rec=10372
vmm: host_read mem=m2 offset=0x51000 rec=10372
vmm: host_read mem=m2 offset=0x52000 rec=10372
vmm: host_read mem=m2 offset=0x53000 rec=10372
vmm: host_read mem=m2 offset=0x54000 rec=10372
vmm: host_read mem=m2 offset=0x55000 rec=10372
vmm: host_read mem=m2 offset=0x56000 rec=10372
vmm: host_read mem=m2 offset=0x57000 rec=10372
vmm: host_read mem=m2 offset=0x58000 rec=10372
vmm: host_read mem=m2 offset=0x59000 rec=10372
vmm: host_read mem=m2 offset=0x5a000 rec=10372
vmm: host_read mem=m2 offset=0x5b000 rec=10372
vmm: host_read mem=m2 offset=0x5c000 rec=10372
vmm: host_read mem=m2 offset=0x5d000 rec=10372
vmm: host_read mem=m2 offset=0x5e000 rec=10372
vmm: host_read mem=m2 offset=0x5f000 rec=10372
vmm: host_read mem=m2 offset=0x60000 rec=10372
vmm: host_read mem=m2 offset=0x61000 rec=10372
vmm: host_read mem=m2 offset=0x62000 rec=10372
vmm: host_read mem=m2 offset=0x63000 rec=10372
vmm: host_read mem=m2 offset=0x64000 rec=10372
vmm: host_read mem=m2 offset=0x65000 rec=10372
vmm: host_read mem=m2 offset=0x66000 rec=10372
vmm: host_read mem=m2 offset=0x67000 rec=10372
vmm: host_read mem=m2 offset=0x68000 rec=10372
vmm: host_read mem=m2 offset=0x69000 rec=10372
vmm: host_read mem=m2 offset=0x6a000 rec=10372
vmm: host_read mem=m2 offset=0x6b000 rec=10372
vmm: host_read mem=m2 offset=0x6c000 rec=10372
vmm: host_read mem=m2 offset=0x6d000 rec=10372
vmm: host_read mem=m2 offset=0x6e000 rec=10372
vmm: host_read mem=m2 offset=0x6f000 rec=10372
vmm: host_read mem=m2 offset=0x70000 rec=10372
vmm: host_read mem=m2 offset=0x71000 rec=10372
vmm: host_read mem=m2 offset=0x72000 rec=10372
vmm: host_read mem=m2 offset=0x73000 rec=10372
vmm: host_read mem=m2 offset=0x74000 rec=10372
vmm: host_read mem=m2 offset=0x75000 rec=10372
vmm: host_read mem=m2 offset=0x76000 rec=10372
vmm: host_read mem=m2 offset=0x77000 rec=10372
vmm: host_read mem=m2 offset=0x78000 rec=10372
vmm: host_read mem=m2 offset=0x79000 rec=10372
vmm: host_read mem=m2 offset=0x7a000 rec=10372
vmm: host_read mem=m2 offset=0x7b000 rec=10372
vmm: host_read mem=m2 offset=0x7c000 rec=10372
vmm: host_read mem=m2 offset=0x7d000 rec=10372
vmm: host_read mem=m2 offset=0x7e000 rec=10372
vmm: host_read mem=m2 offset=0x7f000 rec=10372
barrier
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=10373	# walk at line 10387
vcpu0: write gpa=0x8fd8 paging sptes=0 expect=fault rec=10373	# walk at line 10392
vcpu0: read gpa=0x1000a paging sptes=0 expect=fault rec=10373	# walk at line 10404
vcpu0: read gpa=0x8fd8 paging sptes=0 expect=fault rec=10373	# walk at line 10409
vcpu0: read gpa=0x530 paging sptes=0 expect=fault rec=10373	# walk at line 10414
vcpu0: read gpa=0x528 paging sptes=0 expect=fault rec=10373	# walk at line 10419
vcpu0: write gpa=0x408000 sptes=0xff expect=fault rec=10373	# walk at line 10424
vcpu0: write gpa=0x410000 sptes=0xff expect=fault rec=10373	# walk at line 10438
vcpu0: write gpa=0x418000 sptes=0xff expect=fault rec=10373	# walk at line 10452
vcpu0: write gpa=0x420000 sptes=0xff expect=fault rec=10373	# walk at line 10466
vcpu0: write gpa=0x428000 sptes=0xff expect=fault rec=10373	# walk at line 10480
vcpu0: write gpa=0x430000 sptes=0xff expect=fault rec=10373	# walk at line 10494
vcpu0: write gpa=0x438000 sptes=0xff expect=fault rec=10373	# walk at line 10508
vcpu0: write gpa=0x440000 sptes=0xff expect=fault rec=10373	# walk at line 10522
vcpu0: write gpa=0x448000 sptes=0xff expect=fault rec=10373	# walk at line 10536
vcpu0: write gpa=0x450000 sptes=0xff expect=fault rec=10373	# walk at line 10550
vcpu0: write gpa=0x458000 sptes=0xff expect=fault rec=10373	# walk at line 10564
vcpu0: write gpa=0x460000 sptes=0xff expect=fault rec=10373	# walk at line 10578
vcpu0: write gpa=0x468000 sptes=0xff expect=fault rec=10373	# walk at line 10592
vcpu0: write gpa=0x470000 sptes=0xff expect=fault rec=10373	# walk at line 10606
vcpu0: write gpa=0x478000 sptes=0xff expect=fault rec=10373	# walk at line 10620
vcpu0: read gpa=0x12063 paging sptes=0 expect=fault rec=10373	# walk at line 10634
vcpu0: read gpa=0x30066 paging sptes=0 expect=fault rec=10373	# walk at line 10645
vcpu0: read gpa=0x3006a paging sptes=0 expect=fault rec=10373	# walk at line 10650
barrier
vmm: host_read mem=m3 offset=0 rec=10659
vmm: host_read mem=m3 offset=0x1000 rec=10659
vmm: host_read mem=m3 offset=0x2000 rec=10659
vmm: host_read mem=m3 offset=0x3000 rec=10659
vmm: host_read mem=m3 offset=0x4000 rec=10659
vmm: host_read mem=m3 offset=0x5000 rec=10659
vmm: host_read mem=m3 offset=0x6000 rec=10659
vmm: host_read mem=m3 offset=0x7000 rec=10659
vmm: host_read mem=m3 offset=0x8000 rec=10659
vmm: host_read mem=m3 offset=0x9000 rec=10659
vmm: host_read mem=m3 offset=0xa000 rec=10659
vmm: host_read mem=m3 offset=0xb000 rec=10659
vmm: host_read mem=m3 offset=0xc000 rec=10659
vmm: host_read mem=m3 offset=0xd000 rec=10659
vmm: host_read mem=m3 offset=0xe000 rec=10659
vmm: host_read mem=m3 offset=0xf000 rec=10659
vmm: host_read mem=m3 offset=0x10000 rec=10659
vmm: host_read mem=m3 offset=0x11000 rec=10659
vmm: host_read mem=m3 offset=0x12000 rec=10659
vmm: host_read mem=m3 offset=0x13000 rec=10659
vmm: host_read mem=m3 offset=0x14000 rec=10659
vmm: host_read mem=m3 offset=0x15000 rec=10659
vmm: host_read mem=m3 offset=0x16000 rec=10659
vmm: host_read mem=m3 offset=0x17000 rec=10659
vmm: host_read mem=m3 offset=0x18000 rec=10659
vmm: host_read mem=m3 offset=0x19000 rec=10659
vmm: host_read mem=m3 offset=0x1a000 rec=10659
vmm: host_read mem=m3 offset=0x1b000 rec=10659
vmm: host_read mem=m3 offset=0x1c000 rec=10659
vmm: host_read mem=m3 offset=0x1d000 rec=10659
vmm: host_read mem=m3 offset=0x1e000 rec=10659
vmm: host_read mem=m3 offset=0x1f000 rec=10659
vmm: host_read mem=m3 offset=0x20000 rec=10659
vmm: host_read mem=m3 offset=0x21000 rec=10659
vmm: host_read mem=m3 offset=0x22000 rec=10659
vmm: host_read mem=m3 offset=0x23000 rec=10659
vmm: host_read mem=m3 offset=0x24000 rec=10659
vmm: host_read mem=m3 offset=0x25000 rec=10659
vmm: host_read mem=m3 offset=0x26000 rec=10659
vmm: host_read mem=m3 offset=0x27000 rec=10659
vmm: host_read mem=m3 offset=0x28000 rec=10659
vmm: host_read mem=m3 offset=0x29000 rec=10659
vmm: host_read mem=m3 offset=0x2a000 rec=10659
vmm: host_read mem=m3 offset=0x2b000 rec=10659
vmm: host_read mem=m3 offset=0x2c000 rec=10659
vmm: host_read mem=m3 offset=0x2d000 rec=10659
vmm: host_read mem=m3 offset=0x2e000 rec=10659
vmm: host_read mem=m3 offset=0x2f000 rec=10659
vmm: host_read mem=m3 offset=0x30000 rec=10659
vmm: host_read mem=m3 offset=0x31000 rec=10659
vmm: host_read mem=m3 offset=0x32000 rec=10659
vmm: host_read mem=m3 offset=0x33000 rec=10659
vmm: host_read mem=m3 offset=0x34000 rec=10659
vmm: host_read mem=m3 offset=0x35000 rec=10659
vmm: host_read mem=m3 offset=0x36000 rec=10659
vmm: host_read mem=m3 offset=0x37000 rec=10659
vmm: host_read mem=m3 offset=0x38000 rec=10659
vmm: host_read mem=m3 offset=0x39000 rec=10659
vmm: host_read mem=m3 offset=0x3a000 rec=10659
vmm: host_read mem=m3 offset=0x3b000 rec=10659
vmm: host_read mem=m3 offset=0x3c000 rec=10659
vmm: host_read mem=m3 offset=0x3d000 rec=10659
vmm: host_read mem=m3 offset=0x3e000 rec=10659
vmm: host_read mem=m3 offset=0x3f000 rec=10659
vmm: host_read mem=m3 offset=0x40000 rec=10659
vmm: host_read mem=m3 offset=0x41000 rec=10659
vmm: host_read mem=m3 offset=0x42000 rec=10659
vmm: host_read mem=m3 offset=0x43000 rec=10659
vmm: host_read mem=m3 offset=0x44000 rec=10659
vmm: host_read mem=m3 offset=0x45000 rec=10659
vmm: host_read mem=m3 offset=0x46000 rec=10659
vmm: host_read mem=m3 offset=0x47000 rec=10659
vmm: host_read mem=m3 offset=0x48000 rec=10659
vmm: host_read mem=m3 offset=0x49000 rec=10659
vmm: host_read mem=m3 offset=0x4a000 rec=10659
vmm: host_read mem=m3 offset=0x4b000 rec=10659
vmm: host_read mem=m3 offset=0x4c000 rec=10659
vmm: host_read mem=m3 offset=0x4d000 rec=10659
vmm: host_read mem=m3 offset=0x4e000 rec=10659
vmm: host_read mem=m3 offset=0x4f000 rec=10659
vmm: host_read mem=m3 offset=0x50000 rec=10659
vmm: host_read mem=m3 offset=0x51000 rec=10659
vmm: host_read mem=m3 offset=0x52000 rec=10659
vmm: host_read mem=m3 offset=0x53000 rec=10659
vmm: host_read mem=m3 offset=0x54000 rec=10659
vmm: host_read mem=m3 offset=0x55000 rec=10659
vmm: host_read mem=m3 offset=0x56000 rec=10659
vmm: host_read mem=m3 offset=0x57000 rec=10659
vmm: host_read mem=m3 offset=0x58000 rec=10659
vmm: host_read mem=m3 offset=0x59000 rec=10659
vmm: host_read mem=m3 offset=0x5a000 rec=10659
vmm: host_read mem=m3 offset=0x5b000 rec=10659
vmm: host_read mem=m3 offset=0x5c000 rec=10659
vmm: host_read mem=m3 offset=0x5d000 rec=10659
vmm: host_read mem=m3 offset=0x5e000 rec=10659
vmm: host_read mem=m3 offset=0x5f000 rec=10659
vmm: host_read mem=m3 offset=0x60000 rec=10659
vmm: host_read mem=m3 offset=0x61000 rec=10659
vmm: host_read mem=m3 offset=0x62000 rec=10659
vmm: host_read mem=m3 offset=0x63000 rec=10659
vmm: host_read mem=m3 offset=0x64000 rec=10659
vmm: host_read mem=m3 offset=0x65000 rec=10659
vmm: host_read mem=m3 offset=0x66000 rec=10659
vmm: host_read mem=m3 offset=0x67000 rec=10659
vmm: host_read mem=m3 offset=0x68000 rec=10659
vmm: host_read mem=m3 offset=0x69000 rec=10659
vmm: host_read mem=m3 offset=0x6a000 rec=10659
vmm: host_read mem=m3 offset=0x6b000 rec=10659
vmm: host_read mem=m3 offset=0x6c000 rec=10659
vmm: host_read mem=m3 offset=0x6d000 rec=10659
vmm: host_read mem=m3 offset=0x6e000 rec=10659
vmm: host_read mem=m3 offset=0x6f000 rec=10659
vmm: host_read mem=m3 offset=0x70000 rec=10659
vmm: host_read mem=m3 offset=0x71000 rec=10659
vmm: host_read mem=m3 offset=0x72000 rec=10659
vmm: host_read mem=m3 offset=0x73000 rec=10659
vmm: host_read mem=m3 offset=0x74000 rec=10659
vmm: host_read mem=m3 offset=0x75000 rec=10659
vmm: host_read mem=m3 offset=0x76000 rec=10659
vmm: host_read mem=m3 offset=0x77000 rec=10659
vmm: host_read mem=m3 offset=0x78000 rec=10659
vmm: host_read mem=m3 offset=0x79000 rec=10659
vmm: host_read mem=m3 offset=0x7a000 rec=10659
vmm: host_read mem=m3 offset=0x7b000 rec=10659
vmm: host_read mem=m3 offset=0x7c000 rec=10659
vmm: host_read mem=m3 offset=0x7d000 rec=10659
vmm: host_read mem=m3 offset=0x7e000 rec=10659
vmm: host_read mem=m3 offset=0x7f000 rec=10659
vmm: host_read mem=m2 offset=0 rec=10660
vmm: host_read mem=m2 offset=0x1000 rec=10660
vmm: host_read mem=m2 offset=0x2000 rec=10660
vmm: host_read mem=m2 offset=0x3000 rec=10660
vmm: host_read mem=m2 offset=0x4000 rec=10660
vmm: host_read mem=m2 offset=0x5000 rec=10660
vmm: host_read mem=m2 offset=0x6000 rec=10660
vmm: host_read mem=m2 offset=0x7000 rec=10660
vmm: host_read mem=m2 offset=0x8000 rec=10660
vmm: host_read mem=m2 offset=0x9000 rec=10660
vmm: host_read mem=m2 offset=0xa000 rec=10660
vmm: host_read mem=m2 offset=0xb000 rec=10660
vmm: host_read mem=m2 offset=0xc000 rec=10660
vmm: host_read mem=m2 offset=0xd000 rec=10660
vmm: host_read mem=m2 offset=0xe000 rec=10660
vmm: host_read mem=m2 offset=0xf000 rec=10660
vmm: host_read mem=m2 offset=0x10000 rec=10660
vmm: host_read mem=m2 offset=0x11000 rec=10660
vmm: host_read mem=m2 offset=0x12000 rec=10660
vmm: host_read mem=m2 offset=0x13000 rec=10660
vmm: host_read mem=m2 offset=0x14000 rec=10660
vmm: host_read mem=m2 offset=0x15000 rec=10660
vmm: host_read mem=m2 offset=0x16000 rec=10660
vmm: host_read mem=m2 offset=0x17000 rec=10660
vmm: host_read mem=m2 offset=0x18000 rec=10660
vmm: host_read mem=m2 offset=0x19000 rec=10660
vmm: host_read mem=m2 offset=0x1a000 rec=10660
vmm: host_read mem=m2 offset=0x1b000 rec=10660
vmm: host_read mem=m2 offset=0x1c000 rec=10660
vmm: host_read mem=m2 offset=0x1d000 rec=10660
vmm: host_read mem=m2 offset=0x1e000 rec=10660
vmm: host_read mem=m2 offset=0x1f000 rec=10660
vmm: host_read mem=m2 offset=0x20000 rec=10660
vmm: host_read mem=m2 offset=0x21000 rec=10660
vmm: host_read mem=m2 offset=0x22000 rec=10660
vmm: host_read mem=m2 offset=0x23000 rec=10660
vmm: host_read mem=m2 offset=0x24000 rec=10660
vmm: host_read mem=m2 offset=0x25000 rec=10660
vmm: host_read mem=m2 offset=0x26000 rec=10660
vmm: host_read mem=m2 offset=0x27000 rec=10660
vmm: host_read mem=m2 offset=0x28000 rec=10660
vmm: host_read mem=m2 offset=0x29000 rec=10660
vmm: host_read mem=m2 offset=0x2a000 rec=10660
vmm: host_read mem=m2 offset=0x2b000 rec=10660
vmm: host_read mem=m2 offset=0x2c000 rec=10660
vmm: host_read mem=m2 offset=0x2d000 rec=10660
vmm: host_read mem=m2 offset=0x2e000 rec=10660
vmm: host_read mem=m2 offset=0x2f000 rec=10660
vmm: host_read mem=m2 offset=0x30000 rec=10660
vmm: host_read mem=m2 offset=0x31000 rec=10660
vmm: host_read mem=m2 offset=0x32000 rec=10660
vmm: host_read mem=m2 offset=0x33000 rec=10660
vmm: host_read mem=m2 offset=0x34000 rec=10660
vmm: host_read mem=m2 offset=0x35000 rec=10660
vmm: host_read mem=m2 offset=0x36000 rec=10660
vmm: host_read mem=m2 offset=0x37000 rec=10660
vmm: host_read mem=m2 offset=0x38000 rec=10660
vmm: host_read mem=m2 offset=0x39000 rec=10660
vmm: host_read mem=m2 offset=0x3a000 rec=10660
vmm: host_read mem=m2 offset=0x3b000 rec=10660
vmm: host_read mem=m2 offset=0x3c000 rec=10660
vmm: host_read mem=m2 offset=0x3d000 rec=10660
vmm: host_read mem=m2 offset=0x3e000 rec=10660
vmm: host_read mem=m2 offset=0x3f000 rec=10660
vmm: host_read mem=m2 offset=0x40000 rec=10660
vmm: host_read mem=m2 offset=0x41000 rec=10660
vmm: host_read mem=m2 offset=0x42000 rec=10660
vmm: host_read mem=m2 offset=0x43000 rec=10660
vmm: host_read mem=m2 offset=0x44000 rec=10660
vmm: host_read mem=m2 offset=0x45000 rec=10660
vmm: host_read mem=m2 offset=0x46000 rec=10660
vmm: host_read mem=m2 offset=0x47000 rec=10660
vmm: host_read mem=m2 offset=0x48000 rec=10660
vmm: host_read mem=m2 offset=0x49000 rec=10660
vmm: host_read mem=m2 offset=0x4a000 rec=10660
vmm: host_read mem=m2 offset=0x4b000 rec=10660
vmm: host_read mem=m2 offset=0x4c000 rec=10660
vmm: host_read mem=m2 offset=0x4d000 rec=10660
vmm: host_read mem=m2 offset=0x4e000 rec=10660
vmm: host_read mem=m2 offset=0x4f000 rec=10660
vmm: host_read mem=m2 offset=0x50000 rec=10660
vmm: host_read mem=m2 offset=0x51000 rec=10660
vmm: host_read mem=m2 offset=0x52000 rec=10660
vmm: host_read mem=m2 offset=0x53000 rec=10660
vmm: host_read mem=m2 offset=0x54000 rec=10660
vmm: host_read mem=m2 offset=0x55000 rec=10660
vmm: host_read mem=m2 offset=0x56000 rec=10660
vmm: host_read mem=m2 offset=0x57000 rec=10660
vmm: host_read mem=m2 offset=0x58000 rec=10660
vmm: host_read mem=m2 offset=0x59000 rec=10660
vmm: host_read mem=m2 offset=0x5a000 rec=10660
vmm: host_read mem=m2 offset=0x5b000 rec=10660
vmm: host_read mem=m2 offset=0x5c000 rec=10660
vmm: host_read mem=m2 offset=0x5d000 rec=10660
vmm: host_read mem=m2 offset=0x5e000 rec=10660
vmm: host_read mem=m2 offset=0x5f000 rec=10660
vmm: host_read mem=m2 offset=0x60000 rec=10660
vmm: host_read mem=m2 offset=0x61000 rec=10660
vmm: host_read mem=m2 offset=0x62000 rec=10660
vmm: host_read mem=m2 offset=0x63000 rec=10660
vmm: host_read mem=m2 offset=0x64000 rec=10660
vmm: host_read mem=m2 offset=0x65000 rec=10660
vmm: host_read mem=m2 offset=0x66000 rec=10660
vmm: host_read mem=m2 offset=0x67000 rec=10660
vmm: host_read mem=m2 offset=0x68000 rec=10660
vmm: host_read mem=m2 offset=0x69000 rec=10660
vmm: host_read mem=m2 offset=0x6a000 rec=10660
vmm: host_read mem=m2 offset=0x6b000 rec=10660
vmm: host_read mem=m2 offset=0x6c000 rec=10660
vmm: host_read mem=m2 offset=0x6d000 rec=10660
vmm: host_read mem=m2 offset=0x6e000 rec=10660
vmm: host_read mem=m2 offset=0x6f000 rec=10660
vmm: host_read mem=m2 offset=0x70000 rec=10660
vmm: host_read mem=m2 offset=0x71000 rec=10660
vmm: host_read mem=m2 offset=0x72000 rec=10660
vmm: host_read mem=m2 offset=0x73000 rec=10660
vmm: host_read mem=m2 offset=0x74000 rec=10660
vmm: host_read mem=m2 offset=0x75000 rec=10660
vmm: host_read mem=m2 offset=0x76000 rec=10660
vmm: host_read mem=m2 offset=0x77000 rec=10660
vmm: host_read mem=m2 offset=0x78000 rec=10660
vmm: host_read mem=m2 offset=0x79000 rec=10660
vmm: host_read mem=m2 offset=0x7a000 rec=10660
vmm: host_read mem=m2 offset=0x7b000 rec=10660
vmm: host_read mem=m2 offset=0x7c000 rec=10660
vmm: host_read mem=m2 offset=0x7d000 rec=10660
vmm: host_read mem=m2 offset=0x7e000 rec=10660
vmm: host_read mem=m2 offset=0x7f000 rec=10660
vmm: gmem_close gmem=g0 expect=0 rec=10663
