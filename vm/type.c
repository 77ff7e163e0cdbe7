/* type.c — type objects: built-in type setup, the MRO, attribute lookup
 * (with the version-tagged cache), generic getattr/setattr, class creation
 * and the methods of `type` and `object`.
 */
#include "type.h"

#include <stdio.h>
#include <string.h>

#include "descr.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "import.h"
#include "interp.h"
#include "list.h"
#include "ops.h"
#include "slots.h"
#include "str.h"
#include "tuple.h"

/* ---- tracing ----------------------------------------------------------- */

static void type_trace(sk_vm *vm, sk_obj *o) {
    sk_type *t = (sk_type *)o;
    sk_gc_mark(vm, t->name);
    sk_gc_mark(vm, t->qualname);
    sk_gc_mark(vm, t->module);
    sk_gc_mark(vm, t->tp_name);
    if (t->base) sk_gc_mark_obj(vm, &t->base->hdr);
    sk_gc_mark(vm, t->bases);
    sk_gc_mark(vm, t->mro);
    sk_gc_mark(vm, t->dict);
    sk_gc_mark(vm, t->subclasses);
    sk_gc_mark(vm, t->metadata);
}

/* The nearest built-in ancestor: its layout is the prefix of ours. */
static sk_type *builtin_base(sk_type *t) {
    while (t->flags & SK_TF_HEAP) t = t->base;
    return t;
}

/* Instances of classes: the built-in part, then the __dict__ slot and the
 * __slots__ values, all plain sk_values. */
static void heap_instance_trace(sk_vm *vm, sk_obj *o) {
    sk_type *t = o->type;
    sk_type *b = builtin_base(t);
    if (b->trace) b->trace(vm, o);
    if (!b->size_of) {
        sk_gc_mark_array(vm, (sk_value *)((char *)o + b->size), (t->size - b->size) / sizeof(sk_value));
    } else {
        sk_value *d = sk_instance_dict_slot(vm, sk_from_obj(o));
        if (d) sk_gc_mark(vm, *d);
    }
}

/* ---- building ---------------------------------------------------------- */

static sk_value type_alloc_raw(sk_vm *vm, sk_type *meta) {
    sk_type *t = (sk_type *)sk_gc_new(vm, meta, meta->size ? meta->size : sizeof(sk_type));
    return t ? sk_from_obj(t) : SK_NULL;
}

sk_type *sk_type_init_builtin(sk_vm *vm, sk_type_id id, sk_type *base, size_t size, uint32_t flags) {
    sk_type *t = vm->types[id];
    t->base = base;
    t->size = (uint32_t)size;
    t->flags |= flags | SK_TF_IMMUTABLE;
    return t;
}

sk_type *sk_type_new_builtin(sk_vm *vm, const char *name, const char *module, sk_type *base, size_t size,
                             uint32_t flags) {
    SK_ROOT_SCOPE(vm);
    sk_value v = type_alloc_raw(vm, SK_TYPE(vm, TYPE));
    if (!v) return NULL;
    SK_ROOT(vm, v);
    sk_type *t = sk_as_type(v);
    t->c_name = name;
    t->base = base;
    t->size = (uint32_t)size;
    t->flags = flags | SK_TF_IMMUTABLE;
    if (!(t->name = sk_str_intern_cstr(vm, name))) return NULL;
    t->qualname = t->name;
    if (!(t->module = sk_str_intern_cstr(vm, module))) return NULL;
    if (strcmp(module, "builtins") != 0 && !(t->tp_name = sk_str_fmt(vm, "%s.%s", module, name))) return NULL;
    if (!(t->dict = sk_dict_new(vm))) return NULL;
    return t;
}

static bool set_attr(sk_vm *vm, sk_type *t, sk_value name, sk_value v) {
    SK_ROOT_SCOPE(vm);
    if (!t->dict) {
        size_t mark = sk_gc_roots_save(vm);
        SK_ROOT(vm, name);
        SK_ROOT(vm, v);
        t->dict = sk_dict_new(vm);
        sk_gc_roots_restore(vm, mark);
        if (!t->dict) return false;
    }
    return sk_dict_set(vm, t->dict, name, v);
}

bool sk_type_set_attr_cstr(sk_vm *vm, sk_type *t, const char *name, sk_value value) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, value);
    sk_value k = sk_str_intern_cstr(vm, name);
    bool ok = k && set_attr(vm, t, k, value);
    sk_gc_roots_restore(vm, mark);
    return ok;
}

/* ---- tables added during bootstrap ---------------------------------------
 * Adding a table creates descriptor objects, whose types may not have their
 * layout yet while the built-in types are being set up one module at a
 * time. So during bootstrap the tables are only recorded, and
 * sk_type_apply_boot_tables adds them all once every layout is set. */

enum { BOOT_METHODS, BOOT_GETSETS, BOOT_MEMBERS };
#define MAX_BOOT_TABLES 256

struct sk_boot_table {
    sk_type *type;
    int kind;
    const void *defs;
};

bool sk_type_begin_boot(sk_vm *vm) {
    vm->boot_tables = sk_mem_alloc(vm, MAX_BOOT_TABLES * sizeof(struct sk_boot_table));
    vm->nboot_tables = 0;
    return vm->boot_tables != NULL;
}

static bool defer(sk_vm *vm, sk_type *t, int kind, const void *defs) {
    if (vm->nboot_tables == MAX_BOOT_TABLES) {
        sk_exc_msg(vm, SK_EXC_SYSTEM, "too many built-in tables: raise MAX_BOOT_TABLES");
        return false;
    }
    vm->boot_tables[vm->nboot_tables++] = (struct sk_boot_table){t, kind, defs};
    return true;
}

void sk_type_drop_boot_tables(sk_vm *vm) {
    if (vm->boot_tables) sk_mem_free(vm, vm->boot_tables, MAX_BOOT_TABLES * sizeof(struct sk_boot_table));
    vm->boot_tables = NULL;
    vm->nboot_tables = 0;
}

bool sk_type_apply_boot_tables(sk_vm *vm) {
    struct sk_boot_table *tables = vm->boot_tables;
    size_t n = vm->nboot_tables;
    vm->boot_tables = NULL;
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++) {
        struct sk_boot_table *bt = &tables[i];
        if (bt->kind == BOOT_METHODS) ok = sk_type_add_methods(vm, bt->type, bt->defs);
        else if (bt->kind == BOOT_GETSETS) ok = sk_type_add_getsets(vm, bt->type, bt->defs);
        else ok = sk_type_add_members(vm, bt->type, bt->defs);
    }
    vm->boot_tables = tables;
    sk_type_drop_boot_tables(vm);
    return ok;
}

bool sk_type_add_methods(sk_vm *vm, sk_type *t, const sk_method_def *defs) {
    if (vm->boot_tables) return defer(vm, t, BOOT_METHODS, defs);
    /* a type being made may be reachable from nowhere else yet */
    SK_ROOT_SCOPE(vm);
    sk_value self = sk_from_obj(t);
    SK_ROOT(vm, self);
    for (const sk_method_def *d = defs; d->name; d++) {
        sk_value m;
        if (d->flags & SK_METH_STATIC) {
            m = sk_builtin_new(vm, d, SK_NULL, SK_NULL);
            if (m) m = sk_staticmethod_new(vm, m);
        } else {
            m = sk_method_descr_new(vm, d, t);
        }
        if (!m || !sk_type_set_attr_cstr(vm, t, d->name, m)) return false;
    }
    return true;
}

bool sk_type_add_getsets(sk_vm *vm, sk_type *t, const sk_getset_def *defs) {
    if (vm->boot_tables) return defer(vm, t, BOOT_GETSETS, defs);
    /* a type being made may be reachable from nowhere else yet */
    SK_ROOT_SCOPE(vm);
    sk_value self = sk_from_obj(t);
    SK_ROOT(vm, self);
    for (const sk_getset_def *d = defs; d->name; d++) {
        sk_value g = sk_getset_descr_new(vm, d, t);
        if (!g || !sk_type_set_attr_cstr(vm, t, d->name, g)) return false;
    }
    return true;
}

bool sk_type_add_members(sk_vm *vm, sk_type *t, const sk_member_def *defs) {
    if (vm->boot_tables) return defer(vm, t, BOOT_MEMBERS, defs);
    /* a type being made may be reachable from nowhere else yet */
    SK_ROOT_SCOPE(vm);
    sk_value self = sk_from_obj(t);
    SK_ROOT(vm, self);
    for (const sk_member_def *d = defs; d->name; d++) {
        sk_value name = sk_str_intern_cstr(vm, d->name);
        if (!name) return false;
        sk_value m = sk_member_descr_new(vm, name, d->offset, d->kind, t, d->doc);
        if (!m || !set_attr(vm, t, name, m)) return false;
    }
    return true;
}

/* ---- the MRO ----------------------------------------------------------- */

