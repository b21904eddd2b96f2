@testable import HoneKit

/// Names and responses for the rival-screen tests: the bundled deck's terms and values, texts that
/// exercise every derived form (parentheses, slashes, acronyms, plurals, articles, numbers, accents,
/// symbols, repeats in other spellings) and generated pseudo-words.
enum RivalPool {
    static let tricky: [String] = [
        "fooxyzwv", "foo (xyzwv)", "L L M", "LLM", "llm", "L.L.M.", "large language models", "Large Language Model",
        "the transformer", "Transformers", "transformer (architecture)", "TCP/IP", "A/B testing", "I/O",
        "Gemini 1.5 Pro/Flash", "GPT-4o", "GPT-4", "GPT 3.5", "policy", "policies", "biases", "bias", "boxes", "box",
        "café", "naïve Bayes", "Naive Bayes", "C++", "C#", "A* search", "1,000", "3.5", "don't stop", "dont stop", "---",
        "  ", "", "🙂", "東京", "Straße", "CAI", "Stanford CRFM", "the the model", "an apple", "a", "the", "x", "xy", "abcs",
        "abcdes", "abcdies", "ab cdes", "abcde", "abcd", "instruction fine-tuning (SFT)", "LLM (large language model)",
        "large lemon model", "low rank adapter", "LoRAs", "GenAI", "Gen AI", "fine (tuning)", "finetuning", "FT",
        "Q-learning", "Q learning", "k-means", "K Means", "word2vec", "Word2Vec", "model (a/b)", "[draft] model", "((x))",
        "x (", "Mistral Large / Small", "Mistral AI", "mistral", "Claude", "claude 3", "Claude Sonnet", "sonnet",
        "neural net", "neural nets", "neural network", "NN", "RNN", "CNN", "recurrent neural network", "R N N",
        "The Pile", "pile", "an LLM", "a RAG pipeline", "RAG pipelines", "BERT", "Bert", "bert base", "BERT (base/large)",
        "ABC DEF", "AB", "ABc", "aBC", "AbC", "ABCs", "ML/AI", "AI/ML", "ai", "AI", "A.I.", "AGI", "agi system",
        "artificial general intelligence", "automatic gain increase", "gradient descent", "gradient descents",
        "stochastic gradient descent", "SGD", "S.G.D.", "sgd (stochastic)", "zero-shot", "zero shot", "one-shot",
        "few-shot", "few shots", "Few Shot Learning", "FSL", "few/zero shot", "top-k", "top-p", "top k sampling",
    ]

    /// The pool: the bundled deck's names and table values, the tricky texts and pseudo-words.
    static func names(using rng: inout SplitMix64) -> [String] {
        var out = Glossary.entries.flatMap { [$0.term] + $0.aliases }
        out += Glossary.families.flatMap { $0 } + tricky
        out += (0..<120).map { _ in pseudoName(using: &rng) }
        return out
    }

    /// One to three made-up words, sometimes capitalized, sometimes hyphenated.
    static func pseudoName(using rng: inout SplitMix64) -> String {
        let onsets = ["b", "br", "ch", "d", "dr", "f", "fl", "g", "gr", "k", "l", "m", "n", "p", "pr", "qu", "r", "s", "sh", "st", "t", "tr", "v", "w", "z"]
        let nuclei = ["a", "ai", "e", "ea", "i", "io", "o", "ou", "u"]
        let codas = ["", "", "n", "nd", "r", "rt", "s", "st", "x", "l", "m"]
        func word() -> String {
            (0..<Int.random(in: 1...2, using: &rng)).map { _ in
                onsets.randomElement(using: &rng)! + nuclei.randomElement(using: &rng)! + codas.randomElement(using: &rng)!
            }.joined()
        }
        var words = (0..<Int.random(in: 1...3, using: &rng)).map { _ in word() }
        if Int.random(in: 0..<5, using: &rng) == 0 { words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst() }
        return words.joined(separator: Int.random(in: 0..<4, using: &rng) == 0 ? "-" : " ")
    }

    /// `count` responses to `key`.
    static func responses(for key: AnswerKey, pool: [String], count: Int, using rng: inout SplitMix64) -> [String] {
        var out = [key.answer] + key.aliases
        let words = pool.flatMap { $0.split(separator: " ").map(String.init) }
        while out.count < count {
            let rival = key.rivals.randomElement(using: &rng) ?? key.answer
            let target = Bool.random(using: &rng) ? key.answer : rival
            switch Int.random(in: 0..<14, using: &rng) {
            case 0: out.append(rival)
            case 1: out.append(rival.uppercased())
            case 2, 3: out.append(typo(of: target, edits: Int.random(in: 1...4, using: &rng), using: &rng))
            case 4: out.append(Acronyms.initials(of: target).sorted().first ?? target)
            case 5: out.append(phrase(spelling: target, words: words, using: &rng))
            case 6: out.append(target + ["s", "es", "'s"].randomElement(using: &rng)!)
            case 7: out.append(["the ", "a ", "an "].randomElement(using: &rng)! + target)
            case 8: out.append(String(target.split(separator: " ").first ?? ""))
            case 9: out.append(ParenthesizedText(target).without())
            case 11, 12:
                let alphabet = Array("abcdefgklmnoprstxyz1?")
                out.append(String((0..<Int.random(in: 1...4, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }))
            case 10: out.append((0..<Int.random(in: 1...3, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " "))
            default: out.append(pseudoName(using: &rng))
            }
        }
        return out
    }

    /// A phrase whose initials spell `text` when it is an acronym ("LLM": "lucky lemon model"),
    /// else the text.
    static func phrase(spelling text: String, words: [String], using rng: inout SplitMix64) -> String {
        let letters = text.filter(\.isLetter)
        guard Acronyms.isAcronym(text), letters.count >= 2 else { return text }
        return letters.map { letter in
            let starting = words.filter { $0.first?.lowercased() == letter.lowercased() }
            return starting.randomElement(using: &rng) ?? String(letter) + "xx"
        }.joined(separator: " ")
    }

    /// `text` with `edits` random insertions, deletions, substitutions or swaps.
    static func typo(of text: String, edits: Int, using rng: inout SplitMix64) -> String {
        var chars = Array(text)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz aeiou-1")
        for _ in 0..<edits {
            let index = chars.isEmpty ? 0 : Int.random(in: 0..<chars.count, using: &rng)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: chars.insert(alphabet.randomElement(using: &rng)!, at: index)
            case 1: if !chars.isEmpty { chars.remove(at: index) }
            case 2: if !chars.isEmpty { chars[index] = alphabet.randomElement(using: &rng)! }
            default: if index + 1 < chars.count { chars.swapAt(index, index + 1) }
            }
        }
        return String(chars)
    }
}
