/// The 21 weights of FSRS-6, with their defaults and the bounds the optimizer and py-fsrs enforce.
public struct FSRSParameters: Sendable, Equatable {
    public private(set) var weights: [Double]

    public static let count = 21

    public static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    public static let lowerBounds: [Double] = [
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    ]

    public static let upperBounds: [Double] = [
        100, 100, 100, 100, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
        5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    ]

    public static let defaults = FSRSParameters(unchecked: defaultWeights)

    private init(unchecked weights: [Double]) { self.weights = weights }

    /// Validated parameters; the error names the first weight out of bounds.
    public init(_ weights: [Double]) throws(ParameterError) {
        guard weights.count == Self.count else { throw .wrongCount(weights.count) }
        for (index, weight) in weights.enumerated() {
            guard weight.isFinite, weight >= Self.lowerBounds[index], weight <= Self.upperBounds[index] else {
                throw .outOfBounds(index: index, value: weight, lower: Self.lowerBounds[index], upper: Self.upperBounds[index])
            }
        }
        self.weights = weights
    }

    /// Parameters with every weight clipped into its bounds (used by the optimizer after each step).
    public static func clipped(_ weights: [Double]) -> FSRSParameters {
        FSRSParameters(unchecked: weights.enumerated().map { index, weight in
            min(max(weight, lowerBounds[index]), upperBounds[index])
        })
    }

    public subscript(index: Int) -> Double { weights[index] }

    public enum ParameterError: Error, Equatable, CustomStringConvertible {
        case wrongCount(Int)
        case outOfBounds(index: Int, value: Double, lower: Double, upper: Double)

        public var description: String {
            switch self {
            case .wrongCount(let count): "FSRS-6 needs 21 parameters, found \(count)"
            case .outOfBounds(let index, let value, let lower, let upper):
                "parameter \(index) is \(value), outside its bounds \(lower)...\(upper)"
            }
        }
    }
}
