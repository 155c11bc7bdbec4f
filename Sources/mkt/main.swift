import MktShell

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// mkt: one command line (see MktCommandLine), run by `Launch`.
exit(Launch.main(Array(CommandLine.arguments.dropFirst())))
