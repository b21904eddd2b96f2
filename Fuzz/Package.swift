// swift-tools-version: 6.0
// libFuzzer targets for hone's parsers. Not part of `swift build` / `swift test` of the main package:
// run Scripts/fuzz/run.sh, which builds this package with -sanitize=fuzzer,address.
import PackageDescription

let targets = ["DeckJSON", "JournalLines", "Settings", "Snapshot", "Grading", "ImportCSV", "ImportMarkdown", "ImportQuizlet", "ImportApkg"]

let package = Package(
    name: "HoneFuzz",
    dependencies: [.package(name: "hone", path: "..")],
    targets: [.target(name: "FuzzSupport", dependencies: [.product(name: "HoneKit", package: "hone")])] + targets.map { name in
        .executableTarget(
            name: "Fuzz\(name)",
            dependencies: ["FuzzSupport", .product(name: "HoneKit", package: "hone")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    },
    swiftLanguageModes: [.v6]
)
