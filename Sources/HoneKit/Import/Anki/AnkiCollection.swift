import Foundation

/// The parts of an Anki collection that an import uses, as stored: note types with their fields and
/// card templates, deck names, notes and cards (the review log is read by `AnkiRevlog`, a row at a time).
struct AnkiCollection {
    struct NoteType {
        var id: Int64
        var name: String
        var isCloze: Bool
        /// Field names in field order.
        var fields: [String]
        var templates: [Template]
    }

    struct Template {
        var ord: Int
        var name: String
        /// The question side's format, e.g. `{{Front}}` or `{{cloze:Text}}`.
        var question: String
        /// The answer side's format, e.g. `{{FrontSide}}<hr id=answer>{{Back}}`.
        var answer = ""
    }

    struct Note {
        var id: Int64
        var guid: String
        var noteTypeID: Int64
        var tags: [String]
        var fields: [String]
    }

    struct Card {
        var id: Int64
        var noteID: Int64
        /// The card's home deck (its original deck while it sits in a filtered deck).
        var deckID: Int64
        var ord: Int
    }

    var schemaVersion: Int
    var noteTypes: [Int64: NoteType]
    /// Deck names with `::` between levels.
    var decks: [Int64: String]
    var notes: [Note]
    var cards: [Card]

    /// What is wrong with a collection's structure (its tables or note type definitions).
    struct Failure: Error, Sendable {
        var message: String
    }
}

extension AnkiCollection {
    static func read(_ db: SQLiteReader) throws(Failure) -> AnkiCollection {
        do {
            let tables = try db.tableNames()
            for name in ["col", "notes", "cards"] where !tables.contains(name) {
                throw Failure(message: "not an Anki collection (it has no \(name) table)")
            }
            var version = 0
            try db.query("SELECT ver FROM col LIMIT 1") { row in version = Int(row.int(0)) }
            let current = tables.contains("notetypes")
            if current {
                for name in ["fields", "templates", "decks"] where !tables.contains(name) {
                    throw Failure(message: "not an Anki collection (it has notetypes but no \(name) table)")
                }
            }
            var collection = AnkiCollection(schemaVersion: version, noteTypes: [:], decks: [:], notes: [], cards: [])
            if current {
                try collection.readCurrentNoteTypes(db)
            } else {
                try collection.readLegacyModels(db)
            }
            try db.query("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id") { row in
                collection.notes.append(Note(
                    id: row.int(0), guid: row.text(1), noteTypeID: row.int(2),
                    tags: row.text(3).split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init),
                    fields: row.texts(4, separatedBy: 0x1F)))
            }
            try db.query("SELECT id, nid, did, odid, ord FROM cards ORDER BY id") { row in
                let home = row.int(3) != 0 ? row.int(3) : row.int(2)
                collection.cards.append(Card(id: row.int(0), noteID: row.int(1), deckID: home, ord: Int(row.int(4))))
            }
            return collection
        } catch let failure as Failure {
            throw failure
        } catch let failure as SQLiteReader.Failure {
            throw Failure(message: "cannot read the collection: \(failure.message)")
        } catch {
            throw Failure(message: "cannot read the collection: \(error)")
        }
    }

    /// Schema 11 (`collection.anki2`, `collection.anki21`): note types and decks as JSON in `col`.
    private mutating func readLegacyModels(_ db: SQLiteReader) throws {
        var modelsText = "", decksText = ""
        try db.query("SELECT models, decks FROM col LIMIT 1") { row in
            modelsText = row.text(0)
            decksText = row.text(1)
        }
        let models: JSONNode, deckNodes: JSONNode
        do {
            models = try JSONParser.parse(modelsText)
            deckNodes = try JSONParser.parse(decksText)
        } catch {
            throw Failure(message: "the collection's note types or decks are not valid JSON (\(error))")
        }
        for member in models.members ?? [] {
            let model = member.node
            guard let id = Int64(member.key) ?? model["id"]?.integer.map(Int64.init) else { continue }
            let fields = (model["flds"]?.array ?? [])
                .sorted { ($0["ord"]?.integer ?? 0) < ($1["ord"]?.integer ?? 0) }
                .map { $0["name"]?.string ?? "" }
            let templates = (model["tmpls"]?.array ?? []).map { template in
                Template(ord: template["ord"]?.integer ?? 0, name: template["name"]?.string ?? "",
                         question: template["qfmt"]?.string ?? "", answer: template["afmt"]?.string ?? "")
            }.sorted { $0.ord < $1.ord }
            noteTypes[id] = NoteType(id: id, name: model["name"]?.string ?? "note type \(id)",
                                     isCloze: model["type"]?.integer == 1, fields: fields, templates: templates)
        }
        for member in deckNodes.members ?? [] {
            guard let id = Int64(member.key), let name = member.node["name"]?.string else { continue }
            decks[id] = name
        }
    }

    /// Schema 15 and later (`collection.anki21b`): tables of note types, fields, templates, decks,
    /// with settings as protocol buffers.
    private mutating func readCurrentNoteTypes(_ db: SQLiteReader) throws {
        try db.query("SELECT id, name, config FROM notetypes") { row in
            let config = ProtobufFields(row.blob(2))
            noteTypes[row.int(0)] = NoteType(id: row.int(0), name: row.text(1), isCloze: config.varints[1] == 1,
                                             fields: [], templates: [])
        }
        try db.query("SELECT ntid, ord, name FROM fields ORDER BY ntid, ord") { row in
            noteTypes[row.int(0)]?.fields.append(row.text(2))
        }
        try db.query("SELECT ntid, ord, name, config FROM templates ORDER BY ntid, ord") { row in
            let config = ProtobufFields(row.blob(3))
            noteTypes[row.int(0)]?.templates.append(
                Template(ord: Int(row.int(1)), name: row.text(2), question: config.string(1) ?? "", answer: config.string(2) ?? ""))
        }
        try db.query("SELECT id, name FROM decks") { row in
            decks[row.int(0)] = row.text(1).replacingOccurrences(of: "\u{1F}", with: "::")
        }
    }
}
