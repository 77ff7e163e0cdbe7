/* ops.h — the generic object protocol: what `repr(x)`, `x + y`, `x[k]`,
 * `x.name`, `iter(x)`, `hash(x)`… mean for any value.
 *
 * These are the vocabulary of the whole VM, so they carry the short
 * sk_<verb> names rather than a module prefix. Each dispatches through the
 * operand's type slots (object.h) with CPython's rules: reflected operands
 * and NotImplemented for binary operators, __eq__/__ne__ fallbacks for
 * comparisons, __getattr__ after a failed attribute lookup, the sequence
 * protocol for iteration, and CPython's error messages when nothing
 * applies.
 *
 * Conventions as in object.h: SK_NULL / -1 mean an exception is set.
 */
#ifndef SK_OPS_H
#define SK_OPS_H

#include "vm.h"

SK_INTERNAL sk_value sk_repr(sk_vm *vm, sk_value v) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_str(sk_vm *vm, sk_value v) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_ascii(sk_vm *vm, sk_value v) SK_MUST_CHECK;
/* format(v, spec); spec may be SK_NULL for "". */
SK_INTERNAL sk_value sk_format(sk_vm *vm, sk_value v, sk_value spec) SK_MUST_CHECK;
/* hash(v); -1 with an exception set on failure (a real -1 hash is -2). */
SK_INTERNAL int64_t sk_hash(sk_vm *vm, sk_value v) SK_MUST_CHECK;
/* The hash slot of unhashable types: raises "unhashable type: 'X'". */
SK_INTERNAL int64_t sk_unhashable(sk_vm *vm, sk_value v);
/* Hashes as CPython computes them, so that sets iterate in the same order
 * for the same elements. */
SK_INTERNAL int64_t sk_hash_double(sk_vm *vm, sk_value owner, double d);
SK_INTERNAL int64_t sk_hash_pointer(const void *p);
/* id(v): unique among the values alive at the same time. */
SK_INTERNAL uint64_t sk_id_of(sk_vm *vm, sk_value v);
/* bool(v): 1, 0, or -1 on error. */
SK_INTERNAL int sk_truth(sk_vm *vm, sk_value v) SK_MUST_CHECK;
/* Python's comparison operators; returns whatever the dunder returned. */
SK_INTERNAL sk_value sk_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) SK_MUST_CHECK;
/* The comparison's truth: 1, 0, or -1 on error. For SK_EQ, identity implies
 * equality (as containers compare). */
SK_INTERNAL int sk_richcmp_bool(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) SK_MUST_CHECK;
/* The truth of the operator `a op b` itself: 1, 0, or -1 on error. No
 * identity shortcut, so `x == x` is False for a nan. */
SK_INTERNAL int sk_compare_truth(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) SK_MUST_CHECK;
SK_INTERNAL int sk_eq(sk_vm *vm, sk_value a, sk_value b) SK_MUST_CHECK;

/* a OP b, for the operators of SK_BINOPS. */
SK_INTERNAL sk_value sk_binop(sk_vm *vm, sk_nbop op, sk_value a, sk_value b) SK_MUST_CHECK;
/* a OP= b: tries the in-place dunder first. */
SK_INTERNAL sk_value sk_inplace_binop(sk_vm *vm, sk_nbop op, sk_value a, sk_value b) SK_MUST_CHECK;
/* pow(a, b, m) with a modulus: CPython's ternary protocol (a's, then b's,
 * then m's power slot). */
SK_INTERNAL sk_value sk_pow3(sk_vm *vm, sk_value a, sk_value b, sk_value m) SK_MUST_CHECK;
/* What the type whose power slot is `slot` answers to pow(a, b, m):
 * a result, an exception, or SK_NOTIMPL. (int.__pow__(b, m) and the like.) */
SK_INTERNAL sk_value sk_pow3_slot(sk_vm *vm, sk_binary_fn slot, sk_value a, sk_value b, sk_value m) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_neg(sk_vm *vm, sk_value v) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_pos(sk_vm *vm, sk_value v) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_invert(sk_vm *vm, sk_value v) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_abs(sk_vm *vm, sk_value v) SK_MUST_CHECK;
/* operator.index(v): an int (bool included), or TypeError with `what`
 * completing "'X' object cannot be interpreted as an integer" when NULL. */
SK_INTERNAL sk_value sk_index(sk_vm *vm, sk_value v) SK_MUST_CHECK;
/* v as a C int64 via __index__; OverflowError beyond int64 with `what` as
 * the message ("cannot fit 'int' into an index-sized integer" when NULL). */
SK_INTERNAL bool sk_index_i64(sk_vm *vm, sk_value v, int64_t *out, const char *what) SK_MUST_CHECK;

/* Attributes; `name` is a str (interned for speed, not required). */
SK_INTERNAL sk_value sk_getattr(sk_vm *vm, sk_value obj, sk_value name) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_getattr_cstr(sk_vm *vm, sk_value obj, const char *name) SK_MUST_CHECK;
/* Like sk_getattr but a missing attribute returns SK_NULL with no
 * exception; other errors return SK_NULL with one (check vm->exc). */
