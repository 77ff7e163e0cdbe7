/* descr.c — the descriptor and native-callable types (see descr.h), and
 * super.
 */
#include "descr.h"

#include <stdio.h>
#include <string.h>

#include "dict.h"
#include "exc.h"
#include "floatobj.h"
#include "func.h"
#include "gc.h"
#include "interp.h"
#include "ops.h"
#include "slots.h"
#include "str.h"
#include "tuple.h"

/* ---- argument checks for native calls --------------------------------------- */

/* True when check_args would accept the call: tried first so that the
 * success path formats no qualified name. */
static inline bool args_fit(const sk_method_def *def, size_t nargs, sk_value kwnames) {
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0;
    if (nkw) return false;
    return (int)nargs >= def->min_args && (def->max_args < 0 || (int)nargs <= def->max_args);
}

/* `qual` (may be NULL) is what the messages that name the callable "f()"
 * put before the name: "math." for a module's functions, as CPython says
 * "math.sqrt() takes exactly one argument". */
static bool check_args(sk_vm *vm, const sk_method_def *def, const char *qual, size_t nargs, sk_value kwnames,
                       bool self_counted) {
    if (!qual) qual = "";
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0;
    if (nkw && !(def->flags & SK_METH_KEYWORDS)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s%s() takes no keyword arguments", qual, def->name);
        return false;
    }
    size_t npos = nargs - nkw;
    int adj = self_counted ? 1 : 0; /* counts shown to users exclude self */
    if ((int)npos >= def->min_args && (def->max_args < 0 || (int)npos <= def->max_args)) return true;
    if (def->flags & SK_METH_KEYWORDS) return true; /* the function checks its own mix */
    long given = (long)npos - adj, lo = def->min_args - adj, hi = def->max_args - adj;
    if (lo == hi) {
        if (hi == 0) sk_exc_fmt(vm, SK_EXC_TYPE, "%s%s() takes no arguments (%ld given)", qual, def->name, given);
        else if (hi == 1) sk_exc_fmt(vm, SK_EXC_TYPE, "%s%s() takes exactly one argument (%ld given)", qual,
                                   def->name, given);
        else sk_exc_fmt(vm, SK_EXC_TYPE, "%s expected %ld arguments, got %ld", def->name, hi, given);
    } else if (given < lo) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s expected at least %ld argument%s, got %ld", def->name, lo, lo == 1 ? "" : "s",
                   given);
    } else {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s expected at most %ld argument%s, got %ld", def->name, hi, hi == 1 ? "" : "s",
                   given);
    }
    return false;
}

bool sk_check_native_args(sk_vm *vm, const sk_method_def *def, size_t nargs, sk_value kwnames, bool self_counted) {
    return check_args(vm, def, NULL, nargs, kwnames, self_counted);
}

/* check_args for a method of type t: its messages say "list.append()",
 * as CPython names methods by their qualified name. */
static bool check_method_args(sk_vm *vm, const sk_method_def *def, sk_type *t, size_t nargs, sk_value kwnames) {
    if (args_fit(def, nargs, kwnames)) return true;
    char qual[128];
    snprintf(qual, sizeof qual, "%.100s.", sk_type_name(t));
    return check_args(vm, def, qual, nargs, kwnames, true);
}

/* Calls def->fn with `self` (if not NULL) before args. */
static sk_value call_with_self(sk_vm *vm, const sk_method_def *def, sk_value self, const sk_value *args, size_t nargs,
                               sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    if (!self) {
        if (!sk_check_native_args(vm, def, nargs, kwnames, false)) return SK_NULL;
        return def->fn(vm, args, nargs, kwnames);
    }
    sk_type *owner = sk_is_type(vm, self) ? sk_as_type(self) : sk_typeof(vm, self);
    if (!check_method_args(vm, def, owner, nargs + 1, kwnames)) return SK_NULL;
    sk_value buf[8];
    if (nargs < 8) {
        buf[0] = self;
        if (nargs) memcpy(buf + 1, args, nargs * sizeof(sk_value));
        return def->fn(vm, buf, nargs + 1, kwnames);
    }
    size_t mark = sk_gc_roots_save(vm);
    sk_value t = sk_tuple_new(vm, nargs + 1);
    if (!t) return SK_NULL;
    SK_ROOT(vm, t);
    sk_tuple_items(t)[0] = self;
    memcpy(sk_tuple_items(t) + 1, args, nargs * sizeof(sk_value));
    sk_value r = def->fn(vm, sk_tuple_items(t), nargs + 1, kwnames);
    sk_gc_roots_restore(vm, mark);
    return r;
}

/* ---- builtin_function_or_method ------------------------------------------------ */

#define BI(v) ((sk_builtin *)sk_as_obj(v))

static void builtin_trace(sk_vm *vm, sk_obj *o) {
    sk_gc_mark(vm, ((sk_builtin *)o)->self);
    sk_gc_mark(vm, ((sk_builtin *)o)->module);
}

sk_value sk_builtin_new(sk_vm *vm, const sk_method_def *def, sk_value self, sk_value module) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, self);
    SK_ROOT(vm, module);
    sk_builtin *b = (sk_builtin *)sk_gc_new(vm, SK_TYPE(vm, BUILTIN), sizeof(sk_builtin));
    sk_gc_roots_restore(vm, mark);
    if (!b) return SK_NULL;
    b->def = def;
    b->self = self;
    b->module = module;
    return sk_from_obj(b);
}

