#!/usr/bin/env python3
"""Writes Fixtures/invalid/: one small file per kind of bad input, each a variation of one valid
plan (valid-base.json). Run from the repository root; the files are committed, so this only
needs running again to change them. The two large inputs (10 000-deep nesting, a 100 MB
string) are made by the tests at run time instead of being committed."""
import os

BASE = '''{
  "formatVersion": 1,
  "unit": "kr",
  "federation": {"name": "Testförbundet"},
  "members": [
    {"id": "staten", "name": "Staten", "kind": "state"},
    {"id": "region", "name": "Regionen", "kind": "region"},
    {"id": "kommun", "name": "Kommunen", "kind": "municipality"}
  ],
  "policy": {"municipalSplit": {"key": "equal"}},
  "openingEquity": 100000,
  "years": [
    {
      "year": 2025,
      "status": "budget",
      "contributions": {"staten": 1000000, "region": 500000, "kommun": 500000},
      "costs": [
        {"name": "Kansli", "category": "administration", "amount": 200000},
        {"name": "Insatser", "category": "operations", "amount": 1800000}
      ]
    },
    {
      "year": 2026,
      "status": "plan",
      "contributions": {"staten": 1000000, "region": 500000, "kommun": 500000},
      "costs": [
        {"name": "Kansli", "category": "administration", "amount": 200000},
        {"name": "Insatser", "category": "operations", "amount": 1800000}
      ]
    },
    {
      "year": 2027,
      "status": "plan",
      "contributions": {"staten": 1000000, "region": 500000, "kommun": 500000},
      "costs": [
        {"name": "Kansli", "category": "administration", "amount": 200000},
        {"name": "Insatser", "category": "operations", "amount": 1800000}
      ]
    }
  ]
}
'''


def sub(old, new):
    assert old in BASE, old
    return BASE.replace(old, new, 1)


def adopted(text):
    """The plan with its adoption recorded: the fixtures that must be clean, or have exactly one
    finding, would otherwise also get budget_adoption's note. Added at the end so no line moves."""
    assert text.endswith('  ]\n}\n'), text[-20:]
    return text[:-len('  ]\n}\n')] + '  ],\n  "adoption": {"date": "2024-11-26", "minute": "\u00a7 42", "membersConsulted": "2024-10-01"}\n}\n'


def files():
    first_year = BASE[BASE.index('    {\n      "year": 2025'):BASE.index(',\n    {\n      "year": 2026')]
    yield 'valid-base.json', adopted(BASE)
    yield 'empty.json', b''
    yield 'not-json.json', 'Budget 2025: 2 000 000 kr\n'
    yield 'truncated.json', BASE[:BASE.index('"costs"') + 10]
    yield 'invalid-utf8.json', sub('"Testförbundet"', '"Test@"').encode().replace(b'@', b'f\xf6rbundet')
    yield 'utf16le-bom.json', b'\xff\xfe' + BASE.encode('utf-16-le')
    yield 'utf16be-bom.json', b'\xfe\xff' + BASE.encode('utf-16-be')
    yield 'utf16le-no-bom.json', BASE.encode('utf-16-le')
    yield 'utf16be-no-bom.json', BASE.encode('utf-16-be')
    yield 'utf8-bom.json', b'\xef\xbb\xbf' + adopted(BASE).encode()
    yield 'duplicate-key.json', sub('"region": 500000,', '"region": 500000, "staten": 1000000,')
    yield 'trailing-comma.json', sub('"amount": 1800000}\n      ]', '"amount": 1800000},\n      ]')
    yield 'comment.json', sub('"openingEquity": 100000,', '"openingEquity": 100000, // from the 2024 annual report')
    yield 'nan.json', sub('"openingEquity": 100000', '"openingEquity": NaN')
    yield 'infinity.json', sub('"openingEquity": 100000', '"openingEquity": Infinity')
    yield 'negative-infinity.json', sub('"openingEquity": 100000', '"openingEquity": -Infinity')
    yield 'exponent-huge.json', sub('"openingEquity": 100000', '"openingEquity": 1e400')
    yield 'exponent.json', sub('"amount": 200000', '"amount": 2.0E5')
    yield 'negative-zero.json', sub('"kommun": 500000', '"kommun": -0')
    yield 'three-decimals.json', sub('"amount": 200000', '"amount": 200000.125')
    yield 'amount-beyond-int64.json', sub('"openingEquity": 100000', '"openingEquity": 92233720368547758.08')
    yield 'amount-many-digits.json', sub('"openingEquity": 100000', '"openingEquity": 123456789012345678901234567890')
    yield 'sum-overflow.json', sub(
        '"amount": 1800000}',
        '"amount": 50000000000000000},\n        {"name": "Mer", "category": "operations", "amount": 50000000000000000}')
    yield 'negative-contribution.json', sub('"kommun": 500000', '"kommun": -500000')
    yield 'duplicate-member.json', sub(
        '{"id": "kommun", "name": "Kommunen", "kind": "municipality"}',
        '{"id": "kommun", "name": "Kommunen", "kind": "municipality"},\n    {"id": "region", "name": "Region två", "kind": "region"}')
    yield 'duplicate-year.json', BASE.replace(first_year, first_year + ',\n' + first_year, 1)
    yield 'unknown-initiative.json', adopted(sub(
        '{"name": "Insatser", "category": "operations", "amount": 1800000}',
        '{"name": "Insatser", "category": "operations", "amount": 1800000, "initiative": "jobbspar"}'))
    yield 'unknown-field.json', adopted(sub('"openingEquity": 100000,', '"openingEquity": 100000,\n  "openingEqiuty": 100000,'))
    yield 'unknown-version.json', sub('"formatVersion": 1', '"formatVersion": 2')


os.makedirs('Fixtures/invalid', exist_ok=True)
for name, data in files():
    with open(os.path.join('Fixtures/invalid', name), 'wb') as out:
        out.write(data.encode() if isinstance(data, str) else data)
