import FinsamCore

extension ReportCommand {
    /// What became of one plan file: a source for the report, or why there is none.
    enum Outcome: Sendable {
        case source(ReportSource)
        case unreadable(InputError)
        case usage(UsageError)
        case projection(ProjectionError)
        case failed
    }

    /// Every plan file read (and projected, with `--years`), in `paths` order: files on worker
    /// threads, streams first on this one.
    /// Nothing here writes: the caller reports the outcomes in order, on one thread.
    func outcomes() -> [Outcome] {
        let paths = paths, projectYears = projectYears, overrides = overrides
        // Streams (/dev/stdin on a pipe) are loaded first, here, in argument order: one pipe
        // named twice and read on two threads would split the plan's bytes between them.
        let streamed = paths.map { path in
            FileReader.isStream(path) ? Self.outcome(path, projectYears: projectYears, overrides: overrides) : nil
        }
        return WorkerThreads.parallelism.map(paths.count) { index in
            streamed[index] ?? Self.outcome(paths[index], projectYears: projectYears, overrides: overrides)
        }
    }

    static func outcome(_ path: String, projectYears: Int?, overrides: ProjectionOptions) -> Outcome {
        switch PlanLoader.load(path) {
        case .success(let loaded):
            guard let projectYears else { return .source(ReportSource(ledger: loaded.ledger)) }
            do {
                let assumptions = try overrides.apply(to: loaded.plan)
                return .source(ReportSource(try Projector.project(loaded, years: projectYears, assumptions: assumptions)))
            } catch let error as UsageError {
                return .usage(error)
            } catch let error as ProjectionError {
                return .projection(error)
            } catch {
                return .failed
            }
        case .failure(let error):
            return .unreadable(error)
        }
    }
}
