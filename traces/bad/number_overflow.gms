# check: 5:17: number '0x10000000000000000' does not fit in 64 bits
# A number that overflows 64 bits.
gmemsim-trace 1
vm vcpus=1
vcpu0: read gpa=0x10000000000000000
