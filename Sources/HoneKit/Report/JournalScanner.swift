import Foundation

/// A fast reader for the journal lines hone writes, for reports over a million reviews: it picks out
/// `card`, `at`, `rating` and `duration_ms` from a flat JSON object without building a tree. Any line
/// it is not sure about (an escape in the card id, a nested value, a number it does not expect) is
/// left to `ReviewRecord.parse`, which has the last word and the error messages.
struct JournalScanner {
    struct Fields {
        var card: Range<Int>
        var at: Double
        var rating: UInt8
        var durationMS: Int?
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let end: Int
    private var i: Int
    private var dates: ISO8601.DateCache

    private init(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, dates: ISO8601.DateCache) {
        self.bytes = bytes
        self.end = end
        self.dates = dates
        i = start
    }

    /// The fields of the line `bytes[start..<end]`, or nil to ask the full parser.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Fields? {
        var dates = ISO8601.DateCache()
        return scan(bytes, start, end, dates: &dates)
    }

    /// `scan(_:_:_:)` for one line of many: `dates` keeps the last date read (see `ISO8601.DateCache`).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, dates: inout ISO8601.DateCache) -> Fields? {
        var scanner = JournalScanner(bytes, start, end, dates: dates)
        defer { dates = scanner.dates }
        return scanner.object()
    }

    private mutating func object() -> Fields? {
        var card: Range<Int>?
        var at: Double?
        var rating: UInt8?
        var duration: Int?
        let start = i
        if let prefix = honePrefix() {
            (card, at, rating) = (prefix.card, prefix.at, prefix.rating)
            // An imported history's line ends with the duration; a study's goes on after it.
            if literal(",\"duration_ms\":") {
                guard let value = integer() else { return nil }
                duration = value
            }
            if !take(0x2C) { return finish(card, at, rating, duration) }
        } else {
            i = start
            skipSpace()
            guard take(0x7B) else { return nil } // {
        }
        repeat {
            skipSpace()
            guard let key = plainString() else { return nil }
            skipSpace()
            guard take(0x3A) else { return nil } // :
            skipSpace()
            switch Self.key(bytes, key) {
            case 1:
                guard let range = plainString(), !range.isEmpty else { return nil }
                card = range
            case 2:
                guard let range = plainString(),
                      let date = ISO8601.parse(UnsafeBufferPointer(rebasing: bytes[range])) else { return nil }
                at = date.timeIntervalSince1970
            case 3:
                guard i < end, bytes[i] >= 0x31, bytes[i] <= 0x34 else { return nil }
                rating = bytes[i] - 0x30
                i += 1
            case 4:
                guard let value = integer() else { return nil }
                duration = value
            default:
                guard skipValue() else { return nil }
            }
            skipSpace()
        } while take(0x2C) // ,
        return finish(card, at, rating, duration)
    }

    private mutating func finish(_ card: Range<Int>?, _ at: Double?, _ rating: UInt8?, _ duration: Int?) -> Fields? {
        guard take(0x7D) else { return nil } // }
        skipSpace()
        guard i == end, let card, let at, let rating else { return nil }
        return Fields(card: card, at: at, rating: rating, durationMS: duration)
    }

    /// The start of a line as hone writes it, `{"card":"…","at":"…","rating":N`, read in a few
    /// steps; nil for any other start (the general loop reads it).
    private mutating func honePrefix() -> (card: Range<Int>, at: Double, rating: UInt8)? {
        guard literal("{\"card\":\""), let card = plainString(opened: true), !card.isEmpty,
              literal(",\"at\":\""), let date = writtenTime(),
              literal(",\"rating\":"), i < end, bytes[i] >= 0x31, bytes[i] <= 0x34 else { return nil }
        i += 1
        return (card, date.timeIntervalSince1970, bytes[i - 1] - 0x30)
    }

    /// After an opening quote, a time as hone writes it (20 or 24 bytes, then the closing quote):
    /// its bytes are then all digits and separators, a plain string. Otherwise any plain string
    /// that `ISO8601.parse` reads.
    private mutating func writtenTime() -> Date? {
        if let date = writtenTime(length: 24) ?? writtenTime(length: 20) { return date }
        guard let time = plainString(opened: true) else { return nil }
        return ISO8601.parse(UnsafeBufferPointer(rebasing: bytes[time]))
    }

    private mutating func writtenTime(length: Int) -> Date? {
        guard end - i > length, bytes[i + length] == 0x22,
              let date = ISO8601.parseWritten(UnsafeBufferPointer(rebasing: bytes[i..<i + length]), dates: &dates) else { return nil }
        i += length + 1
        return date
    }

    /// Takes `word` if the text goes on with it. Up to 16 bytes are compared as two words that may
    /// overlap (the word's length is a constant where this is inlined).
    @inline(__always) private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard end - i >= count, Self.same(UnsafeRawPointer(bytes.baseAddress! + i), UnsafeRawPointer(word.utf8Start), count) else { return false }
        i += count
        return true
    }

    @inline(__always) private static func same(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ count: Int) -> Bool {
        switch count {
        case 8...16:
            return a.loadUnaligned(as: UInt64.self) == b.loadUnaligned(as: UInt64.self)
                && a.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        case 4..<8:
            return a.loadUnaligned(as: UInt32.self) == b.loadUnaligned(as: UInt32.self)
                && a.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self) == b.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
        default:
            return memcmp(a, b, count) == 0
        }
    }

    /// 1 card, 2 at, 3 rating, 4 duration_ms, 0 anything else.
    private static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        let first = range.isEmpty ? 0 : bytes[range.lowerBound]
        switch (range.count, first) {
        case (4, 0x63): return bytes[range.lowerBound + 1] == 0x61 && bytes[range.lowerBound + 2] == 0x72 && bytes[range.lowerBound + 3] == 0x64 ? 1 : 0
        case (2, 0x61): return bytes[range.lowerBound + 1] == 0x74 ? 2 : 0
        case (6, 0x72): return matches(bytes, range, "rating") ? 3 : 0
        case (11, 0x64): return matches(bytes, range, "duration_ms") ? 4 : 0
        default: return 0
        }
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
        range.count == word.utf8CodeUnitCount
            && same(UnsafeRawPointer(bytes.baseAddress! + range.lowerBound), UnsafeRawPointer(word.utf8Start), range.count)
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard i < end, bytes[i] == byte else { return false }
        i += 1
        return true
    }

    private mutating func skipSpace() {
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 }
    }

    /// A string without escapes or control characters: the range of its contents. `opened`: the
    /// opening quote is already taken.
    private mutating func plainString(opened: Bool = false) -> Range<Int>? {
        guard opened || take(0x22) else { return nil }
        let open = i
        guard stringRun() == 0x22 else { return nil }
        i &+= 1
        return open..<i &- 1
    }

    /// Moves over the plain bytes of a string (not a quote, a backslash or a control character),
    /// eight at a time while the line has eight more, and returns the byte it stops at (0 at the end
    /// of the line). In each eight bytes (read as little-endian) the lowest flagged byte is the first
    /// special one: the usual zero-byte test flags only bytes above a true zero, never below.
    private mutating func stringRun() -> UInt8 {
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while i &+ 8 <= end {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
            let special = (((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)) & highs
            if special != 0 {
                i &+= special.trailingZeroBitCount >> 3
                return bytes[i]
            }
            i &+= 8
        }
        while i < end {
            let byte = bytes[i]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 { return byte }
            i &+= 1
        }
        return 0
    }

    /// A non-negative integer of at most 12 digits, without leading zeros.
    private mutating func integer() -> Int? {
        let first = i
        var value = 0
        while i < end, bytes[i] >= 0x30, bytes[i] <= 0x39 {
            value = value * 10 + Int(bytes[i] - 0x30)
            i += 1
        }
        let digits = i - first
        guard digits >= 1, digits <= 12, digits == 1 || bytes[first] != 0x30 else { return nil }
        return value
    }

    /// Skips a string (escapes allowed) or a number, true, false or null; false for anything nested.
    private mutating func skipValue() -> Bool {
        guard i < end else { return false }
        if take(0x22) {
            while true {
                switch stringRun() {
                case 0x22: i &+= 1; return true
                case 0x5C: i &+= 2
                default: return false // a control character, or the end of the line
                }
            }
        }
        let first = i
        while i < end {
            let b = bytes[i]
            guard (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x2B || b == 0x2E || b == 0x45 else { break }
            i &+= 1
        }
        return i > first
    }
}
