/// One check of the 50/25/25 split on a set of member contributions: a budget year's, or a
/// follow-up's contributions received to date. `funding_split` runs this one check on both, so
/// the two are judged the same way.
///
/// The slack is what the figures' printing allows (``Amount/printingSlack``), the same for a
/// budget and an outcome: a figure printed in tkr is exact to half its last printed digit
/// (`945` tkr is anything from 944 500 to 945 500 kr, `502,8` tkr from 502 750 to 502 850 kr),
/// so the region's 25 % is judged against half of a state figure that is itself only that
/// exact. Figures in whole kronor are decided amounts, compared within the policy's rounding
/// tolerance alone.
struct SplitCheck {
    /// The contributions checked, by member, with their places and printed precision.
    let contributions: Contributions
    let state: Money
    let region: Money
    let municipal: Money
    /// Where a finding about no particular member points.
    let fallback: SourceRef
    /// Around each message: the follow-up's "received by …", or the message itself.
    let wrap: @Sendable (Message) -> Message

    func findings(_ rule: FundingSplitRule, _ year: YearLedger, key: KeyWeights, _ context: RuleContext) -> [Finding] {
        guard !state.isZero, let half = Percent(basisPoints: 5_000).of(state) else { return [] }
        let kinds = ByKind(contributions, plan: context.plan)
        let stateSlack = kinds.state.map { Money(ore: $0.ore / 2) }
        var findings: [Finding] = []
        if differs(region, half, slack: [kinds.region, stateSlack], context) {
            let ref = kinds.firstRegion?.amount.ref ?? fallback
            findings.append(rule.mismatch("split.region", year, region, half, ref, context, wrap: wrap))
        }
        if differs(municipal, half, slack: [kinds.municipality, stateSlack], context) {
            let ref = kinds.firstMunicipality?.amount.ref ?? fallback
            findings.append(rule.mismatch("split.municipal_total", year, municipal, half, ref, context, wrap: wrap))
        }
        let check = MunicipalKeyCheck(rule: rule, year: year, context: context, contributions: contributions, key: key)
        findings += check.check(total: half, slack: stateSlack ?? .zero, wrap: wrap)
        return findings
    }

    /// More apart than the tolerance plus each slack (nil: a slack too large to hold, so no verdict).
    private func differs(_ a: Money, _ b: Money, slack: [Money?], _ context: RuleContext) -> Bool {
        guard let total = Money.sum(slack.compactMap { $0 }), slack.allSatisfy({ $0 != nil }),
            let allowed = context.plan.policy.roundingTolerance.adding(total),
            let size = a.subtracting(b)?.magnitude
        else { return false }
        return size > allowed
    }

    /// For each kind of member, the printing slack of its contributions summed (how far their
    /// printed sum may be from the exact one; nil where it cannot be held), and the first
    /// contribution of the region and of a municipality: in one walk over the contributions,
    /// whose members are found from the position after the last one (a federation of 150 000
    /// municipalities spent most of its checking hashing ids once per kind and line).
    private struct ByKind {
        var state: Money? = .zero
        var region: Money? = .zero
        var municipality: Money? = .zero
        var firstRegion: Contribution?
        var firstMunicipality: Contribution?

        init(_ contributions: Contributions, plan: Plan) {
            plan.forEachMember(of: contributions) { _, contribution, position in
                guard let position else { return }
                let slack = contribution.amount.printingSlack
                switch plan.members[position].kind {
                case .state: state = state.flatMap { $0.adding(slack) }
                case .region:
                    region = region.flatMap { $0.adding(slack) }
                    if firstRegion == nil { firstRegion = contribution }
                case .municipality:
                    municipality = municipality.flatMap { $0.adding(slack) }
                    if firstMunicipality == nil { firstMunicipality = contribution }
                }
            }
        }
    }
}
