/// Text from decks and files, made safe to print: control characters and terminal escape sequences
/// are removed (a deck must not be able to move the cursor, change colours or set the window title),
/// line breaks and tabs become spaces where asked, and everything else, emoji with joiners included,
/// is kept.
public enum TerminalSafe {
    public static func clean(_ text: String, keepNewlines: Bool = false) -> String {
        if isClean(text) { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? scalars.next() {
            pending = nil
            switch scalar.value {
            case 0x1B: // ESC: drop the whole sequence
                pending = skipEscape(&scalars)
            case 0x9B: // CSI (8-bit)
                pending = skipCSI(&scalars)
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F: // OSC, DCS, SOS, PM, APC (8-bit): up to ST or BEL
                pending = skipString(&scalars)
            case 0x0A, 0x0D:
                if keepNewlines { if scalar.value == 0x0A { out.append("\n") } } else { appendSpace(&out) }
            case 0x09:
                appendSpace(&out)
            case 0x00..<0x20, 0x7F, 0x80..<0xA0:
                continue
            case 0x202A...0x202E, 0x2066...0x2069: // bidirectional overrides and isolates
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// True when `text` has nothing to remove: no C0/C1 controls, DEL or bidirectional overrides
    /// (checked on the UTF-8 bytes, so clean text, the usual case, costs one pass and no copy).
    static func isClean(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case 0x00..<0x20, 0x7F: return false
            case 0xC2: // U+0080-U+009F are C2 80 - C2 9F
                if let next = utf8.next(), next < 0xA0 { return false }
            case 0xE2: // U+202A-U+202E are E2 80 AA-AE; U+2066-U+2069 are E2 81 A6-A9
                let second = utf8.next(), third = utf8.next()
                if second == 0x80, let third, (0xAA...0xAE).contains(third) { return false }
                if second == 0x81, let third, (0xA6...0xA9).contains(third) { return false }
            default: continue
            }
        }
        return true
    }

    /// `text` without leading and trailing spaces (a fast path for the usual untouched case).
    public static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        if first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 && first < 0x80 && last < 0x80 { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private static func appendSpace(_ out: inout String.UnicodeScalarView) {
        if let last = out.last, last == " " { return }
        out.append(" ")
    }

    /// After ESC: a CSI (`[`), an OSC/DCS/... string, or a single following character.
    private static func skipEscape(_ scalars: inout String.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
        guard let next = scalars.next() else { return nil }
        switch next {
        case "[": return skipCSI(&scalars)
        case "]", "P", "X", "^", "_": return skipString(&scalars)
        case "(", ")", "*", "+", "#", "%": _ = scalars.next(); return nil
        default: return next.value < 0x20 ? next : nil
        }
    }

    /// CSI: parameter and intermediate bytes, then one final byte in 0x40-0x7E.
    private static func skipCSI(_ scalars: inout String.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
        while let next = scalars.next() {
            if (0x40...0x7E).contains(next.value) { return nil }
            if !(0x20...0x3F).contains(next.value) { return next }
        }
        return nil
    }

    /// A control string ends at BEL, ST (ESC \) or 8-bit ST.
    private static func skipString(_ scalars: inout String.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
        while let next = scalars.next() {
            if next.value == 0x07 || next.value == 0x9C { return nil }
            if next.value == 0x1B {
                if let after = scalars.next(), after != "\\" { return after }
                return nil
            }
        }
        return nil
    }
}
