/* exc.h — exception objects: the built-in hierarchy, raising, chaining,
 * tracebacks.
 *
 * The hierarchy is declared once, in SK_EXCEPTIONS below; vm->exc_types[]
 * holds the type objects. An exception being raised lives in vm->exc
 * between the raise and the handler that takes it; functions that fail
 * return SK_NULL / -1 and leave it there (see object.h).
 *
 * Implicit chaining (__context__) happens in sk_exc_raise: the exception
 * currently being handled (sys.exception()) becomes the new one's context,
 * as in CPython.
 */
#ifndef SK_EXC_H
#define SK_EXC_H

#include "object.h"

typedef struct sk_vm sk_vm;

/* X(ID, "Name", BASE_ID, layout) in CPython 3.12's order. The layout names
 * the C struct the instances use (sk_exception or one extending it). */
#define SK_EXCEPTIONS(X)                                                  \
    X(BASE, "BaseException", BASE, BASE)                                  \
    X(BASE_GROUP, "BaseExceptionGroup", BASE, GROUP)                      \
    X(GENERATOR_EXIT, "GeneratorExit", BASE, BASE)                        \
    X(KEYBOARD_INTERRUPT, "KeyboardInterrupt", BASE, BASE)                \
    X(SYSTEM_EXIT, "SystemExit", BASE, SYSEXIT)                           \
    X(EXCEPTION, "Exception", BASE, BASE)                                 \
    X(ARITHMETIC, "ArithmeticError", EXCEPTION, BASE)                     \
    X(FLOATING_POINT, "FloatingPointError", ARITHMETIC, BASE)             \
    X(OVERFLOW, "OverflowError", ARITHMETIC, BASE)                        \
    X(ZERO_DIVISION, "ZeroDivisionError", ARITHMETIC, BASE)               \
    X(ASSERTION, "AssertionError", EXCEPTION, BASE)                       \
    X(ATTRIBUTE, "AttributeError", EXCEPTION, ATTR)                       \
    X(BUFFER, "BufferError", EXCEPTION, BASE)                             \
    X(EOF, "EOFError", EXCEPTION, BASE)                                   \
    X(GROUP, "ExceptionGroup", BASE_GROUP, GROUP)                         \
    X(IMPORT, "ImportError", EXCEPTION, IMPORT)                           \
    X(MODULE_NOT_FOUND, "ModuleNotFoundError", IMPORT, IMPORT)            \
    X(LOOKUP, "LookupError", EXCEPTION, BASE)                             \
    X(INDEX, "IndexError", LOOKUP, BASE)                                  \
    X(KEY, "KeyError", LOOKUP, BASE)                                      \
    X(MEMORY, "MemoryError", EXCEPTION, BASE)                             \
    X(NAME, "NameError", EXCEPTION, NAME)                                 \
    X(UNBOUND_LOCAL, "UnboundLocalError", NAME, NAME)                     \
    X(OS, "OSError", EXCEPTION, OS)                                       \
    X(BLOCKING_IO, "BlockingIOError", OS, OS)                             \
    X(CHILD_PROCESS, "ChildProcessError", OS, OS)                         \
    X(CONNECTION, "ConnectionError", OS, OS)                              \
    X(BROKEN_PIPE, "BrokenPipeError", CONNECTION, OS)                     \
    X(CONNECTION_ABORTED, "ConnectionAbortedError", CONNECTION, OS)       \
    X(CONNECTION_REFUSED, "ConnectionRefusedError", CONNECTION, OS)       \
    X(CONNECTION_RESET, "ConnectionResetError", CONNECTION, OS)           \
    X(FILE_EXISTS, "FileExistsError", OS, OS)                             \
    X(FILE_NOT_FOUND, "FileNotFoundError", OS, OS)                        \
    X(INTERRUPTED, "InterruptedError", OS, OS)                            \
    X(IS_A_DIRECTORY, "IsADirectoryError", OS, OS)                        \
    X(NOT_A_DIRECTORY, "NotADirectoryError", OS, OS)                      \
    X(PERMISSION, "PermissionError", OS, OS)                              \
    X(PROCESS_LOOKUP, "ProcessLookupError", OS, OS)                       \
    X(TIMEOUT, "TimeoutError", OS, OS)                                    \
    X(REFERENCE, "ReferenceError", EXCEPTION, BASE)                       \
    X(RUNTIME, "RuntimeError", EXCEPTION, BASE)                           \
    X(NOT_IMPLEMENTED, "NotImplementedError", RUNTIME, BASE)              \
    X(RECURSION, "RecursionError", RUNTIME, BASE)                         \
    X(STOP_ASYNC_ITERATION, "StopAsyncIteration", EXCEPTION, BASE)        \
    X(STOP_ITERATION, "StopIteration", EXCEPTION, STOPITER)               \
    X(SYNTAX, "SyntaxError", EXCEPTION, SYNTAX)                           \
    X(INDENTATION, "IndentationError", SYNTAX, SYNTAX)                    \
    X(TAB, "TabError", INDENTATION, SYNTAX)                               \
    X(SYSTEM, "SystemError", EXCEPTION, BASE)                             \
    X(TYPE, "TypeError", EXCEPTION, BASE)                                 \
    X(VALUE, "ValueError", EXCEPTION, BASE)                               \
    X(UNICODE, "UnicodeError", VALUE, BASE)                               \
    X(UNICODE_DECODE, "UnicodeDecodeError", UNICODE, UNICODE)             \
    X(UNICODE_ENCODE, "UnicodeEncodeError", UNICODE, UNICODE)             \
    X(UNICODE_TRANSLATE, "UnicodeTranslateError", UNICODE, UNICODE)       \
    X(WARNING, "Warning", EXCEPTION, BASE)                                \
    X(BYTES_WARNING, "BytesWarning", WARNING, BASE)                       \
    X(DEPRECATION_WARNING, "DeprecationWarning", WARNING, BASE)           \
    X(ENCODING_WARNING, "EncodingWarning", WARNING, BASE)                 \
    X(FUTURE_WARNING, "FutureWarning", WARNING, BASE)                     \
    X(IMPORT_WARNING, "ImportWarning", WARNING, BASE)                     \
    X(PENDING_DEPRECATION_WARNING, "PendingDeprecationWarning", WARNING, BASE) \
    X(RESOURCE_WARNING, "ResourceWarning", WARNING, BASE)                 \
    X(RUNTIME_WARNING, "RuntimeWarning", WARNING, BASE)                   \
    X(SYNTAX_WARNING, "SyntaxWarning", WARNING, BASE)                     \
    X(UNICODE_WARNING, "UnicodeWarning", WARNING, BASE)                   \
    X(USER_WARNING, "UserWarning", WARNING, BASE)

