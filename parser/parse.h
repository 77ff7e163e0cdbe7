/* parse.h — source text to AST: the one entry point of the front end's
 * first half (lexer.re + grammar.y), and the syntax error it reports.
 *
 * The parser knows nothing of the VM. On failure it fills an
 * sk_syntax_error with CPython 3.12's message and position; the VM turns
 * that into a SyntaxError / IndentationError / TabError object.
 */
#ifndef SK_PARSE_H
#define SK_PARSE_H

#include "ast.h"

typedef enum sk_syntax_kind {
    SK_SYNTAX_ERROR,        /* SyntaxError      */
    SK_SYNTAX_INDENTATION,  /* IndentationError */
    SK_SYNTAX_TAB,          /* TabError         */
    SK_SYNTAX_MEMORY,       /* MemoryError: out of memory, or source
                               nested too deeply to parse ("Parser stack
                               overflowed - Python source too complex to
                               parse", as CPython says) */
} sk_syntax_kind;

/* Positions are as in CPython's SyntaxError: lineno 1-based, offset and
 * end_offset 1-based columns counted in characters (code points) of
 * `text`, end_offset exclusive; 0 when unknown. */
typedef struct sk_syntax_error {
    sk_syntax_kind kind;
    char msg[256];
    int32_t lineno, offset, end_lineno, end_offset;
    /* The offending source line, with its newline, NUL-terminated, owned by
     * the arena (NULL when there is none, e.g. an unexpected EOF on an
     * empty file). */
    const char *text;
    /* 1 when the tokenizer found the error, 0 when the parser did. CPython
     * 3.12, running a file, draws the caret of a parser error from UTF-8
     * byte columns but that of a tokenizer error from characters (the two
     * differ on lines with non-ASCII text before the error);
     * sk_syntax_error_format reproduces that. */
    uint8_t tokenizer;
    /* Whether the error is only that the input ended too soon, so that
     * more lines could still make it valid (what CPython reports as
     * "incomplete input" under PyCF_ALLOW_INCOMPLETE_INPUT, and how its
     * REPL knows to print "... "): one of sk_syntax_eof. */
    uint8_t at_eof;
} sk_syntax_error;

typedef enum sk_syntax_eof {
    SK_EOF_NO = 0,          /* an error whatever follows */
    SK_EOF_IN_TOKEN,        /* the input ended inside a bracket, a
                               triple-quoted string or after a '\'
                               continuation: an empty line does not end it */
    SK_EOF_IN_STATEMENT,    /* the parser wanted more tokens at the end (the
                               block after a ':', the def after a decorator,
                               an except after a try's block) */
} sk_syntax_eof;

/* Parses src[0..len) (UTF-8; a leading BOM is skipped) as a whole module,
 * an expression or one interactive statement. On success returns the tree,
 * allocated in `arena`; on failure returns NULL and fills *err.
 * `filename` is only used in messages that mention it. */
ast_module *sk_parse(ast_arena *arena, const char *src, size_t len,
                     const char *filename, ast_mode mode, sk_syntax_error *err);

/* Appends to `out` what CPython 3.12 prints on stderr when running a file
 * stops at this error before any code ran, e.g.
 *       File "/path/x.py", line 3
 *         x = (1,
 *             ^
 *     SyntaxError: '(' was never closed
 * (the caret line spans offset..end_offset, as CPython draws it). */
void sk_syntax_error_format(const sk_syntax_error *err, const char *filename, sk_buf *out);

/* Appends only the location part of the above (the File line, the source
 * line and the caret line), without the final "SyntaxError: msg" line;
 * tracebacks of SyntaxError objects raised at run time use it. */
void sk_syntax_error_location(const sk_syntax_error *err, const char *filename, sk_buf *out);

/* Prints the tree exactly as CPython 3.12's
 *     ast.dump(tree, indent=None, include_attributes=False)
 * would, followed by a newline (used by `skein --ast` and the parser tests). */
typedef void (*sk_ast_write_fn)(void *ud, const char *s, size_t len);
void sk_ast_dump(const ast_module *mod, sk_ast_write_fn write, void *ud);

/* The same, with include_attributes as ast.dump() has it: every node that
 * has a position also prints lineno, col_offset, end_lineno and
 * end_col_offset (the parser tests compare spans this way). */
void sk_ast_dump_ex(const ast_module *mod, bool include_attributes, sk_ast_write_fn write, void *ud);

#endif
