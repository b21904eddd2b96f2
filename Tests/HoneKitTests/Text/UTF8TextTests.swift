import Testing
@testable import HoneKit

/// `UTF8Text.validated` accepts exactly what `String(validating:as:)` accepts and gives the same string.
@Suite struct UTF8TextTests {
    static func agrees(_ bytes: [UInt8]) -> Bool {
        UTF8Text.validated(bytes) == String(validating: bytes, as: UTF8.self)
    }

    @Test func validTextIsReadAsItIs() {
        for text in ["", "a", "bench/entry-1/definition", "café", "Grüße, ﬁ 𝄞 emoji 🙂", String(repeating: "é", count: 40)] {
            #expect(UTF8Text.validated(Array(text.utf8)) == text)
        }
    }

    @Test func invalidSequencesAreRefused() {
        let cases: [[UInt8]] = [
            [0xFF], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98], [0xF0, 0x9F, 0x98, 0x41],
            [0x41, 0xF4, 0x90, 0x80, 0x80], [0xEF, 0xBF], [0x80], Array("ok".utf8) + [0xC3], [0xEF, 0xBF, 0xBD, 0xFF],
        ]
        for bytes in cases {
            #expect(UTF8Text.validated(bytes) == nil)
            #expect(Self.agrees(bytes))
        }
    }

    @Test func randomBytesAgreeWithTheStandardLibrary() {
        var random = SplitMix64(seed: 7)
        let pieces: [[UInt8]] = [Array("a".utf8), Array("é".utf8), Array("🙂".utf8), [0xEF, 0xBF, 0xBD], [0x80], [0xC3], [0xF0, 0x9F], [0xFF]]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                if Int.random(in: 0..<3, using: &random) == 0 {
                    bytes.append(UInt8.random(in: 0...255, using: &random))
                } else {
                    bytes += pieces.randomElement(using: &random)!
                }
            }
            #expect(Self.agrees(bytes), "\(bytes)")
        }
    }
}
