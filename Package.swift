// swift-tools-version:6.0
import PackageDescription

// Linux only: the build uses Glibc, renameat2 and Debian's cmark-gfm, libqrencode and libxlsxwriter.
let package = Package(
    name: "Standar",
    products: [
        .executable(name: "standar", targets: ["standar"]),
        .library(name: "StandarKit", targets: ["StandarKit"]),
        // libFuzzer targets: empty programs unless built with `--sanitize=fuzzer` (`make fuzz`).
        .executable(name: "FuzzCheck", targets: ["FuzzCheck"]),
        .executable(name: "FuzzRender", targets: ["FuzzRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // The allocator of the `standar` executable (see Sources/CMimalloc/shim.h).
        .systemLibrary(
            name: "CMimalloc",
            providers: [.apt(["libmimalloc-dev"])]
        ),
        // Linux calls Swift's Glibc module does not import (renameat2 for an atomic swap of the output).
        .target(name: "CSystem"),
        .target(
            name: "StandarKit",
            dependencies: [
                "CCmarkGFM",
                "CQRencode",
                "CSystem",
                "CXLSXWriter",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
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
                "CMimalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "FuzzSupport", dependencies: ["StandarKit"]),
        .executableTarget(name: "FuzzCheck", dependencies: ["StandarKit", "FuzzSupport"]),
        .executableTarget(name: "FuzzRender", dependencies: ["StandarKit", "FuzzSupport"]),
        .testTarget(
            name: "StandarKitTests",
            dependencies: [
                "StandarKit", "StandarServe",
                // Tests only: the reference renderer that the compiled templates are compared with.
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            // Fixture files are read from the source tree by path (#filePath), not bundled: import documents,
            // table-form standards, search queries and their scoring script.
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
