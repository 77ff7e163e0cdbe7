/* cfunc.c — C functions as Python callables, through libffi: the C types
 * a signature may name, parsing signatures like "double (double, int64_t)",
 * converting arguments and results with Python's errors, the CFunction
 * type, and running a call on a worker thread (CFunction.in_thread) while
 * the event loop goes on. The host defines such functions with
 * sk_define_function (embed.c); scripts load them from shared libraries
 * with the ffi module (stdlib/ffi.c).
 */
#include "cfunc.h"

#include <ffi.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <tommath.h>

#include "api.h"
#include "exc.h"
#include "floatobj.h"
#include "gc.h"
#include "int.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define NATIVE(name) static sk_value name(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames)

/* The C types a signature may name: the spelling (spaces only between
 * words, none around '*') and libffi's type. */
#define SK_CTYPES(X)                                                                          \
    X(VOID, "void", &ffi_type_void)                                                            \
    X(BOOL, "bool", &ffi_type_uint8)                                                           \
    X(INT, "int", &ffi_type_sint)                                                              \
    X(UINT, "unsigned", &ffi_type_uint)                                                        \
    X(LONG, "long", &ffi_type_slong)                                                           \
    X(ULONG, "unsigned long", &ffi_type_ulong)                                                 \
    X(I32, "int32_t", &ffi_type_sint32)                                                        \
    X(U32, "uint32_t", &ffi_type_uint32)                                                       \
    X(I64, "int64_t", &ffi_type_sint64)                                                        \
    X(U64, "uint64_t", &ffi_type_uint64)                                                       \
    X(SIZE, "size_t", sizeof(size_t) == 8 ? &ffi_type_uint64 : &ffi_type_uint32)               \
    X(DOUBLE, "double", &ffi_type_double)                                                      \
    X(FLOAT, "float", &ffi_type_float)                                                         \
    X(STR, "const char*", &ffi_type_pointer)                                                   \
    X(PTR, "void*", &ffi_type_pointer)                                                         \
    X(VM, "sk_vm*", &ffi_type_pointer)                                                         \
    X(REF, "sk_ref", &ffi_type_uint32)

typedef enum ctype {
#define X(id, spelling, ffi) CT_##id,
    SK_CTYPES(X)
#undef X
    CT_COUNT
} ctype;

static const char *const ctype_spelling[] = {
#define X(id, spelling, ffi) spelling,
    SK_CTYPES(X)
#undef X
};

static ffi_type *ctype_ffi(ctype t) {
    switch (t) {
#define X(id, spelling, ffi) \
    case CT_##id:                    \
        return ffi;
        SK_CTYPES(X)
#undef X
    default: return NULL;
    }
}

static bool ctype_is_integer(ctype t) { return t >= CT_INT && t <= CT_SIZE; }

/* An integer type's bounds, for the range check of an argument. */
static void ctype_range(ctype t, int64_t *lo, uint64_t *hi) {
    switch (t) {
    case CT_INT: *lo = INT_MIN, *hi = INT_MAX; return;
    case CT_UINT: *lo = 0, *hi = UINT_MAX; return;
    case CT_LONG: *lo = LONG_MIN, *hi = LONG_MAX; return;
    case CT_ULONG: *lo = 0, *hi = ULONG_MAX; return;
    case CT_I32: *lo = INT32_MIN, *hi = INT32_MAX; return;
    case CT_U32: *lo = 0, *hi = UINT32_MAX; return;
    case CT_I64: *lo = INT64_MIN, *hi = INT64_MAX; return;
    case CT_U64: *lo = 0, *hi = UINT64_MAX; return;
    case CT_SIZE: *lo = 0, *hi = SIZE_MAX; return;
    default: *lo = 0, *hi = 0; return;
    }
}

/* A C function as a Python callable. */
typedef struct cfunc {
    sk_obj hdr;
    void (*fn)(void);
    ffi_cif cif;
    ffi_type **ffi_args;      /* the C parameters' types (sk_mem_alloc) */
    uint8_t *params;          /* their ctypes */
    uint16_t nparams;         /* C parameters */
    uint16_t npython;         /* of which Python passes (all but sk_vm *) */
    uint8_t ret;
    sk_value name;            /* str */
    sk_value signature;       /* str, as given */
    sk_value owner;           /* what keeps `fn` loaded (an ffi library), or SK_NULL */
} cfunc;

