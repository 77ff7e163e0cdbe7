/* embed.c — the embedding API beyond running source (skein.h): references
 * to Python values held by the host (sk_ref), making and reading values,
 * lookups and calls; defining C functions (the calling is cfunc.c's);
 * futures the host completes, from any thread, through a queue that wakes
 * the event loop, which also carries the results of calls made on worker
 * threads; and running awaitables on the session's loop
 * (stdlib/_session.py).
 *
 * Threads: everything here runs on the VM's thread except the
 * sk_future_set_* functions and sk_embed_post, which only touch `lock`,
 * what it guards, and the wake-up pipe.
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>

#include "api.h"
#include "builtins.h"
#include "cfunc.h"
#include "compile.h"
#include "dict.h"
#include "exc.h"
#include "floatobj.h"
#include "func.h"
#include "gc.h"
#include "import.h"
#include "int.h"
#include "interp.h"
#include "list.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- per-VM state -------------------------------------------------------------------- */

/* One host reference: the value, and for a future made by sk_future_new
 * the serial number that its completion must carry (0 otherwise), so a
 * completion queued for a future whose reference was released and reused
 * never reaches the new value. */
typedef struct ref_slot {
    sk_value value;           /* SK_NULL: the slot is free */
    uint64_t future_serial;
} ref_slot;

/* A completion a host thread queued: made with the allocator hook
 * directly (it may run on another thread, where the VM's accounting must
 * not be touched) and freed the same way once applied. */
typedef enum completion_kind { DONE_INT, DONE_FLOAT, DONE_STR, DONE_NONE, DONE_ERROR, DONE_POST } completion_kind;
struct sk_post {  /* (a completion: see api.h) */
    struct sk_post *next;
    sk_ref future;
    uint64_t serial;
    completion_kind kind;
    int64_t i;
    double d;
    char *text;               /* DONE_STR: the result; DONE_ERROR: the message */
    char *exc_type;           /* DONE_ERROR: the exception's name */
    sk_post_fn apply, discard; /* DONE_POST: what to run, and what to run
                                  instead when the VM goes away first */
    void *data;
};
typedef struct sk_post completion;

/* A host future not completed yet: what the completing thread checks. */
typedef struct pending_future {
    sk_ref ref;
    uint64_t serial;
} pending_future;

struct sk_embed {
    ref_slot *refs;           /* ref r lives in refs[r - 1] */
    uint32_t nrefs, refs_cap;
    uint32_t *free_refs;      /* released slots, reused first */
    uint32_t nfree;
    uint64_t next_serial;
    /* the host-thread side */
    pthread_mutex_t lock;
    pending_future *pending;  /* under lock */
    size_t npending, pending_cap;
    completion *queue, *queue_tail; /* under lock */
    atomic_bool queued;       /* the queue is not empty: a lock-free test */
    size_t threads_running;   /* worker threads that have not posted yet */
    pthread_cond_t threads_done;
    int wake[2];              /* pipe: a byte per completion; -1 before the
                                 first host future */
};

static sk_embed *embed_state(sk_vm *vm) {
    if (vm->embed) return vm->embed;
    sk_embed *e = sk_mem_alloc(vm, sizeof *e);
    if (!e) return NULL;
    memset(e, 0, sizeof *e);
    bool locked = pthread_mutex_init(&e->lock, NULL) == 0;
    if (!locked || pthread_cond_init(&e->threads_done, NULL) != 0) {
        if (locked) pthread_mutex_destroy(&e->lock);
        sk_mem_free(vm, e, sizeof *e);
        sk_exc_msg(vm, SK_EXC_RUNTIME, "cannot create a mutex for host futures");
        return NULL;
    }
    e->wake[0] = e->wake[1] = -1;
    e->next_serial = 1;
    atomic_init(&e->queued, false);
    vm->embed = e;
    return e;
}

void sk_embed_mark(sk_vm *vm) {
    sk_embed *e = vm->embed;
    if (!e) return;
    for (uint32_t i = 0; i < e->nrefs; i++) sk_gc_mark(vm, e->refs[i].value);
}

static void free_completion(sk_vm *vm, completion *c) {
    sk_alloc_fn alloc = vm->config.alloc;
    void *ud = vm->config.alloc_ud;
    if (c->text) alloc(ud, c->text, strlen(c->text) + 1, 0);
    if (c->exc_type) alloc(ud, c->exc_type, strlen(c->exc_type) + 1, 0);
    alloc(ud, c, sizeof *c, 0);
}

