#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Little-endian fields for the deck cache: a writer, a reader that stops at the first field
/// that does not fit (a damaged file), and a fast hash of many bytes.
struct CacheWriter {
    var bytes: [UInt8] = []

    mutating func int(_ value: Int) { withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func word(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ text: String) {
        int(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func string(_ text: String?) {
        bool(text != nil)
        if let text { string(text) }
    }

    mutating func int(_ value: Int?) {
        bool(value != nil)
        if let value { int(value) }
    }

    mutating func strings(_ texts: [String]) {
        int(texts.count)
        for text in texts { string(text) }
    }
}

/// The reader fails with this on anything out of place; the cache is then ignored.
struct CacheDamaged: Error {}

struct CacheReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset: Int

    mutating func word() throws(CacheDamaged) -> UInt64 {
        guard offset + 8 <= bytes.count else { throw CacheDamaged() }
        let value = UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
        offset += 8
        return UInt64(littleEndian: value)
    }

    mutating func int() throws(CacheDamaged) -> Int { Int(Int64(bitPattern: try word())) }

    /// A count of things that each take at least one byte (so a damaged count cannot ask for more).
    mutating func count() throws(CacheDamaged) -> Int {
        let value = try int()
        guard value >= 0, value <= bytes.count - offset else { throw CacheDamaged() }
        return value
    }

    mutating func bool() throws(CacheDamaged) -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw CacheDamaged() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    mutating func string() throws(CacheDamaged) -> String {
        let length = try count()
        let run = UnsafeBufferPointer(rebasing: bytes[offset..<offset + length])
        offset += length
        guard let text = UTF8Text.validated(run) else { throw CacheDamaged() }
        return text
    }

    mutating func optionalString() throws(CacheDamaged) -> String? { try bool() ? try string() : nil }
    mutating func optionalInt() throws(CacheDamaged) -> Int? { try bool() ? try int() : nil }

    /// `strings()`, sharing one array among the lists written with the same bytes: a deck's entries
    /// mostly repeat a few tag lists, and ten thousand copies of them cost a start ten thousand arrays.
    mutating func strings(sharing known: inout [UInt64: (bytes: Range<Int>, strings: [String])]) throws(CacheDamaged) -> [String] {
        let start = offset
        let count = try count()
        guard count > 0 else { return [] }
        for _ in 0..<count {
            let length = try self.count()
            offset += length
        }
        let written = start..<offset
        let hash = CacheHash.of(UnsafeBufferPointer(rebasing: bytes[written]))
        if let seen = known[hash], seen.bytes.count == written.count,
           memcmp(bytes.baseAddress! + seen.bytes.lowerBound, bytes.baseAddress! + start, written.count) == 0 {
            return seen.strings
        }
        offset = start
        let strings = try strings()
        known[hash] = (written, strings)
        return strings
    }

    mutating func strings() throws(CacheDamaged) -> [String] {
        let count = try count()
        var out: [String] = []
        out.reserveCapacity(count)
        for _ in 0..<count { out.append(try string()) }
        return out
    }
}

/// The checksum of the binary caches (the deck cache and the progress snapshot).
enum CacheHash {
    /// A 64-bit hash of `bytes`, eight at a time (stable across runs and machines).
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0x9E37_79B9_7F4A_7C15 }
        let raw = UnsafeRawPointer(base)
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 31
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* 0xC4CE_B9FE_1A85_EC53
            offset += 1
        }
        return hash ^ (hash >> 29)
    }
}
