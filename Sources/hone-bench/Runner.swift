#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A `hone` process started fresh, with pipes on stdin and stdout (stderr goes to a file), so the
/// bench can time its first line, talk to it, and collect its exit status and peak memory
/// (`wait4`'s rusage, `ru_maxrss`, KiB on Linux).
final class ChildProcess {
    let pid: pid_t
    let startNanos: UInt64
    private(set) var stdinFD: Int32
    private let stdoutFD: Int32
    private let stderrPath: String
    private var pending: [UInt8] = []
    private var eof = false
    private(set) var stdoutBytes = 0

    struct Exit {
        var status: Int32
        var signal: Int32
        var maxRSSKiB: Int
        /// User + system CPU time of the process (less sensitive than wall time to a busy machine).
        var cpuMS: Double
        /// From spawn to `wait4` returning.
        var totalMS: Double
        var stderr: String
        var succeeded: Bool { status == 0 && signal == 0 }
    }

    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts `executable` with `arguments`; `environment` replaces the process's environment.
    /// With `stdinFromNull` the child reads /dev/null (commands that read nothing).
    init(executable: String, arguments: [String], environment: [String: String], stdinFromNull: Bool,
         inheritStderr: Bool = false) throws {
        var inPipe: [Int32] = [0, 0]
        var outPipe: [Int32] = [0, 0]
        guard pipe(&inPipe) == 0, pipe(&outPipe) == 0 else {
            throw SpawnError(description: "pipe: \(String(cString: strerror(errno)))")
        }
        // Only the ends dup'ed onto 0 and 1 reach the child.
        for fd in inPipe + outPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        stderrPath = NSTemporaryDirectory() + "hone-bench-stderr-\(getpid())-\(Monotonic.nanos())"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if stdinFromNull {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        }
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        if !inheritStderr { posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600) }

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        startNanos = Monotonic.nanos()
        let result = posix_spawn(&child, executable, &actions, nil, argv, envp)
        close(inPipe[0])
        close(outPipe[1])
        guard result == 0 else {
            close(inPipe[1])
            close(outPipe[0])
            throw SpawnError(description: "cannot start \(executable): \(String(cString: strerror(result)))")
        }
        pid = child
        if stdinFromNull {
            close(inPipe[1])
            stdinFD = -1
        } else {
            stdinFD = inPipe[1]
        }
        stdoutFD = outPipe[0]
    }

    /// The next line of output without its newline, or nil at end of output.
    func readLine() -> String? {
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return line
            }
            if eof {
                guard !pending.isEmpty else { return nil }
                defer { pending.removeAll() }
                return String(decoding: pending, as: UTF8.self)
            }
            fill()
        }
    }

    /// Reads everything left on stdout; returns all of it when `keep`, else at least its first bytes.
    @discardableResult
    func drain(keep: Bool = false) -> [UInt8] {
        var kept = pending
        pending.removeAll()
        while !eof {
            fill()
            if keep || kept.count < 256 { kept += pending }
            pending.removeAll(keepingCapacity: true)
        }
        return kept
    }

    private func fill() {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(stdoutFD, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 {
                eof = true
                return
            }
            stdoutBytes += count
            pending += chunk[0..<count]
            return
        }
    }

    /// Sends one line (a newline is added).
    func send(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(stdinFD, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    /// Closes the child's stdin (end of input ends a study session cleanly).
    func closeStdin() {
        if stdinFD >= 0 { close(stdinFD) }
        stdinFD = -1
    }

    /// Closes stdin, reads what is left of the output and waits for the process to exit.
    func finish() -> Exit {
        closeStdin()
        drain()
        close(stdoutFD)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            if errno != EINTR { break }
        }
        let total = Monotonic.millis(since: startNanos)
        let stderr = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
        unlink(stderrPath)
        let signal = status & 0x7F
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
        return Exit(status: signal == 0 ? (status >> 8) & 0xFF : 0, signal: signal, maxRSSKiB: Int(usage.ru_maxrss),
                    cpuMS: cpu, totalMS: total, stderr: stderr)
    }

    func kill() { _ = Glibc.kill(pid, SIGKILL) }
}

/// This process's peak resident memory (VmHWM, KiB). A child started with posix_spawn (vfork) gets
/// its parent's peak counted in its own `ru_maxrss` (Linux records the old memory map's peak at
/// exec), so the bench keeps itself small: workloads are generated and micro-benchmarks run in
/// child processes, and a child's max RSS is trusted only when it is above this figure.
enum OwnMemory {
    static func peakKiB() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        }
        return 0
    }
}

/// Starts this executable again (generation and micro-benchmarks run apart from the timing process).
enum SelfProcess {
    static var executable: String { URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path }

    static func run(_ arguments: [String]) throws {
        let child = try ChildProcess(executable: executable, arguments: arguments,
                                     environment: ProcessInfo.processInfo.environment, stdinFromNull: true, inheritStderr: true)
        let exit = child.finish()
        guard exit.succeeded else { throw BenchError("hone-bench \(arguments.first ?? "") failed (exit \(exit.status), signal \(exit.signal))") }
    }
}

/// Runs `hone` commands against one home folder.
struct HoneRunner {
    let executable: String
    let home: String
    let now: String
    /// Extra environment for every run (e.g. TZ).
    var environment: [String: String] = [:]

    /// The environment a run gets: this process's, without HONE_* (which would override the options).
    func environment(adding extra: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("HONE_") }
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        for (key, value) in extra { env[key] = value }
        return env
    }

    func arguments(_ command: [String]) -> [String] {
        command + ["--home", home, "--now", now, "--seed", "1"]
    }

    func start(_ command: [String], extraEnvironment: [String: String] = [:], interactive: Bool) throws -> ChildProcess {
        try ChildProcess(executable: executable, arguments: arguments(command),
                         environment: environment(adding: extraEnvironment), stdinFromNull: !interactive)
    }

    /// The subcommands this build of hone has (from the SUBCOMMANDS part of `hone --help`).
    func subcommands() -> Set<String> {
        guard let child = try? ChildProcess(executable: executable, arguments: ["--help"],
                                            environment: environment(adding: [:]), stdinFromNull: true) else { return [] }
        let text = String(decoding: child.drain(keep: true), as: UTF8.self)
        _ = child.finish()
        var names: Set<String> = []
        var inList = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("SUBCOMMANDS") { inList = true; continue }
            guard inList else { continue }
            if !line.hasPrefix(" ") && !line.isEmpty { break }
            if let word = line.split(separator: " ").first, line.hasPrefix("  "), !line.hasPrefix("       ") { names.insert(String(word)) }
        }
        return names
    }
}