#define CFUNC(v) ((cfunc *)sk_as_obj(v))

static void cfunc_trace(sk_vm *vm, sk_obj *o) {
    cfunc *f = (cfunc *)o;
    sk_gc_mark(vm, f->name);
    sk_gc_mark(vm, f->signature);
    sk_gc_mark(vm, f->owner);
}

static void cfunc_finalize(sk_vm *vm, sk_obj *o) {
    cfunc *f = (cfunc *)o;
    if (f->ffi_args) sk_mem_free(vm, f->ffi_args, f->nparams * sizeof *f->ffi_args);
    if (f->params) sk_mem_free(vm, f->params, f->nparams);
    f->ffi_args = NULL;
    f->params = NULL;
}

static sk_value cfunc_repr(sk_vm *vm, sk_value self) {
    return sk_str_fmt(vm, "<C function %V: %V>", CFUNC(self)->name, CFUNC(self)->signature);
}

/* One argument's storage, big enough for any supported type. */
typedef union carg {
    uint8_t b;
    int i;
    unsigned u;
    long l;
    unsigned long ul;
    int32_t i32;
    uint32_t u32;
    int64_t i64;
    uint64_t u64;
    size_t size;
    double d;
    float f;
    const void *p;
} carg;

/* An int between 2**63 and 2**64 as a uint64_t; false if it is bigger. */
static bool u64_of(sk_vm *vm, sk_value i, uint64_t *out) {
    mp_int m;
    if (mp_init(&m) != MP_OKAY) return false;
    bool ok = sk_int_to_mp(vm, i, &m) && mp_count_bits(&m) <= 64;
    if (ok) *out = mp_get_u64(&m);
    else if (vm->exc) sk_exc_take(vm);
    mp_clear(&m);
    return ok;
}

/* A call's result, as libffi writes it (small integers widened to
 * ffi_arg). */
typedef union cresult {
    ffi_arg a;
    int64_t i64;
    uint64_t u64;
    double d;
    float fl;
    void *p;
} cresult;

/* Converts Python argument `v` (the index-th, for messages) to C type t. */
static bool to_c(sk_vm *vm, cfunc *f, size_t index, sk_value v, ctype t, carg *out) {
    const char *name = sk_str_data(f->name);
    if (ctype_is_integer(t)) {
        SK_ROOT_SCOPE(vm);
        if (!sk_is_int(v) && !sk_typeof(vm, v)->index)
            return sk_exc_fmt(vm, SK_EXC_TYPE, "%s() argument %zu must be int, not %T", name, index + 1, v), false;
        sk_value i = sk_index(vm, v);
        if (!i) return false;
        SK_ROOT(vm, i);
        int64_t lo;
        uint64_t hi;
        ctype_range(t, &lo, &hi);
        int64_t n;
        uint64_t big = 0;  /* an unsigned value past int64 */
        bool fits;
        if (sk_int_to_i64(vm, i, &n)) {
            fits = n >= lo && (n < 0 || (uint64_t)n <= hi);
        } else {
            sk_exc_take(vm);
            fits = hi == UINT64_MAX && sk_int_sign(i) > 0 && u64_of(vm, i, &big);
            n = (int64_t)big;
        }
        if (!fits)
            return sk_exc_fmt(vm, SK_EXC_OVERFLOW, "%s() argument %zu does not fit in C %s", name, index + 1,
                              ctype_spelling[t]),
                   false;
        switch (t) {
        case CT_INT: out->i = (int)n; break;
        case CT_UINT: out->u = (unsigned)n; break;
        case CT_LONG: out->l = (long)n; break;
        case CT_ULONG: out->ul = (unsigned long)n; break;
        case CT_I32: out->i32 = (int32_t)n; break;
        case CT_U32: out->u32 = (uint32_t)n; break;
        case CT_I64: out->i64 = n; break;
        case CT_U64: out->u64 = (uint64_t)n; break;
        case CT_SIZE: out->size = (size_t)n; break;
        default: break;
        }
        return true;
    }
    switch (t) {
    case CT_BOOL: {
        int truth = sk_truth(vm, v);
        if (truth < 0) return false;
        out->b = (uint8_t)truth;
        return true;
    }
    case CT_DOUBLE:
    case CT_FLOAT: {
        double d;
        if (!sk_is_float(vm, v) && !sk_is_int(v) && !sk_is_bool(v) && !sk_typeof(vm, v)->index &&
            !sk_is_float_like(vm, v))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "%s() argument %zu must be float, not %T", name, index + 1, v), false;
        if (!sk_number_to_double(vm, v, &d)) return false;
        if (t == CT_DOUBLE) out->d = d;
        else out->f = (float)d;
        return true;
    }
    case CT_STR:
        if (!sk_is_str(vm, v))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "%s() argument %zu must be str, not %T", name, index + 1, v), false;
        if (strlen(sk_str_data(v)) != sk_str_size(v))
            return sk_exc_msg(vm, SK_EXC_VALUE, "embedded null character"), false;
        out->p = sk_str_data(v);
        return true;
    case CT_PTR: {
        if (v == SK_NONE) {
            out->p = NULL;
            return true;
        }
        int64_t n;
        if (!sk_is_int(v) || !sk_int_to_i64(vm, v, &n) || n < 0) {
            if (vm->exc) sk_exc_take(vm);
            return sk_exc_fmt(vm, SK_EXC_TYPE, "%s() argument %zu must be an address (an int) or None, not %T",
                              name, index + 1, v),
                   false;
        }
        out->p = (const void *)(uintptr_t)n;
        return true;
    }
    default:
        return sk_exc_fmt(vm, SK_EXC_SYSTEM, "%s(): unsupported C type", name), false;
    }
}

