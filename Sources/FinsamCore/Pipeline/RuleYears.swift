/// Rule sets by year: each rule says which plan years it applies to, so a plan is checked
/// against the rules in force for its years. Most rules hold for every year; those resting on
/// a law or recommendation with a start date say so.
extension RuleDescription {
    public var documentKinds: [DocumentKind] { DocumentKind.allCases }
    public var appliesFrom: Int? { nil }
    public var appliesUntil: Int? { nil }

    /// True when the rule applies to plan year `year`.
    public func applies(in year: Int) -> Bool {
        if let appliesFrom, year < appliesFrom { return false }
        if let appliesUntil, year > appliesUntil { return false }
        return true
    }

    /// "2004–", "–2020", "2014–2020", or nil for every year.
    public var yearsText: String? {
        switch (appliesFrom, appliesUntil) {
        case (nil, nil): return nil
        case (let from?, nil): return String(from) + "–"
        case (nil, let until?): return "–" + String(until)
        case (let from?, let until?): return String(from) + "–" + String(until)
        }
    }
}

/// The rules in force for a plan's years.
public enum RuleSet {
    /// The findings of rules that apply: a finding about a year is kept if its rule applies to
    /// that year; one about no particular year if its rule applies to the plan's first year;
    /// none of a rule that does not apply to the kind of document the plan is. The rules are
    /// `rules`, or by default those of ``RuleRegistry/documented``.
    public static func applicable(
        _ findings: [Finding], plan: Plan, rules: [any RuleDescription]? = nil
    ) -> [Finding] {
        let firstYear = plan.years.first?.year
        // A few findings look their rule up in the list; a dictionary (its tuples and storage
        // made at run time: ~60 K instructions) pays only for many.
        func keeps(_ year: Int?, _ rule: (any RuleDescription)?) -> Bool {
            guard let rule else { return true }
            guard rule.documentKinds.contains(plan.documentKind) else { return false }
            guard let year = year ?? firstYear else { return true }
            return rule.applies(in: year)
        }
        guard findings.count > 32 else {
            func rule(_ id: String) -> (any RuleDescription)? {
                guard let rules else { return RuleRegistry.documentedRule(id) }
                return rules.first { $0.id == id }
            }
            return findings.filter { finding in keeps(finding.year, rule(finding.ruleID)) }
        }
        let byID = Dictionary((rules ?? RuleRegistry.documented).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Many findings in a row are one rule's about one year: the decision is made once for
        // each run (a rule id is a literal, equal at once), and the findings are read in place,
        // not copied out one by one.
        var last: (id: String, year: Int?, keeps: Bool)?
        func keeps(at index: Int) -> Bool {
            let (id, year) = (findings[index].ruleID, findings[index].year)
            if let last, last.id == id, last.year == year { return last.keeps }
            let decision = keeps(year, byID[id])
            last = (id, year, decision)
            return decision
        }
        // Usually every finding is kept: then the array itself, not a copy of it.
        guard !findings.indices.allSatisfy(keeps(at:)) else { return findings }
        return findings.indices.filter(keeps(at:)).map { findings[$0] }
    }

    /// The ids of the rules that apply to at least one of `years`, in registry order.
    public static func ids(for years: [Int], rules: [any RuleDescription] = RuleRegistry.documented) -> [String] {
        rules.filter { rule in years.contains { rule.applies(in: $0) } }.map(\.id)
    }
}
