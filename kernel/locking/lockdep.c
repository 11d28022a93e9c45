// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: kernel/locking/lockdep.c (the dependency graph, circular
 * and recursive locking checks, held-lock bookkeeping), and __might_sleep()
 * from kernel/sched/core.c.
 *
 * Classes.  A class is (key, subclass); the effective key address is
 * key + subclass (a lock_class_key spans MAX_LOCKDEP_SUBCLASSES bytes and a
 * static map, its own key, at least as many, so these never collide).  Classes
 * live in a fixed table of MAX_LOCKDEP_KEYS entries found through an
 * open-addressing hash that readers probe without a lock; a map caches the
 * class of its default subclass.
 *
 * Dependencies.  When a task acquires class B (not as a trylock) while holding
 * A, the edge A -> B is recorded with its kind: A held exclusive (E) or shared
 * (S), B acquired as a recursive reader (R) or not (N).  lockdep_deps[A][B] has
 * one bit per kind; the hot path (edge known) is one relaxed load per held lock.
 * A new edge triggers a breadth-first search from B back to A along *strong*
 * paths, the kernel's rule for read locks since v5.10: a path through a class
 * entered by a recursive-read acquisition (-(xR)->) and left while that class is
 * held shared (-(Sx)->) is not a deadlock, since readers do not wait for readers.
 * A strong cycle is reported as a possible circular locking dependency, with the
 * sites of the new acquisition and of every earlier observation on the cycle.
 *
 * Read-lock kinds: down_read() and read_lock() are shared non-recursive (1), as
 * the kernel treats them in process context (a reader may wait behind a
 * waiting writer); rcu/srcu readers use lock_map_acquire_read() (2, recursive).
 *
 * Lock chains [lockdep.c: lookup_chain_cache, validate_chain].  Each held
 * lock carries the class it was acquired as and the chain key of the stack up
 * to it: a 64-bit hash of the (class, read) ids from the bottom, as the
 * kernel's iterate_chain_key().  An acquisition whose chain (held stack plus
 * the new lock) passed all checks before skips them: the checks depend on
 * nothing but the ids in the chain and on edges that are never removed.  A
 * chain is cached only when it passed without a recursive-locking report, so
 * that report repeats; a cycle report records its edge, so it would not.  A
 * release from the middle of the stack recomputes the keys above it, as the
 * kernel's reacquire does.  A full chain table only stops caching (the kernel
 * turns lockdep off), so the checks still run.
 *
 * Simplified against the kernel: edges are added from every held lock (the
 * kernel adds them from the nearest non-trylock held lock and relies on
 * transitivity, through its lock-chain cache); no IRQ-safety state, no
 * nest_lock, no lock statistics; a report does not turn lockdep off (the
 * offending edge is recorded, so each inversion is reported once per process),
 * only an overflow of MAX_LOCK_DEPTH, of the class table or of the edge pool
 * does, like the kernel's debug_locks_off().
 *
 * Locking: the graph is process-global (classes are static) and changed only
 * under lockdep_graph_lock, a plain pthread mutex: it is the checker, not part
 * of the model, so it is no scheduling point and invisible to lockdep.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include <linux/bug.h>
#include <linux/kernel.h>
#include <linux/lockdep.h>
#include <linux/sched.h>

#define LOCKDEP_HASH_SIZE (2 * MAX_LOCKDEP_KEYS)
#define MAX_LOCKDEP_EDGES 16384
#define LOCKDEP_NAME_LEN 64
#define MAX_LOCKDEP_CHAINS 8192	/* chain table slots, a power of two; ~100 chains in use */
#define LOCKDEP_CHAINS_FILL (MAX_LOCKDEP_CHAINS / 4 * 3)
#define LOCKDEP_CHAIN_PROBES 64

/* Dependency kinds [lockdep.c: DEP_*_BIT]: prev held Exclusive/Shared, next Recursive/Non. */
enum {
	DEP_EN,
	DEP_ER,
	DEP_SN,
	DEP_SR,
};

