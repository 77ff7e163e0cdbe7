/* gc.c — the allocator and the mark-and-sweep collector (see gc.h for the
 * rules the rest of the VM follows).
 *
 * Allocation: objects up to SK_GC_SMALL_MAX bytes live in pages taken from
 * the host's allocator hook, each page holding slots of one size class (a
 * multiple of 16 bytes). A class hands out its free slots (a list threaded
 * through their gc words; a free slot has no type), then carves the rest
 * of its newest page, then takes a new page. Bigger objects are allocated
 * one by one behind a small header that lists them. The sweep walks the
 * pages in address order, rebuilds the free lists and returns empty pages
 * to the host; bytes_in_use counts what the host gave, free_bytes what of
 * it sits in free slots, and the collection threshold looks at the
 * difference (the bytes objects really use).
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
#include "loop.h"
#include "ops.h"
#include "type.h"
#include "warn.h"

/* The first collection waits for this much memory; afterwards the
 * threshold is twice what survived. */
#define GC_MIN_THRESHOLD (4u << 20)
/* Under a memory cap, the least a collection lets the heap grow. */
#define GC_MIN_STEP (64u << 10)
/* Memory held back for reporting that memory ran out: raising MemoryError
 * gives it up, so that unwinding and printing the traceback (while the
 * frames that filled memory are still alive) have room to work. */
#define MEMORY_RESERVE (64u << 10)
/* Mark-stack entries kept from one collection to the next. */
#define GRAY_KEPT 8192

/* ---- raw memory ------------------------------------------------------- */

/* Every byte goes through here. A refused request makes a collection due
 * (gc_threshold 0): raw requests cannot collect (rule 2 in gc.h), and an
 * object request has just collected, but the next object allocation frees
 * what has become garbage since; and the next run the API starts collects
 * first (memory_refused), since the garbage of a run that ran out may have
 * been held until its end. */
static void *host_realloc(sk_vm *vm, void *p, size_t old_size, size_t new_size) {
    void *q = NULL;
    if (!(new_size > old_size && vm->config.max_memory &&
          vm->bytes_in_use + (new_size - old_size) > vm->config.max_memory))
        q = vm->config.alloc(vm->config.alloc_ud, p, old_size, new_size);
    if (q || new_size == 0) vm->bytes_in_use = vm->bytes_in_use - old_size + new_size;
    else vm->gc_threshold = 0, vm->memory_refused = true;
    return q;
}

void sk_gc_release_reserve(sk_vm *vm) {
    if (vm->memory_reserve) {
        host_realloc(vm, vm->memory_reserve, MEMORY_RESERVE, 0);
        vm->memory_reserve = NULL;
    }
}

/* (a refusal here is no one's error: host_realloc's bookkeeping is done
 * by hand so that it does not count as one) */
