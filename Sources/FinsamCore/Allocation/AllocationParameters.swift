/// One value of the state's allocation model, for the years it applies to, with its source.
/// `confirmed` is false where finsam's sources stop and finsam assumes the value: the output
/// then says so, as the equity-cap rule does for its assumed upper step.
public struct ModelParameter<Value: Sendable>: Sendable {
    public let value: Value
    /// The first and last allocation years (nil: no limit).
    public let from: Int?
    public let until: Int?
    public let source: String
    public let confirmed: Bool

    func applies(in year: Int) -> Bool {
        (from.map { year >= $0 } ?? true) && (until.map { year <= $0 } ?? true)
    }
}

/// How money that one federation does not take is shared among the others.
public enum Resharing: String, Sendable {
    /// By the model itself (base and keys) among the federations whose allocation is not
    /// fixed by a limit, a reduction or a maximum.
    case byModelAmongOthers

    var message: Message {
        switch self {
        case .byModelAmongOthers: return Message("allocation.resharing.byModelAmongOthers")
        }
    }
}

/// The state's allocation model as data, dated, so next year's decision is a change here.
///
/// Sources: Försäkringskassan, "Fördelningsmodell för statens medelstilldelning till
/// samordningsförbunden" (2015-01-22); finsam.se, "Statens fördelningsmodell"; Nationella
/// rådet, recommendation on a reasonable size of equity (2013-10-02). See docs/allocation.md.
public enum AllocationParameters {
    static let model =
        "Försäkringskassan, Fördelningsmodell för statens medelstilldelning till samordningsförbunden, 2015-01-22"

    /// The base allocation (grundtilldelning) every federation gets first.
    public static let base: [ModelParameter<Money>] = [
        ModelParameter(
            value: Money(ore: 400_000 * Money.orePerKrona), from: 2016, until: nil, source: model, confirmed: true)
    ]

    /// The share of the rest shared by försörjningsmått; the remainder goes by population 16–64.
    public static let supportKeyShare: [ModelParameter<Percent>] = [
        ModelParameter(value: Percent(basisPoints: 7_500), from: 2016, until: nil, source: model, confirmed: true)
    ]

    /// How far an allocation may fall from last year's; nil for no limit.
    public static let changeLimit: [ModelParameter<Percent?>] = [
        ModelParameter(value: Percent(basisPoints: 1_000), from: 2016, until: 2017, source: model, confirmed: true),
        ModelParameter(
            value: nil, from: 2018, until: nil,
            source: "assumed: the sources give the limit for 2016 and 2017, the model's first years, only",
            confirmed: false),
    ]

    /// Whether a federation with equity above the reasonable level is protected by the limit.
    public static let overCapProtected: [ModelParameter<Bool>] = [
        ModelParameter(
            value: false, from: 2016, until: nil, source: model + "; finsam.se, Statens fördelningsmodell",
            confirmed: true)
    ]

    /// The share of the equity above the reasonable level by which the allocation is reduced.
    /// 50 %: the region and the municipalities match the state's allocation, so a reduction of
    /// half the excess takes the whole excess off the federation's income in one year.
    public static let equityReduction: [ModelParameter<Percent>] = [
        ModelParameter(
            value: Percent(basisPoints: 5_000), from: 2016, until: nil,
            source: "assumed: the sources say equity above the level limits the allocation, not by how much",
            confirmed: false)
    ]

    /// Who pays for the limit: the federations not raised to it, by the model.
    public static let limitFundedBy: [ModelParameter<Resharing>] = [
        ModelParameter(
            value: .byModelAmongOthers, from: 2016, until: nil,
            source: "assumed: the sources do not say who pays for the limit", confirmed: false)
    ]

    /// How money a federation declines, or loses by its equity, is shared out.
    public static let declinedSharedBy: [ModelParameter<Resharing>] = [
        ModelParameter(
            value: .byModelAmongOthers, from: 2016, until: nil,
            source: "assumed: the sources do not say how declined money is shared", confirmed: false)
    ]

    /// The first year the model applies to.
    public static let firstYear = 2016

