/* func.c — function, cell, bound method, module, weakref and mappingproxy
 * objects.
 */
#include "func.h"

#include <stdio.h>
#include <string.h>

#include "descr.h"
#include "dict.h"
#include "exc.h"
#include "interp.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- functions ------------------------------------------------------------------ */

#define FN(v) ((sk_function *)sk_as_obj(v))

static void function_trace(sk_vm *vm, sk_obj *o) {
    sk_function *f = (sk_function *)o;
    sk_gc_mark(vm, f->code);
    sk_gc_mark(vm, f->globals);
    sk_gc_mark(vm, f->builtins);
    sk_gc_mark(vm, f->name);
    sk_gc_mark(vm, f->qualname);
    sk_gc_mark(vm, f->module);
    sk_gc_mark(vm, f->doc);
    sk_gc_mark(vm, f->defaults);
    sk_gc_mark(vm, f->kwdefaults);
    sk_gc_mark(vm, f->closure);
    sk_gc_mark(vm, f->annotations);
    sk_gc_mark(vm, f->dict);
    sk_gc_mark(vm, f->type_params);
}

sk_value sk_function_new(sk_vm *vm, sk_value code, sk_value globals, sk_value qualname) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, code);
    SK_ROOT(vm, globals);
    sk_function *f = (sk_function *)sk_gc_new(vm, SK_TYPE(vm, FUNCTION), sizeof(sk_function));
    if (!f) return SK_NULL;
    sk_code *c = sk_code_ptr(code);
    f->code = code;
    f->globals = globals;
    f->name = c->name;
    f->qualname = qualname ? qualname : c->qualname;
    sk_value fv = sk_from_obj(f);
    SK_ROOT(vm, fv);
    f->module = sk_dict_get_str(vm, globals, SK_NAME(vm, __name__));
    sk_value b = sk_dict_get_str(vm, globals, SK_NAME(vm, __builtins__));
    if (b && SK_IS(vm, b, MODULE)) b = sk_module_dict(b);
    f->builtins = b && sk_is_dict(vm, b) ? b : vm->builtins;
    /* the docstring is the first constant when the code says it has one */
    if ((c->flags & SK_CO_HAS_DOCSTRING) && sk_tuple_len(c->consts) > 0) f->doc = sk_tuple_get(c->consts, 0);
    else f->doc = SK_NONE;
    sk_gc_roots_restore(vm, mark);
    return fv;
}

static sk_value function_call(sk_vm *vm, sk_value f, const sk_value *args, size_t nargs, sk_value kwnames) {
    return sk_interp_call(vm, f, args, nargs, kwnames);
}

static sk_value function_get(sk_vm *vm, sk_value f, sk_value obj, sk_value type) {
    if (!obj) return f;
    return sk_method_new(vm, f, obj);
}

static sk_value function_repr(sk_vm *vm, sk_value f) {
    return sk_str_fmt(vm, "<function %V at %p>", FN(f)->qualname, (void *)sk_as_obj(f));
}

