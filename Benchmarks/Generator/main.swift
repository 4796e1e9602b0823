// finsam-plangen: writes a synthetic plan file, the same bytes for the same arguments.
//
//   finsam-plangen [--shape NAME] [--scale F] [--initiatives N] [--years Y] [--municipalities M]
//                  [--seed S] [--minified] [--ends YEAR]
//
// Without --shape the plan is mostly cost lines (`--initiatives N --years Y`). A shape makes a
// plan of about 50 MB whose size is in one part of the format (see Shapes.swift); --scale 0.1
// makes it a tenth of that. The plan is valid (consecutive years, an exact 50/25/25 split,
// every cost line linked to an initiative inside its period), so a benchmark measures reading
// and checking, not error paths; the `noend` and `waivers` shapes have one finding per
// initiative on purpose.

#if canImport(Glibc)
    import Glibc
#endif

let options = Options(Array(CommandLine.arguments.dropFirst()))
guard let shape = options.resolvedShape() else {
    print("unknown shape; shapes: " + Shape.named.map(\.name).joined(separator: ", "))
    exit(64)
}
var writer = PlanWriter(shape: shape, seed: options.seed, minified: options.minified)
print(writer.write(), terminator: "")
