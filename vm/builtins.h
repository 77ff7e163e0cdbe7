/* builtins.h — the builtins module: its functions and the names it
 * binds, and the hooks the interpreter calls (sys.displayhook). */
#ifndef SK_BUILTINS_H
#define SK_BUILTINS_H

#include "vm.h"

/* Creates the builtins module and fills vm->builtins. */
SK_INTERNAL bool sk_builtins_init(sk_vm *vm) SK_MUST_CHECK;
/* What the REPL does with an expression statement's value. */
SK_INTERNAL bool sk_displayhook(sk_vm *vm, sk_value v) SK_MUST_CHECK;
/* print(*args, sep=' ', end='\n', file=None) from C, to sys.stdout. */
SK_INTERNAL bool sk_print_values(sk_vm *vm, const sk_value *args, size_t n) SK_MUST_CHECK;
/* Writes text to sys.stdout / sys.stderr (falling back to the host hooks
 * before sys exists or when it was replaced by something broken). */
SK_INTERNAL bool sk_write_stdout(sk_vm *vm, const char *s, size_t n) SK_MUST_CHECK;
SK_INTERNAL void sk_write_stderr(sk_vm *vm, const char *s, size_t n);

#endif
