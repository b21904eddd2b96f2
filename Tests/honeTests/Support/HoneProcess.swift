import Foundation
@testable import HoneKit

/// Runs the built `hone` binary with scripted input in a scratch home folder.
struct HoneRun {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Output lines parsed as JSON objects (porcelain).
    var events: [JSONNode] { stdout.split(separator: "\n").compactMap { try? JSONParser.parse(String($0)) } }
}

final class ScratchHome {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("hone-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    var learner: String { path + "/Progress/default" }

    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relative: String) -> String? {
        (try? Data(contentsOf: URL(fileURLWithPath: path + "/" + relative))).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every file under the home with its bytes, to prove that a failing command changed nothing.
    func fingerprint() -> [String: Data] {
        var out: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = path + "/" + relative
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[relative] = FileManager.default.contents(atPath: full)
            } else {
                out[relative + "/"] = Data()
            }
        }
        return out
    }

    @discardableResult
    func run(_ arguments: [String], input: String = "", environment: [String: String] = [:], home: Bool = true) throws -> HoneRun {
        try Hone.run(arguments + (home ? ["--home", path] : []), input: input, environment: environment)
    }
}

enum Hone {
    static let binary: URL = {
        // HONE_TEST_BINARY runs these tests against another build (the release one, say, whose
        // Swift libraries are linked in statically).
        if let path = ProcessInfo.processInfo.environment["HONE_TEST_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        // The test bundle sits in the build products folder, beside the `hone` executable.
        var url = Bundle.main.bundleURL
        if url.pathExtension == "xctest" { url.deleteLastPathComponent() }
        let candidate = url.appendingPathComponent("hone")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { root.deleteLastPathComponent() }
        return root.appendingPathComponent(".build/debug/hone")
    }()

    static func run(_ arguments: [String], input: String, environment: [String: String] = [:],
                    timeout: TimeInterval = 60) throws -> HoneRun {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("HONE_") }
        env["TZ"] = "UTC"
        env["NO_COLOR"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let outData = Locked(Data()), errData = Locked(Data())
        let group = DispatchGroup()
        for (pipe, sink) in [(stdout, outData), (stderr, errData)] {
            group.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                sink.set(data)
                group.leave()
            }
        }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            group.wait()
        }
        process.waitUntilExit()
        return HoneRun(status: process.terminationStatus, stdout: String(decoding: outData.get(), as: UTF8.self),
                       stderr: String(decoding: errData.get(), as: UTF8.self))
    }
}

final class Locked<T>: @unchecked Sendable {
    private var value: T
    private let lock = NSLock()
    init(_ value: T) { self.value = value }
    func get() -> T { lock.withLock { value } }
    func set(_ newValue: T) { lock.withLock { value = newValue } }
}
