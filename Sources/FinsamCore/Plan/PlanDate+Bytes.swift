extension PlanDate {
    /// ``parse(_:)`` on the bytes of an escape-free string, allocating nothing: the plain
    /// reading makes an array of the text's bytes and a table of month lengths for each date,
    /// and a plan of 240 000 initiatives has 480 000 dates. A test compares the two.
    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> PlanDate? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) &- 48
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            month >= 1 && month <= 12, day >= 1, day <= daysIn(month: month, of: year)
        else { return nil }
        return PlanDate(year: year, month: month, day: day)
    }

    /// The number of days in `month` (1–12) of `year`.
    static func daysIn(month: Int, of year: Int) -> Int {
        switch month {
        case 2: return daysIn(year: year) == 366 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
