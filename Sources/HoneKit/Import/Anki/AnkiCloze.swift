import Foundation

/// Anki cloze text: `{{c1::Canberra::city}} is the capital of {{c2::Australia}}`, deletions may
/// nest. Each deletion number becomes one hone entry: the answer is the deleted text (several
/// deletions with one number are answered together, joined by ", "), the sentence shows that
/// number's blanks as `[hint]` or `[...]` and every other deletion as its text.
struct AnkiCloze {
    indirect enum Segment: Equatable {
        case text(String)
        case deletion(number: Int, content: [Segment], hint: String?)
    }

    struct Card: Equatable {
        var number: Int
        var answer: String
        var sentence: String
    }

    let segments: [Segment]

    init(_ text: String) {
        var parser = Parser(characters: Array(text))
        segments = parser.parse(inside: false)
    }

    /// One card per deletion number, in number order.
    var cards: [Card] {
        let numbers = Set(Self.numbers(segments)).sorted()
        return numbers.map { number in
            Card(number: number, answer: Self.answers(segments, number).joined(separator: ", "),
                 sentence: Self.render(segments, blanking: number))
        }
    }

    static func numbers(_ segments: [Segment]) -> [Int] {
        segments.flatMap { segment -> [Int] in
            guard case .deletion(let number, let content, _) = segment else { return [] }
            return [number] + numbers(content)
        }
    }

    static func render(_ segments: [Segment], blanking number: Int?) -> String {
        segments.map { segment in
            switch segment {
            case .text(let text): return text
            case .deletion(let n, let content, let hint):
                if n == number { return "[" + (hint.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 } ?? "...") + "]" }
                return render(content, blanking: number)
            }
        }.joined()
    }

    static func answers(_ segments: [Segment], _ number: Int) -> [String] {
        segments.flatMap { segment -> [String] in
            guard case .deletion(let n, let content, _) = segment else { return [] }
            if n == number { return [render(content, blanking: nil).trimmingCharacters(in: .whitespaces)] }
            return answers(content, number)
        }
    }

    private struct Parser {
        let characters: [Character]
        var index = 0

        /// Segments up to the end of the text, or (inside a deletion) up to its `::` hint or `}}`.
        mutating func parse(inside: Bool) -> [Segment] {
            var segments: [Segment] = []
            var text = ""
            func flush() {
                if !text.isEmpty { segments.append(.text(text)); text = "" }
            }
            while index < characters.count {
                if inside, starts("}}") || starts("::") { break }
                if let (number, contentStart) = deletionStart() {
                    let saved = index
                    index = contentStart
                    let content = parse(inside: true)
                    var hint: String? = nil
                    if starts("::") {
                        index += 2
                        var hintText = ""
                        while index < characters.count, !starts("}}") { hintText.append(characters[index]); index += 1 }
                        hint = hintText
                    }
                    if starts("}}") {
                        index += 2
                        flush()
                        segments.append(.deletion(number: number, content: content, hint: hint))
                        continue
                    }
                    index = saved // unclosed: the text stands as written
                }
                text.append(characters[index])
                index += 1
            }
            flush()
            return segments
        }

        func starts(_ prefix: String) -> Bool {
            var position = index
            for character in prefix {
                guard position < characters.count, characters[position] == character else { return false }
                position += 1
            }
            return true
        }

        /// The number of a `{{cN::` at the current position, and where its content starts.
        func deletionStart() -> (Int, Int)? {
            guard starts("{{c") || starts("{{C") else { return nil }
            var position = index + 3
            var digits = ""
            while position < characters.count, characters[position].isASCII, characters[position].isNumber {
                digits.append(characters[position])
                position += 1
            }
            guard !digits.isEmpty, digits.count < 6, position + 1 < characters.count,
                  characters[position] == ":", characters[position + 1] == ":", let number = Int(digits) else { return nil }
            return (number, position + 2)
        }
    }
}
