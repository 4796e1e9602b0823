/// A plan as review sees it: loaded, computed and checked, as `finsam validate` checks it
/// (rules in force for each year, then the plan's waivers as of `today`).
///
/// `check` is the one place `finsam diff` loads and checks a plan: when the load-and-check
/// path becomes one entry point for every command, only this function changes.
public struct ReviewedPlan: Sendable {
    public let loaded: LoadedPlan
    /// The final findings, waived ones included and marked.
    public let findings: [Finding]

    public var plan: Plan { loaded.plan }
    public var ledger: Ledger { loaded.ledger }
    public var file: String { loaded.file }

    public static func check(
        _ bytes: [UInt8], file: String, today: PlanDate, parallelism: Parallelism = .serial
    ) throws(InputError) -> ReviewedPlan {
        let loaded = try LoadedPlan.load(bytes, file: file, parallelism: parallelism)
        let inForce = RuleSet.applicable(Validator.findings(in: loaded), plan: loaded.plan)
        let findings = WaiverApplication.apply(inForce, context: loaded.ruleContext, today: today)
        return ReviewedPlan(loaded: loaded, findings: findings)
    }
}