void sk_embed_wait_for_workers(sk_vm *vm) {
    sk_embed *e = vm->embed;
    if (!e) return;
    pthread_mutex_lock(&e->lock);
    while (e->threads_running) pthread_cond_wait(&e->threads_done, &e->lock);
    pthread_mutex_unlock(&e->lock);
}

void sk_embed_free(sk_vm *vm) {
    sk_embed *e = vm->embed;
    if (!e) return;
    sk_embed_wait_for_workers(vm);
    while (e->queue) {
        completion *c = e->queue;
        e->queue = c->next;
        if (c->kind == DONE_POST) c->discard(vm, c->data);
        free_completion(vm, c);
    }
    pthread_cond_destroy(&e->threads_done);
    if (e->wake[0] >= 0) close(e->wake[0]);
    if (e->wake[1] >= 0) close(e->wake[1]);
    pthread_mutex_destroy(&e->lock);
    if (e->refs) sk_mem_free(vm, e->refs, e->refs_cap * sizeof *e->refs);
    if (e->free_refs) sk_mem_free(vm, e->free_refs, e->refs_cap * sizeof *e->free_refs);
    if (e->pending) sk_mem_free(vm, e->pending, e->pending_cap * sizeof *e->pending);
    sk_mem_free(vm, e, sizeof *e);
    vm->embed = NULL;
}

/* ---- references -------------------------------------------------------------------------- */

/* A new reference to v; 0 with MemoryError raised when memory runs out. */
static sk_ref ref_new(sk_vm *vm, sk_value v) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, v);
    sk_embed *e = embed_state(vm);
    if (!e) return 0;
    uint32_t slot;
    if (e->nfree) {
        slot = e->free_refs[--e->nfree];
    } else {
        if (e->nrefs == e->refs_cap) {
            uint32_t cap = e->refs_cap ? e->refs_cap * 2 : 16;
            ref_slot *r = sk_mem_realloc(vm, e->refs, e->refs_cap * sizeof *r, cap * sizeof *r);
            if (!r) return 0;
            e->refs = r;
            uint32_t *f = sk_mem_realloc(vm, e->free_refs, e->refs_cap * sizeof *f, cap * sizeof *f);
            if (!f) return 0;  /* (refs keeps its new size: harmless) */
            e->free_refs = f;
            e->refs_cap = cap;
        }
        slot = e->nrefs++;
    }
    e->refs[slot].value = v;
    e->refs[slot].future_serial = 0;
    return slot + 1;
}

sk_ref sk_embed_ref_new(sk_vm *vm, sk_value v) { return ref_new(vm, v); }

/* The value of a live reference, or SK_NULL for 0, a released or an
 * unknown one. */
static sk_value ref_value(sk_vm *vm, sk_ref ref) {
    sk_embed *e = vm->embed;
    if (!e || ref == 0 || ref > e->nrefs) return SK_NULL;
    return e->refs[ref - 1].value;
}

/* Drops `ref` from the pending host futures, if it is one; returns the
 * serial it had there (0 when it was not pending). */
static uint64_t unpend(sk_embed *e, sk_ref ref) {
    uint64_t serial = 0;
    for (size_t i = 0; i < e->npending; i++) {
        if (e->pending[i].ref == ref) {
            serial = e->pending[i].serial;
            e->pending[i] = e->pending[--e->npending];
            break;
        }
    }
    return serial;
}

sk_value sk_embed_ref_value(sk_vm *vm, sk_ref ref) { return ref_value(vm, ref); }

void sk_release(sk_vm *vm, sk_ref ref) {
    if (!vm || !ref_value(vm, ref)) return;
    sk_embed *e = vm->embed;
    ref_slot *s = &e->refs[ref - 1];
    if (s->future_serial) {
        pthread_mutex_lock(&e->lock);
        (void)unpend(e, ref);
        pthread_mutex_unlock(&e->lock);
    }
    s->value = SK_NULL;
    s->future_serial = 0;
    e->free_refs[e->nfree++] = ref - 1;
}

/* Ends an API call that makes a value: a reference to it, or 0 (the
 * error kept for sk_error_message) when v is SK_NULL. */
