/// The language server's one way to check a plan and to load one: every diagnostic, hover and
/// quick fix goes through here, so when the pipeline gets its single entry point (a checked
/// plan: plan, ledger and findings after rule years and waivers), this is the file to change.
enum PlanChecking {
    /// What `finsam validate` gives for this text: the same call, so the same findings.
    static func check(_ bytes: [UInt8], file: String, today: PlanDate) -> FileResult {
        FileResult.check(bytes, file: file, today: today)
    }

    /// The plan, its ledger and its JSON, for hover and quick fixes; nil when the text is not a
    /// valid plan (the diagnostics say why).
    static func load(_ bytes: [UInt8], file: String) -> LoadedPlan? {
        do throws(InputError) {
            return try LoadedPlan.load(bytes, file: file)
        } catch {
            return nil
        }
    }
}

/// A text and what checking it gave, kept with the open document until the text changes.
struct CheckedText: Sendable {
    let bytes: [UInt8]
    let result: FileResult
    /// Loaded on first use: a hover or a quick fix needs it, a diagnostic does not.
    private var loadedPlan: LoadedPlan?? = nil

    init(bytes: [UInt8], file: String, today: PlanDate) {
        self.bytes = bytes
        self.result = PlanChecking.check(bytes, file: file, today: today)
    }

    /// The loaded plan, loaded once; nil for a text that is not a valid plan.
    mutating func plan() -> LoadedPlan? {
        if let loadedPlan { return loadedPlan }
        var loaded: LoadedPlan? = nil
        if case .success = result.outcome { loaded = PlanChecking.load(bytes, file: result.file) }
        loadedPlan = .some(loaded)
        return loaded
    }
}
