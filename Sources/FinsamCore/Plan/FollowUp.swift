/// A follow-up of one year during the year (budgetuppföljning, delårsrapport): the outcome to
/// date of each line at `asOf`, the forecast for the rest of the year, and the interim figures
/// the document declares. The decoder works out every line's forecast once (``FollowUpLine``),
/// so rules and reports read the same figures.
public struct FollowUp: Sendable {
    public let asOf: PlanDate
    public let asOfRef: SourceRef
    /// Income lines: member contributions (by member id), then other income, then outcome lines
    /// the budget does not have.
    public let income: FollowUpSide
    /// Cost lines in budget order, then outcome lines the budget does not have.
    public let costs: FollowUpSide
    /// The sums of each side's columns, and income less costs: computed once by the decoder.
    public let incomeTotals: FollowUpTotals
    public let costTotals: FollowUpTotals
    public let result: FollowUpTotals
    /// The declared interim income statement and balance sheet at `asOf`.
    public let interim: InterimFigures?
    /// The year's cost budget where the document gives it as one figure (`budgetTotals.costs`):
    /// the use of budget is then judged on the total, and ``costTotals`` has it as its budget.
    public internal(set) var costBudgetTotal: Amount? = nil
    /// What the document prints for the forecast year, checked like any year's declared figures.
    public let declared: DeclaredFigures?
    public let ref: SourceRef

    /// Days from 1 January through `asOf`, both included: 243 for 31 August in a common year.
    public var elapsedDays: Int { asOf.dayOfYear }
    /// 365, or 366 in a leap year.
    public var daysInYear: Int { PlanDate.daysIn(year: asOf.year) }

    /// The share of the year passed at `asOf`, rounded half to even to hundredths of a percent
    /// for display; comparisons use the exact fraction ``elapsedDays`` / ``daysInYear``.
    public var yearShare: Percent {
        let value = ExactDivision.divide(Int128(elapsedDays) * 10_000, by: Int128(daysInYear), rule: .halfEven)
        return Percent(basisPoints: value ?? 0)
    }

    /// The year as forecast at `asOf`: every line at outcome to date plus forecast for the rest,
    /// with the document's forecast figures as its declared figures.
    public func forecastYear(of year: Year) -> Year {
        // The ids shared with the budget year's while the lines follow its contributions.
        var contributions = Contributions.Builder(
            memberIDs: year.contributions.memberIDStorage, areMembers: year.contributions.followsMembers,
            capacity: year.contributions.count)
        var otherIncome: [IncomeLine] = []
        for line in income {
            let amount = Amount(money: line.forecastYear, ref: line.ref, precision: line.precision)
            if line.isContribution {
                contributions.append(memberID: line.name, amount: amount)
            } else {
                otherIncome.append(
                    IncomeLine(name: line.name, amount: amount, ref: line.ref, category: line.incomeCategory))
            }
        }
        var forecast = Year(
            year: year.year, status: .forecast, contributions: contributions.contributions, otherIncome: otherIncome,
            costs: CostLines(forecastOf: costs), deficitReason: year.deficitReason, declared: declared,
            municipalSplit: year.municipalSplit, ref: ref)
        forecast.forecastAsOf = asOf
        if let rest = costs.unitemisedPosition.map({ costs[$0] }) {
            forecast.unitemisedCosts = Amount(money: rest.forecastYear, ref: rest.ref)
        }
        return forecast
    }
}

/// One line of a follow-up: its budget (nil for a line the budget does not have), outcome to
/// date, and forecast.
public struct FollowUpLine: Sendable {
    // The fields are in the order that packs them tightest (the strings, the sums, then the
    // bytes): a follow-up of 100 000 lines a year holds one of these for each.

    /// The line's name; for a member contribution, the member id.
    public let name: String
    public let initiativeID: String?
    public let group: String?
    public let outcome: Money
    /// The forecast for the rest of the year: written for the line, its part of a written total,
    /// or the budget not yet used.
    public let forecastRest: Money
    public let forecastYear: Money
    public let budget: Money?
    public let isContribution: Bool
    /// How the forecast for the rest of the year was arrived at.
    public let forecastSource: ForecastSource
    public let category: CostCategory?
    /// The outcome line in the follow-up, or the budget line when the follow-up has none.
    public let ref: SourceRef
    /// True when the follow-up writes an outcome for this line.
    public let reported: Bool
    /// For other income: operating (the default) or financial.
    public internal(set) var incomeCategory = IncomeCategory.operations
    /// True for a line whose budget is part of the year's cost total (`budgetTotals`): an
    /// outcome line the budget does not itemise, or ``isUnitemised``. Its use of budget is
    /// judged on the total, not line by line.
    public internal(set) var withinTotal = false
    /// True for the rest of a cost total that no line accounts for: budget total less the
    /// itemised lines' budgets and the other lines' outcome and forecasts. Its name is empty.
    public internal(set) var isUnitemised = false
    /// ``precision`` as the exponent of a power of ten öre, as ``Amount`` holds it.
    var precisionDigits: UInt8 = 0
    /// The outcome as written, with its place and the precision it was printed at; nil where
    /// the follow-up writes none.
    public internal(set) var outcomeAmount: Amount? = nil

