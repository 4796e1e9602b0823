/// The model's own division of an amount among a set of federations: a base each, then the
/// rest by two keys, each key's pool split by largest remainder in whole kronor.
///
/// The pool of the rest is split between the keys first (75 / 25, half to even in whole
/// kronor), so each key's part is an exact largest-remainder split of a whole-kronor pool and
/// every part is exact: no ratio is ever held in floating point.
struct ModelShare: Sendable, Equatable {
    var base: Money
    var support: Money
    var population: Money

    var total: Money { Money(ore: base.ore + support.ore + population.ore) }

    /// The shares of `amount` (whole kronor, not negative) among `members`, in their order.
    /// Where the amount does not cover the bases, it is split equally; a key whose weights
    /// sum to zero among them gives its pool to the other key, and both zero to equal parts.
    static func split(_ amount: Money, among members: [FederationInput], parameters: ModelParameters) -> [ModelShare]? {
        guard !members.isEmpty, amount.ore >= 0, amount.ore % Money.orePerKrona == 0 else { return nil }
        let count = Int64(members.count)
        let base = parameters.base.value
        let (bases, overflow) = base.ore.multipliedReportingOverflow(by: count)
        if overflow || bases > amount.ore {
            return Allocation.largestRemainder(amount, weights: members.map { _ in 1 })?
                .map { ModelShare(base: $0, support: .zero, population: .zero) }
        }
        let rest = Money(ore: amount.ore - bases)
        guard let supportPool = wholeKronor(rest, parameters.supportKeyShare.value) else { return nil }
        let populationPool = Money(ore: rest.ore - supportPool.ore)
        let supportWeights = members.map(\.supportMeasure.millionths)
        let populationWeights = members.map(\.population)
        guard let supportSum = Allocation.checkedSum(supportWeights),
            let populationSum = Allocation.checkedSum(populationWeights)
        else { return nil }
        let hasSupport = supportSum > 0
        let hasPopulation = populationSum > 0
        let equal = members.map { _ in Int64(1) }
        let supportKey = hasSupport ? supportWeights : (hasPopulation ? populationWeights : equal)
        let populationKey = hasPopulation ? populationWeights : (hasSupport ? supportWeights : equal)
        guard let supportParts = Allocation.largestRemainder(supportPool, weights: supportKey),
            let populationParts = Allocation.largestRemainder(populationPool, weights: populationKey)
        else { return nil }
        return members.indices.map {
            ModelShare(base: base, support: supportParts[$0], population: populationParts[$0])
        }
    }

    /// `amount × percent` in whole kronor, rounded half to even.
    static func wholeKronor(_ amount: Money, _ percent: Percent) -> Money? {
        let kronor = Int128(amount.ore / Money.orePerKrona) * Int128(percent.basisPoints)
        return ExactDivision.divide(kronor, by: 10_000, rule: .halfEven).flatMap(Money.init(kronor:))
    }
}
