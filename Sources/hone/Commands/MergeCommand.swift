import ArgumentParser
import Foundation
import HoneKit

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge another copy of a learner's progress (another device, a sync folder) into this one.",
        discussion: """
            PATH is the other copy's learner folder (holding reviews.jsonl), its reviews.jsonl, or a hone home \
            (then Progress/<learner>/ inside it). Reviews are unioned: the same card, time and rating is the \
            same review. The journal is backed up to backups/ first. Merging twice changes nothing.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The other copy.", valueName: "path"), completion: .directory)
    var path: String

    func run() throws {
        try reportingFailures {
            let context = try HoneContext(global)
            let fileSystem = context.fileSystem
            let source = try locate(path, learner: context.learner, fileSystem: fileSystem)
            let bytes: [UInt8]
            do { bytes = try fileSystem.read(source) ?? [] } catch { throw Failure(error) }
            if Path.directory(of: source) == context.learnerFolder || source == Path.join(context.learnerFolder, "reviews.jsonl") {
                throw Failure.usage("\(path) is this learner's own progress")
            }
            var progress = try context.openProgress()
            let report: LearnerProgress.MergeReport
            do { report = try progress.merge(journal: bytes, from: source, at: context.now()) } catch { throw Failure(error) }
            try? progress.saveSnapshot()
            for warning in report.warnings { Console.error("hone: warning: \(warning)") }
            if report.added == 0 {
                Console.print("Nothing new in \(source): all \(report.alreadyPresent) reviews were here already.")
            } else {
                Console.print("Merged \(report.added) review\(report.added == 1 ? "" : "s") of \(report.cards) card\(report.cards == 1 ? "" : "s") from \(source) (\(report.alreadyPresent) already here).")
                if let backup = report.backup { Console.print(Console.styled("Backup of the journal before the merge: \(backup)", .dim)) }
            }
        }
    }

    private func locate(_ path: String, learner: String, fileSystem: any FileSystem) throws -> String {
        let absolute = HoneContext.absolute(path, cwd: FileManager.default.currentDirectoryPath)
        let candidates = fileSystem.isDirectory(absolute)
            ? [Path.join(absolute, "reviews.jsonl"), Path.join(absolute, "Progress", learner, "reviews.jsonl")]
            : [absolute]
        guard let found = candidates.first(where: { fileSystem.exists($0) && !fileSystem.isDirectory($0) }) else {
            throw Failure(message: "\(path): no reviews.jsonl there (give a learner folder, its reviews.jsonl, or a hone home)", code: 66)
        }
        return found
    }
}