static sk_ref finish_with(sk_vm *vm, sk_value v) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, v);
    sk_ref r = v ? ref_new(vm, v) : 0;
    sk_api_finish(vm, r != 0);
    return r;
}

/* The value of an argument reference, or SK_NULL after reporting it. */
static sk_value arg_value(sk_vm *vm, const char *fn, sk_ref ref) {
    sk_value v = ref_value(vm, ref);
    if (!v) sk_api_bad_arg(vm, fn, ref ? "not a live reference" : "the reference is 0");
    return v;
}

sk_ref sk_dup(sk_vm *vm, sk_ref ref) {
    if (!vm) return 0;
    sk_value v = arg_value(vm, "sk_dup", ref);
    if (!v) return 0;
    return finish_with(vm, v);
}

/* ---- making and reading values ----------------------------------------------------------- */

sk_ref sk_new_int(sk_vm *vm, int64_t value) {
    if (!vm) return 0;
    return finish_with(vm, sk_int_from_i64(vm, value));
}

sk_ref sk_new_float(sk_vm *vm, double value) {
    if (!vm) return 0;
    return finish_with(vm, sk_float_new(vm, value));
}

sk_ref sk_new_str(sk_vm *vm, const char *utf8, size_t len) {
    if (!vm) return 0;
    if (!utf8) {
        sk_api_bad_arg(vm, "sk_new_str", "text is NULL");
        return 0;
    }
    if (len == (size_t)-1) len = strlen(utf8);
    if (sk_utf8_valid_prefix(utf8, len, false) != len) {
        sk_api_bad_arg(vm, "sk_new_str", "text is not valid UTF-8");
        return 0;
    }
    return finish_with(vm, sk_str_new(vm, utf8, len));
}

sk_ref sk_new_none(sk_vm *vm) {
    if (!vm) return 0;
    return finish_with(vm, SK_NONE);
}

sk_status sk_read_int(sk_vm *vm, sk_ref ref, int64_t *out) {
    if (!vm) return SK_EBADARG;
    if (!out) return sk_api_bad_arg(vm, "sk_read_int", "out is NULL");
    sk_value v = arg_value(vm, "sk_read_int", ref);
    if (!v) return SK_EBADARG;
    SK_ROOT_SCOPE(vm);
    sk_value i = sk_index(vm, v);
    SK_ROOT(vm, i);
    return sk_api_finish(vm, i && sk_int_to_i64(vm, i, out));
}

sk_status sk_read_float(sk_vm *vm, sk_ref ref, double *out) {
    if (!vm) return SK_EBADARG;
    if (!out) return sk_api_bad_arg(vm, "sk_read_float", "out is NULL");
    sk_value v = arg_value(vm, "sk_read_float", ref);
    if (!v) return SK_EBADARG;
    return sk_api_finish(vm, sk_number_to_double(vm, v, out));
}

const char *sk_read_str(sk_vm *vm, sk_ref ref, size_t *len) {
    if (!vm) return NULL;
    sk_value v = arg_value(vm, "sk_read_str", ref);
    if (!v) return NULL;
    if (!sk_is_str(vm, v)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "expected str, got %T", v);
        sk_api_finish(vm, false);
        return NULL;
    }
    if (len) *len = sk_str_size(v);
    sk_api_finish(vm, true);
    return sk_str_data(v);
}

/* ---- names, expressions, calls ----------------------------------------------------------- */

/* The first part of a dotted name: a global of __main__, a builtin, or an
 * imported module. */
static sk_value lookup_head(sk_vm *vm, const char *name, size_t len) {
    SK_ROOT_SCOPE(vm);
    sk_value key = sk_str_new(vm, name, len);
    if (!key) return SK_NULL;
    SK_ROOT(vm, key);
    sk_value m = sk_api_main_module(vm, SK_NULL);
    if (!m) return SK_NULL;
    sk_value v = sk_dict_get_str(vm, sk_module_dict(m), key);
    if (!v) v = sk_dict_get_str(vm, vm->builtins, key);
    if (v) return v;
    return sk_import_name(vm, key, SK_NULL, SK_NULL, SK_NULL, 0);
}

/* obj.part, where `name` up to `end` is the dotted name obj.part: an
 * attribute, or a submodule of a package that has not imported it yet. */
