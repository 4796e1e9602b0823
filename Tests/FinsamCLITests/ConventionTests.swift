import Foundation
import Testing

@Suite("CLI conventions: help, version, completions, init, colour")
struct ConventionTests {
    static let commands = ["validate", "rules", "schema", "init", "completions"]

    @Test("--version, help, help COMMAND and -h/--help on every command print to stdout with exit 0")
    func help() throws {
        let version = try finsam(["--version"])
        #expect(version.status == 0 && version.stdout.split(separator: ".").count == 3)
        for arguments in [["help"], ["help", "--help"], ["help", "-h"], ["--help"], ["-h"], ["help", "exit-codes"]] {
            let run = try finsam(arguments)
            #expect(run.status == 0 && !run.stdout.isEmpty && run.stderr.isEmpty, "\(arguments)")
        }
        for command in Self.commands {
            for arguments in [["help", command], [command, "--help"], [command, "-h"]] {
                let run = try finsam(arguments)
                #expect(
                    run.status == 0 && run.stdout.contains("Usage: finsam " + command) && run.stderr.isEmpty,
                    "\(arguments)")
            }
            #expect(try finsam(["help"]).stdout.contains("  " + command))
        }
        let typo = try finsam(["valdiate"])
        #expect(typo.status == 64 && typo.stderr.contains("did you mean 'validate'?"))
    }

    @Test("bash accepts the bash completion script, and it completes commands, formats and rule ids")
    func bashCompletion() throws {
        let script = try finsam(["completions", "bash"])
        #expect(script.status == 0)
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("finsam.bash")
        try Data(script.stdout.utf8).write(to: file)
        let syntax = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["bash", "-n", file.path])
        #expect(syntax.status == 0, "\(syntax.stderr)")
        let probe = """
            source "$1"
            complete_words() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _finsam; echo "${COMPREPLY[*]}"; }
            complete_words finsam va
            complete_words finsam validate --format s
            complete_words finsam rules equity_c
            complete_words finsam completions f
            """
        let run = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["bash", "-c", probe, "probe", file.path])
        #expect(run.stdout == "validate\nsarif\nequity_cap\nfish\n", "\(run.stderr)")
        #expect(try finsam(["completions", "tcsh"]).status == 64)
    }

    @Test("zsh and fish scripts name every command (and pass their shells' syntax check when installed)")
    func otherShells() throws {
        for (shell, check) in [("zsh", ["zsh", "-n"]), ("fish", ["fish", "--no-execute"])] {
            let script = try finsam(["completions", shell])
            #expect(script.status == 0)
            for command in Self.commands { #expect(script.stdout.contains(command), "\(shell): \(command)") }
            let which = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["sh", "-c", "command -v " + shell])
            guard which.status == 0 else { continue }
            let dir = try temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            let file = dir.appendingPathComponent("completion." + shell)
            try Data(script.stdout.utf8).write(to: file)
            #expect(try runProcess(URL(fileURLWithPath: "/usr/bin/env"), check + [file.path]).status == 0, "\(shell)")
        }
    }

    @Test("init writes a plan that validates clean, explains it on stdout, and refuses to overwrite")
    func initPlan() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try finsam(
            [
                "init", "--name", "Samordningsförbundet Test", "--members", "Östra Göinge:14000, Hässleholm:52000",
                "--years", "2027-2029",
            ], in: dir)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Wrote plan.json: a starting plan for Samordningsförbundet Test, 2027–2029"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["plan.json"])
        let check = try finsam(["validate", "--strict", "--format", "json", "plan.json"], in: dir)
        #expect(check.status == 0, "\(check.stdout)")
        let plan = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("plan.json")))
                as? [String: Any])
        let members = try #require(plan["members"] as? [[String: Any]])
        #expect(members.compactMap { $0["id"] as? String } == ["staten", "regionen", "ostra-goinge", "hassleholm"])
        #expect((plan["years"] as? [[String: Any]])?.compactMap { $0["year"] as? Int } == [2027, 2028, 2029])
        let before = try Data(contentsOf: dir.appendingPathComponent("plan.json"))
        let again = try finsam(["init", "--name", "Other"], in: dir)
        #expect(again.status == 2 && again.stderr.contains("never overwrites"))
        #expect(try Data(contentsOf: dir.appendingPathComponent("plan.json")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["plan.json"])
        #expect(try finsam(["init"], in: dir).status == 64)
        #expect(try finsam(["init", "--name", "X", "--years", "2029-2027"], in: dir).status == 64)
        #expect(try finsam(["init", "--name", "X", "--members", "A:100,B"], in: dir).status == 64)
        let stdout = try finsam(["init", "--name", "X", "--output", "-", "--years", "2027"], in: dir)
        #expect(stdout.status == 0 && stdout.stdout.hasPrefix("{\n  \"formatVersion\": 1"))
    }

    @Test("No colour when stdout is not a terminal, even without NO_COLOR")
    func colour() throws {
        let run = try finsam(["validate", "Fixtures/plans/sunnerbo-2022.json"], environment: ["NO_COLOR": ""])
        #expect(!run.stdout.contains("\u{1B}["))
    }
}
