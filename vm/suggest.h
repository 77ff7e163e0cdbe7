/* suggest.h — the "Did you mean" hints CPython 3.12's exception printer
 * appends to NameError, AttributeError and ImportError messages, and the
 * list of standard-library module names behind "Did you forget to import".
 *
 * The hints follow the C printer (Python/suggestions.c), not the traceback
 * module: they are offered only for exceptions of exactly those three
 * types, names are compared as UTF-8 bytes, and a NameError looks in the
 * frame's local names, then its globals, then its builtins, stopping at the
 * first group that has a close enough name. stdlib/traceback.py has its
 * own Python version of the traceback module's rules.
 */
#ifndef SK_SUGGEST_H
#define SK_SUGGEST_H

#include "vm.h"

/* The text to append to the message line of `exc` (". Did you mean:
 * 'x'?", ". Did you forget to import 'sys'?"…), or SK_NULL when there is
 * none. Never leaves an exception set: a failing dir() or attribute lookup
 * just means no hint, as in CPython. */
SK_INTERNAL sk_value sk_suggest_for(sk_vm *vm, sk_value exc);

/* The closest of `candidates` (a list or tuple of str) to `name` by
 * CPython's weighted Levenshtein distance, or SK_NULL when none is close
 * enough (or there are too many candidates). No exception. */
SK_INTERNAL sk_value sk_suggest_closest(sk_vm *vm, sk_value candidates, sk_value name);

/* Is `name` one of CPython 3.12's sys.stdlib_module_names? */
SK_INTERNAL bool sk_is_stdlib_module_name(const char *name, size_t len);
/* sys.stdlib_module_names: a new frozenset of str. */
SK_INTERNAL sk_value sk_stdlib_module_names(sk_vm *vm) SK_MUST_CHECK;

#endif
