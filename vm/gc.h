/* gc.h — memory: the one allocator, the tracing collector, and the rules
 * for holding values in C.
 *
 * skein has one precise, non-moving mark-and-sweep collector. There is no
 * reference counting anywhere.
 *
 * The rules C code follows:
 *  1. Every byte comes from sk_mem_* (raw buffers: list storage, dict
 *     tables, strings of bigints) or sk_gc_new (objects). Both go through
 *     the host's allocator hook and are counted. When the hook refuses,
 *     they return NULL with MemoryError set; nothing aborts.
 *  2. Only sk_gc_new (and an explicit sk_gc_collect) can run a collection.
 *     Raw allocations never collect.
 *  3. The roots are: the VM's own fields (types, names, modules, builtins,
 *     the loop), every frame on the running chain (all its registers), the
 *     exception being raised and the exc_info stack, and the C root stack.
 *  4. A value held in a C local across a call that may allocate must be
 *     reachable from a root. Arguments a native function receives already
 *     are (they live in the caller's registers). Anything else — a fresh
 *     object being filled in, an intermediate result — is rooted with
 *     SK_ROOT(vm, local). The collector reads the local through its
 *     address, so reassigning the local later is fine.
 *  5. A function that roots a local opens SK_ROOT_SCOPE(vm) first: the
 *     roots it pushes are popped when it returns, on every path, error
 *     paths included. (A root left behind would point into a dead stack
 *     frame.) A block that roots a variable declared inside it opens its
 *     own scope the same way. tests/lint/check_roots.py checks both.
 *  6. New objects are zero-filled: every field is SK_NULL, which the
 *     collector skips, so an object may be traced while half-built.
 *  7. Objects are never moved, so a C pointer to a rooted object stays
 *     valid across collections.
 *
 * Stores into heap objects are plain assignments today; they would go
 * through a setter if an incremental collector (which needs a write
 * barrier) ever replaces this one.
 */
#ifndef SK_GC_H
#define SK_GC_H

#include "vm.h"

/* Raw memory, counted against the VM's budget. sk_mem_alloc returns
 * uninitialised memory, NULL with MemoryError set on failure. */
SK_INTERNAL void *sk_mem_alloc(sk_vm *vm, size_t size) SK_MUST_CHECK;
SK_INTERNAL void *sk_mem_realloc(sk_vm *vm, void *p, size_t old_size, size_t new_size) SK_MUST_CHECK;
SK_INTERNAL void sk_mem_free(sk_vm *vm, void *p, size_t size);
/* The allocator sk_buf uses inside a VM (ud is the vm). */
SK_INTERNAL void *sk_mem_buf_alloc(void *ud, void *p, size_t old_size, size_t new_size);

/* A new zero-filled object of `size` bytes whose type is `type`. May
 * collect first. NULL with MemoryError set on failure. */
SK_INTERNAL sk_obj *sk_gc_new(sk_vm *vm, sk_type *type, size_t size) SK_MUST_CHECK;

/* Runs a full collection now. */
SK_INTERNAL void sk_gc_collect(sk_vm *vm);
/* The same, returning how many objects were found unreachable (freed, or
 * kept for their finaliser). */
SK_INTERNAL size_t sk_gc_collect_count(sk_vm *vm);

/* Runs, at a safe point, what collections left to do in Python: the
 * finalisers of the objects they queued (type->py_finalize, or a class's
 * __del__), oldest object first, and the callbacks of weak references
 * whose referent died. The exception being raised, if any, is kept aside
 * and restored; errors in finalisers are reported as unraisable. Returns
 * how many finalisers ran. Does nothing when called from a finaliser. */
SK_INTERNAL size_t sk_gc_run_finalizers(sk_vm *vm);
/* An object of a SK_TF_TRACK_LATE type may now need its finaliser (call
 * it once per object). */
SK_INTERNAL void sk_gc_track_finalizer(sk_vm *vm, sk_obj *o);
/* A class gained or lost __del__, or an object changed class: the next
 * collection rebuilds its list of objects that may need a finaliser. */
SK_INTERNAL void sk_gc_note_finalizer_change(sk_vm *vm);
/* Whether a collection left finalisers or callbacks to run: the
 * interpreter checks this at its safe points (backward jumps, function
 * entry), as it checks for Ctrl-C. */
static inline bool sk_gc_finalizers_pending(sk_vm *vm) { return vm->finalizers_pending; }

/* For the C finaliser (type->finalize) of a small object that looks at
 * another object: whether that one is still there. A sweep frees small
 * objects size class by size class, clearing each dead one's type as it
 * goes, and frees big objects (types among them) only after every small
 * one, so a dead small object reads as gone and a big one is intact. */
static inline bool sk_gc_swept(const sk_obj *o) { return o->type == NULL; }

/* Marking, for types' trace functions. Reading the header of each object
 * met is most of the cost of marking (a cache miss, in a big heap), so an
 * object met is not looked at at once: its header is fetched and it waits
 * in a small ring (vm->mark_ring) while the next ones are met; the one it
 * pushes out is tested then, and if unmarked, sk_gc_mark_new marks it and
 * queues it for tracing. The collector empties the ring before it trusts
 * the marks. */
