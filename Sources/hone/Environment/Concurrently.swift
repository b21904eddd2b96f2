import Foundation

/// Independent pieces of work run at the same time.
enum Concurrently {
    /// `first` on a thread of its own while `second` runs on this one (which may itself share its
    /// work among threads: `DispatchQueue.concurrentPerform` inside another would run serially).
    static func run<A: Sendable, B: Sendable>(_ first: @escaping @Sendable () -> A, _ second: () -> B) -> (A, B) {
        let slot = Slot<A>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            slot.value = first()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        let result = second()
        done.wait()
        return (slot.value!, result)
    }

    /// Written by the other thread before it signals, read after the wait.
    private final class Slot<T>: @unchecked Sendable {
        var value: T?
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
}
