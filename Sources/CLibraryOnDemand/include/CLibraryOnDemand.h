// Opening a C library on its first use, shared by the shims that stand in for libraries a
// `mado` process does not load at start (CCurlOnDemand, CCryptoOnDemand, CNCursesW).
#ifndef C_LIBRARY_ON_DEMAND_H
#define C_LIBRARY_ON_DEMAND_H

typedef struct {
    void *handle;
    const char *soname;
    /// Why the library or one of its symbols could not be had; empty while all is well.
    char failure[512];
} mado_library;

/// Opens the library the environment variable `override` names (the tests name one that does not
/// exist), or else `soname`, with RTLD_LOCAL: its symbols stay out of the global scope, so nothing
/// else binds to them by accident. Returns 0, with `failure` set to dlerror's sentence, when it cannot.
int mado_library_open(mado_library *library, const char *override, const char *soname);

/// The address of `name` in the library, or NULL with `failure` set to
/// "<soname> has no <name> (too old <library>)", e.g. `too_old` = "a libcurl".
void *mado_library_symbol(mado_library *library, const char *name, const char *too_old);

#endif
