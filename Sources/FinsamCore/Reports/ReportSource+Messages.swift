/// The messages that name a report's years and verdicts, each made here from typed values, so
/// that no message id is put together at run time.
extension Message {
    /// "Budget 2024", "Plan 2025".
    static func yearTitle(_ status: YearStatus, _ year: Int) -> Message {
        switch status {
        case .outcome: return Message("report.year.outcome", [.integer(year)])
        case .forecast: return Message("report.year.forecast", [.integer(year)])
        case .budget: return Message("report.year.budget", [.integer(year)])
        case .plan: return Message("report.year.plan", [.integer(year)])
        }
    }

    static func projectedYearTitle(_ year: Int) -> Message { Message("report.year.projected", [.integer(year)]) }

    /// "2021 forecast as of 2021-08-31".
    static func forecastYearTitle(_ year: Int, asOf: PlanDate) -> Message {
        Message("report.year.forecast_as_of", [.integer(year), .text(asOf.description)])
    }

    static func yearStatus(_ status: YearStatus) -> Message {
        switch status {
        case .outcome: return Message("report.status.outcome")
        case .forecast: return Message("report.status.forecast")
        case .budget: return Message("report.status.budget")
        case .plan: return Message("report.status.plan")
        }
    }

    static let projectedStatus = Message("report.status.projected")

    static func forecastStatus(asOf: PlanDate) -> Message {
        Message("report.status.forecast_as_of", [.text(asOf.description)])
    }

    static func memberKind(_ kind: Member.Kind) -> Message {
        switch kind {
        case .state: return Message("report.kind.state")
        case .region: return Message("report.kind.region")
        case .municipality: return Message("report.kind.municipality")
        }
    }

    static func splitKey(_ key: MunicipalSplit.Key) -> Message {
        switch key {
        case .population: return Message("report.key.population")
        case .equal: return Message("report.key.equal")
        case .shares: return Message("report.key.shares")
        }
    }

    /// "Outcome to 31 August": one message per month, since Swedish and English name months
    /// differently.
    static func outcomeTo(_ date: PlanDate) -> Message {
        let months = [
            "report.col.outcome_to.1", "report.col.outcome_to.2", "report.col.outcome_to.3", "report.col.outcome_to.4",
            "report.col.outcome_to.5", "report.col.outcome_to.6", "report.col.outcome_to.7", "report.col.outcome_to.8",
            "report.col.outcome_to.9", "report.col.outcome_to.10", "report.col.outcome_to.11",
            "report.col.outcome_to.12",
        ]
        return Message(months[min(max(date.month, 1), 12) - 1], [.integer(date.day)])
    }

    /// A verdict with "(waived)" after it when the board has waived the finding behind it.
    static func verdict(_ state: Message, waived: Bool) -> Message {
        waived ? Message("report.state.waived", [.message(state)]) : state
    }
}
