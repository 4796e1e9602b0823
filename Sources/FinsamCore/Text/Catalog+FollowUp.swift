/// Messages of the budget follow-up: its input errors, its rules' findings, and the
/// `follow-up` report's titles, columns and notes.
extension Catalog {
    static let followUpEnglish: [String: String] = [
        "followup.forecast": "{1} (forecast as of {0})",
        "followup.as_of_outside_year": "the follow-up date {0} is not in the year {1}",
        "followup.total_without_lines":
            "forecastRest gives a total, but every line has a forecast of its own: give either, not both",
        "interim.mismatch":
            "{1}, interim report at {2}: the follow-up declares {0} = {3}, but the figures give {4} (difference {5})",
        "interim.balance_mismatch":
            "{0}, interim report at {1}: assets {2} do not equal equity {3} plus liabilities {4} = {5} (difference {6})",
        "followup.over_share":
            "by {0}, {1} has used {2} of its budget of {3} ({4}), more than {6}: the share of the year passed ({5}) plus the policy's margin",
        "followup.under_share":
            "by {0}, {1} has used {2} of its budget of {3} ({4}), less than {6}: the share of the year passed ({5}) minus the policy's margin; is the money better used elsewhere?",
        "followup.used_without_budget": "by {0}, {1} has used {2} with a budget of {3}",
        "followup.unbudgeted_income":
            "{0}: the follow-up reports income {1} ({2} by {3}, {4} forecast for the year) that the budget does not have",
        "followup.unbudgeted_cost":
            "{0}: the follow-up reports costs for {1} ({2} by {3}, {4} forecast for the year), a line the budget does not have",
        "report.title.follow_up_all": "Budget follow-up",
        "report.title.follow_up": "{0}: follow-up of {1} as of {2}",
        "report.title.follow_up_equity": "{0}: result and equity for {1}, budget and forecast",
        "report.col.budget": "Budget",
        "report.col.forecast": "Forecast",
        "report.col.used_share": "Share used",
        "report.col.forecast_rest": "Forecast rest of year",
        "report.col.forecast_year": "Forecast full year",
        "report.col.deviation": "Deviation",
        "report.col.deviation_percent": "Deviation %",
        "report.col.flag": "Note",
        "report.flag.over": "above the year's share",
        "report.flag.under": "below the year's share",
        "report.flag.unbudgeted": "not in the budget",
        "report.row.equity_floor": "Equity floor",
        "report.row.assessment": "Assessment",
        "report.note.year_share":
            "{0} days of {1} have passed at {2}: {3} of the year. A cost line is flagged above {4} or below {5} of its budget used.",
        "report.note.deviation":
            "Deviation = forecast full year − budget: for costs, positive is more spent than budgeted; for income, positive is more received.",
        "report.note.no_follow_up": "{0} has no follow-up (followUp) in {1}.",
        "report.note.no_follow_up_any": "{0} has no follow-up (followUp) in any year.",
        "report.col.outcome_to.1": "Outcome to {0} January",
        "report.col.outcome_to.2": "Outcome to {0} February",
        "report.col.outcome_to.3": "Outcome to {0} March",
        "report.col.outcome_to.4": "Outcome to {0} April",
        "report.col.outcome_to.5": "Outcome to {0} May",
        "report.col.outcome_to.6": "Outcome to {0} June",
        "report.col.outcome_to.7": "Outcome to {0} July",
        "report.col.outcome_to.8": "Outcome to {0} August",
        "report.col.outcome_to.9": "Outcome to {0} September",
        "report.col.outcome_to.10": "Outcome to {0} October",
        "report.col.outcome_to.11": "Outcome to {0} November",
        "report.col.outcome_to.12": "Outcome to {0} December",
    ]