static sk_value g_fname(sk_vm *vm, sk_value f) { return FN(f)->name; }
static int s_fname(sk_vm *vm, sk_value f, sk_value v) {
    if (!v || !sk_is_str(vm, v)) {
        sk_exc_msg(vm, SK_EXC_TYPE, "__name__ must be set to a string object");
        return -1;
    }
    FN(f)->name = v;
    return 0;
}
static sk_value g_fqualname(sk_vm *vm, sk_value f) { return FN(f)->qualname; }
static int s_fqualname(sk_vm *vm, sk_value f, sk_value v) {
    if (!v || !sk_is_str(vm, v)) {
        sk_exc_msg(vm, SK_EXC_TYPE, "__qualname__ must be set to a string object");
        return -1;
    }
    FN(f)->qualname = v;
    return 0;
}
static sk_value g_fmodule(sk_vm *vm, sk_value f) { return FN(f)->module ? FN(f)->module : SK_NONE; }
static int s_fmodule(sk_vm *vm, sk_value f, sk_value v) {
    FN(f)->module = v ? v : SK_NONE;
    return 0;
}
static sk_value g_fdoc(sk_vm *vm, sk_value f) { return FN(f)->doc ? FN(f)->doc : SK_NONE; }
static int s_fdoc(sk_vm *vm, sk_value f, sk_value v) {
    FN(f)->doc = v ? v : SK_NONE;
    return 0;
}
static sk_value g_fdefaults(sk_vm *vm, sk_value f) { return FN(f)->defaults ? FN(f)->defaults : SK_NONE; }
static int s_fdefaults(sk_vm *vm, sk_value f, sk_value v) {
    if (v && v != SK_NONE && !sk_is_tuple(vm, v)) {
        sk_exc_msg(vm, SK_EXC_TYPE, "__defaults__ must be set to a tuple object");
        return -1;
    }
    FN(f)->defaults = v && v != SK_NONE && sk_tuple_len(v) ? v : SK_NULL;
    return 0;
}
static sk_value g_fkwdefaults(sk_vm *vm, sk_value f) { return FN(f)->kwdefaults ? FN(f)->kwdefaults : SK_NONE; }
static int s_fkwdefaults(sk_vm *vm, sk_value f, sk_value v) {
    if (v && v != SK_NONE && !sk_is_dict(vm, v)) {
        sk_exc_msg(vm, SK_EXC_TYPE, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    FN(f)->kwdefaults = v && v != SK_NONE ? v : SK_NULL;
    return 0;
}
static sk_value g_fcode(sk_vm *vm, sk_value f) { return FN(f)->code; }
static int s_fcode(sk_vm *vm, sk_value f, sk_value v) {
    if (!v || !SK_IS(vm, v, CODE)) {
        sk_exc_msg(vm, SK_EXC_TYPE, "__code__ must be set to a code object");
        return -1;
    }
    FN(f)->code = v;
    return 0;
}
static sk_value g_fglobals(sk_vm *vm, sk_value f) { return FN(f)->globals; }
static sk_value g_fbuiltins(sk_vm *vm, sk_value f) { return FN(f)->builtins; }
static sk_value g_fclosure(sk_vm *vm, sk_value f) { return FN(f)->closure ? FN(f)->closure : SK_NONE; }
static sk_value g_fannotations(sk_vm *vm, sk_value f) {
    if (!FN(f)->annotations && !(FN(f)->annotations = sk_dict_new(vm))) return SK_NULL;
    return FN(f)->annotations;
}
static int s_fannotations(sk_vm *vm, sk_value f, sk_value v) {
    if (v && v != SK_NONE && !sk_is_dict(vm, v)) {
        sk_exc_msg(vm, SK_EXC_TYPE, "__annotations__ must be set to a dict object");
        return -1;
    }
    FN(f)->annotations = v && v != SK_NONE ? v : SK_NULL;
    return 0;
}
static sk_value g_fdict(sk_vm *vm, sk_value f) {
    if (!FN(f)->dict && !(FN(f)->dict = sk_dict_new(vm))) return SK_NULL;
    return FN(f)->dict;
}
static int s_fdict(sk_vm *vm, sk_value f, sk_value v) {
    if (!v || !sk_is_dict(vm, v)) {
        sk_exc_msg(vm, SK_EXC_TYPE, "__dict__ must be set to a dictionary");
        return -1;
    }
    FN(f)->dict = v;
    return 0;
}
static sk_value g_ftype_params(sk_vm *vm, sk_value f) {
    sk_value t = ((sk_function *)sk_as_obj(f))->type_params;
    return t ? t : vm->empty_tuple;
}
/* functools.wraps copies it, so it must be settable (to a tuple) */
static int s_ftype_params(sk_vm *vm, sk_value f, sk_value v) {
    if (!v || !sk_is_tuple(vm, v)) {
        sk_exc_msg(vm, SK_EXC_TYPE, "__type_params__ must be set to a tuple");
        return -1;
    }
    ((sk_function *)sk_as_obj(f))->type_params = v;
    return 0;
}

static const sk_getset_def function_getsets[] = {
    {"__name__", g_fname, s_fname, NULL},
    {"__qualname__", g_fqualname, s_fqualname, NULL},
    {"__module__", g_fmodule, s_fmodule, NULL},
    {"__doc__", g_fdoc, s_fdoc, NULL},
    {"__defaults__", g_fdefaults, s_fdefaults, NULL},
    {"__kwdefaults__", g_fkwdefaults, s_fkwdefaults, NULL},
    {"__code__", g_fcode, s_fcode, NULL},
    {"__globals__", g_fglobals, NULL, NULL},
    {"__builtins__", g_fbuiltins, NULL, NULL},
    {"__closure__", g_fclosure, NULL, NULL},
    {"__annotations__", g_fannotations, s_fannotations, NULL},
    {"__dict__", g_fdict, s_fdict, NULL},
    {"__type_params__", g_ftype_params, s_ftype_params, NULL},
    {NULL},
};

/* ---- bound methods ------------------------------------------------------------------ */

#define ME(v) ((sk_method *)sk_as_obj(v))

static void method_trace(sk_vm *vm, sk_obj *o) {
    sk_gc_mark(vm, ((sk_method *)o)->func);
    sk_gc_mark(vm, ((sk_method *)o)->self);
}

sk_value sk_method_new(sk_vm *vm, sk_value func, sk_value self) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, func);
    SK_ROOT(vm, self);
    sk_method *m = (sk_method *)sk_gc_new(vm, SK_TYPE(vm, METHOD), sizeof(sk_method));
    sk_gc_roots_restore(vm, mark);
    if (!m) return SK_NULL;
    m->func = func;
    m->self = self;
    return sk_from_obj(m);
}

