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

    /// True when `text` holds nothing that `clean` changes: no C0 or C1 control character, DEL,
    /// or bidirectional override (a fast check over UTF-8, for decks of many thousand entries).
    static func isClean(_ text: String) -> Bool {
        var lead: UInt8 = 0, second: UInt8 = 0, position = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F { return false }
            if byte >= 0xC0 { lead = byte; position = 1; continue }
            if byte >= 0x80 {
                if position == 1 {
                    if lead == 0xC2 && byte < 0xA0 { return false } // U+0080-U+009F
                    second = byte
                } else if position == 2, lead == 0xE2 {
                    if second == 0x80 && (0xAA...0xAE).contains(byte) { return false } // U+202A-U+202E
                    if second == 0x81 && (0xA6...0xA9).contains(byte) { return false } // U+2066-U+2069
                }
                position += 1
            }
        }
        return true
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
