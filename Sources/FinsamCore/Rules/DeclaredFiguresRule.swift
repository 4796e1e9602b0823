/// Every figure the document prints must equal what finsam computes from its lines.
public struct DeclaredFiguresRule: Rule {
    public let id = "declared_figures"
    public let name = Localized(en: "Declared figures", sv: "Angivna summor")
    public let summary = Localized(
        en: "Every subtotal, total, result and equity figure the plan declares must equal the sum of its lines.",
        sv: "Varje delsumma, summa, resultat och eget kapital som planen anger ska vara lika med summan av raderna.")
    public let defaultSeverity = Severity.error
    public let source = "Arithmetic: a budget's own sums must add up"
    public var examples: [RuleExample] {
        [
            RuleExample(
                "A declared result that matches", sv: "Ett angivet resultat som stämmer", triggers: false,
                plan: ExamplePlan.plan(first: declaring(#""result": 0, "closingEquity": 0"#))),
            RuleExample(
                "Declared closing equity 36 000 kr too high", sv: "Angivet utgående eget kapital 36 000 kr för högt",
                triggers: true,
                plan: ExamplePlan.plan(first: declaring(#""result": 0, "closingEquity": 36000"#))),
        ]
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        // Plain appends, not an array of (label, declared, computed) tuples and compactMap over
        // optionals: each such type is made by the runtime on first use (~55 K instructions).
        var findings: [Finding] = []
        // Years with a declared figure that rests on an equity the plan does not state.
        var unjudged: [YearLedger] = []
        for year in context.judgedYears {
            guard let declared = year.year.declared else { continue }
            func compare(_ label: Message.Argument, _ printed: Amount?, _ computed: Money) {
                guard let printed, context.differs(printed: printed, from: computed) else { return }
                findings.append(mismatch(label, printed, computed, year, context))
            }
            // Where the plan does not state its equity, a declared opening or closing equity is
            // the ledger's equity from that year on (``Ledger``), so it agrees with itself here.
            if let opening = year.openingEquity {
                compare(.figure(.openingEquity), declared.openingEquity, opening)
                if let funds = opening.adding(year.income) {
                    compare(.figure(.fundsAvailable), declared.fundsAvailable, funds)
                }
            } else if declared.fundsAvailable != nil {
                unjudged.append(year)
            }
            compare(.figure(.totalContributions), declared.totalContributions, year.contributions)
            compare(.figure(.totalOtherIncome), declared.totalOtherIncome, year.otherIncome)
            compare(.figure(.totalIncome), declared.totalIncome, year.income)
            compare(.figure(.totalCosts), declared.totalCosts, year.costs)
            compare(.figure(.result), declared.result, year.result)
            if let closing = year.closingEquity { compare(.figure(.closingEquity), declared.closingEquity, closing) }
            compare(.figure(.operatingCosts), declared.operatingCosts, year.operatingCosts)
            if let operating = year.operatingResult {
                compare(.figure(.operatingResult), declared.operatingResult, operating)
            }
            compare(.figure(.financialIncome), declared.financialIncome, year.statement.financialIncome)
            compare(.figure(.financialCosts), declared.financialCosts, year.statement.financialCosts)
            if let net = year.statement.financialNet { compare(.figure(.financialNet), declared.financialNet, net) }
            let subtotals = computed(declared.subtotals, in: year)
            for (subtotal, value) in zip(declared.subtotals, subtotals) {
                // A subtotal is named as the document names it.
                if let value { compare(.code(subtotal.label), subtotal.amount, value) }
            }
            if let share = DeclaredShareCheck(rule: self).check(year, context) { findings.append(share) }
        }
        let check = Message("unstated.check.declared")
        if let info = UnstatedEquity.finding(self, check: check, years: unjudged, context) { findings.append(info) }
        return findings
    }

    /// Each subtotal's figure from the lines: a subtotal of subtotals is the sum of its parts'
    /// figures (worked out first); nil where a sum overflows or the parts cannot be ordered.
    private func computed(_ subtotals: [Subtotal], in year: YearLedger) -> [Money?] {
        var values = [Money?](repeating: nil, count: subtotals.count)
        for index in SubtotalOrder.order(subtotals) ?? [] {
            switch subtotals[index].scope {
            case .category(let category): values[index] = year.costs(in: category)
            case .group(let group): values[index] = year.costs(inGroup: group)
            case .subtotals(let parts):
                var sum: Money? = .zero
                for part in parts { sum = sum.flatMap { total in values[part].flatMap { total.adding($0) } } }
                values[index] = sum
            }
        }
        return values
    }

    private func mismatch(
        _ label: Message.Argument, _ printed: Amount, _ computed: Money, _ year: YearLedger, _ context: RuleContext
    ) -> Finding {
        return context.finding(
            self,
            Message(
                "declared.mismatch",
                [
                    label, .integer(year.number), .money(printed.money),
                    .money(computed), .difference(printed.money, computed),
                ]),
            at: printed.ref, year: year.number,
            figures: [.money("declared", printed.money), .money("computed", computed)]
                + Figure.difference("difference", printed.money, computed))
    }
}

/// A balanced budget year that declares the given figures.
func declaring(_ figures: String) -> String {
    ExamplePlan.year(2024, status: "budget", extra: #""declared": {"# + figures + "}")
}
