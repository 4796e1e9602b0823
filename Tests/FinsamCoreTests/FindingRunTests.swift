import Foundation
import Testing

@testable import FinsamCore

/// A rule's run of like findings (``FindingRun``) is the fast path for a finding in each of
/// many initiatives: each finding must be the one made the plain way, with its message and its
/// whole location, and its pointer the document's.
@Suite("Findings held as a run")
struct FindingRunTests {
    /// The rule context of a checked plan, as the pipeline makes it.
    static func context(_ checked: CheckedPlan) -> RuleContext {
        let loaded = checked.loaded
        return RuleContext(
            plan: loaded.plan, ledger: loaded.ledger, unknownFields: loaded.unknownFields, file: loaded.file,
            sourceMap: loaded.sourceMap, document: loaded.document)
    }

    /// A plan of `count` initiatives, every third without an end date, some named with escapes
    /// or letters beyond ASCII (read by the decoder's general path, or from the file's bytes).
    static func plan(initiatives count: Int) -> String {
        let names = [
            #"Insats \u00e5tta"#, "Unga vuxna i Växjö", #"Steg \"ett\""#, "", "Ett mycket långt namn på en insats",
        ]
        let initiatives = (0..<count).map { index in
            let end = index % 3 == 0 ? "" : #", "end": "2026-12-31""#
            return #"{"id": "i\#(index)", "name": "\#(names[index % names.count])", "target": "individual", "#
                + #""start": "2024-01-01"\#(end)}"#
        }
        return ExamplePlan.plan(initiatives: "[\n    " + initiatives.joined(separator: ",\n    ") + "\n]")
    }

    @Test("each finding of the end-date rule's run is the finding made the plain way", arguments: [4, 300])
    func endDateRunIsThePlainFindings(count: Int) throws {
        let checked = try loadText(Self.plan(initiatives: count))
        let context = Self.context(checked)
        let rule = InitiativeEndDateRule()
        let plain = context.plan.initiatives.filter { $0.end == nil }.map { initiative in
            context.finding(rule, Message("initiative.no_end", [.text(initiative.name)]), at: initiative.ref)
        }
        let run = rule.check(Self.context(checked))
        #expect(plain.count == (count + 2) / 3)
        #expect(run == plain)
        #expect(run.map(\.location.line) == plain.map(\.location.line))
        #expect(run.map(\.location.pointer.description) == plain.map(\.location.pointer.description))
        #expect(run.map(\.place.line) == plain.map(\.location.line))
        // The names as written in the file, escapes decoded.
        #expect(run.first?.message.argument(0) == .text("Insats åtta"))
    }

    @Test("an initiative's pointer is the one the document finds at its place, in every fixture plan")
    func initiativePointersAreTheDocuments() throws {
        let folder = repositoryRoot.appendingPathComponent("Fixtures/plans")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        var compared = 0
        for file in files.sorted() {
            let loaded = try loadFixture(file).loaded
            for (index, initiative) in loaded.plan.initiatives.enumerated() {
                #expect(
                    RuleContext.initiativePointer(index) == loaded.document.pointer(to: initiative.ref.offset),
                    "\(file) #\(index)")
                compared += 1
            }
        }
        let generated = try loadText(Self.plan(initiatives: 50)).loaded
        for (index, initiative) in generated.plan.initiatives.enumerated() {
            #expect(RuleContext.initiativePointer(index) == generated.document.pointer(to: initiative.ref.offset))
            compared += 1
        }
        #expect(compared > 60)
    }

    @Test("a finding is 32 bytes, a run's or one of its own")
    func findingSize() {
        #expect(MemoryLayout<Finding>.stride == 32)
    }

    @Test("a waived run finding keeps its run's words and place")
    func waivedRunFinding() throws {
        let checked = try loadText(Self.plan(initiatives: 6))
        var finding = try #require(InitiativeEndDateRule().check(Self.context(checked)).last)
        let before = (finding.message, finding.location, finding.severity, finding.ruleID)
        finding.waive(by: 1, of: WaiverList(FindingExtrasTests.waivers))
        #expect(finding.waiver == FindingExtrasTests.waivers[1])
        #expect(finding.message == before.0 && finding.location == before.1)
        #expect(finding.severity == .warning && before.2 == .warning && finding.ruleID == "initiative_end_date")
        #expect(finding.year == nil && finding.figures.isEmpty)
    }
}
