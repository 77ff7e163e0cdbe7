/* test_interactive.c — sk_run_interactive through the public API only:
 * which inputs are incomplete (and so get a "... " prompt), which run and
 * which are errors, following CPython 3.12's REPL; what runs echoes
 * through sys.displayhook; Ctrl-D at a continuation prompt; SystemExit.
 */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "skein.h"

static char out[8192];
static size_t out_len;

static void capture(void *ud, const char *data, size_t len) {
    (void)ud;
    if (out_len + len >= sizeof out) len = sizeof out - 1 - out_len;
    memcpy(out + out_len, data, len);
    out_len += len;
    out[out_len] = '\0';
}

static sk_vm *session(void) {
    sk_config cfg;
    sk_config_init(&cfg);
    cfg.write_out = capture;
    cfg.write_err = capture;
    sk_vm *vm = sk_vm_new(&cfg);
    ck_assert_ptr_nonnull(vm);
    ck_assert_int_eq(sk_interactive_begin(vm), SK_OK);
    return vm;
}

/* Types the lines of `typed` (each ending in "\n") one by one, as the REPL
 * does, and checks the status after each: `want` has one letter per line,
 * 'i' SK_INCOMPLETE, 'o' SK_OK, 'e' SK_ERROR, 'x' SK_EXIT. Returns what
 * the last run printed (its error printed by sk_print_error). */
static const char *type_lines(sk_vm *vm, const char *typed, const char *want) {
    char buf[1024] = "";
    size_t len = 0;
    out_len = 0;
    out[0] = '\0';
    for (const char *p = typed; *p; want++) {
        const char *nl = strchr(p, '\n');
        ck_assert_ptr_nonnull(nl);
        ck_assert_msg(*want, "more lines than statuses in %s", typed);
        memcpy(buf + len, p, (size_t)(nl - p) + 1);
        len += (size_t)(nl - p) + 1;
        buf[len] = '\0';
        p = nl + 1;
        sk_status st = sk_run_interactive(vm, buf, "<stdin>", false);
        char got = st == SK_INCOMPLETE ? 'i' : st == SK_OK ? 'o' : st == SK_ERROR ? 'e' : st == SK_EXIT ? 'x' : '?';
        ck_assert_msg(got == *want, "after %s: got %c, want %c (%s)", buf, got, *want, sk_error_message(vm));
        if (st != SK_INCOMPLETE) {
            if (st != SK_OK) sk_print_error(vm);
            len = 0;
        }
    }
    ck_assert_msg(*want == '\0', "fewer lines than statuses in %s", typed);
    return out;
}

START_TEST(complete_inputs_run_and_echo) {
    sk_vm *vm = session();
    ck_assert_str_eq(type_lines(vm, "1 + 2\n", "o"), "3\n");
    ck_assert_str_eq(type_lines(vm, "_ * 2\n", "o"), "6\n");
    ck_assert_str_eq(type_lines(vm, "x = 5\n", "o"), "");
    ck_assert_str_eq(type_lines(vm, "None\n", "o"), "");
    ck_assert_str_eq(type_lines(vm, "x; 'two'\n", "o"), "5\n'two'\n");
    ck_assert_str_eq(type_lines(vm, "\n", "o"), "");
    ck_assert_str_eq(type_lines(vm, "   \n", "o"), "");
    ck_assert_str_eq(type_lines(vm, "# only a comment\n", "o"), "");
    sk_vm_free(vm);
}
END_TEST

