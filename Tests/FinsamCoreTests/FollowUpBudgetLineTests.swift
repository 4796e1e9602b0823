import Testing

@testable import FinsamCore

/// A follow-up's budget lines are made without their labels (``FollowUpLines/budgetLine(_:_:_:_:_:_:)``)
/// and take them from the budget; the plain loop makes each line with its labels and compares
/// them. Both must give the same side, line for line, or the same error.
@Suite struct FollowUpBudgetLineTests {
    static func amount(_ ore: Int64, _ random: inout SplitMix64) -> Amount {
        Amount(
            money: Money(ore: ore), ref: SourceRef(offset: Int.random(in: 0...9_999, using: &random)),
            precision: Money(ore: [1, 100, 100_000][Int.random(in: 0..<3, using: &random)]))
    }

    static func costBudget(_ count: Int, _ random: inout SplitMix64) -> FollowUpSide.Labels {
        .costs(
            (0..<count).map { index in
                CostLine(
                    name: ["Kansli", "Insats \(index)", "Insats 1"][Int.random(in: 0..<3, using: &random)],
                    category: index == 0 ? .administration : .operations,
                    initiativeID: Bool.random(using: &random) ? "i\(index)" : nil,
                    group: Int.random(in: 0..<3, using: &random) == 0 ? "Insatser" : nil,
                    amount: amount(Int64.random(in: 0...50_000, using: &random), &random),
                    ref: SourceRef(offset: index * 50))
            })
    }

    static func incomeBudget(_ count: Int, _ random: inout SplitMix64) -> FollowUpSide.Labels {
        let contributions = Contributions(
            (0..<count).map { index in
                Contribution(
                    memberID: "k\(index)", amount: amount(Int64.random(in: 0...50_000, using: &random), &random))
            })
        var other = IncomeLine(name: "Ränta", amount: amount(900, &random), ref: SourceRef(offset: 7))
        other.category = Bool.random(using: &random) ? .financial : .operations
        return .income(contributions, [other])
    }

    /// Outcome lines named as budget lines (in order or not) or not, with or without a
    /// forecast, an initiative or a group of their own.
    static func reported(
        _ names: [String], costs: Bool, _ random: inout SplitMix64
    ) -> [FollowUpLines.Reported] {
        var pool = names + ["Ny", "k1", "Ränta"]
        if Bool.random(using: &random) { pool.shuffle(using: &random) }
        return pool.prefix(Int.random(in: 0...pool.count, using: &random)).map { name in
            let outcome = amount(Int64.random(in: 0...60_000, using: &random), &random)
            var line = FollowUpLines.Reported(
                name: name, outcome: outcome,
                forecast: Bool.random(using: &random)
                    ? amount(Int64.random(in: 0...9_000, using: &random), &random) : nil,
                category: costs && Bool.random(using: &random) ? .operations : nil,
                ref: SourceRef(offset: Int.random(in: 10_000...20_000, using: &random)))
            if costs {
                if Int.random(in: 0..<5, using: &random) == 0 {
                    line.initiativeID = ["i1", "i2"][Int.random(in: 0..<2, using: &random)]
                }
                if Int.random(in: 0..<5, using: &random) == 0 { line.group = "Insatser" }
            } else if Int.random(in: 0..<3, using: &random) == 0 {
                line.incomeCategory = .financial
            }
            return line
        }
    }

    static func side(
        _ budget: FollowUpSide.Labels, _ reported: [FollowUpLines.Reported], rest: Amount?, unitemised: Money?,
        fastPath: Bool
    ) -> [String] {
        do throws(PlanError) {
            let side = try FollowUpLines.lines(
                budget: budget, reported, rest: rest, isMember: { $0.hasPrefix("k") }, year: 2025,
                at: SourceRef(offset: 3), unitemised: unitemised, fastPath: fastPath)
            return side.map(FollowUpSideTests.fields) + ["own \(side.ownLabelCount)"]
        } catch {
            return ["error \(error.message.id) @\(error.offset)"]
        }
    }

    @Test("budget lines made without their labels give the plain loop's side, line for line")
    func sameSide() {
        var random = SplitMix64(seed: 0xB0D6E7)
        var lines = 0
        for round in 0..<400 {
            let costs = round % 2 == 0
            let count = Int.random(in: 0..<(round % 5 == 0 ? 60 : 8), using: &random)
            let budget = costs ? Self.costBudget(count, &random) : Self.incomeBudget(count, &random)
            let reported = Self.reported(budget.names, costs: costs, &random)
            let rest =
                Bool.random(using: &random) ? Self.amount(Int64.random(in: 0...99_999, using: &random), &random) : nil
            let unitemised = costs && Bool.random(using: &random) ? Money(ore: 70_000) : nil
            let fast = Self.side(budget, reported, rest: rest, unitemised: unitemised, fastPath: true)
            #expect(fast == Self.side(budget, reported, rest: rest, unitemised: unitemised, fastPath: false))
            lines += fast.count
        }
        #expect(lines > 2_000)
    }

    @Test("a budget line's figures are those of the line it was read from")
    func figures() {
        var random = SplitMix64(seed: 5)
        let budget = Self.incomeBudget(3, &random)
        for position in 0..<budget.count {
            let plain = budget[position]
            let figures = budget.figures(at: position)
            #expect(plain.budget == figures.budget && plain.ref.offset == figures.ref.offset)
            #expect(plain.isContribution == figures.isContribution && plain.precision == figures.precision)
            #expect(plain.incomeCategory == figures.incomeCategory && plain.name == budget.name(at: position))
        }
        // By hand: contributions k0, k1, k2, then the other income "Ränta" of 900 öre.
        #expect((0..<4).map { budget.name(at: $0) } == ["k0", "k1", "k2", "Ränta"])
        #expect(budget.figures(at: 3).budget == Money(ore: 900) && !budget.figures(at: 3).isContribution)
        #expect(budget.figures(at: 0).isContribution)
    }
}
