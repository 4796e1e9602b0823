/// A cost row that is really a subtotal: the old import took `Verksamhet 10 266 500` under
/// nine insatser as a tenth cost line and counted the money twice.
extension TableReader {
    /// Reads as a subtotal every cost row (or early `… totalt` row) the mapping does not place
    /// that, in every year it prints, equals the sum of the two or more cost lines above it in
    /// its run (since the last heading or subtotal). Returns the rows changed.
    mutating func readingSubtotals() -> [Int] {
        var changed: [Int] = []
        var start: [Int: Int] = [:]  // block → first row still open
        let lastTotal = placed.lastIndex { $0.role == .totalCosts || $0.role == .operatingCosts }
        for index in placed.indices where !placed[index].mapped && isCandidate(index, lastTotal: lastTotal) {
            let block = placed[index].block
            let above = ((start[block] ?? 0)..<index).filter {
                placed[$0].block == block && isCostLine(placed[$0].role)
            }
            guard above.count >= 2, adds(above, to: index) else { continue }
            let group =
                above.compactMap { placed[$0].group }.first ?? RowNames.groupName(ofSubtotal: placed[index].name)
            for line in above {
                if placed[line].group == nil { placed[line].group = group }
                placed[line].counted = true
            }
            placed[index].role = .subtotal
            placed[index].group = group
            start[block] = index + 1
            changed.append(index)
        }
        return changed
    }

    private func isCandidate(_ index: Int, lastTotal: Int?) -> Bool {
        switch placed[index].role {
        case .cost: return true
        case .totalCosts: return index != lastTotal
        default: return false
        }
    }

    private func isCostLine(_ role: RowRole) -> Bool {
        if case .cost = role { return true }
        return false
    }

    /// True when row `total` prints a sum of `parts` (below), and not only zeros.
    private func adds(_ parts: [Int], to total: Int) -> Bool {
        printedSum(of: parts, is: placed[total].values)
            && placed[total].values.contains { $0.map { !$0.money.isZero } ?? false }
    }

    /// True when, in every year `values` prints, it is the sum of the magnitudes of the rows at
    /// `parts`, to half of each last printed digit.
    func printedSum(of parts: [Int], is values: [SheetAmount?]) -> Bool {
        for year in columns.indices {
            guard let printed = values[year] else { continue }
            let amounts = parts.compactMap { placed[$0].values[year] }
            guard let sum = Money.sum(amounts.map { $0.money.magnitude ?? $0.money }),
                let difference = sum.subtracting(printed.money.magnitude ?? printed.money)?.magnitude
            else { return false }
            let slack = amounts.reduce(printed.precision.ore / 2) { $0 + $1.precision.ore / 2 }
            if difference.ore > slack { return false }
        }
        return true
    }
}
