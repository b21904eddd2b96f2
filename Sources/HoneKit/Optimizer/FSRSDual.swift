import Foundation

/// A number together with its derivatives with respect to the 21 FSRS-6 parameters: forward-mode
/// automatic differentiation. Carrying a card's stability and difficulty as duals through its
/// whole review history gives the exact gradient of every prediction along the way in one pass,
/// with no tape and no allocation (the 21 derivatives are stored inline in two SIMD vectors).
struct FSRSDual: Sendable {
    var value: Double
    /// ∂/∂w0 … ∂/∂w15.
    var low: SIMD16<Double>
    /// ∂/∂w16 … ∂/∂w20 in lanes 0-4; lanes 5-7 stay zero.
    var high: SIMD8<Double>

    init(value: Double, low: SIMD16<Double>, high: SIMD8<Double>) {
        self.value = value
        self.low = low
        self.high = high
    }

    /// A constant: every derivative is zero.
    init(_ value: Double) {
        self.init(value: value, low: .zero, high: .zero)
    }

    /// The parameter w`index` itself: derivative one with respect to itself.
    static func parameter(_ value: Double, index: Int) -> FSRSDual {
        var dual = FSRSDual(value)
        if index < 16 { dual.low[index] = 1 } else { dual.high[index - 16] = 1 }
        return dual
    }

    /// The derivative with respect to w`index`.
    func derivative(_ index: Int) -> Double { index < 16 ? low[index] : high[index - 16] }

    /// The 21 derivatives as an array.
    var gradient: [Double] { (0..<FSRSParameters.count).map(derivative) }

    /// `self` with the derivatives scaled by `factor` and the value replaced by `value` (the chain rule
    /// for a function of one argument whose derivative at `self.value` is `factor`).
    @inline(__always)
    func chained(_ value: Double, _ factor: Double) -> FSRSDual {
        FSRSDual(value: value, low: low * factor, high: high * factor)
    }
}

extension FSRSDual {
    @inline(__always) static func + (a: FSRSDual, b: FSRSDual) -> FSRSDual {
        FSRSDual(value: a.value + b.value, low: a.low + b.low, high: a.high + b.high)
    }

    @inline(__always) static func - (a: FSRSDual, b: FSRSDual) -> FSRSDual {
        FSRSDual(value: a.value - b.value, low: a.low - b.low, high: a.high - b.high)
    }

    @inline(__always) static func * (a: FSRSDual, b: FSRSDual) -> FSRSDual {
        FSRSDual(value: a.value * b.value, low: a.low * b.value + b.low * a.value, high: a.high * b.value + b.high * a.value)
    }

    @inline(__always) static func / (a: FSRSDual, b: FSRSDual) -> FSRSDual {
        let inverse = 1 / b.value
        let quotient = a.value * inverse
        return FSRSDual(value: quotient, low: (a.low - b.low * quotient) * inverse, high: (a.high - b.high * quotient) * inverse)
    }

    @inline(__always) static prefix func - (a: FSRSDual) -> FSRSDual {
        FSRSDual(value: -a.value, low: -a.low, high: -a.high)
    }

    @inline(__always) static func + (a: FSRSDual, b: Double) -> FSRSDual {
        FSRSDual(value: a.value + b, low: a.low, high: a.high)
    }

    @inline(__always) static func * (a: FSRSDual, b: Double) -> FSRSDual { a.chained(a.value * b, b) }
}
