/* exc.c — exception objects: the built-in hierarchy, their constructors
 * and attributes, raising with implicit chaining, and traceback objects.
 * Printing tracebacks is traceback.c's job; exception groups are in
 * excgroup.c.
 */
#include "exc.h"

#include <errno.h>
#include <string.h>

#include "bytes.h"
#include "descr.h"
#include "dict.h"
#include "func.h"
#include "gc.h"
#include "int.h"
#include "interp.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "traceback.h"
#include "tuple.h"
#include "type.h"

/* ---- layouts -------------------------------------------------------------- */

static void exc_trace(sk_vm *vm, sk_obj *o) {
    sk_exception *e = (sk_exception *)o;
    sk_gc_mark(vm, e->dict);
    sk_gc_mark(vm, e->args);
    sk_gc_mark(vm, e->traceback);
    sk_gc_mark(vm, e->context);
    sk_gc_mark(vm, e->cause);
    /* the subtype fields follow, all values, up to the layout's size */
    size_t base_size = sizeof(sk_exception);
    sk_type *t = o->type;
    while (t->flags & SK_TF_HEAP) t = t->base;
    size_t n = (t->size - base_size) / sizeof(sk_value);
    if (t == vm->exc_types[SK_EXC_SYNTAX] || sk_type_is_subtype(t, vm->exc_types[SK_EXC_SYNTAX]))
        n = (sizeof(sk_exc_syntax) - base_size) / sizeof(sk_value); /* the flag byte is not a value */
    sk_gc_mark_array(vm, (sk_value *)((char *)o + base_size), n);
}

static size_t layout_size(int layout) {
    switch (layout) {
    case 1: return sizeof(sk_exc_group);
    case 2: return sizeof(sk_exc_stopiter);
    case 3: return sizeof(sk_exc_sysexit);
    case 4: return sizeof(sk_exc_import);
    case 5: return sizeof(sk_exc_name);
    case 6: return sizeof(sk_exc_attr);
    case 7: return sizeof(sk_exc_os);
    case 8: return sizeof(sk_exc_syntax);
    case 9: return sizeof(sk_exc_unicode);
    default: return sizeof(sk_exception);
    }
}
enum { L_BASE, L_GROUP, L_STOPITER, L_SYSEXIT, L_IMPORT, L_NAME, L_ATTR, L_OS, L_SYNTAX, L_UNICODE };

bool sk_is_exception(sk_vm *vm, sk_value v) {
    return sk_is_ptr(v) && (sk_as_obj(v)->type->flags & SK_TF_EXC_SUB);
}

bool sk_is_exception_type(sk_vm *vm, sk_value v) {
    return sk_is_type(vm, v) && (sk_as_type(v)->flags & SK_TF_EXC_SUB);
}

bool sk_exc_is(sk_vm *vm, sk_value exc, sk_exc_id id) {
    return sk_is_ptr(exc) && sk_type_is_subtype(sk_as_obj(exc)->type, vm->exc_types[id]);
}

bool sk_exc_pending(sk_vm *vm, sk_exc_id id) { return vm->exc && sk_exc_is(vm, vm->exc, id); }

sk_value sk_exc_take(sk_vm *vm) {
    sk_value e = vm->exc;
    vm->exc = SK_NULL;
    return e;
}

sk_value sk_exc_handled(sk_vm *vm) {
    for (sk_exc_info *i = vm->exc_info; i; i = i->prev)
        if (i->exc && i->exc != SK_NONE) return i->exc;
    return SK_NULL;
}

/* ---- creating and raising --------------------------------------------------- */

sk_value sk_exc_new(sk_vm *vm, sk_type *type, const sk_value *args, size_t nargs) {
    SK_ROOT_SCOPE(vm);
    /* callers pass freshly made messages in C locals (&msg): rooted here,
     * they survive the instance's allocation */
    for (size_t i = 0; i < nargs; i++) sk_gc_root(vm, (sk_value *)&args[i]);
    return sk_call(vm, sk_from_obj(type), args, nargs, SK_NULL);
}

