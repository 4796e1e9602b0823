@testable import FinsamCore

/// A random valid plan file, and the figures it must give, worked out as the file is written
/// (in 128-bit öre), independently of finsam's decoder and ledger.
struct RandomPlan {
    var text = ""
    var openingEquity: Int128 = 0
    /// Per year: contributions, other income and costs in öre.
    var years: [(contributions: Int128, otherIncome: Int128, costs: Int128)] = []

    init(using random: inout SplitMix64) {
        let tkr = Bool.random(using: &random)
        let municipalities = Int.random(in: 1...4, using: &random)
        var members = [
            #"{"id": "staten", "name": "Staten", "kind": "state"}"#,
            #"{"id": "region", "name": "Regionen", "kind": "region"}"#,
        ]
        for index in 1...municipalities {
            let population = Int.random(in: 1...900_000, using: &random)
            members.append(
                #"{"id": "k\#(index)", "name": "Kommun \#(index)", "kind": "municipality", "population": \#(population)}"#
            )
        }
        let opening = Self.amount(using: &random, tkr: tkr, signed: true)
        openingEquity = opening.ore
        var yearTexts: [String] = []
        let first = Int.random(in: 1990...2990, using: &random)
        for year in first..<(first + Int.random(in: 1...6, using: &random)) {
            yearTexts.append(self.year(year, municipalities: municipalities, tkr: tkr, using: &random))
        }
        text = """
            {"formatVersion": 1, "unit": "\(tkr ? "tkr" : "kr")", "federation": {"name": "Slumpförbundet"},
             "members": [\(members.joined(separator: ",\n  "))],
             "openingEquity": \(opening.text),
             "years": [\(yearTexts.joined(separator: ",\n  "))]}
            """
    }

    private mutating func year(_ year: Int, municipalities: Int, tkr: Bool, using random: inout SplitMix64) -> String {
        let status = ["outcome", "forecast", "budget", "plan"].randomElement(using: &random) ?? "plan"
        var fields = [#""year": \#(year)"#, #""status": "\#(status)""#]
        var contributions: Int128 = 0
        if Int.random(in: 0..<4, using: &random) == 0 {
            // The region matches half of the state's allocation and the municipalities the other
            // half: with one region and at least one municipality, twice the allocation in all.
            let state = Self.amount(using: &random, tkr: tkr, signed: false)
            contributions = 2 * state.ore
            fields.append(#""stateAllocation": \#(state.text)"#)
        } else {
            var parts: [String] = []
            for id in ["staten", "region"] + (1...municipalities).map({ "k\($0)" }) {
                let value = Self.amount(using: &random, tkr: tkr, signed: false)
                contributions += value.ore
                parts.append(#""\#(id)": \#(value.text)"#)
            }
            fields.append(#""contributions": {\#(parts.joined(separator: ", "))}"#)
        }
        var income: Int128 = 0
        var incomeLines: [String] = []
        for index in 0..<Int.random(in: 0...3, using: &random) {
            let value = Self.amount(using: &random, tkr: tkr, signed: false)
            income += value.ore
            incomeLines.append(#"{"name": "Intäkt \#(index)", "amount": \#(value.text)}"#)
        }
        if !incomeLines.isEmpty { fields.append(#""otherIncome": [\#(incomeLines.joined(separator: ", "))]"#) }
        var costs: Int128 = 0
        var costLines: [String] = []
        for index in 0..<Int.random(in: 0...6, using: &random) {
            let value = Self.amount(using: &random, tkr: tkr, signed: false)
            costs += value.ore
            let category = Bool.random(using: &random) ? "administration" : "operations"
            costLines.append(#"{"name": "Kostnad \#(index)", "category": "\#(category)", "amount": \#(value.text)}"#)
        }
        fields.append(#""costs": [\#(costLines.joined(separator: ",\n    "))]"#)
        if Bool.random(using: &random) { fields.append(#""deficitReason": "Sparat kapital används.""#) }
        years.append((contributions, income, costs))
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// An amount in the plan's unit, as JSON text (a number, or a Swedish string such as
    /// `"1 844,5"`), and its value in öre worked out from the digits drawn.
    static func amount(using random: inout SplitMix64, tkr: Bool, signed: Bool) -> (text: String, ore: Int128) {
        // Up to 10^12 kr: a year of many lines stays far from Int64's 9.2 × 10^16 kr.
        let whole = random.skewed(0...(tkr ? 1_000_000_000 : 1_000_000_000_000))
        let maxDecimals = tkr ? 5 : 2
        let decimals = Int.random(in: 0...maxDecimals, using: &random)
        var fraction: Int128 = 0
        var digits = ""
        for _ in 0..<decimals {
            let digit = Int.random(in: 0...9, using: &random)
            fraction = fraction * 10 + Int128(digit)
            digits += String(digit)
        }
        var scale: Int128 = 1
        for _ in 0..<(maxDecimals - decimals) { scale *= 10 }
        let negative = signed && Bool.random(using: &random)
        let magnitude = Int128(whole) * (tkr ? 100_000 : 100) + fraction * scale
        let ore = negative ? -magnitude : magnitude
        let sign = negative ? "-" : ""
        if Bool.random(using: &random) {
            return (sign + String(whole) + (decimals > 0 ? "." + digits : ""), ore)
        }
        var grouped = ""
        for (index, digit) in String(whole).reversed().enumerated() {
            if index > 0 && index % 3 == 0 { grouped = " " + grouped }
            grouped = String(digit) + grouped
        }
        return ("\"" + sign + grouped + (decimals > 0 ? "," + digits : "") + "\"", ore)
    }
}
