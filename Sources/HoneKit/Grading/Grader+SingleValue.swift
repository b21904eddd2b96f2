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
        let typo = AcceptedTypo(text, accepted: key.accepted)
        let rivals = switch key.rivals {
        case .screened(let selection):
            RivalScreen(response: text, initials: initials, nearestMatters: typo.nearestRivalMatters).relevant(in: selection)
        case .all(let texts):
            texts
        }
        return assess(text, initials: initials, accepted: key.accepted, typo: typo,
                      givenRivals: TermForms(rivals.map { ($0, nil) }, deriving: false))
    }

    /// Rules 3 to 7, with the rivals given (all of them, or those that could bear on the grade).
    static func assess(_ text: ComparisonText, initials: Set<String>, accepted: TermForms, typo: AcceptedTypo,
                       givenRivals: TermForms) -> Assessment {
        if let rival = TermForms.exactMatch(text, in: givenRivals.forms) { return .wrong("that is \(rival.source)") }
        if let form = TermForms.exactMatch(text, in: accepted.derived) { return .correct(form.source, form.note) }
        if let acronym = accepted.acronym(spelledBy: initials) { return .correct(acronym.source, "expansion") }
        let rivals = givenRivals.derivingForms()
        if let rival = TermForms.exactMatch(text, in: rivals.derived)?.source ?? rivals.acronym(spelledBy: initials)?.source {
            return .wrong("that is \(rival)")
        }
        return assessTypo(text, typo: typo, rivals: rivals)
    }

    /// The accepted form a response is a typo of (numbers unchanged, not a strict part of it), and
    /// what rule 7 needs to know of the accepted forms: rivals play no part in either.
    struct AcceptedTypo {
        var best: (form: TermForms.Form, distance: Int, diff: String)? = nil
        var numberDiffers = false
        var isPartOfAnswer = false

        init(_ text: ComparisonText, accepted: TermForms) {
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
            isPartOfAnswer = accepted.given.contains { text.isStrictPart(of: $0.text) }
        }

        /// How the nearest rival form can change the grade: only when nearer than the typo's
        /// distance, when there is a typo; not at all when a number or being part of the answer
        /// decides; else when a rival is near enough to pass as its typo.
        var nearestRivalMatters: RivalScreen.NearestRule {
            if let best { return .nearerThan(best.distance) }
            return numberDiffers || isPartOfAnswer ? .never : .withinTypo
        }
    }

    /// Rules 6 and 7: typos, numbers, parts and near rivals.
    private static func assessTypo(_ text: ComparisonText, typo: AcceptedTypo, rivals: TermForms) -> Assessment {
        if let best = typo.best {
            if let rival = nearestRival(to: text, in: rivals), rival.distance < best.distance {
                return .wrong("closer to \(rival.source)")
            }
            return Assessment(grade: Grade(outcome: .close, matched: best.form.source, reason: "typo accepted", diff: best.diff),
                              distance: best.distance)
        }
        if typo.numberDiffers { return .wrong("number differs") }
        if typo.isPartOfAnswer { return .wrong("part of the answer") }
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
