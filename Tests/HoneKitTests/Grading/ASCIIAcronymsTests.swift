@testable import HoneKit
import Testing

/// The byte-level acronym rules give what the character-level ones give, for the rival pool, the
/// glossary and random ASCII texts.
@Suite("ASCII acronyms")
struct ASCIIAcronymsTests {
    @Test("the pool's names, and random texts of words, capitals, articles and symbols")
    func same() {
        var rng = SplitMix64(seed: 4_242)
        var texts = RivalPool.names(using: &rng)
        let pieces = ["a", "an", "The", "of", "FROM", "with", "LLM", "LoRA", "x", "Ab", "gk", "9", "b2", "don't", "`q",
                      " ", "  ", "-", "/", "(", ")", ".", "+", "\t", "\r\n", "'", "AI", "ai", "Z"]
        for _ in 0..<4_000 {
            let count = Int.random(in: 1...6, using: &rng)
            texts.append((0..<count).map { _ in pieces.randomElement(using: &rng)! }.joined(separator: Bool.random(using: &rng) ? " " : ""))
        }
        for _ in 0..<2_000 {
            texts.append(String((0..<Int.random(in: 0...12, using: &rng)).map { _ in Character(UnicodeScalar(UInt8.random(in: 0x09...0x7E, using: &rng))) }))
        }
        for text in texts where text.utf8.allSatisfy({ $0 < 0x80 }) {
            var copy = text
            copy.withUTF8 { bytes in
                #expect(Acronyms.isAcronym(ascii: bytes) == Acronyms.isAcronym(text), "\"\(text)\"")
                let initials = Set(Acronyms.initials(ascii: bytes).map { String(decoding: $0, as: UTF8.self) })
                #expect(initials == Acronyms.initials(of: text), "\"\(text)\"")
            }
        }
    }

    @Test("the byte-level edit distance is the generic one within its limit")
    func editDistance() {
        var rng = SplitMix64(seed: 77)
        let alphabet = Array("abcy1".utf8)
        for _ in 0..<3_000 {
            let a = (0..<Int.random(in: 0...7, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let b = (0..<Int.random(in: 0...7, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let limit = Int.random(in: 0...3, using: &rng)
            let exact = EditDistance.optimalStringAlignment(a, b)
            let bytes = a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { EditDistance.optimalStringAlignment(a, $0, limit: limit) } }
            #expect(exact <= limit ? bytes == exact : bytes > limit, "\(a) \(b) \(limit)")
        }
    }
}
