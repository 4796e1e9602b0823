#!/usr/bin/env python3
"""Adversarial shapes for `finsam validate` (issue 18: fast and bounded on every shape).

Builds plans of one pathological shape each, at two sizes (n and 4n of the thing the shape is
made of), times `finsam validate` on both (median of a few runs) and prints a table. A shape
whose time grows more than about 6 times for 4 times the input is flagged: linear work grows
4 times, n log n a little more, quadratic 16 times. Deterministic: the same arguments build the
same bytes.

    Benchmarks/adversarial.py [--finsam PATH] [--runs 3] [--only SHAPE,...] [--scale 1]
                              [--keep DIR] [--timeout 60] [--list]

Build the binary first, the way the benchmark does:
    swift build -c release --static-swift-stdlib --scratch-path .build-static --product finsam
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

FLAG_RATIO = 6.0
TODAY = "2026-06-01"

# ---------------------------------------------------------------- the plan and its parts


def members(municipalities=2):
    found = [
        {"id": "staten", "name": "Försäkringskassan och Arbetsförmedlingen", "kind": "state"},
        {"id": "region", "name": "Regionen", "kind": "region"},
    ]
    for i in range(municipalities):
        found.append({"id": f"k{i}", "name": f"Kommun {i}", "kind": "municipality", "population": 100 + i})
    return found


def contributions(municipalities=2, total=2_000_000):
    """A 50/25/25 split with the municipalities' quarter in equal parts (the equal key)."""
    found = {"staten": total // 2, "region": total // 4}
    quarter = total // 4
    each, rest = divmod(quarter, municipalities)
    for i in range(municipalities):
        found[f"k{i}"] = each + (1 if i < rest else 0)
    return found


def year(number, status="plan", municipalities=2, costs=None, **extra):
    found = {
        "year": number,
        "status": status,
        "contributions": contributions(municipalities),
        "costs": costs
        if costs is not None
        else [
            {"name": "Kansli", "category": "administration", "amount": 200_000},
            {"name": "Insatser", "category": "operations", "amount": 1_800_000},
        ],
    }
    found.update(extra)
    return found


def plan(years=None, municipalities=2, initiatives=None, waivers=None, policy=None, **extra):
    found = {
        "formatVersion": 1,
        "federation": {"name": "Samordningsförbundet Motstånd"},
        "members": members(municipalities),
        "policy": policy if policy is not None else {"municipalSplit": {"key": "equal"}},
        "openingEquity": 400_000,
        "years": years
        if years is not None
        else [
            year(2024, "budget", municipalities),
            year(2025, "plan", municipalities),
            year(2026, "plan", municipalities),
        ],
        "adoption": {"date": "2023-11-21", "minute": "§ 31", "membersConsulted": "2023-10-12"},
    }
    if initiatives is not None:
        found["initiatives"] = initiatives
    if waivers is not None:
        found["waivers"] = waivers
    found.update(extra)
    return found


def initiative(i, end=True, **extra):
    found = {"id": f"ins{i}", "name": f"Insats {i}", "target": "individual", "members": ["staten", "k0"]}
    found["start"] = "2024-01-01"
    if end:
        found["end"] = "2026-12-31"
    found.update(extra)
    return found


def lines(count, name=lambda i: f"Rad {i}", **fields):
    """`count` operations lines of the 1 800 000 budget, in parts that sum exactly."""
    each, rest = divmod(1_800_000, count)
    found = []
    for i in range(count):
        line = {"name": name(i), "category": "operations", "amount": each + (1 if i < rest else 0)}
        for key, value in fields.items():
            line[key] = value(i) if callable(value) else value
        found.append(line)
    return [{"name": "Kansli", "category": "administration", "amount": 200_000}] + found


def with_costs(costs, **extra):
    return [
        year(2024, "budget", costs=costs, **extra),
        year(2025, "plan"),
        year(2026, "plan"),
    ]


def text(value, minified=False):
    if minified:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # One element of each array a line, as people write plans, so findings have lines of their own.
    return json.dumps(value, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- the shapes


def unknown_contribution_members(n):
    first = year(2024, "budget")
    for i in range(n):
        first["contributions"][f"okand{i}"] = 1
    return plan(years=[first, year(2025), year(2026)])


def unknown_share_members(n):
    shares = {"k0": 1, "k1": 1}
    for i in range(n):
        shares[f"okand{i}"] = 1
    return plan(policy={"municipalSplit": {"key": "shares", "shares": shares}})


def unknown_members_one_initiative(n):
    return plan(initiatives=[initiative(0, members=["staten", "k0"] + [f"okand{i}" for i in range(n)])])


def unknown_members_many_initiatives(n):
    return plan(initiatives=[initiative(i, members=[f"okand{i}", f"okänd{i}"]) for i in range(n)])


def unknown_cost_initiatives(n):
    known = [initiative(i) for i in range(n)]
    return plan(years=with_costs(lines(n, initiative=lambda i: f"nope{i}")), initiatives=known)


def long_unknown_ids(n):
    """Three known initiatives and cost lines naming unknown ones, every id n bytes long."""
    known = [initiative(i, id=("ins%d" % i) + "x" * n) for i in range(3)]
    return plan(years=with_costs(lines(4, initiative=lambda i: ("nope%d" % i) + "y" * n)), initiatives=known)


def long_unknown_members(n):
    """Members with ids n bytes long, and contributions naming unknown ones as long."""
    found = plan()
    for m in found["members"]:
        m["id"] = m["id"] + "m" * n
    for y in found["years"]:
        y["contributions"] = {key + "n" * n: value for key, value in y["contributions"].items()}
    return found


def duplicate_initiative_ids(n):
    return plan(initiatives=[initiative(0, name=f"Insats {i}") for i in range(n)])


def duplicate_member_ids(n):
    found = plan()
    found["members"] += [{"id": "k0", "name": f"Kommun {i}", "kind": "municipality", "population": 5} for i in range(n)]
    return found


def duplicate_cost_lines(n):
    costs = lines(n, name=lambda i: "Samma")
    follow = {
        "asOf": "2024-06-30",
        "costs": [{"name": "Samma", "outcome": 1, "forecast": 1} for _ in range(n)],
    }
    return plan(years=with_costs(costs, followUp=follow))


def followup_unbudgeted(n):
    follow = {
        "asOf": "2024-06-30",
        "costs": [{"name": f"Ny rad {i}", "outcome": 1, "forecast": 1} for i in range(n)],
        "income": [{"name": f"Ny intäkt {i}", "outcome": 1} for i in range(n)],
    }
    return plan(years=with_costs(lines(n), followUp=follow))


def followup_reversed(n):
    """A follow-up reporting every budget line, in the opposite order."""
    follow = {
        "asOf": "2024-06-30",
        "costs": [{"name": f"Rad {i}", "outcome": 1, "forecast": 1} for i in reversed(range(n))],
    }
    return plan(years=with_costs(lines(n), followUp=follow))


def no_end_findings(n, minified=False):
    return plan(initiatives=[initiative(i, end=False) for i in range(n)])


def waivers_unused(n):
    waivers = [
        {"rule": "equity_cap", "pointer": f"/nothing/{i}", "reason": "r", "decision": "§ 1", "expires": "2030-01-01"}
        for i in range(n)
    ]
    return plan(waivers=waivers)


def waivers_match_all(n):
    waivers = [
        {"rule": "initiative_end_date", "reason": f"r{i}", "decision": "§ 1", "expires": "2030-01-01"}
        for i in range(n)
    ]
    return plan(initiatives=[initiative(i, end=False) for i in range(n)], waivers=waivers)


def waivers_pointer_each(n):
    waivers = [
        {"rule": "initiative_end_date", "pointer": f"/initiatives/{i}", "reason": "r", "decision": "§ 1",
         "expires": "2030-01-01"}
        for i in range(n)
    ]
    return plan(initiatives=[initiative(i, end=False) for i in range(n)], waivers=waivers)


def waivers_pointer_prefix(n):
    waivers = [
        {"rule": "initiative_end_date", "pointer": "/initiatives", "reason": "r", "decision": "§ 1",
         "expires": "2030-01-01"}
        for i in range(n)
    ]
    return plan(initiatives=[initiative(i, end=False) for i in range(n)], waivers=waivers)


def waivers_near_miss(n):
    waivers = [
        {"rule": f"initiative_end_dat{'e' * (i % 3)}x", "year": 2024, "reason": "r", "decision": "§ 1"}
        for i in range(n)
    ]
    return plan(waivers=waivers)


def waivers_years(n):
    waivers = [
        {"rule": "equity_cap", "year": 2024 + i % 3, "pointer": "/years/" + str(i % 3) + "/x" * (i % 5),
         "reason": "r", "decision": "§ 1"}
        for i in range(n)
    ]
    return plan(waivers=waivers)


def groups_subtotals(n):
    costs = lines(n, group=lambda i: f"Grupp {i}")
    subtotals = [{"label": f"Summa {i}", "group": f"Grupp {i}", "amount": 1} for i in range(n)]
    return plan(years=with_costs(costs, declared={"subtotals": subtotals}))


def subtotals_of_last(n):
    """Every subtotal adds up the last one, named by label."""
    subtotals = [{"label": f"Summa {i}", "of": [f"Summa {n}"], "amount": 1} for i in range(n)]
    subtotals.append({"label": f"Summa {n}", "group": "Grupp", "amount": 1})
    return plan(years=with_costs(lines(4, group="Grupp"), declared={"subtotals": subtotals}))


def subtotals_chain(n):
    """Each subtotal adds up the one before it: a chain n long."""
    subtotals = [{"label": "Summa 0", "group": "Grupp", "amount": 1}]
    subtotals += [{"label": f"Summa {i}", "of": [f"Summa {i - 1}"], "amount": 1} for i in range(1, n)]
    return plan(years=with_costs(lines(4, group="Grupp"), declared={"subtotals": subtotals}))


def municipalities_shares(n):
    shares = {f"k{i}": 1000 + i for i in range(n)}
    return plan(municipalities=n, policy={"municipalSplit": {"key": "shares", "shares": shares}},
                years=[year(2024, "budget", n), year(2025, "plan", n), year(2026, "plan", n)])


def municipalities_population(n):
    return plan(municipalities=n, policy={"municipalSplit": {"key": "population"}},
                years=[year(2024, "budget", n), year(2025, "plan", n), year(2026, "plan", n)])


def many_years_followup(n):
    """n years from 1900 (the format allows 1900–2999), each with a follow-up."""
    years = []
    for i in range(n):
        follow = {"asOf": f"{1900 + i}-06-30", "costs": [{"name": "Kansli", "outcome": 1, "forecast": 1}]}
        years.append(year(1900 + i, "budget" if i == 0 else "plan", followUp=follow))
    return plan(years=years)


def many_years_declared(n):
    years = []
    for i in range(n):
        declared = {"totalCosts": 1, "result": 1, "closingEquity": 1,
                    "subtotals": [{"label": "Summa", "category": "operations", "amount": 1}]}
        years.append(year(1900 + i, "budget" if i == 0 else "plan", declared=declared))
    return plan(years=years, initiatives=[initiative(0, end=False)])


def nested_unknown(n):
    """An unknown field holding arrays nested n deep (the reader's depth limit answers)."""
    found = plan()
    found["extra"] = "NEST"
    return text(found).replace('"NEST"', "[" * n + "]" * n)


def long_strings(n):
    """Names n bytes long, in findings' messages (initiatives without an end date)."""
    return plan(initiatives=[initiative(i, end=False, name=f"Insats {i} " + "å" * (n // 2)) for i in range(4)])


def unknown_fields_near_miss(n):
    return plan(years=with_costs(lines(n, amont=1)))


def unknown_fields_one_object(n):
    found = plan()
    for i in range(n):
        found["federation"][f"nam{i}"] = 1
    return found


def long_unknown_field(n):
    found = plan()
    found["federation"]["n" * n] = 1
    return found


def granted_many_years(n):
    """n initiatives granted in every one of 50 years."""
    years = [year(2000 + i, "budget" if i == 0 else "plan") for i in range(50)]
    granted = {str(2000 + i): 1000 for i in range(50)}
    found = [initiative(i, granted=granted) for i in range(n)]
    for item in found:
        item["start"], item["end"] = "2000-01-01", "2049-12-31"
    return plan(years=years, initiatives=found)


def initiative_long_members(n):
    """Initiatives listing every municipality, and one listing a member n times."""
    repeated = initiative(0, members=["k0"] * n)
    return plan(municipalities=200, initiatives=[repeated] + [
        initiative(i, members=[f"k{j}" for j in range(200)]) for i in range(1, n // 200 + 2)],
        years=[year(2024, "budget", 200), year(2025, "plan", 200), year(2026, "plan", 200)])


def cost_lines_one_initiative(n):
    return plan(years=with_costs(lines(n, initiative="ins0")), initiatives=[initiative(0)])


def cost_lines_own_initiative(n):
    return plan(years=with_costs(lines(n, initiative=lambda i: f"ins{i}")), initiatives=[initiative(i) for i in range(n)])


def other_income_many(n):
    first = year(2024, "budget", otherIncome=[{"name": f"Bidrag {i}", "amount": 1} for i in range(n)])
    return plan(years=[first, year(2025), year(2026)])


def followup_members_income(n):
    follow = {"asOf": "2024-06-30", "income": [{"name": f"k{i}", "outcome": 1} for i in range(n)]}
    return plan(municipalities=n,
                years=[year(2024, "budget", n, followUp=follow), year(2025, "plan", n), year(2026, "plan", n)])


def duplicate_keys_late(n):
    """A large plan whose only error, a duplicate key, is at its very end."""
    found = plan(initiatives=[initiative(i) for i in range(n)])
    return text(found)[:-2] + ',\n "adoption": {}\n}'


def bad_amounts(n):
    """Every cost line's amount a string far longer than any amount (an input error at the first)."""
    return plan(years=with_costs(lines(n, amount=lambda i: "1" + " " * 40 + "0")))


def no_end_non_ascii(n):
    """Initiatives without an end date whose names are not ASCII (columns count scalars)."""
    return plan(initiatives=[initiative(i, end=False, name=f"Åtgärd {i} – öppen") for i in range(n)])


def granted_outside_period(n):
    """n initiatives, each granted in years outside its period and outside the plan."""
    granted = {str(1950 + i): 1000 for i in range(30)}
    return plan(initiatives=[initiative(i, granted=granted) for i in range(n)])


def duplicate_initiative_last(n):
    """n distinct initiatives, the last one's id the first one's."""
    found = [initiative(i) for i in range(n)]
    found.append(initiative(0))
    return plan(initiatives=found)


def subtotal_labels_alike(n):
    """n subtotals of one label, one group each, every one a mismatch."""
    costs = lines(n, group=lambda i: f"Grupp {i}")
    subtotals = [{"label": "Summa", "group": f"Grupp {i}", "amount": 1} for i in range(n)]
    return plan(years=with_costs(costs, declared={"subtotals": subtotals}))


def subtotal_many_parts(n):
    """One subtotal adding up n others, each named by label."""
    subtotals = [{"label": f"Summa {i}", "group": "Grupp", "amount": 1} for i in range(n)]
    subtotals.append({"label": "Allt", "of": [f"Summa {i}" for i in reversed(range(n))], "amount": 1})
    return plan(years=with_costs(lines(4, group="Grupp"), declared={"subtotals": subtotals}))


def state_allocation_members(n):
    """A federation of n municipalities whose years give the state's allocation only."""
    years = [{"year": 2024 + i, "status": "budget" if i == 0 else "plan", "stateAllocation": 1_000_000,
              "costs": [{"name": "Kansli", "category": "administration", "amount": 2_000_000}]} for i in range(3)]
    return plan(municipalities=n, years=years)


def year_split_shares(n):
    """Each of three years with its own shares key over n municipalities, shares not summing."""
    years = [year(2024 + i, "budget" if i == 0 else "plan", n,
                  municipalSplit={"key": "shares", "shares": {f"k{j}": 1 + j % 7 for j in range(n)}})
             for i in range(3)]
    return plan(municipalities=n, years=years)


def followup_forecast_rest(n):
    """A follow-up of n lines without forecasts of their own, and a total for the rest of the year."""
    follow = {
        "asOf": "2024-06-30",
        "costs": [{"name": f"Rad {i}", "outcome": 1} for i in range(n)],
        "forecastRest": {"costs": 1_000_001},
    }
    return plan(years=with_costs(lines(n), followUp=follow))


def escaped_keys(n):
    """n cost lines whose every key and name is written with \\u escapes."""
    def escaped(word):
        return "".join("\\u%04x" % ord(c) for c in word)
    rows = ",\n".join(
        '{"%s": "%s", "%s": "operations", "%s": 1}'
        % (escaped("name"), escaped(f"Rad {i} å"), escaped("category"), escaped("amount"))
        for i in range(n))
    found = plan(years=with_costs([]))
    return text(found).replace('"costs": []', '"costs": [' + rows + "]", 1)


def state_allocation_years(n):
    """n years (the format allows 1 100), each giving only the state's allocation, over 1 000 municipalities."""
    years = [{"year": 1900 + i, "status": "budget" if i == 0 else "plan", "stateAllocation": 1_000_000,
              "costs": [{"name": "Kansli", "category": "administration", "amount": 2_000_000}]} for i in range(n)]
    return plan(municipalities=1000, years=years)


def escape_heavy_names(n):
    """Initiatives without an end date whose names are n bytes of characters every format escapes."""
    name = ('<&"\'\\\u0001|*_`' * (n // 10 + 1))[:n]
    return plan(initiatives=[initiative(i, end=False, name=f"{i} {name}") for i in range(4)])


# (name, builder, n, format or None, minified)
SHAPES = [
    ("unknown-contribution-members", unknown_contribution_members, 20_000, None, False),
    ("unknown-share-members", unknown_share_members, 20_000, None, False),
    ("unknown-members-one-initiative", unknown_members_one_initiative, 20_000, None, False),
    ("unknown-members-many-initiatives", unknown_members_many_initiatives, 5_000, None, False),
    ("unknown-cost-initiatives", unknown_cost_initiatives, 3_000, None, False),
    ("long-unknown-ids", long_unknown_ids, 20_000, None, False),
    ("long-unknown-members", long_unknown_members, 20_000, None, False),
    ("duplicate-initiative-ids", duplicate_initiative_ids, 5_000, None, False),
    ("duplicate-member-ids", duplicate_member_ids, 5_000, None, False),
    ("duplicate-cost-lines", duplicate_cost_lines, 5_000, None, False),
    ("followup-unbudgeted", followup_unbudgeted, 5_000, None, False),
    ("followup-reversed", followup_reversed, 5_000, None, False),
    ("no-end-findings", no_end_findings, 5_000, None, False),
    ("no-end-findings-minified", no_end_findings, 5_000, None, True),
    ("no-end-json", no_end_findings, 5_000, "json", False),
    ("no-end-sarif", no_end_findings, 5_000, "sarif", False),
    ("no-end-junit", no_end_findings, 5_000, "junit", False),
    ("no-end-checkstyle", no_end_findings, 5_000, "checkstyle", False),
    ("no-end-markdown", no_end_findings, 5_000, "markdown", False),
    ("no-end-github", no_end_findings, 5_000, "github", False),
    ("no-end-json-minified", no_end_findings, 5_000, "json", True),
    ("waivers-unused", waivers_unused, 5_000, None, False),
    ("waivers-match-all", waivers_match_all, 2_000, None, False),
    ("waivers-pointer-each", waivers_pointer_each, 5_000, None, False),
    ("waivers-pointer-prefix", waivers_pointer_prefix, 2_000, None, False),
    ("waivers-near-miss", waivers_near_miss, 5_000, None, False),
    ("waivers-years", waivers_years, 5_000, None, False),
    ("groups-subtotals", groups_subtotals, 5_000, None, False),
    ("subtotals-of-last", subtotals_of_last, 5_000, None, False),
    ("subtotals-chain", subtotals_chain, 5_000, None, False),
    ("municipalities-shares", municipalities_shares, 5_000, None, False),
    ("municipalities-population", municipalities_population, 5_000, None, False),
    ("many-years-followup", many_years_followup, 250, None, False),
    ("many-years-declared", many_years_declared, 250, None, False),
    ("nested-unknown", nested_unknown, 50_000, None, False),
    ("long-strings", long_strings, 200_000, None, False),
    ("unknown-fields-near-miss", unknown_fields_near_miss, 5_000, None, False),
    ("unknown-fields-one-object", unknown_fields_one_object, 20_000, None, False),
    ("long-unknown-field", long_unknown_field, 200_000, None, False),
    ("granted-many-years", granted_many_years, 1_000, None, False),
    ("initiative-long-members", initiative_long_members, 20_000, None, False),
    ("cost-lines-one-initiative", cost_lines_one_initiative, 5_000, None, False),
    ("cost-lines-own-initiative", cost_lines_own_initiative, 5_000, None, False),
    ("other-income-many", other_income_many, 10_000, None, False),
    ("followup-members-income", followup_members_income, 5_000, None, False),
    ("duplicate-key-late", duplicate_keys_late, 5_000, None, False),
    ("bad-amounts", bad_amounts, 5_000, None, False),
    ("no-end-non-ascii-minified", no_end_non_ascii, 5_000, None, True),
    ("granted-outside-period", granted_outside_period, 1_000, None, False),
    ("duplicate-initiative-last", duplicate_initiative_last, 5_000, None, False),
    ("subtotal-labels-alike", subtotal_labels_alike, 5_000, None, False),
    ("subtotal-many-parts", subtotal_many_parts, 5_000, None, False),
    ("state-allocation-members", state_allocation_members, 5_000, None, False),
    ("year-split-shares", year_split_shares, 5_000, None, False),
    ("followup-forecast-rest", followup_forecast_rest, 5_000, None, False),
    ("escaped-keys", escaped_keys, 5_000, None, False),
    ("state-allocation-years", state_allocation_years, 250, None, False),
    ("escape-heavy-text", escape_heavy_names, 100_000, None, False),
    ("escape-heavy-json", escape_heavy_names, 100_000, "json", False),
    ("escape-heavy-sarif", escape_heavy_names, 100_000, "sarif", False),
    ("escape-heavy-junit", escape_heavy_names, 100_000, "junit", False),
    ("escape-heavy-checkstyle", escape_heavy_names, 100_000, "checkstyle", False),
    ("escape-heavy-markdown", escape_heavy_names, 100_000, "markdown", False),
    ("escape-heavy-github", escape_heavy_names, 100_000, "github", False),
]


# ---------------------------------------------------------------- building and timing


def build(builder, n, minified):
    value = builder(n)
    return (value if isinstance(value, str) else text(value, minified)).encode("utf-8")


def time_once(finsam, path, form, timeout):
    command = [finsam, "validate", path] + (["--format", form] if form else [])
    env = dict(os.environ, FINSAM_TODAY=TODAY)
    start = time.perf_counter()
    try:
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, None
    return time.perf_counter() - start, done.returncode


def median_time(finsam, path, form, runs, timeout):
    times = []
    code = None
    for _ in range(runs):
        seconds, code = time_once(finsam, path, form, timeout)
        if seconds is None:
            return None, None
        times.append(seconds)
    return statistics.median(times), code


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--finsam", default=".build-static/release/finsam")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default="")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every shape's n")
    parser.add_argument("--keep", help="write the plans into this directory")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    only = set(filter(None, args.only.split(",")))
    shapes = [shape for shape in SHAPES if not only or shape[0] in only]
    if args.list:
        for name, _, n, form, minified in SHAPES:
            print(f"{name:34} n={n}")
        return 0
    directory = args.keep or tempfile.mkdtemp(prefix="finsam-adversarial-")
    os.makedirs(directory, exist_ok=True)
    print(f"{'shape':34} {'n':>7} {'MB':>6} {'s':>8} {'4n MB':>6} {'4n s':>8} {'ratio':>6} exit")
    flagged = []
    for name, builder, n, form, minified in shapes:
        n = max(1, int(n * args.scale))
        row = [f"{name:34}", f"{n:>7}"]
        seconds = []
        codes = []
        for size in (n, 4 * n):
            data = build(builder, size, minified)
            path = os.path.join(directory, f"{name}-{size}.json")
            with open(path, "wb") as file:
                file.write(data)
            took, code = median_time(args.finsam, path, form, args.runs, args.timeout)
            seconds.append(took)
            codes.append(code)
            shown = f">{args.timeout:.0f}" if took is None else f"{took:.3f}"
            row += [f"{len(data) / 1e6:6.2f}", f"{shown:>8}"]
            if not args.keep:
                os.remove(path)
            if took is None:
                break
        if len(seconds) < 2 or seconds[1] is None:
            row += ["  -  " if len(seconds) < 2 else "", "TIMEOUT"]
            flagged.append(name)
        else:
            # Below 20 ms a ratio is start-up and noise.
            ratio = seconds[1] / max(seconds[0], 0.02)
            row += [f"{ratio:6.1f}", "/".join(str(c) for c in codes)]
            if ratio > FLAG_RATIO and seconds[1] > 0.05:
                row.append("SUPERLINEAR")
                flagged.append(name)
        print(" ".join(row), flush=True)
    print("superlinear: " + (", ".join(flagged) if flagged else "none"))
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