static sk_value lookup_attr(sk_vm *vm, sk_value obj, const char *name, const char *part, const char *end) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, obj);
    sk_value attr = sk_str_new(vm, part, (size_t)(end - part));
    if (!attr) return SK_NULL;
    SK_ROOT(vm, attr);
    sk_value v = sk_getattr(vm, obj, attr);
    if (v || !sk_exc_pending(vm, SK_EXC_ATTRIBUTE)) return v;
    sk_value missing = sk_exc_take(vm);
    SK_ROOT(vm, missing);
    sk_value full = sk_str_new(vm, name, (size_t)(end - name));
    if (!full) return SK_NULL;
    SK_ROOT(vm, full);
    if (sk_import_name(vm, full, SK_NULL, SK_NULL, SK_NULL, 0)) return sk_getattr(vm, obj, attr);
    /* no such submodule either: the AttributeError says it best */
    if (sk_exc_pending(vm, SK_EXC_MODULE_NOT_FOUND)) {
        sk_exc_take(vm);
        sk_exc_raise(vm, missing);
    }
    return SK_NULL;
}

sk_ref sk_lookup(sk_vm *vm, const char *name) {
    if (!vm) return 0;
    if (!name || !*name) {
        sk_api_bad_arg(vm, "sk_lookup", name ? "the name is empty" : "name is NULL");
        return 0;
    }
    SK_ROOT_SCOPE(vm);
    const char *dot = strchr(name, '.');
    sk_value v = lookup_head(vm, name, dot ? (size_t)(dot - name) : strlen(name));
    SK_ROOT(vm, v);
    while (v && dot) {
        const char *part = dot + 1;
        dot = strchr(part, '.');
        v = lookup_attr(vm, v, name, part, dot ? dot : part + strlen(part));
    }
    return finish_with(vm, v);
}

sk_ref sk_eval(sk_vm *vm, const char *expression) {
    if (!vm) return 0;
    if (!expression) {
        sk_api_bad_arg(vm, "sk_eval", "expression is NULL");
        return 0;
    }
    SK_ROOT_SCOPE(vm);
    sk_value r = SK_NULL;
    sk_value fn = sk_str_from_cstr(vm, "<string>");
    SK_ROOT(vm, fn);
    sk_value m = fn ? sk_api_main_module(vm, SK_NULL) : SK_NULL;
    SK_ROOT(vm, m);
    sk_value code = m ? sk_compile_source(vm, expression, strlen(expression), fn, AST_MODE_EVAL, 0) : SK_NULL;
    SK_ROOT(vm, code);
    if (code) r = sk_interp_run_code(vm, code, sk_module_dict(m), sk_module_dict(m));
    return finish_with(vm, r);
}

sk_status sk_set_global(sk_vm *vm, const char *name, sk_ref value) {
    if (!vm) return SK_EBADARG;
    if (!name) return sk_api_bad_arg(vm, "sk_set_global", "name is NULL");
    sk_value v = arg_value(vm, "sk_set_global", value);
    if (!v) return SK_EBADARG;
    SK_ROOT_SCOPE(vm);
    sk_value m = sk_api_main_module(vm, SK_NULL);
    SK_ROOT(vm, m);
    return sk_api_finish(vm, m && sk_dict_set_cstr(vm, sk_module_dict(m), name, v));
}

sk_ref sk_invoke(sk_vm *vm, sk_ref callable, size_t nargs, const sk_ref *args) {
    if (!vm) return 0;
    sk_value f = arg_value(vm, "sk_invoke", callable);
    if (!f) return 0;
    if (nargs && !args) {
        sk_api_bad_arg(vm, "sk_invoke", "args is NULL");
        return 0;
    }
    SK_ROOT_SCOPE(vm);
    sk_value argv = sk_list_new(vm, nargs);
    if (!argv) return finish_with(vm, SK_NULL);
    SK_ROOT(vm, argv);
    for (size_t i = 0; i < nargs; i++) {
        sk_value a = arg_value(vm, "sk_invoke", args[i]);
        if (!a) return 0;
        if (!sk_list_append(vm, argv, a)) return finish_with(vm, SK_NULL);
    }
    return finish_with(vm, sk_call(vm, f, sk_list_items(argv), nargs, SK_NULL));
}

/* The namespace `name` goes into: __main__'s, or module `mod`'s for
 * "mod.fn" (made and put in sys.modules when there is none). */
