import Synchronization

/// How work that splits into independent jobs is run: one job after another, or several at once.
///
/// FinsamCore starts no threads of its own (it imports no system library): the CLI hands it a
/// runner backed by POSIX threads, and tests and library users get ``serial``. Whatever the
/// runner, results come back in job order, so output does not depend on which thread finished
/// first.
public struct Parallelism: Sendable {
    /// The most jobs run at once (1 for ``serial``).
    public let width: Int
    private let runner: @Sendable (_ jobs: Int, _ body: @Sendable (Int) -> Void) -> Void
    /// How the largest arrays ask for huge pages, on the machine that runs the jobs.
    public var largeBuffers = LargeBuffers.none

    /// A runner that calls `body` once for each job in `0..<jobs`, perhaps on other threads,
    /// and returns only when every call has returned.
    public init(width: Int, runner: @escaping @Sendable (_ jobs: Int, _ body: @Sendable (Int) -> Void) -> Void) {
        self.width = max(1, width)
        self.runner = runner
    }

    /// Every job on the calling thread, in order.
    public static let serial = Parallelism(width: 1) { jobs, body in
        for job in 0..<jobs { body(job) }
    }

    /// Calls `body` for each job in `0..<jobs`; returns when all have returned.
    public func forEach(_ jobs: Int, _ body: @Sendable (Int) -> Void) {
        if jobs <= 1 || width == 1 {
            for job in 0..<jobs { body(job) }
            return
        }
        runner(jobs, body)
    }

    /// `transform` of each job in `0..<jobs`, in job order.
    public func map<T: Sendable>(_ jobs: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        if jobs <= 1 || width == 1 {
            // A plain loop: `(0..<jobs).map` in this unspecialised generic code made the runtime
            // build `Range<Int>`'s metadata and look up `Int: Comparable` at start-up.
            var results: [T] = []
            results.reserveCapacity(jobs)
            for job in 0..<jobs { results.append(transform(job)) }
            return results
        }
        let results = Mutex<[T?]>(Array(repeating: nil, count: jobs))
        runner(jobs) { job in
            let result = transform(job)
            results.withLock { $0[job] = result }
        }
        return results.withLock { $0.compactMap { $0 } }
    }
}
