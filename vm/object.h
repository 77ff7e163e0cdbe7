/* object.h — the heap object header, type objects and their protocol slots.
 *
 * Every heap object starts with sk_obj: its type and its GC word. Types are
 * objects too (sk_type), and built-in and user-defined classes share the one
 * representation. A type carries a table of C "slots" for the protocol the
 * VM uses constantly (repr, hash, compare, attribute access, call,
 * iteration, arithmetic…). Built-in types fill them with C functions; a
 * user class gets generic slots that call its __dunder__ methods, installed
 * by sk_type_fixup_slots() whenever the class or one of its bases changes a
 * dunder (see type.c). A slot is NULL when the type does not support it.
 *
 * Error convention for slots (and for C functions generally): a function
 * returning sk_value returns SK_NULL with an exception set on failure; one
 * returning int returns -1 with an exception set. Both are marked
 * SK_MUST_CHECK where declared.
 */
#ifndef SK_OBJECT_H
#define SK_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "value.h"

#if !defined(SK_BUILDING_LIB)
#error "object.h is internal to the skein library"
#endif

#define SK_MUST_CHECK __attribute__((warn_unused_result))
#define SK_INTERNAL __attribute__((visibility("hidden")))
#define SK_LIKELY(x) __builtin_expect(!!(x), 1)
#define SK_UNLIKELY(x) __builtin_expect(!!(x), 0)

typedef struct sk_vm sk_vm;
typedef struct sk_type sk_type;

/* The GC word: the object's allocation number (which orders objects by
 * age) shifted past three flag bits. */
#define SK_GC_MARK ((uintptr_t)1)
#define SK_GC_FINALIZED ((uintptr_t)2) /* Python-level finaliser already run */
#define SK_GC_FLAGS ((uintptr_t)7)

struct sk_obj {
    sk_type *type;
    uintptr_t gc;
};

/* ---- the binary operators, declared once ------------------------------ */

/* X(ID, dunder, reflected dunder, in-place dunder, symbol) */
#define SK_BINOPS(X)                                             \
    X(ADD, "__add__", "__radd__", "__iadd__", "+")               \
    X(SUB, "__sub__", "__rsub__", "__isub__", "-")               \
    X(MUL, "__mul__", "__rmul__", "__imul__", "*")               \
    X(MATMUL, "__matmul__", "__rmatmul__", "__imatmul__", "@")   \
    X(TRUEDIV, "__truediv__", "__rtruediv__", "__itruediv__", "/") \
    X(FLOORDIV, "__floordiv__", "__rfloordiv__", "__ifloordiv__", "//") \
    X(MOD, "__mod__", "__rmod__", "__imod__", "%")               \
    X(POW, "__pow__", "__rpow__", "__ipow__", "**")              \
    X(LSHIFT, "__lshift__", "__rlshift__", "__ilshift__", "<<")  \
    X(RSHIFT, "__rshift__", "__rrshift__", "__irshift__", ">>")  \
    X(AND, "__and__", "__rand__", "__iand__", "&")               \
    X(OR, "__or__", "__ror__", "__ior__", "|")                   \
    X(XOR, "__xor__", "__rxor__", "__ixor__", "^")               \
    X(DIVMOD, "__divmod__", "__rdivmod__", NULL, "divmod()")

typedef enum sk_nbop {
#define X(id, d, r, i, s) SK_NB_##id,
    SK_BINOPS(X)
#undef X
    SK_NB_COUNT
} sk_nbop;

/* Rich comparison operators, in CPython's order (Py_LT…Py_GE). */
typedef enum sk_cmpop { SK_LT, SK_LE, SK_EQ, SK_NE, SK_GT, SK_GE } sk_cmpop;

/* ---- slot signatures --------------------------------------------------- */

typedef sk_value (*sk_unary_fn)(sk_vm *vm, sk_value a);
typedef sk_value (*sk_binary_fn)(sk_vm *vm, sk_value a, sk_value b);
/* The one calling convention: positional args, then keyword values;
 * kwnames is a tuple of str naming the trailing len(kwnames) args, or
 * SK_NULL. `args` must stay valid for the call's duration (sk_call roots it). */
typedef sk_value (*sk_call_fn)(sk_vm *vm, sk_value callable, const sk_value *args,
                               size_t nargs, sk_value kwnames);
/* Iteration: returns 1 and sets *out, 0 when exhausted (no exception), -1
 * on error. */
typedef int (*sk_next_fn)(sk_vm *vm, sk_value it, sk_value *out);
typedef void (*sk_trace_fn)(sk_vm *vm, sk_obj *o);
typedef void (*sk_finalize_fn)(sk_vm *vm, sk_obj *o);

/* ---- type flags -------------------------------------------------------- */

