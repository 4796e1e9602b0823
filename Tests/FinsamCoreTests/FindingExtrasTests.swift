import Testing

@testable import FinsamCore

/// A finding's waiver and forecast date, held apart from it (``Finding``'s extras): each kept
/// whatever order they are set in, and equality by the waiver's value.
struct FindingExtrasTests {
    static let waivers = (0..<3).map { index in
        Waiver(
            ruleID: "equity_cap", year: 2025, pointer: "/years/\(index)", reason: "Skäl \(index)",
            decision: "§ \(index)", expires: nil, index: index, ref: SourceRef(offset: index))
    }

    static func finding() -> Finding {
        Finding(
            ruleID: "equity_cap", severity: .error, message: Message("x"),
            location: Finding.Location(file: "f", line: 1, column: 1, pointer: .root), year: 2025, figures: [])
    }

    @Test("Waived by a list's waiver: that waiver, and no forecast date")
    func waived() {
        var finding = Self.finding()
        #expect(finding.waiver == nil)
        finding.waive(by: 2, of: WaiverList(Self.waivers))
        #expect(finding.waiver == Self.waivers[2])
        #expect(finding.forecastAsOf == nil)
    }

    @Test("A forecast's finding waived, in either order: both kept")
    func forecastAndWaiver() throws {
        let date = try #require(PlanDate.parse("2025-08-31"))
        var first = Self.finding()
        first.forecastAsOf = date
        first.waive(by: 1, of: WaiverList(Self.waivers))
        var second = Self.finding()
        second.waive(by: 1, of: WaiverList(Self.waivers))
        second.forecastAsOf = date
        for finding in [first, second] {
            #expect(finding.waiver == Self.waivers[1])
            #expect(finding.forecastAsOf == date)
        }
        #expect(first == second)
        second.waiver = nil
        #expect(second.waiver == nil)
        #expect(second.forecastAsOf == date)
        #expect(first != second)
    }

    @Test("Equal by the waiver's value, whatever list holds it and where")
    func equality() {
        var a = Self.finding()
        var b = Self.finding()
        a.waive(by: 0, of: WaiverList(Self.waivers))
        b.waiver = Self.waivers[0]
        #expect(a == b)
        b.waiver = Self.waivers[1]
        #expect(a != b)
    }

    @Test("A waiver read in place is the waiver the finding gives; none without one")
    func waiverInPlace() {
        var finding = Self.finding()
        #expect(finding.withWaiver { $0.reason } == nil)
        finding.waive(by: 2, of: WaiverList(Self.waivers))
        #expect(finding.withWaiver { $0 } == finding.waiver)
        #expect(finding.withWaiver { $0.reason } == "Skäl 2")
        finding.waiver = Self.waivers[0]
        #expect(finding.withWaiver { $0.decision } == "§ 0")
    }

    @Test("A pointer's depth is its steps from the root, however it was built")
    func pointerDepths() {
        // Counted by hand: the root 0, `/initiatives/5` 2, `/years/0/costs/3/amount` 5.
        let root = JSONPointer.root
        #expect(root.depth == 0)
        #expect(root.appending("initiatives").appending(5).depth == 2)
        #expect(root.appending("years").appending(0).appending("costs").appending(3).appending("amount").depth == 5)
        #expect(root.appending("a/b").depth == 1)
        #expect(RuleContext.initiativePointer(7).depth == 2)
    }
}
