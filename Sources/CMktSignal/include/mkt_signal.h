#ifndef MKT_SIGNAL_H
#define MKT_SIGNAL_H

/// Ctrl-C for mkt: an atomic flag type and the SIGINT handler that sets one.
///
/// Only C may run in a signal handler, so the flag's storage and the handler live here; Swift
/// sees the flag through `MktCancel.CancellationToken`. The handler sets whichever flag is
/// routed to it (the running session's token), never a process-wide variable that every
/// reader shares.

/// An atomic flag. Opaque: created, set, read and cleared only through these functions.
typedef struct mkt_flag mkt_flag;

/// A new, clear flag (NULL when out of memory).
mkt_flag *mkt_flag_create(void);
/// Frees `flag`, first routing SIGINT away from it if it was the routed one. A flag that was
/// ever routed is not freed: a handler running on another thread may still hold it.
void mkt_flag_destroy(mkt_flag *flag);
/// Sets `flag`.
void mkt_flag_set(mkt_flag *flag);
/// 1 when `flag` is set.
int mkt_flag_is_set(const mkt_flag *flag);
/// Clears `flag` and returns 1 when it was set.
int mkt_flag_take(mkt_flag *flag);

/// Installs the SIGINT handler (idempotent). No SA_RESTART: a blocked read returns EINTR, so
/// whoever waits notices the press. Returns 0 on success.
int mkt_sigint_install(void);
/// Makes SIGINT set `flag` (NULL: a press sets nothing). Returns the flag routed before.
mkt_flag *mkt_sigint_route(mkt_flag *flag);

#endif
