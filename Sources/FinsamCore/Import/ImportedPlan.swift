/// Turns the placed rows into a plan file (format version 1), year by year.
struct ImportedPlan {
    let reader: TableReader
    var issues: [ImportIssue]
    var members: [ImportedMember]
    /// Printed totals left out of `declared`: they disagree with the lines because of the
    /// import (reported as issues), so the plan must not carry them.
    let withheld: Set<SheetPlace>

    init(reader: TableReader, withheld: Set<SheetPlace> = []) {
        self.reader = reader
        self.issues = reader.issues
        self.members = reader.importer.mapping.members
        self.withheld = withheld
    }

    /// The plan as JSON, or nil when the table cannot make one.
    mutating func plan() -> JSONOutput? {
        let plan = build()
        return issues.contains(where: \.fatal) ? nil : plan
    }

    private var unit: AmountUnit { reader.unit }

    private mutating func build() -> JSONOutput? {
        guard !reader.columns.isEmpty else { return nil }
        collectMembers()
        var fields: [(String, JSONOutput)] = [("formatVersion", .integer(1)), ("unit", .string(unit.rawValue))]
        guard let name = reader.federation else {
            issues.append(ImportIssue(row: 0, column: 0, Message("import.no_federation"), fatal: true))
            return nil
        }
        var federation: [(String, JSONOutput)] = [("name", .string(name))]
        if let number = reader.importer.mapping.organisationNumber {
            federation.append(("organisationNumber", .string(number)))
        }
        fields.append(("federation", .object(federation)))
        fields.append(
            (
                "members",
                .array(
                    members.map { member in
                        var fields: [(String, JSONOutput)] = [
                            ("id", .string(member.id)), ("name", .string(member.name)),
                            ("kind", .string(member.kind.rawValue)),
                        ]
                        if let population = member.population {
                            fields.append(("population", .number(String(population))))
                        }
                        return .object(fields)
                    })
            ))
        let split = MunicipalKey(members: members, ids: reader.placed.indices.map(memberID), reader: reader)
        if let policy = split.policy { fields.append(("policy", policy)) }
        // A table that prints no opening equity gives a plan that does not state it (no placeholder 0).
        if let opening = openingEquity() { fields.append(("openingEquity", amount(opening))) }
        let years = reader.columns.indices.map { year($0, split: split) }
        fields.append(("years", .array(years)))
        fields += reader.importer.mapping.copied.filter { $0.0 != "policy" }
        return .object(fields)
    }

    /// The members in table order (a mapping member where the row names it), then the
    /// mapping's members the table does not show; ids made unique.
    private mutating func collectMembers() {
        let mapped = members
        members = []
        for index in reader.placed.indices {
            guard case .member(let found) = reader.placed[index].role else { continue }
            if let given = mapped.first(where: { $0.id == found.id }) {
                if !members.contains(where: { $0.id == given.id }) { members.append(given) }
                continue
            }
            if members.contains(where: { $0.id == found.id && $0.name == found.name }) { continue }
            var id = found.id
            var suffix = 2
            while members.contains(where: { $0.id == id }) || mapped.contains(where: { $0.id == id }) {
                id = found.id + "-" + String(suffix)
                suffix += 1
            }
            let member = ImportedMember(id: id, name: found.name, kind: found.kind)
            members.append(member)
            renamed[index] = member
        }
        members += mapped.filter { given in !members.contains(where: { $0.id == given.id }) }
    }

    /// Member rows whose id was made unique, by row index.
    private var renamed: [Int: ImportedMember] = [:]

    func memberID(_ index: Int) -> String? {
        if let member = renamed[index] { return member.id }
        if case .member(let member) = reader.placed[index].role { return member.id }
        return nil
    }

