import Foundation
import Testing

@testable import FinsamCore

/// The language server driven by a scripted client: lifecycle, diagnostics equal to
/// `finsam validate`'s findings, text sync (full and incremental), batches checked once.
@Suite struct LanguageServerTests {
    static let sunnerbo = "Fixtures/plans/sunnerbo-2022.json"
    static let uri = "file:///plans/sunnerbo-2022.json"

    /// Asserts the diagnostics are validate's findings for `text`, one for one: rule, severity,
    /// message, and the start as line − 1 and the column's scalars counted in UTF-16 (by Swift's
    /// own String, not the server's tables).
    static func expectValidateFindings(_ diagnostics: [JSONValue], text: String, file: String) {
        let result = fileResult(Array(text.utf8), file: file, today: LSPClient.today)
        let catalog = Catalog(language: .en, unit: result.unit)
        var expected: [(code: String, severity: Int, message: String, line: Int, column: Int)] = []
        switch result.outcome {
        case .failure(let error):
            expected = [("input", 1, catalog.render(error.message), error.location.line, error.location.column)]
        case .success(let findings):
            expected = findings.map { finding in
                var message = catalog.render(finding.message)
                if let waiver = finding.waiver { message += " (" + catalog.render(waiver.note) + ")" }
                let severity = ["error": 1, "warning": 2, "info": 3][finding.severity.rawValue] ?? 0
                return (finding.ruleID, severity, message, finding.location.line, finding.location.column)
            }
        }
        #expect(diagnostics.count == expected.count)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (diagnostic, finding) in zip(diagnostics, expected) {
            #expect(diagnostic.member("code")?.string == finding.code)
            #expect(diagnostic.member("source")?.string == "finsam")
            #expect(diagnostic.member("severity")?.intValue == finding.severity)
            #expect(diagnostic.member("message")?.string == finding.message)
            let start = diagnostic.at("range", "start")
            #expect(start?.member("line")?.intValue == finding.line - 1)
            let line = finding.line - 1 < lines.count ? lines[finding.line - 1] : ""
            let prefix = String(String.UnicodeScalarView(line.unicodeScalars.prefix(finding.column - 1)))
            #expect(start?.member("character")?.intValue == prefix.utf16.count)
        }
    }

    @Test func initializeAnswersWithWhatTheServerCanDo() {
        var client = LSPClient()
        let answers = client.send([client.request("initialize", .object([("capabilities", .object([]))]))])
        let capabilities = answers.answer(1)?.at("result", "capabilities")
        #expect(capabilities?.at("textDocumentSync", "change")?.intValue == 2)
        #expect(capabilities?.at("textDocumentSync", "openClose")?.bool == true)
        #expect(capabilities?.member("hoverProvider")?.bool == true)
        #expect(capabilities?.member("positionEncoding")?.string == "utf-16")
        #expect(capabilities?.at("codeActionProvider", "codeActionKinds")?.elements.first?.string == "quickfix")
    }

    @Test func requestsBeforeInitializeAndAfterShutdownAreRefused() {
        var client = LSPClient()
        let early = client.send([client.request("textDocument/hover", .object([]))])
        #expect(early.answer(1)?.at("error", "code")?.intValue == -32002)
        _ = client.send([client.request("initialize", .object([]))])
        let shutdown = client.send([
            client.request("shutdown", .null), client.request("textDocument/hover", .object([])),
        ])
        #expect(shutdown.answer(3)?.member("result")?.isNull == true)
        #expect(shutdown.answer(4)?.at("error", "code")?.intValue == -32600)
        #expect(client.server.exitCode == nil)
        _ = client.send([LSPClient.notification("exit", .null)])
        #expect(client.server.exitCode == 0)
    }

    @Test func exitWithoutShutdownIsOne() {
        var client = LSPClient.initialized()
        _ = client.send([LSPClient.notification("exit", .null)])
        #expect(client.server.exitCode == 1)
        #expect(LSPClient().server.exitCodeAtEndOfInput == 1)
    }

    @Test(arguments: [
        "Fixtures/plans/sunnerbo-2022.json", "Fixtures/plans/sodra-vatterbygden-2024.json",
        "Fixtures/plans/sundsvall-2022.json", "Fixtures/plans/sundsvall-2021-follow-up.json",
        "Fixtures/plans/follow-up-example.json",
    ])
    func diagnosticsAreValidatesFindings(fixture: String) throws {
        let text = try fixtureText(fixture)
        var client = LSPClient.initialized()
        let published = client.send([LSPClient.open("file:///" + fixture, text)]).published
        #expect(published.count == 1)
        #expect(published.first?.at("params", "uri")?.string == "file:///" + fixture)
        Self.expectValidateFindings(published.first?.diagnostics ?? [], text: text, file: "/" + fixture)
    }

    /// A waived finding is reported as validate reports it: its message and the waiver's note;
    /// an incomplete waiver is its own error. Both as validate gives them.
    @Test func waivedFindingsCarryTheWaiversNote() {
        let waivers =
            #"{"rule": "equity_cap", "year": 2025, "reason": "saving", "decision": "§ 12, 2026-03-14", "expires": "2026-12-31"}, {"rule": "equity_cap", "year": 2026, "reason": " "}"#
        let text = WaiverRules.example(waivers)
        var client = LSPClient.initialized()
        let diagnostics = client.send([LSPClient.open("file:///w.json", text)]).published.first?.diagnostics ?? []
        let messages = diagnostics.compactMap { $0.member("message")?.string }
        #expect(
            messages.contains { $0.hasSuffix("(waived by the board (§ 12, 2026-03-14, until 2026-12-31): saving)") })
        #expect(diagnostics.contains { $0.member("code")?.string == "waiver_incomplete" })
        Self.expectValidateFindings(diagnostics, text: text, file: "/w.json")
    }

    /// Every file of Fixtures/invalid: its input error (or findings) at validate's place.
    @Test func invalidFixturesGiveValidatesInputErrors() throws {
        let directory = repositoryRoot.appendingPathComponent("Fixtures/invalid")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
            .sorted()
        #expect(names.count > 20)
        for name in names {
            let bytes = try fixtureBytes("Fixtures/invalid/" + name)
            // Editors send text: a file that is not UTF-8 cannot be opened as one.
            guard let text = String(validating: bytes, as: UTF8.self) else { continue }
            var client = LSPClient.initialized()
            let diagnostics = client.send([LSPClient.open("file:///" + name, text)]).published.first?.diagnostics ?? []
            Self.expectValidateFindings(diagnostics, text: text, file: "/" + name)
        }
    }

    /// README: Sunnerbo's funding_split error is at 25:21, its equity_cap warning at 19:5.
    @Test func sunnerbosFindingsAreWhereValidateSays() throws {
        var client = LSPClient.initialized()
        let diagnostics =
            client.send([LSPClient.open(Self.uri, try fixtureText(Self.sunnerbo))]).published.first?.diagnostics ?? []
        let split = diagnostics.first { $0.member("code")?.string == "funding_split" }
        #expect(split?.at("range", "start", "line")?.intValue == 24)
        #expect(split?.at("range", "start", "character")?.intValue == 20)
        // The range covers the amount 348666: six characters.
        #expect(split?.at("range", "end", "character")?.intValue == 26)
        #expect(split?.member("severity")?.intValue == 1)
        let related = split?.member("relatedInformation")?.elements.map { $0.member("message")?.string ?? "" } ?? []
        #expect(related == ["in the plan: 1,045,998 kr", "expected: 1,046,000 kr", "difference: -2 kr"])
        let cap = diagnostics.first { $0.member("code")?.string == "equity_cap" }
        #expect(cap?.at("range", "start", "line")?.intValue == 18)
        #expect(cap?.at("range", "start", "character")?.intValue == 4)
        #expect(cap?.member("severity")?.intValue == 2)
    }

    /// Markaryd and Älmhult each 348 666 → 348 667 (two ranged edits of the last digit): the
    /// municipalities then pay 1 046 000 kr, half the state's 2 092 000 kr, and the error goes.
    @Test func incrementalChangeFixingSunnerbosSplitClearsIt() throws {
        let text = try fixtureText(Self.sunnerbo)
        var client = LSPClient.initialized()
        let before = client.send([LSPClient.open(Self.uri, text)]).published.first?.diagnostics ?? []
        #expect(before.contains { $0.member("code")?.string == "funding_split" })
        // Line 25 is `        "markaryd": 348666,` (the last 6 at character 25); line 26 is
        // `        "almhult": 348666,` (the last 6 at character 24).
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[24] == #"        "markaryd": 348666,"# && lines[25] == #"        "almhult": 348666,"#)
        let after = client.send([
            LSPClient.change(Self.uri, version: 2, [(24, 25, 24, 26, "7"), (25, 24, 25, 25, "7")])
        ])
        let diagnostics = after.published.first?.diagnostics ?? []
        #expect(after.published.first?.at("params", "version")?.intValue == 2)
        #expect(!diagnostics.contains { $0.member("code")?.string == "funding_split" })
        #expect(diagnostics.count == before.count - 1)
        let fixed = text.replacingOccurrences(#""markaryd": 348666"#, #""markaryd": 348667"#)
            .replacingOccurrences(#""almhult": 348666"#, #""almhult": 348667"#)
        Self.expectValidateFindings(diagnostics, text: fixed, file: "/plans/sunnerbo-2022.json")
    }

    @Test func fullChangeToBrokenJSONGivesTheInputErrorThenClearsOnFixAndClose() throws {
        let text = try fixtureText(Self.sunnerbo)
        var client = LSPClient.initialized()
        _ = client.send([LSPClient.open(Self.uri, text)])
        let broken = client.send([LSPClient.replace(Self.uri, version: 2, "{\"formatVersion\": 1,")]).published
        #expect(broken.first?.diagnostics.count == 1)
        #expect(broken.first?.diagnostics.first?.member("code")?.string == "input")
        #expect(broken.first?.diagnostics.first?.member("severity")?.intValue == 1)
        Self.expectValidateFindings(
            broken.first?.diagnostics ?? [], text: "{\"formatVersion\": 1,", file: "/plans/sunnerbo-2022.json")
        let fixed = client.send([LSPClient.replace(Self.uri, version: 3, text)]).published
        #expect(!(fixed.first?.diagnostics.contains { $0.member("code")?.string == "input" } ?? true))
        let closed = client.send([
            LSPClient.notification("textDocument/didClose", .object([LSPClient.textDocument(Self.uri)]))
        ])
        #expect(closed.published.count == 1)
        #expect(closed.published.first?.diagnostics.isEmpty == true)
    }

    /// The same session twice: the same bytes out, message for message.
    @Test func theSameSessionGivesTheSameBytes() throws {
        let text = try fixtureText(Self.sunnerbo)
        func session() -> [String] {
            var server = LanguageServer(options: .init(language: .sv, today: LSPClient.today))
            var framer = RPCFramer()
            var stream = RPCOutgoing(
                .object([
                    ("jsonrpc", .string("2.0")), ("id", .integer(1)), ("method", .string("initialize")),
                    ("params", .object([])),
                ])
            ).framed
            stream += LSPClient.open(Self.uri, text)
            stream += LSPClient.change(Self.uri, version: 2, [(24, 25, 24, 26, "9")])
            return server.handle(framer.feed(stream)).map(\.json)
        }
        let first = session()
        #expect(first.count == 2)
        #expect(first == session())
    }

    /// A hover after a change in the same batch checks the new text once, for both.
    @Test func aHoverAndTheDiagnosticsShareOneCheck() throws {
        var client = LSPClient.initialized()
        _ = client.send([LSPClient.open(Self.uri, try fixtureText(Self.sunnerbo))])
        let before = client.server.checksRun
        let out = client.send([
            LSPClient.change(Self.uri, version: 2, [(24, 25, 24, 26, "7")]),
            client.request(
                "textDocument/hover", .object([LSPClient.textDocument(Self.uri), LSPClient.position(24, 22)])),
        ])
        #expect(client.server.checksRun == before + 1)
        #expect(out.first?.at("result", "contents", "value")?.string?.contains("| In the plan | 348,667 kr |") == true)
        #expect(out.last?.method == "textDocument/publishDiagnostics")
    }

    /// Four texts queued in one batch: one check, of the newest text, one publication.
    @Test func aBatchOfChangesIsCheckedOnceWithTheNewestText() throws {
        let text = try fixtureText(Self.sunnerbo)
        var client = LSPClient.initialized()
        let checksBefore = client.server.checksRun
        let out = client.send([
            LSPClient.open(Self.uri, text),
            LSPClient.replace(Self.uri, version: 2, "not json"),
            LSPClient.replace(Self.uri, version: 3, text),
            LSPClient.change(Self.uri, version: 4, [(24, 25, 24, 26, "7"), (25, 24, 25, 25, "7")]),
        ])
        #expect(client.server.checksRun == checksBefore + 1)
        #expect(out.published.count == 1)
        #expect(out.published.first?.at("params", "version")?.intValue == 4)
        let fixed = text.replacingOccurrences(#""markaryd": 348666"#, #""markaryd": 348667"#)
            .replacingOccurrences(#""almhult": 348666"#, #""almhult": 348667"#)
        Self.expectValidateFindings(
            out.published.first?.diagnostics ?? [], text: fixed, file: "/plans/sunnerbo-2022.json")
    }
}
