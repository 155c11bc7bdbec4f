#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The progress line of a long load on a terminal's standard error:
/// `loading 12,345 / 100,000 files  48 MB/s  about 9 s left`.
///
/// Nothing shows for a load shorter than `delay` (half a second by default); after it, the line
/// is drawn when a file is done, at most once per `interval`, always as carriage return + text +
/// erase to the end of the line, so a shorter line leaves nothing behind. ``finish()`` erases it,
/// so what is printed next starts on a clean line. Workers call ``fileDone(bytes:)`` from any
/// thread; the counters and the drawing sit behind one lock.
public final class LoadProgress: @unchecked Sendable {
    /// Carriage return and erase to the end of the line (ECMA-48 EL).
    static let eraseLine = "\r\u{1B}[K"
    /// Redraws at most ten times a second.
    static let interval: UInt64 = 100_000_000
    /// Half a second: a load faster than this shows nothing.
    public static let defaultDelay: UInt64 = 500_000_000

    private let total: Int
    private let delay: UInt64
    private let width: Int
    private let now: @Sendable () -> UInt64
    private let write: @Sendable (String) -> Void
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let started: UInt64
    private var done = 0
    private var bytes = 0
    private var lastDraw: UInt64?
    private var finished = false

    /// A reporter for a load of `total` files. `now` gives monotonic nanoseconds; `write` puts
    /// text on the terminal at once (unbuffered); the line is cut to `width - 1` columns so it
    /// never wraps.
    public init(
        total: Int, delay: UInt64 = LoadProgress.defaultDelay, width: Int = 80,
        now: @escaping @Sendable () -> UInt64 = LoadProgress.monotonicNanoseconds,
        write: @escaping @Sendable (String) -> Void
    ) {
        self.total = total
        self.delay = delay
        self.width = width
        self.now = now
        self.write = write
        pthread_mutex_init(lock, nil)
        started = now()
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// Whether the line is on the terminal now.
    public var isShown: Bool { locked { lastDraw != nil } }

    /// One more file read (`bytes` long; 0 for one that could not be read).
    public func fileDone(bytes count: Int) {
        locked {
            done += 1
            bytes += count
            guard !finished else { return }
            let time = now()
            let elapsed = time &- started
            guard elapsed >= delay else { return }
            if let last = lastDraw, time &- last < Self.interval { return }
            lastDraw = time
            write("\r" + Self.fit(Self.line(done: done, total: total, bytes: bytes, elapsed: elapsed), width: width) + "\u{1B}[K")
        }
    }

    /// Erases the line if it was drawn; later files draw nothing.
    public func finish() {
        locked {
            guard !finished else { return }
            finished = true
            if lastDraw != nil { write(Self.eraseLine) }
            lastDraw = nil
        }
    }

    // MARK: Formatting

    /// `loading DONE / TOTAL files  RATE MB/s  about N s left`: the rate once time has passed,
    /// the estimate (from the files' pace so far) while files remain.
    public static func line(done: Int, total: Int, bytes: Int, elapsed: UInt64) -> String {
        var text = "loading \(grouped(done)) / \(grouped(total)) files"
        guard elapsed >= 1_000_000 else { return text }
        let seconds = Double(elapsed) / 1e9
        let rate = Double(bytes) / seconds / 1e6
        text += "  " + (rate < 9.95 ? tenths(rate) : String(Int(rate.rounded()))) + " MB/s"
        if done > 0 && done < total {
            let left = seconds * Double(total - done) / Double(done)
            if left < 1 {
                text += "  less than 1 s left"
            } else if left < 99.5 {
                text += "  about \(Int(left.rounded())) s left"
            } else {
                text += "  about \(Int((left / 60).rounded())) min left"
            }
        }
        return text
    }

    /// `12,345`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// `2.5`: one decimal, rounded half up.
    static func tenths(_ x: Double) -> String {
        let t = Int((x * 10).rounded())
        return "\(t / 10).\(t % 10)"
    }

    /// `text` cut to `width - 1` characters (the line is ASCII), so it never wraps.
    static func fit(_ text: String, width: Int) -> String {
        width > 1 && text.count >= width ? String(text.prefix(width - 1)) : text
    }

    public static let monotonicNanoseconds: @Sendable () -> UInt64 = {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    private func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return body()
    }
}
