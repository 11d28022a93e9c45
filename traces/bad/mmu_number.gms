# check: 4:16: unknown mmu '2' (tdp, legacy)
# mmu= is tdp or legacy.
gmemsim-trace 1
vm vcpus=1 mmu=2
