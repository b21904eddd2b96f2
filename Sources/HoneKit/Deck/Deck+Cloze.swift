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
    static let clozesPerEntry = 3
    static let clozeCandidatesPerSentence = 8

    public func clozeBlanks() -> [(entry: Int, blank: ClozeBlank)] {
        if let memo = clozeMemo, memo.holds(for: self) { return memo.blanks }
        return searchClozeBlanks()
    }

    /// Remembers `blanks` as those of the deck's current entries and tables, and the cards made
    /// with them (`cards` when they are known already: read from the deck cache).
    mutating func rememberClozeBlanks(_ blanks: [(entry: Int, blank: ClozeBlank)], cards known: [Card]? = nil) {
        clozeMemo = ClozeMemo(entries: entries, tables: tables, blanks: blanks) // what makeCards reads
        clozeMemo = ClozeMemo(entries: entries, tables: tables, blanks: blanks,
                              cards: (id: id, sequences: sequences, cards: known ?? makeCards()))
    }

    func searchClozeBlanks() -> [(entry: Int, blank: ClozeBlank)] {
        // Names indexed by their first word, so a sentence is checked only against names that can
        // start at one of its words (a 20,000-entry deck would otherwise take minutes).
        let names = clozeNames()
        var index: [String: [ClozeName]] = [:]
        for name in names {
            guard let first = name.words.first else { continue }
            index[first, default: []].append(name)
        }
        let filter = ClozeWordFilter(names: names.lazy.map(\.words))
        var scratch: [UInt64] = []
        var out: [(Int, ClozeBlank)] = []
        for (position, entry) in entries.enumerated() where !entry.cloze {
            var seen: Set<String> = []
            for sentence in [entry.definition] + entry.details where !filter.rulesOut(sentence, scratch: &scratch) {
                // Names whose words occur in sequence in the sentence (checked on word arrays; the
                // exact, case-insensitive match is confirmed on the text afterwards).
                let tokens = Self.words(sentence)
                var candidates: [ClozeName] = []
                var listed: Set<String> = []
                for start in tokens.indices {
                    for name in index[tokens[start]] ?? [] where start + name.words.count <= tokens.count
                        && tokens[start..<start + name.words.count].elementsEqual(name.words)
                        && listed.insert(name.phrase + "|\(name.category)").inserted {
                        candidates.append(name)
                    }
                }
                candidates.sort { $0.length != $1.length ? $0.length > $1.length : $0.phrase < $1.phrase }
                // Longest names first, and a bounded number per sentence and per entry: a sentence
                // made of other entries' terms would otherwise yield a card per word.
                candidates = Array(candidates.prefix(Self.clozeCandidatesPerSentence))
                for blank in blanks(in: sentence, names: candidates)
                where seen.count < Self.clozesPerEntry && seen.insert(AnswerNormalizer.normalize(blank.answer)).inserted {
                    out.append((position, blank))
                }
            }
        }
        return out
    }

    /// A phrase that can be blanked, with every other name of the same thing.
    struct ClozeName {
        var phrase: String
        var words: [String] = []
        var length = 0
        var others: [String]
        var category: ClozeBlank.Category
        var entry: Int?
        var table: Int?
        var column: Int?
    }

    func clozeNames() -> [ClozeName] {
        var names: [ClozeName] = []
        for (index, entry) in entries.enumerated() where !entry.cloze {
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
        for i in names.indices {
            names[i].words = Self.words(names[i].phrase)
            names[i].length = names[i].phrase.count
        }
        return names
    }

    func blanks(in sentence: String, names: [ClozeName]) -> [ClozeBlank] {
        let tokens = Self.tokens(sentence)
        var out: [ClozeBlank] = []
        var taken: [Range<String.Index>] = []
        for name in names {
            let found = Self.occurrences(of: name.words, in: tokens, sentence: sentence)
            guard found.count == 1, let range = found.first, !taken.contains(where: { $0.overlaps(range) }) else { continue }
            taken.append(range)
            // A table value is blanked only where it is written as the name it is ("OpenAI",
            // "Llama 3.x"), not where a cell's common word is used in passing ("text", "audio").
            if name.category == .tableValue,
               sentence[range] != name.phrase || !name.phrase.contains(where: \.isUppercase)
                || (name.phrase.split(separator: " ").count == 1 && name.phrase.dropFirst().allSatisfy(\.isLowercase)) {
                continue
            }
            let othersVisible = name.others.contains { other in
                Self.occurrences(of: Self.words(other), in: tokens, sentence: sentence).contains { !$0.overlaps(range) }
            }
            guard !othersVisible else { continue }
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

    /// The words of `text` (lowercased letters and digits) with where each stands.
    static func tokens(_ text: String) -> [(word: String, range: Range<String.Index>)] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiTokens(text) }
        var out: [(String, Range<String.Index>)] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index].isLetter || text[index].isNumber else { index = text.index(after: index); continue }
            var end = index
            while end < text.endIndex, text[end].isLetter || text[end].isNumber { end = text.index(after: end) }
            out.append((text[index..<end].lowercased(), index..<end))
            index = end
        }
        return out
    }

    /// `tokens` for ASCII text, on bytes (the usual case; Character iteration is ten times slower).
    static func asciiTokens(_ text: String) -> [(word: String, range: Range<String.Index>)] {
        var out: [(String, Range<String.Index>)] = []
        let utf8 = text.utf8
        forEachASCIIWord(text) { begin, end, word in
            let lower = utf8.index(utf8.startIndex, offsetBy: begin), upper = utf8.index(utf8.startIndex, offsetBy: end)
            out.append((word, lower..<upper))
        }
        return out
    }

    /// `words` for ASCII text.
    static func asciiWords(_ text: String) -> [String] {
        var out: [String] = []
        forEachASCIIWord(text) { _, _, word in out.append(word) }
        return out
    }

    /// Each run of ASCII letters and digits in ASCII `text`: its UTF-8 offsets and its lowercased text.
    private static func forEachASCIIWord(_ text: String, _ body: (Int, Int, String) -> Void) {
        var text = text // `withUTF8` needs a variable; it copies only a string that is not contiguous
        text.withUTF8 { bytes in
            func isWordByte(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
            var offset = 0
            while offset < bytes.count {
                guard isWordByte(bytes[offset]) else { offset += 1; continue }
                let begin = offset
                while offset < bytes.count, isWordByte(bytes[offset]) { offset += 1 }
                let word = String(unsafeUninitializedCapacity: offset - begin) { out in
                    for i in begin..<offset {
                        let byte = bytes[i]
                        out[i - begin] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                    }
                    return offset - begin
                }
                body(begin, offset, word)
            }
        }
    }

    /// Where the word sequence `words` stands in the tokenized sentence, as whole words (not glued
    /// to a longer word by a hyphen: "tuning" is not in "fine-tuning").
    static func occurrences(of words: [String], in tokens: [(word: String, range: Range<String.Index>)],
                            sentence: String) -> [Range<String.Index>] {
        guard !words.isEmpty, words.count <= tokens.count else { return [] }
        var out: [Range<String.Index>] = []
        for start in 0...(tokens.count - words.count) where tokens[start].word == words[0] {
            guard zip(tokens[start..<start + words.count], words).allSatisfy({ $0.0.word == $0.1 }) else { continue }
            let range = tokens[start].range.lowerBound..<tokens[start + words.count - 1].range.upperBound
            let before = range.lowerBound == sentence.startIndex ? nil : sentence[sentence.index(before: range.lowerBound)]
            let after = range.upperBound == sentence.endIndex ? nil : sentence[range.upperBound]
            if before == "-" || after == "-" { continue }
            out.append(range)
        }
        return out
    }

    /// Lowercased words (letters and digits) of `text`.
    static func words(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(text) }
        return text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
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
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
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