static sk_value builtin_call(sk_vm *vm, sk_value f, const sk_value *args, size_t nargs, sk_value kwnames) {
    sk_builtin *b = BI(f);
    /* module functions keep their module in `self` only for __self__ */
    sk_value self = b->self && !SK_IS(vm, b->self, MODULE) ? b->self : SK_NULL;
    if (!self && b->module && sk_is_str(vm, b->module) && !sk_str_eq_cstr(b->module, "builtins")) {
        /* a module's function: its messages name it "module.f()" */
        if (args_fit(b->def, nargs, kwnames)) return b->def->fn(vm, args, nargs, kwnames);
        char qual[128];
        snprintf(qual, sizeof qual, "%.*s.", (int)(sk_str_size(b->module) < 100 ? sk_str_size(b->module) : 100),
                 sk_str_data(b->module));
        if (!check_args(vm, b->def, qual, nargs, kwnames, false)) return SK_NULL;
        return b->def->fn(vm, args, nargs, kwnames);
    }
    return call_with_self(vm, b->def, self, args, nargs, kwnames);
}

static sk_value builtin_repr(sk_vm *vm, sk_value f) {
    sk_builtin *b = BI(f);
    if (!b->self || SK_IS(vm, b->self, MODULE)) return sk_str_fmt(vm, "<built-in function %s>", b->def->name);
    if (sk_is_type(vm, b->self))
        return sk_str_fmt(vm, "<built-in method %s of type object at %p>", b->def->name, (void *)sk_as_obj(b->self));
    return sk_str_fmt(vm, "<built-in method %s of %s object at %p>", b->def->name, sk_type_name_of(vm, b->self),
                      (void *)sk_as_obj(b->self));
}

static sk_value builtin_name(sk_vm *vm, sk_value f) { return sk_str_from_cstr(vm, BI(f)->def->name); }
static sk_value builtin_qualname(sk_vm *vm, sk_value f) {
    sk_builtin *b = BI(f);
    if (!b->self || SK_IS(vm, b->self, MODULE)) return sk_str_from_cstr(vm, b->def->name);
    sk_type *t = sk_is_type(vm, b->self) ? sk_as_type(b->self) : sk_typeof(vm, b->self);
    /* the type's __qualname__, not its module-qualified name (as CPython's
     * meth_get__qualname__): a bound _asyncio.Task method is Task.name */
    if (t->qualname && sk_is_str(vm, t->qualname)) return sk_str_fmt(vm, "%V.%s", t->qualname, b->def->name);
    return sk_str_fmt(vm, "%s.%s", sk_type_name(t), b->def->name);
}
static sk_value builtin_self(sk_vm *vm, sk_value f) { return BI(f)->self ? BI(f)->self : SK_NONE; }
static sk_value builtin_module(sk_vm *vm, sk_value f) { return BI(f)->module ? BI(f)->module : SK_NONE; }
static sk_value builtin_doc(sk_vm *vm, sk_value f) {
    return BI(f)->def->doc ? sk_str_from_cstr(vm, BI(f)->def->doc) : SK_NONE;
}

static int64_t builtin_hash(sk_vm *vm, sk_value f) {
    sk_builtin *b = BI(f);
    int64_t h = sk_hash_pointer(b->def);
    if (b->self) {
        int64_t s = sk_hash_pointer((void *)(uintptr_t)b->self);
        h ^= s;
    }
    return h == -1 ? -2 : h;
}

static sk_value builtin_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    if ((op != SK_EQ && op != SK_NE) || !SK_IS(vm, b, BUILTIN)) return SK_NOTIMPL;
    bool eq = BI(a)->def == BI(b)->def && BI(a)->self == BI(b)->self;
    return sk_from_bool(op == SK_EQ ? eq : !eq);
}

static const sk_getset_def builtin_getsets[] = {
    {"__name__", builtin_name, NULL, NULL},
    {"__qualname__", builtin_qualname, NULL, NULL},
    {"__self__", builtin_self, NULL, NULL},
    {"__module__", builtin_module, NULL, NULL},
    {"__doc__", builtin_doc, NULL, NULL},
    {NULL},
};

/* ---- method_descriptor ---------------------------------------------------------- */

#define MD(v) ((sk_method_descr *)sk_as_obj(v))

static void owner_trace(sk_vm *vm, sk_obj *o) {
    sk_type *owner = ((sk_method_descr *)o)->owner;
    if (owner) sk_gc_mark_obj(vm, &owner->hdr);
}

sk_value sk_method_descr_new(sk_vm *vm, const sk_method_def *def, sk_type *owner) {
    sk_type *t = (def->flags & SK_METH_CLASS) ? SK_TYPE(vm, CLASSMETHOD_DESCR) : SK_TYPE(vm, METHOD_DESCR);
    sk_method_descr *d = (sk_method_descr *)sk_gc_new(vm, t, sizeof(sk_method_descr));
    if (!d) return SK_NULL;
    d->def = def;
    d->owner = owner;
    return sk_from_obj(d);
}

static bool check_self(sk_vm *vm, sk_method_descr *d, sk_value self) {
    if (!sk_isinstance_type(vm, self, d->owner)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
                   sk_type_name(d->owner), sk_type_name_of(vm, self));
        return false;
    }
    return true;
}

static sk_value method_descr_call(sk_vm *vm, sk_value f, const sk_value *args, size_t nargs, sk_value kwnames) {
    sk_method_descr *d = MD(f);
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0;
    if (nargs - nkw < 1)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "unbound method %s.%s() needs an argument", sk_type_name(d->owner),
                          d->def->name);
    if (!check_self(vm, d, args[0])) return SK_NULL;
    if (!check_method_args(vm, d->def, d->owner, nargs, kwnames)) return SK_NULL;
    return d->def->fn(vm, args, nargs, kwnames);
}

static sk_value method_descr_get(sk_vm *vm, sk_value descr, sk_value obj, sk_value type) {
    if (!obj) return descr;
    sk_method_descr *d = MD(descr);
    if (!check_self(vm, d, obj)) return SK_NULL;
    return sk_builtin_new(vm, d->def, obj, SK_NULL);
}

static sk_value method_descr_repr(sk_vm *vm, sk_value f) {
    return sk_str_fmt(vm, "<method '%s' of '%s' objects>", MD(f)->def->name, sk_type_name(MD(f)->owner));
}

