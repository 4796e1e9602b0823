import Testing

@testable import FinsamCore

/// A subtotal of subtotals names its parts by label, and a label names the first subtotal of
/// that label. The parts are looked up by hash: scanning the labels for each part made 20 000
/// subtotals each adding up another take seconds (docs/performance.md, adversarial shapes).
struct SubtotalLabelTests {
    /// A 2024 budget year whose operations line of 1 800 000 kr is under the heading "Insatser",
    /// declaring `subtotals`.
    static func plan(_ subtotals: [String]) -> String {
        let costs = """
            [{"name": "Kansli", "category": "administration", "amount": 200000},
             {"name": "Insatser", "category": "operations", "group": "Insatser", "amount": 1800000}]
            """
        let declared = #""declared": {"subtotals": ["# + subtotals.joined(separator: ",") + "]}"
        return ExamplePlan.plan(first: ExamplePlan.year(2024, status: "budget", costs: costs, extra: declared))
    }

    @Test("The first subtotal of a label is the one named, and a part's place is its first")
    func firstOfLabel() {
        let place = SourceRef(offset: 0)
        let subtotals = ["A", "B", "A"].map {
            Subtotal(label: $0, scope: .group($0), amount: Amount(money: .zero, ref: place), ref: place)
        }
        #expect(SubtotalOrder.firstPositions(ofLabels: subtotals) == ["A": 0, "B": 1])
    }

    @Test("A chain of 20 000 subtotals, each adding up the one before: every one is the group's 1 800 000 kr")
    func longChain() throws {
        let count = 20_000
        var subtotals = [#"{"label": "S0", "group": "Insatser", "amount": 1800000}"#]
        for index in 1..<count {
            // The last one is printed 1 kr off, so it alone is a finding.
            let amount = index == count - 1 ? 1_800_001 : 1_800_000
            subtotals.append(#"{"label": "S\#(index)", "of": ["S\#(index - 1)"], "amount": \#(amount)}"#)
        }
        let findings = try loadText(Self.plan(subtotals)).findings.filter { $0.ruleID == "declared_figures" }
        #expect(findings.count == 1)
        #expect(findings.first?.message.arguments.first == .code("S\(count - 1)"))
        #expect(findings.first?.figures.contains(.money("computed", kr(1_800_000))) == true)
    }

    @Test("20 000 subtotals of one label, each adding up the last: the label names the first of them")
    func manyOfOneLabel() throws {
        let count = 20_000
        // "S" is first a group subtotal of 1 800 000 kr, then 20 000 times a subtotal of "T",
        // itself a group subtotal; "T" counts 1 800 000 kr, so every "S" of "T" is right and
        // only the first "S" (printed 1 kr off) is a finding.
        var subtotals = [#"{"label": "S", "group": "Insatser", "amount": 1800001}"#]
        subtotals += Array(repeating: #"{"label": "S", "of": ["T"], "amount": 1800000}"#, count: count)
        subtotals.append(#"{"label": "T", "of": ["S"], "amount": 1800001}"#)
        let findings = try loadText(Self.plan(subtotals)).findings.filter { $0.ruleID == "declared_figures" }
        // "T" adds up the first "S", 1 800 000 kr, and is printed 1 kr off too.
        #expect(findings.count == 2)
        #expect(findings.map { $0.message.arguments.first } == [.code("S"), .code("T")])
    }
}
