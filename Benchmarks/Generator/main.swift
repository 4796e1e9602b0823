// finsam-plangen: writes a synthetic plan file, the same bytes for the same arguments.
//
//   finsam-plangen --initiatives N --years Y [--municipalities M] [--seed S] [--minified] [--ends YEAR]
//                  [--shape findings|findings-baseline]   (see PlanWriter+Findings.swift)
//
// The plan is valid (consecutive years, an exact 50/25/25 split, every cost line linked to an
// initiative inside its period), so a benchmark measures reading and checking, not error paths.

/// SplitMix64: a tiny, well-mixed generator whose sequence is fixed by its seed.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: UInt64) -> UInt64 { bound == 0 ? 0 : next() % bound }
}

struct Options {
    var initiatives = 100
    var years = 5
    var municipalities = 4
    var seed: UInt64 = 1
    var minified = false
    /// The year every initiative ends (default: the plan's last year).
    var ends: Int?
    /// A plan of another shape than the default (cost lines dominate), by name.
    var shape = ""

    init(_ arguments: [String]) {
        var index = 0
        while index < arguments.count {
            let value = index + 1 < arguments.count ? arguments[index + 1] : ""
            switch arguments[index] {
            case "--initiatives":
                initiatives = Int(value) ?? initiatives
                index += 1
            case "--years":
                years = min(max(Int(value) ?? years, 1), 1000)
                index += 1
            case "--municipalities":
                municipalities = max(Int(value) ?? municipalities, 1)
                index += 1
            case "--seed":
                seed = UInt64(value) ?? seed
                index += 1
            case "--minified": minified = true
            case "--ends":
                ends = Int(value)
                index += 1
            case "--shape":
                shape = value
                index += 1
            default: break
            }
            index += 1
        }
    }
}

struct PlanWriter {
    let options: Options
    var random: SplitMix64
    var out = ""
    let newline: String
    let indent: String

    init(options: Options) {
        self.options = options
        random = SplitMix64(state: options.seed)
        newline = options.minified ? "" : "\n"
        indent = options.minified ? "" : "  "
    }

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
        if isFindingsShape { writeFindingsInitiatives() } else { writeInitiatives() }
        out += "}" + newline
        return out
    }

    mutating func writeMembers() {
        var members = [
            #"{"id": "staten", "name": "Försäkringskassan och Arbetsförmedlingen", "kind": "state"}"#,
            #"{"id": "region", "name": "Regionen", "kind": "region"}"#,
        ]
        for m in 0..<options.municipalities {
            members.append(#"{"id": "k\#(m)", "name": "Kommun \#(m)", "kind": "municipality"}"#)
        }
        out +=
            indent + #""members": ["# + newline + members.map { indent + indent + $0 }.joined(separator: "," + newline)
            + newline + indent + "]," + newline
    }

    /// Contributions: the state pays 2 000 000 × municipalities, so the municipal half splits evenly.
    mutating func writeYears() {
        let state = 2_000_000 * options.municipalities
        let perMunicipality = state / 2 / options.municipalities
        out += indent + #""years": ["# + newline
        for y in 0..<options.years {
            let year = 2024 + y
            var contributions = [#""staten": \#(state)"#, #""region": \#(state / 2)"#]
            for m in 0..<options.municipalities { contributions.append(#""k\#(m)": \#(perMunicipality)"#) }
            out +=
                indent + indent + #"{"year": \#(year), "status": "\#(y == 0 ? "budget" : "plan")", "contributions": {"#
                + contributions.joined(separator: ", ") + "},"
            out += newline + indent + indent + indent + #""costs": ["#
            // Costs equal contributions: the result is zero, equity stays at the opening amount.
            let total = state * 2
            let admin = total / 10
            var lines = [#"{"name": "Kansli", "category": "administration", "amount": \#(admin)}"#]
            let count = costLinesPerYear
            let share = (total - admin) / count
            var remaining = total - admin
            for i in 0..<count {
                let amount = i == count - 1 ? remaining : share - Int(random.below(100))
                remaining -= amount
                lines.append(
                    #"{"name": "Insats \#(i)", "category": "operations", "amount": "\#(amount),\#(random.below(100) < 50 ? "50" : "00")", "initiative": "i\#(i % max(options.initiatives, 1))"}"#
                )
            }
            out +=
                newline + lines.map { indent + indent + indent + indent + $0 }.joined(separator: "," + newline)
                + newline
            out +=
                indent + indent + indent + "], " + #""deficitReason": "Avrundning""# + "}"
                + (y == options.years - 1 ? "" : ",") + newline
        }
        out += indent + "]," + newline
    }

    mutating func writeInitiatives() {
        out += indent + #""initiatives": ["# + newline
        let last = options.ends ?? (2024 + options.years - 1)
        for i in 0..<max(options.initiatives, 1) {
            let target = random.below(3) == 0 ? "structural" : "individual"
            let a = random.below(UInt64(options.municipalities))
            let entry =
                #"{"id": "i\#(i)", "name": "Insats nummer \#(i) med ett längre namn", "target": "\#(target)", "members": ["region", "k\#(a)"], "start": "2024-01-01", "end": "\#(last)-12-31"}"#
            out += indent + indent + entry + (i == max(options.initiatives, 1) - 1 ? "" : ",") + newline
        }
        out += indent + "]" + newline
    }
}

var writer = PlanWriter(options: Options(Array(CommandLine.arguments.dropFirst())))
print(writer.write(), terminator: "")
