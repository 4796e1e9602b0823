/// The administration share and the individual-targeted share of each year, against the policy.
///
/// Administration share = administration costs / total costs; individual share = costs of
/// individual-targeted initiatives / member contributions. Operations costs linked to no
/// initiative are shown, since they could be either kind.
enum ShareReports {
    static func admin(_ sources: [ReportSource], year: Int? = nil) -> Report {
        let columns = [
            Column("year", Message("report.col.year")),
            Column("yearStatus", Message("report.col.year_status"), numeric: false),
            Column("administrationCosts", Message("report.col.admin_costs")),
            Column("totalCosts", Message("report.col.total_costs")),
            Column("share", Message("report.col.share")),
            Column("maximum", Message("report.col.maximum")),
            Column("status", Message("report.col.status"), numeric: false),
        ]
        let tables = sources.compactMap { source -> Table? in
            let maximum = source.plan.policy.maxAdminShare?.value
            let rows = source.years(year).map { year in
                let ratio = Ratio(year.administrationCosts, of: year.costs)
                return Row([
                    .year(year.number), source.statusCell(year), .money(year.administrationCosts), .money(year.costs),
                    ratio.percent.map(Cell.percent) ?? .empty, maximum.map(Cell.percent) ?? .empty,
                    .label(
                        verdict(
                            source, year, rule: AdminShareRule(), policy: maximum != nil,
                            undefined: ratio.percent == nil)),
                ])
            }
            guard !rows.isEmpty else { return nil }
            return Table(
                key: "admin-share", title: Message("report.title.admin_share", [.text(source.federation)]),
                columns: columns, rows: rows)
        }
        return Report(
            kind: ReportKind.adminShare.rawValue, title: Message("report.title.admin_share_all"), tables: tables)
    }

    static func individual(_ sources: [ReportSource], year: Int? = nil) -> Report {
        let columns = [
            Column("year", Message("report.col.year")),
            Column("yearStatus", Message("report.col.year_status"), numeric: false),
            Column("individualCosts", Message("report.col.individual_costs")),
            Column("contributions", Message("report.col.contributions")),
            Column("share", Message("report.col.share")),
            Column("minimum", Message("report.col.minimum")),
            Column("unlinkedOperationsCosts", Message("report.col.unlinked")),
            Column("status", Message("report.col.status"), numeric: false),
        ]
        let tables = sources.compactMap { source -> Table? in
            let minimum = source.plan.policy.minIndividualShare?.value
            let rows = source.years(year).map { year in
                let ratio = Ratio(year.individualCosts, of: year.contributions)
                return Row([
                    .year(year.number), source.statusCell(year), .money(year.individualCosts),
                    .money(year.contributions),
                    ratio.percent.map(Cell.percent) ?? .empty, minimum.map(Cell.percent) ?? .empty,
                    .money(year.unlinkedOperationsCosts),
                    .label(
                        verdict(
                            source, year, rule: IndividualShareRule(), policy: minimum != nil,
                            undefined: ratio.percent == nil)),
                ])
            }
            guard !rows.isEmpty else { return nil }
            return Table(
                key: "individual-share", title: Message("report.title.individual_share", [.text(source.federation)]),
                columns: columns, rows: rows)
        }
        return Report(
            kind: ReportKind.individualShare.rawValue, title: Message("report.title.individual_share_all"),
            tables: tables)
    }

    /// The verdict `validate` gives on the year: not met (or cannot be judged, where the rule
    /// says so as info); else met, no policy, undefined (no costs or contributions), or not in
    /// force.
    private static func verdict(
        _ source: ReportSource, _ year: YearLedger, rule: some Rule, policy: Bool, undefined: Bool
    ) -> Message {
        if let finding = source.verdicts([rule.id], year).first {
            let state = Message(finding.severity == .info ? "report.state.undetermined" : "report.state.not_met")
            return .verdict(state, waived: finding.waiver != nil)
        }
        if undefined { return Message("report.state.undefined") }
        if !policy { return Message("report.state.no_policy") }
        guard rule.applies(in: year.number) else { return Message("report.state.rule_not_in_force") }
        return Message("report.state.met")
    }
}
