/// Which of a key's rivals can bear on the grade of one response. A deck of ten thousand terms gives
/// a typed question thousands of rivals; preparing every one of them (normalizing it, deriving its
/// forms, measuring its distance to the response) for every answer is what made grading slow. The
/// screen looks at each rival's bytes once and leaves out the ones that provably cannot change the
/// grade, so that only the few that can are prepared.
///
/// A rival is left out only when it is all ASCII and has no parentheses, brackets or slashes (so that
/// its only forms are itself and the acronyms of its initials; see `FormVariants.variants`), and each
/// of those forms is far enough from every reading of the response: its text in every reading the
/// plural rules could give it (whatever its last word, so that texts with the same compact form are
/// all far or all near), its acronyms in their readings. Far enough is at least the distance the
/// response is a typo of the answer at, when it is one; not the same, when a number or being part of
/// the answer decides the grade; else (`NearestRule.withinTypo`: only the nearest rival form within
/// two edits matters, and only if it can pass as its rival's typo) farther than the nearest rival
/// text that can pass as its typo (a "threat"), or not the same when there is none: the rivals' own
/// texts come before every derived form, so a form farther than a threat is never the nearest, and
/// with no threat only an exact match changes the grade. Of the rivals kept only for an acronym that
/// is the response, the first is enough (the first such form decides).
///
/// A rival whose text has the compact form of an earlier rival's is left out when that one is: it
/// adds no form. The rivals kept stay in order, so every rule that takes the first of equals finds
/// the same one; a form that the full list would have dropped as a repeat of a left-out rival's form
/// has that form's compact text, so it is as far from the response and changes nothing either.
///
/// One rule looks at acronyms across all rivals at once (a phrase whose initials spell a rival's
/// acronym, unless some rival spells that acronym out): when the response's initials spell an acronym
/// of any rival, the screen keeps every rival.
///
/// The rivals' texts are read once into a `RivalTable` (per deck, by the question factory), so that
/// screening a rival is a few comparisons of lengths and letter masks.
struct RivalScreen {
    /// The response's readings, as bytes; a character outside ASCII is 0xFF, which no ASCII text has,
    /// so distances to ASCII texts are the same as by characters.
    private let readings: [[UInt8]]
    private let readingMasks: [UInt64]
    /// The readings again, one after another, and where each is in `flat`.
    private let flat: [UInt8]
    private let spans: [Range<Int>]
    private let shortest: Int
    /// The response's initials (`Acronyms.initials`).
    private let initials: Set<String>

    /// When the nearest rival form can change the grade (see `Grader.AcceptedTypo`).
    enum NearestRule {
        /// Only a form nearer than this distance (the response passes as a typo of the answer).
        case nearerThan(Int)
        /// Never: the accepted forms decide, unless a rival matches exactly.
        case never
        /// A form within two edits that can pass as a typo of its rival (a "threat"), or one that
        /// comes first among the nearest, ahead of such a form.
        case withinTypo
    }

    private let rule: NearestRule
    /// A form of a rival left out must be at least this far from the response.
    private let minimum: Int

    init(response: ComparisonText, initials: Set<String>, nearestMatters rule: NearestRule) {
        self.rule = rule
        switch rule {
        case .nearerThan(let distance): minimum = max(distance, 1)
        case .never: minimum = 1
        case .withinTypo: minimum = 3
        }
        readings = response.readings.map { reading in
            reading.characters.map { $0.utf8.count == 1 ? $0.utf8.first! : 0xFF }
        }
        readingMasks = readings.map { RivalTable.mask($0) }
        flat = readings.flatMap { $0 }
        var start = 0
        spans = readings.map { reading in
            defer { start += reading.count }
            return start..<start + reading.count
        }
        shortest = readings.map(\.count).min() ?? 0
        self.initials = initials
    }

    /// How near a kept rival's own text may come as a typo of it.
    private enum Threat {
        /// It cannot pass as its typo (or it is kept for an acronym).
        case none
        /// Its text passes as its typo at this distance.
        case at(Int)
        /// Not worked out (a rival that is not simple): at most two edits.
        case unknown
    }

    private struct Kept {
        /// Its index in the table.
        let name: Int
        let threat: Threat
        /// Kept for its own text (a simple rival that is not far): how near that text comes (nil:
        /// over two edits).
        var ownText = false
        var nearest: Int? = nil
        /// Kept for an acronym that is the response (a simple rival whose text is far).
        var exactAcronym = false
    }

