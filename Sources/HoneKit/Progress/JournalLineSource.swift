/// Reviews to merge into a journal that are not text yet (an imported history): what makes each
/// the same review as a journal line (card, millisecond, rating), and the lines, written on demand.
/// The key must be the one `JournalIndex` reads back from the review's line.
protocol JournalLineSource {
    /// How many reviews.
    var count: Int { get }
    /// The card ids that `card(_:)` numbers.
    var cardIDs: [String] { get }
    /// Review `index`'s card, as a position in `cardIDs`.
    func card(_ index: Int) -> Int
    /// Review `index`'s time in milliseconds since 1970, as the journal reads it back from its
    /// line; the journal's complaint when it cannot read that line.
    func millisecond(_ index: Int) throws(JournalLineError) -> Int64
    /// Review `index`'s rating (1-4).
    func rating(_ index: Int) -> UInt8
    /// Puts the journal lines of the reviews (those `including` flags, or all of them when it is
    /// nil) in `appender`, in order, each with its newline and followed by `appender.lineEnded()`.
    func writeLines(including: [Bool]?, to appender: inout JournalAppender) throws(FileError)
}
