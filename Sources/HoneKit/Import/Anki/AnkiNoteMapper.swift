import Foundation

/// Anki notes to hone entries. Entry ids come from the note's guid, which Anki keeps across edits
/// and exports, so a re-import finds the same entries (and their progress) even when the text
/// changed. Every Anki card is mapped to the hone card it corresponds to, for the review history.
struct AnkiNoteMapper {
    /// Where an Anki card's reviews go in hone.
    struct Target: Equatable {
        var entryID: String
        var side: CardSide
    }

    private(set) var builder = DeckBuilder()
    /// By Anki card id.
    private(set) var targets: [Int64: Target] = [:]
    private var layouts: [Int64: AnkiNoteLayout] = [:]

    /// hone's entry id for an Anki note: the guid's UTF-8 bytes in hex (guids are case-sensitive
    /// and use punctuation, so a slug would merge distinct notes); a hash for unusually long guids.
    static func entryID(guid: String) -> String {
        let bytes = Array(guid.utf8)
        guard !bytes.isEmpty else { return "note" }
        guard bytes.count <= 16 else { return "g" + StableHash.hex(StableHash.fnv1a64(bytes: bytes)) }
        return bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    mutating func map(_ collection: AnkiCollection, report: inout ImportReport, progress: (Double) -> Void) {
        var entriesByNote: [Int64: (pair: String?, cloze: [Int: String], layout: AnkiNoteLayout)] = [:]
        for (offset, note) in collection.notes.enumerated() {
            if offset % 500 == 0 { progress(Double(offset) / Double(max(collection.notes.count, 1))) }
            report.itemsRead += 1
            let place = "note \(note.id)"
            guard let type = collection.noteTypes[note.noteTypeID] else {
                report.skip(place, "its note type (\(note.noteTypeID)) is missing from the collection")
                continue
            }
            let layout = layouts[type.id] ?? AnkiNoteLayout(type)
            layouts[type.id] = layout
            let fields = note.fields.map(HTMLPlainText.plain)
            report.mediaDropped += fields.reduce(0) { $0 + $1.media }
            let text = { (index: Int) in index < fields.count ? fields[index].text : "" }
            let details = layout.detailFields.compactMap { index -> String? in
                let value = text(index)
                guard !value.isEmpty else { return nil }
                let name = index < layout.fieldNames.count ? layout.fieldNames[index] : ""
                return ["back extra", "extra", ""].contains(name.lowercased()) ? value : "\(name): \(value)"
            }
            let baseID = Self.entryID(guid: note.guid)
            switch layout.shape {
            case .unusable(let reason):
                report.skip(place, reason)
            case .pair(let termField, let definitionField):
                if text(termField).isEmpty, termField < fields.count, fields[termField].media > 0 {
                    report.skip(place, "its \(layout.fieldNames[termField]) is only an image or a sound, which hone cannot show")
                    continue
                }
                let entry = Entry(id: baseID, term: text(termField), definition: text(definitionField), details: details,
                                  tags: note.tags)
                if let id = add(entry, place: place, report: &report) {
                    entriesByNote[note.id] = (id, [:], layout)
                }
            case .cloze(let textField):
                let source = text(textField)
                if source.contains("{{c"), source.contains("image-occlusion:") {
                    report.skip(place, "an image occlusion note (a picture with masks) has no text to ask")
                    continue
                }
                let cards = AnkiCloze(source).cards
                guard !cards.isEmpty else {
                    report.skip(place, "a cloze note without deletions ({{c1::...}})")
                    continue
                }
                var ids: [Int: String] = [:]
                for card in cards {
                    let entry = Entry(id: "\(baseID)-c\(card.number)", term: card.answer, definition: card.sentence,
                                      details: details, tags: note.tags, cloze: true)
                    ids[card.number] = add(entry, place: "\(place) (c\(card.number))", report: &report)
                }
                entriesByNote[note.id] = (nil, ids, layout)
            }
        }
        for card in collection.cards {
            guard let mapped = entriesByNote[card.noteID] else { continue }
            if let entryID = mapped.pair, let side = mapped.layout.sides[card.ord] {
                targets[card.id] = Target(entryID: entryID, side: side)
            } else if let entryID = mapped.cloze[card.ord + 1] {
                targets[card.id] = Target(entryID: entryID, side: .term)
            }
        }
        progress(1)
    }

    /// Adds the entry; its final id (made unique by the builder), or nil when it was skipped.
    private mutating func add(_ entry: Entry, place: String, report: inout ImportReport) -> String? {
        guard builder.add(entry, place: place, report: &report) else { return nil }
        return builder.entries.last?.id
    }

    /// The name of the Anki deck the cards come from: the deepest deck that holds them all, else
    /// the one that holds most of them. Nil for Anki's "Default" deck or when nothing is known.
    static func deckName(_ collection: AnkiCollection) -> String? {
        var counts: [String: Int] = [:]
        for card in collection.cards { if let name = collection.decks[card.deckID] { counts[name, default: 0] += 1 } }
        guard !counts.isEmpty else { return nil }
        let paths = counts.keys.map { $0.components(separatedBy: "::") }
        var common = paths[0]
        for path in paths.dropFirst() {
            common = Array(zip(common, path).prefix { $0.0 == $0.1 }.map(\.0))
        }
        let name = common.isEmpty
            ? counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }[0].key
            : common.joined(separator: "::")
        return name == "Default" || name.isEmpty ? nil : name
    }
}