static sk_value method_call(sk_vm *vm, sk_value m, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    sk_value func = ME(m)->func, self = ME(m)->self;
    sk_value buf[8];
    if (nargs < 8) {
        buf[0] = self;
        if (nargs) memcpy(buf + 1, args, nargs * sizeof(sk_value));
        return sk_call(vm, func, buf, nargs + 1, kwnames);
    }
    sk_value t = sk_tuple_new(vm, nargs + 1);
    if (!t) return SK_NULL;
    SK_ROOT(vm, t);
    sk_tuple_items(t)[0] = self;
    memcpy(sk_tuple_items(t) + 1, args, nargs * sizeof(sk_value));
    return sk_call(vm, func, sk_tuple_items(t), nargs + 1, kwnames);
}

static sk_value method_repr(sk_vm *vm, sk_value m) {
    SK_ROOT_SCOPE(vm);
    sk_value func = ME(m)->func;
    sk_value name = sk_getattr_opt(vm, func, SK_NAME(vm, __qualname__));
    if (!name) {
        if (vm->exc) return SK_NULL;
        name = sk_getattr_opt(vm, func, SK_NAME(vm, __name__));
        if (!name && vm->exc) return SK_NULL;
    }
    SK_ROOT(vm, name);
    if (!name) name = sk_str_from_cstr(vm, "?");
    return sk_str_fmt(vm, "<bound method %S of %R>", name, ME(m)->self);
}

static sk_value method_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    if ((op != SK_EQ && op != SK_NE) || !SK_IS(vm, b, METHOD)) return SK_NOTIMPL;
    bool eq = ME(a)->self == ME(b)->self;
    if (eq) {
        int r = sk_eq(vm, ME(a)->func, ME(b)->func);
        if (r < 0) return SK_NULL;
        eq = r;
    }
    return sk_from_bool(op == SK_EQ ? eq : !eq);
}

static int64_t method_hash(sk_vm *vm, sk_value m) {
    int64_t a = sk_hash_pointer((void *)(uintptr_t)ME(m)->self);
    int64_t b = sk_hash(vm, ME(m)->func);
    if (b == -1 && vm->exc) return -1;
    int64_t h = a ^ b;
    return h == -1 ? -2 : h;
}

/* attributes other than __func__/__self__ come from the function */
static sk_value method_getattr(sk_vm *vm, sk_value m, sk_value name) {
    sk_value v = sk_generic_getattr_opt(vm, m, name);
    if (v || vm->exc) return v;
    return sk_getattr(vm, ME(m)->func, name);
}

static sk_value g_mfunc(sk_vm *vm, sk_value m) { return ME(m)->func; }
static sk_value g_mself(sk_vm *vm, sk_value m) { return ME(m)->self; }
static const sk_getset_def method_getsets[] = {
    {"__func__", g_mfunc, NULL, NULL},
    {"__self__", g_mself, NULL, NULL},
    {NULL},
};

/* ---- cells ---------------------------------------------------------------------------- */

static void cell_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((sk_cell *)o)->value); }

sk_value sk_cell_new(sk_vm *vm, sk_value value) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, value);
    sk_cell *c = (sk_cell *)sk_gc_new(vm, SK_TYPE(vm, CELL), sizeof(sk_cell));
    if (!c) return SK_NULL;
    c->value = value;
    return sk_from_obj(c);
}

static sk_value cell_repr(sk_vm *vm, sk_value c) {
    sk_value v = sk_cell_get(c);
    if (!v) return sk_str_fmt(vm, "<cell at %p: empty>", (void *)sk_as_obj(c));
    return sk_str_fmt(vm, "<cell at %p: %s object at %p>", (void *)sk_as_obj(c), sk_type_name_of(vm, v),
                      (void *)(uintptr_t)v);
}
/* Cells compare by their contents; an empty cell is less than a full one. */
static sk_value cell_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    if (!SK_IS(vm, a, CELL) || !SK_IS(vm, b, CELL)) return SK_NOTIMPL;
    sk_value x = sk_cell_get(a), y = sk_cell_get(b);
    if (x && y) return sk_richcmp(vm, x, y, op);
    int l = y == SK_NULL, r = x == SK_NULL;
    bool res;
    switch (op) {
    case SK_LT: res = l < r; break;
    case SK_LE: res = l <= r; break;
    case SK_EQ: res = l == r; break;
    case SK_NE: res = l != r; break;
    case SK_GT: res = l > r; break;
    default: res = l >= r; break;
    }
    return sk_from_bool(res);
}
static sk_value g_cell_contents(sk_vm *vm, sk_value c) {
    sk_value v = sk_cell_get(c);
    if (!v) return sk_exc_msg(vm, SK_EXC_VALUE, "Cell is empty");
    return v;
}
static int s_cell_contents(sk_vm *vm, sk_value c, sk_value v) {
    sk_cell_set(c, v);
    return 0;
}
static const sk_getset_def cell_getsets[] = {
    {"cell_contents", g_cell_contents, s_cell_contents, NULL},
    {NULL},
};

