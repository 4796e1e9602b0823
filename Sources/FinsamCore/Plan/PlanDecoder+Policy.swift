/// Decoding the `policy` block.
extension PlanDecoder {
    static let policyFields: KnownFields = [
        "equityCap", "equityFloor", "maxAdminShare", "minIndividualShare", "municipalSplit",
        "roundingTolerance", "followUp",
    ]

    static let equityCapFields: KnownFields = ["rule", "percent"]
    static let splitFields: KnownFields = ["key", "shares"]

    mutating func policy(_ field: Field) throws(PlanError) -> Policy {
        let fields = try reader(field, known: Self.policyFields)
        let tolerance = try fields.optional("roundingTolerance").map { (f) throws(PlanError) in
            // Always kronor, whatever the plan's unit: "rounding tolerance in kronor".
            try amount(f, unit: .kr)
        }
        if let tolerance, tolerance.money.isNegative {
            throw PlanError(Message("plan.negative_amount", [.code("roundingTolerance")]), at: tolerance.ref)
        }
        var policy = Policy(
            equityCap: try fields.optional("equityCap").map { (f) throws(PlanError) in try equityCap(f) } ?? .national,
            equityFloor: try fields.optional("equityFloor").map { (f) throws(PlanError) in try amount(f) },
            maxAdminShare: try fields.optional("maxAdminShare").map { (f) throws(PlanError) in try percent(f) },
            minIndividualShare: try fields.optional("minIndividualShare").map { (f) throws(PlanError) in try percent(f)
            },
            municipalSplit: try fields.optional("municipalSplit").map { (f) throws(PlanError) in try municipalSplit(f) }
                ?? MunicipalSplit(key: .population, ref: fields.ref),
            roundingTolerance: tolerance?.money ?? .zero,
            ref: fields.ref)
        if let followUp = fields.optional("followUp") { policy.followUp = try followUpPolicy(followUp) }
        return policy
    }

    enum CapRule: String, CaseIterable {
        case national
        case percent
    }

    mutating func equityCap(_ field: Field) throws(PlanError) -> EquityCapPolicy {
        let fields = try reader(field, known: Self.equityCapFields)
        switch try enumeration(try fields.required("rule"), CapRule.self) {
        case .national: return .national
        case .percent: return .percent(try percent(try fields.required("percent")))
        }
    }

    enum SplitKeyName: String, CaseIterable {
        case population
        case equal
        case shares
    }

    mutating func municipalSplit(_ field: Field) throws(PlanError) -> MunicipalSplit {
        let fields = try reader(field, known: Self.splitFields)
        switch try enumeration(try fields.required("key"), SplitKeyName.self) {
        case .population: return MunicipalSplit(key: .population, ref: fields.ref)
        case .equal: return MunicipalSplit(key: .equal, ref: fields.ref)
        case .shares:
            let sharesField = try fields.required("shares")
            guard sharesField.isObject else { throw wrongType("object", sharesField) }
            let members = sharesField.members
            var shares: [MunicipalSplit.MemberShare] = []
            for member in members {
                let weight = try percent(member.value, bounded: false)
                shares.append(MunicipalSplit.MemberShare(memberID: member.key, weight: weight.value.basisPoints))
            }
            return MunicipalSplit(key: .shares(shares), ref: fields.ref)
        }
    }

    /// A non-negative number with at most two decimals; `bounded` caps it at 100.
    func percent(_ field: Field, bounded: Bool) throws(PlanError) -> Located<Percent> {
        if bounded { return try percent(field) }
        let value = try amount(field, unit: .kr)
        guard !value.money.isNegative else {
            throw PlanError(Message("plan.negative_amount", [.code(Self.quoted(field))]), at: value.ref)
        }
        return Located(value: Percent(basisPoints: value.money.ore), ref: value.ref)
    }
}
