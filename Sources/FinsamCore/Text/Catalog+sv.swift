/// Swedish message templates; `{0}`, `{1}`, … are the message's arguments in order.
extension Catalog {
    static let coreSwedish: [String: String] = [
        // Filer
        "file.missing": "filen finns inte",
        "file.directory": "är en katalog, inte en planfil",
        "file.permission": "åtkomst nekad: finsam kan inte läsa filen",
        "file.unreadable": "kan inte läsa filen: {0}",
        // Läsa JSON
        "json.empty": "filen är tom: en planfil innehåller ett JSON-objekt",
        "json.utf16": "filen ser ut att vara UTF-16; spara den som UTF-8",
        "json.utf16_bom": "filen är UTF-16 (den börjar med en UTF-16-byteordningsmarkering); spara den som UTF-8",
        "json.invalid_utf8": "ogiltig UTF-8: spara filen som UTF-8",
        "json.unexpected_character": "oväntat tecken {0} där ett JSON-värde borde börja",
        "json.unexpected_end": "filen tar slut mitt i ett värde: är den avkortad?",
        "json.trailing_comma": "avslutande kommatecken: JSON tillåter inget komma före } eller ]",
        "json.duplicate_key": "nyckeln {0} förekommer två gånger i objektet",
        "json.comment": "kommentarer är inte tillåtna i JSON; skriv anteckningar i ett textfält",
        "json.non_finite": "{0} är inget tal som JSON tillåter",
        "json.invalid_number": "{0} är inget giltigt JSON-tal",
        "json.invalid_escape": "ogiltig escape-sekvens i en sträng",
        "json.control_character": "ett styrtecken (t.ex. tabb eller radbrytning) måste skrivas med escape i en sträng",
        "json.lone_surrogate": "en \\u-escape anger halva ett UTF-16-surrogatpar",
        "json.too_deep": "nästling djupare än {0} nivåer",
        "json.trailing_content": "mer innehåll efter JSON-dokumentets slut",
        "json.expected_key": "en nyckel inom dubbla citattecken väntades",
        "json.expected_colon": "kolon väntades efter nyckeln",
        "json.too_large": "filen är för stor att läsa (över 4 GB eller 268 miljoner värden)",
        "json.expected_comma": "komma eller {0} väntades",
        // Tolka planen
        "plan.wrong_type": "{0} väntades, fann {1}",
        "plan.missing_field": "det obligatoriska fältet {0} saknas",
        "plan.unsupported_version": "planformatets version {0} stöds inte: denna finsam läser version {1}",
        "plan.invalid_choice": "{0} är inte ett av {1}",
        "plan.cost_target_with_initiative":
            "en kostnadsrad anger antingen insatsen den finansierar eller, när den finansierar flera utan att nämna dem, deras inriktning (target); inte båda",
        "plan.cost_target_category": "en inriktning (target) hör till en verksamhetsrad; den här raden är {0}",
        "plan.invalid_choice_suggest": "{0} är inte ett av {1}; menade du {2}?",
        "plan.duplicate_member": "medlems-id {0} används två gånger",
        "plan.duplicate_initiative": "insats-id {0} används två gånger",
        "plan.duplicate_year": "året {0} finns två gånger",
        "plan.years_not_consecutive": "åren ska följa på varandra: {0} väntades, fann {1}",
        "plan.no_years": "planen har inga år",
        "plan.year_out_of_range": "året {0} ligger utanför 1900–2999",
        "plan.invalid_year_key": "{0} är inget årtal",
        "plan.not_integer": "{0} är inget heltal",
        "plan.negative_amount": "{0}: belopp här kan inte vara negativa (kostnader skrivs som positiva belopp)",
        "plan.negative_population": "ett invånarantal kan inte vara negativt",
        "plan.invalid_percent": "{0} är ingen procentsats mellan 0 och 100 med högst två decimaler",
        "plan.invalid_date": "{0} är inget datum på formen ÅÅÅÅ-MM-DD",
        "plan.empty_id": "ett id kan inte vara tomt",
        "plan.cannot_derive":
            "medlemmarnas bidrag kan inte härledas ur stateAllocation: planen behöver en statlig medlem och en användbar fördelningsnyckel för kommunerna",
        "plan.contributions_twice": "ange antingen contributions eller stateAllocation, inte båda",
        "plan.subtotal_scope": "en delsumma anger en kategori, en grupp eller de delsummor den lägger ihop (of)",
        "amount.empty": "beloppet är tomt",
        "amount.not_a_number":
            "{0} är inget belopp: skriv siffror, gärna grupperade med mellanslag, med komma eller punkt före decimalerna",
        "amount.exponent": "{0}: skriv belopp utan exponent",
        "amount.too_many_decimals": "{0} har fler än {1} decimaler: belopp är exakta på öret",
        "amount.overflow":
            "{0} är för stort för att hållas exakt på öret (gränsen är omkring 92 miljoner miljarder kronor); är enheten eller decimaltecknet fel?",
        "amount.sum_overflow":
            "summorna för år {0} är för stora för att hållas exakt på öret; står något belopp i fel enhet eller saknar det decimaltecken?",
        // Fynd
        "field.unknown": "okänt fält {0}; det ignoreras",
        "field.unknown_suggest": "okänt fält {0}; menade du {1}?",
        "ref.unknown_member": "{0} är ingen medlem i planen",
        "ref.unknown_member_suggest": "{0} är ingen medlem i planen; menade du {1}?",
        "ref.unknown_initiative": "{0} är ingen insats i planen",
        "ref.unknown_initiative_suggest": "{0} är ingen insats i planen; menade du {1}?",
        "orgnr.format": "organisationsnummer {0} har inte formen NNNNNN-NNNN",
        "orgnr.checksum": "organisationsnummer {0} har fel kontrollsiffra",
        "orgnr.prefix": "organisationsnummer {0} börjar inte med 222000- som ett samordningsförbunds gör",
        "split.region": "{0}: regionen betalar {1}, men hälften av statens bidrag är {2} (skillnad {3})",
        "split.municipal_total":
            "{0}: kommunerna betalar tillsammans {1}, men hälften av statens bidrag är {2} (skillnad {3})",
        "split.municipal_member":
            "{1}: {0} betalar {2}, men dess andel enligt fördelningsnyckeln är {3} (skillnad {4})",
        "split.key_unusable":
            "{0}: kommunernas fördelningsnyckel ({1}) kan inte användas: invånarantal eller andel saknas för en kommun",
        "equity.negative": "{0}: utgående eget kapital {1} är under noll; ett förbund får inte låna",
        "deficit.no_reason":
            "{0}: ett negativt resultat på {1} kräver en angiven förklaring (deficitReason); ingående eget kapital är {2}",
        "cap.exceeded": "{0}: utgående eget kapital {1} överstiger taket {2} ({3} av medlemsbidragen {4}) med {5}",
        "cap.exceeded_assumed":
            "{0}: utgående eget kapital {1} överstiger taket {2} ({3} av medlemsbidragen {4}) med {5}; steget över 7 mnkr är antaget, ange förbundets egen nivå i policy.equityCap",
        "floor.below": "{0}: utgående eget kapital {1} understiger policyns golv {2} med {3}",
        "admin.over":
            "{0}: administrationen är {1} av de totala kostnaderna, över policyns högsta andel {2} ({3} av {4})",
        "individual.under":
            "{0}: individinriktade insatser tar {1} av medlemsbidragen, under policyns lägsta andel {2} ({3} av {4})",
        "individual.undetermined":
            "{0}: individinriktade insatser tar {1} av medlemsbidragen (lägst {2}), men {5} av verksamheten är inte kopplat till någon insats, så andelen kan inte bedömas",
        "declared.mismatch": "{1}: planen anger {0} = {2}, men raderna ger {3} (skillnad {4})",
        "declared.figure.opening_equity": "”Ingående eget kapital”",
        "declared.figure.total_contributions": "”Summa medlemsbidrag”",
        "declared.figure.total_other_income": "”Summa övriga intäkter”",
        "declared.figure.total_income": "”Summa intäkter”",
        "declared.figure.funds_available": "”Disponibla medel”",
        "declared.figure.total_costs": "”Summa kostnader”",
        "declared.figure.result": "”Årets resultat”",
        "declared.figure.period_result": "”Periodens resultat”",
        "declared.figure.closing_equity": "”Utgående eget kapital”",
        "declared.figure.equity": "”Eget kapital”",
        "declared.share_mismatch":
            "{0}: planen anger att administrationen är {1} av de totala kostnaderna, men raderna ger {2} ({3} av {4})",
        "balance.mismatch":
            "{0}: tillgångarna {1} är inte lika med eget kapital {2} plus skulder {3} = {4} (skillnad {5})",
        "initiative.end_before_start": "{0} slutar ({2}) innan den börjar ({1})",
        "initiative.cost_outside": "{0} får {2} år {1}, utanför sin period {3} – {4}",
        "initiative.grant_outside": "{0} beviljas {2} för {1}, utanför sin period {3} – {4}",
        "initiative.no_end": "{0} saknar slutdatum; finansierade insatser ska vara tidsbegränsade",
        "initiative.few_members":
            "{0} anger färre än två deltagande medlemmar ({1}); en samordnad insats omfattar minst två",
        "horizon.short": "planen omfattar {0} budget- och planår; en plan omfattar budgetåret och minst två planår",
    ]
}
