/// finsam's exit-code contract.
///
/// | code | meaning                                                                          |
/// |------|----------------------------------------------------------------------------------|
/// | 0    | checked, nothing unwaived at or above the failing severity (`--fail-on`)         |
/// | 1    | findings at or above the failing severity (error by default; `--strict`: warning) |
/// | 2    | an input could not be read or is not a valid plan                                |
/// | 64   | usage error: unknown command or option, bad option value                         |
enum ExitCode: Int32, Error {
    case success = 0
    case findings = 1
    case invalidInput = 2
    case usage = 64

    static let explanation = """
        Exit codes:
          0   every input was checked and nothing was found at or above the failing severity
          1   findings at or above the failing severity
          2   an input could not be read or is not a valid plan (nothing was checked in that file);
              this wins over 1 when both apply
          64  usage error: unknown command or option (with "did you mean"), or a bad option value

        The failing severity is set with --fail-on error|warning|info (default: error);
        --strict means --fail-on warning. Waived findings never fail a run.

        """
}
