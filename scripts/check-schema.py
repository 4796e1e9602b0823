#!/usr/bin/env python3
"""Checks that every plan fixture finsam accepts also passes the published JSON Schema.

The schema (docs/plan.schema.json, printed by `finsam schema`) is what editors use while a plan
is typed; if it rejected a plan finsam reads, editors would show false errors.
"""
import json
import pathlib
import sys

import jsonschema

root = pathlib.Path(__file__).resolve().parent.parent
schema = json.loads((root / "docs" / "plan.schema.json").read_text(encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

failures = 0
plans = sorted((root / "Fixtures" / "plans").glob("*.json"))
for path in plans:
    errors = sorted(validator.iter_errors(json.loads(path.read_text(encoding="utf-8-sig"))), key=str)
    for error in errors:
        failures += 1
        print(f"{path.relative_to(root)}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
print(f"schema check: {len(plans)} plans, {failures} problems")
sys.exit(1 if failures else 0)
