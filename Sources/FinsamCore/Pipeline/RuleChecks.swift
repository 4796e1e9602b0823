/// Every rule checked in each context of the rule stage: the file's years (context 0), then each
/// followed-up year as forecast (context 1 for the first). A typical plan's checks are made one
/// at a time as the rule stage takes them; a large plan's are made ahead, one job per rule and
/// context, side by side on the workers (``Parallelism``), and handed out in the same order, so
/// the findings do not depend on which thread ran what.
struct RuleChecks {
    let rules: [any Rule]
    private let context: RuleContext
    /// The forecasts' contexts, each made once for all its rules (nil without forecasts).
    private let forecasts: ForecastContexts?
    /// Each job's findings when made ahead (job = context × rules + rule); empty otherwise.
    private var ahead: [[Finding]] = []

    /// The bytes of a plan from which the checks are shared out among the workers: a typical
    /// plan's rules take a few microseconds in all, less than starting a thread, and checking
    /// them one at a time keeps its start-up free of the parallel machinery's types.
    static let parallelThreshold = 1 << 20

    init(
        _ context: RuleContext, forecasts: [ForecastYear], rules: [any Rule], parallelism: Parallelism,
        threshold: Int = parallelThreshold
    ) {
        self.rules = rules
        self.context = context
        let contexts =
            forecasts.isEmpty ? nil : ForecastContexts(forecasts, of: context, kept: 2 * parallelism.width + 2)
        self.forecasts = contexts
        guard parallelism.width > 1, context.document.bytes.count >= threshold else { return }
        let count = rules.count
        // Each job locates its findings with cursors of its own, walking on through the file
        // from its own last finding, not from another rule's.
        ahead = parallelism.map((forecasts.count + 1) * count) { job in
            rules[job % count].check(Self.context(job / count, of: context, contexts).withOwnCursors())
        }
    }

    /// The findings of rule `rule` in context `index`; each is taken once (a rule's array taken
    /// from here is the only reference to its storage, so the rule stage can grow it in place).
    mutating func take(_ index: Int, rule: Int) -> [Finding] {
        guard !ahead.isEmpty else { return rules[rule].check(Self.context(index, of: context, forecasts)) }
        let job = index * rules.count + rule
        guard job >= 0, job < ahead.count else { return [] }
        let taken = ahead[job]
        ahead[job] = []
        return taken
    }

    private static func context(_ index: Int, of context: RuleContext, _ forecasts: ForecastContexts?) -> RuleContext {
        guard index > 0, let forecasts else { return context }
        return forecasts.context(index - 1) ?? context
    }
}
