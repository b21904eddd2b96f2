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
}
