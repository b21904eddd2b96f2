/// The normalizer's rules at the byte level, for text that is all ASCII: the same results as the
/// Unicode path of `AnswerNormalizer` (the tests compare the two on every printable ASCII character,
/// pairs and triples of them, and random strings), without the Unicode character properties that
/// make the general path slow when a large deck is normalized for every answer.
///
/// For ASCII, a `Character` is one byte, except a CR LF pair, which is one character; a CR LF acts
/// as a separator either way, and neither byte is a digit, a letter or one of `+#*`, so looking at
/// neighbouring bytes gives what looking at neighbouring characters gives.
enum ASCIIText {
    static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
    /// `AnswerNormalizer.isWordCharacter`: a letter or a digit.
    static func isWordByte(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) }
    /// `Character.isWhitespace`: tab, line feed, vertical tab, form feed, carriage return, space.
    static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
    /// `AnswerNormalizer.isApostrophe`: `'` and `` ` ``.
    static func isApostrophe(_ b: UInt8) -> Bool { b == 0x27 || b == 0x60 }
    /// The symbols a word may end with: `+`, `#`, `*`.
    static func isWordSymbol(_ b: UInt8) -> Bool { b == 0x2B || b == 0x23 || b == 0x2A }
    static func lowered(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }

    /// `AnswerNormalizer.normalize(text)` when `text` is all ASCII, else nil.
    static func normalize(_ text: String) -> String? {
        var text = text
        var out: [UInt8] = []
        let done = text.withUTF8 { bytes -> Bool in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            canonical(bytes, into: &out)
            return true
        }
        return done ? String(decoding: out, as: UTF8.self) : nil
    }

    /// Writes the canonical form of the ASCII `text` into `out` (replacing what it held): its words,
    /// lowercased, joined by single spaces, leading articles dropped while another word remains; or,
    /// with no letters or digits, the text lowercased with its white space tidied.
    static func canonical(_ text: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        let n = text.count
        var inWord = false
        for i in 0..<n {
            let c = lowered(text[i])
            if isWordByte(c) {
                if !inWord, !out.isEmpty { out.append(0x20) }
                inWord = true
                out.append(c)
            } else if isApostrophe(c) {
                continue
            } else if inWord {
                let previous = text[i - 1]
                let betweenDigits = isDigit(previous) && i + 1 < n && isDigit(text[i + 1])
                if c == UInt8(ascii: "."), betweenDigits {
                    out.append(c)
                } else if c == UInt8(ascii: ","), betweenDigits {
                    continue
                } else if isWordSymbol(c), isWordByte(previous) || isWordSymbol(previous) {
                    out.append(c)
                } else {
                    inWord = false
                }
            }
        }
        if out.isEmpty {
            tidied(text, into: &out)
        } else {
            dropLeadingArticles(&out)
        }
    }

    private static func dropLeadingArticles(_ out: inout [UInt8]) {
        // "a ", "an " or "the " (a space is always followed by another word).
        let a = UInt8(ascii: "a"), n = UInt8(ascii: "n"), space = UInt8(0x20)
        while true {
            let length: Int
            if out.count > 2, out[0] == a, out[1] == space {
                length = 1
            } else if out.count > 3, out[0] == a, out[1] == n, out[2] == space {
                length = 2
            } else if out.count > 4, out[0] == UInt8(ascii: "t"), out[1] == UInt8(ascii: "h"), out[2] == UInt8(ascii: "e"),
                      out[3] == space {
                length = 3
            } else {
                return
            }
            out.removeFirst(length + 1)
        }
    }

    /// Lowercased, with runs of white space made single spaces and the ends trimmed.
    private static func tidied(_ text: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var pendingSpace = false
        for b in text {
            if isWhitespace(b) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(lowered(b))
            }
        }
    }
}
