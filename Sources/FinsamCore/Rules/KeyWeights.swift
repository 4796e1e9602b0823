/// The municipalities of a plan and their weights under one split key: what every check of the
/// municipal key in a year needs before it looks at the year's figures. The same for every year
/// that uses the policy's key, so ``FundingSplitRule`` makes it once per key, not once per year,
/// forecast and outcome (a federation of 150 000 municipalities over 15 years spent a third of
/// its checking making these again).
struct KeyWeights {
    let split: MunicipalSplit
    /// The municipalities, in the members' order, and their positions among the members.
    let municipalities: [Member]
    let positions: [Int]
    /// Their weights, nil when the key cannot be used (``MunicipalSplit/weights(of:)``).
    let weights: [Int64]?
    let weightSum: Int64

    init(_ split: MunicipalSplit, members: [Member]) {
        var municipalities: [Member] = []
        var positions: [Int] = []
        for (position, member) in members.enumerated() where member.kind == .municipality {
            municipalities.append(member)
            positions.append(position)
        }
        self.split = split
        self.municipalities = municipalities
        self.positions = positions
        self.weights = municipalities.isEmpty ? nil : split.weights(of: municipalities)
        self.weightSum = weights.flatMap(Allocation.checkedSum) ?? 0
    }
}