static sk_value target_namespace(sk_vm *vm, const char *name, const char **leaf) {
    SK_ROOT_SCOPE(vm);
    const char *dot = strrchr(name, '.');
    *leaf = dot ? dot + 1 : name;
    if (!dot) {
        sk_value m = sk_api_main_module(vm, SK_NULL);
        return m ? sk_module_dict(m) : SK_NULL;
    }
    sk_value modname = sk_str_new(vm, name, (size_t)(dot - name));
    if (!modname) return SK_NULL;
    SK_ROOT(vm, modname);
    sk_value m = sk_dict_get_str(vm, vm->modules, modname);
    if (!m) {
        m = sk_import_name(vm, modname, SK_NULL, SK_NULL, SK_NULL, 0);
        if (!m) {
            if (!sk_exc_pending(vm, SK_EXC_MODULE_NOT_FOUND)) return SK_NULL;
            sk_exc_take(vm);
            m = sk_module_new(vm, modname);
            if (!m) return SK_NULL;
            SK_ROOT(vm, m);
            if (!sk_dict_set(vm, vm->modules, modname, m)) return SK_NULL;
        } else {
            /* `import a.b` answers a; the module itself is in sys.modules */
            m = sk_dict_get_str(vm, vm->modules, modname);
            if (!m) return sk_exc_fmt(vm, SK_EXC_IMPORT, "no module %V after importing it", modname);
        }
    }
    SK_ROOT(vm, m);
    if (!SK_IS(vm, m, MODULE)) return sk_exc_fmt(vm, SK_EXC_TYPE, "%V is not a module", modname);
    return sk_module_dict(m);
}

sk_status sk_define_function(sk_vm *vm, const char *name, const char *signature, void (*fn)(void)) {
    if (!vm) return SK_EBADARG;
    if (!name || !*name) return sk_api_bad_arg(vm, "sk_define_function", name ? "the name is empty" : "name is NULL");
    if (!signature) return sk_api_bad_arg(vm, "sk_define_function", "signature is NULL");
    if (!fn) return sk_api_bad_arg(vm, "sk_define_function", "fn is NULL");
    SK_ROOT_SCOPE(vm);
    const char *leaf;
    sk_value ns = target_namespace(vm, name, &leaf);
    if (!ns) return sk_api_finish(vm, false);
    SK_ROOT(vm, ns);
    const char *why;
    sk_value f = sk_cfunc_new(vm, leaf, signature, fn, SK_NULL, &why);
    if (!f && why) {
        char msg[256];
        snprintf(msg, sizeof msg, "%s in \"%.120s\"", why, signature);
        sk_exc_take(vm);
        return sk_api_bad_arg(vm, "sk_define_function", msg);
    }
    SK_ROOT(vm, f);
    return sk_api_finish(vm, f && sk_dict_set_cstr(vm, ns, leaf, f));
}

/* _session.NAME(*args) */
static sk_value session_call(sk_vm *vm, const char *name, const sk_value *args, size_t nargs) {
    SK_ROOT_SCOPE(vm);
    sk_value fn = sk_import_attr_cstr(vm, "_session", name);
    SK_ROOT(vm, fn);
    return fn ? sk_call(vm, fn, args, nargs, SK_NULL) : SK_NULL;
}

/* ---- host futures ---------------------------------------------------------------------------- */

/* The wake-up pipe, made with the first host future. */
static bool open_wake_pipe(sk_vm *vm, sk_embed *e) {
    if (e->wake[0] >= 0) return true;
    int fds[2];
    if (pipe(fds) != 0) return sk_exc_fmt(vm, SK_EXC_OS, "cannot make the loop's wake-up pipe: %s", strerror(errno)), false;
    for (int k = 0; k < 2; k++) {
        fcntl(fds[k], F_SETFL, fcntl(fds[k], F_GETFL) | O_NONBLOCK);
        fcntl(fds[k], F_SETFD, FD_CLOEXEC);
    }
    e->wake[0] = fds[0];
    e->wake[1] = fds[1];
    return true;
}

sk_value sk_embed_new_future(sk_vm *vm) { return session_call(vm, "future", NULL, 0); }

