# check: 4:48: preempt=: unknown actor 'vcpu9' (vmm, host, vcpu0..vcpu7)
# A preemption names who runs next by its trace name.
gmemsim-trace 1
run mode=det strategy=sticky preempt=12:vmm,40:vcpu9
vm vcpus=1
