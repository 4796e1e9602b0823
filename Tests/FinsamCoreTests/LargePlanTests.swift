import Testing

@testable import FinsamCore

/// Plans far larger than any real one, written on one line the way a program would: each was
/// quadratic somewhere (minutes of CPU for a few MB) before it was fixed. No timing is asserted;
/// a regression shows as a test that does not finish.
@Suite("Large plans stay linear")
struct LargePlanTests {
    private static func plan(municipalities: Int) -> String {
        let members = (0..<municipalities).map {
            #"{"id": "k\#($0)", "name": "Kommun", "kind": "municipality", "population": 1000}"#
        }
        let contributions = (0..<municipalities).map { #""k\#($0)": 25"# }
        return
            #"{"formatVersion": 1, "federation": {"name": "Stora förbundet"}, "members": [{"id": "staten", "name": "Staten", "kind": "state"}, {"id": "region", "name": "Regionen", "kind": "region"}, "#
            + members.joined(separator: ", ")
            + #"], "openingEquity": 0, "years": [{"year": 2025, "status": "budget", "contributions": {"staten": 1000000, "region": 500000, "#
            + contributions.joined(separator: ", ") + #"}, "costs": []}]}"#
    }

    @Test("20 000 municipalities on one line: the one split finding, at its own column")
    func manyMunicipalities() throws {
        // The municipal half is 500 000 kr over 20 000 equal populations: 25 kr each, so the
        // contributions match; make one differ so there is exactly one split finding to find.
        let text = Self.plan(municipalities: 20_000).replacingOccurrences(#""k19999": 25"#, #""k19999": 26"#)
        let bytes = Array(text.utf8)
        let loaded = try check(bytes, file: "large.json")
        let findings = loaded.findings.filter { $0.ruleID == "funding_split" }
        let finding = try #require(
            findings.first { $0.location.pointer.description == "/years/0/contributions/k19999" })
        // The column of `26`, counted here in scalars ("å" of "förbundet" is one).
        let offset = try #require(Reliability.offset(of: Array(#""k19999": 26"#.utf8), in: bytes)) + 10
        #expect(finding.location.line == 1)
        #expect(finding.location.column == Reliability.lineColumn(of: offset, in: bytes).column)
    }

    @Test("10 000 cost lines with group subtotals, initiatives and unknown fields")
    func manyLines() throws {
        let count = 10_000
        let costs = (0..<count).map {
            #"{"name": "c", "category": "operations", "amount": 1, "group": "g\#($0)", "initiative": "i\#($0)"}"#
        }
        let subtotals = (0..<count).map { #"{"label": "s", "group": "g\#($0)", "amount": 1}"# }
        let initiatives = (0..<count).map {
            #"{"id": "i\#($0)", "name": "I", "target": "individual", "members": ["staten", "region"]}"#
        }
        let unknown = (0..<count).map { #""extra\#($0)": 1"# }
        let text =
            #"{"formatVersion": 1, "federation": {"name": "F"}, "members": [{"id": "staten", "name": "S", "kind": "state"}, {"id": "region", "name": "R", "kind": "region"}], "openingEquity": 10000, "years": [{"year": 2025, "status": "budget", "contributions": {"staten": 2, "region": 1}, "costs": ["#
            + costs.joined(separator: ", ") + #"], "declared": {"subtotals": ["# + subtotals.joined(separator: ", ")
            + #"]}}], "initiatives": ["# + initiatives.joined(separator: ", ") + "], " + unknown.joined(separator: ", ")
            + "}"
        let loaded = try check(Array(text.utf8), file: "large.json")
        // Each group holds one line of 1 kr, as its subtotal says: the sums are per group.
        #expect(loaded.ledger.years[0].costs(inGroup: "g123") == Money(ore: 100))
        #expect(loaded.ledger.years[0].costs(inGroup: "none") == .zero)
        #expect(loaded.ledger.years[0].costs == Money(ore: 1_000_000))
        let findings = loaded.findings
        #expect(findings.filter { $0.ruleID == "unknown_field" }.count == count)
    }

    @Test("Line and column from the block index equal a plain count, at every offset", arguments: PropertySeeds.all)
    func sourceMapBlocks(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        // Long lines of one-, two-, three- and four-byte characters, across many 1 024-byte blocks.
        let pieces = ["a", "å", "€", "𝄞", "\n", "{", "\""].map { Array($0.utf8) }
        var bytes: [UInt8] = []
        while bytes.count < 9_000 {
            let piece =
                Int.random(in: 0..<100, using: &random) == 0 ? pieces[4] : pieces.randomElement(using: &random) ?? []
            bytes += piece
        }
        let map = SourceMap(bytes: bytes)
        for offset in stride(from: 0, through: bytes.count, by: 7)
        where bytes.indices.contains(offset) ? bytes[offset] & 0xC0 != 0x80 : true {
            let expected = Reliability.lineColumn(of: offset, in: bytes)
            #expect(
                map.position(of: offset) == SourcePosition(line: expected.line, column: expected.column),
                "seed \(seed), offset \(offset)")
        }
    }
}