enum {
    SK_TF_HEAP = 1u << 0,        /* created by a class statement or type() */
    SK_TF_BASETYPE = 1u << 1,    /* may be subclassed */
    SK_TF_READY = 1u << 2,
    SK_TF_ABSTRACT = 1u << 3,    /* has abstract methods (abc) */
    SK_TF_IMMUTABLE = 1u << 4,   /* attributes cannot be set (built-ins) */
    SK_TF_MEMORYVIEW = 1u << 5,  /* instances are memoryviews (memoryview.h) */
    /* fast subclass tests, inherited by subclasses */
    SK_TF_INT_SUB = 1u << 8,
    SK_TF_STR_SUB = 1u << 9,
    SK_TF_TUPLE_SUB = 1u << 10,
    SK_TF_LIST_SUB = 1u << 11,
    SK_TF_DICT_SUB = 1u << 12,
    SK_TF_EXC_SUB = 1u << 13,
    SK_TF_TYPE_SUB = 1u << 14,
    SK_TF_BYTES_SUB = 1u << 15,
    SK_TF_FLOAT_SUB = 1u << 16,
    SK_TF_SUBCLASS_FLAGS = 0x1FF00u,
    /* the class (or a base) defines __getattr__ or __getattribute__ in
     * Python, so the generic attribute fast paths do not apply */
    SK_TF_CUSTOM_GETATTR = 1u << 20,
    SK_TF_HAS_FINALIZER = 1u << 21, /* instances have a Python __del__ */
    /* instances of this exact type (the flag is not inherited) join the
     * collector's list of objects that may need a finaliser only when
     * they ask, with sk_gc_track_finalizer, instead of when allocated */
    SK_TF_TRACK_LATE = 1u << 22,
};

struct sk_type {
    sk_obj hdr;
    const char *c_name;        /* for built-ins: static name; else NULL */
    sk_value name;             /* str: __name__ */
    sk_value qualname;         /* str: __qualname__ */
    sk_value module;           /* str or SK_NULL (built-ins: "builtins") */
    sk_value tp_name;          /* str naming it in messages, for C types of
                                  modules other than builtins: "_io.FileIO";
                                  SK_NULL: use `name` */
    sk_type *base;             /* __base__: the base whose layout we extend */
    sk_value bases;            /* tuple of types: __bases__ */
    sk_value mro;              /* tuple of types: __mro__ */
    sk_value dict;             /* dict: the class namespace */
    sk_value subclasses;       /* list of weakrefs to direct subclasses */
    sk_value metadata;         /* for native modules' private use */
    uint32_t flags;
    uint32_t version;          /* attribute-cache tag; 0 = not cacheable */
    uint32_t size;             /* instance size in bytes */
    int32_t dict_offset;       /* where an instance keeps its __dict__, 0: none */
    uint32_t slots_offset;     /* first __slots__ value */
    uint32_t nslots;

    /* memory */
    size_t (*size_of)(const sk_obj *o); /* variable-sized instances; NULL:
                                           every instance is `size` bytes */
    sk_trace_fn trace;         /* marks the values an instance refers to */
    sk_finalize_fn finalize;   /* frees what an instance owns outside the GC */
    /* Python-visible finalisation (a generator's close(), a task's "never
     * retrieved" log, __del__): `needs_finalizer` says whether an
     * unreachable instance must be kept alive for `py_finalize`, which runs
     * later, at a safe point, once per object. */
    bool (*needs_finalizer)(sk_vm *vm, sk_obj *o);
    void (*py_finalize)(sk_vm *vm, sk_value o);

    /* creation */
    sk_call_fn tp_new;         /* callable is the type itself */
    int (*tp_init)(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs,
                   sk_value kwnames);

    /* the object protocol */
    sk_unary_fn repr;
    sk_unary_fn str;
    int64_t (*hash)(sk_vm *vm, sk_value a);  /* -1 on error */
    sk_value (*richcmp)(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op);
    sk_value (*getattr)(sk_vm *vm, sk_value obj, sk_value name);
    int (*setattr)(sk_vm *vm, sk_value obj, sk_value name, sk_value v); /* v NULL: del */
    sk_value (*descr_get)(sk_vm *vm, sk_value descr, sk_value obj, sk_value type);
    int (*descr_set)(sk_vm *vm, sk_value descr, sk_value obj, sk_value v); /* v NULL: del */
    sk_call_fn call;
    int (*truth)(sk_vm *vm, sk_value a);

    /* iteration and containers */
    sk_unary_fn iter;
    sk_next_fn next;
    int64_t (*len)(sk_vm *vm, sk_value a);   /* -1 on error */
    sk_binary_fn getitem;
    int (*setitem)(sk_vm *vm, sk_value o, sk_value key, sk_value v); /* v NULL: del */
    int (*contains)(sk_vm *vm, sk_value o, sk_value key);

