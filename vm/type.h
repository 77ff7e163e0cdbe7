/* type.h — type objects: building the built-in ones from static tables,
 * creating classes, the MRO, attribute lookup on types and instances, and
 * keeping the C slots of a class in step with its __dunder__ methods.
 *
 * Built-in types are described by static const tables of methods, getters
 * and members (sk_method_def & co., in the manner of Lua's luaL_Reg) and
 * made ready by sk_type_ready(), which computes the MRO, inherits slots
 * from the base and exposes every C slot as a Python-visible dunder
 * (int.__add__, object.__repr__ …) so that super() and explicit calls reach
 * them.
 *
 * Every type has a version tag; any change to a type's namespace (or a
 * base's) gives it and its subclasses a new tag, which invalidates the
 * attribute caches keyed on it.
 */
#ifndef SK_TYPE_H
#define SK_TYPE_H

#include "vm.h"

/* A C function callable from Python: the common calling convention
 * (see sk_call_fn) without the callable itself. Methods receive self as
 * args[0]. */
typedef sk_value (*sk_native_fn)(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames);

enum {
    SK_METH_KEYWORDS = 1,   /* accepts keyword arguments (else: a TypeError) */
    SK_METH_CLASS = 2,      /* a classmethod: args[0] is the class */
    SK_METH_STATIC = 4,     /* a staticmethod: no self */
    SK_METH_NOARGS_MSG = 8, /* message style "f() takes no arguments (N given)" */
};

/* min_args/max_args count positional arguments including self for
 * methods; max_args -1 means any number. Calls outside the range fail with
 * CPython's messages before `fn` runs. */
typedef struct sk_method_def {
    const char *name;
    sk_native_fn fn;
    int16_t min_args, max_args;
    uint16_t flags;
    const char *doc;
} sk_method_def;

typedef struct sk_getset_def {
    const char *name;
    sk_unary_fn get;
    int (*set)(sk_vm *vm, sk_value self, sk_value v);  /* NULL: read-only; v NULL: del */
    const char *doc;
} sk_getset_def;

enum { SK_MEMBER_VALUE, SK_MEMBER_READONLY, SK_MEMBER_NONE_IF_NULL, SK_MEMBER_DOUBLE_READONLY };
typedef struct sk_member_def {
    const char *name;
    uint32_t offset;        /* of an sk_value field in the instance (of a
                               double for DOUBLE_READONLY) */
    uint8_t kind;           /* SK_MEMBER_*: READONLY and DOUBLE_READONLY
                               cannot be set; values that are SK_NULL read
                               as None for NONE_IF_NULL, raise
                               AttributeError otherwise */
    const char *doc;
} sk_member_def;

/* ---- building built-in types ------------------------------------------ */

/* Initialises the built-in type vm->types[id] (allocated by the VM's
 * bootstrap) with its name, base, instance size and flags. */
/* True when instances of t compare equal only to themselves: its richcmp
 * is object's own, not an __eq__ of its own or of a base. */
SK_INTERNAL bool sk_type_eq_is_identity(const sk_type *t);
SK_INTERNAL sk_type *sk_type_init_builtin(sk_vm *vm, sk_type_id id, sk_type *base, size_t size,
                                          uint32_t flags);
/* Creates a further built-in type (one not in SK_BUILTIN_TYPES: a module's
 * type such as collections.deque). `module` names its module. */
SK_INTERNAL sk_type *sk_type_new_builtin(sk_vm *vm, const char *name, const char *module,
                                         sk_type *base, size_t size, uint32_t flags) SK_MUST_CHECK;
/* Add a built-in type's tables to its namespace. Bootstrap may ignore the
 * result: a failure leaves MemoryError in vm->exc, which it checks once. */
SK_INTERNAL bool sk_type_add_methods(sk_vm *vm, sk_type *t, const sk_method_def *defs);
SK_INTERNAL bool sk_type_add_getsets(sk_vm *vm, sk_type *t, const sk_getset_def *defs);
SK_INTERNAL bool sk_type_add_members(sk_vm *vm, sk_type *t, const sk_member_def *defs);
/* Bootstrap (vm.c): from sk_type_begin_boot on, the three functions above
 * only record their tables; sk_type_apply_boot_tables adds them all. */
SK_INTERNAL bool sk_type_begin_boot(sk_vm *vm) SK_MUST_CHECK;
SK_INTERNAL bool sk_type_apply_boot_tables(sk_vm *vm) SK_MUST_CHECK;
/* Frees the recorded tables of a bootstrap that failed. */
SK_INTERNAL void sk_type_drop_boot_tables(sk_vm *vm);
/* Sets t.name = value in the type's namespace (no slot update). */
SK_INTERNAL bool sk_type_set_attr_cstr(sk_vm *vm, sk_type *t, const char *name, sk_value value) SK_MUST_CHECK;
/* Finishes a type: MRO, inherited slots, dunder wrappers for its C slots,
 * __doc__. Call after the slots and tables are in place. */
