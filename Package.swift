// swift-tools-version:6.0
import PackageDescription

/// Compiler flags for release builds on Linux only (debug builds and other systems are untouched).
func releaseLinux(_ flags: [String]) -> [SwiftSetting] {
    [.unsafeFlags(flags, .when(platforms: [.linux], configuration: .release))]
}

/// Code generation of release builds on Linux for finsam's own modules, for a short start-up
/// (docs/performance.md, "Start-up"):
/// - `-function-sections`: each function in its own section, so the link can place the code a
///   short run executes side by side (Benchmarks/startup-order.txt).
/// - `-disable-concrete-type-metadata-mangled-name-accessors`: a generic type's metadata is
///   fetched through its accessor with the arguments and conformances the compiler already
///   knows, not by demangling its name at run time, which also searched all ~2 200 conformance
///   records for each `String: Hashable` or `InputError: Error` it needed (`validate` on the
///   typical plan: 4.54 → 4.00 M instructions).
/// - `-disable-preallocated-instantiation-caches`: no 128-byte cache in `.bss` for each of the
///   ~240 conformances of our types to the standard library's protocols; the few a run uses are
///   allocated when first used, instead of touching pages spread over 30 KB (13 fewer faults).
/// - `-sil-disable-pass=object-outliner`: a constant array literal (the message tables, option
///   lists) is built by code on first use instead of stored as an object whose every string the
///   loader must relocate: 2 200 relocations and 17 copy-on-write pages of `.data` less (22
///   faults). The price: such a literal inside a function is now built at each call, and a
///   string enum's `init(rawValue:)` searches a new array each time (large plans: +0.1–0.2 %
///   instructions, the `members` shape +0.9 %). Remove the line if that ever matters more.
let startupCodegen = releaseLinux([
    "-Xfrontend", "-function-sections",
    "-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors",
    "-Xfrontend", "-disable-preallocated-instantiation-caches",
    "-Xllvm", "-sil-disable-pass=object-outliner",
])

let package = Package(
    name: "finsam",
    products: [
        .library(name: "FinsamCore", targets: ["FinsamCore"]),
        .executable(name: "finsam", targets: ["finsam"]),
    ],
    targets: [
        .target(name: "FinsamCore", swiftSettings: startupCodegen),
        // --static-swift-stdlib links with --export-dynamic, which exported ~2 300 FinsamCore
        // symbols from the executable; the runtime's first dladdr scans them all. And the code a
        // short run executes is placed side by side (Benchmarks/startup-order.txt; our code and
        // the static standard library both come in one section per function), so start-up
        // touches fewer pages. Together about 0.3 ms of `finsam validate` (docs/performance.md).
        .executableTarget(
            name: "finsam", dependencies: ["FinsamCore"],
            swiftSettings: startupCodegen,
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
