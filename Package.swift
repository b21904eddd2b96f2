// swift-tools-version: 6.0
// hone: a terminal study companion. GPL-3.0-or-later (it links GNU readline).
import PackageDescription

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
            dependencies: ["CSQLite", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .executableTarget(
            name: "hone",
            dependencies: [
                "HoneKit",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("BundledDecks")]
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
