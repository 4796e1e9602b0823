import Testing

@testable import FinsamCore

/// ``FollowUpSide`` keeps a line's labels by reference to its budget line where they are equal:
/// every line must read back as the ``FollowUpLine`` it was made from.
@Suite struct FollowUpSideTests {
    /// Every field of a line, as text, to compare lines.
    static func fields(_ line: FollowUpLine) -> String {
        let outcome = line.outcomeAmount.map { "\($0.money.ore)/\($0.ref.offset)/\($0.precision.ore)" } ?? "-"
        return [
            line.name, line.initiativeID ?? "-", line.group ?? "-", "\(line.outcome.ore)", "\(line.forecastRest.ore)",
            "\(line.forecastYear.ore)", "\(line.budget?.ore ?? -1)", "\(line.isContribution)", "\(line.forecastSource)",
            line.category?.rawValue ?? "-", "\(line.ref.offset)", "\(line.reported)", "\(line.incomeCategory)",
            "\(line.withinTotal)", "\(line.isUnitemised)", "\(line.precision.ore)", outcome,
            "\(line.deviation?.ore ?? -1)",
        ].joined(separator: " ")
    }

    static func amount(_ amount: Amount) -> String {
        "\(amount.money.ore)/\(amount.ref.offset)/\(amount.precision.ore)"
    }

    static let costs: [CostLine] = (0..<6).map { index in
        CostLine(
            name: "Insats \(index)", category: index == 0 ? .administration : .operations,
            initiativeID: index % 2 == 0 ? "i\(index)" : nil, group: index % 3 == 0 ? "Insatser" : nil,
            amount: Amount(money: Money(ore: Int64(index) * 1_000), ref: SourceRef(offset: index * 40)),
            ref: SourceRef(offset: index * 40))
    }

