/// A file that could not be checked: not JSON, or not a plan. Exit code 2.
public struct InputError: Error, Sendable, Equatable {
    public let location: Finding.Location
    public let message: Message
    /// True when the plan is fine but the request does not fit it (`--from` a year the plan
    /// lacks): the command line's mistake, exit code 64, not 2.
    public let isUsage: Bool
    /// The unit the message's amounts are shown in: the plan's, where it was read.
    public var unit = AmountUnit.kr

    public init(location: Finding.Location, message: Message, isUsage: Bool = false) {
        self.location = location
        self.message = message
        self.isUsage = isUsage
    }

    /// An error about a whole input (it cannot be read, or a directory holds no plan): no place
    /// inside the file, so line 1, column 1 and the root pointer.
    public init(file: String, message: Message, isUsage: Bool = false) {
        self.init(
            location: Finding.Location(file: file, line: 1, column: 1, pointer: .root), message: message,
            isUsage: isUsage)
    }
}

/// The first stages of ``Pipeline``: bytes → located JSON → plan → ledger of the file's years.
/// Only the pipeline makes one; commands and tests receive a ``CheckedPlan``.
public struct LoadedPlan: Sendable {
    public let file: String
    public internal(set) var plan: Plan
    public internal(set) var ledger: Ledger
    public let unknownFields: [UnknownField]
    public let sourceMap: SourceMap
    public let document: JSONDocument

    /// Reads `bytes` (with or without a UTF-8 BOM) as the plan file `file`; a large plan's
    /// years are decoded in batches by `parallelism`.
    static func load(
        _ bytes: [UInt8], file: String, parallelism: Parallelism = .serial,
        stagePassed passed: (@Sendable (PipelineStage) -> Void)? = nil
    ) throws(InputError) -> LoadedPlan {
        let body = JSONReader.strippingBOM(bytes)
        let document: JSONDocument
        do throws(JSONSyntaxError) {
            document = try JSONReader().parse(body, parallelism: parallelism)
        } catch {
            throw inputError(PlanError(syntax: error), body: body, file: file, document: nil)
        }
        passed?(.read)
        do throws(PlanError) {
            let (plan, unknown) = try PlanDecoder.decode(document.root, parallelism: parallelism)
            passed?(.decode)
            let ledger = try Ledger(plan: plan, parallelism: parallelism)
            passed?(.ledger)
            return LoadedPlan(
                file: file, plan: plan, ledger: ledger, unknownFields: unknown, sourceMap: SourceMap(bytes: body),
                document: document)
        } catch {
            throw inputError(error, body: body, file: file, document: document)
        }
    }

    private static func inputError(
        _ error: PlanError, body: [UInt8], file: String, document: JSONDocument?
    ) -> InputError {
        // Only the bytes before the error decide its line and column: a 100 MB file that fails
        // early is not mapped to its end.
        let position = SourceMap(bytes: Array(body.prefix(max(0, error.offset)))).position(of: error.offset)
        let pointer = error.pointer ?? document?.pointer(to: error.offset) ?? .root
        var input = InputError(
            location: Finding.Location(file: file, line: position.line, column: position.column, pointer: pointer),
            message: error.message)
        input.unit = error.unit
        return input
    }

    /// A later stage's error (a forecast or a projected year that overflows) at its place.
    func inputError(_ error: PlanError) -> InputError {
        let position = sourceMap.position(of: error.offset)
        var input = InputError(
            location: Finding.Location(
                file: file, line: position.line, column: position.column,
                pointer: error.pointer ?? document.pointer(to: error.offset)),
            message: error.message)
        input.unit = plan.unit
        return input
    }

    /// The same plan without its text: for commands that keep many checked plans and never
    /// point into their files again (reports), so that a thousand plans do not hold a thousand
    /// tapes. The document left is the text `null`, so nothing that reads it can go wrong.
    func withoutSource() -> LoadedPlan {
        let empty = JSONDocument(bytes: Array("null".utf8), nodes: [JSONNode(kind: .null, start: 0, next: 1)])
        return LoadedPlan(
            file: file, plan: plan, ledger: ledger, unknownFields: unknownFields, sourceMap: SourceMap(bytes: []),
            document: empty)
    }

    /// What rules see of this plan, with another plan and ledger (a forecast, a projection).
    func ruleContext(plan: Plan? = nil, ledger: Ledger? = nil) -> RuleContext {
        RuleContext(
            plan: plan ?? self.plan, ledger: ledger ?? self.ledger, unknownFields: plan == nil ? unknownFields : [],
            file: file, sourceMap: sourceMap, document: document)
    }
}