static inline unsigned int dep_kind(bool prev_shared, bool next_recursive)
{
	return (prev_shared ? DEP_SN : DEP_EN) | (next_recursive ? 1U : 0U);
}

static inline bool dep_prev_shared(unsigned int kind)
{
	return kind & 2U;
}

static inline bool dep_next_recursive(unsigned int kind)
{
	return kind & 1U;
}

struct lock_class {
	char name[LOCKDEP_NAME_LEN];	/* "&kvm->mmu_lock", "/N" appended for subclass N */
	int edges;			/* first edge out of this class, -1: none */
};

/* One observed dependency prev -> next of one kind, with where it was first seen. */
struct lock_edge {
	u16 prev, next;
	u8 kind;
	int link;			/* next edge out of the same class, -1: end */
	const char *prev_file;		/* where prev was acquired */
	int prev_line;
	const char *next_file;		/* where next was acquired while holding prev */
	int next_line;
	char comm[TASK_COMM_LEN];	/* who did it */
};

struct lock_class_slot {
	uintptr_t key;			/* key + subclass, 0: empty; published with release */
	int idx;			/* written before key, never changed */
};

_Static_assert(sizeof(struct lockdep_map) >= MAX_LOCKDEP_SUBCLASSES,
	       "a static map is its own key: its subclasses must stay inside it");

int debug_locks = 1;

/* Protects everything below except the lock-free reads documented at each. */
static pthread_mutex_t lockdep_graph_lock = PTHREAD_MUTEX_INITIALIZER;
static struct lock_class lock_classes[MAX_LOCKDEP_KEYS];
static unsigned int nr_lock_classes;
static struct lock_class_slot lock_class_hash[LOCKDEP_HASH_SIZE];
static struct lock_edge lock_edges[MAX_LOCKDEP_EDGES];
static unsigned int nr_lock_edges;
/* Bit (1 << kind) set once the edge [prev][next] of that kind is recorded. */
static u8 lockdep_deps[MAX_LOCKDEP_KEYS][MAX_LOCKDEP_KEYS];

/*
 * Validated lock chains: open addressing on the chain key, 0 = empty.  Lock
 * free: a slot goes 0 -> key once (CAS) and never changes again.
 */
static u64 lock_chains[MAX_LOCKDEP_CHAINS];
static unsigned int nr_lock_chains;

/* BFS state, under lockdep_graph_lock: one node per (class, entered by R edge). */
static unsigned int bfs_gen;
static unsigned int bfs_seen[MAX_LOCKDEP_KEYS][2];
static int bfs_parent[MAX_LOCKDEP_KEYS][2];	/* edge that first reached the node */
static int bfs_from[MAX_LOCKDEP_KEYS][2];	/* node it was reached from */
static u32 bfs_queue[MAX_LOCKDEP_KEYS * 2];

void debug_locks_off(void)
{
	/* lock-free readers only ever see it go 1 -> 0 */
	__atomic_store_n(&debug_locks, 0, __ATOMIC_RELAXED);
}

static inline bool lockdep_on(void)
{
	/* see debug_locks_off() */
	return __atomic_load_n(&debug_locks, __ATOMIC_RELAXED);
}

unsigned int lockdep_nr_classes(void)
{
	/* a statistic: orders nothing */
	return __atomic_load_n(&nr_lock_classes, __ATOMIC_RELAXED);
}

void lockdep_init_map_wait(struct lockdep_map *map, const char *name, struct lock_class_key *key,
			   int subclass, u8 wait_type)
{
	map->name = name;
	map->key = key;
	map->subclass = subclass;
	map->wait_type = wait_type;
	/* the map may be re-initialised (lockdep_set_class) while others read the cache */
	__atomic_store_n(&map->class_cache, 0, __ATOMIC_RELAXED);
}

static inline uintptr_t class_hash_key(const struct lockdep_map *map, unsigned int subclass)
{
	const void *key = map->key ? (const void *)map->key : (const void *)map;

	return (uintptr_t)key + subclass;
}

static inline unsigned int class_hash_slot(uintptr_t k)
{
	/* Fibonacci hashing of the address: lookup only, never a model decision. */
	return (unsigned int)((k * 0x9E3779B97F4A7C15ull) >> 40) % LOCKDEP_HASH_SIZE;
}

