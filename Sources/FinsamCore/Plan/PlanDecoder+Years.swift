/// Decoding the `years` array: contributions, income, costs and declared figures.
extension PlanDecoder {
    static let yearFields: KnownFields = [
        "year", "status", "contributions", "stateAllocation", "otherIncome", "costs", "deficitReason",
        "declared", "municipalSplit", "followUp", "budgetTotals",
    ]

    static let incomeFields: KnownFields = ["name", "amount", "category"]
    static let costFields: KnownFields = ["name", "category", "amount", "initiative", "group", "target"]
    static let subtotalFields: KnownFields = ["label", "category", "group", "of", "amount"]
    static let balanceSheetFields: KnownFields = ["assets", "equity", "liabilities"]

    mutating func years(_ field: Field, members: [Member], policy: Policy) throws(PlanError) -> [Year] {
        let elements = try array(field)
        guard !elements.isEmpty else {
            throw PlanError(Message("plan.no_years"), at: ref(field))
        }
        var years: [Year] = []
        guard readsInBatches(elements) else {
            // One pass on this thread, with no arrays of batches: each array's element type is
            // one more generic type the runtime makes on first use, a visible part of the
            // start-up of `finsam validate` on a small plan.
            for element in elements {
                let year = try year(element, members: members, policy: policy)
                try Self.checkOrder(year, after: years)
                years.append(year)
            }
            return years
        }
        // Batches come back in document order, each with the years it read before any error,
        // so the first error is the one a reading from start to end meets first.
        for batch in yearBatches(elements, members: members, policy: policy) {
            unknownFields += batch.unknownFields
            for year in batch.years {
                try Self.checkOrder(year, after: years)
                years.append(year)
            }
            if let error = batch.error { throw error }
        }
        return years
    }

    private static func checkOrder(_ year: Year, after years: [Year]) throws(PlanError) {
        guard let previous = years.last else { return }
        if years.contains(where: { $0.year == year.year }) {
            throw PlanError(Message("plan.duplicate_year", [.integer(year.year)]), at: year.ref)
        }
        guard year.year == previous.year + 1 else {
            throw PlanError(
                Message("plan.years_not_consecutive", [.integer(previous.year + 1), .integer(year.year)]),
                at: year.ref)
        }
    }

