#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Strings from bytes that must be valid UTF-8 (the binary caches, JSON strings).
enum UTF8Text {
    /// `bytes` as a string when they are valid UTF-8, else nil.
    ///
    /// `String(validating:as:)` takes a generic path in Swift 6.3 that looks up type metadata on
    /// every call (about 1,100 instructions for a 30-byte card id, most of a 20,000-card cache's
    /// read). `String(decoding:as:)` is the specialised path but repairs bad bytes instead of
    /// failing; a repair always changes the bytes (U+FFFD in place of a sequence that is not valid
    /// UTF-8, so never the same sequence), so comparing them tells the two apart.
    static func validated(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return "" }
        var text = String(decoding: bytes, as: UTF8.self)
        let intact = text.withUTF8 { decoded in
            decoded.count == bytes.count && memcmp(decoded.baseAddress!, base, bytes.count) == 0
        }
        return intact ? text : nil
    }

    static func validated(_ bytes: UnsafeRawBufferPointer) -> String? {
        validated(bytes.assumingMemoryBound(to: UInt8.self))
    }

    static func validated(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { validated($0) }
    }
}
