/// Card text from HTML (Anki fields, CSV with `#html:true`): tags dropped, character references
/// decoded, and the lines that `<br>`, `<div>`, `<p>` and list items make kept apart with "; "
/// (hone's deck text is one line). Images, sounds and videos (`<img>`, `<audio>`, `<video>`,
/// `[sound:...]`) are dropped and counted; `<script>` and `<style>` are dropped with their content.
public enum HTMLPlainText {
    public struct Converted: Sendable, Equatable {
        public var text: String
        /// Media references dropped from the text.
        public var media: Int
    }

    public static func plain(_ html: String) -> Converted {
        if !html.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "[") }) {
            return Converted(text: joinLines([html]), media: 0) // no markup
        }
        var converter = Converter(Array(html.utf8))
        converter.run()
        return Converted(text: converter.finish(), media: converter.media)
    }

    /// Text without markup as one line: lines joined with "; " unless a line already ends in
    /// punctuation.
    static func joinLines(_ lines: [String]) -> String {
        var out = String.UnicodeScalarView()
        for line in lines {
            var started = false, pendingSpace = false
            for scalar in line.unicodeScalars {
                // Runs of spaces, tabs, line breaks and no-break spaces become one space.
                if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{A0}" {
                    pendingSpace = started
                    continue
                }
                if !started {
                    if let last = out.last { out.append(contentsOf: ".,;:!?".unicodeScalars.contains(last) ? " ".unicodeScalars : "; ".unicodeScalars) }
                    started = true
                } else if pendingSpace {
                    out.append(" ")
                }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static let blockTags: Set<String> = [
        "div", "p", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr",
        "dd", "dt", "dl", "section", "article", "header", "footer", "td", "th", "figure", "figcaption", "center",
    ]
    private static let mediaTags: Set<String> = ["img", "audio", "video", "embed", "object", "iframe", "svg"]
    private static let skippedContent: Set<String> = ["script", "style", "head", "title"]

    private struct Converter {
        let bytes: [UInt8]
        var index = 0
        var line: [UInt8] = []
        var lines: [String] = []
        var media = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        mutating func run() {
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<"), tag() { continue }
                if byte == UInt8(ascii: "&"), entity() { continue }
                if byte == UInt8(ascii: "["), sound() { continue }
                line.append(byte)
                index += 1
            }
        }

        mutating func finish() -> String {
            breakLine()
            return HTMLPlainText.joinLines(lines)
        }

        mutating func breakLine() {
            if !line.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
            line.removeAll(keepingCapacity: true)
        }

        /// A tag, comment or doctype at `index`; false when the `<` is just a character.
        mutating func tag() -> Bool {
            if starts("<!--") {
                index = find("-->", from: index + 4).map { $0 + 3 } ?? bytes.count
                return true
            }
            var cursor = index + 1
            let closing = cursor < bytes.count && bytes[cursor] == UInt8(ascii: "/")
            if closing { cursor += 1 }
            let nameStart = cursor
            guard cursor < bytes.count, isLetter(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "!") else { return false }
            while cursor < bytes.count, isLetter(bytes[cursor]) || isDigit(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "-") {
                cursor += 1
            }
            let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self).lowercased()
            // The end of the tag: the first '>' outside quoted attribute values.
            var quote: UInt8? = nil
            while cursor < bytes.count {
                let byte = bytes[cursor]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    break
                }
                cursor += 1
            }
            index = min(cursor + 1, bytes.count)
            if !closing, HTMLPlainText.skippedContent.contains(name) {
                index = find("</\(name)", from: index, caseInsensitive: true).map { end in
                    (find(">", from: end) ?? bytes.count - 1) + 1
                } ?? bytes.count
                return true
            }
            if name == "br" || HTMLPlainText.blockTags.contains(name) {
                breakLine()
            } else if !closing, HTMLPlainText.mediaTags.contains(name) {
                media += 1
                if name == "svg" || name == "audio" || name == "video" || name == "object" {
                    // Their content (fallback text, <source> elements) is part of the medium.
                    index = find("</\(name)", from: index, caseInsensitive: true).map { end in
                        (find(">", from: end) ?? bytes.count - 1) + 1
                    } ?? index
                }
            }
            return true
        }

        /// `&name;`, `&#123;` or `&#x1F600;`; false when it is not a reference hone knows.
        mutating func entity() -> Bool {
            guard let end = bytes[index...].prefix(40).firstIndex(of: UInt8(ascii: ";")) else { return false }
            let body = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
            var scalar: Unicode.Scalar?
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if body.hasPrefix("#") {
                scalar = UInt32(body.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
            } else {
                scalar = HTMLEntities.scalar(named: body)
            }
            guard var decoded = scalar, decoded.value != 0 else { return false }
            if decoded.value == 0xA0 { decoded = " " }
            line.append(contentsOf: Array(String(decoded).utf8))
            index = end + 1
            return true
        }

        /// Anki's `[sound:file.mp3]`.
        mutating func sound() -> Bool {
            guard starts("[sound:"), let end = find("]", from: index) else { return false }
            media += 1
            index = end + 1
            return true
        }

        func starts(_ prefix: String) -> Bool {
            let pattern = Array(prefix.utf8)
            return index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
        }

        func find(_ text: String, from start: Int, caseInsensitive: Bool = false) -> Int? {
            let pattern = Array(text.utf8)
            guard !pattern.isEmpty, start + pattern.count <= bytes.count else { return nil }
            var position = start
            while position + pattern.count <= bytes.count {
                var matched = true
                for offset in 0..<pattern.count {
                    var byte = bytes[position + offset]
                    if caseInsensitive, byte >= 0x41, byte <= 0x5A { byte += 32 }
                    if byte != pattern[offset] { matched = false; break }
                }
                if matched { return position }
                position += 1
            }
            return nil
        }

        func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) }

        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    }
}
