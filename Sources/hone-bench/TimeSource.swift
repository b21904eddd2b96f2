#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The monotonic clock, in nanoseconds (the bench may read the clock; the engine never does).
enum Monotonic {
    static func nanos() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// Milliseconds since `start` (a value of `nanos()`).
    static func millis(since start: UInt64) -> Double { Double(nanos() &- start) / 1_000_000 }

    /// Runs `body` and returns how long it took in milliseconds, with its result.
    static func measure<T>(_ body: () throws -> T) rethrows -> (ms: Double, value: T) {
        let start = nanos()
        let value = try body()
        return (millis(since: start), value)
    }
}
