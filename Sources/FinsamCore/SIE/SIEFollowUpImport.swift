/// `finsam import sie`: the outcome to date of each budget line, from the books.
///
/// Outcome to date is the sum of the fiscal year's rows dated on or before `asOf` (the row's
/// own date, else its voucher's), placed on the plan's lines by the accounts map. Costs are
/// debit-positive in the books and income credit-positive, and both are positive in the plan.
/// Before anything is written, the books are checked against the plan: the organisation number,
/// the fiscal year, every voucher's balance, the opening equity, and that every result account
/// is placed (or `partial`).
public struct SIEFollowUpImport: Sendable {
    public let books: SIEBooks
    public let map: SIEAccountMap
    public let loaded: LoadedPlan
    public let asOf: PlanDate
    public let partial: Bool

    public init(books: SIEBooks, map: SIEAccountMap, loaded: LoadedPlan, asOf: PlanDate, partial: Bool) {
        self.books = books
        self.map = map
        self.loaded = loaded
        self.asOf = asOf
        self.partial = partial
    }

    public func run() -> SIEImportResult {
        var result = SIEImportResult()
        guard let yearIndex = loaded.plan.years.firstIndex(where: { $0.year == asOf.year }) else {
            result.issues.append(
                SIEIssue(.error, Message("sie.plan_no_year", [.integer(asOf.year)]), at: .plan(offset: 0)))
            return result
        }
        result.yearIndex = yearIndex
        if let existing = loaded.plan.years[yearIndex].followUp {
            // Its forecasts and interim figures were made for its own date; none is kept.
            result.issues.append(
                SIEIssue(
                    .note, Message("sie.follow_up_replaced", [.code(existing.asOf.description)]),
                    at: .plan(offset: existing.ref.offset)))
        }
        checkFormat(&result)
        checkOrganisation(&result)
        guard let fiscalYear = checkFiscalYear(&result) else { return result }
        do throws(MoneyOverflow) {
            for (voucher, difference) in try books.unbalancedVouchers() {
                result.issues.append(
                    SIEIssue(
                        .error,
                        Message(
                            "sie.voucher_unbalanced",
                            [
                                .code(voucher.name), .code(voucher.date.description), .money(difference),
                            ]), at: .books(line: voucher.line, column: voucher.column)))
            }
            try reconcile(&result)
            let placement = try SIEPlacement(books: books, map: map, year: fiscalYear, asOf: asOf)
            result.placement = placement
            report(placement, &result)
            let lines = SIEOutcomeLines(map: map, plan: loaded.plan, year: loaded.plan.years[yearIndex])
            result.lines = try lines.resolve(placement, issues: &result.issues)
            try checkEquity(yearIndex, &result)
        } catch {
            result.issues.append(SIEIssue(.error, Message("sie.overflow"), at: .books(line: 1, column: 1)))
        }
        if !result.hasErrors {
            result.followUp = SIEOutcomeLines.followUp(result.lines, asOf: asOf, unit: loaded.plan.unit)
        }
        return result
    }

    private func checkFormat(_ result: inout SIEImportResult) {
        if let format = books.format, format.uppercased() != "PC8" {
            result.issues.append(
                SIEIssue(
                    .warning, Message("sie.format_not_pc8", [.code(format)]),
                    at: .books(line: books.itemLines["#FORMAT"] ?? 1, column: 1)))
        }
        if books.type != 4 {
            result.issues.append(
                SIEIssue(
                    .error, Message("sie.not_type_4", [.code(books.type.map(String.init) ?? "-")]),
                    at: .books(line: books.itemLines["#SIETYP"] ?? 1, column: 1)))
        }
    }

