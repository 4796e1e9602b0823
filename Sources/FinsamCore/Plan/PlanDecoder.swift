/// Turns a located JSON document into a ``Plan``.
///
/// Wrong types, missing fields, bad amounts and duplicate ids stop the file with a
/// ``PlanError``; fields the format does not know are collected as ``UnknownField``s, so a typo
/// is reported instead of silently ignored.
public struct PlanDecoder: Sendable {
    /// The plan format versions this finsam reads.
    public static let supportedVersions = [1]

    var unit: AmountUnit = .kr
    /// False to decode every object by the general path (tests compare the two).
    var useFastPaths = true
    /// How batches of years are run; see ``yearBatches(_:members:policy:)``.
    var parallelism = Parallelism.serial
    /// The fewest bytes of years worth splitting among threads (tests lower it).
    var parallelThreshold = 1 << 20
    var unknownFields: [UnknownField] = []
    /// The plan's member ids in order, which a year's contributions share while they follow
    /// the members (``Contributions/Builder``).
    var memberIDs: [String] = []
    /// ``memberIDs`` as bytes (``MemberIDBytes``).
    var memberIDBytes = MemberIDBytes()

    public init() {}

    /// The plan and the unknown fields found on the way; a large plan's years are read in
    /// batches by `parallelism`.
    public static func decode(
        _ root: JSONValue, parallelism: Parallelism = .serial
    ) throws(PlanError)
        -> (Plan, [UnknownField])
    {
        var decoder = PlanDecoder()
        decoder.parallelism = parallelism
        return try decoder.decode(root)
    }

    static func decode(_ root: JSONValue, fastPaths: Bool) throws(PlanError) -> (Plan, [UnknownField]) {
        var decoder = PlanDecoder()
        decoder.useFastPaths = fastPaths
        return try decoder.decode(root)
    }

    /// Decodes with this decoder's settings, on a copy of it.
    func decode(_ root: JSONValue) throws(PlanError) -> (Plan, [UnknownField]) {
        var decoder = self
        do throws(PlanError) {
            let plan = try decoder.plan(root)
            return (plan, decoder.unknownFields)
        } catch {
            // The amounts in the message in the unit the plan writes them in, as far as read.
            var error = error
            error.unit = decoder.unit
            throw error
        }
    }

    static let topLevelFields: KnownFields = [
        "$schema", "formatVersion", "unit", "federation", "members", "policy", "openingEquity",
        "years", "initiatives", "assumptions", "waivers", "adoption", "documentKind",
    ]

    static let federationFields: KnownFields = ["name", "organisationNumber"]
    static let memberFields: KnownFields = ["id", "name", "kind", "population"]
    static let initiativeFields: KnownFields = ["id", "name", "target", "members", "start", "end", "granted"]

    mutating func plan(_ root: JSONValue) throws(PlanError) -> Plan {
        let fields = try reader(root, known: Self.topLevelFields)
        let version = try integer(try fields.required("formatVersion"))
        guard Self.supportedVersions.contains(version.value) else {
            throw PlanError(
                Message("plan.unsupported_version", [.integer(version.value), .integer(1)]),
                at: version.ref)
        }
        if let unitField = fields.optional("unit") {
            unit = try enumeration(unitField, AmountUnit.self)
        }
        let members = try self.members(try fields.required("members"))
        memberIDs = members.map(\.id)
        memberIDBytes = MemberIDBytes(memberIDs)
        let policy =
            try fields.optional("policy").map { (f) throws(PlanError) in try self.policy(f) }
            ?? .defaults(at: fields.ref)
        let years = try self.years(try fields.required("years"), members: members, policy: policy)
        // In the order errors have always been reported: federation, opening equity, initiatives.
        let federation = try self.federation(try fields.required("federation"))
        // Omitted or null: the document does not state it.
        let openingEquity = try fields.optional("openingEquity").map { (f) throws(PlanError) in try amount(f) }
        let initiatives = try fields.optional("initiatives").map { (f) throws(PlanError) in try self.initiatives(f) }
        var plan = Plan(
            formatVersion: version.value, unit: unit, federation: federation, members: members, policy: policy,
            openingEquity: openingEquity, years: years, initiatives: initiatives?.list ?? [],
            assumptions: try fields.optional("assumptions").map { (f) throws(PlanError) in try assumptions(f) }
                ?? .none,
            initiativeIndex: (initiatives?.index ?? PositionTable(capacity: 0), unique: true))
        plan.waivers = try fields.optional("waivers").map { (f) throws(PlanError) in try waivers(f) } ?? []
        plan.adoption = try fields.optional("adoption").map { (f) throws(PlanError) in try adoption(f) }
        if let kind = fields.optional("documentKind") { plan.documentKind = try enumeration(kind, DocumentKind.self) }
        return plan
    }

