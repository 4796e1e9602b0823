import Foundation
import Testing

/// The built binary on bad input: exit codes, where messages go, and that nothing is written.
@Suite("finsam validate on bad input, run as a process")
struct CLIInvalidInputTests {
    /// The exit code each fixture of Fixtures/invalid must give; every other fixture is not a
    /// plan finsam can check: 2.
    static let exitCodes: [String: Int32] = [
        "valid-base.json": 0,
        "utf8-bom.json": 0,
        "unknown-field.json": 0,  // a warning, and warnings fail only with --strict
        "unknown-initiative.json": 1,  // an error finding
    ]

    static var fixtures: [String] {
        let directory = CLI.root.appendingPathComponent("Fixtures/invalid")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test(
        "Every fixture: the exit code, a located message on stdout, nothing on stderr, nothing written",
        arguments: fixtures)
    func fixture(_ name: String) throws {
        let directory = try CLI.workspace(copying: ["Fixtures/invalid/" + name])
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = try CLI.snapshot(directory)
        let run = try CLI.run(["validate", "--lang", "en", name], in: directory)
        let expected = Self.exitCodes[name] ?? 2
        #expect(run.status == expected, "\(run.stdout)")
        #expect(run.stderr.isEmpty)
        if expected != 0 || name == "unknown-field.json" {
            // `file:line:col: severity[id]: message [pointer]`, as compilers and editors read it.
            let first = run.stdout.split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.hasPrefix(name + ":"), "\(first)")
            #expect(
                first.range(
                    of: #"^[^:]+:[0-9]+:[0-9]+: (error|warning)\[[a-z_]+\]: .+ \[/[^\]]*\]$"#,
                    options: .regularExpression) != nil, "\(first)")
        }
        #expect(try CLI.snapshot(directory) == before)
    }

    @Test("A directory without plan files: exit 2 (a directory is read as the plans in it)")
    func directory() throws {
        let directory = try CLI.workspace(copying: [])
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("plan.json"), withIntermediateDirectories: false)
        let before = try CLI.snapshot(directory)
        let run = try CLI.run(["validate", "--lang", "en", "plan.json"], in: directory)
        #expect(run.status == 2)
        #expect(run.stdout.hasPrefix("plan.json:1:1: error[input]: no *.json plan files in this directory [/]\n"))
        #expect(try CLI.snapshot(directory) == before)
    }

    @Test("A missing file: exit 2, and finsam does not create it")
    func missing() throws {
        let directory = try CLI.workspace(copying: [])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CLI.run(["validate", "--lang", "en", "nowhere.json"], in: directory)
        #expect(run.status == 2)
        #expect(run.stdout.hasPrefix("nowhere.json:1:1: error[input]: no such file [/]\n"))
        #expect(try CLI.snapshot(directory).isEmpty)
    }

    /// Root reads any file whatever its mode, so as root the test drops to `nobody` with
    /// `setpriv`; without root and without setpriv it cannot make an unreadable file.
    static var canTestPermissions: Bool {
        getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
    }

    @Test(
        "A file without read permission: exit 2 and a message saying so",
        .enabled(if: canTestPermissions, "running as root without /usr/bin/setpriv to drop privileges"))
    func permission() throws {
        let directory = try CLI.workspace(copying: ["Fixtures/invalid/valid-base.json"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let manager = FileManager.default
        try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
        try manager.setAttributes(
            [.posixPermissions: 0o000], ofItemAtPath: directory.appendingPathComponent("valid-base.json").path)
        let before = try CLI.snapshot(directory)
        let prefix = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let run = try CLI.run(["validate", "--lang", "en", "valid-base.json"], in: directory, prefix: prefix)
        #expect(run.status == 2, "\(run.stdout) \(run.stderr)")
        #expect(
            run.stdout.hasPrefix(
                "valid-base.json:1:1: error[input]: permission denied: finsam cannot read the file [/]\n"))
        #expect(try CLI.snapshot(directory) == before)
    }

    @Test("One bad file among good ones: every file reported, exit 2")
    func mixed() throws {
        let directory = try CLI.workspace(copying: [
            "Fixtures/invalid/valid-base.json", "Fixtures/invalid/trailing-comma.json",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CLI.run(["validate", "--lang", "en", "valid-base.json", "trailing-comma.json"], in: directory)
        #expect(run.status == 2)
        #expect(run.stdout.contains("trailing-comma.json:19:74: error[input]: trailing comma"))
        #expect(run.stdout.hasSuffix("2 files checked, 0 errors, 0 warnings, 0 notes, 1 file unreadable\n"))
    }

    @Test("Nesting 10 000 levels deep through the binary: exit 2, no stack overflow")
    func deepNesting() throws {
        let directory = try CLI.workspace(copying: [])
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        try Data(text.utf8).write(to: directory.appendingPathComponent("deep.json"))
        let run = try CLI.run(["validate", "--lang", "en", "deep.json"], in: directory)
        #expect(run.status == 2)
        #expect(run.stdout.hasPrefix("deep.json:1:257: error[input]: nesting deeper than 256 levels"))
    }

    @Test("JSON output for a bad file is JSON, with the place of the error")
    func jsonOutput() throws {
        let directory = try CLI.workspace(copying: ["Fixtures/invalid/nan.json"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CLI.run(["validate", "--format", "json", "nan.json"], in: directory)
        #expect(run.status == 2)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let files = try #require(object?["files"] as? [[String: Any]])
        let error = try #require(files.first?["error"] as? [String: Any])
        // nan.json line 11 is `  "openingEquity": NaN,`: NaN starts at column 20.
        #expect(error["line"] as? Int == 11)
        #expect(error["column"] as? Int == 20)
        #expect(error["pointer"] as? String == "/openingEquity")
        #expect(error["messageId"] as? String == "json.non_finite")
    }
}