SK_INTERNAL void sk_gc_mark_new(sk_vm *vm, sk_obj *o);
static inline void sk_gc_mark_obj(sk_vm *vm, sk_obj *o) {
    __builtin_prefetch(o, 1);
    sk_obj *due = vm->mark_ring[vm->mark_ring_pos];
    vm->mark_ring[vm->mark_ring_pos] = o;
    vm->mark_ring_pos = (vm->mark_ring_pos + 1) & (SK_GC_MARK_RING - 1);
    if (due && !(due->gc & SK_GC_MARK)) sk_gc_mark_new(vm, due);
}
static inline void sk_gc_mark(sk_vm *vm, sk_value v) {
    if (sk_is_ptr(v)) sk_gc_mark_obj(vm, sk_as_obj(v));
}
SK_INTERNAL void sk_gc_mark_array(sk_vm *vm, const sk_value *v, size_t n);

/* The C root stack (rule 4 and 5). */
SK_INTERNAL void sk_gc_root_grow(sk_vm *vm, sk_value *slot);
static inline void sk_gc_root(sk_vm *vm, sk_value *slot) {
    if (SK_LIKELY(vm->nroots < vm->roots_cap)) vm->roots[vm->nroots++] = slot;
    else sk_gc_root_grow(vm, slot);
}
#define SK_ROOT(vm, local) sk_gc_root((vm), &(local))
static inline size_t sk_gc_roots_save(sk_vm *vm) { return vm->nroots; }
static inline void sk_gc_roots_restore(sk_vm *vm, size_t mark) {
    if (vm->nroots > mark) vm->nroots = mark;
    if (mark == 0) vm->roots_overflow = false;
}

/* Rule 5: the roots pushed after this point are popped when the enclosing
 * block is left, by the compiler's cleanup attribute. Open one at the top
 * of every function that roots, and at the top of every inner block that
 * roots a variable declared in it (whose address dies with the block); such
 * a block must not root the variables of outer blocks. */
typedef struct sk_root_scope {
    sk_vm *vm;
    size_t mark;
} sk_root_scope;
static inline void sk_root_scope_end(sk_root_scope *s) { sk_gc_roots_restore(s->vm, s->mark); }
#define SK_CONCAT_(a, b) a##b
#define SK_CONCAT(a, b) SK_CONCAT_(a, b)
#define SK_ROOT_SCOPE(vm_expr)                                                                  \
    sk_root_scope SK_CONCAT(sk_root_scope_, __LINE__) __attribute__((cleanup(sk_root_scope_end))) = { \
        (vm_expr), (vm_expr)->nroots}

/* Collection can be switched off around code that cannot root what it
 * holds (VM bootstrap, the collector's own finalisation pass). Nests. */
static inline void sk_gc_pause(sk_vm *vm) { vm->gc_pause++; }
static inline void sk_gc_resume(sk_vm *vm) { vm->gc_pause--; }

/* A weak reference. Its trace function does not mark `target`; after
 * marking, weakrefs whose target died are cleared (target = SK_NULL) and,
 * if they have a callback and are alive themselves, queued in
 * vm->weakref_callbacks to have it called by sk_gc_run_finalizers. */
typedef struct sk_weakref {
    sk_obj hdr;
    sk_value target;
    sk_value callback;             /* SK_NULL: none */
    int64_t hash;                  /* -1 until computed */
    struct sk_weakref *next_seen;  /* collector's list of live weakrefs */
} sk_weakref;

/* Called by the weakref type's trace function. */
SK_INTERNAL void sk_gc_note_weakref(sk_vm *vm, sk_weakref *ref);

/* Set up and tear down the collector's own state. sk_gc_free_all frees
 * every object without tracing (VM shutdown). */
SK_INTERNAL bool sk_gc_init(sk_vm *vm);
SK_INTERNAL void sk_gc_free_all(sk_vm *vm);
/* The memory reserve: given up as MemoryError is raised, so that the
 * handler and the traceback printer have room; taken back, if it can be,
 * after each collection. */
SK_INTERNAL void sk_gc_release_reserve(sk_vm *vm);
SK_INTERNAL void sk_gc_refill_reserve(sk_vm *vm);

/* Calls fn on every object of the heap, in no particular order, until it
 * returns false. fn must not allocate objects (it may allocate raw
 * memory). */
typedef bool (*sk_gc_visit_fn)(sk_vm *vm, sk_obj *o, void *ud);
SK_INTERNAL void sk_gc_each_object(sk_vm *vm, sk_gc_visit_fn fn, void *ud);
/* Orders objects by age: a larger number is a younger object. */
static inline uint64_t sk_gc_age_order(const sk_obj *o) { return (uint64_t)o->gc >> 3; }

/* Whether an object was marked in the collection that is running. */
static inline bool sk_gc_is_marked(const sk_obj *o) { return (o->gc & SK_GC_MARK) != 0; }

#endif
