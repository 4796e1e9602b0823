import Foundation
import Testing

@testable import FinsamCore

/// The follow-up report in every format and language on the two follow-up fixtures, against
/// the files under `Fixtures/golden/reports/follow-up/`. A change in output must be a choice:
/// re-record with `FINSAM_RECORD=1 swift test --filter FollowUpGoldenTests` and review the diff.
@Suite("Golden follow-up reports")
struct FollowUpGoldenTests {
    static let plans = [
        ("follow-up-example.json", 2024), ("sundsvall-2021-follow-up.json", 2021), ("interim-total-budget.json", 2024),
    ]

    static var cases: [GoldenReportTests.Case] {
        var result: [GoldenReportTests.Case] = []
        for format in TableFormats.all {
            let ext = GoldenReportTests.extensions[format.name] ?? format.name
            for (plan, year) in plans {
                let name = plan.replacingOccurrences(of: ".json", with: "")
                var variants = Language.allCases.map { ($0.rawValue, TableOptions(language: $0)) }
                if plan.hasPrefix("sundsvall") { variants.append(("sv-tkr", TableOptions(language: .sv, unit: .tkr))) }
                for (suffix, options) in variants {
                    result.append(
                        GoldenReportTests.Case(path: "follow-up/\(name).\(suffix).\(ext)") {
                            let source = ReportSource(try loadFixture(plan))
                            return format.render(ReportKind.followUp.report([source], year: year), options: options)
                        })
                }
            }
        }
        return result
    }

    @Test("Each follow-up report and format matches its golden file", arguments: cases)
    func golden(_ testCase: GoldenReportTests.Case) throws {
        try GoldenReportTests().golden(testCase)
    }
}
