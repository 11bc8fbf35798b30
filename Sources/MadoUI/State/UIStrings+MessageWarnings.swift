import Foundation
import MadoCore

/// Notes kept on a message (`messages.warnings`) are stored in English, so exports read the same
/// everywhere; the thread says the ones mado writes itself in the screen's language. A channel's
/// own notes (Instagram's picture that could not be downloaded) are said by its adapter
/// (`describeNote`); a note nobody knows (a mail parser's) is shown as stored.
extension UIStrings {
    public func messageWarning(_ stored: String) -> String {
        guard ja else { return stored }
        for adapter in Channels.all {
            if let said = adapter.describeNote(stored, japanese: true) { return said }
        }
        return stored
    }
}
