import Foundation
import HoneKit

/// What `hone optimize` found, and how it is printed.
struct OptimizeResult {
    var totalReviews: Int
    var cards: Int
    var testCards = 0
    var trainReviews: Int?
    var defaultEvaluation: ModelEvaluation?
    var fittedEvaluation: ModelEvaluation?
    var fit: FSRSOptimizer.Fit?
    var splitSeconds = 0.0
    var fullSeconds = 0.0
    var seconds = 0.0
    /// Reading the log and putting it in order.
    var loadSeconds = 0.0
    /// Saving the parameters and recomputing every card's state (--apply).
    var applySeconds: Double?
    var retentionSeconds: Double?
    var suggestedRetention: Double?
    var currentRetention = 0.9
    var applied = false
    var backup: String?
    var settingsPath = ""

    func json() -> String {
        func number(_ value: Double?, _ digits: Int = 6) -> String {
            guard let value else { return "null" }
            let scale = pow(10, Double(digits))
            return JSONText.number((value * scale).rounded() / scale)
        }
        let parameters = fit.map { JSONText.array($0.parameters.map { JSONText.number($0) }) } ?? "null"
        return JSONText.object([
            ("reviews", String(fit?.trainingReviews ?? 0)),
            ("reviews_total", String(totalReviews)),
            ("cards", String(cards)),
            ("parameters", parameters),
            ("method", JSONText.string(fit?.method.rawValue)),
            ("log_loss", JSONText.object([("default", number(defaultEvaluation?.logLoss)), ("fitted", number(fittedEvaluation?.logLoss))])),
            ("rmse_bins", JSONText.object([("default", number(defaultEvaluation?.rmseBins)), ("fitted", number(fittedEvaluation?.rmseBins))])),
            ("test", JSONText.object([("cards", String(testCards)), ("reviews", String(fittedEvaluation?.reviews ?? 0)),
                                      ("train_reviews", trainReviews.map(String.init) ?? "null")])),
            ("seconds", number(seconds, 4)),
            ("timing", JSONText.object([("split_fit", number(splitSeconds, 4)), ("full_fit", number(fullSeconds, 4)),
                                        ("retention", number(retentionSeconds, 4)), ("load", number(loadSeconds, 4)),
                                        ("apply", number(applySeconds, 4))])),
            ("suggested_retention", number(suggestedRetention, 2)),
            ("desired_retention", number(currentRetention, 4)),
            ("applied", applied ? "true" : "false"),
            ("backup", JSONText.string(backup)),
        ])
    }

    func text() -> String {
        var lines: [String] = []
        let used = fit?.trainingReviews ?? 0
        lines.append("Reviews: \(totalReviews) of \(cards) cards; \(used) used (reviews on a later day than the card's previous one).")
        if let defaults = defaultEvaluation, let fitted = fittedEvaluation {
            lines.append("Held-out check: fitted on the first 70% of cards (\(trainReviews ?? 0) reviews), tested on the other \(testCards) (\(fitted.reviews) reviews):")
            lines.append("               log loss   RMSE(bins)")
            lines.append(String(format: "  defaults     %.4f     %.4f", defaults.logLoss, defaults.rmseBins))
            lines.append(String(format: "  fitted       %.4f     %.4f", fitted.logLoss, fitted.rmseBins))
        } else {
            lines.append("Held-out check: too few reviews on the held-out cards to measure.")
        }
        lines.append(String(format: "Time: %.2f s (%.3f s for the held-out fit, %.3f s for the fit on all cards).", seconds, splitSeconds, fullSeconds))
        if let fit {
            let kind = fit.method == .trained ? "Fitted on all cards" : "Too few reviews to train beyond the initial stabilities; fitted w0-w3 on all cards"
            lines.append("\(kind):")
            lines.append("  " + fit.parameters.map { String(format: "%.4f", $0) }.joined(separator: ", "))
        }
        if let suggestedRetention {
            lines.append(String(format: "Suggested desired retention: %.2f (now %.2f): the least study time per card remembered, by simulation.",
                                suggestedRetention, currentRetention))
            lines.append("  To use it, set \"desired_retention\" in \(settingsPath); hone does not change it for you.")
        }
        if applied {
            lines.append("Saved the parameters to \(settingsPath); card states are recomputed with them.")
            if let backup { lines.append(Console.styled("Backup of the old settings: \(backup)", .dim)) }
        } else {
            lines.append("Run `hone optimize --apply` to save these parameters to \(settingsPath).")
        }
        return lines.joined(separator: "\n")
    }
}
