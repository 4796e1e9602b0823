/// finsam's exit-code contract.
///
/// | code | meaning                                                            |
/// |------|--------------------------------------------------------------------|
/// | 0    | checked, nothing at or above the failing severity                  |
/// | 1    | findings at or above the failing severity (errors; with --strict, warnings too) |
/// | 2    | an input could not be read or is not a valid plan                  |
/// | 64   | usage error: unknown command or option, bad option value           |
enum ExitCode: Int32 {
    case success = 0
    case findings = 1
    case invalidInput = 2
    case usage = 64

    static let explanation = """
        Exit codes:
          0   every file was checked and nothing was found at or above the failing severity
          1   findings at or above the failing severity (errors by default; --strict: warnings too)
          2   an input could not be read or is not a valid plan (nothing was checked in that file)
          64  usage error: unknown command or option, or a bad option value

        """
}