/* ---- modules ---------------------------------------------------------------------------- */

#define MO(v) ((sk_module *)sk_as_obj(v))

static void module_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((sk_module *)o)->dict); }

/* A module of type t (module or a subclass) named `name`. */
static sk_value module_new_of(sk_vm *vm, sk_type *t, sk_value name, sk_value doc) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, name);
    SK_ROOT(vm, doc);
    sk_module *m = (sk_module *)sk_gc_new(vm, t, t->size ? t->size : sizeof(sk_module));
    if (!m) return SK_NULL;
    sk_value mv = sk_from_obj(m);
    SK_ROOT(vm, mv);
    if (!(m->dict = sk_dict_new(vm))) return SK_NULL;
    if (!sk_dict_set(vm, m->dict, SK_NAME(vm, __name__), name) ||
        !sk_dict_set(vm, m->dict, SK_NAME(vm, __doc__), doc) ||
        !sk_dict_set(vm, m->dict, SK_NAME(vm, __package__), SK_NONE) ||
        !sk_dict_set(vm, m->dict, SK_NAME(vm, __loader__), SK_NONE) ||
        !sk_dict_set(vm, m->dict, SK_NAME(vm, __spec__), SK_NONE))
        return SK_NULL;
    sk_gc_roots_restore(vm, mark);
    return mv;
}

sk_value sk_module_new(sk_vm *vm, sk_value name) {
    sk_value m = module_new_of(vm, SK_TYPE(vm, MODULE), name, SK_NONE);
    if (m) MO(m)->from_import = true;
    return m;
}

/* ModuleType(name, doc=None) */
static sk_value module_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0, npos = nargs - nkw;
    if (nargs > 2) return sk_exc_fmt(vm, SK_EXC_TYPE, "module() takes at most 2 arguments (%zu given)", nargs);
    sk_value name = npos > 0 ? args[0] : SK_NULL, doc = npos > 1 ? args[1] : SK_NULL;
    for (size_t k = 0; k < nkw; k++) {
        sk_value kn = sk_tuple_get(kwnames, k);
        sk_value *slot = sk_str_eq_cstr(kn, "name") ? &name : sk_str_eq_cstr(kn, "doc") ? &doc : NULL;
        if (!slot) return sk_exc_fmt(vm, SK_EXC_TYPE, "'%V' is an invalid keyword argument for module()", kn);
        if (*slot)
            return sk_exc_fmt(vm, SK_EXC_TYPE, "argument for module() given by name ('%V') and position (%d)", kn,
                              slot == &name ? 1 : 2);
        *slot = args[npos + k];
    }
    if (!name) return sk_exc_msg(vm, SK_EXC_TYPE, "module() missing required argument 'name' (pos 1)");
    if (!sk_is_str(vm, name)) return sk_exc_fmt(vm, SK_EXC_TYPE, "module() argument 'name' must be str, not %T", name);
    return module_new_of(vm, sk_as_type(cls), name, doc ? doc : SK_NONE);
}

static int module_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kw) { return 0; }

sk_value sk_module_getattr(sk_vm *vm, sk_value m, sk_value name) {
    sk_value v = sk_generic_getattr_opt(vm, m, name);
    if (v || vm->exc) return v;
    /* PEP 562: a module-level __getattr__ */
    sk_value hook = sk_dict_get_str(vm, MO(m)->dict, SK_NAME(vm, __getattr__));
    if (hook) return sk_call1(vm, hook, name);
    return sk_exc_attribute_error(vm, m, name);
}

static sk_value module_repr(sk_vm *vm, sk_value m) {
    sk_value d = MO(m)->dict;
    sk_value name = sk_dict_get_str(vm, d, SK_NAME(vm, __name__));
    sk_value file = sk_dict_get_str(vm, d, SK_NAME(vm, __file__));
    if (!name) name = sk_str_from_cstr(vm, "?");
    if (!name) return SK_NULL;
    if (file && sk_is_str(vm, file)) return sk_str_fmt(vm, "<module %R from %R>", name, file);
    if (MO(m)->from_import) return sk_str_fmt(vm, "<module %R (built-in)>", name);
    /* as importlib words a module without a spec */
    sk_value loader = sk_dict_get_str(vm, d, SK_NAME(vm, __loader__));
    if (loader && loader != SK_NONE) return sk_str_fmt(vm, "<module %R (%R)>", name, loader);
    return sk_str_fmt(vm, "<module %R>", name);
}

