import Foundation

/// Lowercase ASCII identifiers made from names: "Llama 3.x" -> "llama-3-x", "Café au lait" -> "cafe-au-lait".
/// Card ids are built from these, so they must not change between runs or machines.
public enum Slug {
    public static func make(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return ascii(text) }
        let folded = text.decomposedStringWithCompatibilityMapping
        var out = ""
        var lastWasDash = true
        for scalar in folded.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                out.unicodeScalars.append(scalar.lowercasedASCII)
                lastWasDash = false
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                // Keep non-Latin letters as they are, so that "東京" still has a distinct slug.
                out += String(scalar).lowercased()
                lastWasDash = false
            } else if !lastWasDash {
                out += "-"
                lastWasDash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "x" : out
    }

    /// `make` for ASCII text (the same result, without Unicode normalization).
    private static func ascii(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var lastWasDash = true
        for byte in text.utf8 {
            let lower = (0x41...0x5A).contains(byte) ? byte + 32 : byte
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                out.append(lower)
                lastWasDash = false
            } else if !lastWasDash {
                out.append(UInt8(ascii: "-"))
                lastWasDash = true
            }
        }
        while out.last == UInt8(ascii: "-") { out.removeLast() }
        return out.isEmpty ? "x" : String(decoding: out, as: UTF8.self)
    }
}

extension Unicode.Scalar {
    fileprivate var lowercasedASCII: Unicode.Scalar {
        (0x41...0x5A).contains(value) ? Unicode.Scalar(value + 32)! : self
    }
}
