/* gc.c — the allocator and the mark-and-sweep collector (see gc.h for the
 * rules the rest of the VM follows).
 *
 * Collection: mark from the roots with an explicit gray stack (deep
 * structures never recurse in C; if the stack cannot grow, marking falls
 * back to rescanning the heap), keep alive the unreachable objects that
 * still need a Python-level finaliser, clear dead weak references (queuing
 * their callbacks), then sweep the list of all objects. A collection runs
 * no Python code: finalisers and weakref callbacks wait in queues for
 * sk_gc_run_finalizers, called at a safe point.
 */
#include "gc.h"

#include <stdlib.h>

#include <string.h>

#include "exc.h"
#include "func.h"
#include "list.h"
#include "ops.h"
#include "type.h"
#include "warn.h"

/* The first collection waits for this much memory; afterwards the
 * threshold is twice what survived. */
#define GC_MIN_THRESHOLD (4u << 20)

/* ---- raw memory ------------------------------------------------------- */

static void *host_realloc(sk_vm *vm, void *p, size_t old_size, size_t new_size) {
    if (new_size > old_size && vm->config.max_memory &&
        vm->bytes_in_use + (new_size - old_size) > vm->config.max_memory)
        return NULL;
    void *q = vm->config.alloc(vm->config.alloc_ud, p, old_size, new_size);
    if (q || new_size == 0) vm->bytes_in_use = vm->bytes_in_use - old_size + new_size;
    return q;
}

void *sk_mem_alloc(sk_vm *vm, size_t size) {
    void *p = host_realloc(vm, NULL, 0, size ? size : 1);
    if (!p) sk_exc_no_memory(vm);
    return p;
}

void *sk_mem_realloc(sk_vm *vm, void *p, size_t old_size, size_t new_size) {
    void *q = host_realloc(vm, p, old_size, new_size ? new_size : 1);
    if (!q) sk_exc_no_memory(vm);
    return q;
}

void sk_mem_free(sk_vm *vm, void *p, size_t size) {
    if (p) host_realloc(vm, p, size ? size : 1, 0);
}

void *sk_mem_buf_alloc(void *ud, void *p, size_t old_size, size_t new_size) {
    return host_realloc((sk_vm *)ud, p, old_size, new_size);
}

/* ---- objects ---------------------------------------------------------- */

static inline sk_obj *next_obj(const sk_obj *o) { return (sk_obj *)(o->gc & ~SK_GC_FLAGS); }

static inline size_t obj_size(const sk_obj *o) {
    return o->type->size_of ? o->type->size_of(o) : o->type->size;
}

static sk_value del_method(sk_vm *vm, sk_type *t);

/* Whether instances of t can need a Python-level finaliser: a C type with
 * needs_finalizer, or a class with __del__. */
static bool may_need_finalizer(sk_vm *vm, sk_type *t) {
    return t->needs_finalizer || del_method(vm, t);
}

static void track_finalizable(sk_vm *vm, sk_obj *o) {
    if (vm->nfinalizable == vm->finalizable_cap) {
        size_t cap = vm->finalizable_cap ? vm->finalizable_cap * 2 : 256;
        sk_obj **a = host_realloc(vm, vm->finalizable, vm->finalizable_cap * sizeof *a, cap * sizeof *a);
        if (!a) {
            vm->finalizable_rescan = true;  /* found by a heap walk instead */
            return;
        }
        vm->finalizable = a;
        vm->finalizable_cap = cap;
    }
    vm->finalizable[vm->nfinalizable++] = o;
}

void sk_gc_note_finalizer_change(sk_vm *vm) { vm->finalizable_rescan = true; }

sk_obj *sk_gc_new(sk_vm *vm, sk_type *type, size_t size) {
#ifdef SK_GC_STRESS
    if (!vm->gc_pause && !vm->collecting && ++vm->stress_count >= vm->stress_interval) {
        vm->stress_count = 0;
        sk_gc_collect(vm);
    }
#else
    if (vm->bytes_in_use + size > vm->gc_threshold && !vm->gc_pause && !vm->collecting && !vm->gc_disabled)
        sk_gc_collect(vm);
#endif
    vm->gc_allocs++;
    sk_obj *o = host_realloc(vm, NULL, 0, size);
    if (!o && !vm->gc_pause && !vm->collecting) {
        sk_gc_collect(vm);  /* the memory cap may have been hit: try once more */
        o = host_realloc(vm, NULL, 0, size);
    }
    if (!o) {
        sk_exc_no_memory(vm);
        return NULL;
    }
    memset(o, 0, size);
    o->type = type;
    o->gc = (uintptr_t)vm->objects;
    vm->objects = o;
    if (type && may_need_finalizer(vm, type)) track_finalizable(vm, o);
    return o;
}

