/* excgroup.c — BaseExceptionGroup and ExceptionGroup (PEP 654): the
 * constructor's rules, split/subgroup/derive, and the two operations
 * behind except*: matching a clause against the remaining group, and
 * merging what the clauses raised with what they left unhandled.
 */
#include <string.h>

#include "dict.h"
#include "exc.h"
#include "gc.h"
#include "list.h"
#include "set.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define EG(v) ((sk_exc_group *)sk_as_obj(v))

static bool is_group(sk_vm *vm, sk_value v) { return sk_is_ptr(v) && sk_exc_is(vm, v, SK_EXC_BASE_GROUP); }

/* ---- construction ------------------------------------------------------------------ */

static sk_value eg_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = sk_as_type(cls);
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0;
    /* the positional arguments are checked first, keywords once the type
     * (maybe ExceptionGroup rather than the one called) is known */
    if (nargs - nkw != 2)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)",
                          nargs - nkw);
    sk_value msg = args[0], seq = args[1];
    if (!sk_is_str(vm, msg))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "BaseExceptionGroup.__new__() argument 1 must be str, not %T", msg);
    sk_type *st = sk_typeof(vm, seq);
    if (!st->getitem || !st->len || sk_is_dict(vm, seq) || sk_is_anyset(vm, seq))
        return sk_exc_msg(vm, SK_EXC_TYPE, "second argument (exceptions) must be a sequence");
    sk_value excs = sk_tuple_from_iterable(vm, seq);
    if (!excs) return SK_NULL;
    SK_ROOT(vm, excs);
    size_t n = sk_tuple_len(excs);
    if (n == 0) return sk_exc_msg(vm, SK_EXC_VALUE, "second argument (exceptions) must be a non-empty sequence");
    bool all_exceptions = true;
    for (size_t i = 0; i < n; i++) {
        sk_value e = sk_tuple_get(excs, i);
        if (!sk_is_exception(vm, e))
            return sk_exc_fmt(vm, SK_EXC_VALUE, "Item %zu of second argument (exceptions) is not an exception", i);
        if (!sk_exc_is(vm, e, SK_EXC_EXCEPTION)) all_exceptions = false;
    }
    sk_type *base_group = SK_EXC_TYPE(vm, BASE_GROUP), *group = SK_EXC_TYPE(vm, GROUP);
    if (t == base_group) {
        if (all_exceptions) t = group;
    } else if (t == group) {
        if (!all_exceptions) return sk_exc_msg(vm, SK_EXC_TYPE, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (!all_exceptions && sk_type_is_subtype(t, SK_EXC_TYPE(vm, EXCEPTION))) {
        return sk_exc_fmt(vm, SK_EXC_TYPE, "Cannot nest BaseExceptions in '%s'", sk_type_name(t));
    }
    if (nkw) return sk_exc_fmt(vm, SK_EXC_TYPE, "%s() takes no keyword arguments", sk_type_name(t));
    sk_value self = sk_type_alloc_instance(vm, t);
    if (!self) return SK_NULL;
    SK_ROOT(vm, self);
    sk_value a = sk_tuple_from(vm, args, 2);
    if (!a) return SK_NULL;
    sk_exc_group *g = EG(self);
    g->base.args = a;
    g->message = msg;
    g->exceptions = excs;
    return self;
}

static int eg_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    /* BaseException.__init__ would replace args; __new__ already set them */
    return 0;
}

static sk_value eg_str(sk_vm *vm, sk_value self) {
    sk_exc_group *g = EG(self);
    size_t n = g->exceptions ? sk_tuple_len(g->exceptions) : 0;
    return sk_str_fmt(vm, "%S (%zu sub-exception%s)", g->message ? g->message : vm->empty_str, n, n == 1 ? "" : "s");
}

static sk_value g_message(sk_vm *vm, sk_value self) { return EG(self)->message ? EG(self)->message : SK_NONE; }
static sk_value g_exceptions(sk_vm *vm, sk_value self) {
    return EG(self)->exceptions ? EG(self)->exceptions : vm->empty_tuple;
}

/* ---- split / subgroup / derive ------------------------------------------------------- */

typedef enum { MATCH_TYPE, MATCH_PREDICATE, MATCH_IDS } matcher_kind;

typedef struct matcher {
    matcher_kind kind;
    sk_value value;      /* type / tuple, a callable, or a list of leaf objects */
} matcher;

