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
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "StandarKit",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "StandarServe",
            dependencies: [
                "StandarKit",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
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
                // Tests only: the reference renderer that the compiled templates are compared with.
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