/* Lock-free lookup; -1 when the class is not registered yet. */
static int class_lookup(uintptr_t k)
{
	for (unsigned int i = class_hash_slot(k), n = 0; n < LOCKDEP_HASH_SIZE;
	     i = (i + 1) % LOCKDEP_HASH_SIZE, n++) {
		/* pairs with the release in class_register(): idx is written before */
		uintptr_t found = __atomic_load_n(&lock_class_hash[i].key, __ATOMIC_ACQUIRE);

		if (found == k)
			return lock_class_hash[i].idx;
		if (!found)
			return -1;
	}
	return -1;
}

static int class_register(const struct lockdep_map *map, unsigned int subclass, uintptr_t k)
{
	struct lock_class *class;
	unsigned int i;
	int idx;

	pthread_mutex_lock(&lockdep_graph_lock);
	idx = class_lookup(k);
	if (idx >= 0)
		goto out;
	if (nr_lock_classes >= MAX_LOCKDEP_KEYS) {
		pthread_mutex_unlock(&lockdep_graph_lock);
		if (lockdep_on()) {
			debug_locks_off();
			report_violation("lockdep", "MAX_LOCKDEP_KEYS too low", __FILE__, __LINE__,
					 "%u lock classes in use registering %s; turning off the "
					 "locking correctness validator", MAX_LOCKDEP_KEYS,
					 map->name ? map->name : "?");
		}
		return -1;
	}
	idx = (int)nr_lock_classes;
	class = &lock_classes[idx];
	if (subclass)
		snprintf(class->name, sizeof(class->name), "%s/%u", map->name ? map->name : "?",
			 subclass);
	else
		snprintf(class->name, sizeof(class->name), "%s", map->name ? map->name : "?");
	class->edges = -1;
	/* statistic for lockdep_nr_classes() */
	__atomic_store_n(&nr_lock_classes, nr_lock_classes + 1, __ATOMIC_RELAXED);

	for (i = class_hash_slot(k); lock_class_hash[i].key; i = (i + 1) % LOCKDEP_HASH_SIZE)
		;
	lock_class_hash[i].idx = idx;
	/* publishes idx and the class entry to class_lookup() */
	__atomic_store_n(&lock_class_hash[i].key, k, __ATOMIC_RELEASE);
out:
	pthread_mutex_unlock(&lockdep_graph_lock);
	return idx;
}

/* The class of @map acquired with effective @subclass; -1 if lockdep is off. */
static int map_class(struct lockdep_map *map, unsigned int subclass)
{
	uintptr_t k = class_hash_key(map, subclass);
	int idx;

	if (subclass == (unsigned int)map->subclass) {
		/* cache of a value that never changes once set; any reader may fill it */
		idx = __atomic_load_n(&map->class_cache, __ATOMIC_RELAXED) - 1;
		if (idx >= 0)
			return idx;
	}
	idx = class_lookup(k);
	if (idx < 0)
		idx = class_register(map, subclass, k);
	if (idx >= 0 && subclass == (unsigned int)map->subclass)
		/* see above */
		__atomic_store_n(&map->class_cache, idx + 1, __ATOMIC_RELAXED);
	return idx;
}

static inline int held_class(const struct held_lock *h)
{
	return h->class_idx;
}

/* ---- lock chains -------------------------------------------------------------- */

/* [lockdep.c: hlock_id]: the class and the read kind of one acquisition. */
static inline u64 chain_id(int cls, int read)
{
	return (u64)cls | (u64)read << 16;
}

/* [lockdep.c: iterate_chain_key]; 0 is the empty stack. */
static inline u64 chain_key_next(u64 key, u64 id)
{
	key = (key ^ (id + 1)) * 0x9E3779B97F4A7C15ull;
	key ^= key >> 29;
	return key ? key : 1;
}

static inline u64 held_chain_below(const struct task_struct *curr, int i)
{
	return i ? curr->held_locks[i - 1].chain_key : 0;
}

