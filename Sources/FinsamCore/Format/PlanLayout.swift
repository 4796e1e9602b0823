/// The canonical field order of a plan file, as docs/plan-format.md documents it (the
/// decoder in Plan/ reads the same fields), and the layout of each part.
///
/// A list of objects has one object a line; a cost line, an income line or an outcome line is
/// always one line, so a change to a line shows as that line; contributions have one member a
/// line; the plan, its policy, years, follow-ups and assumptions have one field a line; other
/// objects sit on one line when they fit.
enum PlanLayout {
    static let plan = FormatShape.object(
        [
            FormatField("$schema"), FormatField("formatVersion"), FormatField("unit"),
            FormatField("federation", .object([FormatField("name"), FormatField("organisationNumber")], .auto)),
            FormatField("members", list(of: member)),
            FormatField("policy", policy),
            FormatField("openingEquity"),
            FormatField("years", .array(year, .expanded)),
            FormatField("initiatives", list(of: initiative)),
            FormatField("assumptions", assumptions),
            FormatField("waivers", list(of: waiver)),
        ], .expanded)

    /// One object a line.
    static func list(of item: FormatShape) -> FormatShape { .array(item, .expanded) }

    /// An object of these fields, on one line when it fits.
    static func fields(_ names: [String]) -> FormatShape { .object(names.map { FormatField($0) }, .auto) }

    static let member = fields(["id", "name", "kind", "population"])

    static let municipalSplit = FormatShape.object(
        [FormatField("key"), FormatField("shares", .map(.any, .auto))], .auto)

    static let policy = FormatShape.object(
        [
            FormatField("equityCap", fields(["rule", "percent"])), FormatField("equityFloor"),
            FormatField("maxAdminShare"), FormatField("minIndividualShare"),
            FormatField("municipalSplit", municipalSplit), FormatField("roundingTolerance"),
            FormatField("followUp", fields(["over", "under"])),
        ], .expanded)

    static let year = FormatShape.object(
        [
            FormatField("year"), FormatField("status"),
            FormatField("contributions", .map(.any, .expanded)),
            FormatField("stateAllocation"),
            FormatField("otherIncome", lines(["name", "category", "amount"])),
            FormatField("costs", lines(["name", "category", "amount", "initiative", "group", "target"])),
            FormatField("budgetTotals", fields(["costs"])),
            FormatField("deficitReason"),
            FormatField("municipalSplit", municipalSplit),
            FormatField("declared", declared),
            FormatField("followUp", followUp),
        ], .expanded)

    /// A list of lines, each always on one line of its own.
    static func lines(_ names: [String]) -> FormatShape {
        .array(.object(names.map { FormatField($0) }, .oneLine), .expanded)
    }

    static let balanceSheet = fields(["assets", "equity", "liabilities"])

    /// A declared subtotal; `of` lists the labels of the subtotals it adds up.
    static let subtotal = FormatShape.object(
        [
            FormatField("label"), FormatField("category"), FormatField("group"),
            FormatField("of", .array(.any, .oneLine)), FormatField("amount"),
        ], .oneLine)

    /// `unit` first: it says how to read every figure after it, as at the top of the file.
    static let declared = FormatShape.object(
        [
            FormatField("unit"), FormatField("openingEquity"), FormatField("totalContributions"),
            FormatField("totalOtherIncome"), FormatField("totalIncome"), FormatField("fundsAvailable"),
            FormatField("totalCosts"), FormatField("operatingCosts"), FormatField("operatingResult"),
            FormatField("financialIncome"), FormatField("financialCosts"), FormatField("financialNet"),
            FormatField("result"), FormatField("closingEquity"),
            FormatField("subtotals", list(of: subtotal)),
            FormatField("adminShare"), FormatField("balanceSheet", balanceSheet),
        ], .auto)

    static let followUp = FormatShape.object(
        [
            FormatField("asOf"),
            FormatField("income", lines(["name", "outcome", "forecast"])),
            FormatField("costs", lines(["name", "outcome", "forecast", "category", "initiative", "group"])),
            FormatField("forecastRest", fields(["income", "costs"])),
            FormatField(
                "interim",
                .object(
                    [
                        FormatField("income"), FormatField("costs"), FormatField("result"),
                        FormatField("balanceSheet", balanceSheet),
                    ],
                    .auto)),
            FormatField("declared", declared),
        ], .expanded)

    static let initiative = FormatShape.object(
        [
            FormatField("id"), FormatField("name"), FormatField("target"), FormatField("members", .array(.any, .auto)),
            FormatField("start"), FormatField("end"), FormatField("granted", .map(.any, .auto)),
        ], .auto)

    static let assumptions = FormatShape.object(
        [
            FormatField("stateAllocationGrowth"), FormatField("stateAllocation", .map(.any, .auto)),
            FormatField("indexation", fields(["administration", "operations", "financial"])),
            FormatField("initiativeUtilisation"),
        ], .expanded)

    static let waiver = fields(["rule", "year", "pointer", "reason", "decision", "expires"])
}
