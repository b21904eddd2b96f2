import Foundation

/// The desired retention that minimises study time per card remembered, found as FSRS's
/// optimal-retention tool finds it: Brent's method over 0.70...0.95 on the mean of several
/// simulated runs (seeds 42, 43, ...) of a year of study.
public enum OptimalRetention {
    public static let range = 0.70...0.95

    /// The suggested retention, rounded to two decimals; `progress` hears the fraction of the
    /// (at most 64) evaluations done. Nil when the search does not settle inside the range.
    public static func find(parameters: [Double], configuration: RetentionSimulation.Configuration,
                            progress: (Double) -> Void = { _ in }) throws(OptimizerError) -> Double {
        let maximumIterations = 64
        var evaluations = 0
        func cost(_ retention: Double) -> Double {
            var sum = 0.0
            for sample in 0..<configuration.samples {
                sum += RetentionSimulation.costPerCardRemembered(parameters: parameters, retention: retention,
                                                                 configuration: configuration, seed: UInt64(42 + sample))
            }
            evaluations += 1
            progress(min(Double(evaluations) / 16, 1))
            return sum / Double(configuration.samples)
        }
        guard let best = brent(cost, lower: range.lowerBound, upper: range.upperBound, maximumIterations: maximumIterations) else {
            throw .noOptimalRetention
        }
        progress(1)
        return (best * 100).rounded() / 100
    }

    /// Brent's minimisation on [lower, upper] starting from `lower` (SciPy's bounded form, as fsrs-rs
    /// writes it), relative tolerance 0.01.
    static func brent(_ f: (Double) -> Double, lower: Double, upper: Double, maximumIterations: Int) -> Double? {
        let tolerance = 0.01, minimumTolerance = 1e-10, golden = 0.381_966
        var a = lower, b = upper
        var x = lower, v = lower, w = lower
        var fx = f(x), fv = fx, fw = fx
        var deltaX = 0.0, step = 0.0
        var iteration = 0
        while iteration < maximumIterations {
            let tol1 = tolerance * abs(x) + minimumTolerance, tol2 = 2 * tol1
            let middle = 0.5 * (a + b)
            if abs(x - middle) < tol2 - 0.5 * (b - a) { break }
            if abs(deltaX) <= tol1 {
                deltaX = (x >= middle ? a : b) - x
                step = golden * deltaX
            } else {
                let t1 = (x - w) * (fx - fv)
                var t2 = (x - v) * (fx - fw)
                var p = (x - v) * t2 - (x - w) * t1
                t2 = 2 * (t2 - t1)
                if t2 > 0 { p = -p }
                t2 = abs(t2)
                let previous = deltaX
                deltaX = step
                if p > t2 * (a - x), p < t2 * (b - x), abs(p) < abs(0.5 * t2 * previous) {
                    step = p / t2
                    let u = x + step
                    if u - a < tol2 || b - u < tol2 { step = middle - x >= 0 ? tol1 : -tol1 }
                } else {
                    deltaX = (x >= middle ? a : b) - x
                    step = golden * deltaX
                }
            }
            let u = x + (abs(step) < tol1 ? (step >= 0 ? tol1 : -tol1) : step)
            let fu = f(u)
            if fu > fx {
                if u < x { a = u } else { b = u }
                if fu <= fw || w == x {
                    (v, w) = (w, u)
                    (fv, fw) = (fw, fu)
                } else if fu <= fv || v == x || v == w {
                    v = u
                    fv = fu
                }
            } else {
                if u >= x { a = x } else { b = x }
                (v, w, x) = (w, x, u)
                (fv, fw, fx) = (fw, fx, fu)
            }
            iteration += 1
        }
        return iteration < maximumIterations && (lower...upper).contains(x) ? x : nil
    }
}
