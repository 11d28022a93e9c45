// SPDX-License-Identifier: GPL-2.0
/*
 * The op table of the trace format (traces/FORMAT.md): every statement a trace
 * may hold, who may run it, and the type of each argument.  Flag and enum
 * values are the kernel's uapi values, taken from the model's uapi headers, so
 * a trace names exactly what a VMM would pass.
 */
#include <string.h>

#include <linux/bug_inject.h>
#include <linux/fs.h>
#include <linux/kvm.h>
#include <linux/kvm_profile.h>
#include <linux/kvm_vcpu.h>
#include <linux/mm_host.h>
#include <linux/shmem_fs.h>

#include "sim/trace.h"

static const struct trace_flag vm_types[] = {
	{ "default", KVM_X86_DEFAULT_VM },
	{ "sw_protected", KVM_X86_SW_PROTECTED_VM },
	{ NULL, 0 },
};

/* Values of the vm mmu= argument. */
static const struct trace_flag mmu_kinds[] = {
	{ "tdp", 0 },
	{ "legacy", 1 },
	{ NULL, 0 },
};

/* Values of the vm profile= argument: indices in kvm_host_profiles. */
static struct trace_flag host_profiles[8];

static void __attribute__((constructor)) host_profiles_init(void)
{
	for (unsigned int i = 0; i < kvm_nr_host_profiles && i + 1 < ARRAY_SIZE(host_profiles); i++)
		host_profiles[i] = (struct trace_flag){ kvm_host_profiles[i].name, i };
}

/* KVM_CHECK_EXTENSION's capabilities the model answers for (any number is passed). */
static const struct trace_flag caps[] = {
	{ "user_memory", KVM_CAP_USER_MEMORY },
	{ "nr_memslots", KVM_CAP_NR_MEMSLOTS },
	{ "readonly_mem", KVM_CAP_READONLY_MEM },
	{ "multi_address_space", KVM_CAP_MULTI_ADDRESS_SPACE },
	{ "user_memory2", KVM_CAP_USER_MEMORY2 },
	{ "memory_fault_info", KVM_CAP_MEMORY_FAULT_INFO },
	{ "memory_attributes", KVM_CAP_MEMORY_ATTRIBUTES },
	{ "guest_memfd", KVM_CAP_GUEST_MEMFD },
	{ "vm_types", KVM_CAP_VM_TYPES },
	{ "pre_fault_memory", KVM_CAP_PRE_FAULT_MEMORY },
	{ "guest_memfd_flags", KVM_CAP_GUEST_MEMFD_FLAGS },
	{ NULL, 0 },
};

static const struct trace_flag run_modes[] = {
	{ "free", 0 },
	{ "det", 1 },
	{ "ordered", 2 },
	{ NULL, 0 },
};

/* Values are enum sched_strategy's. */
static const struct trace_flag strategies[] = {
	{ "random", 0 },
	{ "pct", 1 },
	{ "sticky", 2 },
	{ NULL, 0 },
};

/*
 * The bug knobs a run needs (run inject=), named as on the command line:
 * filled from bug_inject_table, so the two cannot disagree.  Values are
 * bug_inject_mask bits.
 */
static struct trace_flag bug_knobs[BUG_INJECT_NR + 1];

static void __attribute__((constructor)) bug_knobs_init(void)
{
	for (int i = 0; i < BUG_INJECT_NR; i++)
		bug_knobs[i] = (struct trace_flag){ bug_inject_table[i].name, 1ull << i };
}

static const struct trace_flag gmem_flags[] = {
	{ "mmap", GUEST_MEMFD_FLAG_MMAP },
	{ "init_shared", GUEST_MEMFD_FLAG_INIT_SHARED },
	{ NULL, 0 },
};

static const struct trace_flag falloc_modes[] = {
	{ "keep_size", FALLOC_FL_KEEP_SIZE },
	{ "punch_hole", FALLOC_FL_PUNCH_HOLE },
	{ "collapse_range", FALLOC_FL_COLLAPSE_RANGE },
	{ "zero_range", FALLOC_FL_ZERO_RANGE },
	{ "insert_range", FALLOC_FL_INSERT_RANGE },
	{ "unshare_range", FALLOC_FL_UNSHARE_RANGE },
	{ NULL, 0 },
};

static const struct trace_flag prots[] = {
	{ "read", PROT_READ },
	{ "write", PROT_WRITE },
	{ "exec", PROT_EXEC },
	{ NULL, 0 },
};

static const struct trace_flag advices[] = {
	{ "dontneed", MADV_DONTNEED },
	{ "remove", MADV_REMOVE },
	{ "collapse", MADV_COLLAPSE },
	{ "normal", MADV_NORMAL },
	{ NULL, 0 },
};

