import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a file, as another mkt session saving its history holds it.
public final class LockHolder: @unchecked Sendable {
    private let fd: Int32

    public init(_ path: String) throws {
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0, flock(fd, LOCK_EX | LOCK_NB) == 0 else { throw POSIXError(.EAGAIN) }
    }

    /// Releases the lock (closing the descriptor).
    public func release() { close(fd) }
}
