/// All of finsam's rules, in the order their findings are listed.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        UnknownFieldRule(),
        UnknownReferenceRule(),
        OrganisationNumberRule(),
        FundingSplitRule(),
        DeclaredFiguresRule(),
        BalanceSheetRule(),
        NegativeEquityRule(),
        DeficitReasonRule(),
        EquityCapRule(),
        EquityFloorRule(),
        AdminShareRule(),
        IndividualShareRule(),
        InitiativePeriodRule(),
        InitiativeEndDateRule(),
        InitiativeMembersRule(),
        PlanningHorizonRule(),
        BudgetAdoptionRule(),
        InterimFiguresRule(), InterimBalanceSheetRule(), FollowUpShareRule(), FollowUpUnbudgetedRule(),
    ]

    public static func rule(_ id: String) -> (any Rule)? { all.first { $0.id == id } }
}
