#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Reads whole files into one buffer that it keeps and reuses: a worker of a load reads
/// 100 000 pages without allocating (and freeing) an array for each.
///
/// Only plain regular files are read here; anything else (a folder, a pipe, a file that
/// cannot be opened or changes size while read) goes to `FileSystem.read`, which reads it
/// or reports it as it always does.
final class PageReader: @unchecked Sendable {
    // One reader belongs to one worker thread: it is never shared between threads at once.
    private var buffer = UnsafeMutableRawBufferPointer(start: nil, count: 0)

    deinit { buffer.deallocate() }

    /// `body` of the bytes of the file at `path`, valid only during the call.
    func withContents<R>(
        of path: String, _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) throws(IOFailure) -> R {
        if let count = readRegularFile(path) {
            return body(UnsafeBufferPointer(buffer.prefix(count).assumingMemoryBound(to: UInt8.self)))
        }
        let bytes = try FileSystem.read(path)
        return bytes.withUnsafeBufferPointer(body)
    }

    /// The size read into `buffer`, or nil when the file is not a plain regular file read whole.
    private func readRegularFile(_ path: String) -> Int? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        if buffer.count < size {
            buffer.deallocate()
            // Room to spare, so a slightly larger next page needs no new buffer.
            buffer = .allocate(byteCount: max(size, 64 * 1024), alignment: 16)
        }
        guard let base = buffer.baseAddress else { return nil }
        var got = 0
        while got < size {
            let n = read(fd, base + got, size - got)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return nil }
            got += n
        }
        // As `FileSystem.read`: a regular file is read as large as it was when opened.
        return size
    }
}