/* C3 linearisation of t's bases; SK_NULL with TypeError when none exists. */
static sk_value compute_mro(sk_vm *vm, sk_type *t) {
    SK_ROOT_SCOPE(vm);
    sk_value bases = t->bases;
    size_t nb = sk_tuple_len(bases);
    if (nb == 0) return sk_tuple_from(vm, (sk_value[]){sk_from_obj(t)}, 1);
    for (size_t i = 0; i < nb; i++)
        for (size_t j = i + 1; j < nb; j++)
            if (sk_tuple_get(bases, i) == sk_tuple_get(bases, j))
                return sk_exc_fmt(vm, SK_EXC_TYPE, "duplicate base class %V", sk_as_type(sk_tuple_get(bases, i))->name);
    /* sequences to merge: each base's MRO, then the bases list itself */
    size_t nseq = nb + 1;
    size_t mark = sk_gc_roots_save(vm);
    sk_value result = sk_list_new(vm, 8);
    if (!result) return SK_NULL;
    SK_ROOT(vm, result);
    if (!sk_list_append(vm, result, sk_from_obj(t))) return SK_NULL;
    size_t *heads = sk_mem_alloc(vm, nseq * sizeof(size_t));
    if (!heads) return SK_NULL;
    memset(heads, 0, nseq * sizeof(size_t));
#define SEQ(i) ((i) < nb ? sk_as_type(sk_tuple_get(bases, i))->mro : bases)
    for (;;) {
        bool any = false;
        sk_value pick = SK_NULL;
        for (size_t i = 0; i < nseq && !pick; i++) {
            sk_value s = SEQ(i);
            if (heads[i] >= sk_tuple_len(s)) continue;
            any = true;
            sk_value cand = sk_tuple_get(s, heads[i]);
            bool in_tail = false;
            for (size_t j = 0; j < nseq && !in_tail; j++) {
                sk_value s2 = SEQ(j);
                for (size_t k = heads[j] + 1; k < sk_tuple_len(s2); k++)
                    if (sk_tuple_get(s2, k) == cand) { in_tail = true; break; }
            }
            if (!in_tail) pick = cand;
        }
        if (!any) break;
        if (!pick) {
            sk_buf b;
            sk_buf_init_vm(vm, &b);
            sk_buf_puts(&b, "Cannot create a consistent method resolution\norder (MRO) for bases ");
            bool first = true;
            for (size_t i = 0; i < nb; i++) {
                sk_value s = SEQ(i);
                if (heads[i] >= sk_tuple_len(s)) continue;
                sk_type *bt = sk_as_type(sk_tuple_get(s, heads[i]));
                bool dup = false;
                for (size_t j = 0; j < i; j++) {
                    sk_value s2 = SEQ(j);
                    if (heads[j] < sk_tuple_len(s2) && sk_tuple_get(s2, heads[j]) == sk_from_obj(bt)) dup = true;
                }
                if (dup) continue;
                if (!first) sk_buf_puts(&b, ", ");
                first = false;
                sk_buf_puts(&b, sk_type_name(bt));
            }
            sk_mem_free(vm, heads, nseq * sizeof(size_t));
            sk_value msg = sk_str_from_buf(vm, &b);
            if (!msg) return SK_NULL;
            sk_gc_roots_restore(vm, mark);
            return sk_exc_raise_type(vm, SK_EXC_TYPE(vm, TYPE), &msg, 1);
        }
        if (!sk_list_append(vm, result, pick)) {
            sk_mem_free(vm, heads, nseq * sizeof(size_t));
            return SK_NULL;
        }
        for (size_t i = 0; i < nseq; i++) {
            sk_value s = SEQ(i);
            if (heads[i] < sk_tuple_len(s) && sk_tuple_get(s, heads[i]) == pick) heads[i]++;
        }
    }
#undef SEQ
    sk_mem_free(vm, heads, nseq * sizeof(size_t));
    sk_value mro = sk_tuple_from(vm, sk_list_items(result), sk_list_len(result));
    sk_gc_roots_restore(vm, mark);
    return mro;
}

bool sk_type_is_subtype(sk_type *a, sk_type *b) {
    if (a == b) return true;
    if (a->mro) {
        sk_value mro = a->mro;
        size_t n = sk_tuple_len(mro);
        for (size_t i = 0; i < n; i++)
            if (sk_tuple_get(mro, i) == sk_from_obj(b)) return true;
        return false;
    }
    for (sk_type *t = a->base; t; t = t->base)
        if (t == b) return true;
    return false;
}

/* ---- lookup with the attribute cache ----------------------------------- */

static inline size_t cache_slot(uint32_t version, sk_value name) {
    uint64_t h = ((uint64_t)version * 0x9E3779B97F4A7C15ULL) ^ (name >> 3);
    return (size_t)(h ^ (h >> 29)) & (SK_ATTR_CACHE_SIZE - 1);
}

static sk_value lookup_uncached(sk_vm *vm, sk_type *t, sk_value name) {
    sk_value mro = t->mro;
    if (!mro) {
        for (sk_type *b = t; b; b = b->base) {
            if (!b->dict) continue;
            sk_value v = sk_dict_get_str(vm, b->dict, name);
            if (v) return v;
        }
        return SK_NULL;
    }
    size_t n = sk_tuple_len(mro);
    for (size_t i = 0; i < n; i++) {
        sk_type *b = sk_as_type(sk_tuple_get(mro, i));
        if (!b->dict) continue;
        sk_value v = sk_dict_get_str(vm, b->dict, name);
        if (v) return v;
    }
    return SK_NULL;
}

sk_value sk_type_lookup(sk_vm *vm, sk_type *t, sk_value name) {
    if (!sk_str_ptr(name)->interned) {
        sk_value i = sk_str_intern_value(vm, name);
        if (!i) {
            sk_exc_take(vm);
            return lookup_uncached(vm, t, name);
        }
        name = i;
    }
    if (t->version && vm->attr_cache) {
        sk_attr_cache_entry *e = &vm->attr_cache[cache_slot(t->version, name)];
        if (e->version == t->version && e->name == name) return e->value;
        sk_value v = lookup_uncached(vm, t, name);
        e->version = t->version;
        e->name = name;
        e->value = v;
        return v;
    }
    return lookup_uncached(vm, t, name);
}

sk_value sk_type_lookup_cstr(sk_vm *vm, sk_type *t, const char *name) {
    sk_value n = sk_str_intern_cstr(vm, name);
    if (!n) {
        sk_exc_take(vm);
        return SK_NULL;
    }
    return sk_type_lookup(vm, t, n);
}

/* A fresh version tag. Tags are never reused while the attribute cache may
 * hold them: an entry can only match a live type whose namespace has not
 * changed since, so the values it points at are alive. When the counter
 * wraps, the cache is emptied. */
static void assign_version(sk_vm *vm, sk_type *t) {
    t->version = ++vm->next_type_version;
    if (vm->next_type_version == UINT32_MAX) {
        vm->next_type_version = 1;
        sk_vm_clear_caches(vm);
    }
}

/* New version tags for t and every subclass (their lookups may have gone
 * through t). */
static void invalidate(sk_vm *vm, sk_type *t, int depth) {
    assign_version(vm, t);
    if (!t->subclasses || depth > 1000) return;
    for (size_t i = 0; i < sk_list_len(t->subclasses); i++) {
        sk_weakref *r = (sk_weakref *)sk_as_obj(sk_list_items(t->subclasses)[i]);
        if (r->target) invalidate(vm, sk_as_type(r->target), depth + 1);
    }
}

static void fixup_tree(sk_vm *vm, sk_type *t, sk_value name, int depth) {
    if (t->flags & SK_TF_HEAP) sk_slots_fixup(vm, t, name);
    if (!t->subclasses || depth > 1000) return;
    for (size_t i = 0; i < sk_list_len(t->subclasses); i++) {
        sk_weakref *r = (sk_weakref *)sk_as_obj(sk_list_items(t->subclasses)[i]);
        if (r->target) fixup_tree(vm, sk_as_type(r->target), name, depth + 1);
    }
}

bool sk_type_modified(sk_vm *vm, sk_type *t, sk_value name) {
    invalidate(vm, t, 0);
    if (name && sk_str_eq(name, SK_NAME(vm, __del__))) sk_gc_note_finalizer_change(vm);
    if (name && sk_slots_is_slot_name(name)) fixup_tree(vm, t, name, 0);
    return true;
}

const char *sk_type_name(sk_type *t) {
    if (t->tp_name) return sk_str_data(t->tp_name);
    if (t->name) return sk_str_data(t->name);
    return t->c_name ? t->c_name : "?";
}

const char *sk_type_name_of(sk_vm *vm, sk_value v) { return sk_type_name(sk_typeof(vm, v)); }

sk_value sk_type_full_name(sk_vm *vm, sk_type *t) {
    if (t->module && !sk_str_eq_cstr(t->module, "builtins") && sk_is_str(vm, t->module))
        return sk_str_fmt(vm, "%V.%V", t->module, t->qualname ? t->qualname : t->name);
    return t->qualname ? t->qualname : t->name;
}

/* ---- ready ------------------------------------------------------------- */

/* Copies every slot t leaves empty from `b` (t's base, or a later MRO
 * entry). */
static void inherit_slots(sk_type *t, const sk_type *b) {
#define INHERIT(f) if (!t->f) t->f = b->f
    INHERIT(size_of); INHERIT(trace); INHERIT(finalize);
    INHERIT(needs_finalizer); INHERIT(py_finalize);
    INHERIT(tp_new); INHERIT(tp_init);
    INHERIT(repr); INHERIT(str); INHERIT(getattr); INHERIT(setattr);
    INHERIT(descr_get); INHERIT(descr_set); INHERIT(call); INHERIT(truth);
    INHERIT(iter); INHERIT(next); INHERIT(len); INHERIT(getitem); INHERIT(setitem);
    INHERIT(contains); INHERIT(neg); INHERIT(pos); INHERIT(abs); INHERIT(invert);
    INHERIT(index); INHERIT(to_int); INHERIT(to_float);
    INHERIT(await); INHERIT(await_step); INHERIT(aiter); INHERIT(anext);
    /* hash and comparison go together: a type that defines one keeps its
     * own idea of the other (CPython's rule) */
    if (!t->hash && !t->richcmp) {
        t->hash = b->hash;
        t->richcmp = b->richcmp;
    }
    for (int i = 0; i < SK_NB_COUNT; i++) {
        INHERIT(nb[i]);
        INHERIT(nb_inplace[i]);
    }
#undef INHERIT
    t->flags |= b->flags & SK_TF_SUBCLASS_FLAGS;
}

static bool add_subclass(sk_vm *vm, sk_type *base, sk_type *sub) {
    if (!base->subclasses) {
        base->subclasses = sk_list_new(vm, 2);
        if (!base->subclasses) return false;
    }
    sk_value ref = sk_weakref_new(vm, sk_from_obj(sub), SK_NULL);
    return ref && sk_list_append(vm, base->subclasses, ref);
}

