import Synchronization

/// The rule contexts of the forecasts, each made once for all of a forecast's rules rather than
/// once for each: a forecast's plan and ledger are made when asked for (``ForecastYear``), and
/// for a plan followed up in each of 1 000 years that is 1 000 years copied each time. The rule
/// stage takes a forecast's rules one after another, and hands out jobs in that order to the
/// workers, so keeping the few contexts made last is enough; one asked for again after it was
/// let go is made again, the same.
final class ForecastContexts: Sendable {
    private let forecasts: [ForecastYear]
    private let base: RuleContext
    private let kept: Int
    private let recent = Mutex(Recent())

    private struct Made {
        let position: Int
        let context: RuleContext
    }

    /// The contexts kept, the last made last, and how many were made in all.
    private struct Recent {
        var made: [Made] = []
        var count = 0
    }

    /// How many contexts were made (tests count the work).
    var contextsMade: Int { recent.withLock { $0.count } }

    init(_ forecasts: [ForecastYear], of base: RuleContext, kept: Int) {
        self.forecasts = forecasts
        self.base = base
        self.kept = max(1, kept)
    }

    /// The context of the forecast at `position`; nil past the forecasts.
    func context(_ position: Int) -> RuleContext? {
        guard position >= 0, position < forecasts.count else { return nil }
        if let found = recent.withLock({ $0.made.first { $0.position == position }?.context }) { return found }
        // Made outside the lock: two workers may both make one, and both are the same.
        let context = ForecastStage.context(forecasts[position], of: base)
        recent.withLock { recent in
            recent.made.append(Made(position: position, context: context))
            if recent.made.count > kept { recent.made.removeFirst(recent.made.count - kept) }
            recent.count += 1
        }
        return context
    }
}
