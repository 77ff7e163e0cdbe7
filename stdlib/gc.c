/* gc.c — the gc module: the interface CPython gives its collector, over
 * skein's single mark-and-sweep collector (vm/gc.c). collect() runs a
 * collection, then the finalisers and weakref callbacks it queued, and
 * collects again so that what the finalisers let go of is freed too.
 * There are no generations: thresholds are kept for get_threshold() but
 * do not steer anything, and get_count() reports the objects allocated
 * since the last collection as generation 0.
 */
#include "dict.h"
#include "exc.h"
#include "floatobj.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define NATIVE(name) static sk_value name(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames)

/* How many rounds of collect-then-finalise gc.collect() runs at most: each
 * round frees what the previous round's finalisers released. */
#define MAX_ROUNDS 8

NATIVE(g_collect) {
    static const char *const names[] = {"generation"};
    sk_value a[1];
    if (!sk_native_parse(vm, "collect", args, nargs, kwnames, names, 1, 0, 1, 0, a)) return SK_NULL;
    if (a[0]) {
        int64_t gen;
        if (!sk_index_i64(vm, a[0], &gen, NULL)) return SK_NULL;
        if (gen < 0 || gen > 2) return sk_exc_msg(vm, SK_EXC_VALUE, "invalid generation");
    }
    size_t found = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
        found += sk_gc_collect_count(vm);
        if (!sk_gc_run_finalizers(vm)) break;
    }
    /* callbacks queued by the last round */
    sk_gc_run_finalizers(vm);
    return sk_int_from_u64(vm, found);
}

NATIVE(g_enable) {
    vm->gc_disabled = false;
    return SK_NONE;
}

NATIVE(g_disable) {
    vm->gc_disabled = true;
    return SK_NONE;
}

NATIVE(g_isenabled) { return sk_from_bool(!vm->gc_disabled); }

NATIVE(g_get_count) {
    SK_ROOT_SCOPE(vm);
    sk_value t = sk_tuple_new(vm, 3);
    if (!t) return SK_NULL;
    SK_ROOT(vm, t);
    sk_value n = sk_int_from_u64(vm, vm->gc_allocs);
    if (!n) return SK_NULL;
    sk_tuple_items(t)[0] = n;
    sk_tuple_items(t)[1] = sk_from_int(0);
    sk_tuple_items(t)[2] = sk_from_int(0);
    return t;
}

static sk_value thresholds(sk_vm *vm) {
    sk_value t = sk_native_state_get(vm, "gc.threshold");
    if (t) return t;
    t = sk_tuple_new(vm, 3);
    if (!t) return SK_NULL;
    /* CPython's defaults */
    sk_tuple_items(t)[0] = sk_from_int(700);
    sk_tuple_items(t)[1] = sk_from_int(10);
    sk_tuple_items(t)[2] = sk_from_int(10);
    return sk_native_state_set(vm, "gc.threshold", t) ? t : SK_NULL;
}

NATIVE(g_get_threshold) { return thresholds(vm); }

NATIVE(g_set_threshold) {
    SK_ROOT_SCOPE(vm);
    if (nargs < 1 || nargs > 3)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "set_threshold() takes at %s %d argument%s (%zu given)",
                          nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 3, nargs < 1 ? "" : "s", nargs);
    sk_value old = thresholds(vm);
    if (!old) return SK_NULL;
    SK_ROOT(vm, old);
    sk_value t = sk_tuple_new(vm, 3);
    if (!t) return SK_NULL;
    SK_ROOT(vm, t);
    for (size_t i = 0; i < 3; i++) {
        sk_value v = sk_tuple_get(old, i);
        if (i < nargs) {
            int64_t x;
            if (sk_is_float(vm, args[i]) || (sk_is_ptr(args[i]) && !sk_is_int_like(vm, args[i])))
                return sk_exc_fmt(vm, SK_EXC_TYPE, "'%s' object cannot be interpreted as an integer",
                                  sk_type_name_of(vm, args[i]));
            if (!sk_index_i64(vm, args[i], &x, "Python int too large to convert to C int")) return SK_NULL;
            v = sk_from_int(x);
        }
        sk_tuple_items(t)[i] = v;
    }
    if (!sk_native_state_set(vm, "gc.threshold", t)) return SK_NULL;
    return SK_NONE;
}

NATIVE(g_get_debug) {
    sk_value d = sk_native_state_get(vm, "gc.debug");
    return d ? d : sk_from_int(0);
}

NATIVE(g_set_debug) {
    int64_t flags;
    if (!sk_index_i64(vm, args[0], &flags, NULL)) return SK_NULL;
    if (!sk_native_state_set(vm, "gc.debug", sk_from_int(flags))) return SK_NULL;
    return SK_NONE;
}

/* Values that can never be part of a reference cycle, which CPython's
 * collector does not track. */
static bool atomic(sk_vm *vm, sk_value v) {
    if (!sk_is_ptr(v)) return true;
    sk_type *t = sk_as_obj(v)->type;
    return t == SK_TYPE(vm, INT) || t == SK_TYPE(vm, FLOAT) || t == SK_TYPE(vm, COMPLEX) ||
           t == SK_TYPE(vm, STR) || t == SK_TYPE(vm, BYTES) || t == SK_TYPE(vm, BYTEARRAY) ||
           t == SK_TYPE(vm, RANGE);
}

NATIVE(g_is_tracked) {
    sk_value v = args[0];
    if (atomic(vm, v)) return SK_FALSE;
    if (SK_IS(vm, v, DICT)) {
        /* CPython untracks dicts holding only atomic keys and values */
        size_t pos = 0;
        sk_value k, val;
        while (sk_dict_next(v, &pos, &k, &val))
            if (!atomic(vm, k) || !atomic(vm, val)) return SK_TRUE;
        return SK_FALSE;
    }
    if (SK_IS(vm, v, TUPLE) && sk_tuple_len(v) == 0) return SK_FALSE;
    return SK_TRUE;
}

