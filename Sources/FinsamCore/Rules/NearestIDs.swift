/// "Did you mean" hints for the ids a plan names but does not list, within a budget of
/// comparisons. Each hint compares the unknown id with every known one: a plan whose 3 000 cost
/// lines each named an unknown initiative among 3 000 known ones took 3.5 seconds that way, and
/// ten times as many would take six minutes. Past the budget a finding still names the unknown
/// id, without a hint; an id asked again gets the hint it got before, at no cost.
struct NearestIDs {
    /// The comparisons of one id with another that the hints of one check may take in all
    /// (about 50 ms): far more than a plan with a few typos needs.
    static let budget = 100_000

    private let known: [String]
    private var comparisonsLeft: Int
    private var hints: [String: String] = [:]
    private var withoutHint: Set<String> = []

    init(known: [String], budget: Int = budget) {
        self.known = known
        self.comparisonsLeft = budget
    }

    /// The known id nearest to `id`, if one is near enough and the budget allows.
    mutating func nearest(to id: String) -> String? {
        if let hint = hints[id] { return hint }
        if withoutHint.contains(id) { return nil }
        guard comparisonsLeft >= known.count else { return nil }
        comparisonsLeft -= known.count
        guard let hint = Suggestion.nearest(to: id, in: known) else {
            withoutHint.insert(id)
            return nil
        }
        hints[id] = hint
        return hint
    }
}