static sk_value g_mdict(sk_vm *vm, sk_value m) { return MO(m)->dict; }
static const sk_getset_def module_getsets[] = {
    {"__dict__", g_mdict, NULL, NULL},
    {NULL},
};

static sk_value m_module_dir(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_value d = MO(args[0])->dict;
    sk_value f = sk_dict_get_str(vm, d, SK_NAME(vm, __dir__));
    if (f) return sk_call0(vm, f);
    return sk_dict_keys_list(vm, d);
}
static const sk_method_def module_methods[] = {
    {"__dir__", m_module_dir, 1, 1, 0, NULL},
    {NULL},
};

/* ---- weak references -------------------------------------------------------------------- */

#define WR(v) ((sk_weakref *)sk_as_obj(v))

static void weakref_trace(sk_vm *vm, sk_obj *o) {
    sk_weakref *r = (sk_weakref *)o;
    sk_gc_mark(vm, r->callback);
    if (vm->collecting) sk_gc_note_weakref(vm, r);
    else sk_gc_mark(vm, r->target);
}

sk_value sk_weakref_new(sk_vm *vm, sk_value target, sk_value callback) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, target);
    SK_ROOT(vm, callback);
    sk_weakref *r = (sk_weakref *)sk_gc_new(vm, SK_TYPE(vm, WEAKREF), sizeof(sk_weakref));
    sk_gc_roots_restore(vm, mark);
    if (!r) return SK_NULL;
    r->target = target;
    r->callback = callback;
    r->hash = -1;
    return sk_from_obj(r);
}

/* Whether a built-in type's instances can be weakly referenced (CPython's
 * tp_weaklistoffset). Types made by native modules (and not listed here)
 * can. */
static bool builtin_weakrefable(sk_vm *vm, sk_type *t) {
    static const sk_type_id no[] = {
        SK_T_OBJECT, SK_T_NONE, SK_T_NOTIMPL, SK_T_ELLIPSIS, SK_T_INT, SK_T_BOOL, SK_T_FLOAT, SK_T_COMPLEX,
        SK_T_STR, SK_T_BYTES, SK_T_BYTEARRAY, SK_T_TUPLE, SK_T_LIST, SK_T_DICT, SK_T_RANGE, SK_T_SLICE,
        SK_T_CELL, SK_T_WEAKREF, SK_T_METHOD_DESCR, SK_T_CLASSMETHOD_DESCR, SK_T_SLOT_WRAPPER,
        SK_T_METHOD_WRAPPER, SK_T_GETSET, SK_T_MEMBER, SK_T_PROPERTY, SK_T_CLASSMETHOD, SK_T_STATICMETHOD,
        SK_T_SUPER, SK_T_MAPPINGPROXY, SK_T_TRACEBACK, SK_T_SEQ_ITER, SK_T_CALL_ITER, SK_T_LIST_ITER,
        SK_T_LIST_REVITER, SK_T_TUPLE_ITER, SK_T_STR_ITER, SK_T_BYTES_ITER, SK_T_RANGE_ITER, SK_T_DICT_KEYS,
        SK_T_DICT_VALUES, SK_T_DICT_ITEMS, SK_T_DICT_KEYITER, SK_T_DICT_VALUEITER, SK_T_DICT_ITEMITER,
        SK_T_SET_ITER, SK_T_ENUMERATE, SK_T_ZIP, SK_T_MAP, SK_T_FILTER, SK_T_REVERSED,
    };
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        if (t == vm->types[no[i]]) return false;
    if (t->flags & SK_TF_EXC_SUB) return false; /* built-in exceptions */
    return true;
}

/* CPython's rule: instances of a class can be weakly referenced if some
 * class in its chain provides __weakref__ — a built-in base that does, or
 * a Python class without __slots__ or naming '__weakref__' in them — but
 * never for variable-sized bases (int, str, bytes, tuple). */