sk_value sk_exc_raise(sk_vm *vm, sk_value exc) {
    if (sk_is_exception_type(vm, exc)) {
        exc = sk_call0(vm, exc);
        if (!exc) return SK_NULL;
    }
    if (!sk_is_exception(vm, exc)) return sk_exc_msg(vm, SK_EXC_TYPE, "exceptions must derive from BaseException");
    sk_value ctx = sk_exc_handled(vm);
    if (ctx && ctx != exc) {
        /* avoid creating a cycle in the __context__ chain: cut it where
         * exc already appears */
        sk_value o = ctx;
        int guard = 0;
        while (o && guard++ < 10000) {
            sk_exception *oe = (sk_exception *)sk_as_obj(o);
            if (oe->context == exc) {
                oe->context = SK_NULL;
                break;
            }
            o = oe->context;
        }
        ((sk_exception *)sk_as_obj(exc))->context = ctx;
    }
    vm->exc = exc;
    return SK_NULL;
}

sk_value sk_exc_raise_type(sk_vm *vm, sk_type *type, const sk_value *args, size_t nargs) {
    sk_value e = sk_exc_new(vm, type, args, nargs);
    if (!e) return SK_NULL;
    return sk_exc_raise(vm, e);
}

sk_value sk_exc_msg(sk_vm *vm, sk_exc_id id, const char *msg) {
    SK_ROOT_SCOPE(vm);
    sk_value m = sk_str_from_cstr(vm, msg);
    if (!m) return SK_NULL;
    SK_ROOT(vm, m); /* creating the exception may collect */
    return sk_exc_raise_type(vm, vm->exc_types[id], &m, 1);
}

sk_value sk_exc_fmt(sk_vm *vm, sk_exc_id id, const char *fmt, ...) {
    SK_ROOT_SCOPE(vm);
    va_list ap;
    va_start(ap, fmt);
    sk_value m = sk_str_vfmt(vm, fmt, ap);
    va_end(ap);
    if (!m) return SK_NULL;
    SK_ROOT(vm, m); /* creating the exception may collect */
    return sk_exc_raise_type(vm, vm->exc_types[id], &m, 1);
}

sk_value sk_exc_no_memory(sk_vm *vm) {
    sk_value e = vm->memory_error;
    if (!e) return SK_NULL; /* during bootstrap */
    sk_exception *x = (sk_exception *)sk_as_obj(e);
    x->traceback = SK_NULL;
    x->context = SK_NULL;
    x->cause = SK_NULL;
    vm->exc = e;
    return SK_NULL;
}

sk_value sk_exc_key_error(sk_vm *vm, sk_value key) {
    return sk_exc_raise_type(vm, SK_EXC_TYPE(vm, KEY), &key, 1);
}

sk_value sk_exc_stop_iteration(sk_vm *vm, sk_value value) {
    if (!value || value == SK_NONE) return sk_exc_raise_type(vm, SK_EXC_TYPE(vm, STOP_ITERATION), NULL, 0);
    /* a tuple value must be wrapped, or it would become the args */
    return sk_exc_raise_type(vm, SK_EXC_TYPE(vm, STOP_ITERATION), &value, 1);
}

sk_value sk_exc_attribute_error(sk_vm *vm, sk_value obj, sk_value name) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, obj);
    SK_ROOT(vm, name);
    sk_value msg;
    if (sk_is_type(vm, obj)) {
        msg = sk_str_fmt(vm, "type object '%V' has no attribute '%V'", sk_as_type(obj)->name, name);
    } else if (SK_IS(vm, obj, MODULE)) {
        sk_value mname = sk_dict_get_str(vm, sk_module_dict(obj), SK_NAME(vm, __name__));
        if (mname && sk_is_str(vm, mname))
            msg = sk_str_fmt(vm, "module '%V' has no attribute '%V'", mname, name);
        else
            msg = sk_str_fmt(vm, "module has no attribute '%V'", name);
    } else {
        msg = sk_str_fmt(vm, "'%s' object has no attribute '%V'", sk_type_name_of(vm, obj), name);
    }
    if (!msg) return SK_NULL;
    SK_ROOT(vm, msg); /* the exception's construction allocates */
    sk_value e = sk_exc_new(vm, SK_EXC_TYPE(vm, ATTRIBUTE), &msg, 1);
    sk_gc_roots_restore(vm, mark);
    if (!e) return SK_NULL;
    sk_exc_attr *a = (sk_exc_attr *)sk_as_obj(e);
    a->name = name;
    a->obj = obj;
    return sk_exc_raise(vm, e);
}

