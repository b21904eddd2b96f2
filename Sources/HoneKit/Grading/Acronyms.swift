import Foundation

/// Acronyms: telling one apart from a word, and reading one off a phrase.
enum Acronyms {
    /// Small words that acronyms usually skip ("reinforcement learning from human feedback" is RLHF).
    static let skippedWords: Set<String> = [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "via", "with",
    ]

    /// True for a single word written mostly in capitals: "AGI", "RLHF", "LoRA", "LLMs", "GenAI"
    /// (but not "OpenAI", "DeepMind" or "GPT-4o").
    static func isAcronym(_ text: String) -> Bool {
        var upper = 0, lower = 0, ended = false
        for c in text {
            if c.isWhitespace {
                ended = upper + lower > 0
                continue
            }
            guard c.isLetter, !ended else { return false }
            if c.isUppercase { upper += 1 } else if c.isLowercase { lower += 1 }
        }
        return upper >= 2 && upper > lower
    }

    /// The letters an acronym may stand for, in capitals: all of them, and the capitals alone
    /// ("LoRA": "LORA" and "LRA"; "LLMs": "LLMS" and "LLM").
    static func spellings(ofAcronym text: String) -> Set<String> {
        let word = AnswerNormalizer.fold(text.trimmingCharacters(in: .whitespacesAndNewlines), lowercasing: false)
        return [word.uppercased(), String(word.filter(\.isUppercase))]
    }

    /// The acronyms a phrase of two or more words may have, in capitals: the initials of every word
    /// (the parts of a hyphenated word count as words), with and without the small words, with words
    /// already in capitals counting whole ("Constitutional AI" gives "CA" and "CAI"). Empty for a
    /// single word or when a word starts with a digit.
    static func initials(of text: String) -> Set<String> {
        let folded = AnswerNormalizer.fold(text, lowercasing: false).filter { !AnswerNormalizer.isApostrophe($0) }
        var words = folded.split(whereSeparator: { !AnswerNormalizer.isWordCharacter($0) }).map(String.init)
        while words.count > 1, AnswerNormalizer.articles.contains(words[0].lowercased()) { words.removeFirst() }
        guard words.count >= 2, words.allSatisfy({ $0.first?.isLetter == true }) else { return [] }
        let shouting = !folded.contains(where: \.isLowercase)
        let significant = words.filter { !skippedWords.contains($0.lowercased()) }
        var out: Set<String> = []
        for list in [words, significant] where list.count >= 2 {
            out.insert(list.map { String($0.first!).uppercased() }.joined())
            if !shouting {
                out.insert(list.map { isAllCapitals($0) ? $0 : String($0.first!).uppercased() }.joined())
            }
        }
        return out
    }

    private static func isAllCapitals(_ word: String) -> Bool {
        word.count >= 2 && word.allSatisfy(\.isUppercase)
    }
}
