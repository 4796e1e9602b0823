import Foundation
import Testing

/// Threads change how fast finsam is, never what it writes: every run here is made with
/// `FINSAM_THREADS=1` (all on one thread) and `FINSAM_THREADS=4`, and the two must agree to the
/// byte on stdout and stderr, and on the exit status.
@Suite("Serial and threaded runs write the same bytes")
struct ThreadedOutputTests {
    /// Every `*.json` under `Fixtures/<folder>`, relative to the repository root, sorted.
    private static func jsonFiles(under folder: String) throws -> [String] {
        let base = repositoryRoot.appendingPathComponent("Fixtures/" + folder).path
        let names = try FileManager.default.subpathsOfDirectory(atPath: base)
        return names.filter { $0.hasSuffix(".json") }.map { "Fixtures/" + folder + "/" + $0 }.sorted()
    }

    /// The run with one thread and the run with four; a failure names `arguments`.
    private static func bothWays(_ arguments: [String]) throws -> (serial: RunResult, threaded: RunResult) {
        let serial = try finsam(arguments, environment: ["FINSAM_THREADS": "1"])
        let threaded = try finsam(arguments, environment: ["FINSAM_THREADS": "4"])
        #expect(serial.status == threaded.status, "\(arguments)")
        #expect(serial.stdout == threaded.stdout, "\(arguments)")
        #expect(serial.stderr == threaded.stderr, "\(arguments)")
        return (serial, threaded)
    }

    @Test(
        "validate over the whole Fixtures directory",
        arguments: ["text", "json", "github", "sarif", "junit", "markdown", "checkstyle"])
    func validateFixtures(format: String) throws {
        let (serial, _) = try Self.bothWays(["validate", "--format", format, "Fixtures"])
        // Fixtures/invalid holds files that are not plans at all (empty.json): exit 2.
        #expect(serial.status == 2)
        // Not two empty outputs: findings from files in several folders.
        for file in [
            "Fixtures/invalid/empty.json", "Fixtures/plans/sundsvall-2022.json", "Fixtures/plans/sunnerbo-2022.json",
        ] {
            #expect(serial.stdout.contains(file), "\(format): \(file)")
        }
    }

    @Test(
        "report equity-cap over every plan in Fixtures/plans, as is and projected", arguments: ["text", "json", "csv"])
    func reportPlans(format: String) throws {
        let plans = try Self.jsonFiles(under: "plans")
        #expect(plans.count >= 4)
        for extra in [[], ["--years", "5"]] {
            let (serial, _) = try Self.bothWays(["report", "equity-cap", "--format", format] + extra + plans)
            #expect(serial.status == 0, "\(extra)")
            #expect(serial.stderr.isEmpty, "\(extra)")
            for federation in ["Sundsvall", "Sunnerbo", "Södra Vätterbygden"] {
                #expect(serial.stdout.contains(federation), "\(format) \(extra): \(federation)")
            }
        }
    }

    @Test("report equity-cap over every JSON file in Fixtures: the same errors in the same order")
    func reportEverything() throws {
        let files =
            try Self.jsonFiles(under: "plans") + Self.jsonFiles(under: "invalid") + Self.jsonFiles(under: "golden")
        let (serial, _) = try Self.bothWays(["report", "equity-cap"] + files)
        #expect(serial.status == 2)
        #expect(serial.stdout.isEmpty)
        let errors = serial.stderr.split(separator: "\n")
        #expect(errors.count >= 20)
        #expect(errors.contains { $0.hasPrefix("Fixtures/invalid/empty.json:1:1: error[input]: the file is empty") })
        #expect(errors.contains { $0.hasPrefix("Fixtures/invalid/truncated.json:") })
    }
}