    /* numbers: nb[op](a, b) is called with the operands in source order,
     * whichever of the two has this type (CPython's convention). */
    sk_binary_fn nb[SK_NB_COUNT];
    sk_binary_fn nb_inplace[SK_NB_COUNT];
    sk_unary_fn neg, pos, abs, invert;
    sk_unary_fn index;         /* __index__: returns an int */
    sk_unary_fn to_int;        /* __int__ */
    sk_unary_fn to_float;      /* __float__ */

    /* async */
    sk_unary_fn await;
    /* A built-in awaitable that is its own iterator under `await`
     * (asyncio's Future and Task): one step, as sk_next_fn, with the sent
     * value ignored. The awaiting coroutine delegates to the object itself
     * and no iterator is made; only its built-in type does this, not a
     * subclass (which may override __await__). */
    int (*await_step)(sk_vm *vm, sk_value self, sk_value *out);
    sk_unary_fn aiter;
    sk_unary_fn anext;
};

/* ---- the built-in types, declared once ---------------------------------
 * X(ID, "name") — vm->types[SK_T_ID]. Exception types are listed
 * separately in exc.h. */
#define SK_BUILTIN_TYPES(X)                         \
    X(OBJECT, "object")                             \
    X(TYPE, "type")                                 \
    X(NONE, "NoneType")                             \
    X(NOTIMPL, "NotImplementedType")                \
    X(ELLIPSIS, "ellipsis")                         \
    X(INT, "int")                                   \
    X(BOOL, "bool")                                 \
    X(FLOAT, "float")                               \
    X(COMPLEX, "complex")                           \
    X(STR, "str")                                   \
    X(BYTES, "bytes")                               \
    X(BYTEARRAY, "bytearray")                       \
    X(MEMORYVIEW, "memoryview")                     \
    X(TUPLE, "tuple")                               \
    X(LIST, "list")                                 \
    X(DICT, "dict")                                 \
    X(SET, "set")                                   \
    X(FROZENSET, "frozenset")                       \
    X(RANGE, "range")                               \
    X(SLICE, "slice")                               \
    X(CELL, "cell")                                 \
    X(CODE, "code")                                 \
    X(FUNCTION, "function")                         \
    X(METHOD, "method")                             \
    X(BUILTIN, "builtin_function_or_method")        \
    X(METHOD_DESCR, "method_descriptor")            \
    X(CLASSMETHOD_DESCR, "classmethod_descriptor")  \
    X(SLOT_WRAPPER, "wrapper_descriptor")           \
    X(METHOD_WRAPPER, "method-wrapper")             \
    X(GETSET, "getset_descriptor")                  \
    X(MEMBER, "member_descriptor")                  \
    X(PROPERTY, "property")                         \
    X(CLASSMETHOD, "classmethod")                   \
    X(STATICMETHOD, "staticmethod")                 \
    X(SUPER, "super")                               \
    X(MODULE, "module")                             \
    X(MAPPINGPROXY, "mappingproxy")                 \
    X(WEAKREF, "ReferenceType")                     \
    X(GENERATOR, "generator")                       \
    X(COROUTINE, "coroutine")                       \
    X(ASYNC_GENERATOR, "async_generator")           \
    X(TRACEBACK, "traceback")                       \
    X(FRAME, "frame")                               \
    X(SEQ_ITER, "iterator")                         \
    X(CALL_ITER, "callable_iterator")               \
    X(LIST_ITER, "list_iterator")                   \
    X(LIST_REVITER, "list_reverseiterator")         \
    X(TUPLE_ITER, "tuple_iterator")                 \
    X(STR_ITER, "str_ascii_iterator")               \
    X(BYTES_ITER, "bytes_iterator")                 \
    X(RANGE_ITER, "range_iterator")                 \
    X(DICT_KEYS, "dict_keys")                       \
    X(DICT_VALUES, "dict_values")                   \
    X(DICT_ITEMS, "dict_items")                     \
    X(DICT_KEYITER, "dict_keyiterator")             \
    X(DICT_VALUEITER, "dict_valueiterator")         \
    X(DICT_ITEMITER, "dict_itemiterator")           \
    X(SET_ITER, "set_iterator")                     \
    X(ENUMERATE, "enumerate")                       \
    X(ZIP, "zip")                                   \
    X(MAP, "map")                                   \
    X(FILTER, "filter")                             \
    X(REVERSED, "reversed")

typedef enum sk_type_id {
#define X(id, name) SK_T_##id,
    SK_BUILTIN_TYPES(X)
#undef X
    SK_T_COUNT
} sk_type_id;

#endif
