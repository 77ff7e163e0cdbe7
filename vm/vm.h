/* vm.h — the VM state: everything a running skein instance owns.
 *
 * There is no global mutable state anywhere in the library: every function
 * takes the sk_vm it works on, and a process may run several VMs (one
 * thread each). This header is the inventory of that state; each part is
 * owned and documented by its module (gc.h, interp.h, loop.h…).
 */
#ifndef SK_VM_H
#define SK_VM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "exc.h"
#include "object.h"
#include "skein.h"

/* Identifiers the C code uses, interned once per VM: vm->names[SK_N_init]
 * is the str "__init__". X(ID, "text"). */
#define SK_NAMES(X)                                                        \
    X(__init__, "__init__") X(__new__, "__new__") X(__call__, "__call__")  \
    X(__name__, "__name__") X(__qualname__, "__qualname__")                \
    X(__module__, "__module__") X(__doc__, "__doc__")                      \
    X(__dict__, "__dict__") X(__class__, "__class__")                      \
    X(__classcell__, "__classcell__") X(__slots__, "__slots__")            \
    X(__repr__, "__repr__") X(__str__, "__str__") X(__format__, "__format__") \
    X(__hash__, "__hash__") X(__eq__, "__eq__") X(__ne__, "__ne__")        \
    X(__lt__, "__lt__") X(__le__, "__le__") X(__gt__, "__gt__")            \
    X(__ge__, "__ge__") X(__bool__, "__bool__") X(__len__, "__len__")      \
    X(__iter__, "__iter__") X(__next__, "__next__")                        \
    X(__getitem__, "__getitem__") X(__setitem__, "__setitem__")            \
    X(__delitem__, "__delitem__") X(__contains__, "__contains__")          \
    X(__getattr__, "__getattr__") X(__getattribute__, "__getattribute__")  \
    X(__setattr__, "__setattr__") X(__delattr__, "__delattr__")            \
    X(__get__, "__get__") X(__set__, "__set__") X(__delete__, "__delete__") \
    X(__set_name__, "__set_name__") X(__init_subclass__, "__init_subclass__") \
    X(__enter__, "__enter__") X(__exit__, "__exit__")                      \
    X(__aenter__, "__aenter__") X(__aexit__, "__aexit__")                  \
    X(__await__, "__await__") X(__aiter__, "__aiter__")                    \
    X(__anext__, "__anext__") X(__neg__, "__neg__") X(__pos__, "__pos__")  \
    X(__abs__, "__abs__") X(__invert__, "__invert__")                      \
    X(__index__, "__index__") X(__int__, "__int__") X(__float__, "__float__") \
    X(__complex__, "__complex__") X(__round__, "__round__")                \
    X(__trunc__, "__trunc__") X(__floor__, "__floor__") X(__ceil__, "__ceil__") \
    X(__reversed__, "__reversed__") X(__missing__, "__missing__")          \
    X(__length_hint__, "__length_hint__") X(__del__, "__del__")            \
    X(__mro_entries__, "__mro_entries__") X(__prepare__, "__prepare__")    \
    X(__instancecheck__, "__instancecheck__")                              \
    X(__subclasscheck__, "__subclasscheck__")                              \
    X(__class_getitem__, "__class_getitem__")                              \
    X(__builtins__, "__builtins__") X(__file__, "__file__")                \
    X(__package__, "__package__") X(__path__, "__path__")                  \
    X(__spec__, "__spec__") X(__loader__, "__loader__")                    \
    X(__annotations__, "__annotations__") X(__all__, "__all__")            \
    X(__main__, "__main__") X(__notes__, "__notes__")                      \
    X(__traceback__, "__traceback__") X(__cause__, "__cause__")            \
    X(__context__, "__context__") X(__wrapped__, "__wrapped__")            \
    X(__abstractmethods__, "__abstractmethods__")                          \
    X(__isabstractmethod__, "__isabstractmethod__")                        \
    X(__weakref__, "__weakref__") X(__objclass__, "__objclass__")          \
    X(__self__, "__self__") X(__func__, "__func__")                        \
    X(__defaults__, "__defaults__") X(__kwdefaults__, "__kwdefaults__")    \
    X(__code__, "__code__") X(__globals__, "__globals__")                  \
    X(__closure__, "__closure__") X(__mro__, "__mro__")                    \
    X(__bases__, "__bases__") X(__base__, "__base__")                      \
    X(__fspath__, "__fspath__") X(__sizeof__, "__sizeof__")                \
    X(__reduce__, "__reduce__") X(__reduce_ex__, "__reduce_ex__")          \
    X(__subclasshook__, "__subclasshook__") X(__dir__, "__dir__")          \
    X(__copy__, "__copy__") X(__deepcopy__, "__deepcopy__")                \
    X(__match_args__, "__match_args__") X(__bytes__, "__bytes__")          \
    X(__buffer__, "__buffer__") X(__origin__, "__origin__")                \
    X(__parameters__, "__parameters__") X(__orig_bases__, "__orig_bases__") \
    X(__type_params__, "__type_params__")                                  \
    X(send, "send") X(throw, "throw") X(close, "close")                    \
    X(keys, "keys") X(items, "items") X(values, "values") X(copy, "copy")                \
    X(append, "append") X(extend, "extend") X(get, "get")                  \
    X(write, "write") X(flush, "flush") X(readline, "readline")            \
    X(fileno, "fileno") X(encoding, "encoding")                            \
    X(message, "message") X(exceptions, "exceptions") X(derive, "derive")  \
    X(add_note, "add_note") X(args, "args") X(name, "name")                \
    X(obj, "obj") X(value, "value") X(code, "code") X(path, "path")        \
    X(msg, "msg") X(errno, "errno") X(strerror, "strerror")                \
    X(filename, "filename") X(lineno, "lineno") X(offset, "offset")        \
    X(text, "text") X(end_lineno, "end_lineno") X(end_offset, "end_offset") \
    X(result, "result") X(exception, "exception") X(cancel, "cancel")      \
    X(cancelled, "cancelled") X(done, "done")                              \
    X(add_done_callback, "add_done_callback")                              \
    X(_asyncio_future_blocking, "_asyncio_future_blocking")                \
    X(_loop, "_loop") X(get_loop, "get_loop") X(mro, "mro")                \
    X(self, "self") X(cls, "cls") X(key, "key") X(reverse, "reverse")      \
    X(sep, "sep") X(end, "end") X(file, "file") X(default, "default")      \
    X(strict, "strict") X(start, "start") X(stop, "stop") X(step, "step")  \
    X(sys, "sys") X(builtins, "builtins") X(stdout, "stdout")              \
    X(stderr, "stderr") X(stdin, "stdin") X(excepthook, "excepthook")      \
    X(empty, "") X(lambda, "<lambda>") X(module, "<module>")               \
    X(genexpr, "<genexpr>") X(listcomp, "<listcomp>")                      \
    X(setcomp, "<setcomp>") X(dictcomp, "<dictcomp>")                      \
    X(None, "None") X(True, "True") X(False, "False")

