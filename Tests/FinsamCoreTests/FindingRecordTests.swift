import Testing

@testable import FinsamCore

/// Each format's finding written from runs made once (issue 18) against the same finding
/// written the plain way, member by member or piece by piece: the same bytes, for findings of
/// every kind (waived or not, with and without year and figures, names and pointers holding
/// what the format escapes, runs of one rule and rules mixed).
@Suite("Findings written from runs agree with the plain writers")
struct FindingRecordTests {
    /// Random findings, in runs: consecutive findings often share rule, severity, message id
    /// and pointer parent, as a real plan's do, so the caches are used and refreshed.
    static func findings(_ random: inout SplitMix64, count: Int = 60) -> [Finding] {
        let rules = ["initiative_end_date", "equity_cap", "r\"q", "a<b&c", "x,y:z"]
        let heads = [
            JSONPointer.root, .root.appending("initiatives"), .root.appending("years").appending(0),
            .root.appending("k\"e|y~/%\n"),
        ]
        var findings: [Finding] = []
        for _ in 0..<count {
            let text = ReportFastPathTests.text(&random)
            let message =
                [
                    Message("initiative.no_end", [.text(text)]), Message("initiative.no_end", [.text("Plain name")]),
                    Message("waiver.unknown_rule", [.code(text)]),
                    Message("split.region", [.text(text), .money(Money(ore: 123_456)), .integer(3), .uncomputable]),
                ].randomElement(using: &random) ?? Message("x")
            let head = heads.randomElement(using: &random) ?? .root
            let pointer =
                Bool.random(using: &random) ? head.appending(Int.random(in: 0..<20_000, using: &random)) : head
            var finding = Finding(
                ruleID: rules.randomElement(using: &random) ?? "r",
                severity: Severity.allCases.randomElement(using: &random) ?? .error, message: message,
                location: Finding.Location(
                    file: "plan \"x\".json", line: Int.random(in: 1...99_999, using: &random),
                    column: Int.random(in: 1...200, using: &random), pointer: pointer),
                year: Bool.random(using: &random) ? Int.random(in: 2020...2030, using: &random) : nil,
                figures: Int.random(in: 0..<4, using: &random) == 0
                    ? [.money("closingEquity", Money(ore: -12_345)), .percent("share", Percent(basisPoints: 960))] : [])
            if Int.random(in: 0..<6, using: &random) == 0 {
                finding.waiver = Waiver(
                    ruleID: finding.ruleID, year: nil, pointer: nil, reason: text, decision: "§ 12, 2026-03-14",
                    expires: Bool.random(using: &random) ? PlanDate(year: 2026, month: 12, day: 31) : nil, index: 0,
                    ref: SourceRef(offset: 0))
            }
            // Runs: repeat the finding at the next line now and then.
            findings.append(finding)
        }
        return findings
    }

    @Test("JSON: a finding's object from runs is the object written member by member", arguments: PropertySeeds.all)
    func json(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for _ in 0..<20 {
            let findings = Self.findings(&random)
            for language in [Language.en, .sv] {
                let catalog = Catalog(language: language)
                let fast = ReportOutput.collecting { out in
                    var (json, messages) = (JSONStream(out), MessageRenderer(catalog))
                    json.openArray()
                    var writer = JSONReporter.FindingWriter(depth: json.depth + 1)
                    for finding in findings { writer.write(finding, &messages, &json) }
                    json.close()
                }
                let plain = ReportOutput.collecting { out in
                    var (json, messages) = (JSONStream(out), MessageRenderer(catalog))
                    json.openArray()
                    for finding in findings { JSONReporter.finding(finding, &messages, &json) }
                    json.close()
                }
                #expect(fast == plain)
            }
        }
    }

