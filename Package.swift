// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way:
//   mkt -> MktShell -> {MktLanguage, MktRender, MktLineEditor} -> MktResult -> MarketModel
//   mkt, mkt-gen -> MktCommandLine (pure: options, usage texts, exit codes)
// MarketModel, MktResult, MktLanguage and MktRender are pure: no terminal, no files, no stdout
// (MktRender writes to a sink it is given).
let package = Package(
    name: "mkt",
    products: [
        .executable(name: "mkt", targets: ["mkt"]),
        .executable(name: "mkt-gen", targets: ["mkt-gen"]),
    ],
    targets: [
        // Ctrl-C: the SIGINT handler and the atomic flag it sets (C: only C runs in a handler).
        .target(name: "CMktSignal"),
        // Cancellation as a value: the token each session owns and passes down (pure).
        .target(name: "MktCancel", dependencies: ["CMktSignal"]),
        // The snapshot model, the page parser and exact decimals.
        .target(name: "MarketModel"),
        // Deterministic synthetic snapshots in the seed's layout (tests, benchmarks).
        .target(name: "MarketSynth", dependencies: ["MarketModel"]),
        // What statements print, as typed values: tables and their rows, values, articles,
        // cards, help documents, search hits.
        .target(name: "MktResult", dependencies: ["MarketModel"]),
        // Everything that turns an output into bytes: tables, CSV, JSON, Markdown, wrapping,
        // colour, help layout; one entry point writing row by row to a sink.
        .target(name: "MktRender", dependencies: ["MarketModel", "MktResult", "MktCancel"]),
        // The command language: syntax, evaluation, diagnostics.
        .target(name: "MktLanguage", dependencies: ["MarketModel", "MktResult"]),
        // libedit, wrapped for Swift (non-variadic inline shims).
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Line editing behind a small protocol: libedit on a terminal, plain lines otherwise.
        .target(name: "MktLineEditor", dependencies: ["CLibEdit"]),
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

        .testTarget(name: "MktCancelTests", dependencies: ["MktCancel"]),
        .testTarget(name: "MarketModelTests", dependencies: ["MarketModel", "MarketSynth"]),
        .testTarget(name: "MktResultTests", dependencies: ["MktResult"]),
        .testTarget(name: "MktRenderTests", dependencies: ["MktRender", "MktResult", "MktCancel"]),
        .testTarget(name: "MktLanguageTests", dependencies: ["MktLanguage", "MktResult", "MktRender"]),
        .testTarget(name: "MktLineEditorTests", dependencies: ["MktLineEditor"]),
        .testTarget(name: "MktCommandLineTests", dependencies: ["MktCommandLine"]),
        .testTarget(
            name: "MktShellTests", dependencies: ["MktShell", "MktLineEditor", "MktLanguage", "MktResult", "MktRender", "MktCommandLine"]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["MarketSynth"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
