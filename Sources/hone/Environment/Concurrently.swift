import Foundation

/// Two independent pieces of work run at the same time, on two threads.
enum Concurrently {
    static func run<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let slots = Slots<A, B>()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { slots.first = first() } else { slots.second = second() }
        }
        return (slots.first!, slots.second!)
    }

    /// Each slot is written by one thread and read after both have finished
    /// (`concurrentPerform` returns only then).
    private final class Slots<A, B>: @unchecked Sendable {
        var first: A?
        var second: B?
    }
}
