/* import.h — the import system: finding modules (built-in C modules,
 * bundled Python modules, .py files on sys.path), loading them into
 * sys.modules, and the import statements' semantics. */
#ifndef SK_IMPORT_H
#define SK_IMPORT_H

#include "vm.h"

/* __import__(name, globals, locals, fromlist, level). */
SK_INTERNAL sk_value sk_import_name(sk_vm *vm, sk_value name, sk_value globals, sk_value locals,
                                    sk_value fromlist, int level) SK_MUST_CHECK;
/* `from module import name`, with CPython's ImportError message. */
SK_INTERNAL sk_value sk_import_from(sk_vm *vm, sk_value module, sk_value name) SK_MUST_CHECK;
/* `from module import *` into namespace ns. */
SK_INTERNAL bool sk_import_star(sk_vm *vm, sk_value module, sk_value ns) SK_MUST_CHECK;
/* import a module by dotted name from C. */
SK_INTERNAL sk_value sk_import_cstr(sk_vm *vm, const char *name) SK_MUST_CHECK;
/* `from module import name`, from C: the attribute, imported on demand. */
SK_INTERNAL sk_value sk_import_attr_cstr(sk_vm *vm, const char *module, const char *name) SK_MUST_CHECK;

#endif
