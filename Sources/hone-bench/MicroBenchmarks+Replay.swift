import Foundation
@_spi(Benchmark) import HoneKit

/// The replay rows, against C's loop: the target is the replay "within 1.5x of C".
extension MicroBenchmarks {
    /// What the replay rows run, each once per round.
    struct ReplayBodies {
        var engine: () -> Void
        var engineOne: () -> Void
        var formulas: () -> Void
    }

    /// C's FSRS loop (`Scripts/bench/floor.c`, run on `journal`), then the engine's replay on all
    /// cores and on one and the formulas alone, each run one after the other after one run not
    /// timed, so that each runs with its data in the caches as C's loop does (it times its loop
    /// right after reading the reviews). Run in turn instead, one run of each per round, the engine
    /// found its data evicted by C's process and took 15% longer on a quiet host. The targets are
    /// 1.5x C's median here, or the anchor's figure when C cannot be built.
    func replayRows(journal: String, bodies: ReplayBodies) -> [MicroResult] {
        let scratch = NSTemporaryDirectory()
        var binary: String?
        switch CFormulas.build(scratch: scratch) {
        case .success(let built): binary = built
        case .failure(let error): log("  c-formulas: not measured (\(error)); replay targets use the anchor's C 37 ms")
        }
        defer { if let binary { unlink(binary) } }
        var times: (c: [Double], engine: [Double], engineOne: [Double], formulas: [Double]) = ([], [], [], [])
        if let built = binary {
            for _ in 0..<runs {
                guard let ms = CFormulas.loopTime(binary: built, journal: journal) else {
                    log("  c-formulas: \(built) failed on \(journal)")
                    binary = nil
                    break
                }
                times.c.append(ms)
            }
        }
        func timed(_ body: () -> Void) -> [Double] {
            body()
            return (0..<runs).map { _ in Monotonic.measure(body).ms }
        }
        times.engine = timed(bodies.engine)
        times.engineOne = timed(bodies.engineOne)
        times.formulas = timed(bodies.formulas)
        let c = binary == nil ? nil : Sample(times.c)
        let target = c.map { 1.5 * $0.median } ?? 57
        let note = c.map { "target: 1.5x C's loop in this run (\(Format.ms($0.median)) ms)" }
            ?? "target: 1.5x the anchor's C 37 ms, plus scheduling (C not measured here)"
        var rows: [MicroResult] = []
        if let c {
            rows.append(MicroResult(id: "c-formulas", title: "C: floor.c's FSRS loop over every review (the anchor's C formulas, here)",
                                    times: c, targetMS: nil, note: "anchor: 37 ms on the issue's machine"))
        }
        let threads = ReviewHistory.defaultParts
        rows.append(MicroResult(id: "replay-engine", title: "FSRS replay as a start without snapshot runs it (group, two cards at a time, \(threads) threads)",
                                times: Sample(times.engine), targetMS: targetsApply ? target : nil, note: note))
        rows.append(MicroResult(id: "replay-engine-1", title: "FSRS replay as a start without snapshot runs it (group, two cards at a time, 1 thread)",
                                times: Sample(times.engineOne), targetMS: targetsApply ? target : nil, note: "one thread, as the anchors' loops; \(note)"))
        rows.append(MicroResult(id: "fsrs-formulas", title: "FSRS formulas alone over every review (memory states)",
                                times: Sample(times.formulas), targetMS: targetsApply ? target : nil, note: "\(note); anchor: C 37 ms, Swift 38 ms"))
        for row in rows {
            log("  \(row.id): median \(Format.ms(row.times.median)) ms (min \(Format.ms(row.times.min)), max \(Format.ms(row.times.max)))")
        }
        return rows
    }
}