sk_ref sk_future_new(sk_vm *vm) {
    if (!vm) return 0;
    SK_ROOT_SCOPE(vm);
    sk_embed *e = embed_state(vm);
    if (!e || !open_wake_pipe(vm, e)) return finish_with(vm, SK_NULL);
    sk_value fut = sk_embed_new_future(vm);
    SK_ROOT(vm, fut);
    if (!fut) return finish_with(vm, SK_NULL);
    if (e->npending == e->pending_cap) {
        size_t cap = e->pending_cap ? e->pending_cap * 2 : 8;
        pending_future *p = sk_mem_alloc(vm, cap * sizeof *p);
        if (!p) return finish_with(vm, SK_NULL);
        pthread_mutex_lock(&e->lock);
        if (e->npending) memcpy(p, e->pending, e->npending * sizeof *p);
        pending_future *old = e->pending;
        size_t old_cap = e->pending_cap;
        e->pending = p;
        e->pending_cap = cap;
        pthread_mutex_unlock(&e->lock);
        if (old) sk_mem_free(vm, old, old_cap * sizeof *old);
    }
    sk_ref r = ref_new(vm, fut);
    if (!r) return finish_with(vm, SK_NULL);
    uint64_t serial = e->next_serial++;
    e->refs[r - 1].future_serial = serial;
    pthread_mutex_lock(&e->lock);
    e->pending[e->npending++] = (pending_future){r, serial};
    pthread_mutex_unlock(&e->lock);
    sk_api_finish(vm, true);
    return r;
}

/* A copy of `s` made with the allocator hook alone; NULL if refused. */
static char *host_strdup(sk_vm *vm, const char *s) {
    size_t n = strlen(s) + 1;
    char *copy = vm->config.alloc(vm->config.alloc_ud, NULL, 0, n);
    if (copy) memcpy(copy, s, n);
    return copy;
}

/* Appends c to the queue; the caller holds the lock. */
static void enqueue(sk_embed *e, completion *c) {
    if (e->queue_tail) e->queue_tail->next = c;
    else e->queue = c;
    e->queue_tail = c;
    atomic_store(&e->queued, true);
}

static void wake(sk_embed *e) {
    char byte = 1;
    ssize_t w = write(e->wake[1], &byte, 1);
    (void)w;  /* a full pipe already wakes the loop */
}

/* Queues a completion (any thread) and wakes the loop. */
static sk_status complete(sk_vm *vm, sk_ref future, completion_kind kind, int64_t i, double d, const char *text,
                          const char *exc_type) {
    if (!vm || !vm->embed) return SK_EBADARG;
    sk_embed *e = vm->embed;
    completion *c = vm->config.alloc(vm->config.alloc_ud, NULL, 0, sizeof *c);
    if (!c) return SK_ENOMEM;
    memset(c, 0, sizeof *c);
    c->future = future;
    c->kind = kind;
    c->i = i;
    c->d = d;
    if ((text && !(c->text = host_strdup(vm, text))) || (exc_type && !(c->exc_type = host_strdup(vm, exc_type)))) {
        free_completion(vm, c);
        return SK_ENOMEM;
    }
    pthread_mutex_lock(&e->lock);
    c->serial = unpend(e, future);
    if (c->serial) enqueue(e, c);
    pthread_mutex_unlock(&e->lock);
    if (!c->serial) {
        free_completion(vm, c);
        return SK_EBADARG;
    }
    wake(e);
    return SK_OK;
}

sk_status sk_future_set_int(sk_vm *vm, sk_ref future, int64_t value) {
    return complete(vm, future, DONE_INT, value, 0, NULL, NULL);
}

sk_status sk_future_set_float(sk_vm *vm, sk_ref future, double value) {
    return complete(vm, future, DONE_FLOAT, 0, value, NULL, NULL);
}

sk_status sk_future_set_str(sk_vm *vm, sk_ref future, const char *utf8) {
    if (!utf8) return SK_EBADARG;
    return complete(vm, future, DONE_STR, 0, 0, utf8, NULL);
}

sk_status sk_future_set_none(sk_vm *vm, sk_ref future) { return complete(vm, future, DONE_NONE, 0, 0, NULL, NULL); }

sk_status sk_future_set_error(sk_vm *vm, sk_ref future, const char *exc_type, const char *message) {
    if (!exc_type || !message) return SK_EBADARG;
    return complete(vm, future, DONE_ERROR, 0, 0, message, exc_type);
}

