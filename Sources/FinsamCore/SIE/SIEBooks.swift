/// What finsam reads from an SIE 4 file (types 1–4, 4E and 4I): the company, its fiscal years,
/// accounts and objects, balances, period figures and vouchers, each with its line.
public struct SIEBooks: Sendable {
    public var flag: Int?
    /// `#PROGRAM`: the program and version that wrote the file.
    public var program: [String] = []
    /// `#FORMAT`; `PC8` (code page 437) is the only one the standard allows.
    public var format: String?
    public var generated: PlanDate?
    /// `#SIETYP`: 1, 2, 3 or 4.
    public var type: Int?
    public var companyName: String?
    public var organisationNumber: SIELocated<String>?
    public var fiscalYears: [SIEFiscalYear] = []
    /// `#KONTO` and `#KTYP`, by account number.
    public var accounts: [String: SIEAccount] = [:]
    /// `#DIM`: each dimension's name, by number.
    public var dimensions: [String: String] = [:]
    /// `#OBJEKT`: each object's name.
    public var objects: [SIEObjectRef: String] = [:]
    /// `#IB`, `#UB`, `#RES` in file order.
    public var balances: [SIEBalance] = []
    /// `#PSALDO`, `#PBUDGET` in file order.
    public var periodAmounts: [SIEPeriodAmount] = []
    public var vouchers: [SIEVoucher] = []
    /// The line of each item that stands once in a file (`#FORMAT`, `#SIETYP`, …), for messages.
    public var itemLines: [String: Int] = [:]

    public init() {}

    /// The fiscal year `#RAR index`, if the file gives it.
    public func fiscalYear(_ index: Int) -> SIEFiscalYear? { fiscalYears.first { $0.index == index } }
}

/// A value and the place in the file it was read from.
public struct SIELocated<Value: Sendable>: Sendable {
    public let value: Value
    public let line: Int
    public let column: Int
}

/// `#RAR 0 20240101 20241231`: year 0 is the current year, −1 the one before.
public struct SIEFiscalYear: Sendable {
    public let index: Int
    public let start: PlanDate
    public let end: PlanDate
    public let line: Int

    public func contains(_ date: PlanDate) -> Bool { start <= date && date <= end }
}

public struct SIEAccount: Sendable {
    public let number: String
    public var name: String?
    /// `#KTYP`: T (asset), S (liability or equity), K (cost), I (income).
    public var type: String?
}

public struct SIEBalance: Sendable {
    public enum Kind: String, Sendable {
        case opening = "#IB"
        case closing = "#UB"
        case result = "#RES"
    }

    public let kind: Kind
    public let year: Int
    public let account: String
    public let amount: Money
    public let line: Int
}

/// `#PSALDO` or `#PBUDGET`: an account's (or its objects') figure for one month.
public struct SIEPeriodAmount: Sendable {
    public enum Kind: String, Sendable {
        case balance = "#PSALDO"
        case budget = "#PBUDGET"
    }

    public let kind: Kind
    public let year: Int
    /// The month: year and month of `YYYYMM`.
    public let period: SIEPeriod
    public let account: String
    public let objects: [SIEObjectRef]
    public let amount: Money
    public let line: Int
}

public struct SIEPeriod: Hashable, Comparable, Sendable {
    public let year: Int
    public let month: Int

    public static func < (lhs: SIEPeriod, rhs: SIEPeriod) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }

    /// `YYYYMM`.
    public var text: String {
        String(year) + (month < 10 ? "0" : "") + String(month)
    }
}

public struct SIEVoucher: Sendable {
    public let series: String
    public let number: String
    public let date: PlanDate
    public let text: String
    public var rows: [SIEVoucherRow]
    public let line: Int
    public let column: Int

    /// `A 12`, as an accountant names a voucher.
    public var name: String { series.isEmpty ? number : series + " " + number }
}

/// A row of a voucher: `#TRANS`, or a row added (`#RTRANS`) or removed (`#BTRANS`) after the
/// voucher was first registered.
public struct SIEVoucherRow: Sendable {
    public enum Kind: String, Sendable {
        /// `#TRANS`: counts.
        case normal = "#TRANS"
        /// `#RTRANS` with the `#TRANS` that repeats it: counts once.
        case added = "#RTRANS"
        /// `#BTRANS`: kept for the audit trail, does not count.
        case removed = "#BTRANS"
    }

    public let kind: Kind
    public let account: String
    public let objects: [SIEObjectRef]
    public let amount: Money
    /// The transaction's own date, if it has one (else the voucher's counts).
    public let date: PlanDate?
    public let text: String
    public let line: Int
    public let column: Int

    public var counts: Bool { kind != .removed }
}
