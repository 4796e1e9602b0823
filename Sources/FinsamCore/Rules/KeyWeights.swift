/// The municipalities of a plan and their weights under one split key: what every check of the
/// municipal key in a year needs before it looks at the year's figures. The same for every year
/// that uses the policy's key, so ``FundingSplitRule`` makes it once per key, not once per year,
/// forecast and outcome (a federation of 150 000 municipalities over 15 years spent a third of
/// its checking making these again).
struct KeyWeights {
    let split: MunicipalSplit
    /// The plan's members (shared, not copied) and the municipalities' positions among them,
    /// in the members' order.
    let members: [Member]
    let positions: [Int]
    /// Their weights, nil when the key cannot be used (``MunicipalSplit/weights(of:)``).
    let weights: [Int64]?
    let weightSum: Int64

    init(_ split: MunicipalSplit, members: [Member]) {
        var positions: [Int] = []
        positions.reserveCapacity(members.reduce(0) { $0 + ($1.kind == .municipality ? 1 : 0) })
        for (position, member) in members.enumerated() where member.kind == .municipality {
            positions.append(position)
        }
        self.split = split
        self.members = members
        self.positions = positions
        self.weights = positions.isEmpty ? nil : split.weights(count: positions.count) { members[positions[$0]] }
        self.weightSum = weights.flatMap(Allocation.checkedSum) ?? 0
    }
}
