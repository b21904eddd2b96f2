/// Summaries of repeated measurements.
struct Sample: Sendable {
    var values: [Double]

    init(_ values: [Double]) { self.values = values.sorted() }

    var isEmpty: Bool { values.isEmpty }
    var min: Double { values.first ?? .nan }
    var max: Double { values.last ?? .nan }

    var median: Double {
        guard !values.isEmpty else { return .nan }
        let middle = values.count / 2
        return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
    }

    /// Nearest-rank percentile (p in 0...100).
    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let rank = Int((p / 100 * Double(values.count)).rounded(.up))
        return values[Swift.min(Swift.max(rank, 1), values.count) - 1]
    }
}