static sk_value classmethod_descr_call(sk_vm *vm, sk_value f, const sk_value *args, size_t nargs, sk_value kwnames) {
    sk_method_descr *d = MD(f);
    if (nargs < 1 || !sk_is_type(vm, args[0]) || !sk_type_is_subtype(sk_as_type(args[0]), d->owner))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "descriptor '%s' for type '%s' needs a type, not a '%T' as arg 2",
                          d->def->name, sk_type_name(d->owner), nargs ? args[0] : SK_NONE);
    if (!check_method_args(vm, d->def, d->owner, nargs, kwnames)) return SK_NULL;
    return d->def->fn(vm, args, nargs, kwnames);
}

static sk_value classmethod_descr_get(sk_vm *vm, sk_value descr, sk_value obj, sk_value type) {
    if (!type) type = sk_from_obj(sk_typeof(vm, obj));
    return sk_builtin_new(vm, MD(descr)->def, type, SK_NULL);
}

static sk_value md_name(sk_vm *vm, sk_value f) { return sk_str_from_cstr(vm, MD(f)->def->name); }
static sk_value md_qualname(sk_vm *vm, sk_value f) {
    return sk_str_fmt(vm, "%s.%s", sk_type_name(MD(f)->owner), MD(f)->def->name);
}
static sk_value md_objclass(sk_vm *vm, sk_value f) { return sk_from_obj(MD(f)->owner); }
static sk_value md_doc(sk_vm *vm, sk_value f) {
    return MD(f)->def->doc ? sk_str_from_cstr(vm, MD(f)->def->doc) : SK_NONE;
}

static const sk_getset_def md_getsets[] = {
    {"__name__", md_name, NULL, NULL},
    {"__qualname__", md_qualname, NULL, NULL},
    {"__objclass__", md_objclass, NULL, NULL},
    {"__doc__", md_doc, NULL, NULL},
    {NULL},
};

/* ---- getset_descriptor and member_descriptor ----------------------------------- */

#define GS(v) ((sk_getset_descr *)sk_as_obj(v))

sk_value sk_getset_descr_new(sk_vm *vm, const sk_getset_def *def, sk_type *owner) {
    sk_getset_descr *d = (sk_getset_descr *)sk_gc_new(vm, SK_TYPE(vm, GETSET), sizeof(sk_getset_descr));
    if (!d) return SK_NULL;
    d->def = def;
    d->owner = owner;
    return sk_from_obj(d);
}

static sk_value getset_get(sk_vm *vm, sk_value descr, sk_value obj, sk_value type) {
    if (!obj) return descr;
    sk_getset_descr *d = GS(descr);
    if (!sk_isinstance_type(vm, obj, d->owner))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                          d->def->name, sk_type_name(d->owner), sk_type_name_of(vm, obj));
    return d->def->get(vm, obj);
}

static int getset_set(sk_vm *vm, sk_value descr, sk_value obj, sk_value v) {
    sk_getset_descr *d = GS(descr);
    if (!d->def->set) {
        if (sk_is_type(vm, obj))
            sk_exc_fmt(vm, SK_EXC_ATTRIBUTE, "attribute '%s' of 'type' objects is not writable", d->def->name);
        else
            sk_exc_fmt(vm, SK_EXC_ATTRIBUTE, "attribute '%s' of '%s' objects is not writable", d->def->name,
                       sk_type_name(d->owner));
        return -1;
    }
    return d->def->set(vm, obj, v);
}

static sk_value getset_repr(sk_vm *vm, sk_value f) {
    return sk_str_fmt(vm, "<attribute '%s' of '%s' objects>", GS(f)->def->name, sk_type_name(GS(f)->owner));
}

#define MB(v) ((sk_member_descr *)sk_as_obj(v))

static void member_trace(sk_vm *vm, sk_obj *o) {
    sk_member_descr *m = (sk_member_descr *)o;
    sk_gc_mark(vm, m->name);
    if (m->owner) sk_gc_mark_obj(vm, &m->owner->hdr);
}

sk_value sk_member_descr_new(sk_vm *vm, sk_value name, uint32_t offset, uint8_t kind, sk_type *owner, const char *doc) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, name);
    sk_member_descr *m = (sk_member_descr *)sk_gc_new(vm, SK_TYPE(vm, MEMBER), sizeof(sk_member_descr));
    if (!m) return SK_NULL;
    m->name = name;
    m->offset = offset;
    m->kind = kind;
    m->owner = owner;
    m->doc = doc;
    return sk_from_obj(m);
}

static sk_value member_get(sk_vm *vm, sk_value descr, sk_value obj, sk_value type) {
    if (!obj) return descr;
    sk_member_descr *m = MB(descr);
    if (!sk_isinstance_type(vm, obj, m->owner))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "descriptor '%V' for '%s' objects doesn't apply to a '%s' object", m->name,
                          sk_type_name(m->owner), sk_type_name_of(vm, obj));
    if (m->kind == SK_MEMBER_DOUBLE_READONLY) return sk_float_new(vm, *(double *)((char *)sk_as_obj(obj) + m->offset));
    sk_value v = *(sk_value *)((char *)sk_as_obj(obj) + m->offset);
    if (!v) {
        if (m->kind == SK_MEMBER_NONE_IF_NULL) return SK_NONE;
        return sk_exc_fmt(vm, SK_EXC_ATTRIBUTE, "'%s' object has no attribute '%V'", sk_type_name_of(vm, obj),
                          m->name);
    }
    return v;
}

static int member_set(sk_vm *vm, sk_value descr, sk_value obj, sk_value v) {
    sk_member_descr *m = MB(descr);
    if (m->kind == SK_MEMBER_READONLY || m->kind == SK_MEMBER_DOUBLE_READONLY) {
        sk_exc_fmt(vm, SK_EXC_ATTRIBUTE, "readonly attribute");
        return -1;
    }
    if (!sk_isinstance_type(vm, obj, m->owner)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "descriptor '%V' for '%s' objects doesn't apply to a '%s' object", m->name,
                   sk_type_name(m->owner), sk_type_name_of(vm, obj));
        return -1;
    }
    sk_value *slot = (sk_value *)((char *)sk_as_obj(obj) + m->offset);
    if (!v && !*slot && m->kind == SK_MEMBER_VALUE) {
        sk_exc_fmt(vm, SK_EXC_ATTRIBUTE, "'%s' object has no attribute '%V'", sk_type_name_of(vm, obj), m->name);
        return -1;
    }
    *slot = v;
    return 0;
}

