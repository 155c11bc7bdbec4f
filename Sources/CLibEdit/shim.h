// Non-variadic wrappers over libedit's native (histedit.h) API, callable from Swift.
// el_set/el_get/history are variadic and so unavailable to Swift; each operation mkt
// uses gets one static inline wrapper here.
#ifndef MKT_CLIBEDIT_SHIM_H
#define MKT_CLIBEDIT_SHIM_H

#include <histedit.h>
#include <stdio.h>

/// el_init on the process's standard streams (Swift 6 cannot name stdin/stdout/stderr).
static inline EditLine *mkt_el_init(const char *prog) {
    return el_init(prog, stdin, stdout, stderr);
}

#endif
