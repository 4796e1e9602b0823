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
        // --static-swift-stdlib links with --export-dynamic, which exported ~2 300 FinsamCore
        // symbols from the executable; the runtime's first dladdr scans them all. Without it
        // `finsam validate` on a 9 KB plan starts about 0.2 ms sooner (docs/performance.md).
        .executableTarget(
            name: "finsam", dependencies: ["FinsamCore"],
            linkerSettings: [.unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux], configuration: .release))]),
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
