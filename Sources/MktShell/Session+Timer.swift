import MktLanguage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `set timer on` (and `--timer`): after each statement, its wall time on standard error, as
/// sqlite3's `.timer` prints it; for a load, also the files read, their size and the rate.
public enum StatementTimer {
    /// What a load read, for the timer line.
    public struct LoadFigures: Equatable, Sendable {
        public var files: Int
        public var bytes: Int

        public init(files: Int, bytes: Int) {
            self.files = files
            self.bytes = bytes
        }
    }

    /// `time: 0.123 s`, or `time: 1.840 s  load: 100,000 files, 250.3 MB, 136 MB/s` after a
    /// load (MB are millions of bytes; no rate when no time could be measured).
    public static func line(elapsed: Duration, load: LoadFigures? = nil) -> String {
        let seconds = self.seconds(elapsed)
        var text = "time: \(fixed(seconds, places: 3)) s"
        if let load {
            let megabytes = Double(load.bytes) / 1_000_000
            text += "  load: \(grouped(load.files)) file\(load.files == 1 ? "" : "s"), \(fixed(megabytes, places: 1)) MB"
            if seconds > 0 { text += ", \(grouped(Int((megabytes / seconds).rounded()))) MB/s" }
        }
        return text
    }

    /// A duration in seconds.
    static func seconds(_ d: Duration) -> Double {
        let (s, atto) = d.components
        return Double(s) + Double(atto) / 1e18
    }

    /// `value` with `places` decimals, rounded: `0.123`, `250.3`.
    static func fixed(_ value: Double, places: Int) -> String {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let units = Int((max(0, value) * Double(scale)).rounded())
        let whole = grouped(units / scale, separator: "")
        guard places > 0 else { return whole }
        let fraction = String(units % scale)
        return whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// `100,000`: thousands grouped with commas.
    static func grouped(_ n: Int, separator: String = ",") -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += separator }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// The size of the files at `paths` (taken after the clock has stopped: the stat calls are
    /// not part of the load's time).
    static func figures(of paths: [String]) -> LoadFigures {
        var bytes = 0
        for path in paths {
            var info = stat()
            if stat(path, &info) == 0 { bytes += Int(info.st_size) }
        }
        return LoadFigures(files: paths.count, bytes: bytes)
    }
}

extension Session {
    /// Runs one statement's `body`, then, with the timer on, prints how long it took on
    /// standard error (what it printed goes first). `set timer on` itself is not timed;
    /// `set timer off` turns it off before its own line.
    func timed<T>(_ body: () throws(RuntimeError) -> T) throws(RuntimeError) -> T {
        guard state.timer else { return try body() }
        loadedPaths = nil
        let started = ContinuousClock.now
        let result = try body()
        let elapsed = ContinuousClock.now - started
        out.flush()
        if state.timer {
            err.writeLine(StatementTimer.line(elapsed: elapsed, load: loadedPaths.map(StatementTimer.figures)))
            err.flush()
        }
        loadedPaths = nil
        return result
    }
}
