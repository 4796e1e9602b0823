/// Builds the small plans that rule examples show: a balanced federation of four members
/// (the state, a region, two municipalities of 100 and 300 inhabitants) over 2024–2026, with
/// one part changed to show a rule at work.
enum ExamplePlan {
    static let members = """
        [{"id": "staten", "name": "Försäkringskassan och Arbetsförmedlingen", "kind": "state"},
         {"id": "region", "name": "Regionen", "kind": "region"},
         {"id": "a", "name": "A kommun", "kind": "municipality", "population": 100},
         {"id": "b", "name": "B kommun", "kind": "municipality", "population": 300}]
        """

    /// Costs of a balanced year whose operations fund initiative `x`.
    static let linkedCosts = """
        [{"name": "Kansli", "category": "administration", "amount": 200000},
         {"name": "Insats", "category": "operations", "amount": 1800000, "initiative": "x"}]
        """

    /// A year whose split is exact and whose result is zero unless told otherwise.
    static func year(
        _ year: Int, status: String = "plan", contributions: String? = nil,
        costs: String? = nil, extra: String = ""
    ) -> String {
        let contributions =
            contributions
            ?? #"{"staten": 1000000, "region": 500000, "a": 125000, "b": 375000}"#
        let costs =
            costs ?? """
                [{"name": "Kansli", "category": "administration", "amount": 200000},
                 {"name": "Insatser", "category": "operations", "amount": 1800000}]
                """
        return """
            {"year": \(year), "status": "\(status)", "contributions": \(contributions),
             "costs": \(costs)\(extra.isEmpty ? "" : ", " + extra)}
            """
    }

    /// A whole plan; `first` replaces the 2024 budget year, `later` the two plan years; `extra`
    /// adds top-level fields (e.g. `"adoption": {…}`).
    static func plan(
        opening: String = "0", policy: String = "{}", first: String? = nil, later: [String]? = nil,
        initiatives: String = "[]", federation: String? = nil, extra: String = ""
    ) -> String {
        let years = [first ?? year(2024, status: "budget")] + (later ?? [year(2025), year(2026)])
        let federation = federation ?? #"{"name": "Samordningsförbundet Exempel"}"#
        return """
            {"formatVersion": 1, "federation": \(federation),
             "members": \(members), "policy": \(policy), "openingEquity": \(opening),
             "years": [\(years.joined(separator: ",\n"))],
             "initiatives": \(initiatives)\(extra.isEmpty ? "" : ",\n " + extra)}
            """
    }
}
