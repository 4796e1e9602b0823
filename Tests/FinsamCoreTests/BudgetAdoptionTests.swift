import Testing

@testable import FinsamCore

/// The budget calendar: `adoption` in the plan and the `budget_adoption` rule. The example plan's
/// budget year is 2024, so the last day of adoption is 2023-11-30.
@Suite("Budget calendar")
struct BudgetAdoptionTests {
    func findings(_ adoption: String?) throws -> [Finding] {
        let plan = ExamplePlan.plan(extra: adoption.map { #""adoption": "# + $0 } ?? "")
        return try check(Array(plan.utf8), file: "test.json", rules: [BudgetAdoptionRule()]).findings
    }

    @Test("The adoption is read with its minute and both dates")
    func decoded() throws {
        let loaded = try loadText(
            ExamplePlan.plan(
                extra: #""adoption": {"date": "2023-11-28", "minute": "§ 42", "membersConsulted": "2023-10-01"}"#))
        let adoption = try #require(loaded.plan.adoption)
        #expect(adoption.date == PlanDate(year: 2023, month: 11, day: 28))
        #expect(adoption.minute == "§ 42")
        #expect(adoption.membersConsulted == PlanDate(year: 2023, month: 10, day: 1))
        #expect(loaded.loaded.unknownFields.isEmpty)
    }

    @Test("A date that does not exist, or an unknown field, is reported where it stands")
    func badInput() throws {
        let error = try #require(inputError(ExamplePlan.plan(extra: #""adoption": {"date": "2023-11-31"}"#)))
        #expect(error.location.pointer.description == "/adoption/date")
        #expect(error.message.id == "plan.invalid_date")
        let loaded = try loadText(
            ExamplePlan.plan(extra: #""adoption": {"date": "2023-11-28", "membersConsultd": "2023-10-01"}"#))
        #expect(loaded.loaded.unknownFields.count == 1)
    }

    @Test("30 November is in time; 1 December is one day late")
    func deadline() throws {
        #expect(try findings(#"{"date": "2023-11-30", "membersConsulted": "2023-10-01"}"#).isEmpty)
        let late = try findings(#"{"date": "2023-12-01", "membersConsulted": "2023-10-01"}"#)
        #expect(late.map(\.message.id) == ["adoption.late"])
        #expect(late.first?.severity == .warning)
        #expect(late.first?.year == 2024)
        #expect(late.first?.figures == [Figure("daysLate", .integer(1))])
        #expect(late.first?.location.pointer.description == "/adoption/date")
        // Adopted in the budget year itself: 2023-11-30 to 2024-03-01 is 1 + 31 + 31 + 29 (a leap year) = 92 days.
        let veryLate = try findings(#"{"date": "2024-03-01", "membersConsulted": "2023-10-01"}"#)
        #expect(veryLate.first?.figures == [Figure("daysLate", .integer(92))])
    }

    @Test("Adopted before the consultation is a warning; on the same day is not")
    func consultation() throws {
        let early = try findings(#"{"date": "2023-10-15", "membersConsulted": "2023-11-01"}"#)
        #expect(early.map(\.message.id) == ["adoption.before_consultation"])
        #expect(early.first?.figures == [Figure("daysBefore", .integer(17))])
        #expect(try findings(#"{"date": "2023-11-01", "membersConsulted": "2023-11-01"}"#).isEmpty)
        let both = try findings(#"{"date": "2023-12-10", "membersConsulted": "2023-12-15"}"#)
        #expect(both.map(\.message.id) == ["adoption.late", "adoption.before_consultation"])
    }

    @Test("A plan without the dates gets one info finding naming what is missing")
    func missing() throws {
        let none = try findings(nil)
        #expect(none.count == 1)
        #expect(none.first?.severity == .info)
        #expect(
            none.first?.message
                == Message(
                    "adoption.missing", [.integer(2024), .list(["adoption.date", "adoption.membersConsulted"])]))
        let onlyDate = try findings(#"{"date": "2023-11-28", "minute": "§ 42"}"#)
        #expect(onlyDate.first?.message.arguments.last == .list(["adoption.membersConsulted"]))
        #expect(onlyDate.first?.location.pointer.description == "/adoption")
    }

    @Test("A plan without a budget year is not a budget: nothing to check")
    func noBudgetYear() throws {
        let plan = ExamplePlan.plan(first: ExamplePlan.year(2024, status: "plan"))
        #expect(try check(Array(plan.utf8), file: "test.json", rules: [BudgetAdoptionRule()]).findings.isEmpty)
    }

    @Test("Day counts across years and leap days")
    func dayCounts() {
        #expect(PlanDate(year: 2023, month: 12, day: 31).days(until: PlanDate(year: 2024, month: 1, day: 1)) == 1)
        #expect(PlanDate(year: 2024, month: 1, day: 1).days(until: PlanDate(year: 2025, month: 1, day: 1)) == 366)
        #expect(PlanDate(year: 2100, month: 2, day: 28).days(until: PlanDate(year: 2100, month: 3, day: 1)) == 1)
        #expect(PlanDate(year: 2000, month: 2, day: 28).days(until: PlanDate(year: 2000, month: 3, day: 1)) == 2)
    }
}
