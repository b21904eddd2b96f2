/// Every way of writing a term that grading knows about: the text as given (the answer, an alias,
/// a rival) and the forms derived from it (optional parts left out, alternatives, acronyms).
struct TermForms: Sendable {
    /// One way of writing a term.
    struct Form: Sendable {
        /// As shown to the learner.
        let display: String
        /// The answer, alias or rival it comes from.
        let source: String
        /// The given text itself (nil), or how the form was derived from it.
        let derivation: FormVariants.Variant.Kind?
        /// The note for a response that matches this form exactly.
        let note: String?
        /// The form, prepared for comparison.
        let text: ComparisonText

        var isGiven: Bool { derivation == nil }

        /// The letter edits a typo may make: none in an acronym read off initials, where one letter
        /// more or less is another acronym.
        var typoAllowance: Int { derivation == .acronym ? 0 : text.typoAllowance }
    }

    /// An acronym among the forms, which a phrase with the right initials also matches (unless the
    /// forms spell out what it stands for: then a response is compared with that).
    struct AcronymForm: Sendable {
        let spellings: Set<String>
        let source: String
    }

    private(set) var forms: [Form] = []
    private(set) var acronyms: [AcronymForm] = []
    private var seen: Set<String> = []

    /// The forms of `texts`, each with the note a match on the text itself earns ("alias", or nil
    /// for the answer). Texts with nothing to compare are skipped. Without `deriving`, only the texts
    /// themselves are forms (`derivingForms()` adds the rest later).
    init(_ texts: [(text: String, note: String?)], deriving: Bool = true) {
        for (text, note) in texts {
            add(Form(display: text, source: text, derivation: nil, note: note, text: ComparisonText(text)))
        }
        if deriving { deriveForms() }
    }

    /// These forms with the derived forms of the given texts added.
    func derivingForms() -> TermForms {
        var copy = self
        copy.deriveForms()
        return copy
    }

    private mutating func deriveForms() {
        for given in forms where given.isGiven {
            for variant in FormVariants.variants(of: given.source) {
                let note = variant.kind == .acronym ? "acronym" : variant.kind == .parenthesizedAlias ? "alias" : given.note
                add(Form(display: variant.text, source: given.source, derivation: variant.kind, note: note,
                         text: ComparisonText(variant.text)))
            }
            for acronym in FormVariants.acronymsToExpand(in: given.source) {
                acronyms.append(AcronymForm(spellings: Acronyms.spellings(ofAcronym: acronym), source: given.source))
            }
        }
    }

    private mutating func add(_ form: Form) {
        guard !form.text.isEmpty, seen.insert(form.text.compact).inserted else { return }
        forms.append(form)
    }

    /// The given texts' forms.
    var given: [Form] { forms.filter(\.isGiven) }
    /// The derived forms.
    var derived: [Form] { forms.filter { !$0.isGiven } }

    /// The first form in `candidates` that `response` matches exactly (but for plurals, spacing,
    /// case, accents and punctuation).
    static func exactMatch(_ response: ComparisonText, in candidates: [Form]) -> Form? {
        candidates.first { response.sameWords(as: $0.text) }
    }

    /// The first acronym spelled by one of `initials` (a phrase's initials) that the forms do not
    /// spell out.
    func acronym(spelledBy initials: Set<String>) -> AcronymForm? {
        guard !initials.isEmpty else { return nil }
        return acronyms.first { acronym in
            !acronym.spellings.isDisjoint(with: initials) && !forms.contains { form in
                form.derivation != .acronym && !acronym.spellings.isDisjoint(with: Acronyms.initials(of: form.display))
            }
        }
    }
}