static inline unsigned int chain_slot(u64 key)
{
	return (unsigned int)(key >> 32 ^ key) & (MAX_LOCKDEP_CHAINS - 1);
}

/* Has the chain @key passed every check before?  Lock free. */
static bool chain_cached(u64 key)
{
	unsigned int i = chain_slot(key);

	for (int n = 0; n < LOCKDEP_CHAIN_PROBES; n++, i = (i + 1) & (MAX_LOCKDEP_CHAINS - 1)) {
		/* pairs with the CAS in chain_add(): the checks of the chain were done */
		u64 found = __atomic_load_n(&lock_chains[i], __ATOMIC_ACQUIRE);

		if (found == key)
			return true;
		if (!found)
			return false;
	}
	return false;
}

/* Remember that the chain @key passed; a full table only stops caching. */
static void chain_add(u64 key)
{
	unsigned int i = chain_slot(key);

	/* a statistic bounding the fill: a few racing inserts past it do no harm */
	if (__atomic_load_n(&nr_lock_chains, __ATOMIC_RELAXED) >= LOCKDEP_CHAINS_FILL)
		return;
	for (int n = 0; n < LOCKDEP_CHAIN_PROBES; n++, i = (i + 1) & (MAX_LOCKDEP_CHAINS - 1)) {
		u64 old = 0;

		/* release: publishes to chain_cached() that the chain was checked */
		if (__atomic_compare_exchange_n(&lock_chains[i], &old, key, false,
						__ATOMIC_RELEASE, __ATOMIC_ACQUIRE)) {
			/* see above */
			__atomic_fetch_add(&nr_lock_chains, 1, __ATOMIC_RELAXED);
			return;
		}
		if (old == key)
			return;
	}
}

/* Recompute the chain keys of held locks @from.. after a change below them. */
static void rechain(struct task_struct *curr, int from)
{
	u64 key = held_chain_below(curr, from);

	for (int i = from; i < curr->lockdep_depth; i++) {
		struct held_lock *h = &curr->held_locks[i];

		key = chain_key_next(key, chain_id(h->class_idx, h->read));
		h->chain_key = key;
	}
}

static const char *class_name(int idx)
{
	return lock_classes[idx].name;
}

static const char *read_tag(int read)
{
	return read == 2 ? " (recursive read)" : read ? " (read)" : "";
}

/* ---- the dependency graph ---------------------------------------------------- */

/*
 * Is there a strong path @from -> ... -> @to, given that @from is entered by an
 * edge whose next side is recursive (@from_r) and that the path must be left at
 * @to by an edge whose prev side is shared (@to_shared)?  Returns the BFS node
 * reached at @to (class * 2 + r), or -1.  Under lockdep_graph_lock.
 */
static int find_strong_path(unsigned int from, bool from_r, unsigned int to, bool to_shared)
{
	unsigned int head = 0, tail = 0;

	if (!++bfs_gen) {
		memset(bfs_seen, 0, sizeof(bfs_seen));
		bfs_gen = 1;
	}
	bfs_seen[from][from_r] = bfs_gen;
	bfs_parent[from][from_r] = -1;
	bfs_queue[tail++] = from * 2 + from_r;

	while (head < tail) {
		u32 node = bfs_queue[head++];
		unsigned int cls = node / 2;
		bool entered_r = node & 1;

		if (cls == to && !(entered_r && to_shared))
			return (int)node;
		for (int e = lock_classes[cls].edges; e >= 0; e = lock_edges[e].link) {
			const struct lock_edge *edge = &lock_edges[e];
			bool r = dep_next_recursive(edge->kind);

			/* a reader entered recursively does not block a shared holder's edge */
			if (entered_r && dep_prev_shared(edge->kind))
				continue;
			if (bfs_seen[edge->next][r] == bfs_gen)
				continue;
			bfs_seen[edge->next][r] = bfs_gen;
			bfs_parent[edge->next][r] = e;
			bfs_from[edge->next][r] = (int)node;
			bfs_queue[tail++] = edge->next * 2U + r;
		}
	}
	return -1;
}

