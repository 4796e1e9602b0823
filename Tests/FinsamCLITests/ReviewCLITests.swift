import Foundation
import Testing

/// `finsam fmt` and `finsam diff` as a user, a CI job and git run them.
struct ReviewCLITests {
    /// A fresh directory holding a copy of a fixture plan.
    static func copy(_ fixture: String, as name: String = "plan.json") throws -> (directory: URL, path: String) {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent(name).path
        try FileManager.default.copyItem(
            atPath: repositoryRoot.appendingPathComponent("Fixtures/plans/" + fixture).path, toPath: path)
        return (directory, path)
    }

    @Test func fmtWritesOnceThenHasNothingToDo() throws {
        let (directory, path) = try Self.copy("sodra-vatterbygden-2024.json")
        defer { try? FileManager.default.removeItem(at: directory) }
        let check = try finsam(["fmt", "--check", path])
        #expect(check.status == 1 && check.stdout == path + "\n")
        #expect(check.stderr.contains("1 file(s) not in finsam's layout"))
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let write = try finsam(["fmt", path])
        #expect(write.status == 0 && write.stdout == path + "\n", "\(write.stderr)")
        let formatted = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(formatted != original)
        // Nothing left behind but the plan; a second run and --check find nothing to do.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["plan.json"])
        let second = try finsam(["fmt", path])
        #expect(second.status == 0 && second.stdout.isEmpty)
        #expect(try finsam(["fmt", "--check", path]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == formatted)
        // The same bytes as through standard input.
        let piped = try finsam(["fmt", "-"], stdin: original)
        #expect(piped.status == 0 && Data(piped.stdout.utf8) == formatted)
        // And the same plan: diff sees no change and exits 0.
        let fixture = repositoryRoot.appendingPathComponent("Fixtures/plans/sodra-vatterbygden-2024.json").path
        let diff = try finsam(["diff", fixture, path])
        #expect(diff.status == 0 && diff.stdout.contains("No figure, initiative or finding changed."), "\(diff.stdout)")
    }

    @Test func fmtLeavesBadJSONUntouchedAndExits2() throws {
        let (directory, good) = try Self.copy("sunnerbo-2022.json")
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = directory.appendingPathComponent("bad.json").path
        let text = "{\"formatVersion\": 1,\n \"years\": [1, 2,]}\n"
        try text.write(toFile: bad, atomically: true, encoding: .utf8)
        let run = try finsam(["fmt", bad, good])
        #expect(run.status == 2)
        #expect(run.stderr.contains(bad + ":2:"), "\(run.stderr)")
        #expect(try String(contentsOfFile: bad, encoding: .utf8) == text)
        // The good file is formatted all the same; the bad one's failure decides the exit code.
        #expect(run.stdout == good + "\n")
        #expect(try finsam(["fmt", "--check", bad]).status == 2)
        #expect(try finsam(["fmt"]).status == 64)
    }

    @Test func fmtThroughALinkRewritesThePlanAndKeepsTheLink() throws {
        let (directory, path) = try Self.copy("sunnerbo-2022.json")
        defer { try? FileManager.default.removeItem(at: directory) }
        let link = directory.appendingPathComponent("link.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        #expect(try finsam(["fmt", link]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == path)
        #expect(try finsam(["fmt", "--check", path]).status == 0)
    }

    @Test func diffExitCodesAndFormats() throws {
        let (directory, path) = try Self.copy("sodra-vatterbygden-2024.json", as: "new.json")
        defer { try? FileManager.default.removeItem(at: directory) }
        let old = repositoryRoot.appendingPathComponent("Fixtures/plans/sodra-vatterbygden-2024.json").path
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "\"habo\": 204600,\n        \"jonkoping\"", with: "\"habo\": 205600,\n        \"jonkoping\"")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let plain = try finsam(["diff", old, path])
        #expect(plain.status == 1)
        // 204 600 + 1 000 kr: the text says it in the reader's language.
        #expect(
            plain.stdout.contains("contribution Habo kommun: 204,600 kr → 205,600 kr (+1,000 kr)"), "\(plain.stdout)")
        #expect(plain.stdout.contains("+ error[funding_split]: 2024: the municipalities pay 2,794,000 kr together"))
        let swedish = try finsam(["diff", "--lang", "sv", old, path])
        #expect(swedish.stdout.contains("medlemsbidrag Habo kommun: 204 600 kr → 205 600 kr (+1 000 kr)"))
        let markdown = try finsam(["diff", "--format", "markdown", old, path])
        #expect(markdown.status == 1 && markdown.stdout.hasPrefix("<!-- finsam-diff -->\n"))
        #expect(markdown.stdout.contains("| contribution Habo kommun | 204,600 kr | 205,600 kr | +1,000 kr |"))
        let json = try finsam(["diff", "--format", "json", old, path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["changed"] as? Bool == true)
        let years = try #require(object["years"] as? [[String: Any]])
        let figures = try #require(years.first?["figures"] as? [[String: Any]])
        #expect(figures.first?["key"] as? String == "contribution/habo")
        #expect((figures.first?["delta"] as? NSNumber)?.intValue == 1000)
        // Bad input, usage.
        #expect(try finsam(["diff", old]).status == 64)
        #expect(try finsam(["diff", old, directory.appendingPathComponent("missing.json").path]).status == 2)
        let out = directory.appendingPathComponent("diff.md").path
        let written = try finsam(["diff", "--format", "markdown", "--output", out, old, path])
        #expect(written.status == 1 && written.stdout.isEmpty)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == markdown.stdout)
        #expect(try finsam(["diff", "--output", path, old, path]).status == 64)
        // A plan added (git hands a difftool /dev/null for the missing side): all of it is new.
        let added = try finsam(["diff", "/dev/null", old])
        #expect(added.status == 1 && added.stdout.contains("2024: added\n  status: none → budget\n"), "\(added.stdout)")
        #expect(try finsam(["diff", "/dev/null", "/dev/null"]).status == 0)
        #expect(try finsam(["diff", "--textconv", "/dev/null"]).status == 2)
        let piped = try finsam(["diff", "-", path], stdin: try Data(contentsOf: URL(fileURLWithPath: old)))
        #expect(piped.stdout.hasPrefix("Budget difference: <stdin> → " + path + "\n"))
    }

    @Test func textconvListsEveryFigureStably() throws {
        let (directory, path) = try Self.copy("sunnerbo-2022.json")
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = try finsam(["diff", "--textconv", path])
        #expect(before.status == 0)
        // 2 092 000 + 1 046 000 + 3 × 348 666 = 4 183 998 kr; the cap is 20 % of it.
        #expect(before.stdout.contains("\n  total contributions: 4,183,998 kr\n"))
        #expect(before.stdout.contains("\n  equity cap: 836,799.60 kr\n"))
        _ = try finsam(["fmt", path])
        #expect(try finsam(["diff", "--textconv", path]).stdout == before.stdout)
        #expect(try finsam(["diff", "--textconv", path, path]).status == 64)
    }
}
