/// The last stage of ``Pipeline``: applies a plan's waivers to the findings of its rules, and reports on the waivers.
///
/// A complete, unexpired waiver marks every finding it matches as waived (reported, but not
/// failing the run). A waiver without reason or decision is an error and applies to nothing;
/// an expired one a warning and applies to nothing; one without an expiry date a warning (it
/// still applies); one that matches nothing a warning.
public enum WaiverStage {
    /// The findings with waivers applied and the waivers' own findings added, ordered by place.
    ///
    /// `findings` is consumed: the waived ones are marked in place, not in a copy of them all
    /// (150 000 waived findings made an 18 MB second array).
    static func apply(
        _ findings: consuming [Finding], waivers: [Waiver], context: RuleContext, today: PlanDate,
        parallelism: Parallelism = .serial
    ) -> [Finding] {
        var own: [Finding] = []
        var usable: [Int] = []
        // By position, each waiver read in place: `enumerated()` copied each one out, its
        // strings retained and released, a sixth of the stage on a board's 150 000 waivers.
        usable.reserveCapacity(waivers.count)
        for index in waivers.indices {
            // Most are complete and in force: settled in place, with no finding's words made
            // and no copy of the waiver passed on.
            if waivers[index].isInForce(on: today) {
                usable.append(index)
                continue
            }
            if let problem = problem(waivers[index], today: today, context: context) {
                own.append(problem)
                if problem.ruleID == "waiver_incomplete" || waivers[index].isExpired(on: today) { continue }
            }
            usable.append(index)
        }
        // Which waivers matched, by position: a set hashed each of 150 000 waived findings.
        var used = [Bool](repeating: false, count: usable.isEmpty ? 0 : waivers.count)
        var index = WaiverIndex(waivers, usable: usable)
        var result = consume findings
        // Without a waiver to apply (most plans), the findings as they are.
        if !usable.isEmpty {
            let list = WaiverList(waivers)
            if let matches = matchesInBatches(result, index: index, parallelism: parallelism) {
                for position in result.indices where matches[position] >= 0 {
                    used[matches[position]] = true
                    result[position].waive(by: matches[position], of: list)
                }
            } else {
                for position in result.indices {
                    guard let found = index.first(matching: result[position]) else { continue }
                    used[found] = true
                    result[position].waive(by: found, of: list)
                }
            }
        }
        for index in usable where !used[index] {
            own.append(unused(waivers[index], context: context))
        }
        if !own.isEmpty { result += own }  // even an empty append copies an array it shares
        return ordered(result)
    }

    /// The fewest findings whose waivers are looked up on several threads.
    static let parallelThreshold = 20_000

    /// The first waiver each finding matches (its position in the waivers, -1 for none), looked
    /// up in one contiguous batch of findings per worker; nil for fewer than `threshold`
    /// findings or one worker, which the caller matches in one pass. Each batch looks up in its
    /// own copy of the index (the copy keeps only its last rule apart; the tables are shared),
    /// so every batch finds what one pass would.
    static func matchesInBatches(
        _ findings: [Finding], index: WaiverIndex, parallelism: Parallelism, threshold: Int = parallelThreshold
    ) -> [Int]? {
        guard parallelism.width > 1, findings.count >= threshold, findings.count > 1 else { return nil }
        let size = (findings.count + parallelism.width - 1) / parallelism.width
        let batches = parallelism.map(parallelism.width) { batch in
            let positions = min(batch * size, findings.count)..<min((batch + 1) * size, findings.count)
            var found: [Int] = []
            found.reserveCapacity(positions.count)
            var index = index
            for position in positions { found.append(index.first(matching: findings[position]) ?? -1) }
            return found
        }
        var matches: [Int] = []
        matches.reserveCapacity(findings.count)
        for batch in batches { matches += batch }
        return matches
    }

    /// The waiver's incompleteness, expiry or missing expiry, if any.
    static func problem(_ waiver: Waiver, today: PlanDate, context: RuleContext) -> Finding? {
        let rule = Message.Argument.code(waiver.ruleID)
        if !waiver.isComplete {
            var missing: [String] = []
            if (waiver.reason ?? "").allSatisfy(\.isWhitespace) { missing.append("reason") }
            if (waiver.decision ?? "").allSatisfy(\.isWhitespace) { missing.append("decision") }
            return context.finding(
                WaiverIncompleteRule(), Message("waiver.incomplete", [rule, .list(missing)]), at: waiver.ref,
                year: waiver.year)
        }
        let decision = Message.Argument.text(waiver.decision ?? "")
        guard let expires = waiver.expires else {
            return context.finding(
                WaiverExpiryRule(), Message("waiver.no_expiry", [rule, decision]), at: waiver.ref, year: waiver.year)
        }
        guard waiver.isExpired(on: today) else { return nil }
        return context.finding(
            WaiverExpiryRule(), Message("waiver.expired", [rule, decision, .text(expires.description)]), at: waiver.ref,
            year: waiver.year)
    }

    static func unused(_ waiver: Waiver, context: RuleContext) -> Finding {
        let rule = Message.Argument.code(waiver.ruleID)
        guard RuleRegistry.rule(waiver.ruleID) != nil else {
            var arguments = [rule]
            if let near = Suggestion.nearest(to: waiver.ruleID, in: RuleRegistry.all.map(\.id)) {
                arguments.append(.code(near))
            }
            return context.finding(
                WaiverUnusedRule(), Message("waiver.unknown_rule", arguments), at: waiver.ref, year: waiver.year)
        }
        return context.finding(WaiverUnusedRule(), Message("waiver.unused", [rule]), at: waiver.ref, year: waiver.year)
    }

    /// Stable order by line and column, so waiver findings sit where their waivers are written.
    static func ordered(_ findings: [Finding]) -> [Finding] {
        // Usually already in order (the rules' findings come sorted and there are no waivers):
        // a stable sort would change nothing, and its tuples cost start-up ~30 K instructions.
        if isOrdered(findings) { return findings }
        return findings.enumerated().sorted { a, b in
            (a.element.place.line, a.element.place.column, a.offset) < (
                b.element.place.line, b.element.place.column, b.offset
            )
        }.map(\.element)
    }

    /// True when no finding comes before the one ahead of it by line and column.
    private static func isOrdered(_ findings: [Finding]) -> Bool {
        var index = 1
        while index < findings.count {
            let before = findings[index - 1].place
            let after = findings[index].place
            if after.line < before.line || (after.line == before.line && after.column < before.column) { return false }
            index += 1
        }
        return true
    }
}
