/// How the board adopted the plan (`adoption`): the date of the decision, the minute it is
/// recorded in, and the day the members were consulted before it.
///
/// The board adopts the budget by 30 November of the year before, after consulting the members
/// (finsam.se, "Medlemssamråd"); the `budget_adoption` rule checks the dates.
public struct Adoption: Sendable {
    /// The day the board adopted the budget; nil when the plan does not say.
    public let date: PlanDate?
    /// The paragraph of the minutes, e.g. `§ 42`.
    public let minute: String?
    /// The day the members were consulted (medlemssamråd); nil when the plan does not say.
    public let membersConsulted: PlanDate?
    public let ref: SourceRef
    public let dateRef: SourceRef?
    public let membersConsultedRef: SourceRef?
}

extension PlanDecoder {
    static let adoptionFields: KnownFields = ["date", "minute", "membersConsulted"]

    mutating func adoption(_ field: Field) throws(PlanError) -> Adoption {
        let fields = try reader(field, known: Self.adoptionFields)
        let date = fields.optional("date")
        let consulted = fields.optional("membersConsulted")
        return Adoption(
            date: try date.map { (f) throws(PlanError) in try self.date(f) },
            minute: try fields.optional("minute").map { (f) throws(PlanError) in try string(f).value },
            membersConsulted: try consulted.map { (f) throws(PlanError) in try self.date(f) },
            ref: fields.ref, dateRef: date.map(ref), membersConsultedRef: consulted.map(ref))
    }
}
