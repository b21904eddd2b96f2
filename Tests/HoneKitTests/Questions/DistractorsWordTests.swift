import Testing
@testable import HoneKit

/// The word hashes distractors are compared by are those of the words `forEachWord` finds.
@Suite struct DistractorsWordTests {
    static func hashes(_ text: String) -> [UInt64] {
        var out: [UInt64] = []
        Distractors.forEachWordHash(of: text) { out.append($0) }
        return out
    }

    static func wordHashes(_ text: String) -> [UInt64] {
        var out: [UInt64] = []
        Distractors.forEachWord(of: text) { out.append(StableHash.fnv1a64($0)) }
        return out
    }

    @Test func hashesAreThoseOfTheWords() {
        let texts = ["", "a b", "The GPT-4 model, trained in 2023 by OpenAI.", "RLHF: reinforcement learning from human feedback",
                     "x2 v1.5 70% (of) the", "Café crème for Ünïcode words", "ﬁne-tuning ÉTÉ", "tabs\tand\nnew lines", "abc"]
        for text in texts {
            #expect(Self.hashes(text) == Self.wordHashes(text), "\(text)")
        }
        #expect(Self.hashes("The GPT-4 model") == [StableHash.fnv1a64("the"), StableHash.fnv1a64("gpt"), StableHash.fnv1a64("model")])
    }

    @Test func randomASCIIAgrees() {
        var random = SplitMix64(seed: 3)
        let alphabet = Array("abcXYZ019 -,.'\t+#é".unicodeScalars)
        for _ in 0..<500 {
            let text = String(String.UnicodeScalarView((0..<Int.random(in: 0...30, using: &random)).map { _ in alphabet.randomElement(using: &random)! }))
            #expect(Self.hashes(text) == Self.wordHashes(text), "\(text)")
        }
    }
}
