// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way:
//   mkt -> MktShell -> {MktLanguage, MktRender, MktLineEditor} -> MktResult -> MarketModel
//   mkt, mkt-gen -> MktCommandLine (pure: options, usage texts, exit codes)
//   MktCancel (over CMktSignal) sits below every module that stops on Ctrl-C.
// MarketModel, MktResult, MktLanguage and MktRender are pure: no terminal, no files, no stdout
// (MktRender writes to a sink it is given).
let package = Package(
    name: "mkt",
    products: [
        .executable(name: "mkt", targets: ["mkt"]),
        .executable(name: "mkt-gen", targets: ["mkt-gen"]),
        .executable(name: "mkt-bench-parse", targets: ["mkt-bench-parse"]),
    ],
    targets: [
        // Ctrl-C: the SIGINT handler and the atomic flag it sets (C: only C runs in a handler).
        .target(name: "CMktSignal"),
        // Cancellation as a value: the token each session owns and passes down (pure).
        .target(name: "MktCancel", dependencies: ["CMktSignal"]),
        // The snapshot model, the page parser and exact decimals.
        .target(name: "MarketModel", dependencies: ["MktCancel"]),
        // Deterministic synthetic snapshots in the seed's layout (tests, benchmarks).
        .target(name: "MarketSynth", dependencies: ["MarketModel"]),
        // What statements print, as typed values: tables and their rows, values, articles,
        // cards, help documents, search hits, diagnostics.
        .target(name: "MktResult", dependencies: ["MarketModel"]),
        // Everything that turns an output into bytes: tables, CSV, JSON, Markdown, wrapping,
        // colour, help layout, diagnostics; one entry point writing row by row to a sink.
        .target(name: "MktRender", dependencies: ["MarketModel", "MktResult", "MktCancel"]),
        // The command language: syntax, evaluation, diagnostics.
        .target(name: "MktLanguage", dependencies: ["MarketModel", "MktResult", "MktCancel"]),
        // libedit, wrapped for Swift (non-variadic inline shims).
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Line editing behind a small protocol: libedit on a terminal, plain lines otherwise.
        .target(name: "MktLineEditor", dependencies: ["CLibEdit", "MktCancel"]),
        // The command line: one option table per command, read in one pass; exit codes.
        .target(name: "MktCommandLine"),
        // The session loop, loading files, the terminal, printing diagnostics.
        .target(
            name: "MktShell",
            dependencies: [
                "MarketModel", "MktResult", "MktCancel", "MktLanguage", "MktRender", "MktLineEditor", "MktCommandLine",
            ]
        ),
        .executableTarget(name: "mkt", dependencies: ["MktShell"]),
        .executableTarget(name: "mkt-gen", dependencies: ["MarketSynth", "MktCommandLine"]),
        // The parser's single-core MB/s over a corpus read into memory first (scripts/bench).
        .executableTarget(name: "mkt-bench-parse", dependencies: ["MarketModel"]),

        // Tests. `scripts/test` runs every target but SerialTests in parallel, then SerialTests
        // one test at a time: the pseudo-terminal sessions, real signals, seconds-long work.
        .target(name: "MktTestSupport", path: "Tests/MktTestSupport"),
        .testTarget(name: "MktCancelTests", dependencies: ["MktCancel"]),
        .testTarget(name: "MarketModelTests", dependencies: ["MarketModel", "MarketSynth", "MktCancel"]),
        .testTarget(name: "MktResultTests", dependencies: ["MktResult"]),
        .testTarget(name: "MktRenderTests", dependencies: ["MktRender", "MktResult", "MktCancel"]),
        .testTarget(name: "MktLanguageTests", dependencies: ["MktLanguage", "MktResult", "MktRender", "MktCancel"]),
        .testTarget(name: "MktLineEditorTests", dependencies: ["MktLineEditor", "MktCancel", "MktTestSupport"]),
        .testTarget(name: "MktCommandLineTests", dependencies: ["MktCommandLine"]),
        .testTarget(
            name: "MktShellTests",
            dependencies: ["MktShell", "MktLineEditor", "MktLanguage", "MktResult", "MktRender", "MktCancel", "MktCommandLine"]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["MarketSynth", "MktTestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "SerialTests",
            dependencies: ["MarketModel", "MarketSynth", "MktCancel", "MktLineEditor", "MktTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
