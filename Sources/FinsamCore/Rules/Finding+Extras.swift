/// A plan's waivers, held once for all the findings they waive: each waived finding holds this
/// list and its waiver's place in it, not a copy of the waiver (about 110 bytes less for each
/// of a plan's 150 000 waived findings).
final class WaiverList: Sendable {
    let waivers: [Waiver]

    init(_ waivers: [Waiver]) { self.waivers = waivers }
}

extension Finding {
    /// What few findings have, held by reference: the waivers of a waived finding about the
    /// budget (their list itself), or a forecast's date and perhaps its waivers.
    enum Extras: Sendable {
        case waived(WaiverList)
        case forecast(ForecastMark)

        var waivers: WaiverList? {
            switch self {
            case .waived(let list): return list
            case .forecast(let mark): return mark.waivers
            }
        }

        var forecastAsOf: PlanDate? {
            guard case .forecast(let mark) = self else { return nil }
            return mark.asOf
        }

        /// The extras holding these, or none when both are absent.
        static func with(waivers: WaiverList?, forecastAsOf: PlanDate?) -> Extras? {
            if let forecastAsOf { return .forecast(ForecastMark(asOf: forecastAsOf, waivers: waivers)) }
            return waivers.map { .waived($0) }
        }
    }

    /// Equal when everything a report can show is: the waiver compared by value, not by its
    /// list or place in it.
    public static func == (lhs: Finding, rhs: Finding) -> Bool {
        lhs.ruleID == rhs.ruleID && lhs.message == rhs.message && lhs.location == rhs.location
            && lhs.figures == rhs.figures && lhs.year == rhs.year && lhs.severity == rhs.severity
            && lhs.waiver == rhs.waiver && lhs.forecastAsOf == rhs.forecastAsOf
    }
}

/// A forecast's date on a finding, and the waivers of the finding when it is waived.
final class ForecastMark: Sendable {
    let asOf: PlanDate
    let waivers: WaiverList?

    init(asOf: PlanDate, waivers: WaiverList?) {
        self.asOf = asOf
        self.waivers = waivers
    }
}
