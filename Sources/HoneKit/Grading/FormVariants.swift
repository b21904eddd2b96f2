import Foundation

/// The forms a given answer text implies: parenthesised parts are optional ("Claude (Haiku/Sonnet/
/// Opus)" is also "Claude" and "Claude Sonnet"), a parenthesised acronym is an alias ("instruction
/// fine-tuning (SFT)" is also "SFT"), slashed words are alternatives ("Mistral Large/Small" is
/// "Mistral Large" or "Mistral Small"), and a phrase has its initials ("retrieval-augmented
/// generation" is also "RAG").
enum FormVariants {
    /// A derived form.
    struct Variant: Sendable, Equatable {
        enum Kind: Sendable, Equatable {
            /// The text with a part left out or an alternative chosen.
            case reading
            /// A parenthesised acronym ("SFT" from "instruction fine-tuning (SFT)"), or the
            /// parenthesised expansion of an acronym ("LLM (large language model)").
            case parenthesizedAlias
            /// An acronym read off the text's initials.
            case acronym
        }
        let text: String
        let kind: Kind
    }

    /// The derived forms of `text`, without the text itself.
    static func variants(of text: String) -> [Variant] {
        let parts = ParenthesizedText(text)
        var readings: [String] = []
        var named: [String] = []
        if parts.groups.isEmpty {
            readings = slashAlternatives(of: text)
        } else {
            let stripped = parts.without()
            let strippedIsAcronym = Acronyms.isAcronym(stripped)
            var partReadings = [stripped]
            for index in parts.groups.indices {
                let alternatives = parts.alternatives(inGroup: index)
                for alternative in alternatives where strippedIsAcronym || Acronyms.isAcronym(alternative) {
                    named.append(alternative)
                }
                if alternatives.count > 1 {
                    partReadings += alternatives.map { parts.without(replacingGroup: index, with: $0) }
                }
            }
            for reading in partReadings {
                readings += [reading] + slashAlternatives(of: reading)
            }
        }
        var out = readings.filter { !$0.isEmpty }.map { Variant(text: $0, kind: .reading) }
        out += named.map { Variant(text: $0, kind: .parenthesizedAlias) }
        let phrases = (parts.groups.isEmpty ? [text] : []) + readings + named
        for phrase in phrases where !Acronyms.isAcronym(phrase) {
            out += Acronyms.initials(of: phrase).sorted().map { Variant(text: $0, kind: .acronym) }
        }
        return out
    }

    /// The acronyms in `text` or its parentheses that a phrase's initials may spell out.
    static func acronymsToExpand(in text: String) -> [String] {
        let parts = ParenthesizedText(text)
        var candidates = [text, parts.without()]
        for index in parts.groups.indices { candidates += parts.alternatives(inGroup: index) }
        return candidates.filter(Acronyms.isAcronym)
    }

    /// The readings of a text with slashed alternatives: "a / b" gives "a" and "b"; "Gemini 1.5
    /// Pro/Flash" gives "Gemini 1.5 Pro" and "Gemini 1.5 Flash". Pairs that are not alternatives are
    /// left alone: single letters ("A/B testing") and capitals only ("TCP/IP", "I/O").
    static func slashAlternatives(of text: String) -> [String] {
        guard text.utf8.contains(UInt8(ascii: "/")) else { return [] }
        if text.contains(" / ") {
            let whole = text.components(separatedBy: "/").map { $0.trimmingCharacters(in: .whitespaces) }
            return whole.allSatisfy { !$0.isEmpty } ? whole : []
        }
        var readings = [""]
        var split = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let choices = word.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            let sensible = choices.count > 1
                && choices.allSatisfy { $0.filter(\.isLetter).count >= 2 }
                && !choices.allSatisfy { $0 == $0.uppercased() }
            let options = sensible ? choices : [word]
            split = split || sensible
            readings = readings.flatMap { prefix in options.map { prefix.isEmpty ? $0 : prefix + " " + $0 } }
            if readings.count > 16 { return [] }
        }
        return split ? readings : []
    }
}