    /// One unit of the last printed digit of the coarsest figure the year's forecast is made
    /// of: a forecast of 335,2 + 167,6 tkr is exact to 0,1 tkr, as printed.
    public internal(set) var precision: Money {
        get { Amount.precision(digits: precisionDigits) }
        set { precisionDigits = Amount.digits(of: newValue) }
    }

    public enum ForecastSource: String, Sendable {
        case line
        case total
        case remainingBudget
    }

    /// Forecast for the year − budget (a line not in the budget: its whole forecast); nil where
    /// the difference cannot be held.
    /// Within a total (``withinTotal``) a line has no budget of its own to deviate from: nil.
    public var deviation: Money? {
        guard !withinTotal else { return nil }
        return budget.map { forecastYear.subtracting($0) } ?? forecastYear
    }
}

/// The columns of a follow-up summed: budget (of the lines that have one), outcome to date,
/// forecast for the rest of the year, forecast for the whole year.
public struct FollowUpTotals: Sendable, Equatable {
    public let budget: Money
    public let outcome: Money
    public let forecastRest: Money
    public let forecastYear: Money
}

/// Interim figures at `asOf` as a document declares them.
public struct InterimFigures: Sendable {
    public let income: Amount?
    public let costs: Amount?
    public let result: Amount?
    public let balanceSheet: BalanceSheet?
    public let ref: SourceRef
}

/// How far a line's use may stray from the share of the year passed before it is flagged, in
/// percentage points (`policy.followUp`).
public struct FollowUpPolicy: Sendable {
    /// Used more than the year's share plus this is flagged. Default 10 points.
    public let over: Percent
    /// Used less than the year's share minus this is flagged. Default 20 points: initiatives
    /// often start slowly, but money left unused is better used elsewhere.
    public let under: Percent

    public static let defaults = FollowUpPolicy(over: Percent(basisPoints: 1_000), under: Percent(basisPoints: 2_000))
}

extension PlanDate {
    /// 365, or 366 in a leap year.
    public static func daysIn(year: Int) -> Int {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 366 : 365
    }

    /// The day's number in its year: 1 for 1 January, 243 for 31 August in a common year.
    public var dayOfYear: Int {
        let leapDay = month > 2 && PlanDate.daysIn(year: year) == 366 ? 1 : 0
        return PlanDate.daysBefore(month: month) + leapDay + day
    }

    /// Days in a common year before the first of `month` (every month before it, for a month
    /// past December). A table in code, not an array: `FollowUpShareRule` asks for the day of
    /// the year once for each of a follow-up's lines.
    static func daysBefore(month: Int) -> Int {
        switch month {
        case ...1: 0
        case 2: 31
        case 3: 59
        case 4: 90
        case 5: 120
        case 6: 151
        case 7: 181
        case 8: 212
        case 9: 243
        case 10: 273
        case 11: 304
        case 12: 334
        default: 365
        }
    }
}

extension FollowUp {
    /// The sum of one side's operating outcome lines (or, with `financial`, its financial
    /// ones), nil when the follow-up reports none of them. Operating and financial apart, as
    /// an interim statement prints "Summa intäkter" and "Summa kostnader" above the financial
    /// items.
    func reportedOutcome(_ lines: FollowUpSide, financial: Bool = false) -> Money? {
        let reported = lines.filter { $0.reported && $0.isFinancial == financial }
        guard !reported.isEmpty else { return nil }
        return Money.sum(reported.map(\.outcome))
    }

    /// The period's result: income − costs, each as declared where given, else from the
    /// outcome lines, plus the financial items the outcome lines report.
    func periodResult(income declaredIncome: Money?, costs declaredCosts: Money?) -> Money? {
        guard let income = declaredIncome ?? reportedOutcome(self.income),
            let costs = declaredCosts ?? reportedOutcome(self.costs),
            let operating = income.subtracting(costs)
        else { return nil }
        let financialIncome = reportedOutcome(self.income, financial: true) ?? .zero
        let financialCosts = reportedOutcome(self.costs, financial: true) ?? .zero
        return financialIncome.subtracting(financialCosts).flatMap { operating.adding($0) }
    }
}

extension FollowUpLine {
    /// A financial income or cost line (finansiella poster): outside the operating figures.
    var isFinancial: Bool { category == .financial || incomeCategory == .financial }
}
