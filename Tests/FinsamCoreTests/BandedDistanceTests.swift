import Testing

@testable import FinsamCore

/// "Did you mean" compares within a band along the diagonal of the edit-distance table, so a
/// hint costs the length of the ids, not its square.
struct BandedDistanceTests {
    @Test("Within its limit the band gives the whole table's distance; past it, limit + 1")
    func sameAsWholeTable() {
        var generator = SplitMix64(seed: 18)
        // A small alphabet, so random words are often near each other.
        let letters: [Character] = ["a", "b", "c", "å", "é"]
        for _ in 0..<3_000 {
            let a = String(
                (0..<Int.random(in: 0...9, using: &generator)).map { _ in
                    letters.randomElement(using: &generator) ?? "a"
                })
            let b = String(
                (0..<Int.random(in: 0...9, using: &generator)).map { _ in
                    letters.randomElement(using: &generator) ?? "a"
                })
            let whole = Suggestion.editDistance(a, b)
            for limit in 1...3 {
                var band = BandedDistance(limit: limit)
                #expect(band.between(Array(a), Array(b)) == min(whole, limit + 1), "\(a) \(b) limit \(limit)")
            }
        }
    }

    @Test("Two ids of 100 000 characters one typo apart: the distance, from at most 7 cells a character")
    func longIDs() {
        let base = String(repeating: "insats", count: 20_000)
        var typo = Array(base)
        typo[60_000] = "x"
        var band = BandedDistance(limit: 3)
        #expect(band.between(Array(base), typo) == 1)
        // The whole table would be 120 000 × 120 000 cells.
        #expect(band.cells <= 7 * base.count)
        var farther = BandedDistance(limit: 3)
        #expect(farther.between(Array(base), Array(base.dropFirst(4))) == 4)
        #expect(farther.cells == 0, "lengths four apart: no cell worked out")
    }

    @Test("Suggestions pick the same candidate as before: the nearest, the first of equals, none past the limit")
    func suggestionsUnchanged() {
        #expect(Suggestion.nearest(to: "regoin", in: ["region", "staten"]) == "region")
        #expect(Suggestion.nearest(to: "ab", in: ["ax", "ay"]) == "ax", "the first of two at distance 1")
        #expect(Suggestion.nearest(to: "equity_cpa", in: ["equity_floor", "equity_cap"]) == "equity_cap")
        #expect(Suggestion.nearest(to: "abcdefghij", in: ["abcdefxxxx"]) == nil, "four edits: no typo")
        #expect(Suggestion.nearest(to: "STATEN", in: ["staten"]) == "staten", "case is no difference")
    }

    @Test("Suggestions are the whole table's, on ASCII, non-ASCII and mixed words and in any case")
    func suggestionsAsWholeTable() {
        var generator = SplitMix64(seed: 2026)
        // "\r\n" is one character; a lone "\r" or "\n" is one too.
        let pieces = ["a", "b", "B", "c", "å", "Å", "é", "\r", "\n", "\r\n", "_"]
        func word() -> String {
            (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "a" }
                .joined()
        }
        for _ in 0..<2_000 {
            let typed = word()
            let candidates = (0..<Int.random(in: 1...4, using: &generator)).map { _ in word() }
            #expect(
                Suggestion.nearest(to: typed, in: candidates) == Self.wholeTableNearest(to: typed, in: candidates),
                "\(typed.debugDescription) in \(candidates)")
        }
    }

    /// ``Suggestion/nearest(to:in:)`` as it was, working out every cell of every table.
    static func wholeTableNearest(to word: String, in candidates: [String]) -> String? {
        let longest = candidates.map(\.utf8.count).max() ?? 0
        guard word.utf8.count <= longest * 4 + 3 else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = Suggestion.editDistance(word.lowercased(), candidate.lowercased())
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best, best.distance <= max(1, min(3, word.count / 3)) else { return nil }
        return best.candidate
    }

    @Test("Plans whose ids are tens of thousands of characters long get their hints")
    func longUnknownIDs() throws {
        let long = String(repeating: "a", count: 30_000)
        let initiatives = (0..<3).map {
            #"{"id": "i\#($0)\#(long)", "name": "I\#($0)", "target": "structural", "end": "2024-12-31"}"#
        }
        let costs = (0..<4).map {
            #"{"name": "L\#($0)", "category": "operations", "amount": 1, "initiative": "j\#($0)\#(long)"}"#
        }
        let year =
            #"{"year": 2024, "status": "budget", "contributions": {}, "costs": [\#(costs.joined(separator: ","))]}"#
        let text = ExamplePlan.plan(first: year, initiatives: "[" + initiatives.joined(separator: ",") + "]")
        let unknown = try loadText(text).findings.filter { $0.message.id == "ref.unknown_initiative" }
        #expect(unknown.count == 4)
        // "j0…" is one edit from "i0…"; "j3…" is one edit from each known id and gets the first.
        let hints = unknown.map { $0.message.arguments.last }
        #expect(hints == ["i0", "i1", "i2", "i0"].map { .code($0 + long) })
    }

    @Test("Hints stop at the budget of characters: ids so long that a few hints use it up")
    func characterBudget() {
        let long = String(repeating: "b", count: 1_000)
        // Two known ids of 1 002 characters and a budget of 5 000: each hint reads about
        // 3 000 characters, so the first unknown id gets its hint and the second none.
        var hints = NearestIDs(known: ["i1" + long, "i2" + long], characterBudget: 5_000)
        #expect(hints.nearest(to: "j1" + long) == "i1" + long)
        #expect(hints.nearest(to: "j2" + long) == nil)
        #expect(hints.nearest(to: "j1" + long) == "i1" + long, "asked again: the hint it got before")
    }
}