static void free_obj(sk_vm *vm, sk_obj *o) {
    if (o->type && o->type->finalize) o->type->finalize(vm, o);
    host_realloc(vm, o, obj_size(o), 0);
}

/* ---- roots ------------------------------------------------------------ */

void sk_gc_root(sk_vm *vm, sk_value *slot) {
    if (vm->nroots == vm->roots_cap) {
        size_t cap = vm->roots_cap ? vm->roots_cap * 2 : 256;
        sk_value **r = host_realloc(vm, vm->roots, vm->roots_cap * sizeof *r, cap * sizeof *r);
        if (!r) {
            /* The root cannot be recorded: collecting now could free what
             * it holds, so collection stays off until the stack unwinds. */
            vm->roots_overflow = true;
            return;
        }
        vm->roots = r;
        vm->roots_cap = cap;
    }
    vm->roots[vm->nroots++] = slot;
}

/* ---- marking ---------------------------------------------------------- */

void sk_gc_mark_obj(sk_vm *vm, sk_obj *o) {
    if (o->gc & SK_GC_MARK) return;
    o->gc |= SK_GC_MARK;
    if (vm->ngray == vm->gray_cap) {
        size_t cap = vm->gray_cap ? vm->gray_cap * 2 : 1024;
        sk_obj **g = host_realloc(vm, vm->gray, vm->gray_cap * sizeof *g, cap * sizeof *g);
        if (!g) {
            /* Marked but not traced: the rescan pass in drain() finds it. */
            vm->gray_overflow = true;
            return;
        }
        vm->gray = g;
        vm->gray_cap = cap;
    }
    vm->gray[vm->ngray++] = o;
}

void sk_gc_mark_array(sk_vm *vm, const sk_value *v, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (sk_is_ptr(v[i])) sk_gc_mark_obj(vm, sk_as_obj(v[i]));
}

void sk_gc_note_weakref(sk_vm *vm, sk_weakref *ref) {
    ref->next_seen = vm->seen_weakrefs;
    vm->seen_weakrefs = ref;
}

static void trace(sk_vm *vm, sk_obj *o) {
    sk_gc_mark_obj(vm, &o->type->hdr);
    if (o->type->trace) o->type->trace(vm, o);
}

static void drain(sk_vm *vm) {
    for (;;) {
        while (vm->ngray) trace(vm, vm->gray[--vm->ngray]);
        if (!vm->gray_overflow) return;
        /* Some marked objects were never traced because the gray stack
         * could not grow. Tracing every marked object again is correct
         * (marking is idempotent) and needs no stack beyond what exists. */
        vm->gray_overflow = false;
        for (sk_obj *o = vm->objects; o; o = next_obj(o)) {
            if (o->gc & SK_GC_MARK) trace(vm, o);
            while (vm->ngray) trace(vm, vm->gray[--vm->ngray]);
        }
    }
}

static void mark_roots(sk_vm *vm) {
    for (size_t i = 0; i < vm->nroots; i++) sk_gc_mark(vm, *vm->roots[i]);
    for (size_t i = 0; i < vm->nfinalize; i++) sk_gc_mark_obj(vm, vm->finalize_queue[i]);
    sk_vm_mark_roots(vm);
}

/* A class's __del__, for instances of Python classes. Looking it up
 * allocates nothing, so it may run during a collection. */
static sk_value del_method(sk_vm *vm, sk_type *t) {
    if (!(t->flags & SK_TF_HEAP)) return SK_NULL;
    return sk_type_lookup(vm, t, SK_NAME(vm, __del__));
}

static bool needs_finalizer(sk_vm *vm, sk_obj *o) {
    if (del_method(vm, o->type)) return true;
    return o->type->needs_finalizer && o->type->needs_finalizer(vm, o);
}

/* Unreachable objects that still need their Python finaliser are queued
 * and kept alive (with everything they reach) until it has run. The heap
 * list runs newest first, so the queue ends with the oldest object, which
 * sk_gc_run_finalizers takes first. */
static bool queue_one(sk_vm *vm, sk_obj *o) {
    if (vm->nfinalize == vm->finalize_cap) {
        size_t cap = vm->finalize_cap ? vm->finalize_cap * 2 : 64;
        sk_obj **q = host_realloc(vm, vm->finalize_queue, vm->finalize_cap * sizeof *q, cap * sizeof *q);
        if (!q) return false;  /* out of memory: the rest are freed unfinalised */
        vm->finalize_queue = q;
        vm->finalize_cap = cap;
    }
    o->gc |= SK_GC_FINALIZED;
    vm->finalize_queue[vm->nfinalize++] = o;
    return true;
}

/* Rebuilds the list of objects that may need a finaliser from the whole
 * heap (rarely: after a class gains __del__). */
