import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writing to the terminal: colour only when stdout is a TTY and NO_COLOR is not set, plain text
/// otherwise. Every write is flushed, so a reader on the other end of a pipe sees each line at once.
enum Console {
    static let stdoutIsTTY = isatty(STDOUT_FILENO) == 1
    static let stdinIsTTY = isatty(STDIN_FILENO) == 1
    static let colour: Bool = {
        let environment = ProcessInfo.processInfo.environment
        return stdoutIsTTY && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }()

    enum Style: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", blue = "34", cyan = "36"
    }

    static func styled(_ text: String, _ styles: Style...) -> String {
        guard colour, !styles.isEmpty else { return text }
        return "\u{1B}[" + styles.map(\.rawValue).joined(separator: ";") + "m" + text + "\u{1B}[0m"
    }

    static func print(_ text: String = "") {
        write(text + "\n")
    }

    /// Ends the process once a command's output is written (it is: nothing here is buffered), without
    /// freeing what the command built: tens of thousands of entries, cards and states take
    /// milliseconds to free one by one, and the system takes the memory back at once. Files are
    /// closed and locks released by the system as at any exit; journal writes are already synced.
    static func finish() -> Never {
        exit(0)
    }

    static func write(_ text: String) {
        writeAll(STDOUT_FILENO, text)
    }

    /// Text already in UTF-8 (a large output made as bytes).
    static func write(bytes: [UInt8]) {
        writeAll(STDOUT_FILENO, bytes)
    }

    static func error(_ text: String) {
        writeAll(STDERR_FILENO, text + "\n")
    }

    /// Unbuffered: each line reaches a pipe at once, and nothing is lost if the process is killed.
    private static func writeAll(_ fd: Int32, _ text: String) {
        writeAll(fd, Array(text.utf8))
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        var bytes = bytes
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    /// Terminal width for layout (80 when unknown).
    static var width: Int {
        var size = winsize()
        if stdoutIsTTY, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 80
    }
}
