@testable import HoneKit
import Testing

/// The byte-level normalizer gives what the Unicode one gives, for every ASCII text tried: each
/// character, each pair of printable characters, triples of the characters the rules single out,
/// and random strings.
@Suite("ASCII normalizer")
struct ASCIITextTests {
    static let printable: [String] = (0x20...0x7E).map { String(UnicodeScalar(UInt8($0))) }
    static let controls: [String] = (0x00...0x1F).map { String(UnicodeScalar(UInt8($0))) } + ["\u{7F}", "\r\n"]
    /// Characters and pieces the rules treat specially.
    static let special: [String] = ["a", "A", "z", "1", "9", "0", ".", ",", "+", "#", "*", "'", "`", " ", "-", "/",
                                    "(", "\t", "\r\n", "\n", "the", "an", "The", "AN", "s", "y"]

    @Test("byte classes are the Character properties")
    func classes() {
        for value in UInt8(0)...UInt8(0x7F) {
            let c = Character(UnicodeScalar(value))
            #expect(ASCIIText.isLetter(value) == c.isLetter, "\(value)")
            #expect(ASCIIText.isDigit(value) == c.isNumber, "\(value)")
            #expect(ASCIIText.isUpper(value) == c.isUppercase, "\(value)")
            #expect(ASCIIText.isLower(value) == c.isLowercase, "\(value)")
            #expect(ASCIIText.isWordByte(value) == AnswerNormalizer.isWordCharacter(c), "\(value)")
            #expect(ASCIIText.isWhitespace(value) == c.isWhitespace, "\(value)")
            #expect(ASCIIText.isApostrophe(value) == AnswerNormalizer.isApostrophe(c), "\(value)")
            #expect(String(UnicodeScalar(ASCIIText.lowered(value))) == String(c).lowercased(), "\(value)")
        }
    }

    @Test("every character alone, and every pair of printable characters")
    func singlesAndPairs() {
        for a in Self.printable + Self.controls {
            expectSame(a)
            expectSame(" \(a) ")
        }
        for a in Self.printable {
            for b in Self.printable {
                expectSame(a + b)
                expectSame("x" + a + b + "1")
                expectSame("1" + a + b + "x")
            }
        }
    }

    @Test("triples of the special characters, between words and digits")
    func triples() {
        for a in Self.special {
            for b in Self.special {
                for c in Self.special {
                    expectSame(a + b + c)
                    expectSame("7" + a + b + c + "8")
                    expectSame("the " + a + b + c + " Q")
                }
            }
        }
    }

    @Test("random ASCII strings")
    func random() {
        var rng = SplitMix64(seed: 20_260_113)
        let pieces = Self.printable + Self.controls + Self.special + ["the ", "a ", "an ", "3.5", "1,000", "C++", "C#", "A*", "don't"]
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...12, using: &rng)
            let text = (0..<count).map { _ in pieces.randomElement(using: &rng)! }.joined()
            expectSame(text)
        }
    }

    @Test("non-ASCII text takes the Unicode path")
    func nonASCII() {
        #expect(ASCIIText.normalize("café") == nil)
        #expect(AnswerNormalizer.normalize("Café au lait") == "cafe au lait")
    }

    private func expectSame(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let fast = ASCIIText.normalize(text)
        #expect(fast == AnswerNormalizer.unicodeNormalize(text), "\(Array(text.utf8))", sourceLocation: sourceLocation)
    }
}