sk_post *sk_embed_prepare_post(sk_vm *vm, sk_post_fn apply, sk_post_fn discard, void *data) {
    sk_embed *e = embed_state(vm);
    if (!e || !open_wake_pipe(vm, e)) return NULL;
    /* made with the hook alone, like the records host threads make,
     * since free_completion frees them all the same way */
    completion *c = vm->config.alloc(vm->config.alloc_ud, NULL, 0, sizeof *c);
    if (!c) return (sk_post *)sk_exc_no_memory(vm);
    memset(c, 0, sizeof *c);
    c->kind = DONE_POST;
    c->apply = apply;
    c->discard = discard;
    c->data = data;
    return (sk_post *)c;
}

bool sk_embed_start_thread(sk_vm *vm, sk_post *post, pthread_t *thread, void *(*main)(void *), void *arg) {
    sk_embed *e = vm->embed;
    pthread_mutex_lock(&e->lock);
    e->threads_running++;
    pthread_mutex_unlock(&e->lock);
    int err = pthread_create(thread, NULL, main, arg);
    if (err == 0) return true;
    pthread_mutex_lock(&e->lock);
    e->threads_running--;
    pthread_mutex_unlock(&e->lock);
    free_completion(vm, (completion *)post);
    sk_exc_fmt(vm, SK_EXC_RUNTIME, "can't start new thread: %s", strerror(err));
    return false;
}

void sk_embed_post(sk_vm *vm, sk_post *post) {
    sk_embed *e = vm->embed;
    pthread_mutex_lock(&e->lock);
    enqueue(e, (completion *)post);
    e->threads_running--;
    pthread_cond_broadcast(&e->threads_done);
    pthread_mutex_unlock(&e->lock);
    wake(e);
}

/* The exception a DONE_ERROR completion names: a built-in exception class
 * (RuntimeError when the name is not one), called with the message. */
static sk_value completion_error(sk_vm *vm, const completion *c) {
    SK_ROOT_SCOPE(vm);
    sk_value msg = sk_str_from_utf8_lossy(vm, c->text, strlen(c->text));
    if (!msg) return SK_NULL;
    SK_ROOT(vm, msg);
    sk_value cls = sk_dict_get_cstr(vm, vm->builtins, c->exc_type);
    if (!cls || !SK_IS(vm, cls, TYPE) || !(((sk_type *)sk_as_obj(cls))->flags & SK_TF_EXC_SUB))
        cls = sk_from_obj(SK_EXC_TYPE(vm, RUNTIME));
    return sk_call1(vm, cls, msg);
}

/* Applies one completion: fut.set_result(v) / fut.set_exception(e), unless
 * the future is done already (cancelled by Python code) or its reference
 * is gone. */
static bool apply(sk_vm *vm, sk_embed *e, const completion *c) {
    SK_ROOT_SCOPE(vm);
    if (c->future == 0 || c->future > e->nrefs || e->refs[c->future - 1].future_serial != c->serial) return true;
    sk_value fut = e->refs[c->future - 1].value;
    SK_ROOT(vm, fut);
    sk_value done = sk_call_method(vm, fut, sk_str_intern_cstr(vm, "done"), NULL, 0);
    if (!done) return false;
    if (done == SK_TRUE) return true;
    sk_value v;
    const char *method = "set_result";
    switch (c->kind) {
    case DONE_INT: v = sk_int_from_i64(vm, c->i); break;
    case DONE_FLOAT: v = sk_float_new(vm, c->d); break;
    case DONE_STR: v = sk_str_from_utf8_lossy(vm, c->text, strlen(c->text)); break;
    case DONE_NONE: v = SK_NONE; break;
    default:
        v = completion_error(vm, c);
        method = "set_exception";
        break;
    }
    if (!v) return false;
    SK_ROOT(vm, v);
    return sk_call_method(vm, fut, sk_str_intern_cstr(vm, method), &v, 1) != SK_NULL;
}

bool sk_embed_drain(sk_vm *vm) {
    sk_embed *e = vm->embed;
    if (!e || !atomic_load_explicit(&e->queued, memory_order_acquire)) return true;
    pthread_mutex_lock(&e->lock);
    completion *c = e->queue;
    e->queue = e->queue_tail = NULL;
    atomic_store(&e->queued, false);
    pthread_mutex_unlock(&e->lock);
    bool ok = true;
    while (c) {
        completion *next = c->next;
        if (c->kind == DONE_POST) c->apply(vm, c->data);
        else if (ok && !apply(vm, e, c)) ok = false;
        free_completion(vm, c);
        c = next;
    }
    return ok;
}

