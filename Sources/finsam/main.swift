#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

exit(Router(console: Console()).run(Array(CommandLine.arguments.dropFirst())).rawValue)