/* lseek(2) whence; a raw number past SEEK_HOLE is the kernel's -EINVAL. */
static const struct trace_flag whences[] = {
	{ "set", SEEK_SET },
	{ "cur", SEEK_CUR },
	{ "end", SEEK_END },
	{ "data", SEEK_DATA },
	{ "hole", SEEK_HOLE },
	{ NULL, 0 },
};

/* ioctls on the /dev/kvm fd: its own, and VM/vCPU ones issued there by mistake. */
static const struct trace_flag dev_ioctls[] = {
	{ "get_api_version", KVM_GET_API_VERSION },
	{ "check_extension", KVM_CHECK_EXTENSION },
	{ "get_vcpu_mmap_size", KVM_GET_VCPU_MMAP_SIZE },
	{ "trace_enable", KVM_TRACE_ENABLE },
	{ "create_vcpu", KVM_CREATE_VCPU },
	{ "set_user_memory_region", KVM_SET_USER_MEMORY_REGION },
	{ "set_user_memory_region2", KVM_SET_USER_MEMORY_REGION2 },
	{ "create_guest_memfd", KVM_CREATE_GUEST_MEMFD },
	{ "set_memory_attributes", KVM_SET_MEMORY_ATTRIBUTES },
	{ "get_dirty_log", KVM_GET_DIRTY_LOG },
	{ "run", KVM_RUN },
	{ "pre_fault_memory", KVM_PRE_FAULT_MEMORY },
	{ NULL, 0 },
};

static const struct trace_flag memslot_flags[] = {
	{ "log_dirty_pages", KVM_MEM_LOG_DIRTY_PAGES },
	{ "readonly", KVM_MEM_READONLY },
	{ "guest_memfd", KVM_MEM_GUEST_MEMFD },
	{ NULL, 0 },
};

#define NUM(k) { .key = k, .type = TP_NUM }
#define ADDR(k) { .key = k, .type = TP_ADDR }
#define REQ_ADDR(k) { .key = k, .type = TP_ADDR, .required = true }
#define BOOLEAN(k) { .key = k, .type = TP_BOOL }
#define FLAGS(k, t) { .key = k, .type = TP_FLAGS, .table = t }
#define ENUM(k, t) { .key = k, .type = TP_ENUM, .table = t }
#define NAMES(k, t) { .key = k, .type = TP_ENUM, .table = t, .names_only = true }
#define RANGE(k, lo, hi) { .key = k, .type = TP_NUM, .min = lo, .max = hi }
#define ADDR_MAX(k, hi) { .key = k, .type = TP_ADDR, .max = hi }
#define FLAGS_MAX(k, t, hi) { .key = k, .type = TP_FLAGS, .table = t, .max = hi }
#define DEF(k, kind) { .key = k, .type = TP_DEF, .obj_kind = kind, .required = true }
#define REF(k, kind) { .key = k, .type = TP_REF, .obj_kind = kind }
#define REQ_REF(k, kind) { .key = k, .type = TP_REF, .obj_kind = kind, .required = true }

#define ANY_ACTOR (TA_SETUP | TA_VMM | TA_HOST)

