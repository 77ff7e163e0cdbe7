/* host_api.c — a host using the value-level API: references, lookups and
 * calls; C functions with plain signatures called from Python (through
 * libffi), including one that calls back into the VM; futures completed
 * from a worker thread while Python code awaits them on the loop that
 * sk_await drives; and the errors each of these reports.
 */
#include <poll.h>
#include <pthread.h>
#include <unistd.h>

#include "check.h"

static capture out, err;
static void write_out(void *ud, const char *data, size_t len) { capture_write(&out, data, len); }
static void write_err(void *ud, const char *data, size_t len) { capture_write(&err, data, len); }

static void run(sk_vm *vm, const char *src, const char *want_out) {
    capture_clear(&out);
    CHECK_STATUS(vm, sk_run_string(vm, src, NULL), SK_OK);
    CHECK_STR(capture_text(&out), want_out);
}

/* Runs src, which must fail, and checks the last line of its traceback. */
static void run_fails(sk_vm *vm, const char *src, const char *want_error) {
    capture_clear(&out);
    CHECK_STATUS(vm, sk_run_string(vm, src, NULL), SK_ERROR);
    CHECK_STR(sk_error_message(vm), want_error);
}

/* ---- values, names and calls ---- */

static void values_and_calls(sk_vm *vm) {
    sk_ref n = sk_new_int(vm, -42), x = sk_new_float(vm, 2.5), s = sk_new_str(vm, "h\xc3\xa9llo", (size_t)-1);
    CHECK(n && x && s);
    int64_t i;
    double d;
    size_t len;
    CHECK_STATUS(vm, sk_read_int(vm, n, &i), SK_OK);
    CHECK(i == -42);
    CHECK_STATUS(vm, sk_read_float(vm, x, &d), SK_OK);
    CHECK(d == 2.5);
    CHECK_STATUS(vm, sk_read_float(vm, n, &d), SK_OK); /* an int reads as a float */
    CHECK(d == -42.0);
    CHECK_STR(sk_read_str(vm, s, &len), "h\xc3\xa9llo");
    CHECK(len == 6);
    /* the wrong type is Python's TypeError */
    CHECK_STATUS(vm, sk_read_int(vm, s, &i), SK_ERROR);
    CHECK_STR(sk_error_message(vm), "TypeError: 'str' object cannot be interpreted as an integer");
    CHECK(sk_read_str(vm, n, NULL) == NULL);
    CHECK_STR(sk_error_message(vm), "TypeError: expected str, got int");

    /* globals, expressions, dotted lookups, calls */
    CHECK_STATUS(vm, sk_set_global(vm, "greeting", s), SK_OK);
    run(vm, "def shout(w, times):\n    return (w.upper() + '!') * times\n", "");
    sk_ref shout = sk_lookup(vm, "shout");
    CHECK(shout);
    sk_ref two = sk_new_int(vm, 2);
    sk_ref args[2] = {s, two};
    sk_ref r = sk_invoke(vm, shout, 2, args);
    CHECK(r);
    CHECK_STR(sk_read_str(vm, r, NULL), "H\xc3\x89LLO!H\xc3\x89LLO!");
    sk_ref e = sk_eval(vm, "len(greeting) * 10 + 1");
    CHECK(e);
    CHECK_STATUS(vm, sk_read_int(vm, e, &i), SK_OK);
    CHECK(i == 51);
    sk_ref sqrt = sk_lookup(vm, "math.sqrt");
    CHECK(sqrt);
    sk_ref nine = sk_new_float(vm, 9.0);
    sk_ref three = sk_invoke(vm, sqrt, 1, &nine);
    CHECK_STATUS(vm, sk_read_float(vm, three, &d), SK_OK);
    CHECK(d == 3.0);
    sk_ref print = sk_lookup(vm, "print");
    capture_clear(&out);
    CHECK(sk_invoke(vm, print, 2, args));
    CHECK_STR(capture_text(&out), "h\xc3\xa9llo 2\n");

    /* failures: Python's exception, then the VM goes on */
    CHECK(sk_lookup(vm, "no_such_name") == 0);
    CHECK_STR(sk_error_message(vm), "ModuleNotFoundError: No module named 'no_such_name'");
    CHECK(sk_lookup(vm, "math.no_such") == 0);
    CHECK_STR(sk_error_message(vm), "AttributeError: module 'math' has no attribute 'no_such'");
    CHECK(sk_eval(vm, "1 +") == 0);
    CHECK(strstr(sk_error_message(vm), "SyntaxError") != NULL);
    CHECK(sk_invoke(vm, shout, 1, args) == 0);
    CHECK_STR(sk_error_message(vm), "TypeError: shout() missing 1 required positional argument: 'times'");
    capture_clear(&err);
    sk_print_error(vm);  /* raised by the call itself: no frames to show */
    CHECK_STR(capture_text(&err), "TypeError: shout() missing 1 required positional argument: 'times'\n");
    CHECK(sk_eval(vm, "shout('a', None)") == 0);
    capture_clear(&err);
    sk_print_error(vm);
    CHECK(strstr(capture_text(&err), "Traceback (most recent call last):\n") != NULL);
    CHECK(strstr(capture_text(&err), ", in shout\n") != NULL);

    /* bad references */
    sk_release(vm, two);
    CHECK_STATUS(vm, sk_read_int(vm, two, &i), SK_EBADARG);
    CHECK_STR(sk_error_message(vm), "sk_read_int: not a live reference");
    CHECK(sk_invoke(vm, 0, 0, NULL) == 0);
    CHECK_STR(sk_error_message(vm), "sk_invoke: the reference is 0");
    CHECK(sk_new_str(vm, "\xff", 1) == 0);
    CHECK_STR(sk_error_message(vm), "sk_new_str: text is not valid UTF-8");
    sk_release(vm, 0);
    sk_release(vm, 99999);
    sk_ref copy = sk_dup(vm, s);
    CHECK(copy && copy != s);
    sk_release(vm, copy);
    CHECK(sk_dup(vm, copy) == 0);

    /* references keep their values alive through collections, and a
     * released slot is reused */
    run(vm, "import gc\nfor _ in range(3): gc.collect()\n", "");
    CHECK_STR(sk_read_str(vm, r, NULL), "H\xc3\x89LLO!H\xc3\x89LLO!");
    sk_ref again = sk_new_int(vm, 7);
    CHECK(again == two);
    sk_ref all[] = {n, x, s, shout, r, e, sqrt, nine, three, print, again};
    for (size_t k = 0; k < sizeof all / sizeof all[0]; k++) sk_release(vm, all[k]);
}