NATIVE(g_is_finalized) {
    sk_value v = args[0];
    return sk_from_bool(sk_is_ptr(v) && (sk_as_obj(v)->gc & SK_GC_FINALIZED));
}

NATIVE(g_get_objects) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"generation"};
    sk_value a[1];
    if (!sk_native_parse(vm, "get_objects", args, nargs, kwnames, names, 1, 0, 1, 0, a)) return SK_NULL;
    if (a[0] && a[0] != SK_NONE) {
        int64_t gen;
        if (!sk_index_i64(vm, a[0], &gen, NULL)) return SK_NULL;
        if (gen >= 3) return sk_exc_fmt(vm, SK_EXC_VALUE, "generation parameter must be less than the number of available generations (3)");
        if (gen < 0) return sk_exc_msg(vm, SK_EXC_VALUE, "generation parameter cannot be negative");
    }
    /* counted first, so that filling the list allocates no objects that
     * would join the walk */
    size_t n = 0;
    for (sk_obj *o = vm->objects; o; o = (sk_obj *)(o->gc & ~SK_GC_FLAGS))
        if (!atomic(vm, sk_from_obj(o))) n++;
    sk_value list = sk_list_new(vm, n);
    if (!list) return SK_NULL;
    SK_ROOT(vm, list);
    for (sk_obj *o = vm->objects; o; o = (sk_obj *)(o->gc & ~SK_GC_FLAGS)) {
        sk_value v = sk_from_obj(o);
        if (v == list || atomic(vm, v)) continue;
        if (sk_list_len(list) == n) break;
        if (!sk_list_append(vm, list, v)) return SK_NULL;
    }
    return list;
}

NATIVE(g_get_referrers) {
    return sk_exc_msg(vm, SK_EXC_NOT_IMPLEMENTED, "gc.get_referrers() is not supported by skein's collector");
}

NATIVE(g_get_referents) {
    return sk_exc_msg(vm, SK_EXC_NOT_IMPLEMENTED, "gc.get_referents() is not supported by skein's collector");
}

NATIVE(g_get_stats) {
    SK_ROOT_SCOPE(vm);
    sk_value list = sk_list_new(vm, 3);
    if (!list) return SK_NULL;
    SK_ROOT(vm, list);
    for (int gen = 0; gen < 3; gen++) {
        sk_value d = sk_dict_new(vm);
        if (!d || !sk_list_append(vm, list, d)) return SK_NULL;
        bool last = gen == 2;
        if (!sk_dict_set_cstr(vm, d, "collections", sk_int_from_u64(vm, last ? vm->collections : 0)) ||
            !sk_dict_set_cstr(vm, d, "collected", sk_int_from_u64(vm, last ? vm->gc_collected : 0)) ||
            !sk_dict_set_cstr(vm, d, "uncollectable", sk_from_int(0)))
            return SK_NULL;
    }
    return list;
}

NATIVE(g_freeze) { return SK_NONE; }
NATIVE(g_unfreeze) { return SK_NONE; }
NATIVE(g_get_freeze_count) { return sk_from_int(0); }

static const sk_method_def gc_functions[] = {
    {"collect", g_collect, 0, -1, SK_METH_KEYWORDS, NULL},
    {"enable", g_enable, 0, 0, 0, NULL},
    {"disable", g_disable, 0, 0, 0, NULL},
    {"isenabled", g_isenabled, 0, 0, 0, NULL},
    {"get_count", g_get_count, 0, 0, 0, NULL},
    {"get_threshold", g_get_threshold, 0, 0, 0, NULL},
    {"set_threshold", g_set_threshold, 0, -1, 0, NULL},
    {"get_debug", g_get_debug, 0, 0, 0, NULL},
    {"set_debug", g_set_debug, 1, 1, 0, NULL},
    {"is_tracked", g_is_tracked, 1, 1, 0, NULL},
    {"is_finalized", g_is_finalized, 1, 1, 0, NULL},
    {"get_objects", g_get_objects, 0, -1, SK_METH_KEYWORDS, NULL},
    {"get_referrers", g_get_referrers, 0, -1, 0, NULL},
    {"get_referents", g_get_referents, 0, -1, 0, NULL},
    {"get_stats", g_get_stats, 0, 0, 0, NULL},
    {"freeze", g_freeze, 0, 0, 0, NULL},
    {"unfreeze", g_unfreeze, 0, 0, 0, NULL},
    {"get_freeze_count", g_get_freeze_count, 0, 0, 0, NULL},
    {NULL},
};

bool sk_gc_module_init(sk_vm *vm, sk_value module) {
    SK_ROOT_SCOPE(vm);
    sk_value garbage = sk_list_new(vm, 0);
    if (!garbage) return false;
    SK_ROOT(vm, garbage);
    sk_value callbacks = sk_list_new(vm, 0);
    if (!callbacks) return false;
    SK_ROOT(vm, callbacks);
    return sk_module_add_functions(vm, module, gc_functions) && sk_module_add(vm, module, "garbage", garbage) &&
           sk_module_add(vm, module, "callbacks", callbacks) && sk_module_add_int(vm, module, "DEBUG_STATS", 1) &&
           sk_module_add_int(vm, module, "DEBUG_COLLECTABLE", 2) &&
           sk_module_add_int(vm, module, "DEBUG_UNCOLLECTABLE", 4) &&
           sk_module_add_int(vm, module, "DEBUG_SAVEALL", 32) && sk_module_add_int(vm, module, "DEBUG_LEAK", 38);
}
