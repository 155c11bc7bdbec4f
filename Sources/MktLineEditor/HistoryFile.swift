import MktCancel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the history could not be saved. Loading never fails: a missing or unreadable file is
/// an empty history.
public struct HistoryFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, for a warning line.
    public let description: String
}

/// The persistent history: `$XDG_STATE_HOME/mkt/history`, else `~/.local/state/mkt/history`.
///
/// Saving is an *append under a lock*: take an exclusive `flock` on `history.lock` next to the
/// file, re-read the file, append this session's new entries (`HistoryEntries.merge`), cap it,
/// and replace the file atomically (temporary file in the same folder, `fsync`, `rename`).
/// So two sessions never lose each other's entries, a crash mid-save leaves the old file
/// whole, and a save never truncates. The lock file is never renamed or removed, so every
/// session locks the same inode. A save waits for the lock as long as `lockTimeout` allows (a
/// slow disk or a busy machine can hold it for seconds), or until Ctrl-C, and then fails with
/// an error, which the reader reports and retries with the next entry: an entry is never
/// dropped silently.
///
/// A history path that resolves to something other than a regular file (a symlink to
/// `/dev/null` is the usual way to turn history off) is read as empty and never written.
public struct HistoryFile: Sendable {
    /// Where the history lives (may be a symlink; writes go to its target).
    public let path: String
    /// How many entries the file keeps.
    public let capacity: Int
    /// How long a save waits for another session's lock before it fails.
    public let lockTimeout: Duration

    /// How long a save waits for the lock by default: far longer than a save takes (a few
    /// milliseconds), so only a stuck process makes it fail.
    public static let defaultLockTimeout = Duration.seconds(10)

    /// A history file at `path` keeping at most `capacity` entries.
    public init(
        path: String, capacity: Int = HistoryEntries.defaultCapacity, lockTimeout: Duration = defaultLockTimeout
    ) {
        self.path = path
        self.capacity = capacity
        self.lockTimeout = lockTimeout
    }

    /// The standard history file for this user, or nil when neither `XDG_STATE_HOME` nor
    /// `HOME` gives a place for it.
    public static func standard(capacity: Int = HistoryEntries.defaultCapacity) -> HistoryFile? {
        var environment: [String: String] = [:]
        for name in ["XDG_STATE_HOME", "HOME"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return defaultPath(environment: environment).map { HistoryFile(path: $0, capacity: capacity) }
    }

    /// `$XDG_STATE_HOME/mkt/history`, else `$HOME/.local/state/mkt/history`.
    /// The XDG spec says a relative `XDG_STATE_HOME` is invalid and must be ignored.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return join(state, "mkt/history")
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return join(home, ".local/state/mkt/history")
        }
        return nil
    }

    /// The entries on disk, oldest first; empty when there is no readable regular file.
    public func load() -> [String] {
        guard let text = try? readText(resolvedPath()) else { return [] }
        return HistoryEntries.parse(text)
    }

    /// Appends `entries` to the file, merging with whatever other sessions saved meanwhile.
    /// Waiting for the lock stops early once `cancellation` is cancelled (Ctrl-C), or after
    /// `timeout` when given (else `lockTimeout`).
    public func append(
        _ entries: [String], cancellation: CancellationToken? = nil, timeout: Duration? = nil
    ) throws(HistoryFileError) {
        let target = resolvedPath()
        let folder = Self.folder(of: target)
        try Self.makeFolder(folder)
        let lock = try Self.lock(target + ".lock", timeout: timeout ?? lockTimeout, cancellation: cancellation)
        defer { close(lock) }  // closing the descriptor releases the flock
        let existing = HistoryEntries.parse(try readText(target) ?? "")
        let merged = HistoryEntries.merge(existing: existing, appending: entries, capacity: capacity)
        try Self.writeAtomically(HistoryEntries.serialize(merged), to: target, folder: folder)
    }

    // MARK: - Files

    /// The symlink's target when `path` is one, so saving replaces the target file rather than
    /// the link (a history kept in a dotfiles repository stays linked).
    private func resolvedPath() -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    /// The text of the regular file at `path`, nil when it does not exist.
    private func readText(_ path: String) throws(HistoryFileError) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw Self.failure("cannot read \(path)")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw HistoryFileError(description: "\(path) is not a regular file")
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw Self.failure("cannot read \(path)")
            }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The descriptor of the lock file, locked. Another session holds the lock only for the
    /// few milliseconds a save takes, but a busy machine or a slow disk can stretch that to
    /// seconds: the wait backs off from 1 ms to 100 ms between tries, up to `timeout`, rather
    /// than block forever on a stuck process; Ctrl-C (`cancellation`) ends the wait too.
    private static func lock(
        _ path: String, timeout: Duration, cancellation: CancellationToken?
    ) throws(HistoryFileError) -> Int32 {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        if fd < 0 { throw failure("cannot open \(path)") }
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var pause: UInt32 = 1_000
        while true {
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { return fd }
            let error = errno
            if error != EWOULDBLOCK && error != EINTR {
                close(fd)
                throw failure("cannot lock \(path)")
            }
            if cancellation?.isCancelled == true {
                close(fd)
                throw HistoryFileError(description: "cannot lock \(path): interrupted while another mkt held it")
            }
            if clock.now >= deadline { break }
            usleep(pause)
            pause = min(pause * 2, 100_000)
        }
        close(fd)
        throw HistoryFileError(description: "cannot lock \(path): another mkt held it for \(timeout)")
    }

    private static func writeAtomically(
        _ text: String, to target: String, folder: String
    ) throws(HistoryFileError) {
        var info = stat()
        if lstat(target, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            throw HistoryFileError(description: "\(target) is not a regular file; history not saved")
        }
        let temporary = join(folder, ".history.\(getpid()).tmp")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        if fd < 0 { throw failure("cannot create \(temporary)") }
        var ok = writeAll(fd, text) && fsync(fd) == 0
        ok = close(fd) == 0 && ok
        guard ok, rename(temporary, target) == 0 else {
            let error = failure("cannot write \(target)")
            unlink(temporary)
            throw error
        }
        // Make the rename itself durable; failing here loses nothing already written.
        let dir = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 {
            fsync(dir)
            close(dir)
        }
    }

    private static func writeAll(_ fd: Int32, _ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { write(fd, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += count
        }
        return true
    }

    /// Creates `folder` and missing parents with mode 0700 (history is private).
    private static func makeFolder(_ folder: String) throws(HistoryFileError) {
        var info = stat()
        if stat(folder, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw HistoryFileError(description: "\(folder) is not a folder")
            }
            return
        }
        let parent = Self.folder(of: folder)
        if parent != folder && !parent.isEmpty { try makeFolder(parent) }
        if mkdir(folder, 0o700) != 0 && errno != EEXIST {
            throw failure("cannot create \(folder)")
        }
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    private static func failure(_ what: String) -> HistoryFileError {
        HistoryFileError(description: "\(what): \(String(cString: strerror(errno)))")
    }
}
