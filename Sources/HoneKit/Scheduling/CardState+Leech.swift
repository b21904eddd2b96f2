/// Leeches: cards forgotten again and again. As in Anki (whose default threshold is 8 lapses), a
/// card becomes a leech at its 8th lapse and is suspended: study sessions stop asking it, reports
/// list it, and `hone cards --leeches` shows every one. A lapse is an Again on a card in review, so
/// the count, and with it suspension, follows from the journal alone and needs no file of its own.
public enum Leech {
    /// Lapses that make a card a leech (Anki's default).
    public static let threshold = 8
}

extension CardState {
    /// True once the card has lapsed `Leech.threshold` times: it is suspended.
    public var isLeech: Bool { lapses >= Leech.threshold }
}
