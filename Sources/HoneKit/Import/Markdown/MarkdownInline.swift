/// Inline Markdown to plain text: `**bold**`, `*em*`, `_em_`, `` `code` `` and `~~strike~~` lose
/// their markers, `[text](url)` keeps its text, `![alt](image)` is dropped (and counted), inline
/// HTML and character references go through `HTMLPlainText`.
enum MarkdownInline {
    static func plain(_ text: String, media: inout Int) -> String {
        var out = ""
        var characters = Array(text)[...]
        while let character = characters.first {
            if character == "!", characters.dropFirst().first == "[", let (_, rest) = link(characters.dropFirst()) {
                media += 1
                characters = rest
                continue
            }
            if character == "[", let (label, rest) = link(characters) {
                out += label
                characters = rest
                continue
            }
            if character == "\\", let next = characters.dropFirst().first, next.isPunctuation || next.isSymbol {
                out.append(next)
                characters = characters.dropFirst(2)
                continue
            }
            if character == "~", characters.dropFirst().first == "~" {
                characters = characters.dropFirst(2)
                continue
            }
            if character == "`" || ((character == "*" || character == "_") && isMarker(characters, out: out)) {
                characters = characters.dropFirst()
                continue
            }
            out.append(character)
            characters = characters.dropFirst()
        }
        if out.contains("<") || out.contains("&") {
            let converted = HTMLPlainText.plain(out)
            media += converted.media
            return converted.text
        }
        return out
    }

    /// `[label](target)` or `[label][ref]` at the start: the label and what follows.
    private static func link(_ text: ArraySlice<Character>) -> (String, ArraySlice<Character>)? {
        guard text.first == "[", let close = text.firstIndex(of: "]") else { return nil }
        let after = text[text.index(after: close)...]
        let label = String(text[text.index(after: text.startIndex)..<close])
        if after.first == "(", let end = after.firstIndex(of: ")") { return (label, after[after.index(after: end)...]) }
        if after.first == "[", let end = after.firstIndex(of: "]") { return (label, after[after.index(after: end)...]) }
        return nil
    }

    /// An emphasis marker: a `*` or `_` at a word's edge (not inside `snake_case` or `2*3`).
    private static func isMarker(_ text: ArraySlice<Character>, out: String) -> Bool {
        let before = out.last
        let after = text.dropFirst().first
        let wordBefore = before.map { $0.isLetter || $0.isNumber } ?? false
        let wordAfter = after.map { $0.isLetter || $0.isNumber } ?? false
        return wordBefore != wordAfter || after == text.first || before == text.first
    }
}