START_TEST(blocks_end_at_an_empty_line) {
    sk_vm *vm = session();
    ck_assert_str_eq(type_lines(vm, "def f(n):\n    return n * 2\n\n", "iio"), "");
    ck_assert_str_eq(type_lines(vm, "f(21)\n", "o"), "42\n");
    ck_assert_str_eq(type_lines(vm, "if f(1):\n    'yes'\nelse:\n    'no'\n\n", "iiiio"), "'yes'\n");
    /* a compound statement on one line waits for the empty line too */
    ck_assert_str_eq(type_lines(vm, "for i in range(2): i\n\n", "io"), "0\n1\n");
    ck_assert_str_eq(type_lines(vm, "@staticmethod\ndef g(): pass\n\n", "iio"), "");
    ck_assert_str_eq(type_lines(vm, "try:\n    1 / 0\nexcept ZeroDivisionError:\n    'caught'\n\n", "iiiio"),
                     "'caught'\n");
    ck_assert_str_eq(type_lines(vm, "class A:\n    def m(self):\n        return 7\n\n", "iiio"), "");
    ck_assert_str_eq(type_lines(vm, "A().m()\n", "o"), "7\n");
    sk_vm_free(vm);
}
END_TEST

START_TEST(open_tokens_continue_past_empty_lines) {
    sk_vm *vm = session();
    ck_assert_str_eq(type_lines(vm, "(1,\n\n 2)\n", "iio"), "(1, 2)\n");
    ck_assert_str_eq(type_lines(vm, "[1,\n [2,\n  3]]\n", "iio"), "[1, [2, 3]]\n");
    ck_assert_str_eq(type_lines(vm, "'''a\n\nb'''\n", "iio"), "'a\\n\\nb'\n");
    ck_assert_str_eq(type_lines(vm, "f'''{\n1 + 1}'''\n", "io"), "'2'\n");
    ck_assert_str_eq(type_lines(vm, "1 + \\\n2\n", "io"), "3\n");
    ck_assert_str_eq(type_lines(vm, "if 1:\n    y = (3,\n\n    4)\n\n", "iiiio"), "");
    ck_assert_str_eq(type_lines(vm, "y\n", "o"), "(3, 4)\n");
    sk_vm_free(vm);
}
END_TEST

START_TEST(errors_are_not_incomplete) {
    sk_vm *vm = session();
    ck_assert_str_eq(type_lines(vm, "1 +\n", "e"),
                     "  File \"<stdin>\", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n");
    ck_assert_str_eq(type_lines(vm, "'abc\n", "e"),
                     "  File \"<stdin>\", line 1\n    'abc\n    ^\n"
                     "SyntaxError: unterminated string literal (detected at line 1)\n");
    /* the parser fails before the open bracket matters */
    ck_assert(strstr(type_lines(vm, "1 2,(\n", "e"), "SyntaxError: invalid syntax"));
    /* an empty line ends what is there, complete or not */
    ck_assert_str_eq(type_lines(vm, "if 1:\n\n", "ie"),
                     "  File \"<stdin>\", line 2\n    \n    ^\n"
                     "IndentationError: expected an indented block after 'if' statement on line 1\n");
    ck_assert(strstr(type_lines(vm, "@dec\n\n", "ie"), "SyntaxError: invalid syntax"));
    ck_assert(strstr(type_lines(vm, "try:\n    pass\n\n", "iie"), "SyntaxError: expected 'except' or 'finally' block"));
    /* one statement per input */
    ck_assert(strstr(type_lines(vm, "if 1:\n    pass\nx = 1\n", "iie"), "SyntaxError: invalid syntax"));
    ck_assert(strstr(type_lines(vm, "    x = 1\n", "e"), "IndentationError: unexpected indent"));
    /* compile-time errors come with the finished statement */
    ck_assert(strstr(type_lines(vm, "def f():\n    nonlocal q\n\n", "iie"),
                     "SyntaxError: no binding for nonlocal 'q' found"));
    /* and the session goes on */
    ck_assert_str_eq(type_lines(vm, "'on'\n", "o"), "'on'\n");
    sk_vm_free(vm);
}
END_TEST