sk_value sk_exc_name_error(sk_vm *vm, sk_exc_id id, sk_value name, const char *fmt) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, name);
    sk_value msg = sk_str_fmt(vm, fmt, name);
    if (!msg) return SK_NULL;
    sk_value e = sk_exc_new(vm, vm->exc_types[id], &msg, 1);
    sk_gc_roots_restore(vm, mark);
    if (!e) return SK_NULL;
    /* CPython names the missing variable on NameError itself only: an
     * UnboundLocalError's name is None (and gets no "Did you mean") */
    if (id == SK_EXC_NAME) ((sk_exc_name *)sk_as_obj(e))->name = name;
    return sk_exc_raise(vm, e);
}

/* ---- traceback objects ---------------------------------------------------- */

sk_value sk_traceback_new(sk_vm *vm, sk_value next, sk_frame *f);

void sk_exc_add_traceback(sk_vm *vm, sk_value exc, sk_frame *frame) {
    SK_ROOT_SCOPE(vm);
    if (!sk_is_exception(vm, exc)) return;
    sk_exception *e = (sk_exception *)sk_as_obj(exc);
    sk_value saved = vm->exc;
    /* while vm->exc is cleared, the exceptions are only reachable from here */
    SK_ROOT(vm, exc);
    SK_ROOT(vm, saved);
    vm->exc = SK_NULL;
    sk_value tb = sk_traceback_new(vm, e->traceback, frame);
    if (tb) e->traceback = tb;
    vm->exc = saved;
}

/* ---- BaseException ------------------------------------------------------------ */

#define EXC(v) ((sk_exception *)sk_as_obj(v))

static sk_value exc_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = sk_as_type(cls);
    sk_value self = sk_type_alloc_instance(vm, t);
    if (!self) return SK_NULL;
    SK_ROOT(vm, self);
    size_t npos = nargs - (kwnames ? sk_tuple_len(kwnames) : 0);
    sk_value a = sk_tuple_from(vm, args, npos);
    if (!a) return SK_NULL;
    EXC(self)->args = a;
    return self;
}

static int exc_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (kwnames && sk_tuple_len(kwnames)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s() takes no keyword arguments", sk_type_name_of(vm, self));
        return -1;
    }
    sk_value a = sk_tuple_from(vm, args, nargs);
    if (!a) return -1;
    EXC(self)->args = a;
    return 0;
}

static sk_value exc_str(sk_vm *vm, sk_value self) {
    sk_value a = EXC(self)->args;
    if (!a || sk_tuple_len(a) == 0) return vm->empty_str;
    if (sk_tuple_len(a) == 1) return sk_str(vm, sk_tuple_get(a, 0));
    return sk_str(vm, a);
}

static sk_value exc_repr(sk_vm *vm, sk_value self) {
    sk_value a = EXC(self)->args;
    const char *name = sk_type_name_of(vm, self);
    if (!a || sk_tuple_len(a) == 0) return sk_str_fmt(vm, "%s()", name);
    if (sk_tuple_len(a) == 1) return sk_str_fmt(vm, "%s(%R)", name, sk_tuple_get(a, 0));
    return sk_str_fmt(vm, "%s%R", name, a);
}

