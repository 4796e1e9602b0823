/// "Did you mean" hints for the ids a plan names but does not list, within a budget of
/// comparisons. Each hint compares the unknown id with every known one: a plan whose 3 000 cost
/// lines each named an unknown initiative among 3 000 known ones took 3.5 seconds that way, and
/// ten times as many would take six minutes. Past the budget a finding still names the unknown
/// id, without a hint; an id asked again gets the hint it got before, at no cost.
/// A comparison costs as much as the ids are long, so the characters compared have a budget of
/// their own: plans whose ids are 20 000 characters long spent a second on four hints.
struct NearestIDs {
    /// The comparisons of one id with another that the hints of one check may take in all
    /// (about 50 ms): far more than a plan with a few typos needs.
    static let budget = 100_000
    /// The characters of ids that the hints of one check may read in all (about 50 ms too):
    /// 100 000 comparisons of ids of ten characters each.
    static let characterBudget = 1_000_000

    private let known: [String]
    private let knownCharacters: Int
    private var comparisonsLeft: Int
    private var charactersLeft: Int
    private var hints: [String: String] = [:]
    private var withoutHint: Set<String> = []

    init(known: [String], budget: Int = budget, characterBudget: Int = characterBudget) {
        self.known = known
        self.knownCharacters = known.reduce(0) { $0 + $1.utf8.count }
        self.comparisonsLeft = budget
        self.charactersLeft = characterBudget
    }

    /// The known id nearest to `id`, if one is near enough and the budget allows.
    mutating func nearest(to id: String) -> String? {
        if let hint = hints[id] { return hint }
        if withoutHint.contains(id) { return nil }
        // Each known id is lowercased and compared within a band along the diagonal, so the
        // work is about the characters of the known ids and of `id` (`BandedDistance`).
        let characters = knownCharacters + id.utf8.count
        guard comparisonsLeft >= known.count, charactersLeft >= characters else { return nil }
        comparisonsLeft -= known.count
        charactersLeft -= characters
        guard let hint = Suggestion.nearest(to: id, in: known) else {
            withoutHint.insert(id)
            return nil
        }
        hints[id] = hint
        return hint
    }
}
