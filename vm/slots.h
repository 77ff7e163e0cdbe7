/* slots.h — the bridge between a type's C slots and its __dunder__
 * methods, in both directions:
 *
 *  - a built-in type's C slot is exposed to Python as a slot wrapper
 *    (int.__add__, object.__init__), so explicit calls and super() reach it;
 *  - a class whose dunder is a Python function gets a generic C slot that
 *    looks the dunder up and calls it, so the interpreter's fast paths need
 *    not know whether a type is built in.
 *
 * One table, sk_slotdefs, lists every dunder with its slot; both
 * directions and the per-class fixup are driven by it.
 */
#ifndef SK_SLOTS_H
#define SK_SLOTS_H

#include "type.h"

struct sk_slotdef;

/* Calls the C function `fn` (of the slot's type) for a Python-level call
 * self.__dunder__(*args). */
typedef sk_value (*sk_slot_wrap_fn)(sk_vm *vm, const struct sk_slotdef *slot, void *fn, sk_value self,
                                    const sk_value *args, size_t nargs, sk_value kwnames);

struct sk_slotdef {
    const char *name;          /* "__add__" */
    size_t offset;             /* of the slot field in sk_type */
    sk_slot_wrap_fn wrap;      /* C slot → Python call */
    void *generic;             /* Python dunder → C slot, for classes */
    int arg;                   /* the sk_binop / sk_cmpop the entry is for */
    int min_args, max_args;    /* Python-level positional count, without self */
    const char *doc;
};

SK_INTERNAL extern const struct sk_slotdef sk_slotdefs[];

/* Adds wrappers for the slots a built-in type defines itself. */
SK_INTERNAL bool sk_slots_add_wrappers(sk_vm *vm, sk_type *t) SK_MUST_CHECK;
/* Sets a class's C slots from its MRO: for the dunder `name`, or for every
 * dunder when name is SK_NULL. */
SK_INTERNAL void sk_slots_fixup(sk_vm *vm, sk_type *t, sk_value name);
/* Is `name` (a str) the name of a dunder that has a slot? */
SK_INTERNAL bool sk_slots_is_slot_name(sk_value name);
/* Whether t's tp_init is the slot that calls a Python __init__. */
SK_INTERNAL bool sk_slots_init_is_python(const sk_type *t);

/* Calls type(self).name(self, *args) the way the language calls dunders:
 * looked up on the type, bound by its descriptor. SK_NULL with no exception
 * set when the type has no such attribute (check vm->exc). */
SK_INTERNAL sk_value sk_call_special(sk_vm *vm, sk_value self, sk_value name, const sk_value *args,
                                     size_t nargs);

#endif
