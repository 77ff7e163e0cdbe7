/* textio.h — the _io module's file objects as the rest of skein sees
 * them: the native sys.stdin/stdout/stderr streams (buffered in the VM and
 * written through the host's write hooks), open(), and the io state's
 * life cycle.
 *
 * print() and the traceback printer write to the native streams directly
 * when sys.stdout/sys.stderr still are them, and call .write() on whatever
 * a program put in their place otherwise.
 */
#ifndef SK_TEXTIO_H
#define SK_TEXTIO_H

#include "vm.h"

/* With `fd` 1 or 2: is v the native stdout or stderr itself? With `fd`
 * 0: is v any _io.TextIOWrapper (whose write print() may call directly)? */
SK_INTERNAL bool sk_is_native_stream(sk_vm *vm, sk_value v, int fd);
/* Writes UTF-8 text to a TextIOWrapper (encoding it, translating
 * newlines). Raises ValueError when closed. */
SK_INTERNAL bool sk_native_stream_write(sk_vm *vm, sk_value stream, const char *s, size_t n) SK_MUST_CHECK;
/* Writes to the native stdout (fd 1) or stderr (fd 2). */
SK_INTERNAL bool sk_stdio_write(sk_vm *vm, int fd, const char *s, size_t n) SK_MUST_CHECK;
/* Pushes what the native stdout holds to the host's write hook. */
SK_INTERNAL void sk_stdio_flush(sk_vm *vm);
/* Creates the three native streams (vm->stdio) at VM creation. */
SK_INTERNAL bool sk_stdio_init(sk_vm *vm) SK_MUST_CHECK;
/* The builtin open(). */
SK_INTERNAL sk_value sk_io_open_function(sk_vm *vm) SK_MUST_CHECK;
/* Marks the io types (the collector's roots). */
SK_INTERNAL void sk_io_mark(sk_vm *vm);
/* At VM exit, before objects are freed: the standard streams and every
 * buffered file write out what they hold. */
SK_INTERNAL void sk_io_shutdown(sk_vm *vm);
/* Frees the io state, after every object is gone. */
SK_INTERNAL void sk_io_free(sk_vm *vm);

#endif
