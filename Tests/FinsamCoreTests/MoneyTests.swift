import Testing

@testable import FinsamCore

@Suite("Money: exact parsing, arithmetic and formatting")
struct MoneyTests {
    @Test(
        "1 844,5 tkr is exactly 1 844 500 kr",
        arguments: ["1 844,5", "1844,5", "1844.5", "1\u{00A0}844,5", "1\u{202F}844,5"])
    func thousands(_ text: String) {
        #expect(Money.parse(text, unit: .tkr) == .success(kr(1_844_500)))
    }

    @Test("Kronor with öre, negatives and the minus sign")
    func kronor() {
        #expect(Money.parse("348666", unit: .kr) == .success(kr(348_666)))
        #expect(Money.parse("12,5", unit: .kr) == .success(Money(ore: 1_250)))
        #expect(Money.parse("0.05", unit: .kr) == .success(Money(ore: 5)))
        #expect(Money.parse("-656", unit: .tkr) == .success(kr(-656_000)))
        #expect(Money.parse("\u{2212}1 651", unit: .tkr) == .success(kr(-1_651_000)))
    }

    @Test("Rejected: three decimals in kr, six in tkr, exponents, stray separators, words")
    func rejected() {
        #expect(Money.parse("1,005", unit: .kr) == .failure(.tooManyDecimals(max: 2)))
        #expect(Money.parse("1,000005", unit: .tkr) == .failure(.tooManyDecimals(max: 5)))
        #expect(Money.parse("1e3", unit: .kr) == .failure(.exponent))
        #expect(Money.parse("1 ", unit: .kr) == .failure(.notANumber))
        #expect(Money.parse(" 1", unit: .kr) == .failure(.notANumber))
        #expect(Money.parse("1,,5", unit: .kr) == .failure(.notANumber))
        #expect(Money.parse("+5", unit: .kr) == .failure(.notANumber))
        #expect(Money.parse("5-", unit: .kr) == .failure(.notANumber))
        #expect(Money.parse("kr", unit: .kr) == .failure(.notANumber))
        #expect(Money.parse("", unit: .kr) == .failure(.empty))
    }

    @Test("Amounts beyond Int64 öre overflow instead of trapping")
    func overflow() {
        // Int64.max öre is 92 233 720 368 547 758,07 kr.
        #expect(Money.parse("92233720368547758,07", unit: .kr) == .success(Money(ore: Int64.max)))
        #expect(Money.parse("92233720368547758,08", unit: .kr) == .failure(.overflow))
        #expect(Money.parse("92233720368547759", unit: .tkr) == .failure(.overflow))
        #expect(Money.parse("99999999999999999999999", unit: .kr) == .failure(.overflow))
    }

    @Test("Checked arithmetic reports overflow")
    func arithmetic() {
        let max = Money(ore: Int64.max)
        #expect(max.adding(Money(ore: 1)) == nil)
        #expect(Money(ore: Int64.min).subtracting(Money(ore: 1)) == nil)
        #expect(Money(ore: Int64.min).negated() == nil)
        #expect(Money.sum([max, Money(ore: 1)]) == nil)
        #expect(Money.sum([kr(2_092_000), kr(1_046_000), kr(348_666), kr(348_666), kr(348_666)]) == kr(4_183_998))
        #expect(throws: MoneyOverflow.self) { try max.plus(Money(ore: 1)) }
    }

    @Test("Swedish and English formatting")
    func formatting() {
        #expect(kr(4_184_000).formattedWithUnit(.sv) == "4 184 000 kr")
        #expect(kr(4_184_000).formattedWithUnit(.en) == "4,184,000 kr")
        #expect(kr(1_844_500).formattedWithUnit(.sv, unit: .tkr) == "1 844,5 tkr")
        #expect(Money(ore: 83_679_960).formattedWithUnit(.sv) == "836 799,60 kr")
        #expect(kr(-656_000).formatted(.sv, unit: .tkr) == "-656")
        #expect(Money(ore: 5).decimalKronor == "0.05")
        #expect(Money(ore: 184_450_000).decimalKronor == "1844500")
        #expect(Money(ore: -1_250).decimalKronor == "-12.5")
    }

    @Test("Percentages: exact ratios and rounding half to even")
    func percentages() throws {
        // 1 090 000 / 11 356 500 = 9,5980…% → 9,6 % (Södra Vätterbygden states 9,6 %).
        let admin = Ratio(kr(1_090_000), of: kr(11_356_500))
        #expect(admin.percent?.formatted(.sv) == "9,6 %")
        #expect(admin.percent == Percent(basisPoints: 960))
        // 6 017 / 7 378 = 81,553…% (Sundsvall, individual-targeted).
        #expect(Ratio(kr(6_017_000), of: kr(7_378_000)).percent?.formatted(.en) == "81.6%")
        #expect(Percent(basisPoints: 2_000).formatted(.sv) == "20 %")
        // 20 % of 4 184 000 = 836 800; of 4 183 998 = 836 799,60.
        #expect(Percent(basisPoints: 2_000).of(kr(4_184_000)) == kr(836_800))
        #expect(Percent(basisPoints: 2_000).of(kr(4_183_998)) == Money(ore: 83_679_960))
        // Exactly 20 % does not exceed 20 %; one öre more does.
        #expect(!Ratio(kr(400_000), of: kr(2_000_000)).exceeds(Percent(basisPoints: 2_000)))
        #expect(Ratio(Money(ore: 40_000_001), of: kr(2_000_000)).exceeds(Percent(basisPoints: 2_000)))
        // Half to even: 2,5 → 2 and 3,5 → 4 (in öre: 0,125 % of 10 kr = 1,25 öre → 1).
        #expect(ExactDivision.divide(25, by: 10, rule: .halfEven) == 2)
        #expect(ExactDivision.divide(35, by: 10, rule: .halfEven) == 4)
        #expect(ExactDivision.divide(-25, by: 10, rule: .halfEven) == -2)
        #expect(ExactDivision.divide(-25, by: 10, rule: .down) == -3)
        #expect(Percent.parse("9,6") == Percent(basisPoints: 960))
        #expect(Percent.parse("12.75") == Percent(basisPoints: 1_275))
        #expect(Percent.parse("1,234") == nil)
        // One rounding for display and for comparing a printed share: 9,598 % → 9,6 % → 10 %.
        #expect(Percent(basisPoints: 960).rounded(decimals: 1) == Percent(basisPoints: 960))
        #expect(Percent(basisPoints: 959).rounded(decimals: 1) == Percent(basisPoints: 960))
        #expect(Percent(basisPoints: 1_250).rounded(decimals: 0) == Percent(basisPoints: 1_200))
        #expect(Percent(basisPoints: 1_350).rounded(decimals: 0) == Percent(basisPoints: 1_400))
        // More than two decimals is two (a percent holds hundredths), not a misplaced point.
        #expect(Percent(basisPoints: 8_155).formatted(.sv, decimals: 3) == "81,55 %")
        #expect(Percent(basisPoints: 8_155).formatted(.en, decimals: 1) == "81.6%")
    }
}
