/* lexer.h — the tokenizer (lexer.re): source bytes to Python tokens.
 *
 * Owns: newline normalisation, indentation (INDENT/DEDENT, TabError and
 * IndentationError), bracket nesting and implicit line joining, `\`
 * continuation, comments, every literal's extent (strings are returned raw;
 * literal.c decodes them), f-strings as FSTRING_START / FSTRING_MIDDLE /
 * replacement-field tokens / FSTRING_END (PEP 701), and the tokenizer's
 * syntax errors with CPython 3.12's messages and positions.
 *
 * Invariants: the lexer works on its own normalised copy of the source
 * (BOM removed, CRLF and CR turned into LF, NUL-terminated), so every token
 * points into that copy, which lives in the arena as long as the tree.
 * Columns are 0-based UTF-8 byte offsets from the start of the line.
 * Token codes are lemon's (grammar.h, prefix TK_); 0 is never returned.
 */
#ifndef SK_LEXER_H
#define SK_LEXER_H

#if !defined(SK_BUILDING_LIB) && !defined(SK_TESTING)
#error "lexer.h is internal to skein"
#endif

#include <stdbool.h>
#include <stdint.h>

#include "ast.h"
#include "parse.h"

/* One token: its text and its span. */
typedef struct sk_tok {
    const char *s;      /* start of the token's text in the normalised copy */
    int32_t len;        /* bytes */
    int32_t line, col, end_line, end_col;
} sk_tok;

enum { SK_MAX_INDENT = 100, SK_MAX_PAREN = 200, SK_MAX_FSTRING = 150 };

/* An open bracket: its character and where it was. */
typedef struct sk_paren {
    char ch;
    int32_t line, col;
} sk_paren;

/* The state of one f-string being tokenized. */
typedef struct sk_fstate {
    char quote;          /* ' or " */
    bool triple, raw;
    uint8_t mode;        /* FMODE_* in lexer.re */
    int32_t paren_base;  /* paren depth just inside the current '{' */
    int32_t spec_depth;  /* nesting of format specs inside this f-string */
    const char *start;   /* the FSTRING_START token's text */
    int32_t line, col;   /* where FSTRING_START began */
    const char *field_start; /* just after the '{' of the current field */
    bool spec_mid_done;  /* a literal chunk was returned since the last
                            '{' or ':' of the current format spec */
} sk_fstate;

typedef struct sk_lexer {
    ast_arena *arena;
    const char *buf;        /* normalised copy, NUL-terminated */
    const char *cur;        /* next byte to read */
    const char *lim;        /* the terminating NUL */
    const char *line_start; /* first byte of the current physical line */
    int32_t line;           /* 1-based number of the current physical line */
    ast_mode mode;

    bool at_bol;            /* at the start of a logical line */
    bool line_has_tokens;   /* a token was returned on this logical line */
    bool done;              /* ENDMARKER was returned */
    bool cont_line;         /* the current line continues a `\` line */

    int32_t indent[SK_MAX_INDENT + 1], altindent[SK_MAX_INDENT + 1];
    int32_t nindent;        /* index of the top of indent[] */
    int32_t pending_dedents, pending_indent;
    sk_tok pending_tok;     /* position for pending INDENT/DEDENT */

    sk_paren paren[SK_MAX_PAREN + 1];
    int32_t nparen;

    sk_fstate fstr[SK_MAX_FSTRING + 1];
    int32_t nfstr;

    int32_t last_code;      /* code of the last token returned */
    sk_tok last;            /* the last token returned */

    /* Set when the lexer fails; the caller copies it into its error. */
    bool failed;
    sk_syntax_error *err;
} sk_lexer;

/* Prepares a lexer over src[0..len). Returns false and fills *err on a
 * problem found before tokenizing (null bytes, invalid UTF-8) or when out
 * of memory. */
bool sk_lex_init(sk_lexer *lx, ast_arena *arena, const char *src, size_t len,
                 ast_mode mode, sk_syntax_error *err);

/* The next token's code (TK_*), its text and span in *tok. Returns -1 after
 * filling lx->err on a tokenizer error. After TK_ENDMARKER it keeps
 * returning TK_ENDMARKER. */
int sk_lex_next(sk_lexer *lx, sk_tok *tok);

/* Fills err with a syntax error at the given span (columns are byte
 * offsets, end exclusive; the span is converted to CPython's 1-based
 * character offsets). Used by the lexer and the parser. */
void sk_lex_error(sk_lexer *lx, sk_syntax_kind kind, int32_t line, int32_t col,
                  int32_t end_line, int32_t end_col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

/* The text of physical line `line` of the normalised source (up to and
 * excluding its newline) in *len; NULL when there is no such line. */
const char *sk_lex_line(const sk_lexer *lx, int32_t line, int32_t *len);

/* Unicode helpers (unicode.c). */
/* The code point named `name` as \N{name} accepts it (names, aliases, CJK
 * and Hangul algorithmic names, case-insensitively); -1 when unknown. */
int32_t sk_unicode_lookup(const char *name, size_t len);
bool sk_unicode_is_xid_start(uint32_t cp);
bool sk_unicode_is_xid_continue(uint32_t cp);
/* True when repr() prints the code point as itself (str.isprintable). */
bool sk_unicode_is_printable(uint32_t cp);
/* Converts src[0..len) from a PEP 263 encoding to UTF-8 in out[0..cap):
 * the length, or -1 for an unknown encoding, -2 on failure. */
int64_t sk_unicode_convert(const char *encoding, const char *src, size_t len, char *out, size_t cap);
/* Decodes one UTF-8 sequence at s (well-formed input); returns its length. */
int sk_utf8_decode(const char *s, uint32_t *cp);

#endif
