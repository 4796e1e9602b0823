import Foundation
import Testing

/// finsam never writes to an input, whatever path names it.
@Suite("An output that is an input is refused, and the input is left as it was")
struct OutputIsInputTests {
    private func check(_ arguments: [String], expectedStatus: Int32 = 64) throws {
        let directory = try CLI.workspace(copying: ["Fixtures/invalid/valid-base.json"])
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("link.json").path, withDestinationPath: "valid-base.json")
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("plans"), withIntermediateDirectories: false)
        try FileManager.default.copyItem(
            at: directory.appendingPathComponent("valid-base.json"),
            to: directory.appendingPathComponent("plans/valid-base.json"))
        let before = try CLI.snapshot(directory)
        let run = try CLI.run(arguments, in: directory)
        #expect(run.status == expectedStatus, "\(run.stdout) \(run.stderr)")
        #expect(run.stderr.contains("is an input: finsam never writes over a file it reads"), "\(run.stderr)")
        #expect(try CLI.snapshot(directory) == before)
    }

    @Test("validate --receipt naming the plan, directly or through ./")
    func receipt() throws {
        try check(["validate", "valid-base.json", "--receipt", "valid-base.json"])
        try check(["validate", "valid-base.json", "--receipt", "./valid-base.json"])
    }

    @Test("validate --receipt naming a plan found in a directory argument")
    func receiptInDirectory() throws {
        try check(["validate", "plans", "--receipt", "plans/valid-base.json"])
    }

    @Test("report --output naming the plan through a symbolic link")
    func reportOutput() throws {
        try check(["report", "budget", "valid-base.json", "--output", "link.json"])
    }
}