static void rescan_finalizable(sk_vm *vm) {
    vm->nfinalizable = 0;
    vm->finalizable_rescan = false;
    for (sk_obj *o = vm->objects; o; o = next_obj(o))
        if (!(o->gc & SK_GC_FINALIZED) && may_need_finalizer(vm, o->type)) track_finalizable(vm, o);
}

static size_t queue_finalizers(sk_vm *vm) {
    if (vm->finalizable_rescan) rescan_finalizable(vm);
    size_t queued = 0;
    for (size_t i = 0; i < vm->nfinalizable; i++) {
        sk_obj *o = vm->finalizable[i];
        if ((o->gc & (SK_GC_MARK | SK_GC_FINALIZED)) || !needs_finalizer(vm, o)) continue;
        if (!queue_one(vm, o)) break;
        queued++;
    }
    if (queued) {
        for (size_t i = 0; i < vm->nfinalize; i++) sk_gc_mark_obj(vm, vm->finalize_queue[i]);
        drain(vm);
    }
    /* what stays unmarked now is freed by the sweep: it leaves the list,
     * and so does what has had its finaliser queued (once per object) */
    size_t kept = 0;
    for (size_t i = 0; i < vm->nfinalizable; i++) {
        sk_obj *o = vm->finalizable[i];
        if ((o->gc & SK_GC_MARK) && !(o->gc & SK_GC_FINALIZED)) vm->finalizable[kept++] = o;
    }
    vm->nfinalizable = kept;
    return queued;
}

/* Appends a weakref to the callback queue without allocating an object
 * (a collection is running): only the list's raw storage may grow. */
static void queue_callback(sk_vm *vm, sk_weakref *r) {
    if (!vm->weakref_callbacks) return;
    sk_list *l = sk_list_ptr(vm->weakref_callbacks);
    if (l->len == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        sk_value *items = host_realloc(vm, l->items, l->cap * sizeof *items, cap * sizeof *items);
        if (!items) return;  /* out of memory: this callback is not called */
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len++] = sk_from_obj(r);
}

static void clear_dead_weakrefs(sk_vm *vm) {
    for (sk_weakref *r = vm->seen_weakrefs; r; r = r->next_seen) {
        if (!(r->hdr.gc & SK_GC_MARK)) continue;  /* the weakref itself dies */
        if (sk_is_ptr(r->target) && !(sk_as_obj(r->target)->gc & SK_GC_MARK)) {
            r->target = SK_NULL;
            if (r->callback) queue_callback(vm, r);
        }
    }
    vm->seen_weakrefs = NULL;
}

static size_t sweep(sk_vm *vm) {
    size_t freed = 0;
    sk_obj **link = &vm->objects;
    sk_obj *o = vm->objects;
    while (o) {
        sk_obj *next = next_obj(o);
        if (o->gc & SK_GC_MARK) {
            o->gc &= ~SK_GC_MARK;
            link = (sk_obj **)&o->gc;  /* the flags stay in the low bits */
        } else {
            uintptr_t flags = *(uintptr_t *)link & SK_GC_FLAGS;
            *(uintptr_t *)link = (uintptr_t)next | flags;
            free_obj(vm, o);
            freed++;
        }
        o = next;
    }
    return freed;
}

/* The preallocated MemoryError is the VM's reserve, not a root: when
 * nothing else refers to it any more, its traceback and chain are
 * dropped (they may hold whole frames of data) before it is kept, as
 * CPython's MemoryError instances are cleared when they return to their
 * free list. */
static void keep_memory_error(sk_vm *vm) {
    if (!vm->memory_error) return;
    sk_obj *o = sk_as_obj(vm->memory_error);
    if (o->gc & SK_GC_MARK) return;
    sk_exception *e = (sk_exception *)o;
    e->traceback = e->context = e->cause = SK_NULL;
    e->dict = SK_NULL;
    sk_gc_mark_obj(vm, o);
    drain(vm);
}

size_t sk_gc_collect_count(sk_vm *vm) {
    if (vm->collecting || vm->gc_pause || vm->roots_overflow) return 0;
    vm->collecting = true;
    vm->seen_weakrefs = NULL;
    mark_roots(vm);
    drain(vm);
    keep_memory_error(vm);
    size_t unreachable = queue_finalizers(vm);
    clear_dead_weakrefs(vm);
    unreachable += sweep(vm);
    vm->collections++;
    vm->gc_allocs = 0;
    vm->finalizers_pending = vm->nfinalize > 0 ||
                             (vm->weakref_callbacks && sk_list_len(vm->weakref_callbacks) > 0);
    vm->gc_collected += unreachable;
    size_t threshold = vm->bytes_in_use * 2;
    if (threshold < GC_MIN_THRESHOLD) threshold = GC_MIN_THRESHOLD;
    /* under a memory cap, collect before reaching it: raw allocations
     * (which never collect) must find the garbage already gone */
    size_t cap = vm->config.max_memory;
    if (cap && threshold > cap - cap / 4) threshold = cap - cap / 4;
    vm->gc_threshold = threshold;
    vm->collecting = false;
    return unreachable;
}

