import Foundation
import Testing
@testable import HoneKit

/// `CardStates` behaves as a `[String: CardState]`: the same answers to every lookup after any mix of
/// inserts, updates and removals, equality by content, iteration over every pair once.
@Suite struct CardStatesTests {
    static func state(_ reps: Int) -> CardState {
        var state = CardState()
        state.reps = reps
        state.phase = .review
        state.stability = Double(reps) / 3
        return state
    }

    @Test func behavesAsADictionary() {
        var random = SplitMix64(seed: 17)
        var states = CardStates()
        var model: [String: CardState] = [:]
        // Ids of every length around the 8-byte words the hash reads, many sharing prefixes.
        let ids = (0..<300).map { index -> String in
            let stem = String(repeating: "x", count: index % 19)
            return index % 3 == 0 ? "deck/\(stem)\(index)/term" : "\(stem)\(index)é"
        }
        for step in 0..<5_000 {
            let id = ids.randomElement(using: &random)!
            switch Int.random(in: 0..<10, using: &random) {
            case 0:
                states[id] = nil
                model[id] = nil
            default:
                states[id] = Self.state(step)
                model[id] = Self.state(step)
            }
            if step % 250 == 0 {
                #expect(states.count == model.count)
                #expect(ids.allSatisfy { states[$0] == model[$0] })
            }
        }
        #expect(states.dictionary == model)
        #expect(Set(states.keys) == Set(model.keys))
        var seen: [String: CardState] = [:]
        for (id, state) in states { seen[id] = state }
        #expect(seen == model)
        #expect(states == CardStates(model))
        #expect(states[""] == nil && states["deck/unknown"] == nil)
    }

    @Test func equalityIsByContentNotOrder() {
        let a = CardStates(uniqueIDs: ["a", "b", "c"], states: [Self.state(1), Self.state(2), Self.state(3)])
        var b = CardStates()
        b["c"] = Self.state(3); b["a"] = Self.state(1); b["b"] = Self.state(2)
        #expect(a == b)
        b["b"] = Self.state(9)
        #expect(a != b)
        b["b"] = nil
        #expect(a != b && b.count == 2)
        #expect(CardStates() == CardStates([:]) && CardStates().isEmpty)
    }

    @Test func theStableOrderDependsOnlyOnTheIDs() {
        let ids = (0..<500).map { "d/entry-\($0)/\($0 % 2 == 0 ? "term" : "definition")" }
        var forward = CardStates(), backward = CardStates()
        for (index, id) in ids.enumerated() { forward[id] = Self.state(index) }
        for (index, id) in ids.enumerated().reversed() { backward[id] = Self.state(index) }
        let a = forward.inStableOrder(), b = backward.inStableOrder()
        #expect(a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value))
        #expect(Set(a.map(\.key)) == Set(ids) && a.count == ids.count)
        let snapshot = { (states: CardStates) in
            Snapshot(settingsFingerprint: "f", journalLength: 0, journalLines: 0, lastLineHash: "", states: states, tally: ReviewTally()).encoded()
        }
        #expect(snapshot(forward) == snapshot(backward))
    }

    @Test func manyStatesGrowTheTable() {
        var states = CardStates()
        for index in 0..<20_000 { states["bench/entry-\(index)/definition"] = Self.state(index) }
        #expect(states.count == 20_000)
        let found = (0..<20_000).filter { index in states["bench/entry-\(index)/definition"].map { $0.reps == index } ?? false }
        #expect(found.count == 20_000)
        #expect(states["bench/entry-20000/definition"] == nil)
    }
}
