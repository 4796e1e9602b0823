/// Messages of `finsam import sie` and `finsam export sie`: the SIE reader, the accounts map,
/// the checks of the books against the plan, and the budget file.
extension Catalog {
    static let sieEnglish: [String: String] = [
        "sie.field.account": "account",
        "sie.field.amount": "amount",
        "sie.field.date": "date",
        "sie.field.dimension": "dimension",
        "sie.field.end": "end date",
        "sie.field.flag": "flag",
        "sie.field.format": "format",
        "sie.field.name": "name",
        "sie.field.number": "number",
        "sie.field.object": "object",
        "sie.field.orgnr": "organisation number",
        "sie.field.period": "period",
        "sie.field.series": "series",
        "sie.field.start": "start date",
        "sie.field.type": "type",
        "sie.field.year": "year",
        "sie.field.objects": "object list",
        "sie.not_a_label": "{0} is not an SIE item: a line starts with a label such as #VER, or is { or }",
        "sie.unterminated_quote": "a quoted field has no closing quote",
        "sie.unterminated_objects": "an object list has no closing }",
        "sie.odd_objects":
            "an object list holds pairs of dimension and object, but this one has an odd number of fields",
        "sie.missing_field": "{0} lacks its {1}",
        "sie.unexpected_objects": "{0}: expected the {1}, found an object list",
        "sie.not_integer": "{0}: the {1} {2} is not a whole number",
        "sie.not_amount": "{0}: {1} is not an amount (SIE writes -1234.50: a point before at most two decimals)",
        "sie.not_date": "{0}: the {1} {2} is not a date YYYYMMDD",
        "sie.expected_objects": "{0}: expected an object list such as {} or {6 \"P12\"}, found {1}",
        "sie.not_period": "{0}: {1} is not a month YYYYMM",
        "sie.outside_voucher": "{0} stands outside a voucher: rows belong between the { and } after a #VER",
        "sie.year_backwards": "{0}: the fiscal year ends before it starts",
        "sie.voucher_no_open": "voucher {0}: the line after #VER must be {",
        "sie.voucher_not_closed": "voucher {0} is not closed with }",
        "sie.rtrans_without_trans": "#RTRANS (a row added later) must be followed by the same row as #TRANS",
        "sie.map_no_lines":
            "the accounts map needs \"lines\": a list of entries such as {\"cost\": \"Kansli\", \"accounts\": \"5000-5999\"}",
        "sie.map_one_target": "an entry names exactly one line: \"member\", \"income\", \"cost\" or \"initiative\"",
        "sie.map_no_accounts":
            "an entry needs \"accounts\": an account, a range such as \"4000-4999\", or a list of them",
        "sie.map_objects_without_dimension":
            "\"objects\" need a \"dimension\" (or \"projectDimension\" for the whole map)",
        "sie.map_bad_range":
            "{0} is not an account or a range of accounts such as \"4000-4999\" (bounds of equal length)",
        "sie.map_unknown_member": "the map names the member {0}, which the plan does not have",
        "sie.map_unknown_initiative": "the map names the initiative {0}, but no cost line of {1} funds it",
        "sie.plan_no_year": "the plan has no year {0}, the year of --as-of",
        "sie.voucher_unbalanced": "voucher {0} ({1}) does not balance: debit − credit is {2}",
        "sie.overflow": "the books' sums are too large to add up",
        "sie.format_not_pc8": "#FORMAT {0}: SIE 4 files are PC8 (code page 437); read as PC8",
        "sie.not_type_4":
            "the file is SIE type {0}; the outcome to date needs the vouchers of type 4 (export SIE 4E from the accounting program)",
        "sie.no_orgnr": "the books have no #ORGNR; the organisation number is not checked",
        "sie.plan_no_orgnr": "the plan has no organisation number to compare with the books' {0}",
        "sie.orgnr_differs": "the books are of organisation number {0}, the plan of {1}: books of another organisation",
        "sie.no_fiscal_year": "the books have no #RAR 0: the fiscal year is unknown",
        "sie.as_of_outside_year": "--as-of {0} is outside the books' fiscal year {1}",
        "sie.fiscal_year_not_plan_year":
            "the books' fiscal year {0} is not the plan's year {1} (1 January to 31 December)",
        "sie.unmapped_account":
            "the map places no line for account {0}: {1} (debit − credit) in {2} rows; add it to the map, or give --partial to leave it out",
        "sie.rows_outside_year": "{0} rows are dated outside the fiscal year and are left out",
        "sie.rows_after_as_of": "{0} rows dated after {1} are left out",
        "sie.no_equity_ib":
            "the books have no #IB 0 on the equity accounts of the map; the opening equity is not compared",
        "sie.equity_differs": "opening equity {0} in the books (#IB), {1} in the plan for {3}: a difference of {2}",
        "sie.budget_line_unmapped": "no entry of the map names the budget line {0}; its outcome is not reported",
        "sie.negative_income": "{0} has a negative outcome, {1}: its accounts are debited more than credited",
        "sie.negative_cost": "{0} has a negative outcome, {1}: its accounts are credited more than debited",
        "sie.written": "Wrote {0}: the follow-up as of {1}, {2} lines.",
        "sie.nothing_written":
            "Nothing written: {0} errors (fix the books or the map, or give --partial for unmapped accounts).",
        "sie.placement": "{0} → {1}: {2} (rows: {3})",
        "sie.line_total": "{0} {1}: outcome {2}",
        "sie.export_unmapped_line":
            "no entry of the map names the budget line {0}, so it has no account to be budgeted on",
        "sie.export_written": "Wrote {0}: {1} #PBUDGET records for {2} (SIE type {3}).",
        "sie.export_not_encodable": "{0} characters that code page 437 lacks were written as ?",
        "sie.export_no_year": "the plan has no budget year",
        "sie.res_differs":
            "#RES 0 gives account {0} a result of {1} for the year, but its rows in the vouchers add up to {2}: the export is not whole; nothing is taken from it",
        "sie.ub_differs":
            "#UB 0 gives account {0} a closing balance of {1}, but #IB 0 and its rows in the vouchers make {2}: the export is not whole; nothing is taken from it",
        "sie.follow_up_replaced":
            "the year's follow-up as of {0} is replaced, with its forecasts and interim figures: write them anew for the new date",
        "sie.plan_no_year_export": "the plan has no year {0}",
        "sie.map_budget_account_taken":
            "the budget account {0} of {1} is placed by an earlier entry of the map, so the budget would come back on another line; give the entry a budgetAccount of its own",
    ]

