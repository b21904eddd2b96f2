import CSQLite
import Foundation

/// Writes an Anki collection in the legacy layout (schema 11, `collection.anki2`, as genanki and
/// Anki before 2.1.28 write it) through SQLite's C API: the `col` row with note type, deck and
/// deck options JSON, then notes, cards and revlog rows inside one transaction.
final class AnkiCollectionWriter {
    private var db: OpaquePointer?
    private var statements: [String: OpaquePointer] = [:]

    static let schema = """
        CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
          ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
          models text not null, decks text not null, dconf text not null, tags text not null);
        CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
          usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
          flags integer not null, data text not null);
        CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
          mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
          ivl integer not null, factor integer not null, reps integer not null, lapses integer not null,
          left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
        CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
          ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
          type integer not null);
        CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
        CREATE INDEX ix_notes_usn on notes (usn);
        CREATE INDEX ix_cards_usn on cards (usn);
        CREATE INDEX ix_revlog_usn on revlog (usn);
        CREATE INDEX ix_cards_nid on cards (nid);
        CREATE INDEX ix_cards_sched on cards (did, queue, due);
        CREATE INDEX ix_revlog_cid on revlog (cid);
        CREATE INDEX ix_notes_csum on notes (csum);
        """

    init(path: String) throws {
        unlink(path)
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK else {
            throw BenchError("cannot create \(path): \(message)")
        }
        try execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 4096;")
        try execute(Self.schema)
        try execute("BEGIN")
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close(db)
    }

    private var message: String { db.map { String(cString: sqlite3_errmsg($0)) } ?? "no database" }

    func execute(_ sql: String) throws {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else { throw BenchError("SQLite: \(message) in \(sql.prefix(60))") }
    }

    /// One value of a row to insert.
    enum Value {
        case int(Int64)
        case text(String)
    }

    /// Inserts one row into `table` (a prepared statement per table, reused).
    func insert(_ table: String, _ values: [Value]) throws {
        let statement: OpaquePointer
        if let prepared = statements[table] {
            statement = prepared
        } else {
            let sql = "INSERT INTO \(table) VALUES (" + Array(repeating: "?", count: values.count).joined(separator: ",") + ")"
            var prepared: OpaquePointer?
            guard sqlite3_prepare_v2(db, sql, -1, &prepared, nil) == SQLITE_OK, let prepared else { throw BenchError("SQLite: \(message)") }
            statements[table] = prepared
            statement = prepared
        }
        // SQLITE_TRANSIENT: SQLite copies the text.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (offset, value) in values.enumerated() {
            let column = Int32(offset + 1)
            switch value {
            case .int(let number): sqlite3_bind_int64(statement, column, number)
            case .text(let text): sqlite3_bind_text(statement, column, text, -1, transient)
            }
        }
        guard sqlite3_step(statement) == SQLITE_DONE else { throw BenchError("SQLite: insert into \(table): \(message)") }
        sqlite3_reset(statement)
    }

    /// Commits and closes the file.
    func finish() throws {
        try execute("COMMIT")
        for statement in statements.values { sqlite3_finalize(statement) }
        statements = [:]
        guard sqlite3_close(db) == SQLITE_OK else { throw BenchError("SQLite: cannot close: \(message)") }
        db = nil
    }
}
