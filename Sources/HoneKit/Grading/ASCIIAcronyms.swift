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
        // The words, apostrophes dropped (they join what they separate).
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        var shouting = true
        for b in bytes where !ASCIIText.isApostrophe(b) {
            if ASCIIText.isLower(b) { shouting = false }
            if ASCIIText.isWordByte(b) {
                current.append(b)
            } else if !current.isEmpty {
                words.append(current)
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(current) }
        while words.count > 1, isArticle(words[0]) { words.removeFirst() }
        guard words.count >= 2, words.allSatisfy({ ASCIIText.isLetter($0[0]) }) else { return [] }
        let significant = words.filter { !isSkipped($0) }
        var out: [[UInt8]] = []
        for list in [words, significant] where list.count >= 2 {
            out.append(list.map { upper($0[0]) })
            if !shouting {
                out.append(list.flatMap { word -> [UInt8] in
                    word.count >= 2 && word.allSatisfy(ASCIIText.isUpper) ? word : [upper(word[0])]
                })
            }
        }
        return out
    }

    private static func upper(_ b: UInt8) -> UInt8 { ASCIIText.isLower(b) ? b - 0x20 : b }

    private static func isArticle(_ word: [UInt8]) -> Bool {
        AnswerNormalizer.articles.contains(String(decoding: word.map(ASCIIText.lowered), as: UTF8.self))
    }

    private static func isSkipped(_ word: [UInt8]) -> Bool {
        word.count <= 4 && skippedWords.contains(String(decoding: word.map(ASCIIText.lowered), as: UTF8.self))
    }
}