    /// The first year's opening equity row, else the mapping's, else none: not stated.
    private func openingEquity() -> SheetAmount? {
        if let row = reader.placed.first(where: { $0.role == .openingEquity }), let first = row.values.first,
            let value = first
        {
            return value
        }
        if let text = reader.importer.mapping.openingEquity,
            case .amount(let money, let cellUnit, let decimals) = SheetCell.read(text, unit: unit)
        {
            return SheetAmount(money: money, precision: cellUnit.precision(decimals: decimals))
        }
        return nil
    }

    private func amount(_ value: SheetAmount) -> JSONOutput {
        .number(value.money.decimalText(in: unit, precision: value.precision))
    }

    /// Costs are positive in a plan, however the table printed them (`-125`).
    private func magnitude(_ value: SheetAmount) -> JSONOutput {
        amount(SheetAmount(money: value.money.magnitude ?? value.money, precision: value.precision))
    }

    private mutating func year(_ index: Int, split: MunicipalKey) -> JSONOutput {
        let column = reader.columns[index]
        var fields: [(String, JSONOutput)] = [
            ("year", .integer(column.year)), ("status", .string(column.status.rawValue)),
        ]
        fields += contributions(index, column: column)
        if let yearSplit = split.yearSplit(index) { fields.append(("municipalSplit", yearSplit)) }
        let income = reader.placed.filter { $0.role == .otherIncome || $0.role == .financialIncome }.compactMap { row in
            row.values[index].map { value in
                var fields: [(String, JSONOutput)] = [("name", .string(row.name))]
                if row.role == .financialIncome {
                    fields.append(("category", .string(IncomeCategory.financial.rawValue)))
                }
                // Income is positive in a plan, however the table printed it.
                return JSONOutput.object(
                    fields + [("amount", row.role == .financialIncome ? magnitude(value) : amount(value))])
            }
        }
        if !income.isEmpty { fields.append(("otherIncome", .array(income))) }
        fields.append(("costs", .array(costs(index))))
        if let reason = reader.importer.mapping.deficitReasons[column.year] {
            fields.append(("deficitReason", .string(reason)))
        }
        let declared = self.declared(index)
        if !declared.isEmpty { fields.append(("declared", .object(declared))) }
        return .object(fields)
    }

    private mutating func contributions(_ index: Int, column: YearColumn) -> [(String, JSONOutput)] {
        var listed: [(String, JSONOutput)] = []
        var rows: [String: Int] = [:]  // member id → the row that gave its contribution
        for (rowIndex, row) in reader.placed.enumerated() {
            guard let id = memberID(rowIndex), let value = row.values[index] else { continue }
            if let first = rows[id] {
                // A member contributes once a year (a plan keys contributions by member): the
                // table says which figure only if the two rows are told apart in the mapping.
                issues.append(
                    ImportIssue(
                        row: row.line, column: column.column,
                        Message("import.member_twice", [.text(row.name), .integer(column.year), .integer(first)])))
                continue
            }
            rows[id] = row.line
            if value.money.isNegative {
                issues.append(
                    ImportIssue(
                        row: row.line, column: column.column, Message("import.negative_contribution", [.text(row.name)])
                    ))
                continue
            }
            listed.append((id, amount(value)))
        }
        if !listed.isEmpty { return [("contributions", .object(listed))] }
        let total = reader.placed.first { $0.role == .contributionsTotal }
        guard let total, let value = total.values[index], value.money.ore % 2 == 0,
            members.contains(where: { $0.kind == .state })
        else {
            issues.append(
                ImportIssue(
                    row: total?.line ?? reader.header + 1, column: column.column,
                    Message("import.no_contributions", [.integer(column.year)]), fatal: true))
            return []
        }
        // The state pays half; the plan derives the region's and municipalities' parts.
        return [
            ("stateAllocation", amount(SheetAmount(money: Money(ore: value.money.ore / 2), precision: Money(ore: 1))))
        ]
    }

