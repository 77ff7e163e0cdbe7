/* bad_args.c — the API's answer to bad arguments: SK_EBADARG (or a safe
 * no-op for functions that return nothing) and a message naming the
 * function and the argument, never a crash; the VM stays usable.
 */
#include "check.h"

static capture out, err;
static void write_out(void *ud, const char *data, size_t len) { capture_write(&out, data, len); }
static void write_err(void *ud, const char *data, size_t len) { capture_write(&err, data, len); }

int main(void) {
    /* no VM at all */
    CHECK(sk_run_string(NULL, "print(1)", NULL) == SK_EBADARG);
    CHECK(sk_run_file(NULL, "x.py") == SK_EBADARG);
    CHECK(sk_disassemble_file(NULL, "x.py") == SK_EBADARG);
    CHECK(strlen(sk_error_message(NULL)) > 0);
    CHECK(sk_exit_code(NULL) != 0);
    sk_print_error(NULL);
    sk_interrupt(NULL);
    sk_vm_free(NULL);
    sk_config_init(NULL);

    /* a VM made from a NULL config gets the defaults */
    sk_vm *plain = sk_vm_new(NULL);
    CHECK(plain != NULL);
    sk_vm_free(plain);

    sk_config cfg;
    sk_config_init(&cfg);
    cfg.write_out = write_out;
    cfg.write_err = write_err;
    sk_vm *vm = sk_vm_new(&cfg);
    CHECK(vm != NULL);

    CHECK_STATUS(vm, sk_run_string(vm, NULL, NULL), SK_EBADARG);
    CHECK_STR(sk_error_message(vm), "sk_run_string: source is NULL");
    CHECK(sk_exit_code(vm) != 0);
    sk_print_error(vm);
    CHECK_STR(capture_text(&err), "skein: sk_run_string: source is NULL\n");
    capture_clear(&err);

    CHECK_STATUS(vm, sk_run_file(vm, NULL), SK_EBADARG);
    CHECK_STR(sk_error_message(vm), "sk_run_file: path is NULL");

    CHECK_STATUS(vm, sk_disassemble_file(vm, NULL), SK_EBADARG);
    CHECK_STR(sk_error_message(vm), "sk_disassemble_file: path is NULL");

    CHECK_STATUS(vm, sk_run_module(vm, NULL), SK_EBADARG);
    CHECK_STR(sk_error_message(vm), "sk_run_module: name is NULL");
    CHECK(sk_run_module(NULL, "m") == SK_EBADARG);

    CHECK_STATUS(vm, sk_prepend_path(vm, NULL), SK_EBADARG);
    CHECK_STR(sk_error_message(vm), "sk_prepend_path: folder is NULL");
    CHECK(sk_prepend_path(NULL, "") == SK_EBADARG);

    /* a file that is not there is an error of the program, as in CPython */
    CHECK_STATUS(vm, sk_run_file(vm, "/nonexistent/skein-embed-test.py"), SK_ERROR);
    CHECK_STR(sk_error_message(vm),
              "can't open file '/nonexistent/skein-embed-test.py': [Errno 2] No such file or directory");
    CHECK(sk_exit_code(vm) == 2);

    /* and the VM still runs code, with a NULL file name meaning <string> */
    capture_clear(&out);
    CHECK_STATUS(vm, sk_run_string(vm, "print('still here')\n", NULL), SK_OK);
    CHECK_STR(capture_text(&out), "still here\n");
    CHECK_STR(sk_error_message(vm), "");
    CHECK(sk_exit_code(vm) == 0);
    CHECK_STATUS(vm, sk_run_string(vm, "1 / 0\n", NULL), SK_ERROR);
    sk_print_error(vm);
    CHECK(strstr(capture_text(&err), "  File \"<string>\", line 1, in <module>\n") != NULL);
    CHECK(strstr(capture_text(&err), "ZeroDivisionError: division by zero\n") != NULL);

    sk_vm_free(vm);
    capture_free(&out);
    capture_free(&err);
    puts("bad_args: ok");
    return 0;
}
