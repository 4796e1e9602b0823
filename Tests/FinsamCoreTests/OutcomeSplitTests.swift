import Foundation
import Testing

@testable import FinsamCore

/// The 50/25/25 split on a follow-up's contributions received to date, at the precision the
/// document prints (issue 14). Fixture Fixtures/plans/outcome-split.json, in tkr, at 30 June
/// 2024: Försäkringskassan 500, Arbetsförmedlingen none (budget 0), region 240, A 62,5, B 187,5.
@Suite("The split on the outcome to date")
struct OutcomeSplitTests {
    static let path = "Fixtures/plans/outcome-split.json"

    static func text(_ outcomes: [String: String]) throws -> String {
        var text = String(decoding: try fixtureBytes(path), as: UTF8.self)
        for (name, outcome) in outcomes {
            let start = try #require(text.range(of: "{\"name\": \"\(name)\", \"outcome\": "))
            let end = try #require(text.range(of: "}", range: start.upperBound..<text.endIndex))
            text.replaceSubrange(start.upperBound..<end.lowerBound, with: outcome)
        }
        return text
    }

    @Test("The region's 240 tkr against half of the state's 500 tkr: short by 10 tkr, at its outcome line")
    func regionShort() throws {
        let checked = try loadFixture("outcome-split.json")
        let split = checked.findings.filter { $0.ruleID == "funding_split" }
        // Half of 500 000 = 250 000; 240 000 − 250 000 = −10 000, beyond the slack of
        // 500 (half of 1 tkr, the region's digit) + 250 (half of the state's half-digit) = 750 kr.
        // Municipalities 62 500 + 187 500 = 250 000 = half; A 250 000 × 100/400 = 62 500,
        // B × 300/400 = 187 500: no finding.
        #expect(split.count == 1)
        let finding = try #require(split.first)
        #expect(finding.severity == .error && finding.year == 2024)
        #expect(finding.location.pointer.description == "/years/0/followUp/income/1/outcome")
        #expect(finding.figures.contains(.money("difference", kr(-10_000))))
        #expect(finding.message.id == "outcome_split.received")
        let sv = Catalog(language: .sv, unit: .tkr).render(finding.message)
        #expect(sv.hasPrefix("medlemsbidrag inbetalda per 2024-06-30: 2024: regionen betalar 240 tkr"))
    }

    @Test("Within what the printing allows: no finding; one digit more is one")
    func atPrintedPrecision() throws {
        // State 501 tkr: half 250 500 kr. Region "250": 500 kr short, within 500 + 250 = 750.
        // A "62": exact 250 500 × 100/400 = 62 625, 625 kr off, within 500 + 250 = 750.
        // B "188": exact 187 875, 125 off. Municipalities 250 000, 500 off, within
        // 500 + 500 + 250 = 1 250.
        let within = try loadText(
            try Self.text(["fk": "501", "region": "250", "a": "62", "b": "188"]), file: "within.json")
        #expect(within.findings(of: ["funding_split"], year: 2024).isEmpty)
        // Region "249": 1 500 kr short, beyond 750.
        let beyond = try loadText(
            try Self.text(["fk": "501", "region": "249", "a": "62", "b": "188"]), file: "beyond.json")
        let region = beyond.findings(of: ["funding_split"], year: 2024)
        #expect(region.count == 1 && region.first?.figures.contains(.money("difference", kr(-1_500))) == true)
        // Written to the krona in kr the same 500 kr is beyond the slack of 0,50 + 0,25 kr.
        let exact = try loadText(
            try Self.text(["fk": "\"501,000\"", "region": "\"250,000\"", "a": "\"62,625\"", "b": "\"187,875\""]),
            file: "exact.json")
        #expect(exact.findings(of: ["funding_split"], year: 2024).count == 1)
    }

    @Test("A follow-up that does not itemise every paying member says nothing of the split")
    func notItemised() throws {
        let text = try Self.text([:]).replacingOccurrences(of: "{\"name\": \"region\", \"outcome\": 240},", with: "")
        #expect(try loadText(text).findings(of: ["funding_split"], year: 2024).isEmpty)
    }
}
