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
        // Benchmark support: built by CI so it never rots, run only by Benchmarks/run.sh.
        .executableTarget(name: "finsam-plangen", path: "Benchmarks/Generator"),
        .executableTarget(name: "finsam-phases", dependencies: ["FinsamCore"], path: "Benchmarks/Phases"),
        .testTarget(
            name: "FinsamCoreTests",
            dependencies: ["FinsamCore"],
            path: "Tests/FinsamCoreTests"
        ),
        // Runs the built `finsam` binary: arguments, inputs, exit codes, files written.
        .testTarget(name: "FinsamCLITests", dependencies: ["finsam"], path: "Tests/FinsamCLITests"),
    ],
    swiftLanguageModes: [.v6]
)