    /// The rivals of `selection` that could change the grade of the response, in their order.
    func relevant(in selection: RivalSelection) -> [String] {
        let table = selection.table
        var kept: [Kept] = []
        var tentative: [Int] = []
        var counts = [Int16](repeating: 0, count: 256)
        let checkSpellings = !initials.isEmpty && !table.spellings.isEmpty
        var withinTypo = false
        if case .withinTypo = rule { withinTypo = true }
        for index in candidates(in: selection, checkSpellings: checkSpellings) {
            let index = Int(index)
            let name = table.names[index]
            if checkSpellings, name.expands, !table.spellings[index]!.isDisjoint(with: initials) { return selection.texts }
            switch name.kind {
            case .empty:
                continue
            case .complex, .other:
                kept.append(Kept(name: index, threat: .unknown))
            case .simple:
                if !isFar(table.compact(index), mask: name.mask, headMask: name.headMask, minimum: minimum, counts: &counts) {
                    let (nearest, threat) = nearness(table.texts[index])
                    kept.append(Kept(name: index, threat: threat, ownText: true, nearest: nearest))
                } else if shortest < Int(name.longestInitials) + minimum {
                    if acronymNearer(than: 1, name: name, in: table) {
                        kept.append(Kept(name: index, threat: .none, exactAcronym: true))
                    } else if withinTypo {
                        tentative.append(index)
                    } else if acronymNearer(than: minimum, name: name, in: table) {
                        kept.append(Kept(name: index, threat: .none))
                    }
                }
            }
        }
        if withinTypo { kept = keptWithinTypo(kept, tentative: tentative, in: table) }
        // Of the simple rivals kept for an acronym that is the response, the first decides (rule
        // 5 of `Grader.assess` takes the first such form, and their texts are far).
        var acronymSeen = false
        return dropRepeats(of: kept, in: selection).filter { item in
            guard item.exactAcronym else { return true }
            defer { acronymSeen = true }
            return !acronymSeen
        }.map { table.texts[$0.name] }
    }

    /// The indices of the rivals that the screen must look at, in order: every rival but the simple
    /// ones that are far from every reading of the response by length or letters alone and that
    /// neither an acronym nor a spelling can bring back (`relevant` would pass over those
    /// untouched). The table's bit sets (`RivalBits`) pass over most names 64 at a time; the names
    /// they let through are tested one by one here, reading four fields of each.
    private func candidates(in selection: RivalSelection, checkSpellings: Bool) -> [Int32] {
        let names = UnsafePointer(selection.table.names.baseAddress!)
        let lengths = spans.map(\.count)
        let (minimum, shortest) = (self.minimum, self.shortest)
        var candidates: [Int32] = []
        selection.table.bits.forEachCandidate(readings: Array(zip(lengths, readingMasks)), minimum: minimum, shortest: shortest,
                                              spellings: checkSpellings) { index in
            guard selection.contains(index) else { return }
            let name = names + index
            let spelled = checkSpellings && name.pointee.expands
            switch name.pointee.kind {
            case .empty:
                if spelled { candidates.append(Int32(index)) }
            case .complex, .other:
                candidates.append(Int32(index))
            case .simple:
                if spelled || shortest < Int(name.pointee.longestInitials) + minimum {
                    candidates.append(Int32(index))
                    return
                }
                // Far from a reading by length (every reading of the name is n, n - 1 or n - 2
                // long) or by the letters one has and the other lacks.
                let n = Int(name.pointee.count), mask = name.pointee.mask, headMask = name.pointee.headMask
                for reading in lengths.indices {
                    let length = lengths[reading], readingMask = readingMasks[reading]
                    if length >= n + minimum || length + 2 + minimum <= n { continue }
                    if (readingMask & ~mask).nonzeroBitCount >= minimum
                        || (headMask & ~readingMask).nonzeroBitCount >= minimum { continue }
                    candidates.append(Int32(index))
                    return
                }
            }
        }
        return candidates
    }