static sk_value member_repr(sk_vm *vm, sk_value f) {
    return sk_str_fmt(vm, "<member '%V' of '%s' objects>", MB(f)->name, sk_type_name(MB(f)->owner));
}

/* ---- slot wrappers -------------------------------------------------------------- */

#define SW(v) ((sk_slot_wrapper *)sk_as_obj(v))

sk_value sk_slot_wrapper_new(sk_vm *vm, const sk_slotdef *slot, sk_type *owner, void *fn) {
    sk_slot_wrapper *w = (sk_slot_wrapper *)sk_gc_new(vm, SK_TYPE(vm, SLOT_WRAPPER), sizeof(sk_slot_wrapper));
    if (!w) return SK_NULL;
    w->slot = slot;
    w->owner = owner;
    w->fn = fn;
    return sk_from_obj(w);
}

static sk_value call_slot(sk_vm *vm, sk_slot_wrapper *w, sk_value self, const sk_value *args, size_t nargs,
                          sk_value kwnames) {
    const sk_slotdef *s = w->slot;
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0;
    if (nkw && s->max_args >= 0)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "wrapper %s() takes no keyword arguments", s->name);
    size_t npos = nargs - nkw;
    if ((int)npos < s->min_args || (s->max_args >= 0 && (int)npos > s->max_args)) {
        if (s->min_args == s->max_args)
            return sk_exc_fmt(vm, SK_EXC_TYPE, "expected %d argument%s, got %zu", s->min_args,
                              s->min_args == 1 ? "" : "s", npos);
        return sk_exc_fmt(vm, SK_EXC_TYPE, "expected at most %d arguments, got %zu", s->max_args, npos);
    }
    return s->wrap(vm, s, w->fn, self, args, nargs, kwnames);
}

static bool check_wrapper_self(sk_vm *vm, sk_slot_wrapper *w, sk_value self) {
    if (!sk_isinstance_type(vm, self, w->owner)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "descriptor '%s' requires a '%s' object but received a '%s'", w->slot->name,
                   sk_type_name(w->owner), sk_type_name_of(vm, self));
        return false;
    }
    return true;
}

static sk_value slot_wrapper_call(sk_vm *vm, sk_value f, const sk_value *args, size_t nargs, sk_value kwnames) {
    sk_slot_wrapper *w = SW(f);
    if (nargs < 1)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "descriptor '%s' of '%s' object needs an argument", w->slot->name,
                          sk_type_name(w->owner));
    if (!check_wrapper_self(vm, w, args[0])) return SK_NULL;
    return call_slot(vm, w, args[0], args + 1, nargs - 1, kwnames);
}

static void method_wrapper_trace(sk_vm *vm, sk_obj *o) {
    sk_gc_mark(vm, ((sk_method_wrapper *)o)->wrapper);
    sk_gc_mark(vm, ((sk_method_wrapper *)o)->self);
}

static sk_value slot_wrapper_get(sk_vm *vm, sk_value descr, sk_value obj, sk_value type) {
    SK_ROOT_SCOPE(vm);
    if (!obj) return descr;
    if (!check_wrapper_self(vm, SW(descr), obj)) return SK_NULL;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, descr);
    SK_ROOT(vm, obj);
    sk_method_wrapper *m = (sk_method_wrapper *)sk_gc_new(vm, SK_TYPE(vm, METHOD_WRAPPER), sizeof(sk_method_wrapper));
    sk_gc_roots_restore(vm, mark);
    if (!m) return SK_NULL;
    m->wrapper = descr;
    m->self = obj;
    return sk_from_obj(m);
}

static sk_value slot_wrapper_repr(sk_vm *vm, sk_value f) {
    return sk_str_fmt(vm, "<slot wrapper '%s' of '%s' objects>", SW(f)->slot->name, sk_type_name(SW(f)->owner));
}
static sk_value sw_name(sk_vm *vm, sk_value f) { return sk_str_from_cstr(vm, SW(f)->slot->name); }
static sk_value sw_qualname(sk_vm *vm, sk_value f) {
    return sk_str_fmt(vm, "%s.%s", sk_type_name(SW(f)->owner), SW(f)->slot->name);
}
static sk_value sw_objclass(sk_vm *vm, sk_value f) { return sk_from_obj(SW(f)->owner); }
static sk_value sw_doc(sk_vm *vm, sk_value f) {
    return SW(f)->slot->doc ? sk_str_from_cstr(vm, SW(f)->slot->doc) : SK_NONE;
}
static const sk_getset_def sw_getsets[] = {
    {"__name__", sw_name, NULL, NULL},
    {"__qualname__", sw_qualname, NULL, NULL},
    {"__objclass__", sw_objclass, NULL, NULL},
    {"__doc__", sw_doc, NULL, NULL},
    {NULL},
};

#define MW(v) ((sk_method_wrapper *)sk_as_obj(v))
static sk_value method_wrapper_call(sk_vm *vm, sk_value f, const sk_value *args, size_t nargs, sk_value kwnames) {
    return call_slot(vm, SW(MW(f)->wrapper), MW(f)->self, args, nargs, kwnames);
}
static sk_value method_wrapper_repr(sk_vm *vm, sk_value f) {
    return sk_str_fmt(vm, "<method-wrapper '%s' of %s object at %p>", SW(MW(f)->wrapper)->slot->name,
                      sk_type_name_of(vm, MW(f)->self), (void *)(uintptr_t)MW(f)->self);
}
static sk_value mw_name(sk_vm *vm, sk_value f) { return sk_str_from_cstr(vm, SW(MW(f)->wrapper)->slot->name); }
static sk_value mw_self(sk_vm *vm, sk_value f) { return MW(f)->self; }
static const sk_getset_def mw_getsets[] = {
    {"__name__", mw_name, NULL, NULL},
    {"__self__", mw_self, NULL, NULL},
    {NULL},
};

