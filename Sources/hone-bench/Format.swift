import Foundation

/// Numbers as the tables show them.
enum Format {
    /// 1000000 -> "1,000,000".
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }

    /// Milliseconds with a precision that suits their size: "0.21", "8.4", "163", "8,200".
    static func ms(_ value: Double) -> String {
        if value.isNaN { return "-" }
        if value < 1 { return String(format: "%.3f", value) }
        if value < 10 { return String(format: "%.2f", value) }
        if value < 100 { return String(format: "%.1f", value) }
        return count(Int(value.rounded()))
    }

    /// KiB as MB (decimal, one place).
    static func megabytes(kib: Int) -> String { String(format: "%.1f", Double(kib) * 1024 / 1e6) }
}
