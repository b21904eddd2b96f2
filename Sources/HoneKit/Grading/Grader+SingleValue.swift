/// Grading a response against a single value, rule by rule.
extension Grader {
    /// A grade with the edit distance it rests on (0 for an exact match, `Int.max` when wrong).
    struct Assessment: Sendable, Equatable {
        let grade: Grade
        let distance: Int

        static func wrong(_ reason: String?) -> Assessment {
            Assessment(grade: Grade(outcome: .wrong, reason: reason), distance: .max)
        }

        static func correct(_ source: String, _ note: String?) -> Assessment {
            Assessment(grade: Grade(outcome: .correct, matched: source, reason: note), distance: 0)
        }
    }

    /// The grade of `response` against one value, first rule that applies:
    /// 1. nothing typed: wrong;
    /// 2. the answer or an alias as given: correct;
    /// 3. a rival as given: wrong ("that is …");
    /// 4. a derived form (optional part left out, alternative, acronym) or the expansion of an
    ///    acronym: correct;
    /// 5. a rival's derived form or expansion: wrong;
    /// 6. a typo of an accepted form, numbers unchanged and not strictly closer to a rival: close;
    /// 7. otherwise wrong, saying why where it can ("number differs", "part of the answer",
    ///    "closer to …").
    static func assess(_ response: String, against key: PreparedKey) -> Assessment {
        let text = ComparisonText(response)
        if text.isEmpty { return .wrong("empty") }
        if let form = TermForms.exactMatch(text, in: key.accepted.given) { return .correct(form.source, form.note) }
        let initials = Acronyms.initials(of: response)
        let rivals = key.screensRivals ? RivalScreen(response: text, initials: initials).relevant(key.rivals) : key.rivals
        let givenRivals = TermForms(rivals.map { ($0, nil) }, deriving: false)
        return assess(text, initials: initials, accepted: key.accepted, givenRivals: givenRivals)
    }

    /// Rules 3 to 7, with the rivals given (all of them, or those that could bear on the grade).
    static func assess(_ text: ComparisonText, initials: Set<String>, accepted: TermForms, givenRivals: TermForms) -> Assessment {
        if let rival = TermForms.exactMatch(text, in: givenRivals.forms) { return .wrong("that is \(rival.source)") }
        if let form = TermForms.exactMatch(text, in: accepted.derived) { return .correct(form.source, form.note) }
        if let acronym = accepted.acronym(spelledBy: initials) { return .correct(acronym.source, "expansion") }
        let rivals = givenRivals.derivingForms()
        if let rival = TermForms.exactMatch(text, in: rivals.derived)?.source ?? rivals.acronym(spelledBy: initials)?.source {
            return .wrong("that is \(rival)")
        }
        return assessTypo(text, accepted: accepted, rivals: rivals)
    }

    /// Rules 6 and 7: typos, numbers, parts and near rivals.
    private static func assessTypo(_ text: ComparisonText, accepted: TermForms, rivals: TermForms) -> Assessment {
        var best: (form: TermForms.Form, distance: Int, diff: String)? = nil
        var numberDiffers = false
        for form in accepted.forms where !text.isStrictPart(of: form.text) {
            let allowance = form.typoAllowance
            guard text.numbers == form.text.numbers else {
                if EditDistance.optimalStringAlignment(text.letters, form.text.letters) <= allowance { numberDiffers = true }
                continue
            }
            let limit = min(allowance, (best?.distance ?? .max) - 1)
            if limit >= 0, let closest = text.closestReadings(to: form.text, limit: limit) {
                best = (form, closest.distance, CharacterDiff.render(from: closest.mine.spaced, to: closest.theirs.spaced))
            }
        }
        if let best {
            if let rival = nearestRival(to: text, in: rivals), rival.distance < best.distance {
                return .wrong("closer to \(rival.source)")
            }
            return Assessment(grade: Grade(outcome: .close, matched: best.form.source, reason: "typo accepted", diff: best.diff),
                              distance: best.distance)
        }
        if numberDiffers { return .wrong("number differs") }
        if accepted.given.contains(where: { text.isStrictPart(of: $0.text) }) { return .wrong("part of the answer") }
        if let rival = nearestRival(to: text, in: rivals), rival.distance <= rival.allowance {
            return .wrong("closer to \(rival.source)")
        }
        return .wrong(nil)
    }

    /// The rival form nearest to `text` within two edits (the most a typo may make), first in order
    /// among equals.
    private static func nearestRival(to text: ComparisonText, in rivals: TermForms)
        -> (source: String, distance: Int, allowance: Int)? {
        var nearest: (source: String, distance: Int, allowance: Int)? = nil
        for form in rivals.forms {
            let limit = min(2, (nearest?.distance ?? .max) - 1)
            guard limit >= 0 else { break }
            if let closest = text.closestReadings(to: form.text, limit: limit) {
                nearest = (form.source, closest.distance, form.typoAllowance)
            }
        }
        return nearest
    }
}