static bool weakrefable(sk_vm *vm, sk_value v) {
    if (!sk_is_ptr(v)) return false;
    sk_type *t = sk_as_obj(v)->type;
    if (t->flags & SK_TF_TYPE_SUB) return true; /* classes */
    sk_type *b = t;
    while (b && (b->flags & SK_TF_HEAP)) b = b->base;
    if (!b) return false;
    if (b->flags & (SK_TF_INT_SUB | SK_TF_STR_SUB | SK_TF_BYTES_SUB | SK_TF_TUPLE_SUB)) return false;
    if (builtin_weakrefable(vm, b) || (b != t && (b->flags & SK_TF_EXC_SUB))) return true;
    for (sk_type *h = t; h && (h->flags & SK_TF_HEAP); h = h->base) {
        sk_value slots = h->dict ? sk_dict_get_cstr(vm, h->dict, "__slots__") : SK_NULL;
        if (!slots) return true;
        if (sk_is_str(vm, slots)) {
            if (sk_str_eq_cstr(slots, "__weakref__")) return true;
            continue;
        }
        if (sk_is_tuple(vm, slots) || sk_is_list(vm, slots)) {
            size_t n = sk_is_tuple(vm, slots) ? sk_tuple_len(slots) : sk_list_len(slots);
            const sk_value *items = sk_is_tuple(vm, slots) ? sk_tuple_items(slots) : sk_list_items(slots);
            for (size_t i = 0; i < n; i++)
                if (sk_is_str(vm, items[i]) && sk_str_eq_cstr(items[i], "__weakref__")) return true;
        }
    }
    return false;
}

static sk_value weakref_new_py(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kw) {
    SK_ROOT_SCOPE(vm);
    if (kw && sk_tuple_len(kw)) return sk_exc_msg(vm, SK_EXC_TYPE, "ref() takes no keyword arguments");
    if (nargs < 1) return sk_exc_fmt(vm, SK_EXC_TYPE, "__new__ expected at least 1 argument, got %zu", nargs);
    if (nargs > 2) return sk_exc_fmt(vm, SK_EXC_TYPE, "__new__ expected at most 2 arguments, got %zu", nargs);
    if (!weakrefable(vm, args[0])) {
        /* CPython's tp_name: a class's name, a native type's dotted path */
        sk_type *at = sk_typeof(vm, args[0]);
        sk_value name = at->flags & SK_TF_HEAP ? at->name : sk_type_full_name(vm, at);
        if (!name) return SK_NULL;
        return sk_exc_fmt(vm, SK_EXC_TYPE, "cannot create weak reference to '%V' object", name);
    }
    sk_value cb = nargs > 1 && args[1] != SK_NONE ? args[1] : SK_NULL;
    sk_type *t = sk_as_type(cls);
    if (t == SK_TYPE(vm, WEAKREF)) return sk_weakref_new(vm, args[0], cb);
    /* a subclass: its instances may be larger (__slots__, __dict__) */
    sk_obj *o = sk_gc_new(vm, t, t->size);
    if (!o) return SK_NULL;
    sk_weakref *r = (sk_weakref *)o;
    r->target = args[0];
    r->callback = cb;
    r->hash = -1;
    return sk_from_obj(o);
}

/* ref.__init__(ob, callback=None): the work is done by __new__ */
static int weakref_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kw) {
    if (nargs > 2) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "__init__ expected at most 2 arguments, got %zu", nargs);
        return -1;
    }
    return 0;
}

static sk_value weakref_call(sk_vm *vm, sk_value r, const sk_value *args, size_t nargs, sk_value kw) {
    if (kw && sk_tuple_len(kw)) return sk_exc_msg(vm, SK_EXC_TYPE, "weakref() takes no keyword arguments");
    if (nargs) return sk_exc_fmt(vm, SK_EXC_TYPE, "weakref expected 0 arguments, got %zu", nargs);
    return WR(r)->target ? WR(r)->target : SK_NONE;
}

static sk_value weakref_get_callback(sk_vm *vm, sk_value r) { return WR(r)->callback ? WR(r)->callback : SK_NONE; }

static const sk_getset_def weakref_getsets[] = {
    {"__callback__", weakref_get_callback, NULL, NULL},
    {NULL},
};

static int64_t weakref_hash(sk_vm *vm, sk_value r) {
    sk_weakref *w = WR(r);
    if (w->hash != -1) return w->hash;
    if (!w->target) {
        sk_exc_msg(vm, SK_EXC_TYPE, "weak object has gone away");
        return -1;
    }
    w->hash = sk_hash(vm, w->target);
    return w->hash;
}

static sk_value weakref_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    if ((op != SK_EQ && op != SK_NE) || !sk_isinstance_type(vm, b, SK_TYPE(vm, WEAKREF))) return SK_NOTIMPL;
    sk_value x = WR(a)->target, y = WR(b)->target;
    if (!x || !y) {
        bool eq = a == b;
        return sk_from_bool(op == SK_EQ ? eq : !eq);
    }
    return sk_richcmp(vm, x, y, op);
}

