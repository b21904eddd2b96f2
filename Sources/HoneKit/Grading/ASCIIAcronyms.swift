/// `Acronyms.isAcronym` and `Acronyms.initials` at the byte level, for text that is all ASCII: the
/// same results (the tests compare the two), without building strings, so that every name of a
/// large deck can be read once for the rival screen.
extension Acronyms {
    /// `isAcronym(text)` for the bytes of an ASCII text.
    static func isAcronym(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var upper = 0, lower = 0, ended = false
        for b in bytes {
            if ASCIIText.isWhitespace(b) {
                ended = upper + lower > 0
                continue
            }
            guard ASCIIText.isLetter(b), !ended else { return false }
            if ASCIIText.isUpper(b) { upper += 1 } else { lower += 1 }
        }
        return upper >= 2 && upper > lower
    }

    /// `initials(of: text)` for the bytes of an ASCII text, in capitals (possibly with repeats).
    static func initials(ascii bytes: UnsafeBufferPointer<UInt8>) -> [[UInt8]] {
        // The words (apostrophes dropped: they join what they separate), as ranges of `folded`.
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        var words: [Range<Int>] = []
        var start = -1
        var shouting = true
        for b in bytes where !ASCIIText.isApostrophe(b) {
            if ASCIIText.isLower(b) { shouting = false }
            if ASCIIText.isWordByte(b) {
                if start < 0 { start = folded.count }
            } else if start >= 0 {
                words.append(start..<folded.count)
                start = -1
            }
            folded.append(b)
        }
        if start >= 0 { words.append(start..<folded.count) }
        var first = 0
        while words.count - first > 1, isOneOf(folded[words[first]], articles) { first += 1 }
        guard words.count - first >= 2, words[first...].allSatisfy({ ASCIIText.isLetter(folded[$0.lowerBound]) }) else { return [] }
        let all = Array(words[first...])
        let significant = all.filter { !isOneOf(folded[$0], skipped) }
        var out: [[UInt8]] = []
        for list in [all, significant] where list.count >= 2 {
            out.append(list.map { upper(folded[$0.lowerBound]) })
            if !shouting {
                var spelled: [UInt8] = []
                for word in list {
                    let letters = folded[word]
                    if letters.count >= 2, letters.allSatisfy(ASCIIText.isUpper) { spelled += letters } else { spelled.append(upper(letters.first!)) }
                }
                out.append(spelled)
            }
        }
        return out
    }

    private static func upper(_ b: UInt8) -> UInt8 { ASCIIText.isLower(b) ? b - 0x20 : b }

    private static let articles: [[UInt8]] = AnswerNormalizer.articles.map { Array($0.utf8) }
    private static let skipped: [[UInt8]] = skippedWords.map { Array($0.utf8) }

    /// True when `word` is one of `words` (lowercase), but for case.
    private static func isOneOf(_ word: ArraySlice<UInt8>, _ words: [[UInt8]]) -> Bool {
        guard word.count <= 4 else { return false }
        return words.contains { $0.count == word.count && zip($0, word).allSatisfy { $0 == ASCIIText.lowered($1) } }
    }
}