typedef enum sk_name_id {
#define X(id, text) SK_N_##id,
    SK_NAMES(X)
#undef X
    SK_N_COUNT
} sk_name_id;

/* The small-object heap's size classes (gc.c). */
#define SK_GC_SMALL_MAX 512
#define SK_GC_NCLASSES (SK_GC_SMALL_MAX / 16)
#define SK_GC_MARK_RING 16         /* a power of two */

/* How deep C code may recurse into itself (nested interpreter runs,
 * repr of nested containers…) before RecursionError: bounds C stack use. */
#define SK_MAX_C_DEPTH 1500

typedef struct sk_frame sk_frame;
typedef struct sk_framestack sk_framestack;
typedef struct sk_loop sk_loop;

/* The exception being handled, as a stack: a generator or coroutine pushes
 * its own entry while it runs, so sys.exception() inside it sees its own
 * handlers' exception (CPython's exc_info chain). */
typedef struct sk_exc_info {
    sk_value exc;                  /* SK_NULL when nothing is being handled */
    struct sk_exc_info *prev;
} sk_exc_info;

/* One entry of the attribute cache: (type version, name) → where the name
 * was found in the type's MRO. Cleared by the collector. */
typedef struct sk_attr_cache_entry {
    uint32_t version;
    sk_value name;
    sk_value value;                /* SK_NULL: not found in the type */
} sk_attr_cache_entry;

#define SK_ATTR_CACHE_SIZE 4096

struct sk_vm {
    sk_config config;

