import Testing

@testable import FinsamCore

/// Waivers in the plan: decoded, applied after the rules, and reported on.
@Suite("Waivers")
struct WaiverTests {
    static let today = PlanDate(year: 2026, month: 11, day: 23)

    /// The example plan has equity 400 001 on contributions of 2 000 000 each year: 1 kr over
    /// the 20 % cap (400 000) in 2024, 2025 and 2026, so equity_cap finds three warnings.
    static func plan(_ waivers: String) -> String { WaiverRules.example(waivers) }

    /// The findings, without the budget calendar's note: the example plan records no adoption,
    /// which `BudgetAdoptionTests` covers; these tests are about waivers.
    static func check(_ text: String, today: PlanDate = today) -> [Finding] {
        fileResult(Array(text.utf8), file: "w.json", today: today).findings.filter { $0.ruleID != "budget_adoption" }
    }

    static func summary(_ findings: [Finding]) -> [String] {
        findings.map { $0.ruleID + " " + ($0.year.map(String.init) ?? "-") + ($0.waiver == nil ? "" : " waived") }
    }

    @Test("A complete waiver for one year marks that year's finding waived, and it does not count")
    func applies() throws {
        let findings = Self.check(
            Self.plan(
                #"{"rule": "equity_cap", "year": 2025, "reason": "saving", "decision": "§ 12, 2026-03-14", "expires": "2026-12-31"}"#
            ))
        #expect(Self.summary(findings) == ["equity_cap 2024", "equity_cap 2025 waived", "equity_cap 2026"])
        let waiver = try #require(findings[1].waiver)
        #expect(waiver.decision == "§ 12, 2026-03-14" && waiver.expires == PlanDate(year: 2026, month: 12, day: 31))
        let summary = Summary([FileResult(file: "w.json", outcome: .success(findings))])
        #expect(summary.warnings == 2 && summary.waived == 1)
    }

