import Testing

@testable import FinsamCore

/// Hover texts: the figures of a year, a contribution, a cost line and an initiative, checked
/// against the plan documents' numbers worked out by hand.
@Suite struct LSPHoverTests {
    static let sunnerbo = "Fixtures/plans/sunnerbo-2022.json"
    static let sodra = "Fixtures/plans/sodra-vatterbygden-2024.json"

    /// The hover text at a position of a fixture (line and character from 0).
    static func hover(
        _ fixture: String, line: Int, character: Int, language: Language = .en, options: JSONOutput? = nil
    )
        throws -> String?
    {
        var client = LSPClient.initialized(
            language: .en, options: options ?? .object([("language", .string(language.rawValue))]))
        let uri = "file:///" + fixture
        _ = client.send([LSPClient.open(uri, try fixtureText(fixture))])
        let out = client.send([
            client.request(
                "textDocument/hover",
                .object([
                    LSPClient.textDocument(uri), LSPClient.position(line, character),
                ]))
        ])
        #expect(out.first?.at("result", "contents", "kind")?.string ?? "markdown" == "markdown")
        return out.first?.at("result", "contents", "value")?.string
    }

    /// Sunnerbo 2022 (line 20 is `"year": 2022`): contributions 2 092 000 + 1 046 000 +
    /// 3 × 348 666 = 4 183 998; costs 125 000 + 100 000 + 75 000 + 3 858 000 + 934 000 +
    /// 130 000 + 263 000 + 350 000 = 5 835 000; result −1 651 002; closing equity 2 596 000 −
    /// 1 651 002 = 944 998; cap 20 % of 4 183 998 = 836 799,60; margin 836 799,60 − 944 998 =
    /// −108 198,40 (the document: "ca 945 tkr" closing equity).
    @Test func aYearShowsItsContributionsResultEquityCapAndMargin() throws {
        let text = try #require(try Self.hover(Self.sunnerbo, line: 19, character: 8, language: .sv))
        #expect(text.hasPrefix("**2022 (budget)**"))
        #expect(text.contains("| Medlemsbidrag | 4 183 998 kr |"))
        #expect(text.contains("| Kostnader | 5 835 000 kr |"))
        #expect(text.contains("| Resultat | -1 651 002 kr |"))
        #expect(text.contains("| Ingående eget kapital | 2 596 000 kr |"))
        #expect(text.contains("| Utgående eget kapital | 944 998 kr |"))
        #expect(text.contains("| Tak för eget kapital (20 % av medlemsbidragen) | 836 799,60 kr |"))
        #expect(text.contains("| Marginal till taket (tak − utgående eget kapital) | -108 198,40 kr |"))
    }

    /// Markaryd's part by the equal key: 1 046 000 / 3 = 348 666 remainder 2, so the first two
    /// listed (Markaryd, Älmhult) get 348 667 and Ljungby 348 666.
    @Test func aMunicipalityShowsItsPartByTheKey() throws {
        let markaryd = try #require(try Self.hover(Self.sunnerbo, line: 24, character: 22))
        #expect(markaryd.hasPrefix("**Markaryd: contribution 2022 (municipality)**"))
        #expect(markaryd.contains("| In the plan | 348,666 kr |"))
        #expect(markaryd.contains("| The municipalities' half (half of the state's) | 1,046,000 kr |"))
        #expect(markaryd.contains("| Part by the key (equal, largest remainder) | 348,667 kr |"))
        let ljungby = try #require(try Self.hover(Self.sunnerbo, line: 26, character: 10))
        #expect(ljungby.contains("| Part by the key (equal, largest remainder) | 348,666 kr |"))
        let region = try #require(try Self.hover(Self.sunnerbo, line: 23, character: 20))
        #expect(region.contains("| Half of the state's contribution | 1,046,000 kr |"))
    }

    /// Sunnerbo 2022's "Förbundschef" (934 000 kr, line 34): administration costs 125 000 +
    /// 100 000 + 75 000 + 934 000 + 263 000 + 350 000 = 1 847 000; 934 000 / 5 835 000 = 16,0 %.
    @Test func aCostLineShowsItsShareAndCategory() throws {
        let text = try #require(try Self.hover(Self.sunnerbo, line: 33, character: 20))
        #expect(text.hasPrefix("**Förbundschef: cost line, 2022 (administration)**"))
        #expect(text.contains("| Amount | 934,000 kr |"))
        #expect(text.contains("| All administration costs of the year | 1,847,000 kr |"))
        #expect(text.contains("| Costs | 5,835,000 kr |"))
        #expect(text.contains("| Share of the year's costs | 16% |"))
    }

    /// Södra Vätterbygden's "Metodutv Koll på förmåga": 490 000 kr in 2024, 0 in 2025 and 2026
    /// (the cost lines naming "koll"); line 147 of the plan is the initiative.
    @Test func anInitiativeShowsItsFundingByYear() throws {
        let text = try fixtureText(Self.sodra)
        let line = try #require(
            text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(#""id": "koll""#) })
        let hover = try #require(try Self.hover(Self.sodra, line: line, character: 8, language: .sv))
        #expect(hover.hasPrefix("**Metodutv Koll på förmåga: insats ("))
        #expect(hover.contains("| År | Kostnadsrader | Beviljat |"))
        #expect(hover.contains("| 2024 | 490 000 kr | – |"))
        #expect(hover.contains("| 2025 | 0 kr | – |"))
        #expect(hover.contains("| 2026 | 0 kr | – |"))
    }

    @Test func theClientsLocaleChoosesTheLanguage() throws {
        var client = LSPClient(language: .en)
        _ = client.send([client.request("initialize", .object([("locale", .string("sv-SE"))]))])
        #expect(client.server.language == .sv)
        var optioned = LSPClient(language: .sv)
        _ = optioned.send([
            optioned.request(
                "initialize",
                .object([
                    ("locale", .string("sv")), ("initializationOptions", .object([("language", .string("en"))])),
                ]))
        ])
        #expect(optioned.server.language == .en)
    }

    @Test func nothingToShowOutsideTheFiguresOrInABrokenPlan() throws {
        #expect(try Self.hover(Self.sunnerbo, line: 3, character: 20) == nil)
        var client = LSPClient.initialized()
        _ = client.send([LSPClient.open("file:///x.json", "{\"years\": [")])
        let out = client.send([
            client.request(
                "textDocument/hover",
                .object([
                    LSPClient.textDocument("file:///x.json"), LSPClient.position(0, 3),
                ]))
        ])
        #expect(out.first?.member("result")?.isNull == true)
    }
}