const struct trace_op_desc trace_ops[TOP_NR] = {
	[TOP_VM] = { "vm", TA_SETUP, false,
		     { ENUM("type", vm_types), RANGE("vcpus", 1, TRACE_MAX_VCPUS),
		       NAMES("mmu", mmu_kinds), NAMES("profile", host_profiles), BOOLEAN("hybrid"),
		       BOOLEAN("filter_roots"),
		       { .key = "phys_size", .type = TP_ADDR, .min = PUD_SIZE,
			 .max = PHYS_MEM_MAX_PFNS << PAGE_SHIFT },
		       NUM("phys_seed") } },
	[TOP_RUN] = { "run", TA_SETUP, false,
		      { NAMES("mode", run_modes), NUM("seed"), NAMES("strategy", strategies),
			RANGE("pct_depth", 1, SCHED_MAX_PCT_DEPTH),
			{ .key = "schedule", .type = TP_STR },
			FLAGS("inject", bug_knobs), RANGE("check_every", 1, SCHED_MAX_CHECK_EVERY),
			{ .key = "preempt", .type = TP_STR } } },
	[TOP_EXPECT_VIOLATION] = { "expect_violation", TA_SETUP, false,
				   { { .key = "kind", .type = TP_STR, .required = true } } },
	[TOP_BARRIER] = { "barrier", 0, false, { } },
	[TOP_GMEM_CREATE] = { "gmem_create", TA_SETUP | TA_VMM, true,
			      { DEF("name", TOBJ_GMEM), REQ_ADDR("size"),
				FLAGS("flags", gmem_flags) } },
	[TOP_GMEM_FALLOCATE] = { "gmem_fallocate", ANY_ACTOR, true,
				 { REQ_REF("gmem", TOBJ_GMEM), ADDR("offset"), REQ_ADDR("len"),
				   FLAGS("mode", falloc_modes) } },
	[TOP_GMEM_CLOSE] = { "gmem_close", TA_SETUP | TA_VMM, true,
			     { REQ_REF("gmem", TOBJ_GMEM) } },
	[TOP_MEMFD_CREATE] = { "memfd_create", ANY_ACTOR, true,
			       { DEF("name", TOBJ_MEMFD), REQ_ADDR("size"), BOOLEAN("huge") } },
	[TOP_MEMFD_FALLOCATE] = { "memfd_fallocate", ANY_ACTOR, true,
				  { REQ_REF("memfd", TOBJ_MEMFD), ADDR("offset"), REQ_ADDR("len"),
				    FLAGS("mode", falloc_modes) } },
	[TOP_FTRUNCATE] = { "ftruncate", ANY_ACTOR, true,
			    { REQ_REF("memfd", TOBJ_MEMFD), REQ_ADDR("size") } },
	[TOP_MMAP] = { "mmap", ANY_ACTOR, true,
		       { DEF("name", TOBJ_MEM), REQ_ADDR("len"), FLAGS("prot", prots),
			 BOOLEAN("shared"), BOOLEAN("private"), BOOLEAN("anon"),
			 REF("memfd", TOBJ_MEMFD), REF("gmem", TOBJ_GMEM), ADDR("offset"),
			 ADDR("addr"), BOOLEAN("fixed") } },
	[TOP_MUNMAP] = { "munmap", ANY_ACTOR, true,
			 { REF("mem", TOBJ_MEM), ADDR("offset"), ADDR("addr"), REQ_ADDR("len") } },
	[TOP_MPROTECT] = { "mprotect", ANY_ACTOR, true,
			   { REF("mem", TOBJ_MEM), ADDR("offset"), ADDR("addr"), REQ_ADDR("len"),
			     FLAGS("prot", prots) } },
	[TOP_MADVISE] = { "madvise", ANY_ACTOR, true,
			  { REF("mem", TOBJ_MEM), ADDR("offset"), ADDR("addr"), REQ_ADDR("len"),
			    { .key = "advice", .type = TP_ENUM, .table = advices, .required = true } } },
	[TOP_HOST_READ] = { "host_read", ANY_ACTOR, true,
			    { REQ_REF("mem", TOBJ_MEM), ADDR("offset") } },
	[TOP_HOST_WRITE] = { "host_write", ANY_ACTOR, true,
			     { REQ_REF("mem", TOBJ_MEM), ADDR("offset"), ADDR("value") } },
	[TOP_SET_MEMORY_REGION] = { "set_memory_region", TA_SETUP | TA_VMM, true,
				    { { .key = "slot", .type = TP_NUM, .required = true,
					.max = U16_MAX },
				      RANGE("as", 0, U16_MAX), ADDR("gpa"), ADDR("size"), REF("mem", TOBJ_MEM),
				      ADDR("mem_offset"), ADDR("hva"), REF("gmem", TOBJ_GMEM),
				      ADDR("gmem_offset"), FLAGS_MAX("flags", memslot_flags, U32_MAX),
				      BOOLEAN("v1"), REF("gmem_file", TOBJ_MEMFD) } },
	[TOP_SET_MEMORY_ATTRIBUTES] = { "set_memory_attributes", TA_SETUP | TA_VMM, true,
					{ REQ_ADDR("gpa"), REQ_ADDR("size"), BOOLEAN("private"),
					  BOOLEAN("shared"), ADDR("attributes"), ADDR("flags") } },
	[TOP_HWPOISON] = { "hwpoison", ANY_ACTOR, true,
			   { REQ_REF("gmem", TOBJ_GMEM), ADDR("offset") } },
	/*
	 * Imported accesses: paging, the gfn is in a slot the guest's page
	 * tables live in; sptes, the leaves the kernel installed meanwhile, bit
	 * i for (gfn & ~7) + i (the fault's own and its prefetched neighbours).
	 */
	[TOP_READ] = { "read", TA_VCPU, true,
		       { REQ_ADDR("gpa"), BOOLEAN("private"), BOOLEAN("shared"),
			 BOOLEAN("paging"), ADDR_MAX("sptes", 0xff) } },
	[TOP_WRITE] = { "write", TA_VCPU, true,
			{ REQ_ADDR("gpa"), BOOLEAN("private"), BOOLEAN("shared"), ADDR("value"),
			  BOOLEAN("paging"), ADDR_MAX("sptes", 0xff) } },
	[TOP_EXEC] = { "exec", TA_VCPU, true,
		       { REQ_ADDR("gpa"), BOOLEAN("private"), BOOLEAN("shared"),
			 BOOLEAN("paging"), ADDR_MAX("sptes", 0xff) } },
	[TOP_PRE_FAULT] = { "pre_fault", TA_VCPU, true,
			    { REQ_ADDR("gpa"), REQ_ADDR("size") } },
	[TOP_VM_CREATE] = { "vm_create", TA_SETUP | TA_VMM, true,
			    { { .key = "type", .type = TP_ENUM, .table = vm_types,
				.required = true } } },
	[TOP_CHECK_EXTENSION] = { "check_extension", TA_SETUP | TA_VMM, true,
				  { { .key = "cap", .type = TP_ENUM, .table = caps,
				      .required = true }, BOOLEAN("vm") } },
	[TOP_FSTAT] = { "fstat", TA_SETUP | TA_VMM | TA_HOST, true,
			{ REF("gmem", TOBJ_GMEM), REF("memfd", TOBJ_MEMFD) } },
	[TOP_FCNTL_GETFL] = { "fcntl_getfl", TA_SETUP | TA_VMM | TA_HOST, true,
			      { REF("gmem", TOBJ_GMEM), REF("memfd", TOBJ_MEMFD) } },
	/* read(2)/write(2) at the file position, pread64/pwrite64 with offset= */
	[TOP_FILE_READ] = { "file_read", TA_SETUP | TA_VMM | TA_HOST, true,
			    { REF("gmem", TOBJ_GMEM), REF("memfd", TOBJ_MEMFD), ADDR("offset"),
			      ADDR_MAX("len", 1 << 20) } },
	[TOP_FILE_WRITE] = { "file_write", TA_SETUP | TA_VMM | TA_HOST, true,
			     { REF("gmem", TOBJ_GMEM), REF("memfd", TOBJ_MEMFD), ADDR("offset"),
			       ADDR_MAX("len", 1 << 20), ADDR("value") } },
	[TOP_FILE_LSEEK] = { "file_lseek", TA_SETUP | TA_VMM | TA_HOST, true,
			     { REF("gmem", TOBJ_GMEM), REF("memfd", TOBJ_MEMFD), ADDR("offset"),
			       { .key = "whence", .type = TP_ENUM, .table = whences,
				 .max = UINT_MAX } } },
	/* open("/proc/self/fd/N", O_RDWR), closed at once */
	[TOP_FILE_REOPEN] = { "file_reopen", TA_SETUP | TA_VMM | TA_HOST, true,
			      { REF("gmem", TOBJ_GMEM), REF("memfd", TOBJ_MEMFD) } },
	[TOP_DEV_IOCTL] = { "dev_ioctl", TA_SETUP | TA_VMM, true,
			    { { .key = "cmd", .type = TP_ENUM, .table = dev_ioctls, .required = true,
				.names_only = true }, ADDR("arg") } },
	[TOP_GET_DIRTY_LOG] = { "get_dirty_log", TA_SETUP | TA_VMM, true,
				{ { .key = "slot", .type = TP_NUM, .required = true,
				    .max = U16_MAX },
				  RANGE("as", 0, U16_MAX) } },
};

int trace_param_index(enum trace_op_id op, const char *key)
{
	const struct trace_op_desc *d = &trace_ops[op];

	for (int i = 0; i < TRACE_MAX_PARAMS && d->params[i].key; i++)
		if (!strcmp(d->params[i].key, key))
			return i;
	return -1;
}

unsigned long trace_run_knobs(const struct trace *t)
{
	int k = trace_param_index(TOP_RUN, "inject");
	unsigned long mask = 0;

	for (u32 i = 0; i < t->first_event; i++)
		if (t->stmt[i].op == TOP_RUN && trace_has(&t->stmt[i], k))
			mask |= (unsigned long)t->stmt[i].val[k];
	return mask;
}

u32 trace_nr_events(const struct trace *t)
{
	u32 n = 0;

	for (u32 i = 0; i < t->nr_stmt; i++)
		n += t->stmt[i].op != TOP_BARRIER && t->stmt[i].op != TOP_VM &&
		     t->stmt[i].op != TOP_RUN && t->stmt[i].op != TOP_EXPECT_VIOLATION;
	return n;
}