/* The Python value of a C result of type t held in `r` (libffi widens
 * small integer results to ffi_arg). */
static sk_value from_c(sk_vm *vm, cfunc *f, ctype t, const cresult *r) {
    ffi_arg a = *(const ffi_arg *)r;
    switch (t) {
    case CT_VOID: return SK_NONE;
    case CT_BOOL: return sk_from_bool((uint8_t)a != 0);
    case CT_INT: return sk_int_from_i64(vm, (int)a);
    case CT_UINT: return sk_int_from_u64(vm, (unsigned)a);
    case CT_LONG: return sk_int_from_i64(vm, *(const long *)r);
    case CT_ULONG: return sk_int_from_u64(vm, *(const unsigned long *)r);
    case CT_I32: return sk_int_from_i64(vm, (int32_t)a);
    case CT_U32: return sk_int_from_u64(vm, (uint32_t)a);
    case CT_I64: return sk_int_from_i64(vm, *(const int64_t *)r);
    case CT_U64: return sk_int_from_u64(vm, *(const uint64_t *)r);
    case CT_SIZE: return sk_int_from_u64(vm, *(const size_t *)r);
    case CT_DOUBLE: return sk_float_new(vm, *(const double *)r);
    case CT_FLOAT: return sk_float_new(vm, *(const float *)r);
    case CT_PTR: {
        const void *p = *(const void *const *)r;
        return p ? sk_int_from_u64(vm, (uint64_t)(uintptr_t)p) : SK_NONE;
    }
    case CT_STR: {
        const char *s = *(const char *const *)r;
        if (!s) return SK_NONE;
        size_t n = strlen(s);
        if (sk_utf8_valid_prefix(s, n, false) != n)
            return sk_exc_fmt(vm, SK_EXC_VALUE, "%s() returned text that is not valid UTF-8", sk_str_data(f->name));
        return sk_str_new(vm, s, n);
    }
    default: return sk_exc_fmt(vm, SK_EXC_SYSTEM, "%s(): unsupported C type", sk_str_data(f->name));
    }
}

/* Gives back the references lent to the first n parameters. */
static void release_lent(sk_vm *vm, const cfunc *f, const carg *storage, size_t n) {
    for (size_t k = 0; k < n; k++)
        if (f->params[k] == CT_REF) sk_release(vm, storage[k].u32);
}

