import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress bar on stderr for work that takes more than a moment (a large import):
/// shown only when stderr is a terminal, only once the work has run for half a second, and
/// erased when done, so that quick runs and pipes see nothing of it.
final class ProgressBar {
    private let enabled: Bool
    private let start = Date()
    private var shown = false
    private var lastText = ""

    init(enabled: Bool = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb") {
        self.enabled = enabled
    }

    func update(_ stage: String, _ fraction: Double) {
        guard enabled, Date().timeIntervalSince(start) >= 0.5 else { return }
        let width = 30
        let clamped = min(max(fraction, 0), 1)
        let filled = Int((clamped * Double(width)).rounded())
        let text = "\(stage) [" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            + "] \(Int((clamped * 100).rounded()))%"
        guard text != lastText else { return }
        write("\r" + text.padding(toLength: max(text.count, lastText.count), withPad: " ", startingAt: 0))
        lastText = text
        shown = true
    }

    /// Erases the bar (if it was shown).
    func finish() {
        guard shown else { return }
        write("\r" + String(repeating: " ", count: lastText.count) + "\r")
        shown = false
        lastText = ""
    }

    private func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { Glibc.write(STDERR_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 { if errno == EINTR { continue }; return }
            offset += written
        }
    }
}
