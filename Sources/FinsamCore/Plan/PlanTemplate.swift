/// The starting plan `finsam init` writes: a federation with the state, a region and its
/// municipalities, a budget year and plan years with every amount zero, the national equity
/// cap and a population (or equal) split. JSON has no comments and the decoder warns about
/// fields it does not know, so the plan carries none: `finsam init` explains it on stdout.
public struct PlanTemplate {
    /// A municipality: its name and, if known, its population (for the split key).
    public struct Municipality: Sendable {
        public let name: String
        public let population: Int64?

        public init(name: String, population: Int64?) {
            self.name = name
            self.population = population
        }
    }

    public let name: String
    public let region: String
    public let municipalities: [Municipality]
    public let years: ClosedRange<Int>

    public init(name: String, region: String, municipalities: [Municipality], years: ClosedRange<Int>) {
        self.name = name
        self.region = region
        self.municipalities = municipalities
        self.years = years
    }

    /// The plan as JSON text.
    public func rendered() -> String {
        let ids = memberIDs()
        var members: [JSONOutput] = [
            .object([
                ("id", .string(ids[0])), ("name", .string("Försäkringskassan och Arbetsförmedlingen")),
                ("kind", .string("state")),
            ]),
            .object([("id", .string(ids[1])), ("name", .string(region)), ("kind", .string("region"))]),
        ]
        for (index, municipality) in municipalities.enumerated() {
            var fields: [(String, JSONOutput)] = [
                ("id", .string(ids[index + 2])), ("name", .string(municipality.name)),
                ("kind", .string("municipality")),
            ]
            if let population = municipality.population { fields.append(("population", .number(String(population)))) }
            members.append(.object(fields))
        }
        let byPopulation = !municipalities.isEmpty && municipalities.allSatisfy { $0.population != nil }
        let yearList: [JSONOutput] = years.map { year in
            .object([
                ("year", .integer(year)), ("status", .string(year == years.lowerBound ? "budget" : "plan")),
                ("contributions", .object(ids.map { ($0, .integer(0)) })),
                ("costs", .array([])),
            ])
        }
        return JSONOutput.object([
            ("formatVersion", .integer(1)),
            ("unit", .string("kr")),
            ("federation", .object([("name", .string(name))])),
            ("members", .array(members)),
            (
                "policy",
                .object([
                    ("equityCap", .object([("rule", .string("national"))])),
                    ("municipalSplit", .object([("key", .string(byPopulation ? "population" : "equal"))])),
                ])
            ),
            // Not stated until the user fills it in: a placeholder 0 would be judged as real equity.
            ("openingEquity", .null),
            ("years", .array(yearList)),
            ("initiatives", .array([])),
            ("waivers", .array([])),
        ]).rendered()
    }

    /// `staten`, the region's and each municipality's id: lowercase ASCII words joined by `-`
    /// (`Östra Göinge` → `ostra-goinge`), made unique with `-2`, `-3`, …
    func memberIDs() -> [String] {
        var result: [String] = []
        for (index, name) in (["staten", region] + municipalities.map(\.name)).enumerated() {
            var base = Self.slug(name)
            if base.isEmpty { base = "member-" + String(index + 1) }
            var candidate = base
            var counter = 2
            while result.contains(candidate) {
                candidate = base + "-" + String(counter)
                counter += 1
            }
            result.append(candidate)
        }
        return result
    }

    static func slug(_ name: String) -> String {
        var out = ""
        for character in name.lowercased() {
            let mapped: String
            switch character {
            case "å", "ä", "á", "à", "â": mapped = "a"
            case "ö", "ó", "ò", "ô", "ø": mapped = "o"
            case "é", "è", "ê", "ë": mapped = "e"
            case "ü", "ú": mapped = "u"
            default: mapped = character.isASCII && (character.isLetter || character.isNumber) ? String(character) : "-"
            }
            if mapped == "-" && (out.isEmpty || out.hasSuffix("-")) { continue }
            out += mapped
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
