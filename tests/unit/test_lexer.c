/* test_lexer.c — the tokenizer's token stream: indentation, continuation,
 * numbers, strings, f-strings and positions. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "grammar.h"
#include "lexer.h"

static void *std_alloc(void *ud, void *ptr, size_t old, size_t n) {
    (void)ud; (void)old;
    if (n == 0) { free(ptr); return NULL; }
    return realloc(ptr, n);
}

typedef struct { int code; const char *text; int line, col, end_line, end_col; } want;

/* Lexes src and compares each token with w (text NULL: not compared;
 * line 0: position not compared); the list ends with TK_ENDMARKER. */
static void check_tokens(const char *src, const want *w) {
    ast_arena *a = sk_ast_arena_new(std_alloc, NULL);
    sk_lexer lx;
    sk_syntax_error err;
    ck_assert(sk_lex_init(&lx, a, src, strlen(src), AST_MODE_EXEC, &err));
    for (int i = 0;; i++) {
        sk_tok t;
        int code = sk_lex_next(&lx, &t);
        ck_assert_msg(code == w[i].code, "token %d of %s: code %d, want %d", i, src, code, w[i].code);
        if (w[i].text) ck_assert_msg((int)strlen(w[i].text) == t.len && memcmp(w[i].text, t.s, (size_t)t.len) == 0,
                                     "token %d of %s: text %.*s, want %s", i, src, (int)t.len, t.s, w[i].text);
        if (w[i].line) {
            ck_assert_int_eq(t.line, w[i].line);
            ck_assert_int_eq(t.col, w[i].col);
            ck_assert_int_eq(t.end_line, w[i].end_line);
            ck_assert_int_eq(t.end_col, w[i].end_col);
        }
        if (code == TK_ENDMARKER) break;
    }
    sk_ast_arena_free(a);
}

/* The message of the tokenizer error src produces. */
static void check_error(const char *src, const char *msg, int line, int offset) {
    ast_arena *a = sk_ast_arena_new(std_alloc, NULL);
    sk_lexer lx;
    sk_syntax_error err;
    memset(&err, 0, sizeof err);
    bool ok = sk_lex_init(&lx, a, src, strlen(src), AST_MODE_EXEC, &err);
    if (ok) {
        sk_tok t;
        int code;
        while ((code = sk_lex_next(&lx, &t)) > 0 && code != TK_ENDMARKER) {}
        ck_assert_msg(code < 0, "%s: no error", src);
    }
    ck_assert_str_eq(err.msg, msg);
    ck_assert_int_eq(err.lineno, line);
    ck_assert_int_eq(err.offset, offset);
    sk_ast_arena_free(a);
}

START_TEST(indentation) {
    const want w[] = {
        {TK_IF, "if", 1, 0, 1, 2}, {TK_NAME, "x", 1, 3, 1, 4}, {TK_COLON, ":", 1, 4, 1, 5},
        {TK_NEWLINE, "\n", 1, 5, 1, 6}, {TK_INDENT, NULL, 0, 0, 0, 0},
        {TK_NAME, "y", 3, 4, 3, 5}, {TK_NEWLINE, NULL, 0, 0, 0, 0},
        {TK_DEDENT, NULL, 0, 0, 0, 0}, {TK_NAME, "z", 4, 0, 4, 1}, {TK_NEWLINE, NULL, 0, 0, 0, 0},
        {TK_ENDMARKER, NULL, 0, 0, 0, 0}};
    check_tokens("if x:\n  # comment\n    y\nz", w);
}
END_TEST

START_TEST(tabs_and_errors) {
    check_error("if x:\n\ta\n        b\n", "inconsistent use of tabs and spaces in indentation", 3, 1);
    check_error("if x:\n  a\n b\n", "unindent does not match any outer indentation level", 3, 3);
    check_error("x = (1,\n2\n", "'(' was never closed", 1, 5);
    check_error("x = )\n", "unmatched ')'", 1, 5);
}
END_TEST

START_TEST(continuation) {
    const want w[] = {
        {TK_NAME, "x", 1, 0, 1, 1}, {TK_EQUAL, "=", 1, 2, 1, 3}, {TK_NUMBER, "1", 1, 4, 1, 5},
        {TK_PLUS, "+", 1, 6, 1, 7}, {TK_NUMBER, "2", 2, 2, 2, 3}, {TK_PLUS, "+", 2, 4, 2, 5},
        {TK_LPAR, "(", 2, 6, 2, 7}, {TK_NUMBER, "3", 3, 0, 3, 1}, {TK_RPAR, ")", 3, 1, 3, 2},
        {TK_NEWLINE, NULL, 0, 0, 0, 0}, {TK_ENDMARKER, NULL, 0, 0, 0, 0}};
    check_tokens("x = 1 + \\\n  2 + (\n3)\n", w);
}
END_TEST

