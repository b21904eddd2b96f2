/// Which typed piece gives which value: exact matches first, then the nearest typos.
struct ValueMatching {
    let pieces: [String]
    /// For each value, the grade of the piece that gave it, if one did.
    private(set) var gradeOfValue: [Int: Grade] = [:]
    /// Values that no piece gave.
    private(set) var missing: [Int] = []
    /// Pieces that gave no value.
    private(set) var extra: [Int] = []

    init(pieces: [String], keys: [PreparedKey]) {
        self.pieces = pieces
        let assessments = pieces.map { piece in keys.map { Grader.assess(piece, against: $0) } }
        var matched = Set<Int>()
        for outcome in [Grade.Outcome.correct, .close] {
            for piece in pieces.indices where !matched.contains(piece) {
                let open = keys.indices.filter { gradeOfValue[$0] == nil && assessments[piece][$0].grade.outcome == outcome }
                if let value = open.min(by: { assessments[piece][$0].distance < assessments[piece][$1].distance }) {
                    gradeOfValue[value] = assessments[piece][value].grade
                    matched.insert(piece)
                }
            }
        }
        missing = keys.indices.filter { gradeOfValue[$0] == nil }
        extra = pieces.indices.filter { !matched.contains($0) }
    }

    /// True when every value was given once and nothing else.
    var isComplete: Bool { missing.isEmpty && extra.isEmpty }

    /// The grades of the values given.
    var grades: [Grade] { Array(gradeOfValue.values) }
}
