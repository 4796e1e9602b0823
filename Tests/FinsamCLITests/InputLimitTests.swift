import Foundation
import Testing

/// Bounded input: a file over the limit is refused before it is read, a stream is read to the
/// limit and no further, and a directory's `*.json` must be regular files.
@Suite("Input size limit")
struct InputLimitTests {
    static let plan = "Fixtures/plans/sunnerbo-2022.json"

    @Test("A file larger than --max-input-size (or FINSAM_MAX_INPUT_SIZE) is exit 2 with a message")
    func fileOverLimit() throws {
        // Sunnerbo's plan is a few kilobytes: 1K is too little, 1M plenty.
        let refused = try finsam(["validate", "--max-input-size", "1K", Self.plan])
        #expect(refused.status == 2 && refused.stdout.contains("larger than 1024 bytes"))
        #expect(try finsam(["validate", "--max-input-size", "1M", Self.plan]).status == 1)
        let environment = try finsam(["report", "equity-cap", Self.plan], environment: ["FINSAM_MAX_INPUT_SIZE": "2K"])
        #expect(environment.status == 2 && environment.stderr.contains("larger than 2048 bytes"))
        #expect(try finsam(["validate", "--max-input-size", "lots", Self.plan]).status == 64)
        #expect(try finsam(["validate", "--max-input-size", "0", Self.plan]).status == 64)
    }

    @Test("An endless stream is read to the limit and refused: /dev/zero ends")
    func endlessStream() throws {
        let run = try finsam(["validate", "--max-input-size", "4M", "/dev/zero"])
        #expect(run.status == 2 && run.stdout.contains("larger than 4194304 bytes"))
    }

    @Test("Standard input past the limit is refused")
    func standardInput() throws {
        let run = try finsam(["validate", "--max-input-size", "1K", "-"], stdin: Data(repeating: 0x20, count: 5_000))
        #expect(run.status == 2 && run.stdout.contains("<stdin>:1:1: error[input]: larger than 1024 bytes"))
    }

    @Test("In a directory, a *.json that is not a regular file (a link to a device) is refused, the rest checked")
    func directoryDevice() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent("zero.json").path, withDestinationPath: "/dev/zero")
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent(Self.plan), to: dir.appendingPathComponent("plan.json"))
        let run = try finsam(["validate", dir.path])
        #expect(run.status == 2)
        #expect(run.stdout.contains("zero.json:1:1: error[input]: not a regular file"))
        #expect(run.stdout.contains("plan.json:25:21: error[funding_split]"))
    }
}
