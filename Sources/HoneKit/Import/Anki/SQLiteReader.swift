import CSQLite

/// A read-only view of an SQLite file (an Anki collection) through SQLite's C API. The file is
/// opened immutable (no locks, no journal, nothing written beside it), with the schema untrusted
/// (no functions run from triggers or views), and only fixed queries are run: text in the
/// collection is data, never SQL.
final class SQLiteReader {
    private var handle: OpaquePointer?
    let path: String

    struct Failure: Error, Sendable {
        var message: String
    }

    init(path: String) throws(Failure) {
        self.path = path
        let uri = "file:" + Self.percentEncoded(path) + "?immutable=1"
        let status = sqlite3_open_v2(uri, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nil)
        guard status == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(handle)
            handle = nil
            throw Failure(message: message)
        }
        try execute("PRAGMA trusted_schema = OFF")
        try execute("PRAGMA cell_size_check = ON")
        // Reading the schema is the first real read: a file that is not SQLite fails here.
        _ = try tableNames()
    }

    deinit { sqlite3_close(handle) }

    func execute(_ sql: String) throws(Failure) {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw failure() }
    }

    /// Names of the ordinary tables (views are not tables: a view could make a query run forever).
    func tableNames() throws(Failure) -> Set<String> {
        var names: Set<String> = []
        try query("SELECT name FROM sqlite_master WHERE type = 'table'") { row in _ = names.insert(row.text(0)) }
        return names
    }

    /// Runs `sql` and calls `body` for each row.
    func query(_ sql: String, _ body: (Row) throws(Failure) -> Void) throws(Failure) {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else { throw failure() }
        defer { sqlite3_finalize(statement) }
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { return }
            guard status == SQLITE_ROW else { throw failure() }
            try body(Row(statement: statement))
        }
    }

    /// One result row; columns are read by position.
    struct Row {
        let statement: OpaquePointer

        func int(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

        func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

        /// The column as text (invalid UTF-8 repaired; NUL bytes kept as they are).
        func text(_ column: Int32) -> String {
            guard let pointer = sqlite3_column_text(statement, column) else { return "" }
            let count = Int(sqlite3_column_bytes(statement, column))
            return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
        }

        func blob(_ column: Int32) -> [UInt8] {
            let count = Int(sqlite3_column_bytes(statement, column))
            guard count > 0, let pointer = sqlite3_column_blob(statement, column) else { return [] }
            return Array(UnsafeRawBufferPointer(start: pointer, count: count))
        }
    }

    private func failure() -> Failure {
        Failure(message: handle.map { String(cString: sqlite3_errmsg($0)) } ?? "no database")
    }

    /// A path as it may appear in an SQLite `file:` URI.
    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0..<0x21, 0x7F...:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            default:
                out.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return out
    }
}
