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
        let (x, y) = (findings[a].place, findings[b].place)
        return (x.line, x.column, ranks[a]) < (y.line, y.column, ranks[b])
    }

    /// Merges `findings[..<start]` and `findings[start...]`, both in order, from the back: the
    /// second run is moved out (it is the shorter); for each of its elements, from the last, the
    /// first run's elements that go after it are moved up in one block, and it takes the place
    /// below them. On a tie the second run's element goes later: it was found later, and the
    /// stable sort keeps that order. Moved as memory, not assigned one by one: a large rule's
    /// findings shifted by one note were each copied with their references counted.
    private mutating func mergeInPlace(secondRunAt start: Int) {
        let starts = mergePlaces(secondRunAt: start)
        Self.moveMerging(&findings, secondRunAt: start, places: starts)
        Self.moveMerging(&ranks, secondRunAt: start, places: starts)
    }

    /// For each element of the second run, how many of the first run's go before it (the first
    /// run's elements that are not strictly after it), found by binary search.
    private func mergePlaces(secondRunAt start: Int) -> [Int] {
        (start..<findings.count).map { second in
            var (low, high) = (0, start)
            while low < high {
                let mid = low + (high - low) / 2
                if precedes(second, mid) { high = mid } else { low = mid + 1 }
            }
            return low
        }
    }

    /// `elements[..<start]` and `elements[start...]` merged: the second run's element `i` goes
    /// after the first `places[i]` of the first run (`places` ascending).
    static func moveMerging<Element>(_ elements: inout [Element], secondRunAt start: Int, places: [Int]) {
        let tailCount = elements.count - start
        guard tailCount > 0, tailCount == places.count else { return }
        elements.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let tail = UnsafeMutablePointer<Element>.allocate(capacity: tailCount)
            defer { tail.deallocate() }
            tail.moveInitialize(from: base + start, count: tailCount)
            var end = buffer.count  // elements at end... are in place
            var firstEnd = start  // the first run's elements not yet moved: ..<firstEnd
            for second in stride(from: tailCount - 1, through: 0, by: -1) {
                let place = min(places[second], firstEnd)
                let moving = firstEnd - place
                (base + end - moving).moveInitialize(from: base + place, count: moving)
                end -= moving + 1
                (base + end).moveInitialize(from: tail + second, count: 1)
                firstEnd = place
            }
        }
    }
}