/* Converts a call's Python arguments into f's C arguments (lending
 * references for sk_ref parameters); false, with nothing lent, on error. */
static bool convert_args(sk_vm *vm, cfunc *f, const sk_value *args, size_t nargs, sk_value kwnames, carg *storage) {
    const char *name = sk_str_data(f->name);
    if (kwnames && sk_tuple_len(kwnames))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "%s() takes no keyword arguments", name), false;
    if (nargs != f->npython)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "%s() takes exactly %u argument%s (%zu given)", name,
                          (unsigned)f->npython, f->npython == 1 ? "" : "s", nargs),
               false;
    size_t next = 0;
    for (uint16_t k = 0; k < f->nparams; k++) {
        ctype t = (ctype)f->params[k];
        bool ok = true;
        if (t == CT_VM) {
            storage[k].p = vm;
            continue;
        }
        if (t == CT_REF) ok = (storage[k].u32 = sk_embed_ref_new(vm, args[next])) != 0;
        else ok = to_c(vm, f, next, args[next], t, &storage[k]);
        if (!ok) {
            release_lent(vm, f, storage, k);
            return false;
        }
        next++;
    }
    return true;
}

/* The Python value of a finished call's result; gives back what was lent. */
static sk_value call_result(sk_vm *vm, cfunc *f, const carg *storage, const cresult *result) {
    release_lent(vm, f, storage, f->nparams);
    if (vm->exc) return SK_NULL;  /* (a callback into the VM left one raised) */
    if (f->ret == CT_REF) {
        /* the call takes the returned reference over; 0 passes on the
         * failure of the API call that made none */
        sk_ref r = (sk_ref)result->a;
        sk_value v = sk_embed_ref_value(vm, r);
        if (!v) {
            if (vm->api_error) return sk_exc_raise(vm, vm->api_error);
            return sk_exc_fmt(vm, SK_EXC_SYSTEM, "%s() returned no reference and no error", sk_str_data(f->name));
        }
        sk_release(vm, r);
        return v;
    }
    return from_c(vm, f, (ctype)f->ret, result);
}

static void call_now(cfunc *f, carg *storage, cresult *result) {
    void *values[SK_CFUNC_MAX_PARAMS];
    for (uint16_t k = 0; k < f->nparams; k++) values[k] = &storage[k];
    memset(result, 0, sizeof *result);
    ffi_call(&f->cif, f->fn, result, values);
}

static sk_value cfunc_call(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    cfunc *f = CFUNC(self);
    carg storage[SK_CFUNC_MAX_PARAMS];
    if (!convert_args(vm, f, args, nargs, kwnames, storage)) return SK_NULL;
    cresult result;
    /* the arguments' strings stay alive: `args` is rooted by the caller */
    call_now(f, storage, &result);
    return call_result(vm, f, storage, &result);
}

/* ---- calls on a worker thread -------------------------------------------------------------- */

/* One call running on its own thread: the C arguments, the result, and
 * references that keep the future and the Python arguments (whose text a
 * const char * argument points into) alive until it is done. */
typedef struct thread_call {
    sk_vm *vm;
    cfunc *f;                 /* kept alive by `keep` */
    carg storage[SK_CFUNC_MAX_PARAMS];
    cresult result;
    sk_ref future, keep;      /* keep: (function, args) */
    sk_post *post;            /* what the worker posts when done */
    pthread_t thread;
} thread_call;

/* On the VM's thread, after the call: the future's result. */
static void finish_thread_call(sk_vm *vm, void *data) {
    SK_ROOT_SCOPE(vm);
    thread_call *job = data;
    pthread_join(job->thread, NULL);
    sk_value fut = sk_embed_ref_value(vm, job->future);
    SK_ROOT(vm, fut);
    sk_value outcome = call_result(vm, job->f, job->storage, &job->result);
    SK_ROOT(vm, outcome);
    bool ok = outcome != SK_NULL;
    if (!ok) outcome = sk_exc_take(vm);
    sk_value done = sk_call_method(vm, fut, sk_str_intern_cstr(vm, "done"), NULL, 0);
    if (done == SK_FALSE) {
        sk_value method = sk_str_intern_cstr(vm, ok ? "set_result" : "set_exception");
        if (method) (void)!sk_call_method(vm, fut, method, &outcome, 1);
    }
    /* the future was pending and is ours: setting it fails only when
     * memory runs out, and then it stays pending and the error goes */
    if (vm->exc) sk_exc_take(vm);
    sk_release(vm, job->future);
    sk_release(vm, job->keep);
    sk_mem_free(vm, job, sizeof *job);
}

