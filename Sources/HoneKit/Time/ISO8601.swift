import Foundation

/// ISO 8601 timestamps as hone reads and writes them, without Foundation's formatters (which are slow
/// on the journal's hot path and not Sendable on every platform).
///
/// Reads `YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|±HH:MM|±HHMM)`, a space instead of `T`, and a bare date
/// `YYYY-MM-DD` (midnight UTC). Writes UTC with a `Z`, and milliseconds only when they are not zero.
public enum ISO8601 {
    public static func parse(_ text: String) -> Date? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { parse(UnsafeBufferPointer($0)) }
    }

    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        if let date = parseWritten(bytes) { return date }
        var index = 0
        func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for _ in 0..<count {
                let byte = bytes[index]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
                index += 1
            }
            return value
        }
        func expect(_ ascii: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == ascii else { return false }
            index += 1
            return true
        }
        guard let year = digits(4), expect(0x2D), let month = digits(2), expect(0x2D), let day = digits(2),
              (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        if index == bytes.count { return Date(timeIntervalSince1970: Double(days) * 86_400) }
        guard index < bytes.count, bytes[index] == 0x54 || bytes[index] == 0x20 || bytes[index] == 0x74 else { return nil }
        index += 1
        guard let hour = digits(2), expect(0x3A), let minute = digits(2), hour < 24, minute < 60 else { return nil }
        var second = 0
        var fraction = 0.0
        if expect(0x3A) {
            guard let s = digits(2), s < 61 else { return nil }
            second = s
            if index < bytes.count, bytes[index] == 0x2E || bytes[index] == 0x2C {
                index += 1
                var scale = 0.1
                var any = false
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                    fraction += Double(bytes[index] - 0x30) * scale
                    scale /= 10
                    index += 1
                    any = true
                }
                guard any else { return nil }
            }
        }
        var offset = 0
        guard index < bytes.count else { return nil } // a time needs a zone: local time is ambiguous
        switch bytes[index] {
        case 0x5A, 0x7A: index += 1
        case 0x2B, 0x2D:
            let sign = bytes[index] == 0x2D ? -1 : 1
            index += 1
            guard let hours = digits(2), hours < 24 else { return nil }
            _ = expect(0x3A)
            guard let minutes = digits(2), minutes < 60 else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        default: return nil
        }
        guard index == bytes.count else { return nil }
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        // Round the fraction to whole microseconds so that parse(format(d)) is stable.
        let micro = (fraction * 1_000_000).rounded() / 1_000_000
        return Date(timeIntervalSince1970: Double(seconds) + micro)
    }

    /// The form hone writes, `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MM:SS.mmmZ`, read at fixed
    /// places (a million of them in a journal); nil for anything else, which the general reader
    /// takes. Gives what the general reader gives: k/1000 is the double nearest to k milliseconds
    /// either way.
    static func parseWritten(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var dates = DateCache()
        return parseWritten(bytes, dates: &dates)
    }

    /// The last calendar date read and its day number: a journal's lines come in time order, so
    /// most of them share the date of the line before, which then needs no reading.
    struct DateCache {
        /// The date's ten bytes `YYYY-MM-DD` (eight, then two), and its day number since 1970.
        fileprivate var head: UInt64 = 0
        fileprivate var tail: UInt16 = 0
        fileprivate var days: Int?
    }

    /// `parseWritten(_:)`, remembering the date in `dates` (the result is the same either way).
    static func parseWritten(_ bytes: UnsafeBufferPointer<UInt8>, dates: inout DateCache) -> Date? {
        let count = bytes.count
        guard count == 20 || count == 24, bytes[count - 1] == 0x5A, bytes[10] == 0x54, bytes[13] == 0x3A, bytes[16] == 0x3A,
              count == 20 || bytes[19] == 0x2E else { return nil }
        @inline(__always) func digit(_ index: Int) -> Int {
            let value = Int(bytes[index]) &- 0x30
            return value >= 0 && value <= 9 ? value : -100_000
        }
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        let head = raw.loadUnaligned(as: UInt64.self), tail = raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        let days: Int
        if let known = dates.days, head == dates.head, tail == dates.tail {
            days = known
        } else {
            guard bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
            let year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
            let month = digit(5) * 10 + digit(6), day = digit(8) * 10 + digit(9)
            guard year >= 0, month >= 1, month <= 12, day >= 1, day <= daysIn(month: month, year: year) else { return nil }
            days = daysFromCivil(year: year, month: month, day: day)
            dates = DateCache(head: head, tail: tail, days: days)
        }
        let hour = digit(11) * 10 + digit(12), minute = digit(14) * 10 + digit(15), second = digit(17) * 10 + digit(18)
        let millis = count == 24 ? digit(20) * 100 + digit(21) * 10 + digit(22) : 0
        guard hour >= 0, hour < 24, minute >= 0, minute < 60, second >= 0, second < 61, millis >= 0 else { return nil }
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: Double(seconds) + Double(millis) / 1000)
    }

    /// A time (seconds since 1970) as its UTC date, second of the day and milliseconds (rounded to
    /// the nearest millisecond), as `format` and `write` write them.
    private static func fields(_ total: Double) -> (year: Int, month: Int, day: Int, secondOfDay: Int, millis: Int) {
        var seconds = Int(total.rounded(.down))
        var millis = Int(((total - Double(seconds)) * 1000).rounded())
        if millis == 1000 { seconds += 1; millis = 0 }
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let (year, month, day) = civilFromDays(days)
        return (year, month, day, seconds - days * 86_400, millis)
    }

    /// `date` in UTC, e.g. `2026-11-24T09:00:00Z` or `2026-11-24T09:00:00.250Z`.
    public static func format(_ date: Date) -> String {
        let (year, month, day, secondOfDay, millis) = fields(date.timeIntervalSince1970)
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T"
            + pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay % 3600 / 60, 2) + ":" + pad(secondOfDay % 60, 2)
        if millis != 0 { text += "." + pad(millis, 3) }
        return text + "Z"
    }

    /// Appends `format(date)`'s text to `out` without making a string (a million timestamps in an
    /// imported history, twenty thousand in `cards --json`); false, with nothing appended, for a
    /// date outside the years 0-9999, which `format` writes.
    public static func write(_ date: Date, into out: inout [UInt8]) -> Bool {
        // Filled in a fixed buffer and appended at once: one capacity check instead of one per byte.
        var text: (UInt64, UInt64, UInt64) = (0, 0, 0)
        guard let count = withUnsafeMutableBytes(of: &text, { write(date, to: $0.baseAddress!) }) else { return false }
        withUnsafeBytes(of: &text) { out.append(contentsOf: $0.prefix(count)) }
        return true
    }

    /// The longest text `write` makes: `YYYY-MM-DDTHH:MM:SS.mmmZ`.
    static let longestWritten = 24

    /// Writes `format(date)`'s text at `out`, which has room for `longestWritten` bytes, and
    /// returns its length; nil, with nothing written, for a date outside the years 0-9999.
    static func write(_ date: Date, to out: UnsafeMutableRawPointer) -> Int? {
        let total = date.timeIntervalSince1970
        guard total.isFinite, abs(total) < 1e12 else { return nil }
        let (year, month, day, secondOfDay, millis) = fields(total)
        guard (0...9999).contains(year) else { return nil }
        var at = 0
        func put(_ byte: UInt8) { out.storeBytes(of: byte, toByteOffset: at, as: UInt8.self); at += 1 }
        func digits(_ value: Int, _ width: Int) {
            var rest = value
            for offset in stride(from: width - 1, through: 0, by: -1) {
                out.storeBytes(of: UInt8(ascii: "0") + UInt8(rest % 10), toByteOffset: at + offset, as: UInt8.self)
                rest /= 10
            }
            at += width
        }
        digits(year, 4); put(UInt8(ascii: "-")); digits(month, 2); put(UInt8(ascii: "-")); digits(day, 2)
        put(UInt8(ascii: "T"))
        digits(secondOfDay / 3600, 2); put(UInt8(ascii: ":")); digits(secondOfDay % 3600 / 60, 2)
        put(UInt8(ascii: ":")); digits(secondOfDay % 60, 2)
        if millis != 0 { put(UInt8(ascii: ".")); digits(millis, 3) }
        put(UInt8(ascii: "Z"))
        return at
    }

    /// A calendar date `YYYY-MM-DD` for a day number (days since 1970-01-01).
    public static func formatDay(_ dayNumber: Int) -> String {
        let (year, month, day) = civilFromDays(dayNumber)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
