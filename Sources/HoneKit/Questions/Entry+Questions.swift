import Foundation

/// Questions about glossary entries: definition -> term and term -> definition.
extension QuestionFactory {
    func termQuestion<R: RandomNumberGenerator>(_ card: Card, entry index: Int, kind: QuestionKind,
                                                using rng: inout R) -> Question? {
        let entry = deck.entries[index]
        let prompt = entry.cloze ? "Fill in the blank: \(entry.definition)" : Self.askForTerm(definition: entry.definition)
        // Cloze answers may repeat across entries: another blank's identical answer is no rival.
        let rivals = deckIndex.rivals(for: entry.term, excluding: index, comparableTo: entry.cloze ? Deck.comparable(entry.term) : nil)
        let key = AnswerKey(answer: entry.term, aliases: entry.aliases, rivals: rivals)
        switch kind {
        case .typed, .cloze:
            return Question(cardID: card.id, kind: kind, prompt: prompt, key: key)
        case .choice:
            let others = Distractors.nearestEntries(to: index, in: deck, count: 3, features: deckIndex).map { deck.entries[$0].term }
            guard others.count >= 2 else { return Question(cardID: card.id, kind: .typed, prompt: prompt, key: key) }
            return choiceQuestion(card: card, prompt: prompt, answer: entry.term, distractors: others, key: key, using: &rng)
        default:
            return nil
        }
    }

    func definitionQuestion<R: RandomNumberGenerator>(_ card: Card, entry index: Int, kind: QuestionKind,
                                                      using rng: inout R) -> Question? {
        let entry = deck.entries[index]
        let prompt = "What does \u{201C}\(Self.displayTerm(entry))\u{201D} mean?"
        let key = AnswerKey(answer: entry.definition)
        switch kind {
        case .flip:
            return Question(cardID: card.id, kind: .flip, prompt: prompt, key: key)
        case .truefalse:
            // Half the time the entry's own definition, else the nearest other one (false by the data).
            let other = Distractors.nearestEntries(to: index, in: deck, count: 1, features: deckIndex).first
            let truth = other == nil || Bool.random(using: &rng)
            let shown = truth ? entry.definition : deck.entries[other!].definition
            return trueFalseQuestion(card: card, statement: "\u{201C}\(Self.displayTerm(entry))\u{201D} means: \(Self.lowercasingArticle(shown))", truth: truth,
                                     correction: "\(entry.term) means: \(entry.definition)")
        case .choice:
            let others = Distractors.nearestEntries(to: index, in: deck, count: 3, features: deckIndex).map { deck.entries[$0].definition }
            guard others.count >= 2 else { return Question(cardID: card.id, kind: .flip, prompt: prompt, key: key) }
            return choiceQuestion(card: card, prompt: prompt, answer: entry.definition, distractors: others, key: key, using: &rng)
        default:
            return nil
        }
    }

    /// "What do we call a large AI model ...?" for definitions that read as a noun phrase, else
    /// "Which term means: ...".
    static func askForTerm(definition: String) -> String {
        var text = definition.trimmingCharacters(in: .whitespacesAndNewlines)
        let firstSentenceEnd = text.range(of: ". ")
        if firstSentenceEnd == nil, text.hasSuffix(".") { text.removeLast() }
        let lower = text.lowercased()
        if firstSentenceEnd == nil, ["a ", "an ", "the "].contains(where: lower.hasPrefix) {
            let first = text.prefix(1).lowercased()
            return "What do we call \(first)\(text.dropFirst())?"
        }
        return "Which term means: \(definition)"
    }

    /// "A model that ..." -> "a model that ..." (to follow a colon mid-sentence).
    static func lowercasingArticle(_ text: String) -> String {
        for article in ["A ", "An ", "The "] where text.hasPrefix(article) {
            return article.lowercased() + text.dropFirst(article.count)
        }
        return text
    }

    /// The term with its acronym, when the acronym is an alias: "retrieval-augmented generation (RAG)".
    static func displayTerm(_ entry: Entry) -> String {
        if let acronym = entry.aliases.first(where: { $0.count >= 2 && $0.count <= 6 && $0 == $0.uppercased() && $0.contains(where: \.isLetter) }),
           !entry.term.contains(acronym) {
            return "\(entry.term) (\(acronym))"
        }
        return entry.term
    }
}