bool sk_type_ready(sk_vm *vm, sk_type *t) {
    SK_ROOT_SCOPE(vm);
    if (t->flags & SK_TF_READY) return true;
    size_t mark = sk_gc_roots_save(vm);
    sk_value tv = sk_from_obj(t);
    SK_ROOT(vm, tv);
    bool ok = false;
    if (!t->name) {
        if (!(t->name = sk_str_intern_cstr(vm, t->c_name))) goto done;
    }
    if (!t->qualname) t->qualname = t->name;
    if (!t->module && !(t->module = SK_NAME(vm, builtins))) goto done;
    if (!t->dict && !(t->dict = sk_dict_new(vm))) goto done;
    if (!t->bases) {
        t->bases = t->base ? sk_tuple_from(vm, (sk_value[]){sk_from_obj(t->base)}, 1) : vm->empty_tuple;
        if (!t->bases) goto done;
    }
    for (size_t i = 0; i < sk_tuple_len(t->bases); i++) {
        sk_type *b = sk_as_type(sk_tuple_get(t->bases, i));
        if (!(b->flags & SK_TF_READY) && !sk_type_ready(vm, b)) goto done;
    }
    if (!t->mro && !(t->mro = compute_mro(vm, t))) goto done;
    if (!(t->flags & SK_TF_HEAP)) {
        /* wrappers first, for the slots this type itself defines */
        if (!sk_slots_add_wrappers(vm, t)) goto done;
        for (size_t i = 1; i < sk_tuple_len(t->mro); i++)
            inherit_slots(t, sk_as_type(sk_tuple_get(t->mro, i)));
        if (!sk_dict_get_str(vm, t->dict, SK_NAME(vm, __doc__)) &&
            !set_attr(vm, t, SK_NAME(vm, __doc__), SK_NONE))
            goto done;
    }
    for (size_t i = 0; i < sk_tuple_len(t->bases); i++)
        if (!add_subclass(vm, sk_as_type(sk_tuple_get(t->bases, i)), t)) goto done;
    assign_version(vm, t);
    t->flags |= SK_TF_READY;
    ok = true;
done:
    sk_gc_roots_restore(vm, mark);
    return ok;
}

/* ---- instances --------------------------------------------------------- */

sk_value *sk_instance_dict_slot(sk_vm *vm, sk_value obj) {
    if (!sk_is_ptr(obj)) return NULL;
    sk_obj *o = sk_as_obj(obj);
    int32_t off = o->type->dict_offset;
    if (off == 0) return NULL;
    if (off > 0) return (sk_value *)((char *)o + off);
    size_t total = o->type->size_of ? o->type->size_of(o) : o->type->size;
    return (sk_value *)((char *)o + total + off);
}

sk_value sk_instance_dict(sk_vm *vm, sk_value obj) {
    SK_ROOT_SCOPE(vm);
    sk_value *slot = sk_instance_dict_slot(vm, obj);
    if (!slot) return SK_NULL;
    if (!*slot) {
        SK_ROOT(vm, obj);
        sk_value d = sk_dict_new(vm);
        if (!d) return SK_NULL;
        slot = sk_instance_dict_slot(vm, obj);
        *slot = d;
    }
    return *slot;
}

sk_value sk_type_alloc_instance(sk_vm *vm, sk_type *t) {
    if (t->size_of) {
        /* variable-sized layouts are created by their own constructors */
        return sk_exc_fmt(vm, SK_EXC_TYPE, "object.__new__(%s) is not safe, use %s.__new__()",
                          sk_type_name(t), sk_type_name(builtin_base(t)));
    }
    sk_obj *o = sk_gc_new(vm, t, t->size);
    return o ? sk_from_obj(o) : SK_NULL;
}

/* ---- generic attribute access ----------------------------------------- */

static inline bool is_data_descr(sk_vm *vm, sk_value d) {
    return sk_is_ptr(d) && sk_as_obj(d)->type->descr_set != NULL;
}

/* object.__getattribute__: data descriptors on the type, then the
 * instance dict, then other descriptors and plain class attributes. */
static sk_value generic_getattr(sk_vm *vm, sk_value obj, sk_value name, bool raise) {
    sk_type *t = sk_typeof(vm, obj);
    sk_value d = sk_type_lookup(vm, t, name);
    if (d && is_data_descr(vm, d)) {
        sk_type *dt = sk_as_obj(d)->type;
        if (dt->descr_get) return dt->descr_get(vm, d, obj, sk_from_obj(t));
    }
    sk_value *slot = sk_instance_dict_slot(vm, obj);
    if (slot && *slot) {
        sk_value v = sk_dict_get_str(vm, *slot, name);
        if (v) return v;
    }
    if (d) {
        sk_type *dt = sk_typeof(vm, d);
        if (dt->descr_get) return dt->descr_get(vm, d, obj, sk_from_obj(t));
        return d;
    }
    if (!raise) return SK_NULL;
    return sk_exc_attribute_error(vm, obj, name);
}

sk_value sk_generic_getattr(sk_vm *vm, sk_value obj, sk_value name) {
    return generic_getattr(vm, obj, name, true);
}

sk_value sk_generic_getattr_opt(sk_vm *vm, sk_value obj, sk_value name) {
    return generic_getattr(vm, obj, name, false);
}

int sk_generic_setattr(sk_vm *vm, sk_value obj, sk_value name, sk_value v) {
    sk_type *t = sk_typeof(vm, obj);
    sk_value d = sk_type_lookup(vm, t, name);
    if (d && is_data_descr(vm, d)) return sk_as_obj(d)->type->descr_set(vm, d, obj, v);
    sk_value *slot = sk_instance_dict_slot(vm, obj);
    if (!slot) {
        /* no instance dict: setting or deleting fails, differently for a
         * name the class has (a method, say) and one it has not */
        if (!d) {
            sk_exc_attribute_error(vm, obj, name);
            return -1;
        }
        sk_exc_fmt(vm, SK_EXC_ATTRIBUTE, "'%s' object attribute '%V' is read-only", sk_type_name(t), name);
        return -1;
    }
    if (!v) {
        if (!*slot || sk_dict_del(vm, *slot, name) == 0) {
            sk_exc_attribute_error(vm, obj, name);
            return -1;
        }
        return vm->exc ? -1 : 0;
    }
    sk_value dict = sk_instance_dict(vm, obj);
    if (!dict) return -1;
    return sk_dict_set(vm, dict, name, v) ? 0 : -1;
}

/* ---- class creation ---------------------------------------------------- */

static const sk_getset_def dict_getset[2];

/* The base whose instance layout the new class extends: the most derived
 * "solid" base. Layouts that cannot be combined are an error. */
static sk_type *solid_base(sk_type *t) {
    sk_type *b = t->base ? solid_base(t->base) : t;
    if (!t->base) return t;
    bool adds_fields = (t->flags & SK_TF_HEAP) ? t->nslots > 0 : t->size != t->base->size || t->size_of != t->base->size_of;
    return adds_fields ? t : b;
}

