#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failure to read or write a file, with the path and the system's reason.
public struct IOFailure: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The system's reason, lowercased to read inside a sentence: `no such file or directory`.
    init(path: String, errno code: Int32) {
        let text = String(cString: strerror(code))
        self.init(path: path, reason: text.prefix(1).lowercased() + text.dropFirst())
    }

    public var description: String { "\(path): \(reason)" }
}

/// Files and folders, through the C library: no Foundation on the load path.
public enum FileSystem {
    /// The whole file as bytes.
    public static func read(_ path: String) throws(IOFailure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw IOFailure(path: path, errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw IOFailure(path: path, errno: errno) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw IOFailure(path: path, reason: "is a folder") }
        let size = max(Int(info.st_size), 0)
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            initialized = readFully(fd, into: UnsafeMutableRawBufferPointer(buffer), failure: &failure)
        }
        // Files whose size stat does not know (pipes, /proc) or that grew: read on in chunks.
        // A small probe first, so the common case costs no large buffer.
        var chunkSize = 512
        while failure == 0 {
            let chunk = [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, initialized in
                initialized = readFully(fd, into: UnsafeMutableRawBufferPointer(buffer), failure: &failure)
            }
            if chunk.isEmpty { break }
            bytes += chunk
            chunkSize = 65536
        }
        if failure != 0 { throw IOFailure(path: path, errno: failure) }
        return bytes
    }

    /// The first `count` bytes of a file (fewer when it is shorter).
    public static func readPrefix(_ path: String, count: Int) throws(IOFailure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw IOFailure(path: path, errno: errno) }
        defer { close(fd) }
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = readFully(fd, into: UnsafeMutableRawBufferPointer(buffer), failure: &failure)
        }
        if failure != 0 { throw IOFailure(path: path, errno: failure) }
        return bytes
    }

    /// Reads until `buffer` is full or the file ends; returns the count read.
    private static func readFully(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, failure: inout Int32) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var got = 0
        while got < buffer.count {
            let n = Glibc.read(fd, base + got, buffer.count - got)
            if n < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            if n == 0 { break }
            got += n
        }
        return got
    }

    /// Writes `bytes` to `path` atomically: a temporary file beside it, flushed, then renamed
    /// over the target, so a reader never sees half a file and a crash never leaves one.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(IOFailure) {
        let directory = parentDirectory(of: path)
        var template = Array((directory + "/.mkt-tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else { throw IOFailure(path: path, errno: errno) }
        let tempPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count, let base = raw.baseAddress {
                let n = write(fd, base + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += n
            }
        }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        fchmod(fd, 0o644)
        close(fd)
        if failure == 0 && rename(tempPath, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(tempPath)
            throw IOFailure(path: path, errno: failure)
        }
    }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The names in a folder (not `.` and `..`), in byte order.
    public static func list(_ directory: String) throws(IOFailure) -> [String] {
        guard let dir = opendir(directory) else { throw IOFailure(path: directory, errno: errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// The paths matching a shell pattern (`*`, `?`, `[...]`, `~`), sorted; empty when none.
    public static func glob(_ pattern: String) -> [String] {
        var g = glob_t()
        defer { globfree(&g) }
        // GLOB_NOSORT: sorted below by bytes, as folders are, whatever the locale's collation.
        guard Glibc.glob(pattern, GLOB_TILDE | GLOB_BRACE | GLOB_NOSORT, nil, &g) == 0 else { return [] }
        var paths: [String] = []
        for i in 0..<Int(g.gl_pathc) {
            if let p = g.gl_pathv[i] { paths.append(String(cString: p)) }
        }
        return paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    public static func hasGlobCharacters(_ path: String) -> Bool {
        path.contains { $0 == "*" || $0 == "?" || $0 == "[" || $0 == "{" }
    }

    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
