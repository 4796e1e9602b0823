import Foundation
import Testing

/// Standard input named twice: `-` twice is a usage error; `-` beside `/dev/stdin` reads it
/// twice, and what the second read sees is what the system gives, never a random split.
@Suite("Standard input named twice")
struct StandardInputTwiceTests {
    private static let planPath = "Fixtures/plans/sundsvall-2022.json"

    /// The plan behind a megabyte of leading spaces (valid JSON whitespace, all on line 1):
    /// far more than a pipe holds, so two threads reading one pipe would each get some of it.
    private static func paddedPlan() throws -> Data {
        var padded = Data(repeating: UInt8(ascii: " "), count: 1 << 20)
        padded.append(try Data(contentsOf: repositoryRoot.appendingPathComponent(planPath)))
        return padded
    }

    /// Runs `finsam arguments` with `file` piped into it by `cat`, so standard input is a pipe
    /// (``runProcess`` gives a regular file, which `/dev/stdin` reopens from its start).
    private static func piped(_ file: URL, _ arguments: [String], threads: String) throws -> RunResult {
        let script = #"file=$1; binary=$2; shift 2; cat "$file" | "$binary" "$@""#
        return try runProcess(
            URL(fileURLWithPath: "/bin/sh"), ["-c", script, "sh", file.path, finsamBinary.path] + arguments,
            environment: ["FINSAM_THREADS": threads])
    }

    /// The finding lines `finsam validate` prints for the plan alone, under `name`.
    private static func findings(named name: String) throws -> [String] {
        let alone = try finsam(["validate", "--stdin-filename", name, "-"], stdin: try Self.paddedPlan())
        return alone.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix(name + ":") }
    }

    @Test("- twice is a usage error (exit 64) that prints no findings")
    func dashTwice() throws {
        let run = try finsam(["validate", "-", "-"], stdin: try Self.paddedPlan())
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("standard input (-) can be given only once"))
    }

    @Test("- and /dev/stdin on a regular file: both names read the whole plan")
    func regularFile() throws {
        let run = try finsam(["validate", "-", "/dev/stdin"], stdin: try Self.paddedPlan())
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let stdin = try Self.findings(named: "<stdin>")
        // sundsvall-2022 has errors (exit 1 alone); its findings, once under each name.
        #expect(!stdin.isEmpty)
        #expect(run.status == 1)
        #expect(lines.filter { $0.hasPrefix("<stdin>:") } == stdin)
        #expect(lines.filter { $0.hasPrefix("/dev/stdin:") } == (try Self.findings(named: "/dev/stdin")))
    }

    @Test(
        "On a pipe the first name gets the whole plan and the second an empty file, threads or not",
        arguments: ["1", "2", "4"])
    func pipe(threads: String) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("plan.json")
        try Self.paddedPlan().write(to: file)
        let empty = "1:1: error[input]: the file is empty: a plan file holds one JSON object [/]"
        for (first, second, name) in [("-", "/dev/stdin", "<stdin>"), ("/dev/stdin", "-", "/dev/stdin")] {
            let run = try Self.piped(file, ["validate", first, second], threads: threads)
            let lines = run.stdout.split(separator: "\n").map(String.init)
            let other = name == "<stdin>" ? "/dev/stdin" : "<stdin>"
            #expect(run.status == 2, "\(first) \(second)")
            #expect(lines.filter { $0.hasPrefix(name + ":") } == (try Self.findings(named: name)), "\(first) \(second)")
            #expect(lines.filter { $0.hasPrefix(other + ":") } == [other + ":" + empty], "\(first) \(second)")
        }
    }

    @Test("report reads /dev/stdin twice on a pipe as the plan, then an empty file", arguments: ["1", "2", "4"])
    func reportPipe(threads: String) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("plan.json")
        try Self.paddedPlan().write(to: file)
        let run = try Self.piped(file, ["report", "equity-cap", "/dev/stdin", "/dev/stdin"], threads: threads)
        // The first read parses (no error about it); the second finds nothing; no report.
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(
            run.stderr == "/dev/stdin:1:1: error[input]: the file is empty: a plan file holds one JSON object [/]\n")
    }
}
