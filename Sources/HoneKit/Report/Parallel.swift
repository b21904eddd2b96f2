import Foundation

/// Work shared among threads (a large journal, a long output): `map` runs `body` for 0..<count,
/// each call on a thread of its own, and returns the results in order. Each call writes only its
/// own slot.
public enum Parallel {
    public static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        let slots = Slots<T>(count)
        DispatchQueue.concurrentPerform(iterations: count) { slots.set($0, body($0)) }
        return slots.values
    }

    /// Slots written once each, by distinct threads, and read after they have all finished.
    private final class Slots<T>: @unchecked Sendable {
        private let pointer: UnsafeMutablePointer<T?>
        private let count: Int

        init(_ count: Int) {
            self.count = count
            pointer = .allocate(capacity: count)
            pointer.initialize(repeating: nil, count: count)
        }

        deinit {
            pointer.deinitialize(count: count)
            pointer.deallocate()
        }

        func set(_ index: Int, _ value: T) { pointer[index] = value }

        var values: [T] { (0..<count).map { pointer[$0]! } }
    }

    /// A buffer that several threads write at once, each only the elements that are its own (for
    /// plain values such as the review columns, which need no deinitialization).
    struct SharedBuffer<Element>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Element>
    }
}
