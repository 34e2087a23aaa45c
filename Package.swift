// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Standar",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "standar", targets: ["standar"]),
        .library(name: "StandarKit", targets: ["StandarKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // Linux calls Swift's Glibc module does not import (renameat2 for an atomic swap of the output).
        .target(name: "CSystem"),
        .target(
            name: "StandarKit",
            dependencies: [
                "CCmarkGFM",
                "CSystem",
                "CXLSXWriter",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "StandarServe",
            dependencies: ["StandarKit"]
        ),
        .executableTarget(
            name: "standar",
            dependencies: [
                "StandarKit",
                "StandarServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "StandarKitTests",
            dependencies: [
                "StandarKit", "StandarServe",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
