import Foundation
import MadoCore
import MadoUI

// mado: thin over MadoCore. Every command reports errors once, here, as one plain sentence on
// stderr with a non-zero exit, in the user's language (Japanese under a Japanese locale).
let words = Array(CommandLine.arguments.dropFirst())
do {
    let status = try Commands.run(words)
    fflush(nil)
    exit(status)
} catch {
    fflush(nil)
    let strings = UIStrings.forEnvironment(ProcessInfo.processInfo.environment)
    let said = (error as? Arguments.UsageError).map { strings.usageError($0.description) } ?? strings.describe(error)
    FileHandle.standardError.write(Data("mado: \(said)\n".utf8))
    exit(1)
}