static bool make_matcher(sk_vm *vm, sk_value cond, matcher *m) {
    m->value = cond;
    if (sk_is_exception_type(vm, cond)) {
        m->kind = MATCH_TYPE;
        return true;
    }
    if (sk_is_tuple(vm, cond)) {
        bool ok = true;
        for (size_t i = 0; i < sk_tuple_len(cond); i++)
            if (!sk_is_exception_type(vm, sk_tuple_get(cond, i))) ok = false;
        if (ok) {
            m->kind = MATCH_TYPE;
            return true;
        }
    } else if (sk_callable(vm, cond) && !sk_is_type(vm, cond)) {
        m->kind = MATCH_PREDICATE;
        return true;
    }
    sk_exc_msg(vm, SK_EXC_TYPE, "expected a function, exception type or tuple of exception types");
    return false;
}

/* 1, 0, -1 */
static int matches(sk_vm *vm, const matcher *m, sk_value e) {
    switch (m->kind) {
    case MATCH_TYPE: return sk_isinstance(vm, e, m->value);
    case MATCH_PREDICATE: {
        sk_value r = sk_call1(vm, m->value, e);
        if (!r) return -1;
        return sk_truth(vm, r);
    }
    default:
        for (size_t i = 0; i < sk_list_len(m->value); i++)
            if (sk_list_items(m->value)[i] == e) return 1;
        return 0;
    }
}

/* A new group from `self` with these exceptions: self.derive(excs), with
 * the traceback, cause, context and notes copied over. */
static sk_value derive_and_copy(sk_vm *vm, sk_value self, sk_value excs) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value g = sk_call_method(vm, self, SK_NAME(vm, derive), &excs, 1);
    if (!g) return SK_NULL;
    SK_ROOT(vm, g);
    if (!sk_is_exception(vm, g)) return sk_exc_fmt(vm, SK_EXC_TYPE, "derive must return an instance of BaseExceptionGroup");
    sk_exception *src = (sk_exception *)sk_as_obj(self), *dst = (sk_exception *)sk_as_obj(g);
    dst->traceback = src->traceback;
    dst->cause = src->cause;
    dst->context = src->context;
    /* setting the cause (even to None) suppresses the context, in CPython */
    dst->suppress_context = 1;
    sk_value notes = sk_getattr_opt(vm, self, SK_NAME(vm, __notes__));
    if (vm->exc) return SK_NULL;
    if (notes) {
        SK_ROOT_SCOPE(vm);
        SK_ROOT(vm, notes);
        sk_value copy = notes;
        if (sk_is_list(vm, notes) || sk_is_tuple(vm, notes)) {
            copy = sk_list_from_iterable(vm, notes);
            if (!copy) return SK_NULL;
        }
        SK_ROOT(vm, copy);
        if (sk_setattr(vm, g, SK_NAME(vm, __notes__), copy) < 0) return SK_NULL;
    }
    sk_gc_roots_restore(vm, mark);
    return g;
}

/* Splits self by m: *match and *rest (each a group or SK_NULL). */
static bool split_recursive(sk_vm *vm, sk_value self, const matcher *m, bool want_rest, sk_value *match,
                            sk_value *rest) {
    SK_ROOT_SCOPE(vm);
    *match = *rest = SK_NULL;
    int r = matches(vm, m, self);
    if (r < 0) return false;
    if (r) {
        *match = self;
        return true;
    }
    if (!is_group(vm, self)) {
        if (want_rest) *rest = self;
        return true;
    }
    if (!sk_enter_recursion(vm, " in split")) return false;
    size_t mark = sk_gc_roots_save(vm);
    sk_value mlist = sk_list_new(vm, 0);
    if (!mlist) goto fail;
    SK_ROOT(vm, mlist);
    sk_value rlist = sk_list_new(vm, 0);
    if (!rlist) goto fail;
    SK_ROOT(vm, rlist);
    sk_value excs = EG(self)->exceptions;
    for (size_t i = 0; i < sk_tuple_len(excs); i++) {
        SK_ROOT_SCOPE(vm);
        sk_value e = sk_tuple_get(excs, i), em = SK_NULL, er = SK_NULL;
        SK_ROOT(vm, em);
        SK_ROOT(vm, er);
        if (!split_recursive(vm, e, m, want_rest, &em, &er)) goto fail;
        if (em && !sk_list_append(vm, mlist, em)) goto fail;
        if (er && !sk_list_append(vm, rlist, er)) goto fail;
    }
    if (sk_list_len(mlist)) {
        *match = derive_and_copy(vm, self, mlist);
        if (!*match) goto fail;
    }
    SK_ROOT(vm, *match);
    if (want_rest && sk_list_len(rlist)) {
        *rest = derive_and_copy(vm, self, rlist);
        if (!*rest) goto fail;
    }
    sk_gc_roots_restore(vm, mark);
    sk_leave_recursion(vm);
    return true;
fail:
    sk_gc_roots_restore(vm, mark);
    sk_leave_recursion(vm);
    return false;
}

