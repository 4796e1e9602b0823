/// The language of messages and reports.
public enum Language: String, Sendable, CaseIterable {
    case en
    case sv

    /// The language a user's environment asks for: Swedish when `LC_ALL`, or else `LANG`,
    /// starts with `sv`; English otherwise.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        fromEnvironment(lcAll: environment["LC_ALL"], lang: environment["LANG"])
    }

    /// The same from the two variables' values: no dictionary to build at start-up.
    public static func fromEnvironment(lcAll: String?, lang: String?) -> Language {
        let all = lcAll ?? ""
        let chosen = all.isEmpty ? (lang ?? "") : all
        return chosen.hasPrefix("sv") ? .sv : .en
    }

    var groupSeparator: String { self == .sv ? " " : "," }
    var decimalSeparator: String { self == .sv ? "," : "." }
}

extension Money {
    /// The amount in `unit`, grouped by thousands and without trailing zero decimals:
    /// `4 184 000` (sv), `4,184,000` (en), `1 844,5` (sv, tkr).
    public func formatted(_ language: Language, unit: AmountUnit = .kr) -> String {
        let negative = ore < 0
        let magnitude = ore.magnitude
        let per = UInt64(unit.orePerUnit)
        let whole = magnitude / per
        var fraction = magnitude % per
        var fractionDigits = unit.maxDecimals
        while fractionDigits > 0 && fraction % 10 == 0 {
            fraction /= 10
            fractionDigits -= 1
        }
        var text = Self.grouped(whole, separator: language.groupSeparator)
        if fractionDigits > 0 {
            // Kronor always show both öre digits: 12,50 kr, never 12,5 kr.
            let shown = unit == .kr ? 2 : fractionDigits
            if unit == .kr && fractionDigits == 1 { fraction *= 10 }
            let digits = String(fraction)
            text += language.decimalSeparator
            text += String(repeating: "0", count: max(0, shown - digits.count)) + digits
        }
        return negative ? "-" + text : text
    }

    /// The amount with its unit: `348 666 kr`, `1 844,5 tkr`.
    public func formattedWithUnit(_ language: Language, unit: AmountUnit = .kr) -> String {
        formatted(language, unit: unit) + " " + unit.rawValue
    }

    /// The amount as JSON would carry it: kronor with a decimal point, no grouping: `1844500`,
    /// `12.5`.
    public var decimalKronor: String {
        let negative = ore < 0
        let magnitude = ore.magnitude
        let whole = magnitude / 100
        let cents = magnitude % 100
        var text = String(whole)
        if cents != 0 {
            text += cents % 10 == 0 ? "." + String(cents / 10) : (cents < 10 ? ".0" : ".") + String(cents)
        }
        return negative ? "-" + text : text
    }

    /// `value`'s digits grouped by three from the right: `4 184 000`.
    ///
    /// Written as bytes from the last digit back into a buffer on the stack: appending the
    /// digits as `Character`s was a tenth of a report over many plans.
    static func grouped(_ value: UInt64, separator: String) -> String {
        var digits = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        let separatorBytes = separator.utf8
        let length = digits + (digits - 1) / 3 * separatorBytes.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
            var position = length
            rest = value
            for index in 0..<digits {
                if index > 0 && index % 3 == 0 {
                    position -= separatorBytes.count
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[position...]).initialize(from: separatorBytes)
                }
                position -= 1
                buffer.initializeElement(at: position, to: UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            }
            return String(decoding: UnsafeBufferPointer(buffer), as: UTF8.self)
        }
    }
}

extension Percent {
    /// The percentage rounded half to even to one decimal, a zero decimal dropped: `9,6 %`,
    /// `20 %` (sv), `9.6%` (en).
    public func formatted(_ language: Language) -> String {
        let whole = rounded(decimals: 1).basisPoints % 100 == 0
        return formatted(language, decimals: whole ? 0 : 1)
    }

    /// The percentage rounded half to even to `decimals` decimals: `9,60 %` with 2.
    public func formatted(_ language: Language, decimals requested: Int) -> String {
        let decimals = min(max(requested, 0), 2)
        let rounded = self.rounded(decimals: decimals).basisPoints / Self.step(decimals: decimals)
        let negative = rounded < 0
        let magnitude = rounded.magnitude
        var scale: UInt64 = 1
        for _ in 0..<decimals { scale *= 10 }
        var text = String(magnitude / scale)
        if decimals > 0 {
            let part = String(magnitude % scale)
            text += language.decimalSeparator
            text += String(repeating: "0", count: decimals - part.count) + part
        }
        let sign = negative ? "-" : ""
        return language == .sv ? sign + text + " %" : sign + text + "%"
    }

    /// The percentage rounded half to even to `decimals` (0–2) decimals of a percent:
    /// 9,598 % is 9,6 % at one decimal. Where rounding up would overflow, the value is kept.
    public func rounded(decimals: Int) -> Percent {
        let step = Self.step(decimals: min(max(decimals, 0), 2))
        guard let steps = ExactDivision.divide(Int128(basisPoints), by: Int128(step), rule: .halfEven) else {
            return self
        }
        let (value, overflow) = steps.multipliedReportingOverflow(by: step)
        return overflow ? self : Percent(basisPoints: value)
    }

    /// Basis points in one unit of the last of `decimals` (0–2) decimals: 100, 10 or 1.
    private static func step(decimals: Int) -> Int64 {
        decimals >= 2 ? 1 : (decimals == 1 ? 10 : 100)
    }

    /// The percentage as JSON carries it: `9.6`, `20`, `81.55`.
    public var decimalText: String {
        let negative = basisPoints < 0
        let magnitude = basisPoints.magnitude
        var text = String(magnitude / 100)
        let part = magnitude % 100
        if part != 0 {
            text += part % 10 == 0 ? "." + String(part / 10) : (part < 10 ? ".0" : ".") + String(part)
        }
        return negative ? "-" + text : text
    }

    /// Parses a percentage with at most two decimals: `20`, `"9,6"`, `"12.75"`.
    public static func parse(_ text: Substring) -> Percent? {
        // A percentage is an amount in hundredths: reuse the exact amount scanner with kronor's
        // two decimals, where one "krona" is one percent.
        guard case .success(let money) = Money.parse(text, unit: .kr) else { return nil }
        return Percent(basisPoints: money.ore)
    }
}
