/// What a generated plan is made of. Each named shape puts most of its ~50 MB in one part of
/// the format, so the benchmark shows how finsam reads and checks that part.
struct Shape: Sendable {
    /// A size `--scale` can multiply.
    enum Size: Sendable { case initiatives, lines, municipalities, years }

    var name: String
    var municipalities = 4
    var years = 5
    var firstYear = 2024
    var initiatives = 100
    /// Operations cost lines a year; line `i` funds initiative `i % initiatives`.
    var linesPerYear = 100
    /// The year every initiative ends (default: the plan's last year).
    var ends: Int? = nil
    /// Every n-th initiative has no end date (0: none, 1: all): one finding each.
    var endlessEvery = 0
    /// Whether each initiative without an end date has a waiver accepting that finding.
    var waived = false
    /// Whether a missing end date is written as as many spaces, so a plan with findings and
    /// one without have the same size (`findings`, `findings-baseline`).
    var padsEnd = false
    /// Granted amounts for each initiative's first n years.
    var grantYears = 0
    /// Lines of other income a year.
    var otherIncome = 0
    /// Whether each year declares its totals (checked against the sums).
    var declared = false
    /// The first n years carry a follow-up with an outcome for every budget line.
    var followUpYears = 0
    /// The sizes `--scale` multiplies.
    var scaled: [Size] = [.initiatives, .lines]

    mutating func scale(by factor: Double) {
        guard factor != 1 else { return }
        func times(_ size: Int) -> Int { max(Int((Double(size) * factor).rounded()), 1) }
        for size in scaled {
            switch size {
            case .initiatives: initiatives = times(initiatives)
            case .lines: linesPerYear = times(linesPerYear)
            case .municipalities: municipalities = times(municipalities)
            case .years: years = min(times(years), 1_000)
            }
        }
    }

    static let named: [Shape] = [
        // 450 000 cost lines over 50 years (47.8 MB): the benchmark's original big plan.
        Shape(name: "costs", years: 50, initiatives: 9_000, linesPerYear: 9_000),
        // 240 000 initiatives with dates, members and a grant for each of two years.
        Shape(
            name: "initiatives", years: 3, initiatives: 240_000, linesPerYear: 300, grantYears: 2,
            scaled: [.initiatives]),
        // Like `initiatives`, 260 000 without end dates: each one a finding (initiative_end_date).
        Shape(
            name: "noend", years: 3, initiatives: 260_000, linesPerYear: 300, endlessEvery: 1, grantYears: 2,
            scaled: [.initiatives]),
        // A federation of 150 000 municipalities: members and each year's contributions.
        Shape(name: "members", municipalities: 150_000, years: 15, scaled: [.municipalities]),
        // 1 000 years, each with declared totals, other income and 400 lines, and grants for every year.
        Shape(
            name: "years", years: 1_000, firstYear: 2000, initiatives: 400, linesPerYear: 400, grantYears: 1_000,
            otherIncome: 20, declared: true, scaled: [.years]),
        // Three years with 100 000 lines each, and a follow-up reporting every line.
        Shape(name: "followup", years: 3, linesPerYear: 100_000, followUpYears: 3, scaled: [.lines]),
        // 150 000 initiatives without end dates, each finding accepted by a waiver.
        Shape(
            name: "waivers", years: 3, initiatives: 150_000, linesPerYear: 300, endlessEvery: 1, waived: true,
            scaled: [.initiatives]),
        // Some of everything.
        Shape(
            name: "mixed", municipalities: 20_000, years: 20, initiatives: 60_000, linesPerYear: 5_000,
            endlessEvery: 20, waived: true, grantYears: 3, otherIncome: 5, declared: true, followUpYears: 20,
            scaled: [.municipalities, .initiatives, .lines]),
        // Every initiative a finding, and the same plan with none (Benchmarks/findings.sh).
        Shape(
            name: "findings", years: 3, initiatives: 387_000, linesPerYear: 100, endlessEvery: 1, padsEnd: true,
            scaled: [.initiatives]),
        Shape(
            name: "findings-baseline", years: 3, initiatives: 387_000, linesPerYear: 100, padsEnd: true,
            scaled: [.initiatives]),
    ]
}
