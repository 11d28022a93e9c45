# check: 5:1: vcpu2: the vm has 1 vCPU(s)
# An actor beyond the vm's vCPUs.
gmemsim-trace 1
vm type=default vcpus=1
vcpu2: read gpa=0
