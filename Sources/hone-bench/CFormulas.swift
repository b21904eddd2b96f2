import Foundation
@_spi(Benchmark) import HoneKit

/// The "FSRS formulas alone" anchor measured on this machine, in this run: `Scripts/bench/floor.c`
/// built with the system's C compiler and run on the workload's journal; it reads and groups the
/// reviews, then times its FSRS loop over them and prints that time (`fsrs_ms`). The replay targets
/// ("within 1.5x of C") are taken against it: the anchor's 37 ms is another machine's figure, and
/// the same loop takes 60-70 ms on this one.
enum CFormulas {
    /// Where the C source is: beside this file's package, as `swift run hone-bench` builds it.
    static var source: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() } // CFormulas.swift, hone-bench, Sources
        return url.appendingPathComponent("Scripts/bench/floor.c").path
    }

    /// Builds the C floor into `scratch` (the caller removes it), or says why it cannot (no
    /// compiler, no source: the targets then fall back to the anchor's figure).
    static func build(scratch: String) -> Result<String, BenchError> {
        guard FileManager.default.fileExists(atPath: source) else { return .failure(BenchError("no \(source)")) }
        let binary = Path.join(scratch, "floor-\(getpid())")
        let compiler = ProcessInfo.processInfo.environment["CC"] ?? "cc"
        guard let built = try? CommandOutput.run(["/usr/bin/env", compiler, "-O2", "-o", binary, source, "-lm"]), built.status == 0 else {
            return .failure(BenchError("\(compiler) could not build \(source)"))
        }
        return .success(binary)
    }

    /// One run of the C floor `binary` over `journal`: the time of its FSRS loop, in milliseconds.
    static func loopTime(binary: String, journal: String) -> Double? {
        guard let run = try? CommandOutput.run([binary, journal]), run.status == 0,
              let node = try? JSONParser.parse(Array(run.text.utf8)) else { return nil }
        return node["fsrs_ms"]?.number
    }
}
