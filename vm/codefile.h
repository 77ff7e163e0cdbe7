/* codefile.h — code objects as bytes: the serialized ("frozen") form in
 * which the bundled standard library is compiled at build time
 * (stdlib/freeze.c) and loaded at import (vm/import.c) without parsing or
 * compiling.
 *
 * The format is skein's own and versioned (SK_CODEFILE_VERSION): a file
 * written by one build of skein is only ever read by that same build, so
 * the version and the shape checks guard against a stale or damaged file,
 * not against other versions. vm/codefile.c describes the layout.
 */
#ifndef SK_CODEFILE_H
#define SK_CODEFILE_H

#include "buf.h"
#include "vm.h"

/* Bump when the layout or the meaning of any field changes. */
#define SK_CODEFILE_VERSION 1

/* Appends the serialized form of `code` and every code object nested in
 * its constants. Every code object of the tree must carry `code`'s own
 * filename and no source text: the loader gives them the filename it is
 * told. Returns false with an exception set (ValueError for a constant the
 * format cannot hold, MemoryError). */
SK_INTERNAL bool sk_codefile_dump(sk_vm *vm, sk_value code, sk_buf *out) SK_MUST_CHECK;

/* Rebuilds the code object tree from `len` bytes at `data`, with
 * `filename` as the filename of every code object. Strings interned when
 * dumped are interned again. Damaged or truncated data raises ValueError
 * ("bad frozen code data: ..."), never crashes the loader (codefile.c says
 * what it checks). */
SK_INTERNAL sk_value sk_codefile_load(sk_vm *vm, const void *data, size_t len, sk_value filename) SK_MUST_CHECK;

/* The 64-bit checksum the header carries over the bytes after it (an
 * FNV-1a-style hash over 8-byte words), exposed so that tests can damage a
 * file's body and still reach the structural checks behind the checksum. */
SK_INTERNAL uint64_t sk_codefile_checksum(const void *data, size_t len);
/* Where the checksum and the checked body start in a file. */
#define SK_CODEFILE_CHECKSUM_AT 5
#define SK_CODEFILE_BODY_AT 13

#endif
