/// The one way from a plan file's bytes to a ``CheckedPlan``. Every command and every test goes
/// through ``Pipeline/check(_:file:options:)``; nothing else runs rules or applies waivers.
///
/// The stages, each built once, in order:
/// 1. **read**: bytes → located JSON (``JSONReader``), syntax errors are input errors;
/// 2. **decode**: JSON → ``Plan`` (``PlanDecoder``), unknown fields noted;
/// 3. **ledger**: the figures of the file's years (``Ledger``); an overflow is an input error;
/// 4. **forecast**: each followed-up year as forecast (``ForecastStage``);
/// 5. **projection**, when asked: years rolled forward from the latest known position, the
///    forecast where there is one (``Projector``);
/// 6. **rules**: every rule over the file's years and each forecast (``RuleStage``), and over
///    the projected years;
/// 7. **rule years**: findings of rules not in force for their year dropped (``RuleSet``);
/// 8. **waivers**: the board's waivers applied as of `today`, and checked (``WaiverStage``).
///
/// An input error at any stage stops the file (exit code 2): no stage invents a figure.
public enum Pipeline {
    public static func check(_ bytes: [UInt8], file: String, options: CheckOptions) -> Result<CheckedPlan, InputError> {
        do throws(InputError) {
            return .success(try checked(bytes, file: file, options: options))
        } catch {
            return .failure(error)
        }
    }

    /// What ``check(_:file:options:)`` gives, as the reporters take it: the findings, or why the
    /// file could not be checked. `validate` asks for no more; going by way of a
    /// `Result<CheckedPlan, InputError>` made the runtime build that type (about 120 000
    /// instructions) at every start-up.
    public static func fileResult(_ bytes: [UInt8], file: String, options: CheckOptions) -> FileResult {
        do throws(InputError) {
            return try checked(bytes, file: file, options: options).result
        } catch {
            return FileResult(file: file, outcome: .failure(error), unit: error.unit)
        }
    }

    private static func checked(_ bytes: [UInt8], file: String, options: CheckOptions) throws(InputError) -> CheckedPlan
    {
        let passed = options.stagePassed
        let loaded = try LoadedPlan.load(bytes, file: file, parallelism: options.parallelism, stagePassed: passed)
        let forecasts: [ForecastYear]
        do throws(PlanError) {
            forecasts = try ForecastStage.forecasts(of: loaded.plan, ledger: loaded.ledger)
        } catch {
            throw loaded.inputError(error)
        }
        passed?(.forecast)
        let rules = options.rules
        let (ruled, shared) = RuleStage.findings(
            loaded.ruleContext(), rules: rules, forecasts: forecasts, parallelism: options.parallelism)
        var findings = ruled
        passed?(.rules)
        var projection: Projection? = nil
        if let request = options.projection {
            let made = try project(loaded, forecasts: forecasts, request: request)
            findings = made.findings(besides: findings, loaded: loaded, rules: rules)
            projection = made
            passed?(.projection)
        }
        let plan = projection?.plan ?? loaded.plan
        let inForce = RuleSet.applicable(findings, plan: plan)
        // The waiver stage marks waived findings in place: no other reference to them may be left.
        findings = []
        let final = WaiverStage.apply(
            consume inForce, waivers: loaded.plan.waivers, context: loaded.ruleContext(), today: options.today,
            parallelism: options.parallelism)
        passed?(.waivers)
        return CheckedPlan(
            loaded: options.keepsSource ? loaded : loaded.withoutSource(), forecasts: forecasts, projection: projection,
            findings: final, sharedVerdicts: shared)
    }

    private static func project(
        _ loaded: LoadedPlan, forecasts: [ForecastYear], request: ProjectionRequest
    ) throws(InputError) -> Projection {
        do throws(ProjectionError) {
            let assumptions = try request.assumptions(loaded.plan)
            return try Projector.project(
                loaded.plan, forecasts: forecasts, years: request.years, from: request.from, assumptions: assumptions)
        } catch {
            throw InputError(file: loaded.file, message: error.message, isUsage: error.kind == .usage)
        }
    }
}

/// What a check is asked to do besides the file's own years.
public struct CheckOptions: Sendable {
    /// The date waivers' expiry is compared with.
    public var today: PlanDate
    /// How a large plan's years are read and summed.
    public var parallelism: Parallelism
    /// Roll the plan forward too (`budget project`, `report --years`).
    public var projection: ProjectionRequest?
    /// The rules to run: all of them but in tests of a single rule.
    var rules: [any Rule] = RuleRegistry.all
    /// False for commands that keep many checked plans and never point into their files again
    /// (reports): the plan's text and tape are let go once its findings are had.
    public var keepsSource = true
    /// Told as each stage ends: how the phase benchmark times the stages of the one pipeline.
    public var stagePassed: (@Sendable (PipelineStage) -> Void)?

    public init(today: PlanDate, parallelism: Parallelism = .serial, projection: ProjectionRequest? = nil) {
        self.today = today
        self.parallelism = parallelism
        self.projection = projection
    }
}

/// A projection to make: how many years, from which year, with which assumptions.
public struct ProjectionRequest: Sendable {
    public let years: Int
    public let from: Int?
    /// The plan's assumptions with any overrides applied; an error here is the caller's (exit 64).
    public let assumptions: @Sendable (Plan) throws(ProjectionError) -> Assumptions

    public init(
        years: Int, from: Int? = nil,
        assumptions: @escaping @Sendable (Plan) throws(ProjectionError) -> Assumptions = { $0.assumptions }
    ) {
        self.years = years
        self.from = from
        self.assumptions = assumptions
    }
}

/// The stages of ``Pipeline``, in order, as ``CheckOptions/stagePassed`` names them.
public enum PipelineStage: String, Sendable, CaseIterable {
    case read, decode, ledger, forecast, rules, projection, waivers
}
