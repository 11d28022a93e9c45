# check: 5:7: host cannot run set_memory_attributes
# An op on an actor that may not run it (attributes are a VM ioctl: vmm).
gmemsim-trace 1
vm vcpus=1
host: set_memory_attributes gpa=0 size=4K private
