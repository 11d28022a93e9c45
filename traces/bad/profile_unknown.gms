# check: 4:20: unknown profile '6.17-tdp' (6.18-tdp, 6.18-legacy)
# profile= names a host profile: gmemsim replay --list-profiles.
gmemsim-trace 1
vm vcpus=1 profile=6.17-tdp
