import Foundation
import Testing

@testable import FinsamCore

/// `documentKind`: an interim or annual report covers one year, so the rules about a plan's
/// horizon and its adoption do not apply to it; every other rule does.
@Suite("The kind of document")
struct DocumentKindTests {
    static let path = "Fixtures/plans/interim-report-example.json"

    static func text(kind: String) throws -> String {
        String(decoding: try fixtureBytes(Self.path), as: UTF8.self)
            .replacingOccurrences(of: #""documentKind": "interimReport""#, with: #""documentKind": "\#(kind)""#)
    }

    @Test(
        "An interim report of one year has no planning_horizon and no budget_adoption finding; the same text as a plan has both"
    )
    func interimReport() throws {
        let report = try loadFixture("interim-report-example.json")
        #expect(report.plan.documentKind == .interimReport)
        let ids = report.findings.map(\.ruleID)
        #expect(!ids.contains("planning_horizon") && !ids.contains("budget_adoption"))
        // The follow-up's own findings stay: Kansli over its share, Insatser under, Konsulter
        // unbudgeted, and the forecast's closing equity of 920 000 kr over the cap of 400 000.
        #expect(ids.sorted() == ["equity_cap", "follow_up_share", "follow_up_share", "follow_up_unbudgeted"])
        let plan = try loadText(try Self.text(kind: "plan"))
        #expect(plan.findings.map(\.ruleID).sorted() == (ids + ["budget_adoption", "planning_horizon"]).sorted())
        let annual = try loadText(try Self.text(kind: "annualReport"))
        #expect(annual.findings.map(\.ruleID).sorted() == ids.sorted())
    }

    @Test("Without documentKind a file is a plan; an unknown kind is an input error at its value")
    func defaultAndUnknown() throws {
        let plain = try Self.text(kind: "plan").replacingOccurrences(of: ",\n  \"documentKind\": \"plan\"", with: "")
        #expect(!plain.contains("documentKind"))
        #expect(try loadText(plain).plan.documentKind == .plan)
        let error = try #require(inputError(try Self.text(kind: "report")))
        #expect(error.message.id == "plan.invalid_choice")
        #expect(error.location.pointer.description == "/documentKind")
    }
}
