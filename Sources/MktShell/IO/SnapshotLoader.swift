import Dispatch
import MarketModel
import MktCancel
import MktLanguage

/// Loads snapshot files (paths, globs, folders) on every core.
///
/// Each worker reads and parses its own files into its own slots: there is no shared state
/// beyond the result slots, so the load scales with the cores and the result keeps the order
/// of the paths.
public enum SnapshotLoader {
    /// What one `load` did.
    public struct Outcome: Sendable {
        public var snapshots: [Snapshot] = []
        /// The path each snapshot was read from, in the same order.
        public var paths: [String] = []
        /// The place in the paths loaded of each snapshot, in the same order.
        public var indices: [Int] = []
        /// Paths that could not be read, with the reason.
        public var failures: [IOFailure] = []
        /// The load was stopped (Ctrl-C) before every file was read.
        public var cancelled = false
    }

    /// The files a list of arguments names: a folder stands for its `*.txt` files in name
    /// order, a pattern for its matches; a path that names nothing is a failure.
    public static func expand(_ arguments: [String]) -> (paths: [String], failures: [IOFailure]) {
        var paths: [String] = []
        var failures: [IOFailure] = []
        for argument in arguments {
            if FileSystem.hasGlobCharacters(argument) && !FileSystem.exists(argument) {
                let files = FileSystem.glob(argument).filter { !FileSystem.isDirectory($0) }
                if files.isEmpty {
                    failures.append(IOFailure(path: argument, reason: "no file matches this pattern"))
                }
                paths += files
            } else if FileSystem.isDirectory(argument) {
                do {
                    let base = argument.hasSuffix("/") ? argument : argument + "/"
                    let files = try FileSystem.list(argument).filter { $0.hasSuffix(".txt") }
                    // An empty folder is a mistake to say, not a quiet load of nothing.
                    if files.isEmpty { failures.append(IOFailure(path: argument, reason: "the folder has no .txt files")) }
                    paths += files.map { base + $0 }
                } catch {
                    failures.append(error)
                }
            } else if FileSystem.exists(argument) {
                paths.append(argument)
            } else {
                failures.append(IOFailure(path: argument, reason: "no such file or directory"))
            }
        }
        return (paths, failures)
    }

    /// The files of `argument` when it names one folder (not a pattern) whose `.txt` entries
    /// are all plain regular files, as `distinctFiles(expand([argument]).paths)` makes them,
    /// without a system call per file: none is a link, and no two are the same file. Nil for
    /// anything else (a file, a pattern, a folder with links or no `.txt` file), which the
    /// general way handles.
    public static func folderFiles(_ argument: String) -> [SnapshotFile]? {
        if FileSystem.hasGlobCharacters(argument) && !FileSystem.exists(argument) { return nil }
        guard FileSystem.isDirectory(argument), let entries = try? FileSystem.entries(argument) else { return nil }
        let base = argument.hasSuffix("/") ? argument : argument + "/"
        var names: [String] = []
        names.reserveCapacity(entries.count)
        for entry in entries where entry.name.hasSuffix(".txt") {
            guard entry.isRegular else { return nil }
            names.append(entry.name)
        }
        guard !names.isEmpty else { return nil }
        // Every path is `base` + a name: its folder, as `distinctFiles` finds it, is `base`
        // without its last slash.
        let folderPath = base.utf8.count == 1 ? "/" : String(base.dropLast())
        let absolute = FileSystem.absolutePath(folderPath, in: FileSystem.currentDirectory())
        let resolved = FileSystem.resolvedPath(folderPath)
        let absoluteBase = absolute == "/" ? "/" : absolute + "/"
        let resolvedBase = resolved.map { $0 == "/" ? "/" : $0 + "/" }
        // Equal paths share one string's storage (an archive holds 100 000 of each).
        let absoluteIsPath = absoluteBase.utf8.elementsEqual(base.utf8)
        let resolvedIsAbsolute = resolved.map { $0.utf8.elementsEqual(absolute.utf8) } ?? false
        var files: [SnapshotFile] = []
        files.reserveCapacity(names.count)
        for name in names {
            let path = base + name
            let absolutePath = absoluteIsPath ? path : absoluteBase + name
            let identity = resolvedIsAbsolute ? absolutePath : resolvedBase.map { $0 + name } ?? absolutePath
            files.append(SnapshotFile(path: path, absolutePath: absolutePath, identity: identity))
        }
        return files
    }

    /// `paths` each as the file it is, a file named twice (`load f.txt, f.txt`, a pattern and a
    /// file of it) kept once, at its first place: each is read once per load.
    public static func distinctFiles(_ paths: [String]) -> [SnapshotFile] {
        let directory = FileSystem.currentDirectory()
        // A folder's files share its absolute and resolved paths: each folder is worked out
        // once (realpath costs a system call per folder of the path), and each file is only
        // checked for being a link itself.
        var folders: [String: (absolute: String, resolved: String?)] = [:]
        var seen: Set<String> = []
        var files: [SnapshotFile] = []
        files.reserveCapacity(paths.count)
        for path in paths {
            let slash = path.lastIndex(of: "/")
            let name = slash.map { path[path.index(after: $0)...] } ?? path[...]
            let absolute: String
            let resolved: String?
            if name.isEmpty || name == "." || name == ".." {
                absolute = FileSystem.absolutePath(path, in: directory)
                resolved = FileSystem.resolvedPath(path)
            } else {
                let folderPath = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
                let folder: (absolute: String, resolved: String?)
                if let known = folders[folderPath] {
                    folder = known
                } else {
                    folder = (FileSystem.absolutePath(folderPath, in: directory), FileSystem.resolvedPath(folderPath))
                    folders[folderPath] = folder
                }
                func within(_ base: String) -> String { (base == "/" ? "" : base) + "/" + name }
                // Equal paths share one string's storage (an archive holds 100 000 of each).
                let made = within(folder.absolute)
                absolute = made.utf8.elementsEqual(path.utf8) ? path : made
                if FileSystem.isSymbolicLink(path) == false {
                    resolved = folder.resolved.map { $0.utf8.elementsEqual(folder.absolute.utf8) ? absolute : within($0) }
                } else {
                    resolved = FileSystem.resolvedPath(path)
                }
            }
            let identity = resolved ?? absolute
            if seen.insert(identity).inserted {
                files.append(SnapshotFile(path: path, absolutePath: absolute, identity: identity))
            }
        }
        return files
    }

