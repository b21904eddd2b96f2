import Foundation

/// The canonical comparison form of an answer: what is left once everything a learner should not be
/// marked down for is taken away.
///
/// - case is folded, and compatibility forms are unified (NFKD: "ﬁ" is "fi", full-width letters are
///   ASCII);
/// - accents and other diacritics are dropped ("café" is "cafe", "naïve" is "naive"), as are Hebrew
///   and Arabic vowel points; letters without a decomposition are spelled out ("ß" is "ss", "æ" is
///   "ae", "ø" is "o"). Kana voicing marks are kept: they change the word;
/// - apostrophes vanish ("don't" is "dont"); every other punctuation mark or symbol separates words,
///   except a decimal point between digits ("3.5"), a thousands comma between digits (dropped:
///   "1,000" is "1000") and a trailing `+`, `#` or `*` on a word ("C++", "C#", "A*");
/// - runs of spaces become one space, with none at either end;
/// - leading articles ("a", "an", "the") are dropped while another word remains.
///
/// A text with no letters or digits at all (only emoji, say) is kept as it is, lowercased and with
/// its spaces tidied, so that such answers can still be compared. `normalize` is idempotent.
public enum AnswerNormalizer: Sendable {
    /// The canonical comparison form of `s` (see the type's documentation).
    public static func normalize(_ s: String) -> String {
        ASCIIText.normalize(s) ?? unicodeNormalize(s)
    }

    /// `normalize` by Unicode character properties, for any text (`normalize` takes a byte-level
    /// path for ASCII text, with the same results).
    static func unicodeNormalize(_ s: String) -> String {
        let words = normalizedWords(s)
        return words.isEmpty ? tidied(s) : words.joined(separator: " ")
    }

    /// The words of the canonical form; empty when `s` has no letters or digits.
    static func normalizedWords(_ s: String) -> [String] {
        var words = tokens(of: fold(s, lowercasing: true))
        while words.count > 1, articles.contains(words[0]) { words.removeFirst() }
        return words
    }

    static let articles: Set<String> = ["a", "an", "the"]

    /// `s` with diacritics dropped and compatibility forms unified, lowercased when asked.
    static func fold(_ s: String, lowercasing: Bool) -> String {
        let source = lowercasing ? s.lowercased() : s
        if source.utf8.allSatisfy({ $0 < 0x80 }) { return source }
        var out = String.UnicodeScalarView()
        for scalar in source.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if isDroppedMark(scalar) { continue }
            if let spelled = spelledOut[scalar] { out.append(contentsOf: spelled.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    /// Letters that have no decomposition but a usual plain spelling.
    private static let spelledOut: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ı": "i", "ħ": "h",
        "Æ": "AE", "Œ": "OE", "Ø": "O", "Đ": "D", "Ð": "D", "Ł": "L", "Þ": "TH", "Ħ": "H",
    ]

    /// Combining diacritics (Latin, Greek, Cyrillic and symbol marks) and Hebrew and Arabic points.
    private static func isDroppedMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F,
             0x0591...0x05C7, 0x064B...0x065F, 0x0670:
            return true
        default:
            return false
        }
    }

    static func isApostrophe(_ c: Character) -> Bool {
        c == "'" || c == "\u{2019}" || c == "\u{2018}" || c == "\u{02BC}" || c == "`"
    }

    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    /// Splits folded text into words, keeping the few symbols that belong to a word.
    private static func tokens(of text: String) -> [String] {
        let chars = Array(text)
        var words: [String] = []
        var current = ""
        for (i, c) in chars.enumerated() {
            let previous: Character? = i > 0 ? chars[i - 1] : nil
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            let betweenDigits = previous?.isNumber == true && next?.isNumber == true
            if isWordCharacter(c) {
                current.append(c)
            } else if isApostrophe(c) {
                continue
            } else if c == ".", betweenDigits, !current.isEmpty {
                current.append(c)
            } else if c == ",", betweenDigits, !current.isEmpty {
                continue
            } else if "+#*".contains(c), !current.isEmpty, let previous, isWordCharacter(previous) || "+#*".contains(previous) {
                current.append(c)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Lowercased, with runs of white space made single spaces and the ends trimmed.
    private static func tidied(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