static sk_value g_args(sk_vm *vm, sk_value self) { return EXC(self)->args ? EXC(self)->args : vm->empty_tuple; }
static int s_args(sk_vm *vm, sk_value self, sk_value v) {
    if (!v) {
        sk_exc_msg(vm, SK_EXC_TYPE, "args may not be deleted");
        return -1;
    }
    sk_value t = sk_tuple_from_iterable(vm, v);
    if (!t) return -1;
    EXC(self)->args = t;
    return 0;
}
static sk_value g_traceback(sk_vm *vm, sk_value self) { return EXC(self)->traceback ? EXC(self)->traceback : SK_NONE; }
static int s_traceback(sk_vm *vm, sk_value self, sk_value v) {
    if (!v) {
        sk_exc_msg(vm, SK_EXC_TYPE, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != SK_NONE && !SK_IS(vm, v, TRACEBACK)) {
        sk_exc_msg(vm, SK_EXC_TYPE, "__traceback__ must be a traceback or None");
        return -1;
    }
    EXC(self)->traceback = v == SK_NONE ? SK_NULL : v;
    return 0;
}
static sk_value g_context(sk_vm *vm, sk_value self) { return EXC(self)->context ? EXC(self)->context : SK_NONE; }
static int s_context(sk_vm *vm, sk_value self, sk_value v) {
    if (!v) {
        sk_exc_msg(vm, SK_EXC_TYPE, "__context__ may not be deleted");
        return -1;
    }
    if (v != SK_NONE && !sk_is_exception(vm, v)) {
        sk_exc_msg(vm, SK_EXC_TYPE, "exception context must be None or derive from BaseException");
        return -1;
    }
    EXC(self)->context = v == SK_NONE ? SK_NULL : v;
    return 0;
}
static sk_value g_cause(sk_vm *vm, sk_value self) { return EXC(self)->cause ? EXC(self)->cause : SK_NONE; }
static int s_cause(sk_vm *vm, sk_value self, sk_value v) {
    if (!v) {
        sk_exc_msg(vm, SK_EXC_TYPE, "__cause__ may not be deleted");
        return -1;
    }
    if (v != SK_NONE && !sk_is_exception(vm, v)) {
        sk_exc_msg(vm, SK_EXC_TYPE, "exception cause must be None or derive from BaseException");
        return -1;
    }
    EXC(self)->cause = v == SK_NONE ? SK_NULL : v;
    EXC(self)->suppress_context = 1;
    return 0;
}
static sk_value g_suppress(sk_vm *vm, sk_value self) { return sk_from_bool(EXC(self)->suppress_context); }
static int s_suppress(sk_vm *vm, sk_value self, sk_value v) {
    if (!v) {
        sk_exc_msg(vm, SK_EXC_TYPE, "__suppress_context__ may not be deleted");
        return -1;
    }
    int t = sk_truth(vm, v);
    if (t < 0) return -1;
    EXC(self)->suppress_context = (uint8_t)t;
    return 0;
}
static sk_value g_dict(sk_vm *vm, sk_value self) {
    if (!EXC(self)->dict && !(EXC(self)->dict = sk_dict_new(vm))) return SK_NULL;
    return EXC(self)->dict;
}

static sk_value m_with_traceback(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    if (s_traceback(vm, args[0], args[1]) < 0) return SK_NULL;
    return args[0];
}

static sk_value m_add_note(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    SK_ROOT_SCOPE(vm);
    sk_value self = args[0], note = args[1];
    if (!sk_is_str(vm, note)) return sk_exc_fmt(vm, SK_EXC_TYPE, "note must be a str, not '%T'", note);
    sk_value notes = sk_getattr_opt(vm, self, SK_NAME(vm, __notes__));
    if (!notes) {
        if (vm->exc) return SK_NULL;
        notes = sk_list_new(vm, 1);
        if (!notes) return SK_NULL;
        SK_ROOT(vm, notes);
        if (sk_setattr(vm, self, SK_NAME(vm, __notes__), notes) < 0) return SK_NULL;
    }
    if (!sk_is_list(vm, notes)) return sk_exc_msg(vm, SK_EXC_TYPE, "Cannot add note: __notes__ is not a list");
    return sk_list_append(vm, notes, note) ? SK_NONE : SK_NULL;
}

static sk_value m_reduce(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_value self = args[0];
    sk_value t = sk_from_obj(sk_typeof(vm, self));
    if (EXC(self)->dict && sk_dict_len(EXC(self)->dict)) {
        sk_value items[3] = {t, g_args(vm, self), EXC(self)->dict};
        return sk_tuple_from(vm, items, 3);
    }
    sk_value items[2] = {t, g_args(vm, self)};
    return sk_tuple_from(vm, items, 2);
}

static const sk_method_def exc_methods[] = {
    {"with_traceback", m_with_traceback, 2, 2, 0, NULL},
    {"add_note", m_add_note, 2, 2, 0, "Add a note to the exception"},
    {"__reduce__", m_reduce, 1, 1, 0, NULL},
    {NULL},
};

static const sk_getset_def exc_getsets[] = {
    {"args", g_args, s_args, NULL},
    {"__traceback__", g_traceback, s_traceback, NULL},
    {"__context__", g_context, s_context, NULL},
    {"__cause__", g_cause, s_cause, NULL},
    {"__suppress_context__", g_suppress, s_suppress, NULL},
    {"__dict__", g_dict, NULL, NULL},
    {NULL},
};

/* ---- subclasses with extra state ------------------------------------------- */

/* Keyword arguments accepted by a constructor: copies named values into
 * fields; anything else is "X() got an unexpected keyword argument". */
static bool take_kwargs(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames,
                        const char *const *names, sk_value **fields, size_t *npos) {
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0;
    *npos = nargs - nkw;
    for (size_t k = 0; k < nkw; k++) {
        sk_value kn = sk_tuple_get(kwnames, k);
        bool found = false;
        for (size_t j = 0; names && names[j]; j++) {
            if (sk_str_eq_cstr(kn, names[j])) {
                *fields[j] = args[*npos + k];
                found = true;
            }
        }
        if (!found) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "%s() got an unexpected keyword argument '%V'", sk_type_name_of(vm, self),
                       kn);
            return false;
        }
    }
    return true;
}

