/// What a rule about equity says when it cannot judge: the plan does not state its opening
/// equity (`openingEquity` omitted or null), so the equity of its first years is unknown.
///
/// A rule gives one `info` finding per plan, never one per year: it names the years it could
/// not judge and what the plan needs, and points at the first of them. The finding is about no
/// particular year, so a forecast (whose rules keep only findings about the followed-up year)
/// does not say it again, and the verdicts of the years it could judge stand beside it.
enum UnstatedEquity {
    /// The rule's one finding about `years` (the years it could not judge), or nil for none.
    /// `check` says what the rule would have judged, e.g. "whether equity stays above zero".
    static func finding(
        _ rule: some Rule, check: Message, years: [YearLedger], _ context: RuleContext
    ) -> Finding? {
        guard let first = years.first, let last = years.last else { return nil }
        let span = first.number == last.number ? String(first.number) : "\(first.number)–\(last.number)"
        let start = context.ledger.years.first?.number ?? first.number
        return context.finding(
            rule, Message("unstated.equity", [.text(span), .message(check), .integer(start)]), at: first.year.ref,
            severity: .info)
    }

    /// The years whose closing equity is unknown.
    static func unknownYears(_ context: RuleContext) -> [YearLedger] {
        context.ledger.years.filter { $0.closingEquity == nil }
    }
}
