# check: 5:31: unknown exit 'bogus'
# An expect=exit: naming no exit.
gmemsim-trace 1
vm vcpus=1
vcpu0: read gpa=0 expect=exit:bogus
