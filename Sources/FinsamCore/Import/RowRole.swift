/// What a row of a budget table is.
enum RowRole: Equatable, Sendable {
    /// A member's contribution (medlemsbidrag).
    case member(ImportedMember)
    /// All members' contributions in one figure (`Anslag`): the plan derives each member's part
    /// by the 50/25/25 split and the key, and declares the total.
    case contributionsTotal
    case otherIncome
    /// A cost line; its category, or nil to take it from its group or name.
    case cost(CostCategory?)
    case openingEquity
    case closingEquity
    /// `Summa intäkter`: funds available if the table counts opening equity as income above it,
    /// else total income, or total contributions where there is no other income.
    case incomeTotal
    case fundsAvailable
    case totalIncome
    case totalContributions
    /// `Delsumma …`, `Summa …`: the lines above it since the last subtotal or heading.
    case subtotal
    case totalCosts
    case result
    /// A row the mapping says to leave out on purpose.
    case ignore

    /// The names a mapping file may give a role (`"rows": {"Anslag": "contributionsTotal"}`).
    static let named: [String: RowRole] = [
        "contributionsTotal": .contributionsTotal, "otherIncome": .otherIncome,
        "administration": .cost(.administration), "operations": .cost(.operations), "cost": .cost(nil),
        "openingEquity": .openingEquity, "closingEquity": .closingEquity, "incomeTotal": .incomeTotal,
        "fundsAvailable": .fundsAvailable, "totalIncome": .totalIncome, "totalContributions": .totalContributions,
        "subtotal": .subtotal, "totalCosts": .totalCosts, "result": .result, "ignore": .ignore,
    ]
}

/// A member found in the table or named in the mapping.
struct ImportedMember: Equatable, Sendable {
    let id: String
    let name: String
    let kind: Member.Kind
}

/// Which part of the table a row stands in: income comes first, costs after a `Kostnader` row.
enum TableSection: Equatable, Sendable {
    case income
    case costs
}

/// Recognises rows by the names Swedish budgets give them. Documented in docs/import.md.
enum RowNames {
    /// Words that make a cost line, or a group of them, administration: the board, audit, the
    /// office (kansli), accounting and the federation's own running costs.
    static let administrationWords = [
        "kansli", "administr", "styrelse", "revision", "revisor", "ekonomi", "redovisning", "förbundschef",
        "arvode", "lokal", "kontor", "porto", "telefon", "representation",
    ]
    /// Words that make a group of cost lines operations.
    static let operationsWords = ["verksamhet", "insats", "aktivitet", "projekt"]

    /// The role a row's name gives it, or nil when the name does not say.
    static func role(_ name: String, section: TableSection, sawCosts: Bool) -> RowRole? {
        let lower = name.lowercased()
        if let equity = equityRole(lower, sawCosts: sawCosts) { return equity }
        if lower.hasPrefix("delsumma") { return .subtotal }
        if lower.hasPrefix("summa") || lower.hasPrefix("totalt") || lower.hasPrefix("total ") || lower.hasSuffix(" totalt")
            || lower == "intäkter" || lower == "kostnader"
        {
            return totalRole(lower, section: section)
        }
        if lower.contains("resultat") { return .result }
        if let member = member(name) { return .member(member) }
        if ["anslag", "medlemsbidrag", "medlemsavgift", "driftsbidrag", "tilldelade medel"].contains(where: lower.hasPrefix) {
            return .contributionsTotal
        }
        switch section {
        case .income:
            return ["intäkt", "projektmedel", "bidrag från", "ersättning"].contains(where: lower.contains) ? .otherIncome : nil
        case .costs:
            return .cost(nil)
        }
    }

    /// Equity rows: opening before the first cost line, closing after (`Prel balanserat
    /// resultat` under the costs), and anything left over (`Kvarvarande`, `Utgående`).
    static func equityRole(_ lower: String, sawCosts: Bool) -> RowRole? {
        if lower.contains("kvarvarande") || lower.contains("utgående") { return .closingEquity }
        if lower.contains("ingående") { return .openingEquity }
        let equity = ["balanserat resultat", "eget kapital", "ackumulerat kapital", "balanserat kapital"]
        guard equity.contains(where: lower.contains) else { return nil }
        return sawCosts ? .closingEquity : .openingEquity
    }

    static func totalRole(_ lower: String, section: TableSection) -> RowRole? {
        if lower.contains("intäkter") || lower.contains("inkomster") { return .incomeTotal }
        if lower.contains("bidrag") { return .totalContributions }
        if lower.contains("kostnader") || lower.contains("utgifter") { return .totalCosts }
        if lower.hasPrefix("summa") && section == .costs { return .subtotal }
        if lower.hasPrefix("totalt") || lower.hasSuffix(" totalt") || lower.hasPrefix("total ") {
            return section == .costs ? .totalCosts : .incomeTotal
        }
        return nil
    }

    /// A member by its name: the state (`Försäkringskassan`, `Arbetsförmedlingen`, `Staten …`),
    /// `Region …`, or `… kommun`.
    static func member(_ name: String) -> ImportedMember? {
        let lower = name.lowercased()
        let fk = lower.contains("försäkringskassan"), af = lower.contains("arbetsförmedlingen")
        if fk || af || lower.hasPrefix("staten") {
            return ImportedMember(id: fk && !af ? "fk" : af && !fk ? "af" : "staten", name: name, kind: .state)
        }
        if lower.hasPrefix("region ") || lower == "regionen" {
            return ImportedMember(id: "region", name: name, kind: .region)
        }
        if lower.hasSuffix(" kommun") {
            return ImportedMember(id: slug(String(lower.dropLast(7))), name: name, kind: .municipality)
        }
        return nil
    }

    /// An id from a name: lower case ASCII letters and digits, `å ä` → `a`, `ö` → `o`, other
    /// characters → `-`.
    static func slug(_ text: String) -> String {
        var out = ""
        for character in text.lowercased() {
            switch character {
            case "å", "ä", "à", "á": out.append("a")
            case "ö", "ø", "ó": out.append("o")
            case "é", "è": out.append("e")
            case "ü": out.append("u")
            case _ where character.isASCII && (character.isLetter || character.isNumber): out.append(character)
            default: if !out.isEmpty && !out.hasSuffix("-") { out.append("-") }
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "member" : out
    }

    /// The category a group's or a line's name says, or nil.
    static func category(_ name: String) -> CostCategory? {
        let lower = name.lowercased()
        if administrationWords.contains(where: lower.contains) { return .administration }
        if operationsWords.contains(where: lower.contains) { return .operations }
        return nil
    }

    /// The group a subtotal closes: `Delsumma verksamhet` → `Verksamhet`.
    static func groupName(ofSubtotal label: String) -> String {
        var rest = Substring(label)
        for prefix in ["delsumma", "summa"] where rest.lowercased().hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
        }
        let trimmed = rest.trimmingSheetSpace()
        guard let first = trimmed.first else { return label }
        return first.uppercased() + trimmed.dropFirst()
    }
}