static sk_value weakref_repr(sk_vm *vm, sk_value r) {
    SK_ROOT_SCOPE(vm);
    sk_value t = WR(r)->target;
    if (!t) return sk_str_fmt(vm, "<weakref at %p; dead>", (void *)sk_as_obj(r));
    sk_value tn = sk_type_full_name(vm, sk_typeof(vm, t));
    if (!tn) return SK_NULL;
    SK_ROOT(vm, tn);
    /* the referent's __name__, when it has one, in parentheses */
    sk_value name = sk_getattr_opt(vm, t, SK_NAME(vm, __name__));
    if (!name && vm->exc) sk_exc_take(vm);
    if (name && sk_is_str(vm, name))
        return sk_str_fmt(vm, "<weakref at %p; to '%V' at %p (%V)>", (void *)sk_as_obj(r), tn,
                          (void *)(uintptr_t)t, name);
    return sk_str_fmt(vm, "<weakref at %p; to '%V' at %p>", (void *)sk_as_obj(r), tn, (void *)(uintptr_t)t);
}

/* ---- mappingproxy ---------------------------------------------------------------------------- */

typedef struct mappingproxy {
    sk_obj hdr;
    sk_value mapping;
} mappingproxy;

#define MP(v) (((mappingproxy *)sk_as_obj(v))->mapping)

static void mp_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((mappingproxy *)o)->mapping); }

sk_value sk_mappingproxy_new(sk_vm *vm, sk_value dict) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, dict);
    mappingproxy *p = (mappingproxy *)sk_gc_new(vm, SK_TYPE(vm, MAPPINGPROXY), sizeof(mappingproxy));
    if (!p) return SK_NULL;
    p->mapping = dict;
    return sk_from_obj(p);
}

static sk_value mp_getitem(sk_vm *vm, sk_value p, sk_value k) { return sk_getitem(vm, MP(p), k); }
static int64_t mp_len(sk_vm *vm, sk_value p) { return sk_len(vm, MP(p)); }
static int mp_contains(sk_vm *vm, sk_value p, sk_value k) { return sk_contains(vm, MP(p), k); }
static sk_value mp_iter(sk_vm *vm, sk_value p) { return sk_iter(vm, MP(p)); }
static sk_value mp_repr(sk_vm *vm, sk_value p) { return sk_str_fmt(vm, "mappingproxy(%R)", MP(p)); }
/* str() of a proxy is the str() of what it wraps */
static sk_value mp_str(sk_vm *vm, sk_value p) { return sk_str(vm, MP(p)); }
static sk_value mp_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) { return sk_richcmp(vm, MP(a), b, op); }
static sk_value mp_forward(sk_vm *vm, const sk_value *args, size_t nargs, const char *name) {
    sk_value n = sk_str_intern_cstr(vm, name);
    if (!n) return SK_NULL;
    return sk_call_method(vm, MP(args[0]), n, args + 1, nargs - 1);
}
static sk_value m_mp_keys(sk_vm *vm, const sk_value *a, size_t n, sk_value k) { return mp_forward(vm, a, n, "keys"); }
static sk_value m_mp_values(sk_vm *vm, const sk_value *a, size_t n, sk_value k) { return mp_forward(vm, a, n, "values"); }
static sk_value m_mp_items(sk_vm *vm, const sk_value *a, size_t n, sk_value k) { return mp_forward(vm, a, n, "items"); }
static sk_value m_mp_get(sk_vm *vm, const sk_value *a, size_t n, sk_value k) { return mp_forward(vm, a, n, "get"); }
static sk_value m_mp_copy(sk_vm *vm, const sk_value *a, size_t n, sk_value k) { return mp_forward(vm, a, n, "copy"); }
static sk_value m_mp_reversed(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    return mp_forward(vm, a, n, "__reversed__");
}

static const sk_method_def mp_methods[] = {
    {"keys", m_mp_keys, 1, 1, 0, NULL},
    {"values", m_mp_values, 1, 1, 0, NULL},
    {"items", m_mp_items, 1, 1, 0, NULL},
    {"get", m_mp_get, 2, 3, 0, NULL},
    {"copy", m_mp_copy, 1, 1, 0, NULL},
    {"__reversed__", m_mp_reversed, 1, 1, 0, NULL},
    {"__class_getitem__", sk_class_getitem, 2, 2, SK_METH_CLASS, NULL},
    {NULL},
};

/* mappingproxy(mapping): any mapping but a list or tuple, as CPython
 * checks it. */
static sk_value mp_tp_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0, npos = nargs - nkw;
    if (nargs > 1) return sk_exc_fmt(vm, SK_EXC_TYPE, "mappingproxy() takes at most 1 argument (%zu given)", nargs);
    /* CPython's order: the missing argument, then the unknown keyword */
    sk_value m = npos ? args[0] : SK_NULL;
    if (!m && nkw && sk_str_eq_cstr(sk_tuple_get(kwnames, 0), "mapping")) m = args[0];
    if (!m) return sk_exc_msg(vm, SK_EXC_TYPE, "mappingproxy() missing required argument 'mapping' (pos 1)");
    if (npos == 0 && nkw == 1 && m == args[0]) nkw = 0;
    if (nkw) return sk_exc_fmt(vm, SK_EXC_TYPE, "'%V' is an invalid keyword argument for mappingproxy()",
                               sk_tuple_get(kwnames, 0));
    sk_type *t = sk_typeof(vm, m);
    if (!t->getitem || (t->flags & (SK_TF_LIST_SUB | SK_TF_TUPLE_SUB)))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "mappingproxy() argument must be a mapping, not %s", sk_type_name(t));
    return sk_mappingproxy_new(vm, m);
}

