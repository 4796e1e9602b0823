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
}
