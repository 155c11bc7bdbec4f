// mkt-gen: writes a synthetic corpus of snapshot pages (see MarketSynth) into a directory.
// Exit codes: 0 ok, 64 bad usage, 74 I/O error. Its command line is read as mkt's (MktCommandLine).

import MarketModel
import MarketSynth
import MktCommandLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: Flags

/// mkt-gen's options: one table, behind the usage text and the parsing (as mkt's).
enum Flag {
    static let out = CommandOption(long: "out", value: "DIR", help: "directory to write into (created if missing)")
    static let count = CommandOption(
        long: "count", value: "N", help: "number of pages, 1...\(CorpusSpec.maxCount) (default 100)")
    static let start = CommandOption(
        long: "start", value: "YYYY-MM-DD", help: "date of the first page (default 2021-04-09, the seed's date)")
    static let perDay = CommandOption(
        long: "per-day", value: "K", help: "captures per day; the last of each day shows a closed market (default 1)")
    static let seed = CommandOption(long: "seed", value: "S", help: "random world, decimal or 0x-hex (default 1)")
    static let englishEvery = CommandOption(
        long: "english-every", value: "M", help: "every M-th page is in English, 0 for none (default 0)")
    static let archive = CommandOption(
        long: "archive", help: "write the example archive of examples/archive (weekdays, 2025-12-15 to 2026-01-23) instead")
    static let help = CommandOption(short: "h", long: "help", help: "print this text")
    static let table = OptionTable([out, count, start, perDay, seed, englishEvery, archive, help])
}

let usage = """
    usage: mkt-gen --out DIR [--count N] [--start YYYY-MM-DD] [--per-day K] [--seed S] [--english-every M]
           mkt-gen --out DIR --archive

    \(Flag.table.helpText)

    Files are named YYYY-MM-DD_NNNNNN.txt (with --archive, YYYY-MM-DD_HHMM.txt).
    The same arguments always give the same bytes.

    """

/// Writes `text` to file descriptor `fd` (1 or 2). Plain write(2): the C `stderr` global is
/// shared mutable state that Swift 6's strict concurrency rightly refuses.
func emit(_ text: String, to fd: Int32 = 2) {
    var text = text
    text.withUTF8 { bytes in
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress.map { $0 + done }, bytes.count - done)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return }
            done += n
        }
    }
}

/// Prints `message` and the usage to stderr and exits 64 (EX_USAGE).
func usageError(_ message: String) -> Never {
    emit("mkt-gen: \(message)\n\n\(usage)")
    exit(ExitCode.usage)
}

/// Prints `message` to stderr and exits 74 (EX_IOERR).
func ioError(_ message: String) -> Never {
    emit("mkt-gen: \(message)\n")
    exit(ExitCode.ioError)
}

struct Options {
    var out: String?
    var count = 100
    var start = "2021-04-09"
    var perDay = 1
    var seed: UInt64 = 1
    var englishEvery = 0
    var archive = false
}

func parseInt(_ text: String, flag: String) -> Int {
    guard let n = Int(text) else { usageError("\(flag) needs a whole number, not '\(text)'") }
    return n
}

func parseOptions(_ arguments: [String]) -> Options {
    let scanned: ScannedArguments
    do {
        scanned = try ArgumentScanner.scan(arguments, table: Flag.table)
    } catch {
        usageError(error.message)
    }
    if scanned.contains(Flag.help) {
        emit(usage, to: 1)
        exit(ExitCode.ok)
    }
    if let first = scanned.positionals.first { usageError("unexpected argument '\(first)'") }
    var options = Options()
    if scanned.contains(Flag.archive),
        let other = scanned.options.first(where: { $0.option != Flag.archive && $0.option != Flag.out })
    {
        usageError("--archive writes a fixed archive: only --out goes with it, not \(other.option.name)")
    }
    for occurrence in scanned.options {
        let flag = occurrence.option.name
        let value = occurrence.value ?? ""
        switch occurrence.option {
        case Flag.out: options.out = value
        case Flag.count: options.count = parseInt(value, flag: flag)
        case Flag.start: options.start = value
        case Flag.perDay: options.perDay = parseInt(value, flag: flag)
        case Flag.englishEvery: options.englishEvery = parseInt(value, flag: flag)
        case Flag.archive: options.archive = true
        case Flag.seed:
            let parsed = value.hasPrefix("0x") ? UInt64(value.dropFirst(2), radix: 16) : UInt64(value)
            guard let parsed else { usageError("--seed needs a number from 0 to 2^64-1, not '\(value)'") }
            options.seed = parsed
        default: break
        }
    }
    return options
}

// MARK: Files

/// Creates `path` and its missing parents, like `mkdir -p`.
func makeDirectories(_ path: String) {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for part in path.split(separator: "/") {
        prefix += part
        if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
            ioError("cannot create \(prefix): \(String(cString: strerror(errno)))")
        }
        prefix += "/"
    }
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
        ioError("\(path) is not a directory")
    }
}

/// Writes all of `bytes` to a new (or truncated) file at `path`.
func writeFile(_ path: String, _ bytes: [UInt8]) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { ioError("cannot open \(path): \(String(cString: strerror(errno)))") }
    bytes.withUnsafeBytes { raw in
        var done = 0
        while done < raw.count {
            let n = write(fd, raw.baseAddress.map { $0 + done }, raw.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                ioError("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            done += n
        }
    }
    guard close(fd) == 0 else { ioError("cannot close \(path): \(String(cString: strerror(errno)))") }
}

func seconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

// MARK: Main

let options = parseOptions(Array(CommandLine.arguments.dropFirst()))
guard let out = options.out, !out.isEmpty else { usageError("--out DIR is required") }
guard options.start.utf8.count == 10, let start = SnapshotDate(searching: Substring(options.start)) else {
    usageError("--start needs a date YYYY-MM-DD, not '\(options.start)'")
}
if options.archive {
    let archive = ArchiveSynth(.example)
    makeDirectories(out)
    let directory = out.hasSuffix("/") ? out : out + "/"
    var total = 0
    for index in 0..<archive.count {
        let page = archive.page(at: index)
        writeFile(directory + page.fileName, page.text)
        total += page.text.count
    }
    emit("mkt-gen: wrote the example archive, \(archive.count) pages (\(total) bytes), to \(out)\n")
    exit(ExitCode.ok)
}
let spec = CorpusSpec(
    seed: options.seed, start: start, count: options.count, perDay: options.perDay,
    englishEvery: options.englishEvery)
let synth: SnapshotSynth
do {
    synth = try SnapshotSynth(spec)
} catch {
    usageError(error.description)
}

let began = seconds()
makeDirectories(out)
let directory = out.hasSuffix("/") ? out : out + "/"
var buffer: [UInt8] = []
buffer.reserveCapacity(4_096)
var total = 0
for index in 0..<synth.count {
    synth.write(pageAt: index, into: &buffer)
    writeFile(directory + synth.fileName(at: index), buffer)
    total += buffer.count
}
let elapsed = seconds() - began
/// `x` with `places` decimals, for the summary line.
func decimal(_ x: Double, _ places: Int) -> String {
    Fixed(approximating: x)?.rounded(toPlaces: places).description ?? "\(x)"
}
emit("mkt-gen: wrote \(synth.count) pages (\(decimal(Double(total) / 1e6, 1)) MB) to \(out) in \(decimal(elapsed, 2)) s\n")
