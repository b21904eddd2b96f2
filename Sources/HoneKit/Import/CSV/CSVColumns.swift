import Foundation

/// What each column of a delimited file holds. Named columns (from `#columns:` or a header row)
/// map by name: term (Front, Word, Question, Expression), definition (Back, Meaning, Answer,
/// Translation), aliases, tags, details (Notes, Extra, Example), id, guid; Anki's notetype and deck
/// columns are ignored. Without names, the first two columns are term and definition and the
/// rest details.
struct CSVColumns {
    enum Role: Equatable {
        case term, definition, aliases, tags, id, guid, ignored
        /// A detail, shown as "Name: value" when the column has a name.
        case detail(name: String?)
    }

    private(set) var roles: [Role] = []
    private(set) var names: [String] = []

    static let roleNames: [String: Role] = [
        "term": .term, "front": .term, "word": .term, "question": .term, "expression": .term,
        "definition": .definition, "back": .definition, "meaning": .definition, "answer": .definition, "translation": .definition,
        "aliases": .aliases, "alias": .aliases, "synonyms": .aliases,
        "tags": .tags, "tag": .tags,
        "id": .id, "guid": .guid, "notetype": .ignored, "note type": .ignored, "deck": .ignored,
    ]
    static let detailNames: Set<String> = ["details", "detail", "notes", "note", "extra", "example", "examples"]

    /// True when a record's cells read as column names (at least a term-like and a
    /// definition-like one), so that the record is a header row, not a card.
    static func isHeaderRow(_ fields: [String]) -> Bool {
        let roles = fields.map { roleNames[$0.trimmingCharacters(in: .whitespaces).lowercased()] }
        return roles.contains(.term) && roles.contains(.definition)
    }

    init(names: [String]?, count: Int, headers: CSVHeaders) {
        let columnCount = max(count, names?.count ?? 0)
        self.names = (names ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
        roles = (0..<columnCount).map { index in
            guard index < self.names.count else { return .detail(name: nil) }
            let name = self.names[index].lowercased()
            if let role = Self.roleNames[name] { return role }
            return .detail(name: self.names[index].isEmpty ? nil : self.names[index])
        }
        if let column = headers.tagsColumn { set(column, .tags) }
        if let column = headers.guidColumn { set(column, .guid) }
        for column in headers.ignoredColumns { set(column, .ignored) }
        // Without a term or definition column, the first free columns play those parts.
        for role in [Role.term, .definition] where !roles.contains(role) {
            if let free = roles.indices.first(where: { index in
                if case .detail = roles[index], index >= self.names.count || !Self.detailNames.contains(self.names[index].lowercased()) { return true }
                return false
            }) {
                roles[free] = role
            }
        }
    }

    private mutating func set(_ column: Int, _ role: Role) {
        while roles.count <= column { roles.append(.detail(name: nil)) }
        roles[column] = role
    }

    func role(_ column: Int) -> Role { column < roles.count ? roles[column] : .detail(name: nil) }
}
