/* value.h — the one value type, sk_value, and its accessors.
 *
 * A value is one 64-bit word. Its low bits say what it is:
 *
 *     ...ddd1   a small int: the word shifted right by one (arithmetic) is
 *               a signed 63-bit integer in [SK_SMALL_MIN, SK_SMALL_MAX].
 *               Arithmetic on these allocates nothing.
 *     ...kk10   an immediate constant: None, False, True, NotImplemented,
 *               Ellipsis (k = the SK_IMM_* index). They are singletons
 *               without a heap object.
 *     ...pp00   a pointer to a heap object (sk_obj), 8-byte aligned.
 *     0         SK_NULL: "no value" — an empty register, an unbound local,
 *               an error return from a function that produces a value.
 *               Never visible to Python code.
 *
 * Ints that outgrow the small range become heap big ints; the VM keeps ints
 * canonical (a heap int never holds a value that fits inline), so two ints
 * are equal exactly when their words are equal or both are heap ints with
 * equal magnitudes.
 *
 * Code outside this header uses only the accessors below, so the layout
 * can change without touching callers.
 */
#ifndef SK_VALUE_H
#define SK_VALUE_H

#include <stdbool.h>
#include <stdint.h>

#if UINTPTR_MAX != UINT64_MAX
#error "skein needs a 64-bit target"
#endif

typedef uint64_t sk_value;
typedef struct sk_obj sk_obj;

#define SK_NULL ((sk_value)0)

#define SK_SMALL_BITS 63
#define SK_SMALL_MAX ((int64_t)(((uint64_t)1 << (SK_SMALL_BITS - 1)) - 1))
#define SK_SMALL_MIN (-SK_SMALL_MAX - 1)

enum {
    SK_IMM_NONE,
    SK_IMM_FALSE,
    SK_IMM_TRUE,
    SK_IMM_NOTIMPL,
    SK_IMM_ELLIPSIS,
    SK_IMM_COUNT
};

#define SK_IMMEDIATE(k) ((sk_value)(((uint64_t)(k) << 2) | 2u))
#define SK_NONE SK_IMMEDIATE(SK_IMM_NONE)
#define SK_FALSE SK_IMMEDIATE(SK_IMM_FALSE)
#define SK_TRUE SK_IMMEDIATE(SK_IMM_TRUE)
#define SK_NOTIMPL SK_IMMEDIATE(SK_IMM_NOTIMPL)
#define SK_ELLIPSIS SK_IMMEDIATE(SK_IMM_ELLIPSIS)

static inline bool sk_is_int(sk_value v) { return (v & 1u) != 0; }
static inline bool sk_is_imm(sk_value v) { return (v & 3u) == 2u; }
static inline bool sk_is_ptr(sk_value v) { return (v & 3u) == 0 && v != 0; }
static inline bool sk_is_null(sk_value v) { return v == SK_NULL; }
static inline bool sk_is_none(sk_value v) { return v == SK_NONE; }
static inline bool sk_is_bool(sk_value v) { return v == SK_TRUE || v == SK_FALSE; }
static inline unsigned sk_imm_kind(sk_value v) { return (unsigned)(v >> 2); }

static inline int64_t sk_as_int(sk_value v) { return (int64_t)v >> 1; }
/* Only for n in [SK_SMALL_MIN, SK_SMALL_MAX]; see sk_int_from_i64 for any n. */
static inline sk_value sk_from_int(int64_t n) { return ((uint64_t)n << 1) | 1u; }
static inline bool sk_int_fits_small(int64_t n) { return n >= SK_SMALL_MIN && n <= SK_SMALL_MAX; }

static inline sk_value sk_from_bool(bool b) { return b ? SK_TRUE : SK_FALSE; }

static inline sk_obj *sk_as_obj(sk_value v) { return (sk_obj *)(uintptr_t)v; }
static inline sk_value sk_from_obj(const void *o) { return (sk_value)(uintptr_t)o; }

#endif