/* The VM went away with the call queued: only the memory is left. */
static void discard_thread_call(sk_vm *vm, void *data) {
    thread_call *job = data;
    pthread_join(job->thread, NULL);
    sk_mem_free(vm, job, sizeof *job);
}

/* The worker: the call, then its completion queued for the VM's thread. */
static void *thread_main(void *data) {
    thread_call *job = data;
    call_now(job->f, job->storage, &job->result);
    sk_embed_post(job->vm, job->post);
    return NULL;
}

NATIVE(cfunc_in_thread) {
    SK_ROOT_SCOPE(vm);
    sk_value self = args[0];
    cfunc *f = CFUNC(self);
    for (uint16_t k = 0; k < f->nparams; k++)
        if (f->params[k] == CT_VM || f->params[k] == CT_REF)
            return sk_exc_fmt(vm, SK_EXC_TYPE, "%s() uses the VM and cannot run on another thread",
                              sk_str_data(f->name));
    sk_value fut = sk_embed_new_future(vm);
    if (!fut) return SK_NULL;
    SK_ROOT(vm, fut);
    sk_value keep = sk_tuple_new(vm, nargs);
    if (!keep) return SK_NULL;
    SK_ROOT(vm, keep);
    for (size_t i = 0; i < nargs; i++) sk_tuple_items(keep)[i] = args[i];  /* (self, *args) */
    thread_call *job = sk_mem_alloc(vm, sizeof *job);
    if (!job) return SK_NULL;
    memset(job, 0, sizeof *job);
    job->vm = vm;
    job->f = f;
    if (!convert_args(vm, f, args + 1, nargs - 1, kwnames, job->storage) ||
        !(job->future = sk_embed_ref_new(vm, fut)) || !(job->keep = sk_embed_ref_new(vm, keep))) {
        sk_release(vm, job->future);
        sk_mem_free(vm, job, sizeof *job);
        return SK_NULL;
    }
    job->post = sk_embed_prepare_post(vm, finish_thread_call, discard_thread_call, job);
    if (!job->post || !sk_embed_start_thread(vm, job->post, &job->thread, thread_main, job)) {
        release_lent(vm, f, job->storage, f->nparams);
        sk_release(vm, job->future);
        sk_release(vm, job->keep);
        sk_mem_free(vm, job, sizeof *job);
        return SK_NULL;
    }
    return fut;
}

static const sk_method_def cfunc_methods[] = {
    {"in_thread", cfunc_in_thread, 1, -1, SK_METH_KEYWORDS,
     "in_thread(*args): a future for the call, made on a thread of its own so the event loop runs meanwhile"},
    {NULL},
};

static sk_type *cfunc_type(sk_vm *vm) {
    if (vm->cfunc_type) return vm->cfunc_type;
    sk_type *t = sk_type_new_builtin(vm, "CFunction", "skein", SK_TYPE(vm, OBJECT), sizeof(cfunc), 0);
    if (!t) return NULL;
    t->trace = cfunc_trace;
    t->finalize = cfunc_finalize;
    t->call = cfunc_call;
    t->repr = cfunc_repr;
    vm->cfunc_type = t;  /* (a root while its methods are added) */
    if (!sk_type_add_methods(vm, t, cfunc_methods) || !sk_type_ready(vm, t)) {
        vm->cfunc_type = NULL;
        return NULL;
    }
    return t;
}

/* One type of a signature, `len` bytes at s, as a ctype; CT_COUNT when it
 * names none. Spaces are dropped around '*' and collapsed elsewhere. */
