/// The initiatives, decoded into as little memory as they need: a plan of 240 000 initiatives
/// held about 500 bytes for each, a third of it small arrays.
///
/// - Every initiative's grants go into one array of the plan's grants, and each initiative
///   holds its part of it (``Initiative/granted`` is a slice), instead of an array each.
/// - Lists of members that repeat share one array (``MemberLists``): most initiatives of a plan
///   name the same few members.
/// - The ids' index, built here to find duplicates, is the plan's index
///   (``Plan/initiativePosition(_:)``) rather than hashing every id again.
struct DecodedInitiatives {
    var list: [Initiative] = []
    /// Each id's position in ``list``.
    var index: PositionTable
    /// Every initiative's grants, in order; ``list`` gets its slices at the end.
    var grants: [GrantedAmount] = []
    /// Where each initiative's grants start in ``grants``.
    var grantStarts: [Int] = []

    init(capacity: Int) {
        list.reserveCapacity(capacity)
        index = PositionTable(capacity: capacity)
        grantStarts.reserveCapacity(capacity)
    }

    /// Initiatives read elsewhere, their grants already given (``PlanDecoder/initiativesInBatches(_:tape:)``),
    /// indexed by id; nil when an id is taken twice.
    init?(indexing read: [Initiative]) {
        index = PositionTable(capacity: read.count)
        for position in read.indices {
            guard index.insert(read[position].id, at: position, keyAt: { read[$0].id }) == nil else { return nil }
        }
        list = read
    }

    /// Adds an initiative whose grants are those appended from `start` on; false (and nothing
    /// added) when its id is taken. The id is hashed once, for the check and the index.
    mutating func add(_ initiative: consuming Initiative, grantsFrom start: Int) -> Bool {
        guard index.insert(initiative.id, at: list.count, keyAt: { [list] in list[$0].id }) == nil else { return false }
        list.append(initiative)
        grantStarts.append(start)
        return true
    }

    /// True when an initiative with id `id` is in ``list``.
    func has(_ id: String) -> Bool {
        index.position(of: id) { list[$0].id } != nil
    }

    /// Gives each initiative its slice of ``grants`` (taken only now: a slice shares the array's
    /// storage, and appending to a shared array would copy it).
    mutating func finish() {
        for position in list.indices {
            let start = grantStarts[position]
            let end = position + 1 < grantStarts.count ? grantStarts[position + 1] : grants.count
            list[position].granted = grants[min(start, end)..<end]
        }
        grantStarts = []
    }
}

extension PlanDecoder {
    /// The initiatives: each through ``InitiativeTape`` when it has the common form, else
    /// through ``initiative(_:seen:)``, which gives the same initiative or the exact error. A
    /// large list all in the common form is read in batches on several threads
    /// (``initiativesInBatches(_:tape:file:)``).
    mutating func initiatives(_ field: JSONValue) throws(PlanError) -> DecodedInitiatives {
        guard field.isArray else { throw wrongType("array", field) }
        let document = field.document
        return try CostLineTape.read(document, unit: unit, fastPath: useFastPaths) {
            (costs) throws(PlanError) -> DecodedInitiatives in
            if let batched = initiativesInBatches(field.index, tape: costs, file: document.bytes) { return batched }
            let tape = InitiativeTape(tape: costs, file: document.bytes)
            var decoded = DecodedInitiatives(capacity: costs.childCount(of: field.index))
            var lists = MemberLists()
            var element = field.index + 1
            let end = min(costs.nodes[field.index].next, costs.nodes.count)
            while element < end {
                let start = decoded.grants.count
                if let initiative = tape.initiative(at: element, grants: &decoded.grants, lists: &lists),
                    decoded.add(initiative, grantsFrom: start)
                {
                } else {
                    // Not in the common form, or a duplicate id, which the general path reports.
                    decoded.grants.removeSubrange(min(start, decoded.grants.count)...)
                    let initiative = try initiative(JSONValue(document: document, index: element), into: &decoded)
                    _ = decoded.add(initiative, grantsFrom: start)
                }
                element = max(costs.nodes[element].next, element + 1)
            }
            decoded.finish()
            return decoded
        }
    }

    /// One initiative by the general path: any form the format allows, and every error it can
    /// have. Its grants are appended to `decoded`'s.
    mutating func initiative(
        _ element: JSONValue, into decoded: inout DecodedInitiatives
    ) throws(PlanError)
        -> Initiative
    {
        let fields = try reader(element, known: Self.initiativeFields)
        let id = try identifier(try fields.required("id"))
        guard !decoded.has(id.value) else {
            throw PlanError(Message("plan.duplicate_initiative", [.code(id.value)]), at: id.ref)
        }
        let membersField = fields.optional("members")
        let memberIDs = try membersField.map { (f) throws(PlanError) in
            try array(f).map { (e) throws(PlanError) in try identifier(e).value }
        }
        let name = try string(try fields.required("name")).value
        let target = try enumeration(try fields.required("target"), Initiative.Target.self)
        let start = try fields.optional("start").map { (f) throws(PlanError) in try date(f) }
        let end = try fields.optional("end").map { (f) throws(PlanError) in try date(f) }
        if let grantedField = fields.optional("granted") {
            decoded.grants += try granted(grantedField)
        }
        return Initiative(
            id: id.value, name: name, target: target, memberIDs: memberIDs, start: start, end: end, granted: [],
            ref: fields.ref, membersRef: membersField.map { SourceRef(offset: $0.offset) })
    }

    mutating func granted(_ field: JSONValue) throws(PlanError) -> [GrantedAmount] {
        guard field.isObject else { throw wrongType("object", field) }
        let members = field.members
        var result: [GrantedAmount] = []
        for member in members {
            guard let year = Int(member.key), (1900...2999).contains(year) else {
                throw PlanError(
                    Message("plan.invalid_year_key", [.code(member.key)]),
                    offset: member.keyOffset)
            }
            result.append(GrantedAmount(year: year, amount: try nonNegativeAmount(member.value)))
        }
        return result
    }
}