    /// A line matched to budget line `index` (or none), its labels that line's or not.
    static func line(budgetIndex: Int?, sameLabels: Bool, _ random: inout SplitMix64) -> FollowUpLine {
        let budget = budgetIndex.map { costs[$0] }
        func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &random)] }
        let outcome = Money(ore: Int64.random(in: 0...10_000, using: &random))
        let rest = Money(ore: Int64.random(in: 0...10_000, using: &random))
        var line = FollowUpLine(
            name: sameLabels ? budget?.name ?? "Ny" : pick(["Ny", "Insats 1", ""]),
            initiativeID: sameLabels ? budget?.initiativeID : pick([nil, "i9", "i2"]),
            group: sameLabels ? budget?.group : pick([nil, "Övrigt"]), outcome: outcome, forecastRest: rest,
            forecastYear: Money(ore: outcome.ore + rest.ore),
            budget: sameLabels ? pick([budget?.amount.money, nil]) : pick([nil, Money(ore: 7)]),
            isContribution: pick([true, false]), forecastSource: pick([.line, .total, .remainingBudget]),
            category: pick([nil, .operations, .administration, .financial]),
            ref: SourceRef(offset: Int.random(in: 0...100_000, using: &random)), reported: pick([true, false]))
        line.incomeCategory = pick([.operations, .financial])
        line.withinTotal = pick([true, false])
        line.isUnitemised = pick([true, false])
        line.precision = Money(ore: pick([1, 100, 100_000]))
        if line.reported {
            line.outcomeAmount = Amount(
                money: outcome, ref: SourceRef(offset: Int.random(in: 0...100_000, using: &random)),
                precision: Money(ore: pick([1, 10_000])))
        }
        return line
    }

    @Test("random lines read back field by field; lines with their budget line's labels keep none of their own")
    func readsBack() {
        var random = SplitMix64(seed: 0xF0_11)
        for _ in 0..<200 {
            var side = FollowUpSide(labels: .costs(Self.costs))
            var plain: [FollowUpLine] = []
            var own = 0
            for _ in 0..<Int.random(in: 0..<12, using: &random) {
                let index: Int? =
                    Bool.random(using: &random) ? Int.random(in: 0..<Self.costs.count, using: &random) : nil
                let same = Int.random(in: 0..<4, using: &random) > 0
                let line = Self.line(budgetIndex: index, sameLabels: same, &random)
                side.append(line, budgetIndex: index)
                plain.append(line)
                if index == nil || !same { own += 1 }
            }
            #expect(side.map(Self.fields) == plain.map(Self.fields))
            // The figures the rules read without making the line are the line's.
            #expect(side.indices.map { side.budget(at: $0) } == plain.map(\.budget))
            #expect(side.indices.map { side.outcome(at: $0) } == plain.map(\.outcome))
            #expect(side.indices.map { side.isWithinTotal(at: $0) } == plain.map(\.withinTotal))
            #expect(side.indices.map { side.isContribution(at: $0) } == plain.map(\.isContribution))
            #expect(side.indices.map { side.isReported(at: $0) } == plain.map(\.reported))
            #expect(side.indices.map { side.name(at: $0) } == plain.map(\.name))
            let written = plain.map { Self.amount($0.outcomeAmount ?? Amount(money: $0.outcome, ref: $0.ref)) }
            #expect(side.indices.map { Self.amount(side.writtenOutcome(at: $0)) } == written)
            // A line with another's labels by chance may keep its own: never fewer than matched.
            #expect(side.ownLabelCount <= own)
        }
    }

    @Test("a line whose forecast for the year is not its outcome plus the rest keeps its own, before and after it")
    func forecastYearOfItsOwn() {
        var random = SplitMix64(seed: 0xF0_12)
        for odd in 0..<6 {
            var side = FollowUpSide(labels: .costs(Self.costs))
            var plain: [FollowUpLine] = []
            for index in 0..<6 {
                var line = Self.line(budgetIndex: index, sameLabels: true, &random)
                if index == odd {
                    line = FollowUpLine(
                        name: line.name, initiativeID: line.initiativeID, group: line.group, outcome: line.outcome,
                        forecastRest: line.forecastRest, forecastYear: Money(ore: 123_456), budget: line.budget,
                        isContribution: line.isContribution, forecastSource: line.forecastSource,
                        category: line.category, ref: line.ref, reported: line.reported)
                }
                side.append(line, budgetIndex: index)
                plain.append(line)
            }
            #expect(side.map(Self.fields) == plain.map(Self.fields))
            #expect(side.indices.map { side.forecastYear($0) } == plain.map(\.forecastYear))
            let sum = plain.reduce(Int64(0)) { $0 + $1.forecastYear.ore }
            #expect(side.columnSums()?.forecastYear == Money(ore: sum))
        }
    }

    @Test("income lines take a contribution's member id or other income's name, and its budget")
    func incomeLabels() {
        let contributions = Contributions([
            Contribution(memberID: "staten", amount: Amount(money: Money(ore: 500), ref: SourceRef(offset: 1))),
            Contribution(memberID: "k1", amount: Amount(money: Money(ore: 250), ref: SourceRef(offset: 2))),
        ])
        let other = [
            IncomeLine(
                name: "Ränta", amount: Amount(money: Money(ore: 9), ref: .init(offset: 3)), ref: .init(offset: 3))
        ]
        var side = FollowUpSide(labels: .income(contributions, other))
        var random = SplitMix64(seed: 1)
        var plain: [FollowUpLine] = []
        for (index, name, budget) in [(0, "staten", 500), (1, "k1", 250), (2, "Ränta", 9)] {
            var line = Self.line(budgetIndex: nil, sameLabels: true, &random)
            line = FollowUpLine(
                name: name, initiativeID: nil, group: nil, outcome: line.outcome, forecastRest: line.forecastRest,
                forecastYear: line.forecastYear, budget: Money(ore: Int64(budget)), isContribution: index < 2,
                forecastSource: .line, category: nil, ref: line.ref, reported: false)
            side.append(line, budgetIndex: index)
            plain.append(line)
        }
        #expect(side.map(Self.fields) == plain.map(Self.fields))
        #expect(side.ownLabelCount == 0)
        #expect(side.map(\.name) == ["staten", "k1", "Ränta"])
        #expect(side.indices.map { side.name(at: $0) } == ["staten", "k1", "Ränta"])
        #expect(side.indices.map { side.isContribution(at: $0) } == [true, true, false])
    }

    @Test("the follow-up shape's lines share their budget lines' labels")
    func decodedShares() throws {
        let checked = try loadFixture("sundsvall-2021-follow-up.json")
        for year in checked.plan.years {
            guard let followUp = year.followUp else { continue }
            let own = followUp.costs.ownLabelCount + followUp.income.ownLabelCount
            let unbudgeted = (Array(followUp.costs) + Array(followUp.income)).filter { $0.budget == nil }.count
            #expect(own <= unbudgeted)
            #expect(followUp.costs.count > 0)
        }
    }
}
