/* structseq.c — struct sequence types (see structseq.h). The field names
 * are kept as a tuple of str in the type's `metadata`. Fields beyond the
 * visible ones (os.stat_result's st_atime…) are stored after the tuple's
 * items: the tuple's len counts only the visible ones, and the type's own
 * size_of and trace cover them all. */
#include "structseq.h"

#include <stddef.h>
#include <string.h>

#include "descr.h"
#include "dict.h"
#include "exc.h"
#include "gc.h"
#include "int.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"


static sk_type *structseq_base(sk_type *t) {
    while (t && !t->metadata) t = t->base;
    return t;
}

static sk_value structseq_repr(sk_vm *vm, sk_value self) {
    sk_type *t = structseq_base(sk_as_obj(self)->type);
    sk_value fields = t->metadata;
    size_t n = sk_tuple_len(fields);
    if (!sk_enter_recursion(vm, " while getting the repr of an object")) return SK_NULL;
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    /* the type's C name: "module.name", or just "name" for builtins */
    if (!sk_str_eq_cstr(t->module, "builtins")) {
        sk_buf_append(&b, sk_str_data(t->module), sk_str_size(t->module));
        sk_buf_putc(&b, '.');
    }
    sk_buf_append(&b, sk_str_data(t->name), sk_str_size(t->name));
    sk_buf_putc(&b, '(');
    for (size_t i = 0; i < n && i < sk_tuple_len(self); i++) {
        if (i) sk_buf_append(&b, ", ", 2);
        sk_value f = sk_tuple_get(fields, i);
        sk_buf_append(&b, sk_str_data(f), sk_str_size(f));
        sk_buf_putc(&b, '=');
        sk_value r = sk_repr(vm, sk_tuple_get(self, i));
        if (!r) {
            sk_buf_free(&b);
            vm->c_depth--;
            return SK_NULL;
        }
        sk_buf_append(&b, sk_str_data(r), sk_str_size(r));
    }
    sk_buf_putc(&b, ')');
    vm->c_depth--;
    return sk_str_from_buf(vm, &b);
}

static size_t total_fields(const sk_obj *o) {
    return sk_tuple_len(structseq_base(o->type)->metadata);
}

static size_t structseq_size_of(const sk_obj *o) {
    return offsetof(sk_tuple, items) + total_fields(o) * sizeof(sk_value);
}

static void structseq_trace(sk_vm *vm, sk_obj *o) {
    sk_gc_mark_array(vm, ((sk_tuple *)o)->items, total_fields(o));
}

/* n_sequence_fields of a struct sequence type */
static size_t visible_fields(sk_vm *vm, sk_type *base) {
    sk_value v = sk_dict_get_cstr(vm, base->dict, "n_sequence_fields");
    return v && sk_is_int(v) ? (size_t)sk_as_int(v) : sk_tuple_len(base->metadata);
}

/* A new instance with room for every field, `visible` of them in the
 * sequence; the hidden ones start as None. */
static sk_value alloc_instance(sk_vm *vm, sk_type *type, size_t total, size_t visible) {
    sk_value r = sk_tuple_new_typed(vm, type, total);
    if (!r) return SK_NULL;
    for (size_t i = visible; i < total; i++) sk_tuple_items(r)[i] = SK_NONE;
    sk_tuple_ptr(r)->len = visible;
    return r;
}

/* type(sequence): as many items as visible fields, or up to all fields. */
static sk_value structseq_tp_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = sk_as_type(cls);
    sk_type *base = structseq_base(t);
    if (nargs != 1 || kwnames)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "%V.%V() takes exactly one sequence argument", base->module, base->name);
    sk_value items = sk_tuple_from_iterable(vm, args[0]);
    if (!items) return SK_NULL;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, items);
    size_t n = sk_tuple_len(base->metadata), visible = visible_fields(vm, base), given = sk_tuple_len(items);
    if (given < visible || given > n) {
        sk_gc_roots_restore(vm, mark);
        if (visible == n)
            return sk_exc_fmt(vm, SK_EXC_TYPE, "%V.%V() takes a %zu-sequence (%zu-sequence given)", base->module,
                              base->name, n, given);
        if (given < visible)
            return sk_exc_fmt(vm, SK_EXC_TYPE, "%V.%V() takes an at least %zu-sequence (%zu-sequence given)",
                              base->module, base->name, visible, given);
        return sk_exc_fmt(vm, SK_EXC_TYPE, "%V.%V() takes an at most %zu-sequence (%zu-sequence given)",
                          base->module, base->name, n, given);
    }
    sk_value r = alloc_instance(vm, t, n, visible);
    if (r) memcpy(sk_tuple_items(r), sk_tuple_items(items), given * sizeof(sk_value));
    sk_gc_roots_restore(vm, mark);
    return r;
}

sk_type *sk_structseq_new_type(sk_vm *vm, const char *module, const char *name, const char *const *fields) {
    size_t n = 0;
    while (fields[n]) n++;
    return sk_structseq_new_type_n(vm, module, name, fields, n);
}

sk_type *sk_structseq_new_type_n(sk_vm *vm, const char *module, const char *name, const char *const *fields,
                                 size_t n_visible) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_type *t = sk_type_new_builtin(vm, name, module, SK_TYPE(vm, TUPLE), sizeof(sk_tuple), 0);
    sk_type *result = NULL;
    if (!t) goto done;
    sk_value tv = sk_from_obj(t);
    SK_ROOT(vm, tv);
    t->repr = structseq_repr;
    t->tp_new = structseq_tp_new;
    size_t n = 0;
    while (fields[n]) n++;
    sk_value names = sk_tuple_new(vm, n);
    if (!names) goto done;
    t->metadata = names;
    for (size_t i = 0; i < n; i++) {
        sk_value s = sk_str_intern_cstr(vm, fields[i]);
        if (!s) goto done;
        sk_tuple_items(names)[i] = s;
        sk_value d = sk_member_descr_new(vm, s, (uint32_t)(offsetof(sk_tuple, items) + i * sizeof(sk_value)),
                                         SK_MEMBER_READONLY, t, NULL);
        if (!d || !sk_dict_set(vm, t->dict, s, d)) goto done;
    }
    if (n_visible < n) {
        t->size_of = structseq_size_of;
        t->trace = structseq_trace;
    }
    if (!sk_type_set_attr_cstr(vm, t, "n_sequence_fields", sk_int_from_i64(vm, (int64_t)n_visible)) ||
        !sk_type_set_attr_cstr(vm, t, "n_fields", sk_int_from_i64(vm, (int64_t)n)) ||
        !sk_type_set_attr_cstr(vm, t, "n_unnamed_fields", sk_int_from_i64(vm, 0)) ||
        !sk_type_set_attr_cstr(vm, t, "_fields", names) || !sk_type_ready(vm, t))
        goto done;
    result = t;
done:
    sk_gc_roots_restore(vm, mark);
    return result;
}

sk_value sk_structseq_new(sk_vm *vm, sk_type *type, const sk_value *values) {
    sk_type *base = structseq_base(type);
    size_t n = sk_tuple_len(base->metadata);
    sk_value r = alloc_instance(vm, type, n, visible_fields(vm, base));
    if (r) memcpy(sk_tuple_items(r), values, n * sizeof(sk_value));
    return r;
}
