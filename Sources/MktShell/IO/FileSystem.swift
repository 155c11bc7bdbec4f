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
        return try read(fd: fd, name: path)
    }

    /// The rest of an open file (standard input, a pipe) as bytes; `name` is for errors.
    public static func read(fd: Int32, name path: String) throws(IOFailure) -> [UInt8] {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw IOFailure(path: path, errno: errno) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw IOFailure(path: path, reason: "is a folder") }
        let size = max(Int(info.st_size), 0)
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            initialized = readFully(fd, into: UnsafeMutableRawBufferPointer(buffer), failure: &failure)
        }
        // A regular file is read as large as it was when opened: one read, no probe for more
        // (an archive load reads 100 000 of them). Files whose size stat does not know (pipes,
        // /proc) are read on in chunks, a small probe first.
        if failure == 0, (info.st_mode & S_IFMT) == S_IFREG, size > 0, bytes.count == size { return bytes }
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

    /// Writes what `produce` writes into the stream it is given to `path`, atomically: into a
    /// new file beside it, renamed over it once complete, so the file is never seen
    /// half-written and a crash never leaves one. The stream writes as `produce` goes, so a huge
    /// result is never held whole.
    ///
    /// A symbolic link is followed and its target replaced (a dangling link's target is
    /// created); an existing file keeps its permission bits and, where allowed, its owner, and
    /// one the user may not write is an error rather than replaced. A new file gets 0666 less
    /// the umask. A device, a pipe, or the file behind our own standard output or error
    /// (`/dev/stdout`) is written in place: there is nothing to rename over.
    /// `produce` returns false to give up (Ctrl-C): the file is then left as it was and this
    /// returns false.
    public static func writeAtomically(
        to path: String, _ produce: (StandardStream) -> Bool
    ) throws(IOFailure) -> Bool {
        var info = stat()
        var mode: mode_t?
        var owner: (uid: uid_t, gid: gid_t)?
        if stat(path, &info) == 0 {
            if let fd = standardDescriptor(matching: info) {
                return try writeInPlace(fd: fd, path: path, produce)
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: throw IOFailure(path: path, reason: "is a folder")
            case S_IFREG: break
            default:
                let fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
                guard fd >= 0 else { throw IOFailure(path: path, errno: errno) }
                defer { close(fd) }
                return try writeInPlace(fd: fd, path: path, produce)
            }
            // The kernel decides who may write (mode, ACLs, a read-only file system); the
            // rename alone would only ask the folder.
            // (faccessat can answer from the mode bits alone where glibc emulates AT_EACCESS.)
            let probe = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
            guard probe >= 0 else { throw IOFailure(path: path, errno: errno) }
            close(probe)
            mode = info.st_mode & 0o777
            owner = (info.st_uid, info.st_gid)
        } else if errno != ENOENT {
            throw IOFailure(path: path, errno: errno)
        }

        let target = try resolvingLinks(path)
        let directory = parentDirectory(of: target)
        // Created 0666, so the kernel applies the umask to a new file (reading the umask
        // would mean setting it, process-wide); an existing file's mode is put back below.
        let (fd, tempPath) = try createTemporary(in: directory, for: path)
        let stream = StandardStream(fd: fd)
        let completed = produce(stream)
        stream.flush()
        var failure = stream.error
        if completed, failure == 0, let mode, fchmod(fd, mode) != 0 { failure = errno }
        if completed, failure == 0, let owner, owner.uid != geteuid() || owner.gid != getegid() {
            // Keep the owner when allowed (root saving a user's file), else at least the group
            // when we belong to it; otherwise the file is ours.
            if fchown(fd, owner.uid, owner.gid) != 0 { _ = fchown(fd, uid_t.max, owner.gid) }
        }
        if completed && failure == 0 && fsync(fd) != 0 { failure = errno }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if completed && failure == 0 && rename(tempPath, target) != 0 { failure = errno }
        if !completed || failure != 0 {
            unlink(tempPath)
            if failure != 0 { throw IOFailure(path: path, errno: failure) }
            return false
        }
        // Make the rename itself durable; failing here loses nothing already written.
        let dir = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 {
            fsync(dir)
            close(dir)
        }
        return true
    }

    /// A new file beside the target, named `.mkt-tmp-` and random letters, opened for writing.
    private static func createTemporary(in directory: String, for path: String) throws(IOFailure) -> (Int32, String) {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let suffix = String((0..<10).map { _ in letters[Int(generator.next() % UInt64(letters.count))] })
            let name = directory + "/.mkt-tmp-" + suffix
            let fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY, 0o666)
            if fd >= 0 { return (fd, name) }
            if errno != EEXIST { throw IOFailure(path: path, errno: errno) }
        }
        throw IOFailure(path: path, errno: EEXIST)
    }

    /// Standard output or error when `info` is the file behind it.
    private static func standardDescriptor(matching info: stat) -> Int32? {
        for fd: Int32 in [STDOUT_FILENO, STDERR_FILENO] {
            var opened = stat()
            if fstat(fd, &opened) == 0, opened.st_dev == info.st_dev, opened.st_ino == info.st_ino { return fd }
        }
        return nil
    }

    /// The file `path` names once symbolic links are followed: each link's target, read
    /// relative to the link's folder, until a name that is not a link (or does not exist yet).
    static func resolvingLinks(_ path: String) throws(IOFailure) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0 else {
                if errno == ENOENT { return current }
                throw IOFailure(path: path, errno: errno)
            }
            guard (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { throw IOFailure(path: path, errno: errno) }
            let link = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : parentDirectory(of: current) + "/" + link
        }
        throw IOFailure(path: path, errno: ELOOP)
    }

    /// Writes to a descriptor as it is (standard output, a device, a pipe): there is no file
    /// to replace, so what was written before a failure or Ctrl-C stays written.
    private static func writeInPlace(
        fd: Int32, path: String, _ produce: (StandardStream) -> Bool
    ) throws(IOFailure) -> Bool {
        let stream = StandardStream(fd: fd)
        let completed = produce(stream)
        stream.flush()
        if stream.error != 0 { throw IOFailure(path: path, errno: stream.error) }
        return completed
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
        try entries(directory).map(\.name)
    }

    /// A folder's entry: its name, and whether the folder says it is a plain regular file
    /// (not a link, a folder or a kind the folder does not say).
    struct Entry {
        var name: String
        var isRegular: Bool
    }

    /// The entries of a folder (not `.` and `..`), in byte order of their names.
    static func entries(_ directory: String) throws(IOFailure) -> [Entry] {
        guard let dir = opendir(directory) else { throw IOFailure(path: directory, errno: errno) }
        defer { closedir(dir) }
        var entries: [Entry] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." {
                entries.append(Entry(name: name, isRegular: entry.pointee.d_type == UInt8(DT_REG)))
            }
        }
        // By bytes, without copying them per comparison (a folder can hold 100 000 names).
        entries.sort { precedesByBytes($0.name, $1.name) }
        return entries
    }

    /// Whether `a`'s bytes sort before `b`'s (memcmp, then the shorter first).
    static func precedesByBytes(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool in
                let n = min(x.count, y.count)
                if n > 0, let xb = x.baseAddress, let yb = y.baseAddress {
                    let c = memcmp(xb, yb, n)
                    if c != 0 { return c < 0 }
                }
                return x.count < y.count
            }
        }
        if let fast, let result = fast { return result }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
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
        return paths.sorted { precedesByBytes($0, $1) }
    }

    public static func hasGlobCharacters(_ path: String) -> Bool {
        path.contains { $0 == "*" || $0 == "?" || $0 == "[" || $0 == "{" }
    }

    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
