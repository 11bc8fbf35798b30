#ifndef MADO_CSQLITE_SHIM_H
#define MADO_CSQLITE_SHIM_H
#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro Swift cannot import: sqlite copies the bound value.
static inline sqlite3_destructor_type mado_sqlite_transient(void) { return (sqlite3_destructor_type)-1; }
#endif