/*
 * Format the cycle "A -> B -> ... -> A" (A held, B being acquired) and the
 * earlier observations on the path B -> ... -> A into @buf.
 */
static void format_cycle(char *buf, size_t len, int end_node, int prev, int next,
			 const struct held_lock *hprev, int read, const char *file, int line)
{
	int path[MAX_LOCKDEP_KEYS * 2];
	int n = 0, node = end_node;
	size_t off;

	while (node >= 0 && bfs_parent[node / 2][node & 1] >= 0) {
		int e = bfs_parent[node / 2][node & 1];

		path[n++] = e;
		node = bfs_from[node / 2][node & 1];
	}

	off = (size_t)snprintf(buf, len, "possible circular locking dependency: %s -> %s",
			       class_name(prev), class_name(next));
	for (int i = n - 1; i >= 0 && off < len; i--)
		off += (size_t)snprintf(buf + off, len - off, " -> %s",
					class_name(lock_edges[path[i]].next));
	if (off < len)
		off += (size_t)snprintf(buf + off, len - off,
					"\n  %s acquires %s%s at %s:%d holding %s%s "
					"(acquired at %s:%d)",
					current->comm, class_name(next), read_tag(read), file, line,
					class_name(prev), read_tag(hprev->read), hprev->file,
					hprev->line);
	for (int i = n - 1; i >= 0 && off < len; i--) {
		const struct lock_edge *edge = &lock_edges[path[i]];

		off += (size_t)snprintf(buf + off, len - off,
					"\n  earlier: %s acquired %s%s at %s:%d holding %s%s "
					"(acquired at %s:%d)",
					edge->comm, class_name(edge->next),
					dep_next_recursive(edge->kind) ? " (recursive read)" : "",
					edge->next_file, edge->next_line, class_name(edge->prev),
					dep_prev_shared(edge->kind) ? " (read)" : "",
					edge->prev_file, edge->prev_line);
	}
}

/*
 * Record prev -> next of @kind, first checking that it closes no strong cycle
 * [lockdep.c: check_prev_add, check_noncircular].  The edge is recorded even
 * when it does, so that one inversion is reported once.
 */
static void add_dep(const struct held_lock *hprev, int prev, int next, unsigned int kind,
		    int read, const char *file, int line)
{
	char msg[512];
	struct lock_edge *edge;
	bool cycle = false, overflow = false;
	int end;

	pthread_mutex_lock(&lockdep_graph_lock);
	if (lockdep_deps[prev][next] & (1U << kind))
		goto unlock;

	end = find_strong_path((unsigned int)next, dep_next_recursive(kind), (unsigned int)prev,
			       dep_prev_shared(kind));
	if (end >= 0) {
		format_cycle(msg, sizeof(msg), end, prev, next, hprev, read, file, line);
		cycle = true;
	}

	if (nr_lock_edges >= MAX_LOCKDEP_EDGES) {
		overflow = true;
		goto unlock;
	}
	edge = &lock_edges[nr_lock_edges];
	edge->prev = (u16)prev;
	edge->next = (u16)next;
	edge->kind = (u8)kind;
	edge->prev_file = hprev->file;
	edge->prev_line = hprev->line;
	edge->next_file = file;
	edge->next_line = line;
	snprintf(edge->comm, sizeof(edge->comm), "%s", current->comm);
	edge->link = lock_classes[prev].edges;
	lock_classes[prev].edges = (int)nr_lock_edges++;
	/* the hot path reads the bit without the lock; the edge list is only read under it */
	__atomic_fetch_or(&lockdep_deps[prev][next], (u8)(1U << kind), __ATOMIC_RELAXED);
unlock:
	pthread_mutex_unlock(&lockdep_graph_lock);

	if (cycle)
		report_violation("lockdep", "possible circular locking dependency", file, line,
				 "%s", msg);
	if (overflow && lockdep_on()) {
		debug_locks_off();
		report_violation("lockdep", "MAX_LOCKDEP_EDGES too low", file, line,
				 "%d dependencies recorded; turning off the locking correctness "
				 "validator", MAX_LOCKDEP_EDGES);
	}
}

