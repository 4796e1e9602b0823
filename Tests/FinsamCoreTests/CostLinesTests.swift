import Testing

@testable import FinsamCore

/// A forecast's cost lines (``CostLines``) hold only each line's figures and take their labels
/// from the budget's lines: read back, they must be the lines the plain way made, each a whole
/// copy of its follow-up line with the forecast for the year as its amount.
@Suite struct CostLinesTests {
    /// Every field of a cost line, as text.
    static func fields(_ line: CostLine) -> String {
        [
            line.name, line.initiativeID ?? "-", line.group ?? "-", "\(line.amount.money.ore)",
            "\(line.amount.ref.offset)", "\(line.amount.precision.ore)", "\(line.ref.offset)", line.category.rawValue,
            line.target?.rawValue ?? "-",
        ].joined(separator: " ")
    }

    /// Every line's fields as the sums and rules read them, one at a time in place.
    static func fieldsInPlace(_ lines: CostLines) -> [String] {
        lines.indices.map { position in
            let amount = lines.amount(at: position)
            return [
                lines[position].name, lines.initiativeID(at: position) ?? "-", lines.group(at: position) ?? "-",
                "\(amount.money.ore)", "\(amount.ref.offset)", "\(amount.precision.ore)",
                "\(lines[position].ref.offset)", lines.category(at: position).rawValue,
                lines.target(at: position)?.rawValue ?? "-",
            ].joined(separator: " ")
        }
    }

    /// The plain way: each of the follow-up's cost lines but the unitemised rest, made whole.
    static func plainForecast(_ side: FollowUpSide) -> [CostLine] {
        side.filter { !$0.isUnitemised }.map { line in
            CostLine(
                name: line.name, category: line.category ?? .operations, initiativeID: line.initiativeID,
                group: line.group, amount: Amount(money: line.forecastYear, ref: line.ref, precision: line.precision),
                ref: line.ref)
        }
    }

    @Test("lines as written read back as the array they were made from")
    func written() {
        let lines = FollowUpSideTests.costs
        let held = CostLines(lines)
        #expect(held.count == lines.count)
        #expect(held.map(Self.fields) == lines.map(Self.fields))
        #expect(Self.fieldsInPlace(held) == lines.map(Self.fields))
        #expect(held.written?.count == lines.count)
        #expect(CostLines([]).isEmpty)
    }

    @Test("random follow-ups: the forecast's lines are the plain way's, labels shared or not")
    func randomForecasts() {
        var random = SplitMix64(seed: 0xC057)
        for _ in 0..<200 {
            var side = FollowUpSide(labels: .costs(FollowUpSideTests.costs))
            for _ in 0..<Int.random(in: 0..<12, using: &random) {
                let index: Int? =
                    Bool.random(using: &random)
                    ? Int.random(in: 0..<FollowUpSideTests.costs.count, using: &random) : nil
                let same = Int.random(in: 0..<4, using: &random) > 0
                side.append(FollowUpSideTests.line(budgetIndex: index, sameLabels: same, &random), budgetIndex: index)
            }
            let forecast = CostLines(forecastOf: side)
            #expect(forecast.written == nil)
            #expect(forecast.map(Self.fields) == Self.plainForecast(side).map(Self.fields))
            #expect(Self.fieldsInPlace(forecast) == forecast.map(Self.fields))
        }
    }

    @Test("on every fixture with a follow-up, each forecast's lines are the plain way's")
    func fixtures() throws {
        let names = try ForecastFocusTests.plansWithFollowUps()
        #expect(names.count >= 5)
        var compared = 0
        for name in names {
            let checked = try loadFixture(name)
            for forecast in checked.forecasts {
                guard let followUp = checked.loaded.plan.years[forecast.index].followUp else { continue }
                let lines = forecast.plan.years[forecast.index].costs
                #expect(lines.map(Self.fields) == Self.plainForecast(followUp.costs).map(Self.fields), "\(name)")
                compared += lines.count
            }
        }
        #expect(compared > 0)
    }

    @Test("a forecast line shared with its budget line holds a third of a whole line")
    func size() {
        #expect(CostLines.bytesPerForecastLine <= 24)
        #expect(CostLines.bytesPerForecastLine * 3 <= MemoryLayout<CostLine>.stride)
    }
}