typedef enum sk_exc_id {
#define X(id, name, base, layout) SK_EXC_##id,
    SK_EXCEPTIONS(X)
#undef X
    SK_EXC_COUNT
} sk_exc_id;

/* Every exception instance starts with this. `dict` is the instance
 * __dict__ (where __notes__ lives, as in CPython). */
typedef struct sk_exception {
    sk_obj hdr;
    sk_value dict;
    sk_value args;             /* tuple */
    sk_value traceback;        /* traceback object or SK_NULL (None) */
    sk_value context;          /* SK_NULL for None */
    sk_value cause;            /* SK_NULL for None */
    uint8_t suppress_context;
} sk_exception;

typedef struct sk_exc_group {
    sk_exception base;
    sk_value message;          /* str */
    sk_value exceptions;       /* tuple */
} sk_exc_group;

typedef struct sk_exc_stopiter {
    sk_exception base;
    sk_value value;
} sk_exc_stopiter;

typedef struct sk_exc_sysexit {
    sk_exception base;
    sk_value code;
} sk_exc_sysexit;

typedef struct sk_exc_import {
    sk_exception base;
    sk_value msg, name, path, name_from;
} sk_exc_import;

typedef struct sk_exc_name {
    sk_exception base;
    sk_value name;
} sk_exc_name;

typedef struct sk_exc_attr {
    sk_exception base;
    sk_value name, obj;
} sk_exc_attr;

typedef struct sk_exc_os {
    sk_exception base;
    sk_value myerrno, strerror, filename, filename2;
} sk_exc_os;

typedef struct sk_exc_syntax {
    sk_exception base;
    sk_value msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line;
    uint8_t tokenizer;   /* raised by the tokenizer: its caret is drawn in
                            characters, not bytes (see parse.h) */
} sk_exc_syntax;

typedef struct sk_exc_unicode {
    sk_exception base;
    sk_value encoding, object, start, end, reason;
} sk_exc_unicode;

/* ---- raising ------------------------------------------------------------
 * Each of these sets vm->exc and returns SK_NULL, so a value-returning
 * function can `return sk_exc_fmt(...)`. */

