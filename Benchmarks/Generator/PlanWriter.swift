/// Writes a plan of a ``Shape``. Amounts are tracked in öre so declared totals and follow-up
/// outcomes are exact.
struct PlanWriter {
    let shape: Shape
    var random: SplitMix64
    var out = ""
    let newline: String
    let indent: String
    /// Equity at the start of the year being written, in öre.
    var equity = 100_000_000

    init(shape: Shape, seed: UInt64, minified: Bool) {
        self.shape = shape
        random = SplitMix64(state: seed)
        newline = minified ? "" : "\n"
        indent = minified ? "" : "  "
    }

    var lastYear: Int { shape.firstYear + shape.years - 1 }

    mutating func write() -> String {
        out += "{" + newline + indent + #""formatVersion": 1, "unit": "kr","# + newline
        out +=
            indent + #""federation": {"name": "Samordningsförbundet Syntet", "organisationNumber": "222000-1024"},"#
            + newline
        writeMembers()
        out +=
            indent
            + #""policy": {"equityCap": {"rule": "national"}, "municipalSplit": {"key": "equal"}, "maxAdminShare": 15},"#
            + newline
        out += indent + #""openingEquity": 1000000,"# + newline
        writeYears()
        writeInitiatives()
        writeWaivers()
        out += "}" + newline
        return out
    }

