import Foundation

/// One review in the journal: which card, when, how it went. Only `card`, `at` and `rating` are
/// required; the rest is what hone knows when it writes the line itself.
public struct ReviewRecord: Sendable, Equatable {
    public var card: String
    public var at: Date
    public var rating: Rating
    public var kind: String?
    public var durationMS: Int?
    public var answer: String?
    public var verdict: String?

    public init(card: String, at: Date, rating: Rating, kind: String? = nil, durationMS: Int? = nil,
                answer: String? = nil, verdict: String? = nil) {
        self.card = card
        self.at = at
        self.rating = rating
        self.kind = kind
        self.durationMS = durationMS
        self.answer = answer
        self.verdict = verdict
    }

    /// The record as one journal line, newline included.
    public var line: String {
        var pairs: [(String, String)] = [
            ("card", JSONText.quote(card)), ("at", JSONText.quote(ISO8601.format(at))), ("rating", String(rating.rawValue)),
        ]
        if let kind { pairs.append(("kind", JSONText.quote(kind))) }
        if let durationMS { pairs.append(("duration_ms", String(durationMS))) }
        if let answer { pairs.append(("answer", JSONText.quote(answer))) }
        if let verdict { pairs.append(("verdict", JSONText.quote(verdict))) }
        return JSONText.object(pairs) + "\n"
    }

    /// Reads one journal line (without its newline). The error says what is wrong; the caller adds
    /// the file and line number.
    public static func parse(line bytes: ArraySlice<UInt8>) -> Result<ReviewRecord, JournalLineError> {
        let node: JSONNode
        do {
            node = try JSONParser.parse(Array(bytes))
        } catch {
            return .failure(.init(message: "not valid JSON (column \(error.column): \(error.message))"))
        }
        guard node.members != nil else { return .failure(.init(message: "a review must be a JSON object, found \(node.typeName)")) }
        guard let card = node["card"]?.string, !card.isEmpty else { return .failure(.init(message: "no \"card\" (a non-empty string)")) }
        guard let atText = node["at"]?.string else { return .failure(.init(message: "no \"at\" (an ISO 8601 time)")) }
        guard let at = ISO8601.parse(atText) else {
            return .failure(.init(message: "\"at\" is not an ISO 8601 time with a zone: \"\(atText)\""))
        }
        guard let ratingNode = node["rating"] else { return .failure(.init(message: "no \"rating\" (1-4)")) }
        guard let value = ratingNode.integer, let rating = Rating(rawValue: value) else {
            return .failure(.init(message: "\"rating\" must be 1, 2, 3 or 4"))
        }
        return .success(ReviewRecord(card: card, at: at, rating: rating, kind: node["kind"]?.string,
                                     durationMS: node["duration_ms"]?.integer, answer: node["answer"]?.string,
                                     verdict: node["verdict"]?.string))
    }
}

/// What is wrong with a journal line.
public struct JournalLineError: Error, Sendable, Equatable {
    public var message: String
}
