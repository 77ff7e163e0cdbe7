/* traceback.h — traceback objects and printing exceptions the way CPython
 * 3.12 prints an uncaught one: chained causes and contexts, the frames
 * with their source lines and ~~~^^^ position markers, "[Previous line
 * repeated N more times]", exception groups in their box layout, notes.
 */
#ifndef SK_TRACEBACK_H
#define SK_TRACEBACK_H

#include "buf.h"
#include "interp.h"

typedef struct sk_traceback {
    sk_obj hdr;
    sk_value next;       /* the next (inner) entry, or SK_NULL */
    sk_value code;
    sk_value globals, builtins;
    /* the frame's variables when the entry was made: the namespace of
     * module and class code, or a copy of a function's registers */
    sk_value ns, regs;
    sk_value frame;      /* a frame object, made when first asked for */
    uint32_t lasti;
    int32_t lineno;
} sk_traceback;

/* A new entry for frame f (at its current instruction) in front of
 * `next`, the entries of the frames it called. */
SK_INTERNAL sk_value sk_traceback_new(sk_vm *vm, sk_value next, sk_frame *f) SK_MUST_CHECK;
/* The value variable `name` had in the entry's frame when the entry was
 * made; SK_NULL (no exception) if it was unbound or is not a variable. */
SK_INTERNAL sk_value sk_traceback_local(sk_vm *vm, sk_value tb, const char *name);

/* Appends CPython's rendering of `exc` (and its chain) to `out`. Errors
 * raised while rendering (a failing __str__) are handled as CPython does
 * and never propagate. */
SK_INTERNAL void sk_traceback_format(sk_vm *vm, sk_value exc, sk_buf *out);
/* Formats and writes to sys.stderr (PyErr_Display). */
SK_INTERNAL void sk_traceback_print(sk_vm *vm, sk_value exc);
/* The same for sys.excepthook(type, value, tb): `tb` (SK_NULL, None or a
 * traceback) becomes the value's traceback if it has none. */
SK_INTERNAL void sk_traceback_display(sk_vm *vm, sk_value exc, sk_value tb);

/* What a segment of source code parses to, for the ~~~^^^ markers: a
 * binary operation (left_end: where its left operand ends, right_start:
 * where its right one starts) or a subscript (left_end: where the value
 * ends, right_start: where the index ends), as UTF-8 byte offsets in the
 * segment. Returns false (kind OTHER) when it does not parse. */
typedef enum { SK_SEGMENT_OTHER, SK_SEGMENT_BINOP, SK_SEGMENT_SUBSCRIPT } sk_segment_kind;
typedef struct sk_segment_tree {
    sk_segment_kind kind;
    int32_t left_end, right_start;
} sk_segment_tree;
SK_INTERNAL bool sk_traceback_segment_tree(sk_vm *vm, const char *segment, size_t size, sk_segment_tree *out);

/* PyTraceBack_Print: "Traceback (most recent call last):" and the
 * entries of tb, without margins, appended to out (nothing when
 * sys.tracebacklimit is 0 or less). */
SK_INTERNAL void sk_traceback_format_entries(sk_vm *vm, sk_value tb, sk_buf *out);

/* The source line `lineno` of `filename` (read and cached per VM), without
 * its newline; SK_NULL when unavailable. */
SK_INTERNAL sk_value sk_source_line(sk_vm *vm, sk_value filename, int32_t lineno);

/* A frame object for the running frame f and, through f_back, its callers
 * (sys._getframe). */
SK_INTERNAL sk_value sk_frame_snapshot(sk_vm *vm, struct sk_frame *f) SK_MUST_CHECK;
/* gen.gi_frame / coro.cr_frame: a snapshot of where the generator is. */
SK_INTERNAL sk_value sk_gen_frame_object(sk_vm *vm, sk_value gen) SK_MUST_CHECK;

SK_INTERNAL void sk_traceback_init_types(sk_vm *vm);

#endif
