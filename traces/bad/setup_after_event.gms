# check: 6:1: setup statement 'memfd_create' after the first event (give it an actor, e.g. vmm:)
# A setup statement once the events have started.
gmemsim-trace 1
vm vcpus=1
vcpu0: read gpa=0
memfd_create name=x size=4K
