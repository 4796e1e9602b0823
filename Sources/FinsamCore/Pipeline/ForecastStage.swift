/// A followed-up year as forecast at its follow-up's date: the plan with that year replaced by
/// ``FollowUp/forecastYear(of:)`` (every line at outcome to date plus forecast), and its ledger.
/// Built once by ``Pipeline``; rules, reports and the projection all read this one.
public struct ForecastYear: Sendable {
    public let asOf: PlanDate
    /// The position of the followed-up year in the plan's years.
    public let index: Int
    /// The forecast year's figures.
    public let year: YearLedger
    /// The followed-up year replaced by its forecast.
    let forecastYear: Year
    /// The plan's own ledger. A forecast shares its years instead of holding a copy of every
    /// year of the plan and the ledger: a plan followed up in each of 1 000 years held a
    /// million of them, 2.4 GB for a 0.5 MB file.
    let base: Ledger

    /// The plan with the followed-up year replaced by its forecast, made when asked for.
    public var plan: Plan {
        var plan = base.plan
        plan.years[index] = forecastYear
        return plan
    }

    /// The ledger of that plan: the forecast year, and the years after it rolled from the
    /// forecast's closing equity; made when asked for, as ``ForecastStage/forecasts(of:ledger:)``
    /// made it once already without an overflow (the base ledger is only what a failure that
    /// cannot happen would give, rather than a trap).
    public var ledger: Ledger { (try? Ledger(replacing: index, of: base, with: plan)) ?? base }

    public var number: Int { year.number }
}

/// Runs the rules on each followed-up year as forecast, like on any other year, so that a
/// forecast closing equity above the cap is a finding at the interim report rather than a
/// surprise in the annual report.
///
/// The forecast's findings read "forecast as of …: " and keep their rules' ids (so waivers and
/// CI configurations treat them alike), point into the `followUp`, which tells them from the
/// budget's, and carry ``Finding/forecastAsOf``. Only findings about the followed-up year are
/// kept, and none the budget already gives in the same words.
enum ForecastStage {
    /// Each followed-up year's forecast, in year order. An overflow is an input error, as in
    /// the budget's own years: no forecast figure is invented.
    static func forecasts(of plan: Plan, ledger base: Ledger) throws(PlanError) -> [ForecastYear] {
        var result: [ForecastYear] = []
        for (index, year) in plan.years.enumerated() {
            guard let followUp = year.followUp else { continue }
            let forecastYear = followUp.forecastYear(of: year)
            // Every year after it rolled on, so that an overflow in any is an input error here.
            let forecast = try Ledger.replacedYear(index, of: base, replacingWith: forecastYear, in: plan)
            result.append(
                ForecastYear(
                    asOf: followUp.asOf, index: index, year: forecast, forecastYear: forecastYear, base: base))
        }
        return result
    }

    /// The context a forecast's rules are checked in: its plan and ledger, judging the
    /// followed-up year alone.
    static func context(_ forecast: ForecastYear, of context: RuleContext) -> RuleContext {
        let ledger = forecast.ledger  // made once here: its plan is the forecast's
        var forecastContext = RuleContext(
            plan: ledger.plan, ledger: ledger, unknownFields: [], file: context.file,
            sourceMap: context.sourceMap, document: context.document)
        forecastContext.judgedYears = ledger.years[forecast.index...forecast.index]
        forecastContext.judgesWholePlan = false
        return forecastContext
    }

    /// The forecasts' own findings, from the rules' checks in their ``context(_:of:)``
    /// (`checked`, context 1 for the first forecast), and the keys of those left out because
    /// the budget gives them in the same words (the forecast's verdict is then the budget's
    /// finding).
    static func findings(
        _ forecasts: [ForecastYear], checked: inout RuleChecks, besides existing: [Finding]
    ) -> (findings: [Finding], sharedWithBudget: [VerdictKey]) {
        var result: [Finding] = []
        var shared: [VerdictKey] = []
        let followedUp = Set(forecasts.map(\.number))
        // The budget's own verdicts on the followed-up years, hashed: a year with many findings
        // checked against a forecast with as many would otherwise compare every pair.
        let known = Set(existing.lazy.filter { $0.year.map(followedUp.contains) ?? false }.map(VerdictKey.init))
        for (position, forecast) in forecasts.enumerated() {
            for rule in checked.rules.indices {
                for finding in checked.take(position + 1, rule: rule) where finding.year == forecast.number {
                    let key = VerdictKey(finding)
                    guard !known.contains(key) else {
                        shared.append(key)
                        continue
                    }
                    var marked = Finding(
                        ruleID: finding.ruleID, severity: finding.severity,
                        message: .forecast(asOf: forecast.asOf, finding.message),
                        location: finding.location, year: finding.year, figures: finding.figures)
                    marked.forecastAsOf = forecast.asOf
                    result.append(marked)
                }
            }
        }
        return (result, shared)
    }
}

/// A budget finding that is also the forecast's verdict: same rule, year and words.
public struct VerdictKey: Sendable, Hashable {
    let ruleID: String
    let year: Int?
    let message: Message

    init(ruleID: String, year: Int?, message: Message) {
        self.ruleID = ruleID
        self.year = year
        self.message = message
    }

    init(_ finding: Finding) {
        self.init(ruleID: finding.ruleID, year: finding.year, message: finding.message)
    }
}

extension Message {
    /// "forecast as of 2021-08-31: …", around a rule's own message.
    static func forecast(asOf: PlanDate, _ message: Message) -> Message {
        Message("followup.forecast", [.text(asOf.description), .message(message)])
    }
}
