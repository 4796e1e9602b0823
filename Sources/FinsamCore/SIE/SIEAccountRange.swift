/// Accounts from one number to another, compared on as many leading digits as the bounds
/// have: `4000-4999` covers `4010` and the five-digit sub-account `40105` that Kommun-Bas
/// charts use, `3710` covers `3710` and `37101`.
public struct SIEAccountRange: Sendable, Equatable {
    public let low: String
    public let high: String

    /// `"4010"` or `"4000-4999"`; nil for anything else (bounds of unequal length, not digits,
    /// or a range that runs backwards).
    public static func parse(_ text: String) -> SIEAccountRange? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { String($0).trimmedText }
        guard parts.count == 1 || parts.count == 2 else { return nil }
        let low = parts[0]
        let high = parts.count == 2 ? parts[1] : parts[0]
        guard !low.isEmpty, low.utf8.count == high.utf8.count, low <= high,
            (low + high).utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        else { return nil }
        return SIEAccountRange(low: low, high: high)
    }

    public func contains(_ account: String) -> Bool {
        let width = low.utf8.count
        guard account.utf8.count >= width else { return false }
        let head = String(decoding: account.utf8.prefix(width), as: UTF8.self)
        return low <= head && head <= high
    }

    public var text: String { low == high ? low : low + "-" + high }
}
