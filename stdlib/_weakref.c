/* _weakref.c — the _weakref module under weakref.py: the reference type
 * (vm/func.c's weakref, shown as weakref.ReferenceType), and the counts and
 * lists of the weak references to an object. Objects do not keep a list of
 * their weak references in skein, so those two walk the heap after a
 * collection (which clears references to objects that died and drops
 * reference objects nobody holds). Weak proxies are not implemented.
 */
#include "dict.h"
#include "exc.h"
#include "gc.h"
#include "list.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "type.h"

#define NATIVE(name) static sk_value name(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames)

static bool is_weakref(sk_vm *vm, sk_obj *o) {
    sk_type *wt = SK_TYPE(vm, WEAKREF);
    return o->type == wt || sk_type_is_subtype(o->type, wt);
}

/* Counts the live weak references to `target`, after a collection, and
 * lists them in `list` (which the caller made large enough) if given. */
static size_t count_refs(sk_vm *vm, sk_value target, sk_value list) {
    sk_gc_collect(vm);
    size_t n = 0;
    for (sk_obj *o = vm->objects; o; o = (sk_obj *)(o->gc & ~SK_GC_FLAGS)) {
        if (!is_weakref(vm, o) || ((sk_weakref *)o)->target != target) continue;
        n++;
        /* the list has room: appending allocates no object */
        if (list && sk_list_len(list) < sk_list_ptr(list)->cap) {
            sk_list *l = sk_list_ptr(list);
            l->items[l->len++] = sk_from_obj(o);
        }
    }
    return n;
}

NATIVE(w_getweakrefcount) { return sk_from_int((int64_t)count_refs(vm, args[0], SK_NULL)); }

NATIVE(w_getweakrefs) {
    SK_ROOT_SCOPE(vm);
    size_t n = count_refs(vm, args[0], SK_NULL);
    sk_value list = sk_list_new(vm, n);
    if (!list) return SK_NULL;
    SK_ROOT(vm, list);
    (void)count_refs(vm, args[0], list);
    /* newest first in the heap; CPython lists the oldest first */
    sk_value *items = sk_list_items(list);
    for (size_t i = 0, j = sk_list_len(list); i + 1 < j; i++, j--) {
        sk_value t = items[i];
        items[i] = items[j - 1];
        items[j - 1] = t;
    }
    return list;
}

NATIVE(w_proxy) { return sk_exc_msg(vm, SK_EXC_NOT_IMPLEMENTED, "weakref.proxy() is not supported by skein"); }

/* _remove_dead_weakref(dict, key): deletes dict[key] if it is a dead weak
 * reference (what WeakValueDictionary's callbacks use). */
NATIVE(w_remove_dead_weakref) {
    if (!sk_is_dict(vm, args[0])) return sk_exc_fmt(vm, SK_EXC_TYPE, "_remove_dead_weakref() argument 1 must be dict, not %T", args[0]);
    sk_value v = sk_dict_get(vm, args[0], args[1]);
    if (!v) {
        if (vm->exc) return SK_NULL;
        return SK_NONE;
    }
    if (sk_is_ptr(v) && is_weakref(vm, sk_as_obj(v)) && !((sk_weakref *)sk_as_obj(v))->target &&
        sk_dict_del(vm, args[0], args[1]) < 0)
        return SK_NULL;
    return SK_NONE;
}

static const sk_method_def weakref_functions[] = {
    {"getweakrefcount", w_getweakrefcount, 1, 1, 0, NULL},
    {"getweakrefs", w_getweakrefs, 1, 1, 0, NULL},
    {"proxy", w_proxy, 1, 2, 0, NULL},
    {"_remove_dead_weakref", w_remove_dead_weakref, 2, 2, 0, NULL},
    {NULL},
};

bool sk_weakref_module_init(sk_vm *vm, sk_value module) {
    sk_type *t = SK_TYPE(vm, WEAKREF);
    if (!t->module || sk_str_eq_cstr(t->module, "builtins")) {
        sk_value m = sk_str_intern_cstr(vm, "weakref");
        if (!m) return false;
        t->module = m;
    }
    return sk_module_add_functions(vm, module, weakref_functions) && sk_module_add(vm, module, "ref", sk_from_obj(t)) &&
           sk_module_add(vm, module, "ReferenceType", sk_from_obj(t));
}