static sk_type *best_base(sk_vm *vm, sk_value bases) {
    sk_type *winner = NULL, *base = NULL;
    for (size_t i = 0; i < sk_tuple_len(bases); i++) {
        sk_value bv = sk_tuple_get(bases, i);
        if (!sk_is_type(vm, bv)) {
            sk_exc_msg(vm, SK_EXC_TYPE, "bases must be types");
            return NULL;
        }
        sk_type *b = sk_as_type(bv);
        if (!(b->flags & SK_TF_BASETYPE)) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "type '%s' is not an acceptable base type", sk_type_name(b));
            return NULL;
        }
        sk_type *candidate = solid_base(b);
        if (!winner) {
            winner = candidate;
            base = b;
        } else if (sk_type_is_subtype(winner, candidate)) {
            /* keep */
        } else if (sk_type_is_subtype(candidate, winner)) {
            winner = candidate;
            base = b;
        } else {
            sk_exc_msg(vm, SK_EXC_TYPE, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

/* The metaclass to use: the most derived of `meta` and the bases' types. */
static sk_type *calculate_meta(sk_vm *vm, sk_type *meta, sk_value bases) {
    sk_type *winner = meta;
    for (size_t i = 0; i < sk_tuple_len(bases); i++) {
        sk_type *bt = sk_typeof(vm, sk_tuple_get(bases, i));
        if (sk_type_is_subtype(winner, bt)) continue;
        if (sk_type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        sk_exc_msg(vm, SK_EXC_TYPE,
                   "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                   "of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

static bool is_identifier(sk_value s) {
    const char *p = sk_str_data(s), *end = p + sk_str_size(s);
    if (p == end) return false;
    for (const char *q = p; q < end; q++) {
        unsigned char c = (unsigned char)*q;
        if (c >= 0x80) continue; /* non-ASCII identifiers: accepted */
        if (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) continue;
        if (q != p && c >= '0' && c <= '9') continue;
        return false;
    }
    return true;
}

/* Private names in __slots__ are mangled as in class bodies. */
static sk_value mangle(sk_vm *vm, sk_value cls_name, sk_value name) {
    const char *n = sk_str_data(name);
    size_t len = sk_str_size(name);
    if (len < 2 || n[0] != '_' || n[1] != '_' || (len >= 4 && n[len - 1] == '_' && n[len - 2] == '_'))
        return name;
    const char *c = sk_str_data(cls_name);
    while (*c == '_') c++;
    if (!*c) return name;
    return sk_str_fmt(vm, "_%s%V", c, name);
}

static bool process_slots(sk_vm *vm, sk_type *t, sk_type *base, sk_value slots, bool *want_dict) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value names;
    if (sk_is_str(vm, slots)) {
        names = sk_tuple_from(vm, &slots, 1);
    } else {
        names = sk_tuple_from_iterable(vm, slots);
    }
    if (!names) return false;
    SK_ROOT(vm, names);
    size_t n = sk_tuple_len(names);
    size_t nvalues = 0;
    *want_dict = false;
    for (size_t i = 0; i < n; i++) {
        sk_value s = sk_tuple_get(names, i);
        if (!sk_is_str(vm, s)) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "__slots__ items must be strings, not '%T'", s);
            return false;
        }
        if (!is_identifier(s)) {
            sk_exc_msg(vm, SK_EXC_TYPE, "__slots__ must be identifiers");
            return false;
        }
        if (sk_str_eq_cstr(s, "__dict__")) {
            if (*want_dict || base->dict_offset) {
                sk_exc_msg(vm, SK_EXC_TYPE, "__dict__ slot disallowed: we already got one");
                return false;
            }
            *want_dict = true;
            continue;
        }
        if (sk_str_eq_cstr(s, "__weakref__")) continue;
        nvalues++;
    }
    if (nvalues && base->size_of) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "nonempty __slots__ not supported for subtype of '%s'", sk_type_name(base));
        return false;
    }
    uint32_t offset = base->size;
    for (size_t i = 0; i < n; i++) {
        SK_ROOT_SCOPE(vm);
        sk_value s = sk_tuple_get(names, i);
        if (sk_str_eq_cstr(s, "__dict__") || sk_str_eq_cstr(s, "__weakref__")) continue;
        sk_value mangled = mangle(vm, t->name, s);
        if (!mangled) return false;
        SK_ROOT(vm, mangled);
        mangled = sk_str_intern_value(vm, mangled);
        if (!mangled) return false;
        if (sk_dict_get_str(vm, t->dict, mangled)) {
            sk_exc_fmt(vm, SK_EXC_VALUE, "%R in __slots__ conflicts with class variable", s);
            return false;
        }
        sk_value m = sk_member_descr_new(vm, mangled, offset, SK_MEMBER_VALUE, t, NULL);
        if (!m || !sk_dict_set(vm, t->dict, mangled, m)) return false;
        offset += sizeof(sk_value);
    }
    t->size = offset;
    t->nslots = base->nslots + (uint32_t)nvalues;
    sk_gc_roots_restore(vm, mark);
    return true;
}

/* Calls __set_name__ on the namespace's values, then the parent's
 * __init_subclass__(**kwargs). */
static bool finish_class(sk_vm *vm, sk_type *t, sk_value kwargs) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value tv = sk_from_obj(t);
    SK_ROOT(vm, tv);
    /* iterate over a snapshot: __set_name__ may change the namespace */
    sk_value items = sk_list_new(vm, sk_dict_len(t->dict) * 2);
    if (!items) return false;
    SK_ROOT(vm, items);
    size_t pos = 0;
    sk_value k, v;
    while (sk_dict_next(t->dict, &pos, &k, &v))
        if (!sk_list_append(vm, items, k) || !sk_list_append(vm, items, v)) return false;
    for (size_t i = 0; i + 1 < sk_list_len(items); i += 2) {
        sk_value key = sk_list_items(items)[i], val = sk_list_items(items)[i + 1];
        if (!sk_is_ptr(val)) continue;
        sk_value set_name = sk_type_lookup(vm, sk_typeof(vm, val), SK_NAME(vm, __set_name__));
        if (!set_name) continue;
        sk_value args[2] = {tv, key};
        sk_value r = sk_call_special(vm, val, SK_NAME(vm, __set_name__), args, 2);
        if (!r) {
            /* 3.12 adds a note naming the attribute, through the
             * exception's own add_note */
            SK_ROOT_SCOPE(vm);
            sk_value e = sk_exc_take(vm);
            SK_ROOT(vm, e);
            sk_value note = sk_str_fmt(vm, "Error calling __set_name__ on '%s' instance %R in '%s'",
                                       sk_type_name_of(vm, val), key, sk_type_name(t));
            if (!note) return false;
            SK_ROOT(vm, note);
            if (!sk_call_method(vm, e, sk_str_intern_cstr(vm, "add_note"), &note, 1)) return false;
            vm->exc = e;
            return false;
        }
    }
    /* super(t, t).__init_subclass__(**kwargs) */
    sk_value mro = t->mro;
    sk_value init_sub = SK_NULL;
    for (size_t i = 1; i < sk_tuple_len(mro) && !init_sub; i++) {
        sk_type *b = sk_as_type(sk_tuple_get(mro, i));
        if (b->dict) init_sub = sk_dict_get_str(vm, b->dict, SK_NAME(vm, __init_subclass__));
    }
    if (init_sub) {
        SK_ROOT_SCOPE(vm);
        sk_type *it = sk_typeof(vm, init_sub);
        sk_value bound = init_sub;
        if (it->descr_get) {
            bound = it->descr_get(vm, init_sub, SK_NULL, tv);
            if (!bound) return false;
        }
        SK_ROOT(vm, bound);
        sk_value r = sk_call_tuple_dict(vm, bound, vm->empty_tuple, kwargs);
        if (!r) return false;
    }
    sk_gc_roots_restore(vm, mark);
    return true;
}

sk_value sk_type_create(sk_vm *vm, sk_type *meta, sk_value name, sk_value bases, sk_value ns, sk_value kwargs) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, name);
    SK_ROOT(vm, bases);
    SK_ROOT(vm, ns);
    if (!sk_is_str(vm, name))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "type.__new__() argument 1 must be str, not %T", name);
    if (!sk_is_tuple(vm, bases))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "type.__new__() argument 2 must be tuple, not %T", bases);
    if (!sk_is_dict(vm, ns))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "type.__new__() argument 3 must be dict, not %T", ns);
    sk_type *m = calculate_meta(vm, meta, bases);
    if (!m) return SK_NULL;
    if (sk_tuple_len(bases) == 0) {
        bases = sk_tuple_from(vm, (sk_value[]){sk_from_obj(SK_TYPE(vm, OBJECT))}, 1);
        if (!bases) return SK_NULL;
    }
    sk_type *base = best_base(vm, bases);
    if (!base) return SK_NULL;

    sk_value tv = type_alloc_raw(vm, m);
    if (!tv) return SK_NULL;
    SK_ROOT(vm, tv);
    sk_type *t = sk_as_type(tv);
    t->flags = SK_TF_HEAP | SK_TF_BASETYPE | (base->flags & SK_TF_SUBCLASS_FLAGS);
    t->base = base;
    t->bases = bases;
    if (!(t->name = sk_str_intern_value(vm, name))) return SK_NULL;
    if (!(t->dict = sk_dict_copy(vm, ns))) return SK_NULL;

    sk_value qualname = sk_dict_get_str(vm, t->dict, SK_NAME(vm, __qualname__));
    if (qualname) {
        if (!sk_is_str(vm, qualname))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "type __qualname__ must be a str, not %T", qualname);
        t->qualname = qualname;
        if (sk_dict_del(vm, t->dict, SK_NAME(vm, __qualname__)) < 0) return SK_NULL;
    } else {
        t->qualname = t->name;
    }
    sk_value module = sk_dict_get_str(vm, t->dict, SK_NAME(vm, __module__));
    if (!module && vm->frame) {
        /* type(name, bases, ns) called directly: the caller's __name__ */
        sk_value g = sk_frame_globals(vm->frame);
        if (g) module = sk_dict_get_str(vm, g, SK_NAME(vm, __name__));
        if (module && !sk_dict_set(vm, t->dict, SK_NAME(vm, __module__), module)) return SK_NULL;
    }
    t->module = module ? module : SK_NULL;
    if (!sk_dict_get_str(vm, t->dict, SK_NAME(vm, __doc__)) &&
        !sk_dict_set(vm, t->dict, SK_NAME(vm, __doc__), SK_NONE))
        return SK_NULL;

    /* layout: the base's, then __slots__ values or a __dict__ */
    t->size = base->size;
    t->dict_offset = base->dict_offset;
    t->nslots = base->nslots;
    sk_value slots = sk_dict_get_str(vm, t->dict, SK_NAME(vm, __slots__));
    bool want_dict = true;
    if (slots) {
        if (!process_slots(vm, t, base, slots, &want_dict)) return SK_NULL;
    }
    /* a class with __slots__ still gets a __dict__ if any base (beyond the
     * layout base) has one */
    for (size_t i = 0; i < sk_tuple_len(bases) && !want_dict; i++)
        if (sk_as_type(sk_tuple_get(bases, i))->dict_offset) want_dict = true;
    if (want_dict && !t->dict_offset) {
        if (base->size_of) {
            t->dict_offset = -(int32_t)sizeof(sk_value);
        } else {
            t->dict_offset = (int32_t)t->size;
        }
        t->size += sizeof(sk_value);
    }
    t->trace = heap_instance_trace;
    if (t->dict_offset && !sk_type_lookup(vm, base, SK_NAME(vm, __dict__)) &&
        !sk_dict_get_str(vm, t->dict, SK_NAME(vm, __dict__)) && !sk_type_add_getsets(vm, t, dict_getset))
        return SK_NULL;

    /* __classcell__: the class body's __class__ cell now refers to us */
    sk_value cell = sk_dict_get_str(vm, t->dict, SK_NAME(vm, __classcell__));
    if (cell) {
        if (!SK_IS(vm, cell, CELL))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "__classcell__ must be a nonlocal cell, not %T", cell);
        sk_cell_set(cell, tv);
        if (sk_dict_del(vm, t->dict, SK_NAME(vm, __classcell__)) < 0) return SK_NULL;
    }
    /* __init_subclass__ and __class_getitem__ are implicitly classmethods,
     * __new__ implicitly static */
    static const sk_name_id implicit_cls[] = {SK_N___init_subclass__, SK_N___class_getitem__};
    for (size_t i = 0; i < 2; i++) {
        sk_value key = vm->names[implicit_cls[i]];
        sk_value f = sk_dict_get_str(vm, t->dict, key);
        if (f && SK_IS(vm, f, FUNCTION)) {
            sk_value c = sk_classmethod_new(vm, f);
            if (!c || !sk_dict_set(vm, t->dict, key, c)) return SK_NULL;
        }
    }
    sk_value newf = sk_dict_get_str(vm, t->dict, SK_NAME(vm, __new__));
    if (newf && SK_IS(vm, newf, FUNCTION)) {
        sk_value s = sk_staticmethod_new(vm, newf);
        if (!s || !sk_dict_set(vm, t->dict, SK_NAME(vm, __new__), s)) return SK_NULL;
    }
    /* defining __eq__ without __hash__ makes instances unhashable */
    if (sk_dict_get_str(vm, t->dict, SK_NAME(vm, __eq__)) &&
        !sk_dict_get_str(vm, t->dict, SK_NAME(vm, __hash__)) &&
        !sk_dict_set(vm, t->dict, SK_NAME(vm, __hash__), SK_NONE))
        return SK_NULL;

    if (!(t->mro = compute_mro(vm, t))) return SK_NULL;
    /* a custom mro() on the metaclass */
    if (m != SK_TYPE(vm, TYPE)) {
        sk_value mro_fn = sk_type_lookup(vm, m, SK_NAME(vm, mro));
        sk_value type_mro = sk_dict_get_str(vm, SK_TYPE(vm, TYPE)->dict, SK_NAME(vm, mro));
        if (mro_fn && mro_fn != type_mro) {
            SK_ROOT_SCOPE(vm);
            sk_value r = sk_call_special(vm, tv, SK_NAME(vm, mro), NULL, 0);
            if (!r) return SK_NULL;
            SK_ROOT(vm, r);
            if (!(t->mro = sk_tuple_from_iterable(vm, r))) return SK_NULL;
        }
    }
    for (size_t i = 0; i < sk_tuple_len(t->mro); i++) {
        sk_type *b = sk_as_type(sk_tuple_get(t->mro, i));
        t->flags |= b->flags & (SK_TF_CUSTOM_GETATTR);
    }
    /* inherit the memory slots from the built-in base, then derive the
     * protocol slots from the namespace */
    sk_type *bb = builtin_base(base);
    t->size_of = bb->size_of;
    t->finalize = bb->finalize;
    t->needs_finalizer = bb->needs_finalizer;
    t->py_finalize = bb->py_finalize;
    if (!sk_type_ready(vm, t)) return SK_NULL;
    sk_slots_fixup(vm, t, SK_NULL);
    if (!finish_class(vm, t, kwargs)) return SK_NULL;
    sk_gc_roots_restore(vm, mark);
    return tv;
}