void sk_gc_refill_reserve(sk_vm *vm) {
    if (vm->memory_reserve) return;
    size_t cap = vm->config.max_memory;
    if (cap && vm->bytes_in_use + MEMORY_RESERVE > cap) return;
    vm->memory_reserve = vm->config.alloc(vm->config.alloc_ud, NULL, 0, MEMORY_RESERVE);
    if (vm->memory_reserve) vm->bytes_in_use += MEMORY_RESERVE;
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

/* A page of small objects: `carved` slots from the start have been handed
 * out at least once (each is an object or a free slot); the rest has never
 * been touched. */
typedef struct sk_gc_page {
    struct sk_gc_page *next;   /* the class's pages, newest first */
    uint32_t slot_size;
    uint32_t nslots;
    uint32_t carved;
    uint32_t pad;
    _Alignas(16) char slots[];
} gc_page;

#define PAGE_BYTES ((size_t)32 * 1024)

/* A big object is preceded by this header, which lists it. */
typedef struct large_hdr {
    struct large_hdr *next;    /* newer objects come first */
    size_t size;               /* bytes allocated, the header included */
} large_hdr;

_Static_assert(sizeof(large_hdr) % 16 == 0, "objects stay 16-byte aligned");
_Static_assert(sizeof(sk_type) > SK_GC_SMALL_MAX, "types are big objects: they outlive small ones when freed");

static inline sk_obj *large_obj(large_hdr *h) { return (sk_obj *)(h + 1); }
static inline sk_obj *slot_at(gc_page *p, uint32_t k) { return (sk_obj *)(p->slots + (size_t)k * p->slot_size); }
static inline size_t class_size(unsigned cls) { return ((size_t)cls + 1) * 16; }

/* A new page for size class `cls`, or NULL if the host refuses. */
static gc_page *new_page(sk_vm *vm, unsigned cls) {
    gc_page *p = host_realloc(vm, NULL, 0, PAGE_BYTES);
    if (!p) return NULL;
    p->slot_size = (uint32_t)class_size(cls);
    p->nslots = (uint32_t)((PAGE_BYTES - sizeof *p) / p->slot_size);
    p->carved = 0;
    p->next = vm->pages[cls];
    vm->pages[cls] = p;
    vm->free_bytes += (size_t)p->nslots * p->slot_size;
    return p;
}

/* A slot of class `cls` when its free list is empty: the untouched end of
 * the newest page, or a new page. NULL if the host refuses. */
static sk_obj *carve(sk_vm *vm, unsigned cls) {
    gc_page *p = vm->pages[cls];
    if (!p || p->carved == p->nslots) {
        p = new_page(vm, cls);
        if (!p) return NULL;
    }
    return slot_at(p, p->carved++);
}

static sk_obj *alloc_small(sk_vm *vm, unsigned cls) {
    sk_obj *o = vm->free_slots[cls];
    if (SK_LIKELY(o)) {
        vm->free_slots[cls] = (sk_obj *)o->gc;
        return o;
    }
    return carve(vm, cls);
}

static sk_obj *alloc_large(sk_vm *vm, size_t size) {
    large_hdr *h = host_realloc(vm, NULL, 0, sizeof *h + size);
    if (!h) return NULL;
    h->size = sizeof *h + size;
    h->next = vm->large_objects;
    vm->large_objects = h;
    return large_obj(h);
}

/* The memory objects really use: what the host gave minus the free slots. */
static inline size_t bytes_used(const sk_vm *vm) { return vm->bytes_in_use - vm->free_bytes; }

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

void sk_gc_track_finalizer(sk_vm *vm, sk_obj *o) { track_finalizable(vm, o); }

sk_obj *sk_gc_new(sk_vm *vm, sk_type *type, size_t size) {
#ifdef SK_GC_STRESS
    if (!vm->stress_quiet) {
        if (!vm->gc_pause && !vm->collecting && ++vm->stress_count >= vm->stress_interval) {
            vm->stress_count = 0;
            sk_gc_collect(vm);
        }
    } else
#endif
    if (SK_UNLIKELY(bytes_used(vm) + size > vm->gc_threshold) && !vm->gc_pause && !vm->collecting &&
        !vm->gc_disabled)
        sk_gc_collect(vm);
    vm->gc_allocs++;
    bool small = size <= SK_GC_SMALL_MAX;
    unsigned cls = small ? (unsigned)((size - 1) >> 4) : 0;
    sk_obj *o = small ? alloc_small(vm, cls) : alloc_large(vm, size);
    if (SK_UNLIKELY(!o) && !vm->gc_pause && !vm->collecting) {
        sk_gc_collect(vm);  /* the memory cap may have been hit: try once more */
        o = small ? alloc_small(vm, cls) : alloc_large(vm, size);
    }
    if (SK_UNLIKELY(!o)) {
        sk_exc_no_memory(vm);
        return NULL;
    }
    if (small) {
        size = class_size(cls);
        vm->free_bytes -= size;
    }
    memset(o, 0, size);
    o->type = type;
    o->gc = (uintptr_t)(vm->alloc_seq++ << 3);
    if (type && !(type->flags & SK_TF_TRACK_LATE) && may_need_finalizer(vm, type)) track_finalizable(vm, o);
    return o;
}

/* Frees what an object owns outside the GC; its memory is the caller's. */
static inline void finalize_obj(sk_vm *vm, sk_obj *o) {
    if (o->type->finalize) o->type->finalize(vm, o);
}

void sk_gc_each_object(sk_vm *vm, sk_gc_visit_fn fn, void *ud) {
    for (unsigned cls = 0; cls < SK_GC_NCLASSES; cls++) {
        for (gc_page *p = vm->pages[cls]; p; p = p->next) {
            for (uint32_t k = 0; k < p->carved; k++) {
                sk_obj *o = slot_at(p, k);
                if (o->type && !fn(vm, o, ud)) return;
            }
        }
    }
    for (large_hdr *h = vm->large_objects; h; h = h->next)
        if (!fn(vm, large_obj(h), ud)) return;
}

/* ---- roots ------------------------------------------------------------ */

/* sk_gc_root when the root stack is full. */
void sk_gc_root_grow(sk_vm *vm, sk_value *slot) {
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

void sk_gc_mark_new(sk_vm *vm, sk_obj *o) {
    o->gc |= SK_GC_MARK;
    /* an object that refers to nothing but its type (a float, a str) is
     * done here, without a trip through the gray stack */
    sk_type *t = o->type;
    if (!t->trace) {
        if (!(t->hdr.gc & SK_GC_MARK)) sk_gc_mark_new(vm, &t->hdr);
        return;
    }
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

/* Tests the objects still waiting in the mark ring; returns whether there
 * were any. */
static bool flush_mark_ring(sk_vm *vm) {
    bool any = false;
    for (unsigned i = 0; i < SK_GC_MARK_RING; i++) {
        sk_obj *o = vm->mark_ring[i];
        if (!o) continue;
        vm->mark_ring[i] = NULL;
        any = true;
        if (!(o->gc & SK_GC_MARK)) sk_gc_mark_new(vm, o);
    }
    return any;
}

/* A weakref already on this collection's list: drain's rescan (after the
 * gray stack could not grow) traces marked objects a second time, and
 * noting a weakref twice would make the list a cycle. The bit is free in
 * SK_GC_FLAGS and is cleared by clear_dead_weakrefs. */
#define GC_WEAKREF_SEEN ((uintptr_t)4)

void sk_gc_note_weakref(sk_vm *vm, sk_weakref *ref) {
    if (ref->hdr.gc & GC_WEAKREF_SEEN) return;
    ref->hdr.gc |= GC_WEAKREF_SEEN;
    ref->next_seen = vm->seen_weakrefs;
    vm->seen_weakrefs = ref;
}

static void trace(sk_vm *vm, sk_obj *o) {
    /* types are few and hot in the cache: tested at once, not queued */
    sk_type *t = o->type;
    if (!(t->hdr.gc & SK_GC_MARK)) sk_gc_mark_new(vm, &t->hdr);
    if (t->trace) t->trace(vm, o);
}

/* Traces until the gray stack and the mark ring are both empty. */
static void drain_gray(sk_vm *vm) {
    do {
        while (vm->ngray) trace(vm, vm->gray[--vm->ngray]);
    } while (flush_mark_ring(vm));
}

static bool rescan_one(sk_vm *vm, sk_obj *o, void *ud) {
    if (o->gc & SK_GC_MARK) trace(vm, o);
    drain_gray(vm);
    return true;
}

static void drain(sk_vm *vm) {
    for (;;) {
        drain_gray(vm);
        if (!vm->gray_overflow) return;
        /* Some marked objects were never traced because the gray stack
         * could not grow. Tracing every marked object again is correct
         * (marking is idempotent) and needs no stack beyond what exists. */
        vm->gray_overflow = false;
        sk_gc_each_object(vm, rescan_one, NULL);
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
 * and kept alive (with everything they reach) until it has run. The queue
 * gets this collection's objects newest first, so that it ends with the
 * oldest, which sk_gc_run_finalizers takes first. Only the objects on the
 * list of those that may need a finaliser are looked at. */
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

static bool track_if_finalizable(sk_vm *vm, sk_obj *o, void *ud) {
    if (!(o->gc & SK_GC_FINALIZED) && may_need_finalizer(vm, o->type)) track_finalizable(vm, o);
    return true;
}

static int newer_first(const void *a, const void *b) {
    uint64_t x = sk_gc_age_order(*(sk_obj *const *)a), y = sk_gc_age_order(*(sk_obj *const *)b);
    return x < y ? 1 : x > y ? -1 : 0;
}

static int older_first(const void *a, const void *b) { return newer_first(b, a); }

/* Rebuilds the list of objects that may need a finaliser from the whole
 * heap (rarely: after a class gains __del__), oldest first. */
static void rescan_finalizable(sk_vm *vm) {
    vm->nfinalizable = 0;
    vm->finalizable_rescan = false;
    sk_gc_each_object(vm, track_if_finalizable, NULL);
    if (vm->nfinalizable > 1) qsort(vm->finalizable, vm->nfinalizable, sizeof *vm->finalizable, older_first);
}

static void queue_if_unreachable(sk_vm *vm, sk_obj *o) {
    if (!(o->gc & (SK_GC_MARK | SK_GC_FINALIZED)) && needs_finalizer(vm, o)) (void)queue_one(vm, o);
}

static size_t queue_finalizers(sk_vm *vm) {
    if (vm->finalizable_rescan) rescan_finalizable(vm);
    size_t first = vm->nfinalize;
    for (size_t i = 0; i < vm->nfinalizable; i++) {
        sk_obj *o = vm->finalizable[i];
        if ((o->gc & (SK_GC_MARK | SK_GC_FINALIZED)) || !needs_finalizer(vm, o)) continue;
        if (!queue_one(vm, o)) break;
    }
    /* pending asyncio tasks are not on the list: their registry has them */
    sk_asyncio_each_registered_task(vm, queue_if_unreachable);
    size_t queued = vm->nfinalize - first;
    if (queued) {
        if (queued > 1)
            qsort(vm->finalize_queue + first, queued, sizeof *vm->finalize_queue, newer_first);
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
        r->hdr.gc &= ~GC_WEAKREF_SEEN;
        if (!(r->hdr.gc & SK_GC_MARK)) continue;  /* the weakref itself dies */
        if (sk_is_ptr(r->target) && !(sk_as_obj(r->target)->gc & SK_GC_MARK)) {
            r->target = SK_NULL;
            if (r->callback) queue_callback(vm, r);
        }
    }
    vm->seen_weakrefs = NULL;
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

/* Sweeps one size class: frees its unmarked objects, rebuilds its free
 * list in address order, and returns the pages left empty to the host. */
static size_t sweep_class(sk_vm *vm, unsigned cls) {
    size_t freed = 0;
    sk_obj *free_list = NULL;
    gc_page **link = &vm->pages[cls];
    gc_page *p;
    while ((p = *link) != NULL) {
        sk_obj *page_free = free_list;
        uint32_t live = 0;
        for (uint32_t k = p->carved; k-- > 0;) {
            sk_obj *o = slot_at(p, k);
            if (o->type) {
                if (o->gc & SK_GC_MARK) {
                    o->gc &= ~SK_GC_MARK;
                    live++;
                    continue;
                }
                finalize_obj(vm, o);
                o->type = NULL;
                vm->free_bytes += p->slot_size;
                freed++;
            }
            o->gc = (uintptr_t)free_list;
            free_list = o;
        }
        if (live == 0) {
            free_list = page_free;
            *link = p->next;
            vm->free_bytes -= (size_t)p->nslots * p->slot_size;
            host_realloc(vm, p, PAGE_BYTES, 0);
            continue;
        }
        link = &p->next;
    }
    vm->free_slots[cls] = free_list;
    return freed;
}

static size_t sweep(sk_vm *vm) {
    size_t freed = 0;
    /* small objects first: their finalisers may look at their types,
     * which are big objects */
    for (unsigned cls = 0; cls < SK_GC_NCLASSES; cls++) freed += sweep_class(vm, cls);
    large_hdr **link = (large_hdr **)&vm->large_objects;
    large_hdr *h;
    while ((h = *link) != NULL) {
        sk_obj *o = large_obj(h);
        if (o->gc & SK_GC_MARK) {
            o->gc &= ~SK_GC_MARK;
            link = &h->next;
            continue;
        }
        *link = h->next;
        finalize_obj(vm, o);
        host_realloc(vm, h, h->size, 0);
        freed++;
    }
    return freed;
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
    /* a deep heap leaves a big mark stack: give it back between collections
     * (under a memory cap it is kept: growing it again mid-collection is
     * what could then fail) */
    if (vm->gray_cap > GRAY_KEPT && !vm->config.max_memory) {
        host_realloc(vm, vm->gray, vm->gray_cap * sizeof *vm->gray, 0);
        vm->gray = NULL;
        vm->gray_cap = 0;
    }
    size_t threshold = bytes_used(vm) * 2;
    if (threshold < GC_MIN_THRESHOLD) threshold = GC_MIN_THRESHOLD;
    /* under a memory cap, collect before reaching it: raw allocations
     * (which never collect) must find the garbage already gone. A heap
     * already past that point collects again when half of the room left
     * is used (and at least every GC_MIN_STEP bytes), so that filling up
     * to the cap costs a few collections, not one per allocation. */
    size_t cap = vm->config.max_memory;
    if (cap && threshold > cap - cap / 4) {
        size_t used = bytes_used(vm), room = cap > used ? (cap - used) / 2 : 0;
        threshold = cap - cap / 4;
        if (threshold < used + GC_MIN_STEP) threshold = used + (room > GC_MIN_STEP ? room : GC_MIN_STEP);
    }
    vm->gc_threshold = threshold;
    sk_gc_refill_reserve(vm);
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
    /* SKEIN_GC_STRESS_BUNDLED=0: the bodies of skein's own Python modules
     * (the same allocations in every program that imports asyncio, most
     * of a short asyncio program's run) collect as a normal build does;
     * native modules' init functions still collect at every allocation */
    const char *bundled = getenv("SKEIN_GC_STRESS_BUNDLED");
    vm->stress_skip_bundled = bundled && strcmp(bundled, "0") == 0;
    sk_gc_refill_reserve(vm);
    return true;
}

void sk_gc_free_all(sk_vm *vm) {
    vm->collecting = true;
    /* Finalisers that free external resources may look at other objects
     * (their types, at least), so every finaliser runs before any memory
     * is given back. A type's own instances-finaliser is not run on the
     * type: types own nothing outside the heap. */
    for (unsigned cls = 0; cls < SK_GC_NCLASSES; cls++) {
        for (gc_page *p = vm->pages[cls]; p; p = p->next) {
            for (uint32_t k = 0; k < p->carved; k++) {
                sk_obj *o = slot_at(p, k);
                if (o->type) finalize_obj(vm, o);
            }
        }
    }
    for (large_hdr *h = vm->large_objects; h; h = h->next) {
        sk_obj *o = large_obj(h);
        if (o->type && !(o->type->flags & SK_TF_TYPE_SUB)) finalize_obj(vm, o);
    }
    for (unsigned cls = 0; cls < SK_GC_NCLASSES; cls++) {
        gc_page *p = vm->pages[cls];
        while (p) {
            gc_page *next = p->next;
            host_realloc(vm, p, PAGE_BYTES, 0);
            p = next;
        }
        vm->pages[cls] = NULL;
        vm->free_slots[cls] = NULL;
    }
    vm->free_bytes = 0;
    large_hdr *h = vm->large_objects;
    while (h) {
        large_hdr *next = h->next;
        host_realloc(vm, h, h->size, 0);
        h = next;
    }
    vm->large_objects = NULL;
    host_realloc(vm, vm->roots, vm->roots_cap * sizeof *vm->roots, 0);
    host_realloc(vm, vm->gray, vm->gray_cap * sizeof *vm->gray, 0);
    host_realloc(vm, vm->finalize_queue, vm->finalize_cap * sizeof *vm->finalize_queue, 0);
    host_realloc(vm, vm->finalizable, vm->finalizable_cap * sizeof *vm->finalizable, 0);
    if (vm->memory_reserve) host_realloc(vm, vm->memory_reserve, MEMORY_RESERVE, 0);
    vm->memory_reserve = NULL;
    vm->finalizable = NULL;
    vm->roots = NULL;
    vm->gray = NULL;
    vm->finalize_queue = NULL;
    vm->collecting = false;
}
