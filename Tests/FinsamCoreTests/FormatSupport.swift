import Foundation
import Testing

@testable import FinsamCore

/// What `finsam fmt` must keep: every value, found by its JSON Pointer, and the figures and
/// findings a plan gives.
enum FormatSupport {
    /// Every plan file under Fixtures/plans and the valid ones under Fixtures/invalid.
    static func fixturePaths() throws -> [String] {
        var paths: [String] = []
        for folder in ["Fixtures/plans", "Fixtures/invalid"] {
            let names = try FileManager.default.contentsOfDirectory(
                atPath: repositoryRoot.appendingPathComponent(folder).path)
            paths += names.filter { $0.hasSuffix(".json") }.sorted().map { folder + "/" + $0 }
        }
        return paths
    }

    static func format(_ bytes: [UInt8]) throws -> [UInt8] {
        try PlanFormatter.format(bytes, file: "plan.json")
    }

    /// Each value's pointer and its source text (containers: their kind and size).
    static func tokens(_ bytes: [UInt8]) throws -> [String: String] {
        let document = try JSONReader().parse(JSONReader.strippingBOM(bytes))
        var result: [String: String] = [:]
        collect(document.root, pointer: "", into: &result)
        return result
    }

    private static func collect(_ value: JSONValue, pointer: String, into result: inout [String: String]) {
        if value.isObject {
            result[pointer] = "object " + String(value.members.count)
            for member in value.members {
                let key = String(decoding: value.document.bytes[member.keyToken.rawTokenRange], as: UTF8.self)
                collect(member.value, pointer: pointer + "/" + key, into: &result)
            }
        } else if value.isArray {
            result[pointer] = "array " + String(value.elements.count)
            for (index, element) in value.elements.enumerated() {
                collect(element, pointer: pointer + "/" + String(index), into: &result)
            }
        } else {
            result[pointer] = String(decoding: value.document.bytes[value.rawTokenRange], as: UTF8.self)
        }
    }

    /// Every figure of every year of the ledger, as text.
    static func ledger(_ loaded: CheckedPlan) -> [String] {
        loaded.ledger.years.map { year in
            let figures: [Money] = [
                year.stateContributions, year.regionContributions, year.municipalContributions, year.contributions,
                year.otherIncome, year.income, year.administrationCosts, year.operationsCosts, year.costs,
                year.individualCosts, year.structuralCosts, year.unlinkedOperationsCosts, year.result,
                year.openingEquity ?? Money(ore: -1), year.closingEquity ?? Money(ore: -1),
                year.equityCap?.amount ?? Money(ore: -1),
            ]
            let lines =
                year.year.contributions.map { $0.memberID + "=" + String($0.amount.money.ore) }
                + year.year.costs.map { $0.name + "=" + String($0.amount.money.ore) }
            return String(year.number) + ": " + figures.map { String($0.ore) }.joined(separator: " ") + " | "
                + lines.joined(separator: " ")
        }
    }

    /// The findings without their line and column, sorted: what stays when only layout changes.
    static func findings(_ bytes: [UInt8]) -> [String] {
        let result: FileResult = fileResult(bytes, file: "plan.json", today: PlanDate(year: 2026, month: 1, day: 1))
        let catalog = Catalog(language: .en)
        switch result.outcome {
        case .failure(let error):
            return ["input error: " + catalog.render(error.message) + " " + error.location.pointer.description]
        case .success(let findings):
            return findings.map { finding in
                [
                    finding.ruleID, finding.severity.rawValue, finding.year.map { String($0) } ?? "-",
                    catalog.render(finding.message),
                    finding.location.pointer.description, String(describing: finding.figures),
                    String(finding.waiver != nil),
                ]
                .joined(separator: " | ")
            }.sorted()
        }
    }
}
