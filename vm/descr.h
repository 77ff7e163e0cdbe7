/* descr.h — descriptor and native-callable objects: built-in functions and
 * methods, method descriptors, slot wrappers, getset and member
 * descriptors, property, classmethod, staticmethod.
 */
#ifndef SK_DESCR_H
#define SK_DESCR_H

#include "type.h"

/* A C function as a Python object. For a module-level function `self` is
 * SK_NULL; for a method bound to an instance it is the instance. */
typedef struct sk_builtin {
    sk_obj hdr;
    const sk_method_def *def;
    sk_value self;
    sk_value module;       /* str: __module__, or SK_NULL */
} sk_builtin;

/* An unbound method of a built-in type: list.append. */
typedef struct sk_method_descr {
    sk_obj hdr;
    const sk_method_def *def;
    sk_type *owner;
} sk_method_descr;

typedef struct sk_getset_descr {
    sk_obj hdr;
    const sk_getset_def *def;
    sk_type *owner;
} sk_getset_descr;

typedef struct sk_member_descr {
    sk_obj hdr;
    sk_value name;
    uint32_t offset;
    uint8_t kind;
    sk_type *owner;
    const char *doc;
} sk_member_descr;

/* A C slot exposed as a dunder: int.__add__, object.__init__. */
typedef struct sk_slotdef sk_slotdef;
typedef struct sk_slot_wrapper {
    sk_obj hdr;
    const sk_slotdef *slot;
    sk_type *owner;
    void *fn;              /* the slot's C function at creation */
} sk_slot_wrapper;

/* A slot wrapper bound to an instance: (1).__add__ */
typedef struct sk_method_wrapper {
    sk_obj hdr;
    sk_value wrapper;
    sk_value self;
} sk_method_wrapper;

typedef struct sk_property {
    sk_obj hdr;
    sk_value fget, fset, fdel, doc, name;
} sk_property;

typedef struct sk_classmethod {   /* also staticmethod */
    sk_obj hdr;
    sk_value func;
    sk_value dict;
} sk_classmethod;

/* Creates a built-in function from a static definition; module (a str or
 * SK_NULL) becomes its __module__. */
SK_INTERNAL sk_value sk_builtin_new(sk_vm *vm, const sk_method_def *def, sk_value self,
                                    sk_value module) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_method_descr_new(sk_vm *vm, const sk_method_def *def, sk_type *owner) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_getset_descr_new(sk_vm *vm, const sk_getset_def *def, sk_type *owner) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_member_descr_new(sk_vm *vm, sk_value name, uint32_t offset, uint8_t kind,
                                         sk_type *owner, const char *doc) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_slot_wrapper_new(sk_vm *vm, const sk_slotdef *slot, sk_type *owner, void *fn) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_staticmethod_new(sk_vm *vm, sk_value func) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_classmethod_new(sk_vm *vm, sk_value func) SK_MUST_CHECK;

/* Checks a call against a method table entry's argument counts and keyword
 * rule, raising CPython's TypeError messages. `self_counted` is true when
 * args include self. */
SK_INTERNAL bool sk_check_native_args(sk_vm *vm, const sk_method_def *def, size_t nargs,
                                      sk_value kwnames, bool self_counted) SK_MUST_CHECK;

/* super(cls, obj).name, without creating the super object. */
SK_INTERNAL sk_value sk_super_getattr(sk_vm *vm, sk_value cls, sk_value obj, sk_value name) SK_MUST_CHECK;

SK_INTERNAL void sk_descr_init_types(sk_vm *vm);

#endif
