import ArgumentParser
import Foundation
import HoneKit

struct OptimizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "optimize",
        abstract: "Fit FSRS's 21 parameters to your review history.",
        discussion: """
            First checks the fit on a split by card (cards in order of their first review: the first 70% \
            fitted, the rest held out) and prints log loss and RMSE(bins) on the held-out cards with the \
            default and the fitted parameters. Then fits on all cards: those are the parameters it prints \
            and, with --apply, saves to settings.json (after a copy to backups/); card states are \
            recomputed with them. It also suggests a desired retention (found by simulation) but never \
            applies it. Fitting needs at least 64 reviews made on a later day than the card's previous \
            review; with fewer it says how many more and changes nothing (exit 65). The same history \
            and --seed give the same parameters.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Save the fitted parameters to the learner's settings.json (the old file is backed up first).")
    var apply = false

    @Flag(help: "Print one JSON object: reviews, parameters, log_loss {default, fitted}, rmse_bins {default, fitted}, seconds, ...")
    var json = false

    @Option(help: ArgumentHelp("Fit this review log (py-fsrs CSV: card_id, review_rating, review_time, review_duration) instead of the learner's journal.",
                               valueName: "file.csv"), completion: .file(extensions: ["csv"]))
    var reviews: String?

    @Flag(help: "Skip the desired-retention simulation.")
    var noRetention = false

    func run() throws {
        try reportingFailures {
            let context = try HoneContext(global)
            let settings = try loadSettings(context)
            var optimizer = FSRSOptimizer()
            optimizer.configuration.seed = optimizerSeed()
            optimizer.configuration.relearningSteps = max(settings.scheduling.relearningSteps.count, 1)
            // The log and everything made from it are released before --apply opens the progress.
            var result = try fit(optimizer: optimizer, settings: settings, context: context)
            result.currentRetention = settings.scheduling.desiredRetention
            if apply, let fit = result.fit {
                let applyStarted = Date()
                result.backup = try applyParameters(fit.parameters, context: context)
                result.applySeconds = Date().timeIntervalSince(applyStarted)
            }
            result.settingsPath = Path.join(context.learnerFolder, "settings.json")
            result.applied = apply
            Console.print(json ? result.json() : result.text())
        }
    }

    /// The check on held-out cards, the fit on all of them and the suggested retention.
    private func fit(optimizer: FSRSOptimizer, settings: LearnerSettings, context: HoneContext) throws -> OptimizeResult {
        let started = Date()
        let log = try loadLog(context)
        let sequences = ReviewSequences(log, calendar: settings.scheduling.calendar)
        let found = sequences.longTermReviewCount
        guard found >= FSRSOptimizer.minimumReviews else {
            throw Failure(message: OptimizerError.notEnoughReviews(found: found, needed: FSRSOptimizer.minimumReviews).description
                + "; nothing was changed", code: 65)
        }
        var result = OptimizeResult(totalReviews: log.count, cards: sequences.cardCount)
        result.loadSeconds = Date().timeIntervalSince(started)
        let bar = ProgressBar()
        let fitStarted = Date()

        // The check on held-out cards.
        do {
            let (train, test) = sequences.splitByCard()
            let splitStarted = Date()
            let splitFit = try? optimizer.fit(train) { bar.update("checking on held-out cards", $0) }
            result.splitSeconds = Date().timeIntervalSince(splitStarted)
            if let splitFit {
                result.trainReviews = splitFit.trainingReviews
                result.defaultEvaluation = ModelEvaluation(parameters: FSRSParameters.defaultWeights, sequences: test)
                result.fittedEvaluation = ModelEvaluation(parameters: splitFit.parameters, sequences: test)
            }
            result.testCards = test.cardCount
        }

        // The fit on everything.
        let fullStarted = Date()
        let fit: FSRSOptimizer.Fit
        do throws(OptimizerError) { fit = try optimizer.fit(sequences) { bar.update("fitting on all cards", $0) } } catch {
            bar.finish()
            throw Failure(message: error.description + "; nothing was changed", code: 65)
        }
        result.fullSeconds = Date().timeIntervalSince(fullStarted)
        result.fit = fit
        result.seconds = Date().timeIntervalSince(fitStarted)

        if !noRetention {
            let retentionStarted = Date()
            let simulation = RetentionSimulation.Configuration(log: log, sequences: sequences, settings: settings.scheduling)
            result.suggestedRetention = try? OptimalRetention.find(parameters: fit.parameters, configuration: simulation) {
                bar.update("simulating desired retention", $0)
            }
            result.retentionSeconds = Date().timeIntervalSince(retentionStarted)
        }
        bar.finish()
        return result
    }

    private func optimizerSeed() -> UInt64 {
        if let seed = global.seed { return seed }
        if let text = ProcessInfo.processInfo.environment["HONE_SEED"], let seed = UInt64(text) { return seed }
        return FSRSOptimizer.Configuration().seed
    }

    private func loadSettings(_ context: HoneContext) throws -> LearnerSettings {
        let path = Path.join(context.learnerFolder, "settings.json")
        do {
            guard let bytes = try context.fileSystem.read(path) else {
                var settings = LearnerSettings()
                settings.scheduling.calendar.timeZone = context.timeZone
                return settings
            }
            return try LearnerSettings.parse(bytes, path: path, timeZone: context.timeZone)
        } catch let error as FileError { throw Failure(error) } catch let error as ProgressError { throw Failure(error) }
    }

    private func loadLog(_ context: HoneContext) throws -> ReviewLog {
        if let reviews {
            let path = HoneContext.absolute(reviews, cwd: FileManager.default.currentDirectoryPath)
            let bytes: [UInt8]
            do {
                guard let read = try context.fileSystem.read(path) else {
                    throw Failure(message: "\(reviews): no such file", code: 66)
                }
                bytes = read
            } catch let error as FileError { throw Failure(error) }
            do { return ReviewLog(try ReviewLogCSV.parse(bytes, path: reviews)) } catch { throw Failure(message: error.description, code: 65) }
        }
        let path = Path.join(context.learnerFolder, "reviews.jsonl")
        do {
            return try ReviewLog.read(fileSystem: context.fileSystem, path: path)
        } catch { throw Failure(error) }
    }

    /// Backs up settings.json, writes the parameters into it, and rebuilds the card-state snapshot.
    private func applyParameters(_ parameters: [Double], context: HoneContext) throws -> String? {
        let fileSystem = context.fileSystem
        let path = Path.join(context.learnerFolder, "settings.json")
        do {
            let existing = try fileSystem.read(path)
            let updated = try SettingsParameters.updated(existing, parameters: parameters, path: path)
            _ = try LearnerSettings.parse(updated, path: path, timeZone: context.timeZone) // never write what cannot be read back
            let backup = try Backups(fileSystem: fileSystem, learnerFolder: context.learnerFolder).save(path, at: context.now())
            try fileSystem.createDirectory(context.learnerFolder)
            try fileSystem.writeAtomically(path, updated)
            var progress = try context.openProgress() // the snapshot's settings fingerprint changed: states are replayed
            try? progress.saveSnapshot()
            return backup
        } catch let error as FileError { throw Failure(error) } catch let error as ProgressError { throw Failure(error) }
    }
}
