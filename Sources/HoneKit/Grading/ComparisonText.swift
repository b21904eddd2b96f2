/// A text prepared for comparison: its canonical form with and without spaces, the numbers in it,
/// and the singular readings of its last word.
struct ComparisonText: Sendable, Equatable {
    /// The canonical form (`AnswerNormalizer.normalize`).
    let spaced: String
    /// The canonical words.
    let words: [String]
    /// The canonical form without spaces: "fine tuning", "fine-tuning" and "finetuning" agree here.
    let compact: String
    /// The numbers, in order: "GPT-3.5 and 2021" has ["3.5", "2021"].
    let numbers: [String]
    /// The compact form without its numbers: what typos may touch.
    let letters: [Character]
    /// The compact form and its singular readings ("models" -> "model", "policies" -> "policy").
    let readings: [PluralForms.Reading]

    init(_ text: String) {
        spaced = AnswerNormalizer.normalize(text)
        words = spaced.split(separator: " ").map(String.init)
        compact = words.joined()
        numbers = Self.numbers(in: compact)
        letters = compact.filter { !$0.isNumber && $0 != "." }
        readings = PluralForms.readings(of: spaced)
    }

    /// True when no letters or digits were typed.
    var isEmpty: Bool { compact.isEmpty }

    /// True when some singular reading of each is the same text.
    func sameWords(as other: ComparisonText) -> Bool {
        readings.contains { mine in other.readings.contains { $0.compact == mine.compact } }
    }

    /// The number of letter edits a typo may make in this text (as the expected side): none under
    /// four letters, one up to seven, two from eight.
    var typoAllowance: Int {
        let count = letters.filter(\.isLetter).count
        return count >= 8 ? 2 : count >= 4 ? 1 : 0
    }

    /// The smallest edit distance between any two readings, with the readings that give it; nil
    /// when every distance is over `limit`.
    func closestReadings(to other: ComparisonText, limit: Int) -> (distance: Int, mine: PluralForms.Reading, theirs: PluralForms.Reading)? {
        var best: (distance: Int, mine: PluralForms.Reading, theirs: PluralForms.Reading)? = nil
        for mine in readings {
            for theirs in other.readings {
                let bound = min(limit, (best?.distance ?? limit + 1) - 1)
                guard bound >= 0 else { return best }
                let distance = EditDistance.optimalStringAlignment(mine.characters, theirs.characters, limit: bound)
                if distance <= bound { best = (distance, mine, theirs) }
            }
        }
        return best
    }

    /// True when this text is made of some, but not all, of `other`'s words ("model" in
    /// "foundation model", "Mistral" in "Mistral AI").
    func isStrictPart(of other: ComparisonText) -> Bool {
        guard !words.isEmpty, words.count < other.words.count else { return false }
        return words.allSatisfy { word in other.words.contains { PluralForms.sameWord(word, $0) } }
    }

    private static func numbers(in compact: String) -> [String] {
        var out: [String] = []
        var current = ""
        for c in compact {
            if c.isNumber || (c == "." && !current.isEmpty) {
                current.append(c)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
