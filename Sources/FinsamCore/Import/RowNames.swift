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

    /// The names Swedish budgets give all members' contributions in one figure, and the
    /// heading above the members' rows.
    static let contributionWords = [
        "anslag", "medlemsbidrag", "medlemsavgift", "driftsbidrag", "driftbidrag", "bidrag från medlemmar",
        "tilldelade medel",
    ]

    /// The role a row's name gives it, or nil when the name does not say.
    static func role(_ name: String, section: TableSection, sawCosts: Bool) -> RowRole? {
        let lower = name.lowercased()
        if let equity = equityRole(lower, sawCosts: sawCosts) { return equity }
        if let operating = operatingRole(lower) { return operating }
        if lower.hasPrefix("delsumma") { return .subtotal }
        if lower.hasPrefix("summa") || lower.hasPrefix("totalt") || lower.hasPrefix("total ")
            || lower.hasSuffix(" totalt")
            || lower == "intäkter" || lower == "kostnader"
        {
            return totalRole(lower, section: section)
        }
        if lower.contains("resultat") { return .result }
        if isFinancial(lower) { return .financial }
        if let member = member(name) { return .member(member) }
        if contributionWords.contains(where: lower.hasPrefix) { return .contributionsTotal }
        switch section {
        case .income:
            return ["intäkt", "projektmedel", "bidrag från", "ersättning"].contains(where: lower.contains)
                ? .otherIncome : nil
        case .costs:
            return .cost(nil)
        }
    }

    /// The lines of an income statement (resultaträkning): `Rörelsens intäkter`, `Rörelsens
    /// kostnader`, `Rörelseresultat`, the financial items' totals; `Resultat efter finansiella
    /// poster` is the result.
    static func operatingRole(_ lower: String) -> RowRole? {
        let summa = lower.hasPrefix("summa ")
        let name = summa ? String(lower.dropFirst(6)) : lower
        if name.hasPrefix("resultat före finansiella") { return .operatingResult }
        if name.hasPrefix("finansiella poster") || name.hasPrefix("finansnetto") { return .financialNet }
        if summa && name.hasPrefix("finansiella intäkter") { return .financialIncomeTotal }
        if summa && name.hasPrefix("finansiella kostnader") { return .financialCostsTotal }
        if name.hasPrefix("rörelsens intäkter") || name.hasPrefix("verksamhetens intäkter") { return .incomeTotal }
        if name.hasPrefix("rörelsens kostnader") || name.hasPrefix("verksamhetens kostnader") { return .operatingCosts }
        if name.hasPrefix("rörelseresultat") || name.hasPrefix("verksamhetens resultat") { return .operatingResult }
        return nil
    }

    /// Financial income and costs: interest, and anything named finansiell.
    static func isFinancial(_ lower: String) -> Bool {
        lower.contains("finansiell") || lower.hasPrefix("ränteintäkt") || lower.hasPrefix("räntekostnad")
            || lower.hasPrefix("räntor")
    }

    /// True when a financial item is income: its heading says so (`Finansiella intäkter`), or,
    /// under no heading that says which, its name (`Ränteintäkter`).
    static func isFinancialIncome(_ name: String, heading: String?) -> Bool {
        if let heading = heading?.lowercased(), isFinancial(heading) {
            if heading.contains("intäkt") { return true }
            if heading.contains("kostnad") { return false }
        }
        return name.lowercased().contains("intäkt")
    }

    /// A heading that opens the members' rows (`Medlemsbidrag`, `Driftbidrag`, `Anslag`).
    static func isMemberHeading(_ name: String) -> Bool {
        let lower = name.lowercased()
        return contributionWords.contains(where: lower.hasPrefix)
    }

    /// A row under a members' heading: the state and regions by name, any other name a
    /// municipality, since a federation's members are only these (lag 2003:1210).
    static func blockMember(_ name: String) -> ImportedMember {
        if let member = member(name) { return member }
        return ImportedMember(id: slug(name), name: name, kind: .municipality)
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
        let fk = lower.contains("försäkringskassan")
        let af = lower.contains("arbetsförmedlingen")
        if fk || af || lower.hasPrefix("staten") {
            return ImportedMember(id: fk && !af ? "fk" : af && !fk ? "af" : "staten", name: name, kind: .state)
        }
        if lower.hasPrefix("region ") || lower == "regionen" || lower.hasSuffix("regionen")
            || lower.hasPrefix("landsting")
        {
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
