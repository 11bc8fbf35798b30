import Foundation

/// What S (save attachments) says on the status line.
extension UIStrings {
    public func attachmentsSaved(_ count: Int, folder: String) -> String {
        if count == 0 { return ja ? "保存する添付ファイルはありません。" : "No attachments to save." }
        return ja ? "添付ファイル\(count)件を \(folder) に保存しました。" : "Saved \(count) file(s) to \(folder)."
    }
}
