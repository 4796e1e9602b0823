import FinsamCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Today's date, which waivers' expiry dates are compared with: the local calendar date, or
/// `FINSAM_TODAY` (YYYY-MM-DD) to reproduce a past run or pin a test.
enum Today {
    static func date(_ console: Console) -> Result<PlanDate, UsageError> {
        if let pinned = console.environment("FINSAM_TODAY"), !pinned.isEmpty {
            guard let date = PlanDate.parse(pinned) else {
                return .failure(UsageError(message: "FINSAM_TODAY '\(pinned)' is not a date of the form YYYY-MM-DD"))
            }
            return .success(date)
        }
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else {
            return .failure(UsageError(message: "the system clock cannot be read"))
        }
        func pad(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let text = pad(parts.tm_year + 1900, 4) + "-" + pad(parts.tm_mon + 1, 2) + "-" + pad(parts.tm_mday, 2)
        guard let date = PlanDate.parse(text) else {
            return .failure(UsageError(message: "the system clock gives no valid date"))
        }
        return .success(date)
    }
}