    @Test("A pointer waives findings at and under it; without year or pointer, every finding of the rule")
    func pointerAndAll() {
        let byPointer = Self.check(
            Self.plan(
                #"{"rule": "equity_cap", "pointer": "/years/2", "reason": "r", "decision": "§ 1", "expires": "2030-01-01"}"#
            ))
        #expect(Self.summary(byPointer) == ["equity_cap 2024", "equity_cap 2025", "equity_cap 2026 waived"])
        let all = Self.check(
            Self.plan(#"{"rule": "equity_cap", "reason": "r", "decision": "§ 1", "expires": "2030-01-01"}"#))
        #expect(Self.summary(all) == ["equity_cap 2024 waived", "equity_cap 2025 waived", "equity_cap 2026 waived"])
        // "/years/1" must not match "/years/10…": the prefix is taken by whole segments.
        let waiver = Waiver(
            ruleID: "x", year: nil, pointer: "/years/1", reason: nil, decision: nil, expires: nil, index: 0,
            ref: SourceRef(offset: 0))
        let at10 = Finding(
            ruleID: "x", severity: .error, message: Message("m"),
            location: Finding.Location(
                file: "f", line: 1, column: 1, pointer: JSONPointer.root.appending("years").appending(10)), year: nil,
            figures: [])
        #expect(!waiver.matches(at10))
    }

    @Test("Without reason or decision a waiver is an error finding and waives nothing")
    func incomplete() {
        let findings = Self.check(
            Self.plan(#"{"rule": "equity_cap", "year": 2024, "reason": "  ", "expires": "2030-01-01"}"#))
        #expect(
            Self.summary(findings) == [
                "equity_cap 2024", "equity_cap 2025", "equity_cap 2026", "waiver_incomplete 2024",
            ])
        #expect(findings[3].severity == .error)
        #expect(
            Catalog(language: .en).render(findings[3].message).hasPrefix(
                #"the waiver for "equity_cap" lacks reason, decision"#))
    }

    @Test("A waiver holds through its expiry date; the day after, it is a warning and waives nothing")
    func expiry() {
        let text = Self.plan(
            #"{"rule": "equity_cap", "year": 2024, "reason": "r", "decision": "§ 1", "expires": "2026-11-23"}"#)
        #expect(
            Self.summary(Self.check(text, today: PlanDate(year: 2026, month: 11, day: 23))).first
                == "equity_cap 2024 waived")
        let after = Self.check(text, today: PlanDate(year: 2026, month: 11, day: 24))
        #expect(Self.summary(after) == ["equity_cap 2024", "equity_cap 2025", "equity_cap 2026", "waiver_expiry 2024"])
        #expect(after[3].severity == .warning)
        let open = Self.check(Self.plan(#"{"rule": "equity_cap", "year": 2024, "reason": "r", "decision": "§ 1"}"#))
        #expect(
            Self.summary(open) == [
                "equity_cap 2024 waived", "equity_cap 2025", "equity_cap 2026", "waiver_expiry 2024",
            ])
    }

    @Test("A waiver that matches nothing is a warning, with a suggestion for a mistyped rule id")
    func unused() {
        let stale = Self.check(
            Self.plan(
                #"{"rule": "equity_floor", "year": 2024, "reason": "r", "decision": "§ 1", "expires": "2030-01-01"}"#))
        #expect(Self.summary(stale).last == "waiver_unused 2024")
        let typo = Self.check(
            Self.plan(#"{"rule": "equity_capp", "reason": "r", "decision": "§ 1", "expires": "2030-01-01"}"#))
        let message = Catalog(language: .sv).render(typo.last?.message ?? Message(""))
        #expect(
            message
                == #"undantaget anger ”equity_capp”, som inte är någon regel i finsam, och matchar därför inget; menade du ”equity_cap”?"#
        )
    }

    @Test("The waiver rules' examples behave as documented (applied as of 2026-11-23)")
    func examples() throws {
        for rule in WaiverRules.all {
            for example in rule.examples {
                let found = Self.check(example.plan).filter { $0.ruleID == rule.id }
                #expect(found.isEmpty != example.triggers, "\(rule.id): \(example.description)")
                guard example.triggers else { continue }
                // Each triggering example has one waiver, and the finding points at it.
                let expected = [
                    "waiver_incomplete": "waiver.incomplete", "waiver_expiry": "waiver.expired",
                    "waiver_unused": "waiver.unused",
                ]
                #expect(found.map(\.message.id) == [expected[rule.id] ?? ""], "\(rule.id)")
                #expect(found.map(\.location.pointer.description) == ["/waivers/0"], "\(rule.id)")
            }
        }
    }

    @Test("The decoder reads waivers, rejects a bad pointer, and flags unknown fields in them")
    func decoding() throws {
        let loaded = try loadText(
            Self.plan(
                #"{"rule": "equity_cap", "year": 2024, "pointer": "/years/0", "reason": "r", "decision": "§ 1", "expires": "2030-01-01", "note": "x"}"#
            ))
        #expect(loaded.plan.waivers.count == 1)
        #expect(loaded.plan.waivers.first?.pointer == "/years/0")
        #expect(loaded.loaded.unknownFields.map(\.name) == ["note"])
        #expect(loaded.plan.waivers.first?.pointerInPlan == "/waivers/0")
        // The unknown field is reported at its place, as every finding is.
        let findings = fileResult(
            Array(
                Self.plan(
                    #"{"rule": "equity_cap", "reason": "r", "decision": "§ 1", "expires": "2030-01-01", "note": "x"}"#
                ).utf8), file: "w.json", today: Self.today
        ).findings
        #expect(
            findings.filter { $0.ruleID == "unknown_field" }.map(\.location.pointer.description) == ["/waivers/0/note"])
        let bad = inputError(Self.plan(#"{"rule": "equity_cap", "pointer": "years/0"}"#))
        #expect(bad?.message.id == "waiver.bad_pointer")
        #expect(bad?.location.pointer.description == "/waivers/0/pointer")
        #expect(inputError(Self.plan(#"{"year": 2024}"#))?.message == Message("plan.missing_field", [.code("rule")]))
        #expect(
            inputError(Self.plan(#"{"rule": "equity_cap", "expires": "2026-02-30"}"#))?.message.id
                == "plan.invalid_date")
    }
}
