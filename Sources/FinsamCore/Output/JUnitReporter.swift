/// JUnit XML, as CI servers show test results: a test suite per plan file and a test case per
/// rule, failed when the rule found something at or above the failing severity (`--fail-on`).
/// Findings below it, and waived ones, are listed in the case's `system-out`.
public struct JUnitReporter: Reporter {
    public let name = "junit"
    /// The rules a checked file gets one test case each for.
    /// The rules described: given (tests), else every documented rule, looked up only when a
    /// report is made, so that listing the reporters costs nothing at start-up.
    private let givenRules: [any RuleDescription]?
    var rules: [any RuleDescription] { givenRules ?? RuleRegistry.documented }

    public init() { self.givenRules = nil }

    init(rules: [any RuleDescription]) { self.givenRules = rules }

    public func write(_ results: [FileResult], options: ReportOptions, to out: ReportOutput) {
        let rules = self.rules
        let rank = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        // The totals head the document: counted first, without rendering a message.
        var (tests, failures, errors) = (0, 0, 0)
        for result in results {
            let counts = self.counts(result, rules: rules, rank: rank, options.failOn)
            (tests, failures, errors) = (tests + counts.tests, failures + counts.failures, errors + counts.errors)
        }
        out.write(XMLText.declaration + "<testsuites")
        XMLText.writeAttribute("name", "finsam", to: out)
        XMLText.writeAttribute("tests", String(tests), to: out)
        XMLText.writeAttribute("failures", String(failures), to: out)
        XMLText.writeAttribute("errors", String(errors), to: out)
        out.write(">\n")
        for result in results { suite(result, rules: rules, rank: rank, options, out) }
        out.write("</testsuites>\n")
    }

    /// A file's test cases, failures and errors: one error case for a file that could not be
    /// checked, else a case per rule, failed when one of its findings fails at `failOn`.
    private func counts(
        _ result: FileResult, rules: [any RuleDescription], rank: [String: Int], _ failOn: Severity
    ) -> (tests: Int, failures: Int, errors: Int) {
        guard case .success(let findings) = result.outcome else { return (1, 0, 1) }
        var failed = [Bool](repeating: false, count: rules.count + 1)
        for (position, index) in RuleGroups.ranks(findings, rank: rank, unknown: rules.count).enumerated()
        where Self.fails(findings[position], at: failOn) {
            failed[index] = true
        }
        failed[rules.count] = false
        return (rules.count, failed.filter { $0 }.count, 0)
    }

    private func suite(
        _ result: FileResult, rules: [any RuleDescription], rank: [String: Int], _ options: ReportOptions,
        _ out: ReportOutput
    ) {
        let counts = self.counts(result, rules: rules, rank: rank, options.failOn)
        out.write("  <testsuite")
        XMLText.writeAttribute("name", result.file, to: out)
        XMLText.writeAttribute("tests", String(counts.tests), to: out)
        XMLText.writeAttribute("failures", String(counts.failures), to: out)
        XMLText.writeAttribute("errors", String(counts.errors), to: out)
        out.write(">\n")
        var messages = MessageRenderer(Catalog(language: options.language, unit: result.unit))
        switch result.outcome {
        case .failure(let error):
            inputCase(result.file, ReportEntry(error, messages: &messages), out)
        case .success(let findings):
            let groups = RuleGroups(findings, rank: rank, rules: rules.count)
            var lines = LineWriter()
            for (index, rule) in rules.enumerated() {
                let own = RuleFindings(findings: findings, members: groups.members(of: index))
                ruleCase(result.file, rule.id, own, options.failOn, &messages, &lines, out)
            }
        }
        out.write("  </testsuite>\n")
    }

    /// The one test case of a file that could not be checked: an error, not a failure.
    private func inputCase(_ file: String, _ entry: ReportEntry, _ out: ReportOutput) {
        out.write("    <testcase")
        XMLText.writeAttribute("classname", file, to: out)
        XMLText.writeAttribute("name", ReportEntry.inputRuleID, to: out)
        out.write(">\n      <error")
        XMLText.writeAttribute("message", entry.message, to: out)
        out.write(" type=\"input\">")
        XMLText.write(Self.line(entry), inAttribute: false, to: out)
        out.write("</error>\n    </testcase>\n")
    }