    /// Digits only: `222000-1234` and `2220001234` are one number.
    static func digits(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }.map(Character.init))
    }

    private func checkOrganisation(_ result: inout SIEImportResult) {
        let federation = loaded.plan.federation
        guard let books = books.organisationNumber else {
            result.issues.append(SIEIssue(.warning, Message("sie.no_orgnr"), at: .books(line: 1, column: 1)))
            return
        }
        let place = SIEIssue.Place.books(line: books.line, column: books.column)
        guard let plan = federation.organisationNumber else {
            result.issues.append(SIEIssue(.warning, Message("sie.plan_no_orgnr", [.code(books.value)]), at: place))
            return
        }
        if Self.digits(plan) != Self.digits(books.value) {
            result.issues.append(
                SIEIssue(.error, Message("sie.orgnr_differs", [.code(books.value), .code(plan)]), at: place))
        }
    }

    /// `#RAR 0` must be the plan's calendar year and contain `asOf`.
    private func checkFiscalYear(_ result: inout SIEImportResult) -> SIEFiscalYear? {
        guard let year = books.fiscalYear(0) else {
            result.issues.append(SIEIssue(.error, Message("sie.no_fiscal_year"), at: .books(line: 1, column: 1)))
            return nil
        }
        let place = SIEIssue.Place.books(line: year.line, column: 1)
        let span = year.start.description + " – " + year.end.description
        guard year.contains(asOf) else {
            result.issues.append(
                SIEIssue(.error, Message("sie.as_of_outside_year", [.code(asOf.description), .code(span)]), at: place))
            return nil
        }
        let calendar = PlanDate(year: asOf.year, month: 1, day: 1)...PlanDate(year: asOf.year, month: 12, day: 31)
        if year.start != calendar.lowerBound || year.end != calendar.upperBound {
            result.issues.append(
                SIEIssue(
                    .error, Message("sie.fiscal_year_not_plan_year", [.code(span), .integer(asOf.year)]), at: place))
            return nil
        }
        return year
    }

    private func report(_ placement: SIEPlacement, _ result: inout SIEImportResult) {
        for unplaced in placement.unplaced {
            let name = books.accounts[unplaced.account]?.name.map { " " + $0 } ?? ""
            result.issues.append(
                SIEIssue(
                    partial ? .warning : .error,
                    Message(
                        "sie.unmapped_account",
                        [
                            .code(unplaced.account + name), .money(unplaced.sum), .integer(unplaced.rows),
                        ]), at: .books(line: unplaced.line, column: 1)))
        }
        if let first = placement.outsideYear.first {
            result.issues.append(
                SIEIssue(
                    .warning, Message("sie.rows_outside_year", [.integer(placement.outsideYear.count)]),
                    at: .books(line: first, column: 1)))
        }
        if placement.afterAsOf > 0 {
            result.issues.append(
                SIEIssue(
                    .note, Message("sie.rows_after_as_of", [.integer(placement.afterAsOf), .code(asOf.description)]),
                    at: .books(line: 1, column: 1)))
        }
    }

    /// The books' opening equity (credit balances of the equity accounts in `#IB 0`) against the
    /// plan's for the year. A warning, not an error: a budget is often adopted on a forecast of
    /// the equity, before the books of the year before are closed.
    private func checkEquity(_ yearIndex: Int, _ result: inout SIEImportResult) throws(MoneyOverflow) {
        guard !map.equity.isEmpty else { return }
        let opening = books.balances.filter { $0.kind == .opening && $0.year == 0 && map.isEquity($0.account) }
        guard let first = opening.first else {
            result.issues.append(SIEIssue(.warning, Message("sie.no_equity_ib"), at: .books(line: 1, column: 1)))
            return
        }
        let booksEquity = try Money.zero.minus(try Money.total(opening.map(\.amount)))
        // A plan that does not state its equity has nothing for the books to differ from; the
        // books' figure is told, for the plan to state if the document does.
        guard let planEquity = loaded.ledger.years[yearIndex].openingEquity else {
            let note = Message("unstated.sie_equity", [.money(booksEquity), .integer(asOf.year)])
            result.issues.append(SIEIssue(.note, note, at: .books(line: first.line, column: 1)))
            return
        }
        if booksEquity != planEquity {
            result.issues.append(
                SIEIssue(
                    .warning,
                    Message(
                        "sie.equity_differs",
                        [
                            .money(booksEquity), .money(planEquity), .money(try booksEquity.minus(planEquity)),
                            .integer(asOf.year),
                        ]), at: .books(line: first.line, column: 1)))
        }
    }
}

public struct SIEImportResult: Sendable {
    public internal(set) var issues: [SIEIssue] = []
    public internal(set) var placement: SIEPlacement?
    public internal(set) var lines: [SIEOutcomeLine] = []
    /// The plan's year (index into its years) the follow-up belongs to.
    public internal(set) var yearIndex: Int?
    /// The `followUp` to write; nil when an error stops the import.
    public internal(set) var followUp: JSONOutput?

    public var hasErrors: Bool { issues.contains { $0.severity == .error } }
}
