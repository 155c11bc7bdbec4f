// mkt-bench-parse: the page parser's single-core speed, in process, for scripts/bench.
//
//   mkt-bench-parse DIR [PASSES]
//
// Reads every `*.txt` page in DIR into memory first, then parses all of them on this one thread,
// PASSES times (default 5), timing only the parsing. Prints one line of key=value pairs:
//   pages=N bytes=B instruments=I passes=P median_mbps=X best_mbps=Y
// (MB = 10^6 bytes). Exit codes: 0 ok, 64 bad usage, 74 I/O error.

import MarketModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes `text` to file descriptor `fd` with write(2) (the C `stderr` global is not concurrency-safe).
func emit(_ text: String, to fd: Int32) {
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

func fail(_ message: String, code: Int32) -> Never {
    emit("mkt-bench-parse: \(message)\n", to: 2)
    exit(code)
}

func errorText() -> String { String(cString: strerror(errno)) }

/// The `*.txt` names in `directory`, in byte order.
func pageNames(in directory: String) -> [String] {
    guard let dir = opendir(directory) else { fail("cannot open \(directory): \(errorText())", code: 74) }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        if name.hasSuffix(".txt") { names.append(name) }
    }
    return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
}

/// All the bytes of the file at `path`.
func readAll(_ path: String) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { fail("cannot open \(path): \(errorText())", code: 74) }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 {
            if errno == EINTR { continue }
            fail("cannot read \(path): \(errorText())", code: 74)
        }
        if n == 0 { break }
        bytes.append(contentsOf: chunk[0..<n])
    }
    return bytes
}

func seconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// `x` with one decimal, for the report.
func oneDecimal(_ x: Double) -> String {
    let tenths = Int((x * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard (1...2).contains(arguments.count), !arguments[0].hasPrefix("-") else {
    emit("usage: mkt-bench-parse DIR [PASSES]\n", to: 2)
    exit(arguments.first == "-h" || arguments.first == "--help" ? 0 : 64)
}
let directory = arguments[0]
var passes = 5
if arguments.count == 2 {
    guard let n = Int(arguments[1]), n > 0 else { fail("PASSES must be a whole number above 0", code: 64) }
    passes = n
}

let names = pageNames(in: directory)
guard !names.isEmpty else { fail("no *.txt pages in \(directory)", code: 74) }
let pages = names.map { readAll(directory + "/" + $0) }
let totalBytes = pages.reduce(0) { $0 + $1.count }

var rates: [Double] = []
var instruments = 0
for _ in 0..<passes {
    var found = 0
    let began = seconds()
    for (name, page) in zip(names, pages) {
        found &+= SnapshotParser.parse(page, fileName: name).instruments.count
    }
    let elapsed = seconds() - began
    instruments = found
    rates.append(Double(totalBytes) / 1e6 / max(elapsed, 1e-9))
}
rates.sort()
let median = rates.count % 2 == 1 ? rates[rates.count / 2] : (rates[rates.count / 2 - 1] + rates[rates.count / 2]) / 2
emit(
    "pages=\(pages.count) bytes=\(totalBytes) instruments=\(instruments) passes=\(passes) "
        + "median_mbps=\(oneDecimal(median)) best_mbps=\(oneDecimal(rates[rates.count - 1]))\n", to: 1)
