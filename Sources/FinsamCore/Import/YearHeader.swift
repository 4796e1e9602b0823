/// The header row of a budget table: which column holds which year, and in what status.
struct YearColumn: Equatable, Sendable {
    /// The 1-based column in the CSV.
    let column: Int
    let year: Int
    let status: YearStatus
    /// The header text, for messages.
    let title: String
}

enum YearHeader {
    /// The words a Swedish budget table puts before a year, and the status each means.
    /// EFP is "ekonomisk flerårsplan"; a bare year is read by its place (see ``columns(in:)``).
    static let statusWords: [(String, YearStatus)] = [
        ("budget", .budget), ("plan", .plan), ("flerårsplan", .plan), ("efp", .plan),
        ("prognos", .forecast), ("utfall", .outcome), ("bokslut", .outcome), ("verkligt", .outcome),
    ]

    /// The year and status a header cell names (`Budget 2024`, `Plan 2025`, `2023`), or nil.
    /// A status word with no year, or a year next to words that are not a status, is not a
    /// year title.
    static func title(_ cell: String) -> (year: Int, status: YearStatus?)? {
        let words = cell.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\n" })
        var year: Int?
        var status: YearStatus?
        for word in words {
            if word.count == 4, word.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(word),
                (1900...2999).contains(value), year == nil
            {
                year = value
            } else if let match = statusWords.first(where: { $0.0 == word }), status == nil {
                status = match.1
            } else {
                return nil
            }
        }
        return year.map { ($0, status) }
    }

    /// The year columns of a header row, or nil when the row is not a header: a header has a
    /// year title in at least one column after the first. Bare years take their status from
    /// the titled columns: after a budget year they are plan years; with no titles at all, the
    /// first is the budget year and the rest plan years.
    static func columns(in row: [String]) -> [YearColumn]? {
        var found: [(Int, Int, YearStatus?, String)] = []
        for (index, cell) in row.enumerated().dropFirst() {
            guard let title = title(cell) else { continue }
            found.append((index + 1, title.year, title.status, cell))
        }
        guard !found.isEmpty else { return nil }
        var sawBudget = false
        return found.map { column, year, status, text in
            let resolved = status ?? (sawBudget ? .plan : .budget)
            if resolved == .budget { sawBudget = true }
            return YearColumn(column: column, year: year, status: resolved, title: text.trimmedText)
        }
    }

    /// One column per year: where a year appears twice (Budget 2023 beside Prognos 2023), the
    /// later knowledge wins: outcome over forecast over budget over plan. The columns not used
    /// are returned too, for the notes.
    static func chooseYears(_ columns: [YearColumn]) -> (used: [YearColumn], unused: [YearColumn]) {
        func rank(_ status: YearStatus) -> Int {
            switch status {
            case .outcome: return 0
            case .forecast: return 1
            case .budget: return 2
            case .plan: return 3
            }
        }
        var best: [Int: YearColumn] = [:]
        for column in columns {
            if let current = best[column.year], rank(current.status) <= rank(column.status) { continue }
            best[column.year] = column
        }
        let used = best.values.sorted { $0.year < $1.year }
        let unused = columns.filter { column in !used.contains(column) }
        return (used, unused)
    }
}

extension String {
    /// Without leading and trailing spaces and no-break spaces.
    var trimmedText: String { String(Substring(self).trimmingSheetSpace()) }
}
