# check: 7:1: fstat names one file: gmem= or memfd=
# fstat and fcntl_getfl take one file.
gmemsim-trace 1
vm vcpus=1
gmem_create name=g size=2M
memfd_create name=f size=2M
fstat gmem=g memfd=f
