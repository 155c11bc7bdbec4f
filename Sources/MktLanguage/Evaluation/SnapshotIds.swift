/// Ids for snapshots of files whose names are taken: `day1/markets.txt` is `markets`, then
/// `day2/markets.txt` is `day2/markets`.
enum SnapshotIds {
    /// The id of a file named `name` (its stem) at `absolutePath`, when `name` is the id of
    /// another file: its folders, nearest first, put before the name one at a time until the
    /// id is free (`b/x`, then `a/b/x`, …); when even its whole path is taken, a number after
    /// it (`a/b/x-2`).
    static func distinct(name: String, absolutePath: String, isTaken: (String) -> Bool) -> String {
        var id = name
        for folder in absolutePath.split(separator: "/").dropLast().reversed() {
            id = folder + "/" + id
            if !isTaken(id) { return id }
        }
        var n = 2
        while isTaken("\(id)-\(n)") { n += 1 }
        return "\(id)-\(n)"
    }

    /// A file a load gave another id than its name.
    struct Renamed {
        var name: String
        var path: String
        var id: String
    }

    /// One line per name a load found taken: `2 files are named x: b/x.txt is 'b/x'`.
    /// `files` is the session's, after the load, to count the files of each name.
    static func notes(_ renamed: [Renamed], files: [String: SessionState.LoadedFile]) -> [String] {
        var names: [String] = []
        var byName: [String: [Renamed]] = [:]
        for r in renamed {
            if byName[r.name] == nil { names.append(r.name) }
            byName[r.name, default: []].append(r)
        }
        return names.map { name in
            let all = byName[name] ?? []
            let count = files.values.reduce(0) { $0 + ($1.name == name ? 1 : 0) }
            let shown = all.prefix(3).map { "\($0.path) is '\($0.id)'" }.joined(separator: ", ")
            let more = all.count > 3 ? ", and \(all.count - 3) more (see 'snapshots')" : ""
            let head = count > 1 ? "\(count) files are named \(name)" : "'\(name)' is taken"
            return "\(head): \(shown)\(more)"
        }
    }
}