    /* ---- memory (gc.c) ---- */
    size_t bytes_in_use;           /* all memory obtained through the hook */
    size_t gc_threshold;           /* collect when bytes_in_use passes it */
    bool memory_refused;           /* a request was refused since the API last
                                      collected (gc.c, api.c) */
    void *memory_reserve;          /* given back when memory runs out (gc.c) */
    /* the small-object heap: objects up to SK_GC_SMALL_MAX bytes live in
     * pages, one size class per page (multiples of 16 bytes); bigger ones
     * are allocated alone and listed (gc.c) */
    sk_obj *free_slots[SK_GC_NCLASSES]; /* each class's free slots, linked
                                      through their gc word */
    struct sk_gc_page *pages[SK_GC_NCLASSES];
    size_t free_bytes;             /* bytes of free slots in the pages */
    void *large_objects;           /* the big objects, newest first */
    uint64_t alloc_seq;            /* objects allocated so far: each one's
                                      gc word records its number */
    sk_value **roots;              /* addresses of C locals holding values */
    size_t nroots, roots_cap;
    bool roots_overflow;           /* a root could not be recorded: no GC */
    bool collecting;
    unsigned gc_pause;             /* >0: collection temporarily disabled */
    sk_obj **gray;                 /* the mark stack */
    size_t ngray, gray_cap;
    bool gray_overflow;
    /* objects met while marking wait here (their headers being fetched)
     * before they are looked at; NULL: an empty place (gc.h) */
    sk_obj *mark_ring[SK_GC_MARK_RING];
    unsigned mark_ring_pos;
    size_t collections;            /* how many collections have run */
    unsigned stress_interval, stress_count; /* GC-stress builds (gc.c) */
    bool stress_skip_bundled;      /* SKEIN_GC_STRESS_BUNDLED=0 */
    unsigned stress_quiet;         /* >0: running a bundled module's body
                                      with stress_skip_bundled */
    struct sk_weakref *seen_weakrefs; /* weakrefs met while marking */
    sk_obj **finalize_queue;       /* unreachable objects whose Python
                                      finaliser must run at a safe point */
    sk_obj **finalizable;          /* the objects that may need one: only
                                      these are checked at each collection */
    size_t nfinalizable, finalizable_cap;
    bool finalizable_rescan;       /* a class gained __del__, or an object its
                                      class: rebuild the list from the heap */
    size_t nfinalize, finalize_cap;
    sk_value weakref_callbacks;    /* list: weakrefs whose referent died and
                                      whose callback is still to be called */
    bool gc_disabled;              /* gc.disable(): no automatic collections */
    bool running_finalizers;       /* sk_gc_run_finalizers is running */
    bool finalizers_pending;       /* the queues above are not empty: the
                                      interpreter runs them at its next
                                      safe point */
    size_t gc_allocs;              /* objects allocated since the last
                                      collection (gc.get_count()) */
    size_t gc_collected;           /* objects found unreachable, in all */

    /* ---- types and constants ---- */
    sk_type *types[SK_T_COUNT];
    sk_type *exc_types[SK_EXC_COUNT];
    sk_value names[SK_N_COUNT];
    sk_value interned;             /* dict str → str, the intern table */
    sk_value empty_tuple, empty_str, empty_bytes;
    sk_value char_strs[128];       /* one-character ASCII strings */
    sk_value memory_error;         /* preallocated MemoryError instance */
    uint64_t hash_key[2];          /* the keyed string hash's key */
    uint32_t next_type_version;
    uint64_t dict_version;         /* dicts take a fresh, VM-unique version
                                      on every change (see dict.h) */
    sk_attr_cache_entry *attr_cache;
    /* During bootstrap, the method/getset/member tables of built-in types
     * wait here until every type's layout is known (type.c). */
    struct sk_boot_table *boot_tables;
    size_t nboot_tables;
    /* types that are not in SK_BUILTIN_TYPES because only one module uses
     * them, but which the C code must recognise */
    sk_type *union_type;           /* types.UnionType: int | None */
    sk_type *alias_type;           /* types.GenericAlias: list[int] */
    sk_type *coro_wrapper_type;    /* what coroutine.__await__() returns */
    sk_type *long_range_iter_type; /* range iterator beyond small ints */
    sk_type *asend_type;           /* async generators' awaitables: */
    sk_type *athrow_type;          /*   asend()/__anext__(), athrow()/aclose(), */
    sk_type *agen_value_type;      /*   a value `yield`ed, as opposed to awaited */
    sk_type *anext_awaitable_type; /* anext(it, default) */
    sk_value asyncgen_firstiter;   /* sys.set_asyncgen_hooks(); SK_NULL: unset */
    sk_value asyncgen_finalizer;
    sk_type *context_type;         /* _contextvars' types, once imported */
    sk_type *contextvar_type;
    sk_type *token_type;
    sk_type *memory_iter_type;     /* iter(memoryview) */
    sk_type *cfunc_type;           /* C functions through libffi (cfunc.c) */
    sk_type *ffi_library_type;     /* ffi.Library (stdlib/ffi.c) */
    sk_value token_missing;        /* Token.MISSING */
    sk_value context;              /* the current contextvars.Context */
    struct sk_asyncio_state *asyncio; /* _asyncio's types and registries */
    sk_value running_loop;         /* asyncio's running event loop */

