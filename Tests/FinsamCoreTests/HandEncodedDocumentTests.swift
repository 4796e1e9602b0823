import Foundation
import Testing

@testable import FinsamCore

/// Two documents encoded by hand from paper (issue 14's "done when"): each validates with no
/// false finding and with every real mistake found. The papers, their hand calculations and
/// their mistakes are in Fixtures/documents/*.md; the expected findings below come from there.
struct HandEncodedDocumentTests {
    /// What a finding must be: rule, severity, year (nil for the plan) and place.
    struct Expected: Equatable, CustomStringConvertible {
        let rule: String
        let severity: Severity
        let year: Int?
        let pointer: String

        init(_ rule: String, _ severity: Severity, _ year: Int?, _ pointer: String) {
            self.rule = rule
            self.severity = severity
            self.year = year
            self.pointer = pointer
        }

        init(_ finding: Finding) {
            self.init(finding.ruleID, finding.severity, finding.year, finding.location.pointer.description)
        }

        var description: String { "\(rule) \(severity) \(year.map(String.init) ?? "-") \(pointer)" }
    }

    // MARK: Sjöbygden's plan 2025–2027

    static let plan = "sjobygden-plan-2025.json"

    @Test("The plan: its three mistakes found, and the equity rules say once that they cannot judge")
    func planFindings() throws {
        let found = try loadFixture(Self.plan).findings.map(Expected.init)
        let expected: [Expected] = [
            // No opening equity printed: one note each from the rules that need it.
            Expected("negative_equity", .info, nil, "/years/0"),
            Expected("equity_cap", .info, nil, "/years/0"),
            // Mistake 1: "Summa insatser" 6 950, its parts 6 350 + 550 = 6 900.
            Expected("declared_figures", .error, 2025, "/years/0/declared/subtotals/2/amount"),
            // Mistake 2: Berga 520,8 where the key gives 502,8: municipalities 2 118 ≠ 2 100,
            // Berga 520 800 − 502 788 = 18 012 kr off, and the document's sums of the year
            // (8 400 printed, 8 418 by the lines) at each figure that rests on them.
            Expected("funding_split", .error, 2026, "/years/1/contributions/aby"),
            Expected("funding_split", .error, 2026, "/years/1/contributions/berga"),
            Expected("declared_figures", .error, 2026, "/years/1/declared/totalContributions"),
            Expected("declared_figures", .error, 2026, "/years/1/declared/totalIncome"),
            Expected("declared_figures", .error, 2026, "/years/1/declared/operatingResult"),
            Expected("declared_figures", .error, 2026, "/years/1/declared/result"),
            // Mistake 3: 2027's deficit of 62 tkr with no reason stated.
            Expected("deficit_reason", .error, 2027, "/years/2"),
        ]
        #expect(found.sorted { $0.description < $1.description } == expected.sorted { $0.description < $1.description })
    }

    @Test("The plan's figures, by hand")
    func planFigures() throws {
        let checked = try loadFixture(Self.plan)
        let years = checked.ledger.years
        // Contributions 8 400 (2026: 8 418); income + the county's 350 in 2025.
        #expect(years.map(\.contributions) == [kr(8_400_000), kr(8_418_000), kr(8_400_000)])
        #expect(years.map(\.income) == [kr(8_750_000), kr(8_418_000), kr(8_400_000)])
        // Operating costs 6 900 + 1 630; 6 500 + 1 600; 6 800 + 1 650. The 12 tkr of interest
        // are outside them and inside the result.
        #expect(years.map(\.costs) == [kr(8_530_000), kr(8_100_000), kr(8_450_000)])
        #expect(years.map(\.result) == [kr(208_000), kr(306_000), kr(-62_000)])
        #expect(years.allSatisfy { $0.openingEquity == nil && $0.closingEquity == nil })
        // Individual-targeted: the named initiatives in 2025, the lines by target after.
        #expect(years.map(\.individualCosts) == [kr(6_350_000), kr(6_000_000), kr(6_300_000)])
        #expect(years.map(\.unlinkedOperationsCosts) == [.zero, .zero, .zero])
        // Kansli's share 1 630 / 8 530 = 19,11 %: within 20 %, so no admin_share finding.
        #expect(!checked.findings.contains { ["admin_share", "individual_share"].contains($0.ruleID) })
    }

