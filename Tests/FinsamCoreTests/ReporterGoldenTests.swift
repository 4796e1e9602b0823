import Foundation
import Testing

@testable import FinsamCore

/// Every format on every fixture, against a committed golden file. The goldens were read by
/// hand when recorded; re-record on purpose only, with `FINSAM_RECORD=1 swift test --filter ReporterGolden`.
@Suite("Reporters: golden files")
struct ReporterGoldenTests {
    static let fixtures = ["sodra-vatterbygden-2024", "sundsvall-2022", "sunnerbo-2022"]

    static func results(_ fixture: String) throws -> [FileResult] {
        let path = "Fixtures/plans/" + fixture + ".json"
        return [fileResult(try fixtureBytes(path), file: path)]
    }

    @Test(
        "Each format's output on each fixture matches Fixtures/golden/validate/<fixture>.<format>.golden",
        arguments: Reporters.all.map(\.name))
    func golden(format: String) throws {
        let reporter = try #require(Reporters.named(format))
        for fixture in Self.fixtures {
            let output = reporter.report(try Self.results(fixture), options: ReportOptions(language: .en))
            let relative = "Fixtures/golden/validate/" + fixture + "." + format + ".golden"
            let url = repositoryRoot.appendingPathComponent(relative)
            if ProcessInfo.processInfo.environment["FINSAM_RECORD"] == "1" {
                try Data(output.utf8).write(to: url)
                continue
            }
            let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            #expect(output == expected, "\(relative) differs; re-record on purpose with FINSAM_RECORD=1")
        }
    }

    @Test("The same input gives the same bytes, in every format")
    func deterministic() throws {
        let results = try Self.results("sunnerbo-2022")
        for reporter in Reporters.all {
            let options = ReportOptions(language: .sv)
            #expect(reporter.report(results, options: options) == reporter.report(results, options: options))
        }
    }
}
