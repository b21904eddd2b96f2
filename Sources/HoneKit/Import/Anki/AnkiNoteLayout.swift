import Foundation

/// How the notes of one Anki note type become hone entries, and which hone card each of its card
/// templates corresponds to.
///
/// A note's term and definition fields are chosen in this order:
/// 1. a field the learner types in (`{{type:Back}}`) is the term, since hone's `term` card is the
///    one answered by typing; the definition is the other field that template shows;
/// 2. known pairs by name: Front/Back, Term/Definition, Word/Meaning, Word/Definition,
///    Question/Answer, Expression/Meaning;
/// 3. the first two fields.
/// Other non-empty fields become details ("Example: ..."), except fields the templates only test
/// and never show (Basic (optional reversed card)'s "Add Reverse"). A template whose question shows the
/// term asks for the definition (hone's `definition` card); one that shows the definition asks
/// for the term (`term` card). So for Basic, Anki's card 1 (Front -> Back) is hone's `definition`
/// card and the reversed card 2 is hone's `term` card; for Basic (type in the answer), Anki's card
/// is hone's `term` card, with the typed Back as the term.
struct AnkiNoteLayout {
    enum Shape {
        case pair(term: Int, definition: Int)
        /// A cloze note: one entry per deletion number, from the text field.
        case cloze(text: Int)
        case unusable(reason: String)
    }

    var shape: Shape
    /// The hone card side of each template (by template ord) of a pair note type; the first
    /// template for a side wins.
    var sides: [Int: CardSide] = [:]
    /// Fields shown as details, in field order.
    var detailFields: [Int] = []
    let fieldNames: [String]

    static let namedPairs: [(String, String)] = [
        ("front", "back"), ("term", "definition"), ("word", "meaning"), ("word", "definition"),
        ("question", "answer"), ("expression", "meaning"),
    ]

    init(_ type: AnkiCollection.NoteType) {
        fieldNames = type.fields
        let index = { (name: String) in type.fields.firstIndex { $0.caseInsensitiveCompare(name) == .orderedSame } }
        if type.isCloze {
            let clozeField = type.templates.lazy.flatMap { AnkiTemplate.references(in: $0.question) }
                .first { $0.filters.contains("cloze") }.flatMap { index($0.field) }
            guard let text = clozeField ?? (type.fields.isEmpty ? nil : 0) else {
                shape = .unusable(reason: "note type \"\(type.name)\" has no fields")
                return
            }
            shape = .cloze(text: text)
            detailFields = type.fields.indices.filter { $0 != text }
            return
        }
        guard type.fields.count >= 2 else {
            shape = .unusable(reason: "note type \"\(type.name)\" has one field: nothing to pair it with")
            return
        }
        var term = 0, definition = 1
        let typed = type.templates.lazy.compactMap { template -> (Int, Int?)? in
            let references = AnkiTemplate.references(in: template.question)
            guard let typed = references.first(where: { $0.filters.contains("type") }).flatMap({ index($0.field) }) else { return nil }
            let shown = references.lazy.filter { !$0.filters.contains("type") }.compactMap { index($0.field) }.first { $0 != typed }
            return (typed, shown)
        }.first
        if let (typedField, shown) = typed {
            term = typedField
            definition = shown ?? type.fields.indices.first { $0 != typedField }!
        } else if let pair = Self.namedPairs.lazy.compactMap({ pair -> (Int, Int)? in
            guard let first = index(pair.0), let second = index(pair.1) else { return nil }
            return (first, second)
        }).first {
            (term, definition) = pair
        }
        shape = .pair(term: term, definition: definition)
        let switches = AnkiTemplate.switches(in: type.templates)
        detailFields = type.fields.indices.filter { $0 != term && $0 != definition && !switches.contains(type.fields[$0].lowercased()) }
        for template in type.templates {
            let references = AnkiTemplate.references(in: template.question)
            let shown = Set(references.filter { !$0.filters.contains("type") }.compactMap { index($0.field) })
            let typedTerm = references.contains { $0.filters.contains("type") && index($0.field) == term }
            let side: CardSide?
            if typedTerm || (!shown.contains(term) && shown.contains(definition)) {
                side = .term
            } else if shown.contains(term) {
                side = .definition
            } else {
                side = nil
            }
            if let side, !sides.values.contains(side) { sides[template.ord] = side }
        }
    }
}
