import FuzzSupport
import HoneKit

/// Typed-answer grading: any response against any answer (split from the input at the first NUL)
/// grades without crashing, and the answer itself is always correct.
@_cdecl("FuzzGrading_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let input = bytes(data, size)
        let parts = input.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        guard parts.count >= 2, !parts[1].isEmpty, parts[1].count < 200, parts[0].count < 200 else { return 0 }
        let key = AnswerKey(answer: parts[1], aliases: parts.count > 2 ? [parts[2]] : [], isMultiValue: parts[1].contains(","))
        _ = Grader.grade(parts[0], against: key)
        if !AnswerNormalizer.normalize(parts[1]).isEmpty, Grader.grade(parts[1], against: key).outcome != .correct {
            fatalError("the answer itself was not accepted: \(parts[1])")
        }
        return 0
    }
}