    private func costs(_ index: Int) -> [JSONOutput] {
        reader.placed.compactMap { row in
            // A blank cell (or a dash) is zero: the year has no such line, as the export prints it.
            guard case .cost(let category) = row.role, let value = row.values[index] else { return nil }
            var fields: [(String, JSONOutput)] = [
                ("name", .string(row.name)), ("category", .string((category ?? row.namedCategory).rawValue)),
            ]
            if let group = row.group { fields.append(("group", .string(group))) }
            fields.append(("amount", magnitude(value)))
            if let initiative = row.initiative { fields.append(("initiative", .string(initiative))) }
            return .object(fields)
        }
    }

    /// What the table prints: totals and subtotals, equity and the result.
    private func declared(_ index: Int) -> [(String, JSONOutput)] {
        var fields: [(String, JSONOutput)] = []
        func add(_ key: String, _ role: RowRole, positive: Bool = false) {
            guard let row = reader.placed.indices.last(where: { printed($0, role, index) }),
                let value = reader.placed[row].values[index]
            else { return }
            fields.append((key, positive ? magnitude(value) : amount(value)))
        }
        add("openingEquity", .openingEquity)
        add("totalContributions", .contributionsTotal)
        if !fields.contains(where: { $0.0 == "totalContributions" }) { add("totalContributions", .totalContributions) }
        add("totalIncome", .totalIncome)
        add("fundsAvailable", .fundsAvailable)
        let subtotals = self.subtotals(index)
        if !subtotals.isEmpty { fields.append(("subtotals", .array(subtotals))) }
        add("totalCosts", .totalCosts, positive: true)
        add("operatingCosts", .operatingCosts, positive: true)
        add("operatingResult", .operatingResult)
        add("financialIncome", .financialIncomeTotal, positive: true)
        add("financialCosts", .financialCostsTotal, positive: true)
        add("financialNet", .financialNet)
        add("result", .result)
        add("closingEquity", .closingEquity)
        return fields
    }

    /// The year's printed subtotals in table order: each group's, and each subtotal of
    /// subtotals as `of` its parts' labels, where every part is written before it under a label
    /// no other subtotal of the year has (else `of` could not name it; it is then left out, as
    /// the import has checked it against its parts already).
    private func subtotals(_ index: Int) -> [JSONOutput] {
        var written: [Int: String] = [:]
        var labels: [String: Int] = [:]
        for position in reader.placed.indices where printed(position, .subtotal, index) || isNested(position, index) {
            labels[reader.placed[position].name, default: 0] += 1
        }
        var out: [JSONOutput] = []
        for position in reader.placed.indices {
            let row = reader.placed[position]
            guard let value = row.values[index], !withheld.contains(SheetPlace(row: position, year: index)) else {
                continue
            }
            var fields: [(String, JSONOutput)] = [("label", .string(row.name))]
            switch row.role {
            case .subtotal:
                fields.append(("group", .string(row.group ?? row.name)))
            case .nestedSubtotal(let parts):
                let names = parts.compactMap { written[$0] }
                guard names.count == parts.count, names.allSatisfy({ labels[$0] == 1 }) else { continue }
                fields.append(("of", .array(names.map(JSONOutput.string))))
            default:
                continue
            }
            fields.append(("amount", magnitude(value)))
            out.append(.object(fields))
            written[position] = row.name
        }
        return out
    }

    private func isNested(_ position: Int, _ index: Int) -> Bool {
        if case .nestedSubtotal = reader.placed[position].role { return reader.placed[position].values[index] != nil }
        return false
    }

    /// True when row `position` has `role` and prints a figure for year `index` that the plan may carry.
    private func printed(_ position: Int, _ role: RowRole, _ index: Int) -> Bool {
        let row = reader.placed[position]
        return row.role == role && row.values[index] != nil
            && !withheld.contains(SheetPlace(row: position, year: index))
    }
}

/// A printed figure of the table: the placed row (an index into ``TableReader/placed``) and the
/// year column (an index into ``TableReader/columns``).
struct SheetPlace: Hashable, Sendable {
    let row: Int
    let year: Int
}
