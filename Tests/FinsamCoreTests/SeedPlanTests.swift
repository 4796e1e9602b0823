import Testing

@testable import FinsamCore

/// The three real plans, encoded faithfully with their mistakes: finsam must report exactly
/// what a careful accountant would. Expected figures are computed by hand from the documents.
@Suite("Seed plans")
struct SeedPlanTests {
    private func summary(_ findings: [Finding]) -> [String] {
        findings.map { $0.ruleID + " " + ($0.year.map(String.init) ?? "-") + " " + $0.location.pointer.description }
    }

    private func figure(_ finding: Finding?, _ name: String) -> Figure.Value? {
        finding?.figures.first { $0.name == name }?.value
    }

    @Test("Sunnerbo 2022: the 2 kr split error, the cap exceeded three years, Tegelbruket")
    func sunnerbo() throws {
        let loaded = try loadFixture("sunnerbo-2022.json")
        let findings = loaded.findings
        // budget_adoption: none of the three transcriptions records when its board adopted it (info).
        #expect(
            summary(findings) == [
                "equity_cap 2022 /years/0",
                "budget_adoption 2022 /years/0",
                "funding_split 2022 /years/0/contributions/markaryd",
                "equity_cap 2023 /years/1",
                "equity_cap 2024 /years/2",
                "initiative_end_date - /initiatives/2",
                "initiative_members - /initiatives/2/members",
                "initiative_end_date - /initiatives/3",
                "initiative_end_date - /initiatives/4",
                "initiative_end_date - /initiatives/5",
            ])
        // 3 × 348 666 = 1 045 998: 2 kr short of half the state's 2 092 000 = 1 046 000.
        let split = findings.first { $0.ruleID == "funding_split" }
        #expect(split?.severity == .error)
        #expect(figure(split, "actual") == .money(kr(1_045_998)))
        #expect(figure(split, "expected") == .money(kr(1_046_000)))
        #expect(figure(split, "difference") == .money(kr(-2)))
        // 2022: equity 2 596 000 + 4 183 998 − 5 835 000 = 944 998 (945 tkr) against
        // 20 % of 4 183 998 = 836 799,60 (836,8 tkr). 2023–24: 20 % of 4 184 000 = 836 800.
        let caps = findings.filter { $0.ruleID == "equity_cap" }
        #expect(caps.map { figure($0, "closingEquity") } == Array(repeating: .money(kr(944_998)), count: 3))
        #expect(
            caps.map { figure($0, "cap") } == [
                .money(Money(ore: 83_679_960)), .money(kr(836_800)), .money(kr(836_800)),
            ])
        #expect(caps.allSatisfy { $0.severity == .warning })
        // The 2022 deficit of 1 651 tkr is covered by opening equity of 2 596 tkr, and has a reason.
        let first = loaded.ledger.years[0]
        #expect(first.result == kr(-1_651_002))
        #expect(first.openingEquity == kr(2_596_000))
        #expect(!findings.contains { $0.ruleID == "negative_equity" || $0.ruleID == "deficit_reason" })
    }

    @Test("Södra Vätterbygden 2024: an exact split, 9,6 % administration, equity as printed")
    func sodraVatterbygden() throws {
        let loaded = try loadFixture("sodra-vatterbygden-2024.json")
        let findings = loaded.findings
        #expect(
            summary(findings) == [
                "budget_adoption 2024 /years/0",
                "initiative_end_date - /initiatives/0",
                "initiative_end_date - /initiatives/1",
                "initiative_end_date - /initiatives/2",
                "initiative_end_date - /initiatives/4",
            ])
        let year = loaded.ledger.years[0]
        #expect(
            [year.stateContributions, year.regionContributions, year.municipalContributions]
                == [kr(5_586_000), kr(2_793_000), kr(2_793_000)])
        #expect(year.administrationCosts == kr(1_090_000))
        #expect(year.costs == kr(11_356_500))
        #expect(Ratio(year.administrationCosts, of: year.costs).percent?.formatted(.sv) == "9,6 %")
        // 1 491 324 + 11 172 000 − 11 356 500 = 1 306 824; then − 707 500 and − 532 000.
        #expect(loaded.ledger.years.map(\.closingEquity) == [kr(1_306_824), kr(599_324), kr(67_324)])
    }

    @Test("Sundsvall 2022–2024: equity 613 where results give 577, and a balance sheet that no longer balances")
    func sundsvall() throws {
        let loaded = try loadFixture("sundsvall-2022.json")
        let findings = loaded.findings
        #expect(
            summary(findings) == [
                "budget_adoption 2022 /years/0",
                "individual_share 2023 /years/1",
                "individual_share 2024 /years/2",
                "declared_figures 2024 /years/2/declared/closingEquity",
                "balance_sheet 2024 /years/2/declared/balanceSheet/assets",
                "initiative_end_date - /initiatives/2",
            ])
        let declared = findings.first { $0.ruleID == "declared_figures" }
        #expect(figure(declared, "declared") == .money(kr(613_000)))
        #expect(figure(declared, "computed") == .money(kr(577_000)))
        let sheet = findings.first { $0.ruleID == "balance_sheet" }
        #expect(figure(sheet, "difference") == .money(kr(-36_000)))  // 877 − (613 + 300)
        // Plan years link no costs to initiatives: the share cannot be judged, so info only.
        #expect(findings.filter { $0.ruleID == "individual_share" }.allSatisfy { $0.severity == .info })
        // 2022: individual-targeted 193 + 645 + 1 894 + 1 160 + 895 + 610 + 620 = 6 017 of 7 378.
        let first = loaded.ledger.years[0]
        #expect(first.individualCosts == kr(6_017_000))
        #expect(Ratio(first.individualCosts, of: first.contributions).percent?.formatted(.sv) == "81,6 %")
        // The cap is 20 % of 7 378 tkr = 1 475,6 tkr; the floor 400 tkr; equity 577 tkr is between.
        #expect(first.equityCap?.amount == kr(1_475_600))
        #expect(first.equityCap?.basis == .policy)
        #expect(loaded.plan.policy.equityFloor?.money == kr(400_000))
        #expect(first.closingEquity == kr(577_000))
    }
}
