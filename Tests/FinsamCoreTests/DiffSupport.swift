import Foundation
import Testing

@testable import FinsamCore

/// Plans for `finsam diff`'s tests: fixtures and copies changed by hand.
enum DiffSupport {
    static let today = PlanDate(year: 2026, month: 1, day: 1)

    static func text(_ path: String) throws -> String {
        String(decoding: try fixtureBytes(path), as: UTF8.self)
    }

    static func reviewed(_ text: String, file: String = "plan.json") throws -> CheckedPlan {
        try check(Array(text.utf8), file: file, today: today)
    }

    static func diff(_ old: String, _ new: String) throws -> PlanDiff {
        PlanDiff.compare(try reviewed(old, file: "old.json"), try reviewed(new, file: "new.json"))
    }

    /// `text` with the first occurrence of `old` replaced; the test fails if there is none.
    static func replacing(_ old: String, with new: String, in text: String) throws -> String {
        let range = try #require(text.range(of: old), "no \(old) to replace")
        return text.replacingCharacters(in: range, with: new)
    }

    /// Each changed amount's change in öre, by figure key (shares and texts left out).
    static func deltas(_ group: PlanDiff.GroupChange?) -> [String: Int64] {
        var result: [String: Int64] = [:]
        for change in group?.changes ?? [] {
            if let delta = change.delta { result[change.key] = delta.ore }
        }
        return result
    }

    static func year(_ diff: PlanDiff, _ number: Int) -> PlanDiff.GroupChange? {
        diff.years.first { $0.key == String(number) }
    }

    /// The rule ids of findings, counted.
    static func rules(_ findings: [Finding]) -> [String: Int] {
        findings.reduce(into: [:]) { $0[$1.ruleID, default: 0] += 1 }
    }

    /// The plan with its objects' keys sorted, and its cost lines, income lines, follow-up
    /// lines and initiatives in reverse order: the same plan, written differently. (Members keep
    /// their order: it breaks ties when a split is derived, so it is part of the plan.)
    static func reordered(_ text: String) throws -> String {
        var plan = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        plan["initiatives"] = (plan["initiatives"] as? [Any]).map { Array($0.reversed()) }
        plan["years"] = (plan["years"] as? [[String: Any]])?.map { year in
            var year = year
            for key in ["costs", "otherIncome"] { year[key] = (year[key] as? [Any]).map { Array($0.reversed()) } }
            if var followUp = year["followUp"] as? [String: Any] {
                for key in ["costs", "income"] {
                    followUp[key] = (followUp[key] as? [Any]).map { Array($0.reversed()) }
                }
                year["followUp"] = followUp
            }
            return year
        }
        let data = try JSONSerialization.data(withJSONObject: plan, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