/* ---- C functions ---- */

static int64_t add(int64_t a, int64_t b) { return a + b; }
static double hypot2(double a, float b) { return a * a + (double)b * (double)b; }
static const char *pick(bool first, const char *a, const char *b) { return first ? a : b; }
static const char *nothing(void) { return NULL; }
static unsigned count_calls(void) {
    static unsigned calls;  /* (the test program's, not the library's) */
    return ++calls;
}
static uint64_t biggest(void) { return UINT64_MAX; }
static int32_t negate32(int32_t v) { return -v; }

/* Calls back into the VM it is given: the sum of a Python list. */
static int64_t sum_of(sk_vm *vm, const char *expression) {
    sk_ref v = sk_eval(vm, expression);
    if (!v) return -1;
    sk_ref sum = sk_lookup(vm, "sum");
    sk_ref total = sk_invoke(vm, sum, 1, &v);
    int64_t n = -1;
    if (total) CHECK_STATUS(vm, sk_read_int(vm, total, &n), SK_OK);
    sk_release(vm, v);
    sk_release(vm, sum);
    sk_release(vm, total);
    return n;
}

/* Takes any value and gives one back: [value, value] by way of Python. */
static sk_ref twice(sk_vm *vm, sk_ref value) {
    sk_ref list = sk_eval(vm, "lambda v: [v, v]");
    sk_ref r = list ? sk_invoke(vm, list, 1, &value) : 0;
    sk_release(vm, list);
    return r;
}

