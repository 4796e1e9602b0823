/// The thresholds a federation has adopted.
public struct Policy: Sendable {
    public let equityCap: EquityCapPolicy
    /// The least equity the federation wants to keep, if it has set one.
    public let equityFloor: Amount?
    /// The most administration may be of total costs.
    public let maxAdminShare: Located<Percent>?
    /// The least individual-targeted initiatives may be of member contributions.
    public let minIndividualShare: Located<Percent>?
    public let municipalSplit: MunicipalSplit
    /// Differences up to this many öre are rounding, not findings. Written in kronor.
    public let roundingTolerance: Money
    public let ref: SourceRef
    /// How far a line's use may stray from the share of the year passed (`followUp`).
    public internal(set) var followUp: FollowUpPolicy = .defaults

    public static func defaults(at ref: SourceRef) -> Policy {
        Policy(
            equityCap: .national, equityFloor: nil, maxAdminShare: nil, minIndividualShare: nil,
            municipalSplit: MunicipalSplit(key: .population, ref: ref), roundingTolerance: .zero,
            ref: ref)
    }
}

/// A value and where it was written.
public struct Located<Value: Sendable>: Sendable {
    public let value: Value
    public let ref: SourceRef
}

public enum EquityCapPolicy: Sendable {
    /// The national recommendation's step table (``EquityCapSteps``).
    case national
    /// The federation's own percentage of the year's member contributions.
    case percent(Located<Percent>)
}

/// How the municipalities share the municipal quarter.
public struct MunicipalSplit: Sendable {
    public enum Key: Sendable {
        /// By each municipality's `population`.
        case population
        /// Equal parts.
        case equal
        /// Agreed shares by member id; any positive numbers, only their proportions matter.
        case shares([MemberShare])
    }

    /// One member's agreed share: a weight in hundredths (basis points of the written number).
    public struct MemberShare: Sendable, Equatable {
        public let memberID: String
        public let weight: Int64

        public init(memberID: String, weight: Int64) {
            self.memberID = memberID
            self.weight = weight
        }
    }

    public let key: Key
    public let ref: SourceRef

    public var keyName: String {
        switch key {
        case .population: return "population"
        case .equal: return "equal"
        case .shares: return "shares"
        }
    }
}

/// A calendar date in a plan (`YYYY-MM-DD`).
public struct PlanDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// Month and day in a byte each: an optional date is then 16 bytes, not 32, and a plan of
    /// 240 000 initiatives holds two each.
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    /// `month` and `day` are those of a real date (1–12, 1–31), as every caller gives them.
    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.storedMonth = UInt8(clamping: month)
        self.storedDay = UInt8(clamping: day)
    }

    public static func < (lhs: PlanDate, rhs: PlanDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// Parses `YYYY-MM-DD`, checking the day exists (leap years included).
    ///
    /// A date is exactly ten ASCII bytes, so it is read byte by byte: splitting and asking each
    /// character whether it is a digit was a fifth of reading a thousand small plans.
    public static func parse(_ text: String) -> PlanDate? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            (1...12).contains(month), day >= 1
        else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= days[month - 1] else { return nil }
        return PlanDate(year: year, month: month, day: day)
    }
}

/// The figures a document prints, to be checked against the ones finsam computes.
public struct DeclaredFigures: Sendable {
    public let openingEquity: Amount?
    public let totalContributions: Amount?
    public let totalOtherIncome: Amount?
    public let totalIncome: Amount?
    /// Income plus opening equity, as some plans print "Summa intäkter".
    public let fundsAvailable: Amount?
    public let totalCosts: Amount?
    public let result: Amount?
    public let closingEquity: Amount?
    /// Administration's share of total costs as the document states it, e.g. "9,6".
    public let adminShare: DeclaredPercent?
    public let subtotals: [Subtotal]
    public let balanceSheet: BalanceSheet?
    /// Rörelsens kostnader: the operating costs (the same figure as ``totalCosts``).
    public internal(set) var operatingCosts: Amount? = nil
    /// Rörelseresultat: income − costs, before financial items.
    public internal(set) var operatingResult: Amount? = nil
    /// Finansiella intäkter, finansiella kostnader, and their net (finansiella poster).
    public internal(set) var financialIncome: Amount? = nil
    public internal(set) var financialCosts: Amount? = nil
    public internal(set) var financialNet: Amount? = nil
}

/// A percentage as a document prints it: the value and how many decimals it shows, so that a
/// computed share is compared at the precision the document used.
public struct DeclaredPercent: Sendable {
    public let value: Percent
    public let decimals: Int
    public let ref: SourceRef
}

/// A printed subtotal of cost lines: by category, by the lines' group, or the sum of other
/// subtotals of the same year (`of`, by label: "Rörelsens kostnader" of "Insatser" and "Kansli").
public struct Subtotal: Sendable {
    public enum Scope: Sendable {
        case category(CostCategory)
        case group(String)
        /// The positions, in the year's subtotals, of the subtotals this one adds up. The
        /// decoder resolves the labels and refuses unknown ones and cycles.
        case subtotals([Int])
    }

    public let label: String
    /// Set by the decoder once every label of the year is read, for a subtotal of subtotals.
    public internal(set) var scope: Scope
    public let amount: Amount
    public let ref: SourceRef
}

/// A printed balance sheet at the end of the year.
public struct BalanceSheet: Sendable {
    public let assets: Amount
    public let equity: Amount?
    public let liabilities: Amount
    public let ref: SourceRef
}
