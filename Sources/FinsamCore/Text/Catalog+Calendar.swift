/// Messages of the budget calendar (`budget_adoption`).
extension Catalog {
    static let calendarEnglish: [String: String] = [
        "adoption.late": "budget {0}: adopted on {1}, after the last day {2} (30 November of the year before)",
        "adoption.before_consultation": "budget {0}: adopted on {1}, before the members were consulted on {2}",
        "adoption.missing":
            "budget {0}: the plan does not record when the board adopted it and consulted the members (missing: {1})",
    ]

    static let calendarSwedish: [String: String] = [
        "adoption.late": "budget {0}: fastställd {1}, efter sista dagen {2} (30 november året före)",
        "adoption.before_consultation": "budget {0}: fastställd {1}, före samrådet med medlemmarna {2}",
        "adoption.missing":
            "budget {0}: planen anger inte när styrelsen fastställde den och samrådde med medlemmarna (saknas: {1})",
    ]
}