/* ---- the `type` type --------------------------------------------------- */

static sk_value type_repr(sk_vm *vm, sk_value self) {
    sk_type *t = sk_as_type(self);
    if (t->module && sk_is_str(vm, t->module) && !sk_str_eq_cstr(t->module, "builtins"))
        return sk_str_fmt(vm, "<class '%V.%V'>", t->module, t->qualname);
    return sk_str_fmt(vm, "<class '%V'>", t->qualname ? t->qualname : t->name);
}

/* type(obj) / type(name, bases, ns) / Class(args) */
static sk_value type_call(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = sk_as_type(self);
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0;
    if (t == SK_TYPE(vm, TYPE) && nargs - nkw == 1 && nkw == 0) return sk_from_obj(sk_typeof(vm, args[0]));
    if (!t->tp_new) return sk_exc_fmt(vm, SK_EXC_TYPE, "cannot create '%s' instances", sk_type_name(t));
    sk_value obj = t->tp_new(vm, self, args, nargs, kwnames);
    if (!obj) return SK_NULL;
    sk_type *ot = sk_typeof(vm, obj);
    if (!sk_type_is_subtype(ot, t)) return obj;
    if (ot->tp_init) {
        SK_ROOT(vm, obj);
        if (ot->tp_init(vm, obj, args, nargs, kwnames) < 0) return SK_NULL;
    }
    return obj;
}

/* type.__new__(meta, name, bases, ns, **kw) */
static sk_value type_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0;
    size_t npos = nargs - nkw;
    if (sk_as_type(cls) == SK_TYPE(vm, TYPE) && npos == 1 && nkw == 0)
        return sk_from_obj(sk_typeof(vm, args[0]));
    if (npos != 3) return sk_exc_msg(vm, SK_EXC_TYPE, "type() takes 1 or 3 arguments");
    sk_value kwargs = SK_NULL;
    SK_ROOT(vm, kwargs);
    if (nkw) {
        kwargs = sk_dict_new(vm);
        if (!kwargs) return SK_NULL;
        for (size_t i = 0; i < nkw; i++)
            if (!sk_dict_set(vm, kwargs, sk_tuple_get(kwnames, i), args[npos + i])) return SK_NULL;
    }
    return sk_type_create(vm, sk_as_type(cls), args[0], args[1], args[2], kwargs);
}

static int type_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0;
    size_t npos = nargs - nkw;
    if (npos != 1 && npos != 3) {
        sk_exc_msg(vm, SK_EXC_TYPE, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

sk_value sk_type_getattro(sk_vm *vm, sk_value self, sk_value name) {
    sk_type *t = sk_as_type(self);
    sk_type *meta = sk_typeof(vm, self);
    sk_value md = sk_type_lookup(vm, meta, name);
    if (md && is_data_descr(vm, md))
        return sk_as_obj(md)->type->descr_get(vm, md, self, sk_from_obj(meta));
    sk_value v = sk_type_lookup(vm, t, name);
    if (v) {
        sk_type *vt = sk_typeof(vm, v);
        if (vt->descr_get) return vt->descr_get(vm, v, SK_NULL, self);
        return v;
    }
    if (md) {
        sk_type *mt = sk_typeof(vm, md);
        if (mt->descr_get) return mt->descr_get(vm, md, self, sk_from_obj(meta));
        return md;
    }
    return sk_exc_attribute_error(vm, self, name);
}

static int type_setattro(sk_vm *vm, sk_value self, sk_value name, sk_value v) {
    sk_type *t = sk_as_type(self);
    if (t->flags & SK_TF_IMMUTABLE) {
        sk_exc_fmt(vm, SK_EXC_TYPE,
                   "cannot set %R attribute of immutable type '%s'", name, sk_type_name(t));
        return -1;
    }
    sk_type *meta = sk_typeof(vm, self);
    sk_value md = sk_type_lookup(vm, meta, name);
    if (md && is_data_descr(vm, md)) return sk_as_obj(md)->type->descr_set(vm, md, self, v);
    name = sk_str_intern_value(vm, name);
    if (!name) return -1;
    if (v) {
        if (!sk_dict_set(vm, t->dict, name, v)) return -1;
    } else {
        int r = sk_dict_del(vm, t->dict, name);
        if (r <= 0) {
            if (r == 0) sk_exc_fmt(vm, SK_EXC_ATTRIBUTE, "type object '%s' has no attribute '%V'", sk_type_name(t), name);
            return -1;
        }
    }
    return sk_type_modified(vm, t, name) ? 0 : -1;
}

static sk_value type_or(sk_vm *vm, sk_value a, sk_value b);

static sk_value g_name(sk_vm *vm, sk_value self) { return sk_as_type(self)->name; }
static int s_name(sk_vm *vm, sk_value self, sk_value v) {
    if (!v || !sk_is_str(vm, v)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "can only assign string to %s.__name__, not '%T'",
                   sk_type_name(sk_as_type(self)), v ? v : SK_NONE);
        return -1;
    }
    sk_as_type(self)->name = v;
    return 0;
}
static sk_value g_qualname(sk_vm *vm, sk_value self) { return sk_as_type(self)->qualname; }
static int s_qualname(sk_vm *vm, sk_value self, sk_value v) {
    if (!v || !sk_is_str(vm, v)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "can only assign string to %s.__qualname__, not '%T'",
                   sk_type_name(sk_as_type(self)), v ? v : SK_NONE);
        return -1;
    }
    sk_as_type(self)->qualname = v;
    return 0;
}
static sk_value g_module(sk_vm *vm, sk_value self) {
    sk_type *t = sk_as_type(self);
    if (t->flags & SK_TF_HEAP) {
        sk_value m = sk_dict_get_str(vm, t->dict, SK_NAME(vm, __module__));
        if (m) return m;
        return sk_exc_attribute_error(vm, self, SK_NAME(vm, __module__));
    }
    return t->module ? t->module : SK_NAME(vm, builtins);
}
static int s_module(sk_vm *vm, sk_value self, sk_value v) {
    sk_type *t = sk_as_type(self);
    if (!(t->flags & SK_TF_HEAP)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "cannot set '__module__' attribute of immutable type '%s'", sk_type_name(t));
        return -1;
    }
    if (!v) return sk_dict_del(vm, t->dict, SK_NAME(vm, __module__)) < 0 ? -1 : 0;
    t->module = v;
    return sk_dict_set(vm, t->dict, SK_NAME(vm, __module__), v) ? 0 : -1;
}
static sk_value g_bases(sk_vm *vm, sk_value self) { return sk_as_type(self)->bases; }
static sk_value g_base(sk_vm *vm, sk_value self) {
    sk_type *b = sk_as_type(self)->base;
    return b ? sk_from_obj(b) : SK_NONE;
}
static sk_value g_mro(sk_vm *vm, sk_value self) { return sk_as_type(self)->mro; }
static sk_value g_dict(sk_vm *vm, sk_value self) { return sk_mappingproxy_new(vm, sk_as_type(self)->dict); }
static sk_value g_doc(sk_vm *vm, sk_value self) {
    sk_type *t = sk_as_type(self);
    sk_value d = sk_dict_get_str(vm, t->dict, SK_NAME(vm, __doc__));
    if (!d) return SK_NONE;
    sk_type *dt = sk_typeof(vm, d);
    if (dt->descr_get && (t->flags & SK_TF_HEAP)) return dt->descr_get(vm, d, SK_NULL, self);
    return d;
}
static int s_doc(sk_vm *vm, sk_value self, sk_value v) {
    sk_type *t = sk_as_type(self);
    if (!(t->flags & SK_TF_HEAP)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "cannot set '__doc__' attribute of immutable type '%s'", sk_type_name(t));
        return -1;
    }
    if (!v) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "cannot delete '__doc__' attribute of immutable type '%s'", sk_type_name(t));
        return -1;
    }
    if (!sk_dict_set(vm, t->dict, SK_NAME(vm, __doc__), v)) return -1;
    return sk_type_modified(vm, t, SK_NAME(vm, __doc__)) ? 0 : -1;
}
static sk_value g_abstractmethods(sk_vm *vm, sk_value self) {
    sk_type *t = sk_as_type(self);
    sk_value v = t != SK_TYPE(vm, TYPE) ? sk_dict_get_str(vm, t->dict, SK_NAME(vm, __abstractmethods__)) : SK_NULL;
    if (!v) return sk_exc_attribute_error(vm, self, SK_NAME(vm, __abstractmethods__));
    return v;
}
static int s_abstractmethods(sk_vm *vm, sk_value self, sk_value v) {
    sk_type *t = sk_as_type(self);
    int truth = 0;
    if (v) {
        truth = sk_truth(vm, v);
        if (truth < 0) return -1;
        if (!sk_dict_set(vm, t->dict, SK_NAME(vm, __abstractmethods__), v)) return -1;
    } else {
        if (sk_dict_del(vm, t->dict, SK_NAME(vm, __abstractmethods__)) < 0) return -1;
    }
    if (truth) t->flags |= SK_TF_ABSTRACT;
    else t->flags &= ~SK_TF_ABSTRACT;
    return sk_type_modified(vm, t, SK_NAME(vm, __abstractmethods__)) ? 0 : -1;
}
static sk_value g_annotations(sk_vm *vm, sk_value self) {
    sk_type *t = sk_as_type(self);
    sk_value a = sk_dict_get_str(vm, t->dict, SK_NAME(vm, __annotations__));
    if (a) return a;
    if (!(t->flags & SK_TF_HEAP)) return sk_exc_attribute_error(vm, self, SK_NAME(vm, __annotations__));
    a = sk_dict_new(vm);
    if (!a || !sk_dict_set(vm, t->dict, SK_NAME(vm, __annotations__), a)) return SK_NULL;
    return a;
}
static int s_annotations(sk_vm *vm, sk_value self, sk_value v) {
    sk_type *t = sk_as_type(self);
    if (!v) return sk_dict_del(vm, t->dict, SK_NAME(vm, __annotations__)) < 0 ? -1 : 0;
    return sk_dict_set(vm, t->dict, SK_NAME(vm, __annotations__), v) ? 0 : -1;
}