    mutating func writeMembers() {
        var members = [
            #"{"id": "staten", "name": "Försäkringskassan och Arbetsförmedlingen", "kind": "state"}"#,
            #"{"id": "region", "name": "Regionen", "kind": "region"}"#,
        ]
        for m in 0..<shape.municipalities {
            members.append(#"{"id": "k\#(m)", "name": "Kommun \#(m)", "kind": "municipality"}"#)
        }
        out +=
            indent + #""members": ["# + newline + members.map { indent + indent + $0 }.joined(separator: "," + newline)
            + newline + indent + "]," + newline
    }

    /// The state pays 2 000 000 kr × municipalities, so the municipal half splits evenly; costs
    /// equal income but for some öre, which the deficit reason explains.
    mutating func writeYears() {
        out += indent + #""years": ["# + newline
        for y in 0..<shape.years {
            writeYear(y)
            out += (y == shape.years - 1 ? "" : ",") + newline
        }
        out += indent + "]," + newline
    }

    mutating func writeYear(_ y: Int) {
        let year = shape.firstYear + y
        let state = 2_000_000 * shape.municipalities
        var contributions = [("staten", state), ("region", state / 2)]
        for m in 0..<shape.municipalities { contributions.append(("k\(m)", state / 2 / shape.municipalities)) }
        let pad = indent + indent + indent
        out += indent + indent + #"{"year": \#(year), "status": "\#(y == 0 ? "budget" : "plan")", "contributions": {"#
        out += contributions.map { #""\#($0.0)": \#($0.1)"# }.joined(separator: ", ") + "},"
        var income = state * 2
        var other: [Int] = []
        if shape.otherIncome > 0 {
            for _ in 0..<shape.otherIncome { other.append(10_000 + Int(random.below(1_000))) }
            out += newline + pad + #""otherIncome": ["#
            out +=
                other.enumerated().map { #"{"name": "Bidrag \#($0.offset)", "amount": \#($0.element)}"# }
                .joined(separator: ", ") + "],"
            income += other.reduce(0, +)
        }
        let costs = costLines(total: income)
        out += newline + pad + #""costs": ["# + newline
        out += costs.map { pad + indent + $0.json }.joined(separator: "," + newline) + newline
        out += pad + "], " + #""deficitReason": "Avrundning""#
        let costOre = costs.reduce(0) { $0 + $1.ore }
        let result = income * 100 - costOre
        if shape.declared {
            out += "," + newline + pad + #""declared": {"totalContributions": \#(state * 2), "#
            if !other.isEmpty { out += #""totalOtherIncome": \#(other.reduce(0, +)), "# }
            out += #""totalIncome": \#(income), "totalCosts": "\#(kronor(costOre))", "result": "\#(kronor(result))", "#
            out += #""openingEquity": "\#(kronor(equity))", "closingEquity": "\#(kronor(equity + result))"}"#
        }
        equity += result
        if y < shape.followUpYears {
            out += "," + newline + pad + #""followUp": {"asOf": "\#(year)-06-30", "income": ["#
            out += contributions.map { #"{"name": "\#($0.0)", "outcome": \#($0.1 / 2)}"# }.joined(separator: ", ")
            out += other.enumerated().map { #", {"name": "Bidrag \#($0.offset)", "outcome": 0}"# }.joined()
            out += "], " + #""costs": ["# + newline
            out += costs.enumerated().map { pad + indent + followUpLine($0.element, forecast: $0.offset % 4 == 0) }
                .joined(separator: "," + newline)
            out += newline + pad + "]}"
        }
        out += "}"
    }

    struct Cost {
        let json: String
        let name: String
        let ore: Int
    }

    /// The administration line (a tenth) and the operations lines, each funding an initiative.
    mutating func costLines(total: Int) -> [Cost] {
        let admin = total / 10
        var lines = [
            Cost(
                json: #"{"name": "Kansli", "category": "administration", "amount": \#(admin)}"#, name: "Kansli",
                ore: admin * 100)
        ]
        let count = max(shape.linesPerYear, 1)
        let share = (total - admin) / count
        var remaining = total - admin
        for i in 0..<count {
            let amount = i == count - 1 ? remaining : share - Int(random.below(100))
            remaining -= amount
            let half = random.below(100) < 50
            lines.append(
                Cost(
                    json:
                        #"{"name": "Insats \#(i)", "category": "operations", "amount": "\#(amount),\#(half ? "50" : "00")", "initiative": "i\#(i % max(shape.initiatives, 1))"}"#,
                    name: "Insats \(i)", ore: amount * 100 + (half ? 50 : 0)))
        }
        return lines
    }

    /// Half the line used by 30 June; every fourth line also writes its forecast for the rest.
    func followUpLine(_ cost: Cost, forecast: Bool) -> String {
        let outcome = cost.ore / 2
        let rest = forecast ? #", "forecast": "\#(kronor(cost.ore - outcome))""# : ""
        return #"{"name": "\#(cost.name)", "outcome": "\#(kronor(outcome))"\#(rest)}"#
    }

    /// "1234,05" for 123 405 öre.
    func kronor(_ ore: Int) -> String {
        let sign = ore < 0 ? "-" : ""
        let cents = abs(ore) % 100
        return sign + String(abs(ore) / 100) + "," + (cents < 10 ? "0" : "") + String(cents)
    }

    func isEndless(_ i: Int) -> Bool { shape.endlessEvery > 0 && i % shape.endlessEvery == 0 }

    mutating func writeInitiatives() {
        out += indent + #""initiatives": ["# + newline
        let last = shape.ends ?? lastYear
        let count = max(shape.initiatives, 1)
        let grants = (0..<min(shape.grantYears, shape.years)).map { #""\#(shape.firstYear + $0)": 1000"# }
            .joined(separator: ", ")
        for i in 0..<count {
            let target = random.below(3) == 0 ? "structural" : "individual"
            let a = random.below(UInt64(shape.municipalities))
            var entry =
                #"{"id": "i\#(i)", "name": "Insats nummer \#(i) med ett längre namn", "target": "\#(target)", "members": ["region", "k\#(a)"], "start": "\#(shape.firstYear)-01-01""#
            let end = #", "end": "\#(last)-12-31""#
            if !isEndless(i) {
                entry += end
            } else if shape.padsEnd {
                entry += String(repeating: " ", count: end.utf8.count)
            }
            if !grants.isEmpty { entry += #", "granted": {\#(grants)}"# }
            out += indent + indent + entry + "}" + (i == count - 1 ? "" : ",") + newline
        }
        out += indent + "]" + (shape.waived && shape.endlessEvery > 0 ? "," : "") + newline
    }

    /// One waiver for each initiative without an end date, accepting its finding.
    mutating func writeWaivers() {
        guard shape.waived && shape.endlessEvery > 0 else { return }
        out += indent + #""waivers": ["# + newline
        let endless = (0..<max(shape.initiatives, 1)).filter(isEndless)
        out += endless.map {
            indent + indent
                + #"{"rule": "initiative_end_date", "pointer": "/initiatives/\#($0)", "reason": "Löpande verksamhet under utredning", "decision": "§ 12, 2026-03-14", "expires": "2999-12-31"}"#
        }.joined(separator: "," + newline)
        out += newline + indent + "]" + newline
    }
}
