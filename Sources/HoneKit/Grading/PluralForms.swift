/// Simple English plurals, undone on the last word: "models" -> "model", "boxes" -> "box",
/// "policies" -> "policy", "biases" -> "bias". Each rule gives a candidate reading; two texts agree
/// when some readings agree, so the rules need not know which ending a word really has.
enum PluralForms {
    /// One reading of a text: its spaced and compact canonical forms.
    struct Reading: Sendable, Equatable {
        let spaced: String
        let compact: String
        let characters: [Character]

        init(_ spaced: String) {
            self.spaced = spaced
            compact = spaced.filter { $0 != " " }
            characters = Array(compact)
        }
    }

    /// The text itself first, then each singular candidate of its last word.
    static func readings(of spaced: String) -> [Reading] {
        [Reading(spaced)] + singularCandidates(spaced).map(Reading.init)
    }

    /// Singular candidates for the last word of `text` (the candidates keep at least three letters
    /// of the word; "ss", "us" and "is" are not plural endings).
    static func singularCandidates(_ text: String) -> [String] {
        let lastWord = text.split(separator: " ").last.map(String.init) ?? ""
        guard lastWord.count >= 4, lastWord.allSatisfy(\.isLetter), lastWord.hasSuffix("s") else { return [] }
        var out: [String] = []
        if !lastWord.hasSuffix("ss"), !lastWord.hasSuffix("us"), !lastWord.hasSuffix("is") {
            out.append(String(text.dropLast()))
        }
        if lastWord.hasSuffix("es"), lastWord.count >= 5 { out.append(String(text.dropLast(2))) }
        if lastWord.hasSuffix("ies"), lastWord.count >= 6 { out.append(String(text.dropLast(3)) + "y") }
        return out
    }

    /// True when the two words are the same but for a plural ending.
    static func sameWord(_ a: String, _ b: String) -> Bool {
        let mine = Set([a] + singularCandidates(a))
        return b == a || ([b] + singularCandidates(b)).contains { mine.contains($0) }
    }
}