    mutating func year(_ field: Field, members: [Member], policy: Policy) throws(PlanError) -> Year {
        let fields = try reader(field, known: Self.yearFields)
        let number = try integer(try fields.required("year"))
        guard (1900...2999).contains(number.value) else {
            throw PlanError(Message("plan.year_out_of_range", [.integer(number.value)]), at: number.ref)
        }
        let reason = try fields.optional("deficitReason").map { (f) throws(PlanError) in try string(f).value }
        let split = try fields.optional("municipalSplit").map { (f) throws(PlanError) in try municipalSplit(f) }
        let contributions = try yearContributions(fields, members: members, split: split ?? policy.municipalSplit)
        var year = Year(
            year: number.value,
            status: try enumeration(try fields.required("status"), YearStatus.self),
            contributions: contributions,
            otherIncome: try fields.optional("otherIncome").map { (f) throws(PlanError) in try incomeLines(f) } ?? [],
            costs: try fields.optional("costs").map { (f) throws(PlanError) in try costLines(f) } ?? [],
            deficitReason: reason.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 },
            declared: try fields.optional("declared").map { (f) throws(PlanError) in try declared(f) },
            municipalSplit: split,
            ref: ref(field))
        if let totals = fields.optional("budgetTotals") { try self.budgetTotals(totals, of: &year) }
        if let followUp = fields.optional("followUp") {
            year.followUp = try self.followUp(followUp, year: year, members: members)
        }
        return year
    }

    /// Either the contributions member by member, or the state's allocation to derive them from.
    func yearContributions(
        _ fields: FieldReader, members: [Member], split: MunicipalSplit
    ) throws(PlanError) -> Contributions {
        switch (fields.optional("contributions"), fields.optional("stateAllocation")) {
        case (let written?, nil):
            return try contributions(written)
        case (nil, let allocation?):
            let state = try nonNegativeAmount(allocation)
            guard let derived = MatchedContributions.derive(from: state, members: members, split: split) else {
                throw PlanError(Message("plan.cannot_derive"), at: state.ref)
            }
            return derived
        case (nil, nil):
            throw PlanError(Message("plan.missing_field", [.code("contributions")]), at: fields.ref)
        case (_?, _?):
            throw PlanError(Message("plan.contributions_twice"), at: fields.ref)
        }
    }

    func contributions(_ field: Field) throws(PlanError) -> Contributions {
        guard field.isObject else { throw wrongType("object", field) }
        let fast = CostLineTape.read(field.document, unit: unit, fastPath: useFastPaths) { tape in
            tape.contributions(at: field.index, memberIDs: memberIDs, idBytes: memberIDBytes)
        }
        if let fast { return fast }
        let members = field.members
        var result = Contributions.Builder(memberIDs: memberIDs, areMembers: true, capacity: members.count)
        for member in members {
            result.append(memberID: member.key, amount: try nonNegativeAmount(member.value))
        }
        return result.contributions
    }

    mutating func incomeLines(_ field: Field) throws(PlanError) -> [IncomeLine] {
        var lines: [IncomeLine] = []
        for element in try array(field) {
            let fields = try reader(element, known: Self.incomeFields)
            var line = IncomeLine(
                name: try string(try fields.required("name")).value,
                amount: try nonNegativeAmount(try fields.required("amount")), ref: fields.ref)
            if let category = fields.optional("category") {
                line.category = try enumeration(category, IncomeCategory.self)
            }
            lines.append(line)
        }
        return lines
    }

    /// The cost lines of a year: each through ``CostLineTape`` when it has the common form, else
    /// through ``costLine(_:)``, which gives the same line or the exact error.
    mutating func costLines(_ field: Field) throws(PlanError) -> [CostLine] {
        guard field.isArray else { throw wrongType("array", field) }
        let document = field.document
        return try CostLineTape.read(document, unit: unit, fastPath: useFastPaths) { (tape) throws(PlanError) in
            var lines: [CostLine] = []
            lines.reserveCapacity(tape.childCount(of: field.index))
            var element = field.index + 1
            let end = min(tape.nodes[field.index].next, tape.nodes.count)
            while element < end {
                if let line = tape.line(at: element) {
                    lines.append(line)
                } else {
                    lines.append(try costLine(JSONValue(document: document, index: element)))
                }
                element = max(tape.nodes[element].next, element + 1)
            }
            return lines
        }
    }

    /// One cost line by the general path: any form the format allows, and every error it can have.
    mutating func costLine(_ element: Field) throws(PlanError) -> CostLine {
        let fields = try reader(element, known: Self.costFields)
        var line = CostLine(
            name: try string(try fields.required("name")).value,
            category: try enumeration(try fields.required("category"), CostCategory.self),
            initiativeID: try fields.optional("initiative").map { (f) throws(PlanError) in try identifier(f).value },
            group: try fields.optional("group").map { (f) throws(PlanError) in try string(f).value },
            amount: try nonNegativeAmount(try fields.required("amount")), ref: fields.ref)
        if let field = fields.optional("target") { line.target = try lineTarget(field, of: line) }
        return line
    }

    /// A cost line's `target`: only on an operations line that names no initiative, since a
    /// named initiative has its own target and other costs fund none.
    private func lineTarget(_ field: Field, of line: CostLine) throws(PlanError) -> Initiative.Target {
        let target = try enumeration(field, Initiative.Target.self)
        guard line.initiativeID == nil else {
            throw PlanError(Message("plan.cost_target_with_initiative"), at: ref(field))
        }
        guard line.category == .operations else {
            throw PlanError(
                Message("plan.cost_target_category", [.code(line.category.rawValue)]), at: ref(field))
        }
        return target
    }

    static let declaredFields: KnownFields = [
        "openingEquity", "totalContributions", "totalOtherIncome", "totalIncome", "fundsAvailable",
        "totalCosts", "result", "closingEquity", "adminShare", "subtotals", "balanceSheet", "unit",
        "operatingCosts", "operatingResult", "financialIncome", "financialCosts", "financialNet",
    ]

    mutating func declared(_ field: Field) throws(PlanError) -> DeclaredFigures {
        let fields = try reader(field, known: Self.declaredFields)
        // A document may print its tables in tkr while listing contributions in kronor.
        let planUnit = unit
        defer { unit = planUnit }
        if let unitField = fields.optional("unit") { unit = try enumeration(unitField, AmountUnit.self) }
        func optionalAmount(_ key: String) throws(PlanError) -> Amount? {
            try fields.optional(key).map { (f) throws(PlanError) in try amount(f) }
        }
        var figures = DeclaredFigures(
            openingEquity: try optionalAmount("openingEquity"),
            totalContributions: try optionalAmount("totalContributions"),
            totalOtherIncome: try optionalAmount("totalOtherIncome"),
            totalIncome: try optionalAmount("totalIncome"),
            fundsAvailable: try optionalAmount("fundsAvailable"),
            totalCosts: try optionalAmount("totalCosts"),
            result: try optionalAmount("result"),
            closingEquity: try optionalAmount("closingEquity"),
            adminShare: try fields.optional("adminShare").map { (f) throws(PlanError) in try declaredPercent(f) },
            subtotals: try fields.optional("subtotals").map { (f) throws(PlanError) in try subtotals(f) } ?? [],
            balanceSheet: try fields.optional("balanceSheet").map { (f) throws(PlanError) in try balanceSheet(f) })
        figures.operatingCosts = try optionalAmount("operatingCosts")
        figures.operatingResult = try optionalAmount("operatingResult")
        figures.financialIncome = try optionalAmount("financialIncome")
        figures.financialCosts = try optionalAmount("financialCosts")
        figures.financialNet = try optionalAmount("financialNet")
        return figures
    }

    func declaredPercent(_ field: Field) throws(PlanError) -> DeclaredPercent {
        let value = try percent(field)
        let text = Self.quoted(field)
        let decimals =
            text.firstIndex { $0 == "," || $0 == "." }.map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
        return DeclaredPercent(value: value.value, decimals: decimals, ref: value.ref)
    }

    mutating func balanceSheet(_ field: Field) throws(PlanError) -> BalanceSheet {
        let fields = try reader(field, known: Self.balanceSheetFields)
        return BalanceSheet(
            assets: try amount(try fields.required("assets")),
            equity: try fields.optional("equity").map { (f) throws(PlanError) in try amount(f) },
            liabilities: try amount(try fields.required("liabilities")), ref: fields.ref)
    }
}