    /// Reads and parses `paths` in parallel, in their order. `cancellation` is asked between
    /// files and while one is parsed; once it is cancelled the rest are skipped. `progress`
    /// hears of every file read.
    public static func load(
        _ paths: [String], workers: Int = defaultWorkers, cancellation: CancellationToken = .none(),
        progress: LoadProgress? = nil
    ) -> Outcome {
        // Each worker reads its files into one buffer it reuses, and each result goes straight
        // to its slot: no array per file, and no copy of all the results before the outcome.
        let slots = WorkerSlots<Result<Snapshot, IOFailure>?>(count: paths.count)
        forEach(paths.count, workers: workers, cancellation: cancellation) { i, reader in
            slots.store(i, loadOne(paths[i], reader: reader, cancellation: cancellation, progress: progress))
        }
        var outcome = Outcome()
        outcome.snapshots.reserveCapacity(paths.count)
        outcome.paths.reserveCapacity(paths.count)
        outcome.indices.reserveCapacity(paths.count)
        for (i, path) in paths.enumerated() {
            let result = slots.take(i)
            switch result {
            case .some(.some(.success(let s))):
                outcome.snapshots.append(s)
                outcome.paths.append(path)
                outcome.indices.append(i)
            case .some(.some(.failure(let f))): outcome.failures.append(f)
            case .some(.none), .none: outcome.cancelled = true
            }
        }
        return outcome
    }

    /// `body` of each path, computed on `workers` threads, in the paths' order; nil for the
    /// paths skipped once `cancellation` was cancelled. No state is shared between paths, so
    /// the work spreads over every core.
    public static func map<T: Sendable>(
        _ paths: [String], workers: Int = defaultWorkers, cancellation: CancellationToken = .none(),
        _ body: @Sendable (String) -> T
    ) -> [T?] {
        let slots = WorkerSlots<T>(count: paths.count)
        let workerCount = max(1, min(workers, paths.count))
        if workerCount == 1 {
            for (i, path) in paths.enumerated() {
                if cancellation.isCancelled { break }
                slots.store(i, body(path))
            }
        } else {
            DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
                var i = worker
                while i < paths.count {
                    if cancellation.isCancelled { return }
                    slots.store(i, body(paths[i]))
                    i += workerCount
                }
            }
        }
        return (0..<paths.count).map { slots.take($0) }
    }

    /// The number of worker threads a load uses: `MKT_JOBS=N` in the environment (1 to 256, read
    /// once, at the first load) for benchmarks of the speed-up from one core to all; else every
    /// online core.
    /// `body` of each index below `count` on `workers` threads, each with its own page reader;
    /// the indices left once `cancellation` is cancelled are skipped.
    static func forEach(
        _ count: Int, workers: Int, cancellation: CancellationToken, _ body: @Sendable (Int, PageReader) -> Void
    ) {
        let workerCount = max(1, min(workers, count))
        if workerCount == 1 {
            let reader = PageReader()
            for i in 0..<count {
                if cancellation.isCancelled { break }
                body(i, reader)
            }
            return
        }
        DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
            let reader = PageReader()
            var i = worker
            while i < count {
                if cancellation.isCancelled { return }
                body(i, reader)
                i += workerCount
            }
        }
    }

    public static let defaultWorkers: Int = workers(fromJobs: getenv("MKT_JOBS").map { String(cString: $0) })

    /// The worker count `MKT_JOBS` asks for: a whole number from 1 to 256; anything else (unset,
    /// empty, 0, not a number) means every online core.
    static func workers(fromJobs value: String?) -> Int {
        if let value, let n = Int(value), (1...256).contains(n) { return n }
        return max(1, sysconfCores())
    }

    static func loadOne(_ path: String) -> Result<Snapshot, IOFailure> {
        do {
            let bytes = try FileSystem.read(path)
            return .success(SnapshotParser.parse(bytes, fileName: path))
        } catch {
            return .failure(error)
        }
    }

    /// As `loadOne`, but nil when `cancellation` was cancelled while the file was parsed.
    static func loadOne(
        _ path: String, reader: PageReader, cancellation: CancellationToken, progress: LoadProgress? = nil
    ) -> Result<Snapshot, IOFailure>? {
        do {
            return try reader.withContents(of: path) { bytes in
                let parsed = SnapshotParser.parse(bytes, fileName: path, cancellation: cancellation)
                progress?.fileDone(bytes: bytes.count)
                return parsed.map { .success($0) }
            }
        } catch {
            progress?.fileDone(bytes: 0)
            return .failure(error)
        }
    }
}

#if canImport(Glibc)
import Glibc
private func sysconfCores() -> Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
#else
import Darwin
private func sysconfCores() -> Int { Int(sysconf(_SC_NPROCESSORS_ONLN)) }
#endif