START_TEST(runtime_errors) {
    sk_vm *vm = session();
    ck_assert_str_eq(type_lines(vm, "def f():\n    return 1 / 0\n\n", "iio"), "");
    ck_assert_str_eq(type_lines(vm, "f()\n", "e"),
                     "Traceback (most recent call last):\n"
                     "  File \"<stdin>\", line 1, in <module>\n"
                     "  File \"<stdin>\", line 2, in f\n"
                     "ZeroDivisionError: division by zero\n");
    ck_assert_str_eq(type_lines(vm, "import sys; type(sys.last_exc).__name__, sys.last_type.__name__\n", "o"),
                     "('ZeroDivisionError', 'ZeroDivisionError')\n");
    sk_vm_free(vm);
}
END_TEST

START_TEST(ended_input_runs_as_it_stands) {
    sk_vm *vm = session();
    out_len = 0;
    ck_assert_int_eq(sk_run_interactive(vm, "if 1:\n    print(7)\n", "<stdin>", true), SK_OK);
    ck_assert_str_eq(out, "7\n");
    ck_assert_int_eq(sk_run_interactive(vm, "(1,\n", "<stdin>", true), SK_ERROR);
    ck_assert_str_eq(sk_error_message(vm), "SyntaxError: '(' was never closed");
    sk_print_error(vm);
    ck_assert_int_eq(sk_run_interactive(vm, "for x in y:\n", "<stdin>", true), SK_ERROR);
    sk_print_error(vm);
    sk_vm_free(vm);
}
END_TEST

START_TEST(exit_and_prompts) {
    sk_vm *vm = session();
    ck_assert_str_eq(sk_interactive_prompt(vm, false), ">>> ");
    ck_assert_str_eq(sk_interactive_prompt(vm, true), "... ");
    ck_assert_str_eq(type_lines(vm, "import sys; sys.ps1 = 42\n", "o"), "");
    ck_assert_str_eq(sk_interactive_prompt(vm, false), "42");
    ck_assert_str_eq(type_lines(vm, "del sys.ps2\n", "o"), "");
    ck_assert_str_eq(sk_interactive_prompt(vm, true), "");
    ck_assert_str_eq(type_lines(vm, "exit\n", "o"), "Use exit() or Ctrl-D (i.e. EOF) to exit\n");
    ck_assert_str_eq(type_lines(vm, "exit(3)\n", "x"), "");
    ck_assert_int_eq(sk_exit_code(vm), 3);
    sk_vm_free(vm);
}
END_TEST

START_TEST(top_level_await) {
    sk_vm *vm = session();
    /* the parser takes it; running it needs asyncio */
    ck_assert_int_eq(sk_run_interactive(vm, "async def seven(): return 7\n", "<stdin>", false), SK_INCOMPLETE);
    ck_assert_int_eq(sk_run_interactive(vm, "async def seven(): return 7\n\n", "<stdin>", false), SK_OK);
    sk_status st = sk_run_interactive(vm, "await seven()\n", "<stdin>", false);
    if (st == SK_ERROR) {
        ck_assert_str_eq(sk_error_message(vm), "NotImplementedError: top-level await at the prompt needs the "
                                               "asyncio package, which skein does not have yet");
    } else {
        ck_assert_int_eq(st, SK_OK);
        ck_assert(strstr(out, "7\n"));
    }
    /* inside a function, await still needs an async def */
    ck_assert_int_eq(sk_run_interactive(vm, "def f(): await seven()\n\n", "<stdin>", false), SK_ERROR);
    ck_assert_str_eq(sk_error_message(vm), "SyntaxError: 'await' outside async function");
    sk_vm_free(vm);
}
END_TEST

int main(void) {
    Suite *s = suite_create("interactive");
    TCase *tc = tcase_create("interactive");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, complete_inputs_run_and_echo);
    tcase_add_test(tc, blocks_end_at_an_empty_line);
    tcase_add_test(tc, open_tokens_continue_past_empty_lines);
    tcase_add_test(tc, errors_are_not_incomplete);
    tcase_add_test(tc, runtime_errors);
    tcase_add_test(tc, ended_input_runs_as_it_stands);
    tcase_add_test(tc, exit_and_prompts);
    tcase_add_test(tc, top_level_await);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