/* Fails the way an API call fails: Python sees that call's exception. */
static sk_ref broken(sk_vm *vm) { return sk_eval(vm, "undefined_name + 1"); }

static void c_functions(sk_vm *vm) {
    CHECK_STATUS(vm, sk_define_function(vm, "add", "int64_t (int64_t, int64_t)", (void (*)(void))add), SK_OK);
    CHECK_STATUS(vm, sk_define_function(vm, "geometry.hypot2", "double(double,float)", (void (*)(void))hypot2),
                 SK_OK);
    CHECK_STATUS(vm, sk_define_function(vm, "pick", "const char *(bool, const char *, const char*)",
                                        (void (*)(void))pick),
                 SK_OK);
    CHECK_STATUS(vm, sk_define_function(vm, "nothing", "const char * (void)", (void (*)(void))nothing), SK_OK);
    CHECK_STATUS(vm, sk_define_function(vm, "count_calls", "unsigned ()", (void (*)(void))count_calls), SK_OK);
    CHECK_STATUS(vm, sk_define_function(vm, "biggest", "uint64_t()", (void (*)(void))biggest), SK_OK);
    CHECK_STATUS(vm, sk_define_function(vm, "negate32", "int32_t(int32_t)", (void (*)(void))negate32), SK_OK);
    CHECK_STATUS(vm, sk_define_function(vm, "sum_of", "int64_t (sk_vm *, const char *)", (void (*)(void))sum_of),
                 SK_OK);
    CHECK_STATUS(vm, sk_define_function(vm, "twice", "sk_ref (sk_vm *, sk_ref)", (void (*)(void))twice), SK_OK);
    CHECK_STATUS(vm, sk_define_function(vm, "broken", "sk_ref (sk_vm *)", (void (*)(void))broken), SK_OK);
    run(vm,
        "import geometry\n"
        "print(add(2, 40), add(-5, True), geometry.hypot2(3, 4.0))\n"
        "print(pick(1, 'yes', 'no'), pick([], 'yes', 'no'), nothing())\n"
        "print(count_calls(), count_calls(), biggest(), negate32(-7))\n"
        "print(sum_of('[1, 2, 3, 4]'), sum_of('[x * x for x in range(10)]'))\n"
        "print(add, type(add).__name__)\n"
        "print(twice({'k': 1}), twice(None))\n",
        "42 -4 25.0\n"
        "yes no None\n"
        "1 2 18446744073709551615 7\n"
        "10 285\n"
        "<C function add: int64_t (int64_t, int64_t)> CFunction\n"
        "[{'k': 1}, {'k': 1}] [None, None]\n");
    run_fails(vm, "broken()", "NameError: name 'undefined_name' is not defined");
    run_fails(vm, "add(1)", "TypeError: add() takes exactly 2 arguments (1 given)");
    run_fails(vm, "add(1, 2, c=3)", "TypeError: add() takes no keyword arguments");
    run_fails(vm, "add(1, 'two')", "TypeError: add() argument 2 must be int, not str");
    run_fails(vm, "add(2**63, 0)", "OverflowError: add() argument 1 does not fit in C int64_t");
    run_fails(vm, "negate32(2**31)", "OverflowError: negate32() argument 1 does not fit in C int32_t");
    run_fails(vm, "geometry.hypot2('x', 1)", "TypeError: hypot2() argument 1 must be float, not str");
    run_fails(vm, "pick(True, 'a\\0b', 'c')", "ValueError: embedded null character");
    run_fails(vm, "pick(True, None, 'c')", "TypeError: pick() argument 2 must be str, not NoneType");
    /* a callback whose Python code fails reports it to its C caller */
    run(vm, "print(sum_of('[1, None]'))\n", "-1\n");

    /* bad signatures are the host's error */
    CHECK_STATUS(vm, sk_define_function(vm, "f", "int", (void (*)(void))add), SK_EBADARG);
    CHECK_STR(sk_error_message(vm),
              "sk_define_function: the signature must read like \"int (int, double)\" in \"int\"");
    CHECK_STATUS(vm, sk_define_function(vm, "f", "complex (int)", (void (*)(void))add), SK_EBADARG);
    CHECK_STR(sk_error_message(vm), "sk_define_function: unknown return type in \"complex (int)\"");
    CHECK_STATUS(vm, sk_define_function(vm, "f", "int (int, void)", (void (*)(void))add), SK_EBADARG);
    CHECK_STR(sk_error_message(vm), "sk_define_function: unknown parameter type in \"int (int, void)\"");
    CHECK_STATUS(vm, sk_define_function(vm, "f", "int (int)", NULL), SK_EBADARG);
    CHECK_STR(sk_error_message(vm), "sk_define_function: fn is NULL");
}