static bool one_argument(sk_vm *vm, const char *name, size_t nargs) {
    if (nargs == 2) return true;
    sk_exc_fmt(vm, SK_EXC_TYPE, "%s expected 1 argument, got %zu", name, nargs - 1);
    return false;
}

static sk_value m_split(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    SK_ROOT_SCOPE(vm);
    if (!one_argument(vm, "split", nargs)) return SK_NULL;
    matcher m;
    if (!make_matcher(vm, args[1], &m)) return SK_NULL;
    sk_value match = SK_NULL, rest = SK_NULL;
    SK_ROOT(vm, match);
    SK_ROOT(vm, rest);
    if (!split_recursive(vm, args[0], &m, true, &match, &rest)) return SK_NULL;
    return sk_tuple_pack2(vm, match ? match : SK_NONE, rest ? rest : SK_NONE);
}

static sk_value m_subgroup(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    SK_ROOT_SCOPE(vm);
    if (!one_argument(vm, "subgroup", nargs)) return SK_NULL;
    matcher m;
    if (!make_matcher(vm, args[1], &m)) return SK_NULL;
    sk_value match = SK_NULL, rest = SK_NULL;
    SK_ROOT(vm, match);
    if (!split_recursive(vm, args[0], &m, false, &match, &rest)) return SK_NULL;
    return match ? match : SK_NONE;
}

static sk_value m_derive(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    if (nargs != 2) return sk_exc_fmt(vm, SK_EXC_TYPE, "function takes exactly 1 argument (%zu given)", nargs - 1);
    sk_value a[2] = {EG(args[0])->message, args[1]};
    return sk_call(vm, sk_from_obj(SK_EXC_TYPE(vm, BASE_GROUP)), a, 2, SK_NULL);
}

static const sk_method_def eg_methods[] = {
    {"split", m_split, 1, -1, 0, NULL},
    {"subgroup", m_subgroup, 1, -1, 0, NULL},
    {"derive", m_derive, 1, -1, 0, NULL},
    {"__class_getitem__", sk_class_getitem, 2, 2, SK_METH_CLASS, NULL},
    {NULL},
};

/* message and exceptions are read-only members in CPython */
static int s_readonly(sk_vm *vm, sk_value self, sk_value v) {
    sk_exc_msg(vm, SK_EXC_ATTRIBUTE, "readonly attribute");
    return -1;
}

static const sk_getset_def eg_getsets[] = {
    {"message", g_message, s_readonly, "exception message"},
    {"exceptions", g_exceptions, s_readonly, "nested exceptions"},
    {NULL},
};

static void eg_trace(sk_vm *vm, sk_obj *o) {
    sk_exc_group *g = (sk_exc_group *)o;
    sk_gc_mark(vm, g->message);
    sk_gc_mark(vm, g->exceptions);
}

bool sk_excgroup_init_type(sk_vm *vm, sk_type *t) {
    t->tp_new = eg_new;
    t->tp_init = eg_init;
    t->str = eg_str;
    (void)eg_trace; /* the exception trace marks the subtype's fields */
    return sk_type_add_methods(vm, t, eg_methods) && sk_type_add_getsets(vm, t, eg_getsets);
}

/* ---- except* ------------------------------------------------------------------------------ */

