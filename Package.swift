// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "finsam",
    products: [
        .library(name: "FinsamCore", targets: ["FinsamCore"]),
        .executable(name: "finsam", targets: ["finsam"]),
    ],
    targets: [
        .target(name: "FinsamCore"),
        .executableTarget(name: "finsam", dependencies: ["FinsamCore"]),
        .testTarget(
            name: "FinsamCoreTests",
            dependencies: ["FinsamCore"],
            path: "Tests/FinsamCoreTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
