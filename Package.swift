// swift-tools-version: 6.0
// hone: a terminal study companion. GPL-3.0-or-later (it links GNU readline).
import PackageDescription

/// Release builds on Linux link the Swift runtime and Foundation into the executables (as
/// `--static-swift-stdlib` does, which also compiles against the static modules): a fresh process
/// then binds no Swift library symbols at start, about 16 M instructions and half of
/// `hone --version`'s time. Debug builds, which `swift test` uses, link them dynamically.
let staticRuntime = (
    swift: [SwiftSetting.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
    linker: [LinkerSetting.unsafeFlags(["-static-stdlib", "-use-ld=lld"], .when(platforms: [.linux], configuration: .release))]
)

let package = Package(
    name: "hone",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hone", targets: ["hone"]),
        .library(name: "HoneKit", targets: ["HoneKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"]), .brew(["readline"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .target(
            name: "HoneKit",
            dependencies: ["CSQLite", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: staticRuntime.swift
        ),
        .executableTarget(
            name: "hone",
            dependencies: [
                "HoneKit",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("BundledDecks")],
            swiftSettings: staticRuntime.swift,
            linkerSettings: staticRuntime.linker
        ),
        .executableTarget(
            name: "hone-bench",
            dependencies: [
                "HoneKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: staticRuntime.swift,
            linkerSettings: staticRuntime.linker
        ),
        .testTarget(
            name: "HoneKitTests",
            dependencies: ["HoneKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "honeTests",
            dependencies: ["HoneKit", "hone"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