    /// A rule's test case: failed by findings at or above `failOn`; the rest in `system-out`.
    /// Each finding's line is rendered as it is written.
    private func ruleCase(
        _ file: String, _ id: String, _ own: RuleFindings, _ failOn: Severity, _ messages: inout MessageRenderer,
        _ lines: inout LineWriter, _ out: ReportOutput
    ) {
        out.write("    <testcase")
        XMLText.writeAttribute("classname", file, to: out)
        XMLText.writeAttribute("name", id, to: out)
        guard !own.members.isEmpty else { return out.write("/>\n") }
        let fails = { (member: Int) in Self.fails(own.findings[member], at: failOn) }
        var (failing, worst) = (0, Severity.info)
        for member in own.members where fails(member) {
            failing += 1
            worst = max(worst, own.findings[member].severity)
        }
        out.write(">\n")
        if failing > 0 {
            out.write("      <failure")
            XMLText.writeAttribute("message", String(failing) + (failing == 1 ? " finding" : " findings"), to: out)
            XMLText.writeAttribute("type", worst.rawValue, to: out)
            out.write(">")
            for member in own.members where fails(member) {
                lines.write(own.findings[member], &messages, out)
            }
            out.write("</failure>\n")
        }
        if failing < own.members.count {
            out.write("      <system-out>")
            for member in own.members where !fails(member) {
                lines.write(own.findings[member], &messages, out)
            }
            out.write("</system-out>\n")
        }
        out.write("    </testcase>\n")
    }

    /// True when `finding` fails the run at `failOn` (not waived, at or above it).
    private static func fails(_ finding: borrowing Finding, at failOn: Severity) -> Bool {
        if case .some = finding.waiver { return false }
        return finding.severity >= failOn
    }

    /// A finding's line, escaped: the plain way, which ``LineWriter`` must match byte for byte
    /// (a test compares them).
    static func writeLine(_ finding: Finding, _ messages: inout MessageRenderer, _ out: ReportOutput) {
        XMLText.write(Self.line(ReportEntry(finding, messages: &messages)), inAttribute: false, to: out)
    }

    /// `25:21: error: message [/pointer]`, with the waiver when there is one.
    private static func line(_ entry: ReportEntry) -> String {
        var text =
            String(entry.location.line) + ":" + String(entry.location.column) + ": " + entry.severity.rawValue
            + ": " + entry.message + " [" + entry.pointerText + "]"
        if let note = entry.waiverNote { text += " (" + note + ")" }
        return text + "\n"
    }
}

/// A file's findings grouped by rule, each group in file order: the positions of rule 0's
/// findings, then rule 1's, and where each group starts (a counting sort, one pass each way).
struct RuleGroups {
    private var order: [Int]
    private var starts: [Int]

    init(_ findings: [Finding], rank: [String: Int], rules: Int) {
        let ranks = Self.ranks(findings, rank: rank, unknown: rules)
        var starts = [Int](repeating: 0, count: rules + 2)
        for rank in ranks { starts[rank + 1] += 1 }
        for index in 0..<rules + 1 { starts[index + 1] += starts[index] }
        var next = starts
        var order = [Int](repeating: 0, count: findings.count)
        for (position, rank) in ranks.enumerated() {
            order[next[rank]] = position
            next[rank] += 1
        }
        self.order = order
        self.starts = starts
    }

    /// Each finding's rule rank (`unknown` for a rule not ranked), looked up once for each run
    /// of findings of one rule: a plan's findings come in long runs, and hashing each
    /// finding's rule id cost more than writing it.
    static func ranks(_ findings: [Finding], rank: [String: Int], unknown: Int) -> [Int] {
        var last: (id: String, rank: Int)?
        return findings.indices.map { index in
            let id = findings[index].ruleID
            if let last, last.id == id { return last.rank }
            let found = rank[id] ?? unknown
            last = (id, found)
            return found
        }
    }

    /// The positions of rule `rank`'s findings, in file order.
    func members(of rank: Int) -> ArraySlice<Int> { order[starts[rank]..<starts[rank + 1]] }
}