int sk_excgroup_match(sk_vm *vm, sk_value *regs, sk_value match_type) {
    SK_ROOT_SCOPE(vm);
    sk_value exc = regs[0];
    /* the clause's types: classes only, and never exception groups */
    sk_value types[1] = {match_type};
    size_t nt = 1;
    const sk_value *tv = types;
    if (sk_is_tuple(vm, match_type)) {
        tv = sk_tuple_items(match_type);
        nt = sk_tuple_len(match_type);
    }
    for (size_t i = 0; i < nt; i++) {
        if (!sk_is_exception_type(vm, tv[i])) {
            sk_exc_msg(vm, SK_EXC_TYPE, "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
        if (sk_type_is_subtype(sk_as_type(tv[i]), SK_EXC_TYPE(vm, BASE_GROUP))) {
            sk_exc_msg(vm, SK_EXC_TYPE, "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return -1;
        }
    }
    regs[1] = SK_NONE;
    if (exc == SK_NONE || !exc) return 0;
    int r = sk_isinstance(vm, exc, match_type);
    if (r < 0) return -1;
    if (r) {
        SK_ROOT_SCOPE(vm);
        if (is_group(vm, exc)) {
            regs[1] = exc;
            regs[0] = SK_NONE;
            return 1;
        }
        /* a naked exception: wrapped in a group (of a tuple, as CPython
         * wraps it) to be handled */
        sk_value tuple = sk_tuple_from(vm, &exc, 1);
        if (!tuple) return -1;
        SK_ROOT(vm, tuple);
        sk_value a[2] = {vm->empty_str, tuple};
        sk_value g = sk_call(vm, sk_from_obj(SK_EXC_TYPE(vm, BASE_GROUP)), a, 2, SK_NULL);
        if (!g) return -1;
        /* the wrapper starts without a traceback, as in CPython */
        regs[1] = g;
        regs[0] = SK_NONE;
        return 1;
    }
    if (!is_group(vm, exc)) return 0;
    sk_value pair = sk_call_method(vm, exc, sk_str_intern_cstr(vm, "split"), &match_type, 1);
    if (!pair) return -1;
    if (!sk_is_tuple(vm, pair) || sk_tuple_len(pair) != 2) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s.split must return a 2-tuple, got %s", sk_type_name_of(vm, exc),
                   sk_type_name_of(vm, pair));
        return -1;
    }
    sk_value m = sk_tuple_get(pair, 0), rest = sk_tuple_get(pair, 1);
    if (m == SK_NONE) return 0;
    regs[1] = m;
    regs[0] = rest;
    return 1;
}

/* the leaves of e (exceptions that are not groups), by identity */
static bool collect_leaves(sk_vm *vm, sk_value e, sk_value list) {
    if (!is_group(vm, e)) return sk_list_append(vm, list, e);
    if (!sk_enter_recursion(vm, NULL)) return false;
    sk_value excs = EG(e)->exceptions;
    for (size_t i = 0; i < sk_tuple_len(excs); i++)
        if (!collect_leaves(vm, sk_tuple_get(excs, i), list)) {
            sk_leave_recursion(vm);
            return false;
        }
    sk_leave_recursion(vm);
    return true;
}

/* Was `a` split from `b` (or is it b)? Parts of a group share its
 * traceback, cause and context. (CPython compares a notes slot too, which
 * __notes__ never fills: notes do not count, and split copies them.) */
static bool same_metadata(sk_vm *vm, sk_value a, sk_value b) {
    sk_exception *x = (sk_exception *)sk_as_obj(a), *y = (sk_exception *)sk_as_obj(b);
    return x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

sk_value sk_excgroup_reraise(sk_vm *vm, sk_value orig, sk_value raised) {
    SK_ROOT_SCOPE(vm);
    size_t n = sk_list_len(raised);
    size_t real = 0;
    for (size_t i = 0; i < n; i++)
        if (sk_list_items(raised)[i] != SK_NONE) real++;
    if (real == 0) return SK_NULL;
    if (!is_group(vm, orig)) {
        /* a naked exception was caught: at most one clause ran */
        for (size_t i = 0; i < n; i++)
            if (sk_list_items(raised)[i] != SK_NONE) return sk_list_items(raised)[i];
        return SK_NULL;
    }
    size_t mark = sk_gc_roots_save(vm);
    sk_value new_list = sk_list_new(vm, 0);
    if (!new_list) return SK_NULL;
    SK_ROOT(vm, new_list);
    sk_value leaves = sk_list_new(vm, 0);
    if (!leaves) return SK_NULL;
    SK_ROOT(vm, leaves);
    for (size_t i = 0; i < n; i++) {
        sk_value e = sk_list_items(raised)[i];
        if (e == SK_NONE) continue;
        if (same_metadata(vm, e, orig)) {
            if (!collect_leaves(vm, e, leaves)) return SK_NULL;
        } else if (!sk_list_append(vm, new_list, e)) {
            return SK_NULL;
        }
    }
    /* what was re-raised keeps the original group's shape */
    sk_value reraised = SK_NULL, rest = SK_NULL;
    SK_ROOT(vm, reraised);
    if (sk_list_len(leaves)) {
        matcher m = {MATCH_IDS, leaves};
        if (!split_recursive(vm, orig, &m, false, &reraised, &rest)) return SK_NULL;
    }
    sk_value result;
    if (sk_list_len(new_list) == 0) {
        result = reraised;
    } else {
        if (reraised && !sk_list_append(vm, new_list, reraised)) return SK_NULL;
        if (sk_list_len(new_list) == 1) {
            /* one exception raised and nothing re-raised: itself */
            result = sk_list_items(new_list)[0];
        } else {
            /* BaseExceptionGroup makes an ExceptionGroup when it can */
            sk_value a[2] = {vm->empty_str, new_list};
            result = sk_call(vm, sk_from_obj(SK_EXC_TYPE(vm, BASE_GROUP)), a, 2, SK_NULL);
            if (!result) return SK_NULL;
        }
    }
    sk_gc_roots_restore(vm, mark);
    return result;
}