    /* ---- modules ---- */
    sk_value modules;              /* dict: sys.modules */
    sk_value builtins;             /* dict: the builtins module's namespace */
    sk_value builtins_module;
    sk_value sys_module;
    sk_value path;                 /* list: sys.path */
    sk_value argv;                 /* list: sys.argv */
    sk_value importing;            /* list: names of modules being executed
                                      (the "partially initialized" message) */
    sk_value stdio[3];             /* the native stdin, stdout, stderr
                                      (sys.__stdin__ …), see textio.h */
    struct sk_io *io;              /* the _io module's types (ioint.h) */
    sk_value linecache;            /* dict: filename -> list of source lines */
    /* warnings (warn.c): the filter list, the "once" registry and the
     * default action, as long as the warnings module has not replaced
     * them; the version that makes __warningregistry__ dicts stale; the
     * type of sys.unraisablehook's argument */
    sk_value warn_filters, warn_once, warn_action;
    int64_t warn_version;
    sk_type *unraisable_args_type;
    sk_value native_state;         /* dict: what native modules keep outside
                                      their namespaces, "time.struct_time"
                                      -> value (stdlib/modules.c) */
    int64_t int_max_str_digits;
    int64_t clock_offset_ns;       /* --virtual-time: how far the wall and
                                      monotonic clocks have moved */
    int64_t clock_epoch_ns[2];     /* --virtual-time: the wall and monotonic
                                      clocks when the VM was made */

    /* ---- execution (interp.c) ---- */
    sk_frame *frame;               /* the innermost running frame */
    sk_framestack *frames;         /* where ordinary frames are allocated */
    sk_value exc;                  /* the exception being raised, or SK_NULL */
    sk_exc_info exc_base;          /* bottom of the exc_info stack */
    sk_exc_info *exc_info;         /* top of the exc_info stack */
    int depth;                     /* Python frames on the chain */
    int recursion_limit;           /* sys.getrecursionlimit() */
    int c_depth;                   /* C-level recursion (nested interp, repr…) */
    bool raising_recursion_error;  /* making a RecursionError: its
                                      construction gets some headroom */
    volatile int interrupt;        /* set by a signal handler: raise KeyboardInterrupt */
    sk_value displayhook_last;     /* REPL: the last value printed */
    sk_value repr_running;         /* list: containers whose repr is being
                                      made (sk_repr_enter), or SK_NULL */

    /* ---- the event loop (loop.c) ---- */
    sk_loop *loop;

    /* ---- the embedding API (api.c) ---- */
    struct sk_embed *embed;        /* host references, host futures (embed.c) */
    sk_value api_error;            /* the uncaught exception of the last run */
    int exit_code;                 /* what sk_exit_code reports */
    sk_buf error_text;             /* the last error, formatted */
    sk_buf prompt_text;            /* sk_interactive_prompt's answer */
};

/* vm.c: what the collector needs from the VM as a whole; and emptying the
 * attribute cache (when type version tags wrap around, see type.c). */
SK_INTERNAL void sk_vm_mark_roots(sk_vm *vm);
SK_INTERNAL void sk_vm_clear_caches(sk_vm *vm);

/* The program's wall (CLOCK_REALTIME) or monotonic (CLOCK_MONOTONIC)
 * clock in nanoseconds, which time.time(), time.monotonic() and the event
 * loop read. Under --virtual-time these clocks stand still but for the
 * jumps of vm->clock_offset_ns (time.sleep, an idle loop), so that what a
 * program sees of time does not depend on how fast it runs. A reading
 * that `ticks` (the time module's) also moves them by a microsecond, so
 * that a loop polling the clock still ends; the event loop's own readings
 * do not, so timers set together fall due together, as they do on a real
 * clock that a loop oversleeps. */
SK_INTERNAL int64_t sk_vm_clock_ns(sk_vm *vm, int clock_id, bool ticks);

/* Shorthand for the built-in types. */
#define SK_TYPE(vm, id) ((vm)->types[SK_T_##id])
#define SK_EXC_TYPE(vm, id) ((vm)->exc_types[SK_EXC_##id])
#define SK_NAME(vm, id) ((vm)->names[SK_N_##id])

/* The type of any value. */
static inline sk_type *sk_typeof(sk_vm *vm, sk_value v) {
    if (sk_is_int(v)) return vm->types[SK_T_INT];
    if (sk_is_ptr(v)) return sk_as_obj(v)->type;
    static const sk_type_id imm_types[SK_IMM_COUNT] = {
        [SK_IMM_NONE] = SK_T_NONE, [SK_IMM_FALSE] = SK_T_BOOL,
        [SK_IMM_TRUE] = SK_T_BOOL, [SK_IMM_NOTIMPL] = SK_T_NOTIMPL,
        [SK_IMM_ELLIPSIS] = SK_T_ELLIPSIS,
    };
    return vm->types[imm_types[sk_imm_kind(v)]];
}

/* Is v exactly of built-in type `id` (not a subclass)? */
#define SK_IS(vm, v, id) (sk_is_ptr(v) && sk_as_obj(v)->type == (vm)->types[SK_T_##id])

#endif
