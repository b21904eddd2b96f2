/// Grades typed answers leniently: what a learner should not be marked down for (case, accents,
/// punctuation, spacing and hyphens, a leading article, plurals, optional parenthesised parts,
/// aliases, acronyms and their expansions, the order of a set of values) is accepted as correct; a
/// small typo is accepted as close; a rival term, a changed number, part of a longer answer, a
/// missing or extra value and an empty response are wrong.
///
/// A typo is measured as the Damerau-Levenshtein distance (optimal string alignment) between the
/// compact canonical forms (`AnswerNormalizer`, without spaces): one edit is allowed for forms of
/// four to seven letters, two from eight letters, none below four. Typos may touch letters only:
/// the numbers in a response must be those of the answer. A response equal to a rival, or strictly
/// closer to a rival than to the answer, is wrong.
///
/// Grading is a pure function of the response and the key.
public enum Grader: Sendable {
    /// The grade of `response` against `key`.
    public static func grade(_ response: String, against key: AnswerKey) -> Grade {
        grade(response, against: key, screeningRivals: true)
    }

    /// The grade of `response` against `key`; without `screeningRivals`, every rival is prepared for
    /// every response (the plain reading of the rules, which the tests hold the screened one to).
    static func grade(_ response: String, against key: AnswerKey, screeningRivals: Bool) -> Grade {
        if key.isMultiValue, let values = MultiValueText.values(ofAnswer: key.answer), values.count > 1 {
            return gradeValues(response, against: key, values: values, screeningRivals: screeningRivals)
        }
        return assess(response, against: PreparedKey(key, screeningRivals: screeningRivals)).grade
    }

    /// The forms that would have been accepted, for showing after a verdict: the answer, the aliases,
    /// then the forms derived from them (the answer without its optional parenthesised part, each
    /// slashed alternative, a parenthesised acronym, the acronym of a phrase), without repeats.
    public static func acceptedVariants(for key: AnswerKey) -> [String] {
        let texts = [key.answer] + key.aliases
        let isMultiValue = key.isMultiValue && (MultiValueText.values(ofAnswer: key.answer)?.count ?? 0) > 1
        var shown: [TermForms.Form] = []
        for form in TermForms(texts.map { ($0, nil) }, deriving: !isMultiValue).forms
        where !shown.contains(where: { $0.text.sameWords(as: form.text) }) {
            shown.append(form)
        }
        return shown.map(\.display)
    }
}

/// A key ready for grading one value: its accepted forms, and its rivals as given (they are prepared
/// only when a response is not simply right, and then only those that could bear on its grade: see
/// `RivalScreen`).
struct PreparedKey: Sendable {
    let accepted: TermForms
    /// The rivals, read for the screen; or, when a response is graded against every rival, as texts.
    let rivals: Rivals

    enum Rivals: Sendable {
        case screened(RivalSelection)
        case all([String])
    }

    init(answer: String, aliases: [String], rivals: [String], screeningRivals: Bool = true) {
        accepted = TermForms([(answer, nil)] + aliases.map { ($0, "alias") })
        self.rivals = screeningRivals ? .screened(RivalSelection(rivals)) : .all(rivals)
    }

    /// A key for one value whose rivals are `selection`'s names.
    init(answer: String, rivals selection: RivalSelection, screeningRivals: Bool = true) {
        accepted = TermForms([(answer, nil)])
        rivals = screeningRivals ? .screened(selection) : .all(selection.texts)
    }

    init(_ key: AnswerKey, screeningRivals: Bool = true) {
        accepted = TermForms([(key.answer, nil)] + key.aliases.map { ($0, "alias") })
        if screeningRivals {
            rivals = .screened(key.preparedRivals ?? RivalSelection(key.rivals))
        } else {
            rivals = .all(key.rivals)
        }
    }
}
