// Non-variadic wrappers over libedit's native (histedit.h) API, callable from Swift.
// el_set/el_get/history are variadic and so unavailable to Swift; each operation mkt
// uses gets one static inline wrapper here.
//
// This header is the whole C side of the target (a system library has no .c files), so
// the few pieces of shared state it needs are *weak* definitions: every object file that
// includes the header emits one, and the linker keeps exactly one. A `static` variable
// here would silently give each Swift object file its own copy.
//
// SwiftPM does not track this header as a dependency of the Swift files that import it:
// after editing it, touch those files (or clean) or the old inline code stays linked.
#ifndef MKT_CLIBEDIT_SHIM_H
#define MKT_CLIBEDIT_SHIM_H

#include <errno.h>
#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <termios.h>
#include <unistd.h>

// MARK: - Editor

/// el_init on the process's standard streams (Swift 6 cannot name stdin/stdout/stderr).
static inline EditLine *mkt_el_init(const char *prog) {
    return el_init(prog, stdin, stdout, stderr);
}

/// el_init on explicit streams (a pseudo-terminal in tests, /dev/tty...).
static inline EditLine *mkt_el_init_files(const char *prog, FILE *in, FILE *out, FILE *err) {
    return el_init(prog, in, out, err);
}

/// The process's standard streams, for Swift code that cannot name them.
static inline FILE *mkt_stdin(void) { return stdin; }
static inline FILE *mkt_stdout(void) { return stdout; }
static inline FILE *mkt_stderr(void) { return stderr; }

/// Prompt callback type: returns memory the caller keeps alive.
typedef char *(*mkt_prompt_fn)(EditLine *);
/// Editor function type (EL_ADDFN): returns a CC_* code.
typedef unsigned char (*mkt_editor_fn)(EditLine *, int);

static inline int mkt_el_set_prompt(EditLine *el, mkt_prompt_fn fn) {
    return el_set(el, EL_PROMPT, fn);
}
static inline int mkt_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int mkt_el_set_terminal(EditLine *el, const char *type) {
    return el_set(el, EL_TERMINAL, type);
}
static inline int mkt_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
/// Puts the terminal in the editor's mode now (1) or back in its normal mode (0). el_gets only
/// does this when it reads the first key, after it has drawn the prompt: keys typed in between
/// would go through the kernel's line editing (echoed twice, and a Ctrl-D there becomes a NUL).
static inline int mkt_el_prep_term(EditLine *el, int raw) {
    return el_set(el, EL_PREP_TERM, raw);
}
static inline int mkt_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *mkt_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}
static inline int mkt_el_addfn(EditLine *el, const char *name, const char *help, mkt_editor_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
/// Binds one key sequence (in libedit's `^X` / `\e[A` notation) to a named editor function.
static inline int mkt_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, (const char *)NULL);
}
/// One `setty` setting for the editor's own terminal mode (`-d`), e.g. "-isig" to receive
/// Ctrl-C and Ctrl-Z as keys while a line is edited.
static inline int mkt_el_setty_edit(EditLine *el, const char *setting) {
    return el_set(el, EL_SETTY, "-d", setting, (const char *)NULL);
}
static inline int mkt_el_set_hist(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

/// Character reader type (EL_GETCFN): stores one character, returns 1, 0 at end of input or
/// -1 with errno set.
typedef int (*mkt_getc_fn)(EditLine *, wchar_t *);

static inline int mkt_el_set_getcfn(EditLine *el, mkt_getc_fn fn) {
    return el_set(el, EL_GETCFN, fn);
}
/// Redraws the prompt and line from where the editor believes the line starts (EL_REFRESH).
static inline int mkt_el_refresh(EditLine *el) {
    return el_set(el, EL_REFRESH);
}

/// Columns a character takes on the terminal (-1 for a control character), as libedit measures
/// it. glibc declares wcwidth only for _XOPEN_SOURCE, which the Swift importer does not set.
extern int wcwidth(wchar_t c);
static inline int mkt_wcwidth(wchar_t c) { return wcwidth(c); }

/// Waits until `fd` has input with `mask` as the signal mask while waiting (pselect): a signal
/// the caller blocks, pending or arriving, ends the wait with EINTR, so nothing slips in between
/// the caller's checks and the wait. Returns 1 when input is ready, -1 with errno otherwise.
static inline int mkt_wait_input(int fd, const sigset_t *mask) {
    if (fd < 0 || fd >= FD_SETSIZE) return 1;  // cannot select: let read block
    fd_set set;
    FD_ZERO(&set);
    FD_SET(fd, &set);
    return pselect(fd + 1, &set, NULL, NULL, NULL, mask) > 0 ? 1 : -1;
}

/// Writes text to the editor's output stream (where it draws the line), then flushes, so a
/// completion listing lands between the old line and the redisplayed one.
static inline void mkt_el_print(EditLine *el, const char *text) {
    FILE *out = NULL;
    if (el_get(el, EL_GETFP, 1, &out) != 0 || out == NULL) return;
    fputs(text, out);
    fflush(out);
}

/// Ctrl-Z pressed while editing (with isig off it is a key): give the terminal back, stop the
/// process group as the kernel would have, and take the terminal again once continued.
static inline void mkt_el_suspend(EditLine *el) {
    el_set(el, EL_PREP_TERM, 0);
    kill(0, SIGTSTP);
    el_set(el, EL_PREP_TERM, 1);
}

// MARK: - History (in memory; the file is handled in Swift)

static inline int mkt_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}
static inline int mkt_history_setunique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}
static inline int mkt_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}
static inline int mkt_history_count(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_GETSIZE) != 0) return 0;
    return ev.num;
}