SK_INTERNAL sk_value sk_getattr_opt(sk_vm *vm, sk_value obj, sk_value name);
SK_INTERNAL int sk_setattr(sk_vm *vm, sk_value obj, sk_value name, sk_value v) SK_MUST_CHECK;
SK_INTERNAL int sk_delattr(sk_vm *vm, sk_value obj, sk_value name) SK_MUST_CHECK;
/* Looks `name` up on type(obj) for an implicit dunder call (bypassing the
 * instance, as the language does) and binds it; SK_NULL, no exception,
 * when the type has no such attribute. */
SK_INTERNAL sk_value sk_lookup_special(sk_vm *vm, sk_value obj, sk_value name);

/* Containers. */
SK_INTERNAL sk_value sk_getitem(sk_vm *vm, sk_value o, sk_value key) SK_MUST_CHECK;
SK_INTERNAL int sk_setitem(sk_vm *vm, sk_value o, sk_value key, sk_value v) SK_MUST_CHECK;
SK_INTERNAL int sk_delitem(sk_vm *vm, sk_value o, sk_value key) SK_MUST_CHECK;
/* `key in o`: 1, 0, -1. */
SK_INTERNAL int sk_contains(sk_vm *vm, sk_value o, sk_value key) SK_MUST_CHECK;
SK_INTERNAL int64_t sk_len(sk_vm *vm, sk_value o) SK_MUST_CHECK;

/* Iteration. sk_next: 1 with *out set, 0 at the end (StopIteration is
 * absorbed), -1 on error. */
SK_INTERNAL sk_value sk_iter(sk_vm *vm, sk_value o) SK_MUST_CHECK;
SK_INTERNAL int sk_next(sk_vm *vm, sk_value it, sk_value *out) SK_MUST_CHECK;
/* iter(callable, sentinel) */
SK_INTERNAL sk_value sk_call_iter_new(sk_vm *vm, sk_value callable, sk_value sentinel) SK_MUST_CHECK;

/* Calls. args as in sk_call_fn. */
SK_INTERNAL sk_value sk_call(sk_vm *vm, sk_value callable, const sk_value *args, size_t nargs,
                             sk_value kwnames) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_call0(sk_vm *vm, sk_value callable) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_call1(sk_vm *vm, sk_value callable, sk_value a) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_call2(sk_vm *vm, sk_value callable, sk_value a, sk_value b) SK_MUST_CHECK;
/* obj.name(*args): looks the method up and calls it. */
SK_INTERNAL sk_value sk_call_method(sk_vm *vm, sk_value obj, sk_value name, const sk_value *args,
                                    size_t nargs) SK_MUST_CHECK;
/* callable(*tuple, **dict) with a tuple and an optional dict (SK_NULL). */
SK_INTERNAL sk_value sk_call_tuple_dict(sk_vm *vm, sk_value callable, sk_value tuple, sk_value dict) SK_MUST_CHECK;
SK_INTERNAL bool sk_callable(sk_vm *vm, sk_value v);

/* isinstance / issubclass with CPython's rules (tuples, __instancecheck__,
 * __subclasscheck__): 1, 0, -1. */
SK_INTERNAL int sk_isinstance(sk_vm *vm, sk_value obj, sk_value cls) SK_MUST_CHECK;
SK_INTERNAL int sk_issubclass(sk_vm *vm, sk_value derived, sk_value cls) SK_MUST_CHECK;
/* Fast exact-or-subclass test against a C type. */
static inline bool sk_isinstance_type(sk_vm *vm, sk_value v, sk_type *t);

/* How a callable is named in call errors: "f()" for functions,
 * "A.method()" for methods, "X object" otherwise. */
SK_INTERNAL sk_value sk_callable_name(sk_vm *vm, sk_value callable) SK_MUST_CHECK;

/* The name of v's type as a C string, for messages. */
SK_INTERNAL const char *sk_type_name_of(sk_vm *vm, sk_value v);

/* C recursion guard for code that recurses through arbitrary objects
 * (repr of nested containers, comparisons…): raises RecursionError with
 * `what` appended to "maximum recursion depth exceeded" when too deep. */
SK_INTERNAL bool sk_enter_recursion(sk_vm *vm, const char *what) SK_MUST_CHECK;
static inline void sk_leave_recursion(sk_vm *vm) { vm->c_depth--; }

/* A container's repr that may reach itself (CPython's Py_ReprEnter): 1 when
 * obj's repr is already being made further up (show "[...]" instead), 0
 * when it is now recorded (call sk_repr_leave when done), -1 on error. */
SK_INTERNAL int sk_repr_enter(sk_vm *vm, sk_value obj) SK_MUST_CHECK;
SK_INTERNAL void sk_repr_leave(sk_vm *vm, sk_value obj);

SK_INTERNAL void sk_ops_init_types(sk_vm *vm);

#include "type.h"
static inline bool sk_isinstance_type(sk_vm *vm, sk_value v, sk_type *t) {
    sk_type *vt = sk_typeof(vm, v);
    return vt == t || sk_type_is_subtype(vt, t);
}

#endif