SK_INTERNAL bool sk_type_ready(sk_vm *vm, sk_type *t) SK_MUST_CHECK;

/* ---- classes ----------------------------------------------------------- */

/* type(name, bases, ns) with metaclass `meta`: the whole class-creation
 * protocol after __prepare__ and the body have run (slots, __set_name__,
 * __init_subclass__, __classcell__). */
SK_INTERNAL sk_value sk_type_create(sk_vm *vm, sk_type *meta, sk_value name, sk_value bases,
                                    sk_value ns, sk_value kwnames_dict) SK_MUST_CHECK;

/* ---- lookups ----------------------------------------------------------- */

/* The attribute `name` (an interned str) found along t's MRO, without
 * descriptors applied; SK_NULL (no exception) when absent. Cached. */
SK_INTERNAL sk_value sk_type_lookup(sk_vm *vm, sk_type *t, sk_value name);
SK_INTERNAL sk_value sk_type_lookup_cstr(sk_vm *vm, sk_type *t, const char *name);
SK_INTERNAL bool sk_type_is_subtype(sk_type *a, sk_type *b);
/* Is v a type object (an instance of type or a metaclass)? */
#define sk_is_type(vm, v) (sk_is_ptr(v) && (sk_as_obj(v)->type->flags & SK_TF_TYPE_SUB))
static inline sk_type *sk_as_type(sk_value v) { return (sk_type *)sk_as_obj(v); }
/* The type's __name__ as a C string (valid while the type lives). */
SK_INTERNAL const char *sk_type_name(sk_type *t);
/* Python-visible qualified name for messages: "module.qualname" for
 * classes outside builtins, else the plain name. */
SK_INTERNAL sk_value sk_type_full_name(sk_vm *vm, sk_type *t) SK_MUST_CHECK;

/* type.__getattribute__ (cls.name): the metatype's data descriptors, then
 * the class's MRO, then the metatype's other attributes. */
SK_INTERNAL sk_value sk_type_getattro(sk_vm *vm, sk_value self, sk_value name);
/* Generic attribute access (object.__getattribute__ / __setattr__). */
SK_INTERNAL sk_value sk_generic_getattr(sk_vm *vm, sk_value obj, sk_value name);
/* Like sk_generic_getattr but returns SK_NULL without raising when the
 * attribute is missing (still raises for other errors: check vm->exc). */
SK_INTERNAL sk_value sk_generic_getattr_opt(sk_vm *vm, sk_value obj, sk_value name);
SK_INTERNAL int sk_generic_setattr(sk_vm *vm, sk_value obj, sk_value name, sk_value v);
/* The instance __dict__ slot of obj, or NULL when its type has none. */
SK_INTERNAL sk_value *sk_instance_dict_slot(sk_vm *vm, sk_value obj);
/* The same, with the common layouts (no dict, or one at a fixed offset)
 * answered inline: for the interpreter's attribute caches. */
static inline sk_value *sk_instance_dict_slot_fast(sk_vm *vm, sk_value obj) {
    if (!sk_is_ptr(obj)) return NULL;
    sk_obj *o = sk_as_obj(obj);
    int32_t off = o->type->dict_offset;
    if (off > 0) return (sk_value *)((char *)o + off);
    if (off == 0) return NULL;
    return sk_instance_dict_slot(vm, obj);
}
/* obj's __dict__, created on first use; SK_NULL if obj has none. */
SK_INTERNAL sk_value sk_instance_dict(sk_vm *vm, sk_value obj);

/* A type's namespace changed at `name`: new version tags and, for a
 * dunder, the C slots of the type and its subclasses follow. */
SK_INTERNAL bool sk_type_modified(sk_vm *vm, sk_type *t, sk_value name) SK_MUST_CHECK;

/* Allocates a fresh instance of t (object.__new__ without checks). */
SK_INTERNAL sk_value sk_type_alloc_instance(sk_vm *vm, sk_type *t) SK_MUST_CHECK;
/* For the interpreter's fast path of `C(args)`: when calling class t
 * (whose metaclass is `type`) only makes a plain instance with
 * object.__new__ and then runs a Python function as __init__, returns
 * that function; else SK_NULL. Raises nothing. */
SK_INTERNAL sk_value sk_type_plain_init(sk_vm *vm, sk_type *t);

/* types.UnionType (int | None) and types.GenericAlias (list[int]). */
SK_INTERNAL bool sk_is_union(sk_vm *vm, sk_value v);
SK_INTERNAL sk_value sk_union_args(sk_value u);
SK_INTERNAL sk_value sk_generic_alias(sk_vm *vm, sk_value origin, sk_value args) SK_MUST_CHECK;
/* The __class_getitem__ built-in generic classes share. */
SK_INTERNAL sk_value sk_class_getitem(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames);

SK_INTERNAL void sk_type_init_types(sk_vm *vm);

#endif
