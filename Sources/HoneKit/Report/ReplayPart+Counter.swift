extension ReplayPart {
    /// What a replay counts, in memory of its own while it runs (through arrays, every review
    /// would check that the array of tables and a table's days are not shared), put into the
    /// part's tables at the end.
    struct Counter {
        let first: Int
        /// Days per group in `figures`; 0 when the days are counted in `sparse`.
        let span: Int
        let figures: UnsafeMutableBufferPointer<DayFigures>
        let totals: UnsafeMutableBufferPointer<(reviews: Int, durationMS: Int, timedReviews: Int)>
        var sparse: [[Int: DayFigures]]

        init(first: Int, span: Int, groups: Int) {
            (self.first, self.span) = (first, span)
            figures = .allocate(capacity: groups * span)
            figures.initialize(repeating: DayFigures())
            totals = .allocate(capacity: groups)
            totals.initialize(repeating: (0, 0, 0))
            sparse = span == 0 ? Array(repeating: [:], count: groups) : []
        }

        @inline(__always) mutating func count(group: Int, day: Int, firstOfDay: Bool, mature: Bool, passed: Int32, duration: Int32) {
            if span > 0 {
                Self.add(to: &figures[group * span + day - first], firstOfDay: firstOfDay, mature: mature, passed: passed)
            } else {
                Self.add(to: &sparse[group][day, default: DayFigures()], firstOfDay: firstOfDay, mature: mature, passed: passed)
            }
            if duration >= 0 {
                totals[group].durationMS += Int(duration)
                totals[group].timedReviews += 1
            }
            totals[group].reviews += 1
        }

        @inline(__always) private static func add(to figures: inout DayFigures, firstOfDay: Bool, mature: Bool, passed: Int32) {
            figures.reviews += 1
            guard firstOfDay else { return }
            if mature {
                figures.maturePassed += passed
                figures.matureTotal += 1
            } else {
                figures.youngPassed += passed
                figures.youngTotal += 1
            }
        }

        /// Puts the counts into `tables` and `totals` (one per group) and frees the memory.
        func finish(into tables: inout [DayTable], totals: inout [(reviews: Int, durationMS: Int, timedReviews: Int)]) {
            for group in tables.indices {
                if span > 0 {
                    tables[group] = DayTable(first: first, days: Array(figures[group * span..<(group + 1) * span]))
                } else {
                    for (day, counted) in sparse[group] { tables[group].update(day) { $0.add(counted) } }
                }
                totals[group] = self.totals[group]
            }
            figures.deallocate()
            self.totals.deallocate()
        }
    }
}
