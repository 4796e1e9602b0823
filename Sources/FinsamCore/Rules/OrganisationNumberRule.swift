/// The organisation number has the form `NNNNNN-NNNN` and a valid check digit.
public struct OrganisationNumberRule: Rule {
    public let id = "organisation_number"
    public let name = Localized(en: "Organisation number", sv: "Organisationsnummer")
    public let summary = Localized(
        en:
            "The federation's organisation number is written NNNNNN-NNNN (222000-NNNN for samordningsförbund) and its last digit is the Luhn check digit.",
        sv:
            "Förbundets organisationsnummer skrivs NNNNNN-NNNN (222000-NNNN för samordningsförbund) och sista siffran är en kontrollsiffra enligt Luhn."
    )
    public let defaultSeverity = Severity.error
    public let source = "Skatteverket: organisationsnummer, kontrollsiffra enligt Luhn-algoritmen"
    public var examples: [RuleExample] {
        [
            RuleExample(
                "222000-1024, a valid check digit", sv: "222000-1024, korrekt kontrollsiffra", triggers: false,
                plan: ExamplePlan.plan(federation: #"{"name": "Exempel", "organisationNumber": "222000-1024"}"#)),
            RuleExample(
                "222000-1025, a wrong check digit", sv: "222000-1025, fel kontrollsiffra", triggers: true,
                plan: ExamplePlan.plan(federation: #"{"name": "Exempel", "organisationNumber": "222000-1025"}"#)),
        ]
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard context.judgesWholePlan else { return [] }
        let federation = context.plan.federation
        guard let number = federation.organisationNumber, let ref = federation.organisationNumberRef else { return [] }
        let parts = number.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 6, parts[1].count == 4,
            number.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || (48...57).contains($0) })
        else {
            return [context.finding(self, Message("orgnr.format", [.code(number)]), at: ref)]
        }
        let digits = number.utf8.filter { $0 != UInt8(ascii: "-") }.map { Int($0) - 48 }
        guard Self.luhnValid(digits) else {
            return [context.finding(self, Message("orgnr.checksum", [.code(number)]), at: ref)]
        }
        if !number.hasPrefix("222000-") {
            return [context.finding(self, Message("orgnr.prefix", [.code(number)]), at: ref, severity: .warning)]
        }
        return []
    }

    /// The Luhn check: doubling every second digit from the left of a ten-digit number.
    static func luhnValid(_ digits: [Int]) -> Bool {
        var sum = 0
        for (index, digit) in digits.enumerated() {
            let weighted = index % 2 == 0 ? digit * 2 : digit
            sum += weighted > 9 ? weighted - 9 : weighted
        }
        return sum % 10 == 0
    }
}
