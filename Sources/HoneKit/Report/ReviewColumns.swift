import Foundation

/// The journal's reviews in compact form. A large journal is read in parts (split at line ends) on
/// several threads; the parts are kept as they were read, each with its own card numbers, and only
/// the card numbering is joined (cards numbered in order of first appearance in the journal), so
/// that grouping the reviews by card can go on in parallel too.
struct ReviewColumns: Sendable {
    /// One review in 16 bytes (a million reviews take 16 MB): the card's number and the rating
    /// share one word.
    struct Review: Sendable {
        var time: Double
        /// The card's number in the low 29 bits, the rating (1-4) in the high 3.
        private var cardAndRating: UInt32
        /// Milliseconds, or -1 when the line has none.
        var duration: Int32

        static let cardMask: UInt32 = 0x1FFF_FFFF

        init(time: Double, card: Int32, duration: Int32, rating: UInt8) {
            precondition(card >= 0 && UInt32(card) <= Self.cardMask, "more cards than a journal can hold")
            self.time = time
            self.cardAndRating = UInt32(card) | UInt32(rating & 0x7) << 29
            self.duration = duration
        }

        var card: Int32 {
            get { Int32(cardAndRating & Self.cardMask) }
            set {
                precondition(newValue >= 0 && UInt32(newValue) <= Self.cardMask, "more cards than a journal can hold")
                cardAndRating = cardAndRating & ~Self.cardMask | UInt32(newValue)
            }
        }

        var rating: UInt8 { UInt8(cardAndRating >> 29) }
    }

    /// The parts in file order, each with its cards numbered in order of first appearance in it.
    private(set) var parts: [ReviewPart] = []
    /// Every card, numbered in order of first appearance in the journal.
    private(set) var cardIDs = CardNumbers()
    /// Per part, its card numbers in `cardIDs`' numbering (empty for the first part: the same).
    private(set) var numberings: [[Int32]] = []
    /// Lines read.
    private(set) var lines = 0

    /// The journal's last line was cut short (only the last part can end without a newline).
    var tornLastLine: Bool { parts.last?.tornLastLine ?? false }

    var reviewCount: Int { parts.reduce(0) { $0 + $1.reviews.count } }

    /// Every review in file order, numbered in `cardIDs`' numbering (a copy: the replay reads the
    /// parts instead).
    var reviews: [Review] {
        var joined: [Review] = []
        joined.reserveCapacity(reviewCount)
        for (index, part) in parts.enumerated() {
            if numberings[index].isEmpty {
                joined.append(contentsOf: part.reviews)
                continue
            }
            for var review in part.reviews {
                review.card = numberings[index][Int(review.card)]
                joined.append(review)
            }
        }
        return joined
    }

    /// The card number in `cardIDs` of card `local` of part `part`.
    func number(part: Int, local: Int32) -> Int32 {
        numberings[part].isEmpty ? local : numberings[part][Int(local)]
    }

    /// Reads journal text in `parts` pieces; a bad line's number counts from the text's start. (A
    /// journal on disk is read a piece at a time: see `read(fileSystem:path:size:parts:chunk:)`.)
    static func read(_ bytes: [UInt8], path: String, parts: Int) throws(ProgressError) -> ReviewColumns {
        try joined(readParts(bytes, path: path, parts: parts))
    }

