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
        // Runs the built `finsam` binary: exit codes, stdout/stderr, and that nothing is written.
        .testTarget(name: "FinsamCLITests", dependencies: ["finsam"], path: "Tests/FinsamCLITests"),
    ],
    swiftLanguageModes: [.v6]
)
