#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The entries of a folder, for completing paths; replaceable in tests.
public struct FileListing: Sendable {
    /// One entry of a folder.
    public struct Entry: Equatable, Sendable {
        /// The entry's name (no folder part).
        public var name: String
        /// Whether it is a folder (following symlinks), completed with a trailing `/`.
        public var isFolder: Bool

        /// An entry named `name`.
        public init(name: String, isFolder: Bool) {
            self.name = name
            self.isFolder = isFolder
        }
    }

    private let list: @Sendable (String) -> [Entry]

    /// A listing of the real file system.
    public init() {
        list = Self.readFolder
    }

    /// A listing answering from `list` (tests).
    public init(_ list: @escaping @Sendable (String) -> [Entry]) {
        self.list = list
    }

    /// The entries of `folder` as typed (`~/` is the home folder); empty when unreadable.
    public func entries(_ folder: String) -> [Entry] {
        list(folder)
    }

    private static func readFolder(_ typed: String) -> [Entry] {
        var folder = typed
        if folder == "~" || folder.hasPrefix("~/"), let home = getenv("HOME") {
            folder = String(cString: home) + folder.dropFirst()
        }
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var info = stat()
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let isFolder = stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            entries.append(Entry(name: name, isFolder: isFolder))
        }
        return entries
    }
}