/* ---- property ------------------------------------------------------------------- */

#define PR(v) ((sk_property *)sk_as_obj(v))

static void property_trace(sk_vm *vm, sk_obj *o) {
    sk_property *p = (sk_property *)o;
    sk_gc_mark(vm, p->fget);
    sk_gc_mark(vm, p->fset);
    sk_gc_mark(vm, p->fdel);
    sk_gc_mark(vm, p->doc);
    sk_gc_mark(vm, p->name);
}

static int property_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    sk_property *p = PR(self);
    sk_value vals[4] = {SK_NONE, SK_NONE, SK_NONE, SK_NONE};
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0, npos = nargs - nkw;
    if (npos > 4) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "property() takes at most 4 arguments (%zu given)", npos);
        return -1;
    }
    for (size_t i = 0; i < npos; i++) vals[i] = args[i];
    for (size_t k = 0; k < nkw; k++) {
        sk_value kn = sk_tuple_get(kwnames, k);
        int j = -1;
        for (int m = 0; m < 4; m++)
            if (sk_str_eq_cstr(kn, names[m])) j = m;
        if (j < 0) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "'%V' is an invalid keyword argument for property()", kn);
            return -1;
        }
        vals[j] = args[npos + k];
    }
    p->fget = vals[0];
    p->fset = vals[1];
    p->fdel = vals[2];
    p->doc = vals[3];
    if (p->doc == SK_NONE && p->fget != SK_NONE) {
        sk_value d = sk_getattr_opt(vm, p->fget, SK_NAME(vm, __doc__));
        if (vm->exc) return -1;
        if (d) p->doc = d;
    }
    return 0;
}

static sk_value property_get(sk_vm *vm, sk_value descr, sk_value obj, sk_value type) {
    if (!obj || obj == SK_NONE) return descr;
    sk_property *p = PR(descr);
    if (p->fget == SK_NONE || !p->fget) {
        if (p->name && p->name != SK_NONE)
            return sk_exc_fmt(vm, SK_EXC_ATTRIBUTE, "property %R of '%s' object has no getter", p->name,
                              sk_type_name_of(vm, obj));
        return sk_exc_msg(vm, SK_EXC_ATTRIBUTE, "unreadable attribute");
    }
    return sk_call1(vm, p->fget, obj);
}

static int property_set(sk_vm *vm, sk_value descr, sk_value obj, sk_value v) {
    sk_property *p = PR(descr);
    sk_value f = v ? p->fset : p->fdel;
    if (!f || f == SK_NONE) {
        if (p->name && p->name != SK_NONE)
            sk_exc_fmt(vm, SK_EXC_ATTRIBUTE, "property %R of '%s' object has no %s", p->name, sk_type_name_of(vm, obj),
                       v ? "setter" : "deleter");
        else
            sk_exc_msg(vm, SK_EXC_ATTRIBUTE, v ? "can't set attribute" : "can't delete attribute");
        return -1;
    }
    sk_value r = v ? sk_call2(vm, f, obj, v) : sk_call1(vm, f, obj);
    return r ? 0 : -1;
}

static sk_value property_copy(sk_vm *vm, sk_value self, int which, sk_value fn) {
    sk_property *p = PR(self);
    sk_value vals[4] = {p->fget, p->fset, p->fdel, p->doc};
    vals[which] = fn;
    /* a doc taken from the old getter follows the new one */
    sk_value r = sk_call(vm, sk_from_obj(sk_typeof(vm, self)), vals, 4, SK_NULL);
    if (!r) return SK_NULL;
    if (SK_IS(vm, r, PROPERTY) || sk_isinstance_type(vm, r, SK_TYPE(vm, PROPERTY))) PR(r)->name = p->name;
    return r;
}
static sk_value m_getter(sk_vm *vm, const sk_value *a, size_t n, sk_value k) { return property_copy(vm, a[0], 0, a[1]); }
static sk_value m_setter(sk_vm *vm, const sk_value *a, size_t n, sk_value k) { return property_copy(vm, a[0], 1, a[1]); }
static sk_value m_deleter(sk_vm *vm, const sk_value *a, size_t n, sk_value k) { return property_copy(vm, a[0], 2, a[1]); }
static sk_value m_set_name(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    PR(a[0])->name = a[2];
    return SK_NONE;
}
static sk_value g_isabstract(sk_vm *vm, sk_value self) {
    sk_property *p = PR(self);
    sk_value fs[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        if (!fs[i] || fs[i] == SK_NONE) continue;
        sk_value v = sk_getattr_opt(vm, fs[i], SK_NAME(vm, __isabstractmethod__));
        if (vm->exc) return SK_NULL;
        if (v) {
            int t = sk_truth(vm, v);
            if (t < 0) return SK_NULL;
            if (t) return SK_TRUE;
        }
    }
    return SK_FALSE;
}
static sk_value g_fget(sk_vm *vm, sk_value self) { return PR(self)->fget ? PR(self)->fget : SK_NONE; }
static sk_value g_fset(sk_vm *vm, sk_value self) { return PR(self)->fset ? PR(self)->fset : SK_NONE; }
static sk_value g_fdel(sk_vm *vm, sk_value self) { return PR(self)->fdel ? PR(self)->fdel : SK_NONE; }
static sk_value g_pdoc(sk_vm *vm, sk_value self) { return PR(self)->doc ? PR(self)->doc : SK_NONE; }
static int s_pdoc(sk_vm *vm, sk_value self, sk_value v) {
    PR(self)->doc = v ? v : SK_NONE;
    return 0;
}

