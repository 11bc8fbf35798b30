import Foundation
import MadoCore
import MadoUI

extension InboxSession {
    func templateOptions(for draft: ReplyDraft) throws -> [PickerItem] {
        templates.map { PickerItem(label: "\($0.name) (\($0.language)) — \($0.description)", value: "\($0.name)|\($0.language)", preview: $0.body) }
    }
}