    static let followUpSwedish: [String: String] = [
        "followup.forecast": "{1} (prognos per {0})",
        "followup.as_of_outside_year": "uppföljningsdagen {0} ligger inte i året {1}",
        "followup.total_without_lines":
            "forecastRest anger en summa, men varje rad har en egen prognos: ange det ena eller det andra, inte båda",
        "interim.mismatch":
            "{1}, delårsrapport per {2}: uppföljningen anger {0} = {3}, men siffrorna ger {4} (skillnad {5})",
        "interim.balance_mismatch":
            "{0}, delårsrapport per {1}: tillgångarna {2} är inte lika med eget kapital {3} plus skulder {4} = {5} (skillnad {6})",
        "followup.over_share":
            "t.o.m. {0} har {1} förbrukat {2} av sin budget på {3} ({4}), mer än {6}: den förflutna delen av året ({5}) plus policyns marginal",
        "followup.under_share":
            "t.o.m. {0} har {1} förbrukat {2} av sin budget på {3} ({4}), mindre än {6}: den förflutna delen av året ({5}) minus policyns marginal; gör pengarna bättre nytta på annat håll?",
        "followup.used_without_budget": "t.o.m. {0} har {1} förbrukat {2} med en budget på {3}",
        "followup.unbudgeted_income":
            "{0}: uppföljningen redovisar intäkten {1} ({2} t.o.m. {3}, prognos helår {4}) som saknas i budgeten",
        "followup.unbudgeted_cost":
            "{0}: uppföljningen redovisar kostnader för {1} ({2} t.o.m. {3}, prognos helår {4}), en rad som saknas i budgeten",
        "report.title.follow_up_all": "Budgetuppföljning",
        "report.title.follow_up": "{0}: uppföljning av {1} per {2}",
        "report.title.follow_up_equity": "{0}: resultat och eget kapital {1}, budget och prognos",
        "report.col.budget": "Budget",
        "report.col.forecast": "Prognos",
        "report.col.used_share": "Förbrukat",
        "report.col.forecast_rest": "Prognos resten av året",
        "report.col.forecast_year": "Prognos helår",
        "report.col.deviation": "Avvikelse",
        "report.col.deviation_percent": "Avvikelse %",
        "report.col.flag": "Anmärkning",
        "report.flag.over": "över årets andel",
        "report.flag.under": "under årets andel",
        "report.flag.unbudgeted": "ej budgeterad",
        "report.row.equity_floor": "Golv för eget kapital",
        "report.row.assessment": "Bedömning",
        "report.note.year_share":
            "{0} av {1} dagar har gått per {2}: {3} av året. En kostnadsrad flaggas när den förbrukat mer än {4} eller mindre än {5} av sin budget.",
        "report.note.deviation":
            "Avvikelse = prognos helår − budget: för kostnader betyder plus mer förbrukat än budgeterat, för intäkter mer erhållet.",
        "report.note.no_follow_up": "{0} har ingen uppföljning (followUp) för {1}.",
        "report.note.no_follow_up_any": "{0} har ingen uppföljning (followUp) för något år.",
        "report.col.outcome_to.1": "Utfall t.o.m. {0} januari",
        "report.col.outcome_to.2": "Utfall t.o.m. {0} februari",
        "report.col.outcome_to.3": "Utfall t.o.m. {0} mars",
        "report.col.outcome_to.4": "Utfall t.o.m. {0} april",
        "report.col.outcome_to.5": "Utfall t.o.m. {0} maj",
        "report.col.outcome_to.6": "Utfall t.o.m. {0} juni",
        "report.col.outcome_to.7": "Utfall t.o.m. {0} juli",
        "report.col.outcome_to.8": "Utfall t.o.m. {0} augusti",
        "report.col.outcome_to.9": "Utfall t.o.m. {0} september",
        "report.col.outcome_to.10": "Utfall t.o.m. {0} oktober",
        "report.col.outcome_to.11": "Utfall t.o.m. {0} november",
        "report.col.outcome_to.12": "Utfall t.o.m. {0} december",
    ]
}
