import Foundation
import Testing
@testable import HoneKit

/// The deck cache (`Decks/.cache/<id>.deck-cache`) gives the deck and cards the JSON gives, and a
/// stale or damaged cache is ignored and written again.
@Suite struct DeckCacheTests {
    static let bundledBytes: [UInt8] = {
        (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: TestDecks.repositoryRoot + "/Decks/foundation-models.json")))) ?? []
    }()

    static func library(_ json: [UInt8] = bundledBytes) throws -> (DeckLibrary, InMemoryFileSystem) {
        let fs = InMemoryFileSystem()
        try fs.createDirectory("/home/Decks")
        try fs.writeAtomically("/home/Decks/fm.json", json)
        return (DeckLibrary(folder: "/home/Decks", fileSystem: fs), fs)
    }

    static let cachePath = "/home/Decks/.cache/fm.deck-cache"

    /// Everything a deck yields: equal content, the same cards, the same blanks and prompts.
    static func same(_ deck: Deck, asJSON json: [UInt8]) throws -> Bool {
        let plain = try Deck.load(json: json, id: "fm", path: "/home/Decks/fm.json")
        let blanks = deck.clozeBlanks(), expected = plain.searchClozeBlanks()
        return deck == plain && deck.cards == plain.cards && blanks.count == expected.count
            && zip(blanks, expected).allSatisfy { $0.entry == $1.entry && $0.blank == $1.blank && $0.blank.prompt == $1.blank.prompt }
    }

    @Test func aSecondLoadReadsTheCacheAndGivesTheSameDeck() throws {
        let (library, fs) = try Self.library()
        let first = try library.load("fm")
        let cache = try #require(try fs.read(Self.cachePath))
        let second = try library.load("fm")
        #expect(second.clozeMemo != nil)
        #expect(try fs.read(Self.cachePath) == cache)
        #expect(try Self.same(first, asJSON: Self.bundledBytes))
        #expect(try Self.same(second, asJSON: Self.bundledBytes))
        #expect(!second.clozeBlanks().isEmpty)
        #expect(try library.deckIDs() == ["fm"])
    }

    @Test func anEditedDeckIsReadAgain() throws {
        let (library, fs) = try Self.library()
        _ = try library.load("fm")
        let old = try #require(try fs.read(Self.cachePath))
        var text = String(decoding: Self.bundledBytes, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"entries\": [", with: "\"entries\": [{\"term\": \"zebra stripe\", \"definition\": \"A cached test entry about 2024.\"},")
        let edited = Array(text.utf8)
        try fs.writeAtomically("/home/Decks/fm.json", edited)
        let deck = try library.load("fm")
        #expect(deck.entries.first?.term == "zebra stripe")
        #expect(try Self.same(deck, asJSON: edited))
        #expect(try fs.read(Self.cachePath) != old)
        #expect(try Self.same(try library.load("fm"), asJSON: edited))
    }

    @Test func aDamagedCacheIsIgnoredAndWrittenAgain() throws {
        let (library, fs) = try Self.library()
        _ = try library.load("fm")
        let good = try #require(try fs.read(Self.cachePath))
        var random = SplitMix64(seed: 11)
        var damaged: [[UInt8]] = [[], Array(good.prefix(8)), Array(good.dropLast()), good + [0], Array(repeating: 0, count: good.count)]
        for position in [0, 8, 16, 24, 40, 48, 56, 100, good.count / 2, good.count - 1] {
            var copy = good
            copy[position] ^= 0x01
            damaged.append(copy)
        }
        for _ in 0..<20 {
            var copy = good
            copy[Int.random(in: 0..<copy.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            damaged.append(copy)
        }
        for bytes in damaged {
            try fs.writeAtomically(Self.cachePath, bytes)
            let deck = try library.load("fm")
            #expect(try Self.same(deck, asJSON: Self.bundledBytes))
            #expect(try fs.read(Self.cachePath) == good)
        }
    }

    @Test func anUnwritableFolderOnlyCostsTime() throws {
        let (library, fs) = try Self.library()
        fs.failWrites = .io
        #expect(try Self.same(try library.load("fm"), asJSON: Self.bundledBytes))
        #expect(try fs.read(Self.cachePath) == nil)
    }

    @Test func rememberedBlanksAreDroppedWhenTheDeckChanges() throws {
        let (library, _) = try Self.library()
        _ = try library.load("fm")
        var deck = try library.load("fm")
        #expect(deck.clozeMemo != nil)
        deck.entries.removeFirst(3)
        deck.tables.removeAll()
        let blanks = deck.clozeBlanks(), expected = deck.searchClozeBlanks()
        #expect(blanks.count == expected.count)
        #expect(zip(blanks, expected).allSatisfy { $0.entry == $1.entry && $0.blank == $1.blank })
        var plain = deck
        plain.clozeMemo = nil
        #expect(plain == deck)
    }

    @Test func generatedDecksRoundTrip() throws {
        for seed in 0..<8 {
            var deck = DeckClozeParityTests.generated(seed: UInt64(seed))
            deck.id = "g"
            deck.tables[0].prompts = ["Lab": .init(forward: "Who made {key}?", reverse: nil)]
            deck.sequences = [DeckSequence(title: "Steps", items: ["one", "two"], line: 7)]
            let blanks = deck.searchClozeBlanks()
            let source = Array("source \(seed)".utf8)
            let cache = DeckCache.encode(deck, blanks: blanks, source: source)
            let decoded = try #require(DeckCache.decode(cache, source: source, id: "g"))
            #expect(decoded == deck)
            #expect(decoded.cards == deck.makeCards())
            #expect(decoded.cards.contains { if case .cloze = $0.fact { true } else { false } })
            #expect(decoded.cards.contains { if case .rowFor = $0.fact { true } else { false } })
            let again = decoded.clozeBlanks()
            #expect(again.count == blanks.count)
            #expect(zip(again, blanks).allSatisfy { $0.entry == $1.entry && $0.blank == $1.blank && $0.blank.prompt == $1.blank.prompt })
            #expect(DeckCache.decode(cache, source: Array("other".utf8), id: "g") == nil)
            #expect(DeckCache.decode(cache, source: source, id: "h") == nil)
        }
    }
}
