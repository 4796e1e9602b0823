import Testing

@Suite("finsam rules")
struct RulesCLITests {
    @Test("The list shows each rule's years; --year keeps the rules in force that year")
    func list() throws {
        let all = try finsam(["rules"])
        #expect(all.status == 0)
        // Columns are as wide as the longest id: compare the words, not the padding.
        let capLine = all.stdout.split(separator: "\n").first { $0.hasPrefix("equity_cap ") }
        #expect(
            capLine?.split(separator: " ").joined(separator: " ") == "equity_cap warning 2014– Equity above the cap")
        #expect(all.stdout.contains("waiver_incomplete"))
        let old = try finsam(["rules", "--year", "2010"])
        #expect(!old.stdout.contains("equity_cap") && old.stdout.contains("funding_split"))
        #expect(try finsam(["rules", "--year", "soon"]).status == 64)
    }

    @Test("rules ID explains one rule in Swedish, with its source, years and example messages")
    func explain() throws {
        let run = try finsam(["rules", "--lang", "sv", "equity_cap"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Källa: Nationella rådet för finansiell samordning, rekommendation 2013-10-02"))
        #expect(run.stdout.contains("Gäller planår: från 2014"))
        // The triggering example: 400 001 kr against a cap of 20 % of 2 000 000 kr = 400 000 kr.
        #expect(run.stdout.contains("2024: utgående eget kapital 400 001 kr överstiger taket 400 000 kr"))
        let typo = try finsam(["rules", "equity_capp"])
        #expect(typo.status == 64 && typo.stderr.contains("did you mean 'equity_cap'?"))
    }
}
