/// The budget calendar: the board adopts the budget by 30 November of the year before the
/// budget year, after consulting the members.
///
/// Source: finsam.se, "Medlemssamråd": "Styrelsen ska fastställa samordningsförbundets budget
/// senast den 30 november varje år", and before that consult the members. A plan records both
/// dates in `adoption`; a budget without them cannot be checked, which is worth knowing (info)
/// but not a fault of the budget itself.
public struct BudgetAdoptionRule: Rule {
    public let id = "budget_adoption"
    /// The board adopts a plan's budget; a report on a year is not adopted the same way.
    public let documentKinds: [DocumentKind] = [.plan]
    public let name = Localized(en: "Budget adoption", sv: "Budgetens fastställande")
    public let summary = Localized(
        en:
            "The board adopts the budget by 30 November of the year before the budget year, after consulting the members; a plan without the dates gets a note.",
        sv:
            "Styrelsen fastställer budgeten senast den 30 november året före budgetåret, efter samråd med medlemmarna; en plan utan datumen får en notering."
    )
    public let defaultSeverity = Severity.warning
    public let source = "finsam.se, Medlemssamråd: budget adopted by 30 November, after consulting the members"

    /// The last day of adoption: 30 November of the year before the budget year.
    public static func deadline(budgetYear: Int) -> PlanDate { PlanDate(year: budgetYear - 1, month: 11, day: 30) }

    public var examples: [RuleExample] {
        [
            RuleExample(
                "Adopted on 28 November after consulting the members on 1 October",
                sv: "Fastställd 28 november efter medlemssamråd 1 oktober",
                triggers: false, plan: Self.example(date: "2023-11-28", consulted: "2023-10-01")),
            RuleExample(
                "Adopted on 30 November, the last day", sv: "Fastställd 30 november, sista dagen",
                triggers: false, plan: Self.example(date: "2023-11-30", consulted: "2023-11-30")),
            RuleExample(
                "Adopted on 1 December", sv: "Fastställd 1 december", triggers: true,
                plan: Self.example(date: "2023-12-01", consulted: "2023-10-01")),
            RuleExample(
                "Adopted before the members were consulted", sv: "Fastställd före medlemssamrådet", triggers: true,
                plan: Self.example(date: "2023-10-15", consulted: "2023-11-01")),
            RuleExample(
                "No adoption recorded (info)", sv: "Inget fastställande angivet (info)", triggers: true,
                plan: ExamplePlan.plan()),
        ]
    }

    static func example(date: String, consulted: String) -> String {
        ExamplePlan.plan(
            extra: #""adoption": {"date": "\#(date)", "minute": "§ 42", "membersConsulted": "\#(consulted)"}"#)
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let budget = context.plan.years.first(where: { $0.status == .budget }) else { return [] }
        let year = budget.year
        guard let adoption = context.plan.adoption, let date = adoption.date, let consulted = adoption.membersConsulted
        else {
            return [missing(context, budget)]
        }
        var findings: [Finding] = []
        let deadline = Self.deadline(budgetYear: year)
        let at = adoption.dateRef ?? adoption.ref
        if date > deadline {
            findings.append(
                context.finding(
                    self,
                    Message("adoption.late", [.integer(year), .text(date.description), .text(deadline.description)]),
                    at: at, year: year, figures: [Figure("daysLate", .integer(deadline.days(until: date)))]))
        }
        if date < consulted {
            findings.append(
                context.finding(
                    self,
                    Message(
                        "adoption.before_consultation",
                        [.integer(year), .text(date.description), .text(consulted.description)]),
                    at: at, year: year, figures: [Figure("daysBefore", .integer(date.days(until: consulted)))]))
        }
        return findings
    }

    /// An info finding naming what the plan does not record.
    private func missing(_ context: RuleContext, _ budget: Year) -> Finding {
        let adoption = context.plan.adoption
        var absent: [String] = []
        if adoption?.date == nil { absent.append("adoption.date") }
        if adoption?.membersConsulted == nil { absent.append("adoption.membersConsulted") }
        return context.finding(
            self, Message("adoption.missing", [.integer(budget.year), .list(absent)]),
            at: adoption?.ref ?? budget.ref, year: budget.year, severity: .info)
    }
}

extension PlanDate {
    /// Whole days from this date to `later` (negative when `later` is earlier).
    func days(until later: PlanDate) -> Int { later.dayNumber - dayNumber }

    /// Days since 0000-03-01 in the proleptic Gregorian calendar (a civil-from-days count).
    var dayNumber: Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra
    }
}
