import Testing

@testable import FinsamCore

/// The waiver stage settles a waiver in force without asking for its problem
/// (``Waiver/isInForce(on:)``): that must be exactly the waivers with none.
@Suite struct WaiverInForceTests {
    @Test("a waiver is in force exactly when the waiver stage finds no problem with it")
    func inForceIsNoProblem() throws {
        let context = FindingRunTests.context(try loadText(ExamplePlan.plan()))
        let today = PlanDate(year: 2026, month: 6, day: 1)
        let expiries = [nil, PlanDate(year: 2026, month: 5, day: 31), today, PlanDate(year: 2027, month: 1, day: 1)]
        let texts: [String?] = [nil, "", " \t", "§ 12", "Löpande verksamhet"]
        var inForce = 0
        for expires in expiries {
            for reason in texts {
                for decision in texts {
                    let waiver = Waiver(
                        ruleID: "initiative_end_date", year: nil, pointer: "/initiatives/3", reason: reason,
                        decision: decision, expires: expires, index: 0, ref: SourceRef(offset: 0))
                    let problem = WaiverStage.problem(waiver, today: today, context: context)
                    #expect(
                        waiver.isInForce(on: today) == (problem == nil),
                        "\(String(describing: expires)) \(String(describing: reason)) \(String(describing: decision))")
                    if waiver.isInForce(on: today) { inForce += 1 }
                }
            }
        }
        // By hand: two expiry dates not past (today, next year) × two real reasons × two real decisions.
        #expect(inForce == 8)
    }
}
