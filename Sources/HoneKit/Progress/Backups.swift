import Foundation

/// Dated copies of a learner's files, taken before anything rewrites them (merge, doctor, an
/// import that replaces a deck, optimize --apply). Kept in `Progress/<learner>/backups/`, the last
/// `keep` of each kind.
public struct Backups: Sendable {
    public let fileSystem: any FileSystem
    public let folder: String
    public var keep = 10

    public init(fileSystem: any FileSystem, learnerFolder: String) {
        self.fileSystem = fileSystem
        folder = Path.join(learnerFolder, "backups")
    }

    /// Copies `path` (if it exists) to `backups/<name>-<UTC time>.<ext>` and prunes old copies of
    /// the same name. Returns the copy's path, or nil when there was nothing to copy.
    @discardableResult
    public func save(_ path: String, at date: Date) throws(FileError) -> String? {
        guard fileSystem.exists(path) else { return nil }
        let name = Path.fileName(of: path)
        let (stem, ext) = Self.split(name)
        try fileSystem.createDirectory(folder)
        let stamp = ISO8601.format(date).replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "")
        var target = Path.join(folder, "\(stem)-\(stamp)\(ext)")
        var counter = 2
        while fileSystem.exists(target) {
            target = Path.join(folder, "\(stem)-\(stamp)-\(counter)\(ext)")
            counter += 1
        }
        guard try fileSystem.copyAtomically(path, to: target) else { return nil }
        try prune(stem: stem, ext: ext)
        return target
    }

    /// Backups of files named like `name`, oldest first. Only `<stem>-<8 digits>T...` counts, so
    /// that the backups of deck `spanish-verbs` are not taken for (and pruned as) those of `spanish`.
    public func list(_ name: String) throws(FileError) -> [String] {
        let (stem, ext) = Self.split(name)
        return try fileSystem.list(folder).filter { file in
            guard file.hasPrefix(stem + "-"), file.hasSuffix(ext) else { return false }
            let stamp = file.utf8.dropFirst(stem.utf8.count + 1)
            return stamp.count > 9 && stamp.prefix(8).allSatisfy { (0x30...0x39).contains($0) } && stamp.dropFirst(8).first == UInt8(ascii: "T")
        }.sorted()
    }

    private func prune(stem: String, ext: String) throws(FileError) {
        let copies = try list(stem + ext)
        guard copies.count > keep else { return }
        for old in copies.prefix(copies.count - keep) { try fileSystem.remove(Path.join(folder, old)) }
    }

    static func split(_ name: String) -> (String, String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
        return (String(name[..<dot]), String(name[dot...]))
    }
}
