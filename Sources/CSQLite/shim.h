// SQLite's C API (libsqlite3-dev), for reading Anki collections read-only (Sources/HoneKit/Import/Anki).
#ifndef HONE_SQLITE_SHIM_H
#define HONE_SQLITE_SHIM_H
#include <sqlite3.h>
#endif
