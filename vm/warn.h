/* warn.h — warnings and "Exception ignored" reports, printed as CPython
 * prints them when no warnings filter says otherwise. */
#ifndef SK_WARN_H
#define SK_WARN_H

#include "vm.h"

/* Issues a warning of `category` (an exception class) with `msg`,
 * attributed to the Python frame `stacklevel` levels up (1: the current
 * one). Goes through the warnings module when it has been imported, so
 * its filters apply; otherwise prints "file:line: Category: msg" and the
 * source line once per location. Returns false if the warning was turned
 * into an exception (the exception is set). */
SK_INTERNAL bool sk_warn(sk_vm *vm, sk_type *category, sk_value msg, int stacklevel) SK_MUST_CHECK;
SK_INTERNAL bool sk_warn_cstr(sk_vm *vm, sk_type *category, const char *msg, int stacklevel) SK_MUST_CHECK;

/* "RuntimeWarning: coroutine 'f' was never awaited" for a coroutine that
 * was dropped before it started. */
SK_INTERNAL void sk_warn_never_awaited(sk_vm *vm, sk_value coro);

/* Prints an exception that cannot be raised to anyone (it happened in a
 * finaliser): "Exception ignored in: <repr of obj>" or msg, then the
 * traceback. exc may be SK_NULL (then nothing is printed). */
SK_INTERNAL void sk_report_unraisable(sk_vm *vm, sk_value exc, sk_value obj, const char *msg);

#endif
