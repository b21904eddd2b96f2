import Foundation

/// A blank in a sentence: the sentence from a definition or detail, the phrase taken out of it, and
/// what kind of phrase it is (which decides the distractors).
public struct ClozeBlank: Sendable, Equatable {
    public enum Category: String, Sendable {
        /// A glossary term or alias of this deck (entry index).
        case term
        /// A number or year.
        case number
        /// A table value (a model family, a lab): table and column it comes from.
        case tableValue
    }

    public var sentence: String
    public var answer: String
    public var category: Category
    /// For `.term`: the entry the answer names. For `.tableValue`: table and column.
    public var entry: Int?
    public var table: Int?
    public var column: Int?
    /// Where the blank is in `sentence`.
    public var range: Range<String.Index>

    /// The sentence with the blank shown as a gap.
    public var prompt: String {
        sentence.replacingCharacters(in: range, with: "_____")
    }
}

/// Cloze blanks: in each entry's definition and details, every glossary term, table value or number
/// that can be taken out without giving itself away. A phrase is blanked only if it occurs once in
/// the sentence and no other name of the same thing stays visible; each phrase is blanked once per
/// entry (in the first sentence that has it).
extension Deck {
    public func clozeBlanks() -> [(entry: Int, blank: ClozeBlank)] {
        let names = clozeNames()
        var out: [(Int, ClozeBlank)] = []
        for (index, entry) in entries.enumerated() {
            var seen: Set<String> = []
            for sentence in [entry.definition] + entry.details {
                for blank in blanks(in: sentence, names: names) where seen.insert(AnswerNormalizer.normalize(blank.answer)).inserted {
                    out.append((index, blank))
                }
            }
        }
        return out
    }

    /// A phrase that can be blanked, with every other name of the same thing.
    struct ClozeName {
        var phrase: String
        var others: [String]
        var category: ClozeBlank.Category
        var entry: Int?
        var table: Int?
        var column: Int?
    }

    func clozeNames() -> [ClozeName] {
        var names: [ClozeName] = []
        for (index, entry) in entries.enumerated() {
            let all = [entry.term] + entry.aliases
            for name in all where name.count >= 3 || name == name.uppercased() && name.count >= 2 {
                names.append(ClozeName(phrase: name, others: all.filter { $0 != name }, category: .term, entry: index))
            }
        }
        for (tableIndex, table) in tables.enumerated() {
            for column in table.columns.indices {
                for row in table.rows.indices {
                    for value in table.values(row: row, column: column) where value.count >= 3 {
                        names.append(ClozeName(phrase: value, others: [], category: .tableValue, table: tableIndex, column: column))
                    }
                }
            }
        }
        // Longer phrases first, so "Stanford CRFM" wins over "CRFM".
        return names.sorted { $0.phrase.count > $1.phrase.count }
    }

    func blanks(in sentence: String, names: [ClozeName]) -> [ClozeBlank] {
        var out: [ClozeBlank] = []
        var taken: [Range<String.Index>] = []
        for name in names {
            let found = Self.wholeWordRanges(of: name.phrase, in: sentence)
            guard found.count == 1, let range = found.first, !taken.contains(where: { $0.overlaps(range) }) else { continue }
            // A table value is blanked only where it is written as the name it is ("OpenAI",
            // "Llama 3.x"), not where a cell's common word is used in passing ("text", "audio").
            if name.category == .tableValue,
               sentence[range] != name.phrase || !name.phrase.contains(where: \.isUppercase) || name.phrase.lowercased() == name.phrase.capitalized.lowercased() && name.phrase.split(separator: " ").count == 1 && name.phrase.dropFirst().allSatisfy(\.isLowercase) {
                continue
            }
            taken.append(range)
            let rest = sentence.replacingCharacters(in: range, with: " ")
            guard !name.others.contains(where: { !Self.wholeWordRanges(of: $0, in: rest).isEmpty }) else { continue }
            out.append(ClozeBlank(sentence: sentence, answer: String(sentence[range]), category: name.category,
                                  entry: name.entry, table: name.table, column: name.column, range: range))
        }
        for range in Self.numberRanges(in: sentence) where !taken.contains(where: { $0.overlaps(range) }) {
            let number = String(sentence[range])
            guard Self.wholeWordRanges(of: number, in: sentence).count == 1 else { continue }
            out.append(ClozeBlank(sentence: sentence, answer: number, category: .number, range: range))
        }
        return out
    }

    /// Case-insensitive occurrences of `phrase` bounded by non-letters (and not inside a longer word).
    static func wholeWordRanges(of phrase: String, in text: String) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        var start = text.startIndex
        while let range = text.range(of: phrase, options: [.caseInsensitive], range: start..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let isWordChar: (Character?) -> Bool = { $0.map { $0.isLetter || $0.isNumber || $0 == "-" } ?? false }
            if !isWordChar(before) && !isWordChar(after) { out.append(range) }
            start = range.upperBound
        }
        return out
    }

    /// Standalone numbers: years and other figures ("2021", "3", "70%" as 70), not parts of names like "GPT-4".
    static func numberRanges(in text: String) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index].isNumber else { index = text.index(after: index); continue }
            var end = index
            while end < text.endIndex, text[end].isNumber || (text[end] == "." && text.index(after: end) < text.endIndex && text[text.index(after: end)].isNumber) {
                end = text.index(after: end)
            }
            let before = index == text.startIndex ? nil : text[text.index(before: index)]
            let after = end == text.endIndex ? nil : text[end]
            let glued: (Character?) -> Bool = { $0.map { $0.isLetter || $0 == "-" || $0 == "." || $0 == "/" } ?? false }
            if !glued(before), !(after.map { $0.isLetter || $0 == "-" } ?? false) { out.append(index..<end) }
            index = end
        }
        return out
    }
}