START_TEST(numbers) {
    const want w[] = {
        {TK_NUMBER, "0x_1F", 0, 0, 0, 0}, {TK_NUMBER, "1_0.5e-3j", 0, 0, 0, 0}, {TK_NUMBER, ".5", 0, 0, 0, 0},
        {TK_NUMBER, "1", 0, 0, 0, 0}, {TK_IF, "if", 0, 0, 0, 0}, {TK_NUMBER, "0o17", 0, 0, 0, 0},
        {TK_NEWLINE, NULL, 0, 0, 0, 0}, {TK_ENDMARKER, NULL, 0, 0, 0, 0}};
    check_tokens("0x_1F 1_0.5e-3j .5 1if 0o17\n", w);
    check_error("1_\n", "invalid decimal literal", 1, 2);
    check_error("0o8\n", "invalid digit '8' in octal literal", 1, 3);
    check_error("1abc\n", "invalid decimal literal", 1, 1);
}
END_TEST

START_TEST(strings) {
    const want w[] = {
        {TK_STRING, "rb'\\''", 1, 0, 1, 6}, {TK_STRING, "'''a\nb'''", 1, 7, 2, 4},
        {TK_NAME, "ur", 2, 5, 2, 7}, {TK_STRING, "''", 2, 7, 2, 9},
        {TK_NEWLINE, NULL, 0, 0, 0, 0}, {TK_ENDMARKER, NULL, 0, 0, 0, 0}};
    check_tokens("rb'\\'' '''a\nb''' ur''\n", w);
    check_error("x = 'abc\n", "unterminated string literal (detected at line 1)", 1, 5);
}
END_TEST

START_TEST(fstrings) {
    const want w[] = {
        {TK_FSTRING_START, "f\"", 1, 0, 1, 2}, {TK_FSTRING_MIDDLE, "a{{", 1, 2, 1, 5},
        {TK_LBRACE, "{", 1, 5, 1, 6}, {TK_NAME, "x", 1, 6, 1, 7}, {TK_EXCLAMATION, "!", 1, 7, 1, 8},
        {TK_NAME, "r", 1, 8, 1, 9}, {TK_COLON, ":", 1, 9, 1, 10}, {TK_FSTRING_MIDDLE, ">", 1, 10, 1, 11},
        {TK_LBRACE, "{", 1, 11, 1, 12}, {TK_STRING, "\"w\"", 1, 12, 1, 15}, {TK_RBRACE, "}", 1, 15, 1, 16},
        {TK_FSTRING_MIDDLE, "", 1, 16, 1, 16}, {TK_RBRACE, "}", 1, 16, 1, 17},
        {TK_FSTRING_END, "\"", 1, 17, 1, 18}, {TK_NEWLINE, NULL, 0, 0, 0, 0}, {TK_ENDMARKER, NULL, 0, 0, 0, 0}};
    check_tokens("f\"a{{{x!r:>{\"w\"}}\"\n", w);
    check_error("f\"}\"\n", "f-string: single '}' is not allowed", 1, 3);
}
END_TEST

START_TEST(line_endings) {
    const want w[] = {
        {TK_NAME, "a", 1, 0, 1, 1}, {TK_NEWLINE, NULL, 1, 1, 1, 2}, {TK_NAME, "b", 2, 0, 2, 1},
        {TK_NEWLINE, NULL, 2, 1, 2, 2}, {TK_NAME, "c", 3, 0, 3, 1}, {TK_NEWLINE, NULL, 0, 0, 0, 0},
        {TK_ENDMARKER, NULL, 0, 0, 0, 0}};
    check_tokens("\xEF\xBB\xBF" "a\r\nb\rc", w);
    check_error("x = 1\n\xe2\x82\xac\n", "invalid character '\xe2\x82\xac' (U+20AC)", 2, 1);
}
END_TEST

int main(void) {
    Suite *s = suite_create("lexer");
    TCase *tc = tcase_create("tokens");
    tcase_add_test(tc, indentation);
    tcase_add_test(tc, tabs_and_errors);
    tcase_add_test(tc, continuation);
    tcase_add_test(tc, numbers);
    tcase_add_test(tc, strings);
    tcase_add_test(tc, fstrings);
    tcase_add_test(tc, line_endings);
    suite_add_tcase(s, tc);
    SRunner *r = srunner_create(s);
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
