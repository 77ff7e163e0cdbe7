/* str_format.h — str's formatting: printf-style `str % args` and
 * `bytes % args`, str.format / str.format_map with the whole
 * replacement-field grammar, and str.__format__. The format-spec
 * mini-language and the number conversions themselves are format.c's; this
 * module matches conversions with their arguments, looks fields up, calls
 * __format__, and raises CPython's errors.
 */
#ifndef SK_STR_FORMAT_H
#define SK_STR_FORMAT_H

#include "vm.h"

/* fmt % args for a str fmt. Returns a str. */
SK_INTERNAL sk_value sk_strfmt_percent(sk_vm *vm, sk_value fmt, sk_value args) SK_MUST_CHECK;
/* fmt % args for the bytes fmt[0..len) (bytes or bytearray: the caller
 * passes a copy it owns when the format could change under us). Returns a
 * bytes object. */
SK_INTERNAL sk_value sk_strfmt_bytes_percent(sk_vm *vm, const char *fmt, size_t len, sk_value args) SK_MUST_CHECK;

/* The methods str.format(*args, **kwargs), str.format_map(mapping) and
 * str.__format__(spec), as sk_native_fn (args[0] is self). */
SK_INTERNAL sk_value sk_strfmt_format_method(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames);
SK_INTERNAL sk_value sk_strfmt_format_map_method(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames);
SK_INTERNAL sk_value sk_strfmt_dunder_format(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames);

#endif
