// swift-tools-version:6.0
import PackageDescription

/// Compiler flags for release builds on Linux only (debug builds and other systems are untouched).
func releaseLinux(_ flags: [String]) -> [SwiftSetting] {
    [.unsafeFlags(flags, .when(platforms: [.linux], configuration: .release))]
}

let package = Package(
    name: "finsam",
    products: [
        .library(name: "FinsamCore", targets: ["FinsamCore"]),
        .executable(name: "finsam", targets: ["finsam"]),
    ],
    targets: [
        .target(name: "FinsamCore", swiftSettings: releaseLinux(["-Xfrontend", "-function-sections"])),
        // --static-swift-stdlib links with --export-dynamic, which exported ~2 300 FinsamCore
        // symbols from the executable; the runtime's first dladdr scans them all. And the code a
        // short run executes is placed side by side (Benchmarks/startup-order.txt; our code and
        // the static standard library both come in one section per function), so start-up
        // touches fewer pages. Together about 0.3 ms of `finsam validate` (docs/performance.md).
        .executableTarget(
            name: "finsam", dependencies: ["FinsamCore"],
            swiftSettings: releaseLinux(["-Xfrontend", "-function-sections"]),
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-Xlinker", "--no-export-dynamic", "-Xlinker",
                        "--section-ordering-file=\(Context.packageDirectory)/Benchmarks/startup-order.txt",
                    ],
                    .when(platforms: [.linux], configuration: .release))
            ]),
        // Benchmark support: built by CI so it never rots, run only by Benchmarks/run.sh.
        .executableTarget(name: "finsam-plangen", path: "Benchmarks/Generator"),
        .executableTarget(name: "finsam-phases", dependencies: ["FinsamCore"], path: "Benchmarks/Phases"),
        .executableTarget(name: "finsam-interleave", path: "Benchmarks/Interleave"),
        .executableTarget(name: "finsam-lsp-bench", dependencies: ["FinsamCore"], path: "Benchmarks/LSP"),
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