static sk_value m_type_mro(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = sk_as_type(args[0]);
    sk_value mro = compute_mro(vm, t);
    if (!mro) return SK_NULL;
    SK_ROOT(vm, mro);
    return sk_list_from(vm, sk_tuple_items(mro), sk_tuple_len(mro));
}

static sk_value m_subclasses(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = sk_as_type(args[0]);
    sk_value l = sk_list_new(vm, 0);
    if (!l || !t->subclasses) return l;
    SK_ROOT(vm, l);
    for (size_t i = 0; i < sk_list_len(t->subclasses); i++) {
        sk_weakref *r = (sk_weakref *)sk_as_obj(sk_list_items(t->subclasses)[i]);
        if (r->target && !sk_list_append(vm, l, r->target)) return SK_NULL;
    }
    return l;
}

static sk_value m_instancecheck(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_type *t = sk_as_type(args[0]);
    if (sk_type_is_subtype(sk_typeof(vm, args[1]), t)) return SK_TRUE;
    /* an object may claim another class through __class__ */
    sk_value cls = sk_getattr_opt(vm, args[1], SK_NAME(vm, __class__));
    if (!cls) return vm->exc ? SK_NULL : SK_FALSE;
    return sk_from_bool(sk_is_type(vm, cls) && sk_type_is_subtype(sk_as_type(cls), t));
}

static sk_value m_subclasscheck(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    if (!sk_is_type(vm, args[1]))
        return sk_exc_msg(vm, SK_EXC_TYPE, "issubclass() arg 1 must be a class");
    return sk_from_bool(sk_type_is_subtype(sk_as_type(args[1]), sk_as_type(args[0])));
}

static sk_value m_prepare(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) { return sk_dict_new(vm); }

static sk_value m_type_dir(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = sk_as_type(args[0]);
    sk_value d = sk_dict_new(vm);
    if (!d) return SK_NULL;
    SK_ROOT(vm, d);
    for (size_t i = sk_tuple_len(t->mro); i-- > 0;) {
        sk_type *b = sk_as_type(sk_tuple_get(t->mro, i));
        if (b->dict && !sk_dict_update(vm, d, b->dict)) return SK_NULL;
    }
    return sk_dict_keys_list(vm, d);
}

static const sk_method_def type_methods[] = {
    {"mro", m_type_mro, 1, 1, 0, "Return a type's method resolution order."},
    {"__subclasses__", m_subclasses, 1, 1, 0, NULL},
    {"__instancecheck__", m_instancecheck, 2, 2, 0, NULL},
    {"__subclasscheck__", m_subclasscheck, 2, 2, 0, NULL},
    {"__prepare__", m_prepare, 1, -1, SK_METH_CLASS | SK_METH_KEYWORDS, NULL},
    {"__dir__", m_type_dir, 1, 1, 0, NULL},
    {NULL},
};

static const sk_getset_def type_getsets[] = {
    {"__name__", g_name, s_name, NULL},
    {"__qualname__", g_qualname, s_qualname, NULL},
    {"__module__", g_module, s_module, NULL},
    {"__bases__", g_bases, NULL, NULL},
    {"__base__", g_base, NULL, NULL},
    {"__mro__", g_mro, NULL, NULL},
    {"__dict__", g_dict, NULL, NULL},
    {"__doc__", g_doc, s_doc, NULL},
    {"__abstractmethods__", g_abstractmethods, s_abstractmethods, NULL},
    {"__annotations__", g_annotations, s_annotations, NULL},
    {NULL},
};

/* ---- the `object` type ------------------------------------------------- */

static bool excess_args(const sk_value *args, size_t nargs, sk_value kwnames) {
    (void)args;
    return nargs > 0 || (kwnames && sk_tuple_len(kwnames));
}

static int object_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames);

static sk_value object_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = sk_as_type(cls);
    if (excess_args(args, nargs, kwnames)) {
        if (t->tp_new != object_new)
            return sk_exc_msg(vm, SK_EXC_TYPE, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (t->tp_init == object_init)
            return sk_exc_fmt(vm, SK_EXC_TYPE, "%V() takes no arguments", t->qualname ? t->qualname : t->name);
    }
    if (t->flags & SK_TF_ABSTRACT) {
        SK_ROOT_SCOPE(vm);
        sk_value am = sk_dict_get_str(vm, t->dict, SK_NAME(vm, __abstractmethods__));
        sk_value sorted = am ? sk_list_from_iterable(vm, am) : SK_NULL;
        if (sorted) {
            SK_ROOT(vm, sorted);
            if (!sk_list_sort(vm, sorted, SK_NULL, false)) return SK_NULL;
            sk_buf b;
            sk_buf_init_vm(vm, &b);
            size_t n = sk_list_len(sorted);
            for (size_t i = 0; i < n; i++) {
                if (i) sk_buf_puts(&b, ", ");
                if (!sk_buf_fmt(vm, &b, "'%S'", sk_list_items(sorted)[i])) return SK_NULL;
            }
            sk_value names = sk_str_from_buf(vm, &b);
            if (!names) return SK_NULL;
            return sk_exc_fmt(vm, SK_EXC_TYPE,
                              "Can't instantiate abstract class %V without an implementation for abstract method%s %V", t->name,
                              n > 1 ? "s" : "", names);
        }
        if (vm->exc) return SK_NULL;
    }
    return sk_type_alloc_instance(vm, t);
}

sk_value sk_type_plain_init(sk_vm *vm, sk_type *t) {
    if (t->tp_new != object_new || (t->flags & SK_TF_ABSTRACT) || t->size_of || !sk_slots_init_is_python(t))
        return SK_NULL;
    sk_value init = sk_type_lookup(vm, t, SK_NAME(vm, __init__));
    return init && SK_IS(vm, init, FUNCTION) ? init : SK_NULL;
}

static int object_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    sk_type *t = sk_typeof(vm, self);
    if (excess_args(args, nargs, kwnames)) {
        if (t->tp_init != object_init) {
            sk_exc_msg(vm, SK_EXC_TYPE, "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (t->tp_new == object_new) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "%V() takes no arguments", t->qualname ? t->qualname : t->name);
            return -1;
        }
    }
    return 0;
}

static sk_value object_repr(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = sk_typeof(vm, self);
    sk_value name = sk_type_full_name(vm, t);
    if (!name) return SK_NULL;
    SK_ROOT(vm, name);
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)sk_as_obj(self));
    return sk_str_fmt(vm, "<%V object at %s>", name, addr);
}

static sk_value object_str(sk_vm *vm, sk_value self) { return sk_repr(vm, self); }

static int64_t object_hash(sk_vm *vm, sk_value self) { return sk_hash_pointer((void *)(uintptr_t)self); }

static sk_value object_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    switch (op) {
    case SK_EQ:
        return a == b ? SK_TRUE : SK_NOTIMPL;
    case SK_NE: {
        /* by default, != inverts == */
        sk_type *t = sk_typeof(vm, a);
        if (t->richcmp == object_richcmp) return a == b ? SK_FALSE : SK_NOTIMPL;
        sk_value r = t->richcmp(vm, a, b, SK_EQ);
        if (!r || r == SK_NOTIMPL) return r;
        int truth = sk_truth(vm, r);
        if (truth < 0) return SK_NULL;
        return sk_from_bool(!truth);
    }
    default:
        return SK_NOTIMPL;
    }
}

bool sk_type_eq_is_identity(const sk_type *t) { return t->richcmp == object_richcmp; }

static sk_value m_object_format(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    if (!sk_is_str(vm, args[1]))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "__format__() argument must be str, not %T", args[1]);
    if (sk_str_size(args[1]) > 0)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "unsupported format string passed to %s.__format__",
                          sk_type_name_of(vm, args[0]));
    return sk_str(vm, args[0]);
}

static sk_value m_object_init_subclass(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (kwnames && sk_tuple_len(kwnames))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "%s.__init_subclass__() takes no keyword arguments",
                          sk_type_name(sk_as_type(args[0])));
    return SK_NONE;
}

static sk_value m_object_subclasshook(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return SK_NOTIMPL;
}

