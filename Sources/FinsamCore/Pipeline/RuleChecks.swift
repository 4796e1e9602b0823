/// Every rule checked in each context of the rule stage: the file's years (context 0), then each
/// followed-up year as forecast (context 1 for the first). A typical plan's checks are made one
/// at a time as the rule stage takes them; a large plan's are made ahead as jobs side by side on
/// the workers (``Parallelism``), one per rule and context, and a rule that checks each year
/// apart (``Rule/checksEachYearApart``) one per part of the file's years. The jobs' findings are
/// handed out in the same order whichever thread ran what, so the findings do not depend on it.
struct RuleChecks {
    let rules: [any Rule]
    private let context: RuleContext
    /// The forecasts' contexts, each made once for all its rules (nil without forecasts).
    private let forecasts: ForecastContexts?
    /// Each job's findings when made ahead; empty otherwise.
    private var ahead: [[Finding]] = []
    /// Where each check's jobs start in `ahead` (check = context × rules + rule), and last the
    /// number of jobs: a check split by years has several jobs in a row.
    private var starts: [Int] = []

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
        let jobs = Self.jobs(context, forecasts: forecasts.count, rules: rules, parts: parallelism.width)
        starts = jobs.starts
        let list = jobs.list
        ahead = parallelism.map(list.count) { job in
            let found = list[job].check(in: Self.context(list[job].context, of: context, contexts), rules: rules)
            // A forecast keeps only its year's findings (``ForecastStage``): dropped here, as they
            // come, a rule finding things all over the plan is not held once per forecast.
            guard list[job].context > 0 else { return found }
            let year = forecasts[list[job].context - 1].number
            return found.allSatisfy { $0.year == year } ? found : found.filter { $0.year == year }
        }
    }

    /// One rule checked in one context, on the context's judged years or a part of them.
    private struct Job: Sendable {
        let context: Int
        let rule: Int
        /// Positions in the context's ``RuleContext/judgedYears``; nil for all of them.
        let years: Range<Int>?

        /// The findings, located with cursors of the job's own: each job walks on through the
        /// file from its own last finding, not from another rule's.
        func check(in context: RuleContext, rules: [any Rule]) -> [Finding] {
            var own = context.withOwnCursors()
            if let years {
                own.judgedYears = context.judgedYears[years]
                own.judgesWholePlan = context.judgesWholePlan && years.lowerBound == context.judgedYears.startIndex
            }
            return rules[rule].check(own)
        }
    }

    /// The jobs in check order, and where each check's jobs start.
    private static func jobs(
        _ context: RuleContext, forecasts: Int, rules: [any Rule], parts: Int
    ) -> (list: [Job], starts: [Int]) {
        var list: [Job] = []
        var starts: [Int] = []
        for index in 0...forecasts {
            for rule in rules.indices {
                starts.append(list.count)
                let years = context.judgedYears.indices
                guard index == 0, rules[rule].checksEachYearApart, parts > 1, years.count > 1 else {
                    list.append(Job(context: index, rule: rule, years: nil))
                    continue
                }
                for part in Self.parts(of: years, count: min(parts, years.count)) {
                    list.append(Job(context: index, rule: rule, years: part))
                }
            }
        }
        starts.append(list.count)
        return (list, starts)
    }

    /// `range` cut into `count` contiguous parts of sizes differing by one at most.
    static func parts(of range: Range<Int>, count: Int) -> [Range<Int>] {
        guard count > 0 else { return [] }
        var parts: [Range<Int>] = []
        var lower = range.lowerBound
        for part in 0..<count {
            let upper = range.lowerBound + range.count * (part + 1) / count
            parts.append(lower..<upper)
            lower = upper
        }
        return parts
    }

    /// The findings of rule `rule` in context `index`, the parts' joined in year order; each is
    /// taken once (a rule's array taken from here is the only reference to its storage, so the
    /// rule stage can grow it in place).
    mutating func take(_ index: Int, rule: Int) -> [Finding] {
        guard !ahead.isEmpty else { return rules[rule].check(Self.context(index, of: context, forecasts)) }
        let check = index * rules.count + rule
        guard check >= 0, check + 1 < starts.count else { return [] }
        var taken: [Finding] = []
        for job in starts[check]..<starts[check + 1] {
            if taken.isEmpty {
                swap(&taken, &ahead[job])
            } else {
                taken.append(contentsOf: ahead[job])
                ahead[job] = []
            }
        }
        return taken
    }

    private static func context(_ index: Int, of context: RuleContext, _ forecasts: ForecastContexts?) -> RuleContext {
        guard index > 0, let forecasts else { return context }
        return forecasts.context(index - 1) ?? context
    }
}