void sk_gc_collect(sk_vm *vm) { (void)sk_gc_collect_count(vm); }

/* ---- finalisers and weakref callbacks -------------------------------------- */

static void run_one_finalizer(sk_vm *vm, sk_value obj) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = sk_as_obj(obj)->type;
    sk_value del = del_method(vm, t);
    if (del) {
        SK_ROOT(vm, del);
        if (!sk_call_bound(vm, del, obj, NULL, 0, SK_NULL)) sk_report_unraisable(vm, sk_exc_take(vm), del, NULL);
        return;
    }
    if (t->py_finalize) t->py_finalize(vm, obj);
    if (vm->exc) sk_report_unraisable(vm, sk_exc_take(vm), obj, NULL);
}

static void run_one_callback(sk_vm *vm, sk_value ref) {
    SK_ROOT_SCOPE(vm);
    sk_weakref *r = (sk_weakref *)sk_as_obj(ref);
    sk_value cb = r->callback;
    r->callback = SK_NULL; /* called once, as CPython does */
    if (!cb) return;
    SK_ROOT(vm, cb);
    if (!sk_call1(vm, cb, ref)) sk_report_unraisable(vm, sk_exc_take(vm), cb, NULL);
}

size_t sk_gc_run_finalizers(sk_vm *vm) {
    if (vm->running_finalizers) return 0;
    SK_ROOT_SCOPE(vm);
    vm->running_finalizers = true;
    sk_value saved = vm->exc, obj = SK_NULL;
    vm->exc = SK_NULL;
    SK_ROOT(vm, saved);
    SK_ROOT(vm, obj);
    size_t ran = 0;
    for (;;) {
        if (vm->nfinalize) {
            /* the object leaves the queue (a root) for `obj` (another) */
            obj = sk_from_obj(vm->finalize_queue[--vm->nfinalize]);
            run_one_finalizer(vm, obj);
            ran++;
        } else if (vm->weakref_callbacks && sk_list_len(vm->weakref_callbacks)) {
            sk_list *l = sk_list_ptr(vm->weakref_callbacks);
            obj = l->items[0];
            memmove(l->items, l->items + 1, (l->len - 1) * sizeof *l->items);
            l->len--;
            run_one_callback(vm, obj);
        } else {
            break;
        }
        obj = SK_NULL;
    }
    vm->exc = saved;
    vm->running_finalizers = false;
    vm->finalizers_pending = false;
    return ran;
}

bool sk_gc_init(sk_vm *vm) {
    vm->gc_threshold = GC_MIN_THRESHOLD;
    /* stress builds collect at every allocation, or every Nth with
     * SKEIN_GC_STRESS_INTERVAL=N (a quicker pass over big programs) */
    const char *every = getenv("SKEIN_GC_STRESS_INTERVAL");
    vm->stress_interval = every && atoi(every) > 0 ? (unsigned)atoi(every) : 1;
    return true;
}

void sk_gc_free_all(sk_vm *vm) {
    vm->collecting = true;
    /* Finalisers that free external resources may look at other objects'
     * types, so every type object outlives every other object. A type's
     * own size comes from its metatype, which may die first among the
     * types: it is read now and kept in the dead type's version field. */
    sk_obj *o = vm->objects;
    sk_obj *types = NULL;
    while (o) {
        sk_obj *next = next_obj(o);
        if (o->type->flags & SK_TF_TYPE_SUB) {
            sk_type *meta = o->type;
            ((sk_type *)o)->version = meta->size ? meta->size : (uint32_t)sizeof(sk_type);
            o->gc = (uintptr_t)types;
            types = o;
        } else {
            free_obj(vm, o);
        }
        o = next;
    }
    while (types) {
        sk_obj *next = next_obj(types);
        host_realloc(vm, types, ((sk_type *)types)->version, 0);
        types = next;
    }
    vm->objects = NULL;
    host_realloc(vm, vm->roots, vm->roots_cap * sizeof *vm->roots, 0);
    host_realloc(vm, vm->gray, vm->gray_cap * sizeof *vm->gray, 0);
    host_realloc(vm, vm->finalize_queue, vm->finalize_cap * sizeof *vm->finalize_queue, 0);
    host_realloc(vm, vm->finalizable, vm->finalizable_cap * sizeof *vm->finalizable, 0);
    vm->finalizable = NULL;
    vm->roots = NULL;
    vm->gray = NULL;
    vm->finalize_queue = NULL;
    vm->collecting = false;
}
