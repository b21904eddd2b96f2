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
        guard let bytes = try fileSystem.read(path) else { return nil }
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
        try fileSystem.writeAtomically(target, bytes)
        try prune(stem: stem, ext: ext)
        return target
    }

    /// Backups of files named like `name`, oldest first.
    public func list(_ name: String) throws(FileError) -> [String] {
        let (stem, ext) = Self.split(name)
        return try fileSystem.list(folder).filter { $0.hasPrefix(stem + "-") && $0.hasSuffix(ext) }.sorted()
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
