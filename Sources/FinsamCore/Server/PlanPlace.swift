/// The part of a plan a JSON Pointer falls in, for hover and quick fixes: a year, one of its
/// contributions or cost lines, or an initiative. Anything deeper counts as its container
/// (`/years/0/declared/result` is the year, `/years/0/costs/2/amount` the cost line).
enum PlanPlace: Equatable {
    case year(Int)
    case contribution(year: Int, memberID: String)
    case costLine(year: Int, line: Int)
    case initiative(Int)

    static func of(_ pointer: JSONPointer) -> PlanPlace? {
        let steps = components(pointer)
        guard steps.count >= 2, let index = Int(steps[1]), index >= 0 else { return nil }
        switch steps[0] {
        case "initiatives":
            return .initiative(index)
        case "years":
            guard steps.count >= 4 else { return .year(index) }
            if steps[2] == "contributions" { return .contribution(year: index, memberID: steps[3]) }
            if steps[2] == "costs", let line = Int(steps[3]), line >= 0 { return .costLine(year: index, line: line) }
            return .year(index)
        default:
            return nil
        }
    }

    /// The pointer's reference tokens, unescaped (RFC 6901: `~1` is `/`, `~0` is `~`).
    static func components(_ pointer: JSONPointer) -> [String] {
        pointer.description.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { token in
            String(token).replacingOccurrences("~1", "/").replacingOccurrences("~0", "~")
        }
    }
}