static sk_value m_object_dir(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    SK_ROOT_SCOPE(vm);
    sk_value self = args[0];
    sk_value d = sk_dict_new(vm);
    if (!d) return SK_NULL;
    SK_ROOT(vm, d);
    sk_value *slot = sk_instance_dict_slot(vm, self);
    if (slot && *slot && !sk_dict_update(vm, d, *slot)) return SK_NULL;
    sk_type *t = sk_typeof(vm, self);
    for (size_t i = 0; i < sk_tuple_len(t->mro); i++) {
        sk_type *b = sk_as_type(sk_tuple_get(t->mro, i));
        if (b->dict && !sk_dict_update(vm, d, b->dict)) return SK_NULL;
    }
    return sk_dict_keys_list(vm, d);
}

static sk_value m_object_sizeof(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    if (!sk_is_ptr(args[0])) return sk_from_int(28);
    sk_obj *o = sk_as_obj(args[0]);
    return sk_from_int((int64_t)(o->type->size_of ? o->type->size_of(o) : o->type->size));
}

/* ---- object's pickling protocol: the generic part is Python's
 * (stdlib/copyreg.py); what only C knows is decided here ---- */

/* The first built-in (non-heap) class in the MRO of v's type. */
static sk_type *native_base(sk_vm *vm, sk_value v) {
    sk_type *t = sk_typeof(vm, v);
    for (size_t i = 0; i < sk_tuple_len(t->mro); i++) {
        sk_type *b = sk_as_type(sk_tuple_get(t->mro, i));
        if (!(b->flags & SK_TF_HEAP)) return b;
    }
    return SK_TYPE(vm, OBJECT);
}

/* copyreg.NAME(*args) */
static sk_value copyreg_call(sk_vm *vm, const char *name, const sk_value *args, size_t nargs) {
    SK_ROOT_SCOPE(vm);
    sk_value fn = sk_import_attr_cstr(vm, "copyreg", name);
    SK_ROOT(vm, fn);
    return fn ? sk_call(vm, fn, args, nargs, SK_NULL) : SK_NULL;
}

/* An instance of a built-in type whose value lives in C (a Future, a
 * code object…) has no generic state to save, unless the type says how
 * to make a new one (__getnewargs__). */
static bool check_picklable(sk_vm *vm, sk_value self) {
    sk_type *t = sk_typeof(vm, self);
    if ((t->flags & SK_TF_HEAP) || t == SK_TYPE(vm, OBJECT) || sk_type_lookup_cstr(vm, t, "__getnewargs__") ||
        sk_type_lookup_cstr(vm, t, "__getnewargs_ex__"))
        return true;
    sk_exc_fmt(vm, SK_EXC_TYPE, "cannot pickle '%T' object", self);
    return false;
}

static sk_value m_object_getstate(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    if (!check_picklable(vm, args[0])) return SK_NULL;
    return copyreg_call(vm, "_object_getstate", args, 1);
}

static sk_value object_reduce(sk_vm *vm, sk_value self, sk_value protocol) {
    if (!check_picklable(vm, self)) return SK_NULL;
    sk_value a[3] = {self, protocol, sk_from_obj(native_base(vm, self))};
    return copyreg_call(vm, "_object_reduce", a, 3);
}

static sk_value m_object_reduce(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return object_reduce(vm, args[0], sk_from_int(0));
}

/* A class's own __reduce__ wins over the generic protocol. */
static sk_value m_object_reduce_ex(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_value self = args[0];
    sk_value own = sk_type_lookup_cstr(vm, sk_typeof(vm, self), "__reduce__");
    sk_value generic = sk_type_lookup_cstr(vm, SK_TYPE(vm, OBJECT), "__reduce__");
    if (own && own != generic) return sk_call_method(vm, self, sk_str_intern_cstr(vm, "__reduce__"), NULL, 0);
    if (!sk_is_int(args[1])) return sk_exc_fmt(vm, SK_EXC_TYPE, "'%T' object cannot be interpreted as an integer", args[1]);
    return object_reduce(vm, self, args[1]);
}

static sk_value g_class(sk_vm *vm, sk_value self) { return sk_from_obj(sk_typeof(vm, self)); }

/* Whether t's instances are laid out exactly as its base's. */
static bool same_layout_as_base(sk_type *t) {
    sk_type *b = t->base;
    return b && t->size == b->size && t->dict_offset == b->dict_offset && t->size_of == b->size_of &&
           t->nslots == b->nslots;
}

/* Whether slot member `name` is one that t itself adds. */
static bool adds_slot(sk_vm *vm, sk_type *t, sk_value name) {
    sk_value d = sk_dict_get_str(vm, t->dict, name);
    if (!d || !SK_IS(vm, d, MEMBER)) return false;
    sk_member_descr *m = (sk_member_descr *)sk_as_obj(d);
    return m->owner == t && m->kind == SK_MEMBER_VALUE && m->offset >= t->base->size;
}

/* Whether two classes on the same base add the same instance fields:
 * the same __slots__ names (in any order) and both or neither a dict. */
static bool same_fields_added(sk_vm *vm, sk_type *a, sk_type *b) {
    if (!(a->flags & SK_TF_HEAP) || !(b->flags & SK_TF_HEAP)) return false;
    if (a->size != b->size || a->nslots != b->nslots || (a->dict_offset == 0) != (b->dict_offset == 0))
        return false;
    size_t pos = 0;
    sk_value k, v;
    while (sk_dict_next(a->dict, &pos, &k, &v))
        if (sk_is_str(vm, k) && adds_slot(vm, a, k) && !adds_slot(vm, b, k)) return false;
    return true;
}

static int s_class(sk_vm *vm, sk_value self, sk_value v) {
    if (!v) {
        sk_exc_msg(vm, SK_EXC_TYPE, "can't delete __class__ attribute");
        return -1;
    }
    if (!sk_is_type(vm, v)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "__class__ must be set to a class, not '%T' object", v);
        return -1;
    }
    sk_type *old = sk_typeof(vm, self), *nt = sk_as_type(v);
    sk_type *mod = SK_TYPE(vm, MODULE);
    bool both_modules = sk_type_is_subtype(old, mod) && sk_type_is_subtype(nt, mod);
    if (!sk_is_ptr(self) || (!both_modules && (!(old->flags & SK_TF_HEAP) || !(nt->flags & SK_TF_HEAP)))) {
        sk_exc_msg(vm, SK_EXC_TYPE, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    /* the layouts must match once classes that add nothing are skipped */
    sk_type *nb = nt, *ob = old;
    while (same_layout_as_base(nb)) nb = nb->base;
    while (same_layout_as_base(ob)) ob = ob->base;
    if (nb != ob && (nb->base != ob->base || !same_fields_added(vm, nb, ob))) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "__class__ assignment: '%s' object layout differs from '%s'",
                   sk_type_name(nt), sk_type_name(old));
        return -1;
    }
    sk_as_obj(self)->type = nt;
    sk_gc_note_finalizer_change(vm);
    return 0;
}

static sk_value g_object_dict(sk_vm *vm, sk_value self) {
    sk_value d = sk_instance_dict(vm, self);
    if (!d && !vm->exc) return sk_exc_attribute_error(vm, self, SK_NAME(vm, __dict__));
    return d;
}

static int s_object_dict(sk_vm *vm, sk_value self, sk_value v) {
    sk_value *slot = sk_instance_dict_slot(vm, self);
    if (!slot) {
        sk_exc_attribute_error(vm, self, SK_NAME(vm, __dict__));
        return -1;
    }
    if (!v || !sk_is_dict(vm, v)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "__dict__ must be set to a dictionary, not a '%T'", v ? v : SK_NONE);
        return -1;
    }
    *slot = v;
    return 0;
}

static const sk_method_def object_methods[] = {
    {"__format__", m_object_format, 2, 2, 0, "Default object formatter."},
    {"__init_subclass__", m_object_init_subclass, 1, -1, SK_METH_CLASS | SK_METH_KEYWORDS, NULL},
    {"__subclasshook__", m_object_subclasshook, 1, -1, SK_METH_CLASS, NULL},
    {"__dir__", m_object_dir, 1, 1, 0, NULL},
    {"__sizeof__", m_object_sizeof, 1, 1, 0, NULL},
    {"__reduce_ex__", m_object_reduce_ex, 2, 2, 0, "Helper for pickle."},
    {"__reduce__", m_object_reduce, 1, 1, 0, "Helper for pickle."},
    {"__getstate__", m_object_getstate, 1, 1, 0, "Helper for pickle."},
    {NULL},
};

static const sk_getset_def object_getsets[] = {
    {"__class__", g_class, s_class, NULL},
    {NULL},
};

/* Heap classes with a __dict__ expose it through this descriptor, added to
 * the first class of a hierarchy that has one. */
static const sk_getset_def dict_getset[2] = {
    {"__dict__", g_object_dict, s_object_dict, NULL},
    {NULL},
};


/* ---- types.UnionType for `int | None` ----------------------------------- */

typedef struct union_type {
    sk_obj hdr;
    sk_value args;   /* tuple of the members */
} union_type;

static void union_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((union_type *)o)->args); }

static bool union_add(sk_vm *vm, sk_value list, sk_value v) {
    if (sk_is_ptr(v) && sk_as_obj(v)->type == vm->union_type) {
        sk_value a = ((union_type *)sk_as_obj(v))->args;
        for (size_t i = 0; i < sk_tuple_len(a); i++)
            if (!union_add(vm, list, sk_tuple_get(a, i))) return false;
        return true;
    }
    if (v == SK_NONE) v = sk_from_obj(SK_TYPE(vm, NONE));
    for (size_t i = 0; i < sk_list_len(list); i++)
        if (sk_list_items(list)[i] == v) return true;
    return sk_list_append(vm, list, v);
}

static bool unionable(sk_vm *vm, sk_value v) {
    return v == SK_NONE || sk_is_type(vm, v) ||
           (sk_is_ptr(v) && (sk_as_obj(v)->type == vm->union_type || sk_as_obj(v)->type == vm->alias_type));
}

