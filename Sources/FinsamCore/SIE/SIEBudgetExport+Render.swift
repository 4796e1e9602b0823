/// The text of the budget file, in code page 437 with CR LF line ends.
extension SIEBudgetExport {
    func render(_ records: [Record]) -> Output {
        let withObjects = records.contains { $0.object != nil }
        let type = withObjects ? 3 : 2
        var lines = [
            "#FLAGGA 0", "#FORMAT PC8", "#SIETYP " + String(type),
            "#PROGRAM " + SIEText.quoted("finsam") + " " + SIEText.quoted(FinsamVersion.current),
            "#GEN " + SIEText.date(generated), "#FNAMN " + SIEText.quoted(plan.federation.name),
        ]
        if let number = plan.federation.organisationNumber { lines.append("#ORGNR " + number) }
        lines.append("#RAR 0 " + String(year.year) + "0101 " + String(year.year) + "1231")
        let dimensions = Set(records.compactMap { $0.object?.dimension }).sorted()
        for dimension in dimensions {
            lines.append(
                "#DIM " + dimension + " "
                    + SIEText.quoted(Self.reservedDimensions[dimension] ?? "Dimension " + dimension))
        }
        let accountsUsed = Set(records.map(\.account))
        let objectsUsed = Set(records.compactMap(\.object))
        var named: Set<String> = []
        for entry in map.lines where !named.contains(entry.budgetAccount) && accountsUsed.contains(entry.budgetAccount)
        {
            named.insert(entry.budgetAccount)
            lines.append("#KONTO " + entry.budgetAccount + " " + SIEText.quoted(lineName(entry)))
        }
        var objects: Set<SIEObjectRef> = []
        for entry in map.lines {
            guard let object = entry.budgetObject, !objects.contains(object), objectsUsed.contains(object) else {
                continue
            }
            objects.insert(object)
            lines.append(
                "#OBJEKT " + object.dimension + " " + SIEText.quoted(object.object) + " "
                    + SIEText.quoted(lineName(entry)))
        }
        for record in records {
            let period = SIEPeriod(year: year.year, month: record.month).text
            lines.append(
                "#PBUDGET 0 " + period + " " + record.account + " " + SIEText.objects(record.object.map { [$0] } ?? [])
                    + " " + SIEText.amount(record.amount))
        }
        let encoded = CodePage437.encode(lines.joined(separator: "\r\n") + "\r\n")
        return Output(bytes: encoded.bytes, records: records.count, type: type, unencodable: encoded.missing)
    }

    /// The dimensions the SIE standard reserves, by number, with their names.
    static let reservedDimensions = [
        "1": "Resultatenhet", "2": "Kostnadsbärare", "6": "Projekt", "7": "Anställd", "8": "Kund", "9": "Leverantör",
        "10": "Faktura",
    ]

    /// What the line is called: the member's name, the initiative's, or the line's own.
    func lineName(_ entry: SIEMapEntry) -> String {
        switch entry.target {
        case .member(let id): return plan.member(id)?.name ?? id
        case .income(let name), .cost(let name): return name
        case .initiative(let id): return plan.initiative(id)?.name ?? id
        }
    }
}
