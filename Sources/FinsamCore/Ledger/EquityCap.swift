/// One step of an equity-cap table: the cap as a percentage of the year's member contributions,
/// for contributions up to a limit.
public struct EquityCapStep: Sendable {
    /// The step applies to contributions up to and including this amount; nil for no limit.
    public let upTo: Money?
    public let percent: Percent
    /// Where the step comes from.
    public let source: String
    /// False where no source confirms the step and finsam assumes it.
    public let confirmed: Bool
}

/// The national recommendation on equity, as data.
///
/// Nationella rådet för finansiell samordning recommended on 2013-10-02 that a federation's
/// equity should not exceed 20 % of the year's member contributions for federations whose
/// contributions are up to 7 Mkr; Försäkringskassan's allocation model applies the table. The
/// steps above 7 Mkr are not confirmed in finsam's sources, so finsam uses 20 % there too and
/// says in each finding that the step is assumed, until a plan's policy sets its own figure.
public enum EquityCapSteps {
    public static let national: [EquityCapStep] = [
        EquityCapStep(
            upTo: Money(ore: 7_000_000 * Money.orePerKrona), percent: Percent(basisPoints: 2_000),
            source: "Nationella rådet, rekommendation 2013-10-02", confirmed: true),
        EquityCapStep(
            upTo: nil, percent: Percent(basisPoints: 2_000),
            source: "assumed: no confirmed source for contributions above 7 Mkr", confirmed: false),
    ]

    /// The step that applies to a year's member contributions.
    public static func step(for contributions: Money, in steps: [EquityCapStep] = national) -> EquityCapStep? {
        steps.first { step in step.upTo.map { contributions <= $0 } ?? true }
    }
}

/// The equity cap of one year: how it was reached and what it is.
public struct EquityCap: Sendable, Equatable {
    public enum Basis: Sendable, Equatable {
        /// The federation's own percentage, from its policy.
        case policy
        /// The national step table; `assumed` where the step is not confirmed.
        case national(assumed: Bool)
    }

    public let percent: Percent
    public let amount: Money
    public let basis: Basis

    /// The cap of a year with these member contributions under this policy.
    public static func of(_ contributions: Money, policy: EquityCapPolicy) -> EquityCap? {
        switch policy {
        case .percent(let own):
            return own.value.of(contributions).map { EquityCap(percent: own.value, amount: $0, basis: .policy) }
        case .national:
            guard let step = EquityCapSteps.step(for: contributions),
                let amount = step.percent.of(contributions)
            else { return nil }
            return EquityCap(percent: step.percent, amount: amount, basis: .national(assumed: !step.confirmed))
        }
    }
}
