import Testing
@testable import FinsamCore

/// Every rule's examples double as its tests: the triggering ones must produce a finding of
/// that rule, the others none.
@Suite("Rule examples")
struct RuleExampleTests {
    static let cases: [(rule: String, index: Int)] = RuleRegistry.all.flatMap { rule in
        rule.examples.indices.map { (rule.id, $0) }
    }

    @Test("Each example behaves as documented", arguments: cases)
    func example(_ rule: String, _ index: Int) throws {
        let found = try #require(RuleRegistry.rule(rule))
        let example = found.examples[index]
        let findings = try check(Array(example.plan.utf8), file: "example.json", rules: [found]).findings
            .filter { $0.forecastAsOf == nil && $0.waiver == nil }
        #expect(findings.isEmpty != example.triggers, "\(rule): \(example.description)")
        #expect(findings.allSatisfy { $0.ruleID == rule })
    }

    @Test("Every rule has a triggering and a passing example, and a stable snake_case id")
    func coverage() {
        var ids = Set<String>()
        for rule in RuleRegistry.all {
            #expect(rule.examples.contains { $0.triggers }, "\(rule.id) lacks a triggering example")
            #expect(rule.examples.contains { !$0.triggers }, "\(rule.id) lacks a passing example")
            #expect(rule.id.allSatisfy { $0.isLowercase || $0 == "_" }, "\(rule.id) is not snake_case")
            #expect(ids.insert(rule.id).inserted, "\(rule.id) is registered twice")
            #expect(!rule.source.isEmpty && !rule.name.sv.isEmpty && !rule.summary.sv.isEmpty)
            #expect(rule.examples.allSatisfy { !$0.title.sv.isEmpty }, "\(rule.id) has an example without a Swedish title")
        }
    }

    @Test("Every finding points at a place that exists in the file")
    func locationsExist() throws {
        for name in ["sunnerbo-2022.json", "sodra-vatterbygden-2024.json", "sundsvall-2022.json"] {
            let bytes = try fixtureBytes("Fixtures/plans/" + name)
            let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            for finding in try loadFixture(name).findings {
                let line = finding.location.line
                #expect(line >= 1 && line <= lines.count)
                #expect(finding.location.column >= 1 && finding.location.column <= lines[line - 1].count + 1)
                #expect(resolves(finding.location.pointer, in: bytes), "\(finding.location.pointer) in \(name)")
            }
        }
    }

    /// True when `pointer` names a value of the JSON document.
    private func resolves(_ pointer: JSONPointer, in bytes: [UInt8]) -> Bool {
        guard var value = try? JSONReader().read(bytes) else { return false }
        for token in pointer.description.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let key = String(token).replacingOccurrences("~1", "/").replacingOccurrences("~0", "~")
            switch value.kind {
            case .object(let members):
                guard let member = members.first(where: { $0.key == key }) else { return false }
                value = member.value
            case .array(let elements):
                guard let index = Int(key), elements.indices.contains(index) else { return false }
                value = elements[index]
            default:
                return false
            }
        }
        return true
    }
}
