/// The example plans of the follow-up rules: the example federation's 2024 budget year
/// (contributions 2 000 000 kr; Kansli 200 000 kr, Insatser 1 800 000 kr) followed up at
/// 30 June 2024, day 182 of 366, when 49,73 % of the year has passed.
enum FollowUpExamples {
    /// The example plan with `followUp` (a JSON object's members, without braces) on 2024.
    static func plan(_ followUp: String, opening: String = "0", policy: String = "{}") -> String {
        ExamplePlan.plan(
            opening: opening, policy: policy,
            first: ExamplePlan.year(
                2024, status: "budget", extra: #""followUp": {"asOf": "2024-06-30", "# + followUp + "}"))
    }

    /// Costs to date: Kansli 100 000 (50 %), Insatser 900 000 (50 %), both on track.
    static let onTrack = #""costs": [{"name": "Kansli", "outcome": 100000}, {"name": "Insatser", "outcome": 900000}]"#
}