static ctype parse_ctype(const char *s, size_t len) {
    char norm[64];
    size_t n = 0;
    bool space = false;
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        if (ch == ' ' || ch == '\t' || ch == '\n') {
            space = n > 0;
            continue;
        }
        if (space && ch != '*' && norm[n - 1] != '*') {
            if (n + 1 >= sizeof norm) return CT_COUNT;
            norm[n++] = ' ';
        }
        space = false;
        if (n + 1 >= sizeof norm) return CT_COUNT;
        norm[n++] = ch;
    }
    norm[n] = '\0';
    if (strcmp(norm, "unsigned int") == 0) return CT_UINT;
    if (strcmp(norm, "_Bool") == 0) return CT_BOOL;
    for (int t = 0; t < CT_COUNT; t++)
        if (strcmp(norm, ctype_spelling[t]) == 0) return (ctype)t;
    return CT_COUNT;
}

/* Parses "RET (T1, T2...)" into f's types; false with *why set. */
static bool parse_signature(sk_vm *vm, const char *sig, cfunc *f, const char **why) {
    const char *open = strchr(sig, '('), *close = strrchr(sig, ')');
    if (!open || !close || close < open) return *why = "the signature must read like \"int (int, double)\"", false;
    for (const char *p = close + 1; *p; p++)
        if (*p != ' ' && *p != '\t') return *why = "text after the parameter list", false;
    ctype ret = parse_ctype(sig, (size_t)(open - sig));
    if (ret == CT_COUNT || ret == CT_VM) return *why = "unknown return type", false;
    f->ret = (uint8_t)ret;
    /* count the parameters: commas + 1, or none for "()" and "(void)" */
    uint8_t params[SK_CFUNC_MAX_PARAMS];
    size_t np = 0;
    const char *p = open + 1;
    ctype only = parse_ctype(p, (size_t)(close - p));
    bool empty = true;
    for (const char *q = p; q < close; q++)
        if (*q != ' ' && *q != '\t') empty = false;
    if (!empty && only != CT_VOID) {
        for (;;) {
            const char *comma = memchr(p, ',', (size_t)(close - p));
            const char *end = comma ? comma : close;
            ctype t = parse_ctype(p, (size_t)(end - p));
            if (t == CT_COUNT || t == CT_VOID) return *why = "unknown parameter type", false;
            if (np == SK_CFUNC_MAX_PARAMS) return *why = "too many parameters", false;
            params[np++] = (uint8_t)t;
            if (!comma) break;
            p = comma + 1;
        }
    }
    f->ffi_args = sk_mem_alloc(vm, (np ? np : 1) * sizeof *f->ffi_args);
    f->params = sk_mem_alloc(vm, np ? np : 1);
    if (!f->ffi_args || !f->params) return *why = NULL, false;
    f->nparams = (uint16_t)np;
    f->npython = 0;
    for (size_t k = 0; k < np; k++) {
        f->params[k] = params[k];
        f->ffi_args[k] = ctype_ffi((ctype)params[k]);
        if (params[k] != CT_VM) f->npython++;
    }
    if (ffi_prep_cif(&f->cif, FFI_DEFAULT_ABI, (unsigned)np, ctype_ffi(ret), f->ffi_args) != FFI_OK)
        return *why = "libffi cannot call a function of this type", false;
    return true;
}


sk_value sk_cfunc_new(sk_vm *vm, const char *name, const char *signature, void (*fn)(void), sk_value owner,
                      const char **why) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, owner);
    *why = NULL;
    sk_type *t = cfunc_type(vm);
    if (!t) return SK_NULL;
    cfunc *f = (cfunc *)sk_gc_new(vm, t, sizeof(cfunc));
    if (!f) return SK_NULL;
    sk_value fv = sk_from_obj(f);
    SK_ROOT(vm, fv);
    f->fn = fn;
    f->owner = owner;
    if (!parse_signature(vm, signature, f, why)) {
        if (*why) {
            char msg[256];
            snprintf(msg, sizeof msg, "%s in \"%.120s\"", *why, signature);
            sk_exc_msg(vm, SK_EXC_VALUE, msg);
        }
        return SK_NULL;
    }
    if (!(f->name = sk_str_from_cstr(vm, name))) return SK_NULL;
    if (!(f->signature = sk_str_from_cstr(vm, signature))) return SK_NULL;
    return fv;
}
