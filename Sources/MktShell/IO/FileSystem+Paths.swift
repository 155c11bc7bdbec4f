#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which file a path names: what tells a file loaded again from another of the same name.
extension FileSystem {
    /// The path with symbolic links, `.` and `..` resolved, from the root (realpath); nil when
    /// it names nothing or cannot be resolved.
    public static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path` is itself a symbolic link (lstat); nil when it names nothing.
    public static func isSymbolicLink(_ path: String) -> Bool? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// The current directory, nil when it cannot be had (removed, too long).
    public static func currentDirectory() -> String? {
        guard let cwd = getcwd(nil, 0) else { return nil }
        defer { free(cwd) }
        return String(cString: cwd)
    }

    /// `path` from the root: after `directory` (the current one) when relative, `.`, `..` and
    /// repeated slashes taken away by name (symbolic links are left as they are written).
    public static func absolutePath(_ path: String, in directory: String?) -> String {
        let joined = path.hasPrefix("/") ? path : (directory ?? "") + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
