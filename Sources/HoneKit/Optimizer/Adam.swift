import Foundation

/// Adam (Kingma & Ba) with bias correction, over the 21 parameters.
struct Adam {
    var beta1 = 0.9
    var beta2 = 0.999
    var epsilon = 1e-8
    private var m = [Double](repeating: 0, count: FSRSParameters.count)
    private var v = [Double](repeating: 0, count: FSRSParameters.count)
    private var t = 0

    init() {}

    mutating func step(_ parameters: inout [Double], gradient: [Double], learningRate: Double) {
        t += 1
        let bias1 = 1 - pow(beta1, Double(t)), bias2 = 1 - pow(beta2, Double(t))
        for i in parameters.indices {
            m[i] = beta1 * m[i] + (1 - beta1) * gradient[i]
            v[i] = beta2 * v[i] + (1 - beta2) * gradient[i] * gradient[i]
            parameters[i] -= learningRate * (m[i] / bias1) / ((v[i] / bias2).squareRoot() + epsilon)
        }
    }
}

/// Cosine annealing of the learning rate from `initial` at step 0 to 0 at step `period`.
struct CosineSchedule {
    let initial: Double
    let period: Double

    func rate(at step: Int) -> Double { initial * (1 + cos(Double.pi * Double(step) / period)) / 2 }
}
