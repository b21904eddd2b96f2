import CReadline
import Foundation
import HoneKit

/// Where answers come from: readline on a terminal, plain lines otherwise.
protocol LineInput {
    /// The next line without its newline, or nil at end of input (Ctrl-D) or on Ctrl-C.
    mutating func readLine(prompt: String) -> String?
    /// True when input ended because of Ctrl-C.
    var interrupted: Bool { get }
    mutating func close()
}

/// GNU readline: line editing, a history file in the learner's folder, Tab completion of words.
struct ReadlineInput: LineInput {
    let historyPath: String?

    init(historyPath: String?, completions: [String]) {
        self.historyPath = historyPath
        hone_readline_setup("hone")
        hone_clear_interrupted()
        var pointers = completions.map { strdup($0) }
        pointers.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) {
                hone_set_completion_words($0, Int32(buffer.count))
            }
        }
        pointers.forEach { free($0) }
        if let historyPath { _ = read_history(historyPath) }
    }

    var interrupted: Bool { hone_was_interrupted() != 0 }

    mutating func readLine(prompt: String) -> String? {
        guard !interrupted, let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        if interrupted { return nil }
        let line = String(cString: raw)
        if !line.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(line)
            if let historyPath {
                if append_history(1, historyPath) != 0 { _ = write_history(historyPath) }
                _ = history_truncate_file(historyPath, 1000)
            }
        }
        return line
    }

    mutating func close() {}
}

/// Plain lines from stdin (pipes, scripts, `--porcelain`).
struct PlainInput: LineInput {
    init() { hone_install_sigint_flag() }

    var interrupted: Bool { hone_was_interrupted() != 0 }

    mutating func readLine(prompt: String) -> String? {
        if !prompt.isEmpty { Console.write(prompt) }
        guard !interrupted, let line = Swift.readLine(strippingNewline: true) else { return nil }
        return line.hasSuffix("\r") ? String(line.dropLast()) : line
    }

    mutating func close() {}
}
