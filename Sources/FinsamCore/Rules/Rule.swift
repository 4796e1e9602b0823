/// A text in both of finsam's languages.
public struct Localized: Sendable {
    public let en: String
    public let sv: String

    public init(en: String, sv: String) {
        self.en = en
        self.sv = sv
    }

    public func text(_ language: Language) -> String { language == .sv ? sv : en }
}

/// A small plan that shows a rule at work; the examples double as the rule's tests.
public struct RuleExample: Sendable {
    /// What the example shows, in both languages.
    public let title: Localized
    /// A whole plan file.
    public let plan: String
    /// Whether the rule must find something in it.
    public let triggers: Bool

    public init(_ english: String, sv swedish: String, triggers: Bool, plan: String) {
        self.title = Localized(en: english, sv: swedish)
        self.plan = plan
        self.triggers = triggers
    }

    /// The English title.
    public var description: String { title.en }
}

/// What `finsam rules`, SARIF and the receipt say of a check: its id, names, severity, source,
/// years and examples. The rules (``Rule``) and the waiver checks (``WaiverStage``) both have one.
public protocol RuleDescription: Sendable {
    /// A stable snake_case id: findings, waivers and CI configurations refer to it.
    var id: String { get }
    var name: Localized { get }
    var summary: Localized { get }
    var defaultSeverity: Severity { get }
    /// The law, recommendation or convention the rule rests on.
    var source: String { get }
    /// The first and last plan years the rule applies to (nil: no limit); see `Rule+Years.swift`.
    var appliesFrom: Int? { get }
    var appliesUntil: Int? { get }
    var examples: [RuleExample] { get }
    /// The kinds of document the rule applies to (all but where a rule says otherwise).
    var documentKinds: [DocumentKind] { get }
}

/// One check of a plan: a rule of the rule stage, run on the file's years, each forecast and
/// any projected years.
public protocol Rule: RuleDescription {
    func check(_ context: RuleContext) -> [Finding]
    /// True when the rule's findings are those of each judged year in turn, each year's found
    /// from that year and the ledger alone, and none about the plan as a whole: the rule stage
    /// may then check a large plan's years in parts side by side and join the parts' findings
    /// in year order (``RuleChecks``). False unless a rule says otherwise.
    var checksEachYearApart: Bool { get }
}

extension Rule {
    public var checksEachYearApart: Bool { false }
}

/// What a rule sees: the plan, its computed figures, and how to point at places in its file.
public struct RuleContext: Sendable {
    public let plan: Plan
    public let ledger: Ledger
    public let unknownFields: [UnknownField]
    public let file: String
    public let sourceMap: SourceMap
    /// The plan's JSON, to work out the pointer of an offset.
    public let document: JSONDocument
    /// The years whose findings are wanted: every year, or, for a forecast, the followed-up
    /// year alone. A rule walks these for its findings of a year, and reads any other year it
    /// needs from ``ledger``; so a plan with a follow-up in each of many years is checked in
    /// time linear in its years, not once over all of them per forecast.
    public internal(set) var judgedYears: ArraySlice<YearLedger>
    /// Whether findings about no one year (the initiatives, the members, the policy, the
    /// federation) are wanted: false for a forecast, which keeps only its year's findings. A rule
    /// may skip such checks when it is false; the forecast stage would drop their findings anyway,
    /// after paying for them once per followed-up year.
    public internal(set) var judgesWholePlan = true
    /// Where this context's location look-ups left off: the document's own, unless the context
    /// is one of several checked side by side (``withOwnCursors()``).
    private var cursors: LocationCursors

    public init(
        plan: Plan, ledger: Ledger, unknownFields: [UnknownField], file: String, sourceMap: SourceMap,
        document: JSONDocument
    ) {
        self.plan = plan
        self.ledger = ledger
        self.unknownFields = unknownFields
        self.file = file
        self.sourceMap = sourceMap
        self.document = document
        self.judgedYears = ledger.years[...]
        self.cursors = document.cursors
    }

    /// This context with location cursors of its own, for a rule checked on another thread
    /// while other rules locate their findings: each walks on through the file from its own
    /// last finding.
    func withOwnCursors() -> RuleContext {
        var context = self
        context.cursors = LocationCursors()
        return context
    }

    public func location(_ ref: SourceRef) -> Finding.Location {
        let position = sourceMap.position(of: ref.offset, walkingOn: cursors.line)
        return Finding.Location(
            file: file, line: position.line, column: position.column,
            pointer: document.pointer(to: ref.offset, walkingOn: cursors))
    }

    /// A finding of `rule` at `ref`, at the rule's default severity unless told otherwise.
    public func finding(
        _ rule: some RuleDescription, _ message: Message, at ref: SourceRef, year: Int? = nil,
        figures: [Figure] = [], severity: Severity? = nil
    ) -> Finding {
        Finding(
            ruleID: rule.id, severity: severity ?? rule.defaultSeverity, message: message,
            location: location(ref), year: year, figures: figures)
    }

    /// A run of like findings of `rule` (``FindingRun``): `message` words item `item`, and
    /// `pointer` gives its place, when a reporter asks. For a rule that may find the same thing
    /// in each of many parts of a plan.
    public func run(
        of rule: some RuleDescription, year: Int? = nil, message: @escaping @Sendable (_ item: Int) -> Message,
        pointer: @escaping @Sendable (_ item: Int) -> JSONPointer
    ) -> FindingRun {
        FindingRun(
            ruleID: rule.id, severity: rule.defaultSeverity, file: file, year: year, message: message,
            pointer: pointer)
    }

    /// Finding `item` of `run`, written at `ref`: its line and column are found now, in the
    /// order the rule makes its findings, as for any other finding.
    public func finding(_ item: Int, of run: FindingRun, at ref: SourceRef) -> Finding {
        let position = sourceMap.position(of: ref.offset, walkingOn: cursors.line)
        return Finding(run, item: item, line: position.line, column: position.column)
    }

    /// The pointer of initiative `index` of the plan: the decoder reads the plan's initiatives
    /// from its `initiatives` array, one for each element and in its order. Made without the
    /// document (the head's text is shared by every such pointer).
    public static func initiativePointer(_ index: Int) -> JSONPointer { initiativesPointer.appending(index) }

    private static let initiativesPointer = JSONPointer.root.appending("initiatives")

    /// An empty list for `count` findings of a rule, and room for a few more. A rule that may
    /// find something in each of many parts of a plan counts them first: an array grown by
    /// doubling holds its old and new storage at once, and the room left over takes the other
    /// rules' findings when the rule stage merges them in place (``FoundFindings``).
    public func findings(reserving count: Int) -> [Finding] {
        guard count > 0 else { return [] }
        var findings: [Finding] = []
        document.largeBuffers.reserve(&findings, count + Self.roomForOtherRules)
        return findings
    }

    /// Findings of other rules a large rule's list has room for.
    static let roomForOtherRules = 64

    /// True when two amounts differ by more than the policy's rounding tolerance.
    public func differs(_ a: Money, _ b: Money) -> Bool {
        guard let difference = a.subtracting(b), let size = difference.magnitude else { return true }
        return size > plan.policy.roundingTolerance
    }

    /// True when a printed figure differs from the computed one by more than half its last
    /// printed digit plus the rounding tolerance: `945` tkr matches 944 998 kr.
    public func differs(printed: Amount, from computed: Money) -> Bool {
        guard let difference = printed.money.subtracting(computed), let size = difference.magnitude,
            let allowed = plan.policy.roundingTolerance.adding(Money(ore: printed.precision.ore / 2))
        else { return true }
        return size > allowed
    }
}
