import Foundation

/// The decks in a home's `Decks/` folder, loaded by file name (`Decks/<id>.json`).
public struct DeckLibrary: Sendable {
    public let folder: String
    public let fileSystem: any FileSystem

    public init(folder: String, fileSystem: any FileSystem) {
        self.folder = folder
        self.fileSystem = fileSystem
    }

    /// Ids of every deck in the folder, sorted.
    public func deckIDs() throws(DeckError) -> [String] {
        do {
            return try fileSystem.list(folder).filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
        } catch {
            throw .unreadable(path: folder, reason: error.reason)
        }
    }

    public func path(of id: String) -> String { Path.join(folder, id + ".json") }

    public func load(_ id: String) throws(DeckError) -> Deck {
        let path = path(of: id)
        let bytes: [UInt8]?
        do { bytes = try fileSystem.read(path) } catch { throw .unreadable(path: path, reason: error.reason) }
        guard let bytes else { throw .unknownDeck(name: id, known: (try? deckIDs()) ?? []) }
        let cachePath = Path.join(cacheFolder, id + ".deck-cache")
        if let cache = try? fileSystem.read(cachePath), let deck = DeckCache.decode(cache, source: bytes, id: id) {
            return deck
        }
        var deck = try Deck.load(json: bytes, id: id, path: path)
        let blanks = deck.searchClozeBlanks()
        deck.rememberClozeBlanks(blanks)
        // A cache that cannot be written (a read-only folder) only costs time.
        try? fileSystem.createDirectory(cacheFolder)
        try? fileSystem.writeAtomically(cachePath, DeckCache.encode(deck, blanks: blanks, source: bytes))
        return deck
    }

    /// Where parsed decks are kept (`Decks/.cache/<id>.deck-cache`): a hidden folder, never taken for a deck.
    public var cacheFolder: String { Path.join(folder, ".cache") }

    /// The named decks (all when `names` is empty). A name may be a deck id or a unique prefix of one.
    public func load(named names: [String]) throws(DeckError) -> [Deck] {
        let ids = try deckIDs()
        if names.isEmpty { return try ids.map { (id) throws(DeckError) in try load(id) } }
        var decks: [Deck] = []
        for name in names {
            let wanted = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
            let matches = ids.contains(wanted) ? [wanted] : ids.filter { $0.hasPrefix(wanted) }
            guard matches.count == 1 else { throw .unknownDeck(name: name, known: ids) }
            if !decks.contains(where: { $0.id == matches[0] }) { decks.append(try load(matches[0])) }
        }
        return decks
    }
}