static int base_init_positional(sk_vm *vm, sk_value self, const sk_value *args, size_t npos) {
    sk_value a = sk_tuple_from(vm, args, npos);
    if (!a) return -1;
    EXC(self)->args = a;
    return 0;
}

static sk_value key_str(sk_vm *vm, sk_value self) {
    sk_value a = EXC(self)->args;
    if (a && sk_tuple_len(a) == 1) return sk_repr(vm, sk_tuple_get(a, 0));
    return exc_str(vm, self);
}

static int stopiter_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (exc_init(vm, self, args, nargs, kwnames) < 0) return -1;
    ((sk_exc_stopiter *)sk_as_obj(self))->value = nargs ? args[0] : SK_NONE;
    return 0;
}

static int sysexit_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (exc_init(vm, self, args, nargs, kwnames) < 0) return -1;
    sk_exc_sysexit *e = (sk_exc_sysexit *)sk_as_obj(self);
    e->code = nargs == 0 ? SK_NONE : nargs == 1 ? args[0] : EXC(self)->args;
    return 0;
}

static int import_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    sk_exc_import *e = (sk_exc_import *)sk_as_obj(self);
    static const char *const names[] = {"name", "path", "name_from", NULL};
    sk_value *fields[] = {&e->name, &e->path, &e->name_from};
    size_t npos;
    if (!take_kwargs(vm, self, args, nargs, kwnames, names, fields, &npos)) return -1;
    if (base_init_positional(vm, self, args, npos) < 0) return -1;
    e->msg = npos == 1 ? args[0] : SK_NONE;
    if (!e->name) e->name = SK_NONE;
    if (!e->path) e->path = SK_NONE;
    return 0;
}

static sk_value import_str(sk_vm *vm, sk_value self) {
    sk_exc_import *e = (sk_exc_import *)sk_as_obj(self);
    if (e->msg && e->msg != SK_NONE) return sk_str(vm, e->msg);
    return exc_str(vm, self);
}

static int name_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    sk_exc_name *e = (sk_exc_name *)sk_as_obj(self);
    static const char *const names[] = {"name", NULL};
    sk_value *fields[] = {&e->name};
    size_t npos;
    if (!take_kwargs(vm, self, args, nargs, kwnames, names, fields, &npos)) return -1;
    if (!e->name) e->name = SK_NONE;
    return base_init_positional(vm, self, args, npos);
}

static int attr_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    sk_exc_attr *e = (sk_exc_attr *)sk_as_obj(self);
    static const char *const names[] = {"name", "obj", NULL};
    sk_value *fields[] = {&e->name, &e->obj};
    size_t npos;
    if (!take_kwargs(vm, self, args, nargs, kwnames, names, fields, &npos)) return -1;
    if (!e->name) e->name = SK_NONE;
    if (!e->obj) e->obj = SK_NONE;
    return base_init_positional(vm, self, args, npos);
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]) */
static int os_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (exc_init(vm, self, args, nargs, kwnames) < 0) return -1;
    sk_exc_os *e = (sk_exc_os *)sk_as_obj(self);
    e->myerrno = e->strerror = e->filename = e->filename2 = SK_NONE;
    if (nargs >= 2 && nargs <= 5) {
        e->myerrno = args[0];
        e->strerror = args[1];
        if (nargs >= 3) e->filename = args[2];
        if (nargs >= 5) e->filename2 = args[4];
        if (nargs >= 3) {
            /* args keeps only (errno, strerror) */
            sk_value a = sk_tuple_from(vm, args, 2);
            if (!a) return -1;
            EXC(self)->args = a;
        }
    }
    return 0;
}

