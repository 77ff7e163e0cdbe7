/* gc.c — the allocator and the mark-and-sweep collector (see gc.h for the
 * rules the rest of the VM follows).
 *
 * Collection: mark from the roots with an explicit gray stack (deep
 * structures never recurse in C; if the stack cannot grow, marking falls
 * back to rescanning the heap), keep alive the unreachable objects that
 * still need a Python-level finaliser, clear dead weak references, then
 * sweep the list of all objects.
 */
#include "gc.h"

#include <stdlib.h>
#include <string.h>

#include "exc.h"

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

sk_obj *sk_gc_new(sk_vm *vm, sk_type *type, size_t size) {
#ifdef SK_GC_STRESS
    if (!vm->gc_pause && !vm->collecting) sk_gc_collect(vm);
#else
    if (vm->bytes_in_use + size > vm->gc_threshold && !vm->gc_pause && !vm->collecting)
        sk_gc_collect(vm);
#endif
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

static int compare_values(const void *a, const void *b) {
    sk_value x = *(const sk_value *)a, y = *(const sk_value *)b;
    return x < y ? -1 : x > y;
}

/* The C root stack is popped in bulk (rule 5), so while a native call runs
 * it may still list locals of helpers that have already returned; such a
 * slot holds whatever the stack frame there holds now. Root entries are
 * therefore treated conservatively: a value is marked only if it is the
 * address of an object that exists. A stale slot can then at worst keep an
 * object alive until the native call returns, never make the collector
 * follow garbage. */
static void mark_c_roots(sk_vm *vm) {
    if (!vm->nroots) return;
    sk_value *wanted = host_realloc(vm, NULL, 0, vm->nroots * sizeof *wanted);
    size_t n = 0;
    if (!wanted) {
        /* No room to check them: every slot is trusted, as before. */
        for (size_t i = 0; i < vm->nroots; i++) sk_gc_mark(vm, *vm->roots[i]);
        return;
    }
    for (size_t i = 0; i < vm->nroots; i++)
        if (sk_is_ptr(*vm->roots[i])) wanted[n++] = *vm->roots[i];
    qsort(wanted, n, sizeof *wanted, compare_values);
    for (sk_obj *o = vm->objects; o && n; o = next_obj(o)) {
        sk_value v = sk_from_obj(o);
        if (bsearch(&v, wanted, n, sizeof *wanted, compare_values)) sk_gc_mark_obj(vm, o);
    }
    host_realloc(vm, wanted, vm->nroots * sizeof *wanted, 0);
}

static void mark_roots(sk_vm *vm) {
    mark_c_roots(vm);
    for (size_t i = 0; i < vm->nfinalize; i++) sk_gc_mark_obj(vm, vm->finalize_queue[i]);
    sk_vm_mark_roots(vm);
}

/* Unreachable objects that still need their Python finaliser are queued
 * and kept alive (with everything they reach) until it has run. */
static void queue_finalizers(sk_vm *vm) {
    bool any = false;
    for (sk_obj *o = vm->objects; o; o = next_obj(o)) {
        if ((o->gc & (SK_GC_MARK | SK_GC_FINALIZED)) || !o->type->needs_finalizer) continue;
        if (!o->type->needs_finalizer(vm, o)) continue;
        if (vm->nfinalize == vm->finalize_cap) {
            size_t cap = vm->finalize_cap ? vm->finalize_cap * 2 : 64;
            sk_obj **q = host_realloc(vm, vm->finalize_queue, vm->finalize_cap * sizeof *q,
                                      cap * sizeof *q);
            if (!q) break;  /* out of memory: the rest are freed unfinalised */
            vm->finalize_queue = q;
            vm->finalize_cap = cap;
        }
        o->gc |= SK_GC_FINALIZED;
        vm->finalize_queue[vm->nfinalize++] = o;
        any = true;
    }
    if (!any) return;
    for (size_t i = 0; i < vm->nfinalize; i++) sk_gc_mark_obj(vm, vm->finalize_queue[i]);
    drain(vm);
}

static void clear_dead_weakrefs(sk_vm *vm) {
    for (sk_weakref *r = vm->seen_weakrefs; r; r = r->next_seen) {
        if (!(r->hdr.gc & SK_GC_MARK)) continue;  /* the weakref itself dies */
        if (sk_is_ptr(r->target) && !(sk_as_obj(r->target)->gc & SK_GC_MARK)) {
            r->target = SK_NULL;
            /* Weakref callbacks are not supported yet; the reference is
             * still cleared, which is what containers of weakrefs need. */
        }
    }
    vm->seen_weakrefs = NULL;
}

static void sweep(sk_vm *vm) {
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
        }
        o = next;
    }
}

void sk_gc_collect(sk_vm *vm) {
    if (vm->collecting || vm->gc_pause || vm->roots_overflow) return;
    vm->collecting = true;
    vm->seen_weakrefs = NULL;
    mark_roots(vm);
    drain(vm);
    queue_finalizers(vm);
    clear_dead_weakrefs(vm);
    sk_vm_clear_caches(vm);
    sweep(vm);
    vm->collections++;
    size_t threshold = vm->bytes_in_use * 2;
    vm->gc_threshold = threshold < GC_MIN_THRESHOLD ? GC_MIN_THRESHOLD : threshold;
    vm->collecting = false;
}

bool sk_gc_init(sk_vm *vm) {
    vm->gc_threshold = GC_MIN_THRESHOLD;
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
    vm->roots = NULL;
    vm->gray = NULL;
    vm->finalize_queue = NULL;
    vm->collecting = false;
}
