#ifndef MADO_CSQLITE_SHIM_H
#define MADO_CSQLITE_SHIM_H
#include <sqlite3.h>
#include <string.h>

// SQLITE_TRANSIENT is a cast macro Swift cannot import: sqlite copies the bound value.
static inline sqlite3_destructor_type mado_sqlite_transient(void) { return (sqlite3_destructor_type)-1; }

// Reads the first bytes of the main database file through SQLite's own file descriptor.
// Opening the file a second time would be wrong: closing any descriptor of a file drops every
// POSIX lock the process holds on it, and another process may then delete a live WAL.
// Returns SQLITE_OK, SQLITE_IOERR_SHORT_READ (the rest zero-filled) or an error.
static inline int mado_sqlite_read_header(sqlite3 *db, unsigned char *buffer, int count) {
    sqlite3_file *file = 0;
    int rc = sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file);
    if (rc != SQLITE_OK || file == 0 || file->pMethods == 0) return SQLITE_ERROR;
    memset(buffer, 0, (size_t)count);
    return file->pMethods->xRead(file, buffer, count, 0);
}

// Before SQLite's first use: no count of the memory it holds. Counting takes a global mutex at
// every allocation, and a search allocates for each page it reads; nothing here asks for it.
// (sqlite3_config is variadic: Swift cannot call it.) Returns SQLITE_MISUSE once SQLite is in use.
static inline int mado_sqlite_skip_memory_count(void) { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }
#endif
