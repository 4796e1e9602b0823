/// Decoding the `waivers` list: findings the board has accepted on purpose.
///
/// Only the shape is checked here (types, dates, pointers): a waiver that lacks its reason or
/// decision is still a valid plan, and is reported as a `waiver_incomplete` error finding
/// after the rules run, next to everything else the plan gets wrong.
extension PlanDecoder {
    static let waiverFields: KnownFields = ["rule", "year", "pointer", "reason", "decision", "expires"]

    /// The waivers: each through ``WaiverTape`` when it has the common form, else through
    /// ``waiver(_:index:)``, which gives the same waiver or the exact error. A large list all in
    /// the common form is read in batches on several threads (``waiversInBatches(_:tape:)``).
    mutating func waivers(_ field: Field) throws(PlanError) -> [Waiver] {
        guard field.isArray else { throw wrongType("array", field) }
        let document = field.document
        return try CostLineTape.read(document, unit: unit, fastPath: useFastPaths) {
            (costs) throws(PlanError) -> [Waiver] in
            if let batched = waiversInBatches(field.index, tape: costs) { return batched }
            let tape = WaiverTape(tape: costs)
            var result: [Waiver] = []
            result.reserveCapacity(costs.childCount(of: field.index))
            var previous: Waiver?
            var element = field.index + 1
            let end = min(costs.nodes[field.index].next, costs.nodes.count)
            while element < end {
                let index = result.count
                var waiver: Waiver
                if let fast = tape.waiver(at: element, index: index, previous: previous) {
                    waiver = fast
                } else {
                    waiver = try self.waiver(JSONValue(document: document, index: element), index: index)
                }
                if useFastPaths { waiver = waiver.sharingText(with: previous) }
                result.append(waiver)
                previous = waiver
                element = max(costs.nodes[element].next, element + 1)
            }
            return result
        }
    }

    /// One waiver by the general path: any form the format allows, and every error it can have.
    mutating func waiver(_ element: Field, index: Int) throws(PlanError) -> Waiver {
        let fields = try reader(element, known: Self.waiverFields)
        let year = try fields.optional("year").map { (f) throws(PlanError) in try integer(f) }
        if let year, !(1900...2999).contains(year.value) {
            throw PlanError(Message("plan.year_out_of_range", [.integer(year.value)]), at: year.ref)
        }
        let pointer = try fields.optional("pointer").map { (f) throws(PlanError) in try string(f) }
        if let pointer, !(pointer.value.isEmpty || pointer.value.hasPrefix("/")) {
            throw PlanError(Message("waiver.bad_pointer", [.code(pointer.value)]), at: pointer.ref)
        }
        return Waiver(
            ruleID: try identifier(try fields.required("rule")).value,
            year: year?.value,
            pointer: pointer?.value,
            reason: try fields.optional("reason").map { (f) throws(PlanError) in try string(f).value },
            decision: try fields.optional("decision").map { (f) throws(PlanError) in try string(f).value },
            expires: try fields.optional("expires").map { (f) throws(PlanError) in try date(f) },
            index: index, ref: fields.ref)
    }
}

extension Waiver {
    /// This waiver with its rule, reason and decision taken from `earlier` where they are
    /// equal, so equal strings share one storage: the waivers of a board's decision mostly
    /// repeat all three, and 150 000 waivers held three copies each (about 30 MB).
    func sharingText(with earlier: Waiver?) -> Waiver {
        guard let earlier else { return self }
        return Waiver(
            ruleID: Self.same(ruleID, earlier.ruleID) ?? ruleID, year: year, pointer: pointer,
            reason: Self.same(reason, earlier.reason), decision: Self.same(decision, earlier.decision),
            expires: expires, index: index, ref: ref)
    }

    /// `earlier` when it equals `text`, else `text`.
    private static func same(_ text: String?, _ earlier: String?) -> String? {
        text == earlier ? earlier : text
    }
}
