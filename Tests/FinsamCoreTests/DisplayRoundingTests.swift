import Testing

@testable import FinsamCore

/// Reports in tkr show amounts to one decimal, half to even; the figures themselves stay exact.
@Suite("Amounts shown in tkr")
struct DisplayRoundingTests {
    @Test("Rounded half to even to 100 kr, by hand")
    func tenths() {
        // 836 799,60 kr = 8 367,996 hundreds of kronor → 8 368: 836,8 tkr (Sunnerbo's cap, 2022).
        #expect(Money(ore: 83_679_960).forDisplay(in: .tkr) == kr(836_800))
        // -108 198,40 kr → -1 081,984 hundreds → -1 082: -108,2 tkr.
        #expect(Money(ore: -10_819_840).forDisplay(in: .tkr) == kr(-108_200))
        // Exactly half: 150 kr → 200 (2 is even), 250 kr → 200, -150 kr → -200.
        #expect(kr(150).forDisplay(in: .tkr) == kr(200))
        #expect(kr(250).forDisplay(in: .tkr) == kr(200))
        #expect(kr(-150).forDisplay(in: .tkr) == kr(-200))
        // In kr nothing is rounded, öre included.
        #expect(Money(ore: 83_679_960).forDisplay(in: .kr) == Money(ore: 83_679_960))
        #expect(Money(ore: 83_679_960).forDisplay(in: .tkr).formatted(.sv, unit: .tkr) == "836,8")
    }

    @Test("A report in tkr rounds, validate's messages stay exact")
    func reportsRoundMessagesDoNot() {
        let message = Message(
            "cap.exceeded",
            [
                .integer(2022), .money(kr(944_998)), .money(Money(ore: 83_679_960)),
                .percent(Percent(basisPoints: 2_000)),
                .money(kr(4_183_998)), .money(Money(ore: 10_819_840)),
            ])
        var report = Catalog(language: .sv, unit: .tkr)
        let exact = report.render(message)
        report.roundsForReports = true
        let rounded = report.render(message)
        #expect(exact.contains("836,7996 tkr") && rounded.contains("836,8 tkr"))
        #expect(rounded.contains("945 tkr") && rounded.contains("108,2 tkr"))
    }
}