/* Raises `exc`: an exception instance, or an exception class, which is
 * called with no arguments. Implicit chaining: the exception being handled
 * becomes exc.__context__ (unless that would make a cycle). A non-exception
 * raises TypeError "exceptions must derive from BaseException". */
SK_INTERNAL sk_value sk_exc_raise(sk_vm *vm, sk_value exc);
/* Raises a new exception of built-in type `id` whose single argument is the
 * message built from fmt (see sk_str_fmt for the conversions: %s %d %S %R
 * %T …). */
SK_INTERNAL sk_value sk_exc_fmt(sk_vm *vm, sk_exc_id id, const char *fmt, ...);
SK_INTERNAL sk_value sk_exc_msg(sk_vm *vm, sk_exc_id id, const char *msg);
/* Raises a new exception of type `type` called with `args`. */
SK_INTERNAL sk_value sk_exc_raise_type(sk_vm *vm, sk_type *type, const sk_value *args, size_t nargs);
/* The preallocated MemoryError (allocating one could fail again). */
SK_INTERNAL sk_value sk_exc_no_memory(sk_vm *vm);
/* KeyError(key), StopIteration(value), AttributeError with name/obj set,
 * NameError with name set: these carry fields "Did you mean" needs. */
SK_INTERNAL sk_value sk_exc_key_error(sk_vm *vm, sk_value key);
SK_INTERNAL sk_value sk_exc_stop_iteration(sk_vm *vm, sk_value value);
SK_INTERNAL sk_value sk_exc_attribute_error(sk_vm *vm, sk_value obj, sk_value name);
SK_INTERNAL sk_value sk_exc_name_error(sk_vm *vm, sk_exc_id id, sk_value name, const char *fmt);

/* ---- inspecting -------------------------------------------------------- */

/* Is `exc` (an instance) of built-in exception type `id` or a subclass? */
SK_INTERNAL bool sk_exc_is(sk_vm *vm, sk_value exc, sk_exc_id id);
/* Is an exception being raised, and is it of type `id`? */
SK_INTERNAL bool sk_exc_pending(sk_vm *vm, sk_exc_id id);
/* Takes the exception being raised out of vm->exc. */
SK_INTERNAL sk_value sk_exc_take(sk_vm *vm);
/* Is `v` an exception instance (of BaseException or a subclass)? */
SK_INTERNAL bool sk_is_exception(sk_vm *vm, sk_value v);
/* Is `v` an exception class? */
SK_INTERNAL bool sk_is_exception_type(sk_vm *vm, sk_value v);

/* The exception currently being handled (sys.exception()), or SK_NULL. */
SK_INTERNAL sk_value sk_exc_handled(sk_vm *vm);

/* Creates an instance of `type` with the given args without raising it. */
SK_INTERNAL sk_value sk_exc_new(sk_vm *vm, sk_type *type, const sk_value *args, size_t nargs) SK_MUST_CHECK;

/* Adds a traceback entry for the frame's current instruction to the
 * exception's __traceback__ (entries are prepended, so the list reads
 * outermost first, as tracebacks print). Silently skipped when memory runs
 * out. */
struct sk_frame;
SK_INTERNAL void sk_exc_add_traceback(sk_vm *vm, sk_value exc, struct sk_frame *frame);

/* except* support (excgroup.c): splits the group in regs[0] by the type
 * (or tuple of types) `match`: regs[1] := the matching part or None, regs[0]
 * := the rest or None; a naked exception is wrapped first. Returns 1 when
 * something matched, 0 when not, -1 on error. */
SK_INTERNAL int sk_excgroup_match(sk_vm *vm, sk_value *regs, sk_value match);
/* What an except* statement re-raises at its end: the original group
 * `orig`, and the list `raised` of exceptions its handlers raised or left
 * unhandled. SK_NULL with no exception when nothing remains. */
SK_INTERNAL sk_value sk_excgroup_reraise(sk_vm *vm, sk_value orig, sk_value raised);

/* excgroup.c: BaseExceptionGroup's constructor, methods and attributes,
 * installed on the type the hierarchy creates. */
SK_INTERNAL bool sk_excgroup_init_type(sk_vm *vm, sk_type *t) SK_MUST_CHECK;

/* Builds the built-in hierarchy into vm->exc_types. */
SK_INTERNAL bool sk_exc_init_types(sk_vm *vm);

#endif
