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
        guard example.triggers else { return }
        // The first finding's message and place, as worked out from each example's plan.
        let expected = try #require(
            Self.firstFinding[rule + ": " + example.title.en], "\(rule): \(example.description)")
        #expect(findings.first?.message.id == expected.message, "\(rule): \(example.description)")
        #expect(findings.first?.location.pointer.description == expected.pointer, "\(rule): \(example.description)")
    }

    /// What each triggering example must find first: the message and the place it points at.
    static let firstFinding: [String: (message: String, pointer: String)] = [
        // Without an opening equity, one info at the first year whose equity is unknown.
        "negative_equity: Opening equity not stated: one info, no verdict": ("unstated.equity", "/years/0"),
        "equity_cap: Opening equity not stated: one info, no verdict": ("unstated.equity", "/years/0"),
        "unknown_field: maxAdminShar, a typo": ("field.unknown", "/policy/maxAdminShar"),
        "unknown_reference: A cost line naming an initiative that does not exist": (
            "ref.unknown_initiative", "/years/0/costs/1"
        ),
        "organisation_number: 222000-1025, a wrong check digit": ("orgnr.checksum", "/federation/organisationNumber"),
        // The municipalities' total is short of the region's, at the first municipality.
        "funding_split: Municipalities two kronor short of the region": (
            "split.municipal_total", "/years/0/contributions/a"
        ),
        "declared_figures: Declared closing equity 36 000 kr too high": (
            "declared.mismatch", "/years/0/declared/closingEquity"
        ),
        "balance_sheet: 877 ≠ 613 + 300": ("balance.mismatch", "/years/0/declared/balanceSheet/assets"),
        "negative_equity: A deficit larger than equity": ("equity.negative", "/years/0"),
        "deficit_reason: A deficit without a reason": ("deficit.no_reason", "/years/0"),
        "equity_cap: Equity of 400 001 on contributions of 2 000 000": ("cap.exceeded", "/years/0"),
        "equity_floor: Equity below the floor": ("floor.below", "/years/0"),
        "admin_share: 10 % administration against a maximum of 9,6 %": ("admin.over", "/years/0"),
        "individual_share: 90 % structural against a minimum of 70 %": ("individual.under", "/years/0"),
        // The 2026 line of an initiative that ends in 2025, at its amount.
        "initiative_period: Funded in 2026 but ending in 2025": ("initiative.cost_outside", "/years/2/costs/1/amount"),
        "initiative_end_date: An initiative without one": ("initiative.no_end", "/initiatives/0"),
        "initiative_members: One member": ("initiative.few_members", "/initiatives/0/members"),
        // Two years: the plan ends too early, at its last year.
        "planning_horizon: A budget year and one plan year": ("horizon.short", "/years/1"),
        "interim_figures: Interim result 20 000 where income − costs is 0": (
            "interim.mismatch", "/years/0/followUp/interim/result"
        ),
        "interim_figures: Interim equity 150 000 where opening 100 000 + result 0 is 100 000":
            ("interim.mismatch", "/years/0/followUp/interim/balanceSheet/equity"),
        "interim_balance_sheet: 160 000 ≠ 100 000 + 50 000": (
            "interim.balance_mismatch", "/years/0/followUp/interim/balanceSheet/assets"
        ),
        "follow_up_share: Kansli at 75 % on 30 June: more than 49,73 % + 10 points": (
            "followup.over_share", "/years/0/followUp/costs/0"
        ),
        "follow_up_share: Insatser at 20 % on 30 June: less than 49,73 % − 20 points": (
            "followup.under_share", "/years/0/followUp/costs/1"
        ),
        "follow_up_unbudgeted: Outcome for Konsulter, which the budget does not have": (
            "followup.unbudgeted_cost", "/years/0/followUp/costs/2"
        ),
        // Adopted after 30 November 2023 (the budget year is 2024), or before the consultation: at the date.
        "budget_adoption: Adopted on 1 December": ("adoption.late", "/adoption/date"),
        "budget_adoption: Adopted before the members were consulted": (
            "adoption.before_consultation", "/adoption/date"
        ),
        // No adoption at all: at the budget year it is about.
        "budget_adoption: No adoption recorded (info)": ("adoption.missing", "/years/0"),
    ]

    @Test("Every rule has a triggering and a passing example, and a stable snake_case id")
    func coverage() {
        var ids = Set<String>()
        for rule in RuleRegistry.all {
            #expect(rule.examples.contains { $0.triggers }, "\(rule.id) lacks a triggering example")
            #expect(rule.examples.contains { !$0.triggers }, "\(rule.id) lacks a passing example")
            #expect(rule.id.allSatisfy { $0.isLowercase || $0 == "_" }, "\(rule.id) is not snake_case")
            #expect(ids.insert(rule.id).inserted, "\(rule.id) is registered twice")
            #expect(!rule.source.isEmpty && !rule.name.sv.isEmpty && !rule.summary.sv.isEmpty)
            #expect(
                rule.examples.allSatisfy { !$0.title.sv.isEmpty }, "\(rule.id) has an example without a Swedish title")
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
