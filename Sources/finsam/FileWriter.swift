import FinsamCore

/// Writes a report to a file: through ``AtomicFile`` (a temporary file in the same directory,
/// synced, then renamed over the target), so a reader never sees half a report.
enum FileWriter {
    static func write(_ text: String, to path: String) -> Result<Void, Message> {
        guard let reason = AtomicFile.write(text, to: path) else { return .success(()) }
        return .failure(Message("output.cannot_write", [.code(path), .text(reason)]))
    }
}

/// Loading plan files for commands that need the plan itself, not only findings.
enum PlanLoader {
    /// The loaded plan, or the input error as `finsam validate` would print it. A large plan's
    /// years are read on the worker threads (a small one's never start a thread).
    static func load(_ path: String) -> Result<LoadedPlan, InputError> {
        switch FileReader.read(path) {
        case .success(let bytes):
            do throws(InputError) {
                return .success(try LoadedPlan.load(bytes, file: path, parallelism: WorkerThreads.parallelism))
            } catch {
                return .failure(error)
            }
        case .failure(let message):
            let location = Finding.Location(file: path, line: 1, column: 1, pointer: .root)
            return .failure(InputError(location: location, message: message))
        }
    }

    /// The loaded plan, or nil after printing the input error to stderr (the caller exits 2).
    static func loadOrReport(_ path: String, console: Console, language: Language) -> LoadedPlan? {
        switch load(path) {
        case .success(let loaded):
            return loaded
        case .failure(let error):
            console.err(describe(error, language: language))
            return nil
        }
    }

    /// An input error as one compiler-style line.
    static func describe(_ error: InputError, language: Language) -> String {
        let location = error.location
        let pointer = location.pointer.description.isEmpty ? "/" : location.pointer.description
        return location.file + ":" + String(location.line) + ":" + String(location.column) + ": error[input]: "
            + Catalog(language: language).render(error.message) + " [" + pointer + "]\n"
    }
}