    mutating func reader(_ value: JSONValue, known: KnownFields) throws(PlanError) -> FieldReader {
        let fields = try FieldReader(value, known: known)
        unknownFields += fields.unknownFields()
        return fields
    }

    mutating func federation(_ field: JSONValue) throws(PlanError) -> Federation {
        let fields = try reader(field, known: Self.federationFields)
        let number = try fields.optional("organisationNumber").map { (f) throws(PlanError) in try string(f) }
        return Federation(
            name: try string(try fields.required("name")).value,
            organisationNumber: number?.value, ref: fields.ref, organisationNumberRef: number?.ref)
    }

    /// The members; a large federation's, all in the common form, read in batches on several
    /// threads (``membersInBatches(_:tape:)``), any other list one by one here.
    mutating func members(_ field: JSONValue) throws(PlanError) -> [Member] {
        if field.isArray, parallelism.width > 1, field.endOffset - field.offset >= parallelThreshold,
            let batched = CostLineTape.read(
                field.document, unit: unit, fastPath: useFastPaths,
                { tape in
                    membersInBatches(field.index, tape: tape)
                })
        {
            return batched
        }
        var members: [Member] = []
        // The table the plan keeps of its members' ids (``PositionTable``), not a set of strings:
        // one type fewer for the runtime to make at every start-up.
        var seen = PositionTable(capacity: 8)
        let elements = try array(field)
        members.reserveCapacity(elements.count)
        try CostLineTape.read(field.document, unit: unit, fastPath: useFastPaths) { (tape) throws(PlanError) in
            // Each member in the common form read by ``MemberTape``; any other, and a duplicate
            // id, by the general path, which gives the same member or the exact error.
            let fast = MemberTape(tape: tape)
            for element in elements {
                if let member = fast.member(at: element.index),
                    seen.insert(member.id, at: members.count, keyAt: { members[$0].id }) == nil
                {
                    members.append(member)
                } else {
                    let general = try member(element, seen: &seen, position: members.count, keyAt: { members[$0].id })
                    members.append(general)
                }
            }
        }
        return members
    }

    /// One member by the general path: any form the format allows, and every error it can have.
    /// Its id is recorded in `seen` at `position`.
    private mutating func member(
        _ element: JSONValue, seen: inout PositionTable, position: Int, keyAt: (Int) -> String
    ) throws(PlanError) -> Member {
        let fields = try reader(element, known: Self.memberFields)
        let id = try identifier(try fields.required("id"))
        guard seen.insert(id.value, at: position, keyAt: keyAt) == nil else {
            throw PlanError(Message("plan.duplicate_member", [.code(id.value)]), at: id.ref)
        }
        let population = try fields.optional("population").map { (f) throws(PlanError) in try integer(f) }
        if let population, population.value < 0 {
            throw PlanError(Message("plan.negative_population"), at: population.ref)
        }
        return Member(
            id: id.value, name: try string(try fields.required("name")).value,
            kind: try enumeration(try fields.required("kind"), Member.Kind.self),
            population: population.map { Int64($0.value) }, ref: fields.ref)
    }
}
