import Foundation
import Testing
@testable import HoneKit

/// The zip checksum read eight bytes a step is CRC-32, however the bytes come in pieces.
@Suite struct ZipChecksumTests {
    /// CRC-32 a bit at a time, as its definition reads.
    static func reference(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    @Test func theCheckValue() {
        var checksum = ZipChecksum()
        Array("123456789".utf8).withUnsafeBytes { checksum.update($0) }
        #expect(checksum.value == 0xCBF4_3926)
        #expect(ZipChecksum().value == 0)
    }

    @Test func piecesOfAnySizeGiveTheChecksumOfTheWhole() {
        var random = SplitMix64(seed: 7)
        let bytes = (0..<5_000).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        let whole = Self.reference(bytes)
        for pieceSize in [1, 3, 7, 8, 9, 64, 1_000, 5_000] {
            var checksum = ZipChecksum()
            var start = 0
            while start < bytes.count {
                let end = min(start + pieceSize, bytes.count)
                bytes[start..<end].withUnsafeBytes { checksum.update($0) }
                start = end
            }
            #expect(checksum.value == whole, "pieces of \(pieceSize)")
        }
    }

    /// A collection inflated twice (larger than what the first pass keeps) reads as one kept in memory.
    @Test(arguments: ["legacy2.apkg", "latest.apkg"])
    func aCollectionTooLargeToKeepIsInflatedAgain(_ package: String) throws {
        let kept = try Importer.read(path: ImportFixtures.path(package))
        let again = try Importer.read(path: ImportFixtures.path(package), options: ImportOptions(limits: ExtractionLimits(keptInMemory: 0)))
        #expect(again.deck.entries == kept.deck.entries)
        #expect(again.reviews == kept.reviews)
        #expect(again.report == kept.report)
    }
}
