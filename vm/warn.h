/* warn.h — warnings and "Exception ignored" reports.
 *
 * The C half of the warnings machinery, CPython's _warnings: the filters,
 * the registries that show a warning once per location, and the plain
 * printing used while the warnings module is not loaded. stdlib/warnings.py
 * imports the shared state and warn()/warn_explicit() from here (the
 * _warnings module, stdlib/_warnings.c), so warnings raised from C and
 * from Python obey the same filters.
 */
#ifndef SK_WARN_H
#define SK_WARN_H

#include "vm.h"

/* Issues a warning of `category` (a Warning subclass) with `msg` (a str),
 * attributed to the Python frame `stacklevel` levels out (1: the innermost
 * one). Returns false if the filters turned it into an exception (set) or
 * showing it failed. */
SK_INTERNAL bool sk_warn(sk_vm *vm, sk_type *category, sk_value msg, int stacklevel) SK_MUST_CHECK;
SK_INTERNAL bool sk_warn_cstr(sk_vm *vm, sk_type *category, const char *msg, int stacklevel) SK_MUST_CHECK;

/* warnings.warn(message, category, stacklevel, source,
 * skip_file_prefixes=tuple or SK_NULL): None, or SK_NULL with an
 * exception. */
SK_INTERNAL sk_value sk_warn_value(sk_vm *vm, sk_value message, sk_value category, int64_t stacklevel,
                                   sk_value source, sk_value skip_prefixes) SK_MUST_CHECK;
/* warnings.warn_explicit(): module SK_NULL means "from the file name";
 * registry SK_NULL or None means no registry; sourceline (a str shown as
 * the source line) and source may be SK_NULL. */
SK_INTERNAL sk_value sk_warn_explicit(sk_vm *vm, sk_value category, sk_value message, sk_value filename,
                                      int64_t lineno, sk_value module, sk_value registry, sk_value sourceline,
                                      sk_value source) SK_MUST_CHECK;
/* _warnings._filters_mutated(): every __warningregistry__ is stale. */
SK_INTERNAL void sk_warn_filters_mutated(sk_vm *vm);
/* The initial filters list, once registry and default action that
 * _warnings exports (made on first use). */
SK_INTERNAL bool sk_warn_module_state(sk_vm *vm, sk_value *filters, sk_value *once, sk_value *action) SK_MUST_CHECK;

/* "RuntimeWarning: coroutine 'f' was never awaited" for a coroutine that
 * was dropped before it started (through warnings._warn_unawaited_coroutine,
 * as in CPython). Never raises. */
SK_INTERNAL void sk_warn_never_awaited(sk_vm *vm, sk_value coro);

/* Reports an exception that cannot be raised to anyone (it happened in a
 * finaliser) through sys.unraisablehook; by default "Exception ignored
 * in: <repr of obj>" (or `msg` when given), the traceback and the
 * exception's last line. exc may be SK_NULL (then nothing happens). */
SK_INTERNAL void sk_report_unraisable(sk_vm *vm, sk_value exc, sk_value obj, const char *msg);
/* Makes the type of sys.unraisablehook's argument (UnraisableHookArgs,
 * which CPython does not put in sys either). */
SK_INTERNAL bool sk_warn_init_sys(sk_vm *vm, sk_value sys) SK_MUST_CHECK;
/* sys.__unraisablehook__(args) */
SK_INTERNAL sk_value sk_warn_default_unraisablehook(sk_vm *vm, sk_value args) SK_MUST_CHECK;

#endif
