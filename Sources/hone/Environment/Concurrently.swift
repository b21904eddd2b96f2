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

    /// `body` for 0..<count, shared among `count` threads; the results in order.
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        let results = Results<T>(count)
        DispatchQueue.concurrentPerform(iterations: count) { results.set($0, body($0)) }
        return results.values
    }

    /// One slot per call, each written by its own thread and read after all have finished.
    private final class Results<T>: @unchecked Sendable {
        private var slots: UnsafeMutableBufferPointer<T?>

        init(_ count: Int) { slots = .allocate(capacity: count); slots.initialize(repeating: nil) }
        deinit { slots.deinitialize(); slots.deallocate() }
        func set(_ index: Int, _ value: T) { slots[index] = value }
        var values: [T] { slots.map { $0! } }
    }

    /// Each slot is written by one thread and read after both have finished
    /// (`concurrentPerform` returns only then).
    private final class Slots<A, B>: @unchecked Sendable {
        var first: A?
        var second: B?
    }
}
