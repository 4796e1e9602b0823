/// The exit-code contract's question: did the run find anything at or above the level that fails it?
extension Summary {
    /// The findings counted at `severity` or above (waived findings are never counted).
    public func count(atLeast severity: Severity) -> Int {
        switch severity {
        case .error: return errors
        case .warning: return errors + warnings
        case .info: return errors + warnings + infos
        }
    }

    /// True when a finding at or above `failOn` was reported: exit code 1.
    public func fails(at failOn: Severity) -> Bool { count(atLeast: failOn) > 0 }
}