/* OSError(errno, ...) picks the subclass for the errno, as CPython does. */
static sk_value os_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    sk_type *t = sk_as_type(cls);
    if (t == SK_EXC_TYPE(vm, OS) && nargs >= 2 && sk_is_int(args[0])) {
        static const struct { int err; sk_exc_id id; } map[] = {
            {EAGAIN, SK_EXC_BLOCKING_IO}, {EALREADY, SK_EXC_BLOCKING_IO}, {EINPROGRESS, SK_EXC_BLOCKING_IO},
            {ECHILD, SK_EXC_CHILD_PROCESS}, {EPIPE, SK_EXC_BROKEN_PIPE}, {ESHUTDOWN, SK_EXC_BROKEN_PIPE},
            {ECONNABORTED, SK_EXC_CONNECTION_ABORTED},
            {ECONNREFUSED, SK_EXC_CONNECTION_REFUSED}, {ECONNRESET, SK_EXC_CONNECTION_RESET},
            {EEXIST, SK_EXC_FILE_EXISTS}, {ENOENT, SK_EXC_FILE_NOT_FOUND}, {EINTR, SK_EXC_INTERRUPTED},
            {EISDIR, SK_EXC_IS_A_DIRECTORY}, {ENOTDIR, SK_EXC_NOT_A_DIRECTORY}, {EACCES, SK_EXC_PERMISSION},
            {EPERM, SK_EXC_PERMISSION}, {ESRCH, SK_EXC_PROCESS_LOOKUP}, {ETIMEDOUT, SK_EXC_TIMEOUT},
        };
        int64_t err = sk_as_int(args[0]);
        for (size_t k = 0; k < sizeof map / sizeof map[0]; k++)
            if (map[k].err == err) t = vm->exc_types[map[k].id];
    }
    return exc_new(vm, sk_from_obj(t), args, nargs, kwnames);
}

static sk_value os_str(sk_vm *vm, sk_value self) {
    sk_exc_os *e = (sk_exc_os *)sk_as_obj(self);
    if (e->filename && e->filename != SK_NONE) {
        if (e->filename2 && e->filename2 != SK_NONE)
            return sk_str_fmt(vm, "[Errno %S] %S: %R -> %R", e->myerrno, e->strerror, e->filename, e->filename2);
        return sk_str_fmt(vm, "[Errno %S] %S: %R", e->myerrno, e->strerror, e->filename);
    }
    if (e->myerrno && e->myerrno != SK_NONE && e->strerror && e->strerror != SK_NONE)
        return sk_str_fmt(vm, "[Errno %S] %S", e->myerrno, e->strerror);
    return exc_str(vm, self);
}

static int syntax_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (exc_init(vm, self, args, nargs, kwnames) < 0) return -1;
    sk_exc_syntax *e = (sk_exc_syntax *)sk_as_obj(self);
    e->msg = e->filename = e->lineno = e->offset = e->text = e->end_lineno = e->end_offset = SK_NONE;
    e->print_file_and_line = SK_NONE;
    if (nargs >= 1) e->msg = args[0];
    if (nargs == 2) {
        sk_value info = sk_tuple_from_iterable(vm, args[1]);
        if (!info) return -1;
        size_t n = sk_tuple_len(info);
        if (n < 4 || n > 6) {
            sk_exc_msg(vm, SK_EXC_INDEX, "tuple index out of range");
            return -1;
        }
        e->filename = sk_tuple_get(info, 0);
        e->lineno = sk_tuple_get(info, 1);
        e->offset = sk_tuple_get(info, 2);
        e->text = sk_tuple_get(info, 3);
        if (n > 4) e->end_lineno = sk_tuple_get(info, 4);
        if (n > 5) e->end_offset = sk_tuple_get(info, 5);
    }
    return 0;
}

static sk_value syntax_str(sk_vm *vm, sk_value self) {
    sk_exc_syntax *e = (sk_exc_syntax *)sk_as_obj(self);
    sk_value msg = e->msg ? e->msg : SK_NONE;
    bool have_file = e->filename && sk_is_str(vm, e->filename);
    bool have_line = e->lineno && sk_is_int(e->lineno);
    if (have_file) {
        /* only the file's base name, as CPython prints it */
        const char *f = sk_str_data(e->filename);
        const char *slash = strrchr(f, '/');
        const char *basename = slash ? slash + 1 : f;
        if (have_line) return sk_str_fmt(vm, "%S (%s, line %lld)", msg, basename, (long long)sk_as_int(e->lineno));
        return sk_str_fmt(vm, "%S (%s)", msg, basename);
    }
    if (have_line) return sk_str_fmt(vm, "%S (line %lld)", msg, (long long)sk_as_int(e->lineno));
    return sk_str(vm, msg);
}

static int unicode_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (exc_init(vm, self, args, nargs, kwnames) < 0) return -1;
    sk_exc_unicode *e = (sk_exc_unicode *)sk_as_obj(self);
    if (nargs == 5) {
        e->encoding = args[0];
        e->object = args[1];
        e->start = args[2];
        e->end = args[3];
        e->reason = args[4];
    }
    return 0;
}

