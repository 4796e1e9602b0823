import Foundation
import Testing

@testable import FinsamCore

/// Every report in every format on the seed fixtures, against the files under
/// `Fixtures/golden/reports/`. A change in output must be a choice: re-record with
/// `FINSAM_RECORD=1 swift test --filter GoldenReportTests` and review the diff before committing.
@Suite("Golden reports")
struct GoldenReportTests {
    struct Case: CustomStringConvertible, Sendable {
        let path: String
        let render: @Sendable () throws -> String
        var description: String { path }
    }

    static let extensions = ["text": "txt", "markdown": "md", "csv": "csv", "json": "json", "html": "html"]

    static var cases: [Case] {
        var result: [Case] = []
        for format in TableFormats.all {
            let ext = extensions[format.name] ?? format.name
            for language in Language.allCases {
                let options = TableOptions(language: language)
                for kind in ReportKind.allCases where kind != .followUp {  // follow-up: FollowUpReportTests
                    result.append(
                        Case(path: "\(kind.rawValue)/seeds.\(language.rawValue).\(ext)") {
                            format.render(kind.report(try ReportTests.sources()), options: options)
                        })
                }
            }
            for seed in ReportTests.seeds {
                let name = seed.replacingOccurrences(of: ".json", with: "")
                result.append(
                    Case(path: "projection/\(name).sv.\(ext)") {
                        let projection = try #require(ProjectionReport.make(try projectedFixture(seed, years: 3)))
                        return format.render(projection, options: TableOptions(language: .sv))
                    })
            }
            // Financial items and the operating result, as the budget report prints them.
            result.append(
                Case(path: "budget/statement-example.sv.\(ext)") {
                    let source = ReportSource(try loadFixture("statement-example.json"))
                    return format.render(ReportKind.budget.report([source]), options: TableOptions(language: .sv))
                })
            result.append(
                Case(path: "equity-cap/seeds.sv-tkr.\(ext)") {
                    format.render(ReportKind.equityCap.report(try ReportTests.sources()), options: ReportTests.svTkr)
                })
        }
        return result
    }

    @Test("Each report and format matches its golden file", arguments: cases)
    func golden(_ testCase: Case) throws {
        let url = repositoryRoot.appendingPathComponent("Fixtures/golden/reports/" + testCase.path)
        let rendered = try testCase.render()
        #expect(try testCase.render() == rendered, "the same input must give the same bytes")
        if ProcessInfo.processInfo.environment["FINSAM_RECORD"] == "1" {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(rendered.utf8).write(to: url)
            return
        }
        let golden = try String(decoding: Data(contentsOf: url), as: UTF8.self)
        #expect(rendered == golden, "re-record with FINSAM_RECORD=1 if the change is intended")
    }
}
