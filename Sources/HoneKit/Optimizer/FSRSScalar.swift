import Foundation

/// The arithmetic the FSRS memory model needs, so that one generic implementation runs on plain
/// doubles (evaluation, scheduling-free replay) and on duals (training, exact gradients).
protocol FSRSScalar: Sendable {
    init(_ constant: Double)
    var value: Double { get }
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func / (a: Self, b: Self) -> Self
    static prefix func - (a: Self) -> Self
    static func + (a: Self, b: Double) -> Self
    static func * (a: Self, b: Double) -> Self
    func exp() -> Self
    func log() -> Self
    /// `self` raised to `exponent`, for a positive base.
    func pow(_ exponent: Self) -> Self
}

extension FSRSScalar {
    /// Clamped into `lower...upper`. Outside the interval the result is a constant (no gradient); on
    /// the boundary or inside, the gradient passes through, as PyTorch and Burn define it.
    @inline(__always)
    func clamped(_ lower: Double, _ upper: Double) -> Self {
        if value < lower { return Self(lower) }
        if value > upper { return Self(upper) }
        return self
    }
}

extension Double: FSRSScalar {
    var value: Double { self }
    @inline(__always) func exp() -> Double { Foundation.exp(self) }
    @inline(__always) func log() -> Double { Foundation.log(self) }
    @inline(__always) func pow(_ exponent: Double) -> Double { Foundation.pow(self, exponent) }
}

extension FSRSDual: FSRSScalar {
    @inline(__always) func exp() -> FSRSDual {
        let result = Foundation.exp(value)
        return chained(result, result)
    }

    @inline(__always) func log() -> FSRSDual { chained(Foundation.log(value), 1 / value) }

    /// x^y = exp(y ln x): d = x^y (y' ln x + y x'/x).
    @inline(__always) func pow(_ exponent: FSRSDual) -> FSRSDual {
        let logBase = Foundation.log(value)
        let result = Foundation.exp(exponent.value * logBase)
        let baseFactor = result * exponent.value / value
        let exponentFactor = result * logBase
        return FSRSDual(value: result, low: low * baseFactor + exponent.low * exponentFactor,
                        high: high * baseFactor + exponent.high * exponentFactor)
    }
}