    @Test("Berga's 502,8 tkr is the key's 502 788 kr as printed; 502,9 is not")
    func splitAtPrintedPrecision() throws {
        // 12 450 / 52 000 × 2 100 000 = 502 788,46 kr: 502,8 tkr is 11,54 kr away, within half
        // its last digit (50 kr). 502,9 tkr is 111,54 kr away, beyond 50 + 25 (half the state's
        // 4 200,0's own 50 kr).
        let text = String(decoding: try fixtureBytes("Fixtures/plans/" + Self.plan), as: UTF8.self)
        let first = try #require(text.range(of: #""berga": "502,8""#))
        let changed = text.replacingCharacters(in: first, with: #""berga": "502,9""#)
        let berga = try loadText(changed).findings(of: ["funding_split"], year: 2025)
            .filter { $0.location.pointer.description == "/years/0/contributions/berga" }
        #expect(berga.count == 1)
        #expect(berga.first?.figures.contains(.money("expected", kr(502_788))) == true)
    }
}

/// Sjöbygden's interim report at 31 August 2025: a budget of totals, an itemised outcome.
struct HandEncodedInterimReportTests {
    typealias Expected = HandEncodedDocumentTests.Expected
    static let report = "sjobygden-delarsrapport-2025.json"

    @Test("The interim report: its mistake found, nothing else claimed")
    func reportFindings() throws {
        let found = try loadFixture(Self.report).findings.map(Expected.init)
        let expected: [Expected] = [
            Expected("negative_equity", .info, nil, "/years/0"),
            Expected("equity_cap", .info, nil, "/years/0"),
            // The budget's 8 530 tkr of costs name no initiative: the share cannot be judged.
            Expected("individual_share", .info, 2025, "/years/0"),
            // "Periodens resultat" 984; 5 950 − 4 994 − 8 = 948.
            Expected("interim_figures", .error, 2025, "/years/0/followUp/interim/result"),
        ]
        #expect(found.sorted { $0.description < $1.description } == expected.sorted { $0.description < $1.description })
        let result = try #require(try loadFixture(Self.report).findings.first { $0.ruleID == "interim_figures" })
        #expect(result.figures.contains(.money("computed", kr(948_000))))
        #expect(Catalog(language: .sv, unit: .tkr).render(result.message).contains("”Periodens resultat” = 984 tkr"))
    }

    @Test("The forecast, by hand: every line forecast, so the total's 387 tkr left unused is not forecast")
    func forecastFigures() throws {
        let checked = try loadFixture(Self.report)
        let forecast = try #require(checked.forecasts.first?.ledger.years.first)
        // Income 4 200 + 2 100 + 1 260 + 502,8 + 337,2 + 350 = 8 750.
        #expect(forecast.income == kr(8_750_000))
        // Operating costs 2 850 + 2 100 + 1 100 + 250 + 230 + 1 050 + 250 + 135 + 178 = 8 143
        // (not the budget's 8 530); the 12 of interest below them; result 8 750 − 8 143 − 12.
        #expect(forecast.costs == kr(8_143_000))
        #expect(forecast.result == kr(595_000))
        // Individual-targeted 2 850 + 2 100 + 1 100 = 6 050, by the initiatives the lines name.
        #expect(forecast.individualCosts == kr(6_050_000))
        let followUp = try #require(checked.plan.years.first?.followUp)
        #expect(!followUp.costs.contains { $0.isUnitemised })
        #expect(followUp.costs.allSatisfy { $0.withinTotal || $0.budget != nil })
    }

    @Test("Forecast lines with no forecast of their own still take what the total leaves")
    func restOfTotalWithoutLineForecasts() throws {
        // Without the Steg för steg line's forecast (1 038) the document no longer forecasts
        // every line within the total, so what the total leaves is forecast: the nine operating
        // lines' outcome 4 994 plus their own forecasts 804 + 502 + 162 + 89 + 348 + 99 + 48 + 59
        // = 2 111 cover 7 105 of the 8 530; the rest, 1 425, is forecast for the year. (The
        // financial line is itemised in the budget and outside the operating total.)
        let text = String(decoding: try fixtureBytes("Fixtures/plans/" + Self.report), as: UTF8.self)
            .replacingOccurrences(of: #""outcome": "1 812,0", "forecast": "1 038,0""#, with: #""outcome": "1 812,0""#)
        let followUp = try #require(try loadText(text).plan.years.first?.followUp)
        let rest = try #require(followUp.costs.first { $0.isUnitemised })
        #expect(rest.forecastYear == kr(1_425_000))
    }
}