/* Empties the wake-up pipe: its bytes only say "look at the queue". */
static void drain_pipe(sk_embed *e) {
    char buf[256];
    while (read(e->wake[0], buf, sizeof buf) > 0) {
    }
}

static bool interrupted(sk_vm *vm) {
    if (!vm->interrupt) return false;
    vm->interrupt = 0;
    sk_exc_raise_type(vm, SK_EXC_TYPE(vm, KEYBOARD_INTERRUPT), NULL, 0);
    return true;
}

bool sk_embed_wait(sk_vm *vm, double timeout, bool *woken) {
    *woken = false;
    sk_embed *e = vm->embed;
    if (e && e->wake[0] >= 0) {
        if (atomic_load(&e->queued)) {
            *woken = true;
            return true;
        }
        struct pollfd pfd = {.fd = e->wake[0], .events = POLLIN};
        int ms = timeout < 0 ? -1 : (int)ceil(timeout * 1000.0);
        for (;;) {
            int n = poll(&pfd, 1, ms);
            if (n > 0) {
                drain_pipe(e);
                *woken = true;
                return true;
            }
            if (n == 0) return true;
            if (errno != EINTR) return sk_exc_fmt(vm, SK_EXC_OS, "poll: %s", strerror(errno)), false;
            if (interrupted(vm)) return false;
        }
    }
    if (timeout < 0) timeout = 86400.0;
    struct timespec req = {(time_t)timeout, (long)((timeout - floor(timeout)) * 1e9)};
    while (nanosleep(&req, &req) != 0 && errno == EINTR)
        if (interrupted(vm)) return false;
    return true;
}

/* ---- running awaitables and driving the loop ------------------------------------------------------------------------ */

/* Whether a loop is running: the host may not drive it then. */
static bool loop_running(sk_vm *vm, const char *fn) {
    if (!vm->running_loop || vm->running_loop == SK_NONE) return false;
    sk_api_bad_arg(vm, fn, "an event loop is already running (call it from the host, not from Python code)");
    return true;
}

sk_ref sk_spawn(sk_vm *vm, sk_ref awaitable) {
    if (!vm) return 0;
    sk_value aw = arg_value(vm, "sk_spawn", awaitable);
    if (!aw) return 0;
    return finish_with(vm, session_call(vm, "spawn", &aw, 1));
}

sk_status sk_loop_step(sk_vm *vm) {
    if (!vm) return SK_EBADARG;
    if (loop_running(vm, "sk_loop_step")) return SK_EBADARG;
    /* the host polled the pipe: empty it, or it stays readable */
    if (vm->embed && vm->embed->wake[0] >= 0) drain_pipe(vm->embed);
    return sk_api_finish(vm, session_call(vm, "step", NULL, 0) != SK_NULL);
}

sk_status sk_loop_next_wakeup(sk_vm *vm, double *seconds) {
    if (!vm) return SK_EBADARG;
    if (!seconds) return sk_api_bad_arg(vm, "sk_loop_next_wakeup", "seconds is NULL");
    if (vm->embed && atomic_load(&vm->embed->queued)) {
        *seconds = 0;
        return sk_api_finish(vm, true);
    }
    SK_ROOT_SCOPE(vm);
    sk_value v = session_call(vm, "next_wakeup", NULL, 0);
    SK_ROOT(vm, v);
    return sk_api_finish(vm, v && sk_number_to_double(vm, v, seconds));
}

int sk_loop_fd(sk_vm *vm) {
    if (!vm) return -1;
    sk_embed *e = embed_state(vm);
    if (!e || !open_wake_pipe(vm, e)) {
        sk_api_finish(vm, false);
        return -1;
    }
    return e->wake[0];
}

sk_ref sk_await(sk_vm *vm, sk_ref awaitable) {
    if (!vm) return 0;
    sk_value aw = arg_value(vm, "sk_await", awaitable);
    if (!aw || loop_running(vm, "sk_await")) return 0;
    return finish_with(vm, session_call(vm, "run", &aw, 1));
}
