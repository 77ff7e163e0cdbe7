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
    SK_COMPILE_TOP_LEVEL_AWAIT = 4, /* module code may use await, async for
                                    and async with; if it does, it becomes
                                    a coroutine (CPython's
                                    PyCF_ALLOW_TOP_LEVEL_AWAIT) */
};

/* Parses and compiles source text. Returns a code object, or SK_NULL with
 * SyntaxError (or MemoryError) raised. `filename` appears in the code and
 * in errors. */
SK_INTERNAL sk_value sk_compile_source(sk_vm *vm, const char *src, size_t len, sk_value filename, ast_mode mode,
                                       int flags) SK_MUST_CHECK;

/* Compiles one interactive input in 'single' mode (SK_COMPILE_REPL is
 * implied), the way CPython's REPL reads it: `src` is the lines typed so
 * far. When more lines could still complete it (an open bracket or
 * triple-quoted string, a block after ':', or a compound statement not yet
 * ended by an empty line), sets *incomplete and returns SK_NONE with no
 * exception. Otherwise returns the code object, or SK_NULL with the
 * SyntaxError raised. With `incomplete` NULL, no more lines will come: the
 * input compiles as it stands. */
SK_INTERNAL sk_value sk_compile_interactive(sk_vm *vm, const char *src, size_t len, sk_value filename, int flags,
                                            bool *incomplete) SK_MUST_CHECK;

/* Raises the SyntaxError (or IndentationError, TabError, MemoryError) an
 * sk_syntax_error describes. Always returns SK_NULL. */
SK_INTERNAL sk_value sk_raise_syntax_error(sk_vm *vm, const sk_syntax_error *err, sk_value filename,
                                           const char *src, size_t len, int flags);

#endif