    @Test("SARIF: a result from runs is the result written member by member", arguments: PropertySeeds.all)
    func sarif(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let index = ["initiative_end_date": 3, "r\"q": 0]
        for _ in 0..<20 {
            let findings = Self.findings(&random)
            let uri = ["plan.json", "%3Cstdin%3E", "a\"b"].randomElement(using: &random) ?? ""
            for language in [Language.en, .sv] {
                let catalog = Catalog(language: language)
                let fast = ReportOutput.collecting { out in
                    var (json, messages) = (JSONStream(out), MessageRenderer(catalog))
                    json.openArray()
                    var writer = SARIFReporter.ResultWriter(depth: json.depth + 1, uri: uri, ruleIndex: index)
                    for finding in findings { writer.write(finding, &messages, &json) }
                    json.close()
                }
                let plain = ReportOutput.collecting { out in
                    var (json, messages) = (JSONStream(out), MessageRenderer(catalog))
                    json.openArray()
                    for finding in findings {
                        let entry = ReportEntry(finding, messages: &messages)
                        SARIFReporter.result(entry, uri: uri, ruleIndex: index[entry.ruleID], &json)
                    }
                    json.close()
                }
                #expect(fast == plain)
            }
        }
    }

    /// `findings` written one by one by `fast` and by `plain`, in both languages, for a few
    /// seeds' random findings: the same bytes.
    static func agree(
        seed: UInt64,
        fast: @escaping () -> (Finding, inout MessageRenderer, ReportOutput) -> Void,
        plain: (Finding, inout MessageRenderer, ReportOutput) -> Void
    ) {
        var random = SplitMix64(seed: seed)
        for _ in 0..<20 {
            let findings = Self.findings(&random)
            for language in [Language.en, .sv] {
                let catalog = Catalog(language: language)
                let written = ReportOutput.collecting { out in
                    var messages = MessageRenderer(catalog)
                    let write = fast()
                    for finding in findings { write(finding, &messages, out) }
                }
                let expected = ReportOutput.collecting { out in
                    var messages = MessageRenderer(catalog)
                    for finding in findings { plain(finding, &messages, out) }
                }
                #expect(written == expected)
            }
        }
    }

    @Test(
        "Checkstyle: an <error/> from runs is the element written attribute by attribute", arguments: PropertySeeds.all)
    func checkstyle(seed: UInt64) {
        Self.agree(seed: seed) {
            var writer = CheckstyleReporter.ErrorWriter()
            return { writer.write($0, &$1, $2) }
        } plain: { finding, messages, out in
            CheckstyleReporter.error(ReportEntry(finding, messages: &messages), out)
        }
    }

    @Test("GitHub: a command from runs is the command put together whole", arguments: PropertySeeds.all)
    func github(seed: UInt64) {
        Self.agree(seed: seed) {
            var writer = GitHubReporter.CommandWriter()
            return { writer.write($0, &$1, $2) }
        } plain: { finding, messages, out in
            GitHubReporter.command(ReportEntry(finding, messages: &messages), out)
        }
    }

    @Test("Markdown: a row from runs is the row written cell by cell", arguments: PropertySeeds.all)
    func markdown(seed: UInt64) {
        for language in [Language.en, .sv] {
            let options = ReportOptions(language: language)
            Self.agree(seed: seed) {
                var writer = MarkdownReporter.RowWriter(options)
                return { writer.write($0, &$1, $2) }
            } plain: { finding, messages, out in
                MarkdownReporter.row(ReportEntry(finding, messages: &messages), options, out)
            }
        }
    }

    @Test("JUnit: a finding's line from runs is the line put together and escaped whole", arguments: PropertySeeds.all)
    func junit(seed: UInt64) {
        Self.agree(seed: seed) {
            var writer = JUnitReporter.LineWriter()
            return { writer.write($0, &$1, $2) }
        } plain: { finding, messages, out in
            JUnitReporter.writeLine(finding, &messages, out)
        }
    }

    @Test("Rule ranks looked up once a run are each finding's rank looked up alone")
    func ruleRanks() {
        var random = SplitMix64(seed: 18)
        let findings = Self.findings(&random, count: 300)
        let rank = ["initiative_end_date": 0, "r\"q": 1, "a<b&c": 2]
        #expect(RuleGroups.ranks(findings, rank: rank, unknown: 3) == findings.map { rank[$0.ruleID] ?? 3 })
    }
}
