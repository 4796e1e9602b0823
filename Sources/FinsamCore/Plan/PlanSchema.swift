/// The JSON Schema (draft 2020-12) of plan format version 1, as `finsam schema` prints it.
///
/// The schema lets an editor check a plan while it is typed. finsam's own decoder is stricter
/// where a schema cannot say enough (amount syntax, consecutive years, references between ids);
/// a test checks that every fixture plan the decoder accepts also passes this schema.
public enum PlanSchema {
    public static let text = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://finsam.invalid/schema/plan-v1.json",
          "title": "finsam plan file, format version 1",
          "description": "The budget and business plan of a Swedish samordningsförbund (Finsam, SFS 2003:1210).",
          "type": "object",
          "required": ["formatVersion", "federation", "members", "years"],
          "additionalProperties": false,
          "properties": {
            "$schema": {"type": "string"},
            "formatVersion": {"const": 1},
            "unit": {"enum": ["kr", "tkr"], "default": "kr", "description": "The unit of every amount in the file (except policy.roundingTolerance, always kronor)."},
            "federation": {
              "type": "object",
              "required": ["name"],
              "additionalProperties": false,
              "properties": {
                "name": {"type": "string"},
                "organisationNumber": {"type": "string", "pattern": "^[0-9]{6}-[0-9]{4}$"}
              }
            },
            "members": {
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "object",
                "required": ["id", "name", "kind"],
                "additionalProperties": false,
                "properties": {
                  "id": {"$ref": "#/$defs/id"},
                  "name": {"type": "string"},
                  "kind": {"enum": ["state", "region", "municipality"]},
                  "population": {"type": "integer", "minimum": 0}
                }
              }
            },
            "policy": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "equityCap": {
                  "type": "object",
                  "required": ["rule"],
                  "additionalProperties": false,
                  "properties": {
                    "rule": {"enum": ["national", "percent"]},
                    "percent": {"$ref": "#/$defs/percent"}
                  }
                },
                "equityFloor": {"$ref": "#/$defs/amount"},
                "maxAdminShare": {"$ref": "#/$defs/percent"},
                "minIndividualShare": {"$ref": "#/$defs/percent"},
                "municipalSplit": {"$ref": "#/$defs/municipalSplit"},
                "roundingTolerance": {"$ref": "#/$defs/amount", "description": "In kronor, whatever the unit."},
                "followUp": {
                  "type": "object",
                  "description": "How far a cost line's use may stray from the share of the year passed at a follow-up, in percentage points.",
                  "additionalProperties": false,
                  "properties": {
                    "over": {"$ref": "#/$defs/percent", "default": 10},
                    "under": {"$ref": "#/$defs/percent", "default": 20}
                  }
                }
              }
            },
            "openingEquity": {
              "description": "Equity at the start of the first year (Ingående eget kapital). Omit it, or write null, where the document does not state it.",
              "oneOf": [{"$ref": "#/$defs/amount"}, {"type": "null"}]
            },
            "years": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/year"}},
            "initiatives": {"type": "array", "items": {"$ref": "#/$defs/initiative"}},
            "assumptions": {"$ref": "#/$defs/assumptions"},
            "waivers": {"type": "array", "items": {"$ref": "#/$defs/waiver"}},
            "adoption": {"$ref": "#/$defs/adoption"},
            "documentKind": {
              "enum": ["plan", "interimReport", "annualReport"],
              "default": "plan",
              "description": "The document transcribed: a business plan (budget year and plan years), an interim report (delårsrapport) or an annual report (årsredovisning) of one year. The planning horizon and the budget's adoption are checked for plans only."
            }
          },
          "$defs": {
            "id": {"type": "string", "minLength": 1},
            "amount": {
              "description": "An exact amount: a JSON number without exponent, or a string such as \"1 844,5\".",
              "oneOf": [
                {"type": "number"},
                {"type": "string", "pattern": "^[-\u2212]?[0-9]+([ \u00a0\u202f][0-9]+)*([.,][0-9]+)?$"}
              ]
            },
            "nonNegativeAmount": {
              "oneOf": [
                {"type": "number", "minimum": 0},
                {"type": "string", "pattern": "^[0-9]+([ \u00a0\u202f][0-9]+)*([.,][0-9]+)?$"}
              ]
            },
            "percent": {
              "oneOf": [
                {"type": "number", "minimum": 0, "maximum": 100},
                {"type": "string", "pattern": "^[0-9]{1,3}([.,][0-9]{1,2})?$"}
              ]
            },
            "signedPercent": {
              "description": "Percent a year, from -100 to 100, at most two decimals.",
              "oneOf": [
                {"type": "number", "minimum": -100, "maximum": 100},
                {"type": "string", "pattern": "^[-\u2212]?[0-9]{1,3}([.,][0-9]{1,2})?$"}
              ]
            },
            "assumptions": {
              "type": "object",
              "description": "What `finsam budget project` assumes beyond the last year.",
              "additionalProperties": false,
              "properties": {
                "stateAllocationGrowth": {"$ref": "#/$defs/signedPercent", "description": "Growth of the state's allocation, percent a year; the others match it 50/25/25."},
                "stateAllocation": {
                  "type": "object",
                  "description": "Fixed state allocations by year; later years grow from them.",
                  "propertyNames": {"pattern": "^[0-9]{4}$"},
                  "additionalProperties": {"$ref": "#/$defs/nonNegativeAmount"}
                },
                "indexation": {
                  "type": "object",
                  "additionalProperties": false,
                  "properties": {
                    "administration": {"$ref": "#/$defs/signedPercent"},
                    "operations": {"$ref": "#/$defs/signedPercent"},
                    "financial": {"$ref": "#/$defs/signedPercent"}
                  }
                },
                "initiativeUtilisation": {"$ref": "#/$defs/percent", "description": "The share of granted initiative funds the plan budgets, e.g. 90."}
              }
            },
            "date": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
            "municipalSplit": {
              "type": "object",
              "required": ["key"],
              "additionalProperties": false,
              "properties": {
                "key": {"enum": ["population", "equal", "shares"]},
                "shares": {"type": "object", "additionalProperties": {"$ref": "#/$defs/nonNegativeAmount"}}
              }
            },
            "year": {
              "type": "object",
              "required": ["year", "status"],
              "oneOf": [{"required": ["contributions"]}, {"required": ["stateAllocation"]}],
              "additionalProperties": false,
              "properties": {
                "year": {"type": "integer", "minimum": 1900, "maximum": 2999},
                "status": {"enum": ["outcome", "forecast", "budget", "plan"]},
                "contributions": {"type": "object", "additionalProperties": {"$ref": "#/$defs/nonNegativeAmount"}},
                "stateAllocation": {"$ref": "#/$defs/nonNegativeAmount", "description": "The state's allocation; the others' matching contributions are derived by the 50/25/25 split."},
                "otherIncome": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["name", "amount"],
                    "additionalProperties": false,
                    "properties": {
                      "name": {"type": "string"},
                      "category": {"enum": ["operations", "financial"], "description": "financial: financial income (finansiella intäkter), outside total income, inside the result."},
                      "amount": {"$ref": "#/$defs/nonNegativeAmount"}
                    }
                  }
                },
                "costs": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["name", "category", "amount"],
                    "additionalProperties": false,
                    "properties": {
                      "name": {"type": "string"},
                      "category": {"enum": ["administration", "operations", "financial"], "description": "financial: financial costs (finansiella kostnader), outside total costs and the administration share, inside the result."},
                      "amount": {"$ref": "#/$defs/nonNegativeAmount"},
                      "initiative": {"$ref": "#/$defs/id"},
                      "group": {"type": "string"},
                      "target": {"enum": ["individual", "structural"], "description": "For an operations line funding several initiatives of one kind without naming one (a plan year's total of individual-targeted initiatives): their target. Not with initiative."}
                    }
                  }
                },
                "budgetTotals": {
                  "type": "object",
                  "description": "The year's operating costs as one figure, where the document gives no (or only some) lines: the cost lines itemise part of it, the rest is counted unitemised.",
                  "required": ["costs"],
                  "additionalProperties": false,
                  "properties": {"costs": {"$ref": "#/$defs/nonNegativeAmount"}}
                },
                "deficitReason": {"type": "string"},
                "municipalSplit": {"$ref": "#/$defs/municipalSplit"},
                "declared": {"$ref": "#/$defs/declared"},
                "followUp": {"$ref": "#/$defs/followUp"}
              }
            },
            "followUp": {
              "type": "object",
              "description": "A follow-up during the year: outcome to date at asOf and the forecast for the rest of the year.",
              "required": ["asOf"],
              "additionalProperties": false,
              "properties": {
                "asOf": {"$ref": "#/$defs/date"},
                "income": {"type": "array", "items": {"$ref": "#/$defs/followUpLine"}},
                "costs": {"type": "array", "items": {"$ref": "#/$defs/followUpLine"}},
                "forecastRest": {
                  "type": "object",
                  "description": "Totals for the rest of the year, split over the lines without a forecast of their own.",
                  "additionalProperties": false,
                  "properties": {
                    "income": {"$ref": "#/$defs/nonNegativeAmount"},
                    "costs": {"$ref": "#/$defs/nonNegativeAmount"}
                  }
                },
                "interim": {
                  "type": "object",
                  "additionalProperties": false,
                  "properties": {
                    "income": {"$ref": "#/$defs/amount"},
                    "costs": {"$ref": "#/$defs/amount"},
                    "result": {"$ref": "#/$defs/amount"},
                    "balanceSheet": {"$ref": "#/$defs/declared/properties/balanceSheet"}
                  }
                },
                "declared": {"$ref": "#/$defs/declared"}
              }
            },
            "followUpLine": {
              "type": "object",
              "description": "Outcome to date of a budget line, matched by name (a member id for contributions); category only for lines the budget does not have (income: operations or financial); initiative and group for cost lines.",
              "required": ["name", "outcome"],
              "additionalProperties": false,
              "properties": {
                "name": {"type": "string"},
                "outcome": {"$ref": "#/$defs/nonNegativeAmount"},
                "forecast": {"$ref": "#/$defs/nonNegativeAmount"},
                "category": {"enum": ["administration", "operations", "financial"]},
                "initiative": {"$ref": "#/$defs/id"},
                "group": {"type": "string"}
              }
            },
            "declared": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "openingEquity": {"$ref": "#/$defs/amount"},
                "totalContributions": {"$ref": "#/$defs/amount"},
                "totalOtherIncome": {"$ref": "#/$defs/amount"},
                "totalIncome": {"$ref": "#/$defs/amount"},
                "fundsAvailable": {"$ref": "#/$defs/amount"},
                "totalCosts": {"$ref": "#/$defs/amount"},
                "result": {"$ref": "#/$defs/amount"},
                "closingEquity": {"$ref": "#/$defs/amount"},
                "operatingCosts": {"$ref": "#/$defs/amount", "description": "Rörelsens kostnader: the costs before financial items."},
                "operatingResult": {"$ref": "#/$defs/amount", "description": "Rörelseresultat: income − costs, before financial items."},
                "financialIncome": {"$ref": "#/$defs/amount", "description": "Finansiella intäkter."},
                "financialCosts": {"$ref": "#/$defs/amount", "description": "Finansiella kostnader."},
                "financialNet": {"$ref": "#/$defs/amount", "description": "Finansiella poster: financial income − financial costs."},
                "adminShare": {"$ref": "#/$defs/percent"},
                "unit": {"enum": ["kr", "tkr"], "description": "The unit of these declared figures, where it differs from the plan's."},
                "subtotals": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["label", "amount"],
                    "additionalProperties": false,
                    "properties": {
                      "label": {"type": "string"},
                      "category": {"enum": ["administration", "operations", "financial"]},
                      "group": {"type": "string"},
                      "of": {"type": "array", "minItems": 1, "items": {"type": "string"}, "description": "The labels of the year's other subtotals this one adds up."},
                      "amount": {"$ref": "#/$defs/amount"}
                    },
                    "oneOf": [{"required": ["category"]}, {"required": ["group"]}, {"required": ["of"]}]
                  }
                },
                "balanceSheet": {
                  "type": "object",
                  "required": ["assets", "liabilities"],
                  "additionalProperties": false,
                  "properties": {
                    "assets": {"$ref": "#/$defs/amount"},
                    "equity": {"$ref": "#/$defs/amount"},
                    "liabilities": {"$ref": "#/$defs/amount"}
                  }
                }
              }
            },
            "initiative": {
              "type": "object",
              "required": ["id", "name", "target"],
              "additionalProperties": false,
              "properties": {
                "id": {"$ref": "#/$defs/id"},
                "name": {"type": "string"},
                "target": {"enum": ["individual", "structural"]},
                "members": {"type": "array", "items": {"$ref": "#/$defs/id"}},
                "start": {"$ref": "#/$defs/date"},
                "end": {"$ref": "#/$defs/date"},
                "granted": {
                  "type": "object",
                  "propertyNames": {"pattern": "^[0-9]{4}$"},
                  "additionalProperties": {"$ref": "#/$defs/nonNegativeAmount"}
                }
              }
            },
            "adoption": {
              "type": "object",
              "description": "The board's adoption of the budget: by 30 November of the year before, after consulting the members (finsam.se, Medlemssamråd).",
              "additionalProperties": false,
              "properties": {
                "date": {"$ref": "#/$defs/date", "description": "The day the board adopted the budget."},
                "minute": {"type": "string", "description": "The paragraph of the minutes, e.g. \"§ 42\"."},
                "membersConsulted": {"$ref": "#/$defs/date", "description": "The day the members were consulted (medlemssamråd)."}
              }
            },
            "waiver": {
              "type": "object",
              "description": "A finding the board accepts on purpose. Without reason or decision it is an error; expired or unmatched, a warning.",
              "required": ["rule"],
              "additionalProperties": false,
              "properties": {
                "rule": {"$ref": "#/$defs/id"},
                "year": {"type": "integer", "minimum": 1900, "maximum": 2999},
                "pointer": {"type": "string", "pattern": "^(/.*)?$"},
                "reason": {"type": "string"},
                "decision": {"type": "string", "description": "The board decision it rests on, e.g. \"§ 12, 2026-03-14\"."},
                "expires": {"$ref": "#/$defs/date"}
              }
            }
          }
        }

        """#
}