static const sk_method_def property_methods[] = {
    {"getter", m_getter, 2, 2, 0, NULL},
    {"setter", m_setter, 2, 2, 0, NULL},
    {"deleter", m_deleter, 2, 2, 0, NULL},
    {"__set_name__", m_set_name, 3, 3, 0, NULL},
    {NULL},
};
static const sk_getset_def property_getsets[] = {
    {"fget", g_fget, NULL, NULL},
    {"fset", g_fset, NULL, NULL},
    {"fdel", g_fdel, NULL, NULL},
    {"__doc__", g_pdoc, s_pdoc, NULL},
    {"__isabstractmethod__", g_isabstract, NULL, NULL},
    {NULL},
};

/* ---- classmethod and staticmethod ------------------------------------------------ */

#define CM(v) ((sk_classmethod *)sk_as_obj(v))

static void cm_trace(sk_vm *vm, sk_obj *o) {
    sk_gc_mark(vm, ((sk_classmethod *)o)->func);
    sk_gc_mark(vm, ((sk_classmethod *)o)->dict);
}

static sk_value wrapper_new(sk_vm *vm, sk_type *t, sk_value func) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, func);
    sk_classmethod *c = (sk_classmethod *)sk_gc_new(vm, t, t->size);
    if (!c) return SK_NULL;
    c->func = func;
    return sk_from_obj(c);
}

sk_value sk_staticmethod_new(sk_vm *vm, sk_value func) { return wrapper_new(vm, SK_TYPE(vm, STATICMETHOD), func); }
sk_value sk_classmethod_new(sk_vm *vm, sk_value func) { return wrapper_new(vm, SK_TYPE(vm, CLASSMETHOD), func); }

static int cm_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    /* messages name the built-in, for subclasses too */
    const char *name = sk_isinstance_type(vm, self, SK_TYPE(vm, STATICMETHOD)) ? "staticmethod" : "classmethod";
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0;
    if (nkw) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s expected 1 argument, got %zu", name, nargs);
        return -1;
    }
    CM(self)->func = args[0];
    /* copy __doc__, __name__… from the function into our __dict__, as
     * functools.wraps would (3.10+) */
    return 0;
}

static sk_value classmethod_get(sk_vm *vm, sk_value descr, sk_value obj, sk_value type) {
    if (!type) type = sk_from_obj(sk_typeof(vm, obj));
    sk_value f = CM(descr)->func;
    sk_type *ft = sk_typeof(vm, f);
    /* a classmethod of a descriptor binds through it (3.9+ chaining) */
    if (ft != SK_TYPE(vm, FUNCTION) && ft->descr_get && ft != SK_TYPE(vm, BUILTIN))
        return ft->descr_get(vm, f, type, sk_from_obj(sk_typeof(vm, type)));
    return sk_method_new(vm, f, type);
}

static sk_value staticmethod_get(sk_vm *vm, sk_value descr, sk_value obj, sk_value type) { return CM(descr)->func; }

static sk_value staticmethod_call(sk_vm *vm, sk_value f, const sk_value *args, size_t nargs, sk_value kwnames) {
    return sk_call(vm, CM(f)->func, args, nargs, kwnames);
}

static sk_value cm_func(sk_vm *vm, sk_value self) { return CM(self)->func ? CM(self)->func : SK_NONE; }
static sk_value cm_isabstract(sk_vm *vm, sk_value self) {
    sk_value v = sk_getattr_opt(vm, CM(self)->func, SK_NAME(vm, __isabstractmethod__));
    if (!v) return vm->exc ? SK_NULL : SK_FALSE;
    return v;
}
static sk_value cm_getattr(sk_vm *vm, sk_value self, sk_value name) {
    sk_value v = sk_generic_getattr_opt(vm, self, name);
    if (v || vm->exc) return v;
    /* __name__, __doc__, __qualname__… come from the wrapped function */
    if (sk_str_eq_cstr(name, "__name__") || sk_str_eq_cstr(name, "__qualname__") ||
        sk_str_eq_cstr(name, "__doc__") || sk_str_eq_cstr(name, "__module__") ||
        sk_str_eq_cstr(name, "__annotations__"))
        return sk_getattr(vm, CM(self)->func, name);
    return sk_exc_attribute_error(vm, self, name);
}
static sk_value cm_repr(sk_vm *vm, sk_value self) {
    return sk_str_fmt(vm, "<%s(%R)>", sk_type_name_of(vm, self), CM(self)->func);
}

static const sk_getset_def cm_getsets[] = {
    {"__func__", cm_func, NULL, NULL},
    {"__wrapped__", cm_func, NULL, NULL},
    {"__isabstractmethod__", cm_isabstract, NULL, NULL},
    {NULL},
};

/* ---- super ----------------------------------------------------------------------- */

typedef struct super_obj {
    sk_obj hdr;
    sk_value type;       /* the class whose successors are searched */
    sk_value obj;        /* the instance or class, or SK_NULL (unbound) */
    sk_value obj_type;   /* the type whose MRO is searched */
} super_obj;

static void super_trace(sk_vm *vm, sk_obj *o) {
    super_obj *s = (super_obj *)o;
    sk_gc_mark(vm, s->type);
    sk_gc_mark(vm, s->obj);
    sk_gc_mark(vm, s->obj_type);
}

/* The type whose MRO super(type, obj) searches. */
static sk_value super_check(sk_vm *vm, sk_value type, sk_value obj) {
    sk_type *t = sk_as_type(type);
    if (sk_is_type(vm, obj) && sk_type_is_subtype(sk_as_type(obj), t)) return obj;
    sk_type *ot = sk_typeof(vm, obj);
    if (sk_type_is_subtype(ot, t)) return sk_from_obj(ot);
    /* an object that claims the class through __class__ */
    sk_value cls = sk_getattr_opt(vm, obj, SK_NAME(vm, __class__));
    if (cls && sk_is_type(vm, cls) && sk_type_is_subtype(sk_as_type(cls), t)) return cls;
    if (vm->exc) return SK_NULL;
    return sk_exc_msg(vm, SK_EXC_TYPE, "super(type, obj): obj must be an instance or subtype of type");
}

