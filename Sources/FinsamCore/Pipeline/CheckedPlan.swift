/// A plan read and checked once by ``Pipeline``: what every command and report is a function
/// of. Its verdicts are its findings; reports read them and never judge again.
public struct CheckedPlan: Sendable {
    /// The file as read: document, plan, ledger of its years, source map.
    public let loaded: LoadedPlan
    /// Each followed-up year as forecast.
    public let forecasts: [ForecastYear]
    /// The years rolled forward, when a projection was asked for.
    public let projection: Projection?
    /// Every finding, after rule years and waivers, ordered by place.
    public let findings: [Finding]
    /// Forecast verdicts not printed twice, since the budget's finding says the same.
    let sharedVerdicts: [VerdictKey]

    public var file: String { loaded.file }
    /// The plan as the file writes it.
    public var plan: Plan { loaded.plan }
    /// The figures of the file's years, or of the kept and projected years when projected.
    public var ledger: Ledger { projection?.ledger ?? loaded.ledger }
    public var unit: AmountUnit { loaded.plan.unit }

    /// The forecast of `year`, if the year is followed up.
    public func forecast(of year: Int) -> ForecastYear? { forecasts.first { $0.number == year } }

    /// True for years finsam added by projection.
    public func isProjected(_ year: Int) -> Bool { projection?.isProjected(year) ?? false }

    /// The findings of `rules` about `year`: of the budgeted figures, or of the forecast when
    /// `forecast` is true. Reports take their verdicts from these.
    public func findings(of rules: Set<String>, year: Int, forecast: Bool = false) -> [Finding] {
        findings.filter { finding in
            guard finding.year == year, rules.contains(finding.ruleID) else { return false }
            if (finding.forecastAsOf != nil) == forecast { return true }
            // A report asks for a few rules' findings of one year: a scan of the shared verdicts
            // for each is cheap, and a set of them would cost every plan a hashed type to make.
            return forecast && sharedVerdicts.contains(VerdictKey(finding))
        }
    }

    /// The outcome for reporters.
    public var result: FileResult { FileResult(file: file, outcome: .success(findings), unit: unit) }
}

/// The outcome of checking one input: its findings, or why it could not be checked. What the
/// reporters (text, json, sarif, …) print.
public struct FileResult: Sendable, Equatable {
    public let file: String
    public let outcome: Result<[Finding], InputError>
    /// The plan's unit, so messages show amounts as the document writes them.
    public let unit: AmountUnit

    public init(file: String, outcome: Result<[Finding], InputError>, unit: AmountUnit = .kr) {
        self.file = file
        self.outcome = outcome
        self.unit = unit
    }

    /// The result of one pipeline run.
    public init(_ checked: Result<CheckedPlan, InputError>, file: String) {
        switch checked {
        case .success(let plan): self = plan.result
        case .failure(let error): self.init(file: file, outcome: .failure(error), unit: error.unit)
        }
    }

    public var findings: [Finding] {
        if case .success(let findings) = outcome { return findings }
        return []
    }
}
