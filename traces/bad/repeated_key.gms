# check: 5:20: argument 'gpa' given twice
# The same argument twice.
gmemsim-trace 1
vm vcpus=1
vcpu0: write gpa=0 gpa=4K
