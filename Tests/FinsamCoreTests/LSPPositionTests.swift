import Testing

@testable import FinsamCore

/// Positions in UTF-16 code units, line breaks of every kind, and findings' scalar columns.
@Suite struct LSPPositionTests {
    /// "a😀b" — a is unit 0, the emoji units 1–2 (4 bytes), b unit 3 (byte 5), the line break
    /// byte 6; "åx" on the next line from byte 7 — å one unit (2 bytes), x unit 1 (byte 9).
    @Test func charactersCountUTF16Units() {
        let lines = LineTable(Array("a😀b\nåx".utf8))
        #expect(lines.offset(of: LSPPosition(line: 0, character: 3)) == 5)
        #expect(lines.offset(of: LSPPosition(line: 1, character: 1)) == 9)
        #expect(lines.position(of: 5) == LSPPosition(line: 0, character: 3))
        #expect(lines.position(of: 9) == LSPPosition(line: 1, character: 1))
        // Inside the surrogate pair: before the emoji; past the line's end: its end.
        #expect(lines.offset(of: LSPPosition(line: 0, character: 2)) == 1)
        #expect(lines.offset(of: LSPPosition(line: 0, character: 99)) == 6)
        #expect(lines.offset(of: LSPPosition(line: 9, character: 0)) == 10)
    }

    @Test func linesEndWithLFCRLFOrCR() {
        let lines = LineTable(Array("a\r\nb\rc\nd".utf8))
        #expect(lines.starts == [0, 3, 5, 7])
        #expect(lines.offset(of: LSPPosition(line: 1, character: 5)) == 4)
        #expect(lines.position(of: 7) == LSPPosition(line: 3, character: 0))
    }

    /// Tegelbruket's one-line initiative, renamed with two emoji: the members finding (validate
    /// column: scalars) sits two UTF-16 units further right than its column says.
    @Test func aFindingAfterAnEmojiIsPlacedInUTF16Units() throws {
        let text = try fixtureText("Fixtures/plans/sunnerbo-2022.json")
            .replacingOccurrences(#""name": "Tegelbruket""#, #""name": "😀😀bruket""#)
        var client = LSPClient.initialized()
        let diagnostics = client.send([LSPClient.open("file:///p.json", text)]).published.first?.diagnostics ?? []
        let members = try #require(diagnostics.first { $0.member("code")?.string == "initiative_members" })
        let finding = try #require(
            fileResult(Array(text.utf8), file: "p.json", today: LSPClient.today)
                .findings.first { $0.ruleID == "initiative_members" })
        #expect(members.at("range", "start", "line")?.intValue == finding.location.line - 1)
        #expect(members.at("range", "start", "character")?.intValue == finding.location.column - 1 + 2)
        LanguageServerTests.expectValidateFindings(diagnostics, text: text, file: "/p.json")
    }

    /// An edit after the emoji, in UTF-16 units, lands where the editor means it.
    @Test func rangedEditsCountUTF16Units() {
        var client = LSPClient.initialized()
        _ = client.send([LSPClient.open("file:///t.json", "[\"😀\", 1]")])
        // `[` 0, `"` 1, emoji 2–3, `"` 4, `,` 5, space 6, `1` 7.
        _ = client.send([LSPClient.change("file:///t.json", version: 2, [(0, 7, 0, 8, "2")])])
        #expect(client.server.documents["file:///t.json"]?.text == Array("[\"😀\", 2]".utf8))
    }

    @Test func findingPlacesSkipAByteOrderMark() {
        let places = FindingPlaces([0xEF, 0xBB, 0xBF] + Array("{\n  \"å\": 1}".utf8))
        #expect(places.offset(line: 1, column: 1) == 3)
        // Line 2, column 8 is the `1`: two spaces, quote, å, quote, colon, space.
        #expect(places.offset(line: 2, column: 8) == 3 + 2 + 2 + 1 + 2 + 1 + 1 + 1)
    }
}
