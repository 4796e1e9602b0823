import Foundation
import Testing

@Suite("validate's inputs: files, directories, standard input")
struct InputTests {
    @Test("A directory is searched recursively for *.json, in sorted order, hidden folders skipped")
    func directories() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = try Data(
            contentsOf: repositoryRoot.appendingPathComponent("Fixtures/plans/sodra-vatterbygden-2024.json"))
        for path in ["b.json", "a/z.json", "a.json", ".hidden/x.json", "notes.txt"] {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try plan.write(to: url)
        }
        let run = try finsam(["validate", "--format", "json", "."], in: dir)
        let files = run.stdout.split(separator: "\n").filter { $0.contains("\"path\"") }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        // Byte order: "./a.json" < "./a/z.json" ('.' 0x2E < '/' 0x2F) < "./b.json".
        #expect(files == [#""path": "./a.json","#, #""path": "./a/z.json","#, #""path": "./b.json","#])
        #expect(run.status == 0)
    }

    @Test("A directory with no plan files is invalid input (exit 2), not a silent pass")
    func emptyDirectory() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try finsam(["validate", dir.path])
        #expect(run.status == 2)
        #expect(run.stdout.contains("no *.json plan files"))
    }

    @Test("A file is read whole: one larger than any read buffer, and one whose size the system does not know")
    func wholeFiles() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = try Data(contentsOf: repositoryRoot.appendingPathComponent("Fixtures/plans/sunnerbo-2022.json"))
        let original = try finsam(["validate", "Fixtures/plans/sunnerbo-2022.json"])
        // Trailing whitespace (valid JSON) after the plan: the same findings. 9 MB is read in
        // parts on two threads, 300 KB in one.
        for padding in [300_000, 9_000_000] {
            var padded = plan
            padded.append(Data(repeating: UInt8(ascii: " "), count: padding))
            padded.append(Data("\n".utf8))
            let file = dir.appendingPathComponent("padded.json")
            try padded.write(to: file)
            for threads in ["1", "2"] {
                let run = try finsam(["validate", file.path], environment: ["FINSAM_THREADS": threads])
                #expect(run.status == original.status)
                #expect(
                    run.stdout.replacingOccurrences(of: file.path, with: "X")
                        == original.stdout.replacingOccurrences(of: "Fixtures/plans/sunnerbo-2022.json", with: "X"))
            }
        }
        // /proc files say their size is 0; finsam reads on to the end, so it sees their text.
        let proc = try finsam(["validate", "/proc/self/status"])
        #expect(proc.status == 2)
        #expect(proc.stdout.contains(#"/proc/self/status:1:1: error[input]: unexpected character "N""#))
    }

    @Test("- reads standard input, named by --stdin-filename in messages")
    func standardInput() throws {
        let plan = try Data(contentsOf: repositoryRoot.appendingPathComponent("Fixtures/plans/sunnerbo-2022.json"))
        let run = try finsam(["validate", "--stdin-filename", "plans/sunnerbo.json", "-"], stdin: plan)
        #expect(run.status == 1)
        #expect(run.stdout.contains("plans/sunnerbo.json:25:21: error[funding_split]"))
        let unnamed = try finsam(["validate", "-"], stdin: plan)
        #expect(unnamed.stdout.hasPrefix("<stdin>:19:5: warning[equity_cap]"))
        let twice = try finsam(["validate", "-", "-"], stdin: plan)
        #expect(twice.status == 64)
    }
}
