/// How reports show an amount in tkr: rounded half to even to one decimal (100 kr), as Swedish
/// plans print them, so a cap of 836 799,60 kr reads 836,8 tkr and not 836,7996 tkr. Only the
/// shown figure is rounded: every sum, comparison and check is of the exact amounts.
extension Money {
    /// Öre in one tenth of a tkr.
    static let tenthOfTkr: Int64 = 10_000

    /// The amount as a report shows it in `unit`: exact in kr; in tkr to one decimal. Nil never
    /// happens for an amount finsam holds (rounding moves it by less than 100 kr, and the largest
    /// amounts are far from Int64's ends), but is kept rather than trapped on.
    public func forDisplay(in unit: AmountUnit) -> Money {
        guard unit == .tkr,
            let tenths = ExactDivision.divide(Int128(ore), by: Int128(Self.tenthOfTkr), rule: .halfEven)
        else { return self }
        let (rounded, overflow) = tenths.multipliedReportingOverflow(by: Self.tenthOfTkr)
        return overflow ? self : Money(ore: rounded)
    }
}
