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
        return WorkerThreads.map(paths.count, readsStream: { FileReader.isStream(paths[$0]) }) { index in
            Self.outcome(paths[index], projectYears: projectYears, overrides: overrides)
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