/* ---- futures completed by another thread ---- */

typedef struct job {
    sk_vm *vm;
    sk_ref futures[4];
} job;

static void *worker(void *arg) {
    job *j = arg;
    usleep(20000);  /* the loop is waiting by now (it works either way) */
    CHECK(sk_future_set_int(j->vm, j->futures[0], 7) == SK_OK);
    CHECK(sk_future_set_str(j->vm, j->futures[1], "from a thread") == SK_OK);
    CHECK(sk_future_set_error(j->vm, j->futures[2], "KeyError", "missing") == SK_OK);
    CHECK(sk_future_set_float(j->vm, j->futures[3], 0.5) == SK_OK);
    /* once per future */
    CHECK(sk_future_set_none(j->vm, j->futures[0]) == SK_EBADARG);
    return NULL;
}

static void host_futures(sk_vm *vm) {
    run(vm,
        "import asyncio\n"
        "async def consume(futures):\n"
        "    got = []\n"
        "    for f in futures[:2]:\n"
        "        got.append(await f)\n"
        "    try:\n"
        "        await futures[2]\n"
        "    except KeyError as e:\n"
        "        got.append(repr(e))\n"
        "    got.append(await asyncio.wait_for(futures[3], 5))\n"
        "    return got\n",
        "");
    job j = {.vm = vm};
    sk_ref list = sk_eval(vm, "[]");
    sk_ref append = sk_lookup(vm, "list.append");
    for (int k = 0; k < 4; k++) {
        j.futures[k] = sk_future_new(vm);
        CHECK(j.futures[k]);
        sk_ref call_args[2] = {list, j.futures[k]};
        sk_release(vm, sk_invoke(vm, append, 2, call_args));
    }
    sk_ref consume = sk_lookup(vm, "consume");
    sk_ref coro = sk_invoke(vm, consume, 1, &list);
    CHECK(coro);
    pthread_t t;
    CHECK(pthread_create(&t, NULL, worker, &j) == 0);
    sk_ref result = sk_await(vm, coro);
    CHECK(pthread_join(t, NULL) == 0);
    CHECK(result);
    CHECK_STATUS(vm, sk_set_global(vm, "result", result), SK_OK);
    run(vm, "print(result)\n", "[7, 'from a thread', \"KeyError('missing')\", 0.5]\n");

    /* a future Python cancels: the late completion is dropped */
    sk_ref late = sk_future_new(vm);
    CHECK_STATUS(vm, sk_set_global(vm, "late", late), SK_OK);
    run(vm,
        "async def give_up():\n"
        "    try:\n"
        "        await asyncio.wait_for(late, 0.01)\n"
        "    except TimeoutError:\n"
        "        return late.cancelled()\n",
        "");
    sk_ref give_up = sk_lookup(vm, "give_up");
    sk_ref c2 = sk_invoke(vm, give_up, 0, NULL);
    sk_ref cancelled = sk_await(vm, c2);
    CHECK(cancelled);
    CHECK_STATUS(vm, sk_read_int(vm, cancelled, &(int64_t){0}), SK_OK);
    CHECK(sk_future_set_int(vm, late, 1) == SK_OK);
    sk_ref zero = sk_eval(vm, "asyncio.sleep(0)");
    CHECK(sk_await(vm, zero));  /* the loop runs and drops it */
    run(vm, "print(late.cancelled())\n", "True\n");

    /* sk_await of something that fails, and from inside the loop */
    sk_ref bad = sk_eval(vm, "asyncio.sleep('x')");
    CHECK(sk_await(vm, bad) == 0);
    CHECK(strstr(sk_error_message(vm), "TypeError") != NULL);
    CHECK(sk_future_set_int(vm, 0, 1) == SK_EBADARG);

    sk_ref all[] = {list, append, consume, coro, result, late, give_up, c2, cancelled, zero, bad,
                    j.futures[0], j.futures[1], j.futures[2], j.futures[3]};
    for (size_t k = 0; k < sizeof all / sizeof all[0]; k++) sk_release(vm, all[k]);
}

