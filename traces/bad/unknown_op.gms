# check: 5:8: unknown op 'frobnicate'
# An op the format does not have.
gmemsim-trace 1
vm type=sw_protected vcpus=1
vcpu0: frobnicate gpa=0
