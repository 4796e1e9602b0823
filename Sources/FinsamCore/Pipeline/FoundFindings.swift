/// The rules' findings as the rule stage gathers them, each with its rule's rank, put in order
/// by place without a second array where it can be done: a plan whose one rule finds hundreds of
/// thousands of things (an initiative without an end date each) must not hold them twice.
///
/// - The largest rule's array is kept as it came (handed over, not copied), and the smaller
///   ones are added after it, in the room it has to spare.
/// - In order already: nothing to do. Two runs in order each (the large one and the small
///   ones after it, sorted among themselves): merged in place from the back. Anything else:
///   the plain stable sort (``RuleStage/sortedByPlace(_:ranks:)``).
struct FoundFindings {
    private(set) var findings: [Finding] = []
    private(set) var ranks: [Int] = []

    /// Adds the findings of the rule at `rank`.
    mutating func add(_ found: consuming [Finding], rank: Int) {
        guard !found.isEmpty else { return }
        if found.count > findings.count {
            // The larger array becomes the base, the smaller is added after it.
            let count = found.count
            swap(&findings, &found)
            let earlierRanks = ranks
            ranks = [Int](repeating: rank, count: count)
            append(found, ranks: earlierRanks)
        } else {
            append(found, ranks: [Int](repeating: rank, count: found.count))
        }
    }

    /// Adds one finding of the rule at `rank`.
    mutating func add(_ finding: Finding, rank: Int) {
        findings.append(finding)
        ranks.append(rank)
    }

    private mutating func append(_ more: [Finding], ranks moreRanks: [Int]) {
        findings.append(contentsOf: more)
        ranks.append(contentsOf: moreRanks)
    }

    /// The findings by line, column, rule, and then the order found; none are left here, so
    /// the array handed back is the only reference to its storage.
    mutating func ordered() -> [Finding] {
        if !RuleStage.inPlaceOrder(findings, ranks: ranks) {
            if let start = secondRun() {
                mergeInPlace(secondRunAt: start)
            } else {
                findings = RuleStage.sortedByPlace(findings, ranks: ranks)
            }
        }
        defer { (findings, ranks) = ([], []) }
        return findings
    }

    /// Where a second run in order starts, when the findings are two such runs and the second
    /// is the shorter; nil otherwise.
    private func secondRun() -> Int? {
        var start = 1
        while start < findings.count, !precedes(start, start - 1) { start += 1 }
        guard start < findings.count, findings.count - start <= start else { return nil }
        let tail = Array(findings[start...])
        let tailRanks = Array(ranks[start...])
        guard RuleStage.inPlaceOrder(tail, ranks: tailRanks) else { return nil }
        return start
    }

    /// True when the finding at `a` goes strictly before the one at `b` by place and rule.
    private func precedes(_ a: Int, _ b: Int) -> Bool {
        let (x, y) = (findings[a].location, findings[b].location)
        return (x.line, x.column, ranks[a]) < (y.line, y.column, ranks[b])
    }

    /// Merges `findings[..<start]` and `findings[start...]`, both in order, from the back: the
    /// second run is copied out (it is the shorter) and each place from the end takes the later
    /// of the two runs' last elements. On a tie the second run's element goes later: it was found
    /// later, and the stable sort keeps that order.
    private mutating func mergeInPlace(secondRunAt start: Int) {
        let tail = Array(findings[start...])
        let tailRanks = Array(ranks[start...])
        var first = start - 1
        var second = tail.count - 1
        var place = findings.count - 1
        while second >= 0 {
            let (x, y) = (findings[max(first, 0)].location, tail[second].location)
            if first >= 0 && (y.line, y.column, tailRanks[second]) < (x.line, x.column, ranks[first]) {
                findings.swapAt(first, place)
                ranks.swapAt(first, place)
                first -= 1
            } else {
                findings[place] = tail[second]
                ranks[place] = tailRanks[second]
                second -= 1
            }
            place -= 1
        }
    }
}
