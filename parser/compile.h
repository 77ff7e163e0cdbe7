/* compile.h — AST to code objects.
 *
 * The compiler turns a module (or an eval/single input) into a tree of
 * code objects for the register VM: it allocates registers (named locals
 * first, temporaries above them), emits the instructions of vm/opcodes.h
 * with a source position each, builds the exception table, and reports
 * the errors CPython's compiler reports ("'return' outside function",
 * "'break' outside loop", the except* restrictions…) as SyntaxError.
 */
#ifndef SK_COMPILE_H
#define SK_COMPILE_H

#include "ast.h"
#include "parse.h"
#include "vm.h"

enum {
    SK_COMPILE_REPL = 1,       /* 'single' input: print expression values */
    SK_COMPILE_BYTE_OFFSETS = 2, /* the source was read as bytes (a file, or
                                    bytes given to compile/exec): as in
                                    CPython, SyntaxError offsets then count
                                    UTF-8 bytes, not characters */
};

/* Parses and compiles source text. Returns a code object, or SK_NULL with
 * SyntaxError (or MemoryError) raised. `filename` appears in the code and
 * in errors. */
SK_INTERNAL sk_value sk_compile_source(sk_vm *vm, const char *src, size_t len, sk_value filename, ast_mode mode,
                                       int flags) SK_MUST_CHECK;

/* Raises the SyntaxError (or IndentationError, TabError, MemoryError) an
 * sk_syntax_error describes. Always returns SK_NULL. */
SK_INTERNAL sk_value sk_raise_syntax_error(sk_vm *vm, const sk_syntax_error *err, sk_value filename,
                                           const char *src, size_t len, int flags);

#endif
