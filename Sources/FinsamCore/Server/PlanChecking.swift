/// A text and what checking it gave, kept with the open document until the text changes: the
/// plan checked by ``Pipeline``, as `finsam validate` checks it, so every diagnostic, hover and
/// quick fix reads the same checked plan.
struct CheckedText: Sendable {
    let bytes: [UInt8]
    let outcome: Result<CheckedPlan, InputError>
    /// What the diagnostics are made from: `finsam validate`'s result for this text.
    let result: FileResult

    init(bytes: [UInt8], file: String, today: PlanDate) {
        self.bytes = bytes
        outcome = Pipeline.check(bytes, file: file, options: CheckOptions(today: today))
        result = FileResult(outcome, file: file)
    }

    /// The plan, its ledger and its JSON, for hover and quick fixes; nil for a text that is not a
    /// valid plan (the diagnostics say why).
    func plan() -> LoadedPlan? {
        guard case .success(let checked) = outcome else { return nil }
        return checked.loaded
    }
}
