/// A column of the national table, and the headings it is known by in Swedish and English.
public enum AllocationColumn: String, Sendable, CaseIterable {
    case id
    case name
    case population
    case supportMeasure
    case lastYear
    case maximum
    case equity
    case contributions
    case plan

    /// Headings, compared after ``normalised(_:)``: lower case, dashes as `-`, single spaces.
    static let headings: [AllocationColumn: [String]] = [
        .id: ["id", "förbund id", "federation id"],
        .name: ["namn", "name", "förbund", "samordningsförbund", "federation"],
        .population: [
            "befolkning 16-64", "befolkning 16-64 år", "invånare 16-64", "invånare 16-64 år",
            "population 16-64", "population aged 16-64", "population",
        ],
        .supportMeasure: ["försörjningsmått", "support measure", "measure of support"],
        .lastYear: [
            "tilldelning föregående år", "föregående års tilldelning", "föregående år",
            "last year", "last year's allocation", "allocation last year", "previous allocation",
        ],
        .maximum: ["högst", "högsta belopp", "max", "maximum", "at most"],
        .equity: ["eget kapital", "utgående eget kapital", "equity", "closing equity"],
        .contributions: ["medlemsbidrag", "member contributions", "contributions"],
        .plan: ["plan", "planfil", "plan file"],
    ]

    /// The JSON field names.
    var jsonField: String { rawValue }

    public var isRequired: Bool { [.id, .name, .population, .supportMeasure].contains(self) }

    /// The column a heading names, and the unit a `(tkr)` or `(kr)` after it gives its amounts.
    static func named(_ heading: String) -> (AllocationColumn, AmountUnit?)? {
        var text = normalised(heading)
        var unit: AmountUnit?
        for (suffix, found) in [("(tkr)", AmountUnit.tkr), ("(kr)", .kr), (", tkr", .tkr), (", kr", .kr)]
        where text.hasSuffix(suffix) {
            unit = found
            text = normalised(String(text.dropLast(suffix.count)))
        }
        for column in allCases where headings[column]?.contains(text) == true { return (column, unit) }
        return nil
    }

    /// Lower case, en and em dashes as `-`, runs of spaces (also no-break) as one, trimmed.
    static func normalised(_ heading: String) -> String {
        var out = ""
        var space = false
        for character in heading.lowercased() {
            if character == " " || character == "\u{00A0}" || character == "\u{202F}" || character == "\t" {
                space = !out.isEmpty
                continue
            }
            if space { out.append(" ") }
            space = false
            out.append(character == "\u{2013}" || character == "\u{2014}" || character == "\u{2212}" ? "-" : character)
        }
        // "16 - 64" reads as "16-64": no space next to a dash.
        let characters = Array(out)
        return String(
            characters.indices.compactMap { index in
                let character = characters[index]
                guard character == " " else { return character }
                let nextToDash =
                    (index > 0 && characters[index - 1] == "-")
                    || (index + 1 < characters.count && characters[index + 1] == "-")
                return nextToDash ? nil : character
            })
    }

    /// Every heading, for "did you mean".
    static var allHeadings: [String] { allCases.flatMap { headings[$0] ?? [] } }
}
