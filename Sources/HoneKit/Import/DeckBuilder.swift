/// Collects imported entries under hone's rules: every text made terminal-safe, a term or alias
/// names one entry (a later duplicate is skipped and reported, never merged silently), ids unique.
/// Cloze entries are exempt from the term rule: their term is the text a blank stands for, and
/// the same answer may fill blanks in many sentences.
struct DeckBuilder {
    private(set) var entries: [Entry] = []
    private var names: [String: String] = [:] // comparable name -> place of the entry that has it
    private var ids: Set<String> = []

    /// Adds `entry` (text cleaned here) or reports why not. `place` names it in messages.
    @discardableResult
    mutating func add(_ entry: Entry, place: String, report: inout ImportReport) -> Bool {
        var entry = entry
        entry.term = Self.clean(entry.term)
        entry.definition = Self.clean(entry.definition)
        entry.aliases = Self.cleanList(entry.aliases).filter { Deck.comparable($0) != Deck.comparable(entry.term) }
        entry.details = Self.cleanList(entry.details)
        entry.tags = Self.cleanList(entry.tags)
        guard !entry.term.isEmpty else {
            report.skip(place, "no text to ask for (the \(entry.cloze ? "deletion" : "term") is empty)")
            return false
        }
        guard !entry.definition.isEmpty else {
            report.skip(place, "\"\(entry.term)\" has no definition")
            return false
        }
        if !entry.cloze {
            for name in [entry.term] + entry.aliases {
                if let other = names[Deck.comparable(name)] {
                    report.skip(place, "\"\(name)\" already names the entry from \(other)")
                    return false
                }
            }
            for name in [entry.term] + entry.aliases { names[Deck.comparable(name)] = place }
        }
        entry.id = uniqueID(entry.id)
        entries.append(entry)
        return true
    }

    /// `id`, or `id-2`, `id-3`... when an entry already has it (two terms with the same slug).
    private mutating func uniqueID(_ id: String) -> String {
        var candidate = id
        var counter = 2
        while ids.contains(candidate) {
            candidate = "\(id)-\(counter)"
            counter += 1
        }
        ids.insert(candidate)
        return candidate
    }

    /// Terminal-safe, single-spaced, trimmed.
    static func clean(_ text: String) -> String {
        let safe = TerminalSafe.clean(text)
        // Only text with a leading, trailing or doubled space needs the split.
        var previousWasSpace = true, tidy = true
        for byte in safe.utf8 {
            if byte == 0x20, previousWasSpace { tidy = false; break }
            previousWasSpace = byte == 0x20
        }
        if tidy, !previousWasSpace || safe.isEmpty { return safe }
        return safe.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    static func cleanList(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.map(clean).filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
