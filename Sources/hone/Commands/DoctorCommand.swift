import ArgumentParser
import Foundation
import HoneKit

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check a learner's files and move bad journal lines aside.",
        discussion: """
            Lists journal lines that are not reviews, an unreadable settings file and an unreadable snapshot. \
            With your confirmation (or --yes) it backs up the journal, moves the bad lines to \
            reviews.bad.jsonl and removes an unreadable snapshot (it is rebuilt). Settings are never rewritten.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Repair without asking.")
    var yes = false

    func run() throws {
        try reportingFailures {
            let context = try HoneContext(global)
            let doctor = JournalDoctor(fileSystem: context.fileSystem, learnerFolder: context.learnerFolder)
            let findings: JournalDoctor.Findings
            do { findings = try doctor.examine(timeZone: context.timeZone) } catch { throw Failure(error) }
            let journal = Path.join(context.learnerFolder, "reviews.jsonl")
            Console.print("\(journal): \(findings.reviews) reviews, \(findings.badLines.count) bad line\(findings.badLines.count == 1 ? "" : "s")")
            for bad in findings.badLines.prefix(20) {
                let text = TerminalSafe.clean(String(decoding: bad.bytes.prefix(60), as: UTF8.self))
                Console.print("  line \(bad.line): \(bad.message): \(text)")
            }
            if findings.badLines.count > 20 { Console.print("  … and \(findings.badLines.count - 20) more") }
            if let settings = findings.settingsError { Console.print("settings: \(settings) (fix it by hand; hone does not rewrite it)") }
            if findings.snapshotUnreadable { Console.print("snapshot: unreadable (a cache; it will be rebuilt)") }
            guard !findings.badLines.isEmpty || findings.snapshotUnreadable else {
                if findings.isHealthy { Console.print("All good.") }
                if findings.settingsError != nil { throw ExitCode(65) }
                return
            }
            if !yes {
                guard Console.stdinIsTTY else {
                    throw Failure(message: "not repaired: run `hone doctor --yes` to move the bad lines to reviews.bad.jsonl", code: 65)
                }
                Console.write("Back up the journal and move the bad lines to reviews.bad.jsonl? [y/N] ")
                guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased()) else {
                    Console.print("Nothing changed.")
                    return
                }
            }
            let backup: String?
            do { backup = try doctor.repair(at: context.now()) } catch { throw Failure(error) }
            if !findings.badLines.isEmpty {
                Console.print("Moved \(findings.badLines.count) line\(findings.badLines.count == 1 ? "" : "s") to \(doctor.badLinesPath).")
            }
            if let backup { Console.print(Console.styled("Backup of the journal: \(backup)", .dim)) }
            if findings.settingsError != nil { throw ExitCode(65) }
        }
    }
}
