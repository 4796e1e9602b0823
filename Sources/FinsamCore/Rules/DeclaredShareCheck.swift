/// A share the document states (e.g. "Andelen administration av totalbudgeten 2024 är 9,6%"),
/// checked against the computed share rounded half to even to the decimals the document shows.
struct DeclaredShareCheck {
    let rule: DeclaredFiguresRule

    func check(_ year: YearLedger, _ context: RuleContext) -> Finding? {
        // Costs given only as a total hide their administration part: the share is not known.
        guard let declared = year.year.declared?.adminShare, !year.statement.hasUnitemisedCosts,
            let computed = Ratio(year.administrationCosts, of: year.costs).percent
        else { return nil }
        let shown = computed.rounded(decimals: declared.decimals)
        guard shown != declared.value else { return nil }
        return context.finding(
            rule,
            Message(
                "declared.share_mismatch",
                [
                    .integer(year.number), .percent(declared.value), .percent(computed),
                    .money(year.administrationCosts), .money(year.costs),
                ]),
            at: declared.ref, year: year.number,
            figures: [.percent("declared", declared.value), .percent("computed", computed)])
    }
}
