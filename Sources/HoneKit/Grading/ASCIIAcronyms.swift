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
        var out: [[UInt8]] = []
        forEachInitials(ascii: bytes) { out.append(Array($0)) }
        return out
    }

    /// Calls `body` with each of `initials(ascii: bytes)`, building no array on the way (a deck's
    /// every name is read for the rival screen): the words are ranges of `bytes` (an apostrophe
    /// inside one is passed over: it joins what it separates), the acronyms are spelled in a
    /// buffer on the stack. A list of words the same as the one before, or a spelling the same as
    /// the plain one, is not given again.
    static func forEachInitials(ascii bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard !bytes.isEmpty else { return }
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: bytes.count / 2 + 1) { words in
            var count = 0, start = -1, shouting = true
            for (index, b) in bytes.enumerated() where !ASCIIText.isApostrophe(b) {
                if ASCIIText.isLower(b) { shouting = false }
                if ASCIIText.isWordByte(b) {
                    if start < 0 { start = index }
                } else if start >= 0 {
                    words[count] = start..<index
                    count += 1
                    start = -1
                }
            }
            if start >= 0 {
                words[count] = start..<bytes.count
                count += 1
            }
            var first = 0
            while count - first > 1, isOneOf(words[first], in: bytes, articles) { first += 1 }
            guard count - first >= 2, (first..<count).allSatisfy({ ASCIIText.isLetter(bytes[words[$0].lowerBound]) }) else { return }
            let listed = first..<count
            let significant = listed.count { !isOneOf(words[$0], in: bytes, skipped) }
            func isCapitals(_ word: Range<Int>) -> Bool {
                var letters = 0
                for b in UnsafeBufferPointer(rebasing: bytes[word]) where !ASCIIText.isApostrophe(b) {
                    guard ASCIIText.isUpper(b) else { return false }
                    letters += 1
                }
                return letters >= 2
            }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { acronym in
                for pass in 0..<2 {
                    let significantOnly = pass == 1
                    if significantOnly, significant == listed.count || significant < 2 { break }
                    let list = listed.lazy.filter { !significantOnly || !isOneOf(words[$0], in: bytes, skipped) }
                    var length = 0
                    for index in list {
                        acronym[length] = upper(bytes[words[index].lowerBound])
                        length += 1
                    }
                    body(UnsafeBufferPointer(rebasing: acronym[..<length]))
                    guard !shouting, list.contains(where: { isCapitals(words[$0]) }) else { continue }
                    length = 0
                    for index in list {
                        let word = words[index]
                        guard isCapitals(word) else {
                            acronym[length] = upper(bytes[word.lowerBound])
                            length += 1
                            continue
                        }
                        for b in UnsafeBufferPointer(rebasing: bytes[word]) where !ASCIIText.isApostrophe(b) {
                            acronym[length] = b
                            length += 1
                        }
                    }
                    body(UnsafeBufferPointer(rebasing: acronym[..<length]))
                }
            }
        }
    }

    private static func upper(_ b: UInt8) -> UInt8 { ASCIIText.isLower(b) ? b - 0x20 : b }

    /// The articles and skipped words, each as `packed` gives it.
    private static let articles: [UInt32] = AnswerNormalizer.articles.compactMap { packed(Array($0.utf8)[...]) }
    private static let skipped: [UInt32] = skippedWords.compactMap { packed(Array($0.utf8)[...]) }

    /// A word of at most four letters, lowercased, as one number (nil when longer).
    private static func packed<C: Collection<UInt8>>(_ letters: C) -> UInt32? {
        var value: UInt32 = 0, count = 0
        for b in letters where !ASCIIText.isApostrophe(b) {
            count += 1
            guard count <= 4 else { return nil }
            value = value << 8 | UInt32(ASCIIText.lowered(b))
        }
        return value
    }

    /// True when the word at `range` of `bytes` is one of `words`, but for case.
    private static func isOneOf(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, _ words: [UInt32]) -> Bool {
        guard let word = packed(UnsafeBufferPointer(rebasing: bytes[range])) else { return false }
        return words.contains(word)
    }
}
