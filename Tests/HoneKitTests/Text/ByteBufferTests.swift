@testable import HoneKit
import Testing

/// A byte buffer holds what was appended, in order, however far it grew.
@Suite("Byte buffer")
struct ByteBufferTests {
    @Test("pieces of every kind, past many growths, read back as an array would hold them")
    func appends() {
        var rng = SplitMix64(seed: 6)
        var buffer = ByteBuffer(capacity: 1)
        var expected: [UInt8] = []
        for _ in 0..<5_000 {
            switch Int.random(in: 0..<4, using: &rng) {
            case 0:
                let byte = UInt8.random(in: 0...255, using: &rng)
                buffer.append(byte)
                expected.append(byte)
            case 1:
                let value = UInt64.random(in: 0...UInt64.max, using: &rng)
                buffer.append(raw: value.littleEndian)
                expected += (0..<8).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
            case 2:
                let value = UInt32.random(in: 0...UInt32.max, using: &rng)
                buffer.append(raw: value.littleEndian)
                expected += (0..<4).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
            default:
                let text = ["", "a", "héllo", "😀 x", String(repeating: "z", count: Int.random(in: 0...300, using: &rng))].randomElement(using: &rng)!
                buffer.append(utf8: text)
                expected += Array(text.utf8)
            }
        }
        #expect(buffer.count == expected.count)
        #expect(buffer.bytes == expected)
        #expect(buffer.withUnsafeBytes { Array($0) } == expected)
    }
}
