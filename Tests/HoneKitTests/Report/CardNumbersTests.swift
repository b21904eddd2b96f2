import Foundation
import Testing
@testable import HoneKit

/// Card numbering: ids found again whatever their length, and the numbering of one part carried
/// into another's (as the parts of a journal read on several threads are joined).
@Suite struct CardNumbersTests {
    let ids = (0..<3000).map { "deck/entry-\($0)/" + ($0 % 2 == 0 ? "term" : "definition") }
        + ["", "é", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "abcdefgi", "bbcdefgh", "abcdefghijklmnop", "abcdefghijklmnopq"]

    @Test func idsOfEveryLengthAreFoundAgain() {
        var numbers = CardNumbers()
        for (index, id) in ids.enumerated() { #expect(numbers.number(id) == Int32(index)) }
        for (index, id) in ids.enumerated().reversed() { #expect(numbers.number(id) == Int32(index)) }
        #expect(numbers.ids == ids)
    }

    @Test func anotherNumberingIsCarriedOver() {
        var first = CardNumbers(), second = CardNumbers()
        for id in ids[..<2000] { _ = first.number(id) }
        for id in ids[1000...].reversed() { _ = second.number(id) }
        let mapped = first.numbers(of: second)
        #expect(mapped.count == second.ids.count)
        for (local, id) in second.ids.enumerated() { #expect(first.ids[Int(mapped[local])] == id) }
        // Cards new to the first numbering follow in the second's order of first appearance.
        #expect(Array(first.ids[2000...]) == second.ids.filter { !ids[..<2000].contains($0) })
    }
}
