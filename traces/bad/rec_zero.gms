# check: 6:48: rec=0: a recording line is 1 to 4294967295
# rec= names the recorded step a statement came from: a line, never 0.
gmemsim-trace 1
vm vcpus=1
barrier
vcpu0: read gpa=0x1000 paging expect=fault rec=0
