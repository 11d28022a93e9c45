# check: 3:15: unsupported version 2 (this gmemsim reads 1)
# A header naming a format version this gmemsim does not read.
gmemsim-trace 2
vm vcpus=1
