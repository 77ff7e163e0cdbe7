/* quotes.c — a C program embedding skein: the host owns a price feed that
 * answers on its own threads, and Python code, in an asyncio TaskGroup,
 * awaits the host's answers as futures.
 *
 * The round trip: sk_define_function makes the C function quote() callable
 * from Python; quote() creates a future (sk_future_new), hands it to a
 * worker thread and returns it to Python (an sk_ref result); the worker
 * completes it (sk_future_set_float, or sk_future_set_error) while the
 * event loop waits; sk_await runs the Python coroutine from C, and the
 * result comes back through references.
 *
 * Built by meson as build/example_quotes, and run by `meson test` against
 * examples/embed/quotes.out. By hand, after `ninja -C build`:
 *   cc -Ivm examples/embed/quotes.c -Lbuild -lskein -lpthread -o quotes
 *   LD_LIBRARY_PATH=build ./quotes
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "skein.h"

/* One request to the feed: the future to complete and the symbol. */
typedef struct request {
    sk_vm *vm;
    sk_ref future;            /* the worker's reference, released by main() */
    char symbol[16];
    pthread_t thread;
    struct request *next;
} request;

static request *requests;    /* every request made, to join and release */

/* The feed: answers after a delay that depends on the symbol, so the
 * answers arrive out of order. */
static void *feed(void *arg) {
    request *r = arg;
    usleep(5000 * (useconds_t)(strlen(r->symbol) + (unsigned char)r->symbol[0] % 3));
    if (strcmp(r->symbol, "ZZZ") == 0)
        sk_future_set_error(r->vm, r->future, "LookupError", "no such symbol: ZZZ");
    else
        sk_future_set_float(r->vm, r->future, 100.0 + (r->symbol[0] - 'A') * 2.5);
    return NULL;
}

/* quote(symbol): a future the feed completes. */
static sk_ref quote(sk_vm *vm, const char *symbol) {
    request *r = calloc(1, sizeof *r);
    if (!r) return sk_eval(vm, "MemoryError()");
    r->vm = vm;
    snprintf(r->symbol, sizeof r->symbol, "%s", symbol);
    r->future = sk_future_new(vm);
    if (!r->future) {
        free(r);
        return 0;  /* Python sees the error sk_future_new met */
    }
    r->next = requests;
    requests = r;
    pthread_create(&r->thread, NULL, feed, r);
    return sk_dup(vm, r->future);  /* Python's own reference to it */
}

static const char program[] =
    "import asyncio\n"
    "\n"
    "async def price(symbol):\n"
    "    return await quote(symbol)\n"
    "\n"
    "async def portfolio(symbols):\n"
    "    async with asyncio.TaskGroup() as tg:\n"
    "        tasks = {s: tg.create_task(price(s)) for s in symbols}\n"
    "    for symbol, task in tasks.items():\n"
    "        print(f'  {symbol}: {task.result():.2f}')\n"
    "    return sum(t.result() for t in tasks.values())\n"
    "\n"
    "async def careful(symbols):\n"
    "    try:\n"
    "        answer = await portfolio(symbols)\n"
    "    except* LookupError as group:\n"
    "        answer = [str(e) for e in group.exceptions]\n"
    "    return answer\n";

/* Runs careful(symbols) from C and prints what it returned. */
static int value_of(sk_vm *vm, const char *symbols) {
    sk_ref careful = sk_lookup(vm, "careful");
    sk_ref list = sk_eval(vm, symbols);
    sk_ref coro = careful && list ? sk_invoke(vm, careful, 1, &list) : 0;
    sk_ref result = coro ? sk_await(vm, coro) : 0;
    int status = 0;
    double total;
    if (!result) {
        sk_print_error(vm);
        status = 1;
    } else if (sk_read_float(vm, result, &total) == SK_OK) {
        printf("total %.2f\n", total);
    } else {
        sk_ref repr = sk_lookup(vm, "repr");
        sk_ref text = sk_invoke(vm, repr, 1, &result);
        printf("failed: %s\n", text ? sk_read_str(vm, text, NULL) : "?");
        sk_release(vm, repr);
        sk_release(vm, text);
    }
    sk_ref refs[] = {careful, list, coro, result};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++) sk_release(vm, refs[i]);
    return status;
}

int main(void) {
    sk_config cfg;
    sk_config_init(&cfg);
    sk_vm *vm = sk_vm_new(&cfg);
    if (!vm) return 1;
    int status = 1;
    if (sk_define_function(vm, "quote", "sk_ref (sk_vm *, const char *)", (void (*)(void))quote) != SK_OK ||
        sk_run_string(vm, program, "quotes") != SK_OK) {
        sk_print_error(vm);
    } else {
        status = value_of(vm, "['ACME', 'BOLT', 'CRAB']") | value_of(vm, "['ACME', 'ZZZ']");
    }
    fflush(stdout);
    while (requests) {
        request *r = requests;
        requests = r->next;
        pthread_join(r->thread, NULL);
        sk_release(vm, r->future);
        free(r);
    }
    sk_vm_free(vm);
    return status;
}