// MARK: - Locale

/// Sets LC_CTYPE from the environment, falling back to C.UTF-8 when the codeset is not UTF-8:
/// without a UTF-8 LC_CTYPE libedit silently drops every non-ASCII byte.
/// Returns 1 when a UTF-8 codeset is in effect.
static inline int mkt_setlocale_utf8(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL && setlocale(LC_CTYPE, "C.utf8") == NULL) return 0;
    return 1;
}

// MARK: - Window resize

static inline void mkt_sigwinch_handler(int signo) { (void)signo; }

/// A SIGWINCH handler that does nothing but end the editor's wait for a key (pselect is never
/// restarted; the default action ignores the signal without interrupting anything). libedit
/// puts back the handler it found after its own has run once, so without this only the first
/// resize during a line would be noticed before the next key. SA_RESTART: other calls (writes
/// while a command runs) go on undisturbed. Returns 0 on success.
static inline int mkt_sigwinch_install(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = mkt_sigwinch_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return sigaction(SIGWINCH, &sa, NULL);
}

// MARK: - Terminal restore guard

// libedit puts the terminal in raw mode only inside el_gets and restores it on return and on
// the signals EL_SIGNAL covers. A crash inside an editor callback (a Swift trap is SIGILL or
// SIGTRAP) or an exit() from one would skip that, so the cooked mode seen before the editor
// starts is kept here and put back from an atexit hook and from fatal-signal handlers.
// A pointer to heap storage: a weak *struct* defined in this header is emitted by the Swift
// importer as an undefined weak symbol (address 0), which crashed the first write; scalars are
// emitted as definitions.
__attribute__((weak)) struct termios *volatile mkt_saved_termios = 0;
__attribute__((weak)) volatile sig_atomic_t mkt_saved_termios_fd = -1;
__attribute__((weak)) volatile sig_atomic_t mkt_restore_installed = 0;

static inline void mkt_terminal_restore(void) {
    int fd = mkt_saved_termios_fd;
    struct termios *mode = mkt_saved_termios;
    if (fd >= 0 && mode) tcsetattr(fd, TCSAFLUSH, mode);
}

static inline void mkt_terminal_restore_atexit(void) { mkt_terminal_restore(); }

static inline void mkt_fatal_signal_handler(int signo) {
    mkt_terminal_restore();
    // Re-raise with the default action so the process still dies (and dumps core) as it would have.
    signal(signo, SIG_DFL);
    raise(signo);
}

/// Records the terminal mode of `fd` and installs the restore hooks (once per process).
/// Returns 0 when `fd` is a terminal whose mode was saved.
static inline int mkt_terminal_guard(int fd) {
    struct termios mode;
    if (tcgetattr(fd, &mode) != 0) return -1;
    // Detach the fd while the copy changes, so a signal never restores a half-written mode.
    mkt_saved_termios_fd = -1;
    if (!mkt_saved_termios) {
        struct termios *storage = malloc(sizeof *storage);
        if (!storage) return -1;
        mkt_saved_termios = storage;
    }
    memcpy(mkt_saved_termios, &mode, sizeof mode);
    mkt_saved_termios_fd = fd;
    if (!mkt_restore_installed) {
        mkt_restore_installed = 1;
        atexit(mkt_terminal_restore_atexit);
        const int fatal[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT};
        for (size_t i = 0; i < sizeof fatal / sizeof fatal[0]; i++) {
            struct sigaction old;
            // Leave handlers someone else installed (a crash reporter) alone.
            if (sigaction(fatal[i], NULL, &old) == 0 && old.sa_handler == SIG_DFL) {
                struct sigaction sa;
                memset(&sa, 0, sizeof sa);
                sa.sa_handler = mkt_fatal_signal_handler;
                sigemptyset(&sa.sa_mask);
                sa.sa_flags = SA_RESETHAND;
                sigaction(fatal[i], &sa, NULL);
            }
        }
    }
    return 0;
}

/// Forgets the saved mode (after el_end), so a later exit does not reset a terminal that
/// someone else may be using differently by then.
static inline void mkt_terminal_unguard(void) { mkt_saved_termios_fd = -1; }

#endif