    /// The parameters in force for `year`, or nil before the model.
    public static func forYear(_ year: Int) -> ModelParameters? {
        func pick<V>(_ list: [ModelParameter<V>]) -> ModelParameter<V>? { list.first { $0.applies(in: year) } }
        guard let base = pick(base), let support = pick(supportKeyShare), let limit = pick(changeLimit),
            let protected = pick(overCapProtected), let reduction = pick(equityReduction),
            let limitFunding = pick(limitFundedBy), let declined = pick(declinedSharedBy)
        else { return nil }
        return ModelParameters(
            year: year, base: base, supportKeyShare: support, changeLimit: limit, overCapProtected: protected,
            equityReduction: reduction, limitFundedBy: limitFunding, declinedSharedBy: declined)
    }
}

/// The parameters of one allocation year, each with its source.
public struct ModelParameters: Sendable {
    public let year: Int
    public let base: ModelParameter<Money>
    public let supportKeyShare: ModelParameter<Percent>
    public let changeLimit: ModelParameter<Percent?>
    public let overCapProtected: ModelParameter<Bool>
    public let equityReduction: ModelParameter<Percent>
    public let limitFundedBy: ModelParameter<Resharing>
    public let declinedSharedBy: ModelParameter<Resharing>

    /// The share of the rest shared by population 16–64.
    public var populationKeyShare: Percent { Percent(basisPoints: 10_000 - supportKeyShare.value.basisPoints) }

    /// Each parameter as a sentence for the report's notes: what it is, its value, its source
    /// and whether finsam assumes it.
    public var notes: [Message] {
        // An assumed value gives finsam's reason in the reader's language; a confirmed one its source.
        func note(_ key: ParameterKey, _ value: Message.Argument, _ source: String, _ confirmed: Bool) -> Message {
            Message(
                confirmed ? "allocation.parameter" : "allocation.parameter_assumed",
                [.message(key.name), value, confirmed ? .text(source) : .message(key.reason)])
        }
        let limit: Message.Argument = changeLimit.value.map { .percent($0) } ?? .message(Message("allocation.no_limit"))
        return [
            note(.base, .money(base.value), base.source, base.confirmed),
            note(
                .keys,
                .message(Message("allocation.keys", [.percent(supportKeyShare.value), .percent(populationKeyShare)])),
                supportKeyShare.source, supportKeyShare.confirmed),
            note(.limit, limit, changeLimit.source, changeLimit.confirmed),
            note(
                .protected, .message(Message(overCapProtected.value ? "allocation.yes" : "allocation.no")),
                overCapProtected.source, overCapProtected.confirmed),
            note(.reduction, .percent(equityReduction.value), equityReduction.source, equityReduction.confirmed),
            note(
                .limitFunded, .message(limitFundedBy.value.message),
                limitFundedBy.source, limitFundedBy.confirmed),
            note(
                .declined, .message(declinedSharedBy.value.message),
                declinedSharedBy.source, declinedSharedBy.confirmed),
        ]
    }
}

/// The model's parameters as the report's notes name them, and finsam's reason where one is
/// assumed: each message written out, none put together at run time.
enum ParameterKey {
    case base, keys, limit, protected, reduction, limitFunded, declined

    var name: Message {
        switch self {
        case .base: return Message("allocation.parameter.base")
        case .keys: return Message("allocation.parameter.keys")
        case .limit: return Message("allocation.parameter.limit")
        case .protected: return Message("allocation.parameter.protected")
        case .reduction: return Message("allocation.parameter.reduction")
        case .limitFunded: return Message("allocation.parameter.limit_funded")
        case .declined: return Message("allocation.parameter.declined")
        }
    }

    var reason: Message {
        switch self {
        case .base: return Message("allocation.reason.base")
        case .keys: return Message("allocation.reason.keys")
        case .limit: return Message("allocation.reason.limit")
        case .protected: return Message("allocation.reason.protected")
        case .reduction: return Message("allocation.reason.reduction")
        case .limitFunded: return Message("allocation.reason.limit_funded")
        case .declined: return Message("allocation.reason.declined")
        }
    }
}
