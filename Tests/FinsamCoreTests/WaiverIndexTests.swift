import Testing

@testable import FinsamCore

@Suite("The waiver index finds the same waiver as checking every waiver in order")
struct WaiverIndexTests {
    @Test(
        "Random waivers and findings: the index agrees with the first waiver that matches", arguments: PropertySeeds.all
    )
    func agreesWithScan(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let rules = ["admin_share", "equity_cap", "unknown_field"]
        let years: [Int?] = [nil, 2025, 2026]
        // Pointers that are prefixes of each other as strings but not as paths ("/a" of "/ab"),
        // the empty-key pointer "/", and the whole document "".
        // Numeric steps: an array's index or an object's key that reads as one, and ones that
        // are no index ("05", "-1").
        let pointers: [String?] = [
            nil, "", "/", "/a", "/ab", "/a/b", "/a/b/c", "//x", "/a/0", "/a/5", "/a/05", "/0", "/a/0/b", "/a/-1",
        ]
        for _ in 0..<200 {
            let waivers = (0..<Int.random(in: 0...12, using: &random)).map { index in
                Waiver(
                    ruleID: rules.randomElement(using: &random) ?? "", year: years.randomElement(using: &random) ?? nil,
                    pointer: pointers.randomElement(using: &random) ?? nil, reason: "r", decision: "d",
                    expires: nil, index: index, ref: SourceRef(offset: 0))
            }
            let usable = waivers.indices.filter { _ in Int.random(in: 0..<5, using: &random) > 0 }
            var index = WaiverIndex(waivers, usable: usable)
            for _ in 0..<20 {
                var pointer = JSONPointer.root
                for _ in 0..<Int.random(in: 0...3, using: &random) {
                    // An array's element or an object's member, as the reader builds them.
                    if Int.random(in: 0..<3, using: &random) == 0 {
                        pointer = pointer.appending([0, 5, 12].randomElement(using: &random) ?? 0)
                    } else {
                        pointer = pointer.appending(
                            ["a", "b", "c", "ab", "", "x", "0", "5", "05", "-1"].randomElement(using: &random) ?? "")
                    }
                }
                let finding = Finding(
                    ruleID: rules.randomElement(using: &random) ?? "", severity: .warning, message: Message("x"),
                    location: Finding.Location(file: "f", line: 1, column: 1, pointer: pointer),
                    year: years.randomElement(using: &random) ?? nil, figures: [])
                let expected = usable.first { waivers[$0].matches(finding) }
                #expect(index.first(matching: finding) == expected, "seed \(seed): \(pointer)")
            }
        }
    }

    @Test("A board's long list of waivers, one or two for many initiatives, out of order and by year")
    func longList() {
        var random = SplitMix64(seed: 150_000)
        let waivers = (0..<1_000).map { index in
            Waiver(
                ruleID: index % 7 == 0 ? "initiative_period" : "initiative_end_date",
                year: [nil, nil, 2025, 2026].randomElement(using: &random) ?? nil,
                pointer: "/initiatives/" + String(Int.random(in: 0..<600, using: &random)), reason: "r",
                decision: "d", expires: nil, index: index, ref: SourceRef(offset: 0))
        }
        let usable = waivers.indices.filter { _ in Int.random(in: 0..<10, using: &random) > 0 }
        var index = WaiverIndex(waivers, usable: usable)
        for initiative in 0..<650 {
            for year in [nil, 2025, 2026] as [Int?] {
                let finding = Finding(
                    ruleID: "initiative_end_date", severity: .warning, message: Message("x"),
                    location: Finding.Location(
                        file: "f", line: 1, column: 1,
                        pointer: JSONPointer.root.appending("initiatives").appending(initiative)),
                    year: year, figures: [])
                let expected = usable.first { waivers[$0].matches(finding) }
                #expect(index.first(matching: finding) == expected, "\(initiative) \(String(describing: year))")
            }
        }
    }

    @Test("Findings' waivers looked up in batches on several threads are those of one pass")
    func batchesAgreeWithOnePass() {
        var random = SplitMix64(seed: 20_000)
        let rules = ["admin_share", "equity_cap"]
        let pointers: [String?] = [nil, "", "/a", "/a/b", "/b"]
        for _ in 0..<30 {
            let waivers = (0..<Int.random(in: 1...8, using: &random)).map { index in
                Waiver(
                    ruleID: rules.randomElement(using: &random) ?? "",
                    year: [nil, 2025].randomElement(using: &random) ?? nil,
                    pointer: pointers.randomElement(using: &random) ?? nil, reason: "r", decision: "d",
                    expires: nil, index: index, ref: SourceRef(offset: 0))
            }
            let index = WaiverIndex(waivers, usable: Array(waivers.indices))
            let findings = (0..<Int.random(in: 2..<300, using: &random)).map { _ in
                Finding(
                    ruleID: rules.randomElement(using: &random) ?? "", severity: .warning, message: Message("x"),
                    location: Finding.Location(
                        file: "f", line: 1, column: 1,
                        pointer: JSONPointer.root.appending(["a", "b"].randomElement(using: &random) ?? "")
                            .appending("b")),
                    year: [nil, 2025, 2026].randomElement(using: &random) ?? nil, figures: [])
            }
            var onePassIndex = index
            let onePass = findings.map { onePassIndex.first(matching: $0) ?? -1 }
            for parallelism in [ParallelYearsTests.threads, ParallelismTests.reversed] {
                #expect(
                    WaiverStage.matchesInBatches(findings, index: index, parallelism: parallelism, threshold: 0)
                        == onePass)
            }
            #expect(WaiverStage.matchesInBatches(findings, index: index, parallelism: .serial, threshold: 0) == nil)
            #expect(WaiverStage.matchesInBatches(findings, index: index, parallelism: ParallelismTests.reversed) == nil)
        }
    }
}