sk_value sk_super_getattr(sk_vm *vm, sk_value type, sk_value obj, sk_value name) {
    sk_value start = obj ? super_check(vm, type, obj) : SK_NULL;
    if (obj && !start) return SK_NULL;
    if (start && !sk_str_eq_cstr(name, "__class__")) {
        sk_value mro = sk_as_type(start)->mro;
        size_t n = sk_tuple_len(mro), i = 0;
        while (i < n && sk_tuple_get(mro, i) != type) i++;
        for (i++; i < n; i++) {
            sk_type *b = sk_as_type(sk_tuple_get(mro, i));
            if (!b->dict) continue;
            sk_value v = sk_dict_get_str(vm, b->dict, name);
            if (!v) continue;
            sk_type *vt = sk_typeof(vm, v);
            if (vt->descr_get) return vt->descr_get(vm, v, obj == start ? SK_NULL : obj, start);
            return v;
        }
    }
    return SK_NULL;
}

static sk_value super_getattro(sk_vm *vm, sk_value self, sk_value name) {
    super_obj *s = (super_obj *)sk_as_obj(self);
    if (s->obj_type && !sk_str_eq_cstr(name, "__class__")) {
        sk_value mro = sk_as_type(s->obj_type)->mro;
        size_t n = sk_tuple_len(mro), i = 0;
        while (i < n && sk_tuple_get(mro, i) != s->type) i++;
        for (i++; i < n; i++) {
            sk_type *b = sk_as_type(sk_tuple_get(mro, i));
            if (!b->dict) continue;
            sk_value v = sk_dict_get_str(vm, b->dict, name);
            if (!v) continue;
            sk_type *vt = sk_typeof(vm, v);
            if (vt->descr_get) return vt->descr_get(vm, v, s->obj == s->obj_type ? SK_NULL : s->obj, s->obj_type);
            return v;
        }
    }
    sk_value v = sk_generic_getattr_opt(vm, self, name);
    if (v || vm->exc) return v;
    return sk_exc_fmt(vm, SK_EXC_ATTRIBUTE, "'super' object has no attribute '%V'", name);
}

/* super() with no arguments: the class from the caller's __class__ cell,
 * the object from its first argument. */
static bool super_zero_args(sk_vm *vm, sk_value *type, sk_value *obj) {
    sk_frame *f = vm->frame;
    if (!f || !f->code) {
        sk_exc_msg(vm, SK_EXC_RUNTIME, "super(): no current frame");
        return false;
    }
    sk_code *c = f->code;
    if (c->argcount == 0 && !(c->flags & SK_CO_VARARGS)) {
        sk_exc_msg(vm, SK_EXC_RUNTIME, "super(): no arguments");
        return false;
    }
    sk_value first = f->regs[0];
    sk_str_untip(vm, first);
    for (uint32_t i = 0; i < c->ncells; i++)
        if (c->cell_param[i] == 0 && first && SK_IS(vm, first, CELL) && c->cell_regs[i] == 0) first = sk_cell_get(first);
    if (c->flags & SK_CO_VARARGS && c->argcount == 0) {
        sk_value va = f->regs[c->kwonlyargcount];
        first = va && sk_tuple_len(va) ? sk_tuple_get(va, 0) : SK_NULL;
    }
    if (!first) {
        sk_exc_msg(vm, SK_EXC_RUNTIME, "super(): arg[0] deleted");
        return false;
    }
    for (uint32_t i = 0; i < c->nfree; i++) {
        if (sk_str_eq_cstr(sk_tuple_get(c->freevars, i), "__class__")) {
            sk_value cell = f->regs[c->free_base + i];
            sk_value cls = cell ? sk_cell_get(cell) : SK_NULL;
            if (!cls) {
                sk_exc_msg(vm, SK_EXC_RUNTIME, "super(): empty __class__ cell");
                return false;
            }
            if (!sk_is_type(vm, cls)) {
                sk_exc_msg(vm, SK_EXC_RUNTIME, "super(): __class__ is not a type");
                return false;
            }
            *type = cls;
            *obj = first;
            return true;
        }
    }
    sk_exc_msg(vm, SK_EXC_RUNTIME, "super(): __class__ cell not found");
    return false;
}

static sk_value super_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    if (kwnames && sk_tuple_len(kwnames)) return sk_exc_msg(vm, SK_EXC_TYPE, "super() takes no keyword arguments");
    sk_value type = SK_NULL, obj = SK_NULL;
    if (nargs == 0) {
        if (!super_zero_args(vm, &type, &obj)) return SK_NULL;
    } else {
        type = args[0];
        obj = nargs > 1 ? args[1] : SK_NULL;
        if (nargs > 2) return sk_exc_fmt(vm, SK_EXC_TYPE, "super() takes at most 2 arguments (%zu given)", nargs);
    }
    if (!sk_is_type(vm, type))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "super() argument 1 must be a type, not %T", type);
    sk_value obj_type = SK_NULL;
    if (obj && obj != SK_NONE) {
        obj_type = super_check(vm, type, obj);
        if (!obj_type) return SK_NULL;
    } else {
        obj = SK_NULL;
    }
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, type);
    SK_ROOT(vm, obj);
    SK_ROOT(vm, obj_type);
    super_obj *s = (super_obj *)sk_gc_new(vm, sk_as_type(cls), sk_as_type(cls)->size);
    sk_gc_roots_restore(vm, mark);
    if (!s) return SK_NULL;
    s->type = type;
    s->obj = obj;
    s->obj_type = obj_type;
    return sk_from_obj(s);
}

