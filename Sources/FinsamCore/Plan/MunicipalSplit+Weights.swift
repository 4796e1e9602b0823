extension MunicipalSplit {
    /// The key's weight for each municipality, or nil when the key cannot be used (a population
    /// missing, shares that do not name every municipality, or weights that sum to zero).
    public func weights(of municipalities: [Member]) -> [Int64]? {
        weights(count: municipalities.count) { municipalities[$0] }
    }

    /// ``weights(of:)`` of `count` municipalities, the `i`th given by `member(i)`: the rules
    /// read them from the plan's members by position instead of copying each (150 000 members
    /// of 64 bytes held through the checking).
    func weights(count: Int, member: (Int) -> Member) -> [Int64]? {
        var weights: [Int64] = []
        switch key {
        case .equal:
            weights = [Int64](repeating: 1, count: count)
        case .population:
            weights.reserveCapacity(count)
            for index in 0..<count {
                guard let population = member(index).population else { return nil }
                weights.append(population)
            }
        case .shares(let shares):
            guard let found = Self.agreedWeights(count: count, member: member, in: shares) else { return nil }
            weights = found
        }
        guard let sum = Allocation.checkedSum(weights), sum > 0 else { return nil }
        return weights
    }

    /// Each municipality's agreed weight, nil if one has none. The share is looked for first at
    /// the place after the last one found (shares are usually listed in the members' order),
    /// else through an index of the shares: a key of 150 000 municipalities searched from the
    /// start for each would compare every pair. A key names each member once (its shares are
    /// an object's keys); were one named twice, the index keeps its first share.
    static func agreedWeights(of municipalities: [Member], in shares: [MemberShare]) -> [Int64]? {
        agreedWeights(count: municipalities.count, member: { municipalities[$0] }, in: shares)
    }

    /// ``agreedWeights(of:in:)`` of `count` municipalities, the `i`th given by `member(i)`.
    static func agreedWeights(count: Int, member: (Int) -> Member, in shares: [MemberShare]) -> [Int64]? {
        var weights: [Int64] = []
        weights.reserveCapacity(count)
        var next = 0
        var index: [String: Int]? = nil
        for position in 0..<count {
            let member = member(position)
            if next < shares.count, shares[next].memberID == member.id {
                weights.append(shares[next].weight)
                next += 1
                continue
            }
            if index == nil {
                index = Dictionary(shares.indices.map { (shares[$0].memberID, $0) }, uniquingKeysWith: min)
            }
            guard let position = index?[member.id] else { return nil }
            weights.append(shares[position].weight)
            next = position + 1
        }
        return weights
    }
}

/// The contributions of a year that gives only the state's allocation: the region matches half
/// of it and the municipalities the other half by the split key, each part by largest remainder.
///
/// Plan years often assume an unchanged allocation and print only a total; deriving the parts
/// is what the 50/25/25 rule says they are, and marks them as derived rather than written.
enum MatchedContributions {
    static func derive(from state: Amount, members: [Member], split: MunicipalSplit) -> Contributions? {
        let states = members.filter { $0.kind == .state }
        let regions = members.filter { $0.kind == .region }
        let municipalities = members.filter { $0.kind == .municipality }
        guard let stateMember = payer(among: states),
            let halves = Allocation.largestRemainder(state.money, weights: [1, 1]),
            let regionParts = regions.isEmpty
                ? [] : Allocation.largestRemainder(halves[0], weights: regions.map { _ in 1 }),
            let weights = municipalities.isEmpty ? [] : split.weights(of: municipalities),
            let municipalParts = municipalities.isEmpty ? [] : Allocation.largestRemainder(halves[1], weights: weights)
        else { return nil }
        func derived(_ member: Member, _ money: Money) -> Contribution {
            Contribution(memberID: member.id, amount: Amount(money: money, ref: state.ref), derived: true)
        }
        return Contributions(
            [Contribution(memberID: stateMember.id, amount: state, derived: false)]
                + zip(regions, regionParts).map(derived) + zip(municipalities, municipalParts).map(derived))
    }

    /// The state member the allocation is paid by. Försäkringskassan pays the state's whole half,
    /// Arbetsförmedlingen's part included, so where the plan lists the two as members the
    /// allocation is Försäkringskassan's (found by its id or name), and the other state member
    /// gets no contribution: the state's half is counted once. Else the first state member.
    static func payer(among states: [Member]) -> Member? {
        states.first { member in
            let words = (member.id + " " + member.name).lowercased()
            return words.contains("försäkringskassan") || words.contains("forsakringskassan")
        } ?? states.first
    }
}