    private static func readParts(_ bytes: [UInt8], path: String, parts: Int) -> [Result<ReviewPart, ProgressError>] {
        let parts = bytes.count < 1 << 20 ? 1 : max(parts, 1)
        var bounds = [0]
        for part in 1..<max(parts, 1) {
            let target = max(bytes.count * part / parts, bounds[part - 1])
            bounds.append(bytes[target...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count)
        }
        bounds.append(bytes.count)
        let cuts = bounds
        return Parallel.map(parts) { part -> Result<ReviewPart, ProgressError> in
            var columns = ReviewPart(expected: (cuts[part + 1] - cuts[part]) / 100 + 16)
            let failure: ProgressError? = bytes.withUnsafeBufferPointer { buffer in
                do throws(ProgressError) {
                    try columns.read(buffer, from: cuts[part], to: cuts[part + 1], path: path)
                    return nil
                } catch {
                    return error
                }
            }
            return failure.map { .failure($0) } ?? .success(columns)
        }
    }

    /// The parts one after the other, a bad line renumbered from the start of the text.
    static func joined(_ results: [Result<ReviewPart, ProgressError>]) throws(ProgressError) -> ReviewColumns {
        var joined = ReviewColumns()
        for result in results {
            switch result {
            case .success(let part):
                joined.append(part)
            case .failure(.badJournalLine(let path, let line, let message)):
                throw .badJournalLine(path: path, line: line + joined.lines, message: message)
            case .failure(let error):
                throw error
            }
        }
        return joined
    }

    /// Adds the part that follows, numbering its cards in the journal's numbering.
    private mutating func append(_ part: ReviewPart) {
        if parts.isEmpty {
            cardIDs = part.cardIDs
            numberings.append([])
        } else {
            numberings.append(cardIDs.numbers(of: part.cardIDs))
        }
        parts.append(part)
        lines += part.lines
    }
}

/// The reviews of one part of the journal, as one thread reads them.
struct ReviewPart: Sendable {
    /// The part's cards, numbered in order of first appearance in the part.
    var cardIDs = CardNumbers()
    var reviews: [ReviewColumns.Review] = []
    var tornLastLine = false
    /// Lines read (for numbering the lines of the part after this one).
    var lines = 0
    /// The last date read (most lines share the date of the line before).
    private var dates = ISO8601.DateCache()

    init(expected: Int) {
        reviews.reserveCapacity(expected)
    }

    /// Reads the lines of `bytes[start..<end]`, numbering them from 1. Card ids are looked up a
    /// batch of lines at a time (see `CardNumbers.Lookup`).
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int, to last: Int, path: String) throws(ProgressError) {
        guard let base = bytes.baseAddress else { return }
        var lookups: [CardNumbers.Lookup] = []
        lookups.reserveCapacity(Self.batch)
        var start = first
        while start < last {
            lines += 1
            let newline = memchr(base + start, 0x0A, last - start)
            let end = newline.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? last
            if let fields = JournalScanner.scan(bytes, start, end, dates: &dates) {
                lookups.append(CardNumbers.lookup(base + fields.card.lowerBound, fields.card.count, review: reviews.count))
                add(0, fields.at, fields.rating, fields.durationMS)
                if lookups.count == Self.batch { finishLookups(&lookups) }
            } else if !(start..<end).allSatisfy({ bytes[$0] == 0x20 || bytes[$0] == 0x09 || bytes[$0] == 0x0D }) {
                finishLookups(&lookups) // cards numbered in line order
                let content = end > start && bytes[end - 1] == 0x0D ? start..<end - 1 : start..<end
                switch ReviewRecord.parse(line: ArraySlice(UnsafeBufferPointer(rebasing: bytes[content]))) {
                case .success(let record):
                    add(cardIDs.number(record.card), record.at.timeIntervalSince1970, UInt8(record.rating.rawValue), record.durationMS)
                case .failure(let failure):
                    guard newline != nil else { tornLastLine = true; return }
                    throw .badJournalLine(path: path, line: lines, message: failure.message)
                }
            }
            start = end + 1
        }
        finishLookups(&lookups)
    }

    /// Lines whose card lookups are done together.
    private static let batch = 16

    private mutating func finishLookups(_ lookups: inout [CardNumbers.Lookup]) {
        guard !lookups.isEmpty else { return }
        cardIDs.finish(&lookups) { lookup, number in reviews[lookup.review].card = number }
    }

    private mutating func add(_ card: Int32, _ at: Double, _ rating: UInt8, _ duration: Int?) {
        reviews.append(.init(time: at, card: card, duration: duration.map { Int32(clamping: max($0, 0)) } ?? -1, rating: rating))
    }
}