/* [lockdep.c: check_prevs_add]: an edge from each held lock to the new class. */
static void check_prevs_add(struct task_struct *curr, int next, int read, const char *file,
			    int line)
{
	for (int i = curr->lockdep_depth - 1; i >= 0; i--) {
		const struct held_lock *h = &curr->held_locks[i];
		unsigned int kind = dep_kind(h->read != 0, read == 2);
		int prev = held_class(h);

		if (prev < 0 || prev == next)
			continue;
		/* hot path: the edge is already known (set once, never cleared) */
		if (__atomic_load_n(&lockdep_deps[prev][next], __ATOMIC_RELAXED) & (1U << kind))
			continue;
		add_dep(h, prev, next, kind, read, file, line);
	}
}

/*
 * [lockdep.c: check_deadlock]: taking a class that is already held deadlocks,
 * unless both acquisitions are reads and the new one is recursive.
 */
static bool check_deadlock(struct task_struct *curr, struct lockdep_map *map, int cls, int read,
			   const char *file, int line)
{
	for (int i = 0; i < curr->lockdep_depth; i++) {
		const struct held_lock *h = &curr->held_locks[i];

		if (held_class(h) != cls)
			continue;
		if (read == 2 && h->read)
			continue;
		report_violation("lockdep", "possible recursive locking", file, line,
				 "possible recursive locking detected: %s acquires %s%s at %s:%d "
				 "but already holds %s%s (acquired at %s:%d)%s",
				 curr->comm, class_name(cls), read_tag(read), file, line,
				 class_name(cls), read_tag(h->read), h->file, h->line,
				 h->instance == map ? "" : " (another instance of the same class; "
				 "use a _nested() subclass if the nesting is ordered)");
		return true;
	}
	return false;
}

/* ---- acquire and release ------------------------------------------------------ */

static void __lock_acquire(struct lockdep_map *map, unsigned int subclass, int trylock, int read,
			   const char *file, int line)
{
	struct task_struct *curr;
	struct held_lock *h;
	u64 key;
	int cls;

	if (!lockdep_on())
		return;
	curr = current;
	if (!subclass)
		subclass = (unsigned int)map->subclass;
	if (subclass >= MAX_LOCKDEP_SUBCLASSES) {
		report_violation("lockdep", "subclass >= MAX_LOCKDEP_SUBCLASSES", file, line,
				 "%s acquired with subclass %u", map->name, subclass);
		return;
	}
	cls = map_class(map, subclass);
	if (cls < 0)
		return;

	if (curr->lockdep_depth >= MAX_LOCK_DEPTH) {
		debug_locks_off();
		report_violation("lockdep", "MAX_LOCK_DEPTH too low", file, line,
				 "%s holds %d locks acquiring %s; turning off the locking "
				 "correctness validator", curr->comm, curr->lockdep_depth,
				 class_name(cls));
		return;
	}
	key = chain_key_next(held_chain_below(curr, curr->lockdep_depth), chain_id(cls, read));
	/* [lockdep.c: validate_chain]: a chain seen before needs no check */
	if (!trylock && !chain_cached(key)) {
		bool recursive = check_deadlock(curr, map, cls, read, file, line);

		check_prevs_add(curr, cls, read, file, line);
		if (!recursive && lockdep_on())
			chain_add(key);
	}

	h = &curr->held_locks[curr->lockdep_depth++];
	h->chain_key = key;
	h->instance = map;
	h->file = file;
	h->line = line;
	h->class_idx = (u16)cls;
	h->read = (unsigned char)read;
}

void lock_acquire(struct lockdep_map *map, unsigned int subclass, int trylock, int read,
		  const char *file, int line)
{
	__lock_acquire(map, subclass, trylock, read, file, line);
}

void lock_acquire_wait(struct lockdep_map *map, unsigned int subclass, int read,
		       const char *file, int line)
{
	__lock_acquire(map, subclass, 0, read, file, line);
}

