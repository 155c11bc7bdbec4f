// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way:
//   mkt -> MktShell -> {MktLanguage, MktRender, MktLineEditor} -> MarketModel
// and MktCancel (over CMktSignal) sits below the modules that stop on Ctrl-C.
// MarketModel, MktLanguage and MktRender are pure: no terminal, no files, no stdout.
let package = Package(
    name: "mkt",
    products: [
        .executable(name: "mkt", targets: ["mkt"]),
        .executable(name: "mkt-gen", targets: ["mkt-gen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
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
        // Tables, CSV, JSON and Markdown from result values.
        .target(name: "MktRender", dependencies: ["MarketModel"]),
        // The command language: syntax, evaluation, diagnostics.
        .target(name: "MktLanguage", dependencies: ["MarketModel", "MktCancel"]),
        // libedit, wrapped for Swift (non-variadic inline shims).
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Line editing behind a small protocol: libedit on a terminal, plain lines otherwise.
        .target(name: "MktLineEditor", dependencies: ["CLibEdit", "MktCancel"]),
        // The session loop, loading files, the terminal, printing diagnostics.
        .target(
            name: "MktShell",
            dependencies: ["MarketModel", "MktCancel", "MktLanguage", "MktRender", "MktLineEditor"]
        ),
        .executableTarget(
            name: "mkt",
            dependencies: [
                "MktShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "mkt-gen", dependencies: ["MarketSynth"]),

        // Tests. `scripts/test` runs every target but SerialTests in parallel, then SerialTests
        // one test at a time: the pseudo-terminal sessions, real signals, seconds-long work.
        .target(name: "MktTestSupport", path: "Tests/MktTestSupport"),
        .testTarget(name: "MktCancelTests", dependencies: ["MktCancel"]),
        .testTarget(name: "MarketModelTests", dependencies: ["MarketModel", "MarketSynth", "MktCancel"]),
        .testTarget(name: "MktRenderTests", dependencies: ["MktRender"]),
        .testTarget(name: "MktLanguageTests", dependencies: ["MktLanguage", "MktCancel"]),
        .testTarget(name: "MktLineEditorTests", dependencies: ["MktLineEditor", "MktCancel", "MktTestSupport"]),
        .testTarget(name: "MktShellTests", dependencies: ["MktShell", "MktLineEditor", "MktLanguage", "MktCancel"]),
        .testTarget(
            name: "EndToEndTests", dependencies: ["MarketSynth", "MktTestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "SerialTests",
            dependencies: ["MarketModel", "MarketSynth", "MktCancel", "MktLineEditor", "MktTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
