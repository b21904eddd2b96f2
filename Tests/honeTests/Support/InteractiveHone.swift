import Foundation
@testable import HoneKit

/// A running `hone` driven line by line (porcelain), for crash and concurrency tests.
final class InteractiveHone: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSCondition()
    private var lines: [String] = []
    private var buffer = Data()
    private var closed = false

    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        process.executableURL = Hone.binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("HONE_") }
        env["TZ"] = "UTC"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.receive(data)
        }
        try process.run()
    }

    private func receive(_ data: Data) {
        lock.lock()
        defer { lock.unlock() }
        if data.isEmpty {
            closed = true
            if !buffer.isEmpty { lines.append(String(decoding: buffer, as: UTF8.self)); buffer = Data() }
        } else {
            buffer.append(data)
            while let newline = buffer.firstIndex(of: 0x0A) {
                lines.append(String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self))
                buffer = Data(buffer[(newline + 1)...])
            }
        }
        lock.broadcast()
    }

    /// The next output line, or nil at end of output or after `timeout`.
    func nextLine(timeout: TimeInterval = 20) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        lock.lock()
        defer { lock.unlock() }
        while lines.isEmpty && !closed {
            if !lock.wait(until: deadline) { return nil }
        }
        return lines.isEmpty ? nil : lines.removeFirst()
    }

    /// The next event that is not a notice, parsed.
    func nextEvent(timeout: TimeInterval = 20) -> JSONNode? {
        while let line = nextLine(timeout: timeout) {
            if let node = try? JSONParser.parse(line), node["event"]?.string != "notice" { return node }
        }
        return nil
    }

    func send(_ line: String) {
        try? input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
    }

    func closeInput() { try? input.fileHandleForWriting.close() }

    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
    }

    /// Waits for the process to end and returns every line it printed that was not read yet.
    func finish() -> (status: Int32, rest: [String]) {
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
        receive(output.fileHandleForReading.readDataToEndOfFile())
        receive(Data())
        lock.lock()
        defer { lock.unlock() }
        let rest = lines
        lines = []
        return (process.terminationStatus, rest)
    }
}