static int find_held(const struct task_struct *curr, const struct lockdep_map *map)
{
	for (int i = curr->lockdep_depth - 1; i >= 0; i--)
		if (curr->held_locks[i].instance == map)
			return i;
	return -1;
}

/* [lockdep.c: __lock_release]: locks may be released in any order. */
void lock_release(struct lockdep_map *map, const char *file, int line)
{
	struct task_struct *curr;
	int i;

	if (!lockdep_on())
		return;
	curr = current;
	i = find_held(curr, map);
	if (i < 0) {
		report_violation("lockdep", "bad unlock balance", file, line,
				 "bad unlock balance detected: %s is trying to release %s at "
				 "%s:%d but does not hold it", curr->comm, map->name, file, line);
		return;
	}
	if (i == curr->lockdep_depth - 1) {
		curr->lockdep_depth--;
		return;
	}
	memmove(&curr->held_locks[i], &curr->held_locks[i + 1],
		(size_t)(curr->lockdep_depth - i - 1) * sizeof(curr->held_locks[0]));
	curr->lockdep_depth--;
	rechain(curr, i);
}

void lock_downgrade(struct lockdep_map *map, const char *file, int line)
{
	struct task_struct *curr;
	int i;

	if (!lockdep_on())
		return;
	curr = current;
	i = find_held(curr, map);
	if (i < 0 || curr->held_locks[i].read) {
		report_violation("lockdep", "downgrade of a lock not held for write", file, line,
				 "%s downgrades %s at %s:%d without holding it for write",
				 curr->comm, map->name, file, line);
		return;
	}
	curr->held_locks[i].read = 1;
	rechain(curr, i);
}

int lock_is_held_type(const struct lockdep_map *map, int read)
{
	struct task_struct *curr;

	/* like the kernel, an assertion cannot be checked once lockdep is off */
	if (!lockdep_on())
		return 1;
	curr = current;
	/* innermost first: an assertion is most often about a recent lock */
	for (int i = curr->lockdep_depth - 1; i >= 0; i--) {
		const struct held_lock *h = &curr->held_locks[i];

		if (h->instance != map)
			continue;
		if (read == -1 || (read == 0) == (h->read == 0))
			return 1;
	}
	return 0;
}

int lockdep_held_by_current(const struct lockdep_map *map)
{
	struct task_struct *curr;
	int i;

	if (!lockdep_on())
		return -1;
	curr = current;
	i = find_held(curr, map);
	return i < 0 ? -1 : curr->held_locks[i].read;
}

void __lockdep_assert(const struct lockdep_map *map, int want, const char *cond,
		      const char *file, int line)
{
	static const char *const what[] = { "", " for write", " for read" };

	if (want == -2) {
		if (lockdep_on() && lock_is_held_type(map, -1))
			report_violation("lockdep", cond, file, line, "%s holds %s",
					 current->comm, map->name);
		return;
	}
	if (!lock_is_held_type(map, want))
		report_violation("lockdep", cond, file, line, "%s does not hold %s%s",
				 current->comm, map->name, what[want + 1]);
}

/* ---- might_sleep -------------------------------------------------------------- */

void __might_sleep(const char *file, int line)
{
	struct task_struct *curr = current;

	for (int i = curr->lockdep_depth - 1; i >= 0; i--) {
		const struct held_lock *h = &curr->held_locks[i];
		u8 wt = h->instance->wait_type;

		if (wt == LD_WAIT_INV || wt >= LD_WAIT_SLEEP)
			continue;
		report_violation("lockdep", "sleeping function called from invalid context",
				 file, line,
				 "BUG: sleeping function called from invalid context at %s:%d: "
				 "%s holds %s%s (acquired at %s:%d)", file, line, curr->comm,
				 h->instance->name, read_tag(h->read), h->file, h->line);
		return;
	}
	if (curr->rcu_read_lock_nesting > 0)
		report_violation("lockdep", "sleeping function called from invalid context",
				 file, line,
				 "BUG: sleeping function called from invalid context at %s:%d: "
				 "%s is inside rcu_read_lock() (nesting %d)", file, line,
				 curr->comm, curr->rcu_read_lock_nesting);
}