static sk_value mp_or(sk_vm *vm, sk_value a, sk_value b) {
    if (SK_IS(vm, a, MAPPINGPROXY)) a = MP(a);
    if (SK_IS(vm, b, MAPPINGPROXY)) b = MP(b);
    return sk_binop(vm, SK_NB_OR, a, b);
}

/* cell([contents]) */
static sk_value cell_tp_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (kwnames) return sk_exc_msg(vm, SK_EXC_TYPE, "cell() takes no keyword arguments");
    if (nargs > 1) return sk_exc_fmt(vm, SK_EXC_TYPE, "cell expected at most 1 argument, got %zu", nargs);
    return sk_cell_new(vm, nargs ? args[0] : SK_NULL);
}

/* method(function, instance) */
static sk_value method_tp_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (kwnames) return sk_exc_msg(vm, SK_EXC_TYPE, "method() takes no keyword arguments");
    if (nargs != 2) return sk_exc_fmt(vm, SK_EXC_TYPE, "method expected 2 arguments, got %zu", nargs);
    if (!sk_callable(vm, args[0])) return sk_exc_msg(vm, SK_EXC_TYPE, "first argument must be callable");
    if (args[1] == SK_NONE) return sk_exc_msg(vm, SK_EXC_TYPE, "instance must not be None");
    return sk_method_new(vm, args[0], args[1]);
}

/* ---- registration ------------------------------------------------------------------------------ */

void sk_func_init_types(sk_vm *vm) {
    sk_type *obj = SK_TYPE(vm, OBJECT);
    sk_type *t;

    t = sk_type_init_builtin(vm, SK_T_FUNCTION, obj, sizeof(sk_function), 0);
    t->trace = function_trace;
    t->call = function_call;
    t->descr_get = function_get;
    t->repr = function_repr;
    t->dict_offset = (int32_t)offsetof(sk_function, dict);
    (void)sk_type_add_getsets(vm, t, function_getsets);

    t = sk_type_init_builtin(vm, SK_T_METHOD, obj, sizeof(sk_method), 0);
    t->trace = method_trace;
    t->call = method_call;
    t->repr = method_repr;
    t->richcmp = method_richcmp;
    t->hash = method_hash;
    t->getattr = method_getattr;
    t->tp_new = method_tp_new;
    (void)sk_type_add_getsets(vm, t, method_getsets);

    t = sk_type_init_builtin(vm, SK_T_CELL, obj, sizeof(sk_cell), 0);
    t->trace = cell_trace;
    t->repr = cell_repr;
    t->richcmp = cell_richcmp;
    t->hash = sk_unhashable;
    t->tp_new = cell_tp_new;
    (void)sk_type_add_getsets(vm, t, cell_getsets);

    t = sk_type_init_builtin(vm, SK_T_MODULE, obj, sizeof(sk_module), SK_TF_BASETYPE);
    t->trace = module_trace;
    t->tp_new = module_new;
    t->tp_init = module_init;
    t->getattr = sk_module_getattr;
    t->repr = module_repr;
    t->dict_offset = (int32_t)offsetof(sk_module, dict);
    (void)sk_type_add_getsets(vm, t, module_getsets);
    (void)sk_type_add_methods(vm, t, module_methods);

    t = sk_type_init_builtin(vm, SK_T_WEAKREF, obj, sizeof(sk_weakref), SK_TF_BASETYPE);
    t->trace = weakref_trace;
    t->tp_new = weakref_new_py;
    t->tp_init = weakref_init;
    t->call = weakref_call;
    t->hash = weakref_hash;
    t->richcmp = weakref_richcmp;
    t->repr = weakref_repr;
    (void)sk_type_add_getsets(vm, t, weakref_getsets);

    t = sk_type_init_builtin(vm, SK_T_MAPPINGPROXY, obj, sizeof(mappingproxy), 0);
    t->trace = mp_trace;
    t->getitem = mp_getitem;
    t->len = mp_len;
    t->contains = mp_contains;
    t->iter = mp_iter;
    t->repr = mp_repr;
    t->str = mp_str;
    t->richcmp = mp_richcmp;
    t->tp_new = mp_tp_new;
    t->nb[SK_NB_OR] = mp_or;
    (void)sk_type_add_methods(vm, t, mp_methods);
}
