#include "mkt_signal.h"

#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

struct mkt_flag {
    atomic_int value;
    /// Once routed, a handler on another thread may hold the pointer at any later moment, so
    /// the flag is never freed (a few bytes, for the session tokens that are routed).
    atomic_int routed_once;
};

/// The flag SIGINT sets. Atomic so a handler on any thread sees a whole pointer.
static _Atomic(mkt_flag *) routed = NULL;

mkt_flag *mkt_flag_create(void) {
    mkt_flag *flag = malloc(sizeof *flag);
    if (flag) {
        atomic_init(&flag->value, 0);
        atomic_init(&flag->routed_once, 0);
    }
    return flag;
}

void mkt_flag_destroy(mkt_flag *flag) {
    if (!flag) return;
    mkt_flag *expected = flag;
    atomic_compare_exchange_strong(&routed, &expected, NULL);
    if (!atomic_load(&flag->routed_once)) free(flag);
}

void mkt_flag_set(mkt_flag *flag) { atomic_store(&flag->value, 1); }

int mkt_flag_is_set(const mkt_flag *flag) {
    return atomic_load((atomic_int *)&flag->value) != 0;
}

int mkt_flag_take(mkt_flag *flag) { return atomic_exchange(&flag->value, 0) != 0; }

static void on_sigint(int signo) {
    (void)signo;
    mkt_flag *flag = atomic_load(&routed);
    if (flag) atomic_store(&flag->value, 1);
}

int mkt_sigint_install(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    return sigaction(SIGINT, &sa, NULL);
}

mkt_flag *mkt_sigint_route(mkt_flag *flag) {
    if (flag) atomic_store(&flag->routed_once, 1);
    return atomic_exchange(&routed, flag);
}
