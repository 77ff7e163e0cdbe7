/* two_vms.c — two VMs side by side in one process: their runs interleave,
 * each writes through its own output hooks, and nothing one does (globals,
 * imports, sys.argv, errors, SystemExit) shows in the other. Then both run
 * at once on two threads, which shared mutable state in the library would
 * disturb.
 */
#include <pthread.h>

#include "check.h"

typedef struct host {
    capture out, err;
} host;

static void write_out(void *ud, const char *data, size_t len) { capture_write(&((host *)ud)->out, data, len); }
static void write_err(void *ud, const char *data, size_t len) { capture_write(&((host *)ud)->err, data, len); }

static sk_vm *new_vm(host *h, int argc, const char *const *argv) {
    sk_config cfg;
    sk_config_init(&cfg);
    cfg.write_out = write_out;
    cfg.write_err = write_err;
    cfg.write_ud = h;
    cfg.argc = argc;
    cfg.argv = argv;
    sk_vm *vm = sk_vm_new(&cfg);
    CHECK(vm != NULL);
    return vm;
}

/* Runs `src` in vm and checks its status and what it printed to stdout. */
static void run(sk_vm *vm, host *h, const char *src, sk_status want, const char *want_out) {
    capture_clear(&h->out);
    CHECK_STATUS(vm, sk_run_string(vm, src, NULL), want);
    CHECK_STR(capture_text(&h->out), want_out);
}

static void interleaved(void) {
    host ha = {0}, hb = {0};
    const char *const argv_a[] = {"prog-a", "1"};
    const char *const argv_b[] = {"prog-b"};
    sk_vm *a = new_vm(&ha, 2, argv_a);
    sk_vm *b = new_vm(&hb, 1, argv_b);

    run(a, &ha, "x = 1\ndef f(n):\n    return n * 2\n", SK_OK, "");
    run(b, &hb, "x = 'b'\nclass C:\n    def __repr__(self):\n        return 'C from b'\n", SK_OK, "");
    run(a, &ha, "x += 1\nprint('A', x, f(x))\n", SK_OK, "A 2 4\n");
    run(b, &hb, "print('B', x * 3, C())\n", SK_OK, "B bbb C from b\n");

    /* each VM has its own sys: argv, modules, stdout */
    run(a, &ha, "import sys\nprint(sys.argv)\n", SK_OK, "['prog-a', '1']\n");
    run(b, &hb, "import sys\nprint(sys.argv)\n", SK_OK, "['prog-b']\n");
    run(b, &hb, "import functools\nprint('functools' in sys.modules)\n", SK_OK, "True\n");
    run(a, &ha, "print('functools' in sys.modules, 'C' in globals())\n", SK_OK, "False False\n");
    run(a, &ha, "print('to stderr', file=sys.stderr)\n", SK_OK, "");
    CHECK_STR(capture_text(&ha.err), "to stderr\n");
    CHECK_STR(capture_text(&hb.err), "");

    /* an uncaught error in one leaves the other alone */
    run(a, &ha, "print('before')\nundefined_name\n", SK_ERROR, "before\n");
    CHECK_STR(sk_error_message(a), "NameError: name 'undefined_name' is not defined");
    CHECK(sk_exit_code(a) == 1);
    run(b, &hb, "print(x)\n", SK_OK, "b\n");
    CHECK_STR(sk_error_message(b), "");
    capture_clear(&ha.err);
    sk_print_error(a);
    CHECK(strstr(capture_text(&ha.err), "Traceback (most recent call last):\n") == capture_text(&ha.err));
    CHECK(strstr(capture_text(&ha.err), "NameError: name 'undefined_name' is not defined\n") != NULL);
    CHECK_STR(capture_text(&hb.err), "");

    /* SystemExit in one; the other's next run still succeeds, and so does
     * the first VM's */
    run(b, &hb, "raise SystemExit(3)\n", SK_EXIT, "");
    CHECK(sk_exit_code(b) == 3);
    run(a, &ha, "print(x, [f(i) for i in range(3)])\n", SK_OK, "2 [0, 2, 4]\n");
    run(b, &hb, "print(x.upper())\n", SK_OK, "B\n");
    CHECK(sk_exit_code(b) == 0);

    /* exceptions and generators, interleaved mid-way through */
    run(a, &ha, "def gen():\n    yield 1\n    yield 2\ng = gen()\nprint(next(g))\n", SK_OK, "1\n");
    run(b, &hb, "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print(repr(e))\n", SK_OK,
        "ZeroDivisionError('division by zero')\n");
    run(a, &ha, "print(next(g), list(g))\n", SK_OK, "2 []\n");

    sk_vm_free(a);
    /* b outlives a */
    run(b, &hb, "print(sum(range(100)))\n", SK_OK, "4950\n");
    sk_vm_free(b);
    capture_free(&ha.out);
    capture_free(&ha.err);
    capture_free(&hb.out);
    capture_free(&hb.err);
}

/* ---- two VMs at the same time, one thread each ------------------------- */

static const char threaded_src[] =
    "import gc\n"
    "d = {}\n"
    "for i in range(20000):\n"
    "    d[str(i)] = [i, (i, str(i) * 2), {i: i}]\n"
    "    if i % 5000 == 0:\n"
    "        gc.collect()\n"
    "print(len(d), sum(v[0] for v in d.values()), d['1234'][1])\n"
    "print(sorted(set(k[-1] for k in d)))\n";

static const char threaded_want[] =
    "20000 199990000 (1234, '12341234')\n"
    "['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']\n";

typedef struct worker {
    host h;
    sk_status status;
} worker;

static void *work(void *arg) {
    worker *w = arg;
    sk_vm *vm = new_vm(&w->h, 0, NULL);
    w->status = SK_OK;
    for (int round = 0; round < 3 && w->status == SK_OK; round++) w->status = sk_run_string(vm, threaded_src, NULL);
    sk_vm_free(vm);
    return NULL;
}

static void threaded(void) {
    worker w[2] = {0};
    pthread_t t[2];
    for (int i = 0; i < 2; i++) CHECK(pthread_create(&t[i], NULL, work, &w[i]) == 0);
    for (int i = 0; i < 2; i++) CHECK(pthread_join(t[i], NULL) == 0);
    for (int i = 0; i < 2; i++) {
        CHECK(w[i].status == SK_OK);
        char want[3 * sizeof threaded_want];
        snprintf(want, sizeof want, "%s%s%s", threaded_want, threaded_want, threaded_want);
        CHECK_STR(capture_text(&w[i].h.out), want);
        CHECK_STR(capture_text(&w[i].h.err), "");
        capture_free(&w[i].h.out);
        capture_free(&w[i].h.err);
    }
}

int main(void) {
    interleaved();
    threaded();
    puts("two_vms: ok");
    return 0;
}