static sk_value unicode_str(sk_vm *vm, sk_value self) {
    sk_exc_unicode *e = (sk_exc_unicode *)sk_as_obj(self);
    if (!e->encoding || !sk_is_int(e->start) || !sk_is_int(e->end)) return exc_str(vm, self);
    int64_t start = sk_as_int(e->start), end = sk_as_int(e->end);
    bool decode = sk_exc_is(vm, self, SK_EXC_UNICODE_DECODE);
    if (decode && SK_IS(vm, e->object, BYTES) && end == start + 1 && start >= 0) {
        unsigned byte = (unsigned char)sk_bytes_data(e->object)[start];
        return sk_str_fmt(vm, "'%S' codec can't decode byte 0x%02x in position %lld: %S", e->encoding, byte,
                          (long long)start, e->reason);
    }
    if (!decode && sk_is_str(vm, e->object) && end == start + 1 && start >= 0) {
        uint32_t cp = sk_str_cp_at(e->object, (size_t)start);
        const char *fmt = cp <= 0xFF ? "'%S' codec can't encode character '\\x%02x' in position %lld: %S"
                        : cp <= 0xFFFF ? "'%S' codec can't encode character '\\u%04x' in position %lld: %S"
                                       : "'%S' codec can't encode character '\\U%08x' in position %lld: %S";
        return sk_str_fmt(vm, fmt, e->encoding, cp, (long long)start, e->reason);
    }
    return sk_str_fmt(vm, "'%S' codec can't %s %s in position %lld-%lld: %S", e->encoding,
                      decode ? "decode" : "encode", decode ? "bytes" : "characters", (long long)start,
                      (long long)(end - 1), e->reason);
}

#define OFF(type, field) ((uint32_t)offsetof(type, field))
static const sk_member_def stopiter_members[] = {
    {"value", OFF(sk_exc_stopiter, value), SK_MEMBER_NONE_IF_NULL, NULL}, {NULL}};
static const sk_member_def sysexit_members[] = {
    {"code", OFF(sk_exc_sysexit, code), SK_MEMBER_NONE_IF_NULL, NULL}, {NULL}};
static const sk_member_def import_members[] = {
    {"msg", OFF(sk_exc_import, msg), SK_MEMBER_NONE_IF_NULL, NULL},
    {"name", OFF(sk_exc_import, name), SK_MEMBER_NONE_IF_NULL, NULL},
    {"path", OFF(sk_exc_import, path), SK_MEMBER_NONE_IF_NULL, NULL},
    {"name_from", OFF(sk_exc_import, name_from), SK_MEMBER_NONE_IF_NULL, NULL},
    {NULL}};
static const sk_member_def name_members[] = {
    {"name", OFF(sk_exc_name, name), SK_MEMBER_NONE_IF_NULL, NULL}, {NULL}};
static const sk_member_def attr_members[] = {
    {"name", OFF(sk_exc_attr, name), SK_MEMBER_NONE_IF_NULL, NULL},
    {"obj", OFF(sk_exc_attr, obj), SK_MEMBER_NONE_IF_NULL, NULL},
    {NULL}};
static const sk_member_def os_members[] = {
    {"errno", OFF(sk_exc_os, myerrno), SK_MEMBER_NONE_IF_NULL, NULL},
    {"strerror", OFF(sk_exc_os, strerror), SK_MEMBER_NONE_IF_NULL, NULL},
    {"filename", OFF(sk_exc_os, filename), SK_MEMBER_NONE_IF_NULL, NULL},
    {"filename2", OFF(sk_exc_os, filename2), SK_MEMBER_NONE_IF_NULL, NULL},
    {NULL}};
static const sk_member_def syntax_members[] = {
    {"msg", OFF(sk_exc_syntax, msg), SK_MEMBER_NONE_IF_NULL, NULL},
    {"filename", OFF(sk_exc_syntax, filename), SK_MEMBER_NONE_IF_NULL, NULL},
    {"lineno", OFF(sk_exc_syntax, lineno), SK_MEMBER_NONE_IF_NULL, NULL},
    {"offset", OFF(sk_exc_syntax, offset), SK_MEMBER_NONE_IF_NULL, NULL},
    {"text", OFF(sk_exc_syntax, text), SK_MEMBER_NONE_IF_NULL, NULL},
    {"end_lineno", OFF(sk_exc_syntax, end_lineno), SK_MEMBER_NONE_IF_NULL, NULL},
    {"end_offset", OFF(sk_exc_syntax, end_offset), SK_MEMBER_NONE_IF_NULL, NULL},
    {"print_file_and_line", OFF(sk_exc_syntax, print_file_and_line), SK_MEMBER_NONE_IF_NULL, NULL},
    {NULL}};