static sk_value type_or(sk_vm *vm, sk_value a, sk_value b) {
    SK_ROOT_SCOPE(vm);
    if (!unionable(vm, a) || !unionable(vm, b)) return SK_NOTIMPL;
    sk_value l = sk_list_new(vm, 2);
    if (!l) return SK_NULL;
    SK_ROOT(vm, l);
    if (!union_add(vm, l, a) || !union_add(vm, l, b)) return SK_NULL;
    if (sk_list_len(l) == 1) return sk_list_items(l)[0];
    sk_value args = sk_tuple_from(vm, sk_list_items(l), sk_list_len(l));
    if (!args) return SK_NULL;
    SK_ROOT(vm, args);
    union_type *u = (union_type *)sk_gc_new(vm, vm->union_type, sizeof(union_type));
    if (!u) return SK_NULL;
    u->args = args;
    return sk_from_obj(u);
}

static sk_value union_repr(sk_vm *vm, sk_value self) {
    sk_value a = ((union_type *)sk_as_obj(self))->args;
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    for (size_t i = 0; i < sk_tuple_len(a); i++) {
        if (i) sk_buf_puts(&b, " | ");
        sk_value m = sk_tuple_get(a, i);
        if (m == sk_from_obj(SK_TYPE(vm, NONE))) {
            sk_buf_puts(&b, "None");
        } else if (sk_is_type(vm, m)) {
            sk_value n = sk_type_full_name(vm, sk_as_type(m));
            if (!n) return SK_NULL;
            sk_buf_append(&b, sk_str_data(n), sk_str_size(n));
        } else if (!sk_buf_fmt(vm, &b, "%R", m)) {
            sk_buf_free(&b);
            return SK_NULL;
        }
    }
    return sk_str_from_buf(vm, &b);
}

static sk_value union_args(sk_vm *vm, sk_value self) { return ((union_type *)sk_as_obj(self))->args; }

static sk_value union_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    if ((op != SK_EQ && op != SK_NE) || !sk_is_ptr(b) || sk_as_obj(b)->type != vm->union_type) return SK_NOTIMPL;
    sk_value x = union_args(vm, a), y = union_args(vm, b);
    bool eq = sk_tuple_len(x) == sk_tuple_len(y);
    for (size_t i = 0; eq && i < sk_tuple_len(x); i++) {
        bool found = false;
        for (size_t j = 0; j < sk_tuple_len(y); j++)
            if (sk_tuple_get(x, i) == sk_tuple_get(y, j)) found = true;
        eq = found;
    }
    return sk_from_bool(op == SK_EQ ? eq : !eq);
}

static int64_t union_hash(sk_vm *vm, sk_value self) {
    sk_value a = union_args(vm, self);
    uint64_t h = 0x345678;
    for (size_t i = 0; i < sk_tuple_len(a); i++) h ^= (uint64_t)sk_hash_pointer((void *)(uintptr_t)sk_tuple_get(a, i));
    return (int64_t)(h == (uint64_t)-1 ? 2 : h);
}

static const sk_getset_def union_getsets[] = {
    {"__args__", union_args, NULL, NULL},
    {NULL},
};

bool sk_is_union(sk_vm *vm, sk_value v) { return sk_is_ptr(v) && sk_as_obj(v)->type == vm->union_type; }
sk_value sk_union_args(sk_value u) { return ((union_type *)sk_as_obj(u))->args; }

/* ---- types.GenericAlias for list[int] ----------------------------------- */

typedef struct generic_alias {
    sk_obj hdr;
    sk_value origin;
    sk_value args;     /* tuple */
} generic_alias;

static void alias_trace(sk_vm *vm, sk_obj *o) {
    sk_gc_mark(vm, ((generic_alias *)o)->origin);
    sk_gc_mark(vm, ((generic_alias *)o)->args);
}

sk_value sk_generic_alias(sk_vm *vm, sk_value origin, sk_value args) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, origin);
    SK_ROOT(vm, args);
    if (!sk_is_tuple(vm, args)) {
        args = sk_tuple_from(vm, &args, 1);
        if (!args) return SK_NULL;
    }
    generic_alias *a = (generic_alias *)sk_gc_new(vm, vm->alias_type, sizeof(generic_alias));
    sk_gc_roots_restore(vm, mark);
    if (!a) return SK_NULL;
    a->origin = origin;
    a->args = args;
    return sk_from_obj(a);
}

/* types.GenericAlias(origin, args), as cls.__class_getitem__ builds it
 * (collections' pure-Python classes among them). */
static sk_value alias_tp_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (kwnames && sk_tuple_len(kwnames)) return sk_exc_msg(vm, SK_EXC_TYPE, "GenericAlias() takes no keyword arguments");
    if (nargs != 2) return sk_exc_fmt(vm, SK_EXC_TYPE, "GenericAlias expected 2 arguments, got %zu", nargs);
    return sk_generic_alias(vm, args[0], args[1]);
}

sk_value sk_class_getitem(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    return sk_generic_alias(vm, args[0], args[1]);
}

static bool alias_arg_repr(sk_vm *vm, sk_buf *b, sk_value v) {
    if (v == SK_ELLIPSIS) {
        sk_buf_puts(b, "...");
        return true;
    }
    if (sk_is_type(vm, v)) {
        sk_value n = sk_type_full_name(vm, sk_as_type(v));
        if (!n) return false;
        sk_buf_append(b, sk_str_data(n), sk_str_size(n));
        return true;
    }
    if (sk_is_list(vm, v)) {
        sk_buf_putc(b, '[');
        for (size_t i = 0; i < sk_list_len(v); i++) {
            if (i) sk_buf_puts(b, ", ");
            if (!alias_arg_repr(vm, b, sk_list_items(v)[i])) return false;
        }
        sk_buf_putc(b, ']');
        return true;
    }
    return sk_buf_fmt(vm, b, "%R", v);
}

static sk_value alias_repr(sk_vm *vm, sk_value self) {
    generic_alias *a = (generic_alias *)sk_as_obj(self);
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    if (!alias_arg_repr(vm, &b, a->origin)) goto fail;
    sk_buf_putc(&b, '[');
    if (sk_tuple_len(a->args) == 0) sk_buf_puts(&b, "()");
    for (size_t i = 0; i < sk_tuple_len(a->args); i++) {
        if (i) sk_buf_puts(&b, ", ");
        if (!alias_arg_repr(vm, &b, sk_tuple_get(a->args, i))) goto fail;
    }
    sk_buf_putc(&b, ']');
    return sk_str_from_buf(vm, &b);
fail:
    sk_buf_free(&b);
    return SK_NULL;
}

static sk_value alias_call(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kw) {
    return sk_call(vm, ((generic_alias *)sk_as_obj(self))->origin, args, nargs, kw);
}

static sk_value alias_getattr(sk_vm *vm, sk_value self, sk_value name) {
    generic_alias *a = (generic_alias *)sk_as_obj(self);
    if (sk_str_eq_cstr(name, "__origin__")) return a->origin;
    if (sk_str_eq_cstr(name, "__args__")) return a->args;
    if (sk_str_eq_cstr(name, "__parameters__")) return vm->empty_tuple;
    sk_value v = sk_generic_getattr_opt(vm, self, name);
    if (v || vm->exc) return v;
    return sk_getattr(vm, a->origin, name);
}

static sk_value alias_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    if ((op != SK_EQ && op != SK_NE) || !sk_is_ptr(b) || sk_as_obj(b)->type != vm->alias_type) return SK_NOTIMPL;
    generic_alias *x = (generic_alias *)sk_as_obj(a), *y = (generic_alias *)sk_as_obj(b);
    int eq = x->origin == y->origin;
    if (eq) {
        eq = sk_eq(vm, x->args, y->args);
        if (eq < 0) return SK_NULL;
    }
    return sk_from_bool(op == SK_EQ ? eq : !eq);
}

static int64_t alias_hash(sk_vm *vm, sk_value self) {
    generic_alias *a = (generic_alias *)sk_as_obj(self);
    int64_t h = sk_hash(vm, a->args);
    if (h == -1 && vm->exc) return -1;
    int64_t r = sk_hash_pointer((void *)(uintptr_t)a->origin) ^ h;
    return r == -1 ? -2 : r;
}

void sk_type_init_types(sk_vm *vm) {
    sk_type *obj = sk_type_init_builtin(vm, SK_T_OBJECT, NULL, sizeof(sk_obj), SK_TF_BASETYPE);
    obj->tp_new = object_new;
    obj->tp_init = object_init;
    obj->repr = object_repr;
    obj->str = object_str;
    obj->hash = object_hash;
    obj->richcmp = object_richcmp;
    obj->getattr = sk_generic_getattr;
    obj->setattr = sk_generic_setattr;
    (void)sk_type_add_methods(vm, obj, object_methods);
    (void)sk_type_add_getsets(vm, obj, object_getsets);

    sk_type *t = sk_type_init_builtin(vm, SK_T_TYPE, obj, sizeof(sk_type), SK_TF_BASETYPE | SK_TF_TYPE_SUB);
    t->trace = type_trace;
    t->tp_new = type_new;
    t->tp_init = type_init;
    t->call = type_call;
    t->repr = type_repr;
    t->getattr = sk_type_getattro;
    t->setattr = type_setattro;
    t->nb[SK_NB_OR] = type_or;
    (void)sk_type_add_methods(vm, t, type_methods);
    (void)sk_type_add_getsets(vm, t, type_getsets);

    sk_type *u = sk_type_new_builtin(vm, "UnionType", "types", obj, sizeof(union_type), 0);
    if (u) {
        u->trace = union_trace;
        u->repr = union_repr;
        u->richcmp = union_richcmp;
        u->hash = union_hash;
        u->nb[SK_NB_OR] = type_or;
        (void)sk_type_add_getsets(vm, u, union_getsets);
        vm->union_type = u;
    }
    sk_type *ga = sk_type_new_builtin(vm, "GenericAlias", "types", obj, sizeof(generic_alias), 0);
    if (ga) {
        ga->trace = alias_trace;
        ga->repr = alias_repr;
        ga->call = alias_call;
        ga->getattr = alias_getattr;
        ga->richcmp = alias_richcmp;
        ga->hash = alias_hash;
        ga->nb[SK_NB_OR] = type_or;
        ga->tp_new = alias_tp_new;
        vm->alias_type = ga;
    }
}