static sk_value super_repr(sk_vm *vm, sk_value self) {
    super_obj *s = (super_obj *)sk_as_obj(self);
    if (s->obj_type)
        return sk_str_fmt(vm, "<super: <class '%V'>, <%V object>>", sk_as_type(s->type)->name,
                          sk_as_type(s->obj_type)->name);
    return sk_str_fmt(vm, "<super: <class '%V'>, NULL>", sk_as_type(s->type)->name);
}

static sk_value super_get(sk_vm *vm, sk_value descr, sk_value obj, sk_value type) {
    super_obj *s = (super_obj *)sk_as_obj(descr);
    if (!obj || s->obj) return descr;
    sk_value args[2] = {s->type, obj};
    return sk_call(vm, sk_from_obj(sk_typeof(vm, descr)), args, 2, SK_NULL);
}

static sk_value super_thisclass(sk_vm *vm, sk_value self) { return ((super_obj *)sk_as_obj(self))->type; }
static sk_value super_self(sk_vm *vm, sk_value self) {
    sk_value o = ((super_obj *)sk_as_obj(self))->obj;
    return o ? o : SK_NONE;
}
static sk_value super_self_class(sk_vm *vm, sk_value self) {
    sk_value o = ((super_obj *)sk_as_obj(self))->obj_type;
    return o ? o : SK_NONE;
}
static const sk_getset_def super_getsets[] = {
    {"__thisclass__", super_thisclass, NULL, NULL},
    {"__self__", super_self, NULL, NULL},
    {"__self_class__", super_self_class, NULL, NULL},
    {NULL},
};

/* ---- registration ------------------------------------------------------------------ */

static sk_value new_with_init(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kw) {
    return sk_type_alloc_instance(vm, sk_as_type(cls));
}

void sk_descr_init_types(sk_vm *vm) {
    sk_type *obj = SK_TYPE(vm, OBJECT);
    sk_type *t;

    t = sk_type_init_builtin(vm, SK_T_BUILTIN, obj, sizeof(sk_builtin), 0);
    t->trace = builtin_trace;
    t->call = builtin_call;
    t->repr = builtin_repr;
    t->hash = builtin_hash;
    t->richcmp = builtin_richcmp;
    (void)sk_type_add_getsets(vm, t, builtin_getsets);

    t = sk_type_init_builtin(vm, SK_T_METHOD_DESCR, obj, sizeof(sk_method_descr), 0);
    t->trace = owner_trace;
    t->call = method_descr_call;
    t->descr_get = method_descr_get;
    t->repr = method_descr_repr;
    (void)sk_type_add_getsets(vm, t, md_getsets);

    t = sk_type_init_builtin(vm, SK_T_CLASSMETHOD_DESCR, obj, sizeof(sk_method_descr), 0);
    t->trace = owner_trace;
    t->call = classmethod_descr_call;
    t->descr_get = classmethod_descr_get;
    t->repr = method_descr_repr;
    (void)sk_type_add_getsets(vm, t, md_getsets);

    t = sk_type_init_builtin(vm, SK_T_GETSET, obj, sizeof(sk_getset_descr), 0);
    t->trace = owner_trace;
    t->descr_get = getset_get;
    t->descr_set = getset_set;
    t->repr = getset_repr;

    t = sk_type_init_builtin(vm, SK_T_MEMBER, obj, sizeof(sk_member_descr), 0);
    t->trace = member_trace;
    t->descr_get = member_get;
    t->descr_set = member_set;
    t->repr = member_repr;

    t = sk_type_init_builtin(vm, SK_T_SLOT_WRAPPER, obj, sizeof(sk_slot_wrapper), 0);
    t->trace = owner_trace;
    t->call = slot_wrapper_call;
    t->descr_get = slot_wrapper_get;
    t->repr = slot_wrapper_repr;
    (void)sk_type_add_getsets(vm, t, sw_getsets);

    t = sk_type_init_builtin(vm, SK_T_METHOD_WRAPPER, obj, sizeof(sk_method_wrapper), 0);
    t->trace = method_wrapper_trace;
    t->call = method_wrapper_call;
    t->repr = method_wrapper_repr;
    (void)sk_type_add_getsets(vm, t, mw_getsets);

    t = sk_type_init_builtin(vm, SK_T_PROPERTY, obj, sizeof(sk_property), SK_TF_BASETYPE);
    t->trace = property_trace;
    t->tp_new = new_with_init;
    t->tp_init = property_init;
    t->descr_get = property_get;
    t->descr_set = property_set;
    (void)sk_type_add_methods(vm, t, property_methods);
    (void)sk_type_add_getsets(vm, t, property_getsets);

    t = sk_type_init_builtin(vm, SK_T_CLASSMETHOD, obj, sizeof(sk_classmethod), SK_TF_BASETYPE);
    t->trace = cm_trace;
    t->tp_new = new_with_init;
    t->tp_init = cm_init;
    t->descr_get = classmethod_get;
    t->getattr = cm_getattr;
    t->repr = cm_repr;
    t->dict_offset = (int32_t)offsetof(sk_classmethod, dict);
    (void)sk_type_add_getsets(vm, t, cm_getsets);

    t = sk_type_init_builtin(vm, SK_T_STATICMETHOD, obj, sizeof(sk_classmethod), SK_TF_BASETYPE);
    t->trace = cm_trace;
    t->tp_new = new_with_init;
    t->tp_init = cm_init;
    t->descr_get = staticmethod_get;
    t->call = staticmethod_call;
    t->getattr = cm_getattr;
    t->repr = cm_repr;
    t->dict_offset = (int32_t)offsetof(sk_classmethod, dict);
    (void)sk_type_add_getsets(vm, t, cm_getsets);

    t = sk_type_init_builtin(vm, SK_T_SUPER, obj, sizeof(super_obj), SK_TF_BASETYPE);
    t->trace = super_trace;
    t->tp_new = super_new;
    t->getattr = super_getattro;
    t->descr_get = super_get;
    t->repr = super_repr;
    (void)sk_type_add_getsets(vm, t, super_getsets);
}