static const sk_member_def unicode_members[] = {
    {"encoding", OFF(sk_exc_unicode, encoding), SK_MEMBER_NONE_IF_NULL, NULL},
    {"object", OFF(sk_exc_unicode, object), SK_MEMBER_NONE_IF_NULL, NULL},
    {"start", OFF(sk_exc_unicode, start), SK_MEMBER_NONE_IF_NULL, NULL},
    {"end", OFF(sk_exc_unicode, end), SK_MEMBER_NONE_IF_NULL, NULL},
    {"reason", OFF(sk_exc_unicode, reason), SK_MEMBER_NONE_IF_NULL, NULL},
    {NULL}};
#undef OFF

/* ---- building the hierarchy ------------------------------------------------- */

static const struct exc_def {
    const char *name;
    sk_exc_id base;
    int layout;
} exc_defs[SK_EXC_COUNT] = {
#define X(id, name, base, layout) {name, SK_EXC_##base, L_##layout},
    SK_EXCEPTIONS(X)
#undef X
};

bool sk_exc_init_types(sk_vm *vm) {
    for (int k = 0; k < SK_EXC_COUNT; k++) {
        const struct exc_def *d = &exc_defs[k];
        sk_type *base = k == SK_EXC_BASE ? SK_TYPE(vm, OBJECT) : vm->exc_types[d->base];
        sk_type *t = sk_type_new_builtin(vm, d->name, "builtins", base, layout_size(d->layout),
                                         SK_TF_BASETYPE | SK_TF_EXC_SUB);
        if (!t) return false;
        vm->exc_types[k] = t;
        t->dict_offset = (int32_t)offsetof(sk_exception, dict);
        if (k == SK_EXC_BASE) {
            t->trace = exc_trace;
            t->tp_new = exc_new;
            t->tp_init = exc_init;
            t->str = exc_str;
            t->repr = exc_repr;
            if (!sk_type_add_methods(vm, t, exc_methods) || !sk_type_add_getsets(vm, t, exc_getsets)) return false;
        }
        /* ExceptionGroup is both a BaseExceptionGroup and an Exception */
        if (k == SK_EXC_GROUP) {
            sk_value bases[2] = {sk_from_obj(vm->exc_types[SK_EXC_BASE_GROUP]),
                                 sk_from_obj(vm->exc_types[SK_EXC_EXCEPTION])};
            if (!(t->bases = sk_tuple_from(vm, bases, 2))) return false;
        }
        const sk_member_def *members = NULL;
        switch (k) {
        case SK_EXC_KEY: t->str = key_str; break;
        case SK_EXC_STOP_ITERATION: t->tp_init = stopiter_init; members = stopiter_members; break;
        case SK_EXC_SYSTEM_EXIT: t->tp_init = sysexit_init; members = sysexit_members; break;
        case SK_EXC_IMPORT: t->tp_init = import_init; t->str = import_str; members = import_members; break;
        case SK_EXC_NAME: t->tp_init = name_init; members = name_members; break;
        case SK_EXC_ATTRIBUTE: t->tp_init = attr_init; members = attr_members; break;
        case SK_EXC_OS: t->tp_new = os_new; t->tp_init = os_init; t->str = os_str; members = os_members; break;
        case SK_EXC_SYNTAX: t->tp_init = syntax_init; t->str = syntax_str; members = syntax_members; break;
        case SK_EXC_UNICODE_DECODE:
        case SK_EXC_UNICODE_ENCODE:
        case SK_EXC_UNICODE_TRANSLATE:
            t->tp_init = unicode_init;
            t->str = unicode_str;
            members = unicode_members;
            break;
        default: break;
        }
        if (members && !sk_type_add_members(vm, t, members)) return false;
        if (k == SK_EXC_BASE_GROUP && !sk_excgroup_init_type(vm, t)) return false;
        if (!sk_type_ready(vm, t)) return false;
    }
    /* the preallocated MemoryError */
    sk_value me = sk_type_alloc_instance(vm, SK_EXC_TYPE(vm, MEMORY));
    if (!me) return false;
    ((sk_exception *)sk_as_obj(me))->args = vm->empty_tuple;
    vm->memory_error = me;
    return true;
}
