import Foundation
@_spi(Benchmark) import HoneKit

/// The replay rows, against C's loop: the target is the replay "within 1.5x of C".
extension MicroBenchmarks {
    /// What the replay rows run.
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
        var rows: [MicroResult] = []
        var target = 57.0
        var note = "target: 1.5x the anchor's C 37 ms, plus scheduling (C not measured here)"
        switch CFormulas.build(scratch: NSTemporaryDirectory()) {
        case .success(let binary):
            defer { unlink(binary) }
            let times = (0..<runs).compactMap { _ in CFormulas.loopTime(binary: binary, journal: journal) }
            if times.count == runs {
                let c = Sample(times)
                rows.append(MicroResult(id: "c-formulas", title: "C: floor.c's FSRS loop over every review (the anchor's C formulas, here)",
                                        times: c, targetMS: nil, note: "anchor: 37 ms on the issue's machine"))
                log("  c-formulas: median \(Format.ms(c.median)) ms (min \(Format.ms(c.min)), max \(Format.ms(c.max)))")
                target = 1.5 * c.median
                note = "target: 1.5x C's loop in this run (\(Format.ms(c.median)) ms)"
            } else {
                log("  c-formulas: \(binary) failed on \(journal); replay targets use the anchor's C 37 ms")
            }
        case .failure(let error):
            log("  c-formulas: not measured (\(error)); replay targets use the anchor's C 37 ms")
        }
        let engine = "FSRS replay as a start without snapshot runs it (group, two cards at a time"
        bodies.engine()
        rows.append(time("replay-engine", "\(engine), \(ReviewHistory.defaultParts) threads)", target: target, note: note, bodies.engine))
        bodies.engineOne()
        rows.append(time("replay-engine-1", "\(engine), 1 thread)", target: target, note: "one thread, as the anchors' loops; \(note)",
                         bodies.engineOne))
        bodies.formulas()
        rows.append(time("fsrs-formulas", "FSRS formulas alone over every review (memory states)", target: target,
                         note: "\(note); anchor: C 37 ms, Swift 38 ms", bodies.formulas))
        return rows
    }
}
