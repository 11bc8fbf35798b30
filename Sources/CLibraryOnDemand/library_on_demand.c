#define _GNU_SOURCE
#include "CLibraryOnDemand.h"
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

int mado_library_open(mado_library *library, const char *override, const char *soname) {
    const char *chosen = getenv(override);
    library->soname = chosen && *chosen ? chosen : soname;
    library->failure[0] = 0;
    library->handle = dlopen(library->soname, RTLD_NOW | RTLD_LOCAL);
    if (library->handle) return 1;
    const char *said = dlerror();
    snprintf(library->failure, sizeof library->failure, "%s", said ? said : library->soname);
    return 0;
}

void *mado_library_symbol(mado_library *library, const char *name, const char *too_old) {
    void *address = dlsym(library->handle, name);
    if (!address) snprintf(library->failure, sizeof library->failure, "%s has no %s (too old %s)", library->soname, name, too_old);
    return address;
}
