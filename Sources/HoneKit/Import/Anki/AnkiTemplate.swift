import Foundation

/// The fields a card template shows: `{{Front}}`, `{{text:Back}}`, `{{type:Back}}`, `{{cloze:Text}}`.
/// Section tags (`{{#Field}}`, `{{^Field}}`, `{{/Field}}`) and comments (`{{!...}}`) show nothing.
enum AnkiTemplate {
    struct Reference: Equatable {
        var field: String
        /// Filters before the field name, lowercased: `type`, `cloze`, `text`, `hint`...
        var filters: [String]
    }

    /// Fields that the templates only test (`{{#Add Reverse}}...{{/Add Reverse}}`) and never show:
    /// switches, not content.
    static func switches(in templates: [AnkiCollection.Template]) -> Set<String> {
        var tested: Set<String> = [], shown: Set<String> = []
        for format in templates.flatMap({ [$0.question, $0.answer] }) {
            shown.formUnion(references(in: format).map { $0.field.lowercased() })
            var rest = Substring(format)
            while let open = rest.range(of: "{{") {
                guard let close = rest[open.upperBound...].range(of: "}}") else { break }
                let inner = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                rest = rest[close.upperBound...]
                if let first = inner.first, "#^".contains(first) { tested.insert(inner.dropFirst().trimmingCharacters(in: .whitespaces).lowercased()) }
            }
        }
        return tested.subtracting(shown)
    }

    static func references(in format: String) -> [Reference] {
        var out: [Reference] = []
        var rest = Substring(format)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let inner = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            guard let first = inner.first, !"#^/!".contains(first) else { continue }
            var parts = inner.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let field = parts.removeLast()
            guard !field.isEmpty else { continue }
            out.append(Reference(field: field, filters: parts.map { $0.lowercased() }))
        }
        return out
    }
}