    /// Under `NearestRule.withinTypo`, the forms that matter are those at most as far as the
    /// nearest threat (a rival's own text, which comes before every derived form), or the exact
    /// matches when there is no threat: kept rivals whose forms are all farther are left out, and
    /// rivals whose only near forms are acronyms are kept when one is that near. A rival whose text
    /// has the compact form of an earlier kept one goes with it (it is no form of the full list).
    private func keptWithinTypo(_ kept: [Kept], tentative: [Int], in table: RivalTable) -> [Kept] {
        let limit = nearestThreat(kept, in: table) ?? 0
        // Whether the first kept rival with each compact form was kept.
        var decided: [UInt64: (name: Int, keep: Bool)] = [:]
        var out: [Kept] = []
        for item in kept {
            let name = table.names[item.name]
            let keep: Bool
            if name.kind != .simple || !item.ownText {
                keep = true
            } else if let first = decided[name.hash], table.compact(first.name).elementsEqual(table.compact(item.name)) {
                keep = first.keep
            } else {
                keep = (item.nearest.map { $0 <= limit } ?? false) || acronymNearer(than: limit + 1, name: name, in: table)
            }
            if decided[name.hash] == nil { decided[name.hash] = (item.name, keep) }
            if keep { out.append(item) }
        }
        guard limit > 0, !tentative.isEmpty else { return out }
        for index in tentative where acronymNearer(than: limit + 1, name: table.names[index], in: table) {
            out.append(Kept(name: index, threat: .none))
        }
        return out.sorted { $0.name < $1.name }
    }

    /// The distance of the nearest kept rival text that can pass as its rival's typo (2 when not
    /// worked out), counting a text only where it first occurs (a later one with the same compact
    /// form is no form of the full list); nil when there is none.
    private func nearestThreat(_ kept: [Kept], in table: RivalTable) -> Int? {
        var nearest: Int? = nil
        var seen: Set<UInt64> = []
        for item in kept {
            let first = seen.insert(table.names[item.name].hash).inserted
            switch item.threat {
            case .none: break
            case .unknown: nearest = min(nearest ?? 2, 2)
            case .at(let distance): if first { nearest = min(nearest ?? distance, distance) }
            }
        }
        return nearest
    }

    /// True when an acronym read off the initials of the simple name is nearer than `limit` to the
    /// response, in some reading of each.
    private func acronymNearer(than limit: Int, name: RivalTable.Name, in table: RivalTable) -> Bool {
        var offset = Int(name.initialsStart)
        let end = Int(name.initialsEnd)
        while offset < end {
            let length = Int(table.initials[offset])
            let acronym = UnsafeBufferPointer(rebasing: table.initials[offset + 1 ..< offset + 1 + length])
            offset += 1 + length
            let near = flat.withUnsafeBufferPointer { flat in
                for span in spans where abs(span.count - length) < limit {
                    let reading = UnsafeBufferPointer(rebasing: flat[span])
                    if limit == 1 ? reading.elementsEqual(acronym) : EditDistance.optimalStringAlignment(reading, acronym, limit: limit - 1) < limit {
                        return true
                    }
                }
                return false
            }
            if near { return true }
        }
        return false
    }

