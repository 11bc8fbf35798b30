import Foundation
import MadoCore

// mado: thin over MadoCore. Every command reports errors once, here, as one plain sentence on
// stderr with a non-zero exit.
let words = Array(CommandLine.arguments.dropFirst())
do {
    let status = try Commands.run(words)
    fflush(nil)
    exit(status)
} catch {
    fflush(nil)
    FileHandle.standardError.write(Data("mado: \(error)\n".utf8))
    exit(1)
}
