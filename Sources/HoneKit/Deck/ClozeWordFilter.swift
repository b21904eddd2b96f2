import Foundation

/// A quick test that a sentence can yield no cloze blank: it is ASCII, holds no digit (so no
/// number blank) and no name's words stand in it in sequence. Most sentences of a large deck pass
/// it and are skipped without building word arrays; any other sentence (and any hash collision)
/// goes the exact way, so the blanks found are the same with or without the filter.
struct ClozeWordFilter {
    /// Hashes of the names' first words, and of their whole word sequences.
    private var firstWords: Set<UInt64> = []
    private var sequences: Set<UInt64> = []
    /// The numbers of words names have, ascending.
    private var lengths: [Int] = []

    /// `names`: each name's lowercased words (as `Deck.words` makes them).
    init<Names: Sequence<[String]>>(names: Names) {
        var lengths: Set<Int> = []
        for words in names where !words.isEmpty {
            var hashes: [UInt64] = []
            for word in words {
                // An ASCII token equals a word only if the word's canonical (NFC) form is those bytes.
                let form = Self.isASCII(word) ? word : word.precomposedStringWithCanonicalMapping
                guard Self.isASCII(form) else { break }
                hashes.append(StableHash.fnv1a64(form))
            }
            guard hashes.count == words.count else { continue } // can never match an ASCII sentence
            firstWords.insert(hashes[0])
            sequences.insert(Self.combine(hashes[...]))
            lengths.insert(hashes.count)
        }
        self.lengths = lengths.sorted()
    }

    private static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }

    private static func combine(_ hashes: ArraySlice<UInt64>) -> UInt64 {
        var out: UInt64 = 0x9E37_79B9_7F4A_7C15
        for hash in hashes { out = (out ^ hash) &* 0x0000_0100_0000_01B3 &+ 0x2545_F491 }
        return out
    }

    /// True when `sentence` certainly has no blank (false means: look the exact way).
    /// `scratch` is reused between calls for the words' hashes.
    func rulesOut(_ sentence: String, scratch: inout [UInt64]) -> Bool {
        scratch.removeAll(keepingCapacity: true)
        let hashed = sentence.utf8.withContiguousStorageIfAvailable { Self.hashWords($0, into: &scratch) } ?? false
        guard hashed else { return false }
        for start in scratch.indices where firstWords.contains(scratch[start]) {
            for length in lengths {
                guard start + length <= scratch.count else { break }
                if sequences.contains(Self.combine(scratch[start..<start + length])) { return false }
            }
        }
        return true
    }

    /// The FNV-1a hashes of the lowercased words of ASCII text without digits; false for other text.
    private static func hashWords(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt64]) -> Bool {
        var hash = StableHash.fnvBasis
        var inWord = false
        for byte in bytes {
            if byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) { return false }
            if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) {
                hash = StableHash.fnvStep(hash, byte | 0x20) // lowercased
                inWord = true
            } else if inWord {
                out.append(hash)
                hash = StableHash.fnvBasis
                inWord = false
            }
        }
        if inWord { out.append(hash) }
        return true
    }
}
