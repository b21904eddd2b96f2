/// A deck's parsed form, cloze blanks and cards in a binary file, so that a start need not parse
/// the deck's JSON, search it for blanks and make its cards again. The file is keyed by a hash and
/// the length of the deck file's bytes: a cache of other bytes, of another format version, or
/// damaged in any way (checked by a hash of its own content) is not used. A cache never changes
/// what a deck is.
enum DeckCache {
    /// Raise the version (and the magic's digit) whenever what a deck file yields changes: its
    /// parse, its cloze blanks or `Deck.makeCards` (the cache holds the cards as they were made).
    static let magic: [UInt8] = Array("HONEDKC2".utf8)
    static let version: UInt64 = 2

    /// The cache file for `source` (a deck file's bytes) and its content; `deck` remembers `blanks`
    /// when its cards are made.
    static func encode(_ deck: Deck, blanks: [(entry: Int, blank: ClozeBlank)], source: [UInt8]) -> [UInt8] {
        var body = CacheWriter()
        body.string(deck.id)
        body.string(deck.title)
        body.string(deck.description)
        body.int(deck.entries.count)
        for entry in deck.entries {
            body.string(entry.id); body.string(entry.term); body.string(entry.definition)
            body.strings(entry.aliases); body.strings(entry.details); body.strings(entry.tags); body.strings(entry.sources)
            body.bool(entry.cloze); body.int(entry.line)
        }
        body.int(deck.tables.count)
        for table in deck.tables {
            body.string(table.id); body.string(table.title); body.strings(table.columns); body.int(table.keyColumn)
            body.int(table.rows.count)
            for row in table.rows { body.strings(row) }
            body.int(table.prompts.count)
            for (column, prompts) in table.prompts.sorted(by: { $0.key < $1.key }) {
                body.string(column); body.string(prompts.forward); body.string(prompts.reverse)
            }
            body.int(table.line)
        }
        body.int(deck.sequences.count)
        for sequence in deck.sequences {
            body.string(sequence.id); body.string(sequence.title); body.strings(sequence.items); body.int(sequence.line)
        }
        body.int(blanks.count)
        for (entry, blank) in blanks {
            body.int(entry); body.string(blank.sentence); body.string(blank.answer); body.string(blank.category.rawValue)
            body.int(blank.entry); body.int(blank.table); body.int(blank.column)
            let utf8 = blank.sentence.utf8
            body.int(utf8.distance(from: utf8.startIndex, to: blank.range.lowerBound))
            body.int(utf8.distance(from: utf8.startIndex, to: blank.range.upperBound))
        }
        encodeCards(deck.cards, blanks: blanks, into: &body)
        var file = CacheWriter(bytes: magic)
        file.word(version)
        file.int(source.count)
        file.word(source.withUnsafeBufferPointer(CacheHash.of))
        file.int(body.bytes.count)
        file.word(body.bytes.withUnsafeBufferPointer(CacheHash.of))
        file.bytes += body.bytes
        return file.bytes
    }

    /// The deck (with its blanks remembered) in `cache`, if it is an intact cache of `source` for deck `id`.
    static func decode(_ cache: [UInt8], source: [UInt8], id: String) -> Deck? {
        cache.withUnsafeBufferPointer { buffer in
            var reader = CacheReader(bytes: buffer, offset: 0)
            do throws(CacheDamaged) {
                guard buffer.count >= magic.count, buffer.starts(with: magic) else { return nil }
                reader.offset = magic.count
                guard try reader.word() == version, try reader.int() == source.count,
                      try reader.word() == source.withUnsafeBufferPointer(CacheHash.of),
                      try reader.int() == buffer.count - reader.offset - 8 else { return nil }
                let hash = try reader.word()
                guard hash == CacheHash.of(UnsafeBufferPointer(rebasing: buffer[reader.offset...])) else { return nil }
                return try deck(&reader, id: id)
            } catch {
                return nil
            }
        }
    }

    private static func deck(_ reader: inout CacheReader, id: String) throws(CacheDamaged) -> Deck? {
        guard try reader.string() == id else { return nil }
        let title = try reader.string()
        let description = try reader.optionalString()
        let entryCount = try reader.count()
        var entries: [Entry] = []
        entries.reserveCapacity(entryCount)
        var lists: [UInt64: (bytes: Range<Int>, strings: [String])] = [:]
        for _ in 0..<entryCount { entries.append(try entry(&reader, lists: &lists)) }
        var tables: [DeckTable] = []
        for _ in 0..<(try reader.count()) { tables.append(try table(&reader)) }
        var sequences: [DeckSequence] = []
        for _ in 0..<(try reader.count()) {
            sequences.append(DeckSequence(id: try reader.string(), title: try reader.string(), items: try reader.strings(),
                                          line: try reader.int()))
        }
        var deck = Deck(id: id, title: title, description: description, entries: entries, tables: tables, sequences: sequences)
        var blanks: [(entry: Int, blank: ClozeBlank)] = []
        for _ in 0..<(try reader.count()) {
            let entry = try reader.int()
            let sentence = try reader.string(), answer = try reader.string()
            guard let category = ClozeBlank.Category(rawValue: try reader.string()) else { throw CacheDamaged() }
            let named = try reader.optionalInt(), table = try reader.optionalInt(), column = try reader.optionalInt()
            let lower = try reader.int(), upper = try reader.int()
            let utf8 = sentence.utf8
            guard entries.indices.contains(entry), 0 <= lower, lower <= upper, upper <= utf8.count else { throw CacheDamaged() }
            let range = utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)
            blanks.append((entry, ClozeBlank(sentence: sentence, answer: answer, category: category, entry: named, table: table,
                                             column: column, range: range)))
        }
        let cards = try decodeCards(&reader, deck: deck, blanks: blanks)
        guard reader.offset == reader.bytes.count else { throw CacheDamaged() }
        deck.rememberClozeBlanks(blanks, cards: cards)
        return deck
    }

    private static func entry(_ reader: inout CacheReader, lists: inout [UInt64: (bytes: Range<Int>, strings: [String])])
        throws(CacheDamaged) -> Entry {
        Entry(id: try reader.string(), term: try reader.string(), definition: try reader.string(), aliases: try reader.strings(),
              details: try reader.strings(), tags: try reader.strings(sharing: &lists), sources: try reader.strings(sharing: &lists),
              cloze: try reader.bool(), line: try reader.int())
    }

    private static func table(_ reader: inout CacheReader) throws(CacheDamaged) -> DeckTable {
        let id = try reader.string(), title = try reader.string(), columns = try reader.strings(), keyColumn = try reader.int()
        var rows: [[String]] = []
        for _ in 0..<(try reader.count()) { rows.append(try reader.strings()) }
        var prompts: [String: DeckTable.ColumnPrompts] = [:]
        for _ in 0..<(try reader.count()) {
            prompts[try reader.string()] = DeckTable.ColumnPrompts(forward: try reader.optionalString(), reverse: try reader.optionalString())
        }
        guard columns.indices.contains(keyColumn) else { throw CacheDamaged() }
        return DeckTable(id: id, title: title, columns: columns, keyColumn: keyColumn, rows: rows, prompts: prompts, line: try reader.int())
    }
}
