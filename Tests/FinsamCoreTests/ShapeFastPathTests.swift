import Testing

@testable import FinsamCore

/// Each fast path that keeps a plan shape from growing quadratically gives what its plain
/// reading gives, on varied inputs drawn from a fixed seed.
@Suite("Shape fast paths agree with the plain ones")
struct ShapeFastPathTests {
    /// Names from a small alphabet, so duplicates within and across the lists are common.
    static func names(_ count: Int, _ random: inout SplitMix64) -> [String] {
        (0..<count).map { _ in "n" + String(Int.random(in: 0..<(count / 2 + 2), using: &random)) }
    }

    @Test("follow-up lines match the budget by name as the scan does, duplicates in file order")
    func followUpMatching() {
        var random = SplitMix64(seed: 18)
        for _ in 0..<300 {
            let budget = Self.names(Int.random(in: 0..<60, using: &random), &random)
            let reported = Self.names(Int.random(in: 0..<60, using: &random), &random)
            let fast = FollowUpLines.matchedByName(budget, reported)
            let plain = FollowUpLines.matchedByScan(budget, reported)
            #expect(fast.taken == plain.taken)
            #expect(fast.extra == plain.extra)
        }
    }

    @Test("a hand-made follow-up: two budget lines of one name are taken in order, the third is extra")
    func followUpDuplicates() {
        let budget = ["Kansli", "Insats", "Insats", "Revision"]
        let reported = ["Insats", "Insats", "Insats", "Kansli"]
        let matched = FollowUpLines.matchedByName(budget, reported)
        #expect(matched.taken == [3, 0, 1, nil])
        #expect(matched.extra == [2])
    }
}
