import Foundation
import Testing

/// The contract of `finsam help exit-codes` and the README, on the fixtures. Sodra Vätterbygden
/// has warnings only (initiatives without end dates), Sundsvall has errors and notes, Sunnerbo
/// has an error (the 2 kr split) and warnings.
@Suite("The exit-code contract")
struct ExitCodeTests {
    let sodra = "Fixtures/plans/sodra-vatterbygden-2024.json"
    let sunnerbo = "Fixtures/plans/sunnerbo-2022.json"

    @Test("--fail-on sets the failing severity; --strict is --fail-on warning")
    func failOn() throws {
        #expect(try finsam(["validate", sodra]).status == 0)
        #expect(try finsam(["validate", "--fail-on", "error", sodra]).status == 0)
        #expect(try finsam(["validate", "--fail-on", "warning", sodra]).status == 1)
        #expect(try finsam(["validate", "--strict", sodra]).status == 1)
        #expect(try finsam(["validate", "--fail-on", "info", sodra]).status == 1)
        #expect(try finsam(["validate", sunnerbo]).status == 1)
        #expect(try finsam(["validate", "--strict", "--fail-on", "warning", sodra]).status == 1)
    }

    @Test("Invalid input is 2 and wins over findings; usage errors are 64 with a suggestion")
    func invalidAndUsage() throws {
        #expect(try finsam(["validate", sunnerbo, "Fixtures/plans/no-such.json"]).status == 2)
        let typo = try finsam(["validate", "--fail-onn", "warning", sodra])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("did you mean '--fail-on'?"))
        #expect(try finsam(["validate", "--strict", "--fail-on", "info", sodra]).status == 64)
        #expect(try finsam(["validate", "--fail-on", "fatal", sodra]).status == 64)
        #expect(try finsam(["validate"]).status == 64)
    }

    @Test("help exit-codes states the contract on stdout, exit 0")
    func help() throws {
        let run = try finsam(["help", "exit-codes"])
        #expect(run.status == 0)
        for line in [
            "0   every input", "1   findings", "2   an input", "64  usage", "--fail-on error|warning|info",
            "--strict means --fail-on warning",
        ] {
            #expect(run.stdout.contains(line), "\(line)")
        }
    }
}
