// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "parley",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "parley", targets: ["parley"]),
    .library(name: "ParleyCore", targets: ["ParleyCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    // Articles, loading, cleaning, sentences, the document store. Foundation only; no terminal code.
    .target(name: "ParleyCore"),
    // Tokenizer, positional inverted index, BM25, query language, snippets.
    .target(name: "ParleySearch", dependencies: ["ParleyCore"]),
    // Gazetteer, entity recognition, stance extraction, comparison matrix, evaluators.
    .target(name: "ParleyAnalysis", dependencies: ["ParleyCore"]),
    // Terminal protocol, in-memory screen, views, key map, app state and run loop.
    .target(name: "ParleyTUI", dependencies: ["ParleyCore", "ParleySearch", "ParleyAnalysis"]),
    // The ncurses edge: the only module that imports CNcursesw.
    .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
    .target(name: "ParleyNcurses", dependencies: ["ParleyTUI", "CNcursesw"]),
    .executableTarget(
      name: "parley",
      dependencies: [
        "ParleyCore", "ParleySearch", "ParleyAnalysis", "ParleyTUI", "ParleyNcurses",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // Fixtures are read from the source tree (see Tests/ParleyCoreTests/Fixtures/README.md).
    .testTarget(name: "ParleyCoreTests", dependencies: ["ParleyCore"], exclude: ["Fixtures"]),
    .testTarget(name: "ParleySearchTests", dependencies: ["ParleySearch"], exclude: ["Fixtures"]),
    .testTarget(name: "ParleyAnalysisTests", dependencies: ["ParleyAnalysis"], exclude: ["Fixtures"]),
    // Test doubles for the TUI: FakeTerminal (scripted keys, recorded frames), a fixture corpus.
    .target(name: "ParleyTestSupport", dependencies: ["ParleyCore", "ParleyAnalysis", "ParleyTUI"]),
    .testTarget(name: "ParleyTUITests", dependencies: ["ParleyTUI", "ParleySearch", "ParleyAnalysis", "ParleyTestSupport"]),
    .testTarget(name: "ParleyNcursesTests", dependencies: ["ParleyNcurses", "ParleyTUI"]),
    // Hostile corpus, terminal safety, read-only and signal tests; runs the built `parley` binary.
    .testTarget(
      name: "ParleyHardeningTests",
      dependencies: ["ParleyCore", "ParleySearch", "ParleyTUI", "ParleyTestSupport", "parley"],
      exclude: ["Scale"]),
  ]
)
