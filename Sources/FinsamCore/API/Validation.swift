/// A file that could not be checked: not JSON, or not a plan. Exit code 2.
public struct InputError: Error, Sendable, Equatable {
    public let location: Finding.Location
    public let message: Message

    public init(location: Finding.Location, message: Message) {
        self.location = location
        self.message = message
    }
}

/// A plan file read, decoded and computed: the one way from bytes to something rules can check.
public struct LoadedPlan: Sendable {
    public let file: String
    public internal(set) var plan: Plan
    public internal(set) var ledger: Ledger
    public let unknownFields: [UnknownField]
    public let sourceMap: SourceMap
    public let document: JSONDocument

    /// Reads `bytes` (with or without a UTF-8 BOM) as the plan file `file`; a large plan's
    /// years are decoded in batches by `parallelism`.
    public static func load(_ bytes: [UInt8], file: String, parallelism: Parallelism = .serial) throws(InputError)
        -> LoadedPlan
    {
        let body = JSONReader.strippingBOM(bytes)
        let document: JSONDocument
        do throws(JSONSyntaxError) {
            // A large plan is mostly its years: the second part starts at a year.
            document = try JSONReader().parse(body, parallelism: parallelism, splitKey: "year")
        } catch {
            throw inputError(PlanError(syntax: error), body: body, file: file, document: nil)
        }
        do throws(PlanError) {
            let (plan, unknown) = try PlanDecoder.decode(document.root, parallelism: parallelism)
            let ledger = try Ledger(plan: plan, parallelism: parallelism)
            return LoadedPlan(
                file: file, plan: plan, ledger: ledger, unknownFields: unknown, sourceMap: SourceMap(bytes: body),
                document: document)
        } catch {
            throw inputError(error, body: body, file: file, document: document)
        }
    }

    private static func inputError(_ error: PlanError, body: [UInt8], file: String, document: JSONDocument?) -> InputError {
        // Only the bytes before the error decide its line and column: a 100 MB file that fails
        // early is not mapped to its end.
        let position = SourceMap(bytes: Array(body.prefix(max(0, error.offset)))).position(of: error.offset)
        let pointer = error.pointer ?? document?.pointer(to: error.offset) ?? .root
        return InputError(
            location: Finding.Location(file: file, line: position.line, column: position.column, pointer: pointer),
            message: error.message)
    }

    public var ruleContext: RuleContext {
        RuleContext(
            plan: plan, ledger: ledger, unknownFields: unknownFields, file: file, sourceMap: sourceMap,
            document: document)
    }
}

/// Runs rules over a plan.
public enum Validator {
    /// Every finding of `rules`, ordered by place in the file, then by the rules' order.
    public static func findings(in loaded: LoadedPlan, rules: [any Rule] = RuleRegistry.all) -> [Finding] {
        let context = loaded.ruleContext
        // Findings and their rules' ranks side by side, sorted through their positions: an array
        // of (finding, rank, sequence) tuples is one more generic type for the runtime to make
        // on first use, a visible part of a small plan's start-up.
        var findings: [Finding] = []
        var ranks: [Int] = []
        for (rank, rule) in rules.enumerated() {
            for finding in rule.check(context) {
                findings.append(finding)
                ranks.append(rank)
            }
        }
        // A followed-up year is also checked as forecast (FollowUpForecast); most plans have none.
        if loaded.plan.years.contains(where: { $0.followUp != nil }) {
            let rankOf = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            for finding in FollowUpForecast.findings(context, rules: rules, besides: findings) {
                findings.append(finding)
                ranks.append(rankOf[finding.ruleID] ?? rules.count)
            }
        }
        // By line, column, rule, and then the order found (the position itself).
        let order = findings.indices.sorted { a, b in
            (findings[a].location.line, findings[a].location.column, ranks[a], a)
                < (findings[b].location.line, findings[b].location.column, ranks[b], b)
        }
        return order.map { findings[$0] }
    }
}

/// The outcome of checking one file: its findings, or why it could not be checked.
public struct FileResult: Sendable {
    public let file: String
    public let outcome: Result<[Finding], InputError>
    /// The plan's unit, so messages show amounts as the document writes them.
    public let unit: AmountUnit

    public init(file: String, outcome: Result<[Finding], InputError>, unit: AmountUnit = .kr) {
        self.file = file
        self.outcome = outcome
        self.unit = unit
    }

    /// Reads and checks one file's bytes.
    public static func check(_ bytes: [UInt8], file: String, rules: [any Rule] = RuleRegistry.all) -> FileResult {
        do throws(InputError) {
            let loaded = try LoadedPlan.load(bytes, file: file)
            return FileResult(
                file: file, outcome: .success(Validator.findings(in: loaded, rules: rules)), unit: loaded.plan.unit)
        } catch {
            return FileResult(file: file, outcome: .failure(error))
        }
    }

    public var findings: [Finding] {
        if case .success(let findings) = outcome { return findings }
        return []
    }
}