    /// How near the simple rival `text` comes to the response (within two edits, else nil), in the
    /// readings `PluralForms` gives it, and whether that is within its typo allowance (one edit from
    /// four letters, two from eight: `ComparisonText.typoAllowance`).
    private func nearness(_ text: String) -> (nearest: Int?, threat: Threat) {
        var text = text
        var canonical: [UInt8] = []
        text.withUTF8 { ASCIIText.canonical($0, into: &canonical) }
        let compact = canonical.filter { $0 != 0x20 }
        let letters = compact.count { ASCIIText.isLetter($0) }
        let allowance = letters >= 8 ? 2 : letters >= 4 ? 1 : 0
        var forms = [compact]
        let lastWord = canonical.split(separator: 0x20).last ?? []
        func ends(_ suffix: String) -> Bool { lastWord.count >= suffix.utf8.count && lastWord.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
        if lastWord.count >= 4, lastWord.allSatisfy(ASCIIText.isLetter), ends("s") {
            if !ends("ss"), !ends("us"), !ends("is") { forms.append(Array(compact.dropLast())) }
            if ends("es"), lastWord.count >= 5 { forms.append(Array(compact.dropLast(2))) }
            if ends("ies"), lastWord.count >= 6 { forms.append(Array(compact.dropLast(3)) + [UInt8(ascii: "y")]) }
        }
        var nearest: Int? = nil
        for reading in readings {
            for form in forms {
                let distance = EditDistance.optimalStringAlignment(reading, form, limit: 2)
                if distance <= 2 { nearest = min(nearest ?? distance, distance) }
            }
        }
        guard let nearest, nearest <= allowance else { return (nearest, .none) }
        return (nearest, .at(nearest))
    }

    /// True when every reading of a text with this compact form is at least `minimum` edits from
    /// every reading of the response. A text's readings are its compact form less one or two last
    /// letters, or less three with a "y" (`PluralForms`); all four are taken, whatever the last word
    /// (so that texts with the same compact form are all far or all near). `mask` has the bits of
    /// every byte of the compact form and of "y", `headMask` those of all but its last three.
    private func isFar(_ compact: UnsafeBufferPointer<UInt8>, mask: UInt64, headMask: UInt64, minimum: Int,
                       counts: inout [Int16]) -> Bool {
        let n = compact.count
        // Most rivals are far by length or letters alone: those tests read the readings' lengths
        // and masks only (a loop over `readings` itself would retain and release each array).
        for index in spans.indices {
            let span = spans[index], readingMask = readingMasks[index]
            // Every reading of the text is n, n - 1 or n - 2 long; a distance is at least the length gap.
            if span.count >= n + minimum || span.count + 2 + minimum <= n { continue }
            // Each byte the one has and the other lacks takes an edit.
            if (readingMask & ~mask).nonzeroBitCount >= minimum || (headMask & ~readingMask).nonzeroBitCount >= minimum { continue }
            let far = flat.withUnsafeBufferPointer {
                isFar(reading: UnsafeBufferPointer(rebasing: $0[span]), compact: compact, minimum: minimum, counts: &counts)
            }
            if !far { return false }
        }
        return true
    }

    private func isFar(reading: UnsafeBufferPointer<UInt8>, compact: UnsafeBufferPointer<UInt8>, minimum: Int,
                       counts: inout [Int16]) -> Bool {
        let n = compact.count
        let y = UInt8(ascii: "y")
        let head = UnsafeBufferPointer(rebasing: compact.prefix(max(n - 3, 0)))
        // A distance is at least the number of the response's letters the text lacks (each edit
        // supplies one at most), and the number of the text's letters the response lacks. Every
        // reading of the text is within the compact form plus a "y", and holds its first n - 3.
        let far = counts.withUnsafeMutableBufferPointer { counts -> Bool in
            // How many bytes of `taken` are not in `pool` (and `added`), as multisets; `counts` is
            // all zeros before and after.
            func surplus(of taken: UnsafeBufferPointer<UInt8>, over pool: UnsafeBufferPointer<UInt8>, and added: UInt8? = nil) -> Int {
                for b in pool { counts[Int(b)] += 1 }
                if let added { counts[Int(added)] += 1 }
                var surplus = 0
                for b in taken {
                    counts[Int(b)] -= 1
                    if counts[Int(b)] < 0 { surplus += 1 }
                }
                for b in taken { counts[Int(b)] += 1 }
                for b in pool { counts[Int(b)] -= 1 }
                if let added { counts[Int(added)] -= 1 }
                return surplus
            }
            return surplus(of: reading, over: compact, and: y) >= minimum || surplus(of: head, over: reading) >= minimum
        }
        if far { return true }
        // The compact form less none, one or two last letters, and the head, from one table.
        let distances = EditDistance.prefixDistances(reading, compact, from: max(n - 2, 0), head: head.count, limit: minimum - 1)
        if distances.least < minimum { return false }
        // The head and a "y" is no nearer than the head to a response without a "y" (the "y" is
        // inserted or replaces a letter of the response, on every alignment).
        if distances.head >= minimum, !reading.contains(y) { return true }
        // The head and a "y", on the stack (an array here was an allocation per name).
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: head.count + 1) { withY in
            _ = withY.initialize(from: head)
            withY[head.count] = y
            return EditDistance.optimalStringAlignment(reading, UnsafeBufferPointer(withY), limit: minimum - 1) >= minimum
        }
    }

    /// `kept` less the rivals whose compact form is that of an earlier rival left out: the full
    /// list holds no form of theirs (a text is prepared once), so the shortened one must not either.
    /// The table links each name to the previous one with its form.
    private func dropRepeats(of kept: [Kept], in selection: RivalSelection) -> [Kept] {
        let previous = selection.table.previousSame
        guard kept.contains(where: { previous[$0.name] >= 0 }) else { return kept }
        let keptNames = Set(kept.map(\.name))
        return kept.filter { item in
            var earlier = Int(previous[item.name])
            while earlier >= 0 {
                if !keptNames.contains(earlier), selection.contains(earlier) { return false }
                earlier = Int(previous[earlier])
            }
            return true
        }
    }
}