    static let sieSwedish: [String: String] = [
        "sie.field.account": "konto",
        "sie.field.amount": "belopp",
        "sie.field.date": "datum",
        "sie.field.dimension": "dimension",
        "sie.field.end": "slutdatum",
        "sie.field.flag": "flagga",
        "sie.field.format": "format",
        "sie.field.name": "namn",
        "sie.field.number": "nummer",
        "sie.field.object": "objekt",
        "sie.field.orgnr": "organisationsnummer",
        "sie.field.period": "period",
        "sie.field.series": "serie",
        "sie.field.start": "startdatum",
        "sie.field.type": "typ",
        "sie.field.year": "årsnummer",
        "sie.field.objects": "objektlista",
        "sie.not_a_label": "{0} är ingen SIE-post: en rad börjar med en etikett som #VER, eller är { eller }",
        "sie.unterminated_quote": "ett fält inom citattecken saknar avslutande citattecken",
        "sie.unterminated_objects": "en objektlista saknar avslutande }",
        "sie.odd_objects": "en objektlista består av par av dimension och objekt, men den här har ett udda antal fält",
        "sie.missing_field": "{0} saknar {1}",
        "sie.unexpected_objects": "{0}: väntade {1}, fann en objektlista",
        "sie.not_integer": "{0}: {1} {2} är inget heltal",
        "sie.not_amount": "{0}: {1} är inget belopp (SIE skriver -1234.50: punkt före högst två decimaler)",
        "sie.not_date": "{0}: {1} {2} är inget datum ÅÅÅÅMMDD",
        "sie.expected_objects": "{0}: väntade en objektlista som {} eller {6 \"P12\"}, fann {1}",
        "sie.not_period": "{0}: {1} är ingen månad ÅÅÅÅMM",
        "sie.outside_voucher": "{0} står utanför en verifikation: rader hör hemma mellan { och } efter en #VER",
        "sie.year_backwards": "{0}: räkenskapsåret slutar innan det börjar",
        "sie.voucher_no_open": "verifikation {0}: raden efter #VER ska vara {",
        "sie.voucher_not_closed": "verifikation {0} avslutas inte med }",
        "sie.rtrans_without_trans": "#RTRANS (en rad som lagts till i efterhand) ska följas av samma rad som #TRANS",
        "sie.map_no_lines":
            "kontomappningen behöver \"lines\": en lista med poster som {\"cost\": \"Kansli\", \"accounts\": \"5000-5999\"}",
        "sie.map_one_target": "en post anger precis en rad: \"member\", \"income\", \"cost\" eller \"initiative\"",
        "sie.map_no_accounts":
            "en post behöver \"accounts\": ett konto, ett intervall som \"4000-4999\" eller en lista av dem",
        "sie.map_objects_without_dimension":
            "\"objects\" behöver en \"dimension\" (eller \"projectDimension\" för hela mappningen)",
        "sie.map_bad_range":
            "{0} är inget konto eller kontointervall som \"4000-4999\" (gränser med lika många siffror)",
        "sie.map_unknown_member": "mappningen anger medlemmen {0}, som planen inte har",
        "sie.map_unknown_initiative": "mappningen anger insatsen {0}, men ingen kostnadsrad {1} finansierar den",
        "sie.plan_no_year": "planen har inget år {0}, året för --as-of",
        "sie.voucher_unbalanced": "verifikation {0} ({1}) balanserar inte: debet − kredit är {2}",
        "sie.overflow": "bokföringens summor är för stora för att räknas ihop",
        "sie.format_not_pc8": "#FORMAT {0}: SIE 4-filer är PC8 (teckentabell 437); läses som PC8",
        "sie.not_type_4":
            "filen är SIE typ {0}; utfallet hittills kräver verifikationerna i typ 4 (exportera SIE 4E från ekonomisystemet)",
        "sie.no_orgnr": "bokföringen saknar #ORGNR; organisationsnumret kontrolleras inte",
        "sie.plan_no_orgnr": "planen har inget organisationsnummer att jämföra med bokföringens {0}",
        "sie.orgnr_differs": "bokföringen gäller organisationsnummer {0}, planen {1}: en annan organisations bokföring",
        "sie.no_fiscal_year": "bokföringen saknar #RAR 0: räkenskapsåret är okänt",
        "sie.as_of_outside_year": "--as-of {0} ligger utanför bokföringens räkenskapsår {1}",
        "sie.fiscal_year_not_plan_year":
            "bokföringens räkenskapsår {0} är inte planens år {1} (1 januari till 31 december)",
        "sie.unmapped_account":
            "mappningen placerar inte konto {0} på någon rad: {1} (debet − kredit) på {2} rader; lägg till det i mappningen, eller ange --partial för att utelämna det",
        "sie.rows_outside_year": "{0} rader är daterade utanför räkenskapsåret och utelämnas",
        "sie.rows_after_as_of": "{0} rader daterade efter {1} utelämnas",
        "sie.no_equity_ib":
            "bokföringen saknar #IB 0 på mappningens konton för eget kapital; det ingående egna kapitalet jämförs inte",
        "sie.equity_differs": "ingående eget kapital {0} i bokföringen (#IB), {1} i planen för {3}: en skillnad på {2}",
        "sie.budget_line_unmapped": "ingen post i mappningen anger budgetraden {0}; dess utfall redovisas inte",
        "sie.negative_income": "{0} har ett negativt utfall, {1}: dess konton är debiterade mer än krediterade",
        "sie.negative_cost": "{0} har ett negativt utfall, {1}: dess konton är krediterade mer än debiterade",
        "sie.written": "Skrev {0}: uppföljningen per {1}, {2} rader.",
        "sie.nothing_written":
            "Inget skrevs: {0} fel (rätta bokföringen eller mappningen, eller ange --partial för omappade konton).",
        "sie.placement": "{0} → {1}: {2} (rader: {3})",
        "sie.line_total": "{0} {1}: utfall {2}",
        "sie.export_unmapped_line":
            "ingen post i mappningen anger budgetraden {0}, så den saknar konto att budgeteras på",
        "sie.export_written": "Skrev {0}: {1} #PBUDGET-poster för {2} (SIE typ {3}).",
        "sie.export_not_encodable": "{0} tecken som teckentabell 437 saknar skrevs som ?",
        "sie.export_no_year": "planen har inget budgetår",
        "sie.res_differs":
            "#RES 0 ger konto {0} ett resultat på {1} för året, men dess rader i verifikationerna summerar till {2}: exporten är inte fullständig; inget hämtas ur den",
        "sie.ub_differs":
            "#UB 0 ger konto {0} ett utgående saldo på {1}, men #IB 0 och dess rader i verifikationerna ger {2}: exporten är inte fullständig; inget hämtas ur den",
        "sie.follow_up_replaced":
            "årets uppföljning per {0} ersätts, med sina prognoser och delårssiffror: skriv in dem på nytt för det nya datumet",
        "sie.plan_no_year_export": "planen har inget år {0}",
        "sie.map_budget_account_taken":
            "budgetkontot {0} för {1} placeras av en tidigare post i mappningen, så budgeten skulle komma tillbaka på en annan rad; ge posten ett eget budgetAccount",
    ]
}