/* ---- the host drives the loop ---- */

static void *late_answer(void *arg) {
    job *j = arg;
    usleep(30000);
    CHECK(sk_future_set_str(j->vm, j->futures[0], "answer") == SK_OK);
    return NULL;
}

static void host_driven_loop(sk_vm *vm) {
    run(vm,
        "import asyncio\n"
        "log = []\n"
        "async def worker(fut):\n"
        "    log.append('start')\n"
        "    await asyncio.sleep(0.02)\n"
        "    log.append('slept')\n"
        "    log.append(await fut)\n"
        "    return len(log)\n",
        "");
    job j = {.vm = vm};
    j.futures[0] = sk_future_new(vm);
    sk_ref worker = sk_lookup(vm, "worker");
    sk_ref coro = sk_invoke(vm, worker, 1, &j.futures[0]);
    sk_ref task = sk_spawn(vm, coro);
    CHECK(task);
    sk_ref done = sk_lookup(vm, "asyncio.Task.done");
    int fd = sk_loop_fd(vm);
    CHECK(fd >= 0);
    pthread_t t;
    CHECK(pthread_create(&t, NULL, late_answer, &j) == 0);
    int steps = 0;
    for (;;) {
        sk_ref finished = sk_invoke(vm, done, 1, &task);
        int64_t yes;
        CHECK_STATUS(vm, sk_read_int(vm, finished, &yes), SK_OK);
        sk_release(vm, finished);
        if (yes) break;
        double wait;
        CHECK_STATUS(vm, sk_loop_next_wakeup(vm, &wait), SK_OK);
        /* the host's own poll: the pipe, with the loop's timeout */
        struct pollfd p = {.fd = fd, .events = POLLIN};
        poll(&p, 1, wait < 0 ? 1000 : (int)(wait * 1000) + 1);
        CHECK_STATUS(vm, sk_loop_step(vm), SK_OK);
        CHECK(++steps < 1000);
    }
    CHECK(pthread_join(t, NULL) == 0);
    sk_ref result = sk_lookup(vm, "asyncio.Task.result");
    sk_ref n = sk_invoke(vm, result, 1, &task);
    int64_t count;
    CHECK_STATUS(vm, sk_read_int(vm, n, &count), SK_OK);
    CHECK(count == 3);
    run(vm, "print(log)\n", "['start', 'slept', 'answer']\n");
    /* a step from inside the loop is refused */
    CHECK_STATUS(vm, sk_define_function(vm, "step_inside", "int (sk_vm *)", (void (*)(void))sk_loop_step), SK_OK);
    run(vm, "async def inner():\n    return step_inside()\nprint(asyncio.run(inner()))\n", "3\n");
    CHECK_STR(sk_error_message(vm), "");
    sk_ref all[] = {j.futures[0], worker, coro, task, done, result, n};
    for (size_t k = 0; k < sizeof all / sizeof all[0]; k++) sk_release(vm, all[k]);
}

int main(void) {
    sk_config cfg;
    sk_config_init(&cfg);
    cfg.write_out = write_out;
    cfg.write_err = write_err;
    sk_vm *vm = sk_vm_new(&cfg);
    CHECK(vm != NULL);
    values_and_calls(vm);
    c_functions(vm);
    host_futures(vm);
    host_driven_loop(vm);
    sk_vm_free(vm);
    CHECK(sk_new_int(NULL, 1) == 0);
    CHECK(sk_await(NULL, 1) == 0);
    capture_free(&out);
    capture_free(&err);
    puts("host_api: ok");
    return 0;
}
