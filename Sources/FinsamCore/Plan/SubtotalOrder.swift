/// The order in which a year's subtotals can be worked out: each subtotal of subtotals after
/// the ones it adds up. Iterative and linear in the subtotals and their parts, so neither a
/// long chain nor a dense web of `of` references can exhaust the stack or the time.
enum SubtotalOrder {
    /// The subtotals' positions, parts before the subtotals that count them; nil when some
    /// subtotal counts itself (directly or through others).
    static func order(_ subtotals: [Subtotal]) -> [Int]? {
        let order = placeable(subtotals)
        return order.count == subtotals.count ? order : nil
    }

    /// The position of the first subtotal of each label, which is the one a label names:
    /// looked up by hash, where scanning the labels for each part made 20 000 subtotals each
    /// adding up another take seconds.
    static func firstPositions(ofLabels subtotals: [Subtotal]) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(subtotals.count)
        for (position, subtotal) in subtotals.enumerated() where positions[subtotal.label] == nil {
            positions[subtotal.label] = position
        }
        return positions
    }

    /// A way round: positions of subtotals each counting the next, the last counting the first;
    /// nil when there is none.
    static func cycle(in subtotals: [Subtotal]) -> [Int]? {
        let order = placeable(subtotals)
        // Every subtotal placed (the usual case): no way round, and no set to make for it.
        guard order.count < subtotals.count else { return nil }
        let placed = Set(order)
        // Every subtotal left unplaced counts another unplaced one; following those parts from
        // any of them must come round to a subtotal already passed.
        guard var node = subtotals.indices.first(where: { !placed.contains($0) }) else { return nil }
        var seen: [Int: Int] = [:]
        var walk: [Int] = []
        while seen[node] == nil {
            seen[node] = walk.count
            walk.append(node)
            guard case .subtotals(let parts) = subtotals[node].scope,
                let part = parts.first(where: { !placed.contains($0) })
            else { return nil }
            node = part
        }
        return Array(walk[(seen[node] ?? 0)...])
    }

    /// Kahn's order: the subtotals whose parts can all be placed before them.
    private static func placeable(_ subtotals: [Subtotal]) -> [Int] {
        var waiting = [Int](repeating: 0, count: subtotals.count)  // parts not yet placed
        var countedBy = [[Int]](repeating: [], count: subtotals.count)
        for (index, subtotal) in subtotals.enumerated() {
            guard case .subtotals(let parts) = subtotal.scope else { continue }
            for part in parts where part >= 0 && part < subtotals.count {
                waiting[index] += 1
                countedBy[part].append(index)
            }
        }
        var order = subtotals.indices.filter { waiting[$0] == 0 }
        var next = 0
        while next < order.count {
            for parent in countedBy[order[next]] {
                waiting[parent] -= 1
                if waiting[parent] == 0 { order.append(parent) }
            }
            next += 1
        }
        return order
    }
}
